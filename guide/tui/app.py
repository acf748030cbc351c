"""The Bind-Kracht gids app."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from textual.app import App, SystemCommand
from textual.theme import Theme

from guide import i18n, settings
from guide.i18n import t
from guide.tui import keys

CALM = Theme(
    name="bindkracht",
    primary="#3d7a6b",
    secondary="#8a6f4d",
    accent="#c9a227",
    warning="#d08c3a",
    error="#b9504a",
    success="#5c8f4e",
    foreground="#e9e4da",
    background="#1d2624",
    surface="#26312e",
    panel="#2e3b37",
    dark=True,
)
CALM_LIGHT = Theme(
    name="bindkracht-light",
    primary="#2f6b5c",
    secondary="#7a5f3d",
    accent="#9c7a12",
    warning="#b06d1f",
    error="#a3403a",
    success="#4b7a3f",
    foreground="#1f2a27",
    background="#f5f1e8",
    surface="#ece6d9",
    panel="#e2dccd",
    dark=False,
)


class GuideApp(App):
    CSS_PATH = Path(__file__).parent / "app.tcss"
    TITLE = "Bind-Kracht gids"
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, lang: str = "nl", flow_dirs: list[Path] | None = None, data_dir: str | None = None,
                 blink: bool = True, preloaded=None, binnenkant: str | None = None) -> None:
        super().__init__()
        self.preloaded = preloaded  # (library, file stamps) loaded before this process was forked
        self.blink = blink  # tests turn the cursor blink off for stable screenshots
        saved = settings.load()
        self.lang = lang if lang != i18n.DEFAULT_LANG or "lang" not in saved else i18n.pick_lang(saved.get("lang"))
        self.flow_dirs = list(flow_dirs or [])
        self.data_dir = data_dir
        self.first_run = saved.get("welcomed") != "True"
        self.saved_theme = saved.get("theme", "bindkracht")
        # when a client line's inner side shows: after the learner's next response (default) or with it
        self.binnenkant = binnenkant or (saved.get("binnenkant") if saved.get("binnenkant") in ("after", "before") else "after")
        self.lib = None
        self.store = None
        self.store_error: str | None = None
        from guide.tui.finished import open_in_viewer

        self.opener = open_in_viewer  # tests put a fake here: nothing opens a real browser

    # -- start-up -----------------------------------------------------------------
    def on_mount(self) -> None:
        self.register_theme(CALM)
        self.register_theme(CALM_LIGHT)
        self.theme = self.saved_theme if self.saved_theme in self.available_themes else "bindkracht"
        user_keys = {k: v for k, v in settings.keymap().items() if k in keys.all_ids()}
        if user_keys:
            self.set_keymap(user_keys)
        keys.apply(self, keys.APP_KEYS, self.lang)

    def get_default_screen(self):
        from guide.tui.home import HomeScreen

        return HomeScreen()

    async def on_ready(self) -> None:
        preloaded, self.preloaded = self.preloaded, None
        if preloaded is not None:  # loaded before this process was forked (serve): still current?
            stamps = self._stamps()
            if preloaded[1] == stamps:
                await self._library_loaded(preloaded[0], stamps)
                return
        # the flows load in a thread: a big or odd flow folder never freezes the keys (Ctrl+Q)
        self.run_worker(self._load_library, thread=True, group="load", exit_on_error=False)

    def _load_library(self) -> None:
        from guide import library

        lib = library.load(flow_dirs=self.flow_dirs)
        stamps = self._stamps()
        self.call_from_thread(self._library_loaded, lib, stamps)

    async def _library_loaded(self, lib, stamps) -> None:
        self.load(lib, stamps)
        self.set_interval(2.0, self.reload_changed_flows)
        home = self.screen_stack[0] if self.screen_stack else None
        if hasattr(home, "build_lists"):
            await home.build_lists()

    def load(self, lib=None, stamps=None) -> None:
        """Flows, cards and the store load after the first frame, to start fast."""
        from guide import library, paths
        from guide.store import Store, StoreError

        self.lib = lib if lib is not None else library.load(flow_dirs=self.flow_dirs)
        self.flow_stamps = stamps if stamps is not None else self._stamps()
        try:
            self.store = Store(paths.data_dir(self.data_dir))
        except StoreError as exc:
            self.store_error = t(exc.code, self.lang, **exc.params)
            self.notify(t("home.store-failed", self.lang, error=self.store_error), severity="error", timeout=15)
        else:
            if self.store.moved_aside:
                self.notify(t("store.moved-aside", self.lang, path=self.store.moved_aside), severity="warning", timeout=15)
        for problem in settings.broken():
            self.notify(t("settings.broken", self.lang, **problem.params()), severity="warning", timeout=20)
        if self.first_run:
            settings.save({"welcomed": True})
        screen = self.screen
        if hasattr(screen, "refresh_lists"):
            screen.refresh_lists()

    def _stamps(self) -> dict:
        from guide.library import file_stamps

        return file_stamps(self.flow_dirs)

    def reload_changed_flows(self) -> list[str]:
        """A trainer saved a flow: load it again and say whether it is fine."""
        from guide import library

        if self.lib is None:
            return []
        stamps = self._stamps()
        if stamps == getattr(self, "flow_stamps", stamps):
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
            if hasattr(screen, "refresh_lists"):
                screen.refresh_lists()
        return messages

    def on_app_focus(self) -> None:
        """Back in this window, or a browser tab handed an app started ahead: sessions may have changed."""
        if self.store is not None and hasattr(self.screen, "refresh_lists"):
            self.screen.refresh_lists()

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.close()

    # -- sessions ----------------------------------------------------------------
    def start_flow(self, flow_id: str, job: str) -> None:
        from guide.store import suggest_label
        from guide.training import recent_training
        from guide.tui.modals import LabelScreen

        if self.store is None:
            self.notify(t("home.store-failed", self.lang, error=self.store_error or "?"), severity="error")
            return

        def begin(given: tuple[str, str] | None) -> None:
            if given:
                self._open(flow_id, job, *given)

        flow = self.lib.flows.get(flow_id)
        training = recent_training(self.store) if flow is not None and flow.persona else None  # a role-play
        self.push_screen(LabelScreen(suggest_label(self.store), training), begin)

    def _open(self, flow_id: str, job: str, label: str, training: str = "") -> None:
        from guide.engine import AnswerError, RestoreError
        from guide.sessions import Conversation
        from guide.store import StoreError
        from guide.tui.conversation import ConversationScreen

        try:
            conv, _events = Conversation.start(self.store, self.lib, flow_id, label, job, self.lang, training)
        except (StoreError, AnswerError, RestoreError) as exc:
            self.notify(t(exc.code, self.lang, **exc.params), severity="error", timeout=10)
            return
        self.push_screen(ConversationScreen(conv))

    def resume_session(self, session_id: int, take_over: bool = False) -> None:
        from guide.sessions import Conversation
        from guide.store import StoreError
        from guide.tui.conversation import ConversationScreen

        try:
            conv = Conversation.resume(self.store, self.lib, session_id, take_over=take_over)
        except StoreError as exc:
            self.notify(t(exc.code, self.lang, **exc.params), severity="error")
            return
        self.push_screen(ConversationScreen(conv))

    async def take_over(self, conv) -> None:
        """The session is open elsewhere and the user chose to continue it here."""
        from guide.tui.conversation import ConversationScreen

        while isinstance(self.screen, ConversationScreen):
            self.screen.conv.close()
            await self.pop_screen()
        self.resume_session(conv.session.id, take_over=True)

    def go_home(self) -> None:
        """Back to the home screen from any screen on top of it (dialogs, reports, conversations)."""
        from guide.tui.conversation import ConversationScreen

        while len(self.screen_stack) > 1:
            screen = self.screen
            if isinstance(screen, ConversationScreen):
                screen.conv.close()
            self.pop_screen()

    def key_names(self) -> dict[str, str]:
        """{binding id: key as shown, e.g. "Ctrl+Q"} after the user's rebinding."""
        return {bid.replace("-", "_"): keys.display(self._keymap.get(bid, default))
                for bid, default, *_ in keys.APP_KEYS + keys.CONVERSATION_KEYS}

    def action_stop_hint(self) -> None:
        """Ctrl+C copies in many programs; here it says how to stop."""
        self.notify(t("keys.stop-hint", self.lang, **self.key_names()))

    def show_report(self, session_id: int) -> None:
        """The plan, debrief or report of a session, read from home (the screen owns its session)."""
        from guide.sessions import Conversation
        from guide.store import StoreError
        from guide.tui.report import ReportScreen

        try:
            conv = Conversation.resume(self.store, self.lib, session_id)
        except StoreError as exc:
            self.notify(t(exc.code, self.lang, **exc.params), severity="error")
            return
        self.push_screen(ReportScreen(conv, owns_conv=True))

    def export_session(self, conv) -> Path | None:
        """Write the session as HTML and Markdown to the exports folder; `conv` or a session id."""
        from guide import export, paths
        from guide.store import StoreError, make_private_dir, write_private

        session = self.store.get(conv if isinstance(conv, int) else conv.session.id)
        notes = self.store.notes(session.id)
        directory = paths.data_dir(self.data_dir)
        target = export.default_path(directory, session, "html")
        try:
            make_private_dir(target.parent)
            pages = export.render_all(session, self.lib, notes, self.lang, self.store)
            write_private(target, pages["html"].encode())
            write_private(target.with_suffix(".md"), pages["md"].encode())
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
            if hasattr(screen, "render_all"):
                if getattr(screen, "conv", None) is not None and screen.conv.session:
                    from guide.store import StoreError

                    try:
                        screen.conv.set_lang(lang)
                    except StoreError:  # only the session's display language: the screen still switches
                        pass
                await screen.render_all()
            elif hasattr(screen, "relabel"):
                screen.relabel()

    async def toggle_binnenkant(self) -> None:
        """The trainer's setting: the client's inner side after the next response, or with the line."""
        self.binnenkant = "before" if self.binnenkant == "after" else "after"
        settings.save({"binnenkant": self.binnenkant})
        self.notify(t("binnenkant.changed", self.lang, now=t("binnenkant." + self.binnenkant, self.lang)))
        for screen in self.screen_stack:
            if getattr(screen, "id", None) == "conversation":
                await screen.render_all()

    def watch_theme(self, theme: str) -> None:
        if theme and theme != self.saved_theme:
            self.saved_theme = theme
            settings.save({"theme": theme})

    def action_help(self) -> None:
        from guide.tui.modals import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.keys_here(self.screen)))

    def keys_here(self, screen) -> list[tuple[str, str]]:
        """(key, what it does) for every key of ours that works on `screen` now, rebinding applied."""
        spec_ids = {s[0] for s in keys.APP_KEYS + keys.CONVERSATION_KEYS + keys.HOME_KEYS + keys.REPORT_KEYS
                    + getattr(screen, "KEY_SPEC", [])}
        found: dict[str, tuple[list[str], str]] = {}
        for key, active in screen.active_bindings.items():
            binding = active.binding
            if active.enabled and binding.id in spec_ids:
                found.setdefault(binding.id, ([], binding.description))[0].append(keys.display(key))
        rows = [(" / ".join(dict.fromkeys(k)), desc) for k, desc in found.values()]
        if "next" not in found:  # Tab works everywhere (Textual's own binding)
            rows.append(("Tab / Shift+Tab", t("help.move", self.lang)))
        return rows

    def action_request_quit(self) -> None:
        from guide.tui.modals import QuitScreen

        if isinstance(self.screen, QuitScreen):
            return

        def done(leave: bool | None) -> None:
            if leave:
                self.exit(0)

        self.push_screen(QuitScreen(), done)

    def action_command_palette(self) -> None:
        from guide.tui.palette import Palette

        if self.use_command_palette and not Palette.is_open(self):
            self.push_screen(Palette(self.lang, id="--command-palette", placeholder=t("cmd.placeholder", self.lang)))

    def action_change_theme(self) -> None:
        from guide.tui.palette import Palette, ThemeChoices

        self.push_screen(Palette(self.lang, providers=[ThemeChoices], placeholder=t("cmd.theme.placeholder", self.lang)))

    def get_system_commands(self, screen):
        lang = self.lang
        other = "en" if lang == "nl" else "nl"

        async def to_other() -> None:
            await self.switch_lang(other)

        yield SystemCommand(t("cmd.lang", lang), t("cmd.lang.help", lang), to_other)
        yield SystemCommand(t("cmd.theme", lang), t("cmd.theme.help", lang), self.action_change_theme)
        yield SystemCommand(t("cmd.help", lang), t("cmd.help", lang), self.action_help)
        now = t("binnenkant." + self.binnenkant, lang)
        yield SystemCommand(t("cmd.binnenkant", lang, now=now), t("cmd.binnenkant.help", lang), self.toggle_binnenkant)
        from guide.tui.live import open_live

        yield SystemCommand(t("live.cmd", lang), t("live.cmd.help", lang), partial(open_live, self))
        if self.screen_stack and screen is not self.screen_stack[0]:
            yield SystemCommand(t("cmd.home", lang), t("cmd.home.help", lang), self.go_home)
        conv = getattr(screen, "conv", None)
        if conv is not None and conv.elsewhere:
            yield SystemCommand(t("cmd.take-over", lang), t("cmd.take-over.help", lang),
                                partial(self.take_over, conv))
        if conv is not None:
            yield SystemCommand(t("cmd.export", lang), t("cmd.export.help", lang), lambda: self.export_session(conv))
        if hasattr(screen, "action_note") and not conv.readonly:
            yield SystemCommand(t("cmd.note", lang), t("cmd.note.help", lang), screen.action_note)
        if hasattr(screen, "action_toggle_card"):
            yield SystemCommand(t("cmd.card-panel", lang), t("cmd.card-panel.help", lang), screen.action_toggle_card)
        from guide.training import allowed_card

        training = conv.session.training if conv is not None else ""
        if conv is not None:
            flow = self.lib.flows.get(conv.session.flow_id) if self.lib else None
            for attr, label in (("persona_card", "cmd.persona"), ("coach_card", "cmd.coach"),
                                ("observer_card", "cmd.observer")):
                card = getattr(flow, attr, None) if flow else None
                if card and allowed_card(card, self.lib, training):
                    yield SystemCommand(t(label, lang), t("cmd.sheet.help", lang), lambda c=card: self._open_card(c))
        if self.lib is not None and self.store is not None and screen is self.screen_stack[0]:
            yield SystemCommand(t("group.title", lang), t("group.help", lang), self.open_group_view)
        if self.lib is not None:
            cards = sorted(c for c in {cid for table in self.lib.cards.values() for cid in table}
                           if allowed_card(c, self.lib, training))
            for cid in cards:
                title = self.lib.card_title(cid, lang)
                yield SystemCommand(t("cmd.card", lang, title=title), t("cmd.card.help", lang),
                                    lambda cid=cid: self._open_card(cid))
        yield SystemCommand(t("cmd.quit", lang), t("cmd.quit.help", lang), self.action_request_quit)

    def open_group_view(self) -> None:
        """The trainer's presenter view: choose a training and a scenario, then show it."""
        from guide.tui.presenter import GroupPickScreen, PresenterScreen

        self.push_screen(GroupPickScreen(), lambda chosen: chosen and self.push_screen(PresenterScreen(*chosen)))

    def _open_card(self, card_id: str) -> None:
        from guide.tui.modals import CardScreen

        self.push_screen(CardScreen(card_id))
