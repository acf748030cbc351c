"""In a browser tab of `serve`, the browser keeps Ctrl+N, Ctrl+T, Ctrl+Q... for itself: the app
gives each such key a second one, and the footer and F1 show that one."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._footer import FooterKey

from guide.base.i18n import t
from guide.tui import keys
from guide.tui.app import GuideApp
from guide.tui.conversation import ConversationScreen
from guide.tui.modals import HelpScreen
from tests.conftest import app_ready
from tests.test_browser_e2e import CHROMIUM, FLAGS, BrowserTab
from tests.test_serve import served

SHOWCASE = Path(__file__).parent / "fixtures" / "tui"


@pytest.fixture
def in_browser(monkeypatch):
    monkeypatch.setattr(keys, "_in_browser", True)


def footer(app) -> str:
    return " ".join(f"{k.key_display} {k.description}" for k in app.screen.query(FooterKey))


def test_every_key_a_browser_takes_has_a_second_key():
    for spec in keys.EVERY_SPEC:
        for bid, default, *_ in spec:
            taken = [k for k in default.split(",") if k.strip() in keys.BROWSER_TAKES]
            if taken:
                assert bid in keys.BROWSER_KEYS, (bid, taken)
                assert keys.BROWSER_KEYS[bid] not in keys.BROWSER_TAKES


async def test_the_footer_and_help_show_the_keys_that_work_in_a_browser(private_dirs, in_browser):
    app = GuideApp(lang="en", flow_dirs=[SHOWCASE], data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await app_ready(pilot)
        assert "f10" in footer(app).lower() and "^q" not in footer(app)
        app.open_flow("showcase", "rehearse", "T-1")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        shown = footer(app).lower()
        assert "f2 note" in shown and "f4" in shown, shown
        assert "^n" not in shown and "^t" not in shown, shown
        await pilot.press("f2")  # and the key shown does what it says
        await pilot.pause()
        assert not isinstance(app.screen, ConversationScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = dict((desc, key) for key, desc in app.keys_here(app.screen_stack[-2]))
        assert "F2" in rows.values() and "Ctrl+N" not in " ".join(rows.values()), rows


async def test_in_a_terminal_the_footer_keeps_the_usual_keys(private_dirs):
    app = GuideApp(lang="en", flow_dirs=[SHOWCASE], data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await app_ready(pilot)
        app.open_flow("showcase", "rehearse", "T-1")
        await pilot.pause()
        shown = footer(app).lower()
        assert "^n" in shown and "f2" not in shown, shown


def test_an_app_started_for_a_browser_tab_switches_to_the_browser_keys(monkeypatch, private_dirs):
    monkeypatch.setattr(keys, "_in_browser", False)
    GuideApp(lang="en", data_dir=str(private_dirs))  # a terminal: no identity pipe
    assert not keys.in_browser()
    GuideApp(lang="en", data_dir=str(private_dirs), identity_fd=3)  # how guide/web/fork.py starts a tab's app
    assert keys.in_browser()


@pytest.mark.browser
def test_the_second_keys_reach_the_app_through_the_browser_page(tmp_path):
    """In Chromium, through xterm.js: F1 lists F10 to quit, and F10 arrives as a key the app acts on."""
    from playwright.sync_api import sync_playwright

    with served(tmp_path, "--lang", "en") as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            tab = BrowserTab(browser, server.url + "/")
            tab.wait_for(t("home.jobs", "en"))
            assert "F10" in tab.painted  # the welcome text says how to quit here
            mark = tab.mark()
            tab.press("F1")
            tab.wait_for(t("help.title", "en"), mark)
            tab.wait_for("F10", mark)
            help_shown = tab.painted[mark:]
            assert "F10" in help_shown and "Ctrl+Q" not in help_shown, help_shown[-1500:]
            mark = tab.mark()
            # each key after the screen it acts on has gone: Esc then F10 reads as Alt+F10
            tab.press("Escape")
            tab.wait_for(t("home.jobs", "en"), mark)
            mark = tab.mark()
            tab.press("F10")
            tab.wait_for(t("quit.title", "en"), mark)
        finally:
            browser.close()
