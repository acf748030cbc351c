"""A small, safe condition language. Parsed with `ast`, never evaluated by Python.

Allowed: variable names, string/number literals, true/false, lists of
literals, comparisons (== != < <= > >= in, not in), and/or/not, and the
functions answered(x) and count(x).

An unanswered variable is false: any comparison with it is false and it is
false on its own (so `not x` is true).
"""

from __future__ import annotations

import ast
import operator

from guide.base.errors import CodedError

MISSING = object()
FUNCTIONS = ("answered", "count")


class ExprError(CodedError):
    """A condition that does not parse or uses what it may not."""

    def __init__(self, code: str, col: int, **params: object) -> None:
        super().__init__(code, **params)
        self.col = col  # 0-based column inside the expression


_COMPARE = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
}


def _contains(left, right):
    if isinstance(right, (list, tuple, set, frozenset)):
        return left in right
    if isinstance(right, str) and isinstance(left, str):
        return left.lower() in right.lower()
    return False


def _truthy(value) -> bool:
    return value is not MISSING and value not in (None, "", [], 0, False)


class Compiled:
    """A parsed expression: call it with the variables to get a bool."""

    __slots__ = ("source", "fn", "names", "literals")

    def __init__(self, source: str, fn, names: set[str], literals: list) -> None:
        self.source = source
        self.fn = fn
        self.names = names
        self.literals = literals  # [(variable, literal, col)] for static checks

    def __call__(self, variables: dict) -> bool:
        return _truthy(self.fn(variables))


def compile_expr(source: str) -> Compiled:
    if not source.strip():
        raise ExprError("expr-syntax", 0, detail="empty")
    lead = len(source) - len(source.lstrip())
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as exc:
        col = lead + max((exc.offset or 1) - 1, 0)
        raise ExprError("expr-syntax", col, detail=exc.msg) from None
    except (ValueError, RecursionError, MemoryError):
        raise ExprError("expr-syntax", 0, detail="?") from None
    names: set[str] = set()
    literals: list = []
    fn = _build(tree.body, names, literals, lead, depth=0)
    return Compiled(source, fn, names, literals)


def _const_value(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in ("true", "false"):
        return node.id == "true"
    return MISSING


def _build(node, names, literals, lead, depth):
    col = lead + getattr(node, "col_offset", 0)
    if depth > 50:
        raise ExprError("expr-syntax", col, detail="too deep")
    sub = lambda n: _build(n, names, literals, lead, depth + 1)  # noqa: E731

    known = _const_value(node)  # a string, a number, true or false
    if known is not MISSING:
        return lambda v: known
    if isinstance(node, ast.Constant):
        raise ExprError("expr-unsupported", col, what=type(node.value).__name__)
    if isinstance(node, ast.Name):
        name = node.id
        names.add(name)
        return lambda v: v.get(name, MISSING)
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        frozen = _literal_list(node, lead)
        return lambda v: frozen
    if isinstance(node, ast.BoolOp):
        parts = [sub(n) for n in node.values]
        if isinstance(node.op, ast.And):
            return lambda v: all(_truthy(p(v)) for p in parts)
        return lambda v: any(_truthy(p(v)) for p in parts)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        inner = sub(node.operand)
        return lambda v: not _truthy(inner(v))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        value = _const_value(node.operand)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            negative = -value
            return lambda v: negative
    if isinstance(node, ast.Compare):
        _note_literals(node, literals, lead)
        operands = [sub(node.left)] + [sub(c) for c in node.comparators]
        ops = [_compare_fn(op, lead + node.col_offset) for op in node.ops]
        return _chain(operands, ops)
    if isinstance(node, ast.Call):
        return _build_call(node, names, col)
    raise ExprError("expr-unsupported", col, what=type(node).__name__)


def _literal_list(node, lead) -> tuple:
    """The values of a literal list (of strings, numbers, true/false) as a tuple."""
    values = []
    for elt in node.elts:
        value = _const_value(elt)
        if value is MISSING:
            raise ExprError("expr-unsupported", lead + elt.col_offset, what="list item")
        values.append(value)
    return tuple(values)


def _chain(operands, ops):
    """a < b < c: every comparison holds; a missing value or a type mismatch makes it false."""
    def compare(v):
        left = operands[0](v)
        for op, right_fn in zip(ops, operands[1:], strict=False):
            right = right_fn(v)
            if left is MISSING or right is MISSING:
                return False
            try:
                if not op(left, right):
                    return False
            except TypeError:
                return False
            left = right
        return True

    return compare


def _build_call(node, names, col):
    """answered(x) or count(x): the only calls there are, each of one variable."""
    if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
        what = node.func.id if isinstance(node.func, ast.Name) else "call"
        raise ExprError("expr-function", col, name=what, allowed=", ".join(FUNCTIONS))
    if len(node.args) != 1 or node.keywords or not isinstance(node.args[0], ast.Name):
        raise ExprError("expr-args", col, name=node.func.id)
    name = node.args[0].id
    names.add(name)
    if node.func.id == "answered":
        return lambda v: v.get(name, MISSING) is not MISSING
    return lambda v: _count(v.get(name, MISSING))


def _count(value) -> int:
    if value is MISSING or value is None:
        return 0
    if isinstance(value, (list, tuple, set)):
        return len(value)
    return 1


def _compare_fn(op, col):
    if isinstance(op, ast.In):
        return lambda a, b: _contains(a, b)
    if isinstance(op, ast.NotIn):
        return lambda a, b: not _contains(a, b)
    fn = _COMPARE.get(type(op))
    if fn is None:
        raise ExprError("expr-unsupported", col, what=type(op).__name__)
    return fn


def _note_literals(node: ast.Compare, literals: list, lead: int) -> None:
    """Remember `var == "x"`, `"x" in var` and `var in ["x", "y"]` for the checker."""
    left = node.left
    for op, right in zip(node.ops, node.comparators, strict=False):
        pairs = []
        if isinstance(left, ast.Name) and isinstance(op, (ast.Eq, ast.NotEq)):
            pairs.append((left.id, right))
        if isinstance(right, ast.Name) and isinstance(op, (ast.Eq, ast.NotEq, ast.In, ast.NotIn)):
            pairs.append((right.id, left))
        if isinstance(left, ast.Name) and isinstance(op, (ast.In, ast.NotIn)):
            if isinstance(right, (ast.List, ast.Tuple, ast.Set)):
                pairs.extend((left.id, elt) for elt in right.elts)
        for name, lit in pairs:
            value = _const_value(lit)
            if isinstance(value, str):
                literals.append((name, value, lead + lit.col_offset))
        left = right
