"""Store figures: the cost of saving an answer early and late in a long session, the whole
`bindkracht sessions list` command beside Python's floor for it, and at 10,000 and 100,000
sessions (process start to exit)."""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from pathlib import Path

from benchmarks.gen import ANSWERS, flow_yaml
from benchmarks.timing import bench_env, command, line, run_command, timed_command

EARLY = range(1, 21)  # "the 10th answer": the median of answers 1 to 20
LATE = range(1990, 2011)  # "the 2,000th answer": the median of answers 1,990 to 2,010


def _library(tmp: Path, n_steps: int):
    from guide.flows import library

    flows = tmp / "flows"
    flows.mkdir(parents=True, exist_ok=True)
    (flows / "bench.yaml").write_text(flow_yaml(n_steps), encoding="utf-8")
    return library.load(flow_dirs=[flows], include_user=False)


def _answer(conv):
    step = conv.engine.current
    return ANSWERS.get(step.kind)


def bench_save(tmp: Path) -> None:
    """Every answer through Conversation.submit (engine, then the committed save), timed one by one."""
    from guide.storage.sessions import Conversation
    from guide.storage.store import Store

    lib = _library(tmp / "save", 2100)
    store = Store(tmp / "save" / "data")
    conv, _ = Conversation.start(store, lib, "bench", "B-1", "rehearse", "nl")
    walls, cpus = {}, {}
    n = 0
    while conv.engine.current is not None and n < LATE.stop:
        value = _answer(conv)
        w, c = time.perf_counter(), time.process_time()
        conv.submit(value)
        cpus[n + 1] = time.process_time() - c
        walls[n + 1] = time.perf_counter() - w
        n += 1
    assert n >= LATE.stop - 1, f"the flow ended after {n} answers"
    early_w, late_w = (statistics.median(walls[i] for i in r) for r in (EARLY, LATE))
    early_c, late_c = (statistics.median(cpus[i] for i in r) for r in (EARLY, LATE))
    line("save an answer, the 10th (median of 1-20)", early_w, early_c, "same as the 2,000th")
    line("save an answer, the 2,000th (median of 1,990-2,010)", late_w, late_c, "same as the 10th")
    ratio_w, ratio_c = late_w / early_w, late_c / early_c
    # wall time here is mostly the fsync of each commit (synchronous=FULL), which the disk decides: CPU judges
    print(f"{'  ratio 2,000th / 10th':<62} {ratio_w:7.2f} wall    {ratio_c:7.2f} CPU      target about 1 "
          f"(CPU at most 1.5){'  met' if ratio_c <= 1.5 else '  NOT MET'}")
    size = store.path.stat().st_size + _wal_size(store.path)
    print(f"{'  database after 2,010 answers':<62} {size / 2**20:7.1f} MiB")
    expected = conv.engine.to_state()
    conv.close()
    store.close()

    # resume stays exact, and costs what reading the session costs
    store = Store(tmp / "save" / "data")
    w, c = time.perf_counter(), time.process_time()
    again = Conversation.resume(store, lib, conv.session.id)
    line("resume that session (2,010 answers)", time.perf_counter() - w, time.process_time() - c,
         "exact (checked)")
    assert again.engine.to_state() == expected
    again.close()
    store.close()


def _wal_size(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def _populate(data: Path, lib, sessions: int, answers: int) -> None:
    """`sessions` sessions, each a copy of one real session of `answers` answers (its rows in every
    table that belongs to a session), updated one second apart."""
    from guide.storage.sessions import Conversation
    from guide.storage.store import Store

    store = Store(data)
    conv, _ = Conversation.start(store, lib, "bench", "S-1", "rehearse", "nl")
    for _ in range(answers):
        conv.submit(_answer(conv))
    conv.note("Een notitie bij deze stap.")
    conv.close()
    store.close()

    conn = sqlite3.connect(data / "bindkracht.db", isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    owned = {t: [c[1] for c in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
    owned = {t: cols for t, cols in owned.items() if "session_id" in cols and t != "locks"}
    session_cols = [
        c[1]
        for c in conn.execute("PRAGMA table_info(sessions)")
        if c[1] not in ("id", "label", "updated", "created")
    ]
    now = time.time()
    conn.execute("BEGIN")
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
        f" INSERT INTO sessions (id, label, created, updated, {', '.join(session_cols)})"
        f" SELECT i, 'S-' || i, ? - i, ? - i, {', '.join(session_cols)} FROM n, sessions WHERE "
        "sessions.id = 1",
        (sessions, now, now))
    for table, cols in owned.items():
        rest = [c for c in cols if c not in ("id", "session_id")]
        conn.execute(
            f"INSERT INTO {table} (session_id, {', '.join(rest)})"
            f" SELECT sessions.id, {', '.join('t.' + c for c in rest)} FROM sessions, {table} AS t"
            " WHERE t.session_id = 1 AND sessions.id > 1")
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _spread(values: list[float]) -> str:
    return "/".join(f"{v * 1000:.1f}" for v in (min(values), statistics.median(values), max(values)))


def bench_floor(tmp: Path, lib, rounds: int = 9) -> None:
    """`sessions list` beside Python's floor for it (`python -c "import sqlite3"`), runs taken in turns so
    that each sees the same load: on an empty store (target at most 1.5x the floor) and at 10,000
    sessions (target at most 50 ms above it). CPU time of the child, min/median/max over the rounds."""
    base = bench_env(tmp)
    empty = dict(base, XDG_DATA_HOME=str(tmp / "floor-empty"))
    full_data = tmp / "floor-10000" / "bindkracht"
    _populate(full_data, lib, 10_000, 60)
    full = dict(base, XDG_DATA_HOME=str(full_data.parent))
    args = command() + ["sessions", "list"]
    jobs = {"floor": ([sys.executable, "-c", "import sqlite3"], base), "empty": (args, empty),
            "10k": (args, full)}
    cpu: dict[str, list[float]] = {k: [] for k in jobs}
    wall: dict[str, list[float]] = {k: [] for k in jobs}
    for _ in range(rounds):
        for key, (argv, env) in jobs.items():
            w, c, done = run_command(argv, env)
            assert done.returncode == 0, (key, done.stderr[-500:])
            wall[key].append(w)
            cpu[key].append(c)
    label = 'python -c "import sqlite3" (the floor), CPU ms min/med/max'
    print(f"{label:<62} {_spread(cpu['floor'])}")
    ratios = [e / f for e, f in zip(cpu["empty"], cpu["floor"], strict=True)]
    ratio = statistics.median(ratios)
    print(f"{'sessions list, empty store, CPU ms min/med/max':<62} {_spread(cpu['empty'])}   "
          f"{ratio:.2f}x the floor (min {min(ratios):.2f}, max {max(ratios):.2f})   target <= 1.5x"
          f"{'  met' if ratio <= 1.5 else '  NOT MET'}")
    above = [c - f for c, f in zip(cpu["10k"], cpu["floor"], strict=True)]
    print(f"{'sessions list, 10,000 sessions, CPU ms min/med/max':<62} {_spread(cpu['10k'])}   "
          f"{statistics.median(above) * 1000:.1f} ms above the floor (min {min(above) * 1000:.1f}, "
          f"max {max(above) * 1000:.1f})   target <= 50 ms"
          f"{'  met' if statistics.median(above) <= 0.050 else '  NOT MET'}")
    print(f"{'  the same in wall time, ms min/med/max':<62} floor {_spread(wall['floor'])}, "
          f"empty {_spread(wall['empty'])}, 10,000 {_spread(wall['10k'])}")


def bench_list(tmp: Path) -> None:
    """The whole `bindkracht sessions list`, as a user runs it, at 10,000 and 100,000 sessions."""
    env = bench_env(tmp)
    bare_w, bare_c = timed_command([sys.executable, "-c", "pass"], env)
    line("python -c pass (the floor of any command)", bare_w, bare_c, "-")
    lib = _library(tmp / "list", 80)
    for sessions, answers, target in ((10_000, 60, 0.050), (100_000, 10, 0.300)):
        data = tmp / f"list-{sessions}" / "bindkracht"  # where a user's data folder is (XDG_DATA_HOME)
        _populate(data, lib, sessions, answers)
        size = (data / "bindkracht.db").stat().st_size
        env["XDG_DATA_HOME"] = str(data.parent)
        args = command() + ["sessions", "list"]

        def vet(done, sessions=sessions):
            rows = done.stdout.count("\n")
            assert done.returncode == 0 and rows == sessions + 1, (done.returncode, rows, done.stderr[-500:])

        first_w, first_c, done = run_command(args, env)  # the file was changed by another program
        vet(done)
        line(f"sessions list, {sessions:,} sessions, first after a foreign change",
             first_w, first_c, "- (full check of the whole file)")
        wall, cpu = timed_command(args, env, repeat=7, check=vet)
        line(f"sessions list, {sessions:,} sessions ({size / 2**20:.0f} MiB)", wall, cpu,
             f"< {target * 1000:.0f} ms", wall < target)


def bench_store(tmp: Path) -> None:
    bench_save(tmp)
    bench_floor(tmp, _library(tmp / "floor", 80))
    bench_list(tmp)
