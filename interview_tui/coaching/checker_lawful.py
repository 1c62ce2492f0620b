"""Lawful checks in a hiring interview: closed questions where yes or no is the answer wanted.

An employer states a legal requirement of the job and then checks it: whether the rule
applies to the candidate ("Anyone on the tills has to be at least 18. Does that apply to
you?", "The post needs a valid forklift licence. Is that true of you?"), or whether the
candidate consents to a check the post requires ("We're required to run an enhanced DBS
check for this post. Are you happy for us to go ahead?", "Do you consent to a criminal
record check?"). The ``yes_no`` hint would be wrong advice there: an open rewording asks
for a story where a plain answer is what the law needs.

Not covered: a closed question about something the law does not require ("You'd be on
your feet all day. Does that suit you?" stays a yes/no question), and any question without
a stated requirement or check before it or in it.
"""

from __future__ import annotations

import re

from interview_tui.coaching.checker_words import ELIGIBILITY_CHECK

# A requirement set by law, or a check the employer must run, as stated in words.
_REQUIREMENT = re.compile(
    r"\b(?:by law|legally|the law|law (?:says|requires)|legal requirement|age restricted"
    r"|(?:required|obliged|have|need) to (?:run|do|carry out|complete|request|ask for)"
    r"|(?:background|criminal record|vetting|reference|right to work|security|dbs|pvg|credit)"
    r" checks?)\b"
)
# Consent to the check: "Are you happy for us to go ahead?", "Is it OK if we run it?"
_CONSENT = re.compile(
    r"\b(?:happy|ok|okay|content|comfortable|fine|willing|alright|all right) (?:for us|for me"
    r"|with us|with me|with that|with this|if we|if i|to let us|to give us)\b"
    r"|\b(?:consent|agree) to\b|\bgo ahead\b|\bgive (?:us )?(?:your )?(?:consent|permission)\b"
)
# A short follow-up that points back to the requirement just stated and asks whether the
# candidate meets it: "Does that apply to you?", "Is that the case for you?".
_BACK = frozenset({"that", "this", "it", "which"})
_APPLIES = frozenset({"apply", "applies", "true", "case", "meet", "meets", "fit", "cover"})
_SHORT = 7


def lawful_check(words: tuple[str, ...], first: int, stop: int) -> bool:
    """Whether the clause ``words[first:stop]`` checks, or asks consent to, a legal
    requirement stated in it or before it (``words[:first]``)."""
    clause = words[first:stop]
    context = " ".join(words[:stop])
    required = ELIGIBILITY_CHECK.search(context) is not None or _REQUIREMENT.search(context)
    if not required:
        return False
    if _CONSENT.search(" ".join(clause)):
        return True
    return (
        first > 0
        and len(clause) <= _SHORT
        and not _BACK.isdisjoint(clause)
        and not _APPLIES.isdisjoint(clause)
    )
