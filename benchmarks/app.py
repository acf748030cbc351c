"""App figures, each against a bare Textual app (Header, Static, Footer) in the same run."""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys
from textual.app import App
from textual.widgets import Header, Static, Footer
class Bare(App):
    def compose(self):
        yield Header(); yield Static("hello"); yield Footer()
    def on_ready(self):
        print("READY", flush=True)
        self.exit()
Bare().run(headless=True, size=(80, 24))
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")), file=sys.stderr)
"""

GUIDE = """
import sys
from guide.tui.app import GuideApp
class Timed(GuideApp):
    def on_ready(self):
        print("READY", flush=True)
        self.exit()
Timed().run(headless=True, size=(80, 24))
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")), file=sys.stderr)
"""


def _run(code: str, env: dict) -> tuple[float, int]:
    """(seconds from launch to the first frame, peak RSS in KiB) of one fresh process.

    Peak memory is VmHWM: unlike ru_maxrss it does not carry over the benchmark's own size through fork."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)
    line = proc.stdout.readline()  # "READY" is printed when the first frame is on screen
    ready = time.perf_counter() - start
    _, err = proc.communicate()
    if proc.returncode != 0 or not line.startswith("READY"):
        raise RuntimeError(err)
    return ready, int(err.strip().splitlines()[-1])


def bench_startup(runs: int = 9) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, BINDKRACHT_DATA_DIR=f"{tmp}/data", BINDKRACHT_CONFIG_DIR=f"{tmp}/config",
                   PYTHONPATH=str(ROOT))
        _run(BARE, env), _run(GUIDE, env)  # warm the disk cache and .pyc files
        bare, guide = [], []
        for _ in range(runs):  # interleaved, so both see the same machine load
            bare.append(_run(BARE, env))
            guide.append(_run(GUIDE, env))
    bare_t = statistics.median(w for w, _ in bare)
    guide_t = statistics.median(w for w, _ in guide)
    bare_m = statistics.median(m for _, m in bare)
    guide_m = statistics.median(m for _, m in guide)
    print(f"first frame: bindkracht {guide_t * 1000:.0f} ms, bare Textual app {bare_t * 1000:.0f} ms, "
          f"ratio {guide_t / bare_t:.2f} (target <= 1.25)")
    print(f"peak memory: bindkracht {guide_m / 1024:.1f} MiB, bare {bare_m / 1024:.1f} MiB, "
          f"ratio {guide_m / bare_m:.2f} (target <= 1.4)")


def bench_answer_latency(history: int = 300, samples: int = 40) -> None:
    from benchmarks.gen import ANSWERS, flow_yaml

    async def main(tmp: Path) -> list[float]:
        flows = tmp / "flows"
        flows.mkdir()
        (flows / "bench.yaml").write_text(flow_yaml(2000).replace("jobs", "x-jobs"))
        from guide.tui.app import GuideApp
        from guide.tui.conversation import ConversationScreen

        app = GuideApp(flow_dirs=[flows], data_dir=str(tmp / "data"), blink=False)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            app._open("bench", "prepare", "B-1")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ConversationScreen)
            conv = screen.conv
            while len(conv.engine.history) * 2 < history:  # about two messages per step
                conv.submit(ANSWERS.get(conv.engine.current.kind))
            await screen.render_all()
            await pilot.pause()
            # "rendered" = the first screen update written after the answer, with no layout pending
            painted = []
            display = app._display

            def spy(*args, **kwargs):
                painted.append(time.perf_counter())
                return display(*args, **kwargs)

            app._display = spy
            times = []
            for _ in range(samples):
                value = ANSWERS.get(conv.engine.current.kind)
                start = time.perf_counter()
                await screen.answer(value)
                done = time.perf_counter()
                while not (painted and painted[-1] > done and not screen._layout_required
                           and not screen._dirty_widgets):
                    await asyncio.sleep(0.0005)
                times.append(painted[-1] - start)
                await pilot.pause()  # let everything settle before the next sample
            return times

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BINDKRACHT_CONFIG_DIR"] = f"{tmp}/config"
        times = asyncio.run(main(Path(tmp)))
    print(f"answer -> next prompt rendered, {history}-message transcript: median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms (target median < 50 ms)")


def bench_app() -> None:
    bench_startup()
    bench_answer_latency()
