"""`bindkracht serve`: the same app in a browser, one isolated app process per browser tab.

Built on textual-serve's server, with what a classroom needs: websockets only from the
page's own origin, a cap on open tabs (in all and per address), a join code when others on
the network can connect, no directory listings, the page in the user's language, and app
processes forked from a warm fork server (guide/web/fork.py) so that a room joins in seconds.

Who sees what (docs/architecture.md, "The classroom"): every browser gets a participant id in
an HttpOnly, SameSite=Strict cookie, and its tabs' apps see only the sessions made with that
id. The trainer key, printed on this console, makes one browser window the trainer's: only
there can a live play be started, undone or ended, and the group view opened.
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import logging
import secrets
import sys
import time
from hmac import compare_digest
from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.server import Server
from yarl import URL

from guide.base import codes
from guide.base.i18n import t
from guide.web.plain import PlainPages
from guide.web.tabs import Forker, TabAppService, clamp_size

TEMPLATES = Path(__file__).resolve().parent / "templates"
COOKIE = "bindkracht_join"
PARTICIPANT_COOKIE = "bindkracht_id"  # this browser, as a participant: its sessions are its own
TRAINER_COOKIE = "bindkracht_trainer"  # this browser was given the trainer key
LARGE_COOKIE = "bindkracht_large"  # this browser asked for larger type (the page's toggle)
DEFAULT_FONT_SIZE = 16
LARGE_FONT_SIZE = 28  # the toggle's size when --font-size is smaller: readable from the back of a room
COOKIE_AGE = 30 * 24 * 3600  # a participant finds their sessions again for a month of lessons
MAX_WRONG = 10  # wrong codes from one address per minute before it has to wait
DEFAULT_MAX_TABS = 30
DEFAULT_AHEAD = 3  # apps started ahead: the first tabs open at once, the rest follow in well under a second
PER_ADDRESS_OFF_LOOPBACK = 4  # tabs one computer may hold when the room is on the network
IDLE_TIMEOUT = 30.0  # seconds a socket may leave the server's pings or output unread before it is closed


def participant_of(cookie: str) -> str | None:
    """The participant id stored with a browser's sessions: derived from its cookie, so the
    data folder never holds what would let someone pose as that browser."""
    if not (16 <= len(cookie) <= 64) or not all(c.isalnum() or c in "-_" for c in cookie):
        return None
    return "p-" + hashlib.sha256(cookie.encode()).hexdigest()[:12]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class ClassroomServer(Server):
    """textual-serve's server with a room's limits: see the module's docstring."""

    def __init__(self, args, lang: str) -> None:
        super().__init__("bindkracht", host=args.host, port=args.port, title=t("serve.page.title", lang),
                         templates_path=TEMPLATES)
        self.lang = lang
        self.max_tabs = args.max_tabs
        self.loopback = is_loopback(args.host)
        self.code = None if (self.loopback or args.no_code) else codes.new_join_code()
        self.token = secrets.token_urlsafe(32)
        self.trainer_key = "-".join(codes.new_join_code() for _ in range(2))  # typed once, by the trainer
        self.trainer_token = secrets.token_urlsafe(32)
        self.trainer_tab = False  # a trainer window is open: a second one is told so
        self.tabs = 0
        self.by_address: dict[str, int] = {}
        per_address = getattr(args, "per_address", None)
        self.per_address = per_address or (args.max_tabs if self.loopback else PER_ADDRESS_OFF_LOOPBACK)
        self.idle_timeout = getattr(args, "idle_timeout", None) or IDLE_TIMEOUT
        self.wrong: dict[str, list[float]] = {}
        ahead = DEFAULT_AHEAD if args.ahead is None else args.ahead
        self.forker = Forker(lang, args.flows, args.data_dir, ahead=min(ahead, args.max_tabs))
        self.font_size = getattr(args, "font_size", None) or DEFAULT_FONT_SIZE
        self.plain = PlainPages(self, args.flows, args.data_dir)

    # -- console ---------------------------------------------------------------
    def initialize_logging(self) -> None:
        logging.basicConfig(level=logging.WARNING, format="%(message)s")

    async def on_startup(self, app) -> None:
        print(t("serve.preparing", self.lang), flush=True)
        await self.forker.start()
        print(t("serve.started", self.lang, url=self.public_url), flush=True)
        if self.loopback:
            print(t("serve.local-only", self.lang), flush=True)
        elif self.code:
            print(t("serve.code", self.lang, code=self.code), flush=True)
        else:
            print(t("serve.no-code", self.lang), flush=True)
        print(t("serve.max-tabs", self.lang, n=self.max_tabs, per=self.per_address), flush=True)
        print(t("serve.trainer-key", self.lang, key=self.trainer_key, url=f"{self.public_url}/trainer"),
              flush=True)

    async def on_shutdown(self, app) -> None:
        self.forker.stop()

    # -- routes ----------------------------------------------------------------
    # private: textual-serve builds its routes here, with no hook for middleware or our own pages
    async def _make_app(self):
        app = web.Application(middlewares=[self.guard])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path),
                             autoescape=jinja2.select_autoescape(default=True))
        app.add_routes([
            web.get("/", self.handle_index, name="index"),
            web.get("/trainer", self.handle_trainer, name="trainer"),
            web.post("/trainer", self.handle_trainer),
            web.get("/ws", self.handle_websocket, name="websocket"),
            web.get("/download/{key}", self.handle_download, name="download"),
            web.get("/type", self.handle_type),
            *self.plain.routes(),
            web.static("/static", self.statics_path, show_index=False, name="static"),
        ])
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    def page(self, request, name: str, status: int = 200, **context):
        context.update(lang=self.lang, title=t("serve.page.title", self.lang),
                       t=lambda key, **p: t(key, self.lang, **p), large=self.large(request),
                       here=request.path_qs)
        return aiohttp_jinja2.render_template(name, request, context, status=status)

    @web.middleware
    async def guard(self, request, handler):
        """Who may see the app: the right host name, then the join code (static files are public)."""
        if request.path.startswith("/static/"):
            return await handler(request)
        if self.loopback and not is_loopback(request.url.host or ""):
            # a page on another name that resolves here (DNS rebinding) is not this server's page
            raise web.HTTPForbidden(text=t("serve.refused", self.lang))
        if self.code is None or compare_digest(request.cookies.get(COOKIE, ""), self.token):
            return await handler(request)
        if request.path == "/trainer":  # the trainer key lets in as well
            return await handler(request)
        if request.path not in ("/", "/plain/"):
            raise web.HTTPForbidden(text=t("serve.refused", self.lang))
        if "code" not in request.query:
            return self.page(request, "join.html", action=request.path)
        peer = request.remote or "?"
        now = time.monotonic()
        tries = [when for when in self.wrong.get(peer, []) if now - when < 60]
        if len(tries) >= MAX_WRONG:
            self.wrong[peer] = tries
            return self.page(request, "join.html", status=429, error=t("serve.join.too-many", self.lang),
                             action=request.path)
        if compare_digest(codes.normal_join_code(request.query["code"]), self.code):
            self.wrong.pop(peer, None)
            response = web.HTTPSeeOther(request.path)  # the plain page's join goes on to the plain page
            response.set_cookie(COOKIE, self.token, httponly=True, samesite="Strict", path="/")
            self.give_identity(request, response)
            raise response
        self.wrong[peer] = tries + [now]
        return self.page(request, "join.html", status=403, error=t("serve.join.wrong", self.lang),
                         action=request.path)

    def too_many_tries(self, request) -> bool:
        peer = request.remote or "?"
        now = time.monotonic()
        self.wrong[peer] = [when for when in self.wrong.get(peer, []) if now - when < 60]
        return len(self.wrong[peer]) >= MAX_WRONG

    @staticmethod
    def give_identity(request, response, cookie: str | None = None) -> None:
        """A browser without a participant id gets one (random, or `cookie`; HttpOnly, SameSite=Strict)."""
        if participant_of(request.cookies.get(PARTICIPANT_COOKIE, "")) is None:
            response.set_cookie(PARTICIPANT_COOKIE, cookie or secrets.token_urlsafe(24), httponly=True,
                                samesite="Strict", path="/", max_age=COOKIE_AGE)

    @staticmethod
    def new_identity() -> tuple[str, str]:
        """A fresh participant cookie and its id: for a page that needs the id before the browser has it."""
        cookie = secrets.token_urlsafe(24)
        participant = participant_of(cookie)
        assert participant is not None  # a cookie made here always names a participant
        return cookie, participant

    @staticmethod
    def participant(request) -> str | None:
        """The participant id of this request's browser, or None when it has no (valid) cookie yet."""
        return participant_of(request.cookies.get(PARTICIPANT_COOKIE, ""))

    @staticmethod
    def large(request) -> bool:
        return request.cookies.get(LARGE_COOKIE) == "1"

    async def handle_type(self, request):
        """The page's larger-type toggle: remembered in this browser, then back to the page it came from."""
        target = request.query.get("next", "/")
        if not target.startswith("/") or target.startswith("//") or "\\" in target:
            target = "/"  # only a page of this server
        response = web.HTTPSeeOther(target)
        if request.query.get("large") == "1":
            response.set_cookie(LARGE_COOKIE, "1", httponly=True, samesite="Strict", path="/",
                                max_age=COOKIE_AGE)
        else:
            response.del_cookie(LARGE_COOKIE, path="/")
        raise response

    def is_trainer(self, request) -> bool:
        return compare_digest(request.cookies.get(TRAINER_COOKIE, ""), self.trainer_token)

    async def handle_trainer(self, request):
        """The trainer's page: the key from the console makes this browser the trainer's."""
        if request.method != "POST":
            return self.page(request, "trainer.html")
        if self.too_many_tries(request):
            return self.page(request, "trainer.html", status=429, error=t("serve.join.too-many", self.lang))
        form = await request.post()
        typed = codes.normal_join_code(str(form.get("key", "")).replace("-", ""))
        if not compare_digest(typed, self.trainer_key.replace("-", "")):
            self.wrong.setdefault(request.remote or "?", []).append(time.monotonic())
            return self.page(request, "trainer.html", status=403, error=t("serve.trainer.wrong", self.lang))
        response = web.HTTPSeeOther("/")
        response.set_cookie(TRAINER_COOKIE, self.trainer_token, httponly=True, samesite="Strict", path="/")
        if self.code is not None:
            response.set_cookie(COOKIE, self.token, httponly=True, samesite="Strict", path="/")
        self.give_identity(request, response)
        raise response

    def same_origin(self, request) -> bool:
        """The websocket must come from a page this server served (same scheme, host and port)."""
        origin = request.headers.get("Origin")
        if not origin:
            return False
        try:
            url = URL(origin)
        except ValueError:
            return False
        own = request.url
        return (url.scheme, url.host, url.port) == (own.scheme, own.host, own.port)

    def full(self, request) -> str | None:
        """Why this request gets no tab now (a message), or None."""
        if self.tabs >= self.max_tabs:
            return t("serve.full.body", self.lang, n=self.max_tabs)
        if self.by_address.get(request.remote or "?", 0) >= self.per_address:
            return t("serve.full.address", self.lang, n=self.per_address)
        return None

    async def handle_index(self, request):
        why = self.full(request)
        if why is not None:
            return self.page(request, "full.html", status=503, why=why)
        scheme = "wss" if request.scheme == "https" else "ws"
        size = max(self.font_size, LARGE_FONT_SIZE) if self.large(request) else self.font_size
        asked = request.query.get("fontsize", "")  # ?fontsize=N on the address still wins
        response = self.page(request, "app_index.html",
                             font_size=min(int(asked), 96) if asked.isdigit() and int(asked) >= 8 else size,
                             app_websocket_url=f"{scheme}://{request.host}/ws",
                             config={"static": {"url": "/static/"}}, ping_url="")
        self.give_identity(request, response)
        return response

    async def handle_websocket(self, request):
        if not self.same_origin(request):
            raise web.HTTPForbidden(text=t("serve.refused", self.lang))
        participant = participant_of(request.cookies.get(PARTICIPANT_COOKIE, ""))
        if participant is None:  # a page of this server always set one first
            raise web.HTTPForbidden(text=t("serve.refused", self.lang))
        why = self.full(request)
        if why is not None:
            raise web.HTTPServiceUnavailable(text=why)
        peer = request.remote or "?"
        trainer = self.is_trainer(request)
        leads = trainer and not self.trainer_tab
        self.trainer_tab = self.trainer_tab or leads
        self.tabs += 1
        self.by_address[peer] = self.by_address.get(peer, 0) + 1
        def let_go() -> None:  # the tab is gone (closed, reloaded): a trainer's next window leads at once
            if leads:
                self.trainer_tab = False

        try:
            identity = {"participant": participant, "leads": leads, "trainer_busy": trainer and not leads}
            return await self._run_tab(request, identity, let_go)
        finally:
            let_go()
            self.tabs -= 1
            self.by_address[peer] -= 1
            if not self.by_address[peer]:
                del self.by_address[peer]

    async def _run_tab(self, request, identity: dict, let_go):
        # pings every idle/2 s, closed when a pong is idle/4 s late:
        # a socket that never reads is gone in under idle s
        websocket = web.WebSocketResponse(heartbeat=self.idle_timeout / 2)
        width, height = clamp_size(request.query.get("width"), request.query.get("height"))
        service = None

        async def send_bytes(data: bytes) -> None:
            try:  # a socket whose reader stopped reading fills up: it is closed, its place freed
                await asyncio.wait_for(websocket.send_bytes(data), self.idle_timeout)
            except TimeoutError:
                if request.transport is not None:
                    request.transport.abort()
                raise ConnectionResetError("the tab stopped reading") from None

        try:
            await websocket.prepare(request)
            service = TabAppService(self.forker, identity, write_bytes=send_bytes,
                                    write_str=websocket.send_str, close=websocket.close,
                                    download_manager=self.download_manager)
            await service.start(width, height)
            # private: textual-serve's message loop, reused as is for our own tab route
            await self._process_messages(websocket, service)
            let_go()  # before the app has quit: that may take seconds
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # one tab's failure must not stop the room
            logging.getLogger("bindkracht.serve").error("tab failed: %s", error)
        finally:
            if service is not None:
                await service.stop()
            if (
                websocket.closed
                and request.transport is not None
                and websocket.close_code not in (1000, 1001)
            ):
                # a socket that no longer answers: free it now, not after its buffers
                request.transport.abort()
        return websocket


def make_server(args, lang: str) -> ClassroomServer:
    """The configured server; kept apart from `serve` so tests can build it."""
    return ClassroomServer(args, lang)


def serve(args, lang: str) -> int:
    server = make_server(args, lang)
    try:
        server.serve()
    except OSError as exc:
        print(t("serve.failed", lang, detail=exc.strerror or str(exc)), file=sys.stderr)
        return 1
    finally:
        server.forker.stop()
    return 0
