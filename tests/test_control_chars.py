"""Control characters (ESC, BEL, C0/C1) never get into the store and are never printed raw."""

import io

from guide.cli import main
from guide.cli.player import Terminal
from guide.flows import library
from guide.storage.sessions import Conversation
from guide.storage.store import Store
from tests.conftest import MINI, write_flow

NASTY = "a\x1b[2J\x1b]0;pwned\x07b\x9bc\x00d\x7fe"


def _lib(tmp_path, text=MINI):
    d = tmp_path / "flows"
    write_flow(d, "mini.yaml", text)
    return d, library.load(flow_dirs=[d], include_user=False)


def test_answers_notes_and_labels_lose_their_control_characters(tmp_path):
    _d, lib = _lib(tmp_path)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "mini", "L\x1b[31m-1\x07", "rehearse", "nl")
    conv.submit()
    conv.submit("bad")
    conv.note("noot " + NASTY)
    conv.submit("tekst " + NASTY + "\r\nregel twee\tmet tab")
    full = store.get(conv.session.id)
    assert full.label == "L[31m-1"
    assert full.state["answers"]["mini/why"] == "tekst a[2J]0;pwnedbcde\nregel twee\tmet tab"
    assert store.notes(conv.session.id)[0][2] == "noot a[2J]0;pwnedbcde"
    conv.close()
    store.close()


def test_sessions_list_and_show_never_print_raw_control_characters(tmp_path, capsys):
    """Also for data stored before the cleaning existed."""
    d, lib = _lib(tmp_path)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "mini", "OLD", "rehearse", "nl")
    conv.submit()
    conv.submit("bad")
    state = conv.engine.to_state()
    state["answers"]["mini/why"] = NASTY
    store.record(conv.session.id, "answer", "mini/why", NASTY, state, "active", "intake", "mini/bye")
    store.conn.execute("UPDATE sessions SET label = ?", ("OLD\x1b[2J",))
    conv.close()
    store.close()
    assert main(["sessions", "list", "--data-dir", str(tmp_path / "data")]) == 0
    assert main(["sessions", "show", "1", "--flows", str(d), "--data-dir", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out
    assert "OLD\\x1b[2J" in out and "\\x1b" in out.split("OLD", 2)[-1], out
    assert not any(0 <= ord(c) < 32 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f for c in out)


def test_play_prints_no_raw_control_characters():
    out = io.StringIO()
    term = Terminal("nl", out=out, inp=io.StringIO("x\n"))
    term.say(NASTY)
    term.ask("vraag\x1b[2J? ")
    assert "\x1b" not in out.getvalue() and "\x07" not in out.getvalue() and "\\x1b[2J" in out.getvalue()


def test_check_refuses_control_characters_in_flow_texts_with_a_location(tmp_path, capsys):
    bad = MINI.replace("text: {nl: Hoe gaat het?, en: How are you?}",
                       'text: {nl: "Hoe gaat \\e[2Jhet?", en: How are you?}')
    d, lib = _lib(tmp_path, bad)
    assert not lib.runnable("mini")
    assert main(["--lang", "en", "check", str(d / "mini.yaml")]) == 1
    out = capsys.readouterr().out
    assert "mini.yaml:" in out and "error[control-char]" in out and "\\x1b" in out
    assert "\x1b" not in out
