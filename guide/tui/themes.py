"""The app's themes: two calm ones of our own, and the names offered in the theme picker."""

from __future__ import annotations

from textual.theme import Theme

CALM = Theme(
    name="bindkracht", dark=True, primary="#3d7a6b", secondary="#8a6f4d", accent="#c9a227",
    warning="#d08c3a", error="#b9504a", success="#5c8f4e",
    foreground="#e9e4da", background="#1d2624", surface="#26312e", panel="#2e3b37")
CALM_LIGHT = Theme(
    name="bindkracht-light", dark=False, primary="#2f6b5c", secondary="#7a5f3d", accent="#9c7a12",
    warning="#b06d1f", error="#a3403a", success="#4b7a3f",
    foreground="#1f2a27", background="#f5f1e8", surface="#ece6d9", panel="#e2dccd")
OURS = (CALM, CALM_LIGHT)
DEFAULT = CALM.name

# the themes offered, by name; Textual's others carry English names and look alike
THEMES = ("bindkracht", "bindkracht-light", "ansi-dark", "ansi-light")
