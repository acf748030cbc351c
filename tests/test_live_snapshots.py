"""Live role-play screens as SVG snapshots at 80x24 and 120x36: the trainer's screen with its
join code (the client's inner side hidden, then shown), the worker's tab (the client, no options),
and the live debrief. Update after an intended change:
pytest tests/test_live_snapshots.py --snapshot-update"""

import pytest

from guide.classroom import live
from guide.storage.store import Store
from guide.tui.live import LiveDebriefScreen, TrainerScreen, WorkerScreen
from tests.test_snapshots import SIZES, app, fixed_dirs  # noqa: F401  (the fixture: own folders, fixed dates)


@pytest.fixture(autouse=True)
def fixed_code(monkeypatch):
    monkeypatch.setattr("guide.base.codes.new_live_code", lambda: "KM7QX")


def _play(store, lang="nl"):
    """A play with a worker, a coach and two observers who marked the first moment."""
    play, trainer = live.start(store, "rp-wantrouwen", lang)
    for role in ("worker", "coach"):
        live.join(store, play.code, role)
    first = live.join(store, play.code, "observer")[1]
    second = live.join(store, play.code, "observer")[1]
    live.add_mark(store, play.id, first, 0, 7, "laat hem zijn tegenzin uitspreken")
    live.add_mark(store, play.id, second, 0, 7)
    live.add_mark(store, play.id, second, 0, 3, "zit naast hem, niet achter het bureau")
    return play, trainer


def run_with(screen_for, finish: bool, press: tuple[str, ...] = ()):
    async def run(pilot):
        application = pilot.app
        while application.store is None or application.lib is None:
            await pilot.pause(0.05)
        store = Store(application.store.dir)
        play, trainer = _play(store)
        if finish:
            live.mark_closest(store, play.id, 0, "welcome")
            live.set_inside(store, play.id, 0,
                            "Ik wou eigenlijk meteen weer weg. Toen ze zei dat ik mocht gaan, "
                            "kon ik blijven.")
            live.finish(store, play.id)
        store.close()
        application.push_screen(screen_for(play.id, trainer))
        await pilot.pause()
        await pilot.pause()
        await pilot.press(*press)
        await pilot.pause()
    return run


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_live_trainer_screen_with_code(snap_compare, size):
    run = run_with(lambda play, role: TrainerScreen(play, role, "trainer"), finish=False)
    assert snap_compare(app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_live_trainer_screen_shows_the_inner_side(snap_compare, size):
    run = run_with(lambda play, role: TrainerScreen(play, role, "trainer"), finish=False, press=("ctrl+o",))
    assert snap_compare(app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_live_worker_tab(snap_compare, size):
    run = run_with(lambda play, _trainer: WorkerScreen(play, _trainer, "worker"), finish=False)
    assert snap_compare(app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_live_debrief(snap_compare, size):
    run = run_with(lambda play, role: LiveDebriefScreen(play, role, "trainer"), finish=True)
    assert snap_compare(app(), terminal_size=size, run_before=run)
