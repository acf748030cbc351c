"""A browser tab's app, told who it is on its identity pipe: a participant's app opens only their
own sessions and cannot lead (no group view, no live play started, undone or ended); the
trainer's app counts every session made through `serve`, never the trainer's own terminal work."""

from __future__ import annotations

import json
import os

import pytest

from guide.base.i18n import t
from guide.classroom import live
from guide.classroom.live import LiveError
from guide.storage.store import Store
from guide.tui.app import GuideApp
from guide.tui.commands import app_commands
from guide.tui.home import HomeScreen
from guide.tui.live import LiveEntryScreen, open_live
from tests.conftest import app_ready
from tests.groups import GROUP


def _told(identity: dict) -> int:
    read, write = os.pipe()
    os.write(write, json.dumps(identity).encode() + b"\n")
    os.close(write)
    return read


async def test_a_participants_app_sees_its_own_sessions_and_cannot_lead(private_dirs):
    app = GuideApp(lang="en", flow_dirs=[GROUP], data_dir=str(private_dirs), blink=False,
                   identity_fd=_told({"participant": "p-aaaa", "leads": False}))
    async with app.run_test(size=(110, 34)) as pilot:
        await app_ready(pilot)
        assert (app.participant, app.leads, app.store.participant) == ("p-aaaa", False, "p-aaaa")
        assert "participant p-aaaa" in str(app.screen.query_one("#topbar").render())
        assert t("group.title", "en") not in [c.title for c in app_commands(app, app.screen)]
        app.open_group_view()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and app.group_store() is None
        open_live(app)
        await pilot.pause()
        entry = app.screen
        assert isinstance(entry, LiveEntryScreen)
        assert not entry.query("#join-trainer") and not entry.query("#live-flows")
        assert entry.query("#join-worker") and entry.query("#live-not-trainer")
        owner = Store(private_dirs)
        try:
            play, _ = live.start(owner, "group-demo", "en")
        finally:
            owner.close()
        with pytest.raises(LiveError):
            live.join(app.store, play.code, "trainer", leads=app.leads)
        _play, role = live.join(app.store, play.code, "observer", leads=app.leads)
        assert role


async def test_the_trainers_app_leads_and_its_group_view_holds_only_the_room(private_dirs):
    app = GuideApp(lang="en", flow_dirs=[GROUP], data_dir=str(private_dirs), blink=False,
                   identity_fd=_told({"participant": "p-trainer", "leads": True}))
    async with app.run_test(size=(110, 34)) as pilot:
        await app_ready(pilot)
        assert app.leads and t("group.title", "en") in [c.title for c in app_commands(app, app.screen)]
        top = str(app.screen.query_one("#topbar").render())
        assert "trainer's window" in top and "participant" not in top  # the window says whose it is
        room = app.group_store()
        assert room is not app.store and room.participant is None and room.scope == "participant != ''"


async def test_a_second_trainer_window_is_told_it_works_as_a_participant(private_dirs):
    app = GuideApp(lang="en", flow_dirs=[GROUP], data_dir=str(private_dirs), blink=False,
                   identity_fd=_told({"participant": "p-trainer", "leads": False, "trainer_busy": True}))
    async with app.run_test(size=(110, 34)) as pilot:
        await app_ready(pilot)
        assert not app.leads
        assert any(t("serve.trainer.busy", "en") == n.message for n in app._notifications)
