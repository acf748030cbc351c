"""Screens as SVG snapshots at 80x24 and 120x36, cursor blink off.

Update after an intended change:  pytest tests/test_snapshots.py --snapshot-update
"""

import shutil
from pathlib import Path

import pytest

from guide.tui.app import GuideApp

SHOWCASE = Path(__file__).parent / "fixtures" / "tui"
SIZES = [(80, 24), (120, 36)]
FIXED = Path("/tmp/bindkracht-snapshots")  # the one folder whose path a screen shows (`shown_paths`)


@pytest.fixture(autouse=True)
def fixed_dirs(monkeypatch, tmp_path):
    """Each test's own empty config and data folders, and the dates and labels screens show fixed. No
    screen but the help shows a folder's path (`shown_paths`), so the tests run on every worker."""
    monkeypatch.setattr("guide.artefacts.markup.when", lambda ts: "2026-01-05 10:00")  # reports show dates
    monkeypatch.setattr("guide.storage.store.suggest_label",
                        lambda store: "S-0105-01")  # the label dialog shows one
    monkeypatch.setenv("BINDKRACHT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BINDKRACHT_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


@pytest.fixture
def shown_paths(monkeypatch):
    """The folders at a path that never changes, for a screen that shows it. The folder is shared by
    every test that asks for it and every checkout on this machine: a lock keeps them apart."""
    import fcntl

    lock = open(FIXED.with_suffix(".lock"), "w")  # held until the test ends
    fcntl.flock(lock, fcntl.LOCK_EX)
    shutil.rmtree(FIXED, ignore_errors=True)
    monkeypatch.setenv("BINDKRACHT_CONFIG_DIR", str(FIXED / "config"))
    monkeypatch.setenv("BINDKRACHT_DATA_DIR", str(FIXED / "data"))
    try:
        yield FIXED
    finally:
        shutil.rmtree(FIXED, ignore_errors=True)
        lock.close()


def app():
    # these screens show a client line's inner side with the line (the "before" setting);
    # the default "after" has screens of its own below
    return GuideApp(lang="nl", flow_dirs=[SHOWCASE], blink=False, binnenkant="before")


RIK = Path(__file__).parent / "fixtures" / "tui-state"


def rik_app():
    return GuideApp(lang="nl", flow_dirs=[RIK], blink=False)


def rik(presses):
    async def run(pilot):
        await pilot.pause()
        pilot.app.open_flow("rik", "rehearse", "T-1")
        await pilot.pause()
        for key in presses:
            await pilot.press(key)
            await pilot.pause()
    return run


# a client who reacts (binnenkant "after", the default): the say-first box, the thought after
# the response, and the debrief of an early end with the client's state over the moments
RIK_SCREENS = {
    "say-first-box": ["enter"],
    "thought-after-response": ["enter", *"Dag Rik", "enter", "enter"],
    "early-end-debrief": ["enter", *"Dag Rik", "enter", "down", "enter", "enter"],
}


@pytest.mark.parametrize("target", list(RIK_SCREENS))
def test_client_who_reacts(snap_compare, target):
    assert snap_compare(rik_app(), terminal_size=(80, 24), run_before=rik(RIK_SCREENS[target]))


def to_step(presses):
    async def run(pilot):
        await pilot.pause()
        pilot.app.open_flow("showcase", "rehearse", "T-1")
        await pilot.pause()
        for key in presses:
            await pilot.press(key)
            await pilot.pause()
    return run


# the keys that lead from the start of the showcase flow to each kind of step
STEPS = {
    "card": [],
    "ask": ["enter"],
    "cue": ["enter"] * 2,
    "line": ["enter"] * 3,
    "choice": ["enter"] * 4,
    "multi": ["enter"] * 5,
    "checklist": ["enter"] * 5 + ["space", "enter"],
    "scale": ["enter"] * 5 + ["space", "enter", "ctrl+o"],
    "text": ["enter"] * 5 + ["space", "enter", "ctrl+o", "down", "down", "enter"],
}
FINISH = STEPS["text"] + [*"Rustig blijven.", "ctrl+s"]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_home(snap_compare, size):
    async def run(pilot):
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("kind", list(STEPS))
def test_conversation_step(snap_compare, kind, size):
    assert snap_compare(app(), terminal_size=size, run_before=to_step(STEPS[kind]))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_card_panel_toggled(snap_compare, size):
    # at 80 columns the panel starts hidden and Ctrl+T shows it; at 120 it starts shown and Ctrl+T hides it
    assert snap_compare(app(), terminal_size=size, run_before=to_step(STEPS["cue"] + ["ctrl+t"]))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help(snap_compare, size, shown_paths):  # it shows where keys.toml is
    assert snap_compare(app(), terminal_size=size, run_before=to_step(["f1"]))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_quit_confirmation(snap_compare, size):
    assert snap_compare(app(), terminal_size=size, run_before=to_step(["ctrl+q"]))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_debrief(snap_compare, size):
    assert snap_compare(app(), terminal_size=size, run_before=to_step(FINISH))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_debrief_report_screen(snap_compare, size):
    assert snap_compare(app(), terminal_size=size, run_before=to_step(FINISH + ["enter"]))


def walk(flow_id, presses):
    async def run(pilot):
        await pilot.pause()
        pilot.app.open_flow(flow_id, "prepare", "T-1")
        await pilot.pause()
        for key in presses:
            await pilot.press(key)
            await pilot.pause()
    return run


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_plan_screen(snap_compare, size):
    presses = [*"Eerste keer hier; huur loopt achter.", "ctrl+s", "space", "enter",
               *"Wat brengt je hier?", "ctrl+s", "enter"]
    assert snap_compare(app(), terminal_size=size, run_before=walk("plan-mini", presses))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_reflection_report_screen(snap_compare, size):
    presses = ["enter", "enter", "down", "down", "enter", "down", "enter", "enter"]
    assert snap_compare(app(), terminal_size=size, run_before=walk("reflect-mini", presses))


class Arrived(Exception):
    """The tour reached the screen to photograph."""


def tour_to(target):
    from tests.tour import tour

    async def run(pilot):
        async def visit(name):
            if name == target:
                raise Arrived

        try:
            await tour(pilot, pilot.app, visit)
        except Arrived:
            await pilot.pause()
            return
        raise AssertionError(f"the tour never reached {target}")
    return run


# screens the tour reaches that the tests above do not show, photographed at 80x24
TOUR_SCREENS = ["new-session", "note", "palette", "palette-nothing-found", "theme-picker", "end",
                "home-with-finished", "finished-dialog"]


@pytest.mark.parametrize("target", TOUR_SCREENS)
def test_small_terminal(snap_compare, target, fixed_dirs):
    from tests.tour import make_app

    assert snap_compare(make_app(fixed_dirs / "data", "nl"), terminal_size=(80, 24),
                        run_before=tour_to(target))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_presenter_view(snap_compare, size, fixed_dirs):
    """The trainer's group view at its first moment: ten sessions of one training counted."""
    from guide.tui.presenter import PresenterScreen
    from tests.groups import GROUP, TRAINING, seed

    async def run(pilot):
        seed(fixed_dirs / "data")
        await pilot.pause()
        await pilot.app.push_screen(PresenterScreen(TRAINING, "group-demo"))
        await pilot.pause()
        await pilot.press("right")
        await pilot.pause()

    presenter = GuideApp(lang="nl", flow_dirs=[SHOWCASE, GROUP], blink=False)
    assert snap_compare(presenter, terminal_size=size, run_before=run)
