"""The real `bindkracht` in tmux at 80x24, keyboard only: start, answer, go back and edit,
switch language mid-answer, finish, open the plan from home, get home."""

import subprocess
import time

import pytest

from guide.flows import library
from guide.run.engine import Engine
from guide.storage.store import Store
from tests.tmuxkit import TMUX, command, keys, label, literal, screen, session_name, start, wait_for

pytestmark = pytest.mark.tmux


def _current(data, lib):
    store = Store(data)
    try:
        full = store.get(store.list()[0].id)
    finally:
        store.close()
    return full, Engine.from_state(lib.flows, full.state, lib.programs)


def _sessions(data) -> list:
    store = Store(data)
    try:
        return store.list()
    finally:
        store.close()


def _until(predicate, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_a_new_user_does_everything_by_keyboard_at_80x24(tmp_path):
    assert TMUX, "this test drives the app in tmux: install it (apt-get install tmux)"
    data, config = tmp_path / "data", tmp_path / "config"
    lib = library.load(include_user=False)
    session = session_name("bkk")
    env = (f"BINDKRACHT_DATA_DIR={data} BINDKRACHT_CONFIG_DIR={config} "
           "TERM=xterm-256color LANG=nl_BE.UTF-8 LC_ALL=")
    start(session, 80, 24, f"env {env} {command()}")
    try:
        wait_for(session, "Wat wil je doen?")
        wait_for(session, "Een eerste gesprek voorbereiden")
        keys(session, "Enter", "Enter")  # job, then the first activity
        label(session, "KB-1")
        wait_for(session, "Verder")  # a person presses on once the first step's button is there
        assert _until(lambda: (data / "bindkracht.db").exists() and _sessions(data))
        draft_checked = edited = False
        for _ in range(80):
            full, engine = _current(data, lib)
            step = engine.current
            if step is None:
                break
            before = len(engine.history)
            if step.kind == "text":
                word = f"antwoord-{step.id}"
                literal(session, word)
                if not draft_checked:  # switch language with the text not yet saved
                    keys(session, "C-p")
                    wait_for(session, "Zoek een commando")
                    literal(session, "Taal")
                    wait_for(session, "Taal: English")
                    keys(session, "Enter")
                    wait_for(session, "Save answer")  # the screen is in English now
                    assert word in screen(session)
                    draft_checked = True
                keys(session, "C-s")
                if not edited:
                    assert _until(lambda n=before: len(_current(data, lib)[1].history) > n)
                    # the next question on screen first: the box with the word is gone, so the one
                    # looked for below is the box Back brings (the old one would let keys go too early)
                    assert _until(lambda w=word: not any("▊" in line and w in line
                                                         for line in screen(session).splitlines()))
                    keys(session, "C-b")
                    # back in its box (a key pressed before the box shows is for no one)
                    assert _until(lambda w=word: any("▊" in line and w in line
                                                     for line in screen(session).splitlines()))
                    literal(session, " edited")
                    keys(session, "C-s")
                    edited = True
            elif step.kind in ("multi", "checklist"):
                keys(session, "Space", "Enter")
            else:
                keys(session, "Enter")
            assert _until(lambda old=full.state: _current(data, lib)[0].state != old), screen(session)
        full, engine = _current(data, lib)
        assert engine.finished and draft_checked and edited
        assert any(str(v).endswith(" edited") for v in engine.answers.values())
        keys(session, "C-g")
        wait_for(session, "Finished sessions")
        keys(session, "Tab",
             "Tab")  # from the activities: jobs, then finished (the empty unfinished list takes no Tab)
        keys(session, "Enter")
        wait_for(session, "Session KB-1")
        keys(session, "Enter")
        wait_for(session, "Intake plan")
        keys(session, "Escape", "Escape")
        wait_for(session, "Choose an activity")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
