"""Saving what an answer changed, resuming from base + changes, and when the store checks the whole file."""

import json
import os
import sqlite3

import pytest

from guide.flows import library
from guide.run.engine import Engine
from guide.storage.sessions import Conversation
from guide.storage.store import COMPACT_AFTER, DB_NAME, MIGRATIONS, Store, StoreError
from tests.conftest import MINI, write_flow


def _long_flow(n: int) -> str:
    """A flow of n steps: choices (with a variable), optional texts and plain asks, in turn."""
    lines = ['id: long', 'version: "1"', "title: {nl: Lang, en: Long}", "languages: [nl, en]",
             "variables:", "  pick: {type: choice}", "  note: {type: text}", "phases:", "  - id: intake",
             "    steps:"]
    for i in range(n - 1):
        if i % 3 == 0:
            lines += [f"      - id: s{i}", "        kind: choice", "        set: pick",
                      "        text: {nl: Kies, en: Pick}", "        options:", "          - value: a",
                      "            label: {nl: A, en: A}", "          - value: b",
                      "            label: {nl: B, en: B}"]
        elif i % 3 == 1:
            lines += [f"      - id: s{i}", "        kind: text", "        set: note",
                      "        optional: true", "        text: {nl: Schrijf, en: Write}"]
        else:
            lines += [f"      - id: s{i}", "        kind: ask", "        text: {nl: Vraag, en: Ask}"]
    lines += [f"      - id: s{n - 1}", "        kind: end", "        text: {nl: Klaar, en: Done}"]
    return "\n".join(lines) + "\n"


@pytest.fixture()
def lib(tmp_path):
    d = tmp_path / "flows"
    write_flow(d, "mini.yaml", MINI)
    write_flow(d, "long.yaml", _long_flow(400))
    return library.load(flow_dirs=[d], include_user=False)


def _answer(conv, i: int):
    step = conv.engine.current
    if step.kind == "choice":
        return conv.submit("ab"[i % 2])
    if step.kind == "text":
        return conv.submit(f"antwoord {i}") if i % 4 else conv.skip()
    return conv.submit()


def _rows(store, sid):
    base = store.conn.execute("SELECT state FROM states WHERE session_id = ?", (sid,)).fetchone()[0]
    changes = [r[0] for r in store.conn.execute(
        "SELECT ops FROM state_changes WHERE session_id = ? ORDER BY seq", (sid,))]
    return base, changes


def test_a_save_writes_what_the_answer_changed_not_the_whole_history(tmp_path, lib):
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "long", "L-1", "rehearse", "nl")
    base_at_start, _ = _rows(store, conv.session.id)
    for i in range(300):
        _answer(conv, i)
    base, changes = _rows(store, conv.session.id)
    assert base == base_at_start  # never rewritten while answering
    assert len(changes) == 300
    # the 300th save is no bigger than the 10th of the same kind of step (same digits in the ids)
    early, late = len(changes[12]), len(changes[282])
    assert late <= early + 8, (early, late)
    whole = len(json.dumps(conv.engine.to_state()))
    assert late * 50 < whole  # the whole state would have been written at every answer
    store.close()


def test_resume_rebuilds_exactly_the_state_after_answers_backs_skips_and_a_failed_save(tmp_path, lib):
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "long", "L-2", "rehearse", "nl")
    for i in range(40):
        _answer(conv, i)
        if i % 7 == 3:
            assert conv.back()
        if i % 11 == 5:
            assert conv.back() and conv.back()
    # a save that fails (no room) is not accepted; the changes of the undone step are saved later
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError):
        for _ in range(200):
            conv.submit("x" * 5000) if conv.engine.current.kind == "text" else _answer(conv, 1)
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    for i in range(10):
        _answer(conv, i)
    expected = conv.engine.to_state()
    sid = conv.session.id
    conv.close()
    store.close()

    store = Store(tmp_path / "data")
    again = Conversation.resume(store, lib, sid)
    assert not again.readonly and again.notices == []
    assert again.engine.to_state() == expected
    assert store.get(sid).state == expected
    store.close()


def test_resume_folds_many_changes_into_a_new_base_and_stays_exact(tmp_path, lib):
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "long", "L-3", "rehearse", "nl")
    for i in range(COMPACT_AFTER + 5):
        _answer(conv, i)
    expected, sid = conv.engine.to_state(), conv.session.id
    conv.close()
    again = Conversation.resume(store, lib, sid)
    base, changes = _rows(store, sid)
    assert changes == [] and json.loads(base) == expected
    assert again.engine.to_state() == expected
    _answer(again, 1)
    expected = again.engine.to_state()
    again.close()
    assert Conversation.resume(store, lib, sid).engine.to_state() == expected
    store.close()


def test_a_session_saved_whole_by_the_previous_version_resumes_and_goes_on(tmp_path, lib):
    eng = Engine(lib.flows, "mini", lib.programs, seed=0)
    eng.start()
    eng.submit()
    eng.submit("bad")
    old_state = eng.to_state()
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    conn = sqlite3.connect(data / DB_NAME)
    for migration in MIGRATIONS[:4]:  # the schema before saves were changes
        conn.executescript(migration)
    conn.execute("PRAGMA user_version = 4")
    flow = lib.flows["mini"]
    conn.execute("INSERT INTO sessions (label, job, flow_id, flow_version, content_hash, lang, "
                 "status, created,"
                 " updated, state, phase, step) VALUES ('OUD-1', 'rehearse', 'mini', ?, ?, 'nl', "
                 "'active', 1, 2, '', 'intake', 'mini/why')", (flow.version, flow.content_hash))
    conn.execute("INSERT INTO states (session_id, state) VALUES (1, ?)", (json.dumps(old_state),))
    conn.commit()
    conn.close()

    store = Store(data)
    conv = Conversation.resume(store, lib, 1)
    assert conv.engine.to_state() == old_state
    assert conv.engine.current.id == "why"
    conv.submit("te veel tegelijk")
    expected = conv.engine.to_state()
    conv.close()
    store.close()
    store = Store(data)
    assert store.get(1).state == expected
    assert store.get(1).state["answers"]["mini/why"] == "te veel tegelijk"
    store.close()


def _sessions(store, n):
    class F:
        id, version, content_hash = "mini", "1", "h"

    for i in range(n):
        store.create(f"D-{i}", "prepare", F, "nl", {"history": ["x" * 200] * 20})


def test_a_clean_close_spares_the_next_open_the_full_check_and_a_change_brings_it_back(tmp_path):
    data = tmp_path / "data"
    store = Store(data)
    assert store.full_check == "no-clean-close"
    _sessions(store, 3)
    store.close()
    store = Store(data)
    assert store.full_check == ""
    store.close()
    with open(data / DB_NAME, "r+b") as fh:  # another program writes to the file (same bytes, even)
        head = fh.read(100)
        fh.seek(0)
        fh.write(head)
    store = Store(data)
    assert store.full_check == "changed-since-close"
    store.close()


def test_damage_after_a_clean_close_is_found_even_with_size_and_time_put_back(tmp_path):
    data = tmp_path / "data"
    store = Store(data)
    _sessions(store, 60)
    store.close()
    path = data / DB_NAME
    before = os.stat(path)
    page = 4096
    with open(path, "r+b") as fh:  # garble pages in the middle, where the states live
        pages = before.st_size // page
        for n in range(pages // 3, pages // 3 + 4):
            fh.seek(n * page)
            fh.write(b"\xa5" * page)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(path).st_size == before.st_size and os.stat(path).st_mtime_ns == before.st_mtime_ns
    store = Store(data)
    assert store.moved_aside is not None and store.moved_aside.exists()
    assert store.list() == []
    store.close()


def test_damage_reported_by_sqlite_while_working_means_a_full_check_next_time(tmp_path):
    data = tmp_path / "data"
    Store(data).close()
    store = Store(data)
    assert store.full_check == ""
    err = store.error_from(sqlite3.DatabaseError("database disk image is malformed"))
    assert err.code == "store.corrupt"
    store.close()
    store = Store(data)
    assert store.full_check == "no-clean-close"
    store.close()


def test_sessions_list_shows_every_session_newest_first(tmp_path, capsys):
    from guide.cli import main

    data = tmp_path / "data"
    store = Store(data)
    _sessions(store, 3)
    store.conn.execute("UPDATE sessions SET updated = 1000 * id, phase = 'rights' WHERE id < 3")
    store.conn.execute("UPDATE sessions SET status = 'finished' WHERE id = 2")
    store.close()
    assert main(["--lang", "en", "--data-dir", str(data), "sessions", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[:2] for line in lines[1:]] == [["3", "D-2"], ["2", "D-1"], ["1", "D-0"]]
    assert "finished" in lines[2] and "finished" not in lines[3]
    widths = {len(line) for line in lines[1:]}
    assert len(widths) == 1  # aligned columns


def test_version_is_printed_on_request(capsys):
    from guide import __version__
    from guide.cli import main

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip().endswith(__version__)


def test_own_words_client_state_and_backs_resume_exactly_from_the_saved_changes(tmp_path):
    from tests.test_clientstate import FLOW

    write_flow(tmp_path / "flows", "st.yaml", FLOW)
    lib = library.load(flow_dirs=[tmp_path / "flows"], include_shipped=False, include_user=False)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "st", "SF-1", "rehearse", "nl")
    conv.submit(None)
    conv.say("Dag Rik", conv.position())
    assert conv.back() and conv.engine.said == {}  # the words taken back, and saved so
    conv.say("Fijn dat je er bent", conv.position())
    conv.submit("warm")
    assert conv.back() and conv.engine.state == {"trust": 1}
    conv.submit("warm")
    expected, sid = conv.engine.to_state(), conv.session.id
    assert expected["state"] == {"trust": 3} and expected["said"] == {"st/c1": "Fijn dat je er bent"}
    conv.close()
    store.close()
    store = Store(tmp_path / "data")
    assert store.get(sid).state == expected
    assert Conversation.resume(store, lib, sid).engine.to_state() == expected
    store.close()
