"""interview-tui: rehearse interviews from either side of the table."""

__version__ = "0.1.0"
