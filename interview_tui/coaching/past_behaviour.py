"""Whether a question asks for one real episode from the past, judged from its wording alone.

A bank question tagged ``star`` is past behaviour whatever its words; this module serves the
rest, so each form below names one class of wording, with its near misses kept out:

- a request for an occasion: "Tell me about a time…", "Describe a situation…", "Give me an
  example…", "Have you ever…", "What did you do the last time…", "When have you…";
- a request about one thing the speaker did: "Tell me about something you built…", "Walk me
  through a migration you led", "Describe a hire you made";
- one singled-out thing the speaker did or dealt with: "How did you break down the largest
  project you have worked on?", "Tell me about the hardest bug you've tracked down";
- what came of one step: "What happened when you told her?";
- one thing on the application the speaker is asked to tell more of: "Tell me more about
  something in your application…".

Not past behaviour, however close the words: a plan or a habit ("How would you…", "What do
you do when…", "How do you usually…"), a lesson ("What have you learned about…"), a person,
place or thing merely had or used ("the best manager you've had", "a tool you used"), and an
opinion asked for "with an example" ("How would you describe your management style, with an
example?"): the example there illustrates a view, it is not the story the question is about.
"""

from __future__ import annotations

import re

# Said before "describe", the speaker is asked for a view, not an episode: "How would you
# describe…", "How do your colleagues describe…".
_VIEW = r"(?<!would you )(?<!do you )(?<!would they )(?<!might you )"
# An example asked for on top of a view ("…, with an example?") is no episode of its own.
_NOT_ADDED = r"(?<!with )(?<!including )"

# Past actions that single out one thing done; states, habits and what was only had, seen or
# used ("the best manager you've had", "a tool you used") are left out on purpose.
_DONE = (
    r"(?:built|made|did|led|wrote|ran|shipped|created|designed|launched|delivered|set up"
    r"|started|fixed|changed|introduced|organised|organized|taught|took on|took over|handled|set"
    r"|managed|tracked down|worked on|dealt with|solved|faced|hired|chose|won|lost|sold"
    r"|negotiated|fought|broke|debugged|planned|ran into|came across|inherited|turned round"
    r"|turned around|rescued|mentored|coached|trained|supervised|resolved|tackled|owned"
    r"|migrated|rebuilt|rewrote|pitched|presented|missed|caught"
    r"|were (?:involved in|part of|responsible for|in charge of)|had to \w+"
    r"|(?:have |'ve )?(?:ever )?(?:had to \w+|been (?:involved in|part of|responsible for"
    r"|in charge of)))"
)
# One thing singled out: "the largest project", "the last migration", "the most difficult
# call".
_SINGLED = (
    r"the (?:hardest|biggest|best|greatest|proudest|largest|toughest|worst|trickiest"
    r"|riskiest|scariest|messiest|busiest|longest|strangest|most \w+|last|first|latest|most recent)"
)
# A thing that is no episode, however it is singled out: a person, a place, a trait.
_NOT_EPISODE = (
    r"(?!(?:manager|boss|mentor|leader|teacher|company|employer|organisation|organization"
    r"|place|role|job title|position|book|tool|skill|strength|weakness|quality|habit|value"
    r"|advice|course|subject|part|aspect)s?\b)"
)
_OPENER = (
    r"(?:tell (?:me|us)(?: \w+)? about|describe|give (?:me |us )?an example of"
    r"|talk (?:me|us) through|walk (?:me|us) through|how did you|what did you|what was"
    r"|what's|what is)"
)

PAST_BEHAVIOUR_FORMS = (
    # "Tell me about a time…", "Describe a situation where…", "Can you recall an occasion…".
    rf"\b(?:tell (?:me|us) about|{_VIEW}describe|give (?:me |us )?an example|talk (?:me|us)"
    r" through|walk (?:me|us) through|share|think (?:of|about)|recall)\b[^?]*?"
    rf"\b{_NOT_ADDED}(?:a|an|the|one|some) (?:time|times|situation|occasion|example|instance"
    r"|moment)\b",
    r"(?<!with )\bgive (?:me |us )?an example\b",
    r"\bhave you ever\b|\bthe last time (?:you|when)\b|\bwhat did you do when\b"
    r"|\bwas there a time\b",
    # "When have you chosen…?", "When did you last…?": the occasion itself is asked for.
    r"\bwhen have you (?:ever )?\w+|\bwhen did you last\b",
    # "What happened when you told her?" (not "What happened there?", nor "What happens…").
    r"\bwhat happened (?:when|after) you\b",
    # One thing the speaker did: "Tell me about something you built…", "Walk me through a
    # migration you led", "Describe a hire you made".
    rf"\b(?:tell (?:me|us) about|{_VIEW}describe|walk (?:me|us) through|talk (?:me|us) through"
    r"|give (?:me |us )?an example of) (?:something|(?:a|an|one) "
    + _NOT_EPISODE
    + r"[\w-]+(?: [\w-]+){0,3}?) (?:that )?you(?: \w+ly)? "
    + _DONE
    + r"\b",
    # One thing singled out that the speaker did or dealt with: "How did you break down the
    # largest project you have worked on?", "the hardest bug you've tracked down".
    rf"\b{_OPENER}\b[^?]*?\b{_SINGLED} {_NOT_EPISODE}[\w-]+(?: [\w-]+){{0,2}}? (?:that )?"
    rf"you(?:'ve| have| had)?(?: ever)?(?: \w+ly)? {_DONE}\b",
    # One thing on the application to tell more of: "Tell me more about something in your
    # application" (not "a gap in your CV").
    r"\btell (?:me|us)(?: a bit)?(?: more)? about (?:something|one thing|an achievement"
    r"|a project|a piece of work) (?:on|in|from) your (?:application|cv|resume|résumé"
    r"|portfolio)\b",
)
PAST_BEHAVIOUR = re.compile("|".join(PAST_BEHAVIOUR_FORMS), re.IGNORECASE)


def is_past_behaviour(text: str) -> bool:
    """Whether a question asks for a real episode from the past, judged from its wording."""
    return PAST_BEHAVIOUR.search(text.replace("\u2019", "'")) is not None
