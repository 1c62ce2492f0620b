"""A hostile bank: markup, terminal escapes and bidi overrides in every field of text."""

from __future__ import annotations

from pathlib import Path

#: What must show as written, never act: markup that links, clicks and styles.
MARKUP = "[@click=app.quit]Q[/]"
LINK = "[link=https://evil.example]L[/link]"
#: A tag left open: joined with the app's own markup after it, it became a tag (or a crash).
OPEN = "[@click=app.quit"
#: What must never reach the terminal: clear screen, set the title, write the clipboard.
ESCAPES = "\\e[2J\\e]0;pwned\\a\\e]52;c;ZXZpbA==\\a\\x9b31m\\u202e"

HOSTILE_BANK = f"""\
id: hostile
title: "Evil {MARKUP} {LINK} {ESCAPES} {OPEN}"
role: interviewee
description: "Desc {MARKUP} [x=1] {ESCAPES} {OPEN}"
source: "[v2=draft] {ESCAPES}"
time_limit: 60
rubric:
  - id: structure
    label: "Struct {MARKUP} {OPEN}"
    description: "Rubric [x=1] {ESCAPES}"
questions:
  - id: one
    text: "Why {MARKUP} {LINK} [x=1] {ESCAPES} {OPEN}"
    category: "Cat{MARKUP}"
    tips: ["Tip {MARKUP} {ESCAPES}"]
    key_points: ["Point {MARKUP} {ESCAPES} {OPEN}"]
    follow_ups: ["Follow {MARKUP}"]
    listen_for: ["Listen [x=1]"]
  - id: two
    text: "Second {MARKUP}"
    category: "[b]bold[/b] {ESCAPES}"
"""

#: A bank that fails to load, named and worded to inject markup into the notification.
BROKEN_BANK = f'role: interviewee\nquestions: [{{text: "x", "bad_key{ESCAPES}": 1}}]\n'


def write_hostile_banks(folder: Path) -> Path:
    """The hostile bank as ``old [v2=draft].yaml`` and a broken one beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "old [v2=draft].yaml").write_text(HOSTILE_BANK, encoding="utf-8")
    (folder / "broken [x=1] \x1b]0;t\x07.yaml").write_text(BROKEN_BANK, encoding="utf-8")
    return folder
