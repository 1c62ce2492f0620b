"""Parse and validate one bank file (format version 1).

The YAML is composed into nodes with the safe loader (the C one when present) and the bank is
built from those nodes by hand. That way every problem carries its line and column, every tag
is checked before anything is made of it (a ``!!python/...`` tag is refused, never run), and
all the problems of a file are reported together. Anything that goes wrong becomes a
:class:`~interview_tui.banks.model.BankError`; no other exception escapes.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Collection, Iterable
from dataclasses import replace
from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from interview_tui.banks import limits
from interview_tui.banks.clean import clean_text
from interview_tui.banks.limits import MAX_LIST_ITEMS, MAX_TEXT_CHARS, TooLarge, read_limited
from interview_tui.banks.model import ROLES, Bank, BankError, Criterion, Problem, Question, Role
from interview_tui.banks.yaml_errors import explain_yaml_error
from interview_tui.durations import DurationError, parse_duration

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BANK_BYTES = 8 * 1024 * 1024
FORMAT_VERSION = 1

_Y = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = (_Y + t for t in ("str", "int", "float", "bool", "null"))
_SEQ, _MAP = _Y + "seq", _Y + "map"
_SCALAR_TAGS = frozenset({_STR, _INT, _FLOAT, _BOOL, _NULL, _Y + "timestamp"})
_TEXTS_TAGS = _SCALAR_TAGS | {_SEQ}

BANK_KEYS = (
    "version", "id", "title", "role", "description", "source", "license",
    "time_limit", "tags", "rubric", "checklist", "questions",
)  # fmt: skip
QUESTION_KEYS = (
    "id", "text", "category", "tags", "time_limit",
    "tips", "key_points", "follow_ups", "listen_for",
)  # fmt: skip
CRITERION_KEYS = ("id", "label", "description")
KEY_POINT_KEYS = ("text", "cues")

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")
_WORD = re.compile(r"[a-z0-9]+")
_INTS = SafeConstructor()


def slugify(text: str, limit: int = 40) -> str:
    """A lowercase id from the first words of ``text``: ``"Tell me…"`` → ``tell_me``."""
    slug = ""
    for word in _WORD.findall(text.lower()):
        candidate = f"{slug}_{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug or hashlib.sha1(text.encode()).hexdigest()[:8]


def parse_bank_file(path: Path) -> Bank:
    """Read ``path`` (at most :data:`MAX_BANK_BYTES`) and parse it as a bank."""
    try:
        # Never trust stat(): /dev/zero has size 0 and no end, and a FIFO would block.
        data = read_limited(path, MAX_BANK_BYTES)
    except TooLarge as error:
        raise _single(path, str(error)) from None
    except OSError as error:
        raise _single(path, f"cannot read the file: {error.strerror or error}") from None
    return parse_bank(data, path)


def parse_bank(data: bytes | str, path: Path) -> Bank:
    """Parse bank text (bytes must be UTF-8); ``path`` names the file in problems and ids."""
    if isinstance(data, bytes):
        if len(data) > MAX_BANK_BYTES:
            raise _single(path, f"more than {MAX_BANK_BYTES // 1_048_576} MB; split the bank")
        text = _decode(data, path)
    else:
        text = data
    node = _compose(text, path)
    if node is None:
        raise _single(path, "the file is empty; a bank needs at least `role` and `questions`")
    try:
        limits.check_expanded_size(node)  # a few aliases of a big anchor must not become gigabytes
    except TooLarge as error:
        raise _single(path, str(error)) from None
    except RecursionError:
        raise _single(path, "invalid YAML: nested too deeply") from None
    return _Builder(path).bank(node)


def _single(path: Path, message: str, line: int = 1, column: int = 1) -> BankError:
    return BankError([Problem(path, line, column, message)])


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise _single(
            path,
            f"the file is not UTF-8 (byte 0x{data[error.start]:02x}); save it as UTF-8",
            line,
            column,
        ) from None


def _compose(text: str, path: Path) -> Node | None:
    loader = _Loader(text)
    try:
        node: Node | None = loader.get_single_node()
        return node
    except yaml.MarkedYAMLError as error:
        message, line, column = explain_yaml_error(error, text)
        raise _single(path, message, line, column) from None
    except yaml.YAMLError as error:  # a reader error: a character YAML does not allow
        raise _single(path, f"invalid YAML: {error}".replace("\n", " ")) from None
    except RecursionError:
        raise _single(path, "invalid YAML: nested too deeply") from None
    finally:
        loader.dispose()


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def _describe(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return f"{node.value!r}"


class _Builder:
    """Builds a :class:`Bank` from composed nodes, collecting problems as it goes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def fail(self, node: Node, field: str, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, message, field))

    # -- shapes ------------------------------------------------------------------------------

    def tag_ok(self, node: Node, field: str, allowed: Collection[str]) -> bool:
        tag = node.tag
        if tag in allowed:
            return True
        short = "!!" + tag[len(_Y) :] if tag.startswith(_Y) else tag
        if tag.startswith(_Y + "python/"):
            self.fail(node, field, f"the tag {short} is refused: a bank is plain data, never code")
        elif tag in _SCALAR_TAGS or tag in (_SEQ, _MAP):
            self.fail(node, field, f"expected {_expected(allowed)}, found {_describe(node)}")
        else:
            self.fail(node, field, f"unsupported tag {short}; remove it")
        return False

    def mapping(
        self, node: Node, where: str, allowed: tuple[str, ...], required: Iterable[str] = ()
    ) -> dict[str, Node] | None:
        if not self.tag_ok(node, where, (_MAP,)) or not isinstance(node, MappingNode):
            return None
        fields: dict[str, Node] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                self.fail(key, where, "keys must be plain names")
                continue
            name = str(key.value)
            if name not in allowed:
                self.fail(key, _join(where, name), _unknown_key(name, allowed))
            elif name in fields:
                self.fail(key, _join(where, name), f"duplicate key {name!r}")
            else:
                fields[name] = value
        for name in required:
            if name not in fields:
                self.fail(node, _join(where, name), f"missing required key {name!r}")
        return fields

    def text(self, node: Node | None, field: str, required: bool = False) -> str:
        if node is None:
            return ""
        if not self.tag_ok(node, field, _SCALAR_TAGS) or not isinstance(node, ScalarNode):
            return ""
        # The source text, not YAML's reading of it: `text: yes` stays "yes", not True.
        value = "" if node.tag == _NULL else clean_text(str(node.value)).strip()
        if len(value) > MAX_TEXT_CHARS:
            self.fail(node, field, f"longer than {MAX_TEXT_CHARS:,} characters; shorten it")
            return ""
        if required and not value:
            self.fail(node, field, "must not be empty")
        return value

    def texts(self, node: Node | None, field: str) -> tuple[str, ...]:
        """A string or a list of strings."""
        if node is None or (isinstance(node, ScalarNode) and node.tag == _NULL):
            return ()
        if not self.tag_ok(node, field, _TEXTS_TAGS):
            return ()
        if isinstance(node, ScalarNode):
            value = self.text(node, field)
            return (value,) if value else ()
        if len(node.value) > MAX_LIST_ITEMS:
            self.fail(node, field, f"more than {MAX_LIST_ITEMS} items; keep the best ones")
            return ()
        items = [
            self.text(item, f"{field}[{i}]", required=True) for i, item in enumerate(node.value)
        ]
        return tuple(item for item in items if item)

    def identifier(self, node: Node | None, field: str) -> str:
        value = self.text(node, field)
        if value and not _ID.match(value):
            assert node is not None
            self.fail(
                node,
                field,
                f"{value!r} is not a valid id; use letters, digits, '_', '-' or '.' "
                f"(for example {slugify(value)!r})",
            )
            return ""
        return value

    def duration(self, node: Node | None, field: str) -> int | None:
        if node is None:
            return None
        if not self.tag_ok(node, field, _SCALAR_TAGS) or not isinstance(node, ScalarNode):
            return None
        value: int | str
        if node.tag == _INT:
            value = _INTS.construct_yaml_int(node)
        elif node.tag == _STR:
            value = str(node.value)
        elif node.tag == _NULL:
            return None
        else:
            self.fail(node, field, "expected whole seconds or a duration like '90s' or '1m30s'")
            return None
        try:
            return parse_duration(value)
        except DurationError as error:
            self.fail(node, field, str(error))
            return None

    # -- the bank ----------------------------------------------------------------------------

    def bank(self, root: Node) -> Bank:
        fields = self.mapping(root, "", BANK_KEYS, required=("role", "questions"))
        if fields is None:
            raise BankError(self.problems)
        if "version" in fields:
            self.version(fields["version"])
        bank_id = self.identifier(fields.get("id"), "id") or slugify(self.path.stem)
        role = self.role(fields.get("role"))
        rubric = self.rubric(fields.get("rubric"))
        questions = self.questions(fields.get("questions"))
        bank = Bank(
            id=bank_id,
            title=self.text(fields.get("title"), "title") or _title_from(bank_id),
            role=role or "interviewee",
            questions=questions,
            description=self.text(fields.get("description"), "description"),
            source=self.text(fields.get("source"), "source"),
            license=self.text(fields.get("license"), "license"),
            time_limit=self.duration(fields.get("time_limit"), "time_limit"),
            tags=self.texts(fields.get("tags"), "tags"),
            rubric=rubric,
            checklist=self.texts(fields.get("checklist"), "checklist"),
            path=self.path,
        )
        if self.problems:
            self.problems.sort(key=lambda p: (p.line, p.column))
            raise BankError(self.problems)
        return bank

    def version(self, node: Node) -> None:
        if not (isinstance(node, ScalarNode) and node.tag == _INT and node.value == "1"):
            self.fail(node, "version", f"only format version {FORMAT_VERSION} is known")

    def role(self, node: Node | None) -> Role | None:
        reported = len(self.problems)
        value = self.text(node, "role")
        for role in ROLES:
            if value == role:
                return role
        if node is not None and len(self.problems) == reported:
            hint = difflib.get_close_matches(value, ROLES, n=1, cutoff=0.5)
            suggestion = f"; did you mean {hint[0]!r}?" if hint else ""
            self.fail(
                node, "role", f"{value!r} is not a role: use {' or '.join(ROLES)}{suggestion}"
            )
        return None

    def rubric(self, node: Node | None) -> tuple[Criterion, ...]:
        if node is None or (isinstance(node, ScalarNode) and node.tag == _NULL):
            return ()
        if not self.tag_ok(node, "rubric", (_SEQ,)):
            return ()
        if not node.value:
            self.fail(node, "rubric", "an empty rubric; remove the key to use the default")
        criteria: list[Criterion] = []
        seen: set[str] = set()
        for index, item in enumerate(node.value):
            where = f"rubric[{index}]"
            fields = self.mapping(item, where, CRITERION_KEYS, required=("id",))
            if fields is None:
                continue
            criterion_id = self.identifier(fields.get("id"), f"{where}.id")
            if criterion_id and criterion_id in seen:
                self.fail(fields["id"], f"{where}.id", f"duplicate criterion id {criterion_id!r}")
            seen.add(criterion_id)
            label = self.text(fields.get("label"), f"{where}.label")
            description = self.text(fields.get("description"), f"{where}.description")
            if criterion_id:
                criteria.append(
                    Criterion(criterion_id, label or _title_from(criterion_id), description)
                )
        return tuple(criteria)

    def questions(self, node: Node | None) -> tuple[Question, ...]:
        if node is None:
            return ()
        if not self.tag_ok(node, "questions", (_SEQ,)):
            return ()
        if not node.value:
            self.fail(node, "questions", "the bank has no questions; add at least one")
        questions: list[Question] = []
        taken: dict[str, tuple[int, Question]] = {}
        for index, item in enumerate(node.value):
            question = self.question(item, index)
            if question is None:
                continue
            previous = taken.get(question.id)
            if previous is not None:
                where = f"questions[{index}]"
                other, first = previous
                if first.text == question.text:
                    self.fail(item, where, f"the same question as questions[{other}]")
                    continue
                if isinstance(item, MappingNode) and _has_key(item, "id"):
                    self.fail(
                        item,
                        f"{where}.id",
                        f"duplicate question id {question.id!r}, also used by "
                        f"questions[{other}] on line {first.line}",
                    )
                    continue
                # Two different texts that slugify alike: make the derived id unique.
                digest = hashlib.sha1(question.text.encode()).hexdigest()[:6]
                question = replace(question, id=f"{question.id}_{digest}")
            taken[question.id] = (index, question)
            questions.append(question)
        return tuple(questions)

    def question(self, node: Node, index: int) -> Question | None:
        where = f"questions[{index}]"
        fields = self.mapping(node, where, QUESTION_KEYS, required=("text",))
        if fields is None:
            return None
        text = self.text(fields.get("text"), f"{where}.text", required="text" in fields)
        question_id = self.identifier(fields.get("id"), f"{where}.id") or slugify(text)
        key_points, cues = self.key_points(fields.get("key_points"), f"{where}.key_points")
        return Question(
            id=question_id,
            text=text,
            category=self.text(fields.get("category"), f"{where}.category"),
            tags=self.texts(fields.get("tags"), f"{where}.tags"),
            time_limit=self.duration(fields.get("time_limit"), f"{where}.time_limit"),
            tips=self.texts(fields.get("tips"), f"{where}.tips"),
            key_points=key_points,
            key_point_cues=cues if any(cues) else (),
            follow_ups=self.texts(fields.get("follow_ups"), f"{where}.follow_ups"),
            listen_for=self.texts(fields.get("listen_for"), f"{where}.listen_for"),
            line=node.start_mark.line + 1,
        )

    def key_points(
        self, node: Node | None, field: str
    ) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
        """Key points, each a string or ``{text: ..., cues: [...]}``; returns texts and cues."""
        if not isinstance(node, SequenceNode):
            return self.texts(node, field), ()
        if not self.tag_ok(node, field, (_SEQ,)):
            return (), ()
        if len(node.value) > MAX_LIST_ITEMS:
            self.fail(node, field, f"more than {MAX_LIST_ITEMS} items; keep the best ones")
            return (), ()
        texts: list[str] = []
        cues: list[tuple[str, ...]] = []
        for i, item in enumerate(node.value):
            where = f"{field}[{i}]"
            if isinstance(item, MappingNode):
                parts = self.mapping(item, where, KEY_POINT_KEYS, required=("text",))
                if parts is None:
                    continue
                text = self.text(parts.get("text"), f"{where}.text", required="text" in parts)
                item_cues = self.texts(parts.get("cues"), f"{where}.cues")
            else:
                text, item_cues = self.text(item, where, required=True), ()
            if text:
                texts.append(text)
                cues.append(item_cues)
        return tuple(texts), tuple(cues)


def _has_key(node: MappingNode, name: str) -> bool:
    return any(isinstance(key, ScalarNode) and key.value == name for key, _ in node.value)


def _unknown_key(name: str, allowed: tuple[str, ...]) -> str:
    hint = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
    if hint:
        return f"unknown key {name!r}; did you mean {hint[0]!r}?"
    return f"unknown key {name!r}; allowed keys: {', '.join(allowed)}"


def _expected(allowed: Collection[str]) -> str:
    if _MAP in allowed:
        return "a mapping of keys"
    if _SEQ in allowed:
        return "text or a list of text" if _STR in allowed else "a list"
    return "text"


def _title_from(identifier: str) -> str:
    words = re.split(r"[_\-.]+", identifier)
    return " ".join(words).strip().capitalize() or identifier
