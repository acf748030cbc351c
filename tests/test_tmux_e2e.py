"""End to end: the real `bindkracht` command in tmux, answered by keys."""

import subprocess
import time

import pytest

from guide.storage.store import Store
from tests.tmuxkit import TMUX, command, keys, label, screen, session_name, start, wait_for

pytestmark = pytest.mark.tmux


def test_real_command_answer_quit_and_find_it_in_the_store(tmp_path):
    assert TMUX, "this test drives the app in tmux: install it (apt-get install tmux)"
    data = tmp_path / "data"
    config = tmp_path / "config"
    session = session_name("bk")
    env = f"BINDKRACHT_DATA_DIR={data} BINDKRACHT_CONFIG_DIR={config} TERM=xterm-256color"
    start(session, 100, 30, f"env {env} {command()}")
    try:
        wait_for(session, "Wat wil je doen?")
        wait_for(session, "Warm onthaal")
        keys(session, "Enter", "Down", "Enter")  # job; the list starts with the preparation, then the intake
        label(session, "TMUX-1")
        wait_for(session, "Fase 1 van 4")
        keys(session, "Enter")  # the phase card
        wait_for(session, "Hoe ziet de plek eruit")  # a key pressed before a step shows is not for it
        keys(session, "Enter")  # the cue
        wait_for(session, "Het Nederlands lukt")
        keys(session, "Enter")  # the conversation runs in Dutch
        wait_for(session, "Wat brengt je hier vandaag")
        keys(session, "Enter")  # the opening question
        wait_for(session, "Niets acuut")
        keys(session, "Enter")  # nothing acute
        wait_for(session, "Mag ik even uitleggen")
        keys(session, "C-q")
        wait_for(session, "Stoppen?")
        keys(session, "Tab", "Enter")  # focus starts on "Blijven"; Tab moves back to "Stoppen"
        end = time.time() + 10
        while time.time() < end and "Stoppen?" in screen(session):
            time.sleep(0.2)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    store = Store(data)
    sessions = store.list()
    assert [(s.label, s.flow_id) for s in sessions] == [("TMUX-1", "intake")]
    full = store.get(sessions[0].id)
    assert full.state["answers"] == {"intake/language": "fine", "intake/acute": "none"}
    assert full.step == "intake/explain_role"
    store.close()
