"""The store: permissions, migrations, corrupt files, unwritable folders, resume."""

import os
import random
import sqlite3
import stat

import pytest

from guide.base.privacy import find_insz, valid_insz
from guide.flows import library
from guide.run.engine import AnswerError
from guide.storage.sessions import Conversation
from guide.storage.store import DB_NAME, MIGRATIONS, SCHEMA_VERSION, Store, StoreError
from tests.conftest import MINI, write_flow


def _mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_creates_private_folder_and_database(tmp_path):
    store = Store(tmp_path / "new" / "data")
    assert _mode(tmp_path / "new" / "data") == 0o700
    assert _mode(tmp_path / "new" / "data" / DB_NAME) == 0o600
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()


def test_database_is_private_even_with_a_loose_umask(tmp_path):
    old = os.umask(0)
    try:
        Store(tmp_path / "d").close()
    finally:
        os.umask(old)
    assert _mode(tmp_path / "d") == 0o700
    assert _mode(tmp_path / "d" / DB_NAME) == 0o600


def _db_at_version(path, version):
    conn = sqlite3.connect(path)
    for i in range(version):
        conn.executescript(MIGRATIONS[i])
    conn.execute(f"PRAGMA user_version = {version}")
    if version >= 1:
        conn.execute(
            "INSERT INTO sessions (label, job, flow_id, flow_version, content_hash, lang, status,"
            " created, updated, state) VALUES ('OLD-1','prepare','intake','1','x','nl','active',1,2,'{}')"
        )
        conn.execute("INSERT INTO changes (session_id, at, action, step_key, value) VALUES (1, 1, 'answer', "
                     "'intake/acute', '\"none\"')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_migrates_from_every_earlier_version(tmp_path, version):
    d = tmp_path / "d"
    d.mkdir(mode=0o700)
    _db_at_version(d / DB_NAME, version)
    store = Store(d)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    if version >= 1:
        s = store.get(1)
        assert s.label == "OLD-1" and s.phase == "" and s.step == ""
        assert store.changes(1)[0][2] == "intake/acute"
    store.add_note(store.list()[0].id if version else _new_session(store), "intake/acute", "werkt")
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def _new_session(store):
    class F:
        id, version, content_hash = "intake", "1", "h"

    return store.create("X", "prepare", F, "nl", {})


def test_refuses_a_database_from_a_newer_app(tmp_path):
    d = tmp_path / "d"
    Store(d).close()
    conn = sqlite3.connect(d / DB_NAME)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as err:
        Store(d)
    assert err.value.code == "store.too-new"


@pytest.mark.parametrize("content", [  # seeded noise: every xdist worker collects the same tests
    random.Random(1).randbytes(8192),
    b"SQLite format 3\x00" + random.Random(2).randbytes(3000),
    b"dit is geen databank maar een boodschappenlijst\n" * 40,
    "truncate",
], ids=["noise", "sqlite-header-then-noise", "a-shopping-list", "truncated"])
def test_corrupt_database_is_moved_aside_and_a_fresh_one_starts(tmp_path, content):
    d = tmp_path / "d"
    if content == "truncate":
        store = Store(d)
        for _i in range(50):
            _new_session(store)
        store.close()
        raw = (d / DB_NAME).read_bytes()
        (d / DB_NAME).write_bytes(raw[: len(raw) // 3])
        content = (d / DB_NAME).read_bytes()
    else:
        d.mkdir(mode=0o700)
        (d / DB_NAME).write_bytes(content)
    store = Store(d)
    assert store.moved_aside is not None and store.moved_aside.exists()
    assert store.moved_aside.read_bytes() == content  # renamed, never deleted
    assert store.list() == []
    _new_session(store)
    assert len(store.list()) == 1
    store.close()


def test_read_only_folder_gives_a_clear_error(tmp_path):
    if os.geteuid() == 0:
        # root ignores permission bits; a read-only bind is what we can do: a file in the way
        blocker = tmp_path / "file"
        blocker.write_text("x")
        with pytest.raises(StoreError) as err:
            Store(blocker / "data")
        assert err.value.code == "store.no-dir"
        return
    d = tmp_path / "ro"
    d.mkdir()
    d.chmod(0o500)
    with pytest.raises(StoreError) as err:
        Store(d)
    assert err.value.code in ("store.read-only", "store.no-dir")


def test_full_disk_on_save_is_reported_and_the_answer_is_not_accepted(tmp_path):
    d = tmp_path / "flows"
    write_flow(d, "mini.yaml", MINI)
    lib = library.load(flow_dirs=[d], include_user=False)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "mini", "T-1", "rehearse", "nl")
    conv.submit()
    # make the database unable to grow, as on a full disk
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    big = "x" * 20000
    conv.submit("bad")
    with pytest.raises(StoreError) as err:
        conv.submit(big)
    assert err.value.code == "store.disk-full"
    assert conv.engine.current.id == "why"  # still at the step: nothing acknowledged
    assert "mini/why" not in store.get(conv.session.id).state["answers"]
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    conv.submit(big)  # retry works once there is room
    assert store.get(conv.session.id).state["answers"]["mini/why"] == big


def test_resume_restores_exact_step_answers_and_history(tmp_path):
    d = tmp_path / "flows"
    write_flow(d, "mini.yaml", MINI)
    lib = library.load(flow_dirs=[d], include_user=False)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "mini", "T-2", "rehearse", "nl")
    conv.submit()
    conv.submit("bad")
    conv.note("Ik was te snel.")
    store.close()

    store = Store(tmp_path / "data")
    again = Conversation.resume(store, lib, conv.session.id)
    assert not again.readonly and again.notices == []
    assert again.engine.current.id == "why"
    assert again.engine.answers == {"mini/mood": "bad"}
    assert again.back() and again.engine.current.id == "mood"
    actions = [c[1] for c in store.changes(conv.session.id)]
    assert actions == ["continue", "answer", "back"]
    assert store.notes(conv.session.id)[0][2] == "Ik was te snel."


def test_resume_after_flow_change_explains_and_keeps_answers(tmp_path):
    d = tmp_path / "flows"
    path = write_flow(d, "mini.yaml", MINI)
    lib = library.load(flow_dirs=[d], include_user=False)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "mini", "T-3", "rehearse", "nl")
    conv.submit()
    conv.submit("bad")
    # the trainer renames the 'mood' step but keeps 'why'
    path.write_text(MINI.replace("id: mood", "id: feeling").replace('version: "1"', 'version: "2"'))
    lib2 = library.load(flow_dirs=[d], include_user=False)
    again = Conversation.resume(store, lib2, conv.session.id)
    assert not again.readonly
    codes = [n.code for n in again.notices]
    assert codes == ["session.flow-changed", "session.answers-kept"]
    assert again.notices[1].params["steps"] == "mini/mood"
    assert again.engine.answers["mini/mood"] == "bad"

    # now the current step itself disappears: read-only, nothing lost
    path.write_text(MINI.replace("id: why", "id: reason").replace("goto: why", "goto: reason"))
    lib3 = library.load(flow_dirs=[d], include_user=False)
    third = Conversation.resume(store, lib3, conv.session.id)
    assert third.readonly and third.notices[0].code == "session.cannot-resume"
    with pytest.raises(AnswerError):
        third.submit("x")
    assert store.get(conv.session.id).state["answers"] == {"mini/mood": "bad"}


def test_delete_and_purge_really_remove_the_data(tmp_path):
    d = tmp_path / "flows"
    write_flow(d, "mini.yaml", MINI)
    lib = library.load(flow_dirs=[d], include_user=False)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "mini", "T-4", "rehearse", "nl")
    conv.submit()
    conv.submit("bad")
    secret = "geheimwoord-kwartel-" * 20
    conv.submit(secret)
    conv.note("notitie-" + secret)
    store.delete([conv.session.id])
    store.close()
    raw = b"".join(p.read_bytes() for p in (tmp_path / "data").iterdir() if p.is_file())
    assert b"geheimwoord-kwartel" not in raw
    store = Store(tmp_path / "data")
    assert store.list() == [] and store.older_than(0) == []


@pytest.mark.parametrize("text, found", [
    ("85073003328", True),
    ("85.07.30-033.28", True),
    ("nummer 85 07 30 033 28 graag", True),
    ("85.07.30-033.29", False),  # wrong check digits
    ("bel 0470 12 34 56", False),
    ("IBAN BE68 5390 0754 7034", False),
    ("", False),
])
def test_national_number_detection(text, found):
    assert (find_insz(text) is not None) is found


def test_national_number_for_people_born_after_2000():
    body = "010203004"  # born 2001-02-03, serial 004
    check = 97 - int("2" + body) % 97
    assert valid_insz(f"{body}{check:02d}")
    assert not valid_insz(f"{body}{(check % 97) + 1:02d}")
