"""Driving the real `bindkracht` command in tmux: shared by the tmux tests."""

import shutil
import subprocess
import sys
import time
from pathlib import Path

TMUX = shutil.which("tmux")


def command() -> str:
    """The installed `bindkracht`, or the module when run from a checkout."""
    script = Path(sys.executable).parent / "bindkracht"
    return str(script) if script.exists() else f"{sys.executable} -m guide"


def screen(session: str) -> str:
    return subprocess.run(
        ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True
    ).stdout


def wait_for(session: str, text: str, timeout: float = 30) -> str:
    """The screen once `text` is on it; fails with the screen as it was after `timeout` seconds."""
    end = time.time() + timeout
    shown = ""
    while time.time() < end:
        shown = screen(session)
        if text in shown:
            return shown
        time.sleep(0.1)
    raise AssertionError(f"{text!r} did not appear; the screen was:\n{shown}")


def send(session: str, *keys: str, literal: bool = False) -> None:
    """One `tmux send-keys` call: everything arrives in one write."""
    subprocess.run(["tmux", "send-keys", "-t", session, *(["-l"] if literal else []), *keys], check=True)


def keys(session: str, *names: str) -> None:
    """Key by key, as a person types: a short pause after each."""
    for key in names:
        send(session, key)
        time.sleep(0.4)


def literal(session: str, text: str) -> None:
    """Text typed as it is (no key names), then the same short pause."""
    send(session, text, literal=True)
    time.sleep(0.4)
