"""The classroom's data: each participant sees only their own sessions, a hand-in travels from a
learner's home to the trainer's group view (once, and only as counts), a group's work is deleted
with one command."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from guide.classroom import group, handin
from guide.flows import library
from guide.storage.sessions import Conversation
from guide.storage.store import Store, StoreError
from tests.conftest import ROOT, walk
from tests.groups import GROUP, TRAINING


def _cli(data, *args):
    env = dict(os.environ, BINDKRACHT_DATA_DIR=str(data), BINDKRACHT_CONFIG_DIR=str(data.parent / "config"))
    return subprocess.run([sys.executable, "-m", "guide", "--lang", "en", "--flows", str(GROUP), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def _lib():
    return library.load(flow_dirs=[GROUP], include_user=False)


def _play(store, lib, label, training, answers, finish=True):
    conv, _ = Conversation.start(store, lib, "group-demo", label, "rehearse", "en", training)
    if finish:
        walk(conv, answers)
    conv.close()
    return conv.session.id


def test_a_participant_sees_reads_and_writes_only_their_own_sessions(tmp_path):
    lib, data = _lib(), tmp_path / "data"
    owner, a, b = Store(data), Store(data, participant="pa"), Store(data, participant="pb")
    room = Store(data, room=True)
    try:
        mine = _play(owner, lib, "TRAINER-PREP", "", {}, finish=False)
        sa = _play(a, lib, "A-1", TRAINING, {"first_choice": "listen", "second_choice": "together"})
        sb = _play(b, lib, "B-1", TRAINING, {"first_choice": "form", "second_choice": "blame"})
        assert [s.label for s in a.list()] == ["A-1"]
        assert [s.label for s in b.list()] == ["B-1"]
        assert a.get(sb) is None and a.get(mine) is None and a.notes(sb) == [] and a.changes(mine) == []
        for write in (lambda: a.claim(sb), lambda: a.add_note(sb, "group-demo/first_choice", "x"),
                      lambda: a.set_lang(mine, "nl"), lambda: a.handin_token(sb)):
            with pytest.raises(StoreError) as refused:
                write()
            assert refused.value.code == "store.no-session"
        assert a.handins(TRAINING) == [] and [c for c, *_ in a.trainings()] == [TRAINING]
        assert a.delete([sb, mine]) == 0 and b.get(sb) is not None
        assert {s.label for s in owner.list()} == {"TRAINER-PREP", "A-1", "B-1"}
        assert {s.id for s in room.list()} == {sa, sb}  # the room never holds the trainer's own work
        assert group.build(room, lib, TRAINING, "group-demo").sessions == 2
        assert group.build(a, lib, TRAINING, "group-demo").sessions == 1
    finally:
        for s in (owner, a, b, room):
            s.close()


def test_a_hand_in_goes_to_the_group_view_once_with_choices_and_scores_only(tmp_path):
    home, trainer = tmp_path / "home", tmp_path / "trainer"
    lib = _lib()
    store = Store(home)  # five learners practised at home (one store stands for their five)
    try:
        picks = [("form", "blame")] * 2 + [("listen", "together")] * 3
        ids = [_play(store, lib, f"MyClientAnna{n}", TRAINING, {"first_choice": a, "second_choice": b})
               for n, (a, b) in enumerate(picks)]
        store.add_note(ids[0], "group-demo/first_choice", "private words about Anna")
        for n, sid in enumerate(ids[1:], 1):
            (tmp_path / f"other{n}.json").write_text(handin.dumps(handin.export(store, lib, sid)))
    finally:
        store.close()
    out = tmp_path / "handin.json"
    done = _cli(home, "sessions", "export", str(ids[0]), "--hand-in", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text()
    data = json.loads(text)
    assert data["flow"] == "group-demo" and data["training"] == TRAINING and data["finished"] is True
    assert [c["option"] for c in data["choices"]] == ["form", "blame"]
    assert "Anna" not in text and "label" not in data  # no label, no note, no typed text
    assert len(data["day"]) == 10 and ":" not in text.replace('": ', "")  # the day, never the hour
    assert isinstance(data["moves"], dict)  # turns per move at the say-first moments, counts only

    again = tmp_path / "again.json"
    assert _cli(home, "sessions", "export", str(ids[0]), "--hand-in", "--out", str(again)).returncode == 0
    others = [str(tmp_path / f"other{n}.json") for n in range(1, 5)]
    done = _cli(trainer, "training", "import", str(out), *others, str(again))
    assert done.returncode == 1  # the last is the first session again: refused, said why
    assert done.stdout.count(f"added to training {TRAINING}") == 5
    assert "already imported" in done.stderr and str(again) in done.stderr
    assert "already imported" in _cli(trainer, "training", "import", str(out)).stderr

    assert f"{TRAINING}: group-demo (5)" in _cli(trainer, "training").stdout
    page = tmp_path / "group.md"
    done = _cli(trainer, "training", TRAINING, "--out",
                str(page))  # its one scenario, found from the hand-ins
    assert done.returncode == 0, done.stderr
    view = Store(trainer)
    try:
        built = group.build(view, lib, TRAINING, "group-demo")
        assert (built.sessions, built.finished) == (5, 5)
        assert {o.value: n for o, n in built.moments[0].counts} == {"listen": 3, "form": 2, "advice": 0}
    finally:
        view.close()
    assert "Anna" not in page.read_text()


@pytest.mark.parametrize("content, message", [
    (b"\x89PNG not a hand-in", "not a Bind-Kracht guide hand-in"),
    (json.dumps({"kind": "something-else"}).encode(), "not a Bind-Kracht guide hand-in"),
    (json.dumps({"kind": handin.KIND, "version": 99}).encode(), "another version (99)"),
    (None, "scenario nowhere-flow is not in this library"),
    (None, "damaged or edited"),
    (None, "belongs to no training"),
])
def test_a_bad_foreign_or_edited_hand_in_is_refused_with_a_clear_message(tmp_path, content, message):
    good = {"kind": handin.KIND, "version": 1, "id": "ab" * 16, "training": TRAINING, "flow": "group-demo",
            "day": "2026-12-07", "finished": False,
            "choices": [{"step": "first_choice", "option": "listen", "before": None}], "scores": {}}
    if content is None:
        changed = {
            "scenario": {"flow": "nowhere-flow"},
            "damaged": {"choices": [{"step": "first_choice", "option": "shout", "before": None}]},
            "belongs": {"training": ""},
        }[next(k for k in ("scenario", "damaged", "belongs") if k in message)]
        content = json.dumps({**good, **changed}).encode()
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    store = Store(tmp_path / "data")
    try:
        [(path, code, params)] = handin.import_files(store, _lib(), [bad])
        from guide.base.i18n import t
        assert message in t(code, "en", **params) and path == bad
        assert store.handins(TRAINING) == []
    finally:
        store.close()
    done = _cli(tmp_path / "data", "training", "import", str(bad))
    assert done.returncode == 1 and message in done.stderr and "Traceback" not in done.stderr


def test_a_hand_in_with_or_without_move_counts_is_taken(tmp_path):
    base = {"kind": handin.KIND, "version": 1, "training": TRAINING, "flow": "group-demo",
            "day": "2026-12-07", "finished": False,
            "choices": [{"step": "first_choice", "option": "listen", "before": None}], "scores": {}}
    files = []
    for n, extra in enumerate(({}, {"moves": {"first_choice": {"reflection": 2, "open_question": 1}}})):
        path = tmp_path / f"h{n}.json"
        path.write_text(json.dumps({**base, "id": f"{n}" * 32, **extra}))
        files.append(path)
    store = Store(tmp_path / "data")
    try:
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps({**base, "id": "9" * 32, "moves": {"first_choice": {"shouting": 1}}}))
        outcomes = [code for _p, code, _params in handin.import_files(store, _lib(), [*files, bad])]
        assert outcomes == ["handin.imported", "handin.imported", "handin.damaged"]
        assert group.build(store, _lib(), TRAINING, "group-demo").sessions == 2
    finally:
        store.close()


def test_one_command_deletes_a_participants_or_a_trainings_work(tmp_path):
    lib, data = _lib(), tmp_path / "data"
    owner, a, b = Store(data), Store(data, participant="pa"), Store(data, participant="pb")
    try:
        _play(owner, lib, "MINE", "", {}, finish=False)
        _play(a, lib, "A-1", "", {}, finish=False)
        _play(a, lib, "A-2", TRAINING, {"first_choice": "listen", "second_choice": "together"})
        _play(b, lib, "B-1", TRAINING, {"first_choice": "form", "second_choice": "blame"})
    finally:
        for s in (owner, a, b):
            s.close()
    done = _cli(data, "sessions", "delete", "--participant", "pa", "--yes")
    assert done.returncode == 0 and "2" in done.stdout, done.stderr
    done = _cli(data, "sessions", "delete", "--training", TRAINING, "--yes")
    assert done.returncode == 0 and "1" in done.stdout, done.stderr
    left = Store(data)
    try:
        assert [s.label for s in left.list()] == ["MINE"]
    finally:
        left.close()
    assert _cli(data, "sessions", "delete", "--participant", "pa", "3").returncode == 2
