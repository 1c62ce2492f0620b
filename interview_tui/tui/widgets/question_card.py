"""The question being rehearsed, with its guidance behind a toggle."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Label, Markdown, Static

from interview_tui.banks.model import Question, Role
from interview_tui.tui.markup import escape

GUIDANCE_SECTIONS = (
    ("key_points", "A strong answer covers"),
    ("tips", "Tips"),
    ("listen_for", "Listen for"),
    ("follow_ups", "Follow-ups"),
)


def guidance_markup(question: Question, role: Role) -> str:
    """The question's guidance as markup; the interviewer sees what to listen for first."""
    sections = GUIDANCE_SECTIONS
    if role == "interviewer":
        sections = (sections[2], sections[3], sections[1], sections[0])
    parts = []
    for attribute, title in sections:
        items: tuple[str, ...] = getattr(question, attribute)
        if items:
            bullets = "\n".join(f"  • {escape(item)}" for item in items)
            parts.append(f"[b]{title}[/b]\n{bullets}")
    return "\n\n".join(parts) or "[dim]No guidance for this question.[/dim]"


class QuestionCard(VerticalScroll):
    """Focusable (shift+tab from the answer) so a long question scrolls from the keyboard."""

    BINDINGS = [
        # VerticalScroll's own keys, named here so that the footer says how to scroll.
        Binding("down", "scroll_down", "Scroll", key_display="↑↓ pgup pgdn"),
        Binding("tab", "app.focus_next", "Back to the answer"),
    ]

    def compose(self) -> ComposeResult:
        yield Label("", id="card-progress")
        # Markdown: banks quote code and lists in their questions (fenced blocks included).
        yield Markdown("", id="card-text")
        yield Static("", id="card-goal")
        yield Static("", id="card-guidance")

    def show(
        self,
        question: Question,
        role: Role,
        progress: str,
        goal: str,
    ) -> None:
        self.query_one("#card-progress", Label).update(Content(progress))  # a title is data
        self.query_one("#card-text", Markdown).update(question.text)
        goal_widget = self.query_one("#card-goal", Static)
        goal_widget.update(f"[dim]Goal:[/dim] {escape(goal)}" if goal else "")
        goal_widget.display = bool(goal)
        self.query_one("#card-guidance", Static).update(guidance_markup(question, role))
        self.scroll_home(animate=False)

    def show_guidance(self, visible: bool) -> None:
        self.query_one("#card-guidance").display = visible
