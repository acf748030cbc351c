"""The real `bindkracht` app in tmux, with keys arriving in one write (ssh, a slow link, a
fast typist): the saved answer is exactly what was typed, and a second press never answers a
question the person has not seen."""

import subprocess
from pathlib import Path

import pytest

from guide.storage.store import Store
from tests.tmuxkit import TMUX, command, label, send, session_name, start, wait_for

pytestmark = pytest.mark.tmux

RACE = """\
id: race
version: "1"
title: {nl: AAA Snel typen, en: AAA Fast typing}
languages: [nl, en]
jobs: [prepare]
phases:
  - id: intake
    steps:
%s
      - id: bye
        kind: end
        text: {nl: Klaar, en: Done}
"""


def text_step(n: int) -> str:
    return (f"      - id: t{n}\n        kind: text\n"
            f"        text: {{nl: Vraag tekst {n}, en: Text question {n}}}\n")


def choice_step(n: int) -> str:
    return (f"      - id: c{n}\n        kind: choice\n"
            f"        text: {{nl: Vraag keuze {n}, en: Choice question {n}}}\n"
            "        options:\n"
            "          - {value: ja, label: {nl: Ja, en: Yes}}\n"
            "          - {value: nee, label: {nl: Nee, en: No}}\n")


def card_step(n: int) -> str:
    return (f"      - id: k{n}\n        kind: ask\n"
            f"        text: {{nl: Stap kijken {n}, en: Look step {n}}}\n")


class App:
    """The real command in a tmux session, with its own folders; always killed at the end."""

    def __init__(self, tmp_path: Path, steps: str, name: str = "") -> None:
        assert TMUX, "this test drives the app in tmux: install it (apt-get install tmux)"
        self.data = tmp_path / "data"
        self.config = tmp_path / "config"
        (self.config / "flows").mkdir(parents=True, exist_ok=True)
        (self.config / "flows" / "race.yaml").write_text(RACE % steps, encoding="utf-8")
        self.session = session_name(f"bkr{name}")

    def __enter__(self):
        env = f"BINDKRACHT_DATA_DIR={self.data} BINDKRACHT_CONFIG_DIR={self.config} TERM=xterm-256color"
        start(self.session, 110, 32, f"env {env} {command()}")
        return self

    def __exit__(self, *exc):
        subprocess.run(["tmux", "kill-session", "-t", self.session], capture_output=True)

    def open_race(self, name: str) -> None:
        wait_for(self.session, "AAA Snel typen")
        # job: prepare, then the race flow (first in the list): keys typed early wait for the list
        send(self.session, "Enter", "Enter")
        label(self.session, name)

    def answers(self) -> dict:
        store = Store(self.data)
        try:
            sessions = store.list()
            assert len(sessions) == 1
            return store.get(sessions[0].id).state["answers"]
        finally:
            store.close()


def long_text(n: int) -> str:
    return f"antwoord {n}: " + " ".join(f"woord{n}x{i}" for i in range(40)) + " einde."


def test_text_and_ctrl_s_in_one_write_saves_exactly_what_was_typed(tmp_path):
    count = 6
    steps = "".join(text_step(n) for n in range(1, count + 1))
    typed = {f"race/t{n}": long_text(n) for n in range(1, count + 1)}
    with App(tmp_path, steps) as app:
        app.open_race("RACE-1")
        for n in range(1, count + 1):
            wait_for(app.session, f"Vraag tekst {n}")
            # the whole answer and Ctrl+S in ONE write, as over ssh or a slow link
            send(app.session, *as_keys(typed[f"race/t{n}"]), "C-s")
        wait_for(app.session, "Klaar")
        stored = app.answers()
    exact = sum(stored.get(k) == v for k, v in typed.items())
    assert (exact, stored) == (count, typed)


def as_keys(text: str) -> list[str]:
    """send-keys arguments that type `text` (so that a key such as C-s can follow in the same call)."""
    return ["Space" if ch == " " else ch for ch in text]


def test_a_double_press_in_one_write_never_answers_the_next_question(tmp_path):
    optional_t2 = text_step(2).replace("        kind: text\n", "        kind: text\n        optional: true\n")
    steps = (card_step(1) + card_step(2) + choice_step(1) + choice_step(2) + text_step(1) + optional_t2
             + text_step(3))
    with App(tmp_path, steps) as app:
        app.open_race("RACE-2")
        wait_for(app.session, "Stap kijken 1")
        send(app.session, "Enter", "Enter")  # key bounce on a step that only needs a continue
        wait_for(app.session, "Stap kijken 2")
        send(app.session, "Enter")
        wait_for(app.session, "Vraag keuze 1")
        send(app.session, "Down", "Enter", "Enter")  # "nee", twice
        wait_for(app.session, "Vraag keuze 2")
        send(app.session, "Enter")  # "ja"
        wait_for(app.session, "Vraag tekst 1")
        send(app.session, *as_keys("eerste tekst"), "C-s", "C-s")  # the next one is optional: no skip
        wait_for(app.session, "Vraag tekst 2")
        send(app.session, *as_keys("tweede tekst"), "C-s")
        wait_for(app.session, "Vraag tekst 3")
        send(app.session, *as_keys("derde tekst"), "C-s")
        wait_for(app.session, "Klaar")
        store = Store(app.data)
        try:
            changes = [(action, key, value) for _at, action, key, value in store.changes(store.list()[0].id)]
        finally:
            store.close()
    assert changes == [
        ("continue", "race/k1", None), ("continue", "race/k2", None),
        ("answer", "race/c1", "nee"), ("answer", "race/c2", "ja"),
        ("answer", "race/t1", "eerste tekst"), ("answer", "race/t2", "tweede tekst"),
        ("answer", "race/t3", "derde tekst"),
    ]


def note_text(n: int) -> str:
    return f"notitie {n}: " + " ".join(f"noot{n}x{i}" for i in range(25)) + " klaar."


def test_a_note_and_the_next_answer_in_one_write_are_each_stored_exactly(tmp_path):
    """Ctrl+N, a note, Ctrl+S, then the answer and Ctrl+S: all in one write, six times over."""
    count = 6
    steps = "".join(text_step(n) for n in range(1, count + 1))
    typed = {f"race/t{n}": long_text(n) for n in range(1, count + 1)}
    notes = {f"race/t{n}": note_text(n) for n in range(1, count + 1)}
    with App(tmp_path, steps, "n") as app:
        app.open_race("NOTE-1")
        for n in range(1, count + 1):
            wait_for(app.session, f"Vraag tekst {n}")
            key = f"race/t{n}"
            send(app.session, "C-n", *as_keys(notes[key]), "C-s", *as_keys(typed[key]), "C-s")
        wait_for(app.session, "Klaar")
        stored = app.answers()
        store = Store(app.data)
        try:
            stored_notes = {key: text for key, _at, text in store.notes(store.list()[0].id)}
        finally:
            store.close()
    exact = (sum(stored.get(k) == v for k, v in typed.items())
             + sum(stored_notes.get(k) == v for k, v in notes.items()))
    assert (exact, stored_notes, stored) == (2 * count, notes, typed)
