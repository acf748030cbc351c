"""One guard for every typed text (guide/base/typed.py): nothing is cut, disguised or refused
without a word, in every field a person types in."""

import os
import subprocess
import sys

import pytest

from guide.artefacts import export
from guide.base import typed
from guide.base.errors import AnswerError
from guide.base.i18n import t
from guide.classroom import live
from guide.cli import main
from guide.flows import library
from guide.storage.sessions import Conversation
from guide.storage.store import Store
from tests.conftest import MINI, ROOT, app_ready, until, write_flow

INSZ = "85.07.30-033.28"
BIDI = "0001 \u202eEUR\u202c\u200b \u2067x\u2069"  # can show as "RUE 1000"


def _lib(tmp_path):
    d = tmp_path / "flows"
    write_flow(d, "mini.yaml", MINI)
    return d, library.load(flow_dirs=[d], include_user=False)


def _to_text(conv):
    conv.submit()
    conv.submit("bad")


def test_the_guard_removes_invisible_characters_and_refuses_whole_with_the_limit():
    assert typed.take(BIDI, 100) == "0001 EUR x"
    assert typed.take(b"caf\xe9", 100) == "caf\ufffd" and typed.undecodable(b"caf\xe9")
    assert typed.take("caf\udce9", 100) == "caf\ufffd" and typed.undecodable("caf\udce9")
    with pytest.raises(AnswerError) as caught:
        typed.take("x" * 2523, 2000)
    assert caught.value.params == {"limit": 2000, "length": 2523}
    for lang in ("nl", "en"):
        assert "2000" in caught.value.message(lang) and "2523" in caught.value.message(lang)


def test_a_national_register_number_is_refused_in_every_field(tmp_path, lib):
    d, mini = _lib(tmp_path)
    store = Store(tmp_path / "data")
    with pytest.raises(AnswerError, match="privacy.insz"):
        Conversation.start(store, mini, "mini", f"L {INSZ}", "rehearse", "nl")
    with pytest.raises(AnswerError, match="privacy.insz"):
        Conversation.start(store, mini, "mini", "L-1", "rehearse", "nl", training="BK-85073003328")
    conv, _ = Conversation.start(store, mini, "mini", "L-1", "rehearse", "nl")
    _to_text(conv)
    for act in (conv.submit, conv.note):
        with pytest.raises(AnswerError, match="privacy.insz"):
            act(f"nummer {INSZ}")
    conv.close()

    play, _me = live.start(store, "rp-wantrouwen", "nl")
    _, observer = live.join(store, play.code, "observer")
    with pytest.raises(AnswerError, match="privacy.insz"):
        live.add_mark(store, play.id, observer, 0, 3, f"zijn nummer {INSZ}")
    live.finish(store, play.id)
    with pytest.raises(AnswerError, match="privacy.insz"):
        live.set_inside(store, play.id, 0, f"ik dacht aan {INSZ}")
    read = live.read(store, play.id)
    assert read.marks == [] and read.inside == {}
    assert "033" not in live.debrief_markdown(lib, read, "nl")
    store.close()


def test_a_long_binnenkant_is_kept_whole_or_refused_before_anything_is_saved(tmp_path):
    store = Store(tmp_path / "data")
    play, _me = live.start(store, "rp-wantrouwen", "nl")
    live.finish(store, play.id)
    long = " ".join(f"woord{i}" for i in range(400))[:2523]
    live.set_inside(store, play.id, 0, long)
    assert live.read(store, play.id).inside[0] == long  # 2,523 characters: all of them
    with pytest.raises(AnswerError) as caught:
        live.set_inside(store, play.id, 0, "x" * (typed.INSIDE + 1))
    assert caught.value.params["limit"] == typed.INSIDE
    assert live.read(store, play.id).inside[0] == long  # the refused text changed nothing
    store.close()


def test_bidi_and_zero_width_never_reach_list_show_or_the_exports(tmp_path, capsys):
    d, lib = _lib(tmp_path)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "mini", "L\u202e-1", "rehearse", "nl")
    _to_text(conv)
    conv.note("noot " + BIDI)
    conv.submit("bedrag " + BIDI)
    sid = conv.session.id
    assert store.get(sid).label == "L-1"
    assert store.get(sid).state["answers"]["mini/why"] == "bedrag 0001 EUR x"
    # data from before the guard: shown as codes, never acting
    store.conn.execute("UPDATE sessions SET label = ?", ("OUD\u202e1000",))
    store.conn.execute("UPDATE notes SET text = ?", ("noot \u2067oud\u2069",))
    session, notes = store.get(sid), store.notes(sid)
    pages = export.render_all(session, lib, notes, "nl", store)
    conv.close()
    store.close()
    assert main(["sessions", "list", "--data-dir", str(tmp_path / "data")]) == 0
    assert main(["sessions", "show", str(sid), "--flows", str(d), "--data-dir", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out
    for text in (out, pages["md"], pages["html"]):
        assert not typed.INVISIBLE.search(text)
        assert "u202e1000" in text and "u2067oud" in text


def test_play_reads_latin1_input_with_replacement_characters_and_a_warning(tmp_path):
    d, _lib_ = _lib(tmp_path)
    env = dict(os.environ, BINDKRACHT_DATA_DIR=str(tmp_path / "data"),
               BINDKRACHT_CONFIG_DIR=str(tmp_path / "c"))
    answers = b"\nbad\ncaf\xe9 au lait\n"
    done = subprocess.run([sys.executable, "-m", "guide", "--lang", "nl", "play", "mini", "--flows", str(d),
                           "--label", os.fsdecode(b"caf\xe9")], input=answers, capture_output=True, env=env,
                          cwd=ROOT, timeout=120)
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr.decode(errors="replace")
    assert out.count(t("typed.undecodable", "nl")) == 2  # the label and the answer, one line each
    store = Store(tmp_path / "data")
    session = store.list()[0]
    assert session.label == "caf\ufffd"
    assert store.get(session.id).state["answers"]["mini/why"] == "caf\ufffd au lait"
    store.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_the_coach_types_into_the_binnenkant_right_after_the_play_and_a_long_one_is_refused(
        tmp_path, lang):
    from guide.tui.app import GuideApp
    from guide.tui.live import InsideScreen

    app = GuideApp(lang=lang, blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app_ready(pilot)
        other = Store(app.store.dir)
        play, _trainer = live.start(other, "rp-wantrouwen", lang)
        _, coach = live.join(app.store, play.code, "coach")
        live.finish(other, play.id)
        app.push_screen(InsideScreen(play.id, coach, "coach"))
        await pilot.press(*"Ik schaamde mij", "ctrl+s")  # typed at once, before the screen is drawn
        await until(pilot, lambda: bool(live.read(other, play.id).inside), "the binnenkant reached the disk")
        assert live.read(other, play.id).inside == {0: "Ik schaamde mij"}
        area = app.screen.query_one("#live-inside-text")
        assert app.focused is area
        area.load_text("y" * (typed.INSIDE + 5))
        await pilot.press("ctrl+s")
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
        assert any(str(typed.INSIDE) in m for m in said), said
        assert area.text == "y" * (typed.INSIDE + 5)  # kept in the editor
        assert live.read(other, play.id).inside == {0: "Ik schaamde mij"}
        other.close()


async def test_a_refused_answer_keeps_its_text_and_its_cursor(tmp_path):
    from guide.tui.app import GuideApp

    d, _mini = _lib(tmp_path)
    app = GuideApp(lang="nl", flow_dirs=[d], data_dir=str(tmp_path / "data"), blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.open_flow("mini", "rehearse", "T-1")
        await pilot.pause()
        app.screen.conv.submit()
        app.screen.conv.submit("bad")
        await app.screen.render_all()
        area = app.screen.query_one("#text")
        await pilot.press(*f"nummer {INSZ} en verder", "ctrl+s")
        await pilot.pause()
        assert area.text == f"nummer {INSZ} en verder" and area.cursor_location == (0, len(area.text))
        await pilot.press("left", "left", "left", "ctrl+s")
        await pilot.pause()
        assert any(t("privacy.insz", "nl") in str(n.message) for n in app._notifications)
        assert area.cursor_location == (0, len(area.text) - 3)  # where it was, not at the start
        await pilot.press("backspace", "X")
        assert area.text == f"nummer {INSZ} en veXder"


async def test_the_observer_and_the_label_dialog_say_why_a_text_is_refused_and_keep_it(tmp_path):
    from textual.widgets import Input, OptionList

    from guide.tui.app import GuideApp
    from guide.tui.live import ObserverScreen
    from guide.tui.modals import LabelScreen

    app = GuideApp(lang="nl", blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app_ready(pilot)
        play, _trainer = live.start(app.store, "rp-wantrouwen", "nl")
        _, observer = live.join(app.store, play.code, "observer")
        app.push_screen(ObserverScreen(play.id, observer, "observer"))
        await pilot.pause()
        note = f"zijn nummer is {INSZ}"
        app.screen.query_one("#live-note", Input).value = note
        app.screen.query_one("#live-lines", OptionList).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert any(t("privacy.insz", "nl") in str(n.message) for n in app._notifications)
        assert app.screen.query_one("#live-note", Input).value == note
        assert live.read(app.store, play.id).marks == []
        await app.pop_screen()

        app.push_screen(LabelScreen("S-1"))
        await pilot.pause()
        field = app.screen.query_one("#label", Input)
        field.value = "x" * (typed.LABEL + 1)  # pasted: never cut to fit
        await pilot.press("enter")
        await pilot.pause()
        error = str(app.screen.query_one("#label-error").render())
        assert isinstance(app.screen, LabelScreen)
        assert str(typed.LABEL) in error and str(typed.LABEL + 1) in error
        assert field.value == "x" * (typed.LABEL + 1)
