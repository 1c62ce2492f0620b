"""The STAR parts of one answer to a past-behaviour question, judged on one real episode.

An answer that narrates no episode (a habit, a plan, a trait: see
:func:`~interview_tui.coaching.nudges.tells_an_episode`) has no part at all, and neither has
one that only reads the key points back ("I showed leadership when the goal needed someone to
lead"): a story needs at least :data:`OWN_WORDS` words of its own, and no more than
:data:`ECHO_AT_MOST` of its words may be the key points' own. An episode is its own
situation; a story too thin to be an episode still has one when it names when it happened
and tells something that did ("I once forgot to order the toner"), and then the task it
states too ("It was my responsibility"); one that names it and
tells some of it in the past is an episode even when the rest is told in the present ("When
I start on the floor… Then one day she had a sore"). Each other part is
present when one of its cue phrases from the word lists appears (compared stem by stem, so
"I organised" also matches "I organized"), or when one of the general patterns below does:

task
    What the speaker or their team had to do, stated or implied by their role: "I had to…",
    "we were meant to…", "my job was…", "the brief was…", "it fell to me", "she asked me
    to…", "I was covering the manager's job", "I was on the returns desk", "our team
    produced the dashboard", "I'd been acting up", a deadline, what they wanted others to
    get ("I wanted them to understand…", "the way to get them revising"), or the feedback
    someone gave them ("I got asked to add a fee"), or a problem others kept causing ("the
    older lads kept leaving him out"), a job title ("I was the design engineer", "as senior
    carer", "one of two developers"), a post run now ("I run the library"), taking the job on
    ("so I took it on myself"), a requirement ("it had to be step-free") or what was at stake
    ("if we missed the window, we'd lose yield"), a target set for them ("I was set a
    target of forty"), what was new to them ("rules I'd never seen"), the worry they had
    ("my worry was that…"), a placement served ("where I did my placement"), a clash they
    were in ("early on we clashed"), or what the team runs ("we run a farm shop"). Another
    person's wish ("she wanted to…") is not the speaker's task.
action
    Steps the speaker or the team took: a cue phrase, or at least two different things
    "I" or "we" did ("we rebuilt…", "I argued…"), not counting states, feelings and
    thoughts ("I was", "I felt", "I learned", "we wanted"), nor setting oneself a goal ("I
    set myself a target of sixty" is the task). Terse answers that drop the "I" ("Planned
    two months, took five"), steps chained after one "we" ("we refunded the boxes, dropped a
    fresh one round and changed the route") and stories told in the present ("so I go to her
    and I tell her") count their steps too.
result
    What the episode changed or how it ended: "as a result", "in the end", what happened
    "a month later" or "within twenty minutes", "from then on", "it's still in use", a
    change with a figure ("went from forty minutes to twenty-five", "fell by a fifth"),
    money won or lost, a percentage, what has held "since the change", the work done by a
    time ("all three hundred acres in by the twentieth"), "on schedule", a decision others
    made ("they said no"), a state that has held ("it's been up seven years"), better than
    before ("doing better than they ever had"), the put-off fix that "got done", a new role
    given ("they made me a senior carer"), a state restored ("it was back on in March"),
    everyone's fate ("all six kept their jobs"), what has been done again since;
    and, told in the answer's second half only, a later moment and what someone else did then
    ("the week after he came back in"), "a year in", work done "four days before" a later
    event, what others "still" do or what is "still there", others satisfied with what was
    delivered ("the governors were satisfied with it"), thanks sent in by the person helped
    ("she sent a card in to the branch"), how things stand now ("now we joke about it"), a
    deputy's post offered, what others got and used ("she used that at the meeting"), the
    matter taken up by others ("they dealt with it"), what the change brought in ("which
    got more replies"), what the people won became, a
    recovery, what did not come back ("she didn't find it dirty once"), more of the work
    handed to the speaker, nobody hurt, a handshake, a grade got, what stopped coming the
    speaker's way ("we stopped getting complaints"). An estimate against what it
    took ("it'd take two weeks and it took seven") counts anywhere. Not a
    result: the time of a step ("an hour after my shift", "I told him at the end of his
    shift", "asked him to meet me the next morning"), the speaker's next step ("after that
    I just watched"), reflection ("I learned…", "it taught me…"), feelings, a bare number
    ("I have 2 kids") or a score on a first try ("forty percent on the first test"), a
    move between places ("from a pub kitchen to a restaurant"), what a routine used to
    bring ("every morning… a week later"), what had stopped before the story ("it had
    stopped starting"), a change announced ("his hours were being cut from three days to
    one"), a deadline ("answered within two minutes"), what is still under way ("we're
    still working through the list"), a condition ("if nothing changed within a month"),
    the speaker giving up a habit ("so I just stopped using slang"), a feeling or a
    reflection told with an ending's words ("in the end I felt more confident", "it taught
    me a lot in the end"), a wish ("I hope that in the end…"), a share of a grade, a verdict
    with no "what" ("I think it went okay in the end"), or a stake ("worth forty per cent of
    the module"), nor the speaker's own step by a figure ("I cut it to one a week"). The
    non-results are in :mod:`~interview_tui.coaching.star_non_results`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence

from interview_tui.coaching.nudges import OCCASION, story_counts, tells_an_episode
from interview_tui.coaching.star_non_results import no_result_spans
from interview_tui.coaching.star_patterns import LATE_RESULT, RESULT, TASK
from interview_tui.coaching.wordlists import STAR_PARTS, PhraseIndex, Tokens

# Distinct content words, beyond the key points' own, that it takes to tell a story.
OWN_WORDS = 8
# An answer more than this share of whose content words are the key points' own words reads
# the rubric back, however long it is (real stories stay near a tenth).
ECHO_AT_MOST = 0.2

# States, feelings and thoughts: "I was", "we felt", "I learned" narrate no step.
_NOT_STEPS = frozenset(
    {
        "was", "were", "had", "felt", "thought", "knew", "wanted", "needed", "liked", "loved",
        "hated", "learned", "learnt", "realised", "realized", "remembered", "believed",
        "seemed", "used", "supposed", "disagreed", "enjoyed", "wished", "hoped", "worried",
        "expected", "missed", "understood", "guessed", "assumed", "started", "began", "tried",
        "got", "became", "ended",
    }
)  # fmt: skip
_STEP = re.compile(
    r"\b(?:i|we)(?: (?:then|also|just|quickly|immediately|first|finally|still|eventually|both"
    r"|all|only|even|actually|\w+ly))? (\w+ed|took|sent|rang|went|made|built|wrote|gave|ran"
    r"|set|put|told|sat|kept|met|brought|spoke|chose|paid|taught|found|did|held|drew|cut|rebuilt"
    r"|reran|rewrote|split|swapped|showed|shown|fixed|asked|moved|pulled|rolled|sorted)\b"
)


def _late(text: str) -> str:
    """The second half of ``text``, from the first sentence end there."""
    middle = len(text) // 2
    end = re.compile(r"[.!?]\s").search(text, middle)
    return text[end.end() :] if end else text[middle:]


def _says_result(
    tokens: Tokens, stems: Sequence[str], cues: PhraseIndex, lowered: str, said: set[str]
) -> bool:
    """Whether the answer tells how the episode ended (see the module docstring).

    ``lowered`` is its text in lower case with straight apostrophes (the tokens' offsets),
    ``said`` the set of ``stems``.
    """
    spans = no_result_spans(lowered)
    raw = lowered
    if spans:
        # Blanked to the same length: offsets stay the tokens' own.
        pieces, kept = [], 0
        for start, end in spans:
            pieces += [raw[kept:start], " " * (end - start)]
            kept = end
        raw = "".join([*pieces, raw[kept:]])
        # The words that start inside a span are not said.
        blanked: set[int] = set()
        for start, end in spans:
            blanked.update(
                range(bisect_left(tokens.starts, start), bisect_left(tokens.starts, end))
            )
        stems = ["" if index in blanked else s for index, s in enumerate(stems)]
        said = set(stems)
    raw = _unconditional(raw)
    return (
        _any_cue(cues, stems, said)
        or RESULT.search(raw) is not None
        or LATE_RESULT.search(_late(raw)) is not None
    )


# A condition ("if nothing happened within a month", "unless it was ready by Friday") says
# what might happen, not what did.
_CONDITION = re.compile(r"\b(?:if|unless|in case|whether)\b[^.,;:!?]*")


def _unconditional(text: str) -> str:
    """``text`` without its conditional clauses."""
    return _CONDITION.sub(" ", text)


def _names_an_occasion(answer: str) -> bool:
    """Whether a story too thin to be an episode still names a real occasion: a time it
    happened and something that happened then, not a habit."""
    habits, past = story_counts(answer)
    text = answer.lower()
    return past >= 1 and not habits and OCCASION.search(text) is not None


def _any_cue(cues: PhraseIndex, stems: Sequence[str], said: set[str]) -> bool:
    """Whether one of ``cues`` is said in ``stems``; ``said`` is the set of ``stems``."""
    # Only a cue all of whose words are said can be, and only where its first word is.
    viable: dict[str, list[tuple[str, ...]]] = {}
    for first in said.intersection(cues.by_first):
        phrases = [phrase for phrase in cues.by_first[first] if said.issuperset(phrase)]
        if phrases:
            viable[first] = phrases
    if not viable:
        return False
    for index, word in enumerate(stems):
        here = viable.get(word)
        if here and any(tuple(stems[index : index + len(phrase)]) == phrase for phrase in here):
            return True
    return False


# Setting oneself a goal is the task, not a step towards it: "I set myself a target of sixty".
_GOAL_SET = re.compile(
    r"\b(?:i|we) set (?:myself |ourselves |me |us )?(?:a |an |the |some )?(?:\w+ )?"
    r"(?:target|targets|goal|goals|aim|aims|challenge|deadline)\b"
)


# A terse answer drops the "I": "Planned two months, took five." A sentence that opens on a
# past verb is the speaker's step ("Turned out…" and "Seemed…" are not).
_TERSE_STEP = re.compile(
    r"(?:^|[.!?;]\s+)(\w+ed|took|sent|rang|went|made|built|wrote|gave|ran|set|put|told"
    r"|kept|met|brought|spoke|chose|paid|found|did|cut|rebuilt|rewrote|split|fixed)\b"
)
# Steps chained after "I" or "we" share the subject: "We refunded the boxes, dropped a fresh
# one round and changed the route" is three steps, as is "we listened, then asked" (not a
# passive: "…, cancelled by the client").
_LINK = re.compile(
    r"(?:,|\band\b|\bthen\b) (?:and )?(?:then )?(?:also )?(\w+ed|took|sent|rang|went|made"
    r"|built|wrote|gave|ran|set|put|told|kept|met|brought|spoke|chose|paid|found|did|cut"
    r"|rebuilt|rewrote|split|fixed)\b(?! by\b)"
)
_NOT_TERSE = frozenset({"turned", "seemed", "happened", "sounded", "looked", "needed"})
# Told in the present, as some people tell a story: "So I go to Gillian and I tell her".
_PRESENT_STEP = re.compile(
    r"\bi (ask|tell|explain|ring|call|go to|speak to|talk to|show|write|send)\b"
)


def _chained(raw: str) -> list[str]:
    """The verbs chained after the first "I" or "we" of each sentence of ``raw``: told with
    the subject said once, each is still a step of the speaker's."""
    verbs: list[str] = []
    for sentence in re.split(r"[.!?;]\s", raw):
        subject = re.search(r"\b(?:i|we) ", sentence)
        if subject:
            verbs += _LINK.findall(sentence, subject.end())
    return verbs


def _steps(text: str, raw: str = "") -> int:
    """How many different things "I" or "we" did in ``text`` (words only), with the terse
    steps of ``raw`` (the answer, lower case, with its punctuation)."""
    text = _GOAL_SET.sub(" ", text)
    verbs = {verb for verb in _STEP.findall(text) if verb not in _NOT_STEPS}
    verbs |= {v for v in _TERSE_STEP.findall(raw) if v not in _NOT_STEPS | _NOT_TERSE}
    verbs |= {v for v in _chained(raw) if v not in _NOT_STEPS | _NOT_TERSE}
    return len(verbs | set(_PRESENT_STEP.findall(text)))


def own_words(content_stems: Iterable[str], echo: frozenset[str]) -> int:
    """Distinct content stems of the answer that are not the key points' own words."""
    return len({s for s in content_stems if s not in echo and not s.isdigit()})


def echo_share(content_stems: Sequence[str], echo: frozenset[str]) -> float:
    """The share of the answer's content words (counted each time) that are key-point words."""
    return sum(s in echo for s in content_stems) / len(content_stems) if content_stems else 0.0


def star_parts(
    tokens: Tokens,
    stems: Sequence[str],
    cues: Mapping[str, PhraseIndex],
    own: int,
    echoed: float = 0.0,
    episode: bool | None = None,
) -> dict[str, bool]:
    """Which STAR parts the answer tells (see the module docstring).

    ``stems`` are the stems of ``tokens``' words, ``cues`` the stemmed cue phrases per part,
    ``own`` the answer's content words beyond the key points' own (:func:`own_words`),
    ``echoed`` the share of its content words that are the key points' own (:func:`echo_share`),
    ``episode`` whether it tells an episode (:func:`tells_an_episode`), when already known.
    """
    if own < OWN_WORDS or echoed > ECHO_AT_MOST:
        return dict.fromkeys(STAR_PARTS, False)
    text = " ".join(tokens.words)  # lower case, straight apostrophes, single spaces
    said = set(stems)
    stated = _any_cue(cues["task"], stems, said) or TASK.search(text) is not None
    if not (tells_an_episode(tokens.text) if episode is None else episode):
        # A thin story that still names its occasion has the task it states ("I once forgot
        # the toner order. It was my responsibility."), but no steps or ending to judge.
        named = _names_an_occasion(tokens.text)
        return {**dict.fromkeys(STAR_PARTS, False), "situation": named, "task": named and stated}
    raw = tokens.text.lower().replace("\u2019", "'")
    action = _any_cue(cues["action"], stems, said) or _steps(text, raw) >= 2
    result = _says_result(tokens, stems, cues["result"], raw, said)
    return {
        "situation": True,  # the episode is the situation
        # A story that tells both what was done and how it ended has plainly implied what it
        # set out to do: the question names the challenge ("a tight deadline", "a bug").
        "task": stated or (action and result),
        "action": action,
        "result": result,
    }
