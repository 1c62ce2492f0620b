"""Before and after an informational or exploratory conversation (the interviewer's side).

Before: a short preparation checklist. After: a thank-you note drafted from three short
answers about the real conversation (what it taught you, who they suggested you talk to,
your next step), for the person to edit and send. The note never quotes the practice
reflection: "what I would do better" is a note to yourself, not to them. The wording is ours.
"""

from __future__ import annotations

from dataclasses import dataclass

CHECKLIST: tuple[tuple[str, str], ...] = (
    ("research", "I have read up on the person, their organisation and their field"),
    ("goal", "I know what I want to learn from this conversation"),
    ("questions", "I have chosen my questions, and the order I would ask them in"),
    ("time", "I know how long they have given me, and I will keep to it"),
)

# The questions asked after the session, and what each answer becomes in the note.
FOLLOW_UP_PROMPTS: tuple[tuple[str, str, str], ...] = (
    ("learned", "What did the conversation teach you?", "e.g. nights are the hardest part"),
    ("referral", "Who did they suggest you talk to?", "e.g. Sam Patel in planning"),
    ("next_step", "Your next step", "e.g. apply for the spring open day"),
)

_NOBODY = frozenset({"", "no one", "noone", "nobody", "none", "n/a", "na", "-", "no"})


@dataclass(frozen=True)
class FollowUp:
    """What the real conversation gave: a lesson, a person to contact, a next step."""

    learned: str = ""
    referral: str = ""
    next_step: str = ""


def _clause(text: str) -> str:
    """``text`` as the rest of a sentence after a colon: one line, one full stop at the end,
    and a lower-case first letter ("Apply for the open day" reads "…: apply for the open
    day."), except for "I" and its contractions. The note is a draft: a name that starts the
    answer is the one thing to re-capitalise by hand."""
    text = " ".join(text.split()).rstrip(".!;,")
    if not text:
        return ""
    first = text.split(" ", 1)[0]
    keep = first == "I" or first.startswith("I'") or first.isupper()
    return (text if keep else text[:1].lower() + text[1:]) + "."


def draft_thank_you(follow_up: FollowUp, name: str = "") -> str:
    """A short, specific thank-you note; the parts left blank are left out."""
    greeting = f"Dear {name.strip()}," if name.strip() else "Hello,"
    lines = [greeting, "", "Thank you for taking the time to talk with me."]
    learned = _clause(follow_up.learned)
    if learned:
        lines.append(f"One thing I am taking away from our conversation: {learned}")
    referral = " ".join(follow_up.referral.split()).rstrip(".!;,")
    if referral.lower() not in _NOBODY:
        lines.append(
            f"Thank you too for suggesting I talk to {referral}; I will get in touch and "
            "mention that you pointed me their way."
        )
    next_step = _clause(follow_up.next_step)
    if next_step:
        lines.append(f"My next step: {next_step} I would be glad to tell you how it goes.")
    lines += ["", "With thanks,", ""]
    return "\n".join(lines)
