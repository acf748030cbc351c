"""A plain slotted record with equality and a readable repr: what a dataclass gives, without
importing dataclasses (and with it inspect), ~20 ms of a command's start-up."""

from __future__ import annotations


class Record:
    """Fields are the class's __slots__; equality compares those not in `_not_compared`. Defining
    __eq__ leaves it unhashable, as a dataclass with eq."""

    __slots__: tuple[str, ...] = ()
    _not_compared: frozenset[str] = frozenset()

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        skip = self._not_compared
        return all(getattr(self, f) == getattr(other, f) for f in self.__slots__ if f not in skip)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{f}={getattr(self, f)!r}' for f in self.__slots__)})"


class FrozenRecord(Record):
    """A record meant to stay as made: hashable by the fields it compares."""

    __slots__ = ()

    def __hash__(self) -> int:
        skip = self._not_compared
        names: tuple[str, ...] = self.__slots__
        return hash(tuple(getattr(self, name) for name in names if name not in skip))
