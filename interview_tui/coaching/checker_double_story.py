"""One story asked for, then told on: follow-ups the ``double`` rule leaves alone.

:mod:`interview_tui.coaching.checker_double_lines` flags two asking sentences on one line,
except a follow-up that asks for the rest of the story just requested. This module widens
both halves of that exception:

* **one episode requested**: besides "a time…" and "the last X you…", a single past episode
  named by a relative clause in the past tense ("one delivery that went missing", "a tenant
  who refused to leave", "the worst job you were ever sent on");
* **told on**: a short past-tense question about what happened in it, asked of anyone in the
  story ("What did you do next?", "How did they take it?", "What had gone wrong with it?",
  "Who did she call?", "What did the customer say?").

Still double: a follow-up that opens a new topic, however short ("What did you learn?",
"Why did you leave?", "How did you get into it?", "What did it pay?"), and any follow-up to a
request that names no single episode ("Tell me about your last role. What did you do
there?" asks about a whole job, then something else).
"""

from __future__ import annotations

from interview_tui.coaching.checker_words import IRREGULAR_PAST, WH

_ONE = frozenset({"a", "an", "one", "the"})
_RELATIVE = frozenset({"that", "which", "who", "where", "when", "you", "they"})
_PAST_AUX = frozenset({"did", "had", "was", "were"})
_SOMEONE = frozenset({"you", "they", "he", "she", "it", "we", "everyone", "anyone"})
# Past forms these checks read, beyond the common irregular ones.
_PAST = IRREGULAR_PAST | frozenset(
    {"were", "was", "had", "did", "saw", "broke", "fell", "hit", "put", "let", "cut", "rang"}
    | {"gone", "done", "been", "seen", "taken", "given", "broken", "fallen", "known", "shut"}
    | {"beat", "caught", "threw", "hurt", "spoke", "forgot", "stole", "woke", "drove", "rode"}
)
# Words that turn a follow-up to a new topic: a lesson, a move, money, a start, a change.
_NEW_TOPIC = frozenset(
    {"learn", "learnt", "learned", "leave", "left", "start", "started", "into", "join"}
    | {"pay", "paid", "earn", "cost", "salary", "money", "differently", "change", "train"}
    | {"study", "choose", "chose", "pick", "become", "get", "find", "hear", "move", "stay"}
    | {"enjoy", "like", "love", "hate", "think", "feel", "usually", "generally", "now"}
)


def _is_past(word: str) -> bool:
    return word in _PAST or (word.endswith("ed") and len(word) > 3)


def one_episode(asked: tuple[str, ...]) -> bool:
    """Whether a request names one past episode by a relative clause in the past tense:
    "one fitting that went badly", "the worst binding you were ever asked to rescue"."""
    for index, word in enumerate(asked):
        if word not in _ONE:
            continue
        for at in range(index + 2, min(len(asked) - 1, index + 6)):
            if asked[at] not in _RELATIVE:
                continue
            verbs = asked[at + 1 : at + 4]
            if asked[at] in ("you", "they") and verbs[:1] in (("ever",), ("once",)):
                verbs = verbs[1:]
            if verbs and _is_past(verbs[0]):
                return True
            break
    return False


def told_on(part: tuple[str, ...]) -> bool:
    """Whether ``part`` (a follow-up's words) asks what happened next in the same story: a
    wh-word, a past auxiliary, someone in the story or a past participle, and nothing that
    opens a new topic."""
    if len(part) < 3 or len(part) > 8 or part[0] not in WH or part[0] == "why":
        return False
    if part[1] not in _PAST_AUX or _NEW_TOPIC.intersection(part):
        return False
    # "What did the customer say?": someone in the story, named.
    named = part[2] in _DETERMINERS and len(part) <= 6 and part[3:4] != ()
    return part[2] in _SOMEONE or named or (part[1] == "had" and _is_past(part[2]))


_DETERMINERS = frozenset({"the", "your", "their", "his", "her"})
