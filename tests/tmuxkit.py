"""Driving the real `bindkracht` command in tmux: shared by the tmux tests."""

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

from tests import kinds

TMUX = shutil.which("tmux")


def command() -> str:
    """The installed `bindkracht`, or the module when run from a checkout."""
    script = Path(sys.executable).parent / "bindkracht"
    return str(script) if script.exists() else f"{sys.executable} -m guide"


def session_name(prefix: str) -> str:
    """A session name no other test picks, in this worker or another (xdist)."""
    return f"{prefix}-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-{uuid.uuid4().hex[:10]}"


def start(session: str, width: int, height: int, shell_command: str) -> None:
    """A detached tmux session running `shell_command`. A tmux server that is just exiting (its last
    session gone) refuses a new one once: then it is asked again, once that server is gone."""
    kinds.require("tmux")
    for _attempt in range(50):
        done = subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", str(width),
                               "-y", str(height), shell_command], capture_output=True, text=True)
        if done.returncode == 0:
            return
        gone = time.time() + 2
        while time.time() < gone:  # a poll: the old server still answers
            if subprocess.run(["tmux", "list-sessions"], capture_output=True).returncode != 0:
                break
            time.sleep(0.05)
    raise AssertionError(f"tmux would not start: {done.stderr}")


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


def label(session: str, text: str) -> None:
    """In the new-session dialog: the suggested label is selected, so typing replaces it; Enter once
    the label is on screen (Ctrl+U would be read after letters typed with it: a Textual field's keys)."""
    wait_for(session, "Nieuwe sessie")
    send(session, text, literal=True)
    wait_for(session, text)
    send(session, "Enter")


def keys(session: str, *names: str) -> None:
    """Key by key, each in its own write, as a person types (no pause: the tests wait for what
    the screen shows before the keys that depend on it)."""
    for key in names:
        send(session, key)


def literal(session: str, text: str) -> None:
    """Text typed as it is (no key names), in one write."""
    send(session, text, literal=True)
