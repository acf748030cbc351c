"""`bindkracht serve`: the same app in a browser, one isolated app process per browser tab.

Built on textual-serve's server, with what a classroom needs: websockets only from the
page's own origin, a cap on open tabs, a join code when others on the network can
connect, no directory listings, the page in the user's language, and app processes
forked from a warm fork server (guide/web/fork.py) so that a room joins in seconds.
"""

from __future__ import annotations

import asyncio
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
from textual_serve.server import Server, to_int
from yarl import URL

from guide.base import codes
from guide.base.i18n import t
from guide.web.tabs import Forker, TabAppService

TEMPLATES = Path(__file__).resolve().parent / "templates"
COOKIE = "bindkracht_join"
MAX_WRONG = 10  # wrong codes from one address per minute before it has to wait
DEFAULT_MAX_TABS = 30


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
        self.tabs = 0
        self.wrong: dict[str, list[float]] = {}
        ahead = args.max_tabs if args.ahead is None else min(args.ahead, args.max_tabs)
        self.forker = Forker(lang, args.flows, args.data_dir, ahead=ahead)

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
        print(t("serve.max-tabs", self.lang, n=self.max_tabs), flush=True)

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
            web.get("/ws", self.handle_websocket, name="websocket"),
            web.get("/download/{key}", self.handle_download, name="download"),
            web.static("/static", self.statics_path, show_index=False, name="static"),
        ])
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    def page(self, request, name: str, status: int = 200, **context):
        context.update(lang=self.lang, title=t("serve.page.title", self.lang), t=lambda key, **p: t(key, self.lang, **p))
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
        if request.path != "/":
            raise web.HTTPForbidden(text=t("serve.refused", self.lang))
        if "code" not in request.query:
            return self.page(request, "join.html")
        peer = request.remote or "?"
        now = time.monotonic()
        tries = [when for when in self.wrong.get(peer, []) if now - when < 60]
        if len(tries) >= MAX_WRONG:
            self.wrong[peer] = tries
            return self.page(request, "join.html", status=429, error=t("serve.join.too-many", self.lang))
        if compare_digest(codes.normal_join_code(request.query["code"]), self.code):
            self.wrong.pop(peer, None)
            response = web.HTTPSeeOther("/")
            response.set_cookie(COOKIE, self.token, httponly=True, samesite="Strict", path="/")
            raise response
        self.wrong[peer] = tries + [now]
        return self.page(request, "join.html", status=403, error=t("serve.join.wrong", self.lang))

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

    async def handle_index(self, request):
        if self.tabs >= self.max_tabs:
            return self.page(request, "full.html", status=503, n=self.max_tabs)
        scheme = "wss" if request.scheme == "https" else "ws"
        font_size = request.query.get("fontsize", "16")
        return self.page(request, "app_index.html",
                         font_size=int(font_size) if font_size.isdigit() else 16,
                         app_websocket_url=f"{scheme}://{request.host}/ws",
                         config={"static": {"url": "/static/"}}, ping_url="")

    async def handle_websocket(self, request):
        if not self.same_origin(request):
            raise web.HTTPForbidden(text=t("serve.refused", self.lang))
        if self.tabs >= self.max_tabs:
            raise web.HTTPServiceUnavailable(text=t("serve.full.body", self.lang, n=self.max_tabs))
        self.tabs += 1
        try:
            return await self._run_tab(request)
        finally:
            self.tabs -= 1

    async def _run_tab(self, request):
        websocket = web.WebSocketResponse(heartbeat=15)
        width = to_int(request.query.get("width", "80"), 80)
        height = to_int(request.query.get("height", "24"), 24)
        service = None
        try:
            await websocket.prepare(request)
            service = TabAppService(self.forker, write_bytes=websocket.send_bytes,
                                    write_str=websocket.send_str, close=websocket.close,
                                    download_manager=self.download_manager)
            await service.start(width, height)
            # private: textual-serve's message loop, reused as is for our own tab route
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # one tab's failure must not stop the room
            logging.getLogger("bindkracht.serve").error("tab failed: %s", error)
        finally:
            if service is not None:
                await service.stop()
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
