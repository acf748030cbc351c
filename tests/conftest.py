import contextlib
import os
import signal
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import BrowserType

from tests import kinds

ROOT = Path(__file__).resolve().parent.parent


def pytest_configure(config):
    """Chromium started for a test without the `browser` marker fails that test (tests/kinds.py)."""
    for name in ("launch", "launch_persistent_context"):
        original = getattr(BrowserType, name)
        if getattr(original, "checks_marker", False):
            continue

        def checked(self, *args, _original=original, **kwargs):
            kinds.require("browser")
            return _original(self, *args, **kwargs)

        checked.checks_marker = True
        setattr(BrowserType, name, checked)


def pytest_xdist_auto_num_workers(config):
    """`-n auto`: two workers per core, at most eight. Most tests wait on a terminal, a browser or a
    child process, so a core has room for a second worker (docs/development.md, with the figures)."""
    return min(8, 2 * (os.cpu_count() or 1))


def pytest_collection_modifyitems(config, items):
    """The long tests (`slow`) first, so that no worker starts one at the end while the others wait.
    The sort is stable: the rest keep their order."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """The running test, for the marker checks in tests/kinds.py (its fixtures' setup included)."""
    kinds.running = item
    try:
        return (yield)
    finally:
        kinds.running = None


def stop_group(proc: subprocess.Popen, first: int = signal.SIGINT, timeout: float = 10) -> None:
    """Stop a process started with start_new_session=True: `first` (as a user's Ctrl+C), then, after
    `timeout` seconds or once it is gone, SIGKILL for whatever is left of its group (forked children)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, first)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


@pytest.fixture(scope="session", autouse=True)
def own_tmux_server(tmp_path_factory):
    """The tmux tests talk to a tmux server of their own, stopped at the end: a user's tmux server
    never inherits a test's environment (tmux copies the starting client's into its global one). Each
    xdist worker runs this once, in its own temporary folder: a server of its own per worker."""
    import shutil
    import subprocess

    saved = {name: os.environ.get(name) for name in ("TMUX_TMPDIR", "TMUX")}
    os.environ["TMUX_TMPDIR"] = str(tmp_path_factory.mktemp("tmux"))
    os.environ.pop("TMUX", None)  # inside a user's tmux, $TMUX would name their server
    yield
    if shutil.which("tmux"):
        subprocess.run(["tmux", "kill-server"], capture_output=True, timeout=30)
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(autouse=True)
def private_dirs(tmp_path, monkeypatch):
    """Every test gets its own empty config and data folders."""
    config = tmp_path / "config"
    data = tmp_path / "data"
    monkeypatch.setenv("BINDKRACHT_CONFIG_DIR", str(config))
    monkeypatch.setenv("BINDKRACHT_DATA_DIR", str(data))
    monkeypatch.delenv("BINDKRACHT_LANG", raising=False)
    # the locale picks the language when nothing else does: a neutral one (UTF-8 for tmux)
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANG", raising=False)
    # options as written, so tests can pick by position; tests of the shuffle set their own seed
    monkeypatch.setenv("BINDKRACHT_SEED", "0")
    return data


@pytest.fixture(scope="session")
def lib():
    from guide.flows import library

    old = os.environ.get("BINDKRACHT_CONFIG_DIR")
    os.environ["BINDKRACHT_CONFIG_DIR"] = "/nonexistent-bindkracht-config"
    try:
        return library.load(include_user=False)
    finally:
        if old is None:
            del os.environ["BINDKRACHT_CONFIG_DIR"]
        else:
            os.environ["BINDKRACHT_CONFIG_DIR"] = old


def write_flow(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


MINI = """\
id: mini
version: "1"
title: {nl: Mini, en: Mini}
languages: [nl, en]
variables:
  mood: {type: choice}
  why: {type: text}
phases:
  - id: intake
    steps:
      - id: hello
        kind: ask
        text: {nl: Hoe gaat het?, en: How are you?}
      - id: mood
        kind: choice
        set: mood
        text: {nl: Stemming?, en: Mood?}
        options:
          - value: good
            label: {nl: Goed, en: Good}
            feedback: {nl: Fijn., en: Nice.}
            scores: {krachtlijn-3: 2}
          - value: bad
            label: {nl: Slecht, en: Bad}
            think: {nl: Niemand luistert., en: Nobody listens.}
            scores: {krachtlijn-3: -1}
        next:
          - if: mood == "bad"
            goto: why
          - else: bye
      - id: why
        kind: text
        set: why
        text: {nl: Wat is er?, en: What is wrong?}
      - id: bye
        kind: end
        text: {nl: Dag, en: Bye}
"""


def walk(conv, answers: dict, note: bool = False) -> None:
    """Answer a conversation to its end: scripted answers by step id, skip other input steps."""
    while conv.engine.current is not None:
        step = conv.engine.current
        if step.needs_input:
            if step.id in answers:
                if conv.engine.needs_words(step):  # say it yourself first: words before the options
                    conv.say(f"my own words at {step.id}")
                conv.submit(answers[step.id])
            else:
                conv.skip()
        else:
            conv.submit()
        if note:
            conv.note(f"note at {step.id}")


JS_TOOLS = ROOT / "tests" / "js"


@pytest.fixture(scope="session")
def js_tools(tmp_path_factory) -> Path:
    """tests/js/node_modules with the locked Mermaid and axe-core (npm ci once if missing; one xdist
    worker installs while the others wait on the lock)."""
    import fcntl
    import shutil
    import subprocess

    modules = JS_TOOLS / "node_modules"
    shared = tmp_path_factory.getbasetemp().parent  # the same folder for every xdist worker of a run
    with open(shared / "bindkracht-npm.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (modules / "mermaid" / "dist" / "mermaid.min.js").exists() or not (
            modules / "axe-core" / "axe.min.js"
        ).exists():
            npm = shutil.which("npm")
            assert npm, "npm is needed for the Mermaid and axe-core checks (apt-get install npm)"
            subprocess.run(
                [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                cwd=JS_TOOLS, check=True, timeout=600,
            )
    return modules


async def until(pilot, check, what: str, seconds: float = 120) -> None:
    """Let the app run until `check()` holds: what a user would see or what is stored, never a fixed
    sleep. Fails naming `what` after `seconds` (generous: the machine may be busy)."""
    import asyncio

    deadline = asyncio.get_running_loop().time() + seconds
    while not check():
        assert asyncio.get_running_loop().time() < deadline, f"never happened: {what}"
        await pilot.pause(0.02)


async def app_ready(pilot) -> None:
    """The app has its flows and its store, and the home screen's lists are mounted (120 s at most)."""
    app = pilot.app
    await until(pilot, lambda: (app.lib is not None and app.store is not None
                                and bool(app.screen_stack[0].query("#jobs"))), "the app finished loading")


@pytest.fixture(autouse=True)
def pause_waits_for_loading(monkeypatch):
    """The app loads its flows in a thread: a Pilot pause also waits (120 s at most) for that load."""
    import asyncio

    from textual.pilot import Pilot

    original = Pilot.pause

    async def pause(self, delay=None):
        app = self.app
        deadline = asyncio.get_running_loop().time() + 120
        while getattr(app, "lib", True) is None and not getattr(app, "test_holds_loading", False):
            assert asyncio.get_running_loop().time() < deadline, "the app did not load its flows in time"
            await asyncio.sleep(0.02)
        await original(self, delay)

    monkeypatch.setattr(Pilot, "pause", pause)


@pytest.fixture(autouse=True)
def terminal_keys():
    """An app started for a browser tab switches its process to the browser's keys (F2, F4, F10); in
    the test process each test starts with the terminal's keys again."""
    yield
    from guide.tui import keys  # the app's keys module, loaded by the tests that start an app anyway

    keys.browser(False)
