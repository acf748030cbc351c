"""The kinds of test that have a marker (`browser`, `tmux`, `slow`; pyproject.toml): the browser and
tmux helpers refuse to run for a test that lacks its marker, so `-m "not browser"` stays true."""

from __future__ import annotations

running = None  # the pytest item being run (tests/conftest.py sets it)


def require(marker: str) -> None:
    """Fail the running test unless it carries `marker` (on itself, its class or its module)."""
    item = running
    if item is not None and item.get_closest_marker(marker) is None:
        raise AssertionError(f"{item.nodeid} uses {marker}: mark it @pytest.mark.{marker}, or the module "
                             f"with pytestmark = pytest.mark.{marker}")
