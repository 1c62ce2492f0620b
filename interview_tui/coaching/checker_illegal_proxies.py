"""More wording of the protected topics: proxies that give a topic away without naming it.

:mod:`interview_tui.coaching.checker_illegal` names each topic; this module adds the ways
round it that a coach still hears as the same question:

* age, guessed or dated: a decade of life put as a guess ("Are you closer to fifty or
  sixty?", "pushing forty?"), an era the candidate's start is placed in ("When did you
  leave school, the late seventies?"), exams only one generation sat ("Were you an
  O-level year?");
* family: who minds the children while the candidate works ("Who'll mind the kids when
  you're on a late?");
* health: a faculty lost or a body part remarked on ("How did you lose the hearing in
  your left ear?", "What happened to your hand?"), another person's condition held up
  against the candidate ("Our last driver had a bad knee. Nothing like that with you?");
* national origin: the language someone thinks or dreams in, a name or accent placed by
  nationality ("Is that a Polish surname?"), going back to a named country;
* marital status and household: a partner by another name ("anyone special in your
  life?"), who waits at home.

Patterns with a capitalised word (a nationality, a country) are matched case-sensitively,
so that "a Polish surname" counts and "a polish finish" does not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

_DECADE = r"(?:[2-7]0|twenty|thirty|forty|fifty|sixty|seventy)"
_ERA = (
    r"(?:the )?(?:early |mid |late |mid-)?(?:fifties|sixties|seventies|eighties|nineties|'?[5-9]0s)"
)

# Case-insensitive additions, by topic name (as in ``checker_illegal.TOPICS``).
EXTRA: Mapping[str, str] = MappingProxyType(
    {
        "age": (
            # A decade guessed by approximation: "nearer thirty or forty", "pushing fifty".
            r"\b(?:are you|you(?:'re| are|'d be| must be| would be)|would you be)\b[^.?!]{0,20}"
            rf"\b(?:nearer|closer to|nearer to|more like|pushing|knocking on|north of|south of"
            rf"|the (?:wrong|right|other) side of) {_DECADE}\b"
            # The candidate's start placed in an era: "When did you start, the early eighties?"
            rf"|\bwhen (?:did|were|was) you\b[^.?!]*\b{_ERA}\b"
            # Exams only one generation sat: "Did you do O levels?", "a GCSE year".
            r"|\b(?:did|do|sat|take|took|were) you\b[^.?!]*\b(?:o[- ]levels?|cses?)\b"
            r"|\b(?:gcse|o[- ]level|a[- ]level|cse) (?:year|generation|era|lot)\b"
            # Retirement in any form: "thinking about retiring", "before you retire".
            r"|\bretiring\b(?! (?:the|a|an|our|its|their|his|her|old|some|them|it)\b)"
            # When their schooling ended, asked as a guess: "When would you have left college?"
            r"|\bwhen (?:would|will|might|did|do) you (?:have )?(?:left|leave|finished|finish"
            r"|graduated|graduate)(?: from)? (?:school|college|uni|university|sixth form)\b"
            # Age asked outright or by a rough guess: "What age are you now, roughly?"
            r"|\bwhat age (?:are|were|would) you\b|\bage,? roughly\b|\broughly how old\b"
            # The year of a school-leaving exam: "Remind me what year you did your Highers?"
            r"|\b(?:what|which) year (?:did )?you (?:did|sat|took|got|finished|do|sit|take|get"
            r"|finish) (?:your |the )?(?:a[- ]levels?|gcses?|o[- ]levels?|highers|leaving cert\w*"
            r"|junior cert\w*|matric\w*|baccalaureate|bac|finals|school cert\w*)\b"
            # The same year asked of the exams: "Which year were your O levels?"
            r"|\b(?:what|which) year (?:were|was) your (?:a[- ]levels?|gcses?|o[- ]levels?"
            r"|highers|finals|leaving cert\w*)\b"
            # Age asked inside another sentence: "Remind me how old you are?"; the stage of
            # life it puts them at: "…at your time of life?".
            r"|\bhow old you are\b|\b(?:at|for) your (?:time|stage) of life\b"
        ),
        "family": (
            # Who minds the candidate's children: "Who'd have the kids on your early shifts?"
            # "Who looks after the kids when you…?": the verb in any person.
            r"\bwho(?:'d| would| will|'ll| does| is|'s)? (?:ha(?:ve|s)|minds?|watch(?:es)?"
            r"|looks? after|takes?|collects?|picks? up|sees? to|sorts?) (?:the |your )?"
            r"(?:kids|children|little ones|baby)\b"
            r"[^.?!]*\byou(?:'re|r)?\b"
            # The candidate's children by number or order: "Is your eldest at nursery yet?"
            r"|\byour (?:two|three|four|eldest|youngest|oldest|middle one)\b[^.?!]{0,25}"
            r"\b(?:school|nursery|college|childminder)\b"
            # "…whether you've got kids", "Got any little ones?"
            r"|\b(?:you've|you have|have you|you|you'd|you're) got (?:any |young |small |little )?"
            r"(?:kids|children|little ones)\b(?! (?:in|on|at|to|from|with|who need) )"
        ),
        "health": (
            # A faculty lost: "How did you lose the sight in that eye?"
            r"\blos(?:e|t|ing) (?:the )?(?:sight|hearing|use|feeling|movement|vision) "
            r"(?:in|of) (?:your|that|the|one)\b"
            # A body part remarked on: "What happened to your hand?"
            r"|\bwhat happened (?:to|with) (?:your|that) (?:\w+ )?(?:eye|leg|arm|hand|foot|face"
            r"|ear|fingers?|knee|back|hip|shoulder)\b"
            # Another's condition held up against the candidate's: "…a bad back. You don't
            # have anything like that?"
            r"|\b(?:bad|dodgy|weak|gammy) (?:back|knees?|hips?|heart|chest|shoulders?|legs?"
            r"|wrists?|nerves)\b[^?]*(?:\byou\b[^.?!]*\b(?:anything|something|nothing) "
            r"(?:like that|similar)\b|\b(?:anything|something|nothing) (?:like that|similar)"
            r"\b[^.?!]*\byou\b)"
            # Prescribed anything, however it is put: "taking anything prescribed?"
            r"|\b(?:take|taking|on) (?:anything|something|any medicine) (?:\w+ )?prescribed\b"
            r"|\bprescribed (?:anything|something|any)\b"
            r"|\byou(?:'ve| have| were| are|'re)? (?:been |currently |ever been )?prescribed\b"
            r"|\b(?:on|taking|take) (?:any )?prescription (?:drugs|medicines?|meds)\b"
            # Treatment the candidate has had: "Have you had any treatment for your back?",
            # "Are you getting any counselling?"; not the treatment they would give.
            r"|\b(?:have|had|are|were) you (?:ever |currently |still )?(?:had|received|needed"
            r"|getting|having|receiving|been (?:having|getting|receiving|in)) (?:any )?"
            r"(?:treatment|therapy|counselling|counseling)\b(?![ -](?:plans?|options?|rooms?"
            r"|records?|notes?|teams?|staff|work|programmes?|services?|clients?|patients?))"
            # What they take, by its effect: "Do you take anything that slows your reactions?"
            r"|\b(?:take|taking|on) (?:anything|something)\b[^.?!]{0,20}\b(?:slows?|dulls?"
            r"|affects?|impairs?) your (?:reactions?|reflexes|concentration|alertness|judgement)\b"
            r"|\b(?:take|taking|on) (?:anything|something)\b[^.?!]{0,20}\bmakes? you "
            r"(?:drowsy|sleepy|dozy)\b"
            # Treatment for a condition: "Has your GP had you on anything for anxiety?"
            r"|\b(?:had|put|got|have|keep) you on (?:anything|something|medication|tablets"
            r"|pills) for\b"
        ),
        "trade union membership": (
            # "You're not a union man, are you?": membership put as a kind of person.
            r"\b(?:a|an) (?:trade )?union (?:man|woman|person|guy|lad|type|sort)\b"
            # Membership with a word before it: "Are you a paid-up union member?"
            r"|\b(?:you|you're|your|been) (?:not )?(?:a |an |still )?(?:paid-up|card-carrying"
            r"|signed-up|active|fully paid) (?:trade )?union (?:member|membership|rep)\b"
            # Membership by its card: "Do you carry a union card?"
            r"|\b(?:carry|hold|have|got) (?:a |an |your )?(?:trade )?union card\b"
        ),
        "religion": (
            # Worship by its habits: "Are you a churchgoer?", "a regular at the mosque".
            r"\bchurch-?go(?:er|ers|ing)\b|\bworship(?:per|pers|ping)?\b|\bbelieve in god\b"
        ),
        "gender identity": (
            # Papers in a name of another sex: "Your certificates are under a woman's name?"
            r"\b(?:under|in) an? (?:man's|woman's|male|female|boy's|girl's) name\b"
        ),
        "national origin": (
            # Praise for someone's English, or where they learned it, places them abroad.
            r"\byou speak (?:\w+ )?(?:good|great|excellent|perfect|amazing) english\b"
            r"|\byour english is (?:\w+ )?(?:good|great|excellent|perfect|amazing)\b"
            r"|\b(?:which|what) country did you learn\b|"
            # The language someone thinks, dreams or counts in.
            r"\blanguages? (?:do |did )?you (?:dream|think|count|swear) in\b"
            r"|\b(?:dream|think|count|swear) in (?:english|your own language)\b"
            # The language of home in the passive: "What was spoken at home?"
            r"|\bspoken (?:\w+ )?(?:at home|in your (?:house|home|family))\b"
            # The language of childhood: "Was it Greek you spoke growing up?"
            r"|\b(?:spoke|spoken|speak|speaking) (?:\w+ ){0,2}(?:growing up|as a (?:child|kid)"
            r"|when you were (?:little|young|small|a child|a kid))\b"
            # Where they or their family are from, the long way round: "Are you from here, or
            # did your family move over?", "a surname you don't hear round here! What's the
            # background to it?"
            r"|\bare you from (?:round |around )?(?:here|these parts)\b"
            r"|\b(?:family|parents|folks) (?:move|moved|come|came) over\b"
            r"|\b(?:sur|family |last )name\b[^?]{0,60}\b(?:background|origins?|heritage) "
            r"(?:to|of|behind) (?:it|that)\b"
        ),
        "marital status": (
            r"\bspecial (?:lady|man|woman|someone|somebody|person|fella|guy|girl|boy|friend)\b"
            r"|\b(?:someone|anyone|somebody|anybody) special\b"
            # Who waits at home: "So who's waiting for you at home?"
            r"|\b(?:who(?:'s| is| will be|'ll be)?|anyone|anybody|someone)\b[^.?!]{0,25}"
            r"\b(?:waiting (?:for you )?at home|at home waiting|to (?:go|get) home to)\b"
            # An engagement or a wedding raised as small talk: "When's the big day?"
            r"|\bengagement ring\b|\b(?:when|where)(?:'s| is| will be) (?:the|your) (?:wedding"
            r"|big day)\b|\bset a date\b"
        ),
    }
)

_COUNTRY = (
    r"(?:Poland|Romania|India|Pakistan|Bangladesh|Nigeria|Ghana|China|Jamaica|Ireland|Italy"
    r"|Spain|Portugal|France|Germany|Somalia|Kenya|Turkey|Syria|Iran|Iraq|Afghanistan"
    r"|Vietnam|Brazil|Lithuania|Latvia|Bulgaria|Hungary|Ukraine|Russia|Sri Lanka|Nepal"
    r"|Zimbabwe|South Africa|Eritrea|Sudan|Ethiopia|Egypt|Morocco|Albania|Greece|Cyprus"
    r"|Hong Kong|Japan|Korea|the Philippines|Africa|Asia|the Caribbean|Europe)"
)

# Case-sensitive additions: a nationality is capitalised, a country is a proper name.
CASED: Mapping[str, re.Pattern[str]] = MappingProxyType(
    {
        "national origin": re.compile(
            # "Is that a Nigerian name?", "a Welsh accent": a nationality placed on a name.
            r"\b[A-Z][a-z]+(?:an|ian|ese|ish|i|ch|ic) (?:(?:first |family |last |sur)?names?"
            r"|surnames?|accents?)\b"
            # Any nationality or region put on a name or accent: "a Welsh surname", "a Greek
            # name", "that Geordie accent".
            r"|\b(?:[Aa]n?|[Tt]hat|[Tt]his|[Yy]our) [A-Z][a-z]+ (?:(?:sur)?names?|accents?)\b"
            rf"|\b(?:[Gg]o|[Gg]oing|[Mm]ove|[Mm]oving|[Rr]eturn|[Rr]eturning|[Hh]ead|[Hh]eading)"
            rf" back (?:home )?to {_COUNTRY}\b"
        ),
    }
)
