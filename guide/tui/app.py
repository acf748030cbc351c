"""The Bind-Kracht gids app."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App, SystemCommand
from textual.screen import Screen

from guide.artefacts.viewer import open_in_viewer
from guide.base import i18n, paths, settings, speed
from guide.base.errors import StoreError
from guide.base.files import write_pages
from guide.base.i18n import t
from guide.tui import keys, themes
from guide.tui.home import HomeScreen
from guide.tui.palette import Palette, ThemeChoices
from guide.tui.screens import GuideScreen, StoreChanged
from guide.tui.textual_compat import forward_key, keymap, priority_binding, tolerant_terminal_input

if TYPE_CHECKING:
    from textual.timer import Timer

    from guide.flows.library import Library, Stamps
    from guide.storage.sessions import Conversation
    from guide.storage.store import Store

STORE_WATCH_S = 0.5  # how often the app asks the store whether another process wrote (microseconds each)

IDLE_COLLECT_S = 1.0  # seconds without a key before a due full garbage collection runs
ANY = object()  # App.hold_keys: the keys wait whatever screen is on top


class GuideApp(App):
    CSS_PATH = Path(__file__).parent / "app.tcss"
    TITLE = "Bind-Kracht gids"
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, lang: str = "nl", flow_dirs: list[Path] | None = None, data_dir: str | None = None,
                 blink: bool = True, preloaded: tuple[Library, Stamps] | None = None,
                 binnenkant: str | None = None, identity_fd: int | None = None,
                 own_nice: int | None = None) -> None:
        super().__init__()
        tolerant_terminal_input()  # an odd byte typed (Latin-1 over ssh, a stray key) never ends the app
        # A browser tab of `serve` (guide/web/): who the tab is comes in one line on this pipe, and the
        # store opens only then. In a terminal there is no pipe: the owner sees everything and leads.
        self.identity_fd, self.own_nice = identity_fd, own_nice
        self.participant: str | None = None  # a browser's id: its store holds only its own sessions
        self.leads = identity_fd is None  # may start, undo and end a live play, and open the group view
        if identity_fd is not None:  # in a browser: keys it takes for itself get a second one
            keys.browser()
        self.room_store = None  # the trainer's view of every session made through `serve`
        self.preloaded = preloaded  # (library, file stamps) loaded before this process was forked
        self.blink = blink  # tests turn the cursor blink off for stable screenshots
        saved = settings.load()
        self.lang = (
            lang
            if lang != i18n.DEFAULT_LANG or "lang" not in saved
            else settings.pick_lang(saved.get("lang"))
        )
        self.flow_dirs = list(flow_dirs or [])
        self.data_dir = data_dir
        self.first_run = saved.get("welcomed") != "True"
        self.wanted_theme = saved.get("theme", themes.DEFAULT)
        self.saved_theme: str | None = None  # None until on_mount: changes before then are not the user's
        # when a client line's inner side shows: after the learner's next response (default) or with it
        self.binnenkant: str = binnenkant or (
            saved["binnenkant"] if saved.get("binnenkant") in ("after", "before") else "after"
        )
        self.typed_confirm = settings.typed_confirm(saved)  # typed play: confirm how a turn was understood
        self.lib: Library | None = None
        self.store: Store | None = None
        self.flow_stamps: Stamps | None = None  # the flow files as last loaded
        self.store_error: str | None = None
        self.opener = open_in_viewer  # tests put a fake here: nothing opens a real browser
        # An app forked from the classroom server finds the server's objects frozen (serve_fork):
        # they stay frozen, so they stay shared with the other tabs, and this app holds nothing itself.
        self.holds_heap = speed.nothing_frozen()
        self.heap_let_go = False  # a conversation closed since the last hold: collect before the next
        self.last_key = 0.0  # monotonic time of the last key: the collector's full walks wait for a pause
        self.store_watch: Timer | None = None  # the one timer that follows other processes' writes
        self.store_version: int | None = None
        # Keys typed before a screen can take them (the lists while the flows load, a dialog that is
        # still being drawn) wait here in order and go to it once it has the focus: none are lost.
        self.held_keys: list[events.Key] | None = []
        self.held_for: object = None  # the screen they wait for (None: the first screen; ANY: whatever comes)
        self.handed_back: list[events.Key] = []  # keys a closing dialog received after its last key

    # -- keys that wait ----------------------------------------------------------------
    def hold_keys(self, screen: object = ANY) -> None:
        """From now on keys wait (while `screen` is on top; a dialog above it still gets its keys)."""
        if self.held_keys is None:
            self.held_keys = []
        self.held_for = screen

    def _holding(self) -> bool:
        if self.held_keys is None:
            return False
        if self.held_for is None:
            return len(self.screen_stack) <= 1
        return self.held_for is ANY or self.screen is self.held_for

    def hand_back(self, event: events.Key) -> None:
        """A key that reached a dialog after the key that closes it: it goes to what comes next."""
        self.handed_back.append(events.Key(event.key, event.character))

    async def release_keys(self) -> None:
        """The keys held, in the order typed, as if typed now: to a key binding of the screen now
        on top, or else to what has the focus (or the screen)."""
        waiting = self.handed_back + (self.held_keys or [])
        self.held_keys, self.handed_back = None, []
        for event in waiting:
            if not await priority_binding(self, event.key):
                forward_key(self.focused or self.screen, event)

    def push_screen(self, screen, callback=None, wait_for_dismiss=False, *, mode=None):
        """As App.push_screen; keys typed while the new screen is drawn wait until it has the focus."""
        if wait_for_dismiss or not self._hold_for(screen):
            return super().push_screen(screen, callback, wait_for_dismiss, mode=mode)
        return self._release_when_drawn(screen, super().push_screen(screen, callback, mode=mode))

    def switch_screen(self, screen):
        """As App.switch_screen (a live play's next screen); keys wait as for push_screen."""
        if not self._hold_for(screen):
            return super().switch_screen(screen)
        return self._release_when_drawn(screen, super().switch_screen(screen))

    def _hold_for(self, screen) -> bool:
        """Keys wait for a new screen until it has the focus (False: nothing to wait for)."""
        if not isinstance(screen, Screen) or self.held_keys is not None or screen.focused is not None:
            return False
        self.hold_keys(screen)

        def focused(widget) -> None:
            if widget is not None and self.held_for is screen:
                self.call_later(self.release_keys)

        self.watch(screen, "focused", focused, init=False)
        return True

    def _release_when_drawn(self, screen, mounted):
        async def drawn() -> None:  # a screen that takes no focus gets its keys once it is drawn
            await mounted
            if self.held_for is screen:
                self.call_later(self.release_keys)

        self.run_worker(drawn(), group="keys")
        return mounted

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown)):  # an answer by key or by click
            self.last_key = time.monotonic()
        if isinstance(event, events.Key) and not event.is_forwarded and self._holding():
            self.app_focus = True
            if await priority_binding(self, event.key):
                return  # Ctrl+Q and the other app keys act at once, also while loading
            held = self.held_keys
            if held is not None:  # (always, while holding)
                held.append(event)
                if isinstance(self.screen, GuideScreen):
                    self.screen.keys_held(len(held))
            return
        await super().on_event(event)

    # -- start-up -----------------------------------------------------------------
    def on_mount(self) -> None:
        for theme in themes.OURS:
            self.register_theme(theme)
        wanted = self.wanted_theme
        if wanted in self.available_themes:
            self.theme = wanted
        else:
            self.theme = themes.DEFAULT
            settings.note_problem("settings.bad-value", paths.config_dir() / settings.SETTINGS, "theme",
                                  wanted, sorted(self.available_themes))
        self.saved_theme = self.theme  # from now on a change is the user's and is saved
        user_keys = keys.user_keys(settings.keymap(), paths.config_dir() / settings.KEYS, self.lang)
        if user_keys:
            self.set_keymap(user_keys)
        keys.apply(self, keys.APP_KEYS, self.lang)

    def follow_store(self) -> None:
        """Start the app's one store watcher (the live screens ask for it): twice a second it asks SQLite
        whether another process or tab wrote, and tells the screen on top (StoreChanged)."""
        if self.store_watch is None:
            self.store_version = self.store.data_version() if self.store is not None else None
            self.store_watch = self.set_interval(STORE_WATCH_S, self.check_store)

    def check_store(self) -> None:
        if self.store is None:
            return
        version = self.store.data_version()
        if version != self.store_version:
            self.store_version = version
            self.screen.post_message(StoreChanged())

    def get_default_screen(self) -> HomeScreen:
        return HomeScreen()

    async def on_ready(self) -> None:
        if self.identity_fd is not None:  # a tab of `serve`: first learn whose it is (in a thread: it waits)
            self.run_worker(self._read_identity, thread=True, group="identity", exit_on_error=False)
            return
        await self._start_loading()

    def _read_identity(self) -> None:
        assert self.identity_fd is not None  # started only for a tab of serve, which gives the pipe
        with os.fdopen(self.identity_fd, "rb", 0) as pipe:
            line = pipe.readline(4096)
        try:
            identity = json.loads(line)
        except ValueError:
            identity = None
        if not isinstance(identity, dict) or not isinstance(identity.get("participant"), str):
            self.call_from_thread(self.exit, 1)  # the server went before it said: nothing to show
            return
        # mypy cannot pick T in Textual's `T | Awaitable[T]` for an async callback
        self.call_from_thread(self._identified, identity)  # type: ignore[arg-type]

    async def _identified(self, identity: dict) -> None:
        self.participant = identity["participant"]
        self.leads = identity.get("leads") is True
        if self.own_nice is not None:  # started ahead at a lower priority: a tab in use gets its own back
            try:
                os.setpriority(os.PRIO_PROCESS, 0, self.own_nice)
            except OSError:
                pass  # not allowed here: it stays as low as the next app started ahead, never lower
        if identity.get("trainer_busy"):
            self.notify(t("serve.trainer.busy", self.lang), severity="warning", timeout=30)
        await self._start_loading()

    async def _start_loading(self) -> None:
        preloaded, self.preloaded = self.preloaded, None
        if preloaded is not None:  # loaded before this process was forked (serve): still current?
            stamps = self._stamps()
            if preloaded[1] == stamps:
                await self._library_loaded(preloaded[0], stamps, read_here=False)
                return
        # the flows load in a thread: a big or odd flow folder never freezes the keys (Ctrl+Q)
        self.run_worker(self._load_library, thread=True, group="load", exit_on_error=False)

    def _load_library(self) -> None:
        from guide.flows import library  # deferred: the loader (~60 ms) loads after the first frame

        try:
            lib = library.load(flow_dirs=self.flow_dirs)
            stamps = self._stamps()
        except BaseException:
            self.call_from_thread(self.release_keys)  # type: ignore[arg-type]  # nothing to wait for any more
            raise
        # mypy cannot pick T in Textual's `T | Awaitable[T]` for an async callback
        self.call_from_thread(self._library_loaded, lib, stamps)  # type: ignore[arg-type]

    async def _library_loaded(self, lib: Library, stamps: Stamps, read_here: bool = True) -> None:
        self.load(lib, stamps)
        self.set_interval(2.0, self.reload_changed_flows)
        home = self.screen_stack[0] if self.screen_stack else None
        if isinstance(home, HomeScreen):
            await home.build_lists()
        self.call_later(self.release_keys)  # after the focus moved to the first list
        self.hold_heap()
        if self.holds_heap:
            self.set_interval(IDLE_COLLECT_S, self.collect_in_pause)
        if read_here:  # what reading left free goes back (a library loaded before a fork left nothing)
            speed.give_back_free_memory()

    def hold_heap(self) -> None:
        """What lives now stays out of the garbage collector's full walks (speed.hold_live_objects)."""
        if self.holds_heap:
            speed.hold_live_objects(collect_first=self.heap_let_go)
            self.heap_let_go = False

    def collect_in_pause(self) -> None:
        """No key for a while (the user reads the client's line): the collector's full walk, if due."""
        if self.holds_heap and time.monotonic() - self.last_key >= IDLE_COLLECT_S:
            speed.collect_if_due()

    def release_heap(self) -> None:
        """A conversation closed: what was held goes back to the collector, which frees the closed
        one's cycles in its own time, or at the next hold at the latest."""
        if self.holds_heap:
            speed.let_go()
            self.heap_let_go = True

    def load(self, lib: Library | None = None, stamps: Stamps | None = None) -> None:
        """Flows, cards and the store load after the first frame, to start fast."""
        from guide.flows import library  # deferred: the loader (~60 ms) loads after the first frame
        from guide.storage.store import open_store  # deferred: sqlite3, after the first frame

        self.lib = lib if lib is not None else library.load(flow_dirs=self.flow_dirs)
        self.flow_stamps = stamps if stamps is not None else self._stamps()
        self.store, notices = open_store(self.data_dir, self.participant)
        for n in notices:
            text = t(n.code, self.lang, **n.params)
            if self.store is None:
                self.store_error = text
                self.notify(t("home.store-failed", self.lang, error=text), severity="error", timeout=15)
            else:
                self.notify(text, severity="warning", timeout=15)
        for problem in settings.broken():
            self.notify(t("settings.broken", self.lang, **problem.params()), severity="warning", timeout=20)
        for ignored in settings.take_problems():  # values ignored: said once, the file left as it is
            self.notify(t(ignored.code, self.lang, **ignored.params), severity="warning", timeout=20)
        if self.first_run:
            settings.save({"welcomed": True})
        if isinstance(self.screen, GuideScreen):
            self.screen.refresh_lists()

    def _stamps(self) -> Stamps:
        from guide.flows.library import file_stamps  # deferred: the loader, after the first frame

        return file_stamps(self.flow_dirs)

    def reload_changed_flows(self) -> list[str]:
        """A trainer saved a flow: load it again and say whether it is fine."""
        from guide.flows import library  # deferred: the loader, after the first frame

        if self.lib is None:
            return []
        stamps = self._stamps()
        if self.flow_stamps is None or stamps == self.flow_stamps:
            return []
        changed = {p for p in set(stamps) | set(self.flow_stamps) if stamps.get(p) != self.flow_stamps.get(p)}
        self.flow_stamps = stamps
        self.lib = library.load(flow_dirs=self.flow_dirs)
        messages = []
        for f in self.lib.files:
            if f.path not in changed:
                continue
            name = f.flow.id if f.flow is not None and f.flow.id else f.path.name
            if f.errors:
                first = f.errors[0].format(self.lang)
                messages.append(t("reload.broken", self.lang, flow=name, n=len(f.errors), first=first))
                self.notify(messages[-1], severity="error", timeout=12)
            else:
                messages.append(t("reload.ok", self.lang, flow=name))
                self.notify(messages[-1], timeout=5)
        for screen in self.screen_stack:
            if isinstance(screen, GuideScreen):
                screen.refresh_lists()
        return messages

    def on_app_focus(self) -> None:
        """Back in this window, or a browser tab handed an app started ahead: sessions may have changed."""
        if self.store is not None and isinstance(self.screen, GuideScreen):
            self.screen.refresh_lists()

    def group_store(self):
        """The store the group view counts from: the owner's own (a terminal), every session made
        through `serve` for the trainer's window, none for a participant."""
        from guide.storage.store import Store  # deferred: sqlite3, only when the group view opens

        if not self.leads or self.store is None:
            return None
        if self.participant is None:
            return self.store
        if self.room_store is None:
            self.room_store = Store(self.store.dir, room=True)
        return self.room_store

    def on_unmount(self) -> None:
        for store in (self.store, self.room_store):
            if store is not None:
                store.close()
        if self.holds_heap:
            speed.let_go()

    # -- sessions ----------------------------------------------------------------
    def start_flow(self, flow_id: str, job: str) -> None:
        from guide.classroom.training import recent_training  # deferred: the engine (~30 ms)
        from guide.storage.store import suggest_label  # deferred: sqlite3, after the first frame
        from guide.tui.modals import LabelScreen  # deferred: the dialogs pull in the engine

        if self.store is None:
            self.notify(t("home.store-failed", self.lang, error=self.store_error or "?"), severity="error")
            return

        def begin(given: tuple[str, str, bool] | None) -> None:
            if given:
                self.open_flow(flow_id, job, *given)

        flow = self.lib.flows.get(flow_id) if self.lib is not None else None
        training = recent_training(self.store) if flow is not None and flow.persona else None  # a role-play
        typed_play = False if training is not None else None  # a role-play may be played in own words
        self.push_screen(LabelScreen(suggest_label(self.store), training, typed_play), begin)

    def open_flow(self, flow_id: str, job: str, label: str, training: str = "",
                  typed_play: bool = False) -> None:
        """A new session of the flow with this label, on screen at once (Start, once the label is given);
        `typed_play`: a role-play played in the learner's own words."""
        from guide.tui.conversation import ConversationScreen  # deferred: engine, store (~300 ms)

        conv = self.open_session(flow_id=flow_id, label=label, job=job, lang=self.lang, training=training,
                                 typed_play=typed_play)
        if conv is not None:
            self.push_screen(ConversationScreen(conv))

    def open_session(self, session_id: int | None = None, **how: Any) -> Conversation | None:
        """guide.storage.sessions.open_session, or None after telling the user why not."""
        from guide.run.engine import AnswerError, RestoreError  # deferred: transitions (~25 ms)
        from guide.storage.sessions import open_session  # deferred: the loader and the store

        if self.store is None or self.lib is None:  # the store did not open (the library loads first)
            self.notify(t("home.store-failed", self.lang, error=self.store_error or "?"), severity="error")
            return None
        try:
            conv, _events = open_session(self.store, self.lib, session_id, **how)
        except (StoreError, AnswerError, RestoreError) as exc:
            timeout = self.NOTIFICATION_TIMEOUT if session_id is not None else 10
            self.notify(t(exc.code, self.lang, **exc.params), severity="error", timeout=timeout)
            return None
        return conv

    def resume_session(self, session_id: int, take_over: bool = False) -> None:
        from guide.tui.conversation import ConversationScreen  # deferred: engine, store (~300 ms)

        conv = self.open_session(session_id, take_over=take_over)
        if conv is not None:
            self.push_screen(ConversationScreen(conv))

    async def take_over(self, conv: Conversation) -> None:
        """The session is open elsewhere and the user chose to continue it here."""
        from guide.tui.conversation import ConversationScreen  # deferred: engine, store (~300 ms)

        while isinstance(self.screen, ConversationScreen):
            self.screen.conv.close()
            await self.pop_screen()
        self.resume_session(conv.session.id, take_over=True)

    def go_home(self) -> None:
        """Back to the home screen from any screen on top of it (dialogs, reports, conversations)."""
        from guide.tui.conversation import ConversationScreen  # deferred: engine, store (~300 ms)

        while len(self.screen_stack) > 1:
            screen = self.screen
            if isinstance(screen, ConversationScreen):
                screen.conv.close()
            self.pop_screen()

    def key_names(self) -> dict[str, str]:
        """{binding id: key as shown, e.g. "Ctrl+Q"} after the user's rebinding."""
        return {bid.replace("-", "_"): keys.display(keymap(self).get(bid, keys.keys_for(bid, default)))
                for bid, default, *_ in keys.APP_KEYS + keys.CONVERSATION_KEYS + keys.TYPED_KEYS}

    def action_stop_hint(self) -> None:
        """Ctrl+C copies in many programs; here it says how to stop."""
        self.notify(t("keys.stop-hint", self.lang, **self.key_names()))

    def show_report(self, session_id: int) -> None:
        """The plan, debrief or report of a session, read from home (the screen owns its session)."""
        from guide.tui.report import ReportScreen  # deferred: the reports and exports, only when opened

        conv = self.open_session(session_id)
        if conv is not None:
            self.push_screen(ReportScreen(conv, owns_conv=True))

    def export_session(self, conv: Conversation | int) -> Path | None:
        """Write the session as HTML and Markdown to the exports folder; `conv` or a session id."""
        from guide.artefacts import export  # deferred: markdown-it and the reports (~80 ms)

        assert self.store is not None and self.lib is not None  # a session on screen: both are open
        session_id = conv if isinstance(conv, int) else conv.session.id
        session = self.store.get(session_id)
        if session is None:  # deleted since it was shown (bindkracht sessions delete, another window)
            self.notify(t("store.no-session", self.lang, id=session_id), severity="error", timeout=10)
            return None
        notes = self.store.notes(session.id)
        directory = paths.data_dir(self.data_dir)
        target = export.default_path(directory, session, "html")
        try:
            pages = export.render_all(session, self.lib, notes, self.lang, self.store)
            write_pages(target, pages["html"], pages["md"])
        except StoreError as exc:
            self.notify(t(exc.code, self.lang, **exc.params), severity="error", timeout=10)
            return None
        self.notify(t("conv.exported", self.lang, path=target), timeout=10)
        return target

    # -- language, help, quit ------------------------------------------------------
    async def switch_lang(self, lang: str) -> None:
        self.lang = lang
        settings.save({"lang": lang})
        keys.apply(self, keys.APP_KEYS, lang)
        for screen in self.screen_stack:
            if not isinstance(screen, GuideScreen):
                continue
            if screen.conv is not None and screen.conv.session:
                try:
                    screen.conv.set_lang(lang)
                except StoreError:  # only the session's display language: the screen still switches
                    pass
            await screen.show_lang()

    async def toggle_binnenkant(self) -> None:
        """The trainer's setting: the client's inner side after the next response, or with the line."""
        self.binnenkant = "before" if self.binnenkant == "after" else "after"
        settings.save({"binnenkant": self.binnenkant})
        self.notify(t("binnenkant.changed", self.lang, now=t("binnenkant." + self.binnenkant, self.lang)))
        for screen in self.screen_stack:
            if isinstance(screen, GuideScreen):
                await screen.show_binnenkant()

    def watch_theme(self, theme: str) -> None:
        if theme and self.saved_theme is not None and theme != self.saved_theme:
            self.saved_theme = theme
            settings.save({"theme": theme})

    def action_help(self) -> None:
        from guide.tui.modals import HelpScreen  # deferred: the dialogs pull in the engine

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.keys_here(self.screen)))

    def keys_here(self, screen: Screen) -> list[tuple[str, str]]:
        """(key, what it does) for every key of ours that works on `screen` now, rebinding applied."""
        own = screen.KEY_SPEC if isinstance(screen, GuideScreen) else []
        ours = keys.APP_KEYS + keys.CONVERSATION_KEYS + keys.HOME_KEYS + keys.REPORT_KEYS + own
        spec_ids = {s[0] for s in ours}
        found: dict[str, tuple[list[str], str]] = {}
        for key, active in screen.active_bindings.items():
            binding = active.binding
            if active.enabled and binding.id in spec_ids and keys.works_here(key):
                found.setdefault(binding.id, ([], binding.description))[0].append(keys.display(key))
        rows = [(" / ".join(dict.fromkeys(k)), desc) for k, desc in found.values()]
        if "next" not in found:  # Tab works everywhere (Textual's own binding)
            rows.append(("Tab / Shift+Tab", t("help.move", self.lang)))
        return rows

    def action_request_quit(self) -> None:
        from guide.tui.modals import QuitScreen  # deferred: the dialogs pull in the engine

        if isinstance(self.screen, QuitScreen):
            return

        def done(leave: bool | None) -> None:
            if leave:
                self.exit(0)

        self.push_screen(QuitScreen(), done)

    def action_command_palette(self) -> None:
        if self.use_command_palette and not Palette.is_open(self):
            self.push_screen(Palette(self.lang, id="--command-palette",
                                     placeholder=t("cmd.placeholder", self.lang)))

    def action_change_theme(self) -> None:
        self.push_screen(Palette(self.lang, providers=[ThemeChoices],
                                 placeholder=t("cmd.theme.placeholder", self.lang)))

    def get_system_commands(self, screen: Screen) -> Iterator[SystemCommand]:
        from guide.tui.commands import app_commands  # deferred: the conversation screen pulls in the engine

        return app_commands(self, screen)

    def open_group_view(self) -> None:
        """The trainer's presenter view: choose a training and a scenario, then show it."""
        from guide.tui.presenter import GroupPickScreen, PresenterScreen  # deferred: only when opened

        if not self.leads:
            self.notify(t("serve.trainer.only", self.lang), severity="warning", timeout=8)
            return

        self.push_screen(GroupPickScreen(),
                         lambda chosen: chosen and self.push_screen(PresenterScreen(*chosen)))
