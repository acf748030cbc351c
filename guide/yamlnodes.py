"""Strict YAML reading: text -> marked nodes, with every scalar kept as a string.

We build nodes from the parser's event stream ourselves (no recursion, no
constructors), so that deep nesting, alias bombs, duplicate keys and odd tags
become located problems instead of exceptions or silent surprises.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from guide.errors import LocatedError
from guide.speed import without_gc

try:  # libyaml is much faster; fall back to the pure-Python parser
    from yaml import CSafeLoader as _Loader

    LIBYAML = True
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

    LIBYAML = False

MAX_BYTES = 8 * 1024 * 1024
MAX_SCALAR = 64 * 1024
MAX_DEPTH = 64
MAX_NODES = 500_000  # counting every node an alias expands to

_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "!",
}


class YamlProblem(LocatedError):
    """A located problem that stops reading a file."""


@dataclass(eq=False)
class Node:
    line: int  # 1-based
    col: int  # 1-based


@dataclass(eq=False)
class Scalar(Node):
    value: str
    plain: bool = True  # unquoted: offsets inside the text map onto the file


@dataclass(eq=False)
class Seq(Node):
    items: list = field(default_factory=list)


@dataclass(eq=False)
class Map(Node):
    items: list = field(default_factory=list)  # [(Scalar key, Node value)]

    def get(self, key: str):
        for k, v in self.items:
            if k.value == key:
                return v
        return None


def decode(data: bytes) -> str:
    """Bytes -> text, or a located problem for non-UTF-8 input."""
    if len(data) > MAX_BYTES:
        raise YamlProblem("too-large", 1, 1, limit=MAX_BYTES // (1024 * 1024))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        last = before[before.rfind(b"\n") + 1 :]
        col = len(last.decode("utf-8", errors="replace")) + 1  # columns count characters
        raise YamlProblem("encoding", line, col) from None


@without_gc
def read(text: str) -> Node | None:
    """Parse one YAML document into nodes. Returns None for an empty file."""
    try:
        return _build(yaml.parse(text, Loader=_Loader))
    except YamlProblem:
        raise
    except yaml.MarkedYAMLError as exc:
        if "nesting depth" not in str(exc.problem):
            _problem(text, exc, LIBYAML)
    except yaml.YAMLError as exc:
        _problem(text, exc, LIBYAML)
    # libyaml 0.2.5 and later stop deep nesting in their scanner, ahead of the events we count;
    # the pure-Python reader has no such limit, so our own MAX_DEPTH speaks, at the same place.
    try:
        return _build(yaml.parse(text, Loader=yaml.SafeLoader))
    except YamlProblem:
        raise
    except yaml.YAMLError as exc:
        _problem(text, exc)
    return None


def _problem(text: str, exc: yaml.YAMLError, byte_offsets: bool = False) -> None:
    """Raise a reader's error as a located problem.

    libyaml gives a bad character's position in bytes of UTF-8, the Python reader in characters."""
    if isinstance(exc, yaml.reader.ReaderError):
        position = max(exc.position, 0)
        if byte_offsets:
            position = len(text.encode("utf-8")[:position].decode("utf-8", errors="ignore"))
        before = text[:position]
        line = before.count("\n") + 1
        col = len(before) - (before.rfind("\n") + 1) + 1
        raise YamlProblem("yaml-syntax", line, col, detail=f"character {exc.character!r} is not allowed")
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlProblem("yaml-syntax", line, col, detail=exc.problem or exc.context or "?")
    raise YamlProblem("yaml-syntax", 1, 1, detail=str(exc).splitlines()[0])


_SCALAR, _ALIAS = yaml.ScalarEvent, yaml.AliasEvent
_SEQ_START, _MAP_START = yaml.SequenceStartEvent, yaml.MappingStartEvent
_SEQ_END, _MAP_END = yaml.SequenceEndEvent, yaml.MappingEndEvent
_DOC_START = yaml.DocumentStartEvent


def _build(events) -> Node | None:
    """Events -> nodes without recursion. This loop is the loader's hot path."""
    # one frame per open collection: [node, pending key or None, keys seen, size, anchor]
    stack: list[list] = []
    anchors: dict[str, tuple[Node, int]] = {}
    total = 0
    root: Node | None = None
    documents = 0

    def attach(node: Node, size: int) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        frame = stack[-1]
        frame[3] += size
        parent = frame[0]
        if parent.__class__ is Seq:
            parent.items.append(node)
        elif frame[1] is None:
            if node.__class__ is not Scalar:
                raise YamlProblem("complex-key", node.line, node.col)
            seen = frame[2]
            if node.value in seen:
                raise YamlProblem("duplicate-key", node.line, node.col, key=node.value, first=seen[node.value])
            seen[node.value] = node.line
            frame[1] = node
        else:
            parent.items.append((frame[1], node))
            frame[1] = None

    for ev in events:
        cls = ev.__class__
        if cls is _SCALAR:
            mark = ev.start_mark
            line, col = mark.line + 1, mark.column + 1
            if ev.tag and ev.tag not in _STANDARD_TAGS:
                raise YamlProblem("yaml-tag", line, col, tag=ev.tag)
            value = ev.value
            if len(value) > MAX_SCALAR:
                raise YamlProblem("too-long", line, col, limit=MAX_SCALAR)
            # offsets inside the text map onto the file only for a one-line unquoted scalar
            end = ev.end_mark
            plain = ev.style in (None, "") and (end is None or end.line == mark.line)
            node = Scalar(line, col, value, plain)
            total += 1
            if ev.anchor:
                anchors[ev.anchor] = (node, 1)
            attach(node, 1)
        elif cls is _MAP_START or cls is _SEQ_START:
            mark = ev.start_mark
            line, col = mark.line + 1, mark.column + 1
            if ev.tag and ev.tag not in _STANDARD_TAGS:
                raise YamlProblem("yaml-tag", line, col, tag=ev.tag)
            if len(stack) >= MAX_DEPTH:
                raise YamlProblem("too-deep", line, col, limit=MAX_DEPTH)
            total += 1
            stack.append([Map(line, col) if cls is _MAP_START else Seq(line, col), None, {}, 1, ev.anchor])
        elif cls is _MAP_END or cls is _SEQ_END:
            node, _, _, size, anchor = stack.pop()
            if anchor:
                anchors[anchor] = (node, size)
            attach(node, size)
        elif cls is _ALIAS:
            mark = ev.start_mark
            if ev.anchor not in anchors:
                raise YamlProblem("yaml-syntax", mark.line + 1, mark.column + 1, detail=f"unknown alias *{ev.anchor}")
            node, size = anchors[ev.anchor]
            total += size
            if total > MAX_NODES:
                raise YamlProblem("alias-limit", mark.line + 1, mark.column + 1, limit=MAX_NODES)
            attach(node, size)
        elif cls is _DOC_START:
            documents += 1
            if documents > 1:
                mark = ev.start_mark
                raise YamlProblem("many-documents", mark.line + 1, mark.column + 1)
    return root
