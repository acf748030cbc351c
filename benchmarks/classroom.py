"""A classroom against `bindkracht serve` on loopback: N tabs opened at once.

A headless client speaks textual-serve's websocket protocol (JSON text frames
["stdin", text], ["resize", {...}], ["ping", x]; the app's screen comes back as
binary frames of terminal output). Per tab: time from connecting to the first
frame, and to "ready" (the home screen's lists painted). Per app process: PSS
from /proc/PID/smaps_rollup. Then one tab's key-to-paint time while the apps
started ahead are started again, and while the others are idle. Also: the time from
starting `serve` to the first tab ready, and what an idle room (no tab open, its
apps started ahead) costs. Each tab is its own participant (its own cookie), and every tab is
read while it is open, as a browser does: a tab left unread would miss the server's heartbeat and
be closed, so the figures count the tabs the server closed (target none).
Bounded: loopback only, at most 30 tabs, a deadline on every wait, every process ended.

    python -m benchmarks --only classroom
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = (1, 10, 30)
TAB_DEADLINE = 60.0  # seconds for one tab to become ready, however loaded the machine
KEY_SAMPLES = 20
CSI = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        kids = children(todo.pop())
        found += kids
        todo += kids
    return found


def pss_kib(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def app_pids(server_pid: int) -> list[int]:
    """The tabs' app processes: the children of the fork server (the server's one child)."""
    zygotes = children(server_pid)
    return [p for z in zygotes for p in children(z)]


class Tab:
    """One participant's tab. Its reader takes every frame as it arrives, for as long as the tab is
    open, and so answers the server's heartbeat: a tab nobody reads is closed by the server."""

    def __init__(self) -> None:
        self.first_frame: float | None = None
        self.ready: float | None = None
        self.ws = None
        self.screen = b""
        self.frames: asyncio.Queue = asyncio.Queue()  # frames after "ready", for key_to_paint
        self.reader: asyncio.Task | None = None
        self.is_ready = asyncio.Event()

    async def read(self, start: float, ready_text: bytes) -> None:
        import aiohttp

        async for msg in self.ws:  # answers pings as it goes (aiohttp's autoping)
            if msg.type != aiohttp.WSMsgType.BINARY:
                continue
            now = time.perf_counter()
            if self.first_frame is None:
                self.first_frame = now - start
            if self.ready is None:
                self.screen += CSI.sub(b"", msg.data)
                if ready_text in self.screen:
                    self.ready = now - start
                    self.is_ready.set()
            else:
                self.frames.put_nowait(msg.data)

    @property
    def dropped(self) -> bool:
        """The server closed this tab (or its reader failed) before the benchmark did."""
        return self.reader is not None and self.reader.done()

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.reader is not None:
            await asyncio.gather(self.reader, return_exceptions=True)


async def open_tab(session, port: int, ready_text: bytes, tab: Tab) -> None:
    start = time.perf_counter()
    ws = await session.ws_connect(f"ws://127.0.0.1:{port}/ws?width=100&height=30",
                                  origin=f"http://127.0.0.1:{port}",
                                  headers={"Cookie": f"bindkracht_id={secrets.token_urlsafe(18)}"})
    tab.ws = ws
    await ws.send_str(json.dumps(["resize", {"width": 100, "height": 30}]))
    tab.reader = asyncio.create_task(tab.read(start, ready_text))
    ready = asyncio.create_task(tab.is_ready.wait())
    try:
        async with asyncio.timeout(TAB_DEADLINE):
            await asyncio.wait({tab.reader, ready}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        ready.cancel()
    if tab.ready is None:
        tab.reader.result()  # the reader's own error, if it failed
        raise RuntimeError("the server closed the tab before it was ready")


async def _quiet(tab: Tab, seconds: float = 0.05) -> None:
    """Drop the frames of an earlier repaint, until none arrives for `seconds`."""
    while True:
        try:
            await asyncio.wait_for(tab.frames.get(), seconds)
        except TimeoutError:
            return


async def key_to_paint(tab: Tab) -> list[float]:
    """Press Down/Up in the job list and time until the app's repaint arrives."""
    times = []
    await _quiet(tab)
    for i in range(KEY_SAMPLES):
        key = "\x1b[B" if i % 2 == 0 else "\x1b[A"
        start = time.perf_counter()
        await tab.ws.send_str(json.dumps(["stdin", key]))
        await asyncio.wait_for(tab.frames.get(), 10)
        times.append(time.perf_counter() - start)
        await asyncio.sleep(0.1)  # let the repaint settle before the next key
        await _quiet(tab)
    return times


async def _settle(server_pid: int, count: int, seconds: float = 90) -> float:
    """Wait until the server runs `count` app processes (its apps started ahead); returns the wait."""
    start = time.monotonic()
    while len(app_pids(server_pid)) != count and time.monotonic() - start < seconds:
        await asyncio.sleep(0.1)
    return time.monotonic() - start


async def run_round(n: int, port: int, server_pid: int, ready_text: bytes, ahead: int) -> dict:
    import aiohttp

    await _settle(server_pid, ahead)  # the trainer started the server before the class came in
    tabs = [Tab() for _ in range(n)]
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(open_tab(session, port, ready_text, tab) for tab in tabs),
                                       return_exceptions=True)
        failed = [r for r in results if isinstance(r, BaseException)]
        pids = app_pids(server_pid)
        pss = [k for k in (pss_kib(p) for p in pids) if k is not None]
        ok = not failed and tabs[0].ready
        keys_busy = await key_to_paint(tabs[0]) if ok else []  # while apps are started ahead again
        refill = await _settle(server_pid, n + ahead)
        keys = await key_to_paint(tabs[0]) if ok else []  # all other tabs idle
        dropped = sum(tab.dropped for tab in tabs if tab.ready is not None)  # read all along
        for tab in tabs:
            await tab.close()
    await _settle(server_pid, ahead, 30)  # every tab's app must be gone
    left = app_pids(server_pid)
    if not ahead:
        keys_busy = []
    return {"n": n, "ahead": ahead, "tabs": tabs, "failed": failed, "pss": pss, "keys": keys,
            "keys_busy": keys_busy, "refill": refill, "dropped": dropped,
            "left": left if len(left) != ahead else []}


def _fmt(values: list[float]) -> str:
    if not values:
        return "-"
    return f"median {statistics.median(values):5.2f} s, max {max(values):5.2f} s"


def report(r: dict) -> None:
    first = [t.first_frame for t in r["tabs"] if t.first_frame is not None]
    ready = [t.ready for t in r["tabs"] if t.ready is not None]
    print(f"classroom, {r['n']:2d} tabs at once: first frame {_fmt(first)} (target max 3 s); "
          f"ready {_fmt(ready)} (target max 5 s); {len(ready)}/{r['n']} ready")
    if r["pss"]:
        print(f"  PSS per app process ({len(r['pss'])}): "
              f"median {statistics.median(r['pss']) / 1024:.1f} MiB, "
              f"max {max(r['pss']) / 1024:.1f} MiB (target max 35 MiB)")
    for label, name in (("while the apps ahead are started again", "keys_busy"), ("others idle", "keys")):
        if r[name]:
            keys = sorted(r[name])
            print(f"  key to paint in one tab, {label}: median {statistics.median(keys) * 1000:.1f} ms, "
                  f"max {keys[-1] * 1000:.1f} ms (target median 50 ms)")
    if r["ahead"]:
        print(f"  apps started ahead again within {r['refill']:.1f} s")
    ready = sum(t.ready is not None for t in r["tabs"])
    print(f"  tabs the server closed while they were open: {r['dropped']}/{ready} (target 0)")
    for failure in r["failed"][:3]:
        print(f"  a tab failed: {failure!r}")
    if r["left"]:
        print(f"  app processes left after closing the tabs: {len(r['left'])}")


def room_pss_kib(server_pid: int) -> int:
    """The whole room: the server, the fork server and every app process."""
    return sum(k for k in (pss_kib(p) for p in [server_pid, *descendants(server_pid)]) if k is not None)


async def first_tab(port: int, ready_text: bytes) -> Tab:
    import aiohttp

    tab = Tab()
    async with aiohttp.ClientSession() as session:
        await open_tab(session, port, ready_text, tab)
        await tab.close()
    return tab


def bench_classroom(rounds=ROUNDS, lang: str = "en", ahead: int = 3) -> list[dict]:
    from guide.base.i18n import t

    ready_text = t("home.jobs", lang).encode()
    port = _free_port()
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, BINDKRACHT_CONFIG_DIR=f"{tmp}/config", BINDKRACHT_DATA_DIR=f"{tmp}/data")
        log = open(f"{tmp}/server.log", "wb")  # a file, not a pipe nobody reads
        started = time.monotonic()
        server = subprocess.Popen(
            [sys.executable, "-m", "guide", "serve", "--host", "127.0.0.1", "--port", str(port),
             "--lang", lang, "--max-tabs", str(max(rounds)), "--ahead", str(ahead)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            _wait_listening(port, server, Path(f"{tmp}/server.log"))
            tab = asyncio.run(first_tab(port, ready_text))
            print(f"classroom: {ahead} apps started ahead; server ready (load average "
                  f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; "
                  "other work on this machine shares the CPU)")
            print(f"  time to first tab from start: {time.monotonic() - started:.2f} s "
                  f"(its first frame after {tab.first_frame:.2f} s, ready after {tab.ready:.2f} s; "
                  "target max 2 s)")
            for n in rounds:
                r = asyncio.run(run_round(n, port, server.pid, ready_text, ahead))
                report(r)
                out.append(r)
            asyncio.run(_settle(server.pid, ahead, 30))
            print(f"  idle room (no tab open, {len(app_pids(server.pid))} apps ahead): "
                  f"{room_pss_kib(server.pid) / 1024:.0f} MiB PSS (target max 300 MB)")
            pss_server = pss_kib(server.pid)
            zygotes = children(server.pid)
            pss_fork = pss_kib(zygotes[0]) if zygotes else None
            if pss_server and pss_fork:
                print(f"  PSS of the server {pss_server / 1024:.1f} MiB, of the fork server "
                      f"{pss_fork / 1024:.1f} MiB")
        finally:
            left = descendants(server.pid)
            try:
                os.killpg(server.pid, signal.SIGTERM)
                server.wait(10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                pass
            try:
                os.killpg(server.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            server.wait()
            log.close()
            for pid in left:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
    return out


def _wait_listening(port: int, server: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if server.poll() is not None:
            raise RuntimeError(f"the server stopped: {log.read_text(errors='replace')}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError("the server did not listen in time")


if __name__ == "__main__":
    bench_classroom()
