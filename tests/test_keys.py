"""Every key of every screen lives in the one registry (guide/tui/keys.py): F1 lists it, the footer
shows it, and keys.toml can rebind it."""

import os

import pytest

from guide.base.i18n import t
from guide.classroom import live
from guide.storage.store import Store
from guide.tui import keys
from guide.tui.app import GuideApp
from guide.tui.live import (
    CoachScreen,
    InsideScreen,
    LiveDebriefScreen,
    LiveEntryScreen,
    ObserverScreen,
    TrainerScreen,
    WorkerScreen,
)
from guide.tui.screens import GuideScreen
from tests.conftest import app_ready, until


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_every_key_list_is_in_the_registry_and_every_screen_uses_registered_ids():
    specs = [v for k, v in vars(keys).items() if k.endswith("_KEYS") and isinstance(v, list)]
    assert all(any(spec is known for known in keys.EVERY_SPEC) for spec in specs), (
        "a key list outside EVERY_SPEC"
    )
    registered = set(keys.all_ids())
    for screen in _subclasses(GuideScreen):
        own = {s[0] for s in getattr(screen, "KEY_SPEC", [])}
        assert own <= registered, f"{screen.__name__}: {own - registered} cannot be rebound in keys.toml"
    assert {"live-finish", "live-back", "live-save", "live-export", "live-close"} <= registered


async def _open(app, pilot, screen):
    app.push_screen(screen)
    await until(pilot, lambda: app.screen is screen and screen.is_mounted, "the screen opened")
    await pilot.pause()


def _footer_text(screen) -> str:
    from guide.tui.footer import KeyFooter

    footer = screen.query_one(KeyFooter)
    return " ".join(str(child.render()) for child in footer.query("*"))


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_f1_and_the_footer_know_every_key_of_every_live_screen(lang):
    app = GuideApp(lang=lang, blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await app_ready(pilot)
        store = Store(app.store.dir)
        play, trainer = live.start(store, "rp-wantrouwen", lang)
        _p, worker = live.join(store, play.code, "worker")
        _p, coach = live.join(store, play.code, "coach")
        _p, observer = live.join(store, play.code, "observer")
        screens = [LiveEntryScreen(), TrainerScreen(play.id, trainer, "trainer"),
                   WorkerScreen(play.id, worker, "worker"), CoachScreen(play.id, coach, "coach"),
                   ObserverScreen(play.id, observer, "observer"), InsideScreen(play.id, coach, "coach"),
                   LiveDebriefScreen(play.id, trainer, "trainer")]
        for screen in screens:
            await _open(app, pilot, screen)
            listed = dict(app.keys_here(screen))
            footer = _footer_text(screen)
            for bid, key, _action, desc, show in screen.KEY_SPEC:
                name = keys.display(key)
                assert name in listed, f"{type(screen).__name__}: F1 does not list {bid} ({name})"
                assert listed[name] == t(desc, lang)
                if show:
                    assert t(desc, lang) in footer, f"{type(screen).__name__}: the footer hides {bid}"
            app.pop_screen()
        store.close()


async def test_keys_toml_rebinds_a_live_key(tmp_path):
    config = os.environ["BINDKRACHT_CONFIG_DIR"]
    os.makedirs(config, exist_ok=True)
    with open(os.path.join(config, "keys.toml"), "w", encoding="utf-8") as f:
        f.write('live-finish = "ctrl+y"\n')
    app = GuideApp(lang="en", blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await app_ready(pilot)
        store = Store(app.store.dir)
        play, trainer = live.start(store, "rp-wantrouwen", "en")
        screen = TrainerScreen(play.id, trainer, "trainer")
        await _open(app, pilot, screen)
        assert dict(app.keys_here(screen)).get("Ctrl+Y") == t("live.key.finish", "en")
        await pilot.press("ctrl+y")
        await until(pilot, lambda: live.read(store, play.id).status == live.AFTER, "Ctrl+Y ended the play")
        store.close()
