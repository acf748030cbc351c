"""The conversation: a transcript anchored to the bottom, an answer area that
fits the step, the phase stepper and a background card panel."""

from __future__ import annotations

from pathlib import Path
from time import monotonic

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.reactive import Reactive
from textual.widget import Widget
from textual.widgets import Static

from guide.artefacts import transcript as tr
from guide.base import typed
from guide.base.i18n import t
from guide.classroom.training import allowed_card
from guide.run.engine import AnswerError, Engine
from guide.storage.sessions import Conversation, StaleAnswer
from guide.storage.store import StoreError
from guide.tui import keys, typedplay
from guide.tui.cardview import CardView
from guide.tui.footer import KeyFooter
from guide.tui.modals import NoteScreen
from guide.tui.screens import GuideScreen
from guide.tui.scrollback import Transcript
from guide.tui.textual_compat import keymap
from guide.tui.typedplay import TypedConfirm
from guide.tui.widgets import AnswerArea, PhaseStepper

WIDE = 110  # columns from which the card panel stands beside the conversation


class ConversationScreen(GuideScreen):
    CSS_PATH = Path(__file__).parent / "conversation.tcss"  # read when the screen first opens
    KEY_SPEC = keys.TYPED_KEYS  # typed play's confirmation line (F1 lists them when they work)
    # Textual repaints the whole screen when the focus moves; the widgets that gain and lose it
    # repaint themselves (their :focus styles), so most answers redraw only what changed.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    conv: Conversation

    def __init__(self, conv: Conversation) -> None:
        super().__init__(id="conversation")
        self.conv = conv
        self.card_visible: bool | None = None
        self.card_folded = False  # hidden by the terminal becoming narrow, not by the user
        self.shown_card: tuple[str | None, str] | None = None  # (card, language) in the panel
        self.prefill: object = None  # the answer that Back just took back: shown again, ready to edit
        self.empty_warned_until = 0.0  # "type first" is on screen until then: Enter again adds none
        self._visited: tuple[int, dict | None, set[str]] = (0, None, set())

    def compose(self) -> ComposeResult:
        yield Static(id="topbar", markup=False)
        yield PhaseStepper(id="stepper")
        with Horizontal(id="conv-body"):
            with Vertical(id="conv-main"):
                yield Transcript(id="transcript")
                yield TypedConfirm(id="typed-confirm")
                yield AnswerArea(id="answer")
            yield CardView(id="cardpanel")
        yield KeyFooter(compact=True, show_command_palette=False)

    async def on_mount(self) -> None:
        self.mark_low()
        if self.card_visible is None:
            self.card_visible = self.app.size.width >= WIDE
        await self.render_all()

    @property
    def engine(self) -> Engine | None:
        return self.conv.engine

    @property
    def lang(self) -> str:
        return self.app.lang

    @property
    def binnenkant(self) -> str:
        """When a client line's inner side shows: "after" the learner's next response, or "before"."""
        return self.app.binnenkant

    # -- drawing ----------------------------------------------------------------
    async def show_lang(self) -> None:
        await self.render_all()

    async def show_binnenkant(self) -> None:
        await self.render_all()

    async def render_all(self) -> None:
        """Draw everything from the engine: after a resume, a back or a language switch."""
        lang = self.lang
        self.apply_keys()
        self.update_title()
        items = [tr.Item("notice", "", t(notice.code, lang, **notice.params)) for notice in self.conv.notices]
        if self.engine is not None:
            items += tr.history_items(self.engine, self.conv.lib, lang, self.binnenkant)
            if self.engine.finished:
                items += tr.finish_items(self.engine, self.conv.lib, lang)
        await self.query_one(Transcript).show(items)
        await self.refresh_controls()
        self.app.hold_heap()  # a long conversation, drawn: kept out of the collector's full walks

    def on_unmount(self) -> None:
        self.app.release_heap()

    async def refresh_controls(self) -> None:
        eng = self.engine
        lang = self.lang
        self.query_one(PhaseStepper).show(eng.phase if eng else None, lang, self.visited(),
                                          self.app.size.width)
        area = self.query_one(AnswerArea)
        area.report_kind = eng.report if eng is not None else None  # a walk-out: the scenario's debrief
        value, self.prefill = self.prefill, None
        step = eng.current if eng else None
        confirm = self.query_one(TypedConfirm)
        if confirm.open and confirm.at != self.conv.position():
            confirm.close()  # the choice it was for is gone (back, another tab)
        area.typed_confirm = self.app.typed_confirm
        typed_for = typedplay.client_name(eng, lang) if eng and typedplay.is_typed_choice(eng) else None
        await area.build(step, lang, finished=bool(eng and eng.finished), readonly=self.conv.readonly,
                         value=value, position=self.conv.position(),
                         options=eng.options(step) if eng is not None and step is not None else None,
                         words=bool(eng is not None and eng.needs_words(step)), typed=typed_for)
        area.display = not confirm.open
        if confirm.open:
            confirm.show_lang(lang, self.app.key_names())
            confirm.focus()
        self.update_card()
        self.apply_keys()

    def update_title(self) -> None:
        """Label and activity always; the app's name only when there is room."""
        lang = self.lang
        flow = self.conv.lib.flows.get(self.conv.session.flow_id)
        title = flow.title.get(lang) if flow else self.conv.session.flow_id
        width = self.app.size.width - 2
        label = self.conv.session.label
        text = f"{label} · {title}"
        if self.engine is not None and self.engine.typed:
            text += f" · {t('typedui.topbar', lang)}"
        full = f"{t('app.title', lang)} — {text}"
        if len(full) <= width:
            text = full
        elif len(text) > width:
            text = text[: max(len(label) + 4, width - 1)] + "…"
        self.query_one("#topbar", Static).update(text)

    def apply_keys(self) -> None:
        """The bindings in the current language; a narrow footer drops the least needed keys."""
        app = self.app
        usable = {bid for bid, _k, action, _d, _s in keys.CONVERSATION_KEYS if self.check_action(action, ())}
        app_width = keys.footer_width(
            (keymap(app).get(s[0], s[1]), t(s[3], self.lang)) for s in keys.APP_KEYS if s[4]
        )
        if self.confirming():  # the confirmation line's own keys come first in the footer
            app_width += keys.footer_width((keymap(app).get(s[0], s[1]), t(s[3], self.lang))
                                           for s in keys.TYPED_KEYS)
        hide = keys.fit(keys.CONVERSATION_KEYS, usable, self.lang, keymap(app),
                        app.size.width - app_width - 1)
        keys.apply(self, keys.CONVERSATION_KEYS, self.lang, hide)

    def on_resize(self) -> None:
        self.mark_low()  # shorter lists: Confirm and the hint under them stay in view
        wide = self.app.size.width >= WIDE
        if not wide and self.card_visible and not self.query_one(CardView).has_focus:
            self.card_visible = False  # made narrow: the conversation keeps the room, Ctrl+T shows the card
            self.card_folded = True
        elif wide and self.card_folded:
            self.card_visible, self.card_folded = True, False  # wide again: the card is back beside it
        self.update_card()
        self.update_title()
        self.apply_keys()
        eng = self.engine
        if eng is not None:
            self.query_one(PhaseStepper).show(eng.phase, self.lang, self.visited(), self.app.size.width)

    def visited(self) -> set[str]:
        """The phases the history went through; only new history entries are looked at."""
        eng = self.engine
        if eng is None:
            self._visited = (0, None, set())
            return set()
        history = eng.history
        count, last, phases = self._visited
        if count > len(history) or (count and history[count - 1] is not last):
            count, phases = 0, set()  # Back took entries away: count again
        for entry in history[count:]:
            step = eng.step_for(entry["key"])
            if step is not None:
                phases.add(step.phase)
        self._visited = (len(history), history[-1] if history else None, phases)
        return set(phases)

    def add(self, items) -> None:
        """Append messages; the transcript shows the latest."""
        self.query_one(Transcript).add(items)

    def update_card(self) -> None:
        panel = self.query_one("#cardpanel", CardView)
        panel.display = bool(self.card_visible)
        # narrow: a card asked for is read in the whole width, and Tab or Ctrl+T closes it again
        self.set_class(bool(self.card_visible) and self.app.size.width < WIDE, "-card-only")
        if not self.card_visible:
            return
        step = self.engine.current if self.engine else None
        card = None
        if step is not None:
            card = step.card or (step.focus[0] if step.focus else None)
        if not allowed_card(card, self.conv.lib, self.conv.session.training):
            card = None  # a coach or observer sheet, and this session may not show it
        if (card, self.lang) != self.shown_card:
            self.shown_card = (card, self.lang)
            self._show_card(panel, card)

    def _show_card(self, panel: CardView, card: str | None) -> None:
        """The card's text in the panel (drawn once per width, then shown again as drawn). The file is
        read again, so an edit shows."""
        lang = self.lang
        text = t("conv.no-card", lang) if card is None else self.conv.lib.card_text(card, lang) or card
        panel.show(text)

    # -- answering --------------------------------------------------------------
    async def on_answer_area_answered(self, message: AnswerArea.Answered) -> None:
        message.stop()
        if message.note and not self.cue_note(message.note, message.at, message.pressed):
            return  # not saved: the note stays in its field, the cue on screen
        await self.answer(message.value, at=message.at, pressed=message.pressed)

    def cue_note(self, text: str, at: str | None, pressed: float | None) -> bool:
        """The learner's short note on a reflection cue: kept with the session (the reflection
        report shows it under the cue), then shown in the transcript. False when it was not kept."""
        eng = self.engine
        area = self.query_one(AnswerArea)
        if eng is None or eng.current is None or self.conv.readonly or area.too_early(pressed):
            return False
        if at is not None and at != area.position:
            return False
        lang = self.lang
        try:
            self.conv.note(text)
        except AnswerError as exc:
            self.app.notify(t(exc.code, lang, **exc.params), severity="warning")
            return False
        except StoreError as exc:
            self.app.notify(t(exc.code, lang, **exc.params), severity="error", timeout=8)
            return False
        self.add([tr.Item("you", t("conv.cue-noted", lang), text)])
        return True

    async def on_answer_area_said(self, message: AnswerArea.Said) -> None:
        """The own words at a say-first choice: on disk first, then the options appear."""
        message.stop()
        eng = self.engine
        area = self.query_one(AnswerArea)
        if eng is None or eng.current is None or self.conv.readonly or area.too_early(message.pressed):
            return
        if typedplay.is_typed_choice(eng):
            await self.typed_turn(message.text, message.at)
            return
        lang = self.lang
        try:
            words = self.conv.say(message.text, message.at)
        except StaleAnswer:
            return
        except AnswerError as exc:
            self.app.notify(t(exc.code, lang, **exc.params), severity="warning")
            return
        except StoreError as exc:
            self.not_saved(exc, lang)
            return  # the text stays in the box
        self.add([tr.said_item(words, lang)])
        await self.refresh_controls()

    async def answer(
        self, value, skip: bool = False, at: str | None = None, pressed: float | None = None
    ) -> None:
        eng = self.engine
        if eng is None or eng.current is None or self.conv.readonly:
            return
        if self.query_one(AnswerArea).too_early(pressed):
            return  # a second press (a bounce, a double Enter) meant for the question before
        step = eng.current
        lang = self.lang
        before_phase = step.phase
        try:
            events = self.conv.skip(at) if skip else self.conv.submit(value, at)
        except StaleAnswer:
            return  # the question it answered is gone: dropped, never applied to this one
        except AnswerError as exc:
            self.app.notify(t(exc.code, lang, **exc.params), severity="warning")
            if step.kind == "text":
                self.query_one(AnswerArea).restore_text(value or "")
            return
        except StoreError as exc:
            self.not_saved(exc, lang)
            if step.kind == "text":
                self.query_one(AnswerArea).restore_text(value or "")
            return
        key = eng.history[-1]["key"]
        items = []
        answer = tr.answer_item(step, eng.answers.get(key), lang, skipped=skip)
        if answer:
            items.append(answer)
        items += tr.after_response(eng, step, lang, self.binnenkant)  # what the client thought then
        items += tr.event_items(events, lang, self.conv.lib)
        await self.show_next(items, before_phase, lang)

    def not_saved(self, exc: StoreError, lang: str) -> None:
        """A save that failed: said in the conversation and as a notice; what was typed stays."""
        error = t(exc.code, lang, **exc.params)
        self.add([tr.Item("notice", "", t("conv.not-saved", lang, error=error))])
        self.app.notify(error, severity="error", timeout=8)

    async def show_next(self, items: list, before_phase: str, lang: str) -> None:
        """After an answer: what it brought, then the end or the next step (with its phase when new)."""
        eng = self.engine
        if eng is not None and eng.finished:
            items += tr.finish_items(eng, self.conv.lib, lang)
        elif eng is not None and eng.current is not None:
            if eng.current.phase != before_phase:
                items.append(tr.phase_item(eng.current.phase, lang))
            items += tr.step_items(eng.current, eng, self.conv.lib, lang, binnenkant=self.binnenkant)
        self.add(items)
        await self.refresh_controls()

    # -- typed play -------------------------------------------------------------
    def confirming(self) -> bool:
        """The line that says how a typed turn was understood is open (not yet accepted)."""
        found = self.query(TypedConfirm)
        return bool(found) and found.first().open

    async def typed_turn(self, text: str, at: str | None) -> None:
        """The learner's turn at a choice of a typed play: how it was understood, to confirm; or,
        with typed_confirm off, the client answers at once."""
        eng = self.engine
        assert eng is not None  # a typed choice is open
        lang = self.lang
        confirm = self.query_one(TypedConfirm)
        if confirm.open:  # a second Enter, typed before the line took the focus: it accepts
            if confirm.at == at and confirm.found is not None:
                await self.typed_answer(confirm.turn, confirm.found.option, at)
            return
        try:
            turn = typed.take(text, typed.TURN)  # the limit the turn is saved with, before it is read
        except AnswerError as exc:
            self.app.notify(t(exc.code, lang, **exc.params), severity="warning")
            return
        if not turn:
            if monotonic() >= self.empty_warned_until:  # one toast for a double Enter, not a stack
                self.app.notify(t("typedui.empty", lang), severity="warning")
                self.empty_warned_until = monotonic() + self.app.NOTIFICATION_TIMEOUT
            return
        found = typedplay.understand(eng, turn, lang)
        if not self.app.typed_confirm:
            await self.typed_answer(turn, found.option, at)
            return
        self.query_one(AnswerArea).display = False
        confirm.ask(turn, found, at, eng.options(), lang, self.app.key_names())
        self.apply_keys()

    async def on_typed_confirm_chosen(self, message: TypedConfirm.Chosen) -> None:
        message.stop()
        confirm = self.query_one(TypedConfirm)
        if confirm.open:
            await self.typed_answer(confirm.turn, message.value, confirm.at)

    async def typed_answer(self, turn: str, value: str | None, at: str | None) -> None:
        """The turn on disk, then the option it means (None: something else); the client answers."""
        eng = self.engine
        if eng is None or eng.current is None or self.conv.readonly:
            return
        step = eng.current
        lang = self.lang
        before_phase = step.phase
        try:
            if eng.said.get(eng.key()) != turn:  # (already there when the answer failed to save before)
                self.conv.say(turn, at)
            events = self.conv.submit(value) if value is not None else self.conv.submit_otherwise()
        except StaleAnswer:
            return  # the choice it answered is gone: dropped, never applied to another
        except AnswerError as exc:
            self.app.notify(t(exc.code, lang, **exc.params), severity="warning")
            return
        except StoreError as exc:
            self.not_saved(exc, lang)
            return  # the line stays: Enter tries again
        self.query_one(TypedConfirm).close()
        area = self.query_one(AnswerArea)
        area.clear_words()
        items = [tr.you_item(turn, lang)]  # as transcript.history_items shows a typed turn
        items += tr.after_response(eng, step, lang, self.binnenkant)
        items += tr.event_items(events, lang, self.conv.lib, typedplay.speaker(eng, step, lang))
        await self.show_next(items, before_phase, lang)

    # -- actions ----------------------------------------------------------------
    async def action_back(self) -> None:
        if self.conv.readonly or self.engine is None:
            return
        confirm = self.query_one(TypedConfirm)
        if confirm.picking:  # from the list of options back to how the turn was understood
            confirm.unpick()
            return
        if confirm.open:  # back to the words, to say it differently
            turn = confirm.turn
            confirm.close()
            self.prefill = turn
            await self.refresh_controls()
            return
        last = self.engine.history[-1]["key"] if self.engine.history else None
        earlier = self.engine.answers.get(last) if last else None
        if self.engine.history and "typed" in self.engine.history[-1]:  # typed play: the words typed
            earlier = self.engine.history[-1]["typed"]
        if self.engine.current_key_said() is not None:  # back from the options to the own words
            earlier = self.engine.current_key_said()
        try:
            moved = self.conv.back()
        except StoreError as exc:
            self.app.notify(t(exc.code, self.lang, **exc.params), severity="error")
            return
        if not moved:
            self.app.notify(t("conv.no-back", self.lang))
            return
        self.prefill = earlier
        await self.render_all()

    async def action_skip(self) -> None:
        step = self.engine.current if self.engine else None
        if step is None:
            return
        if step.needs_input and not step.optional:
            self.app.notify(t("conv.cannot-skip", self.lang), severity="warning")
            return
        area = self.query_one(AnswerArea)
        await self.answer(None, skip=True, at=area.position, pressed=area.pressed)

    def action_note(self) -> None:
        def save(text: str) -> str | None:
            try:
                self.conv.note(text)
            except AnswerError as exc:
                return t(exc.code, self.lang)
            except StoreError as exc:
                return t(exc.code, self.lang, **exc.params)
            self.app.notify(t("conv.note-saved", self.lang))
            return None

        screen = NoteScreen(save)
        self.app.hold_keys(screen)  # what is typed next is the note's, even before it is drawn
        self.app.push_screen(screen)

    def action_leave_card(self) -> None:
        """Tab in the card panel: back to the answer (narrow, the card closes to make room for it)."""
        if self.has_class("-card-only"):
            self.action_toggle_card()
        else:
            self.query_one(AnswerArea).focus_input()

    def action_toggle_card(self) -> None:
        """Show or hide the card. Shown, it takes the focus (arrows and Page Down read it, Tab goes
        back), so a long card can be read on a small terminal too; hidden, the answer has it again."""
        self.card_visible, self.card_folded = not self.card_visible, False
        self.update_card()
        if self.card_visible:
            self.query_one("#cardpanel").focus()
        else:
            self.query_one(AnswerArea).focus_input()

    def action_export(self) -> None:
        self.app.export_session(self.conv)

    def action_report(self) -> None:
        from guide.tui.report import ReportScreen  # deferred: the reports and exports, only when opened

        self.app.push_screen(ReportScreen(self.conv))

    def action_home(self) -> None:
        self.app.go_home()

    def action_escape_hint(self) -> None:
        """Escape does not leave a conversation by accident: it says which keys do."""
        self.app.notify(t("keys.escape-hint", self.lang, **self.app.key_names()))

    def action_save_text(self) -> None:
        self.query_one(AnswerArea).submit_text()

    def check_action(self, action: str, parameters) -> bool | None:
        """False for a key that does nothing here: Textual then leaves it out of the footer."""
        eng = self.engine
        step = eng.current if eng else None
        usable = True
        if action == "save_text":
            usable = (eng is not None and step is not None and not self.conv.readonly
                      and (step.kind == "text" or eng.needs_words(step) or typedplay.is_typed_choice(eng))
                      and not self.confirming())
        elif action == "skip":
            usable = step is not None and (not step.needs_input or step.optional) and not self.conv.readonly
        elif action == "back":
            usable = bool(self.engine is not None and self.engine.history and not self.conv.readonly)
        elif action == "note":
            usable = not self.conv.readonly
        return bool(usable)

    async def on_button_pressed(self, event) -> None:
        if event.button.id == "report":
            self.action_report()
        elif event.button.id == "export":
            self.action_export()
        elif event.button.id == "home":
            self.action_home()
