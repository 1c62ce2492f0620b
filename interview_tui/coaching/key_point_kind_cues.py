"""Key points of a kind that recurs across banks, met by the everyday ways people say it.

Many key points are one of a few kinds, whatever the question: a lesson ("what you
learned", "what you'd do differently"), a reason ("why it matters to you"), a plan ("your
plan to get up to speed"), a feeling ("your first reaction, honestly"), an outcome ("the
outcome for the team"). People say each kind in a small number of everyday frames: a lesson
as "it taught me…", "these days I…", "next time I'd…"; a reason as "that's why…", "what
drives me is…"; a plan as "I'm going to…", "the first thing I'd do…". A bank's cues name the
point's topic in its own words and often miss the frame, so a point of a kind that its cues
did not meet is met by a sentence that says the kind in one of its frames **and** says the
rest of the point (its topic: "mentoring" in "what you learned about mentoring"), or the
question already names that topic ("Tell me about a time you mentored someone").

A few kinds are said by what the sentence holds rather than by a frame: an example by a
dated occasion told in the past ("last spring a customer split a seam…"), a measure ("how
far short you fell", "evidence for it") by two quantities or a share (never a score, "a
seven out of ten"), the bare context by who the speaker was and where ("I'm an activities
coordinator at a care home"). A frame around nothing ("what I learned was a lot") meets no
point: the sentence must say words of its own besides the frame, the point and the question.
The checks of :mod:`~interview_tui.coaching.key_point_checks` still apply afterwards, and a
past-behaviour answer told as a habit still covers none of these (they need the episode).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from interview_tui.coaching.key_point_evidence import general_stems
from interview_tui.coaching.key_point_lines import ends_sentence
from interview_tui.coaching.report import KeyPointCoverage
from interview_tui.coaching.stemming import stem
from interview_tui.coaching.synonyms import synonym_groups
from interview_tui.coaching.wordlists import APOSTROPHES, Tokens, tokenise

Kind = Literal[
    "lesson", "change", "reason", "plan", "feeling", "outcome", "example", "measure", "context"
]


# What kind a key point is, from its wording.
_POINT_KINDS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (
        "lesson",
        re.compile(
            r"^(?:what|something|anything)(?: specific)? you (?:learned|learnt|took away|took"
            r" from it)\b(?! to\b)"
            r"|^(?:the|a|one) (?:key |main |big )?(?:lesson|takeaway)s?\b"
            r"|\band what you (?:learned|learnt)\b"
            r"|^what (?:each step|it|the experience) taught you\b"
        ),
    ),
    (
        "change",
        re.compile(
            r"^what you (?:now |would |'d )?(?:do|did|would do) differently\b"
            r"|^what you (?:changed|do differently) (?:afterwards|since|now)\b"
        ),
    ),
    (
        "reason",
        re.compile(
            r"^why (?:it|this|that|they|each) (?:matters?|is|was|were|worked)\b"
            r"|^(?:the|your|a|an) (?:\w+,? )*?reasons?\b(?! for the (?:difference|delay))"
            r"|^what (?:still )?(?:attracts|draws|motivates|drives) you\b"
        ),
    ),
    (
        "plan",
        re.compile(
            r"^(?:your|a|the) (?:\w+ )?plan to\b|^what you are doing about it\b"
            r"|^(?:the |your )?next steps?\b|^what you (?:will|would|plan to|intend to) do\b"
            r"|^(?:skills|what) you (?:plan|want|hope|still want) to (?:build|learn|do|develop)\b"
        ),
    ),
    (
        "feeling",
        re.compile(
            r"^(?:your|the) (?:first |initial |honest |gut )?(?:reaction|feelings?)\b"
            r"|^how you felt\b|\bimpact on you\b"
        ),
    ),
    (
        "example",
        re.compile(
            r"^(?:a|an|one) (?:(?:real|recent|concrete|specific|actual|genuine|brief) )*"
            r"(?:example|instance|occasion)\b(?! (?:from|with|that|relationship)\b)"
        ),
    ),
    (
        "measure",
        re.compile(
            r"^(?:the \w+ and )?how (?:far|much) (?:short|off|over"
            r"|under)\b|^the starting point and\b"
            # Evidence for a claim the answer makes: a track record told in figures.
            r"|^(?:brief )?evidence for (?:it|each|them)$"
        ),
    ),
    (
        "context",
        re.compile(r"^the (?:context|background|setting|situation)(?: a stranger needs)?$"),
    ),
    (
        "outcome",
        re.compile(
            r"^(?:the|its) (?:\w+ )?(?:outcome|result|value|benefit|effect|difference"
            r"|improvement)s? (?:for|to|on|it made|it produced|afterwards|once adopted)\b"
            r"|^what (?:the|your|their) \w+ (?:produced|achieved|led to|made possible)\b"
            r"|^what (?:improved|changed) (?:as a result|afterwards)\b"
        ),
    ),
)

# Words that qualify any point ("your real reason", "a brief, honest reason", "your first
# reaction"): they say how, not what about.
_QUALIFIERS = (
    "first", "initial", "honest", "honestly", "gut", "real", "main", "key", "big", "genuine",
    "brief", "personal", "personally", "still", "specific", "each", "would", "will",
)  # fmt: skip


def _stems(*words: str) -> frozenset[str]:
    return frozenset(stem(word) for word in words)


# Words that name the kind in a key point: they are the frame's, not the topic's ("what you
# learned about mentoring" is about mentoring).
_KIND_WORDS: dict[Kind, frozenset[str]] = {
    "lesson": _stems("learned", "learnt", "learn", "lesson", "lessons", "takeaway", "took",
                     "away", "taught", "experience", "changed", "change", "differently",
                     *_QUALIFIERS),
    "change": _stems("differently", "changed", "afterwards", "since", "now", *_QUALIFIERS),
    "reason": _stems("why", "reason", "reasons", "matters", "matter", "attracts", "draws",
                     "motivates", "drives", *_QUALIFIERS),
    "plan": _stems("plan", "next", "step", "steps", "doing", "intend", "want", "hope", "build",
                   "learn", "develop", "skills", *_QUALIFIERS),
    "feeling": _stems("reaction", "feelings", "feeling", "felt", "impact", *_QUALIFIERS),
    "example": _stems("example", "instance", "occasion", "it", "helping", "help", "working",
                      "work", *_QUALIFIERS),
    "measure": _stems("how", "far", "much", "short", "off", "over", "under", "fell", "was",
                      "went", "came", "ended", "were",
                      "starting", "point", "growth", "forecast", "estimate", "evidence",
                      *_QUALIFIERS),
    "context": _stems("context", "background", "setting", "situation", "stranger", "needs"),
    "outcome": _stems("outcome", "result", "value", "benefit", "produced", "achieved", "led",
                      "effect", "difference", "improvement", "improved", "changed", "made",
                      "afterwards", "adopted", "combination", "approach", "effort", "partnership",
                      "collaboration", "teamwork",
                      "possible", *_QUALIFIERS),
}  # fmt: skip

# "Because" gives a reason for anything: it meets a reason point only in a sentence that
# names the point's topic itself ("because the rota…" for "the reason for the rota change"),
# never through the question's words alone.
_BECAUSE = re.compile(r"\b(?:because|cause|'cause)\b")

_FRAMES: dict[Kind, re.Pattern[str]] = {
    "lesson": re.compile(
        r"\b(?:taught|teaches|showed|shown|reminded) me (?:to|that|how|never|always|more"
        r"|something|a lot|so much|what|not to|the value)\b"
        r"|\bwhat i (?:took|take|learned|learnt|got) (?:away )?from (?:it|that|this|them|him"
        r"|her|the)\b|\bwhat i (?:took|take) away\b|\bwhat i (?:learned|learnt) (?:is|was)\b"
        r"|\b(?:the|my) (?:biggest |main |real |big |key )?(?:lesson|takeaway)\b"
        r"|\bi(?:'ve| have)? (?:learned|learnt) (?:that|to|how|never|always|the hard way)\b"
    ),
    "change": re.compile(
        r"\b(?:since then|ever since|since that day|these days|nowadays|from then on"
        r"|to this day|in hindsight|with hindsight|looking back)\b"
        r"|\bnext (?:time|year|round),? (?:i|we)(?:'d| would| will|'ll)\b"
        r"|\bif i (?:were|was|did|had|could)(?: \w+){0,3} (?:again|over)\b"
        r"|\bnow,? (?:i|we) (?:always|never|make sure|try|check|ask|keep|don't|won't|insist"
        r"|build|test|write|send|book)\b"
        r"|\bi(?:'d| would) (?:do|have done|handle|approach) (?:it |that |things |this )?"
        r"(?:\w+ )?differently\b"
    ),
    "reason": re.compile(
        r"\b(?:that|this|which|it) ?(?:'s|is|was) (?:exactly |partly |really |precisely |just )?"
        r"why\b|\b(?:is|was|are|were) (?:exactly|precisely|partly|really|just) why (?:i|we)\b"
        r"|\bthe (?:main |real |big |biggest )?reason (?:is|was|being|i|i'm|why)\b"
        r"|\bwhat (?:drives|motivates|draws|attracts|excites|keeps) me\b"
        r"|\bthe (?:appeal|draw|pull) (?:is|was|for me)\b"
        r"|\bthe (?:honest|short|simple|real|main|true) (?:answer|truth) is\b"
        r"|\bthe cause (?:is|was)\b"
        r"|\b(?:was|is|were) (?:mainly |mostly |largely |partly )?down to\b"
        r"|\bit (?:all )?came down to\b"
    ),
    "plan": re.compile(
        r"\bi(?:'m| am) (?:going to|planning to|aiming to|hoping to)\b"
        r"|\bi(?:'d| would) (?:really |also )?(?:like|love|hope) to (?:\w+ )?(?:be|learn|get"
        r"|build|do|move|take|train|study|develop|lead|run|work|understand|mentor)\b"
        r"|\bi (?:want|hope|plan) to (?:learn|get|build|take|train|study|develop)\b"
        r"|\bi (?:need|want) to get better at\b|\bwhat i want (?:from|out of) [\w ]+ is to\b"
        r"|\bmy plan (?:is|would be|was)\b"
        r"|\b(?:the )?first (?:thing|step) i(?:'d| would| will|'ll)\b"
        r"|\bi(?:'ve| have) (?:started|begun|signed up|enrolled|booked|joined|set up|asked)\b"
        r"|\bi(?:'d| would| will|'ll) (?:start by|begin by|spend|book|ask|shadow|sit with"
        r"|read)\b"
        r"|\b(?:since then|so far) i(?:'ve| have)\b"
    ),
    "feeling": re.compile(
        r"\bi (?:felt|was|got|feel) (?:\w+ )?(?:gutted|awful|terrible|sick|angry|furious"
        r"|annoyed|upset|embarrassed|ashamed|devastated|crushed|defensive|hurt|stung|shocked"
        r"|panicked|scared|frightened|nervous|anxious|stressed|worried|relieved|proud|low"
        r"|lost|useless|rubbish|frustrated|irritated|livid|mortified)\b"
        r"|\bmy (?:first |initial |honest |gut )?(?:reaction|instinct|thought|feeling) was\b"
        r"|\bi (?:didn't|did not|couldn't|could not) sleep\b|\bit (?:knocked|hit|shook) me\b"
    ),
    # Who the speaker was and where: "I'm an activities coordinator at a care home".
    "context": re.compile(
        r"\bi(?:'m| am| was) (?:a|an|the) (?:[\w-]+ ){1,4}(?:at|in|for|on) (?:a|an|the|our|my)\b"
        r"|\bi (?:work|worked|was working) (?:as|at|in|for) (?:a|an|the|our|my)\b"
    ),
    "outcome": re.compile(
        r"\bwhat came (?:out )?of (?:it|that|this) (?:was|is)\b"
        r"|\b(?:in|by) the end\b|\bended up\b|\bas a result\b|\bthe upshot\b"
        r"|\b(?:\w+ )(?:weeks|months|years) (?:later|on)\b"
        r"|\bsince then\b|\bfrom then on\b"
    ),
}

# When a real occasion was, and a verb in the past: "last spring a customer split a seam".
_WHEN = re.compile(
    r"\b(?:once|recently|last (?:year|week|month|spring|summer|autumn|winter|christmas|term"
    r"|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february"
    r"|march|april|may|june|july|august|september|october|november|december)|one (?:day"
    r"|morning|afternoon|evening|night|time|shift|weekend|week)|in (?:19|20)\d\d"
    r"|(?:years?|months?|weeks?|days?) ago|the other (?:day|week)|for (?:example|instance))\b"
)
_PAST = re.compile(
    r"\b(?:i|we|he|she|they|it|\w+) (?:\w+ )?(?:\w+ed|went|took|made|got|had|was|were|did"
    r"|said|told|came|gave|ran|rang|found|saw|sent|left|put|kept|brought|built|wrote|sat"
    r"|split|cut|caught|spent|met|lost|won|sold|bought|paid|taught|heard|knew|led|set)\b"
)
# A quantity: digits, or number words in a row ("a hundred and forty", "seven hundred").
_NUMBER = (
    r"(?:\d[\d,.]*%?|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half)(?:[ -](?:and )?)?)+)"
)


_SHARE = re.compile(rf"\b{_NUMBER} ?(?:%|per ?cent\b)")
_QUANTITY = re.compile(rf"\b{_NUMBER}\b")
# A score given ("a seven out of ten, maybe an eight") is no track record: in a sentence that
# scores, the numbers up to ten are the score's.
_SCORE = re.compile(r"\bout of (?:ten|10|five|5)\b|/ ?10\b|\bone to ten\b")
_SMALL = frozenset(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     *(str(n) for n in range(11)))
)  # fmt: skip


def _measures(text: str) -> re.Match[str] | None:
    """Where a sentence gives two quantities, or a share ("40%"), or None."""
    found = list(_QUANTITY.finditer(text))
    if _SCORE.search(text):
        found = [m for m in found if m.group().strip() not in _SMALL]
    return found[0] if len(found) >= 2 else _SHARE.search(text)


# A topic word is said when the sentence holds it or a word of its synonym group.
_STOP_TOPIC = frozenset(
    {"you", "your", "it", "its", "the", "a", "an", "to", "for", "of", "about", "what", "how",
     "and", "or", "that", "this", "they", "them", "is", "was", "do", "did", "are", "from"}
)  # fmt: skip


def kinds_of(point: str) -> tuple[Kind, ...]:
    """The kinds a key point is, from its wording (none for most)."""
    text = point.strip().lower()
    return tuple(kind for kind, pattern in _POINT_KINDS if pattern.search(text))


def _topic(point: str, kind: Kind, stopwords: frozenset[str]) -> frozenset[str]:
    """The stems of a point's words that are neither the kind's nor stopwords."""
    words = tokenise(point.lower()).words
    return (
        frozenset(stem(w) for w in words if w not in stopwords and w not in _STOP_TOPIC)
        - _KIND_WORDS[kind]
    )


def _sentences(tokens: Tokens) -> Iterator[tuple[str, frozenset[str]]]:
    """Each sentence as its text (lower case, apostrophes straight) and its stems."""
    first = 0
    count = len(tokens.words)
    for index in range(1, count + 1):
        if index < count and not ends_sentence(tokens, index):
            continue
        text = tokens.text[tokens.starts[first] : tokens.ends[index - 1]]
        text = " ".join(text.translate(APOSTROPHES).lower().split())
        yield text, frozenset(stem(w) for w in tokens.words[first:index])
        first = index


def _says_topic(
    topic: frozenset[str], stems: frozenset[str], asked: frozenset[str] = frozenset()
) -> bool:
    """Whether a sentence (its ``stems``) or the question (``asked``) says every topic word,
    as said or in a word of its synonym group."""
    groups = synonym_groups()
    return all(
        word in asked or word in stems or groups.get(word, frozenset()) & stems for word in topic
    )


def _said(kind: Kind, frames: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """Where a sentence says ``kind``, or None."""
    if kind == "measure":
        return _measures(text)
    if kind == "example":
        when = _WHEN.search(text)
        return when if when is not None and _PAST.search(text) else None
    return next((f for p in frames if (f := p.search(text)) is not None), None)


# A frame around nothing says nothing: "what I learned was a lot", "these days I do things
# differently". Besides the frame, the sentence must say this many words of its own, in
# neither the point nor the question.
SUBSTANCE = 2
# The kinds whose frame is only a frame: a feeling word, a dated occasion, two quantities or
# a role and a place say something by themselves.
_FRAMED = frozenset({"lesson", "change", "reason", "plan", "outcome"})


def _substantial(
    text: str, found: re.Match[str], rubric: frozenset[str], stopwords: frozenset[str]
) -> bool:
    rest = text[: found.start()] + " " + text[found.end() :]
    own = {stem(w) for w in tokenise(rest).words if w not in stopwords} - rubric
    return len(own - general_stems()) >= SUBSTANCE


def by_kind(
    point: str,
    detected: KeyPointCoverage,
    tokens: Tokens,
    asked: frozenset[str],
    stopwords: frozenset[str],
) -> KeyPointCoverage:
    """``detected``, or the point met by a sentence that says its kind in an everyday frame,
    with substance, and says its topic (or the question does)."""
    if detected.covered:
        return detected
    rubric = asked | {stem(w) for w in tokenise(point.lower()).words}
    for kind in kinds_of(point):
        topic = _topic(point, kind, stopwords)
        frames = [_FRAMES[kind]] if kind in _FRAMES else []
        if kind == "lesson":
            frames.append(_FRAMES["change"])
        for text, stems in _sentences(tokens):
            if not _says_topic(topic, stems, asked):
                continue
            found = _said(kind, frames, text)
            if found is None and kind == "reason" and topic and _says_topic(topic, stems):
                found = _BECAUSE.search(text)
            if found is not None and (
                kind not in _FRAMED or _substantial(text, found, rubric, stopwords)
            ):
                return KeyPointCoverage(point, True, (found.group().strip(),))
    return detected
