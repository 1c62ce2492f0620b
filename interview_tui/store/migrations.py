"""The database schema as an ordered list of migrations.

Migration ``n`` (1-based) takes the schema from ``user_version`` n-1 to n. Never edit a
migration that has shipped; add a new one.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: sessions, attempts with a snapshot of the question, ratings per criterion.
    (
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            role TEXT NOT NULL CHECK (role IN ('interviewee', 'interviewer')),
            banks TEXT NOT NULL,
            goal TEXT NOT NULL DEFAULT '',
            plan TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            went_well TEXT NOT NULL DEFAULT '',
            improve TEXT NOT NULL DEFAULT '',
            next_goals TEXT NOT NULL DEFAULT '',
            owner_pid INTEGER,
            heartbeat_at TEXT
        )
        """,
        "CREATE INDEX sessions_started ON sessions (started_at)",
        "CREATE INDEX sessions_unfinished ON sessions (ended_at) WHERE ended_at IS NULL",
        """
        CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            bank_id TEXT NOT NULL,
            question_id TEXT NOT NULL,
            question_text TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT '',
            answer TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'skipped')),
            started_at TEXT NOT NULL,
            submitted_at TEXT,
            seconds_spent REAL NOT NULL DEFAULT 0,
            time_limit INTEGER NOT NULL,
            overall REAL,
            stumped INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (session_id, position)
        )
        """,
        "CREATE INDEX attempts_question ON attempts (bank_id, question_id, submitted_at)",
        "CREATE INDEX attempts_bank_submitted ON attempts (bank_id, submitted_at)",
        """
        CREATE TABLE ratings (
            attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
            criterion TEXT NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            PRIMARY KEY (attempt_id, criterion)
        ) WITHOUT ROWID
        """,
    ),
    # 2: the review screens read attempts by time (calendar, trends) and by session status.
    (
        "CREATE INDEX attempts_submitted ON attempts (submitted_at) WHERE status = 'submitted'",
        "CREATE INDEX sessions_role_started ON sessions (role, started_at)",
    ),
    # 3: coaching: each answer's insights as shown; the interviewer's preparation checklist
    # and thank-you note with the session.
    (
        "ALTER TABLE attempts ADD COLUMN insights TEXT",
        "ALTER TABLE sessions ADD COLUMN checklist TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE sessions ADD COLUMN thank_you TEXT NOT NULL DEFAULT ''",
    ),
    # 4: spoken answers: each question's recording (a path relative to the data folder) and
    # its delivery measures (JSON), keyed like attempts, since recording starts before an
    # attempt row exists.
    (
        """
        CREATE TABLE recordings (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            audio_path TEXT NOT NULL,
            delivery TEXT,
            PRIMARY KEY (session_id, position)
        ) WITHOUT ROWID
        """,
    ),
    # 5: the key points the user ticked as covered in the rate dialog, as a JSON object
    # {key point: bool}; NULL when the dialog asked about none.
    ("ALTER TABLE attempts ADD COLUMN key_point_ticks TEXT",),
    # 6: progress reads every submitted answer's time, rating, stumped flag and session: two
    # covering indexes let it do so without touching the rows (whose answers make them large).
    # By time (trends week by week, the calendar; it supersedes attempts_submitted) and by
    # question (weakest questions, stats per bank and per category). `status` is in both: SQLite
    # (3.40) uses a partial index as covering only if it holds every column the query names.
    (
        "DROP INDEX IF EXISTS attempts_submitted",
        "CREATE INDEX attempts_submitted_cover ON attempts "
        "(submitted_at, session_id, overall, stumped, status) WHERE status = 'submitted'",
        "CREATE INDEX attempts_question_cover ON attempts "
        "(bank_id, question_id, category, submitted_at, overall, stumped, session_id, status) "
        "WHERE status = 'submitted'",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)
