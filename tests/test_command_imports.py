"""Short commands start near Python's own start: they import what they use and nothing of the app,
the exports or the flows, and find the user's folders without platformdirs on Linux."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from guide.base import paths

HEAVY = ("textual", "rich", "markdown_it", "yaml", "platformdirs", "shutil", "guide.flows", "guide.tui",
         "guide.artefacts", "guide.run.engine")


def _imported(tmp_path, *argv: str) -> tuple[set[str], str]:
    """The modules `bindkracht ARGV` has imported when it ends, and what it printed."""
    probe = ("import atexit, json, sys\n"
             "atexit.register(lambda: sys.stderr.write('\\n@@' + json.dumps(sorted(sys.modules))))\n"
             "from guide.cli import main\n"
             f"sys.exit(main({list(argv)!r}))\n")
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               BINDKRACHT_LANG="en")
    env.pop("BINDKRACHT_DATA_DIR", None)
    env.pop("BINDKRACHT_CONFIG_DIR", None)
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stderr.rsplit("@@", 1)[1])), done.stdout


def _loaded(modules: set[str], heavy: str) -> bool:
    return any(m == heavy or m.startswith(heavy + ".") for m in modules)


@pytest.mark.parametrize("argv", [("sessions", "list"), ("sessions", "list", "--lang", "nl")])
def test_sessions_list_imports_no_app_no_flows_and_no_markdown(tmp_path, argv):
    modules, out = _imported(tmp_path, *argv)
    assert out.strip()  # it did list (here: says there are no sessions yet)
    assert [h for h in HEAVY if _loaded(modules, h)] == []


@pytest.mark.parametrize("argv", [("flows",), ("check", "FLOW")])
def test_flow_commands_import_no_app_no_store_and_no_markdown(tmp_path, argv):
    flow = tmp_path / "mine.yaml"
    flow.write_text((paths.shipped_flows() / "closure.yaml").read_text(encoding="utf-8").replace(
        "id: closure", "id: mine", 1), encoding="utf-8")
    modules, out = _imported(tmp_path, *(str(flow) if a == "FLOW" else a for a in argv))
    assert out.strip() or argv[0] == "check"  # flows lists them; check says nothing when all is well
    lean = [h for h in HEAVY if not h.startswith(("yaml", "guide.flows"))] + ["sqlite3", "guide.storage"]
    assert [h for h in lean if _loaded(modules, h)] == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG folders are found by hand on Linux")
@pytest.mark.parametrize("env", [
    {"XDG_DATA_HOME": "/srv/d", "XDG_CONFIG_HOME": "/srv/c", "HOME": "/home/an"},
    {"XDG_DATA_HOME": "", "XDG_CONFIG_HOME": "", "HOME": "/home/an"},
    {"XDG_DATA_HOME": "relative/d", "XDG_CONFIG_HOME": "relative/c", "HOME": "/home/an"},
    {"HOME": "/home/an"},
])
def test_folders_are_where_platformdirs_puts_them(monkeypatch, env):
    from platformdirs import user_config_path, user_data_path

    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "BINDKRACHT_DATA_DIR", "BINDKRACHT_CONFIG_DIR"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert paths.data_dir() == user_data_path("bindkracht", appauthor=False)
    assert paths.config_dir() == user_config_path("bindkracht", appauthor=False)


@pytest.mark.parametrize("text", [
    'lang = "en"\n', 'lang="nl"\r\n# a note\n\nwelcomed = true\n', '  # note\n\ttheme = "textual-dark"\t\n',
    'theme = "é ü"\n', 'lang = "en\\n"\n', 'welcomed = 1\n', 'lang = "en" # note\n', "lang = 'en'\n",
    'a.b = "x"\n', 'lang = "en"\nlang = "nl"\n', '[table]\nlang = "en"\n', '# \x01\nlang = "en"\n',
    'lang = "en"\rtheme = "x"\n', '\x0b\n', '',
])
def test_settings_read_without_tomllib_agree_with_tomllib(tmp_path, text):
    import tomllib

    from guide.base import settings

    path = tmp_path / "settings.toml"
    path.write_bytes(text.encode("utf-8"))
    try:  # as before: tomllib reads the file's text with its line ends made "\n"
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError:
        expected = None
    else:
        expected = {str(k): str(v) for k, v in data.items() if isinstance(v, (str, int, bool))}
    values, broken = settings._read(path)
    assert (values if broken is None else None) == expected


@pytest.mark.parametrize("columns", [None, "", "0", "-3", "abc", "40", "200"])
def test_help_is_as_wide_as_shutil_would_make_it(monkeypatch, columns):
    import shutil

    from guide.cli.options import _columns

    monkeypatch.delenv("COLUMNS", raising=False)
    if columns is not None:
        monkeypatch.setenv("COLUMNS", columns)
    assert _columns() == shutil.get_terminal_size().columns
