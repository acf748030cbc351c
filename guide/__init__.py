"""Bind-Kracht gids: a guided conversation assistant for the Bind-Kracht method."""

__version__ = "0.1.0"
