"""What sounds like a result but is none, in lower-cased text with straight apostrophes: the
spans :mod:`interview_tui.coaching.star` blanks before it looks for a result. A form with a
group blanks only the group ("I told him at the end of his shift" blanks the time, not the
step); the others blank the whole match."""

from __future__ import annotations

import re
from typing import NamedTuple

from interview_tui.coaching.star_patterns import NUMBER, SPAN

# The speaker's own feelings: "I was really proud", "I felt much calmer".
FEELING = (
    r"(?:proud|relieved|happy|glad|pleased|gutted|grateful|exhausted|drained|shattered|tired"
    r"|confident|calmer|calm|nervous|sad|upset|disappointed|thrilled|delighted|chuffed"
    r"|embarrassed|awful|terrible)"
)
# Reflection, feeling and wishes told with an ending's words: "In the end I felt much more
# confident", "it taught me a lot in the end", "ever since, I've wondered…".
_ENDING = (
    r"(in the end|at the end|afterwards|after that|ever since|since then|as a result"
    r"|the result was(?: that)?|by the end)"
)
_REFLECTS = (
    r"(?:(?:i|we)(?: (?:\w+ly |just |also |all |still |then )?(?:felt|feel|realised|realized"
    r"|learned|learnt|knew|understood|hoped|hope|wished|wish|wondered|thought|think|reflected"
    r"|should have|could have|would have)|'(?:ve|d) (?:wondered|thought|felt|asked myself"
    rf"|have)|(?: was| were| am|'m) (?:\w+ly |so |very |quite |a bit |much |a lot |more "
    rf"|all )*{FEELING})|it (?:was|'s) (?:all )?(?:worth it|a (?:\w+ )?(?:learning experience"
    r"|experience|lesson|eye-opener|journey))|it taught me|taught me)\b"
)


class NoResultForm(NamedTuple):
    """One form of non-result, with strings one of which each of its matches holds."""

    needs: tuple[str, ...]
    pattern: re.Pattern[str]


# Each form comes with strings one of which every match of it holds, and is only run on a
# text that holds one: keep them true when a form changes, or the form goes unseen.
_ENDINGS = (
    "the end",
    "afterwards",
    "after that",
    "ever since",
    "since then",
    "as a result",
    "the result was",
)

# A verdict with no "what" ("I think it went okay in the end", "it's grown a lot since
# then") and a number that is the stake ("worth forty per cent of the module") tell no
# result, whatever cue words they hold.
NO_RESULT_FORMS: tuple[tuple[tuple[str, ...], str], ...] = (
    # A feeling or a reflection after an ending's words, or before them: "in the end I felt
    # more confident", "I was really proud of the team in the end" (not "in the end we cut
    # the wait by half").
    (
        _ENDINGS,
        rf"\b{_ENDING},? {_REFLECTS}",
    ),
    (
        _ENDINGS,
        rf"\b{_REFLECTS}[^.,;!?]{{0,40}}?\b{_ENDING}\b",
    ),
    (
        ("ended up ",),
        r"\bended up (?:feeling|thinking|realising|realizing|wondering|learning)\b",
    ),
    # An idiom, not a time: "at the end of the day, you just keep going".
    (
        ("at the end of the day",),
        r"\bat the end of the day,? (?:you|it's|that's|i think|what matters|i'm|we're)\b",
    ),
    # What is only hoped for or wished: "I hope that in the end they saw my side".
    (
        ("hope", "wish", "like to think"),
        r"\b(?:i|we) (?:\w+ )?(?:hope|hoped|wish|wished|like to think|would like to think)\b"
        r"[^.;!?]*",
    ),
    # A share of a grade is the stake: "forty percent of the final grade".
    (
        ("grade", "mark", "module", "course", "assessment", "degree", "qualification"),
        r"\b\S+ ?(?:per ?cent|%) of (?:the|my|our|their) (?:final |overall |total )?(?:grade"
        r"|mark|marks|module|course|assessment|degree|qualification)\b",
    ),
    (
        ("went ", "gone ", "go ", "turned out ", "worked out "),
        r"\b(?:it|that|things|everything)(?:'s| has| have)? (?:all )?(?:went|gone|go|turned out"
        r"|worked out) (?:(?:really|quite|pretty|mostly|fairly) )?(?:okay|ok|well|fine|alright"
        r"|all right|good)"
        r"(?: (?:in the end|overall|on the day|after all))?",
    ),
    (
        ("a lot", "loads", "massively", "hugely", "so much"),
        r"\b(?:'s|has|have|'ve) (?:grown|improved|changed|got better|gone up) (?:a lot|loads"
        r"|massively|hugely|so much)(?: since(?: then)?)?",
    ),
    (
        ("worth",),
        r"\bworth (?:about |around |nearly |over )?\S+ (?:per ?cent|%)",
    ),
    # The speaker giving up a habit is a step ("so I just stopped using slang", "I slowed
    # down and stopped interrupting"); what stopped coming their way is not ("we stopped
    # getting calls at night").
    (
        ("stopped",),
        r"(?:\b(?:i|we)(?:'d| had)?|(?:^|[,;.!?]|\band)(?: then)?)(?: (?:\w+ly|also|just|then"
        r"|soon|even|simply|finally|eventually|completely|all|both))* stopped\b"
        r"(?! (?:getting|having|losing|receiving|seeing|hearing|needing|missing|being)\b)",
    ),
    # A purpose is no outcome: "to make sure it never happened again".
    (
        (" again",),
        r"\b(?:make sure|making sure|ensure|so that|so|to stop|to prevent)(?: \w+){0,3}? (?:never"
        r"|didn't|did not|wouldn't|won't|doesn't|couldn't) (?:happened|happen|came up|come up)"
        r" again\b",
    ),
    # A score on a first try is where the story started ("I got forty percent on the first
    # test"), not how it ended.
    (
        ("first", "initial", "opening", "baseline"),
        rf"\b(?:got|scored|had|managed|failed (?:it|the \w+) with)(?: like| about| around| only"
        rf"| just| a| an)* {NUMBER} ?(?:per ?cent|%)(?: \w+){{0,3}}? (?:on|in|at|for) (?:the|my|our"
        r"|a|his|her|their) (?:very )?(?:first|initial|opening|baseline)\b",
    ),
    (
        ("first", "initial", "opening"),
        rf"\b(?:on|in|at|for) (?:the|my|our|his|her|their) (?:very )?(?:first|initial|opening)"
        r" (?:\w+ ){0,2}?(?:test|exam|mock|quiz|attempt|try|go|assessment|paper|round|audit"
        r"|inspection|check|survey)s?,? (?:i|we|he|she|they) (?:only |just )?(?:got|scored|had"
        rf"|managed)(?: like| about| around| only| just)* {NUMBER} ?(?:per ?cent|%)",
    ),
    # A change announced or under way is the news, not what it came to: "his hours were
    # being cut from three days a week to one".
    (
        ("being ", "to be ", "would be ", "will be "),
        r"\b(?:being|to be|going to be|would be|will be) (?:\w+ed|cut|set|put|shut) (?:right )?"
        r"(?:from|to|by|down to) [^.;!?]{0,50}",
    ),
    # The time of something planned or asked for ("asked him to grab a coffee with me the
    # next morning") is when a step was set, not what came after; what was managed by then
    # still counts ("we managed to finish the next day"). Only the group is blanked.
    (
        ("the next ", "the following "),
        r"(?<!managed )(?<!able )(?<!got )\bto (?!(?:us|me|him|her|them|the|a|an|our|my|his|their"
        r"|its|it|this|that|be)\b)\w+ (?:(?!(?:and|but|so|then)\b)[\w']+ ){0,6}?(the (?:next"
        r"|following) (?:\w+ )?(?:day|week|month|morning|afternoon|evening|year|term|shift))\b",
    ),
    # What a routine used to bring ("every morning things went missing, which meant
    # patients ringing back a week later") is how things were, not what came after.
    (
        ("later", "after", "the next ", "the following ", "within "),
        rf"\b(?:every|each) (?:morning|day|week|month|time|night|shift|year|term|quarter)\b"
        rf"[^.!?;]*?\b({NUMBER} {SPAN} (?:later|after(?:wards)?)|the (?:next|following) \w+"
        rf"|within (?:[\w-]+ ){{1,3}}{SPAN})\b",
    ),
    # ... and so is a deadline the work had to meet: "every call had to be answered within
    # two minutes".
    (
        ("within ",),
        r"\b(?:had to|needed to|must|should|supposed to|meant to|target|aim|goal|promise"
        rf"|standard)\b[^.!?;]{{0,40}}?\b(within (?:[\w-]+ ){{1,3}}{SPAN})\b",
    ),
    # What had stopped before the story is what had gone wrong: "it had stopped starting",
    # "she'd stopped sitting with us on break".
    (
        ("stopped ",),
        r"\b(?:had|'d) (?:\w+ly |just |already |completely )?stopped \w+ing\b",
    ),
    # ... and so is the time of the speaker's own step: "I told my lead at the end of week
    # two" (not "we hit it at the end of the month").
    (
        ("at the end of",),
        r"\b(?:i|we) (?!(?:got|had|was|were|hit|won|passed|finished|delivered|made|met|ended)\b)"
        r"(?:[\w']+ ){1,6}?(at the end of)\b",
    ),
)
NO_RESULT: tuple[NoResultForm, ...] = tuple(
    NoResultForm(needs, re.compile(pattern)) for needs, pattern in NO_RESULT_FORMS
)

_NEEDS = frozenset(need for form in NO_RESULT for need in form.needs)


def no_result_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` says something that is no result: a whole match, or the part in its
    group where only that part is the non-result ("I told him at the end of his shift"
    blanks the time of the step, not the step).

    The spans are those of one scan with the forms as one alternation (leftmost match first,
    the earlier form on a tie, none overlapping), but only the forms whose strings the text
    holds are run, and each is searched again only once the scan has passed its next match:
    an answer holds the strings of a few forms, and one form alone is a quick scan.
    """
    held = {need for need in _NEEDS if need in text}
    forms = [form.pattern for form in NO_RESULT if not held.isdisjoint(form.needs)]
    ahead = [pattern.search(text) for pattern in forms]
    spans: list[tuple[int, int]] = []
    position = 0
    while True:
        first: re.Match[str] | None = None
        for index, match in enumerate(ahead):
            if match is not None and match.start() < position:
                match = ahead[index] = forms[index].search(text, position)
            if match is not None and (first is None or match.start() < first.start()):
                first = match
        if first is None:
            return spans
        group = next((g for g in range(1, first.re.groups + 1) if first.group(g)), 0)
        spans.append(first.span(group))
        position = first.end()
