"""The terminal UI: the app, its screens and widgets, and their styles.

Rule: the only package that imports Textual or Rich. Screens reach the rest of the program
through :class:`~interview_tui.tui.services.AppServices`, never by importing the store.
"""
