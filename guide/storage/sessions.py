"""A running session: the engine plus the store. Nothing is acknowledged to
the user before it is committed."""

from __future__ import annotations

from guide.base import typed
from guide.base.codes import clean_training
from guide.base.errors import AnswerError
from guide.flows.library import Library
from guide.run.engine import Engine, Event, RestoreError
from guide.storage.store import COMPACT_AFTER, Notice, Session, Store, StoreError


class StaleAnswer(AnswerError):
    """An answer for a question that is no longer the open one: dropped."""


def open_session(store: Store, lib: Library, session_id: int | None = None, *, take_over: bool = False,
                 flow_id: str = "", label: str = "", job: str = "", lang: str = "",
                 training: str = "", typed_play: bool = False) -> tuple[Conversation, list[Event]]:
    """Resume the stored session `session_id`, or start a new one of `flow_id` (with its opening events;
    `typed_play`: played in the learner's own words, see Engine.typed).

    Raises StoreError, AnswerError or RestoreError, each with a code to show the user.
    """
    if session_id is not None:
        return Conversation.resume(store, lib, session_id, take_over=take_over), []
    return Conversation.start(store, lib, flow_id, label, job, lang, training, typed_play)


class Conversation:
    def __init__(self, store: Store, lib: Library, session: Session, engine: Engine | None,
                 readonly: bool = False, notices: list[Notice] | None = None) -> None:
        self.store = store
        self.lib = lib
        self.session = session
        self.engine = engine
        self.readonly = readonly
        self.notices = notices or []
        self.elsewhere = False  # read-only because another process has it open

    # -- opening -------------------------------------------------------------
    @classmethod
    def start(cls, store: Store, lib: Library, flow_id: str, label: str, job: str, lang: str,
              training: str = "", typed_play: bool = False) -> tuple[Conversation, list[Event]]:
        label = typed.take(label, typed.LABEL, line=True)
        if not label:
            raise AnswerError("engine.empty-text")
        training = clean_training(training)
        if flow_id not in lib.flows:
            raise RestoreError("engine.unknown-flow", flow=flow_id)
        engine = Engine(lib.flows, flow_id, lib.programs, typed=typed_play)
        events = engine.start()
        flow = lib.flows[flow_id]
        sid = store.create(label, job, flow, lang, engine.to_state(), engine.phase or "", _where(engine),
                           training)
        session = store.get(sid)
        if session is None:  # deleted by another process the moment it was made
            raise StoreError("store.no-session", id=sid)
        return cls(store, lib, session, engine), events

    @classmethod
    def resume(cls, store: Store, lib: Library, session_id: int, take_over: bool = False) -> Conversation:
        session = store.get(session_id)
        if session is None:
            raise StoreError("store.no-session", id=session_id)
        flow = lib.flows.get(session.flow_id)
        notices: list[Notice] = []
        holder = store.claim(session_id, take_over=take_over)
        if holder is not None:  # another live process writes this session: look, do not touch
            return cls._watch(store, lib, session, holder)
        if flow is None or not lib.runnable(session.flow_id):
            notices.append(Notice("session.flow-gone", {"flow": session.flow_id}))
            return cls(store, lib, session, None, readonly=True, notices=notices)
        try:
            engine = Engine.from_state(lib.flows, session.state or {}, lib.programs)
        except (RestoreError, KeyError, TypeError, ValueError) as exc:
            detail = getattr(exc, "params", {}).get("step", "")
            notices.append(Notice("session.cannot-resume", {"flow": session.flow_id, "step": detail}))
            return cls(store, lib, session, None, readonly=True, notices=notices)
        if flow.content_hash != session.content_hash:
            lost = [k for k in engine.answers if engine.step_for(k) is None]
            notices.append(Notice("session.flow-changed", {
                "flow": session.flow_id, "old": session.flow_version, "new": flow.version,
                "step": engine.current.id if engine.current else "-",
            }))
            if lost:
                notices.append(Notice("session.answers-kept", {"n": len(lost), "steps": ", ".join(lost)}))
        # fold the changes in, so the next resume reads less
        if session.changes_since_base >= COMPACT_AFTER and session.state is not None:
            try:
                store.compact(session.id, session.state, session.last_seq)
            except StoreError:
                pass  # the changes stay as they are, readable as before
        return cls(store, lib, session, engine, notices=notices)

    @classmethod
    def _watch(cls, store: Store, lib: Library, session: Session, holder) -> Conversation:
        """Read-only: the session as it was last saved, while `holder` (another process) writes it."""
        notices = [Notice("session.open-elsewhere", {"pid": holder.pid, "host": holder.host})]
        engine = None
        if session.flow_id in lib.flows and lib.runnable(session.flow_id):
            try:
                engine = Engine.from_state(lib.flows, session.state or {}, lib.programs)
            except (RestoreError, KeyError, TypeError, ValueError):
                engine = None
        conv = cls(store, lib, session, engine, readonly=True, notices=notices)
        conv.elsewhere = True
        return conv

    # -- changes -------------------------------------------------------------
    def _commit(self, eng: Engine, action: str, key: str, value) -> None:
        """Save what `eng` changed (not the whole state), committed before it counts as accepted."""
        status = "finished" if eng.finished else "active"
        delta = eng.delta()
        self.store.record(self.session.id, action, key, value, delta, status, eng.phase or "", _where(eng))
        eng.saved(delta)
        self.session.status = status

    def _guard(self, at: str | None = None) -> Engine:
        if self.readonly or self.engine is None:
            raise AnswerError("session.readonly")
        if at is not None and at != self.position():
            raise StaleAnswer("session.stale", at=at, now=self.position())
        return self.engine

    def position(self) -> str:
        """Which question is open now: its key and how many answers came before it.

        A screen gives this back with an answer; an answer given for a position that is no
        longer current (a second Enter, a bounced key) is refused, never applied elsewhere."""
        eng = self.engine
        if eng is None:
            return ""
        # once the own words of a say-first choice are in, its options are a new question
        said = "+said" if eng.current_key_said() is not None else ""
        return f"{_where(eng)}#{len(eng.history)}{said}"

    def submit(self, value=None, at: str | None = None) -> list[Event]:
        eng = self._guard(at)
        step = eng.current
        if step is None:
            raise AnswerError("engine.finished")
        if step.kind == "text" and step.optional and not str(value or "").strip():
            return self.skip(at)  # an empty answer to an optional question is a skip
        if eng.needs_words(step):
            raise AnswerError("state.say-first")  # the own words come before the options
        key = eng.key()
        events = eng.submit(value)
        action = "answer" if step.needs_input else "continue"
        stored = eng.answers.get(key) if step.needs_input else None
        try:
            self._commit(eng, action, key, stored)
        except StoreError:
            eng.back()  # not on disk, so not accepted: the user is back at the step
            raise
        return events

    def say(self, text: str, at: str | None = None) -> str:
        """The learner's own words at a say-first choice: on disk before the options appear."""
        eng = self._guard(at)
        key = eng.key()
        words = eng.say(text)
        try:
            self._commit(eng, "say", key, words)
        except StoreError:
            eng.said.pop(key, None)  # not on disk, so not accepted: the text box stays
            eng.unsaved.append(["s-", key])  # and a later save takes the words back too
            raise
        return words

    def submit_otherwise(self, at: str | None = None) -> list[Event]:
        """Typed play: the turn just said means none of the options (Engine.submit_otherwise)."""
        eng = self._guard(at)
        key = eng.key()
        events = eng.submit_otherwise()
        try:
            self._commit(eng, "otherwise", key, None)
        except StoreError:
            eng.back()  # not on disk, so not accepted: the user is back at the choice
            raise
        return events

    def skip(self, at: str | None = None) -> list[Event]:
        eng = self._guard(at)
        key = eng.key()
        events = eng.skip()
        try:
            self._commit(eng, "skip", key, None)
        except StoreError:
            eng.back()
            raise
        return events

    def back(self) -> bool:
        eng = self._guard()
        if not eng.history:
            return False
        before, unsaved = eng.to_state(), list(eng.unsaved)
        eng.back()
        try:
            self._commit(eng, "back", eng.key() if eng.current else "", None)
        except StoreError:
            restored = Engine.from_state(eng.flows, before, eng.programs)
            restored.unsaved = unsaved  # what the store still lacks of `before`
            eng.close()
            self.engine = restored
            raise
        return True

    def note(self, text: str) -> None:
        text = typed.take(text, typed.NOTE)
        if not text:
            raise AnswerError("engine.empty-text")
        eng = self.engine
        key = eng.key() if eng is not None and eng.current is not None else "-"
        self.store.add_note(self.session.id, key, text)

    def set_lang(self, lang: str) -> None:
        self.store.set_lang(self.session.id, lang)
        self.session.lang = lang

    def close(self) -> None:
        if self.engine is not None:
            self.engine.close()
        if not self.readonly:
            try:
                self.store.release(self.session.id)
            except StoreError:
                pass  # the lock goes with the process anyway


def _where(engine: Engine) -> str:
    if engine.current is not None:
        return engine.key()
    return "(end)" if engine.finished else ""
