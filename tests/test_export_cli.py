"""Exports and the `sessions` command: content, escaping, permissions, deletion."""

import os
import stat
import subprocess
import sys

import pytest

from guide.artefacts import export
from guide.flows import library
from guide.storage.sessions import Conversation
from guide.storage.store import Store
from tests.conftest import MINI, ROOT, write_flow

EVIL = '<script>alert("x")</script> **vet** [klik](javascript:alert(1)) <img src=x onerror=alert(1)> &amp;'


@pytest.fixture
def finished(tmp_path):
    d = tmp_path / "flows"
    write_flow(d, "mini.yaml", MINI)
    lib = library.load(flow_dirs=[d], include_user=False)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "mini", "<b>T</b>", "rehearse", "en")
    conv.submit()
    conv.note("first " + EVIL)
    conv.submit("bad")
    conv.submit(EVIL)
    yield lib, store, conv.session.id, d
    store.close()


def test_html_export_escapes_everything_typed(finished):
    lib, store, sid, _ = finished
    page = export.render(store.get(sid), lib, store.notes(sid), "en", "html")
    for raw in ("<script", "<img", "<b>T</b>", 'href="javascript', "<strong>vet</strong>"):
        assert raw not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "**vet**" in page and "&amp;amp;" in page
    assert "@media print" in page


def test_export_has_questions_answers_feedback_scores_and_notes_by_phase(finished):
    lib, store, sid, _ = finished
    text = export.render(store.get(sid), lib, store.notes(sid), "nl", "md")
    assert "## Warm onthaal" in text
    assert "**Kies:** Stemming?" in text and "> Slecht" in text
    assert "*Binnenkant:* Niemand luistert." in text
    assert "Notitie" in text and "first" in text
    assert "| Krachtlijn 3 · Relationele gelijkwaardigheid | -50% (-1/2) |" in text  # %, points beside it


def _cli(*args, stdin="", env_data=None):
    env = dict(os.environ)
    if env_data:
        env["BINDKRACHT_DATA_DIR"] = str(env_data)
    return subprocess.run([sys.executable, "-m", "guide", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, env=env)


def test_cli_export_writes_a_private_file(finished, tmp_path):
    lib, store, sid, flows = finished
    out = tmp_path / "rapport.html"
    r = _cli("sessions", "export", str(sid), "--out", str(out), "--flows", str(flows),
             env_data=tmp_path / "data")
    assert r.returncode == 0, r.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "&lt;script&gt;" in out.read_text()
    r = _cli("sessions", "export", str(sid), "--format", "md", "--flows", str(flows),
             env_data=tmp_path / "data")
    written = list((tmp_path / "data" / "exports").glob("*.md"))
    assert r.returncode == 0 and len(written) == 1
    assert written[0].name.startswith(f"sessie-{sid}-mini-") and "T" not in written[0].name
    assert stat.S_IMODE(written[0].stat().st_mode) == 0o600


def test_cli_delete_asks_first_and_then_removes(finished, tmp_path):
    lib, store, sid, flows = finished
    data = tmp_path / "data"
    r = _cli("sessions", "delete", str(sid), stdin="n\n", env_data=data)
    assert r.returncode == 1 and "Niets gewist" in r.stdout
    assert "T</b>" in _cli("sessions", "list", env_data=data).stdout
    r = _cli("sessions", "delete", str(sid), "--lang", "en", stdin="y\n", env_data=data)
    assert r.returncode == 0 and "1 session(s) deleted" in r.stdout
    assert "Nog geen sessies" in _cli("sessions", "list", env_data=data).stdout


def test_cli_purge_by_age(finished, tmp_path):
    lib, store, sid, flows = finished
    data = tmp_path / "data"
    store.conn.execute("UPDATE sessions SET updated = updated - 100*86400 WHERE id = ?", (sid,))
    r = _cli("sessions", "purge", "--older-than", "90d", "--yes", env_data=data)
    assert r.returncode == 0 and "1 sessie(s) gewist" in r.stdout
    r = _cli("sessions", "purge", "--older-than", "soon", env_data=data)
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_play_then_kill_then_resume_where_we_were(tmp_path):
    data = tmp_path / "data"
    # card, cue, language = 1 (Dutch works), opening, acute = 1 (none)
    first = _cli("play", "intake", "--label", "P-1", stdin="\n\n1\n\n1\n", env_data=data)
    assert first.returncode == 0, first.stderr
    assert "Alles is bewaard" in first.stdout
    second = _cli("play", "intake", "--lang", "en", stdin="y\n", env_data=data)
    assert "unfinished session 'P-1'" in second.stdout
    # it continues at the step after 'acute' (answered 'none'): explaining the role
    after_resume = second.stdout.split("Continue?")[1]
    assert "May I explain who I am" in after_resume
    assert "What brings you here today" not in after_resume


def test_corrupt_database_message_on_the_command_line(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "bindkracht.db").write_bytes(os.urandom(5000))
    r = _cli("sessions", "list", "--lang", "en", env_data=data)
    assert r.returncode == 0
    assert "moved aside" in r.stderr and "Traceback" not in r.stderr
    assert list(data.glob("bindkracht.db.broken-*"))


def test_scenario_sheets_print_persona_coach_and_observer_on_separate_pages(tmp_path):
    out = tmp_path / "sheets.html"
    r = _cli("sessions", "list", env_data=tmp_path / "d")  # a data folder exists
    r = _cli("sheets", "rp-energie", "--out", str(out), "--lang", "en", "--training", "BK-gent-2026-12-02",
             env_data=tmp_path / "d")  # printed for a training: all three sheets
    assert r.returncode == 0, r.stderr
    page = out.read_text()
    assert page.count('<hr class="page" />') == 2 and "break-after: page" in page
    assert "Coach sheet" in page and "Observation sheet" in page
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert _cli("sheets", "intake", env_data=tmp_path / "d").returncode == 1
    assert _cli("sheets", "nope", env_data=tmp_path / "d").returncode == 2
