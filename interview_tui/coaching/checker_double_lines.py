"""The ``double`` rule across sentences: two asking sentences on one line.

"Tell me about your last role. Why did you leave?" asks two things; each line is a question
of its own, so a list of follow-ups on separate lines is never one double question. Not
flagged: a reason probe after the question ("…? Why?"), a sentence that only sets the scene,
and a short follow-up that asks for the rest of the story a request just asked for ("Tell me
about the moment you decided to leave. What triggered it?"). Split from
:mod:`interview_tui.coaching.checker_double`, which handles one sentence.
"""

from __future__ import annotations

import itertools

from interview_tui.coaching.checker_base import WHY, QuestionFlag, Sentence, quote, skip_openers
from interview_tui.coaching.checker_double import asks, is_probe, is_request, past_asides
from interview_tui.coaching.checker_double_story import one_episode, told_on
from interview_tui.coaching.checker_words import IRREGULAR_PAST, WH
from interview_tui.coaching.wordlists import Tokens

# Words that point back to the story the request asked for.
_BACK = frozenset({"it", "that", "this", "them", "then", "there"})


def _same_story(tokens: Tokens, before: Sentence, sentence: Sentence) -> bool:
    """Whether ``sentence`` is a short past-tense follow-up to a request, pointing back to the
    story it asked for: "Tell me about the moment you decided to leave. What triggered it?"."""
    words = tokens.words
    opening = skip_openers(words, before.first, before.stop)
    if words[sentence.first] in _ANOTHER:
        return False  # "Also, how did you find somewhere to live?" adds a question
    # "Oh, and while I think of it, what happened next?": the follow-up after its aside.
    begin = past_asides(tokens, skip_openers(words, sentence.first, sentence.stop), sentence.stop)
    part = words[begin : sentence.stop]
    asked = words[before.first : before.stop]
    # A question about one past episode is a request for its story too: "What's the oddest
    # fault you've traced? What caused it?".
    requested = is_request(words, opening, before.stop)
    if (not requested and not _one_episode(asked)) or not part or part[0] not in WH:
        return False
    episode = (
        _one_episode(asked)
        or one_episode(asked)
        or _an_occasion(asked)
        or any(pair in _A_TIME for pair in itertools.pairwise(asked))
    )
    if episode and told_on(part):
        # "Tell me about one fitting that went badly. How did they take it?"
        return True
    if len(part) <= 7 and _STORY_WORDS.issuperset(part[1:]):
        # "What went wrong?", "How did it end?", "What happened next?": the rest of the
        # story just asked for, in words that name nothing new.
        return True
    if (
        len(part) <= 8
        and part[:2] == ("what", "happened")
        and part[2:3] in {(w,) for w in _WHEN}
        and _BACK.union(_PEOPLE).intersection(part[3:])
    ):
        # "What happened when it broke?", "What happened once they arrived?": the story's
        # turn, pointed back to with "it" or "they".
        return True
    if (
        len(part) <= 4
        and part[-1] in _BACK
        and any(w.endswith("ed") or w in IRREGULAR_PAST for w in part[1:])
    ):
        return True
    # "Tell me about a time you spotted an error. Who did you tell?": what they did in the
    # story asked for; "What did you learn?" asks for a lesson, a question of its own.
    # "What did you notice first?", "How did you react at the time?": the same, told on.
    if (
        (
            any(pair in _A_TIME for pair in itertools.pairwise(asked))
            or _an_occasion(asked)
            or _did_to_you(asked)
        )
        and len(part) <= 7
        and part[1:3] == ("did", "you")
        and part[3:4] in {(w,) for w in _IN_THE_STORY}
        and _TOLD_ON.issuperset(part[4:])
    ):
        return True
    # "Tell me about the last fence you built. How did you price it?": how they did the
    # one thing named, not a new topic ("How did you get into fencing?").
    return (
        _one_episode(asked)
        and part[:3] == ("how", "did", "you")
        and len(part) <= 8
        and not {"into", "start", "started", "find", "hear"} & set(part)
    )


_ORDINALS = frozenset({"last", "first", "latest", "biggest", "hardest", "worst", "best"})


def _one_episode(asked: tuple[str, ...]) -> bool:
    """Whether a request names one past episode: "the last extension you quoted for", "the
    most awkward fault you've traced", or what it did to them: "the first engine that
    properly beat you"."""
    return _did_to_you(asked) or any(
        asked[i] == "the"
        and (asked[i + 1] in _ORDINALS or asked[i + 1] in ("most", "least"))
        and any(
            asked[j] in _YOU_DID
            and j + 1 < len(asked)
            and any(
                verb.endswith("ed") or verb in _PAST
                # "the worst storm you ever had to forecast": an adverb before the verb.
                for verb in asked[j + 1 : j + 3 if asked[j + 1] in _EVER else j + 2]
            )
            for j in range(i + 2, min(len(asked), i + 7))
        )
        for i in range(len(asked) - 2)
    )


def _did_to_you(asked: tuple[str, ...]) -> bool:
    """ "the first engine that properly beat you", "the worst winter that caught you out":
    one episode named by what it did, in the past, to the person asked."""
    return any(
        asked[i] == "the"
        and asked[i + 1] in _ORDINALS
        and any(
            asked[j] in _RELATIVE
            and any(
                (verb.endswith("ed") or verb in _PAST) and "you" in asked[k + 1 : k + 4]
                for k, verb in enumerate(asked[j + 1 : j + 3], start=j + 1)
            )
            for j in range(i + 2, min(len(asked), i + 6))
        )
        for i in range(len(asked) - 3)
    )


_RELATIVE = frozenset({"that", "which", "who"})
_YOU_DID = frozenset({"you", "you've", "you'd"})
_EVER = frozenset({"ever", "once", "last", "first", "recently", "actually"})
_WHEN = frozenset({"when", "once", "after", "as"})
_PEOPLE = frozenset({"they", "she", "he"})


def _an_occasion(asked: tuple[str, ...]) -> bool:
    """Whether a request names one occasion by what happened in it: "a rescue where you
    noticed…", "a shift when you had to…"."""
    return any(
        asked[i] in ("a", "an") and asked[i + 2] in ("where", "when") and asked[i + 3] in _YOU_DID
        for i in range(len(asked) - 3)
    )


_PAST = IRREGULAR_PAST | {"done", "seen", "had", "known", "taken", "given", "written", "dealt"}
# Past forms the same as the present, read as past after "that" or "who": "that beat you".
_PAST |= frozenset({"beat", "hit", "cut", "put", "let", "hurt", "cost", "caught", "threw"})


# Words that announce another question: "Also, …", "Plus, …", "Separately, …".
_ANOTHER = frozenset({"also", "plus", "separately", "additionally", "secondly", "besides"})

# What may follow the verb of a follow-up about the same story: "…notice first?".
_TOLD_ON = frozenset({"first", "next", "then", "at", "the", "time", "straight", "away", "about"})
_TOLD_ON |= frozenset({"it", "that", "there", "in", "moment"})
# "What did you end up doing?": what they did in the end, told on.
_TOLD_ON |= frozenset({"up", "doing", "in", "end"})

# Words that only move a story on: how it went, ended or turned out.
_STORY_WORDS = frozenset(
    {"went", "go", "goes", "wrong", "right", "happened", "happen", "happens", "next", "then"}
    | {"end", "ended", "it", "that", "did", "was", "the", "outcome", "turn", "turned", "out"}
    | {"finish", "finished", "in", "after", "afterwards", "up", "resolved", "result"}
    # "What went wrong first?", "What turned out to be the cause?": the same story.
    | {"first", "to", "be", "cause", "caused", "behind"}
)
# A request for one story: "Tell me about a time…", "Describe an occasion when…".
_A_TIME = frozenset(
    {("a", "time"), ("an", "occasion"), ("a", "situation"), ("a", "moment"), ("an", "example")}
)
# What someone did in that story, asked after it.
_IN_THE_STORY = frozenset(
    {"do", "tell", "say", "decide", "handle", "react", "respond", "try", "choose", "notice"}
    | {"end"}
)


def several_on_a_line(tokens: Tokens, found: list[Sentence]) -> list[QuestionFlag]:
    """A ``double`` flag for each line that asks two things in separate sentences."""
    flags: list[QuestionFlag] = []
    by_line: dict[int, list[Sentence]] = {}
    for sentence in found:
        by_line.setdefault(sentence.line, []).append(sentence)
    for line in by_line.values():
        asking = [
            s
            for number, s in enumerate(line)
            if asks(tokens, s)
            and not is_probe(tokens, s)
            and not (number and _same_story(tokens, line[number - 1], s))
            and not (number and _other_half(tokens, line[number - 1], s))
        ]
        if len(asking) < 2:
            continue
        second = asking[1]
        text = tokens.text[second.start : second.end]
        flags.append(
            QuestionFlag(
                "double",
                second.start,
                asking[-1].end,
                WHY["double"],
                f"Ask one at a time: put '{quote(text)}' on its own line as a follow-up.",
            )
        )
    return flags


# One set seen from its two sides across two sentences: what they would be praised for, and
# where they could grow. A new topic ("…? And how did you cope?") is still a second question.
_PRAISED = frozenset({"praise", "praised", "strengths", "strength", "proud", "compliment"})
_PRAISED |= frozenset({"best", "value", "valued", "rate"})
_TO_GROW = frozenset({"grow", "improve", "improvement", "weaknesses", "weakness", "weaker"})
_TO_GROW |= frozenset({"worst", "criticise", "criticize", "develop", "better"})
_JOINS = frozenset({"and", "but", "then"})


def _other_half(tokens: Tokens, before: Sentence, sentence: Sentence) -> bool:
    """ "What would your manager praise you for? And where would she say you've got room to
    grow?": the other half of one set, asked of the same person, in a sentence of its own."""
    words = tokens.words
    part = words[sentence.first : sentence.stop]
    asked = words[before.first : before.stop]
    if before.mark != "?" or len(part) < 3 or part[0] not in _JOINS or part[1] not in WH:
        return False
    return bool(_PRAISED.intersection(asked)) and bool(_TO_GROW.intersection(part))
