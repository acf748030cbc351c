"""Files and flows that are not what they seem: a flow id used twice, a loose umask, an
`--out` that is a device or a symlink."""

import os
import shutil
import stat

import pytest

from guide.base import paths
from guide.cli import main
from guide.storage.store import DB_NAME, Store
from tests.conftest import MINI, write_flow


def mode(path):
    return stat.S_IMODE(os.lstat(path).st_mode)


# -- a flow id used twice ---------------------------------------------------------------
def test_new_flow_refuses_an_id_that_already_exists(private_dirs, capsys):
    assert main(["--lang", "en", "new", "flow", "intake"]) == 1
    err = capsys.readouterr().err
    assert "There is already a flow with id 'intake'" in err and "intake.yaml" in err
    assert not paths.user_flows().exists() or not list(paths.user_flows().glob("*.yaml"))


async def test_the_app_starts_with_a_flow_id_used_twice_and_shows_the_problem(private_dirs):
    from textual.widgets import OptionList

    from guide.tui.app import GuideApp

    user = paths.user_flows()
    user.mkdir(parents=True)
    shutil.copy(paths.shipped_flows() / "intake.yaml", user / "intake.yaml")  # a copied shipped flow
    assert main(["new", "flow", "mijn-onthaal"]) == 0
    text = (user / "mijn-onthaal.yaml").read_text(encoding="utf-8")
    (user / "tweede.yaml").write_text(text, encoding="utf-8")  # and a flow file copied under another name
    app = GuideApp(lang="nl", data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.pause()
        flows = app.screen.query_one("#flows", OptionList)
        ids = [flows.get_option_at_index(i).id for i in range(flows.option_count)]
        assert len(ids) == len(set(ids))
        broken = [i for i in ids if i and i.startswith("!") and i.endswith("intake.yaml")]
        assert broken, ids
        app.screen.show_info(broken[0])
        await pilot.pause()
        info = str(app.screen.query_one("#flow-info").render())
        assert "error[duplicate-flow]" in info and "intake" in info
    assert app.return_code in (None, 0)


# -- a loose umask ----------------------------------------------------------------------
def test_everything_the_app_creates_is_closed_to_others_under_umask_000(tmp_path, monkeypatch):
    from guide.base import settings

    config = tmp_path / "home" / ".config" / "bindkracht"
    data = tmp_path / "home" / ".local" / "share" / "bindkracht"
    monkeypatch.setenv("BINDKRACHT_CONFIG_DIR", str(config))
    old = os.umask(0)
    try:
        assert main(["new", "scenario", "oefening"]) == 0
        assert settings.save({"lang": "en"})
        Store(data).close()
    finally:
        os.umask(old)
    made = [p for root in (tmp_path / "home",) for p in [root, *root.rglob("*")]]
    loose = {str(p.relative_to(tmp_path)): oct(mode(p)) for p in made if mode(p) & 0o077}
    assert loose == {}
    assert mode(config / "flows" / "oefening.yaml") == 0o600


def test_an_existing_data_folder_and_database_open_to_others_are_closed(tmp_path):
    data = tmp_path / "data"
    Store(data).close()
    os.chmod(data, 0o777)
    os.chmod(data / DB_NAME, 0o666)
    store = Store(data)
    store.close()
    assert (mode(data), mode(data / DB_NAME)) == (0o700, 0o600)
    assert store.tightened == [data, data / DB_NAME]


# -- --out that is not a regular file -----------------------------------------------------
@pytest.fixture
def one_session(tmp_path):
    from guide.flows import library
    from guide.storage.sessions import Conversation

    d = tmp_path / "flows"
    write_flow(d, "mini.yaml", MINI)
    lib = library.load(flow_dirs=[d], include_user=False)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "mini", "OUT-1", "rehearse", "en")
    conv.submit()
    conv.close()
    store.close()
    return d


@pytest.mark.parametrize("kind", ["symlink", "fifo", "folder", "dangling"])
def test_out_never_replaces_what_is_not_a_regular_file(tmp_path, one_session, capsys, kind):
    target = tmp_path / "precious.txt"
    target.write_text("keep me", encoding="utf-8")
    out = tmp_path / "out.html"
    if kind == "symlink":
        out.symlink_to(target)
    elif kind == "fifo":
        os.mkfifo(out)
    elif kind == "folder":
        out.mkdir()
    else:
        out.symlink_to(tmp_path / "nowhere" / "x")
    before = os.lstat(out)
    code = main(["--lang", "en", "sessions", "export", "1", "--flows", str(one_session), "--out", str(out)])
    assert code == 1
    assert "is not a regular file" in capsys.readouterr().err
    after = os.lstat(out)
    assert (stat.S_IFMT(after.st_mode), after.st_ino) == (stat.S_IFMT(before.st_mode), before.st_ino)
    assert target.read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "nowhere").exists()


def test_out_writes_a_new_or_regular_file_privately(tmp_path, one_session):
    new = tmp_path / "new.html"
    assert main(["sessions", "export", "1", "--flows", str(one_session), "--out", str(new)]) == 0
    assert mode(new) == 0o600 and "OUT-1" in new.read_text(encoding="utf-8")
    old = tmp_path / "old.md"
    old.write_text("old", encoding="utf-8")
    os.chmod(old, 0o644)
    assert (
        main(["sessions", "export", "1", "--format", "md", "--flows", str(one_session), "--out", str(old)])
        == 0
    )
    assert mode(old) == 0o600 and "OUT-1" in old.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
