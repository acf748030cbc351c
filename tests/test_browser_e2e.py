"""End to end in a browser: `bindkracht serve` driven by headless Chromium through Playwright."""

import io
import os
import shutil
import socket
import subprocess
import sys
import time

from PIL import Image
from playwright.sync_api import sync_playwright

from tests.conftest import ROOT, stop_group

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


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
    assert os.path.exists(CHROMIUM), "install Debian's chromium (apt-get install chromium); .ci/run does"
    port = _free_port()
    data = tmp_path / "data"
    env = dict(os.environ, BINDKRACHT_CONFIG_DIR=str(tmp_path / "config"))
    server = subprocess.Popen(
        [sys.executable, "-m", "guide", "serve", "--port", str(port), "--data-dir", str(data), "--ahead",
         "2"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        _wait_port(port)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            page = browser.new_page(viewport={"width": 1100, "height": 700})
            page.goto(f"http://127.0.0.1:{port}/", wait_until="load")
            terminal = page.locator("textarea.xterm-helper-textarea")
            terminal.wait_for(state="attached", timeout=20000)
            time.sleep(4)  # the app process starts behind the page

            def key(name, pause=0.6):
                terminal.focus()
                page.keyboard.press(name)
                time.sleep(pause)

            key("Enter")  # job: prepare an intake
            key("ArrowDown")  # the list starts with the preparation flow; the intake is next
            key("Enter", 1.5)
            key("Control+u")  # clear the suggested label
            page.keyboard.type("WEB-1")
            key("Enter", 1.5)
            key("Enter")  # card
            key("Enter", 1.5)  # reflection
            key("Enter", 1.5)  # language: the first option, Dutch works
            key("Enter", 1.5)  # the opening question
            key("Enter", 1.5)  # the first option: nothing acute
            shot = page.screenshot()
            end = time.time() + 20
            stored = {}
            while time.time() < end:
                stored = _answers(data / "bindkracht.db")
                if stored.get("WEB-1", (None, {}))[1].get("intake/acute"):
                    break
                time.sleep(0.5)
            browser.close()
    finally:
        stop_group(server)
    (tmp_path / "browser.png").write_bytes(shot)
    assert stored.get("WEB-1") == ("intake", {"intake/language": "fine", "intake/acute": "none"}), stored
    image = Image.open(io.BytesIO(shot)).convert("RGB")
    colours = image.getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 20, "the screenshot is blank"
    shutil.copy(tmp_path / "browser.png", "/tmp/bindkracht-browser.png")
