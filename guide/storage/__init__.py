"""Saved sessions: the SQLite store and opening or resuming a session on it."""
