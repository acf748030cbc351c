"""A finished session, chosen on the home screen: read its plan, debrief or report,
export it, or open the export in the system's browser or viewer to print it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Label, Static

from guide.artefacts import export, markup
from guide.base.i18n import t
from guide.tui.screens import GuideModal


class FinishedScreen(GuideModal[None]):
    BINDINGS = [Binding("escape", "close", show=False)]

    def __init__(self, session_id: int) -> None:
        super().__init__()
        self.session_id = session_id

    def compose(self) -> ComposeResult:
        app = self.app
        lang = app.lang
        assert app.store is not None and app.lib is not None  # a session just finished: both are open
        session = app.store.get(self.session_id)
        assert session is not None  # it just finished on the screen below
        engine = export.restore(session, app.lib)
        try:
            kind = export.report_kind(engine) or "debrief"
        finally:
            if engine is not None:
                engine.close()
        flow = app.lib.flows.get(session.flow_id)
        what = flow.title.get(lang) if flow else session.flow_id
        with Vertical(classes="dialog"):
            yield Label(t("finished.title", lang, label=session.label), classes="dialog-title")
            yield Static(t("finished.body", lang, flow=what, when=markup.when(session.updated)), markup=False)
            with Vertical(classes="stack"):
                yield Button(t(f"report.show.{kind}", lang), id="show", variant="primary")
                yield Button(t("finished.export", lang), id="export")
                yield Button(t("finished.print", lang), id="print")
                yield Button(t("help.close", lang), id="close")

    def on_mount(self) -> None:
        self.query_one("#show").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        app = self.app
        if event.button.id == "show":
            app.show_report(self.session_id)
        elif event.button.id == "export":
            app.export_session(self.session_id)
        elif event.button.id == "print":
            path = app.export_session(self.session_id)
            if path is not None and not app.opener(path):
                app.notify(t("finished.no-viewer", app.lang, path=path), severity="warning", timeout=12)
        else:
            self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
