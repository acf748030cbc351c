"""A conversation's state as a base plus the changes since: what one answer changed, not the whole state.

An engine logs each change it makes to its answers, variables and history as a small op; a save
stores those ops and the new head (where the conversation is). Replaying the ops of every save,
in order, on the stored base gives back exactly the state the engine had.

Ops (JSON arrays): ["h+", entry] a history entry added, ["h-"] the last one taken off,
["a", key, value] / ["a-", key] an answer set / removed, ["v", name, value] / ["v-", name] the
same for a variable, ["s", key, words] / ["s-", key] the own words of a say-first choice, ["head",
{...}] the head (stack, finished, end, the client's state) replaced.
"""

from __future__ import annotations


class Delta:
    """What changed since the last save: the ops, and the head after them."""

    __slots__ = ("ops", "head")

    def __init__(self, ops: list, head: dict) -> None:
        self.ops, self.head = ops, head

    def encoded_ops(self) -> list:
        return [*self.ops, ["head", self.head]]


def apply(state: dict, ops: list) -> None:
    """Replay ops on a state, in place. Raises ValueError on an op it does not know."""
    history = state.setdefault("history", [])
    answers = state.setdefault("answers", {})
    variables = state.setdefault("vars", {})
    said = state.setdefault("said", {})
    for op in ops:
        kind = op[0]
        if kind == "h+":
            history.append(op[1])
        elif kind == "h-":
            history.pop()
        elif kind == "a":
            answers[op[1]] = op[2]
        elif kind == "a-":
            answers.pop(op[1], None)
        elif kind == "v":
            variables[op[1]] = op[2]
        elif kind == "v-":
            variables.pop(op[1], None)
        elif kind == "s":
            said[op[1]] = op[2]
        elif kind == "s-":
            said.pop(op[1], None)
        elif kind == "head":
            state.update(op[1])
        else:
            raise ValueError(f"unknown state op {kind!r}")
