"""The one shape of an error the user is shown: a catalogue key and its parameters.

Every error that reaches a person (a refused answer, a store that cannot be
written, a broken flow file) derives from `CodedError`, so every caller shows it
the same way: `t(exc.code, lang, **exc.params)`, never a traceback.
"""

from __future__ import annotations


class CodedError(Exception):
    """An error with `code` (an i18n key, see guide/strings/) and `params` for its message."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str) -> str:
        from guide.base.i18n import t  # the catalogue loads only when a message is shown

        return t(self.code, lang, **self.params)


class LocatedError(CodedError):
    """A CodedError at a line and column (1-based) of a file or an expression."""

    def __init__(self, code: str, line: int, col: int, **params: object) -> None:
        super().__init__(code, **params)
        self.line = line
        self.col = col


class AnswerError(CodedError, ValueError):
    """An answer (or other typed text) that cannot be taken."""


class StoreError(CodedError):
    """A problem saving or reading data, to show the user."""
