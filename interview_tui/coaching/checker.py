"""The interviewer's question checker: hints for a question while it is being typed.

Five rules, each flag carrying a one-sentence ``why`` and an open rewording pattern:

``yes_no``
    A question that can be answered with a plain yes or no: it starts with an auxiliary verb
    (do, does, did, is, are, was, were, have, has, can, could, would, will, should…), or a
    later clause does ("When you started, did you have a mentor?"), or it states a guess and
    asks for a nod ("Presumably you needed a degree?", "…, right?"), or drops its auxiliary
    ("Got any tips…?", "Anything you'd add?"). Not flagged:

    * polite requests: "Could you walk me through…", "Can you tell me…", "Would you
      describe…", "Would you mind explaining…", and asking permission ("May I stay in
      touch…?", "Could I ask…");
    * choice questions ("Is the work on site, in the office, or split?"), which ask the
      other person to pick and explain;
    * a question followed by a reason probe that needs an answer either way ("Would you
      choose it again? Why or why not?"); after "If so, why?" a plain "no" still ends it,
      so that one stays flagged;
    * a clause after ", if anything," or ", if any," ("What, if anything, would you change?");
    * eligibility checks where yes or no is the answer wanted ("Are you legally entitled to
      work here?", "Do you hold a full driving licence?", "Are you over 18?", "Are you on
      the NMC register?", "Is your site pass still in date?"); closed questions about
      experience, skills, opinions and availability stay flagged;
    * questions already flagged as a job ask or about a protected characteristic: the
      rewording that fixes those is not an open question (nor is a leading hint given);
    * "sooner or later", "more or less" and other idioms with "or" are not choices.

    Decisions: "Do you find…" is flagged (the open form is "What do you find…?"); "Can you
    think of a time…" is flagged ("Tell me about a time…" is the open form); "Would you
    describe X as Y?" and "Would you recommend X?" are flagged (they ask for agreement or a
    verdict). Only sentences that end in "?" or are unfinished (no end mark yet, as while
    typing) are checked; a sentence ending in "." or "!" is a statement or a prompt.

``leading``
    A question that suggests its own answer: a phrase from the ``leading`` list ("wouldn't
    you agree", "would it be fair to say", "presumably", "I take it"…), unless a question word
    comes right before it ("What would you agree to give up?"); a tag question ending in
    ", right?", ", isn't it?", ", don't you?" and the like, or a statement ending in a stance
    (", I'd imagine?", ", surely?", ", then?"; :mod:`interview_tui.coaching.checker_guess`),
    or a statement put for a nod ("Retail's a young person's game?", "…you must have walked
    straight in?");
    or a loaded premise (:mod:`interview_tui.coaching.checker_premise`). Loaded words that
    name one side of a contrast ("…, and which do you dread?") are left alone.

``double``
    Two questions in one; see :mod:`interview_tui.coaching.checker_double`.

``job_ask``
    Only for informational and exploratory conversations (``informational=True``): a
    phrase from the ``job_asks`` list ("are you hiring", "keep me in mind", "so I can
    apply"…), or an ask recognised from its parts, the asker, a way into work and the
    listener's workplace (:mod:`interview_tui.coaching.checker_asks`): "Is your depot short
    of drivers?", "How would I get taken on at your garage?", "Here's my CV. Could you hand
    it to your manager?", or by offering oneself (:mod:`interview_tui.coaching.checker_offers`):
    "Give me a shout if the clinic needs another receptionist", "I'm free most weekends if
    you ever need cover". Questions about someone's job ("How did you get your job?") or
    about how openings are filled ("When there are openings on your team, what makes an
    applicant stand out?") are fine.

``illegal``
    Only for hiring interviews (``hiring=True``): a question about a protected
    characteristic; see :mod:`interview_tui.coaching.checker_illegal`.

One span flagged twice by the same rule is reported once. Offsets are character offsets into
the text given. The checker is pure and fast (under 0.1 ms for a typical question, every rule on),
so it can run on every debounced keystroke.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from interview_tui.coaching.checker_asks import asks_for_a_job
from interview_tui.coaching.checker_base import (
    RULE_LABELS,
    WHY,
    QuestionFlag,
    Rule,
    Sentence,
    is_polite,
    sentences,
    skip_openers,
)
from interview_tui.coaching.checker_clauses import after_condition, aside_after_wh, is_aside
from interview_tui.coaching.checker_contrast import is_contrast
from interview_tui.coaching.checker_double import (
    is_probe,
    joined_questions,
    whether_joined,
)
from interview_tui.coaching.checker_double_asks import asks_joined
from interview_tui.coaching.checker_double_lines import several_on_a_line
from interview_tui.coaching.checker_guess import (
    negative_question,
    stated_guess,
    tag_flag,
    tag_index,
)
from interview_tui.coaching.checker_illegal import protected_spans, protected_topics
from interview_tui.coaching.checker_lawful import lawful_check
from interview_tui.coaching.checker_model import LearnedModels, learned_flags, shipped
from interview_tui.coaching.checker_preamble import courtesy, trailing_aside
from interview_tui.coaching.checker_premise import (
    GUESS_OPENERS,
    loaded_premises,
    premises_before,
)
from interview_tui.coaching.checker_slant import slanted
from interview_tui.coaching.checker_tidy import tidy
from interview_tui.coaching.checker_words import (
    AUX,
    BE,
    CLAUSE_BREAK,
    CONDITIONAL_PROBES,
    DO,
    ELIGIBILITY,
    ELIGIBILITY_CHECK,
    HAVE,
    HOW_VERBS,
    MEETS,
    MODAL,
    NOT_A_CHOICE,
    OR_IDIOMS,
    POSITIVE,
    PRONOUNS,
    SECOND_PERSON,
    SUBJECTS,
    WH,
    WH_CONTRACTED,
)
from interview_tui.coaching.wordlists import PhraseIndex, Tokens, WordLists, tokenise

__all__ = ["RULE_LABELS", "WHY", "QuestionFlag", "Rule", "check_question"]


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
    text: str,
    words: WordLists,
    informational: bool = False,
    hiring: bool = False,
    learned: LearnedModels | None = None,
) -> tuple[QuestionFlag, ...]:
    """Flags for ``text``, a question (or several, one per line) the user would ask.

    ``informational`` turns on the ``job_ask`` rule, for informational and exploratory
    conversations; ``hiring`` turns on the ``illegal`` rule, for hiring interviews. These
    two rules, ``leading`` and ``double`` are backed by learned models
    (:mod:`interview_tui.coaching.checker_model`),
    ``learned``, by default the shipped ones; ``LearnedModels()`` is the rules alone. Never
    raises; an empty text has no flags.
    """
    tokens = tokenise(text)
    if not tokens.words:
        return ()
    matchers = _matchers(words)
    found = sentences(tokens)
    leading = [
        match
        for match in matchers.leading.find_all(tokens.words, tokens)
        # "What would you agree to give up?" asks for their view; only a phrase that opens
        # its clause leads.
        if (match[0] == 0 or tokens.words[match[0] - 1] not in WH or not tokens.joined(match[0]))
        and not _withdrawn(tokens, found, match[1])
        and not _states_requirement(tokens, found, match[0])
        and not courtesy(tokens, found, match[0])
        and not trailing_aside(tokens, found, match[0])
    ]
    leading_starts = {first for first, _, _ in leading}
    flags: list[QuestionFlag] = []
    guesses: list[Sentence] = []  # questions whose grammar leads, flagged unless a phrase did
    for number, whole in enumerate(found):
        sentence = after_condition(tokens, whole)
        if sentence.mark not in ("?", ""):
            flags.extend(loaded_premises(tokens, sentence))
            flags.extend(whether_joined(tokens, sentence))
            continue
        # "…? Why or why not?" needs an answer either way; "…? If so, why?" does not.
        probed = (
            number + 1 < len(found)
            and is_probe(tokens, found[number + 1])
            and tuple(tokens.words[found[number + 1].first : found[number + 1].stop])
            not in CONDITIONAL_PROBES
        )
        tag = tag_index(tokens, sentence)
        guess = stated_guess(
            tokens, sentence, _clause_starts(tokens, sentence.first, tag or sentence.stop)
        )
        if not probed:
            flags.extend(_yes_no(tokens, sentence, tag, leading_starts, guess, hiring))
        if tag is not None:
            flags.append(tag_flag(tokens, sentence, tag))
        elif guess or negative_question(tokens, sentence):
            guesses.append(sentence)
        flags.extend(joined_questions(tokens, sentence))
        if not is_contrast(tokens, sentence):
            # "Which do you breeze through, and which do you dread?": "dread" names one side
            # of the set, not a verdict put in their mouth.
            flags.extend(loaded_premises(tokens, sentence))
            flags.extend(slanted(tokens, sentence))
    flags.extend(several_on_a_line(tokens, found))
    flags.extend(premises_before(tokens, found))
    flags.extend(_phrase_flags(tokens, leading, "leading", _leading_suggestion))
    flags.extend(
        _guess_flag(tokens, s)
        for s in guesses
        if not any(f.rule == "leading" and s.start <= f.start <= s.end for f in flags)
    )
    if informational:
        job_asks = matchers.job_asks.find_all(tokens.words, tokens)
        for sentence in found:
            # The phrase list catches set phrases; the grammar catches the rest, once.
            before = tuple(
                word
                for s in found
                if s.line == sentence.line and s.stop <= sentence.first
                for word in tokens.words[s.first : s.stop]
            )
            span = asks_for_a_job(tokens, sentence, before)
            if span is not None and not any(
                sentence.first <= j[0] < sentence.stop for j in job_asks
            ):
                job_asks.append((*span, ()))
        asked = _phrase_flags(tokens, job_asks, "job_ask", _job_suggestion)
        flags.extend([*asked, *asks_joined(tokens, found, [*flags, *asked])])
    if hiring:
        flags.extend(protected_topics(text))
    models = shipped() if learned is None else learned
    flags = learned_flags(tokens, found, flags, models, informational, hiring)
    return tidy(flags, found, protected_spans(text) if hiring else [], tokens)


def _withdrawn(tokens: Tokens, found: list[Sentence], end: int) -> bool:
    """Whether ", but" and a question of its own follow a premise in its sentence: "I imagine
    you get asked this a lot, but how did you start?" is a courtesy, not a guess put up for
    agreement; "Correct me if I'm wrong, but it's mostly admin?" still guesses."""
    sentence = next((s for s in found if s.first <= end < s.stop), None)
    if sentence is None:
        return False
    words = tokens.words
    return any(
        words[i] == "but"
        and "," in tokens.gap(i)
        and i + 1 < sentence.stop
        and (words[i + 1] in WH or words[i + 1] in AUX or words[i + 1] in WH_CONTRACTED)
        for i in range(end, sentence.stop)
    )


def _states_requirement(tokens: Tokens, found: list[Sentence], first: int) -> bool:
    """Whether a phrase such as "you must be" sits in a statement of a legal requirement
    ("Serving alcohol means you must be 18 or over."), which sets a rule, not a guess."""
    sentence = next((s for s in found if s.first <= first < s.stop), None)
    if sentence is None or sentence.mark != ".":
        return False
    return (
        ELIGIBILITY_CHECK.search(" ".join(tokens.words[sentence.first : sentence.stop])) is not None
    )


def _clause_starts(tokens: Tokens, first: int, stop: int) -> list[int]:
    """Where clauses begin: the sentence start, and after a comma, "and", "or" or "but"."""
    words = tokens.words
    starts = [skip_openers(words, first, stop)]
    aside = aside_after_wh(tokens, starts[0], stop)
    for index in range(first + 1, stop):
        if CLAUSE_BREAK.search(tokens.gap(index)) or words[index - 1] in ("and", "or", "but"):
            if words[index - 1] in ("anything", "any") and words[index - 2] == "if":
                continue  # "What, if anything, would you change?" is open
            if index in aside:
                continue  # "How, if at all, has…?" is open
            starts.append(skip_openers(words, index, stop))
    return starts


def _is_choice(words: tuple[str, ...], first: int, stop: int) -> bool:
    """ "Harder or easier?", "on site, in the office, or split?": pick one and say why."""
    return any(
        words[i] == "or"
        and (i + 1 >= stop or words[i + 1] not in NOT_A_CHOICE)
        and (i + 1 >= stop or (words[i - 1], words[i + 1]) not in OR_IDIOMS)
        for i in range(first + 1, stop)
    )


def _yes_no(
    tokens: Tokens,
    sentence: Sentence,
    tag: int | None,
    leading_starts: set[int],
    stated: bool,
    hiring: bool = False,
) -> list[QuestionFlag]:
    words = tokens.words
    stop = sentence.stop if tag is None else tag
    clause = words[:stop]
    if (
        _is_choice(words, sentence.first, stop)
        or any(_ELIGIBILITY.longest_at(clause, i) for i in range(sentence.first, stop))
        # An employer checking eligibility wants yes or no; anywhere else "Do you need a
        # licence for this work?" is an ordinary closed question.
        or (hiring and _checks_eligibility(words[sentence.first : stop]))
        # "…has to be at least 18. Does that apply to you?", "…a DBS check. Are you happy
        # for us to go ahead?": a stated legal requirement, checked or consented to.
        or (hiring and lawful_check(words, sentence.first, stop))
        # "We can only have staff over 18 behind the bar. Are you?", "…licence. Do you have
        # one?", "…must be 18 or over. Can you confirm you are?": a short or elliptical
        # follow-up checks the requirement just stated.
        or (
            hiring
            and (
                stop - sentence.first <= 4
                or words[stop - 1] in AUX
                or bool(MEETS.intersection(words[sentence.first : stop]))
            )
            and _checks_eligibility(words[:stop])
        )
    ):
        return []
    starts = _clause_starts(tokens, sentence.first, stop)
    guess = (
        stated
        or starts[0] in leading_starts
        or tuple(words[starts[0] : starts[0] + 2]) in GUESS_OPENERS
    )
    if tag is not None or (guess and not any(words[i] in WH for i in starts)):
        # "Surely the remote roles are the best?", "…, right?": a guess put up for a nod.
        return [QuestionFlag("yes_no", sentence.start, sentence.end, WHY["yes_no"], _OPEN)]
    if (
        # "Any regrets about leaving" typed without its question mark asks the same.
        (sentence.mark == "?" or (sentence.mark == "" and starts[0] == sentence.first))
        and words[starts[0]] in _ELIDED
        and tuple(words[starts[0] : starts[0] + 2]) not in _NOT_ELIDED
        and not any(words[i] in WH for i in starts)
    ):
        # "Got any tips…?", "Anything you'd add?": "Have you got…", "Is there…" with the
        # auxiliary dropped; "no" still ends them.
        return [QuestionFlag("yes_no", sentence.start, sentence.end, WHY["yes_no"], _OPEN)]
    for number, index in enumerate(starts):
        if words[index] not in AUX or is_polite(tokens, index, stop):
            continue
        if number > 0 and is_aside(words, index, stop, [words[i] for i in starts[:number]]):
            continue  # "What share is admin, would you say?"
        # Mid-sentence, an auxiliary only starts a question when a subject follows it:
        # "…, did you…" but not "…, is what matters".
        if number > 0 and (index + 1 >= stop or words[index + 1] not in SUBJECTS):
            continue
        start = sentence.start if number == 0 else tokens.starts[index]
        suggestion = _yes_no_suggestion(tokens, index, stop)
        return [QuestionFlag("yes_no", start, sentence.end, WHY["yes_no"], suggestion)]
    return []


_ELIGIBILITY = PhraseIndex.build(ELIGIBILITY)
# Yes/no questions with the auxiliary dropped, and the favours that only look like them.
_ELIDED = frozenset({"got", "any", "anything", "anyone", "anybody", "ever"})
_NOT_ELIDED = frozenset({("any", "chance"), ("any", "idea"), ("any", "thoughts")})


def _checks_eligibility(words: tuple[str, ...]) -> bool:
    """Whether a closed question checks the candidate's own licence, registration, permit
    or minimum age ("Do you hold a current forklift certificate?"): yes or no is the answer
    wanted. About the employer ("Do you sponsor visas?") it is an ordinary closed question."""
    about_them = not SECOND_PERSON.isdisjoint(words)
    return about_them and ELIGIBILITY_CHECK.search(" ".join(words)) is not None


_OPEN = "Start with what, how or tell me about: 'What do you find most rewarding about…?'"


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
    return _OPEN


def _guess_flag(tokens: Tokens, sentence: Sentence) -> QuestionFlag:
    return QuestionFlag(
        "leading",
        sentence.start,
        sentence.end,
        WHY["leading"],
        "Ask for their view instead of your guess: 'What was that like?' or 'How did you find…?'",
    )


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
