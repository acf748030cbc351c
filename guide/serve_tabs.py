"""One app process per browser tab, forked by the fork server (guide/serve_fork.py)."""

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
from importlib.metadata import version
from pathlib import Path

from textual_serve.app_service import AppService

log = logging.getLogger("bindkracht.serve")
START_TIMEOUT = 60.0  # seconds for the fork server to import and load everything
STOP_TIMEOUT = 5.0  # seconds a tab's app gets to quit before it is killed


def web_environment() -> dict[str, str]:
    """What textual-serve gives every app process; Textual reads it when it is imported."""
    env = dict(os.environ)
    env.update(TEXTUAL_DRIVER="textual.drivers.web_driver:WebDriver", TEXTUAL_FPS="60",
               TEXTUAL_COLOR_SYSTEM="truecolor", TERM_PROGRAM="textual",
               TERM_PROGRAM_VERSION=version("textual-serve"))
    return env


class Forker:
    """Starts the fork server and asks it for one app process per tab."""

    def __init__(self, lang: str, flow_dirs: list[Path], data_dir: str | None) -> None:
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
            sys.executable, "-m", "guide.serve_fork", self.socket_path, *self.args,
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, env=web_environment())
        line = await asyncio.wait_for(self.process.stdout.readline(), START_TIMEOUT)
        if line.strip() != b"ready":
            raise OSError(f"the app could not be prepared (exit {await self.process.wait()})")

    async def spawn(self, width: int, height: int) -> tuple[int, int, int, int]:
        """A new app process: (pid, its stdin to write, its stdout and stderr to read)."""
        async with self._lock:
            if self.process is None or self.process.returncode is not None:
                await self.start()
        loop = asyncio.get_running_loop()
        pipes = [os.pipe() for _ in range(3)]
        theirs = [pipes[0][0], pipes[1][1], pipes[2][1]]
        ours = [pipes[0][1], pipes[1][0], pipes[2][0]]
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.setblocking(False)
                await loop.sock_connect(sock, self.socket_path)
                socket.send_fds(sock, [json.dumps({"width": width, "height": height}).encode()], theirs)
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
        return pid, *ours

    def stop(self) -> None:
        """End every app process and the fork server."""
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

    def __init__(self, pid: int, stdin: asyncio.StreamWriter, stdout: asyncio.StreamReader,
                 stderr: asyncio.StreamReader) -> None:
        self.pid, self.stdin, self.stdout, self.stderr = pid, stdin, stdout, stderr


async def _reader(fd: int) -> asyncio.StreamReader:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=2**20)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(fd, "rb", 0))
    return reader


async def _writer(fd: int) -> asyncio.StreamWriter:
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin, os.fdopen(fd, "wb", 0))
    return asyncio.StreamWriter(transport, protocol, None, loop)


class TabAppService(AppService):
    """textual-serve's AppService, with the app forked instead of started from scratch."""

    def __init__(self, forker: Forker, **kwargs) -> None:
        super().__init__("bindkracht", **kwargs)
        self.forker = forker
        self.pid: int | None = None

    async def _open_app_process(self, width: int = 80, height: int = 24):
        pid, stdin, stdout, stderr = await self.forker.spawn(width, height)
        self.pid = pid
        process = TabProcess(pid, await _writer(stdin), await _reader(stdout), await _reader(stderr))
        self._process = process
        self._stdin = process.stdin
        return process

    async def stop(self) -> None:
        task = self._task
        if task is not None:
            await self._download_manager.cancel_app_downloads(app_service_id=self.app_service_id)
            await self.send_meta({"type": "quit"})
            try:
                await asyncio.wait_for(asyncio.shield(task), STOP_TIMEOUT)
            except asyncio.TimeoutError:
                log.warning("app process %s did not quit in time", self.pid)
                if self.pid is not None:
                    kill(self.pid)
            self._task = None
        if self.pid is not None:
            self.forker.children.discard(self.pid)
            self.pid = None
        if self._stdin is not None:
            self._stdin.close()
