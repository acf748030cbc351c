"""Live role-play: people play, the app structures the play.

A trainer starts a live play of a scenario and gets a short join code. The worker, the coach
(who plays the client) and observers join it by code, each from their own app process. All of
it lives in the local store (tables live_*, read and written only by guide/storage/live_rows.py):
every write is one small transaction through the store's retry, so several processes writing at
once lose nothing, and the app follows the others by asking SQLite's `PRAGMA data_version` (a
number that changes when another connection commits) before the screen reads anything.

Moments are the scenario's client lines and choices in order: the lines up to a choice and
the choice itself. The path follows what the worker did: someone marks the option that came
closest, or "something else" (the play then goes on as after the option written first).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from guide.artefacts import reports, statechart
from guide.artefacts.markup import escape_md, markdown_to_html
from guide.base import codes, typed
from guide.base.i18n import t
from guide.flows import krachtlijnen
from guide.flows.model import CONTINUE_KINDS, KRACHTLIJNEN, Option, Step, Text
from guide.run.engine import AnswerError, Engine, RestoreError
from guide.storage import live_rows as rows
from guide.storage.store import Store, StoreError

ROLES = ("trainer", "worker", "coach", "observer")
OTHER = "__other__"  # the worker did something the scenario does not foresee
NOTE_MAX = typed.OBSERVER_NOTE  # an observer's note is short
INSIDE_MAX = typed.INSIDE  # the coach's binnenkant of one moment
PLAYING, AFTER = "playing", "after"  # after: the play is over, the coach writes the binnenkant



class LiveError(StoreError):
    """A live-play action that cannot be done (wrong code, moment already marked, ...)."""



def live_flows(lib) -> list:
    """The scenarios that can be played live: role-plays (job rehearse) that run."""
    return sorted((f for f in lib.flows.values() if "rehearse" in f.jobs and lib.runnable(f.id)),
                  key=lambda f: f.title.get("nl"))


# -- moments -------------------------------------------------------------------------

@dataclass
class Reply:
    """How the client answered 'something else' (the scenario's `otherwise:` or a neutral reaction)."""

    say: Text | None = None
    think: Text | None = None
    quoted: bool = True  # False: the neutral reaction, told about the client ("Johan waits")


@dataclass
class Moment:
    index: int
    lines: list[Step | Reply]  # what the client says, in order, up to the choice
    choice: Step | None  # what the worker does (None: the closing lines)
    chosen: str | None = None  # the option marked closest, OTHER, or None (not yet)

    def options(self) -> list[Option]:
        return list(self.choice.options) if self.choice else []

    def chosen_option(self) -> Option | None:
        return next((o for o in self.options() if o.value == self.chosen), None)


def walk(lib, flow_id: str, path: list[str], keep: list | None = None) -> tuple[list[Moment], Step | None]:
    """The moments so far along `path` (the values marked, in order), the current one last,
    and the end step when the play has reached the scenario's end (None otherwise).
    With `keep`, the engine that played the path is added to it, open: the caller closes it."""
    if flow_id not in lib.flows:  # the scenario was removed or broken since the play started
        return [], None
    engine = Engine(lib.flows, flow_id, lib.programs, seed=0)
    moments: list[Moment] = []
    lines: list[Step | Reply] = []
    end = None
    try:
        engine.start()
        while engine.current is not None:
            step = engine.current
            if step.kind == "line":
                lines.append(step)
                engine.submit(None)
            elif step.kind in CONTINUE_KINDS:
                engine.submit(None)
            elif step.kind == "choice" and step.options:
                moment = Moment(len(moments), lines, step)
                lines = []
                moments.append(moment)
                if moment.index >= len(path):
                    return moments, None
                moment.chosen = path[moment.index]
                if moment.chosen == OTHER:  # never an option's path: the client answers, the play goes on
                    said = {e.kind: e.text for e in engine.submit_otherwise()}
                    reply = said.get("say") or said.get("react")
                    lines.append(Reply(reply, said.get("think"), quoted="say" in said))
                else:
                    engine.submit(moment.chosen)
            elif step.optional:
                engine.skip()
            else:  # the learner's own reflection (text, scale): not part of the live play
                break
        end = engine.end_step or engine.current
    except (AnswerError, RestoreError, KeyError):
        end = None
    finally:
        if keep is None:
            engine.close()
        else:
            keep.append(engine)
    if lines:
        moments.append(Moment(len(moments), lines, None))
    return moments, end or _last(lib, flow_id)


def _last(lib, flow_id: str) -> Step | None:
    steps = list(lib.flows[flow_id].steps())
    return steps[-1] if steps else None


# -- the shared record -------------------------------------------------------------------

@dataclass
class Mark:
    moment: int
    krachtlijn: int
    note: str
    role_id: int


@dataclass
class Play:
    id: int
    code: str
    flow_id: str
    lang: str
    status: str
    path: list[str]
    roles: dict[str, int] = field(default_factory=dict)  # role -> how many joined
    marks: list[Mark] = field(default_factory=list)
    inside: dict[int, str] = field(default_factory=dict)  # moment -> the coach's binnenkant

    @property
    def current(self) -> int:
        return len(self.path)

    def tally(self, moment: int) -> dict[int, int]:
        out: dict[int, int] = {}
        for m in self.marks:
            if m.moment == moment:
                out[m.krachtlijn] = out.get(m.krachtlijn, 0) + 1
        return out

    def notes(self, moment: int) -> list[tuple[int, str]]:
        return [(m.krachtlijn, m.note) for m in self.marks if m.moment == moment and m.note]


def start(store: Store, flow_id: str, lang: str) -> tuple[Play, int]:
    """A new live play and the trainer's place in it."""
    play_id, role_id = rows.insert_play(store, flow_id, lang, PLAYING, codes.new_live_code)
    return read(store, play_id), role_id


def find(store: Store, code: str) -> int | None:
    return rows.play_for_code(store, codes.normal_live_code(code))


def join(store: Store, code: str, role: str, leads: bool = True) -> tuple[Play, int]:
    """Join the play with this code as worker, coach or observer (or trainer, when `leads`:
    not a participant's tab in `serve`); (play, own role id)."""
    if role not in ROLES or (role == "trainer" and not leads):
        raise LiveError("live.error.role")
    play_id = find(store, code)
    if play_id is None:
        raise LiveError("live.error.code", typed=codes.normal_live_code(code) or "-")
    return read(store, play_id), rows.add_role(store, play_id, role)


def read(store: Store, play_id: int) -> Play:
    row = rows.play_row(store, play_id)
    if row is None:
        raise LiveError("live.error.gone")
    play = Play(*row)
    play.roles = rows.role_counts(store, play.id)
    play.marks = [Mark(*r) for r in rows.marks(store, play.id)]
    play.inside = rows.inside(store, play.id)
    return play


def mark_closest(store: Store, play_id: int, moment: int, value: str) -> bool:
    """The option that came closest at `moment` (or OTHER): the play moves on. False when someone
    else marked that moment first (nothing changes then)."""
    return rows.edit_path(store, play_id, lambda status, path: (
        path + [value] if status == PLAYING and len(path) == moment else None))


def step_back(store: Store, play_id: int) -> bool:
    """Undo the last moment marked (the trainer clicked too soon)."""
    return rows.edit_path(store, play_id,
                          lambda status, path: path[:-1] if status == PLAYING and path else None)


def finish(store: Store, play_id: int) -> None:
    """The play is over: the coach now adds the binnenkant, everyone sees the debrief."""
    rows.set_status(store, play_id, AFTER)


def add_mark(store: Store, play_id: int, role_id: int, moment: int, krachtlijn: int, note: str = "") -> None:
    """One tally for a krachtlijn at a moment, with an optional short note; on disk on return."""
    if not 1 <= int(krachtlijn) <= len(KRACHTLIJNEN):
        raise LiveError("live.error.krachtlijn")
    rows.add_mark(store, play_id, role_id, int(moment), int(krachtlijn), typed.take(note, NOTE_MAX))


def set_inside(store: Store, play_id: int, moment: int, text: str) -> None:
    """The coach's binnenkant of one moment, in their own words (empty text takes it away)."""
    rows.put_inside(store, play_id, int(moment), typed.take(text, INSIDE_MAX))


# -- what each role sees -----------------------------------------------------------------

def situation(moment: Moment, lang: str) -> str:
    """For the worker: what the client says and the situation, never the inner side."""
    parts = [s.say.get(lang) if isinstance(s, Reply) and not s.quoted else f"«{s.say.get(lang)}»"
             for s in moment.lines if s.say]
    if moment.choice is not None and moment.choice.text:
        parts.append(moment.choice.text.get(lang))
    return "\n\n".join(parts)


def coach_cues(moment: Moment, lang: str) -> list[tuple[str, str]]:
    """For the coach: (heading, text) pairs: what to say and think now, how to react to each approach."""
    out = []
    for s in moment.lines:
        if s.say:
            out.append((t("live.coach.say", lang), s.say.get(lang)))
        if s.think:
            out.append((t("live.coach.think", lang), s.think.get(lang)))
    for o in moment.options():
        if o.think:
            out.append((t("live.coach.if", lang, option=o.label.get(lang)), o.think.get(lang)))
    other = moment.choice.otherwise if moment.choice is not None else None
    if other is not None and (other.say or other.think):  # the author's reaction to an unforeseen turn
        said = [f"«{other.say.get(lang)}»"] if other.say else []
        thought = [f"{t('live.coach.think', lang)}: {other.think.get(lang)}"] if other.think else []
        out.append((t("live.coach.other", lang), "\n".join(said + thought)))
    return out


def closest_label(moment: Moment, lang: str) -> str:
    if moment.chosen == OTHER:
        return t("live.other", lang)
    option = moment.chosen_option()
    return option.label.get(lang) if option else t("live.not-marked", lang)


def krachtlijn_name(lib, n: int, lang: str) -> str:
    return krachtlijnen.name(lib, f"krachtlijn-{n}", lang)


# -- the live debrief ----------------------------------------------------------------------

def debrief_markdown(lib, play: Play, lang: str) -> str:
    """Per moment: what was played, the observers' marks (counts per krachtlijn, notes) and the
    coach's binnenkant; a play that reached its end adds the scores, the client's state over the
    moments and the path, and a walk-out opens with why the client left. Everything typed is escaped."""
    flow = lib.flows.get(play.flow_id)
    title = flow.title.get(lang) if flow else play.flow_id
    kept: list[Engine] = []
    moments, _end = walk(lib, play.flow_id, play.path, kept) if flow else ([], None)
    try:
        return _debrief(lib, play, lang, title, moments, kept[0] if kept else None)
    finally:
        for engine in kept:
            engine.close()


def _debrief(lib, play: Play, lang: str, title: str, moments: list[Moment], engine: Engine | None) -> str:
    out = [f"# {escape_md(t('live.debrief.title', lang))}", "", f"**{escape_md(title)}** · "
           f"{escape_md(t('live.debrief.code', lang, code=play.code))}", ""]
    ended = engine is not None and engine.finished
    played = engine if ended else None  # the engine of a play that reached its end
    out += statechart.early_markdown(engine, lang) if ended else []  # the client walked out: why, first
    over = play.status == AFTER  # the moment the play ended on was played too
    shown = [m for m in moments if over or m.chosen is not None or m.choice is None or m.index < play.current
             or play.tally(m.index) or m.index in play.inside]
    if not shown:
        out += [t("live.debrief.empty", lang), ""]
    for m in shown:
        out += [f"## {escape_md(t('live.moment', lang, n=m.index + 1))}", ""]
        said = " ".join(s.say.get(lang) for s in m.lines if s.say)
        if said:
            out += [f"> {escape_md(said)}", ""]
        if m.choice is not None:
            out += [f"*{escape_md(t('live.debrief.closest', lang))}:* {escape_md(closest_label(m, lang))}",
                    ""]
        tally = play.tally(m.index)
        out += [f"### {escape_md(t('live.debrief.marks', lang))}", ""]
        if not tally:
            out += [t("live.debrief.no-marks", lang), ""]
        for n in sorted(tally):
            out.append(f"- **{t('live.krachtlijn', lang)} {n}** {escape_md(krachtlijn_name(lib, n, lang))}: "
                       f"{escape_md(t('live.debrief.count', lang, n=tally[n]))}")
            out += [f"  - {escape_md(note)}" for k, note in play.notes(m.index) if k == n]
        if tally:
            out.append("")
        out += [f"### {escape_md(t('live.debrief.inside', lang))}", ""]
        inside = play.inside.get(m.index)
        out += [escape_md(inside) if inside else t("live.debrief.no-inside", lang), ""]
    if played is not None and OTHER not in play.path:  # every moment marked with an option: its points count
        out += reports.scores_markdown(played, lib, lang)
        out += statechart.markdown(statechart.chart(played, lang), lang)
        out += reports.path_markdown(played, lang, lib)
    elif played is not None:
        out += statechart.markdown(statechart.chart(played, lang), lang)
    return "\n".join(out).rstrip() + "\n"


def debrief_html(lib, play: Play, lang: str) -> str:
    return markdown_to_html(debrief_markdown(lib, play, lang), t("live.debrief.title", lang), lang)
