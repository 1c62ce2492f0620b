"""Before and after an informational or exploratory conversation (the interviewer's side).

Before: a short preparation checklist. After: a thank-you note drafted from the session's goal
and reflection, for the person to edit and send. The wording is ours.
"""

from __future__ import annotations

from interview_tui.store.records import Reflection

CHECKLIST: tuple[tuple[str, str], ...] = (
    ("research", "I have read up on the person, their organisation and their field"),
    ("goal", "I know what I want to learn from this conversation"),
    ("questions", "I have chosen my questions, and the order I would ask them in"),
    ("time", "I know how long they have given me, and I will keep to it"),
)


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[:1].lower() + text[1:] if text else ""


def draft_thank_you(goal: str, reflection: Reflection, name: str = "") -> str:
    """A short, specific thank-you note; the parts the user did not fill in are left out."""
    greeting = f"Dear {name.strip()}," if name.strip() else "Hello,"
    lines = [greeting, ""]
    lines.append("Thank you for taking the time to talk with me.")
    learned = _sentence(reflection.went_well)
    if learned:
        lines.append(f"I especially valued our conversation about {learned}.")
    purpose = _sentence(goal)
    if purpose:
        lines.append(f"I came hoping to {purpose}, and you helped me a great deal with that.")
    nxt = _sentence(reflection.next_goals)
    if nxt:
        lines.append(f"As a next step, I plan to {nxt}; I would be glad to tell you how it goes.")
    lines.append(
        "If someone else comes to mind whom you think I should talk to, I would be grateful "
        "for an introduction."
    )
    lines += ["", "With thanks,", ""]
    return "\n".join(lines)
