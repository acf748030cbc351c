"""Loading makes many small objects and no reference cycles. While it runs, the cyclic
garbage collector would only walk the growing flow model over and over, which turns a
linear load into a quadratic one; so it pauses for the duration."""

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
