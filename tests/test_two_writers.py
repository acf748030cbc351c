"""One writer per session: a second process is told the session is open elsewhere and opens it
read-only, or takes it over explicitly; nothing acknowledged is ever overwritten."""

import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from guide.storage import store as store_module
from guide.storage.store import DB_NAME, Store
from tests.conftest import write_flow

STEPS = 8
LONG = """\
id: long
version: "1"
title: {nl: Lang, en: Long}
languages: [nl, en]
jobs: [prepare]
phases:
  - id: intake
    steps:
STEPS      - id: bye
        kind: end
        text: {nl: Klaar, en: Done}
""".replace("STEPS", "".join(f"      - id: t{n}\n        kind: text\n        text: {{nl: Vraag {n}, en: "
                             f"Question {n}}}\n"
                            for n in range(1, STEPS + 1)))


class Play:
    """`bindkracht play` in its own process, answered line by line; its output read as it comes."""

    def __init__(self, flows, data, *extra):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "guide", "--lang", "nl", "play", "long", "--flows", str(flows),
             "--data-dir", str(data), *extra],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
        self.out = ""
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        while ch := self.proc.stdout.read(1):
            with self.lock:
                self.out += ch

    def wait_for(self, text, since=0, timeout=30):
        end = time.time() + timeout
        while time.time() < end:
            with self.lock:
                at = self.out.find(text, since)
            if at >= 0:
                return at + len(text)
            if self.proc.poll() is not None:
                self.reader.join(timeout)  # the reader has taken the last bytes once it saw the end
                with self.lock:
                    if text in self.out[since:]:
                        return self.out.find(text, since) + len(text)
                break
            time.sleep(0.02)
        raise AssertionError(f"{text!r} did not come; the output was:\n{self.out}")

    def send(self, line):
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def answer(self, n, text):
        """Answer question n; acknowledged once the next prompt is shown (it is committed then)."""
        mark = self.wait_for(f"Vraag {n}")
        self.wait_for("> ", mark)
        with self.lock:
            since = len(self.out)
        self.send(text)
        following = f"Vraag {n + 1}" if n < STEPS else "Klaar"
        try:
            self.wait_for(following, since, timeout=15)
        except AssertionError:
            return False
        return True

    def finish(self, timeout=20):
        try:
            return self.proc.wait(timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            self.proc.stdin.close()


@pytest.fixture()
def flows(tmp_path):
    d = tmp_path / "flows"
    write_flow(d, "long.yaml", LONG)
    return d


def test_two_play_processes_never_overwrite_what_was_acknowledged(tmp_path, flows):
    data = tmp_path / "data"
    acked = {}
    first = Play(flows, data, "--label", "TWEE-1")
    second = third = None
    try:
        for n in (1, 2):
            assert first.answer(n, f"A{n}")
            acked[f"long/t{n}"] = f"A{n}"

        second = Play(flows, data)  # the same session, from a second terminal
        second.wait_for("Verder gaan?")
        second.send("j")
        second.wait_for("al open in een ander venster")
        second.wait_for("--take-over")
        assert second.finish() == 1

        assert first.answer(3, "A3")  # the first one goes on undisturbed
        acked["long/t3"] = "A3"

        third = Play(flows, data, "--take-over")  # explicitly taking it over
        third.wait_for("Verder gaan?")
        third.send("j")
        assert third.answer(4, "B4")
        acked["long/t4"] = "B4"

        mark = first.wait_for("Vraag 4")
        first.send("A-late")  # the first one's next write is refused, plainly
        first.wait_for("NIET bewaard: deze sessie is intussen elders geopend", mark)
        assert first.finish() == 1

        for n in range(5, STEPS + 1):
            assert third.answer(n, f"B{n}")
            acked[f"long/t{n}"] = f"B{n}"
        assert third.finish() == 0
    finally:
        for p in (first, second, third):
            if p is not None and p.proc.poll() is None:
                p.proc.kill()
                p.proc.wait()
    store = Store(data)
    try:
        sessions = store.list()
        assert len(sessions) == 1
        answers = store.get(sessions[0].id).state["answers"]
    finally:
        store.close()
    lost = {k: v for k, v in acked.items() if answers.get(k) != v}
    assert lost == {}
    assert "A-late" not in answers.values()


def test_a_dead_holder_never_blocks_the_session(tmp_path, flows):
    data = tmp_path / "data"
    first = Play(flows, data, "--label", "DOOD-1")
    try:
        assert first.answer(1, "A1")
    finally:
        first.proc.kill()  # SIGKILL: no chance to let go of the session
        first.finish()
    again = Play(flows, data)
    try:
        again.wait_for("Verder gaan?")
        again.send("j")
        assert again.answer(2, "B2")
    finally:
        again.proc.kill()
        again.finish()
    store = Store(data)
    try:
        answers = store.get(store.list()[0].id).state["answers"]
    finally:
        store.close()
    assert answers == {"long/t1": "A1", "long/t2": "B2"}


def test_two_stores_in_two_processes_one_writer(tmp_path):
    """The store itself refuses a write from a process that does not hold the session."""
    import multiprocessing as mp

    class F:
        id, version, content_hash = "long", "1", "h"

    data = tmp_path / "data"
    store = Store(data)
    sid = store.create("X", "prepare", F, "nl", {})
    ctx = mp.get_context("fork")
    out = ctx.Queue()

    def other():
        s = Store(data)
        try:
            held = s.claim(sid)
            try:
                s.record(sid, "answer", "long/t1", "B", {}, "active", "intake", "long/t1")
                out.put((held is not None, "written"))
            except Exception as exc:
                out.put((held is not None, getattr(exc, "code", repr(exc))))
        finally:
            s.close()

    p = ctx.Process(target=other)
    p.start()
    p.join(30)
    assert out.get(timeout=5) == (True, "store.taken-over")
    store.record(sid, "answer", "long/t1", "A", {"answers": {"long/t1": "A"}}, "active", "intake", "long/t1")
    assert [v for *_x, v in store.changes(sid)] == ["A"]
    store.close()


async def test_the_app_opens_a_session_open_in_play_read_only_and_can_take_it_over(tmp_path, flows):
    from guide.tui.app import GuideApp
    from guide.tui.conversation import ConversationScreen

    data = tmp_path / "data"
    other = Play(flows, data, "--label", "APP-1")
    try:
        assert other.answer(1, "A1")
        app = GuideApp(lang="nl", flow_dirs=[flows], data_dir=str(data), blink=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            app.resume_session(1)
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ConversationScreen) and screen.conv.readonly
            shown = "\n".join(str(m.render()) for m in screen.query(".msg"))
            assert "al open in een ander venster" in shown
            await pilot.press(*"B2", "ctrl+s")
            await pilot.pause()
            assert other.answer(2, "A2")  # play goes on undisturbed while the app only looks

            await app.take_over(screen.conv)
            await pilot.pause()
            screen = app.screen
            assert not screen.conv.readonly and screen.engine.current.id == "t3"
            await pilot.press(*"B3", "ctrl+s")
            await pilot.pause()
            assert screen.engine.current.id == "t4"
        mark = other.wait_for("Vraag 3")
        other.send("A-late")
        other.wait_for("NIET bewaard: deze sessie is intussen elders geopend", mark)
        assert other.finish() == 1
    finally:
        if other.proc.poll() is None:
            other.proc.kill()
            other.proc.wait()
    store = Store(data)
    try:
        answers = store.get(1).state["answers"]
    finally:
        store.close()
    assert answers == {"long/t1": "A1", "long/t2": "A2", "long/t3": "B3"}


def _lock_as(data, sid, **fields):
    conn = sqlite3.connect(data / DB_NAME)
    sets = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE locks SET {sets} WHERE session_id = ?", (*fields.values(), sid))
    conn.commit()
    conn.close()


def test_a_lock_from_another_boot_or_a_reused_pid_is_stale(tmp_path, monkeypatch):
    """A live process id is not enough: the lock must come from this boot and this start of the process."""
    class F:
        id, version, content_hash = "long", "1", "h"

    data = tmp_path / "data"
    first, second = Store(data), Store(data)
    sid = first.create("X", "prepare", F, "nl", {})
    assert first.claim(sid) is None
    assert second.claim(sid) is not None  # held by a live process of this boot: respected
    _lock_as(data, sid, pid=1, boot="another-boot")  # pid 1 lives, but this lock is from before a reboot
    assert second.claim(sid) is None
    assert first.claim(sid) is not None  # the lock went to the second store
    _lock_as(data, sid, pid=1, started="7")  # pid 1 now is not the process that took the lock
    assert first.claim(sid) is None
    # where /proc says nothing, a live process id holds the lock, as before
    monkeypatch.setattr(store_module, "_boot_id", lambda: "")
    monkeypatch.setattr(store_module, "_started", lambda pid: "")
    third = Store(data)
    _lock_as(data, sid, pid=1, boot="", started="")
    assert third.claim(sid) is not None
    for s in (first, second, third):
        s.close()
