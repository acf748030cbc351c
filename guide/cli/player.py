"""`bindkracht play`: a flow in the plain terminal, one prompt at a time.

Works over ssh, in scripts (answers on stdin) and for authors. Every answer is
committed to the store before the next prompt appears; run it again to resume.
"""

from __future__ import annotations

import os
import re
import select
import sys
import textwrap

from guide.artefacts.transcript import after_response, scored_names, step_items
from guide.base import settings, typed
from guide.base.codes import clean_training
from guide.base.errors import AnswerError
from guide.base.i18n import ago as i18n_ago
from guide.base.i18n import t
from guide.base.paths import config_dir
from guide.base.textsafe import visible
from guide.classroom.training import allowed_card
from guide.cli import typedplay
from guide.flows import krachtlijnen, library
from guide.flows.model import PHASES, Step
from guide.run import scoring
from guide.storage.sessions import open_session
from guide.storage.store import StoreError, open_store, suggest_label

COMMANDS = {
    "back": (":terug", ":back"),
    "skip": (":overslaan", ":skip"),
    "note": (":notitie", ":note"),
    "card": (":kaart", ":card"),
    "quit": (":stop", ":quit"),
    "help": (":help", ":hulp"),
}


def _command(text: str) -> str | None:
    word = text.strip().lower()
    for name, words in COMMANDS.items():
        if word in words:
            return name
    return None


class Terminal:
    def __init__(self, lang: str, out=None, inp=None, binnenkant: str | None = None) -> None:
        self.lang = lang
        if binnenkant is None:
            binnenkant = settings.load().get("binnenkant", "after")
        self.binnenkant = binnenkant if binnenkant in ("after", "before") else "after"
        self.out = out or sys.stdout
        self.inp = inp or sys.stdin

    def say(self, text: str = "") -> None:
        print(self.fit(visible(text)), file=self.out, flush=True)

    def fit(self, text: str) -> str:
        """At a terminal, long lines wrapped between words to its width (the terminal itself would
        cut words in two); list items and indented lines keep their indent."""
        try:
            width = os.get_terminal_size(self.out.fileno()).columns - 1 if self.out.isatty() else 0
        except (AttributeError, ValueError, OSError):  # a stream without a terminal behind it
            width = 0
        if width < 20:
            return text
        return "\n".join(_wrap(line, width) for line in text.split("\n"))

    def ask(self, prompt: str) -> str:
        self.out.write(self.fit(visible(prompt)))
        self.out.flush()
        stream = getattr(self.inp, "buffer", None)  # bytes: a line that is not UTF-8 cannot stop the play
        line = stream.readline() if stream is not None else self.inp.readline()
        if not line:
            raise EOFError
        if isinstance(line, bytes):
            if typed.undecodable(line):
                self.say(t("typed.undecodable", self.lang))
            line = line.decode("utf-8", errors="replace")
        return line.rstrip("\n").rstrip("\r")

    def waiting(self) -> bool:
        """A line already typed or pasted behind the one just read. Only at a terminal: piped
        lines are answers one by one."""
        try:
            return self.inp.isatty() and bool(select.select([self.inp], [], [], 0.05)[0])
        except (AttributeError, ValueError, OSError):  # a stream without a file behind it
            return False

    def whole_turn(self, first: str) -> str:
        """`first` with the lines pasted in the same burst: one turn. An Enter pressed twice adds
        nothing (so it never accepts the understood line before it is read)."""
        lines = [first]
        while self.waiting():
            lines.append(self.ask(""))
        return " ".join(line.strip() for line in lines if line.strip()) or first


# "- ", "3) ", "Jolien: ", "Jouw beurt: ": the rest lines up; a sentence with a colon in it is no speaker
HANGING = re.compile(r"(\s*)(?:[-*] |\d+\) |(?=[^:“]{1,24}: )(?:[^\s:“]+ ){0,2}[^\s:“]+: )?")


def _wrap(line: str, width: int) -> str:
    if len(line) <= width:
        return line
    found = HANGING.match(line)  # every group is optional: it always matches
    lead, indent = (found.group(0), found.group(1)) if found else ("", "")
    hang = " " * (len(lead) if len(lead) <= width // 2 else len(indent))
    return textwrap.fill(line, width, subsequent_indent=hang, break_on_hyphens=False)


def play(args, lang: str, term: Terminal | None = None) -> int:
    term = term or Terminal(lang)
    try:
        training = clean_training(getattr(args, "training", None))
    except AnswerError as exc:
        term.say(t(exc.code, lang, **exc.params))
        return 2
    lib = library.load(flow_dirs=args.flows)
    if args.flow not in lib.flows:
        term.say(t("cli.unknown-flow", lang, flow=args.flow))
        return 2
    if not lib.runnable(args.flow):
        term.say(t("cli.broken-flow", lang, flow=args.flow))
        return 1
    if getattr(args, "typed", False) and not lib.flows[args.flow].persona:
        term.say(t("typed.not-roleplay", lang, flow=args.flow))
        return 2
    store, notices = open_store(args.data_dir)
    for n in notices:
        term.say(t(n.code, lang, **n.params))
    if store is None:
        return 1
    try:
        return _session(args, lang, term, lib, store, training)
    finally:
        store.close()


def _session(args, lang: str, term: Terminal, lib, store, training: str) -> int:
    """Resume this flow's waiting session when the user says so, or start one; then run it."""
    conv = None
    try:
        conv, stop = _resume(args, lang, term, lib, store, training)
        if stop is not None:
            return stop
        if conv is None:
            conv = _start(args, lang, term, lib, store, training)
        return run(conv, term)
    except (EOFError, KeyboardInterrupt) as stopped:  # end of input, or Ctrl+C: every answer is on disk
        term.say()
        if conv is not None:
            term.say(t("play.saved", lang, flow=args.flow))
        return 130 if isinstance(stopped, KeyboardInterrupt) else 0
    except StoreError as exc:
        term.say(t(exc.code, lang, **exc.params))
        return 1
    except AnswerError as exc:
        term.say(t(exc.code, lang, **exc.params))
        return 1


def _resume(args, lang: str, term: Terminal, lib, store, training: str):
    """(the session resumed or None, an exit code when it cannot go on here)."""
    waiting = [s for s in store.list(status="active", flow_id=args.flow)
               if not training or s.training.lower() == training.lower()]
    if not waiting or getattr(args, "new", False):
        return None, None
    s = waiting[0]
    answer = term.ask(t("play.resume?", lang, label=s.label, step=s.step or "-",
                        ago=i18n_ago(s.updated, lang)))
    if answer.strip().lower() not in ("", "j", "ja", "y", "yes"):
        return None, None
    conv, _ = open_session(store, lib, s.id, take_over=getattr(args, "take_over", False))
    for n in conv.notices:
        term.say(t(n.code, lang, **n.params))
    if conv.elsewhere:
        term.say(t("play.take-over-hint", lang, flow=args.flow))
        return conv, 1
    if conv.readonly:
        term.say(t("play.readonly", lang, id=s.id))
        return conv, 1
    _where_left(conv, term)
    if conv.engine is not None and conv.engine.typed != bool(getattr(args, "typed", False)):
        mode = t("typed.mode." + ("typed" if conv.engine.typed else "options"), lang)
        term.say(t("typed.mode-kept", lang, mode=mode))
    return conv, None


def _where_left(conv, term: Terminal) -> None:
    """On resume at a choice of a role-play: the client's last line again, to answer it."""
    eng = conv.engine
    step = eng.current if eng is not None else None
    if step is None or step.kind == "line":
        return
    for entry in reversed(eng.history):
        line = eng.step_for(entry["key"])
        if line is not None and line.kind == "line":
            flow_id = entry["key"].split("/", 1)[0]
            (said, *_rest) = step_items(line, eng, conv.lib, term.lang, flow_id, binnenkant="after")
            term.say(t("play.where-left", term.lang))
            term.say(f"{said.title}: {said.body}")
            return


def _start(args, lang: str, term: Terminal, lib, store, training: str):
    """A new session, with the label given or asked for (never one that looks private)."""
    label = args.label
    if label and typed.undecodable(label):
        term.say(t("typed.undecodable", lang))
    while not label:
        suggestion = suggest_label(store)
        label = term.ask(t("play.label?", lang, suggestion=suggestion)).strip() or suggestion
        try:
            label = typed.take(label, typed.LABEL, line=True)
        except AnswerError as exc:
            term.say(t(exc.code, lang, **exc.params))
            label = None
    job = args.job or (lib.flows[args.flow].jobs or ["prepare"])[0]
    conv, events = open_session(store, lib, flow_id=args.flow, label=label, job=job, lang=lang,
                                training=training, typed_play=bool(getattr(args, "typed", False)))
    term.say(t("play.started", lang, label=conv.session.label))
    if conv.session.training:
        term.say(t("training.started", lang, code=conv.session.training))
    show_events(term, events, lib=conv.lib)
    return conv


def show_items(term: Terminal, items) -> None:
    """Transcript items (guide.artefacts.transcript) as plain lines."""
    for item in items:
        term.say(f"  {item.title}: {item.body}" if item.title else f"  {item.body}")


def show_events(term: Terminal, events, speaker: str | None = None, lib=None) -> None:
    """What followed an answer; `speaker` names the client of a role-play (its typed-play lines).
    With `lib`, a feedback is followed by the names of the krachtlijnen its option scores."""
    lang = term.lang
    for ev in events:
        if ev.text is None:
            continue
        if ev.kind == "call":
            term.say(ev.text.get(lang))
            continue
        if ev.kind == "say":  # typed play, a turn that meant none of the options: the client's line
            term.say(f"{speaker or t('play.client', lang)}: “{ev.text.get(lang)}”")
            continue
        if ev.kind == "react":  # ... or, without an otherwise: block, the client's neutral reaction
            term.say(f"({ev.text.get(lang)})")
            continue
        label = t(f"play.event.{ev.kind}", lang)
        term.say(f"  {label}: {ev.text.get(lang)}")
        if ev.kind == "feedback":
            for option in (o for o in ev.step.options if o.feedback is ev.text):
                for name in scored_names(option, lib, lang):
                    term.say(f"    {name}")


def show_step(term: Terminal, conv, step: Step) -> None:
    """The step as the app shows it (guide.artefacts.transcript), then what only a plain terminal needs."""
    lang = term.lang
    lib = conv.lib
    for item in step_items(step, conv.engine, lib, lang, binnenkant=term.binnenkant):
        if item.who == "client":
            term.say(f"{item.title}: {item.body}")
            continue
        term.say(f"[{item.title}]" if item.title else "")
        if item.body:
            term.say(f"  {item.body}")
        if item.extra:
            term.say(f"  {t('play.why', lang)}: {item.extra}")
    if step.kind == "card" and step.card and allowed_card(step.card, lib, conv.session.training):
        term.say()
        term.say((lib.card_text(step.card, lang) or "").strip())
    if typedplay.is_typed_choice(conv, step):
        term.say(f"  {t('typed.prompt', lang)}")
        kept = typedplay.kept_words(conv, step)
        if kept:
            term.say(f"  {t('typed.kept', lang, words=kept)}")
    elif conv.engine.needs_words(step):
        term.say(f"  {t('state.say-prompt', lang)}")
    else:
        show_options(term, conv, step)
    if step.kind == "scale":
        low = f" ({step.min_label.get(lang)})" if step.min_label else ""
        high = f" ({step.max_label.get(lang)})" if step.max_label else ""
        term.say(f"  {step.min}{low} … {step.max}{high}")
    if step.card and step.kind != "card":
        term.say(f"  {t('play.card-hint', lang, title=lib.card_title(step.card, lang))}")


def show_options(term: Terminal, conv, step: Step) -> None:
    for n, opt in enumerate(conv.engine.options(step), 1):
        term.say(f"  {n}) {opt.label.get(term.lang)}")


def parse_answer(step: Step, text: str, options=None) -> object:
    """A typed line as the step's answer: option numbers count in `options`, the order shown."""
    text = text.strip()
    options = step.options if options is None else options
    if step.kind == "choice":
        if text.isdigit() and 1 <= int(text) <= len(options):
            return options[int(text) - 1].value
        return text
    if step.kind in ("multi", "checklist"):
        values = []
        for part in text.replace(",", " ").split():
            if part.isdigit() and 1 <= int(part) <= len(options):
                values.append(options[int(part) - 1].value)
            else:
                values.append(part)
        return values
    return text


def _hint(step: Step, lang: str, words: bool = False) -> str:
    if words:
        return t("state.play-hint", lang)
    if not step.needs_input:
        return t("play.hint.continue", lang)
    return t(f"play.hint.{step.kind}", lang)


def run(conv, term: Terminal) -> int:
    lang = term.lang
    last_phase = None
    while True:
        step = conv.engine.current
        if step is None:
            _finish(conv, term)
            return 0
        if step.phase != last_phase:
            number = PHASES.index(step.phase) + 1
            term.say()
            term.say(f"━━ {t('play.phase', lang, n=number)} · {t('phase.' + step.phase, lang)} ━━")
            last_phase = step.phase
        term.say()
        show_step(term, conv, step)
        shown = conv.position()  # every answer says which question it answers
        outcome = "again"
        while outcome == "again":
            outcome, shown = _answer(conv, term, step, shown)
        if outcome == "back":
            last_phase = None
        elif outcome in ("quit", "stop"):
            return 0 if outcome == "quit" else 1


def _answer(conv, term: Terminal, step: Step, shown):
    """Read one line for this step and act on it. Returns (outcome, position): the outcome is
    "again" (ask again), "next", "back", "quit" or "stop" (taken over); the position is the one
    the next answer answers."""
    lang = term.lang
    eng = conv.engine
    typed_turn = typedplay.is_typed_choice(conv, step)
    hint = t("typed.hint", lang) if typed_turn else _hint(step, lang, eng.needs_words(step))
    raw = term.ask(f"{hint}\n> ")
    if typed_turn:
        raw = term.whole_turn(raw)
    command = _command(raw)
    try:
        if command == "quit":
            term.say(t("play.saved", lang, flow=eng.root))
            return "quit", shown
        if command in ("help", "card", "note"):
            _aside(conv, term, step, command)
            return "again", shown
        if command == "back":
            if not conv.back():
                term.say(t("play.no-back", lang))
                return "again", shown
            return "back", shown
        if command is None and eng.typed and not step.needs_input and raw.strip():
            term.say(f"  ! {t('typed.not-a-turn', lang)}")  # typed play: words where no turn is asked
            return "again", shown
        if command is None and typed_turn:  # typed play: the turn is read, not picked
            events = typedplay.turn(conv, term, step, raw, shown, _command)
            show_items(term, after_response(eng, step, lang, term.binnenkant))  # what the client thought
            show_events(term, events, eng.flow.persona, conv.lib)
            return "next", conv.position()
        if command is None and eng.needs_words(step):  # say it yourself first
            conv.say(raw, shown)
            show_options(term, conv, step)
            return "again", conv.position()  # the options are the question now
        _respond(conv, term, step, raw, command, shown)
        return "next", shown
    except AnswerError as exc:
        term.say(f"  ! {t(exc.code, lang, **exc.params)}")
    except StoreError as exc:
        term.say(f"  ! {t('store.not-saved', lang, error=t(exc.code, lang, **exc.params))}")
        if exc.code == "store.taken-over":
            return "stop", shown  # the session goes on elsewhere: nothing more is written from here
    return "again", shown


def _respond(conv, term: Terminal, step: Step, raw: str, command: str | None, shown) -> None:
    """Skip or submit the answer, then show what the client thought then and what followed."""
    eng = conv.engine
    if command == "skip":
        events = conv.skip(shown)
    else:
        value = parse_answer(step, raw, eng.options(step)) if step.needs_input else None
        if step.kind in ("multi", "checklist") and not raw.strip() and step.optional:
            value = []
        events = conv.submit(value, shown)
    show_items(term, after_response(eng, step, term.lang, term.binnenkant))  # what the client thought then
    show_events(term, events, lib=conv.lib)


def _aside(conv, term: Terminal, step: Step, command: str) -> None:
    """:help, :card and :note: said or saved, and the same question stays open."""
    lang = term.lang
    if command == "help":
        term.say(t("play.help", lang))
        term.say(t("typed.rule", lang))
    elif command == "card":
        card = step.card or (step.focus[0] if step.focus else None)
        if not allowed_card(card, conv.lib, conv.session.training):
            term.say(t("sheets.not-offered", lang, path=config_dir() / "settings.toml"))
        elif card:
            term.say((conv.lib.card_text(card, lang) or t("play.no-card", lang)).strip())
        else:
            term.say(t("play.no-card", lang))
    else:
        conv.note(term.ask(t("play.note?", lang)))
        term.say(t("play.note-saved", lang))


def _own_words(conv, term: Terminal) -> None:
    """The own words beside their reading, the option chosen and the best one; then the mirror.
    A wrong reading can be corrected: stored beside it, never part of a score."""
    from guide.artefacts import ownwords  # deferred: the move reader loads only once the flow ends
    from guide.moves import MOVES, describe  # deferred: as above

    lang = term.lang
    while True:
        corrections = conv.store.move_corrections(conv.session.id)
        items = ownwords.moments(conv.engine, lang, conv.session.lang, corrections)
        if not items:
            return
        term.say()
        for line in ownwords.said_terminal(items, lang) + [""] + ownwords.mirror_terminal(items, lang):
            term.say(line)
        read = [n for n, m in enumerate(items, 1) if m.reading is not None]
        if not read:
            return
        try:
            which = _number(term.ask(f"{t('words.ask-correct', lang)}\n> "), len(items))
            while which is not None and items[which - 1].reading is None:  # nothing typed there to correct
                term.say(t("words.nothing-read", lang, n=which))
                which = _number(term.ask(f"{t('words.ask-correct', lang)}\n> "), len(items))
            if which is None:
                return
            for n, move in enumerate(MOVES, 1):
                term.say(f"  {n}) {describe(move, lang)}")
            picked = _number(term.ask(f"{t('words.ask-move', lang)}\n> "), len(MOVES))
        except EOFError:
            return
        if picked is None:
            return
        conv.store.correct_move(conv.session.id, items[which - 1].key, MOVES[picked - 1])
        term.say(t("words.saved", lang, move=describe(MOVES[picked - 1], lang)))


def _number(text: str, most: int) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() and 1 <= int(text) <= most else None


def _finish(conv, term: Terminal) -> None:
    lang = term.lang
    eng = conv.engine
    term.say()
    if eng.end_step is not None and eng.end_step.text is not None:
        term.say(eng.end_step.text.get(lang))
    from guide.artefacts import statechart  # deferred: it loads markdown-it, needed only once the flow ends

    why = statechart.early_why(eng, lang)
    if why:
        term.say()
        term.say(f"{t('state.early', lang)}: {why}")
    states = statechart.chart(eng, lang)
    if states is not None:
        term.say()
        term.say(statechart.terminal(states, lang))
    _own_words(conv, term)
    term.say()
    scores = scoring.tested(eng)  # the debrief's scores: best over the whole scenario, walked out or not
    if scores:
        term.say(t("play.scores", lang))
        for tag, (got, best) in scores.items():  # 1 to 10; n.v.t. with its points, never "0/0"
            shown = krachtlijnen.score_text(got, best, lang)
            term.say(f"  {krachtlijnen.label(conv.lib, tag, lang)}: {shown}")
    term.say(t("play.finished", lang, id=conv.session.id))
