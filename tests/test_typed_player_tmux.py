"""`bindkracht play rp-energie --typed` at a real terminal (tmux): what arrives in one burst is one turn."""

import subprocess
import time

import pytest

from guide.flows import library
from guide.run.engine import Engine
from guide.storage.store import Store
from tests.tmuxkit import TMUX, command, literal, send, session_name, start, wait_for

pytestmark = pytest.mark.tmux

HINT = "Enter = zo bedoelde ik het"


def _shown(session: str, text: str, times: int = 1) -> str:
    """The whole output (lines joined as printed) once `text` is in it `times` times."""
    end = time.time() + 120  # generous: a busy machine is slow, never wrong
    while True:
        shown = subprocess.run(["tmux", "capture-pane", "-p", "-J", "-S", "-", "-t", session],
                               capture_output=True, text=True).stdout
        if shown.count(text) >= times:
            return shown
        assert time.time() < end, f"{text!r} did not appear {times} times; the output was:\n{shown}"
        time.sleep(0.1)


def _engine(data) -> Engine:
    lib = library.load(include_user=False)
    store = Store(data)
    try:
        (session,) = store.list()
        return Engine.from_state(lib.flows, store.get(session.id).state, lib.programs)
    finally:
        store.close()


def _at_first_turn(tmp_path, prefix: str, width: int, height: int) -> str:
    """rp-energie typed, in Dutch, in a tmux session of its own, waiting at its first turn; the session."""
    session = session_name(prefix)
    env = (f"BINDKRACHT_DATA_DIR={tmp_path / 'data'} BINDKRACHT_CONFIG_DIR={tmp_path / 'config'} "
           "TERM=xterm-256color LANG=nl_BE.UTF-8 LC_ALL=")
    start(session, width, height, f"env {env} {command()} --lang nl play rp-energie --typed --label oefen; "
                                  "echo PLAY-ENDED $?; sleep 60")
    try:
        wait_for(session, "[Enter] verder")
        send(session, "Enter")
        wait_for(session, "Jolien: “Dag.")
        send(session, "Enter")
        wait_for(session, "typ je beurt")
    except BaseException:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
        raise
    return session


def test_a_pasted_turn_is_one_turn_and_a_double_enter_waits_for_the_learner(tmp_path):
    assert TMUX, "this test drives the player in tmux: install it (apt-get install tmux)"
    session = _at_first_turn(tmp_path, "bkp", 80, 24)
    try:
        # two lines pasted in one burst: one turn, the second line never refused at the confirmation
        literal(session, "Dat is veel tegelijk.\nWat wil je zelf als eerste aanpakken?\n")
        shown = _shown(session, HINT)
        assert "! Druk Enter" not in shown
        send(session, "Enter")
        wait_for(session, "Jolien: “Om de paar")  # the client's answer
        send(session, "Enter")
        wait_for(session, "Wat doe je?")  # the next choice
        # a turn with Enter pressed twice: the understood line waits for the learner
        literal(session, "Hoeveel staat er nog op de meter? Hebben jullie vanavond licht?\n\n")
        _shown(session, HINT, 2)
        literal(session, "?\n")  # still at the confirmation: the options are listed
        _shown(session, "0) iets anders")
        literal(session, ":stop\n")
        assert "PLAY-ENDED 0" in wait_for(session, "PLAY-ENDED")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    turns = _engine(tmp_path / "data").typed_turns()
    assert turns[0]["text"] == "Dat is veel tegelijk. Wat wil je zelf als eerste aanpakken?"


def test_ctrl_c_says_that_everything_is_saved(tmp_path):
    """Ctrl+C at the confirmation ends the play as :stop does: the words kept, the way back said."""
    assert TMUX, "this test drives the player in tmux: install it (apt-get install tmux)"
    session = _at_first_turn(tmp_path, "bkc", 120, 36)
    try:
        literal(session, "Je zit hier goed. Wat is er met de meter?\n")
        _shown(session, HINT)
        send(session, "C-c")
        shown = _shown(session, "PLAY-ENDED")
        assert "Alles is bewaard. Ga verder met: bindkracht play rp-energie" in shown
        assert "PLAY-ENDED 130" in shown and "Traceback" not in shown
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    said = _engine(tmp_path / "data").said
    assert said == {"rp-energie/c_first": "Je zit hier goed. Wat is er met de meter?"}


def test_at_80_columns_lines_wrap_between_words(tmp_path):
    """The card and the client's lines are wrapped by the player, never cut mid-word by the terminal."""
    assert TMUX, "this test drives the player in tmux: install it (apt-get install tmux)"
    session = _at_first_turn(tmp_path, "bkw", 80, 24)
    try:
        literal(session, "Je zit hier goed, neem je tijd. Wat is er met de meter?\n")
        _shown(session, HINT)
        send(session, "Enter")
        _shown(session, "kampeerden")
        literal(session, ":stop\n")
        _shown(session, "PLAY-ENDED")
        lines = subprocess.run(["tmux", "capture-pane", "-p", "-S", "-", "-t", session],
                               capture_output=True, text=True).stdout.splitlines()
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    assert max(len(line) for line in lines) < 80  # the terminal never had to cut a line
    said = " ".join(" ".join(lines).split())
    assert "Het noodkrediet is op. Ze komt voor het eerst naar het OCMW." in said  # the card, whole words
    assert "Jolien: “Om de paar dagen is hij leeg, en dan geeft hij nog maar een beetje stroom" in said
    at = next(n for n, line in enumerate(lines) if line.startswith("Jolien: “Om de paar"))
    assert lines[at + 1].startswith(" " * len("Jolien: "))  # the rest of her line lines up under it
