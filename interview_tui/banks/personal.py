"""Your own questions: add, edit and remove questions in a personal bank file, and import a
plain text file (one question per line) as a new bank.

A bank file is edited as text, not loaded and dumped again, so everything the edit does not
touch stays byte for byte: comments, the order and layout of the other questions, top-level
keys (the text layer, and why it is ours rather than ruamel.yaml, is in
:mod:`interview_tui.banks.bank_file`). A new or edited question is rendered with
``yaml.safe_dump`` so that any text reads back the same.

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

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from interview_tui.banks.bank_file import (
    BankText,
    apply_edits,
    broken,
    decode_text,
    describe_problem,
    dump_yaml,
    pin_id,
    write_atomically,
)
from interview_tui.banks.limits import TooLarge, read_limited
from interview_tui.banks.model import Bank, BankError, Question, Role
from interview_tui.banks.parse import MAX_BANK_BYTES, parse_bank, slugify
from interview_tui.errors import UserError

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
    doc = BankText.read(path, missing_ok=True)
    if doc.bank is not None and doc.bank.role != role:
        raise UserError(f"{path} holds {doc.bank.role} questions, not {role} ones")
    if doc.bank is None and doc.items:
        raise broken(path, doc.problem)
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
    doc = BankText.read(path)
    item = doc.item(question_id)
    block = _render_question(question_id, clean, item.indent, doc.newline)
    new_text = apply_edits(doc.text, [(item.start, item.end, block)])
    _commit(doc, new_text, doc.ids(), (question_id, clean))


def remove_question(path: Path, question_id: str) -> None:
    """Remove the question ``question_id`` (its block only; comments around it stay).

    A bank needs at least one question, so removing the last one deletes the file; adding a
    question creates it again. If another question's id was derived from its text and would
    change because of the removal (two texts that slugify alike), that id is written into
    the question so that its history stays linked.
    """
    doc = BankText.read(path)
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
    new_text = apply_edits(doc.text, edits)
    moved = _changed_ids(new_text, doc, expected)
    if moved:
        for other in doc.items:
            if other is not item and other.question_id in moved:
                edits.append(pin_id(other, doc.newline))
        new_text = apply_edits(doc.text, edits)
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
    replace: bool = False,
) -> Path:
    """Write a new bank in ``dest_dir`` from a text file with one question per line.

    Blank lines and lines starting with ``#`` are skipped; bullets and numbers
    (``- ``, ``* ``, ``• ``, ``1. ``, ``1) ``) are stripped; a line repeated exactly is kept
    once. The bank id defaults to a slug of the file name and must not be in ``taken_ids``
    (the ids of the banks already loaded); the title defaults to the file name. An existing
    file is overwritten only with ``replace``. Returns the path of the new file.
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
    dest = dest_dir / f"{identifier}.yaml"
    ours = dest.exists()  # a bank of the user's folder: --replace may overwrite it
    if (identifier in taken_ids or ours or dest.with_suffix(".yml").exists()) and not (
        replace and ours
    ):
        # Say what to do next in the words of the options actually given.
        another = "choose another id" if bank_id is not None else "choose another with --id"
        where = f" ({dest})" if ours else ""
        hint = ", or add --replace to overwrite it" if ours else ""
        raise UserError(f"a bank with id {identifier!r} already exists{where}; {another}{hint}")
    name = " ".join(source.name.split())
    header = {
        "id": identifier,
        "title": (title or "").strip() or _title_from_stem(source.stem) or identifier,
        "role": role,
    }
    parts = [
        f"# Imported by interview-tui from {name}, one question per line.\n",
        "# Edit freely: give a question tips, key_points or follow_ups (see the README).\n",
        dump_yaml(header),
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
    write_atomically(dest, data, previous=dest.read_bytes() if ours else None)
    return dest


# -- reading a bank file ----------------------------------------------------------------------


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
    lines = dump_yaml([data]).rstrip("\n").split("\n")
    return "".join((indent + line if line else line) + newline for line in lines)


def _changed_ids(new_text: str, doc: BankText, expected: Sequence[str]) -> set[str]:
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
    doc: BankText,
    new_text: str,
    expected_ids: Sequence[str],
    written: tuple[str, QuestionDraft] | None,
) -> None:
    data = (doc.bom + new_text).encode("utf-8")
    _validated(data, doc.path, expected_ids, written)
    if doc.raw is not None:
        doc.check_unchanged()
    write_atomically(doc.target, data, previous=doc.raw, shown=doc.path)


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
            f"not saved, {path} would not be a valid bank: {describe_problem(error)}"
        ) from None
    if [question.id for question in bank.questions] != list(expected_ids):
        raise UserError(f"not saved: the edit would change the ids of other questions in {path}")
    if written is not None:
        question_id, draft = written
        question = bank.question(question_id)
        if question is None or QuestionDraft.from_question(question) != draft:
            raise UserError(f"not saved: the question would not read back as written in {path}")
    return bank


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
        raw = read_limited(source, MAX_BANK_BYTES)  # not stat(): /dev/zero has no end
    except TooLarge as error:
        raise UserError(f"{source}: {error}") from None
    except FileNotFoundError:
        raise UserError(f"{source} does not exist") from None
    except IsADirectoryError:
        raise UserError(f"{source} is a folder; give a text file") from None
    except OSError as error:
        raise UserError(f"cannot read {source}: {error.strerror or error}") from None
    text = decode_text(raw, source).removeprefix("\ufeff")
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
