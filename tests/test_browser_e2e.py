"""End to end in a browser: `bindkracht serve` driven by headless Chromium through Playwright."""

import io
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time

import pytest
from PIL import Image
from playwright.sync_api import sync_playwright

from tests.conftest import ROOT, stop_group

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DEADLINE = 60.0
CSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]")
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class BrowserTab:
    """One page: everything its app painted (escape codes removed), and keys to press."""

    def __init__(self, browser, url: str, viewport: dict | None = None) -> None:
        self.page = browser.new_page(viewport=viewport or {"width": 1200, "height": 760})
        self.painted = ""
        self.lock = threading.Lock()
        self.page.on("websocket", lambda ws: ws.on("framereceived", self._frame))
        self.opened = time.monotonic()
        self.page.goto(url, wait_until="load")
        self.terminal = self.page.locator("textarea.xterm-helper-textarea")
        self.terminal.wait_for(state="attached", timeout=DEADLINE * 1000)

    def _frame(self, payload) -> None:
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
        with self.lock:
            self.painted += CSI.sub("", text)

    def mark(self) -> int:
        with self.lock:
            return len(self.painted)

    def wait_for(self, text: str, since: int = 0, timeout: float = DEADLINE) -> int:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self.lock:
                at = self.painted.find(text, since)
            if at >= 0:
                return at + len(text)
            self.page.wait_for_timeout(50)  # a poll: lets Playwright deliver the next frames
        shown = re.sub(r" {3,}", "  ", self.painted)
        raise AssertionError(f"{text!r} was not painted; the tab showed:\n{shown[-3000:]}")

    def press(self, *names: str) -> None:
        self.terminal.focus()
        for name in names:
            self.page.keyboard.press(name)

    def type(self, text: str) -> None:
        self.terminal.focus()
        self.page.keyboard.type(text)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_port(port: int, timeout: float = 30) -> None:
    end = time.time() + timeout
    while time.time() < end:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise AssertionError(f"the server did not listen on port {port}")


def _answers(db) -> dict:
    """What the store holds, read through it: a session's state is its base plus the changes saved since."""
    if not db.exists():
        return {}
    from guide.storage.store import Store, StoreError

    try:
        store = Store(db.parent)
    except StoreError:
        return {}
    try:
        return {s.label: (s.flow_id, (store.get(s.id).state or {}).get("answers", {})) for s in store.list()}
    except StoreError:
        return {}
    finally:
        store.close()


def test_serve_in_a_browser_answer_by_keyboard_and_find_it_stored(tmp_path):
    """Each key is pressed once what it is for is painted (read from the websocket): no fixed pauses."""
    assert os.path.exists(CHROMIUM), "install Debian's chromium (apt-get install chromium); .ci/run does"
    port = _free_port()
    data = tmp_path / "data"
    env = dict(os.environ, BINDKRACHT_CONFIG_DIR=str(tmp_path / "config"))
    server = subprocess.Popen(
        [sys.executable, "-m", "guide", "--lang", "nl", "serve", "--port", str(port), "--data-dir",
         str(data), "--ahead", "2"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        _wait_port(port)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            tab = BrowserTab(browser, f"http://127.0.0.1:{port}/", {"width": 1100, "height": 700})
            tab.wait_for("Warm onthaal")  # the activities are listed
            for keys, then in (
                (["Enter", "ArrowDown", "Enter"], "Nieuwe sessie"),  # job; preparation first, the intake next
                ("WEB-1", "WEB-1"),  # the suggested label is selected: typing replaces it
                (["Enter"], "Fase 1 van 4"),
                (["Enter"], "Hoe ziet de plek eruit"),  # the phase card
                (["Enter"], "Het Nederlands lukt"),  # the cue
                (["Enter"], "Wat brengt je hier vandaag"),  # the conversation runs in Dutch
                (["Enter"], "Niets acuut"),  # the opening question
                (["Enter"], "Mag ik even uitleggen"),  # nothing acute
            ):
                mark = tab.mark()
                if isinstance(keys, str):
                    tab.type(keys)
                else:
                    tab.press(*keys)
                if then:
                    tab.wait_for(then, mark)
            shot = tab.page.screenshot()
            end = time.monotonic() + 60
            stored = {}
            while time.monotonic() < end:  # on disk before the next step is shown; read until it is there
                stored = _answers(data / "bindkracht.db")
                if stored.get("WEB-1", (None, {}))[1].get("intake/acute"):
                    break
                tab.page.wait_for_timeout(100)
            browser.close()
    finally:
        stop_group(server)
    (tmp_path / "browser.png").write_bytes(shot)
    assert stored.get("WEB-1") == ("intake", {"intake/language": "fine", "intake/acute": "none"}), stored
    image = Image.open(io.BytesIO(shot)).convert("RGB")
    colours = image.getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 20, "the screenshot is blank"
    shutil.copy(tmp_path / "browser.png", "/tmp/bindkracht-browser.png")
