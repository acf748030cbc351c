"""A bad value in settings.toml or keys.toml is ignored with a message naming the file, the key and
what is allowed; the file is kept as the user wrote it; a key that would make a screen unusable is refused."""

import pytest

from guide.base import settings
from guide.base.i18n import t
from guide.cli import main
from guide.tui.app import GuideApp
from guide.tui.home import HomeScreen
from guide.tui.keys import usable

SETTINGS = 'lang = "fr"\nbinnenkant = "soms"\nkleur = "rood"\nsheets = "everyone"\n'
@pytest.fixture(autouse=True)
def no_problems_left():
    settings.take_problems()  # each test sees only what it wrote
    yield
    settings.take_problems()


KEYS = 'quit = "enter"\nback = "x"\nhelp = "tab"\nnosuch = "ctrl+y"\nnote = "ctrl+j"\n'


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_command_says_each_bad_setting_on_stderr_and_keeps_the_file(tmp_path, capsys, lang):
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.toml").write_text(SETTINGS)
    assert main(["--lang", lang, "sessions", "list"]) == 0
    err = capsys.readouterr().err
    path = config / "settings.toml"
    assert t("settings.bad-value", lang, path=path, key="lang", value="fr", allowed="nl, en") in err
    assert t("settings.bad-value", lang, path=path, key="binnenkant", value="soms",
             allowed="after, before") in err
    assert f"{path}: 'kleur'" in err and "sheets" not in err.split("kleur")[0]  # a good value says nothing
    assert (config / "settings.toml").read_text() == SETTINGS
    assert settings.sheets() == "everyone"  # the good values still count


def test_keys_that_type_move_or_confirm_cannot_be_bound():
    for key in ("enter", "tab", "shift+tab", "space", "x", "X", "shift+a", "up", "backspace", "comma",
                "ctrl+j,q"):
        assert not usable(key), key
    for key in ("ctrl+j", "alt+x", "f5", "escape", "ctrl+shift+s", "pagedown"):
        assert usable(key), key
    # the projector's keys: no text field there
    assert usable("v", typing=False) and not usable("enter", typing=False)


async def test_the_app_refuses_an_unusable_binding_and_says_so(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "keys.toml").write_text(KEYS)
    (config / "settings.toml").write_text('theme = "paars"\nwelcomed = "True"\n')
    app = GuideApp(lang="en", blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
        keys_path = config / "keys.toml"
        for key, value in (("quit", "enter"), ("back", "x"), ("help", "tab")):
            assert any(f'{keys_path}: {key} = "{value}"' in m for m in said), said
        assert any(f"{keys_path}: 'nosuch'" in m for m in said), said
        assert any(f'{config / "settings.toml"}: theme = "paars"' in m for m in said), said
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("enter")  # Enter still chooses: the app is still there, on the list of activities
        await pilot.pause()
        assert app.is_running and app.screen.query_one("#flows").has_focus
        assert app._keymap.get("note") == "ctrl+j"  # the good binding is taken
    assert (config / "keys.toml").read_text() == KEYS
    assert (config / "settings.toml").read_text() == 'theme = "paars"\nwelcomed = "True"\n'
