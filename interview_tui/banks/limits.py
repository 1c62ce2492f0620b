"""Size limits that hold: what a bank file may be before anything is made of it.

The limits are checked on what is actually read and on what YAML would expand to, never on
what ``stat()`` claims: ``/dev/zero`` has size 0 and never ends, a FIFO blocks, and a small
file of anchors and aliases can expand to gigabytes.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

MAX_BANK_BYTES = 8 * 1024 * 1024
#: What a bank may expand to with its aliases resolved (characters of text).
MAX_EXPANDED_CHARS = 4 * 1024 * 1024
#: The longest text of one field (a question, a tip, a description).
MAX_TEXT_CHARS = 20_000
#: The most items of one list field (tips, key points, tags...).
MAX_LIST_ITEMS = 200


class TooLarge(Exception):
    """A limit was passed; the message says which and what to do."""


def read_limited(path: Path, limit: int = MAX_BANK_BYTES) -> bytes:
    """The bytes of the regular file at ``path``, refusing one longer than ``limit``.

    Opened without blocking and checked to be a regular file before any byte is read, so a
    FIFO, a device or a socket is refused at once; at most ``limit + 1`` bytes are read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as file:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise TooLarge("not a regular file; give the path of a file")
        size = status.st_size
        # The file may grow while it is read: the read is capped whatever stat() said.
        data = b"" if size > limit else file.read(limit + 1)
    if size > limit or len(data) > limit:
        size = max(size, len(data))
        raise TooLarge(
            f"file is {size / 1_048_576:.1f} MB; banks are limited to "
            f"{limit // 1_048_576} MB, so split it into several files"
        )
    return data


def check_expanded_size(root: Node, limit: int = MAX_EXPANDED_CHARS) -> None:
    """Refuse a document whose text, with every alias expanded, is larger than ``limit``.

    Each node's expanded size is computed once (aliases share nodes), so this costs time in
    proportion to the file, not to what it would expand to.
    """
    sizes: dict[int, int] = {}

    def size(node: Node) -> int:
        known = sizes.get(id(node))
        if known is not None:
            return known
        sizes[id(node)] = 0  # a recursive alias adds nothing more
        if isinstance(node, ScalarNode):
            total = len(str(node.value))
        elif isinstance(node, SequenceNode):
            total = sum(size(item) for item in node.value)
        elif isinstance(node, MappingNode):
            total = sum(size(key) + size(value) for key, value in node.value)
        else:  # pragma: no cover - the composer makes only these three
            total = 0
        sizes[id(node)] = min(total, limit + 1)
        return sizes[id(node)]

    if size(root) > limit:
        raise TooLarge(
            f"with its aliases expanded the bank is larger than {limit // 1_048_576} MB of "
            "text; write the repeated parts out, or split the bank"
        )
