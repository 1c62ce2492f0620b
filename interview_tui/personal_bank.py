"""Your own questions: add, edit and remove questions in a personal bank file, and import a
plain text file (one question per line) as a new bank.

A bank file is edited as text, not loaded and dumped again, so everything the edit does not
touch stays byte for byte: comments, the order and layout of the other questions, top-level
keys. The file is composed into YAML nodes (with the parser's loader; the marks are
character offsets into the text) to find the ``questions`` list and the span of each item;
a new or edited question is rendered with ``yaml.safe_dump`` so that any text reads back
the same.

Every write is checked before it happens: the new text is parsed with
:func:`~interview_tui.bankparse.parse_bank`, the ids of the other questions must not change
and the question written must read back exactly as given. Only then is the file replaced
(temporary file, fsync, ``os.replace``). Anything wrong raises :class:`UserError` and leaves
the file as it was. Files this module cannot edit safely (a flow-style ``questions: [...]``,
YAML aliases, a file that does not parse) are refused rather than rewritten.

Editing a question replaces its whole block, so comments *inside* that block are not kept;
comments above, between and after questions are. Removing the last question deletes the
file, since a bank needs at least one question; adding a question creates it again.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from interview_tui.bankparse import MAX_BANK_BYTES, parse_bank, slugify
from interview_tui.banks import Bank, BankError, Question, Role
from interview_tui.errors import UserError

try:  # the loader the bank parser uses, so both read a file alike; its marks count characters
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

__all__ = [
    "QuestionDraft",
    "add_question",
    "import_text",
    "personal_bank_path",
    "remove_question",
    "update_question",
]

_WIDTH = 88
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")
_BULLET = re.compile(r"^(?:[-*+\u2022\u2023\u25e6\u2013\u2014]\s+|\(?\d{1,4}[.)]\s+)")
_LINE_REST = re.compile(r"[ \t]*(?:#[^\n]*)?\n?")
_NULL_TAG = "tag:yaml.org,2002:null"
_ODD_BREAKS = ("\x85", "\u2028", "\u2029")
_GUIDANCE = ("tips", "key_points", "follow_ups", "listen_for")


@dataclass(frozen=True)
class QuestionDraft:
    """A question as the user writes it, before it has an id or a place in a file."""

    text: str
    category: str = ""
    time_limit: int | None = None
    tips: tuple[str, ...] = ()
    key_points: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    listen_for: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    @classmethod
    def from_question(cls, question: Question) -> QuestionDraft:
        """A draft holding everything ``question`` has, to edit and pass to update."""
        return cls(
            text=question.text,
            category=question.category,
            time_limit=question.time_limit,
            tips=question.tips,
            key_points=question.key_points,
            follow_ups=question.follow_ups,
            listen_for=question.listen_for,
            tags=question.tags,
        )


def personal_bank_path(user_banks_dir: Path, role: Role) -> Path:
    """The file of the user's own questions for ``role``: ``my_interviewee.yaml`` and so on."""
    return user_banks_dir / f"my_{role}.yaml"


def add_question(path: Path, role: Role, draft: QuestionDraft) -> str:
    """Append ``draft`` to the bank at ``path`` and return the new question's id.

    The id is a slug of the text, made unique in the file (``_2``, ``_3``…) and written
    explicitly, so rewording the question later keeps its history. A missing file (and its
    folders) is created with a short header: id ``my_<role>``, title ``My questions (<role>)``.
    An existing file must be a bank of the same ``role``.
    """
    clean = _normalize(draft)
    doc = _Document.read(path, missing_ok=True)
    if doc.bank is not None and doc.bank.role != role:
        raise UserError(f"{path} holds {doc.bank.role} questions, not {role} ones")
    if doc.bank is None and doc.items:
        raise _broken(path, doc.problem)
    before = [q.id for q in doc.bank.questions] if doc.bank else []
    question_id = _unique_id(clean.text, before)
    block = _render_question(question_id, clean, doc.indent or "  ", doc.newline)
    new_text = doc.with_new_item(block, role)
    _commit(doc, new_text, [*before, question_id], (question_id, clean))
    return question_id


def update_question(path: Path, question_id: str, draft: QuestionDraft) -> None:
    """Replace the block of the question ``question_id`` with ``draft``; its id is kept.

    The id is written explicitly even if the question had a derived one, so it survives the
    new wording. Only that question's lines change.
    """
    clean = _normalize(draft)
    doc = _Document.read(path)
    item = doc.item(question_id)
    block = _render_question(question_id, clean, item.indent, doc.newline)
    new_text = _apply(doc.text, [(item.start, item.end, block)])
    _commit(doc, new_text, doc.ids(), (question_id, clean))


def remove_question(path: Path, question_id: str) -> None:
    """Remove the question ``question_id`` (its block only; comments around it stay).

    A bank needs at least one question, so removing the last one deletes the file; adding a
    question creates it again. If another question's id was derived from its text and would
    change because of the removal (two texts that slugify alike), that id is written into
    the question so that its history stays linked.
    """
    doc = _Document.read(path)
    item = doc.item(question_id)
    if len(doc.items) == 1:
        doc.check_unchanged()
        try:
            doc.target.unlink()
        except OSError as error:
            raise UserError(f"cannot remove {path}: {error.strerror or error}") from None
        return
    expected = [qid for qid in doc.ids() if qid != question_id]
    edits = [(item.start, item.end, "")]
    new_text = _apply(doc.text, edits)
    moved = _changed_ids(new_text, doc, expected)
    if moved:
        for other in doc.items:
            if other is not item and other.question_id in moved:
                edits.append(_pin_id(other, doc.newline))
        new_text = _apply(doc.text, edits)
    _commit(doc, new_text, expected, None)


def import_text(
    source: Path,
    dest_dir: Path,
    role: Role,
    bank_id: str | None = None,
    title: str | None = None,
    category: str = "",
    *,
    taken_ids: Collection[str] = (),
) -> Path:
    """Write a new bank in ``dest_dir`` from a text file with one question per line.

    Blank lines and lines starting with ``#`` are skipped; bullets and numbers
    (``- ``, ``* ``, ``• ``, ``1. ``, ``1) ``) are stripped; a line repeated exactly is kept
    once. The bank id defaults to a slug of the file name and must not be in ``taken_ids``
    (the ids of the banks already loaded); the title defaults to the file name. An existing
    file is never overwritten. Returns the path of the new file.
    """
    texts = _read_lines(source)
    if not texts:
        raise UserError(f"{source} has no questions: write one question per line")
    identifier = bank_id if bank_id is not None else slugify(source.stem)
    if not _ID.match(identifier):
        raise UserError(
            f"{identifier!r} is not a valid bank id; use letters, digits, '_', '-' or '.' "
            f"(for example {slugify(identifier)!r})"
        )
    if identifier in taken_ids:
        raise UserError(f"a bank with id {identifier!r} already exists; choose another with --id")
    dest = dest_dir / f"{identifier}.yaml"
    if dest.exists() or dest.with_suffix(".yml").exists():
        raise UserError(f"{dest} already exists; choose another bank id with --id")
    name = " ".join(source.name.split())
    header = {
        "id": identifier,
        "title": (title or "").strip() or _title_from_stem(source.stem) or identifier,
        "role": role,
    }
    parts = [
        f"# Imported by interview-tui from {name}, one question per line.\n",
        "# Edit freely: give a question tips, key_points or follow_ups (see the README).\n",
        _dump(header),
        "questions:\n",
    ]
    ids: list[str] = []
    drafts: list[QuestionDraft] = []
    for text in texts:
        clean = _normalize(QuestionDraft(text=text, category=category))
        question_id = _unique_id(clean.text, ids)
        ids.append(question_id)
        drafts.append(clean)
        parts.append(_render_question(question_id, clean, "  ", "\n"))
    data = "".join(parts).encode("utf-8")
    bank = _validated(data, dest, ids, None)
    if [QuestionDraft.from_question(question) for question in bank.questions] != drafts:
        raise UserError(f"not saved: the questions of {source} would not read back as written")
    _write(dest, data, previous=None)
    return dest


# -- reading a bank file ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    """One entry of the ``questions`` list and the lines it occupies."""

    node: Node
    start: int  # start of the line that holds the item's dash
    end: int  # end of the item's last line, its newline included
    indent: str  # the spaces before the dash
    question_id: str = ""


@dataclass(frozen=True)
class _Document:
    path: Path  # as given, for messages
    target: Path  # symlinks resolved: the file actually written
    raw: bytes | None  # None: the file does not exist yet
    bom: str
    text: str
    newline: str
    root: MappingNode | None
    questions_key: ScalarNode | None
    questions: Node | None
    items: tuple[_Item, ...]
    bank: Bank | None
    problem: str

    @property
    def indent(self) -> str:
        return self.items[-1].indent if self.items else ""

    @classmethod
    def read(cls, path: Path, missing_ok: bool = False) -> _Document:
        target = Path(os.path.realpath(path))
        try:
            raw: bytes | None = target.read_bytes()
        except FileNotFoundError:
            if not missing_ok:
                raise UserError(f"{path} does not exist") from None
            raw = None
        except OSError as error:
            raise UserError(f"cannot read {path}: {error.strerror or error}") from None
        if raw is not None and len(raw) > MAX_BANK_BYTES:
            raise UserError(f"{path} is larger than {MAX_BANK_BYTES // 1_048_576} MB; split it")
        decoded = _decode(raw or b"", path)
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
                problem = _describe_problem(error)
        if root is not None and not isinstance(root, MappingNode):
            raise UserError(
                f"{path} is not a question bank: it needs keys like role: and questions:"
            )
        if root is not None and root.flow_style:
            raise _unsafe(path, "the whole bank is written in flow style ({...})")
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

    def item(self, question_id: str) -> _Item:
        """The item of ``question_id``; the file must be a valid bank."""
        if self.raw is None or self.root is None:
            raise UserError(f"{self.path} has no questions")
        if self.bank is None:
            raise _broken(self.path, self.problem)
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
            return _apply(text, [(end, end, prefix + block)])
        if self.root is None:  # a new file, or one holding only comments
            header = _dump({"id": f"my_{role}", "title": f"My questions ({role})", "role": role})
            if not text.strip():
                text = (
                    f"# Your own {role} questions, written by interview-tui.\n"
                    "# You can edit this file by hand too: comments and layout are kept.\n"
                )
            body = (header + "questions:\n").replace("\n", nl) + block
            return _ensure_newline(text, nl) + body
        key, value = self.questions_key, self.questions
        if key is None:  # a bank without `questions:` yet: add the key at the end
            column = self.root.value[0][0].start_mark.column if self.root.value else 0
            indent = " " * column
            body = f"{indent}questions:{nl}" + _indent_lines(block, indent)
            return _ensure_newline(text, nl) + body
        # `questions:` with nothing, `~` or `[]`: the value must sit on the key's line.
        assert value is not None
        line_end = _line_end(text, key.end_mark.index)
        empty = value.start_mark.index == value.end_mark.index
        if not empty and value.end_mark.index > line_end:
            raise _unsafe(self.path, "the empty `questions` value is not on the key's line")
        edits = [] if empty else [(value.start_mark.index, value.end_mark.index, "")]
        block = _indent_lines(block, " " * key.start_mark.column)
        prefix = nl if line_end == len(text) and not text.endswith("\n") else ""
        edits.append((line_end, line_end, prefix + block))
        return _apply(text, edits)

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


def _decode(raw: bytes, path: Path) -> str:
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
            raise _unsafe(path, "it uses YAML aliases (*name)")
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


def _items(text: str, path: Path, questions: Node | None) -> tuple[_Item, ...]:
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
        raise _unsafe(path, "its questions are written in flow style (questions: [...])")
    items: list[_Item] = []
    previous_end = 0
    for node in questions.value:
        item = _item(text, path, node)
        if item.start < previous_end:
            raise _unsafe(path, f"two questions share line {node.start_mark.line + 1}")
        previous_end = item.end
        items.append(item)
    return tuple(items)


def _item(text: str, path: Path, node: Node) -> _Item:
    begin = node.start_mark.index
    dash = begin - 1
    while dash >= 0 and text[dash] in " \t\r\n":
        dash -= 1
    line_start = text.rfind("\n", 0, max(dash, 0)) + 1
    indent = text[line_start:dash] if dash >= 0 else ""
    if dash < 0 or text[dash] != "-" or indent.strip(" "):
        raise _unsafe(path, f"the question on line {node.start_mark.line + 1} has an odd layout")
    end = _content_end(text, node)
    line_end = _line_end(text, end)
    if not _LINE_REST.fullmatch(text[end:line_end].replace("\r", "")):
        raise _unsafe(path, f"line {node.end_mark.line + 1} holds more than one question")
    return _Item(node, line_start, line_end, indent)


def _after_own_comments(text: str, item: _Item) -> int:
    """The end of ``item`` with the comment lines indented under it (a new item goes after)."""
    end = position = item.end
    while position < len(text):
        line_end = _line_end(text, position)
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


def _line_end(text: str, index: int) -> int:
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


def _dump(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=_WIDTH,
        default_flow_style=False,
    )


def _render_question(question_id: str, draft: QuestionDraft, indent: str, newline: str) -> str:
    """The question as a list item: ``- id: …`` and its keys, each line after ``indent``."""
    data: dict[str, object] = {"id": question_id, "text": draft.text}
    # The keys in the order of the README's format section.
    if draft.category:
        data["category"] = draft.category
    if draft.tags:
        data["tags"] = list(draft.tags)
    if draft.time_limit is not None:
        data["time_limit"] = draft.time_limit
    for name in _GUIDANCE:
        values = getattr(draft, name)
        if values:
            data[name] = list(values)
    lines = _dump([data]).rstrip("\n").split("\n")
    return "".join((indent + line if line else line) + newline for line in lines)


def _pin_id(item: _Item, newline: str) -> tuple[int, int, str]:
    """An edit that writes ``item``'s current id into it, before its first key."""
    node = item.node
    written = _dump({"id": item.question_id}).rstrip("\n")
    if isinstance(node, MappingNode) and node.flow_style:
        at = node.start_mark.index + 1  # just after the `{`
        return at, at, f" {written},"
    at = node.start_mark.index
    return at, at, written + newline + " " * node.start_mark.column


def _apply(text: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, replacement)``, the spans not overlapping."""
    for start, end, replacement in sorted(edits, key=lambda edit: edit[0], reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _indent_lines(block: str, prefix: str) -> str:
    """``block`` with ``prefix`` before each of its non-empty lines."""
    return "\n".join(prefix + line if line.strip() else line for line in block.split("\n"))


def _ensure_newline(text: str, newline: str) -> str:
    return text if not text or text.endswith("\n") else text + newline


def _changed_ids(new_text: str, doc: _Document, expected: Sequence[str]) -> set[str]:
    """The expected ids that the other questions would lose in ``new_text``."""
    try:
        bank = parse_bank(new_text, doc.path)
    except BankError:
        return set()  # reported by _commit
    found = [question.id for question in bank.questions]
    if len(found) != len(expected):
        return set()
    return {want for want, got in zip(expected, found, strict=True) if want != got}


def _commit(
    doc: _Document,
    new_text: str,
    expected_ids: Sequence[str],
    written: tuple[str, QuestionDraft] | None,
) -> None:
    data = (doc.bom + new_text).encode("utf-8")
    _validated(data, doc.path, expected_ids, written)
    if doc.raw is not None:
        doc.check_unchanged()
    _write(doc.target, data, previous=doc.raw, shown=doc.path)


def _validated(
    data: bytes,
    path: Path,
    expected_ids: Sequence[str],
    written: tuple[str, QuestionDraft] | None,
) -> Bank:
    """Parse what would be written; refuse it unless it is a valid bank as intended."""
    try:
        bank = parse_bank(data, path)
    except BankError as error:
        raise UserError(
            f"not saved, {path} would not be a valid bank: {_describe_problem(error)}"
        ) from None
    if [question.id for question in bank.questions] != list(expected_ids):
        raise UserError(f"not saved: the edit would change the ids of other questions in {path}")
    if written is not None:
        question_id, draft = written
        question = bank.question(question_id)
        if question is None or QuestionDraft.from_question(question) != draft:
            raise UserError(f"not saved: the question would not read back as written in {path}")
    return bank


def _write(path: Path, data: bytes, previous: bytes | None, shown: Path | None = None) -> None:
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


def _normalize(draft: QuestionDraft) -> QuestionDraft:
    """The draft as the bank parser will read it back: trimmed, without empty entries."""

    def clean(value: str) -> str:
        value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise UserError("the question contains characters that cannot be saved") from None
        return value

    def cleans(values: Iterable[str]) -> tuple[str, ...]:
        return tuple(value for value in map(clean, values) if value)

    text = clean(draft.text)
    if not text:
        raise UserError("a question needs some text")
    time_limit = draft.time_limit
    if time_limit is not None and (isinstance(time_limit, bool) or not isinstance(time_limit, int)):
        raise UserError("time_limit must be whole seconds")
    return QuestionDraft(
        text=text,
        category=clean(draft.category),
        time_limit=time_limit,
        tips=cleans(draft.tips),
        key_points=cleans(draft.key_points),
        follow_ups=cleans(draft.follow_ups),
        listen_for=cleans(draft.listen_for),
        tags=cleans(draft.tags),
    )


def _unique_id(text: str, taken: Collection[str]) -> str:
    base = slugify(text)
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def _read_lines(source: Path) -> list[str]:
    """The questions of a plain text file, one per line, in order and without repeats."""
    try:
        size = source.stat().st_size
        if size > MAX_BANK_BYTES:
            raise UserError(f"{source} is larger than {MAX_BANK_BYTES // 1_048_576} MB")
        raw = source.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{source} does not exist") from None
    except IsADirectoryError:
        raise UserError(f"{source} is a folder; give a text file") from None
    except OSError as error:
        raise UserError(f"cannot read {source}: {error.strerror or error}") from None
    text = _decode(raw, source).removeprefix("\ufeff")
    questions: dict[str, None] = {}  # a dict keeps the order and drops repeats
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        question = _BULLET.sub("", stripped, count=1).strip()
        if question:
            questions[question] = None
    return list(questions)


def _title_from_stem(stem: str) -> str:
    words = " ".join(re.split(r"[_\-.\s]+", stem)).strip()
    return words[:1].upper() + words[1:]


def _describe_problem(error: BankError) -> str:
    if not error.problems:
        return "unknown problem"
    first = error.problems[0]
    where = f"{first.field}: " if first.field else ""
    more = len(error.problems) - 1
    extra = f" (and {more} more)" if more else ""
    return f"line {first.line}: {where}{first.message}{extra}"


def _broken(path: Path, problem: str) -> UserError:
    return UserError(
        f"{path} has problems, fix them first ('interview-tui validate {path}'): {problem}"
    )


def _unsafe(path: Path, why: str) -> UserError:
    return UserError(f"cannot edit {path} safely: {why}; edit it by hand instead")
