"""The interviewer's question checker: hints for a question while it is being typed.

Four rules, each flag carrying a one-sentence ``why`` and an open rewording pattern:

``yes_no``
    A question that can be answered with a plain yes or no: it starts with an auxiliary verb
    (do, does, did, is, are, was, were, have, has, can, could, would, will, should…), or a
    later clause does ("When you started, did you have a mentor?"). Polite requests are open
    and are not flagged: "Could you walk me through…", "Can you tell me…", "Would you
    describe…", "Would you mind explaining…". Decisions:

    * **"Do you find…" is flagged.** "Do you find the work rewarding?" can be answered "yes";
      the open form is "What do you find rewarding about the work?", and the suggestion
      offers exactly that rewording.
    * "Can you think of a time…" is flagged: it invites "not really"; "Tell me about a
      time…" is the open form.
    * "Would you describe X as Y?" is flagged (it asks for agreement with Y), while
      "Would you describe X?" is an open request.
    * Asking permission to go on ("Could I ask…", "May I check…") is not flagged.
    * Only sentences that end in "?" or are unfinished (no end mark yet, as while typing)
      are checked; a sentence ending in "." or "!" is a statement or a prompt.

``leading``
    A question that suggests its own answer: a phrase from the ``leading`` list ("wouldn't
    you agree", "don't you think", "surely"…), unless a question word comes right before it
    ("What would you agree to give up?"), or a tag question ending in ", right?",
    ", isn't it?", ", don't you?" and the like.

``double``
    Two questions in one: two or more "?" on one line, or a direct question joined to a
    second one with "and" ("What did you learn and how did you apply it?", "…and did it
    work?"). Deliberately not flagged: a bare "…and why?" (it asks for the reason behind
    the same answer), contrasts that ask about one set from two sides ("Which parts do you
    enjoy, and which do you put off?", "What was in your control, and what was not?"),
    embedded clauses ("Do you remember what happened and why it
    failed?"), and requests that list what to cover ("Tell me about the project and how
    you got it funded."). Each line is a question of its own, so a list of follow-ups on
    separate lines is never one double question.

``job_ask``
    Only for informational and exploratory conversations (``informational=True``): a
    phrase from the ``job_asks`` list ("are you hiring", "any openings", "hire me"…).
    Questions about someone's job ("How did you get your job?") are fine.

Offsets are character offsets into the text given. The checker is pure and fast (tens of
microseconds for a typical question), so it can run on every debounced keystroke.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

from interview_tui.coaching.checker_words import (
    AUX,
    BE,
    CLAUSE_BREAK,
    DO,
    HAVE,
    HOW_VERBS,
    MODAL,
    NEGATIVE_AUX,
    OPENERS,
    PERMISSION_VERBS,
    POLITE_AUX,
    POLITE_VERBS,
    POSITIVE,
    PRONOUNS,
    SENTENCE_END,
    SOFTENERS,
    SUBJECTS,
    TAG_WORDS,
    TRAILING_COMMA,
    WH,
    WH_CONTRACTED,
)
from interview_tui.coaching.wordlists import PhraseIndex, Tokens, WordLists, tokenise

Rule = Literal["yes_no", "leading", "double", "job_ask"]

RULE_LABELS: dict[Rule, str] = {
    "yes_no": "Yes/no question",
    "leading": "Leading question",
    "double": "Two questions in one",
    "job_ask": "Asks for a job",
}

WHY: dict[Rule, str] = {
    "yes_no": "It can be answered with a plain yes or no, so it invites a short answer "
    "instead of a story.",
    "leading": "It suggests the answer you expect, so you hear agreement rather than "
    "their own view.",
    "double": "It asks two things at once, so one of them usually goes unanswered.",
    "job_ask": "Asking for a job turns an informational conversation into a job interview "
    "and spends the goodwill you came to build.",
}


@dataclass(frozen=True)
class QuestionFlag:
    """One hint about a question: which rule, where in the text, why, and what to try."""

    rule: Rule
    start: int
    end: int
    why: str
    suggestion: str


MAX_QUOTE = 60


@dataclass(frozen=True)
class _Sentence:
    start: int  # character offset of the sentence's first word
    end: int  # character offset just past its end mark (or its last word)
    first: int  # index of its first token
    stop: int  # index past its last token
    mark: str  # "?" if its end mark has one, else "!" or ".", or "" when unfinished
    line: int


@dataclass(frozen=True)
class _Matchers:
    leading: PhraseIndex
    job_asks: PhraseIndex


@functools.lru_cache(maxsize=8)
def _matchers(words: WordLists) -> _Matchers:
    # Word lists are loaded once per app run; compiling them once per distinct list set keeps
    # each check to a scan of the question.
    return _Matchers(PhraseIndex.of(words.leading), PhraseIndex.of(words.job_asks))


def check_question(
    text: str, words: WordLists, informational: bool = False
) -> tuple[QuestionFlag, ...]:
    """Flags for ``text``, a question (or several, one per line) the user would ask.

    ``informational`` turns on the ``job_ask`` rule, for informational and exploratory
    conversations. Never raises; an empty text has no flags.
    """
    tokens = tokenise(text)
    if not tokens.words:
        return ()
    matchers = _matchers(words)
    sentences = _sentences(tokens)
    flags: list[QuestionFlag] = []
    leading = [
        match
        for match in matchers.leading.find_all(tokens.words, tokens)
        # "What would you agree to give up?" asks for their view; only a phrase that opens
        # its clause leads.
        if match[0] == 0 or tokens.words[match[0] - 1] not in WH or not tokens.joined(match[0])
    ]
    leading_starts = {first for first, _, _ in leading}
    for sentence in sentences:
        if sentence.mark in ("?", ""):
            tag = _tag_index(tokens, sentence)
            flags.extend(_yes_no(tokens, sentence, tag, leading_starts))
            if tag is not None:
                flags.append(_tag_flag(tokens, sentence, tag))
            flags.extend(_joined_questions(tokens, sentence))
    flags.extend(_several_on_a_line(text, sentences))
    flags.extend(_phrase_flags(tokens, leading, "leading", _leading_suggestion))
    if informational:
        job_asks = matchers.job_asks.find_all(tokens.words, tokens)
        flags.extend(_phrase_flags(tokens, job_asks, "job_ask", _job_suggestion))
    order = {rule: i for i, rule in enumerate(RULE_LABELS)}
    return tuple(sorted(flags, key=lambda f: (f.start, order[f.rule], f.end)))


def _sentences(tokens: Tokens) -> list[_Sentence]:
    text = tokens.text
    sentences: list[_Sentence] = []
    token = 0
    line = 0
    total = len(tokens.words)
    boundaries = [(m.start(), m.end(), m.group()) for m in SENTENCE_END.finditer(text)]
    boundaries.append((len(text), len(text), ""))
    for begin, finish, run in boundaries:
        first = token
        while token < total and tokens.starts[token] < begin:
            token += 1
        if token > first:
            # "Do you think...?" is a question: a "?" anywhere in the run decides.
            mark = next((m for m in "?!." if m in run), "")
            sentences.append(
                _Sentence(
                    start=tokens.starts[first],
                    end=finish if mark else tokens.ends[token - 1],
                    first=first,
                    stop=token,
                    mark=mark,
                    line=line,
                )
            )
        if run == "\n":
            line += 1
    return sentences


def _skip_openers(words: tuple[str, ...], index: int, stop: int) -> int:
    while index < stop - 1 and words[index] in OPENERS:
        index += 1
    return index


def _is_polite(tokens: Tokens, index: int, stop: int) -> bool:
    """Whether the clause at ``index`` is "could you (please) tell me…" and the like."""
    words = tokens.words
    if words[index] not in POLITE_AUX and words[index] not in DO and words[index] != "may":
        return False
    if index + 1 < stop - 1 and words[index + 1] == "i":
        # "Could I ask…", "May I check…": asking permission to go on, not a question.
        return words[index] != "do" and words[index + 2] in PERMISSION_VERBS
    if index + 1 >= stop or words[index + 1] != "you":
        return False
    verb = index + 2
    while verb < stop and words[verb] in SOFTENERS:
        verb += 1
    if verb >= stop:
        return False
    if words[index] in DO:
        # "Do you mind telling me…" is the one polite "do" form.
        return words[verb] == "mind" and verb + 1 < stop and words[verb + 1].endswith("ing")
    if words[verb] == "say":
        # "Could you say more about…" is open; "Would you say it was hard?" is not.
        return verb + 1 < stop and words[verb + 1] == "more"
    if words[verb] == "describe":
        # "Would you describe X as Y?" asks for agreement with Y.
        return "as" not in words[verb + 1 : stop]
    return words[verb] in POLITE_VERBS


def _clause_starts(tokens: Tokens, first: int, stop: int) -> list[int]:
    """Where clauses begin: the sentence start, and after a comma, "and", "or" or "but"."""
    words = tokens.words
    starts = [_skip_openers(words, first, stop)]
    for index in range(first + 1, stop):
        if CLAUSE_BREAK.search(tokens.gap(index)) or words[index - 1] in ("and", "or", "but"):
            starts.append(_skip_openers(words, index, stop))
    return starts


def _yes_no(
    tokens: Tokens, sentence: _Sentence, tag: int | None, leading_starts: set[int]
) -> list[QuestionFlag]:
    words = tokens.words
    stop = sentence.stop if tag is None else tag
    for number, index in enumerate(_clause_starts(tokens, sentence.first, stop)):
        if words[index] not in AUX or _is_polite(tokens, index, stop):
            continue
        if index in leading_starts:
            continue  # "Wouldn't you agree…" is flagged as leading; one hint is enough
        # Mid-sentence, an auxiliary only starts a question when a subject follows it:
        # "…, did you…" but not "…, is what matters".
        if number > 0 and (index + 1 >= stop or words[index + 1] not in SUBJECTS):
            continue
        start = sentence.start if number == 0 else tokens.starts[index]
        suggestion = _yes_no_suggestion(tokens, index, stop)
        return [QuestionFlag("yes_no", start, sentence.end, WHY["yes_no"], suggestion)]
    return []


def _yes_no_suggestion(tokens: Tokens, index: int, stop: int) -> str:
    words = tokens.words
    aux = words[index]
    if "time" in words[index:stop] or (
        aux in HAVE and index + 2 < stop and words[index + 2] == "ever"
    ):
        return "Ask for the story directly: 'Tell me about a time you…' or 'What happened when…?'"
    if aux in BE:
        return "Start with what or how: 'What is it like…?' or 'How would you describe…?'"
    if (aux in DO or aux in MODAL) and index + 2 < stop and words[index + 1] in PRONOUNS:
        subject = tokens.text[tokens.starts[index + 1] : tokens.ends[index + 1]]
        verb = tokens.text[tokens.starts[index + 2] : tokens.ends[index + 2]]
        if subject != "I":
            subject = subject.lower()
        opener = "How" if words[index + 2] in HOW_VERBS else "What"
        return (
            f"Start with what or how, or ask for a story: "
            f"'{opener} {POSITIVE.get(aux, aux)} {subject} {verb}…?' or 'Tell me about…'"
        )
    return "Start with what, how or tell me about: 'What do you find most rewarding about…?'"


def _tag_index(tokens: Tokens, sentence: _Sentence) -> int | None:
    """Where a tag such as ", right?" or ", isn't it?" starts, if the question ends in one."""
    if sentence.mark != "?":
        return None
    words = tokens.words
    last = sentence.stop - 1
    if words[last] in TAG_WORDS:
        tag = last
    elif (
        words[last] in PRONOUNS
        and last - 1 > sentence.first
        and words[last - 1] in NEGATIVE_AUX
        and tokens.joined(last)
    ):
        tag = last - 1
    else:
        return None
    if tag == sentence.first or not TRAILING_COMMA.search(tokens.gap(tag)):
        return None
    return tag


def _tag_flag(tokens: Tokens, sentence: _Sentence, tag: int) -> QuestionFlag:
    comma = tokens.text.rindex(",", 0, tokens.starts[tag])
    return QuestionFlag(
        "leading",
        comma,
        sentence.end,
        WHY["leading"],
        "Drop the tag and ask for their view: 'How did you see it?' or 'What was your "
        "experience of…?'",
    )


def _is_direct_question(tokens: Tokens, sentence: _Sentence) -> bool:
    words = tokens.words
    index = _skip_openers(words, sentence.first, sentence.stop)
    word = words[index]
    if word in WH or word in WH_CONTRACTED:
        return True
    return word in AUX and not _is_polite(tokens, index, sentence.stop)


def _second_question_at(tokens: Tokens, index: int, stop: int) -> bool:
    """Whether the clause after "and" at ``index`` is a question of its own."""
    words = tokens.words
    word = words[index]
    nxt = words[index + 1] if index + 1 < stop else None
    if word in WH_CONTRACTED:
        return nxt is not None
    if word in WH:
        if nxt is None or nxt in ("not", "so", "exactly"):
            return False  # "…and why?" asks for the reason behind the same answer
        if nxt in AUX:
            return True  # inverted: "and how did you…"
        if nxt in PRONOUNS:
            return False  # embedded: "and what it was like"
        after = words[index + 2] if index + 2 < stop else None
        if word in ("how", "which", "what", "whose") and after in AUX:
            return True  # "and how long did it take", "and which team did you join"
        return nxt.endswith("ed")  # "and what happened", "and who decided"
    return word in AUX and nxt in SUBJECTS  # "and did it work"


def _is_contrast(words: tuple[str, ...], opener: str, index: int, stop: int) -> bool:
    """ "Which… and which…?" or "…, and what was not?": one set asked about from two sides."""
    if opener == "which" and words[index] == "which":
        return True
    return stop - index <= 3 and words[stop - 1] == "not"


def _joined_questions(tokens: Tokens, sentence: _Sentence) -> list[QuestionFlag]:
    if not _is_direct_question(tokens, sentence):
        return []
    words = tokens.words
    opener = words[_skip_openers(words, sentence.first, sentence.stop)]
    for index in range(sentence.first + 2, sentence.stop):
        if words[index - 1] != "and" or words[index - 2] in WH:
            continue
        if not _second_question_at(tokens, index, sentence.stop):
            continue
        if _is_contrast(words, opener, index, sentence.stop):
            continue
        start = tokens.starts[index - 1]
        second = tokens.text[tokens.starts[index] : sentence.end]
        return [
            QuestionFlag(
                "double",
                start,
                sentence.end,
                WHY["double"],
                f"Ask one thing at a time: end the first question before 'and', and keep "
                f"'{_quote(second)}' as a follow-up.",
            )
        ]
    return []


def _several_on_a_line(text: str, sentences: list[_Sentence]) -> list[QuestionFlag]:
    flags: list[QuestionFlag] = []
    by_line: dict[int, list[_Sentence]] = {}
    for sentence in sentences:
        if sentence.mark == "?":
            by_line.setdefault(sentence.line, []).append(sentence)
    for questions in by_line.values():
        if len(questions) < 2:
            continue
        second = questions[1]
        flags.append(
            QuestionFlag(
                "double",
                second.start,
                questions[-1].end,
                WHY["double"],
                f"Ask one at a time: put '{_quote(text[second.start : second.end])}' on its "
                "own line as a follow-up.",
            )
        )
    return flags


def _phrase_flags(
    tokens: Tokens, found: list[tuple[int, int, tuple[str, ...]]], rule: Rule, suggestion: str
) -> list[QuestionFlag]:
    return [
        QuestionFlag(rule, tokens.starts[first], tokens.ends[stop - 1], WHY[rule], suggestion)
        for first, stop, _ in found
    ]


_leading_suggestion = "Ask it neutrally: 'What is your view on…?' or 'How do you see…?'"
_job_suggestion = (
    "Ask about the path instead: 'How do people usually find openings in this field?' or "
    "'Who else would you suggest I talk to?'"
)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1].rstrip() + "…"
