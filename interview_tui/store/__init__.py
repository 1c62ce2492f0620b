"""The SQLite database: schema and migrations, sessions, answers, and the records it returns.

Rule: imports only :mod:`interview_tui.banks` values and the shared root modules; never
coaching, review, practice (except for type hints) or the UI.
"""
