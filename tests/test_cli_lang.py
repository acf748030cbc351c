"""The command line: which language it speaks, which format an export gets, what the file is called."""

import subprocess
import sys

import pytest

from guide.base import i18n, settings
from guide.base.privacy import looks_like_name
from guide.flows import library
from guide.storage.sessions import Conversation
from guide.storage.store import Store
from tests.conftest import MINI, ROOT, write_flow


def _cli(*args, env_extra=None):
    import os

    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "guide", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)


def test_saved_language_and_locale_pick_the_language(monkeypatch):
    assert settings.pick_lang() == "nl"
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert settings.pick_lang() == "en"
    monkeypatch.delenv("LC_ALL")
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    assert settings.pick_lang() == "nl"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert settings.pick_lang() == "en"
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    assert settings.pick_lang() == "nl"  # neither: the working language
    settings.save({"lang": "en"})
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    assert settings.pick_lang() == "en"  # the saved setting beats the locale
    monkeypatch.setenv("BINDKRACHT_LANG", "nl")
    assert settings.pick_lang() == "nl"
    assert settings.pick_lang("en") == "en"


def test_the_lang_setting_applies_to_the_command_line():
    assert _cli("sessions", "list").stdout.strip() == i18n.t("cli.sessions.empty", "nl")
    settings.save({"lang": "en"})
    english = _cli("sessions", "list").stdout
    dutch = _cli("sessions", "list", env_extra={"BINDKRACHT_LANG": "nl"}).stdout
    assert english != dutch
    assert english.strip() == i18n.t("cli.sessions.empty", "en")
    assert _cli("sessions", "list", env_extra={"LC_ALL": "en_US.UTF-8"}).stdout == english


@pytest.fixture
def finished(tmp_path):
    d = tmp_path / "flows"
    write_flow(d, "mini.yaml", MINI)
    lib = library.load(flow_dirs=[d], include_user=False)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "mini", "Marc P", "rehearse", "nl")
    conv.submit()
    conv.submit("good")
    yield conv.session.id, d
    store.close()


def test_export_format_follows_the_extension_unless_format_says_otherwise(finished, tmp_path):
    sid, flows = finished
    md = tmp_path / "plan.md"
    r = _cli("sessions", "export", str(sid), "--out", str(md), "--flows", str(flows))
    assert r.returncode == 0, r.stderr
    assert "<html" not in md.read_text() and md.read_text().startswith("#")
    page = tmp_path / "plan.html"
    _cli("sessions", "export", str(sid), "--out", str(page), "--flows", str(flows))
    assert "<html" in page.read_text()
    forced = tmp_path / "plan.txt"
    _cli("sessions", "export", str(sid), "--out", str(forced), "--format", "md", "--flows", str(flows))
    assert "<html" not in forced.read_text()
    forced_html = tmp_path / "notes.md"
    _cli("sessions", "export", str(sid), "--out", str(forced_html), "--format", "html", "--flows", str(flows))
    assert "<html" in forced_html.read_text()


def test_export_file_names_never_carry_the_label(finished, private_dirs):
    sid, flows = finished
    _cli("sessions", "export", str(sid), "--flows", str(flows), env_extra={"BINDKRACHT_DATA_DIR": str(
        flows.parent / "data")})
    written = list((flows.parent / "data" / "exports").glob("*"))
    assert len(written) == 1
    name = written[0].name
    assert "Marc" not in name and name.startswith(f"sessie-{sid}-mini-20") and name.endswith(".html")


def test_name_like_labels_are_spotted():
    for name in ("Marc Peeters", "Anna van den Broeck", "Jean-Luc D'Hondt", "Fatima El Amrani"):
        assert looks_like_name(name), name
    for code in ("T-3", "A.B.", "MP-2026-01", "sessie 4", "Marc", "oefening Marc 2"):
        assert not looks_like_name(code), code


def test_a_command_reads_the_same_whether_options_come_before_or_after_it(tmp_path):
    """Only the command asked for is built; the global options may stand on either side of it."""
    data = str(tmp_path / "data")
    before = _cli("--lang", "en", "--data-dir", data, "sessions", "list")
    after = _cli("sessions", "list", "--lang", "en", "--data-dir", data)
    between = _cli("--data-dir", data, "sessions", "--lang=en", "list")
    assert before.returncode == after.returncode == between.returncode == 0
    assert before.stdout == after.stdout == between.stdout == i18n.t("cli.sessions.empty", "en") + "\n"
    typo = _cli("--lang", "en", "sesions", "list")  # a typo still lists every command
    assert typo.returncode == 2 and all(
        name in typo.stderr for name in ("check", "sessions", "live", "graph")
    )
    for overview in (_cli("--lang", "en", "--help"), _cli("--lang", "en", "-h", "sessions")):
        assert overview.returncode == 0 and all(
            name in overview.stdout for name in ("check", "sessions", "live", "graph")
        )
