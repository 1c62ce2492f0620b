"""The app's database: every session, answer, rating and reflection, in one SQLite file.

:class:`Store` is assembled from one part per thing it stores: the connection
(:mod:`~interview_tui.store.connection`), sessions (:mod:`~interview_tui.store.sessions`) and
answers (:mod:`~interview_tui.store.answers`). Review queries that span many sessions live in
:mod:`interview_tui.review.history`, on top of :meth:`Store.query`.
"""

from __future__ import annotations

from interview_tui.store.answers import AnswerStore
from interview_tui.store.recordings import RecordingStore
from interview_tui.store.sessions import SessionStore


class Store(RecordingStore, SessionStore, AnswerStore):
    """The app's database. Open with :meth:`open`; close with :meth:`close`."""

    def last_practised(self) -> dict[str, str]:
        """For each bank id, when an answer from it was last submitted."""
        rows = self._read(
            "SELECT bank_id, max(submitted_at) FROM attempts "
            "WHERE status = 'submitted' GROUP BY bank_id"
        )
        return {bank_id: when for bank_id, when in rows}
