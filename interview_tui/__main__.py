"""`python -m interview_tui`."""

from interview_tui.cli.main import main

raise SystemExit(main())
