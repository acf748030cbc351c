"""Sessions in SQLite: every answer committed in its own transaction.

The directory is created 0700 and the database 0600 (created that way, not
tightened afterwards). A database that is not readable is moved aside, never
deleted, and a fresh one is started; the caller is told.

A session's engine state is stored as a base plus one row per save holding only what that save
changed (guide.run.statelog), so saving costs the same at the 10th and the 2,000th answer.

Damage is looked for with a full `PRAGMA quick_check` (it reads the whole file) only when the
file may have changed outside this app: when it differs from how the last clean close left it
(see `_trusted`), after SQLite reported damage, and at least once a week.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from guide.base import paths
from guide.base.errors import StoreError
from guide.base.files import make_private_dir, tighten, write_private  # noqa: F401  (re-exported)
from guide.base.record import Record
from guide.run import statelog

TYPE_CHECKING = False  # typing's flag, without importing typing for a command that only reads the store
if TYPE_CHECKING:
    import builtins  # `list` in the Store class is its method
    from typing import TypeVar

    Result = TypeVar("Result")  # what a transaction's work gives back

DB_NAME = "bindkracht.db"
# beside the database: how a clean close left the file, and when it was last checked
STAMP_SUFFIX = ".checked"
FULL_CHECK_AFTER_S = 7 * 24 * 3600
COMPACT_AFTER = 100  # saved changes on top of a base before a resume folds them into a new base
BUSY_MS = 10_000
FOREIGN_LOCK_S = 15 * 60  # a lock held from another computer counts as gone after this long unused

# Each entry takes the schema from version i to i+1. Never edit a released one.
MIGRATIONS: list[str] = [
    # 0 -> 1: sessions and the log of every change
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        job TEXT NOT NULL,
        flow_id TEXT NOT NULL,
        flow_version TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        lang TEXT NOT NULL,
        status TEXT NOT NULL,
        created REAL NOT NULL,
        updated REAL NOT NULL,
        state TEXT NOT NULL
    );
    CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        at REAL NOT NULL,
        action TEXT NOT NULL,
        step_key TEXT NOT NULL,
        value TEXT
    );
    CREATE INDEX changes_session ON changes(session_id);
    """,
    # 1 -> 2: private notes per step, and where a session is, for quick lists
    """
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        step_key TEXT NOT NULL,
        at REAL NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX notes_session ON notes(session_id);
    ALTER TABLE sessions ADD COLUMN phase TEXT NOT NULL DEFAULT '';
    ALTER TABLE sessions ADD COLUMN step TEXT NOT NULL DEFAULT '';
    CREATE INDEX sessions_updated ON sessions(updated);
    """,
    # 2 -> 3: the engine state moves to its own table, so that listing sessions never reads
    # the (growing) states; sessions.state stays, empty, because dropping a column needs a newer SQLite
    """
    CREATE TABLE states (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        state TEXT NOT NULL
    );
    INSERT INTO states (session_id, state) SELECT id, state FROM sessions;
    UPDATE sessions SET state = '';
    """,
    # 3 -> 4: one writer per session: who holds it (a token per open store, pid, host, last write)
    """
    CREATE TABLE locks (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        owner TEXT NOT NULL,
        pid INTEGER NOT NULL,
        host TEXT NOT NULL,
        beat REAL NOT NULL
    );
    """,
    # 4 -> 5: each save appends what it changed (statelog ops) instead of rewriting states.state,
    # which becomes the base they apply to (a state saved before this version is a base without
    # changes, so it reads as before); and the list of sessions read from one covering index
    """
    CREATE TABLE state_changes (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        ops TEXT NOT NULL,
        PRIMARY KEY (session_id, seq)
    ) WITHOUT ROWID;
    CREATE INDEX sessions_listing ON sessions(updated, id, label, flow_id, phase, status);
    """,
    # 5 -> 6: the training a session was played in (a group and a date, e.g. BK-gent-2026-12-02);
    # a session outside any training has no row. Codes match whatever their case.
    """
    CREATE TABLE trainings (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        code TEXT NOT NULL COLLATE NOCASE
    );
    CREATE INDEX trainings_code ON trainings(code);
    """,
    # 6 -> 7: live role-play (guide/classroom/live.py): the plays, who joined, observers' marks,
    # the coach's binnenkant
    """
    CREATE TABLE live_plays (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        flow_id TEXT NOT NULL,
        lang TEXT NOT NULL,
        status TEXT NOT NULL,
        path TEXT NOT NULL,
        created REAL NOT NULL,
        updated REAL NOT NULL
    );
    CREATE TABLE live_roles (
        id INTEGER PRIMARY KEY,
        play_id INTEGER NOT NULL REFERENCES live_plays(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        joined REAL NOT NULL
    );
    CREATE TABLE live_marks (
        id INTEGER PRIMARY KEY,
        play_id INTEGER NOT NULL REFERENCES live_plays(id) ON DELETE CASCADE,
        role_id INTEGER NOT NULL REFERENCES live_roles(id) ON DELETE CASCADE,
        moment INTEGER NOT NULL,
        krachtlijn INTEGER NOT NULL,
        note TEXT NOT NULL,
        at REAL NOT NULL
    );
    CREATE INDEX live_marks_play ON live_marks(play_id, moment);
    CREATE TABLE live_inside (
        play_id INTEGER NOT NULL REFERENCES live_plays(id) ON DELETE CASCADE,
        moment INTEGER NOT NULL,
        text TEXT NOT NULL,
        at REAL NOT NULL,
        PRIMARY KEY (play_id, moment)
    );
    """,
    # 7 -> 8: "that's not what I meant": the move a learner meant at a say-first choice, beside the
    # reading of their own words (guide/moves); one per step, never part of a score
    """
    CREATE TABLE move_corrections (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        step_key TEXT NOT NULL,
        move TEXT NOT NULL,
        at REAL NOT NULL,
        PRIMARY KEY (session_id, step_key)
    ) WITHOUT ROWID;
    """,
    # 8 -> 9: the classroom (docs/architecture.md, "The classroom: who sees what"): the browser a
    # session was made in ('' = outside `serve`), a stable id per handed-in session, and the
    # hand-ins a trainer imported into a training's group view
    """
    ALTER TABLE sessions ADD COLUMN participant TEXT NOT NULL DEFAULT '';
    CREATE INDEX sessions_participant ON sessions(participant, updated);
    CREATE TABLE handin_ids (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        token TEXT NOT NULL
    );
    CREATE TABLE handins (
        id INTEGER PRIMARY KEY,
        token TEXT NOT NULL UNIQUE,
        training TEXT NOT NULL COLLATE NOCASE,
        flow_id TEXT NOT NULL,
        data TEXT NOT NULL,
        imported REAL NOT NULL
    );
    CREATE INDEX handins_training ON handins(training, flow_id);
    """,
    # 9 -> 10: a lock says which boot of the computer and which start of the process holds it, so a
    # lock from before a reboot, or from a process whose id was given to another, is stale
    """
    ALTER TABLE locks ADD COLUMN boot TEXT NOT NULL DEFAULT '';
    ALTER TABLE locks ADD COLUMN started TEXT NOT NULL DEFAULT '';
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
REQUIRED_TABLES = {"sessions", "changes", "notes", "states", "state_changes"}


def _json():
    """The json module, imported when a session's state is read or written: listing sessions needs none."""
    import json  # deferred: a command that only lists sessions starts without it

    return json


class Holder(Record):
    """The process that has a session open for writing."""

    __slots__ = ("pid", "host", "beat")

    def __init__(self, pid: int, host: str, beat: float) -> None:
        self.pid, self.host, self.beat = pid, host, beat


def _hostname() -> str:
    """This computer's name (os.uname is what socket.gethostname reads on POSIX, without importing socket)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # deferred: only where os.uname is missing (Windows)

    return socket.gethostname()


def _boot_id() -> str:
    """This boot of the computer ("" where /proc does not say: then only the process id counts)."""
    try:
        with open("/proc/sys/kernel/random/boot_id", "rb") as f:  # bytes: no codec module to import
            return f.read().decode("ascii").strip()
    except (OSError, ValueError):
        return ""


def _started(pid: int) -> str:
    """When process `pid` started, in clock ticks since boot (field 22 of /proc/PID/stat); "" when unknown."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:  # bytes: no codec module to import
            text = f.read().decode("ascii", "replace")
        return text[text.rindex(")") + 2:].split()[19]  # after the name (which may hold spaces): field 3 on
    except (OSError, ValueError, IndexError):
        return ""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class Session(Record):
    """One session's row; `state` only from Store.get."""

    __slots__ = ("id", "label", "job", "flow_id", "flow_version", "content_hash", "lang", "status",
                 "created", "updated", "phase", "step", "state", "training", "changes_since_base", "last_seq")

    def __init__(self, id: int, label: str, job: str, flow_id: str, flow_version: str, content_hash: str,
                 lang: str, status: str, created: float, updated: float, phase: str, step: str, *,
                 state: dict | None = None, training: str = "") -> None:
        self.id, self.label, self.job, self.flow_id = id, label, job, flow_id
        self.flow_version, self.content_hash, self.lang = flow_version, content_hash, lang
        self.status = status  # active | finished
        self.created, self.updated, self.phase, self.step = created, updated, phase, step
        self.state = state
        self.training = training  # the training code, "" outside a training
        self.changes_since_base = 0  # saves replayed on the stored base to give `state`
        self.last_seq = 0


def _disk_full(directory: Path | None) -> bool:
    try:
        return directory is not None and os.statvfs(directory).f_bavail == 0
    except OSError:
        return False


def classify_error(exc: sqlite3.Error, directory: Path | None = None) -> StoreError:
    """The StoreError a SQLite error means: disk full, read-only, busy, damaged, ..."""
    text = str(exc).lower()
    if "full" in text or ("disk i/o" in text and _disk_full(directory)):
        return StoreError("store.disk-full")
    if "disk i/o" in text:
        return StoreError("store.io-error", path=str(directory or ""))
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return StoreError("store.read-only")
    if "locked" in text or "busy" in text:
        return StoreError("store.busy")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError("store.corrupt")
    return StoreError("store.failed", detail=str(exc))


class Store:
    """The sessions in one data folder, as one reader may see them (its scope):
    `participant=None` sees every session (the owner in a terminal); a participant id sees only the
    sessions made with that id (a browser tab of `serve`); `room=True` sees every session made
    through `serve` and none made outside it (the trainer's group view in a browser)."""

    def __init__(self, directory: Path, participant: str | None = None, room: bool = False) -> None:
        self.dir = Path(directory)
        self.participant = participant
        self.scope_args: tuple[str, ...]
        if participant is not None:
            self.scope, self.scope_args = "participant = ?", (participant,)
        elif room:
            self.scope, self.scope_args = "participant != ''", ()
        else:
            self.scope, self.scope_args = "1", ()
        self.path = self.dir / DB_NAME
        self.moved_aside: Path | None = None  # set when a broken database was set aside
        self.owner = os.urandom(16).hex()  # this open store, as a session's writer
        self.held: set[int] = set()  # sessions this store has held (a lost one stays lost)
        self.host = _hostname()
        self.boot = _boot_id()
        self.started = _started(os.getpid())
        self.stamp_path = self.path.with_name(DB_NAME + STAMP_SUFFIX)
        self.full_check = ""  # why this open read the whole file ("" when it could trust the last close)
        self.checked_at = 0.0  # when the whole file was last found sound
        self.suspect = False  # SQLite reported damage: the next open checks the whole file
        make_private_dir(self.dir)
        # a folder or database left open to others (an old copy, a loose umask) is closed again
        self.tightened = [p for p, mode in ((self.dir, 0o700), (self.path, 0o600)) if tighten(p, mode)]
        try:
            self.conn = self._open()
        except StoreError as exc:
            if exc.code != "store.corrupt":
                raise
            self.moved_aside = self._set_aside()
            self.conn = self._open()

    # -- opening -------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        if not self.path.exists():
            try:
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                pass
            except OSError as exc:
                if exc.errno == 28:
                    raise StoreError("store.disk-full") from None
                raise StoreError("store.read-only") from None
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_MS / 1000, isolation_level=None)
        except sqlite3.Error as exc:
            raise classify_error(exc, self.dir) from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal" and os.access(self.dir, os.W_OK):
                raise StoreError("store.corrupt")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            self.full_check = self._why_check()
            if self.full_check:
                check = conn.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise StoreError("store.corrupt")
                self.checked_at = time.time()
            self._migrate(conn)
            self._verify(conn)
        except sqlite3.Error as exc:
            conn.close()
            raise classify_error(exc, self.dir) from None
        except StoreError:
            conn.close()
            raise
        return conn

    # -- when to read the whole file ------------------------------------------------------
    def _file_id(self) -> list[int] | None:
        """What changes whenever the file's bytes or its owner's view of it change
        (ctime cannot be set back)."""
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]

    def _read_stamp(self) -> dict:
        """The stamp's one line: the file's five numbers (see _file_id), then when it was last checked."""
        try:
            with open(self.stamp_path, "rb") as fh:
                parts = fh.read(4096).split()
            if len(parts) != 6:
                return {}
            return {"file": [int(p) for p in parts[:5]], "checked": float(parts[5])}
        except (OSError, ValueError):
            return {}

    def _why_check(self) -> str:
        """Why the whole file must be checked on this open, or "" when the last clean close can be trusted.

        A clean close (the last connection gone, the write-ahead log folded in) stamps the file as it left
        it. Any change since then that this app did not make (a copy, a restore, a truncation, another
        program) changes its size, mtime or ctime. A crash needs no check: SQLite's log is checksummed and
        replayed, and a checkpoint it did changes the file, so the stamp no longer matches."""
        stamp = self._read_stamp()
        if not stamp:
            return "no-clean-close"
        if stamp.get("file") != self._file_id():
            return "changed-since-close"
        checked = stamp.get("checked")
        if not isinstance(checked, (int, float)) or time.time() - checked > FULL_CHECK_AFTER_S:
            return "weekly"
        self.checked_at = float(checked)
        return ""

    def _write_stamp(self) -> None:
        """After a clean close: remember the file as it is now (not synced:
        a lost stamp only costs a check)."""
        if self.suspect or not self.checked_at or self.path.with_name(DB_NAME + "-wal").exists():
            return  # damage reported, or another connection is still open (or a checkpoint was left undone)
        file_id = self._file_id()
        if file_id is None or self._read_stamp() == {"file": file_id, "checked": self.checked_at}:
            return
        tmp = self.stamp_path.with_name(f".{self.stamp_path.name}.{os.getpid()}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(" ".join([*map(str, file_id), repr(self.checked_at)]) + "\n")
            os.replace(tmp, self.stamp_path)
        except OSError:
            try:
                tmp.unlink()
            except OSError:
                pass

    def _distrust(self) -> None:
        self.suspect = True
        try:
            self.stamp_path.unlink()
        except OSError:
            pass

    def error_from(self, exc: sqlite3.Error) -> StoreError:
        """classify_error for an error met while working: damage means a full check at the next open."""
        err = classify_error(exc, self.dir)
        if err.code == "store.corrupt":
            self._distrust()
        return err

    def _set_aside(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{DB_NAME}.broken-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{DB_NAME}.broken-{stamp}-{n}")
        try:
            os.replace(self.path, target)
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(DB_NAME + suffix)
                if side.exists():
                    os.replace(side, target.with_name(target.name + suffix))
        except OSError as exc:
            raise StoreError("store.cannot-set-aside", detail=exc.strerror or str(exc)) from None
        self._distrust()
        self.suspect = False  # the fresh database is checked when it opens
        return target

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError("store.too-new", version=version)
        while version < SCHEMA_VERSION:
            self._retry(lambda v=version: self._apply(conn, v))
            version = conn.execute("PRAGMA user_version").fetchone()[0]

    @staticmethod
    def _verify(conn: sqlite3.Connection) -> None:
        """The version says which tables exist; a file that claims them but lacks them is broken."""
        have = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not REQUIRED_TABLES <= have:
            raise StoreError("store.corrupt")

    @staticmethod
    def _apply(conn: sqlite3.Connection, version: int) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current == version:  # another process may have migrated meanwhile
                for statement in MIGRATIONS[version].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        try:
            self.transaction(lambda c: c.execute("DELETE FROM locks WHERE owner = ?", (self.owner,)))
        except StoreError:
            pass
        try:
            self.conn.close()
        except sqlite3.Error:
            return
        self._write_stamp()

    # -- writing -----------------------------------------------------------------
    @staticmethod
    def _retry(fn):
        """Run fn; a busy database (beyond the busy timeout) is tried again."""
        delay = 0.01
        for attempt in range(8):
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc).lower() and "busy" not in str(exc).lower() or attempt == 7:
                    raise
                time.sleep(delay * (1 + os.urandom(1)[0] / 256))  # jittered; os, not random: start-up
                delay *= 2
        return None

    def transaction(self, work: Callable[[sqlite3.Connection], Result]) -> Result:
        """`work(conn)` in one write transaction, retried while another writer holds the lock."""
        def run():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                result = work(self.conn)
                self.conn.execute("COMMIT")
                return result
            except BaseException:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                raise

        try:
            return self._retry(run)
        except sqlite3.Error as exc:
            raise self.error_from(exc) from None

    # -- one writer per session --------------------------------------------------
    def _holder(self, c, session_id: int) -> Holder | None:
        """Who else holds the session, if anyone still does (a dead holder's lock is dropped)."""
        row = c.execute(
            "SELECT owner, pid, host, beat, boot, started FROM locks WHERE session_id = ?", (session_id,)
        ).fetchone()
        if row is None or row[0] == self.owner:
            return None
        owner, pid, host, beat, boot, started = row
        if host == self.host:
            gone = not self._live(pid, boot, started)
        else:
            gone = time.time() - beat > FOREIGN_LOCK_S
        if gone:
            c.execute("DELETE FROM locks WHERE session_id = ?", (session_id,))
            return None
        return Holder(pid, host, beat)

    def _live(self, pid: int, boot: str, started: str) -> bool:
        """A lock of this computer is held while its process lives: the same boot, the same process
        id, and the same start time (a reused id is another process). What /proc cannot tell is not
        held against it."""
        if boot and self.boot and boot != self.boot:
            return False
        if not _alive(pid):
            return False
        now = _started(pid) if started else ""
        return not (now and now != started)

    def _hold(self, c, session_id: int) -> None:
        self.held.add(session_id)
        c.execute("INSERT OR REPLACE INTO locks (session_id, owner, pid, host, beat, boot, started)"
                  " VALUES (?,?,?,?,?,?,?)",
                  (session_id, self.owner, os.getpid(), self.host, time.time(), self.boot, self.started))

    def _in_scope(self, c, session_id: int) -> None:
        """Inside a write: a session outside this store's scope is, for it, no session at all."""
        if c.execute(f"SELECT 1 FROM sessions WHERE id = ? AND {self.scope}",
                     (session_id, *self.scope_args)).fetchone() is None:
            raise StoreError("store.no-session", id=session_id)

    def _own(self, c, session_id: int) -> None:
        """Inside a write: refuse when another process holds the session, or took it over since
        this store held it (even if it has let go again: what this store knows is old); else hold it."""
        self._in_scope(c, session_id)
        row = c.execute("SELECT owner FROM locks WHERE session_id = ?", (session_id,)).fetchone()
        ours = row is not None and row[0] == self.owner
        if not ours and (session_id in self.held or self._holder(c, session_id) is not None):
            raise StoreError("store.taken-over")
        self._hold(c, session_id)

    def claim(self, session_id: int, take_over: bool = False) -> Holder | None:
        """Open a session for writing. Returns who holds it when that is another live process
        (and then nothing changes), unless `take_over`: then their next write is refused."""

        def work(c):
            self._in_scope(c, session_id)
            holder = self._holder(c, session_id)
            if holder is not None and not take_over:
                return holder
            self._hold(c, session_id)
            return None

        return self.transaction(work)

    def release(self, session_id: int) -> None:
        self.held.discard(session_id)
        self.transaction(lambda c: c.execute("DELETE FROM locks WHERE session_id = ? AND owner = ?",
                                     (session_id, self.owner)))

    def create(self, label: str, job: str, flow, lang: str, state: dict, phase: str = "", step: str = "",
               training: str = "") -> int:
        now = time.time()

        def work(c):
            cur = c.execute(
                "INSERT INTO sessions (label, job, flow_id, flow_version, content_hash, lang, status,"
                " created, updated, state, phase, step, participant) VALUES (?,?,?,?,?,?,?,?,?,'',?,?,?)",
                (label, job, flow.id, flow.version, flow.content_hash, lang, "active", now, now, phase, step,
                 self.participant or ""),
            )
            c.execute("INSERT INTO states (session_id, state) VALUES (?, ?)",
                      (cur.lastrowid, _json().dumps(state, ensure_ascii=False)))
            if training:
                c.execute("INSERT INTO trainings (session_id, code) VALUES (?, ?)", (cur.lastrowid, training))
            self._hold(c, cur.lastrowid)
            return cur.lastrowid

        return self.transaction(work)

    def record(self, session_id: int, action: str, step_key: str, value, state: dict | statelog.Delta,
               status: str, phase: str, step: str) -> None:
        """One change (answer, skip, back, edit, continue) and the new state, atomically.

        `state` is what the engine changed since its last save (a Delta: appended, the same small
        write at every answer) or a whole state (it replaces what is stored)."""
        now = time.time()
        encoded = None if value is None else _json().dumps(value, ensure_ascii=False)
        if isinstance(state, statelog.Delta):
            ops, whole = _json().dumps(state.encoded_ops(), ensure_ascii=False), None
        else:
            ops, whole = None, _json().dumps(state, ensure_ascii=False)

        def work(c):
            self._own(c, session_id)
            c.execute(
                "INSERT INTO changes (session_id, at, action, step_key, value) VALUES (?,?,?,?,?)",
                (session_id, now, action, step_key, encoded),
            )
            if ops is not None:
                c.execute(
                    "INSERT INTO state_changes (session_id, seq, ops) SELECT ?, COALESCE(MAX(seq), 0) + 1, ?"
                    " FROM state_changes WHERE session_id = ?", (session_id, ops, session_id))
            else:
                c.execute("UPDATE states SET state=? WHERE session_id=?", (whole, session_id))
                c.execute("DELETE FROM state_changes WHERE session_id=?", (session_id,))
            c.execute(
                "UPDATE sessions SET status=?, phase=?, step=?, updated=? WHERE id=?",
                (status, phase, step, now, session_id),
            )

        self.transaction(work)

    def compact(self, session_id: int, state: dict, upto: int) -> None:
        """Fold the saved changes up to `upto` into a new base (`state` is the state they give)."""

        def work(c):
            self._own(c, session_id)
            c.execute("UPDATE states SET state=? WHERE session_id=?",
                      (_json().dumps(state, ensure_ascii=False), session_id))
            c.execute("DELETE FROM state_changes WHERE session_id=? AND seq <= ?", (session_id, upto))

        self.transaction(work)

    def set_lang(self, session_id: int, lang: str) -> None:
        def work(c):
            self._own(c, session_id)
            c.execute("UPDATE sessions SET lang=? WHERE id=?", (lang, session_id))

        self.transaction(work)

    def add_note(self, session_id: int, step_key: str, text: str) -> int:
        now = time.time()

        def work(c):
            self._own(c, session_id)
            cur = c.execute(
                "INSERT INTO notes (session_id, step_key, at, text) VALUES (?,?,?,?)",
                (session_id, step_key, now, text),
            )
            c.execute("UPDATE sessions SET updated=? WHERE id=?", (now, session_id))
            return cur.lastrowid

        return self.transaction(work)

    def correct_move(self, session_id: int, step_key: str, move: str | None) -> None:
        """The move the learner meant at a say-first choice ("that's not what I meant"); None takes
        the correction back. A finished session may be corrected: the words and scores stay as they are."""
        now = time.time()

        def work(c):
            self._in_scope(c, session_id)
            if move is None:
                c.execute("DELETE FROM move_corrections WHERE session_id=? AND step_key=?",
                          (session_id, step_key))
            else:
                c.execute("INSERT OR REPLACE INTO move_corrections (session_id, step_key, move, at) "
                          "VALUES (?,?,?,?)",
                          (session_id, step_key, move, now))

        self.transaction(work)

    def move_corrections(self, session_id: int) -> dict[str, str]:
        """{step key: the move the learner meant} for a session."""
        return {k: m for k, m in self.rows(
            f"SELECT step_key, move FROM move_corrections WHERE session_id = ? AND {self._mine}",
            (session_id, *self.scope_args))}

    # -- reading ---------------------------------------------------------------
    _COLUMNS = (
        "id, label, job, flow_id, flow_version, content_hash, lang, status, created, updated, phase, step"
    )
    _TRAINING = "COALESCE((SELECT code FROM trainings WHERE session_id = sessions.id), '')"

    @property
    def _sees_handins(self) -> str:
        """Imported hand-ins belong to the trainer: a participant's scope never sees them."""
        return "1" if self.participant is None else "0"

    @property
    def _mine(self) -> str:
        """A condition on session_id: the session is in this store's scope."""
        return f"session_id IN (SELECT id FROM sessions WHERE {self.scope})"
    def data_version(self) -> int:
        """Changes whenever another connection committed: a cheap 'anything new?' for the app's watcher."""
        try:
            return self.conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            return -1

    def rows(self, sql: str, args=()) -> list:
        """The rows of one read; a SQLite error becomes a StoreError."""
        try:
            return self.conn.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise self.error_from(exc) from None

    def list(self, status: str | None = None, limit: int | None = None, training: str | None = None,
             flow_id: str | None = None) -> list[Session]:
        sql = f"SELECT {self._COLUMNS}, {self._TRAINING} FROM sessions"
        where, args = [self.scope], list(self.scope_args)
        for column, value in (("status", status), ("flow_id", flow_id)):
            if value:
                where.append(f"{column} = ?")
                args.append(value)
        if training:
            where.append("id IN (SELECT session_id FROM trainings WHERE code = ?)")
            args.append(training)
        sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY updated DESC, id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [Session(*row[:-1], training=row[-1]) for row in self.rows(sql, tuple(args))]

    def trainings(self) -> builtins.list[tuple[str, int, float]]:
        """(code, sessions, last update) of every training in the store, the latest first."""
        return [tuple(r) for r in self.rows(
            "SELECT code, COUNT(*), MAX(at) FROM ("
            " SELECT t.code AS code, s.updated AS at FROM trainings t JOIN sessions s ON s.id = t.session_id"
            f" WHERE {self.scope.replace('participant', 's.participant')}"
            f" UNION ALL SELECT training, imported FROM handins WHERE {self._sees_handins})"
            " GROUP BY code COLLATE NOCASE ORDER BY MAX(at) DESC", self.scope_args)]

    def listing_table(self, head: builtins.list[str], phase_word, status_word) -> str:
        """Every session, newest first, as the aligned lines of `bindkracht sessions list` under `head`
        (7 column titles); "" when there are none. `phase_word` and `status_word` put a stored phase or
        status into words.

        SQLite writes each line (printf) from one covering index: turning 100,000 rows into tuples
        of Python values and formatting those would take most of a second. Widths count characters."""
        try:  # one read transaction: a save in between cannot widen a column under the lines
            self.conn.execute("BEGIN")
            try:
                return self._listing_lines(head, phase_word, status_word)
            finally:
                self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise self.error_from(exc) from None

    def _listing_lines(self, head: builtins.list[str], phase_word, status_word) -> str:
        statuses = {st: status_word(st) for st in self._distinct("status")}
        if not statuses:
            return ""
        phases = {p: phase_word(p) for p in self._distinct("phase") if p}
        longest = self.rows(
            "SELECT max(length(id)), max(length(label)), max(length(flow_id)),"
            " (SELECT max(length(code)) FROM trainings) FROM sessions INDEXED BY sessions_listing")[0]
        widths = [max(len(head[0]), longest[0]), max(len(head[1]), longest[1]), max(len(head[2]), longest[2]),
                  max(len(head[3]), *map(len, phases.values()), 1),
                  max(len(head[4]), *map(len, statuses.values())), max(len(head[5]), longest[3] or 1)]
        case_phase, phase_args = self._words_case("phase", phases)
        case_status, status_args = self._words_case("status", statuses)
        lines = self.rows(
            "SELECT printf(?, ?, id, ?, label, ?, flow_id,"
            f" ?, {case_phase}, ?, {case_status}, ?, COALESCE(NULLIF({self._TRAINING}, ''), '-'),"
            " strftime('%Y-%m-%d %H:%M', CAST(updated AS INTEGER), 'unixepoch', 'localtime'))"
            " FROM sessions INDEXED BY sessions_listing ORDER BY updated DESC, id DESC",
            ("  ".join(["%!-*s"] * 6) + "  %s", *widths[:4], *phase_args, widths[4], *status_args, widths[5]))
        title = "  ".join(f"{h:<{w}}" for h, w in zip(head[:6], widths, strict=True)) + "  " + head[6]
        return "\n".join([title.rstrip(), *(line for (line,) in lines)])

    def _distinct(self, column: str) -> builtins.list:
        return [
            r[0] for r in self.rows(f"SELECT DISTINCT {column} FROM sessions INDEXED BY sessions_listing")
        ]

    @staticmethod
    def _words_case(column: str, words: dict) -> tuple[str, builtins.list]:
        """A CASE that puts each stored value of `column` into its words, and the CASE's parameters."""
        if not words:
            return "'-'", []
        args = [x for pair in words.items() for x in pair]
        return "CASE " + column + " " + "WHEN ? THEN ? " * len(words) + "ELSE '-' END", args

    def get(self, session_id: int) -> Session | None:
        """A session with its state: the stored base with every saved change since replayed on it."""

        def read(c):  # one read transaction, so a save in between cannot split base and changes
            c.execute("BEGIN")
            try:
                row = c.execute(
                    f"SELECT {self._COLUMNS}, {self._TRAINING},"
                    " (SELECT state FROM states WHERE session_id = sessions.id)"
                    f" FROM sessions WHERE id = ? AND {self.scope}",
                    (session_id, *self.scope_args)).fetchone()
                later = [] if row is None else c.execute(
                    "SELECT seq, ops FROM state_changes WHERE session_id = ? ORDER BY seq",
                    (session_id,)).fetchall()
            finally:
                c.execute("COMMIT")
            return row, later

        try:
            row, later = read(self.conn)
        except sqlite3.Error as exc:
            raise self.error_from(exc) from None
        if row is None:
            return None
        *cols, training, base = row
        session = Session(*cols, training=training)
        try:
            state = _json().loads(base)
            if later:
                for _seq, ops in later:
                    statelog.apply(state, _json().loads(ops))
                session.changes_since_base, session.last_seq = len(later), later[-1][0]
            session.state = state if isinstance(state, dict) else None
        except (TypeError, ValueError, KeyError, IndexError, AttributeError):
            session.state = None
        return session

    def notes(self, session_id: int) -> builtins.list[tuple[str, float, str]]:
        return [tuple(r) for r in self.rows(
            f"SELECT step_key, at, text FROM notes WHERE session_id = ? AND {self._mine} ORDER BY at, id",
            (session_id, *self.scope_args))]

    def changes(self, session_id: int) -> builtins.list[tuple[float, str, str, object]]:
        out = []
        for at, action, key, value in self.rows(
            "SELECT at, action, step_key, value FROM changes WHERE session_id = ? "
            f"AND {self._mine} ORDER BY id",
            (session_id, *self.scope_args)
        ):
            out.append((at, action, key, None if value is None else _json().loads(value)))
        return out

    # -- removing ----------------------------------------------------------------
    def delete(self, ids: builtins.list[int]) -> int:
        def work(c):
            n = 0
            for sid in ids:
                if c.execute(f"SELECT 1 FROM sessions WHERE id = ? AND {self.scope}",
                             (sid, *self.scope_args)).fetchone() is None:
                    continue
                c.execute("DELETE FROM notes WHERE session_id = ?", (sid,))
                c.execute("DELETE FROM move_corrections WHERE session_id = ?", (sid,))
                c.execute("DELETE FROM changes WHERE session_id = ?", (sid,))
                c.execute("DELETE FROM states WHERE session_id = ?", (sid,))
                c.execute("DELETE FROM state_changes WHERE session_id = ?", (sid,))
                c.execute("DELETE FROM locks WHERE session_id = ?", (sid,))
                c.execute("DELETE FROM trainings WHERE session_id = ?", (sid,))
                c.execute("DELETE FROM handin_ids WHERE session_id = ?", (sid,))
                n += c.execute("DELETE FROM sessions WHERE id = ?", (sid,)).rowcount
            return n

        removed = self.transaction(work)
        self.vacuum()
        return removed

    def older_than(self, seconds: float) -> builtins.list[int]:
        cutoff = time.time() - seconds
        return [r[0] for r in self.rows(f"SELECT id FROM sessions WHERE updated < ? AND {self.scope}",
                                        (cutoff, *self.scope_args))]

    def of_participant(self, participant: str) -> builtins.list[int]:
        """The sessions one browser made through `serve` ("" never matches: those are the owner's)."""
        return [r[0] for r in self.rows(f"SELECT id FROM sessions WHERE participant = ? AND participant != ''"
                                        f" AND {self.scope}", (participant, *self.scope_args))]

    def of_training(self, code: str) -> builtins.list[int]:
        return [r[0] for r in self.rows(
            "SELECT id FROM sessions WHERE id IN (SELECT session_id FROM trainings WHERE code = ?) AND "
            f"{self.scope}",
            (code, *self.scope_args))]

    # -- hand-ins ------------------------------------------------------------------
    def handin_token(self, session_id: int) -> str:
        """The same random id each time this session is handed in: a trainer imports it once."""

        def work(c):
            self._in_scope(c, session_id)
            row = c.execute("SELECT token FROM handin_ids WHERE session_id = ?", (session_id,)).fetchone()
            if row:
                return row[0]
            token = os.urandom(16).hex()
            c.execute("INSERT INTO handin_ids (session_id, token) VALUES (?, ?)", (session_id, token))
            return token

        return self.transaction(work)

    def add_handin(self, token: str, training: str, flow_id: str, data: dict) -> bool:
        """Keep one imported hand-in; False when it was imported before."""
        text = _json().dumps(data, ensure_ascii=False, sort_keys=True)
        return bool(self.transaction(lambda c: c.execute(
            "INSERT OR IGNORE INTO handins (token, training, flow_id, data, imported) VALUES (?,?,?,?,?)",
            (token, training, flow_id, text, time.time())).rowcount))

    def handins(self, training: str, flow_id: str | None = None) -> builtins.list[dict]:
        sql, args = f"SELECT data FROM handins WHERE training = ? AND {self._sees_handins}", [training]
        if flow_id:
            sql += " AND flow_id = ?"
            args.append(flow_id)
        return [_json().loads(r[0]) for r in self.rows(sql + " ORDER BY id", tuple(args))]

    def handin_counts(self, training: str) -> builtins.list[tuple[str, int]]:
        """(scenario, hand-ins) imported into one training."""
        return [tuple(r) for r in self.rows(
            "SELECT flow_id, COUNT(*) FROM handins WHERE training = ? "
            f"AND {self._sees_handins} GROUP BY flow_id",
            (training,))]

    def delete_handins(self, training: str) -> int:
        return self.transaction(
            lambda c: c.execute("DELETE FROM handins WHERE training = ?", (training,)).rowcount
        )

    def vacuum(self) -> None:
        """Really remove deleted data from the file (and from the WAL)."""
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.execute("VACUUM")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise self.error_from(exc) from None


def suggest_label(store: Store | None = None) -> str:
    """A neutral code such as S-2611-07: a date and a number, never a name."""
    stamp = time.strftime("%d%m")
    taken = {s.label for s in store.list(limit=500)} if store else set()
    for n in range(1, 1000):
        label = f"S-{stamp}-{n:02d}"
        if label not in taken:
            return label
    return f"S-{stamp}-{1000 + int.from_bytes(os.urandom(2), 'big') % 9000}"


class Notice(Record):
    """Something the user must be told when a store or session opens (i18n key + params)."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, params: dict | None = None) -> None:
        self.code, self.params = code, params if params is not None else {}


def open_store(data_dir: str | None, participant: str | None = None) -> tuple[Store | None, list[Notice]]:
    """The store in the data folder, and what to tell the user first.

    No store: the one notice says why. A store: a notice when a damaged file was moved aside.
    """
    try:
        store = Store(paths.data_dir(data_dir), participant=participant)
    except StoreError as exc:
        return None, [Notice(exc.code, exc.params)]
    return store, [Notice("store.moved-aside", {"path": store.moved_aside})] if store.moved_aside else []
