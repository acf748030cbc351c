"""The app keeps what lives long (the flows, a drawn conversation) out of the garbage collector's
full walks, and gives a closed conversation back to it, so nothing leaks."""

import gc
import time
import weakref

from tests.conftest import app_ready
from tests.test_app import make_app, start


def walked(obj) -> bool:
    """Whether the collector's walks reach `obj`: frozen objects are in none of its generations."""
    return any(o is obj for o in gc.get_objects())


async def test_a_drawn_conversation_is_held_and_a_closed_one_is_freed(private_dirs):
    gc.unfreeze()  # whatever an earlier test left frozen
    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        await app_ready(pilot)
        assert not walked(app.lib)  # the flows, loaded and held
        screen = await start(app, pilot, "showcase")
        for _ in range(3):
            await pilot.press("enter")
        await screen.render_all()  # as after a resume or a language switch
        assert not walked(screen) and not walked(screen.conv.engine)
        first, engine = weakref.ref(screen), weakref.ref(screen.conv.engine)
        del screen
        app.go_home()
        await pilot.pause()
        await start(app, pilot, "showcase", label="T-2")  # the next conversation, drawn and held
        assert first() is None and engine() is None  # the closed one was freed, though it had been held
        assert not walked(app.screen)
    assert gc.get_freeze_count() == 0  # the app gave everything back when it stopped


async def test_a_full_collection_waits_for_a_pause_in_the_keys(private_dirs):
    gc.unfreeze()
    own = gc.get_threshold()
    full = []

    def seen(phase, info):
        if phase == "stop" and info["generation"] == 2:
            full.append(info)

    app = make_app(private_dirs)
    async with app.run_test(size=(100, 30)) as pilot:
        await app_ready(pilot)
        assert gc.get_freeze_count() > 0  # the loaded flows and the first screen are held
        await start(app, pilot, "showcase")
        assert gc.get_threshold()[2] > own[2]  # no full walk in the middle of an answer
        gc.callbacks.append(seen)
        try:
            await pilot.press("enter")  # the user answers
            for _ in range(own[2]):
                gc.collect(1)  # the younger collections after which the collector would walk everything
            app.last_key = time.monotonic()  # (no await from here: the app's own timer cannot run)
            app.collect_in_pause()  # a key just now: the walk waits
            assert not full
            app.last_key -= 60  # a minute without a key: the user reads
            app.collect_in_pause()
            assert len(full) == 1 and gc.get_count()[2] == 0
        finally:
            gc.callbacks.remove(seen)
    assert gc.get_threshold() == own  # the collector's own threshold is back once the app stops


class Shared:
    """Stands for what the classroom server loaded before it forked each tab's app."""


async def test_a_forked_classroom_app_leaves_the_servers_frozen_objects_alone(private_dirs):
    shared = Shared()
    gc.freeze()  # as serve_fork does before it forks
    try:
        app = make_app(private_dirs)
        async with app.run_test(size=(100, 30)) as pilot:
            await app_ready(pilot)
            await start(app, pilot, "showcase")
            app.go_home()
            await pilot.pause()
            await start(app, pilot, "showcase", label="T-2")
            assert walked(app.screen) and walked(app.lib)  # this app froze nothing of its own
            assert not walked(shared)  # and handed nothing of the server's back
        assert not walked(shared)
    finally:
        gc.unfreeze()
