"""App figures, each against a bare Textual app (Header, Static, Footer) in the same run."""

from __future__ import annotations

import asyncio
import gc
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

    def spread(values: list[float], unit: str = "", digits: int = 2) -> str:
        """min / median / max: one slow run shows as a max, not as a shifted median."""
        low, mid, high = min(values), statistics.median(values), max(values)
        return f"min {low:.{digits}f}{unit} / median {mid:.{digits}f}{unit} / max {high:.{digits}f}{unit}"

    def column(rows, i, scale: float = 1.0) -> list[float]:
        return [r[i] * scale for r in rows]

    def ratios(i: int) -> list[float]:  # each run against the bare run just before it
        return [g[i] / b[i] for g, b in zip(guide, bare, strict=True)]

    print(f"first frame ({runs} runs each): bindkracht {spread(column(guide, 0, 1000), ' ms', 0)}; "
          f"bare Textual app {spread(column(bare, 0, 1000), ' ms', 0)}")
    print(f"  ratio {spread(ratios(0))} (target median <= 1.15)")
    print(f"memory after settling (PSS): bindkracht {spread(column(guide, 2, 1 / 1024), ' MiB', 1)}; "
          f"bare {spread(column(bare, 2, 1 / 1024), ' MiB', 1)}")
    print(f"  ratio {spread(ratios(2))} (target median <= 1.3); peak RSS ratio {spread(ratios(1))}")


class PaintClock:
    """Times from a moment to the first screen update written after it with no layout pending.
    A headless app skips the terminal write, so the clock encodes the update as a terminal would."""

    def __init__(self, app) -> None:
        self.app = app
        self.painted: list[float] = []
        self.cpu: list[float] = []  # process CPU seconds at each paint: robust on a busy machine
        display = app._display

        def spy(screen, renderable):
            if renderable is not None and hasattr(renderable, "render_segments"):
                renderable.render_segments(app.console)
            self.painted.append(time.perf_counter())
            self.cpu.append(time.process_time())
            return display(screen, renderable)

        app._display = spy

    async def wait(self, after: float, cpu_after: float | None = None, cpu: list | None = None) -> float:
        """Wall seconds from `after` to the paint; the CPU seconds since `cpu_after` go to `cpu`."""
        screen = self.app.screen
        deadline = after + 10
        while not (self.painted and self.painted[-1] > after and not screen._layout_required
                   and not screen._dirty_widgets):
            if time.perf_counter() > deadline:
                raise RuntimeError("no repaint within 10 s")
            await asyncio.sleep(0.0005)
        if cpu is not None:
            cpu.append(self.cpu[-1] - cpu_after)
        return self.painted[-1] - after


def _press(app, key: str) -> None:
    """A key as the terminal driver delivers it (what Pilot.press does, without its waits)."""
    from textual import events

    event = events.Key(key, "\r" if key == "enter" else None)
    event.set_sender(app)
    app._driver.send_message(event)


def _stats(times: list[float]) -> tuple[float, float]:
    return statistics.median(times) * 1000, sorted(times)[max(0, int(len(times) * 0.9) - 1)] * 1000


async def _bare_press(samples: int) -> tuple[list[float], list[float]]:
    """The floor: a bare Textual app where Enter in a list adds a line to a scrolled transcript."""
    from textual.app import App
    from textual.containers import VerticalScroll
    from textual.widgets import OptionList, Static

    class Bare(App):
        def compose(self):
            with VerticalScroll(id="log"):
                for n in range(40):
                    yield Static(f"line {n}")
            yield OptionList("a", "b", id="pick")

        def on_option_list_option_selected(self, event) -> None:
            log = self.query_one("#log")
            log.mount(Static(f"picked {event.option.prompt}"))
            log.scroll_end(animate=False)

    app = Bare()
    times, cpu = [], []
    async with app.run_test(size=(120, 36)) as pilot:
        app.query_one("#pick").focus()
        app.query_one("#pick").highlighted = 0
        await pilot.pause()
        clock = PaintClock(app)
        for _ in range(samples):
            start, cpu_start = time.perf_counter(), time.process_time()
            _press(app, "enter")
            times.append(await clock.wait(start, cpu_start, cpu))
            await pilot.pause()
    return times, cpu


async def _guide(
    tmp: Path, history: int, samples: int, profile=None
) -> tuple[list[float], list[float], list[float]]:
    """(answer handed to the screen -> painted, key press -> painted, CPU of the key press -> painted)
    with `history` messages before."""
    from benchmarks.gen import ANSWERS, flow_yaml
    from guide.artefacts.transcript import history_items
    from guide.tui.app import GuideApp
    from guide.tui.conversation import ConversationScreen

    flows = tmp / f"flows-{history}"
    flows.mkdir()
    (flows / "bench.yaml").write_text(flow_yaml(2000).replace("jobs", "x-jobs"))
    app = GuideApp(flow_dirs=[flows], data_dir=str(tmp / f"data-{history}"), blink=False)
    direct, pressed, cpu = [], [], []
    async with app.run_test(size=(120, 36)) as pilot:
        while app.lib is None:
            await pilot.pause()
        app.open_flow("bench", "prepare", "B-1")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        conv = screen.conv
        while len(history_items(conv.engine, conv.lib, app.lang)) < history:
            for _ in range(20):
                conv.submit(ANSWERS.get(conv.engine.current.kind))
        await screen.render_all()
        await pilot.pause()
        _collection_lines.append(_full_collections(history))
        clock = PaintClock(app)
        for n in range(samples):
            kind = conv.engine.current.kind
            if n % 2 == 0:
                start = time.perf_counter()
                await screen.answer(ANSWERS.get(kind))
                direct.append(await clock.wait(start))
            else:
                if kind == "text":
                    screen.query_one("#text").text = ANSWERS["text"]
                    await pilot.pause()
                if profile is not None:
                    profile.enable()
                start, cpu_start = time.perf_counter(), time.process_time()
                _press(app, "ctrl+s" if kind == "text" else "enter")
                pressed.append(await clock.wait(start, cpu_start, cpu))
                if profile is not None:
                    profile.disable()
            await pilot.pause()  # let everything settle before the next sample
    return direct, pressed, cpu


_collection_lines: list[str] = []  # filled by _guide, printed after its latency line


def _full_collections(history: int) -> str:
    """A full garbage collection with the conversation drawn: as the app holds it (frozen), and
    as it would be if the app did not (unfrozen for the measurement, then frozen again)."""
    def timed() -> float:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            gc.collect()
            times.append(time.perf_counter() - start)
        return statistics.median(times) * 1000

    held = timed()
    gc.unfreeze()
    walked = timed()
    gc.freeze()
    return (f"{history:5}-message transcript: a full garbage collection takes {held:.1f} ms "
            f"({walked:.1f} ms if not held)")


def bench_answer_latency(histories=(100, 500, 2000), samples: int = 40) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BINDKRACHT_CONFIG_DIR"] = f"{tmp}/config"
        wall, cpu = asyncio.run(_bare_press(samples // 2))
        bare, bare_cpu = _stats(wall), _stats(cpu)
        print(f"key -> repaint, bare Textual app (list + 40-line log): median {bare[0]:.1f} ms, p90 "
              f"{bare[1]:.1f} ms; CPU median {bare_cpu[0]:.1f} ms")
        for history in histories:
            direct, pressed, cpu = asyncio.run(_guide(Path(tmp), history, samples))
            d, k, c = _stats(direct), _stats(pressed), _stats(cpu)
            print(f"{history:5}-message transcript: key -> next prompt painted median {k[0]:.1f} ms, p90 "
                  f"{k[1]:.1f} ms (target median <= 16, p90 <= 50; bare app {bare[0]:.1f} / {bare[1]:.1f}); "
                  f"CPU median {c[0]:.1f} ms, p90 {c[1]:.1f} ms (bare {bare_cpu[0]:.1f}); "
                  f"answer -> painted median {d[0]:.1f} ms, p90 {d[1]:.1f} ms")
        for line in _collection_lines:
            print(line)
        _collection_lines.clear()


def profile_answer(history: int = 2000, samples: int = 30, top: int = 25) -> None:
    """cProfile of the key -> painted path only (the setup is not profiled)."""
    import cProfile
    import pstats

    prof = cProfile.Profile()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BINDKRACHT_CONFIG_DIR"] = f"{tmp}/config"
        asyncio.run(_guide(Path(tmp), history, samples * 2, profile=prof))
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def bench_app() -> None:
    bench_startup()
    bench_answer_latency()


if __name__ == "__main__":  # python -m benchmarks.app --profile [MESSAGES]
    if len(sys.argv) > 1 and sys.argv[1] == "--profile":
        profile_answer(int(sys.argv[2]) if len(sys.argv) > 2 else 2000)
    else:
        bench_app()
