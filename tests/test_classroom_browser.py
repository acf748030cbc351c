"""The classroom in Chromium: two participants and the trainer on one `bindkracht serve`.

A participant sees only their own sessions (never another participant's, never the trainer's own
work from the terminal) and finds them again after a reload; a participant cannot start, undo or
end a live play nor open the group view; the trainer key opens one trainer window, and a second
one is told so. What each tab painted is read from its websocket."""

from __future__ import annotations

import os
import re
import threading

import pytest
from playwright.sync_api import sync_playwright

from guide.base.i18n import t
from guide.flows import library
from guide.storage.sessions import Conversation
from guide.storage.store import Store
from guide.web.server import participant_of
from tests.test_browser_e2e import CHROMIUM, DEADLINE, FLAGS, BrowserTab
from tests.test_serve import served

pytestmark = pytest.mark.browser

NL = "nl"


class Tab(BrowserTab):
    """A BrowserTab in a given browser context (its own cookies: its own participant), at `path`."""

    def __init__(self, context, url: str, before=None) -> None:
        self.page = context.new_page()
        self.painted = ""
        self.lock = threading.Lock()
        self.page.on("websocket", lambda ws: ws.on("framereceived", self._frame))
        if before is not None:
            before(self.page)
        else:
            self.page.goto(url, wait_until="load")
        self.terminal = self.page.locator("textarea.xterm-helper-textarea")
        self.terminal.wait_for(state="attached", timeout=DEADLINE * 1000)

    def home(self, since: int = 0) -> int:
        return self.wait_for(t("home.resume", NL), since)

    def palette(self, typed: str) -> int:
        mark = self.mark()
        self.press("Control+p")
        self.wait_for(t("cmd.placeholder", NL), mark)
        self.type(typed)
        return mark


def _play_as(data, participant: str | None, label: str) -> None:
    """A session begun in the data folder: the trainer's own in a terminal (None), or a browser's."""
    lib = library.load(include_user=False)
    store = Store(data, participant=participant)
    try:
        conv, _ = Conversation.start(store, lib, "intake", label, "prepare", NL)
        conv.close()
    finally:
        store.close()


def test_each_participant_sees_only_their_own_work_and_only_the_trainer_leads(tmp_path):
    assert os.path.exists(CHROMIUM), "install Debian's chromium (apt-get install chromium); .ci/run does"
    _play_as(tmp_path / "data", None, "PREP-TRAINER")
    with served(tmp_path, "--lang", NL, serve_args=("--ahead", "2")) as server, sync_playwright() as pw:
        console = server.console(waiting_for="Trainerssleutel: ")
        key = re.search(r"Trainerssleutel: ([A-Z0-9-]+)", console).group(1)
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            url = server.url + "/"
            view = {"viewport": {"width": 1200, "height": 760}}
            a_context = browser.new_context(**view)
            a = Tab(a_context, url)
            a.home()
            cookie = next(c["value"] for c in a_context.cookies() if c["name"] == "bindkracht_id")
            _play_as(tmp_path / "data", participant_of(cookie), "A-SESSIE")  # what A did in an earlier lesson

            b_context = browser.new_context(**view)
            b = Tab(b_context, url)
            b.home()
            b.wait_for(t("home.no-resume", NL))
            assert "A-SESSIE" not in b.painted and "PREP-TRAINER" not in b.painted
            cookie = next(c["value"] for c in b_context.cookies() if c["name"] == "bindkracht_id")
            _play_as(tmp_path / "data", participant_of(cookie), "B-SESSIE")

            mark = a.mark()
            a.page.reload(wait_until="load")  # the same browser finds its own session again
            a.home(mark)
            listed = a.wait_for("A-SESSIE", mark)
            assert t("key.note", NL) not in a.painted[mark:]  # the home screen, not yet the conversation
            a.press("Tab", "Enter")  # to the list of unfinished sessions, the first one
            a.wait_for(t("key.note", NL), listed)  # A's own session, resumed
            assert "PREP-TRAINER" not in a.painted and "B-SESSIE" not in a.painted

            # a participant cannot open the group view, nor start (undo, end) a live play
            mark = b.mark()
            b.press("g")
            b.wait_for(t("serve.trainer.only", NL), mark)
            mark = b.palette("Live")
            b.wait_for(t("live.cmd", NL), mark)
            mark = b.mark()
            b.press("Enter")
            b.wait_for(t("serve.trainer.only-live", NL)[:26], mark)
            assert t("live.join.trainer", NL) not in b.painted[mark:]

            # the trainer: the key from the console makes this window the trainer's
            def give_key(page):
                page.goto(server.url + "/trainer", wait_until="load")
                page.fill("#key", key.lower())
                page.click("button[type=submit]")
                page.wait_for_url(url, timeout=DEADLINE * 1000)
            trainer_context = browser.new_context(**view)
            trainer = Tab(trainer_context, url, before=give_key)
            trainer.home()
            assert "A-SESSIE" not in trainer.painted and "PREP-TRAINER" not in trainer.painted
            mark = trainer.mark()
            trainer.press("g")
            trainer.wait_for(t("group.pick-training", NL), mark)
            mark = trainer.mark()
            trainer.press("Escape")
            trainer.palette("Live")
            trainer.press("Enter")
            trainer.wait_for(t("live.start.pick", NL), mark)
            assert t("serve.trainer.only-live", NL)[:26] not in trainer.painted[mark:]

            second = Tab(trainer_context, url)  # a second trainer window: told, and no second pair of hands
            second.wait_for(t("serve.trainer.busy", NL)[:26])
            mark = second.home()
            second.press("g")
            second.wait_for(t("serve.trainer.only", NL), mark)

            second.page.close()
            mark = trainer.mark()
            trainer.page.reload(wait_until="load")  # the trainer's own window, reloaded, still leads
            trainer.home(mark)
            trainer.press("g")
            trainer.wait_for(t("group.pick-training", NL), mark)
        finally:
            browser.close()
