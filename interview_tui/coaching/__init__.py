"""Coaching: answer insights, the question checker, spaced repetition, follow-up, word lists.

Rule: may import banks, store, practice and review; never the UI. Its data files live in
``coaching/data/``.
"""
