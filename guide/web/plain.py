"""`serve`'s plain page at /plain/: a role-play as server-rendered HTML, one form per step.

For a screen reader, a keyboard or a slow machine: no JavaScript, no canvas. The same engine
and store as the app (guide/storage/sessions.py), the same texts (guide/artefacts/transcript.py),
the same join code (the server's guard) and the same participant: a browser's cookie scopes the
store, so a participant sees and resumes only the sessions made in that browser, here or in its
app tabs. Every answer is committed before the next page shows (post, then redirect, then get).
Why this route and not xterm's screen-reader mode: docs/architecture.md, "A page for screen readers".
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from aiohttp import web

from guide.artefacts import ownwords, statechart
from guide.artefacts.transcript import Item, finish_items, history_items, step_items
from guide.base.errors import AnswerError, CodedError
from guide.base.i18n import ago, t
from guide.classroom.training import recent_training
from guide.flows import library
from guide.run.engine import RestoreError
from guide.storage.sessions import StaleAnswer, open_session
from guide.storage.store import StoreError, open_store, suggest_label

BINNENKANT = "after"  # as in the app under serve: the inner side shows after the learner's response


class PlainPages:
    """The routes under /plain/. `server` renders pages and knows who a request's participant is."""

    def __init__(self, server, flow_dirs, data_dir) -> None:
        self.server = server
        self.lang = server.lang
        self.flow_dirs = list(flow_dirs or [])
        self.data_dir = data_dir
        self._lib = None
        self._stamps = None
        self._lock = threading.Lock()

    def routes(self) -> list:
        return [
            web.get("/plain/", self.home, name="plain"),
            web.post("/plain/start", self.start),
            web.get("/plain/s/{sid:\\d+}", self.show),
            web.post("/plain/s/{sid:\\d+}", self.act),
        ]

    # -- shared ----------------------------------------------------------------------
    def library(self):
        """The flow library, loaded once and again when a flow file changed (in a worker thread)."""
        with self._lock:
            stamps = library.file_stamps(self.flow_dirs)
            if self._lib is None or stamps != self._stamps:
                self._lib, self._stamps = library.load(flow_dirs=self.flow_dirs), stamps
            return self._lib

    def roleplays(self, lib) -> list:
        flows = [f for f in lib.flows.values() if f.persona and lib.runnable(f.id)]
        return sorted(flows, key=lambda f: f.title.get(self.lang))

    def who(self, request) -> str:
        participant = self.server.participant(request)
        if participant is None:  # every page of this server gives one first: no cookie, no sessions
            raise web.HTTPForbidden(text=t("serve.refused", self.lang))
        return participant

    def store(self, participant: str):
        store, notices = open_store(self.data_dir, participant)
        if store is None:
            raise _Refused(t(notices[0].code, self.lang, **notices[0].params) if notices else "?")
        return store

    def render(self, request, name: str, status: int = 200, cookie: str | None = None, **context):
        response = self.server.page(request, name, status=status, **context)
        self.server.give_identity(request, response, cookie)
        return response

    def same_origin(self, request) -> None:
        if request.headers.get("Origin") and not self.server.same_origin(request):
            raise web.HTTPForbidden(text=t("serve.refused", self.lang))

    # -- the start page --------------------------------------------------------------
    async def home(self, request):
        participant, cookie = self.server.participant(request), None
        if participant is None:  # a first visit: its id now, so that its label is suggested like any other
            cookie, participant = self.server.new_identity()
        context = await asyncio.to_thread(self._home, participant)
        return self.render(request, "plain_home.html", cookie=cookie, **context)

    def _home(self, participant: str, error: str = "", label: str = "", chosen: str = "") -> dict:
        lib = self.library()
        flows = self.roleplays(lib)
        waiting = []
        store = self.store(participant)
        try:
            ids = {f.id for f in flows}
            for s in store.list(status="active"):
                if s.flow_id in ids:
                    title = lib.flows[s.flow_id].title.get(self.lang)
                    waiting.append((s.id, t("plain.row", self.lang, label=s.label, flow=title,
                                            ago=ago(s.updated, self.lang))))
            suggestion = suggest_label(store)
        finally:
            store.close()
        return {"flows": [(f.id, f.title.get(self.lang)) for f in flows], "waiting": waiting,
                "label": label or suggestion, "chosen": chosen or (flows[0].id if flows else ""),
                "error": error}

    async def start(self, request):
        self.same_origin(request)
        participant = self.who(request)
        form = await request.post()
        flow_id, label = str(form.get("flow", "")), str(form.get("label", ""))
        try:
            sid = await asyncio.to_thread(self._start, participant, flow_id, label)
        except (AnswerError, StoreError, RestoreError, _Refused) as exc:
            context = await asyncio.to_thread(self._home, participant, _message(exc, self.lang), label,
                                              flow_id)
            return self.render(request, "plain_home.html", status=400, **context)
        raise web.HTTPSeeOther(f"/plain/s/{sid}#now")

    def _start(self, participant: str, flow_id: str, label: str) -> int:
        lib = self.library()
        if flow_id not in {f.id for f in self.roleplays(lib)}:
            raise AnswerError("engine.pick-one")
        store = self.store(participant)
        try:
            job = (lib.flows[flow_id].jobs or ["prepare"])[0]
            conv, _events = open_session(store, lib, flow_id=flow_id, label=label, job=job, lang=self.lang,
                                         training=recent_training(store))
            conv.close()
            return conv.session.id
        finally:
            store.close()

    # -- a session ---------------------------------------------------------------------
    async def show(self, request):
        participant = self.who(request)
        stale = request.query.get("stale") == "1"
        context = await asyncio.to_thread(self._session, participant, int(request.match_info["sid"]))
        if context is None:
            return self.render(request, "plain_gone.html", status=404)
        if stale:
            context["error"] = t("plain.stale", self.lang)
        return self.render(request, "plain_step.html", **context)

    async def act(self, request):
        self.same_origin(request)
        participant = self.who(request)
        sid = int(request.match_info["sid"])
        form = await request.post()
        try:
            await asyncio.to_thread(self._act, participant, sid, form)
        except StaleAnswer:
            raise web.HTTPSeeOther(f"/plain/s/{sid}?stale=1#now") from None
        except (AnswerError, StoreError, RestoreError, _Refused) as exc:
            context = await asyncio.to_thread(self._session, participant, sid)
            if context is None:
                return self.render(request, "plain_gone.html", status=404)
            context["error"] = t("plain.error", self.lang, error=_message(exc, self.lang))
            context["typed"] = str(form.get("words", form.get("value", "")))
            return self.render(request, "plain_step.html", status=400, **context)
        raise web.HTTPSeeOther(f"/plain/s/{sid}#now")

    def _act(self, participant: str, sid: int, form) -> None:
        lib = self.library()
        store = self.store(participant)
        conv = None
        try:
            if store.get(sid) is None:
                raise StoreError("store.no-session", id=sid)
            conv, _ = open_session(store, lib, sid)
            if conv.readonly:
                raise AnswerError("session.readonly")
            eng = conv.engine
            if eng is None:
                raise AnswerError("engine.finished")
            at = str(form.get("at", ""))
            action = str(form.get("action", "answer"))
            step = eng.current
            if action == "back":
                conv.back()
            elif step is None:
                raise AnswerError("engine.finished")
            elif action == "skip":
                conv.skip(at)
            elif eng.needs_words(step):
                conv.say(str(form.get("words", "")), at)
            elif step.kind in ("multi", "checklist"):
                conv.submit([str(v) for v in form.getall("value", [])], at)
            elif step.needs_input:
                conv.submit(str(form.get("value", "")), at)
            else:
                conv.submit(None, at)
        finally:
            if conv is not None:
                conv.close()
            store.close()

    def _session(self, participant: str, sid: int) -> dict | None:
        """What the page of session `sid` shows, or None when this participant has no such session."""
        lib = self.library()
        store = self.store(participant)
        conv = None
        try:
            if store.get(sid) is None:  # another browser's session is not there for this one
                return None
            conv, _ = open_session(store, lib, sid)
            notices = [t(n.code, self.lang, **n.params) for n in conv.notices]
            flow = lib.flows.get(conv.session.flow_id)
            context: dict[str, Any] = {
                "sid": sid, "label": conv.session.label, "notices": notices, "error": "", "typed": "",
                "flow_title": flow.title.get(self.lang) if flow else conv.session.flow_id,
                "earlier": [], "now": [], "step": None, "debrief": [], "said": [], "mirror": []}
            eng = conv.engine
            if eng is None:
                return context
            items = history_items(eng, lib, self.lang, BINNENKANT)
            step = eng.current
            if step is None:
                context["earlier"] = items
                context["debrief"] = finish_items(eng, lib, self.lang)
                why = statechart.early_why(eng, self.lang)
                if why:
                    context["debrief"].append(Item("end", t("state.early", self.lang), why))
                corrections = store.move_corrections(sid)
                said_moments = ownwords.moments(eng, self.lang, conv.session.lang, corrections)
                context["said"] = [t("plain.said-row", self.lang, question=m.question,
                                     words=m.words or t("state.said-nothing", self.lang),
                                     reading=ownwords.reading_text(m, self.lang), chosen=m.chosen,
                                     best=ownwords.best_text(m, self.lang))
                                   for m in said_moments]
                mirror = ownwords.mirror_terminal(said_moments, self.lang)
                context["mirror"] = [line.strip() for line in mirror]
                return context
            own = step_items(step, eng, lib, self.lang, binnenkant=BINNENKANT)
            said = eng.current_key_said()
            tail = len(own) + (1 if said is not None else 0)
            cut = self._since_last_action(eng, lib, items, len(items) - tail)
            context["earlier"], context["now"] = items[:cut], items[cut:len(items) - tail]
            prompt = None
            if step.needs_input:  # the question is the form's legend, not a line of its own
                prompt = own[-1]
                own = own[:-1]
            context["now"] += own
            context["step"] = self._form(conv, step, prompt, said)
            return context
        finally:
            if conv is not None:
                conv.close()
            store.close()

    def _since_last_action(self, eng, lib, items: list[Item], end: int) -> int:
        """Where 'now' starts: just after the step the learner last acted on (so with their answer and
        what followed it), never again at what they already heard. 0 before their first action."""
        if not eng.history:
            return 0
        key = eng.history[-1]["key"]
        step = eng.step_for(key)
        if step is None:
            return 0
        acted = step_items(step, eng, lib, self.lang, key.split("/", 1)[0], BINNENKANT)
        for n in range(end - len(acted), -1, -1):
            if items[n:n + len(acted)] == acted:
                return n + len(acted)
        return 0

    def _form(self, conv, step, prompt: Item | None, said: str | None) -> dict:
        eng, lang = conv.engine, self.lang
        words = eng.needs_words(step)
        form = {"kind": step.kind, "at": conv.position(), "words": words, "said": said,
                "prompt": prompt, "optional": step.optional and step.needs_input, "back": bool(eng.history),
                "readonly": conv.readonly, "options": [], "scale": []}
        if step.kind in ("choice", "multi", "checklist") and not words:
            form["options"] = [(o.value, o.label.get(lang)) for o in eng.options(step)]
        if step.kind == "scale":
            low = step.min_label.get(lang) if step.min_label else ""
            high = step.max_label.get(lang) if step.max_label else ""
            form["scale"] = [(n, low if n == step.min else high if n == step.max else "")
                             for n in range(step.min, step.max + 1)]
        return form


class _Refused(Exception):
    """The store could not open: the message says why."""


def _message(exc: Exception, lang: str) -> str:
    if isinstance(exc, CodedError):
        return t(exc.code, lang, **exc.params)
    return str(exc)  # _Refused: its text already says why
