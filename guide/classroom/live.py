"""Live role-play: people play, the app structures the play.

A trainer starts a live play of a scenario and gets a short join code. The worker, the coach
(who plays the client) and observers join it by code, each from their own app process. All of
it lives in the local store (tables live_*): every write is one small transaction through the
store's retry, so several processes writing at once lose nothing, and a screen follows the
others by asking SQLite's `PRAGMA data_version` (a number that changes when another
connection commits) before it reads anything.

Moments are the scenario's client lines and choices in order: the lines up to a choice and
the choice itself. The path follows what the worker did: someone marks the option that came
closest, or "something else" (the play then goes on as after the option written first).
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field

from guide.artefacts.markup import escape_md, markdown_to_html
from guide.base import codes, typed
from guide.base.i18n import t
from guide.flows.model import CONTINUE_KINDS, KRACHTLIJNEN, Option, Step
from guide.run.engine import AnswerError, Engine, RestoreError
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
class Moment:
    index: int
    lines: list[Step]  # what the client says, in order, up to the choice
    choice: Step | None  # what the worker does (None: the closing lines)
    chosen: str | None = None  # the option marked closest, OTHER, or None (not yet)

    def options(self) -> list[Option]:
        return list(self.choice.options) if self.choice else []

    def chosen_option(self) -> Option | None:
        return next((o for o in self.options() if o.value == self.chosen), None)


def walk(lib, flow_id: str, path: list[str]) -> tuple[list[Moment], Step | None]:
    """The moments so far along `path` (the values marked, in order), the current one last,
    and the end step when the play has reached the scenario's end (None otherwise)."""
    if flow_id not in lib.flows:  # the scenario was removed or broken since the play started
        return [], None
    engine = Engine(lib.flows, flow_id, lib.programs, seed=0)
    moments: list[Moment] = []
    lines: list[Step] = []
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
                value = moment.chosen if moment.chosen != OTHER else step.options[0].value
                engine.submit(value)
            elif step.optional:
                engine.skip()
            else:  # the learner's own reflection (text, scale): not part of the live play
                break
        end = engine.end_step or engine.current
    except (AnswerError, RestoreError, KeyError):
        end = None
    finally:
        engine.close()
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
    now = time.time()

    def work(c):
        for _attempt in range(50):
            code = codes.new_live_code()
            if c.execute("SELECT 1 FROM live_plays WHERE code = ?", (code,)).fetchone() is None:
                break
        cur = c.execute("INSERT INTO live_plays (code, flow_id, lang, status, path, created, updated)"
                        " VALUES (?,?,?,?,?,?,?)", (code, flow_id, lang, PLAYING, "[]", now, now))
        play_id = cur.lastrowid
        role = c.execute("INSERT INTO live_roles (play_id, role, joined) VALUES (?,?,?)",
                         (play_id, "trainer", now)).lastrowid
        return play_id, role

    play_id, role_id = store.transaction(work)
    return read(store, play_id), role_id


def find(store: Store, code: str) -> int | None:
    rows = store.rows("SELECT id FROM live_plays WHERE code = ?", (codes.normal_live_code(code),))
    return rows[0][0] if rows else None


def join(store: Store, code: str, role: str) -> tuple[Play, int]:
    """Join the play with this code as worker, coach or observer; (play, own role id)."""
    if role not in ROLES:
        raise LiveError("live.error.role")
    play_id = find(store, code)
    if play_id is None:
        raise LiveError("live.error.code", typed=codes.normal_live_code(code) or "-")
    role_id = store.transaction(lambda c: c.execute(
        "INSERT INTO live_roles (play_id, role, joined) VALUES (?,?,?)", (play_id, role, time.time())).lastrowid)
    return read(store, play_id), role_id


def read(store: Store, play_id: int) -> Play:
    rows = store.rows("SELECT id, code, flow_id, lang, status, path FROM live_plays WHERE id = ?", (play_id,))
    if not rows:
        raise LiveError("live.error.gone")
    pid, code, flow_id, lang, status, path = rows[0]
    play = Play(pid, code, flow_id, lang, status, json.loads(path))
    for role, n in store.rows("SELECT role, COUNT(*) FROM live_roles WHERE play_id = ? GROUP BY role", (pid,)):
        play.roles[role] = n
    play.marks = [Mark(*r) for r in store.rows(
        "SELECT moment, krachtlijn, note, role_id FROM live_marks WHERE play_id = ? ORDER BY id", (pid,))]
    play.inside = dict(store.rows("SELECT moment, text FROM live_inside WHERE play_id = ?", (pid,)))
    return play


def data_version(store: Store) -> int:
    """Changes whenever another connection committed: a cheap 'anything new?' for a timer."""
    try:
        return store.conn.execute("PRAGMA data_version").fetchone()[0]
    except sqlite3.Error:
        return -1


def mark_closest(store: Store, play_id: int, moment: int, value: str) -> bool:
    """The option that came closest at `moment` (or OTHER): the play moves on. False when someone
    else marked that moment first (nothing changes then)."""

    def work(c):
        status, path = c.execute("SELECT status, path FROM live_plays WHERE id = ?", (play_id,)).fetchone()
        path = json.loads(path)
        if status != PLAYING or len(path) != moment:
            return False
        path.append(value)
        c.execute("UPDATE live_plays SET path = ?, updated = ? WHERE id = ?", (json.dumps(path), time.time(), play_id))
        return True

    return store.transaction(work)


def step_back(store: Store, play_id: int) -> bool:
    """Undo the last moment marked (the trainer clicked too soon)."""

    def work(c):
        status, path = c.execute("SELECT status, path FROM live_plays WHERE id = ?", (play_id,)).fetchone()
        path = json.loads(path)
        if status != PLAYING or not path:
            return False
        path.pop()
        c.execute("UPDATE live_plays SET path = ?, updated = ? WHERE id = ?", (json.dumps(path), time.time(), play_id))
        return True

    return store.transaction(work)


def finish(store: Store, play_id: int) -> None:
    """The play is over: the coach now adds the binnenkant, everyone sees the debrief."""
    store.transaction(lambda c: c.execute("UPDATE live_plays SET status = ?, updated = ? WHERE id = ?",
                                          (AFTER, time.time(), play_id)))


def add_mark(store: Store, play_id: int, role_id: int, moment: int, krachtlijn: int, note: str = "") -> None:
    """One tally for a krachtlijn at a moment, with an optional short note; on disk on return."""
    if not 1 <= int(krachtlijn) <= len(KRACHTLIJNEN):
        raise LiveError("live.error.krachtlijn")
    text = typed.take(note, NOTE_MAX)
    store.transaction(lambda c: c.execute(
        "INSERT INTO live_marks (play_id, role_id, moment, krachtlijn, note, at) VALUES (?,?,?,?,?,?)",
        (play_id, role_id, int(moment), int(krachtlijn), text, time.time())))


def set_inside(store: Store, play_id: int, moment: int, text: str) -> None:
    """The coach's binnenkant of one moment, in their own words (empty text takes it away)."""
    text = typed.take(text, INSIDE_MAX)

    def work(c):
        if text:
            c.execute("INSERT INTO live_inside (play_id, moment, text, at) VALUES (?,?,?,?)"
                      " ON CONFLICT (play_id, moment) DO UPDATE SET text = excluded.text, at = excluded.at",
                      (play_id, int(moment), text, time.time()))
        else:
            c.execute("DELETE FROM live_inside WHERE play_id = ? AND moment = ?", (play_id, int(moment)))

    store.transaction(work)


# -- what each role sees -----------------------------------------------------------------

def situation(moment: Moment, lang: str) -> str:
    """For the worker: what the client says and the situation, never the inner side."""
    parts = [f"«{s.say.get(lang)}»" for s in moment.lines if s.say]
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
    return out


def closest_label(moment: Moment, lang: str) -> str:
    if moment.chosen == OTHER:
        return t("live.other", lang)
    option = moment.chosen_option()
    return option.label.get(lang) if option else t("live.not-marked", lang)


def krachtlijn_name(lib, n: int, lang: str) -> str:
    title = lib.card_title(f"krachtlijn-{n}", lang)
    return title.split("—", 1)[1].strip() if "—" in title else title


# -- the live debrief ----------------------------------------------------------------------

def debrief_markdown(lib, play: Play, lang: str) -> str:
    """Per moment: what was played, the observers' marks (counts per krachtlijn, notes) and the
    coach's binnenkant. Everything typed is escaped."""
    flow = lib.flows.get(play.flow_id)
    title = flow.title.get(lang) if flow else play.flow_id
    moments, _end = walk(lib, play.flow_id, play.path) if flow else ([], None)
    out = [f"# {escape_md(t('live.debrief.title', lang))}", "", f"**{escape_md(title)}** · "
           f"{escape_md(t('live.debrief.code', lang, code=play.code))}", ""]
    shown = [m for m in moments if m.chosen is not None or m.choice is None or m.index < play.current
             or play.tally(m.index) or m.index in play.inside]
    if not shown:
        out += [t("live.debrief.empty", lang), ""]
    for m in shown:
        out += [f"## {escape_md(t('live.moment', lang, n=m.index + 1))}", ""]
        said = " ".join(s.say.get(lang) for s in m.lines if s.say)
        if said:
            out += [f"> {escape_md(said)}", ""]
        if m.choice is not None:
            out += [f"*{escape_md(t('live.debrief.closest', lang))}:* {escape_md(closest_label(m, lang))}", ""]
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
    return "\n".join(out).rstrip() + "\n"


def debrief_html(lib, play: Play, lang: str) -> str:
    return markdown_to_html(debrief_markdown(lib, play, lang), t("live.debrief.title", lang), lang)
