"""Opening an exported file in the system's browser or viewer (xdg-open, open, start)."""

from __future__ import annotations

from pathlib import Path


def open_in_viewer(path: Path) -> bool:
    """The system's browser or viewer shows the file; False if none could."""
    import webbrowser  # deferred: it imports subprocess and shutil, needed only when a file is opened

    try:
        return bool(webbrowser.open(path.resolve().as_uri()))
    except webbrowser.Error:
        return False
