"""Stored sessions of two trainings and one solo learner, for the group view's tests."""

from __future__ import annotations

from pathlib import Path

from guide.flows import library
from guide.storage.sessions import Conversation
from guide.storage.store import Store
from tests.conftest import walk

GROUP = Path(__file__).parent / "fixtures" / "group"
TRAINING = "BK-gent-2026-12-02"
OTHER = "BK-leuven-2026-11-20"

# the ten of TRAINING: first choice listen 6, form 3, advice 1; second together 4, blame 5
# (the advice session stops before the second choice: 9 of 10 get there, 9 finish)
TEN = ([{"first_choice": "listen", "second_choice": "together"}] * 4
       + [{"first_choice": "listen", "second_choice": "blame"}] * 2
       + [{"first_choice": "form", "second_choice": "blame"}] * 3
       + [{"first_choice": "advice"}])
# the two of OTHER would change every count if they were counted
TWO = [{"first_choice": "advice", "second_choice": "together"}] * 2


def seed(data: Path, lang: str = "nl") -> None:
    """Store the ten sessions of TRAINING, the two of OTHER and one solo session."""
    lib = library.load(flow_dirs=[GROUP], include_user=False)
    store = Store(data)
    try:
        for n, answers in enumerate(TWO):
            _play(store, lib, f"L-{n}", OTHER, answers, lang)
        for n, answers in enumerate(TEN):
            _play(store, lib, f"G-{n}", TRAINING, answers, lang)
        _play(store, lib, "SOLO", "", {"first_choice": "form", "second_choice": "blame"}, lang)
    finally:
        store.close()


def _play(store, lib, label: str, training: str, answers: dict, lang: str) -> None:
    conv, _ = Conversation.start(store, lib, "group-demo", label, "rehearse", lang, training)
    if "second_choice" in answers:
        walk(conv, answers)
    else:  # stops at the second choice
        while conv.engine.current.id != "second_choice":
            step = conv.engine.current
            conv.submit(answers.get(step.id) if step.needs_input else None)
    conv.close()
