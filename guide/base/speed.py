"""The cyclic garbage collector, kept off what it has no work on.

Loading makes many small objects and no reference cycles: the collector would only walk the
growing flow model over and over, which turns a linear load into a quadratic one, so it pauses
for the duration. Once loaded (and once a conversation is drawn), what lives long is frozen, so
the collector's full walks leave it out."""

from __future__ import annotations

import functools
import gc


def without_gc(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return wrapper


def nothing_frozen() -> bool:
    return gc.get_freeze_count() == 0


def hold_live_objects(collect_first: bool = False) -> None:
    """Everything alive now (the flow library, a drawn conversation) leaves the cyclic collector's
    walks. With 2,000 messages on screen, a full collection walked them all for 100-140 ms, about
    every eighth answer. Reference counting still frees these objects; only reference cycles among
    them wait until `let_go`. `collect_first` collects what died since then (a closed conversation)."""
    if collect_first:
        gc.collect()
    gc.freeze()


def let_go() -> None:
    """Hand everything held back to the collector."""
    gc.unfreeze()
