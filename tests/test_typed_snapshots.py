"""Typed play's screens as SVG snapshots (80x24 and 120x36): a choice with no options and the line
that says how the typed turn was understood, and the options listed to pick the one meant.

Update after an intended change:  pytest tests/test_typed_snapshots.py --snapshot-update
"""

from pathlib import Path

import pytest

from guide.tui.app import GuideApp
from tests.test_snapshots import SIZES, fixed_dirs  # noqa: F401  (own folders, fixed dates)

RIK = Path(__file__).parent / "fixtures" / "tui-state"


def typed_rik(presses):
    async def run(pilot):
        await pilot.pause()
        pilot.app.open_flow("rik", "rehearse", "T-1", "", True)
        await pilot.pause()
        for key in presses:
            await pilot.press(key)
            await pilot.pause()
    return run


SCREENS = {
    "typed-choice": ["enter"],
    "understood": ["enter", *"Vertel gerust, ik luister.", "enter"],
    "pick": ["enter", *"Vertel gerust, ik luister.", "enter", "o"],
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("target", list(SCREENS))
def test_typed_play(snap_compare, target, size):
    app = GuideApp(lang="nl", flow_dirs=[RIK], blink=False)
    assert snap_compare(app, terminal_size=size, run_before=typed_rik(SCREENS[target]))
