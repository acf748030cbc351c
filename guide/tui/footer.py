"""Textual's footer, rebuilt only when the keys it shows change.

Textual's Footer removes and mounts all its key widgets whenever the bindings may have changed
(every focus move, every answer): most of the time of an answer went there. This one compares
what it would show with what it shows and leaves an unchanged footer alone."""

from __future__ import annotations

from textual.widgets import Footer

from guide.tui.textual_compat import being_removed, footer_ready


class KeyFooter(Footer):
    _shown: tuple | None = None

    def _wanted(self) -> tuple | None:
        if not footer_ready(self):
            return None
        app = self.app
        shown = tuple(
            (binding.key, app.get_key_display(binding), binding.description, binding.action, enabled, tooltip,
             binding.group)
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values() if binding.show
        )
        active = self.screen.active_bindings.get(app.COMMAND_PALETTE_BINDING)
        palette = (active.binding.key, active.enabled, active.tooltip) if active is not None else None
        return shown, self.show_command_palette, app.ENABLE_COMMAND_PALETTE, palette, self.compact

    async def recompose(self) -> None:
        if not self.is_attached or being_removed(self):
            return  # the screen closed before the rebuild came round (Textual checks the same)
        wanted = self._wanted()
        if wanted is not None and wanted == self._shown:
            return
        self._shown = wanted
        await super().recompose()
