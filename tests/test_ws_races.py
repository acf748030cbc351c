"""The served app over its websocket, with keys arriving in one message (a browser over Wi-Fi,
a fast typist): the saved answer is exactly what was typed, and a double press never answers a
question the person has not seen. Pilot waits for idle between keys, so only a real socket shows this."""

from __future__ import annotations

import asyncio
import json
import re

import aiohttp

from guide.storage.store import Store
from tests.test_serve import DEADLINE, as_participant, served
from tests.test_tmux_races import RACE, long_text, note_text, text_step

CSI = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]")
CTRL_N, CTRL_S, ENTER = "\x0e", "\x13", "\r"


class Tab:
    """One browser tab's websocket: what the app painted (escape codes taken out), and keys to send."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.screen = b""

    async def send(self, keys: str) -> None:
        await self.ws.send_str(json.dumps(["stdin", keys]))  # everything in ONE message

    async def wait_for(self, text: str, after: int = 0, timeout: float = DEADLINE) -> int:
        """Wait until `text` is painted after byte `after`; returns where the screen ends now."""
        want = text.encode()
        async with asyncio.timeout(timeout):
            while want not in self.screen[after:]:
                msg = await self.ws.receive()
                if msg.type == aiohttp.WSMsgType.BINARY:
                    self.screen += CSI.sub(b"", msg.data)
                elif msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                    raise AssertionError(f"the tab closed while waiting for {text!r}")
        return len(self.screen)


async def _open_race(session, server) -> Tab:
    as_participant(session)
    ws = await session.ws_connect(f"ws://127.0.0.1:{server.port}/ws?width=110&height=32", origin=server.url)
    tab = Tab(ws)
    await ws.send_str(json.dumps(["resize", {"width": 110, "height": 32}]))
    await tab.wait_for("AAA Snel typen")
    # job: prepare, then the race flow (first in the list): keys typed early wait for the list
    mark = len(tab.screen)
    await tab.send(ENTER + ENTER)
    await tab.wait_for("Nieuwe sessie", after=mark)
    # the suggested label is selected: typing replaces it (Ctrl+U would be read after the letters)
    await tab.send("WS-1")
    await tab.wait_for("WS-1", after=mark)
    await tab.send(ENTER)
    return tab


def _answers(data) -> dict:
    store = Store(data)
    try:
        sessions = store.list()
        assert len(sessions) == 1
        return store.get(sessions[0].id).state["answers"]
    finally:
        store.close()


def _race_flow(tmp_path, steps: str) -> None:
    flows = tmp_path / "config" / "flows"
    flows.mkdir(parents=True)
    (flows / "race.yaml").write_text(RACE % steps, encoding="utf-8")


def test_text_and_ctrl_s_in_one_websocket_message_saves_exactly_what_was_typed(tmp_path):
    count = 4
    _race_flow(tmp_path, "".join(text_step(n) for n in range(1, count + 1)))
    typed = {f"race/t{n}": long_text(n) for n in range(1, count + 1)}

    async def go(server):
        async with aiohttp.ClientSession() as session:
            tab = await _open_race(session, server)
            mark = 0
            for n in range(1, count + 1):
                mark = await tab.wait_for(f"Vraag tekst {n}", after=mark)
                await tab.send(typed[f"race/t{n}"] + CTRL_S)
            await tab.wait_for("Klaar", after=mark)
            await tab.ws.close()

    with served(tmp_path) as server:
        asyncio.run(go(server))
        stored = _answers(tmp_path / "data")
    assert stored == typed


def test_a_double_ctrl_s_in_one_message_never_answers_the_next_question(tmp_path):
    optional = text_step(2).replace("        kind: text\n", "        kind: text\n        optional: true\n")
    _race_flow(tmp_path, text_step(1) + optional + text_step(3))

    async def go(server):
        async with aiohttp.ClientSession() as session:
            tab = await _open_race(session, server)
            mark = await tab.wait_for("Vraag tekst 1")
            await tab.send("eerste antwoord" + CTRL_S + CTRL_S)  # the second press is meant for no one
            mark = await tab.wait_for("Vraag tekst 2", after=mark)
            await tab.send("tweede antwoord" + CTRL_S)
            mark = await tab.wait_for("Vraag tekst 3", after=mark)
            await tab.send("derde antwoord" + CTRL_S)
            await tab.wait_for("Klaar", after=mark)
            await tab.ws.close()

    with served(tmp_path) as server:
        asyncio.run(go(server))
        stored = _answers(tmp_path / "data")
    assert stored == {"race/t1": "eerste antwoord", "race/t2": "tweede antwoord", "race/t3": "derde antwoord"}


def _notes(data) -> dict:
    store = Store(data)
    try:
        return {key: text for key, _at, text in store.notes(store.list()[0].id)}
    finally:
        store.close()


def test_a_note_and_the_next_answer_in_one_websocket_message_are_each_stored_exactly(tmp_path):
    count = 6
    _race_flow(tmp_path, "".join(text_step(n) for n in range(1, count + 1)))
    typed = {f"race/t{n}": long_text(n) for n in range(1, count + 1)}
    notes = {f"race/t{n}": note_text(n) for n in range(1, count + 1)}

    async def go(server):
        async with aiohttp.ClientSession() as session:
            tab = await _open_race(session, server)
            mark = 0
            for n in range(1, count + 1):
                mark = await tab.wait_for(f"Vraag tekst {n}", after=mark)
                key = f"race/t{n}"
                await tab.send(CTRL_N + notes[key] + CTRL_S + typed[key] + CTRL_S)  # one message
            await tab.wait_for("Klaar", after=mark)
            await tab.ws.close()

    with served(tmp_path) as server:
        asyncio.run(go(server))
        stored, stored_notes = _answers(tmp_path / "data"), _notes(tmp_path / "data")
    exact = (sum(stored.get(k) == v for k, v in typed.items())
             + sum(stored_notes.get(k) == v for k, v in notes.items()))
    assert (exact, stored_notes, stored) == (2 * count, notes, typed)
