"""Typed play in the plain terminal (`bindkracht play FLOW --typed`).

At a choice no options are shown: the learner types the turn, the matcher (guide.moves.options)
finds the option it means or none, and, with the setting `typed_confirm` on (the default), the
learner sees how the turn was understood and accepts with Enter, picks the option they meant, or
says it was something else. Then the client answers on that path.
"""

from __future__ import annotations

from guide.artefacts.ownwords import client_line
from guide.base import settings
from guide.base.errors import AnswerError
from guide.base.i18n import t
from guide.flows.model import Step
from guide.moves.options import OptionMatch, match


def is_typed_choice(conv, step: Step) -> bool:
    """A choice of a session played typed: the turn is typed, the options stay hidden."""
    return conv.engine.typed and step.kind == "choice"


def kept_words(conv, step: Step) -> str | None:
    """The words typed at this choice and saved unconfirmed (a :stop at the confirmation)."""
    return conv.engine.said.get(conv.engine.key(step)) if is_typed_choice(conv, step) else None


def turn(conv, term, step: Step, raw: str, shown: str, command=None) -> list:
    """One typed turn at `step`: said, matched, confirmed (when asked), answered; the client's events.
    `command` names the player command a line is (":stop" at the confirmation stops, the words kept).
    Raises AnswerError (nothing typed, a refused text), StoreError, and EOFError to stop."""
    lang, eng = term.lang, conv.engine
    if not raw.strip():  # Enter alone reads the words kept from last time again
        raw = kept_words(conv, step) or ""
    if not raw.strip():
        raise AnswerError("typed.say-something")
    if raw.strip() == "?" or raw.strip().isdigit():  # a habit of play with options: no turn to read
        raise AnswerError("typed.no-number")
    words_lang = conv.session.lang or lang
    confirm = settings.typed_confirm(settings.load())
    while True:
        words = conv.say(raw, shown)
        found = match(words, step, words_lang, client_line(eng, eng.key(), words_lang),
                      persona=eng.flow.persona, flow=eng.flow.id)
        if not confirm:
            value = found.option
            break
        again, value = _confirm(term, eng, step, found, command)
        if again is None:
            break
        raw = again
        term.say(f"  ({t('typed.read-again', lang)})")  # the turn typed again at the confirmation
        shown = conv.position()  # the words said moved the position: the new ones answer that
    at = conv.position()
    return conv.submit(value, at) if value is not None else conv.submit_otherwise(at)


YES = ("j", "ja", "y", "yes", "ok", "oké")


def _confirm(term, eng, step: Step, found: OptionMatch, command) -> tuple[str | None, str | None]:
    """The understood line; Enter accepts, ? lists the options to pick the one meant, 0 is something else,
    and a sentence is the turn typed again. (the turn typed again or None, the option or None)."""
    lang = term.lang
    term.say(f"  {found.understood}")  # a sentence of its own ("Je vraagt open, zoals in: …")
    options = eng.options(step)
    hint = "typed.confirm-hint"
    while True:
        answer = term.ask(f"{t(hint, lang)}\n> ").strip()
        if not answer or answer.lower() in YES:
            return None, found.option
        named = command(answer) if command is not None else None
        if named == "quit":
            raise EOFError  # stop here as at end of input: the words are saved, the turn is asked again
        if answer == "?":
            for n, opt in enumerate(options, 1):
                term.say(f"  {n}) {opt.label.get(lang)}")
            term.say(f"  0) {t('typed.something-else', lang)}")
            hint = "typed.pick-hint"  # the options are on screen: their numbers come first
            continue
        if answer.isdigit() and int(answer) <= len(options):
            return None, options[int(answer) - 1].value if int(answer) else None
        if named is None and len(answer.split()) > 1:
            return answer, None
        term.say(f"  ! {t('typed.confirm-again', lang)}")
