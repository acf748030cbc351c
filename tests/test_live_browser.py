"""A live role-play in a browser: `bindkracht serve`, three Chromium tabs (worker, coach, observer)
join one live play by its code; the observer marks, the coach writes the binnenkant, and the
debrief in the observer's tab shows both. What each tab painted is read from its websocket."""

import os
import subprocess
import sys
import time

import pytest
from playwright.sync_api import sync_playwright

from guide.base.i18n import t
from guide.classroom import live
from guide.storage.store import Store
from tests.conftest import ROOT, stop_group
from tests.test_browser_e2e import CHROMIUM, FLAGS, BrowserTab, _free_port, _wait_port

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def join(tab: BrowserTab, code: str, tabs_to_role: int) -> float:
    """From the home screen, through the palette's Live role-play, into the play: (seconds until the
    home screen showed, seconds from there into the play)."""
    tab.wait_for(t("home.jobs", "nl"))
    home = time.monotonic()
    mark = tab.mark()
    tab.press("Control+p")
    tab.wait_for(t("cmd.placeholder", "nl"), mark)
    tab.type("Live")
    tab.wait_for(t("live.cmd", "nl"), mark)
    mark = tab.mark()
    tab.press("Enter")
    tab.wait_for(t("live.join.title", "nl"), mark)
    mark = tab.mark()
    tab.type(code.lower())
    tab.wait_for(code.lower(), mark)
    tab.press(*["Tab"] * (1 + tabs_to_role), "Enter")
    try:
        tab.wait_for("Je doet mee als", mark)
    except AssertionError:
        tab.page.screenshot(path=f"/tmp/live-join-{tabs_to_role}.png")
        raise
    return round(home - tab.opened, 1), round(time.monotonic() - home, 1)


def test_three_tabs_play_live_by_code_and_the_debrief_shows_marks_and_binnenkant(tmp_path):
    assert os.path.exists(CHROMIUM), "install Debian's chromium (apt-get install chromium); .ci/run does"
    port = _free_port()
    data = tmp_path / "data"
    env = dict(os.environ, BINDKRACHT_CONFIG_DIR=str(tmp_path / "config"), BINDKRACHT_SEED="0")
    trainer = Store(data)  # the trainer starts the play from a script here: the tabs are the three roles
    play, _trainer_role = live.start(trainer, "rp-wantrouwen", "nl")
    server = subprocess.Popen(
        [sys.executable, "-m", "guide", "--lang", "nl", "serve", "--port", str(port), "--data-dir", str(data),
         "--ahead", "3"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        _wait_port(port)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            try:
                url = f"http://127.0.0.1:{port}/"
                worker, coach, observer = (BrowserTab(browser, url) for _ in range(3))
                times = {"worker": join(worker, play.code, 0), "coach": join(coach, play.code, 1),
                         "observer": join(observer, play.code, 2)}
                print("seconds (page to home, home to joined):", times)

                # each tab shows its own part of the first moment
                worker.wait_for("Wat zeg je?")  # the situation, without the client's inner side
                coach.wait_for("Binnenkant (niet zeggen)")
                coach.wait_for("nooit meer")  # the line's inner side, for the coach only
                assert "nooit meer" not in worker.painted
                observer.wait_for(t("live.observe.hint", "nl"))

                # the observer notes and marks krachtlijn 7 at moment 1
                mark = observer.mark()
                observer.type("RustigeToon")
                observer.press("Tab", *["ArrowDown"] * 6, "Enter")  # Tab: from the note to the list
                observer.wait_for("Bewaard: krachtlijn 7 bij moment 1", mark)

                # the worker's tab has nothing to mark; the trainer marks the option that came closest
                # (here from the script that started the play): it moves to moment 2 everywhere
                assert "dichtst bij" not in worker.painted
                mark_w, mark_c, mark_o = worker.mark(), coach.mark(), observer.mark()
                live.mark_closest(trainer, play.id, 0, "welcome")
                worker.wait_for("Moment 2", mark_w)
                coach.wait_for("Moment 2", mark_c)
                observer.wait_for("Moment 2", mark_o)
                mark = observer.mark()
                observer.press("Tab", "Enter")  # no note, the same krachtlijn again
                observer.wait_for("Bewaard: krachtlijn 7 bij moment 2", mark)

                # the trainer ends the play: the coach writes the binnenkant, the observer sees the debrief
                mark_c, mark_o = coach.mark(), observer.mark()
                live.finish(trainer, play.id)
                coach.wait_for(t("live.inside.title", "nl"), mark_c)
                observer.wait_for(t("live.debrief.title", "nl"), mark_o)
                coach.type("SchaamOmDeHond")
                coach.press("Control+s")
                coach.wait_for("Binnenkant van moment 1 bewaard", mark_c)
                try:
                    observer.wait_for("SchaamOmDeHond", mark_o)
                except AssertionError:
                    observer.page.screenshot(path="/tmp/live-obs.png")
                    coach.page.screenshot(path="/tmp/live-coach.png")
                    raise
                observer.wait_for("RustigeToon", mark_o)
                observer.wait_for("Positieve basishouding", mark_o)  # krachtlijn 7 by name in the tally
                observer.page.screenshot(path=str(tmp_path / "observer-debrief.png"))
            finally:
                browser.close()
    finally:
        stop_group(server)
    stored = live.read(trainer, play.id)
    trainer.close()
    assert stored.roles == {"trainer": 1, "worker": 1, "coach": 1, "observer": 1}
    assert [(m.moment, m.krachtlijn, m.note) for m in stored.marks] == [(0, 7, "RustigeToon"), (1, 7, "")]
    assert stored.inside == {0: "SchaamOmDeHond"}
    assert stored.path == ["welcome"]
