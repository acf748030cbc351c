"""Training codes and who may see the coach and observer sheets.

A training code names one group on one day, e.g. "BK-gent-2026-12-02": letters, digits and
". _ -", at most 40 characters, never a person's name or a national register number. It is
optional; a learner practising alone has none.

The sheets (a scenario's `coach:` and `observer:` cards) hold the client's hidden reactions:
read beforehand, they spoil a learner's solo practice. So by default (`sheets = "trainer"`)
they are offered only in a session that carries a training code, where a trainer hands them
out; `sheets = "everyone"` in settings.toml offers them always (a trainer's own machine).
No Textual here.
"""

from __future__ import annotations

import os
import time

from guide.base import settings
from guide.base.codes import clean_training
from guide.base.errors import AnswerError

ENV = "BINDKRACHT_TRAINING"  # `bindkracht --training CODE` / `serve --training CODE`: the app's default code



def sheet_cards(lib) -> set[str]:
    """Every card that some scenario uses as its coach or observer sheet."""
    return {c for f in lib.flows.values() for c in (f.coach_card, f.observer_card) if c}


def sheets_offered(training: str = "") -> bool:
    """May the coach and observer sheets be shown now (in a session with this training code)?"""
    return bool(training) or settings.sheets() == "everyone"


def allowed_card(card: str | None, lib, training: str = "") -> bool:
    """False for a sheet that this session must not show."""
    return card is None or card not in sheet_cards(lib) or sheets_offered(training)


def printable_sheets(flow, training: str | None = "") -> tuple[list[str], str | None]:
    """The cards `bindkracht sheets` prints, and a message key when some are left out
    (the sheets are not offered) or the code is not a code (then nothing is printed)."""
    try:
        offered = sheets_offered(clean_training(training))
    except AnswerError:
        return [], "training.bad-code"
    cards = [c for c in (flow.persona_card, flow.coach_card, flow.observer_card) if c]
    if offered or not (flow.coach_card or flow.observer_card):
        return cards, None
    return [c for c in (flow.persona_card,) if c], "sheets.left-out"


def recent_training(store, within: float = 8 * 3600) -> str:
    """The code the app offers when a role-play starts: the one given on the command line, else
    that of the latest session started in the last hours (a learner in a training who starts a
    second role-play need not type it again), else ""."""
    try:
        given = clean_training(os.environ.get(ENV))
    except AnswerError:
        given = ""
    if given:
        return given
    for s in store.list(limit=20):
        if time.time() - s.created > within:
            break
        if s.training:
            return s.training
    return ""


def preset(args) -> AnswerError | None:
    """`bindkracht --training CODE` and `bindkracht serve --training CODE`: every app (each
    browser tab) offers the code when a role-play starts. An error when it is not a code."""
    try:
        os.environ[ENV] = clean_training(args.training)
    except AnswerError as exc:
        return exc
    return None
