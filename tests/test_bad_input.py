"""Bad input on the command line and in the user's own files: a clear message, nothing lost, no traceback."""

import os
import sqlite3
import subprocess
import sys

import pytest

from guide.base import settings
from guide.storage import store
from guide.storage.store import DB_NAME
from tests.conftest import ROOT


def _cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "guide", *args], capture_output=True, text=True,
                          cwd=ROOT, env=dict(os.environ, **(env or {})), timeout=120)


@pytest.mark.parametrize("args", [
    ["sessions", "show", "99999999999999999999"],
    ["sessions", "export", "99999999999999999999"],
    ["sessions", "delete", "99999999999999999999", "--yes"],
    ["sessions", "show", "0"],
])
def test_a_session_number_out_of_range_is_a_usage_error(args):
    out = _cli("--lang", "en", *args)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "is not a session number" in out.stderr


@pytest.mark.parametrize("action", [["show"], ["export"], ["delete", "--yes"]])
def test_a_session_that_does_not_exist_is_a_usage_error_as_the_help_says(action, tmp_path):
    out = _cli("--lang", "en", "--data-dir", str(tmp_path), "sessions", action[0], "4242", *action[1:])
    assert out.returncode == 2 and "Traceback" not in out.stderr  # exit 2: an unknown flow, code or folder
    assert "There is no session 4242." in out.stderr


@pytest.mark.parametrize("port", ["99999", "-1", "0", "eighty"])
def test_serve_refuses_a_port_that_does_not_exist(port):
    out = _cli("serve", "--port", port)  # Dutch by default
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert f"'{port}' is geen poort (een heel getal van 1 tot 65535)" in out.stderr


def test_an_unknown_home_in_the_data_folder_is_explained():
    by_flag = _cli("--lang", "en", "--data-dir", "~nouser-bk/x", "sessions", "list")
    by_env = _cli("--lang", "en", "sessions", "list", env={"BINDKRACHT_DATA_DIR": "~nouser-bk/x"})
    for out in (by_flag, by_env):
        assert out.returncode == 2 and "Traceback" not in out.stderr
        assert "The data folder '~nouser-bk/x' cannot be used" in out.stderr


def _version_without_tables(data):
    data.mkdir(parents=True)
    conn = sqlite3.connect(data / DB_NAME)
    conn.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION}")
    conn.commit()
    conn.close()


def test_a_database_that_claims_its_tables_but_has_none_is_set_aside(tmp_path):
    data = tmp_path / "d"
    _version_without_tables(data)
    out = _cli("--lang", "en", "--data-dir", str(data), "sessions", "list")
    assert out.returncode == 0 and "Traceback" not in out.stderr
    assert "moved aside" in out.stderr and "No sessions yet" in out.stdout
    assert list(data.glob(f"{DB_NAME}.broken-*"))  # kept, never deleted

    _version_without_tables(tmp_path / "p")
    play = subprocess.run([sys.executable, "-m", "guide", "--lang", "en", "--data-dir", str(tmp_path / "p"),
                           "play", "intake", "--label", "T-1"], input="\n\n1\n", capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert "Traceback" not in play.stdout + play.stderr
    assert "moved aside" in play.stdout and "Session 'T-1' started" in play.stdout


def test_reading_commands_never_claim_an_answer_was_lost(tmp_path):
    blocked = tmp_path / "file-in-the-way"
    blocked.write_text("not a folder")
    for args in (["sessions", "list"], ["sessions", "export", "1"], ["sessions", "delete", "1", "--yes"]):
        out = _cli("--lang", "en", "--data-dir", str(blocked / "data"), *args)
        assert out.returncode == 1 and "Traceback" not in out.stderr
        assert "NOT saved" not in out.stderr and out.stderr.strip()


def test_a_full_disk_at_start_says_the_disk_is_full(tmp_path, monkeypatch):
    class Full:
        f_bavail = 0

    monkeypatch.setattr(store.os, "statvfs", lambda _path: Full())
    error = store.classify_error(sqlite3.OperationalError("disk I/O error"), tmp_path)
    assert error.code == "store.disk-full"
    monkeypatch.setattr(store.os, "statvfs", lambda _path: type("Room", (), {"f_bavail": 10})())
    assert store.classify_error(sqlite3.OperationalError("disk I/O error"), tmp_path).code == "store.io-error"


def test_a_broken_settings_file_is_reported_and_never_overwritten(private_dirs):
    config = settings.paths.config_dir()
    config.mkdir(parents=True)
    text = '# my own comment\ntheme = "nord"\nlang = en\n'  # 'en' without quotes: not TOML
    (config / "settings.toml").write_text(text)
    (config / "keys.toml").write_text('back = "ctrl+b"\nnote = \n')
    assert settings.save({"lang": "nl"}) is False
    assert (config / "settings.toml").read_text() == text
    where = {b.path.name: (b.line, b.col) for b in settings.broken()}
    assert where == {"settings.toml": (3, 8), "keys.toml": (2, 8)}


def test_saving_a_setting_keeps_the_users_comments_and_other_lines(private_dirs):
    config = settings.paths.config_dir()
    config.mkdir(parents=True)
    (config / "settings.toml").write_text('# chosen for the projector\ntheme = "ansi-light"\nlang = "en"\n')
    assert settings.save({"lang": "nl", "welcomed": True})
    assert (config / "settings.toml").read_text() == (
        '# chosen for the projector\ntheme = "ansi-light"\nlang = "nl"\nwelcomed = "True"\n'
    )
    assert settings.load() == {"theme": "ansi-light", "lang": "nl", "welcomed": "True"}


async def test_the_app_reports_a_broken_settings_file_with_its_line(private_dirs):
    from guide.tui.app import GuideApp

    config = settings.paths.config_dir()
    config.mkdir(parents=True)
    (config / "settings.toml").write_text('theme = "nord"\nlang = = "en"\n')
    app = GuideApp(lang="en", data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("settings.toml:2:" in m and "cannot be read" in m for m in messages), messages
        await app.switch_lang("nl")  # would save the language: the broken file stays as it was
        await pilot.pause()
    assert (config / "settings.toml").read_text() == 'theme = "nord"\nlang = = "en"\n'


def test_every_key_used_anywhere_resolves_in_both_languages_without_the_app():
    """Core commands (serve's page title, `sessions show`) once showed raw keys such as `app.title`,
    because those texts lived in a catalogue only the terminal app registered."""
    probe = r'''
import re, sys
from pathlib import Path
from guide import cli# what the commands load
from guide.base import i18n# what the commands load
from guide.web import server# what the commands load
from guide.artefacts import export, reports# what the commands load
from guide.storage import store, sessions# what the commands load
assert "textual" not in sys.modules, "core imported textual"
known = i18n.all_keys()
used = set()
pattern = r"""(?:\bt\(|Error\()\s*["']([a-z][\w-]*\.[\w.?-]+)["']"""
for path in Path("guide").rglob("*.py"):
    if "strings" not in path.parts:
        used |= set(re.findall(pattern, path.read_text()))
whole = [k for k in used if not k.endswith(".")]  # 'phase.' + id is checked by the catalogue tests
bad = sorted(k for k in whole if k not in known or not all(known[k].get(lg, "").strip() for lg in i18n.LANGS))
print(len(used), bad)
assert not bad, bad
assert i18n.t("app.title", "en") == "Bind-Kracht guide" and i18n.t("app.title", "nl") == "Bind-Kracht gids"
'''
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert int(out.stdout.split()[0]) > 100  # the scan really found the keys


def test_devices_pipes_and_sparse_giants_are_refused_before_reading(tmp_path):
    flows = tmp_path / "flows"
    flows.mkdir()
    os.mkfifo(flows / "pipe.yaml")  # reading it would block for ever
    (flows / "zero.yaml").symlink_to("/dev/zero")  # reading it would never end
    with open(flows / "sparse.yaml", "wb") as fh:  # 1.5 GB that takes no room on disk
        fh.truncate(1536 * 1024 * 1024)
    out = _cli("--lang", "en", "check", str(flows))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "pipe.yaml:1:1: error[not-a-file]" in out.stdout
    assert "zero.yaml:1:1: error[not-a-file]" in out.stdout
    assert "sparse.yaml:1:1: error[too-large]: the file is larger than 8 MB" in out.stdout
    direct = _cli("--lang", "en", "check", "/dev/zero")
    assert direct.returncode == 1 and "/dev/zero:1:1: error[not-a-file]" in direct.stdout


def test_the_app_library_loads_past_a_pipe_in_the_flow_folder(tmp_path):
    from guide.flows import library

    flows = tmp_path / "flows"
    flows.mkdir()
    os.mkfifo(flows / "pipe.yaml")
    lib = library.load(flow_dirs=[flows], include_user=False)  # returns: a FIFO never blocks loading
    broken = [f for f in lib.files if f.path.name == "pipe.yaml"]
    assert [p.code for p in broken[0].problems] == ["not-a-file"]
    assert "intake" in lib.flows


def test_an_empty_folder_and_a_folder_named_like_a_plan_are_explained(tmp_path):
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    out = _cli("--lang", "en", "check", str(empty))
    assert out.returncode == 1 and "no flow files (*.yaml) found" in out.stderr
    folder = tmp_path / "dir.yaml"
    folder.mkdir()
    out = _cli("--lang", "en", "test", str(folder))
    assert out.returncode == 2 and "is a folder, not a test plan" in out.stderr
    assert "does not exist" not in out.stderr


def test_a_chain_of_500_flows_calling_each_other_plays_to_the_end(tmp_path):
    chain = tmp_path / "chain"
    chain.mkdir()
    n = 500
    for i in range(n):
        step = ("      - {id: s, kind: ask, text: {nl: Laatste, en: Last}}" if i == n - 1 else
                f"      - {{id: s, kind: call, flow: f{i + 1}, text: {{nl: Verder, en: On}}}}")
        (chain / f"f{i}.yaml").write_text(
            f'id: f{i}\nversion: "1"\ntitle: {{nl: F{i}, en: F{i}}}\nlanguages: [nl, en]\n'
            f"phases:\n  - id: intake\n    steps:\n{step}\n"
            "      - {id: e, kind: end, text: {nl: Klaar, en: Done}}\n")
    check = _cli("--lang", "en", "check", "--flows", str(chain), str(chain))
    assert check.returncode == 0, check.stdout[-500:]
    play = subprocess.run([sys.executable, "-m", "guide", "--lang", "en", "--flows", str(chain),
                           "--data-dir", str(tmp_path / "d"), "play", "f0", "--label", "C-1"],
                          input="\n" * 5, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert "Traceback" not in play.stdout + play.stderr
    assert "Last" in play.stdout and "Export with: bindkracht sessions export 1" in play.stdout


@pytest.mark.parametrize("args", [["training"], ["live", "debrief", "ABCD"], ["sessions", "list"]])
def test_every_command_with_the_store_says_a_damaged_database_was_moved_aside(tmp_path, args):
    data = tmp_path / "d"
    data.mkdir(mode=0o700)
    (data / DB_NAME).write_bytes(os.urandom(5000))
    out = _cli("--lang", "en", "--data-dir", str(data), *args)
    assert "Traceback" not in out.stderr
    assert "moved aside" in out.stderr
    assert list(data.glob(f"{DB_NAME}.broken-*"))  # kept, never deleted
