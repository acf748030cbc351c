"""One app process per browser tab, forked by the fork server (guide/web/fork.py).

Each app gets a fourth pipe besides stdin, stdout and stderr: the server writes one line to it
when the app's tab is known, with who the tab is (participant id, trainer or not). An app
started ahead of its tab opens no store until that line came.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import signal
import socket
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from textual_serve.app_service import AppService

if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import SupportsIndex

log = logging.getLogger("bindkracht.serve")
START_TIMEOUT = 60.0  # seconds for the fork server to import and load everything
STOP_TIMEOUT = 5.0  # seconds a tab's app gets to quit before it is killed
REFILL_QUIET = 1.0  # seconds without a new tab before apps are started ahead again
REFILL_GAP = 0.3  # seconds between two apps started ahead, so the room's tabs keep the CPU
MAX_WIDTH, MAX_HEIGHT = 500, 200  # the largest terminal a screen can show: more only costs memory


def clamp_size(width, height) -> tuple[int, int]:
    """A terminal size a browser asked for, as one a screen can show (80x24 when it is no number)."""

    def number(value, default: int, top: int) -> int:
        try:
            return max(1, min(int(value), top))
        except (TypeError, ValueError, OverflowError):
            return default

    return number(width, 80, MAX_WIDTH), number(height, 24, MAX_HEIGHT)


def web_environment() -> dict[str, str]:
    """What textual-serve gives every app process; Textual reads it when it is imported."""
    env = dict(os.environ)
    env.update(TEXTUAL_DRIVER="textual.drivers.web_driver:WebDriver", TEXTUAL_FPS="60",
               TEXTUAL_COLOR_SYSTEM="truecolor", TERM_PROGRAM="textual",
               TERM_PROGRAM_VERSION=version("textual-serve"))
    return env


class Forker:
    """Starts the fork server and asks it for one app process per tab."""

    def __init__(self, lang: str, flow_dirs: list[Path], data_dir: str | None, ahead: int = 0) -> None:
        self.ahead = ahead  # app processes started before their tab connects
        self.pool: list[TabProcess] = []
        self.last_take = 0.0
        self._filling: asyncio.Task | None = None
        self.args = ["--lang", lang]
        for d in flow_dirs:
            self.args += ["--flows", str(Path(d).resolve())]
        if data_dir:
            self.args += ["--data-dir", str(Path(data_dir).expanduser().resolve())]
        self.folder = Path(tempfile.mkdtemp(prefix="bindkracht-serve-"))  # 0700
        self.socket_path = str(self.folder / "fork.sock")
        self.process: asyncio.subprocess.Process | None = None
        self.children: set[int] = set()
        self._lock = asyncio.Lock()

    async def start(self) -> None:
        if os.path.exists(self.socket_path):
            os.unlink(self.socket_path)
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "guide.web.fork", self.socket_path, *self.args,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, env=web_environment())
        assert self.process.stdout is not None  # stdout=PIPE
        line = await asyncio.wait_for(self.process.stdout.readline(), START_TIMEOUT)
        if line.strip() != b"ready":
            raise OSError(f"the app could not be prepared (exit {await self.process.wait()})")
        self.refill()

    def refill(self) -> None:
        if self.ahead and (self._filling is None or self._filling.done()):
            self._filling = asyncio.get_running_loop().create_task(self._fill())

    async def _fill(self) -> None:
        """Keep `ahead` apps started, one at a time, so that filling never crowds out a tab."""
        while len(self.pool) < self.ahead:
            while time.monotonic() - self.last_take < REFILL_QUIET:  # a class is joining: wait till it has
                await asyncio.sleep(REFILL_QUIET)
            try:
                process = await self.process_for(80, 24, ahead=True)
                await asyncio.wait_for(process.stdout.started.wait(), START_TIMEOUT)
            except (TimeoutError, OSError) as exc:
                log.warning("could not start an app ahead: %s", exc)
                return
            self.pool.append(process)
            await asyncio.sleep(REFILL_GAP)

    async def take(self, width: int, height: int, identity: dict) -> tuple[TabProcess, bool]:
        """An app process for a tab, told who the tab is: one started ahead if there is one (True),
        else a new one."""
        self.last_take = time.monotonic()
        while self.pool:
            process = self.pool.pop(0)
            self.refill()
            if not process.stdout.at_eof() and process.identify(identity):
                return process, True
            self.children.discard(process.pid)
        process = await self.process_for(width, height)
        if not process.identify(identity):
            raise OSError("the app ended before it was told whose tab it is")
        return process, False

    async def process_for(self, width: int, height: int, ahead: bool = False) -> TabProcess:
        pid, stdin, stdout, stderr, identity = await self.spawn(width, height, ahead)
        return TabProcess(pid, await _writer(stdin), await _reader(stdout), await _reader(stderr), identity)

    async def spawn(self, width: int, height: int, ahead: bool = False) -> tuple[int, int, int, int, int]:
        """A new app process: (pid, its stdin to write, its stdout and stderr to read, its identity pipe
        to write). An app started `ahead` starts at a lower priority, so the tabs in use keep the CPU."""
        async with self._lock:
            if self.process is None or self.process.returncode is not None:
                await self.start()
        loop = asyncio.get_running_loop()
        pipes = [os.pipe() for _ in range(4)]
        theirs = [pipes[0][0], pipes[1][1], pipes[2][1], pipes[3][0]]
        ours = [pipes[0][1], pipes[1][0], pipes[2][0], pipes[3][1]]
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.setblocking(False)
                await loop.sock_connect(sock, self.socket_path)
                size = {"width": width, "height": height, "ahead": ahead}
                socket.send_fds(sock, [json.dumps(size).encode()], theirs)
                answer = b""
                while not answer.endswith(b"\n"):
                    chunk = await asyncio.wait_for(loop.sock_recv(sock, 64), START_TIMEOUT)
                    if not chunk:
                        raise OSError("the fork server closed the connection")
                    answer += chunk
        except BaseException:
            for fd in ours:
                os.close(fd)
            raise
        finally:
            for fd in theirs:
                os.close(fd)
        pid = int(answer)
        self.children.add(pid)
        return pid, ours[0], ours[1], ours[2], ours[3]

    def stop(self) -> None:
        """End every app process and the fork server."""
        if self._filling is not None:
            self._filling.cancel()
        for process in self.pool:
            if process.identity >= 0:
                os.close(process.identity)
        self.pool.clear()
        for pid in list(self.children):
            kill(pid)
        self.children.clear()
        if self.process is not None and self.process.returncode is None:
            self.process.kill()
        shutil.rmtree(self.folder, ignore_errors=True)


def kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


class TabProcess:
    """The parts of an asyncio Process that textual-serve's AppService uses."""

    def __init__(self, pid: int, stdin: asyncio.StreamWriter, stdout: OutputReader,
                 stderr: OutputReader, identity: int) -> None:
        self.pid, self.stdin, self.stdout, self.stderr = pid, stdin, stdout, stderr
        self.identity = identity  # the write end of the app's identity pipe, until it is told

    def identify(self, identity: dict) -> bool:
        """Tell the app whose tab it is (one line, far below a pipe's buffer); False when it is gone."""
        fd, self.identity = self.identity, -1
        try:
            os.write(fd, json.dumps(identity).encode() + b"\n")
            return True
        except OSError:
            return False
        finally:
            os.close(fd)


class OutputReader(asyncio.StreamReader):
    """A pipe reader that knows when the app first wrote (it has started)."""

    def __init__(self) -> None:
        super().__init__(limit=2**20)
        self.started = asyncio.Event()

    def feed_data(self, data: Iterable[SupportsIndex]) -> None:
        super().feed_data(data)
        self.started.set()


async def _reader(fd: int) -> OutputReader:
    loop = asyncio.get_running_loop()
    reader = OutputReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(fd, "rb", 0))
    return reader


async def _writer(fd: int) -> asyncio.StreamWriter:
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin,
                                                        os.fdopen(fd, "wb", 0))
    return asyncio.StreamWriter(transport, protocol, None, loop)


class TabAppService(AppService):
    """textual-serve's AppService, with the app forked instead of started from scratch."""

    def __init__(self, forker: Forker, identity: dict, **kwargs) -> None:
        super().__init__("bindkracht", **kwargs)
        self.forker = forker
        self.identity = identity
        self.pid: int | None = None

    async def set_terminal_size(self, width, height) -> None:
        await super().set_terminal_size(*clamp_size(width, height))

    # private: textual-serve starts a fresh interpreter here; we hand it an app forked ahead instead
    async def _open_app_process(self, width: int = 80, height: int = 24):
        process, ahead = await self.forker.take(width, height, self.identity)
        self.pid = process.pid
        # private: AppService keeps its process and stdin in these; its reader and writer use them
        self._process = process  # type: ignore[assignment]  # TabProcess: the parts of a Process it uses
        self._stdin = process.stdin
        if ahead:  # started at 80x24 before this tab came: fit it, and let it look at the store again
            await self.set_terminal_size(width, height)
            await self.focus()
        return process

    async def stop(self) -> None:
        # private: AppService's task running the app; stop waits for it, then kills a stuck app
        task = self._task
        if task is not None:
            # private: the first step of AppService.stop, repeated here since stop is overridden
            await self._download_manager.cancel_app_downloads(app_service_id=self.app_service_id)
            await self.send_meta({"type": "quit"})
            try:
                await asyncio.wait_for(asyncio.shield(task), STOP_TIMEOUT)
            except TimeoutError:
                log.warning("app process %s did not quit in time", self.pid)
                if self.pid is not None:
                    kill(self.pid)
            self._task = None
        if self.pid is not None:
            self.forker.children.discard(self.pid)
            self.pid = None
        if self._stdin is not None:
            self._stdin.close()
