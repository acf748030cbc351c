"""`bindkracht serve` as a classroom server: who may connect, how many, and in which language.

Each test runs the real server on 127.0.0.1 (one on 0.0.0.0 for the join code) with an
ephemeral port, talks to it over HTTP and textual-serve's websocket, and ends it afterwards.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time

import aiohttp
import pytest

from guide.base.i18n import t
from tests.conftest import ROOT, stop_group

DEADLINE = 60.0  # seconds; generous, the machine is shared


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    def __init__(self, proc: subprocess.Popen, port: int) -> None:
        self.proc, self.port = proc, port
        self.lines: list[str] = []
        self.url = f"http://127.0.0.1:{port}"
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line)

    def wait_listening(self) -> None:
        end = time.monotonic() + DEADLINE
        while time.monotonic() < end:
            assert self.proc.poll() is None, "".join(self.lines)
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        raise AssertionError(f"the server did not listen on {self.port}: {''.join(self.lines)}")

    def console(self, waiting_for: str = "") -> str:
        """What the server printed, once it holds `waiting_for` (or the deadline passed)."""
        end = time.monotonic() + DEADLINE
        while waiting_for not in "".join(self.lines) and time.monotonic() < end:
            time.sleep(0.05)
        return "".join(self.lines)


@contextlib.contextmanager
def served(tmp_path, *args: str, serve_args: tuple[str, ...] = ()):
    port = _free_port()
    env = dict(os.environ, BINDKRACHT_CONFIG_DIR=str(tmp_path / "config"),
               BINDKRACHT_DATA_DIR=str(tmp_path / "data"), PYTHONUNBUFFERED="1")
    env.pop("BINDKRACHT_LANG", None)
    if "--ahead" not in serve_args and "--max-tabs" not in serve_args:
        # a light machine for the other tests; one app ahead is used
        serve_args = (*serve_args, "--ahead", "2")
    proc = subprocess.Popen([sys.executable, "-m", "guide", *args, "serve", "--port", str(port), *serve_args],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    try:
        server = Served(proc, port)
        server.wait_listening()
        yield server
    finally:
        stop_group(proc, signal.SIGTERM)  # the fork server and every tab's app are in its group


def _get(url: str, cookies: dict | None = None) -> tuple[int, str, dict]:
    async def go():
        async with aiohttp.ClientSession(cookies=cookies) as session:
            async with session.get(url, allow_redirects=False) as response:
                return (response.status, await response.text(),
                        {k: v.value for k, v in response.cookies.items()})
    return asyncio.run(go())


def as_participant(session: aiohttp.ClientSession, name: str | None = None) -> str:
    """Give a client session the participant cookie a browser gets with the page (once); its value."""
    have = {c.key: c.value for c in session.cookie_jar}
    if "bindkracht_id" not in have:
        session.cookie_jar.update_cookies({"bindkracht_id": name or secrets.token_urlsafe(18)})
        have = {c.key: c.value for c in session.cookie_jar}
    return have["bindkracht_id"]


async def _first_frame(session: aiohttp.ClientSession, server: Served, origin: str | None = None):
    """Open a tab's websocket and wait for the app's first frame; returns the open websocket."""
    as_participant(session)
    ws = await session.ws_connect(f"ws://127.0.0.1:{server.port}/ws?width=80&height=24",
                                  origin=origin or server.url)
    async with asyncio.timeout(DEADLINE):
        async for msg in ws:
            if msg.type == aiohttp.WSMsgType.BINARY:
                return ws
    raise AssertionError("the websocket closed before the first frame")


def _ws_status(server: Served, origin: str | None, cookies: dict | None = None) -> int:
    async def go():
        async with aiohttp.ClientSession(cookies=cookies) as session:
            try:
                ws = await _first_frame(session, server, origin)
            except aiohttp.WSServerHandshakeError as exc:
                return exc.status
            await ws.close()
            return 101
    return asyncio.run(go())


@pytest.fixture(scope="module")
def nl_server(tmp_path_factory):
    with served(tmp_path_factory.mktemp("nl"), "--lang", "nl") as server:
        yield server


@pytest.fixture(scope="module")
def en_server(tmp_path_factory):
    with served(tmp_path_factory.mktemp("en"), "--lang", "en") as server:
        yield server


def test_a_websocket_from_a_foreign_origin_is_refused(nl_server):
    assert _ws_status(nl_server, "http://evil.example") == 403
    # another port is another page
    assert _ws_status(nl_server, f"http://localhost:{nl_server.port + 1}") == 403
    assert _ws_status(nl_server, nl_server.url) == 101  # the page's own origin gets its app


def test_a_page_on_another_host_name_is_refused_on_loopback(nl_server):
    async def go():
        async with aiohttp.ClientSession() as session:
            async with session.get(
                nl_server.url + "/", headers={"Host": f"rebind.example:{nl_server.port}"}
            ) as r:
                return r.status
    assert asyncio.run(go()) == 403


def test_static_files_are_served_without_a_directory_listing(nl_server):
    status, body, _ = _get(nl_server.url + "/static/")
    assert status in (403, 404) and "js/" not in body
    status, body, _ = _get(nl_server.url + "/static/js/textual.js")
    assert status == 200 and len(body) > 1000


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_page_has_lang_and_title_and_only_its_own_language(lang, nl_server, en_server):
    server = nl_server if lang == "nl" else en_server
    status, html, _ = _get(server.url + "/")
    assert status == 200
    assert f'<html lang="{lang}">' in html
    assert f"<title>{t('serve.page.title', lang)}</title>" in html
    for key in ("serve.page.start", "serve.page.ended", "serve.page.restart"):
        assert t(key, lang) in html
    if lang == "nl":
        for english in (">Start<", "Session ended", "Restart", "Textual Application", "app.title"):
            assert english not in html
    else:
        assert "Starten" not in html and "gesloten" not in html


def test_each_page_names_its_icon_inline_and_the_trainer_page_shows_no_markdown(nl_server):
    """A browser asks /favicon.ico of a page that names no icon: a 404 in its console every time."""
    for path in ("/", "/trainer", "/plain/"):
        status, html, _ = _get(nl_server.url + path)
        assert status == 200, path
        assert '<link rel="icon" href="data:," />' in html, path
    _status, html, _ = _get(nl_server.url + "/trainer")
    assert "`" not in html and "“bindkracht serve”" in html


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_console_banner_speaks_the_chosen_language(lang, nl_server, en_server):
    server = nl_server if lang == "nl" else en_server
    tabs = t("serve.max-tabs", lang, n=30, per=30)  # on loopback, all 30 may come from one computer
    console = server.console(waiting_for=tabs)
    assert tabs in console
    assert t("serve.started", lang, url=server.url) in console
    assert "Serving" not in console and "Press Ctrl+C" not in console
    if lang == "nl":
        assert "stop met Ctrl+C" in console
    else:
        assert "stop with Ctrl+C" in console and "draait" not in console


def test_a_full_room_gets_a_clear_page_and_no_more_app_processes(tmp_path):
    with served(tmp_path, "--lang", "en", serve_args=("--max-tabs", "1")) as server:
        async def go():
            async with aiohttp.ClientSession() as session:
                ws = await _first_frame(session, server)  # the one place is taken
                try:
                    async with session.get(server.url + "/") as page:
                        full = page.status, await page.text()
                    try:
                        await _first_frame(session, server)
                        second = 101
                    except aiohttp.WSServerHandshakeError as exc:
                        second = exc.status
                finally:
                    await ws.close()
                return full, second
        (status, html), second = asyncio.run(go())
        assert status == 503
        assert t("serve.full.title", "en") in html and t("serve.full.body", "en", n=1) in html
        assert '<html lang="en">' in html
        assert second == 503
        end = time.monotonic() + DEADLINE  # the place is free again once the tab is closed
        while _get(server.url + "/")[0] != 200:
            assert time.monotonic() < end, "the closed tab's place never came free"
            time.sleep(0.2)


def test_beyond_loopback_a_join_code_is_required_and_accepted(tmp_path):
    with served(tmp_path, "--lang", "nl", serve_args=("--host", "0.0.0.0")) as server:
        found = re.search(r"Deelnamecode: ([A-Z0-9]+)", server.console(waiting_for="Deelnamecode: "))
        assert found, server.console()
        code = found.group(1)

        status, html, _ = _get(server.url + "/")
        assert status == 200 and t("serve.join.body", "nl") in html and "textual.js" not in html
        assert _ws_status(server, server.url) == 403  # no code, no app
        status, html, cookies = _get(server.url + "/?code=WRONG1")
        assert status == 403 and t("serve.join.wrong", "nl") in html and not cookies

        status, _, cookies = _get(server.url + "/?code=" + code.lower())  # typed in lower case is fine
        assert status == 303 and cookies
        status, html, _ = _get(server.url + "/", cookies=cookies)
        assert status == 200 and "textual.js" in html
        assert _ws_status(server, server.url, cookies=cookies) == 101


def test_no_code_opts_out_beyond_loopback(tmp_path):
    with served(tmp_path, "--lang", "en", serve_args=("--host", "0.0.0.0", "--no-code")) as server:
        status, html, _ = _get(server.url + "/")
        assert status == 200 and "textual.js" in html
        assert t("serve.no-code", "en") in server.console(waiting_for=t("serve.no-code", "en"))


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_killed_server_leaves_no_app_process_behind(tmp_path):
    from benchmarks.classroom import descendants

    with served(tmp_path, "--lang", "en", serve_args=("--max-tabs", "3")) as server:
        end = time.monotonic() + DEADLINE
        while len(descendants(server.proc.pid)) < 4 and time.monotonic() < end:  # fork server + 3 ahead
            time.sleep(0.1)
        left = descendants(server.proc.pid)
        assert len(left) == 4, left
        os.kill(server.proc.pid, signal.SIGKILL)  # no clean shutdown at all
        end = time.monotonic() + DEADLINE
        while any(_alive(pid) for pid in left) and time.monotonic() < end:
            time.sleep(0.1)
        assert not [pid for pid in left if _alive(pid)]
