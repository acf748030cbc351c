"""Faults: processes killed mid-answer, two writers at once, no network at all."""

import multiprocessing as mp
import os
import random
import select
import signal
import socket
import sqlite3
import time

from guide.flows import library
from guide.storage.sessions import Conversation
from guide.storage.store import DB_NAME, Store
from tests.conftest import MINI, walk, write_flow

KILLS = 200


def _load(tmp_path):
    d = tmp_path / "flows"
    write_flow(d, "mini.yaml", MINI)
    return library.load(flow_dirs=[d], include_user=False)


def _answer_forever(lib, data, ack_fd, seed):
    """Child: answer sessions without end; report each answer once it is committed."""
    rnd = random.Random(seed)
    store = Store(data)
    n = 0
    while True:
        conv, _ = Conversation.start(store, lib, "mini", f"K-{seed}-{n}", "rehearse", "nl")
        sid = conv.session.id
        conv.submit()
        mood = rnd.choice(["good", "bad"])
        conv.submit(mood)
        os.write(ack_fd, f"{sid}\tmini/mood\t{mood}\n".encode())
        if mood == "bad":
            text = f"antwoord {seed}-{n}"
            conv.submit(text)
            os.write(ack_fd, f"{sid}\tmini/why\t{text}\n".encode())
        n += 1


def _first_ack(fd: int, deadline: float) -> bytes:
    """Block until the child has acknowledged its first answer (or the deadline passes)."""
    got = b""
    while b"\n" not in got:
        left = deadline - time.monotonic()
        assert left > 0, "the child acknowledged no answer within the deadline"
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 65536)
            assert chunk, "the child ended before acknowledging an answer"
            got += chunk
    return got


def test_sigkill_never_loses_an_acknowledged_answer(tmp_path):
    """Each child is killed at a random moment after its first acknowledged answer, so the
    test holds on a slow or busy machine too: it asserts on what was acknowledged."""
    lib = _load(tmp_path)
    data = tmp_path / "data"
    Store(data).close()
    ctx = mp.get_context("fork")
    rnd = random.Random(1234)
    acked: list[tuple[int, str, str]] = []
    for i in range(KILLS):
        r, w = os.pipe()
        child = ctx.Process(target=_answer_forever, args=(lib, data, w, i))
        child.start()
        os.close(w)
        try:
            chunks = [_first_ack(r, time.monotonic() + 60)]
            time.sleep(rnd.uniform(0, 0.03))  # a random moment to kill, not a wait for anything
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.join()
        while chunk := os.read(r, 65536):
            chunks.append(chunk)
        os.close(r)
        for line in b"".join(chunks).decode().splitlines():
            sid, key, value = line.split("\t")
            acked.append((int(sid), key, value))

    conn = sqlite3.connect(data / DB_NAME)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    store = Store(data)
    assert store.moved_aside is None
    states = {}
    for sid, key, value in acked:
        if sid not in states:
            states[sid] = store.get(sid).state
        assert states[sid]["answers"][key] == value
    store.close()
    print(f"\n{KILLS} kills, {len(acked)} acknowledged answers, all present")


def _write_many(lib, data, tag, count, out):
    store = Store(data)
    done = 0
    for n in range(count):
        conv, _ = Conversation.start(store, lib, "mini", f"{tag}-{n}", "rehearse", "nl")
        conv.submit()
        conv.submit("bad")
        conv.submit(f"{tag} {n}")
        conv.note(f"note {tag} {n}")
        done += 1
    out.put((tag, done))


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    lib = _load(tmp_path)
    data = tmp_path / "data"
    Store(data).close()
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    procs = [ctx.Process(target=_write_many, args=(lib, data, tag, 60, out)) for tag in ("A", "B")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    assert sorted(out.get(timeout=5) for _ in procs) == [("A", 60), ("B", 60)]
    store = Store(data)
    sessions = store.list()
    assert len(sessions) == 120
    for s in sessions:
        full = store.get(s.id)
        tag, n = s.label.split("-")
        assert full.state["answers"]["mini/why"] == f"{tag} {n}"
        assert len(store.changes(s.id)) == 3
        assert store.notes(s.id)[0][2] == f"note {tag} {n}"
    store.close()


def test_a_whole_session_makes_no_network_connection(tmp_path, monkeypatch, lib):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network use is not allowed in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

    from guide.artefacts import export

    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "intake", "NET-1", "prepare", "en")
    answers = {"acute": "energy", "acute_action": "call the supplier together", "notes": "later",
               "welcome": 2, "next_contact": "Tuesday 10:00"}
    walk(conv, answers, note=True)
    assert conv.engine.finished
    session = store.get(conv.session.id)
    page = export.render(session, lib, store.notes(session.id), "en", "html")
    assert "call the supplier together" in page
    assert attempts == []
