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


# While the app holds its heap, a full collection waits for a pause (`collect_if_due`) rather than
# landing in an answer: each walked 80-200 ms of a conversation's new objects. Past this many
# younger collections it runs anyway, so a user who never pauses still gets the memory back.
HELD_FULL_AFTER = 100
_threshold: tuple[int, int, int] | None = None  # the collector's own, while ours is set


def hold_live_objects(collect_first: bool = False) -> None:
    """Everything alive now (the flow library, a drawn conversation) leaves the cyclic collector's
    walks. With 2,000 messages on screen, a full collection walked them all for 100-140 ms, about
    every eighth answer. Reference counting still frees these objects; only reference cycles among
    them wait until `let_go`. `collect_first` collects what died since then (a closed conversation)."""
    if collect_first:
        gc.collect()
    gc.freeze()
    global _threshold
    if _threshold is None:
        _threshold = gc.get_threshold()
        gc.set_threshold(_threshold[0], _threshold[1], max(_threshold[2], HELD_FULL_AFTER))


def collect_if_due() -> bool:
    """In a pause: the full collection the collector would have made by now, if any."""
    if _threshold is None or gc.get_count()[2] < _threshold[2]:
        return False
    gc.collect()
    return True


def let_go() -> None:
    """Hand everything held back to the collector, with its own threshold."""
    global _threshold
    gc.unfreeze()
    if _threshold is not None:
        gc.set_threshold(*_threshold)
        _threshold = None


def give_back_free_memory() -> None:
    """After loading: the C heap's free pages go back to the system (glibc's malloc_trim).
    Reading the flows in a thread leaves several MiB free but still mapped, in that thread's
    own heap and between what lives on in the main one; elsewhere this does nothing."""
    import ctypes  # deferred: only once the flows are loaded

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):  # not glibc (macOS, musl): nothing to give back this way
        return
    trim(0)
