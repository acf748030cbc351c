"""Typed play in a browser: `bindkracht serve` offers "In je eigen woorden" for a role-play, and the
typed turn, how it was understood and the client's answer work there by keys (headless Chromium)."""

import os
import subprocess
import sys

import pytest
from playwright.sync_api import sync_playwright

from guide.storage.store import Store
from tests.conftest import ROOT, stop_group
from tests.test_browser_e2e import CHROMIUM, FLAGS, BrowserTab, _free_port, _wait_port

pytestmark = pytest.mark.browser

RIK = ROOT / "tests" / "fixtures" / "tui-state"


def _typed_turns(data) -> list:
    store = Store(data)
    try:
        states = [store.get(s.id).state or {} for s in store.list()]
    finally:
        store.close()
    return [e for state in states if state.get("typed") for e in state.get("history", []) if "typed" in e]


def test_a_typed_play_in_the_browser_by_keys(tmp_path):
    assert os.path.exists(CHROMIUM), "install Debian's chromium (apt-get install chromium); .ci/run does"
    port = _free_port()
    data = tmp_path / "data"
    env = dict(os.environ, BINDKRACHT_CONFIG_DIR=str(tmp_path / "config"), BINDKRACHT_SEED="0")
    server = subprocess.Popen(
        [sys.executable, "-m", "guide", "--lang", "nl", "serve", "--port", str(port), "--data-dir",
         str(data), "--flows", str(RIK), "--ahead", "1"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        _wait_port(port)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            tab = BrowserTab(browser, f"http://127.0.0.1:{port}/", {"width": 1100, "height": 700})
            tab.wait_for("deelnemer p-")  # the tab knows whose it is: the activities are listed
            for keys, then in (
                (["ArrowDown"], "Rollenspel"),  # the role-plays are listed; the one-phase fixture first
                (["Enter", "Enter"], "In je eigen woorden"),  # the new-session dialog offers the mode
                ("WEB-T", "WEB-T"),
                # the training code, the mode: own words, then Start
                (["Tab", "Tab", "ArrowDown", "Enter", "Tab", "Enter"], "Ik kom voor de huur."),
                (["Enter"], "Je ziet geen opties"),  # past Rik's line: one input, no options
                ("Vertel maar, ik luister.", "ik luister."),
                (["Enter"], "kies wat je bedoelde"),  # the confirmation line and its keys
                (["Enter"], "Het is al de derde maand."),  # Enter accepts: the client answers
            ):
                mark = tab.mark()
                if isinstance(keys, str):
                    tab.type(keys)
                else:
                    tab.press(*keys)
                tab.wait_for(then, mark)
            browser.close()
    finally:
        stop_group(server)
    turns = _typed_turns(data)
    assert [(e["typed"], e["option"]) for e in turns] == [("Vertel maar, ik luister.", "listen")]
