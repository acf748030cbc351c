"""The command palette's commands (Ctrl+P): the app's own, then those of the screen and its session."""

from __future__ import annotations

from functools import partial

from textual.app import SystemCommand

from guide.base.i18n import LANGS, t
from guide.classroom.training import allowed_card
from guide.tui.conversation import ConversationScreen
from guide.tui.modals import CardScreen


def app_commands(app, screen):
    lang = app.lang
    other = LANGS[(LANGS.index(lang) + 1) % len(LANGS)]  # the next language, round

    async def to_other() -> None:
        await app.switch_lang(other)

    yield SystemCommand(t("cmd.lang", lang), t("cmd.lang.help", lang), to_other)
    yield SystemCommand(t("cmd.theme", lang), t("cmd.theme.help", lang), app.action_change_theme)
    yield SystemCommand(t("cmd.help", lang), t("cmd.help.help", lang), app.action_help)
    now = t("binnenkant." + app.binnenkant, lang)
    yield SystemCommand(t("cmd.binnenkant", lang, now=now), t("cmd.binnenkant.help", lang),
                        app.toggle_binnenkant)
    from guide.tui.live import open_live  # deferred: the live screens are needed only when chosen

    yield SystemCommand(t("live.cmd", lang), t("live.cmd.help", lang), partial(open_live, app))
    if app.screen_stack and screen is not app.screen_stack[0]:
        yield SystemCommand(t("cmd.home", lang), t("cmd.home.help", lang), app.go_home)
    conv = getattr(screen, "conv", None)  # modal screens have none
    if conv is not None:
        yield from session_commands(app, screen, conv)
    if app.leads and app.lib is not None and app.store is not None and screen is app.screen_stack[0]:
        yield SystemCommand(t("group.title", lang), t("group.help", lang), app.open_group_view)
    yield from card_commands(app, conv.session.training if conv is not None else "")
    yield SystemCommand(t("cmd.quit", lang), t("cmd.quit.help", lang), app.action_request_quit)


def session_commands(app, screen, conv):
    """Take over, export, note, the card panel and the scenario's sheets."""
    lang = app.lang
    if conv.elsewhere:
        yield SystemCommand(t("cmd.take-over", lang), t("cmd.take-over.help", lang),
                            partial(app.take_over, conv))
    yield SystemCommand(t("cmd.export", lang), t("cmd.export.help", lang), lambda: app.export_session(conv))
    if isinstance(screen, ConversationScreen):
        if not conv.readonly:
            yield SystemCommand(t("cmd.note", lang), t("cmd.note.help", lang), screen.action_note)
        yield SystemCommand(t("cmd.card-panel", lang), t("cmd.card-panel.help", lang),
                            screen.action_toggle_card)
    flow = app.lib.flows.get(conv.session.flow_id) if app.lib else None
    for attr, label in (("persona_card", "cmd.persona"), ("coach_card", "cmd.coach"),
                        ("observer_card", "cmd.observer")):
        card = getattr(flow, attr, None) if flow else None
        if card and allowed_card(card, app.lib, conv.session.training):
            yield SystemCommand(t(label, lang), t("cmd.sheet.help", lang), lambda c=card: open_card(app, c))


def card_commands(app, training: str):
    """Every card by its title (in a training, those the training allows)."""
    if app.lib is None:
        return
    every = {cid for table in app.lib.cards.values() for cid in table}
    for cid in sorted(c for c in every if allowed_card(c, app.lib, training)):
        title = app.lib.card_title(cid, app.lang)
        yield SystemCommand(t("cmd.card", app.lang, title=title), t("cmd.card.help", app.lang),
                            lambda cid=cid: open_card(app, cid))


def open_card(app, card_id: str) -> None:
    app.push_screen(CardScreen(card_id))
