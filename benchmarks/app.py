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

# Both apps print READY at their first frame, then settle (the guide loads its flows, cards and
# store after the first frame, as a user's app does), print SETTLED and exit. The subclass hooks
# leave the base class's own handlers alone: Textual runs on_ready of every class in the MRO.
BARE = """
import sys
from textual.app import App
from textual.widgets import Header, Static, Footer
class Bare(App):
    def compose(self):
        yield Header(); yield Static("hello"); yield Footer()
    def on_ready(self):
        print("READY", flush=True)
        self.call_after_refresh(self.settled)
    def settled(self):
        print("SETTLED", flush=True)
        self.exit()
Bare().run(headless=True, size=(80, 24))
""" + "\n" + "MEMORY"

GUIDE = """
import sys
from guide.tui.app import GuideApp
class Timed(GuideApp):
    def on_ready(self):
        print("READY", flush=True)
        self.set_interval(0.005, self.settled)
    def settled(self):
        if self.lib is not None and self.screen.query("#jobs"):  # flows loaded, home lists mounted
            print("SETTLED", flush=True)
            self.exit()
Timed().run(headless=True, size=(80, 24))
""" + "\n" + "MEMORY"

# peak resident memory (VmHWM) and proportional set size after settling, in KiB
MEMORY = """
status = dict(l.split(":", 1) for l in open("/proc/self/status"))
pss = next(l.split()[1] for l in open("/proc/self/smaps_rollup") if l.startswith("Pss:"))
print(status["VmHWM"].split()[0], pss, file=sys.stderr)
"""
BARE = BARE.replace("MEMORY", MEMORY)
GUIDE = GUIDE.replace("MEMORY", MEMORY)


def _run(code: str, env: dict) -> tuple[float, int, int]:
    """(seconds from launch to the first frame, peak RSS KiB, PSS KiB after settling) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)
    line = proc.stdout.readline()  # "READY" is printed when the first frame is on screen
    ready = time.perf_counter() - start
    rest, err = proc.communicate(timeout=120)
    if proc.returncode != 0 or not line.startswith("READY") or "SETTLED" not in rest or "Error" in err:
        raise RuntimeError(f"the app did not start cleanly:\n{err}")
    peak, pss = (int(x) for x in err.strip().splitlines()[-1].split())
    return ready, peak, pss


def bench_startup(runs: int = 9) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, BINDKRACHT_DATA_DIR=f"{tmp}/data", BINDKRACHT_CONFIG_DIR=f"{tmp}/config",
                   PYTHONPATH=str(ROOT))
        _run(BARE, env), _run(GUIDE, env)  # warm the disk cache and .pyc files
        bare, guide = [], []
        for _ in range(runs):  # interleaved, so both see the same machine load
            bare.append(_run(BARE, env))
            guide.append(_run(GUIDE, env))

    def med(rows, i):
        return statistics.median(r[i] for r in rows)

    print(f"first frame: bindkracht {med(guide, 0) * 1000:.0f} ms, bare Textual app {med(bare, 0) * 1000:.0f} ms, "
          f"ratio {med(guide, 0) / med(bare, 0):.2f} (target <= 1.15)")
    print(f"memory after settling (PSS): bindkracht {med(guide, 2) / 1024:.1f} MiB, bare {med(bare, 2) / 1024:.1f} MiB, "
          f"ratio {med(guide, 2) / med(bare, 2):.2f} (target <= 1.3); "
          f"peak RSS ratio {med(guide, 1) / med(bare, 1):.2f}")


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
    p90 = sorted(times)[int(len(times) * 0.9) - 1]
    print(f"answer -> next prompt rendered, {history}-message transcript: median {statistics.median(times) * 1000:.1f} ms, "
          f"p90 {p90 * 1000:.1f} ms, max {max(times) * 1000:.1f} ms (target median <= 16 ms, p90 <= 50 ms)")


def bench_app() -> None:
    bench_startup()
    for history in (500, 2000):
        bench_answer_latency(history)
