"""A bank file as text: where each question sits, edits applied as text, atomic writes.

The layer under :mod:`interview_tui.banks.personal`. The file is composed into YAML nodes
(with the parser's loader; the marks are character offsets into the text) to find the
``questions`` list and the span of each item, so an edit replaces only the lines it must and
everything else stays byte for byte. Writes go through a temporary file, fsync and
``os.replace``.

Why our own editor and not a round-trip library (ruamel.yaml): the edits we make are few
(append, replace or drop one list item, pin an id), each is re-parsed and checked before it
is written, and what they must keep is exactly the bytes around them. ruamel.yaml re-emits
the whole document, which reflows long lines, changes quoting and indentation of questions
the user did not touch, and it would be a second YAML parser with its own idea of valid
input beside the one the loader uses. One small dependency-free module, tested against
comments, BOMs, CRLF and odd layouts, keeps the promise more simply.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from interview_tui.banks.limits import TooLarge, read_limited
from interview_tui.banks.model import Bank, BankError, Role
from interview_tui.banks.parse import MAX_BANK_BYTES, parse_bank
from interview_tui.errors import UserError

try:  # the loader the bank parser uses, so both read a file alike; its marks count characters
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_WIDTH = 88
_LINE_REST = re.compile(r"[ \t]*(?:#[^\n]*)?\n?")
_NULL_TAG = "tag:yaml.org,2002:null"
_ODD_BREAKS = ("\x85", "\u2028", "\u2029")


@dataclass(frozen=True)
class Item:
    """One entry of the ``questions`` list and the lines it occupies."""

    node: Node
    start: int  # start of the line that holds the item's dash
    end: int  # end of the item's last line, its newline included
    indent: str  # the spaces before the dash
    question_id: str = ""


@dataclass(frozen=True)
class BankText:
    path: Path  # as given, for messages
    target: Path  # symlinks resolved: the file actually written
    raw: bytes | None  # None: the file does not exist yet
    bom: str
    text: str
    newline: str
    root: MappingNode | None
    questions_key: ScalarNode | None
    questions: Node | None
    items: tuple[Item, ...]
    bank: Bank | None
    problem: str

    @property
    def indent(self) -> str:
        return self.items[-1].indent if self.items else ""

    @classmethod
    def read(cls, path: Path, missing_ok: bool = False) -> BankText:
        target = Path(os.path.realpath(path))
        try:
            raw: bytes | None = read_limited(target, MAX_BANK_BYTES)
        except TooLarge as error:
            raise UserError(f"{path}: {error}") from None
        except FileNotFoundError:
            if not missing_ok:
                raise UserError(f"{path} does not exist") from None
            raw = None
        except OSError as error:
            raise UserError(f"cannot read {path}: {error.strerror or error}") from None
        if raw is not None and len(raw) > MAX_BANK_BYTES:
            raise UserError(f"{path} is larger than {MAX_BANK_BYTES // 1_048_576} MB; split it")
        decoded = decode_text(raw or b"", path)
        bom = "\ufeff" if decoded.startswith("\ufeff") else ""
        text = decoded[len(bom) :]
        newline = "\r\n" if "\r\n" in text else "\n"
        root = _compose(text, path)
        bank: Bank | None = None
        problem = ""
        if root is not None:
            try:
                bank = parse_bank(text, path)
            except BankError as error:
                problem = describe_problem(error)
        if root is not None and not isinstance(root, MappingNode):
            raise UserError(
                f"{path} is not a question bank: it needs keys like role: and questions:"
            )
        if root is not None and root.flow_style:
            raise unsafe(path, "the whole bank is written in flow style ({...})")
        key, questions = _find_questions(root)
        items = _items(text, path, questions)
        if bank is not None:
            by_line = {question.line: question.id for question in bank.questions}
            items = tuple(
                replace(item, question_id=by_line.get(item.node.start_mark.line + 1, ""))
                for item in items
            )
        return cls(
            path, target, raw, bom, text, newline, root, key, questions, items, bank, problem
        )

    def ids(self) -> list[str]:
        assert self.bank is not None
        return [question.id for question in self.bank.questions]

    def item(self, question_id: str) -> Item:
        """The item of ``question_id``; the file must be a valid bank."""
        if self.raw is None or self.root is None:
            raise UserError(f"{self.path} has no questions")
        if self.bank is None:
            raise broken(self.path, self.problem)
        found = next((item for item in self.items if item.question_id == question_id), None)
        if found is None:
            raise UserError(f"{self.path} has no question with id {question_id!r}")
        return found

    def with_new_item(self, block: str, role: Role) -> str:
        """The text with ``block`` added as the last question."""
        text, nl = self.text, self.newline
        if self.items:
            end = _after_own_comments(text, self.items[-1])
            prefix = nl if end and text[end - 1] != "\n" else ""
            return apply_edits(text, [(end, end, prefix + block)])
        if self.root is None:  # a new file, or one holding only comments
            header = dump_yaml(
                {"id": f"my_{role}", "title": f"My questions ({role})", "role": role}
            )
            if not text.strip():
                text = (
                    f"# Your own {role} questions, written by interview-tui.\n"
                    "# You can edit this file by hand too: comments and layout are kept.\n"
                )
            body = (header + "questions:\n").replace("\n", nl) + block
            return ensure_newline(text, nl) + body
        key, value = self.questions_key, self.questions
        if key is None:  # a bank without `questions:` yet: add the key at the end
            column = self.root.value[0][0].start_mark.column if self.root.value else 0
            indent = " " * column
            body = f"{indent}questions:{nl}" + indent_lines(block, indent)
            return ensure_newline(text, nl) + body
        # `questions:` with nothing, `~` or `[]`: the value must sit on the key's line.
        assert value is not None
        line_end = end_of_line(text, key.end_mark.index)
        empty = value.start_mark.index == value.end_mark.index
        if not empty and value.end_mark.index > line_end:
            raise unsafe(self.path, "the empty `questions` value is not on the key's line")
        edits = [] if empty else [(value.start_mark.index, value.end_mark.index, "")]
        block = indent_lines(block, " " * key.start_mark.column)
        prefix = nl if line_end == len(text) and not text.endswith("\n") else ""
        edits.append((line_end, line_end, prefix + block))
        return apply_edits(text, edits)

    def check_unchanged(self) -> None:
        """Refuse to write if the file changed on disk since it was read."""
        try:
            current: bytes | None = self.target.read_bytes()
        except FileNotFoundError:
            current = None
        except OSError as error:
            raise UserError(f"cannot read {self.path}: {error.strerror or error}") from None
        if current != self.raw:
            raise UserError(f"{self.path} changed on disk while it was being edited; try again")


def decode_text(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise UserError(
            f"{path} is not UTF-8 (byte 0x{raw[error.start]:02x} on line {line}); "
            "save it as UTF-8 and try again"
        ) from None


def _compose(text: str, path: Path) -> Node | None:
    """The root node; refuses YAML it cannot read and aliases, which it cannot edit."""
    loader = _Loader(text)
    try:
        root: Node | None = loader.get_single_node()
        # An alias shares a node with its anchor, so the node's marks would point elsewhere.
        events = yaml.parse(text, Loader=_Loader)
        if any(isinstance(event, yaml.AliasEvent) for event in events):
            raise unsafe(path, "it uses YAML aliases (*name)")
        return root
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = error.problem or error.context or "cannot be read"
        raise UserError(f"{path}{where}: not valid YAML ({problem}); fix it first") from None
    except yaml.YAMLError as error:
        reason = str(error).replace("\n", " ")
        raise UserError(f"{path}: not valid YAML ({reason}); fix it first") from None
    except RecursionError:
        raise UserError(f"{path}: not valid YAML (nested too deeply)") from None
    finally:
        loader.dispose()


def _find_questions(root: Node | None) -> tuple[ScalarNode | None, Node | None]:
    if not isinstance(root, MappingNode):
        return None, None
    for key, value in root.value:
        if isinstance(key, ScalarNode) and key.value == "questions":
            return key, value
    return None, None


def _items(text: str, path: Path, questions: Node | None) -> tuple[Item, ...]:
    """The items of a block-style ``questions`` list, with the span of each."""
    if questions is None:
        return ()
    if isinstance(questions, ScalarNode) and questions.tag == _NULL_TAG:
        return ()
    if isinstance(questions, SequenceNode) and questions.flow_style and not questions.value:
        return ()
    if not isinstance(questions, SequenceNode):
        raise UserError(f"{path} is not a question bank: `questions` must be a list")
    if questions.flow_style:
        raise unsafe(path, "its questions are written in flow style (questions: [...])")
    items: list[Item] = []
    previous_end = 0
    for node in questions.value:
        item = _item(text, path, node)
        if item.start < previous_end:
            raise unsafe(path, f"two questions share line {node.start_mark.line + 1}")
        previous_end = item.end
        items.append(item)
    return tuple(items)


def _item(text: str, path: Path, node: Node) -> Item:
    begin = node.start_mark.index
    dash = begin - 1
    while dash >= 0 and text[dash] in " \t\r\n":
        dash -= 1
    line_start = text.rfind("\n", 0, max(dash, 0)) + 1
    indent = text[line_start:dash] if dash >= 0 else ""
    if dash < 0 or text[dash] != "-" or indent.strip(" "):
        raise unsafe(path, f"the question on line {node.start_mark.line + 1} has an odd layout")
    end = _content_end(text, node)
    line_end = end_of_line(text, end)
    if not _LINE_REST.fullmatch(text[end:line_end].replace("\r", "")):
        raise unsafe(path, f"line {node.end_mark.line + 1} holds more than one question")
    return Item(node, line_start, line_end, indent)


def _after_own_comments(text: str, item: Item) -> int:
    """The end of ``item`` with the comment lines indented under it (a new item goes after)."""
    end = position = item.end
    while position < len(text):
        line_end = end_of_line(text, position)
        line = text[position:line_end]
        stripped = line.lstrip(" ")
        if stripped.startswith("#") and len(line) - len(stripped) > len(item.indent):
            end = line_end
        elif stripped.strip():
            break
        position = line_end
    return end


def _content_end(text: str, node: Node) -> int:
    """Just after the last character that belongs to ``node`` (not the comments after it)."""
    if isinstance(node, MappingNode) and not node.flow_style and node.value:
        key, value = node.value[-1]
        if isinstance(value, ScalarNode) and value.start_mark.index == value.end_mark.index:
            # An empty value is marked where the next token starts, maybe lines below.
            return _content_end(text, key)
        return _content_end(text, value)
    if isinstance(node, SequenceNode) and not node.flow_style and node.value:
        return _content_end(text, node.value[-1])
    end = node.end_mark.index
    # A block scalar (| or >) ends after the blank lines that follow it.
    while end > node.start_mark.index and text[end - 1] in " \t\r\n":
        end -= 1
    return end


def end_of_line(text: str, index: int) -> int:
    """The index after the newline that ends the line holding ``index``, or the text's end."""
    newline = text.find("\n", index)
    return len(text) if newline < 0 else newline + 1


# -- writing ----------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """``safe_dump`` with lists indented under their key, as the bundled banks write them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # PyYAML writes NEL and the Unicode line separators raw inside single quotes, where they
    # read back as folded spaces; double quotes escape them (\N, \L, \P).
    style = '"' if any(char in value for char in _ODD_BREAKS) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=_WIDTH,
        default_flow_style=False,
    )


def pin_id(item: Item, newline: str) -> tuple[int, int, str]:
    """An edit that writes ``item``'s current id into it, before its first key."""
    node = item.node
    written = dump_yaml({"id": item.question_id}).rstrip("\n")
    if isinstance(node, MappingNode) and node.flow_style:
        at = node.start_mark.index + 1  # just after the `{`
        return at, at, f" {written},"
    at = node.start_mark.index
    return at, at, written + newline + " " * node.start_mark.column


def apply_edits(text: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, replacement)``, the spans not overlapping."""
    for start, end, replacement in sorted(edits, key=lambda edit: edit[0], reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def indent_lines(block: str, prefix: str) -> str:
    """``block`` with ``prefix`` before each of its non-empty lines."""
    return "\n".join(prefix + line if line.strip() else line for line in block.split("\n"))


def ensure_newline(text: str, newline: str) -> str:
    return text if not text or text.endswith("\n") else text + newline


def write_atomically(
    path: Path, data: bytes, previous: bytes | None, shown: Path | None = None
) -> None:
    """Write ``data`` atomically; ``previous`` None means the file must not exist yet."""
    shown = shown or path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise UserError(f"cannot write {shown}: {error.strerror or error}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if previous is None:
            _link_new(temp, path, shown)
        else:
            os.chmod(temp, path.stat().st_mode & 0o7777)
            os.replace(temp, path)
        _sync_folder(path.parent)
    except OSError as error:
        raise UserError(f"cannot write {shown}: {error.strerror or error}") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def _link_new(temp: str, path: Path, shown: Path) -> None:
    """Move ``temp`` to ``path`` without ever replacing a file that appeared meanwhile."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise UserError(f"{shown} already exists; it was not overwritten") from None
    except OSError:  # no hard links on this file system
        if path.exists():
            raise UserError(f"{shown} already exists; it was not overwritten") from None
        os.replace(temp, path)


def _sync_folder(folder: Path) -> None:
    # So the rename itself survives a crash; not every platform can open a folder.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- helpers ----------------------------------------------------------------------------------


def describe_problem(error: BankError) -> str:
    if not error.problems:
        return "unknown problem"
    first = error.problems[0]
    where = f"{first.field}: " if first.field else ""
    more = len(error.problems) - 1
    extra = f" (and {more} more)" if more else ""
    return f"line {first.line}: {where}{first.message}{extra}"


def broken(path: Path, problem: str) -> UserError:
    return UserError(
        f"{path} has problems, fix them first ('interview-tui validate {path}'): {problem}"
    )


def unsafe(path: Path, why: str) -> UserError:
    return UserError(f"cannot edit {path} safely: {why}; edit it by hand instead")
