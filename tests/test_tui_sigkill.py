"""The real app in tmux, killed (SIGKILL) at random moments while answering: every answer the
screen showed as accepted is in the store. Bounded in time."""

import os
import random
import signal
import subprocess
import time

import pytest

from guide.storage.store import Store
from tests.test_tmux_races import App, as_keys, send, text_step, wait_for

pytestmark = [pytest.mark.tmux, pytest.mark.slow]

BUDGET_S = 45  # rounds start until then; each round is short
STEPS = 8


def pane_pid(session: str) -> int:
    out = subprocess.run(["tmux", "display-message", "-p", "-t", session, "#{pane_pid}"],
                         capture_output=True, text=True, check=True).stdout
    return int(out.strip())


def test_sigkill_of_the_real_app_never_loses_an_answer_it_showed_as_saved(tmp_path):
    rnd = random.Random(20261201)
    steps = "".join(text_step(n) for n in range(1, STEPS + 1))
    acked: dict[str, dict[str, str]] = {}  # label -> step key -> text
    start = time.time()
    rounds = 0
    while time.time() - start < BUDGET_S or rounds < 3:
        label = f"KILL-{rounds:02d}"
        with App(tmp_path, steps, name=str(rounds)) as app:
            app.open_race(label)
            wait_for(app.session, "Vraag tekst 1")
            pid = pane_pid(app.session)
            acked[label] = {}
            for n in range(1, rnd.randint(1, STEPS - 1) + 1):
                text = f"antwoord {rounds}-{n} " + "x" * rnd.randint(0, 30)
                send(app.session, *as_keys(text), "C-s")
                shown = wait_for(app.session, f"Vraag tekst {n + 1}")
                assert text.strip() in shown.replace("\n", "") or text.split()[1] in shown
                acked[label][f"race/t{n}"] = text.strip()  # the screen moved on: it said "saved"
            # one more answer, killed somewhere along the way (before, during or after its save)
            n = len(acked[label]) + 1
            send(app.session, *as_keys(f"onderweg {rounds}-{n}"), "C-s")
            time.sleep(rnd.uniform(0, 0.08))
            os.kill(pid, signal.SIGKILL)
        rounds += 1
    store = Store(tmp_path / "data")
    try:
        # one session per round, in the order of the rounds (the label typed may lose the race
        # with the label dialog's focus; the order cannot)
        sessions = sorted(store.list(), key=lambda s: (s.created, s.id))
        found = {f"KILL-{n:02d}": store.get(s.id).state["answers"] for n, s in enumerate(sessions)}
    finally:
        store.close()
    lost = {(label, key) for label, answers in acked.items() for key, text in answers.items()
            if found.get(label, {}).get(key) != text}
    assert sum(map(len, acked.values())) > 0 and rounds >= 3
    assert len(found) == rounds
    assert lost == set(), (acked, found)
    assert time.time() - start < BUDGET_S + 60
