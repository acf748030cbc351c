"""Located problems: `file:line:col: error[CODE]: message`."""

from __future__ import annotations

from dataclasses import dataclass, field

from guide.base.i18n import t


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    col: int
    code: str
    params: dict = field(default_factory=dict, hash=False, compare=False)
    severity: str = "error"

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
