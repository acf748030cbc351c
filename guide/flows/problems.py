"""Located problems: `file:line:col: error[CODE]: message`."""

from __future__ import annotations

from guide.base.i18n import t
from guide.base.record import FrozenRecord


class Problem(FrozenRecord):
    """One problem at a place; its params (the message's values) are not compared."""

    __slots__ = ("file", "line", "col", "code", "params", "severity")
    _not_compared = frozenset({"params"})

    def __init__(self, file: str, line: int, col: int, code: str, params: dict | None = None,
                 severity: str = "error") -> None:
        self.file, self.line, self.col, self.code = file, line, col, code
        self.params = {} if params is None else params
        self.severity = severity

    def message(self, lang: str) -> str:
        # one problem, one line: values from block scalars keep their breaks visible
        params = {k: str(v).replace("\n", "\\n") for k, v in self.params.items()}
        return t(f"check.{self.code}", lang, **params)

    def format(self, lang: str) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.severity}[{self.code}]: {self.message(lang)}"

    def as_dict(self, lang: str) -> dict:
        return {
            "file": self.file,
            "line": self.line,
            "col": self.col,
            "severity": self.severity,
            "code": self.code,
            "message": self.message(lang),
        }


def sort_key(p: Problem):
    return (p.file, p.line, p.col, p.code)
