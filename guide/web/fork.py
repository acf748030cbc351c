"""The fork server behind `bindkracht serve`: Textual, the app and the flow library are
imported and loaded once, and every browser tab gets its own forked app process.

The fork server ends when its stdin closes, that is when the server is gone.
Run by the server as `python -m guide.web.fork SOCKET --lang .. [--flows ..] [--data-dir ..]`.
For each tab the server connects to SOCKET, sends the terminal size as one JSON line and
the tab's stdin, stdout, stderr and identity pipe ends (SCM_RIGHTS); the fork server answers
with the child's pid. The child reads who its tab is from the identity pipe (guide/web/tabs.py),
never from the URL. A child is a separate process with its own memory: one isolated app per
tab, as when each tab started a fresh interpreter, without the seconds of importing.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import select
import signal
import socket
import sys
import traceback
from pathlib import Path

# Imported here, once, by the fork server: every forked tab shares them (see _freeze).
import textual.drivers.web_driver  # noqa: F401  (the driver each tab uses)

import guide.tui.conversation
import guide.tui.home
import guide.tui.modals  # noqa: F401
from guide.flows import library
from guide.storage import sessions, store  # noqa: F401
from guide.tui.app import GuideApp

MAX_FDS = 4
IDENTITY_FD = 3  # where a child finds its identity pipe
AHEAD_NICE = 10  # an app started ahead of its tab starts at this lower priority (then asks back its own)
PR_SET_PDEATHSIG = 1


def _reap(*_args) -> None:
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _end_with_parent(parent: int) -> None:
    """Linux: this app ends when the fork server does (and so when the server is gone)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # it was gone before the line above
        os._exit(1)


def _run_child(fds: list[int], size: dict, args, warm, parent: int) -> None:
    """In the forked child: become the tab's app on the given pipes. Never returns."""
    code = 1
    try:
        _end_with_parent(parent)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        # received fds are above 2: only the identity's 3 can be one of them
        for target, fd in enumerate(fds):
            if fd != target:
                os.dup2(fd, target)
                os.close(fd)
        os.environ["COLUMNS"] = str(int(size.get("width", 80)))
        os.environ["ROWS"] = str(int(size.get("height", 24)))
        own_nice = os.getpriority(os.PRIO_PROCESS, 0)
        if size.get("ahead"):
            os.nice(AHEAD_NICE)
        app = GuideApp(lang=args.lang, flow_dirs=args.flows, data_dir=args.data_dir, preloaded=warm,
                       binnenkant="after",  # a projector never shows the inner side before the response
                       identity_fd=IDENTITY_FD, own_nice=own_nice)
        app.run()
        code = app.return_code or 0
    except BaseException:  # the tab's process must end here, whatever happened
        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _warm(flow_dirs: list[Path]):
    """The flow library (and its files' stamps): the same for every tab, loaded once."""
    return library.load(flow_dirs=flow_dirs), library.file_stamps(flow_dirs)


def _freeze() -> None:
    """Keep what is shared out of the children's garbage collections, so it stays shared."""
    gc.collect()
    gc.freeze()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m guide.web.fork")
    parser.add_argument("socket")
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--flows", action="append", type=Path, default=[])
    parser.add_argument("--data-dir")
    args = parser.parse_args(argv)

    warm = _warm(args.flows)
    _freeze()
    signal.signal(signal.SIGCHLD, _reap)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(args.socket)
    listener.listen(64)
    print("ready", flush=True)
    while True:
        readable, _, _ = select.select([listener, sys.stdin], [], [])
        if sys.stdin in readable and not os.read(sys.stdin.fileno(), 1):
            return 0  # the server is gone (its end of our stdin closed): so are we
        if listener in readable:
            warm = _serve_one(listener, args, warm)


def _serve_one(listener: socket.socket, args, warm):
    """One tab's request: fork its app on the pipes it sent, answer with the pid; returns the warm state."""
    conn, _ = listener.accept()
    with conn:
        try:
            message, fds, _flags, _addr = socket.recv_fds(conn, 4096, MAX_FDS)
        except OSError:
            return warm
        if len(fds) != MAX_FDS:
            for fd in fds:
                os.close(fd)
            return warm
        if library.file_stamps(args.flows) != warm[1]:
            warm = _warm(args.flows)  # a trainer changed a flow: the next tabs get it
            _freeze()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:
            listener.close()
            conn.close()
            _run_child(fds, json.loads(message or b"{}"), args, warm, parent)
        for fd in fds:
            os.close(fd)
        try:
            conn.sendall(b"%d\n" % pid)
        except OSError:
            pass
    return warm


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(0)
