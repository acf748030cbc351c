"""The trainer's live screen: everyone side by side, for a projector. The client's inner side,
reactions and the moment's options stay hidden until the trainer shows them (one key); then the
trainer marks what came closest."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from guide.base.errors import StoreError
from guide.base.i18n import t
from guide.classroom import live
from guide.tui import keys
from guide.tui.footer import KeyFooter
from guide.tui.live.base import LiveBase
from guide.tui.live.debrief import LiveDebriefScreen


class TrainerScreen(LiveBase):
    KEY_SPEC = keys.LIVE_TRAINER_KEYS

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.closest_key: tuple[int, str] | None = None  # what the closest-option list shows now
        self.revealed_at: int | None = None  # the moment whose inner side the room may see

    def compose(self) -> ComposeResult:
        yield Static(id="topbar", markup=False)
        with Horizontal(id="live-head"):
            yield Static(id="live-codebox", classes="live-code", markup=False)
            with Vertical(id="live-side"):
                yield Static(id="live-joined", markup=False)
                yield Static(id="live-now", markup=False)
                yield Static(id="live-code-hint", classes="live-hint", markup=False)
        with Horizontal():
            for col in ("worker", "coach", "observers"):
                with VerticalScroll(classes="live-col", id=f"col-{col}"):
                    yield Static(classes="live-col-title", id=f"col-{col}-title", markup=False)
                    yield Static(id=f"col-{col}-body", markup=False)
        yield Label(id="live-closest-title", classes="section")
        yield OptionList(id="live-closest", classes="live-pick")
        yield KeyFooter(compact=True, show_command_palette=False)

    def show(self) -> None:
        lang, play = self.lang, self.shown
        self.on_resize()
        self.query_one("#topbar", Static).update(self.heading())
        self.query_one("#live-codebox", Static).update(f"{t('live.code', lang)}  " + "  ".join(play.code))
        self.query_one("#live-joined", Static).update(t(
            "live.joined", lang, worker=play.roles.get("worker", 0), coach=play.roles.get("coach", 0),
            observer=play.roles.get("observer", 0)))
        self.query_one("#live-now", Static).update(self.moment_name())
        self.query_one("#live-code-hint", Static).update(t("live.code.hint", lang))
        self.query_one("#col-worker-title", Static).update(t("live.col.worker", lang))
        self.query_one("#col-coach-title", Static).update(t("live.col.coach", lang))
        self.query_one("#col-observers-title", Static).update(t("live.col.observers", lang))
        self.query_one("#col-worker-body", Static).update(self.situation())
        self.query_one("#col-coach-body", Static).update(self.coach_text())
        self.query_one("#col-observers-body", Static).update(observer_summary(self.lib, play, lang))
        self.query_one("#live-closest-title", Label).update(self.closest_title())
        self.fill_closest(self.query_one("#live-closest", OptionList))

    @property
    def revealed(self) -> bool:
        return self.revealed_at is not None and self.revealed_at == self.shown.current

    def coach_text(self) -> str:
        """The inner side and the reactions once shown; before that, how to show them."""
        m = self.moment
        cues = live.coach_cues(m, self.lang) if m else []
        if not cues or self.revealed:
            return cue_text(cues)
        return t("live.hidden", self.lang, key=self.key_name("live-reveal"))

    def closest_title(self) -> str:
        """Above the options; before they are shown, how to show them (the room reads this screen)."""
        m = self.moment
        if m is None or m.choice is None:
            return ""
        return t("live.closest", self.lang) if self.revealed else t(
            "live.closest.hidden", self.lang, key=self.key_name("live-reveal"))

    def action_reveal(self) -> None:
        """Show the room the client's inner side, reactions and options at this moment, or hide them."""
        self.revealed_at = None if self.revealed else self.shown.current
        self.show()
        options = self.query_one("#live-closest", OptionList)
        if options.display:
            options.focus()  # the trainer marks next: ↑↓ and Enter

    def fill_closest(self, options: OptionList) -> None:
        """The options of this moment and "something else", none highlighted: a hasty Enter marks nothing.
        Shown only once revealed: the worker, in the room, does not read them before speaking."""
        m = self.moment
        items = []
        if m is not None and m.choice is not None:
            items = [Option(o.label.get(self.lang), id=f"o:{o.value}") for o in m.options()]
            items.append(Option(t("live.other", self.lang), id="o:" + live.OTHER))
        key = (self.shown.current, self.lang)
        if self.closest_key != key:  # keep the highlight while nothing moved
            self.closest_key = key
            options.set_options(items)
            options.highlighted = None
        options.display = bool(items) and self.revealed

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        oid = event.option.id or ""
        if event.option_list.id == "live-closest" and oid.startswith("o:"):
            event.stop()
            self.mark_closest(oid[2:])

    def mark_closest(self, value: str) -> None:
        try:
            moved = live.mark_closest(self.store, self.play_id, self.shown.current, value)
        except StoreError as exc:
            self.notify(t(exc.code, self.lang, **exc.params), severity="error")
            return
        if not moved:
            self.notify(t("live.closest.taken", self.lang))
        elif value == live.OTHER:
            self.notify(t("live.other.note", self.lang))
        self.reload()

    def after_screen(self):
        return LiveDebriefScreen(self.play_id, self.role_id, self.role)

    def on_resize(self) -> None:
        self.set_class(self.app.size.height < 30, "-small")  # 80x24: the play keeps the room

    def action_step_back(self) -> None:
        if self.app.leads:  # only the trainer's window (guide/web/server.py): one pair of hands on undo
            live.step_back(self.store, self.play_id)
            self.reload()

    def action_finish(self) -> None:
        if self.app.leads:
            live.finish(self.store, self.play_id)
            self.reload()


def cue_text(cues: list[tuple[str, str]]) -> str:
    return "\n\n".join(f"› {head}\n{text}" for head, text in cues)


def observer_summary(lib, play: live.Play, lang: str) -> str:
    """Per moment played so far, newest first: tallies per krachtlijn and the latest notes."""
    lines = []
    for moment in range(play.current, -1, -1):
        tally = play.tally(moment)
        if not tally:
            continue
        lines.append(t("live.moment", lang, n=moment + 1))
        lines += [f"{n:>3} {'▮' * min(tally[n], 12)} {tally[n]}  {live.krachtlijn_name(lib, n, lang)}"
                  for n in sorted(tally)]
        lines += [f"  · {n}: {note}" for n, note in play.notes(moment)[-3:]]
    return "\n".join(lines) or t("live.no-marks-yet", lang)
