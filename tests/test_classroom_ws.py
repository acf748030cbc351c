"""The room's limits over real websockets: a tab that asks for a 20000x20000 terminal gets one a
screen can show and its app stays small; one computer cannot take the room, and sockets that
never read are closed, while a normal tab still opens."""

from __future__ import annotations

import asyncio
import json
import re
import time
from pathlib import Path

import aiohttp

from guide.base.i18n import t
from tests.test_serve import DEADLINE, _first_frame, as_participant, served

MOVE = re.compile(rb"\x1b\[(\d+);(\d+)H")


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            kids = [int(k) for k in task.read_text().split()]
            found += kids
            todo += kids
    return found


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def _paint_until(ws, screen: bytearray, done) -> None:
    async with asyncio.timeout(DEADLINE):
        while not done(screen):
            msg = await ws.receive()
            if msg.type != aiohttp.WSMsgType.BINARY:
                raise AssertionError(f"the tab closed ({msg.type})")
            screen += msg.data


def test_a_huge_terminal_is_clamped_and_its_app_stays_small(tmp_path):
    with served(tmp_path, "--lang", "en", serve_args=("--ahead", "0")) as server:
        async def go():
            async with aiohttp.ClientSession() as session:
                as_participant(session)
                ws = await session.ws_connect(f"ws://127.0.0.1:{server.port}/ws?width=20000&height=20000",
                                              origin=server.url)
                screen = bytearray()
                await ws.send_str(json.dumps(["resize", {"width": 20000, "height": 20000}]))
                await _paint_until(ws, screen, lambda s: b"Bind-Kracht" in s)

                def rows(s):
                    return max((int(m.group(1)) for m in MOVE.finditer(s)), default=0)
                await _paint_until(ws, screen, lambda s: rows(s) >= 200)
                mark = len(screen)
                await ws.send_str(json.dumps(["resize", {"width": 30000, "height": "9" * 40}]))
                await ws.send_str(json.dumps(["resize", {"width": 20000, "height": 20000}]))
                await _paint_until(ws, screen, lambda s: len(s) > mark + 1000)
                apps = [p for p in _descendants(server.proc.pid) if Path(f"/proc/{p}").exists()]
                sizes = [_rss_mb(p) for p in apps]
                await ws.close()
                return screen, sizes
        screen, sizes = asyncio.run(go())

        async def wrong_key():
            async with aiohttp.ClientSession() as session:
                async with session.post(
                    server.url + "/trainer", data={"key": "NOT-IT"}, allow_redirects=False
                ) as r:
                    return r.status, await r.text(), r.cookies
        status, page, cookies = asyncio.run(wrong_key())
        assert (
            status == 403 and t("serve.trainer.wrong", "en") in page and "bindkracht_trainer" not in cookies
        )
        moves = [(int(m.group(1)), int(m.group(2))) for m in MOVE.finditer(bytes(screen))]
        assert max(r for r, _c in moves) == 200 and max(c for _r, c in moves) <= 500
        print("app and fork server memory (MB):", [round(s) for s in sizes])
        assert sizes and max(sizes) < 250, sizes


def test_one_address_cannot_fill_the_room_and_unread_sockets_are_closed(tmp_path):
    with served(tmp_path, "--lang", "en",
                serve_args=("--per-address", "2", "--idle-timeout", "4", "--ahead", "1")) as server:
        url = f"ws://127.0.0.1:{server.port}/ws?width=80&height=24"

        async def go():
            async with aiohttp.ClientSession() as hog, aiohttp.ClientSession(
                    connector=aiohttp.TCPConnector(local_addr=("127.0.0.2", 0))) as other:
                as_participant(hog)
                silent = [await hog.ws_connect(url, origin=server.url) for _ in range(2)]  # never read
                try:
                    await hog.ws_connect(url, origin=server.url)
                    third = 101
                except aiohttp.WSServerHandshakeError as exc:
                    third = exc.status
                async with other.get(server.url + "/") as page:  # another computer: a normal tab
                    assert page.status == 200
                ws = await _first_frame(other, server)
                await ws.close()
                start = time.monotonic()
                # the silent ones are closed within the idle time: the address gets its places back
                while True:
                    try:
                        again = await hog.ws_connect(url, origin=server.url)
                        break
                    except aiohttp.WSServerHandshakeError:
                        assert time.monotonic() - start < DEADLINE, "unread sockets were never closed"
                        await asyncio.sleep(0.2)
                freed = time.monotonic() - start
                await again.close()
                for s in silent:
                    await s.close()
                return third, freed
        third, freed = asyncio.run(go())
        assert third == 503
        print(f"unread sockets closed after {freed:.1f} s")
