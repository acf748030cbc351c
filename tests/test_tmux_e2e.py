"""End to end: the real `bindkracht` command in tmux, answered by keys."""

import shutil
import subprocess
import sys
import time
from pathlib import Path

from guide.store import Store

TMUX = shutil.which("tmux")


def _command() -> str:
    script = Path(sys.executable).parent / "bindkracht"
    return str(script) if script.exists() else f"{sys.executable} -m guide"


def _screen(session: str) -> str:
    return subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout


def _wait_for(session: str, text: str, timeout: float = 20) -> str:
    end = time.time() + timeout
    screen = ""
    while time.time() < end:
        screen = _screen(session)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} did not appear; the screen was:\n{screen}")


def _keys(session: str, *keys: str) -> None:
    for key in keys:
        subprocess.run(["tmux", "send-keys", "-t", session, key], check=True)
        time.sleep(0.4)


def test_real_command_answer_quit_and_find_it_in_the_store(tmp_path):
    assert TMUX, "this test drives the app in tmux: install it (apt-get install tmux)"
    data = tmp_path / "data"
    config = tmp_path / "config"
    session = f"bk{int(time.time() * 1000) % 10**8}"
    env = f"BINDKRACHT_DATA_DIR={data} BINDKRACHT_CONFIG_DIR={config} TERM=xterm-256color"
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30",
                    f"env {env} {_command()}"], check=True)
    try:
        _wait_for(session, "Wat wil je doen?")
        _wait_for(session, "Warm onthaal")
        _keys(session, "Enter", "Down", "Enter")  # job; the list starts with the preparation, then the intake
        _wait_for(session, "Nieuwe sessie")
        _keys(session, "C-u")
        subprocess.run(["tmux", "send-keys", "-t", session, "-l", "TMUX-1"], check=True)
        _keys(session, "Enter")
        _wait_for(session, "Fase 1 van 4")
        _keys(session, "Enter")  # the phase card
        _wait_for(session, "Hoe ziet de plek eruit")  # a key pressed before a step shows is not for it
        _keys(session, "Enter")  # the cue
        _wait_for(session, "Het Nederlands lukt")
        _keys(session, "Enter")  # the conversation runs in Dutch
        _wait_for(session, "Wat brengt je hier vandaag")
        _keys(session, "Enter")  # the opening question
        _wait_for(session, "Niets acuut")
        _keys(session, "Enter")  # nothing acute
        _wait_for(session, "Mag ik even uitleggen")
        _keys(session, "C-q")
        _wait_for(session, "Stoppen?")
        _keys(session, "Tab", "Enter")  # focus starts on "Blijven"; Tab moves back to "Stoppen"
        end = time.time() + 10
        while time.time() < end and "Stoppen?" in _screen(session):
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
