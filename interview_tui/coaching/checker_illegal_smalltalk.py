"""Protected topics raised as friendly small talk: more proxies for the ``illegal`` rule.

:mod:`interview_tui.coaching.checker_illegal_proxies` holds the ways round a topic that name
it sideways; this module holds the chatty ones, where the interviewer means well and still
asks about the candidate's age, health, origin, family or identity:

* age: when the candidate's school exams were ("When were your GCSEs, roughly?"), how far
  off their pension is ("…before you start drawing your pension?");
* health: what they take, named by the kind of medicine ("Any pills you're on that…?",
  "Inhalers, that kind of thing?"), a body or medical history with problems "we ought to know
  about", a condition named as a kind of person ("Are you asthmatic?"), a symptom ruled out
  ("No dizzy spells or anything?"), an aid seen on the candidate and then doubted ("I saw the
  hearing aid. Will you cope on the phones with it?"), the condition itself asked for;
* national origin: where they grew up or moved from by country ("Were you raised in this
  country?"), the language of their childhood home, where they are from "originally";
* family: the candidate named as a single or lone parent;
* gender identity: having lived as another sex, or the time before transitioning.

Offering adjustments ("I saw you needed the lift today; what would make the rest of the
interview easier?") asks about what the candidate needs from us and is lawful: an aid seen
is flagged only when the candidate's coping with it is doubted.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_AIDS = (
    r"(?:hearing aids?|sensor|glucose monitor|insulin pump|wheelchair|crutch(?:es)?"
    r"|walking stick|stick|cane|brace|splint|cochlear implant|inhaler|prosthe\w+|false leg)"
)

SMALL_TALK: Mapping[str, str] = MappingProxyType(
    {
        "age": (
            # When the exams were, not which: "When were your O levels, roughly?"
            r"\bwhen (?:were|was|did you (?:do|sit|take)) your (?:a[- ]levels?|gcses?"
            r"|o[- ]levels?|highers|cses?|school exams|leaving cert\w*)\b"
            # How far off the pension is: "…thinking about drawing your pension?"
            r"|\b(?:draw|drawing|claim|claiming|collect|collecting|get|getting) (?:your (?:state )?"
            r"|the state |a state )pension\b|\b(?:your|the) state pension age\b"
        ),
        "health": (
            # Medicine by its kind, as the candidate's: "Any tablets you're on that…?"
            r"\b(?:tablets|pills|meds|inhalers?|injections|medicines?)\b[^.?!]{0,40}"
            r"\byou(?:'re| are) (?:on|taking|using)\b"
            r"|\b(?:any|anything|something) (?:\w+ )?you(?:'re| are) (?:on|taking)\b[^.?!]{0,40}"
            r"\b(?:drowsy|sleepy|slower|slow you|dozy|side effects?|affect your)\b"
            r"|\b(?:take|taking) (?:anything|something) (?:\w+ ){0,2}for (?:your|the) (?:nerves"
            r"|anxiety|back|pain|heart|sleep|mood|blood pressure|joints|head|chest|stress)\b"
            # A history or a body part's problems: "Any back or joint problems…?"
            r"|\b(?:your|any) medical (?:history|conditions?|problems?|issues?|background)\b"
            r"|\b(?:any|your|no) (?:\w+ (?:or|and) )?(?:back|joint|knee|heart|hip|neck|shoulder"
            r"|chest|breathing|mobility|hearing|eyesight|sight|mental health|health|bladder"
            r"|balance) (?:problems?|issues?|trouble|conditions?|complaints?|injur\w*)\b"
            # A condition named as a kind of person: "are you diabetic?"
            r"|\b(?:are|were) you (?:a |an )?(?:diabetic|epileptic|asthmatic|dyslexic|deaf"
            r"|disabled|autistic|dyspraxic|partially sighted|hard of hearing|colour-?blind)\b"
            # A symptom ruled out as small talk: "no tremor or anything like that?"
            r"|\b(?:no|any) (?:tremors?|seizures?|fits|blackouts?|dizzy spells?|dizziness)"
            r"(?=\s*(?:[?,.!]|$|or\b|at all\b|lately\b|recently\b|these days\b))"
            # An aid seen on the candidate, then doubted.
            rf"|\b(?:noticed|saw|spotted|see|clocked) (?:the|your|that|you(?:'re| are) "
            rf"(?:wearing|using)) (?:\w+ )?{_AIDS}\b"
            r"(?![^\n]*\b(?:adjust\w*|easier|help you|support you|anything we can)\b)"
            r"(?=[^\n]*\b(?:manage|cope|problem|affect|all right|alright|okay|get on|what for"
            r"|diabetic|condition|why)\b)"
            # The condition itself asked for: "What's the condition, if that's okay to ask?"
            r"|\bwhat(?:'s| is| was) (?:the|your) (?:condition|diagnosis|illness|disability"
            r"|impairment)(?=\s*(?:[?,.!]|$))"
        ),
        "national origin": (
            # Where they grew up or moved from, by country: "Did you grow up in this country?"
            r"\b(?:grow|grew|brought|raised|born) up (?:in )?(?:this country|the uk|britain"
            r"|england|scotland|wales)\b"
            r"|\b(?:raised|born|schooled) in (?:this country|the uk|britain)\b"
            r"|\b(?:move|moved|come|came) (?:here|over|to (?:this country|the uk|britain))"
            r"(?: \w+)? (?:later on|as a (?:kid|child)|when you were (?:little|small|young|a))\b"
            r"|\bor (?:did you )?(?:move|come) (?:here|over) later\b"
            # The language of their childhood home: "Was English the language in your house?"
            r"|\blanguage (?:in|at|of) your (?:house|home|family)\b"
            r"|\benglish\b[^.?!]{0,40}\b(?:in your (?:house|home|family)|at home|growing up"
            r"|as a (?:kid|child))\b"
            # Where they are from "originally": "Whereabouts are you from originally?"
            r"|\b(?:where|whereabouts)\b[^.?!]{0,25}\bfrom,? originally\b"
            r"|\b(?:where|whereabouts)\b[^.?!]{0,25}\boriginally from(?=\s*(?:[?,.!]|$))"
        ),
        "family": (
            # The candidate named as a lone parent: "As a single mum, how would you…?"
            r"\b(?:as a|being a|you(?:'re| are) a) (?:single|lone|working|new|young) "
            r"(?:mum|mom|dad|parent|mother|father)\b"
        ),
        "gender identity": (
            # Having lived as another sex: "Have you always lived as a woman?"
            r"\b(?:lived|living|live|presented|presenting) as (?:a )?(?:woman|man|girl|boy"
            r"|female|male)\b"
            r"|\b(?:before|after|since|when) you transitioned\b"
            r"|\bwere you born (?:a )?(?:male|female|a man|a woman|a boy|a girl)\b"
        ),
    }
)
