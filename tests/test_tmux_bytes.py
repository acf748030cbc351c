"""Bytes that are not UTF-8, typed into the real `bindkracht` in tmux (a Latin-1 terminal over ssh,
a stray key): the app goes on, and the byte arrives as a replacement character."""

import subprocess

import pytest

from tests.tmuxkit import TMUX, command, send, session_name, start, wait_for

pytestmark = pytest.mark.tmux


def test_an_invalid_byte_typed_into_the_app_does_not_end_it(tmp_path):
    assert TMUX, "this test drives the app in tmux: install it (apt-get install tmux)"
    session = session_name("bkb")
    env = (f"BINDKRACHT_DATA_DIR={tmp_path / 'data'} BINDKRACHT_CONFIG_DIR={tmp_path / 'config'} "
           "TERM=xterm-256color LANG=nl_BE.UTF-8 LC_ALL=")
    start(session, 100, 30, f"env {env} {command()}; echo APP-ENDED; sleep 60")
    try:
        wait_for(session, "Een eerste gesprek voorbereiden", timeout=60)
        subprocess.run(["tmux", "send-keys", "-t", session, "-H", "ff", "fe", "e9"], check=True)
        send(session, "F1")
        shown = wait_for(session, "Toetsen op dit scherm", timeout=60)  # the help opened after the bytes
        assert "APP-ENDED" not in shown and "Traceback" not in shown
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
