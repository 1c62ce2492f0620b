"""The current side of the table, always visible, in the role's accent colour."""

from __future__ import annotations

from textual.widgets import Static

from interview_tui.banks.model import Role

ROLE_HINTS: dict[Role, str] = {
    "interviewee": "you answer the questions",
    "interviewer": "you ask the questions",
}


class RoleBadge(Static):
    def show(self, role: Role) -> None:
        self.update(f"[b]{role.upper()}[/b] · {ROLE_HINTS[role]}")
