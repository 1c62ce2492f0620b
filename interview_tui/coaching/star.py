"""The STAR parts of one answer to a past-behaviour question, judged on one real episode.

An answer that narrates no episode (a habit, a plan, a trait: see
:func:`~interview_tui.coaching.nudges.tells_an_episode`) has no part at all, and neither has
one that only reads the key points back ("I showed leadership when the goal needed someone to
lead"): a story needs at least :data:`OWN_WORDS` words of its own, and no more than
:data:`ECHO_AT_MOST` of its words may be the key points' own. An episode is its own
situation; a story too thin to be an episode still has one when it names when it happened
and tells something that did ("I once forgot to order the toner"). Each other part is
present when one of its cue phrases from the word lists appears (compared stem by stem, so
"I organised" also matches "I organized"), or when one of the general patterns below does:

task
    What the speaker or their team had to do, stated or implied by their role: "I had to…",
    "we were meant to…", "my job was…", "the brief was…", "it fell to me", "she asked me
    to…", "I was covering the manager's job", "I was on the returns desk", "our team
    produced the dashboard", "I'd been acting up", a deadline, what they wanted others to
    get ("I wanted them to understand…", "the way to get them revising"), or the feedback
    someone gave them ("I got asked to add a fee"), or a problem others kept causing ("the
    older lads kept leaving him out"). Another
    person's wish ("she wanted to…") is not the speaker's task.
action
    Steps the speaker or the team took: a cue phrase, or at least two different things
    "I" or "we" did ("we rebuilt…", "I argued…"), not counting states, feelings and
    thoughts ("I was", "I felt", "I learned", "we wanted"), nor setting oneself a goal ("I
    set myself a target of sixty" is the task).
result
    What the episode changed or how it ended: "as a result", "in the end", what happened
    "a month later" or "within twenty minutes", "from then on", "it's still in use", a
    change with a figure ("went from forty minutes to twenty-five", "fell by a fifth"),
    money won or lost, a percentage, what has held "since the change", the work done by a
    time, a new role given ("they made me a senior carer"), a state restored ("it was back on
    in March"), everyone's fate ("all six kept their jobs"), what has been done again since;
    and, told in the answer's second half only, a later moment and what someone else did then
    ("the week after he came back in"), "a year in", work done "four days before" a later
    event, what others "still" do or what is "still there", others satisfied with what was
    delivered ("the governors were satisfied with it"), thanks sent in by the person helped
    ("she sent a card in to the branch"). Not a result: reflection ("I
    learned…", "it taught me…"), feelings, a bare number ("I have 2 kids"), what is still
    under way ("we're still working through the list"), a condition ("if nothing changed
    within a month"), the speaker stopping doing something ("I stopped using slang"), a
    verdict with no "what" ("I think it went okay in the end"), or a stake ("worth forty per
    cent of the module"), nor the speaker's own step by a figure ("I cut it to one a week").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from interview_tui.coaching.nudges import story_counts, tells_an_episode
from interview_tui.coaching.wordlists import STAR_PARTS, PhraseIndex, Tokens

# Distinct content words, beyond the key points' own, that it takes to tell a story.
OWN_WORDS = 8
# An answer more than this share of whose content words are the key points' own words reads
# the rubric back, however long it is (real stories stay near a tenth).
ECHO_AT_MOST = 0.2

_NUMBER = (
    r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a few|a couple of|several|half|a third"
    r"|a quarter|a fifth|a tenth)"
)
_SUBJECT = r"(?:i|we|my team|our team|the team|the two of us|both of us)"
_SPAN = r"(?:days?|weeks?|months?|years?|hours?|minutes?|terms?|quarters?|shifts?)"

_TASK = re.compile(
    "|".join(
        (
            # The speaker's own obligation or aim: "we were meant to", "I needed to".
            rf"\b{_SUBJECT}(?:'d|'re| had| was| were| got| been| really| still| then| also| just)*"
            r" (?:had to|needed to|have to|need to|meant to|supposed to|expected to|trying to"
            r"|wanted to|set out to|asked to|told to|tasked|given the job|in charge"
            r"|responsible|the one (?:who|answering|doing|running|covering)|on the hook"
            r"|accountable|promised|due to|volunteered to|signed up to|committed to"
            r"|hired to|brought in to|drafted in to|there to|had (?:a|an|the) (?:target|deadline"
            r"|goal|brief|quota|budget|job|task)|agreed to|offered to|took on|taken on|took over"
            r"|taken over|inherited"
            r"|handed|given|put in charge|left holding|left with|left to|stuck with|trying"
            r"|aiming|hoping to|determined to|after)\b",
            # A deadline said as the time there was: "we had until Friday to", "I'd got till
            # the Monday".
            rf"\b{_SUBJECT}(?:'d| had| only| just)* (?:had|got) (?:only |just )?(?:until|till"
            r"|up to|by) \w+",
            rf"\bhad (?:only |just )?{_NUMBER} {_SPAN} to\b",
            # What had to be done by when: "we needed it moved by eight".
            rf"\b{_SUBJECT} (?:needed|wanted|had to get) (?:it|them|this|that|everything"
            r"|the \w+)(?: \w+){0,2} (?:by|before)\b",
            r"\bin time for\b",
            # The aim as the speaker saw it: "homework was the way to get them revising".
            r"\b(?:the|the best|the only|a) way to get (?:them|him|her|everyone|people|the \w+)"
            r" (?:to )?\w+",
            # What the speaker wanted others to get from it: "I wanted them to understand".
            rf"\b{_SUBJECT}(?: really| also| just)? (?:wanted|needed|aimed|hoped|meant)"
            r" (?:them|the (?:class|group|kids|children|pupils|students|team|staff|room)"
            r"|everyone|people|him|her) to\b",
            # A role named: "I was the shift lead", "as the team's coordinator".
            # "I was the only designer", "I was the senior officer", "as the new head of…".
            r"\b(?:i was|as) (?:the|their|our) (?:only|sole|senior|new|named|acting|duty"
            r"|designated|main|lead|head) \w+",
            r"\b(?:i was|as) (?:the|a|an|their|our) (?:\w+ ){0,2}(?:lead|leader|manager"
            r"|coordinator|supervisor|owner|captain|chair|organiser|organizer|rep|representative"
            r"|officer|point of contact)\b",
            r"\b(?:my|our) (?:\w+ )?(?:task|goal|aim|brief|responsibility|remit|target"
            r"|objective|mission|assignment|deadline)\b",
            r"\b(?:my|our) (?:job|role) (?:was|is|that \w+ was|as|in|on)\b",
            r"\bpart of (?:my|our) (?:job|role)\b",
            r"\bthe (?:brief|goal|aim|target|objective|plan|idea|deadline|challenge|task|ask"
            r"|problem|issue|worry|risk|point|job|priority|question|whole point|whole idea"
            r"|hope|intention|purpose|request|remit)"
            r" (?:was|is|had been|being)\b",
            r"\bwhat (?:i|we) (?:needed|had) to (?:do|get|find|make|fix|deliver)\b",
            r"\b(?:it|the job|the work|this|that) (?:was|fell|landed|came) (?:up to|on|to|down to"
            r"|with) (?:me|us)\b",
            # "It was my job to", "that was my call", "it was our problem to solve".
            r"\b(?:it|this|that|which|fixing it|sorting it(?: out)?) (?:was|became|is) (?:my|our)"
            r" (?:\w+ )?(?:job|call|responsibility|problem|decision|project|area|patch|baby"
            r"|account|case|client|class|ward|team)\b",
            r"\b(?:landed|ended up) on (?:my|our) (?:desk|plate|lap)\b",
            r"\b(?:fell|landed|came) to (?:me|us)\b",
            r"\bso it landed with (?:me|us)\b",
            # Someone gave the speaker the job, or the feedback that set it.
            r"\b(?:asked|wanted|needed|expected|trusted|told|put|left|got) (?:me|us) (?:to|in"
            r" charge|with|if|whether|for)\b",
            r"\bcame to (?:me|us) (?:with|for|asking|because)\b",
            r"\bhad (?:\w+ )?asked (?:me|us|for)\b",
            r"\b(?:told|warned|showed) me (?:\w+ )?(?:that|i|my|the|how|it)\b",
            # A role held in the episode: "I was covering…", "I was on the returns desk".
            r"\bi was (?:\w+ )?(?:organising|organizing|running|leading|managing|coordinating"
            r"|covering|looking after|handling|chairing|heading|supervising|overseeing)\b",
            r"\bacting up\b",
            r"\b(?:i|we) (?:was|were) (?:on|working|covering|running|manning|staffing|behind)"
            r" (?:the|a|an)(?: \w+){0,2} (?:desk|counter|shift|rota|till|bar|phones|reception"
            r"|ward|duty|line|helpdesk|stall|door|committee)\b",
            r"\b(?:my|our) team (?:\w+ )?(?:produced|produces|ran|runs|owned|owns|looked after"
            r"|looks after|handled|handles|maintained|maintains|supported|supports)\b",
            r"\bnobody (?:owned|wanted|was doing) it\b",
            r"\bdue (?:in|on|by|at|that|the|next|this|within|for)\b",
            r"\bdeadline\b",
            # The problem the speaker lived with: "it was often wrong".
            r"\b(?:it|this|that|they) (?:was|were|kept) (?:often |always |constantly "
            r"|regularly |usually )?(?:wrong|late|broken|failing|behind|overdue|missing)\b",
            # ... or that others kept doing: "the older lads kept leaving him out".
            r"\bkept (?:leaving (?:\w+ ){0,2}out|ignoring|talking over|interrupting|excluding"
            r"|missing|forgetting|losing|skipping|cancelling|overlooking|mocking|undermining)\b",
        )
    )
)

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

_RESULT = re.compile(
    "|".join(
        (
            rf"\b{_NUMBER} {_SPAN} (?:later|after(?:wards)?)\b",
            rf"\bwithin (?:about |around |the )?{_NUMBER}(?: \w+)? {_SPAN}\b",
            r"\bby (?:week|day|month|the end of|the time|the following|the next) \w+",
            r"\bafter that\b",
            # "The next day he rang back", not a date shown "on the next day".
            r"(?<!\bon )\bthe (?:next|following) (?:\w+ )?(?:day|week|month|morning|year|quarter"
            r"|term|reports?|release|inspection|audit|season)\b",
            rf"\bfrom (?:about |around |roughly |over |under |nearly |almost )?{_NUMBER}"
            rf"[^.;]{{0,30}}? to (?:about |around |just |over |under |nearly |almost )?"
            rf"(?:{_NUMBER}|zero|nothing|none)\b",
            rf"\b(?:fell|dropped|rose|grew|went up|went down|came down|cut|halved|doubled"
            # ... but "I cut it to one a week" is the step, not what it changed.
            rf"|reduced|increased|improved|shortened) (?!(?:it|them|this|that) )(?:\w+ )?(?:by|to)"
            rf" (?:about |around "
            rf"|roughly |over |under |nearly |almost |just )?{_NUMBER}\b",
            r"\b(?:lost|won|saved|raised|made|cost|earned|recovered|brought in) (?:us |them "
            r"|the \w+ )?(?:money|£|\$|€|\d|about|around|over|nearly)",
            r"\b(?:calmed (?:right )?down|thanked (?:me|us)|said thank|went home|was discharged"
            r"|went live|handed (?:it|them) in|voted to|got (?:a|an|the) (?:job|place|contract"
            r"|offer|grade|first|distinction|promotion)|on time|ahead of schedule|signed off"
            r"|was approved|were approved|got approved)\b",
            # "It's still working", but not "we're still working through the list".
            r"\b(?:still (?:in use|use|do|does|run|runs|going|works|working(?! (?:on|through"
            r"|out|towards|at)))|to this day"
            r"|ever since|since then|from then on|never (?:happened|came up) again"
            r"|(?:has|have|hasn't|haven't) (?:\w+ )?since|(?!(?:i|we) )\b\w+ stopped|had stopped"
            r"|no (?:more|further) (?:complaints|errors|incidents|mistakes|problems))\b",
            r"\bthat's how it (?:stayed|ended|was left|worked out|got resolved)\b",
            # What has been done again since: "we've used them on two jobs since."
            r"\b(?:'ve|'s|has|have) (?:\w+ ){1,10}since(?= *(?:[.,;!?]|$))",
            # A state restored: "it was back on in March", "the branch reopened".
            r"\b(?:it|they|things|everything|the (?:\w+ )?\w+) (?:was|were|is|are|came|went)"
            r" (?:all )?back"
            r" (?:on|open|up|in use|to normal|running|in service)\b",
            # ... but not "I reopened the ticket".
            r"\b(?:re-?opened(?! (?:the|a|an|it|her|his|their|my|our|this|that)\b)"
            r"|(?:was|were) (?:reinstated|restored))\b",
            # How it ended for everyone: "all six kept their jobs", "both of them passed".
            rf"\b(?:all|both|none|every one) (?:{_NUMBER} |of (?:them|us|the \w+) )(?:of (?:them"
            r"|us) )?(?:kept(?! \w+ing)|passed|stayed|made it|finished|returned|went back"
            r"|came back|found|got (?:jobs?|places?|through|in))\b",
            # What has held since: "since the change we haven't had a single wrong email".
            r"\bsince (?:the|that|this|our|my) (?:change|fix|switch|move|update|trial|launch"
            r"|rollout|new \w+)\b",
            r"\b(?:haven't|hasn't|have not|has not) (?:had|seen|got|lost|missed) (?:a single"
            r"|another|any more)\b",
            r"\b(?:haven't|hasn't|have not|has not) (?:been|had|seen) (?:\w+ ){0,4}?since\b",
            # The work done by a time: "everything was printed and in the folder by half eight".
            r"\b(?:was|were|had been) (?:all )?(?:printed|ready|done|finished|delivered|sent"
            r"|submitted|shipped|packed|filed|loaded|installed|live)\b[^.;!?]{0,40}?\bby"
            r" (?:half |quarter |about |around )?(?:past |to )?(?:\d|one|two|three|four|five"
            r"|six|seven|eight|nine|ten|eleven|twelve|noon|midday|midnight|monday|tuesday"
            r"|wednesday|thursday|friday|saturday|sunday)",
            # "They had the cover up by Friday teatime", "we got it live by ten".
            r"\b(?:had|got) (?:it|them|everything|the \w+) (?:\w+ )?(?:up|done|finished|ready"
            r"|live|fixed|sorted|working|open|running|back)\b[^.;!?]{0,20}?\bby (?:\d|one|two"
            r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|monday|tuesday"
            r"|wednesday|thursday|friday|saturday|sunday|the end)",
            # A new role given: "the home made me a senior carer", "they promoted me".
            r"\b(?:made|promoted|appointed|offered) me (?:a |an |the )?(?:permanent |senior "
            r"|lead |head |team |deputy |full-time )?(?:\w+ )?(?:carer|lead|leader|manager"
            r"|supervisor|job|place|contract|role|position|partner|head|deputy)\b",
            # Others took the change up: "the ward started putting stickers on the charts".
            r"\b(?:the|our|my|their|every|each|all the) (?:\w+ )?(?:ward|team|department|office"
            r"|school|site|shop|store|branch|practice|company|council|trust|service|unit|desk"
            r"|staff|sites|teams|managers?) (?:then |soon |now |has |have )?(?:started|began"
            r"|adopted|took (?:it|that|them) up|took up|switched|rolled (?:it|that) out)\b",
            # A season reached with a change: "by Easter he'd had no removals".
            r"\bby (?:easter|christmas|the summer|the spring|the autumn|the winter|half[- ]term"
            r"|the end of (?:the )?(?:term|year|month|week|quarter|season|day|shift))\b",
            r"\b(?:it|that|this) (?:worked|paid off|did the trick)\b",
            r"\b(?:he|she|they|the client|the customer|my manager) (?:finally |eventually )?"
            r"(?:agreed|accepted|signed|renewed|came round|backed down|changed (?:her|his|their)"
            r" mind)\b",
            r"\d\s*%|\bper ?cent\b",
        )
    )
)


# Told as what came after, these end a story but can open one too ("Two weeks before the
# deadline, the client changed the brief"): they count only in the answer's second half.
_LATE_RESULT = re.compile(
    "|".join(
        (
            # A later moment, and what someone else did then: "the week after he came back".
            r"\bthe (?:day|week|month|year|morning|evening|shift|term) after,? (?:he|she|they"
            r"|all|both|everyone|each of)\b",
            rf"\b{_NUMBER} {_SPAN} in,? (?:she|he|they|we|i)\b",
            rf"\b{_NUMBER} {_SPAN} (?:before|ahead of) (?:the deadline|schedule|the \w+ (?:was"
            r"|were|came|got)|(?:he|she|they) (?:got|came|was|were|\w+ed))\b",
            # What still goes on, said of others: "the branches we still support", "she still
            # rings me", not "it still hurts".
            r"\b(?:we|they|he|she|it|which|that|the \w+) still (?!(?:hurts|feels|bothers|worries"
            r"|wants|needs|thinks|owes|has|is|does|doesn't|hates|struggles|wonders|remembers)\b)"
            r"(?:\w+s|support|use|follow|run|meet|send|hold|come|ring|call|ask)\b",
            # What is "still there" ends a story; early on it is the setting ("nobody who'd
            # written it was still there").
            r"\bstill there\b",
            # Thanks sent in by the person helped: "she sent a card in to the branch" (early
            # on, a letter they sent is what set the story off).
            r"\b(?:he|she|they|the (?:customer|client|family|patient|parents?|guest|couple|user))"
            r" (?:later |even |then |also |kindly )?(?:sent|wrote|left|posted) (?:in |us |me )?"
            r"(?:a |an )(?:[\w-]+ )?(?:card|letter|note|review)\b",
            # Others satisfied with what was delivered: "the governors were satisfied with it".
            r"\b(?:he|she|they|the \w+) (?:was|were) (?:really |very |more than |perfectly )?"
            r"(?:satisfied|delighted|happy|pleased) with (?:it|that|them|the \w+)\b",
        )
    )
)

# A verdict with no "what" ("I think it went okay in the end", "it's grown a lot since
# then") and a number that is the stake ("worth forty per cent of the module") tell no
# result, whatever cue words they hold.
_NO_RESULT = re.compile(
    r"\b(?:it|that|things|everything)(?:'s| has| have)? (?:all )?(?:went|gone|go|turned out"
    r"|worked out) (?:(?:really|quite|pretty|mostly|fairly) )?(?:okay|ok|well|fine|alright"
    r"|all right|good)"
    r"(?: (?:in the end|overall|on the day|after all))?"
    r"|\b(?:'s|has|have|'ve) (?:grown|improved|changed|got better|gone up) (?:a lot|loads"
    r"|massively|hugely|so much)(?: since(?: then)?)?"
    r"|\bworth (?:about |around |nearly |over )?\S+ (?:per ?cent|%)"
)


def _late(text: str) -> str:
    """The second half of ``text``, from the first sentence end there."""
    middle = len(text) // 2
    end = re.compile(r"[.!?]\s").search(text, middle)
    return text[end.end() :] if end else text[middle:]


def _says_result(tokens: Tokens, stems: Sequence[str], cues: PhraseIndex) -> bool:
    """Whether the answer tells how the episode ended (see the module docstring)."""
    lowered = tokens.text.lower().replace("\u2019", "'")  # same offsets as the tokens
    spans = [m.span() for m in _NO_RESULT.finditer(lowered)]
    raw = _unconditional(_NO_RESULT.sub(" ", lowered))
    if spans:
        stems = [
            "" if any(a <= start < b for a, b in spans) else s
            for s, start in zip(stems, tokens.starts, strict=True)
        ]
    return (
        _any_cue(cues, stems)
        or _RESULT.search(raw) is not None
        or _LATE_RESULT.search(_late(raw)) is not None
    )


# A condition ("if nothing happened within a month", "unless it was ready by Friday") says
# what might happen, not what did.
_CONDITION = re.compile(r"\b(?:if|unless|in case|whether)\b[^.,;:!?]*")


def _unconditional(text: str) -> str:
    """``text`` without its conditional clauses."""
    return _CONDITION.sub(" ", text)


# When a real occasion was: "I once forgot…", "last year at the care home…".
_OCCASION = re.compile(
    r"\b(?:once|last (?:year|week|month|spring|summer|autumn|winter|christmas|term)|one (?:day"
    r"|morning|afternoon|evening|night|time|shift|weekend)|in (?:19|20)\d\d|when i was"
    r"|years? ago)\b"
)


def _names_an_occasion(answer: str) -> bool:
    """Whether a story too thin to be an episode still names a real occasion: a time it
    happened and something that happened then, not a habit."""
    habits, past = story_counts(answer)
    text = answer.lower()
    return past >= 1 and not habits and _OCCASION.search(text) is not None


def _any_cue(cues: PhraseIndex, stems: Sequence[str]) -> bool:
    return any(cues.longest_at(stems, i) for i in range(len(stems)))


# Setting oneself a goal is the task, not a step towards it: "I set myself a target of sixty".
_GOAL_SET = re.compile(
    r"\b(?:i|we) set (?:myself |ourselves |me |us )?(?:a |an |the |some )?(?:\w+ )?"
    r"(?:target|targets|goal|goals|aim|aims|challenge|deadline)\b"
)


def _steps(text: str) -> int:
    """How many different things "I" or "we" did in ``text``."""
    text = _GOAL_SET.sub(" ", text)
    return len({verb for verb in _STEP.findall(text) if verb not in _NOT_STEPS})


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
) -> dict[str, bool]:
    """Which STAR parts the answer tells (see the module docstring).

    ``stems`` are the stems of ``tokens``' words, ``cues`` the stemmed cue phrases per part,
    ``own`` the answer's content words beyond the key points' own (:func:`own_words`),
    ``echoed`` the share of its content words that are the key points' own (:func:`echo_share`).
    """
    if own < OWN_WORDS or echoed > ECHO_AT_MOST:
        return dict.fromkeys(STAR_PARTS, False)
    if not tells_an_episode(tokens.text):
        return {**dict.fromkeys(STAR_PARTS, False), "situation": _names_an_occasion(tokens.text)}
    text = " ".join(tokens.words)  # lower case, straight apostrophes, single spaces
    action = _any_cue(cues["action"], stems) or _steps(text) >= 2
    result = _says_result(tokens, stems, cues["result"])
    stated = _any_cue(cues["task"], stems) or _TASK.search(text) is not None
    return {
        "situation": True,  # the episode is the situation
        # A story that tells both what was done and how it ended has plainly implied what it
        # set out to do: the question names the challenge ("a tight deadline", "a bug").
        "task": stated or (action and result),
        "action": action,
        "result": result,
    }
