"""`bindkracht sessions list`: one aligned line per session, newest first, written by SQLite."""

from __future__ import annotations

import time
from types import SimpleNamespace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guide.base import i18n
from guide.cli import main
from guide.storage.store import Store

FLOW = SimpleNamespace(id="mini", version=1, content_hash="x")
# labels as people type them: letters with accents, digits, spaces, punctuation; no control characters
LABELS = (
    st.text(st.characters(categories=("L", "N", "Zs", "P")), min_size=1, max_size=24)
    .map(str.strip)
    .filter(bool)
)


def _listed(data, capsys, *lang) -> list[str]:
    assert main([*lang, "sessions", "list", "--data-dir", str(data)]) == 0
    return capsys.readouterr().out.rstrip("\n").split("\n")


def _columns(line: str, starts: list[int]) -> list[str]:
    return [line[a:b].rstrip() for a, b in zip(starts, [*starts[1:], None], strict=True)]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(LABELS, st.sampled_from(["", "intake", "rights", "closure"]),
                               st.sampled_from(["active", "finished"]),
                               st.sampled_from(["", "T-1", "LANGE-CODE-7"])),
                     min_size=1, max_size=6))
def test_every_session_is_one_line_with_its_words_in_aligned_columns(tmp_path_factory, capsys, rows):
    data = tmp_path_factory.mktemp("data")
    store = Store(data)
    when = 1_700_000_000.75
    for n, (label, phase, status, code) in enumerate(rows):
        sid = store.create(label, "rehearse", FLOW, "nl", {}, phase=phase, training=code)
        store.conn.execute("UPDATE sessions SET status = ?, updated = ? WHERE id = ?",
                           (status, when + 3600 * n, sid))
    store.close()

    lines = _listed(data, capsys)
    head = [i18n.t(f"cli.sessions.col.{c}", "nl") for c in ("id", "label", "flow", "phase", "status",
                                                            "training", "updated")]
    starts = [lines[0].index(h) for h in head]
    assert lines[0].split() == " ".join(head).split()
    assert len(lines) == len(rows) + 1
    for line, n in zip(lines[1:], reversed(range(len(rows))), strict=True):  # newest first
        label, phase, status, code = rows[n]
        word = i18n.t("export.status." + ("finished" if status == "finished" else "active"), "nl")
        assert _columns(line, starts) == [
            str(n + 1), label, "mini", i18n.t("phase." + phase, "nl") if phase else "-", word, code or "-",
            time.strftime("%Y-%m-%d %H:%M", time.localtime(int(when + 3600 * n)))]


def test_an_empty_store_says_so_in_the_language_asked(tmp_path, capsys):
    Store(tmp_path / "data").close()
    assert _listed(tmp_path / "data", capsys, "--lang", "en") == [i18n.t("cli.sessions.empty", "en")]


def test_the_column_titles_are_all_capitals_in_both_languages(tmp_path, capsys):
    store = Store(tmp_path / "data")
    store.create("S-1", "rehearse", FLOW, "nl", {}, phase="intake", training="T-1")
    store.close()
    for lang in ("nl", "en"):
        title = _listed(tmp_path / "data", capsys, "--lang", lang)[0]
        assert title.split() == title.upper().split() and "TRAINING" in title.split()


def test_a_session_saved_this_minute_is_from_just_now_not_zero_minutes_ago():
    import time

    from guide.base.i18n import ago

    now = time.time()
    assert (ago(now, "nl"), ago(now - 30, "en")) == ("zojuist", "just now")
    assert (ago(now - 300, "nl"), ago(now - 300, "en")) == ("5 min geleden", "5 min ago")


PLAIN = [["sessions", "list"], ["--lang", "nl", "sessions", "list"], ["sessions", "--lang=en", "list"],
         ["sessions", "list", "--data-dir", "/x", "--training", "T"], ["--flows", "a", "sessions", "list"],
         ["sessions", "list", "--flows=b", "--data-dir="],
         ["sessions", "--training", "X", "list", "--lang", "en"]]
NOT_PLAIN = [["sessions", "list", "-h"], ["sessions", "list", "--lang", "de"], ["sessions", "list", "--lang"],
             ["--lang", "en", "--lang", "nl", "sessions", "list"], ["--la", "en", "sessions", "list"],
             ["sessions", "list", "--data-dir", "-x"], ["sessions", "list", "x"], ["list", "sessions"],
             ["sessions", "show", "1"], ["sessions", "list", "--", "x"], ["--version"], []]


def test_the_plain_sessions_list_is_read_as_argparse_reads_it_and_nothing_else_is():
    """The quick reading of `sessions list` (no argparse) gives what argparse gives; anything else is
    left to argparse, so that help, errors and exit codes stay its own."""
    from guide.cli import build_parser, command_asked, quick

    for argv in PLAIN:
        read = quick.sessions_list(argv)
        assert read is not None, argv
        assert vars(read) == vars(build_parser("en", command_asked(argv, "en")).parse_args(argv)), argv
    assert [argv for argv in NOT_PLAIN if quick.sessions_list(argv) is not None] == []
