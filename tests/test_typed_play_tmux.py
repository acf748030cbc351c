"""`bindkracht play rp-energie --typed` in tmux, as a learner types it: to the best end, to a
walk-out, and with nonsense that never reaches an option and takes the something-else path."""

import re
import subprocess
import time

import pytest

from guide.flows import library
from guide.run.engine import Engine
from guide.storage.store import Store
from tests.tmuxkit import TMUX, command, session_name, start

pytestmark = pytest.mark.tmux

BEST = [
    "Je zit hier goed, neem gerust je tijd. Wat is er met de meter?",
    "Hoeveel staat er nog op de meter? Hebben jullie vanavond licht en warmte?",
    "Hier komen vraagt moed. Hoe hou je het vol?",
    "Zullen we samen bekijken waar je recht op hebt? Jij kiest wat eerst komt.",
    "Wat moet er vandaag nog gebeuren en wanneer zien we elkaar terug? Kies jij het uur.",
]
WALK_OUT = [
    "Heb je je identiteitskaart, je loonbrieven en de facturen van je leverancier bij?",
    "Hoe komt het dat die meter zo snel leeg is? Staan er veel toestellen aan?",
]
NONSENSE = ["qwerty asdf", "presentie empowerment krachtlijn", "blablabla", "ok ok ok"]


def _scrollback(session: str) -> str:
    return subprocess.run(["tmux", "capture-pane", "-p", "-J", "-S", "-", "-t", session],
                          capture_output=True, text=True).stdout


def _send(session: str, text: str) -> None:
    if text:
        subprocess.run(["tmux", "send-keys", "-t", session, "-l", text], check=True)
    subprocess.run(["tmux", "send-keys", "-t", session, "Enter"], check=True)


def _play(tmp_path, turns: list[str], confirm: bool = True, stop_after: int | None = None) -> str:
    """Play rp-energie typed: each prompt answered as it appears (a typed turn from `turns`, Enter
    elsewhere); with `stop_after`, :stop once that many turns are typed. The whole output."""
    assert TMUX, "this test drives the player in tmux: install it (apt-get install tmux)"
    config = tmp_path / "config"
    config.mkdir()
    if not confirm:
        (config / "settings.toml").write_text("typed_confirm = false\n", encoding="utf-8")
    session = session_name("bkt")
    env = (f"BINDKRACHT_DATA_DIR={tmp_path / 'data'} BINDKRACHT_CONFIG_DIR={config} BINDKRACHT_SEED=0 "
           "TERM=xterm-256color LANG=nl_BE.UTF-8 LC_ALL=")
    start(session, 160, 50, f"env {env} {command()} --lang nl play rp-energie --typed --label oefen; "
                            "echo PLAY-ENDED $?; sleep 60")
    todo = list(turns)
    answered = 0
    try:
        end = time.time() + 180
        while time.time() < end:
            shown = _scrollback(session)
            if "PLAY-ENDED" in shown:
                return shown
            lines = shown.rstrip("\n").splitlines()
            prompts = [n for n, line in enumerate(lines) if line.startswith(">")]
            if len(prompts) > answered and lines[-1].rstrip() == ">":
                hint = lines[prompts[-1] - 1]
                answered = len(prompts)
                if "typ je beurt" in hint:
                    if stop_after is not None and len(turns) - len(todo) >= stop_after:
                        _send(session, ":stop")
                    else:
                        _send(session, todo.pop(0))
                else:
                    _send(session, "")
                continue
            time.sleep(0.1)
        raise AssertionError(f"the play did not end; the screen was:\n{_scrollback(session)}")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


def _engine(tmp_path) -> Engine:
    lib = library.load(include_user=False)
    store = Store(tmp_path / "data")
    try:
        (session,) = store.list()
        return Engine.from_state(lib.flows, store.get(session.id).state, lib.programs)
    finally:
        store.close()


def test_typed_play_to_the_best_end(tmp_path):
    shown = _play(tmp_path, BEST)
    assert "PLAY-ENDED 0" in shown and "Traceback" not in shown
    assert not re.search(r"^\s+1\) ", shown, re.M)  # no option was ever listed
    assert shown.count("Enter = zo bedoelde ik het") == 5  # each turn shown as understood, once
    assert "Begrepen als: Begrepen als" not in shown and "Zo begrepen:" not in shown
    assert "Woensdag na school kan ik" in shown  # the warm end: she opened up all the way
    assert "In je eigen woorden" in shown and "Spiegel van je eigen woorden" in shown
    eng = _engine(tmp_path)
    assert eng.typed and eng.state == {"trust": 4, "openness": 4}
    assert [turn["option"] for turn in eng.typed_turns()] == [
        "welcome", "ask_tonight", "normalise", "check_rights", "together"]


def test_typed_play_to_a_walk_out_without_confirming(tmp_path):
    shown = _play(tmp_path, WALK_OUT, confirm=False)
    assert "PLAY-ENDED 0" in shown and "zo bedoelde ik het" not in shown  # typed_confirm = false: at once
    assert "weer onder een deken" in shown and "Het gesprek eindigde vroeg" in shown
    eng = _engine(tmp_path)
    assert eng.ended_early and [turn["option"] for turn in eng.typed_turns()] == ["papers", "why_empty"]


def test_nonsense_never_reaches_an_option_and_takes_the_something_else_path(tmp_path):
    shown = _play(tmp_path, NONSENSE, stop_after=len(NONSENSE))
    assert "Traceback" not in shown
    # each said to be no turn, or no option, and Jolien hearing something else
    assert shown.count("Jolien hoort iets anders") == len(NONSENSE)
    # Jolien's own otherwise: line, each time, and the same choice asked again
    assert shown.count("Sorry... ik snap niet goed wat je bedoelt") == len(NONSENSE)
    assert shown.count("Jolien kijkt naar haar handen. Wat zeg je?") == len(NONSENSE) + 1
    eng = _engine(tmp_path)
    assert [turn["option"] for turn in eng.typed_turns()] == [None] * len(NONSENSE)
    assert eng.answers == {} and eng.current.id == "c_first"
    assert eng.state == {"trust": 1, "openness": 0}  # being misunderstood cost openness, never trust
