"""The rate dialog in a real terminal (tmux): scores, moves and ticks typed in one burst.

Keys typed faster than the app handles them must still land in order. Before the rate
dialog's keys were all handled by the app in order, "4 4 4 4 ↓ space" could move focus
before the last score did, and ↑ in the scrolling column scrolled instead of moving, so a
tick was lost or landed on the wrong key point.
"""

from __future__ import annotations

import json

from interview_tui.paths import Paths
from tests.test_e2e_kill import Tmux, app, behavioral, dirs, poll, query, tmux  # noqa: F401

STORY = (
    "At my last job the release process was slow, and my goal was weekly releases. I "
    "disagreed with our lead about the database schema, because his plan meant a month of "
    "migration work. I wrote both options down, we went through them with the team, and we "
    "agreed on a smaller change. In the end we shipped weekly from March."
)


def test_a_burst_of_scores_moves_and_ticks_lands_in_order(
    tmux: Tmux,  # noqa: F811
    dirs: Paths,  # noqa: F811
) -> None:
    bank = behavioral()
    question = bank.questions[0]
    points = list(question.key_points)
    assert len(points) == 4
    tmux.start(app(dirs, "practice", "behavioral", "-n", "1", "--order", "sequential"), 100, 32)
    tmux.wait_for(question.text[:30])
    tmux.wait_for_editor()
    tmux.type(STORY)
    tmux.press("C-s")
    tmux.wait_for("Rate your answer")
    # Score all four (focus is then on "stumped"), go down to the last two key points and
    # tick them, on down to the note, type it (digits and spaces are text there), and save:
    # one burst.
    tmux.press("4", "3", "5", "4", "Down", "Down", "Down", "Space", "Down", "Space", "Down")
    tmux.type("2 takeaways")
    tmux.press("Enter")
    tmux.wait_for("Session done")

    def saved() -> list[tuple[str | None, str, float | None]]:
        return query(dirs.database, "SELECT key_point_ticks, note, overall FROM attempts")

    poll(lambda: saved() and saved()[0][0] is not None, 20.0, lambda: f"not saved: {saved()}")
    ((ticks, note, overall),) = saved()
    assert json.loads(ticks) == dict(zip(points, [False, False, True, True], strict=True))
    assert note == "2 takeaways"
    assert overall == 4.0


def test_scores_typed_with_the_submit_land_in_the_rating_not_the_answer(
    tmux: Tmux,  # noqa: F811
    dirs: Paths,  # noqa: F811
) -> None:
    """ctrl+s, the scores, stumped and enter in one burst: the answer is what was typed
    before ctrl+s, and the rest rates it (held while the answer was written, then typed into
    the rating dialog)."""
    question = behavioral().questions[0]
    tmux.start(app(dirs, "practice", "behavioral", "-n", "1", "--order", "sequential"), 100, 32)
    tmux.wait_for(question.text[:30])
    tmux.wait_for_editor()
    tmux.type(STORY)
    tmux.press("C-s", "4", "3", "4", "3", "s", "Enter")
    tmux.wait_for("Session done")

    def saved() -> list[tuple[str, str, float | None, int]]:
        return query(dirs.database, "SELECT answer, status, overall, stumped FROM attempts")

    poll(lambda: saved() and saved()[0][2] is not None, 20.0, lambda: f"not rated: {saved()}")
    assert saved() == [(STORY, "submitted", 3.5, 1)]


def test_the_next_answer_typed_with_the_rating_lands_in_the_next_question(
    tmux: Tmux,  # noqa: F811
    dirs: Paths,  # noqa: F811
) -> None:
    """The scores, enter and the next answer's first words in one burst: the rating is
    saved, and the words wait for it, then land in the next question's editor (they used to
    reach the closing dialog and be lost)."""
    first, second = behavioral().questions[:2]
    tmux.start(app(dirs, "practice", "behavioral", "-n", "2", "--order", "sequential"), 100, 32)
    tmux.wait_for(first.text[:30])
    tmux.wait_for_editor()
    tmux.type(STORY)
    tmux.press("C-s")
    tmux.wait_for("Rate your answer")
    tmux.press("4", "3", "4", "3", "Enter", "N", "e", "x", "t", "Space", "o", "n", "e")
    tmux.wait_for(second.text[:30])
    tmux.wait_for("Next one")

    def rated() -> list[tuple[str, float | None]]:
        return query(
            dirs.database, "SELECT answer, overall FROM attempts WHERE overall IS NOT NULL"
        )

    poll(lambda: rated(), 20.0, lambda: "the rating was not saved")
    assert rated() == [(STORY, 3.5)]
