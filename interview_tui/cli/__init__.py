"""The command line: the parser (:mod:`~interview_tui.cli.main`) and one module per command.

Rule: the top of the program; may import every package, but Textual only inside the
commands that open the TUI (:mod:`~interview_tui.cli.tui`), so plain commands start fast.
"""
