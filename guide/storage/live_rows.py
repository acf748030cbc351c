"""The live-play tables (live_plays, live_roles, live_marks, live_inside): every read and write of them.

guide/classroom/live.py holds the rules of a play; this module is the only one that speaks SQL to
these tables. Each write is one transaction through the store's retry, so several processes writing
at once lose nothing.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from guide.storage.store import Store


def insert_play(
    store: Store, flow_id: str, lang: str, status: str, new_code: Callable[[], str]
) -> tuple[int, int]:
    """A new play with a code no other play has, and the trainer's role in it: (play id, role id)."""
    now = time.time()

    def work(c):
        for _attempt in range(50):
            code = new_code()
            if c.execute("SELECT 1 FROM live_plays WHERE code = ?", (code,)).fetchone() is None:
                break
        cur = c.execute("INSERT INTO live_plays (code, flow_id, lang, status, path, created, updated)"
                        " VALUES (?,?,?,?,?,?,?)", (code, flow_id, lang, status, "[]", now, now))
        play_id = cur.lastrowid
        role = c.execute("INSERT INTO live_roles (play_id, role, joined) VALUES (?,?,?)",
                         (play_id, "trainer", now)).lastrowid
        return play_id, role

    return store.transaction(work)


def play_for_code(store: Store, code: str) -> int | None:
    rows = store.rows("SELECT id FROM live_plays WHERE code = ?", (code,))
    return rows[0][0] if rows else None


def add_role(store: Store, play_id: int, role: str) -> int:
    def work(c) -> int:
        role_id = c.execute("INSERT INTO live_roles (play_id, role, joined) VALUES (?,?,?)",
                            (play_id, role, time.time())).lastrowid
        assert role_id is not None  # an INSERT always gives its row id
        return role_id

    return store.transaction(work)


def play_row(store: Store, play_id: int) -> tuple | None:
    """(id, code, flow id, lang, status, path as a list), or None."""
    rows = store.rows("SELECT id, code, flow_id, lang, status, path FROM live_plays WHERE id = ?", (play_id,))
    if not rows:
        return None
    pid, code, flow_id, lang, status, path = rows[0]
    return pid, code, flow_id, lang, status, json.loads(path)


def role_counts(store: Store, play_id: int) -> dict[str, int]:
    return dict(store.rows("SELECT role, COUNT(*) FROM live_roles WHERE play_id = ? GROUP BY role",
                           (play_id,)))


def marks(store: Store, play_id: int) -> list[tuple]:
    """(moment, krachtlijn, note, role id) per mark, in the order they were made."""
    return store.rows("SELECT moment, krachtlijn, note, role_id FROM live_marks WHERE play_id = "
                      "? ORDER BY id",
                      (play_id,))


def inside(store: Store, play_id: int) -> dict[int, str]:
    return dict(store.rows("SELECT moment, text FROM live_inside WHERE play_id = ?", (play_id,)))


def edit_path(store: Store, play_id: int, edit: Callable[[str, list], list | None]) -> bool:
    """Change the play's path in one transaction: `edit(status, path)` gives the new path, or None
    to leave it (someone else was first, the play is over). True when it changed."""

    def work(c):
        status, path = c.execute("SELECT status, path FROM live_plays WHERE id = ?", (play_id,)).fetchone()
        changed = edit(status, json.loads(path))
        if changed is None:
            return False
        c.execute("UPDATE live_plays SET path = ?, updated = ? WHERE id = ?",
                  (json.dumps(changed), time.time(), play_id))
        return True

    return store.transaction(work)


def set_status(store: Store, play_id: int, status: str) -> None:
    store.transaction(lambda c: c.execute("UPDATE live_plays SET status = ?, updated = ? WHERE id = ?",
                                          (status, time.time(), play_id)))


def add_mark(store: Store, play_id: int, role_id: int, moment: int, krachtlijn: int, note: str) -> None:
    store.transaction(lambda c: c.execute(
        "INSERT INTO live_marks (play_id, role_id, moment, krachtlijn, note, at) VALUES (?,?,?,?,?,?)",
        (play_id, role_id, moment, krachtlijn, note, time.time())))


def put_inside(store: Store, play_id: int, moment: int, text: str) -> None:
    """The coach's binnenkant of one moment; empty text takes it away."""

    def work(c):
        if text:
            c.execute("INSERT INTO live_inside (play_id, moment, text, at) VALUES (?,?,?,?)"
                      " ON CONFLICT (play_id, moment) DO UPDATE SET text = excluded.text, at = excluded.at",
                      (play_id, moment, text, time.time()))
        else:
            c.execute("DELETE FROM live_inside WHERE play_id = ? AND moment = ?", (play_id, moment))

    store.transaction(work)
