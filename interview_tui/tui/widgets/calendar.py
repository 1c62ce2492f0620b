"""Practice days of the last weeks as a grid: one column a week, one row a weekday."""

from __future__ import annotations

from datetime import date, timedelta

from textual.widget import Widget

SHADES = ("·", "░", "▒", "▓", "█")
DAYS = ("Mon", "", "Wed", "", "Fri", "", "Sun")


def calendar_lines(counts: dict[date, int], today: date, weeks: int = 12) -> list[str]:
    """Markup lines: darker squares for days with more answers; today's week on the right."""
    start = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    peak = max(counts.values(), default=0)
    lines = []
    for weekday in range(7):
        cells = []
        for week in range(weeks):
            day = start + timedelta(days=7 * week + weekday)
            if day > today:
                cells.append(" ")
                continue
            count = counts.get(day, 0)
            level = 0 if count == 0 else 1 + min(3, (count * 4 - 1) // max(1, peak))
            shade = SHADES[level]
            cells.append(f"[$success]{shade}[/]" if level else f"[dim]{shade}[/dim]")
        lines.append(f"{DAYS[weekday]:<4}" + " ".join(cells))
    return lines


class PracticeCalendar(Widget):
    DEFAULT_CSS = """
    PracticeCalendar { height: 7; width: auto; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._lines: list[str] = []

    def show(self, counts: dict[date, int], today: date, weeks: int = 12) -> None:
        self._lines = calendar_lines(counts, today, weeks)
        self.refresh(layout=True)

    def render(self) -> str:
        return "\n".join(self._lines)

    def get_content_width(self, container: object, viewport: object) -> int:
        return 4 + 2 * 12
