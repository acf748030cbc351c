"""Typed play in the engine: `otherwise:` reactions, the neutral reaction, typed turns, resume."""

import pytest

from guide.flows import library
from guide.run.engine import AnswerError, Engine
from guide.storage.sessions import Conversation
from guide.storage.store import Store
from tests.conftest import write_flow

FLOW = """\
id: ty
version: "1"
title: {nl: Getypt, en: Typed}
languages: [nl, en]
persona: {name: Rik}
state:
  trust: {min: 0, max: 3, start: 2, label: {nl: Vertrouwen, en: Trust}}
phases:
  - id: intake
    steps:
      - id: c1
        kind: choice
        text: {nl: "Wat zeg je?", en: "What do you say?"}
        options:
          - {value: warm, label: {nl: Warm, en: Warm}, scores: {krachtlijn-7: 2}, effects: {trust: 1}}
          - {value: cold, label: {nl: Koud, en: Cold}, scores: {krachtlijn-7: -1}, effects: {trust: -1}}
        otherwise:
          say: {nl: "Wat bedoel je daarmee?", en: "What do you mean by that?"}
          think: {nl: "Die luistert niet.", en: "They are not listening."}
          effects: {trust: -1}
        next:
          - if: trust <= 0
            goto: gone
          - else: c2
      - id: c2
        kind: choice
        text: {nl: "En nu?", en: "And now?"}
        options:
          - {value: a, label: {nl: A, en: A}, scores: {krachtlijn-2: 1}}
          - {value: b, label: {nl: B, en: B}, scores: {krachtlijn-2: -1}}
      - id: c3
        kind: choice
        text: {nl: "Tot slot?", en: "Finally?"}
        options:
          - {value: x, label: {nl: X, en: X}, scores: {krachtlijn-3: 2}}
          - {value: y, label: {nl: Y, en: Y}, scores: {krachtlijn-3: 0}}
        otherwise:
          say: {nl: "Ik ga.", en: "I am leaving."}
          effects: {trust: -3}
          scores: {krachtlijn-3: -1}
          next: gone
      - id: done
        kind: end
        report: debrief
        text: {nl: Klaar., en: Done.}
      - id: gone
        kind: end
        early: true
        report: debrief
        text: {nl: Rik is weg., en: Rik has left.}
        why: {nl: Rik voelde zich niet gehoord., en: Rik did not feel heard.}
"""


@pytest.fixture
def ty(tmp_path):
    write_flow(tmp_path / "flows", "ty.yaml", FLOW)
    lib = library.load(flow_dirs=[tmp_path / "flows"], include_shipped=False, include_user=False)
    assert [p.format("en") for p in lib.problems if p.severity == "error"] == []
    return lib


def _typed(lib) -> Engine:
    eng = Engine(lib.flows, "ty", lib.programs, seed=0, typed=True)
    eng.start()
    return eng


def test_otherwise_shows_its_line_applies_its_effects_and_asks_again(ty):
    eng = _typed(ty)
    eng.say("blabla")
    events = eng.submit_otherwise()
    assert [(e.kind, e.text.get("en")) for e in events] == [
        ("say", "What do you mean by that?"), ("think", "They are not listening.")]
    assert eng.state == {"trust": 1} and eng.current.id == "c1"  # the same choice again
    assert "ty/c1" not in eng.answers  # never an option picked silently
    eng.say("Fijn dat je er bent")
    eng.submit("warm")
    assert eng.current.id == "c2" and eng.state == {"trust": 2}
    assert eng.typed_turns() == [
        {"key": "ty/c1", "text": "blabla", "option": None},
        {"key": "ty/c1", "text": "Fijn dat je er bent", "option": "warm"},
    ]


def test_a_turn_longer_than_a_turn_is_refused_whole_and_the_choice_stays_open(ty):
    from guide.base.errors import AnswerError

    eng = _typed(ty)
    with pytest.raises(AnswerError) as refused:
        eng.say("Ik hoor je. " * 100)  # 1,200 characters: a pasted text, not a turn
    assert refused.value.code == "typed.too-long" and "1000" in refused.value.message("nl")
    assert eng.current.id == "c1" and eng.typed_turns() == [] and eng.said == {}
    eng.say("Ik hoor je. " * 80)  # 960 characters still fit
    assert eng.said["ty/c1"].startswith("Ik hoor je.")


def test_without_otherwise_the_persona_reacts_neutrally_and_nothing_changes(ty):
    eng = _typed(ty)
    eng.say("Goed")
    eng.submit("warm")
    before = (dict(eng.state), dict(eng.answers), dict(eng.vars))
    eng.say("qwerty")
    first = eng.submit_otherwise()
    eng.say("asdf")
    second = eng.submit_otherwise()
    assert [e.kind for e in first + second] == ["react", "react"]
    assert first[0].text.get("nl") == "Rik kijkt je even aan. \u201eHoe bedoel je?\u201d"
    assert second[0].text.get("en") == "Rik says nothing and waits."
    assert (eng.state, eng.answers, eng.vars) == before and eng.current.id == "c2"
    assert eng.scores() == {"krachtlijn-7": (2, 2)}  # a repeated choice is not scored yet


def test_otherwise_effects_can_lead_to_a_walk_out(ty):
    eng = _typed(ty)
    eng.say("x")
    eng.submit_otherwise()  # trust 2 -> 1, asked again
    eng.say("y")
    eng.submit_otherwise()  # trust 1 -> 0: still the same choice, the next branch only follows an option
    assert eng.current.id == "c1" and eng.state == {"trust": 0}
    eng.say("Koud")
    eng.submit("cold")
    assert eng.finished and eng.ended_early and eng.end_step.id == "gone"


def test_otherwise_with_next_leaves_the_choice_and_counts_its_scores(ty):
    eng = _typed(ty)
    for words, value in (("warm", "warm"), ("a", "a")):
        eng.say(words)
        eng.submit(value)
    eng.say("iets heel anders")
    events = eng.submit_otherwise()
    assert [e.text.get("nl") for e in events] == ["Ik ga."]
    assert eng.finished and eng.ended_early and eng.state == {"trust": 0}
    assert eng.scores()["krachtlijn-3"] == (-1, 2)
    assert eng.back() and eng.current.id == "c3" and eng.state == {"trust": 3} and not eng.finished
    assert eng.typed_turns()[-1] == {"key": "ty/c2", "text": "a", "option": "a"}


def test_back_undoes_an_otherwise_turn(ty):
    eng = _typed(ty)
    eng.say("huh")
    eng.submit_otherwise()
    assert eng.back() and eng.state == {"trust": 2} and eng.typed_turns() == [] and eng.current.id == "c1"


def test_say_at_a_plain_choice_needs_typed_play(ty):
    eng = Engine(ty.flows, "ty", ty.programs, seed=0)
    eng.start()
    with pytest.raises(AnswerError):
        eng.say("hallo")
    assert eng.submit_otherwise()[0].kind == "say"  # the app's own flows may still use it untyped


def test_a_typed_session_resumes_mid_play_with_its_turns(ty, tmp_path):
    store = Store(tmp_path / "data")
    try:
        conv, _ = Conversation.start(store, ty, "ty", "oefening", "rehearse", "en", typed_play=True)
        conv.say("onzin", conv.position())
        conv.submit_otherwise(conv.position())
        conv.say("Welkom", conv.position())
        conv.submit("warm", conv.position())
        conv.close()
        again = Conversation.resume(store, ty, conv.session.id)
        eng = again.engine
        assert eng.typed and eng.current.id == "c2" and eng.state == {"trust": 2}
        assert eng.typed_turns() == [
            {"key": "ty/c1", "text": "onzin", "option": None},
            {"key": "ty/c1", "text": "Welkom", "option": "warm"},
        ]
        assert [c[1] for c in store.changes(conv.session.id)] == ["say", "otherwise", "say", "answer"]
        again.close()
    finally:
        store.close()


# -- the debrief of a typed play, its exports, the graph and test plans ---------------------------------

HOSTILE = "<script>alert(1)</script> | **vet** [klik](javascript:x)"


def test_a_typed_debrief_lists_each_turn_and_its_exports_escape_what_was_typed(tmp_path):
    from guide.artefacts import export
    from guide.artefacts.transcript import history_items

    lib = library.load(include_user=False)
    store = Store(tmp_path / "data")
    try:
        conv, _ = Conversation.start(store, lib, "rp-energie", "oefening", "rehearse", "nl", typed_play=True)
        while conv.engine.current is not None:
            step = conv.engine.current
            if step.kind != "choice":
                conv.submit(None if step.kind != "text" else "", conv.position())
                continue
            if step.id == "c_first":  # first a turn that means none of the options
                conv.say("qwerty", conv.position())
                conv.submit_otherwise(conv.position())
            best = max(step.options, key=lambda o: sum(o.scores.values()))
            conv.say(HOSTILE if step.id == "c_shame" else best.label.get("nl"), conv.position())
            conv.submit(best.value, conv.position())
        session = store.get(conv.session.id)
        report = export.build(session, lib, [], "nl", store)
        md, page = report.markdown, report.html
        items = history_items(conv.engine, lib, "en")
        conv.close()
    finally:
        store.close()
    table = md.split("## In je eigen woorden")[1].split("## Spiegel van je eigen woorden")[0]
    rows = [line for line in table.splitlines() if line.startswith("| ")][1:]  # under the heading
    assert len(rows) == 6  # five choices, one of them twice
    assert rows[0].startswith("| Jolien kijkt naar haar handen. Wat zeg je? | qwerty | geen gespreksbeurt")
    assert "| iets anders |" in rows[0]
    assert "Sorry... ik snap niet goed" not in rows[0] and "Die praat langs me heen" in rows[0]
    assert "Er wordt niet meteen naar papieren gevraagd" in rows[1]  # the binnenkant of the option
    assert "\\<script\\> alert(1)\\</script\\>" not in md and "\\<script\\>alert(1)\\</script\\> \\|" in md
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="javascript' not in page
    assert "## Spiegel van je eigen woorden" in md  # the mirror closes it
    # the best option at every choice, but one turn first meant none of them: the debrief says both
    assert ("Bij elke keuze die je uiteindelijk maakte, koos je de sterkste optie. Daarvoor hoorde de "
            "cliënt één keer iets anders") in md
    assert "Bij elke keuze koos je al de sterkste optie." not in md
    record = md.split("## Het hele gesprek")[1]
    assert "*Jouw beurt:* qwerty → iets anders" in record and "\\<script\\>alert(1)" in record
    said = [i.body for i in items if i.who == "client" and "Sorry" in i.body]
    assert said == ["“Sorry... I don't really follow what you mean. It's just about the meter.”"]


def _typed_energie(store, lib, lang: str, otherwise: dict[str, str]) -> int:
    """A typed play of rp-energie to its end, the best option at each choice; first, at the choices in
    `otherwise`, that turn, meaning none of the options. The session's id, closed."""
    conv, _ = Conversation.start(store, lib, "rp-energie", "oefening", "rehearse", lang, typed_play=True)
    while conv.engine.current is not None:
        step = conv.engine.current
        if step.kind != "choice":
            conv.submit(None if step.kind != "text" else "", conv.position())
            continue
        if step.id in otherwise:
            conv.say(otherwise[step.id], conv.position())
            conv.submit_otherwise(conv.position())
        best = max(step.options, key=lambda o: sum(o.scores.values()))
        conv.say(best.label.get(lang), conv.position())
        conv.submit(best.value, conv.position())
    conv.close()
    return conv.session.id


def _in_order(text: str, parts: list[str]) -> bool:
    """Each part in `text`, one right after the other (blank lines between them)."""
    at = text.index(parts[0])
    for before, part in zip(parts, parts[1:], strict=False):
        at += len(before)
        if not text[at:].lstrip("\n").startswith(part):
            return False
        at = text.index(part, at)
    return True


def test_the_record_shows_what_the_client_said_to_a_turn_that_meant_none_of_the_options(tmp_path, capsys):
    from guide.artefacts import export
    from guide.artefacts.transcript import history_items
    from guide.cli import main

    lib = library.load(include_user=False)
    store = Store(tmp_path / "data")
    try:
        sid = _typed_energie(store, lib, "nl", {"c_first": "qwerty *vet*", "c_tonight": "<b>ok</b>"})
        session = store.get(sid)
        nl = export.build(session, lib, [], "nl", store)
        en = export.build(session, lib, [], "en", store)
        again = Conversation.resume(store, lib, sid)  # as after a crash: the transcript rebuilt
        items = [(i.who, i.body) for i in history_items(again.engine, lib, "en", "before")]
        again.close()
    finally:
        store.close()
    record = nl.markdown.split("## Het hele gesprek")[1]
    assert _in_order(record, [
        "*Jouw beurt:* qwerty \\*vet\\* → iets anders",
        "**Jolien:** “Sorry... ik snap niet goed wat je bedoelt. Het is gewoon voor de meter.”",
        "*Binnenkant: Die praat langs me heen. Zie je wel, ik had beter niet kunnen komen.*",
        "*Jouw beurt:* Je zit hier goed."])
    assert _in_order(record, [
        "*Jouw beurt:* \\<b\\>ok\\</b\\> → iets anders",
        "**Jolien:** “Euh... ja. Ik weet niet goed wat je van mij wilt weten.”",
        "*Binnenkant: Wat moet ik daarop zeggen? Ik wil gewoon weten of we vanavond licht hebben.*",
        "*Jouw beurt:* Mag ik eerst iets vragen"])
    assert "Uh... yes. I don't really know what you want to know from me." in en.markdown
    page = en.html
    assert "Uh... yes. I don" in page and "what you want to know from me." in page
    assert "talking past me. See, I" in page  # her inner side then
    assert "<b>ok</b>" not in page and "&lt;b&gt;ok&lt;/b&gt;" in page
    # sessions show prints the same record
    assert main(["sessions", "show", str(sid), "--lang", "en", "--data-dir", str(tmp_path / "data")]) == 0
    shown = capsys.readouterr().out
    assert _in_order(shown, ["*Your turn:* \\<b\\>ok\\</b\\> → something else",
                             "**Jolien:** “Uh... yes. I don't really know what you want to know from me.”",
                             "*Inner side: What am I supposed to say to that?"])
    # the resumed conversation: her reaction right after the turn, its inner side with it
    turn = items.index(("you", "<b>ok</b>"))
    assert items[turn + 1:turn + 3] == [
        ("client", "“Uh... yes. I don't really know what you want to know from me.”"),
        ("inner", "What am I supposed to say to that? I just want to know whether we'll have light tonight.")]


def test_the_record_shows_the_neutral_reaction_and_no_skipped_choice_left_through_otherwise(ty, tmp_path):
    from guide.artefacts import export

    store = Store(tmp_path / "data")
    try:
        conv, _ = Conversation.start(store, ty, "ty", "oefening", "rehearse", "en", typed_play=True)
        for words, value in (("Goed", "warm"), ("qwerty", None), ("a", "a"), ("zzz", None)):
            conv.say(words, conv.position())
            if value is None:
                conv.submit_otherwise(conv.position())
            else:
                conv.submit(value, conv.position())
        conv.close()
        record = export.build(store.get(conv.session.id), ty, [], "en", store).markdown
    finally:
        store.close()
    record = record.split("## The whole conversation")[1]
    assert _in_order(record, ["*Your turn:* qwerty → something else",
                              "Rik looks at you for a moment. “What do you mean?”", "*Your turn:* a", "> A"])
    assert record.rstrip().endswith("*Your turn:* zzz → something else\n\n**Rik:** “I am leaving.”")
    assert "(skipped)" not in record  # c3 was left through its otherwise:, not skipped


def test_graph_draws_the_otherwise_edge(ty):
    from guide.flows import graph

    mermaid = graph.mermaid(ty.flows["ty"], "nl")
    assert '  s_c3 -->|"iets anders"| s_gone' in mermaid
    assert 'label="something else"' in graph.dot(ty.flows["ty"], "en")


def test_a_plan_plays_something_else(ty, tmp_path):
    from guide.run.plans import run_plan_file

    plan = tmp_path / "flows" / "ty.plan.yaml"
    plan.write_text("""\
flow: ty
plans:
  - name: something else twice, then warm; then leaving through otherwise
    otherwise: [c1, c1, c3]
    answers: {c1: warm, c2: a}
    expect:
      path: [c1, c1, c1, c2, c3]
      state: {trust: 0}
      ended: early
      scores: {krachtlijn-3: -1}
""", encoding="utf-8")
    results, problems = run_plan_file(plan, ty, "plan", "en")
    assert problems == [] and [r.messages("en") for r in results] == [[]]
    plan.write_text("flow: ty\nplans:\n  - name: a typo\n    otherwise: [c9]\n"
                    "    answers: {c1: warm, c2: a, c3: x}\n", encoding="utf-8")
    results, _ = run_plan_file(plan, ty, "plan", "en")
    assert results[0].messages("en") == [
        "otherwise: never played at c9 (not a choice on the path, or a typo?)"]


# -- the plain player ------------------------------------------------------------------------------------

def _args(tmp_path, flow: str, typed: bool = True):
    class Args:
        flows = [tmp_path / "flows"]
        data_dir = str(tmp_path / "data")
        label = "P-1"
        new = True
        job = None
        take_over = False
    Args.flow, Args.typed = flow, typed
    return Args


def test_the_player_picks_the_option_meant_and_reacts_neutrally_without_otherwise(ty, tmp_path, monkeypatch):
    import io

    from guide.cli import player
    from guide.cli.player import Terminal

    monkeypatch.setenv("BINDKRACHT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BINDKRACHT_SEED", "0")
    # c1: a turn, then "?" lists the options and 1 picks the one meant; c2: nonsense twice (no
    # otherwise: there), then a number 0 says something else is meant, then a turn picked as 2
    inp = io.StringIO("Hallo\n?\n1\nqwerty\n\nzxcv\n0\nNog iets\n2\n")
    out = io.StringIO()
    assert player.play(_args(tmp_path, "ty"), "nl", Terminal("nl", out=out, inp=inp)) == 0
    text = out.getvalue()
    assert "1) Warm" in text and "0) iets anders" in text  # listed only when asked
    assert "(Rik kijkt je even aan. \u201eHoe bedoel je?\u201d)" in text
    assert "(Rik zegt niets en wacht af.)" in text
    store = Store(tmp_path / "data")
    try:
        (session,) = store.list()
        eng = Engine.from_state(ty.flows, store.get(session.id).state, ty.programs)
    finally:
        store.close()
    assert [(x["text"], x["option"]) for x in eng.typed_turns()] == [
        ("Hallo", "warm"), ("qwerty", None), ("zxcv", None), ("Nog iets", "b")]


def test_typed_play_is_refused_for_a_flow_without_a_client(tmp_path):
    import subprocess
    import sys

    env = {"BINDKRACHT_CONFIG_DIR": str(tmp_path / "c"), "BINDKRACHT_DATA_DIR": str(tmp_path / "d"),
           "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "guide", "--lang", "en", "play", "intake", "--typed"],
                          capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "intake is not a role-play" in done.stdout + done.stderr


def test_stop_at_the_confirmation_keeps_the_words_and_asks_the_turn_again(ty, tmp_path, monkeypatch):
    import io

    from guide.cli import player
    from guide.cli.player import Terminal

    monkeypatch.setenv("BINDKRACHT_CONFIG_DIR", str(tmp_path / "config"))
    out = io.StringIO()
    term = Terminal("en", out=out, inp=io.StringIO("Hi\n:stop\n"))
    assert player.play(_args(tmp_path, "ty"), "en", term) == 0
    assert "bindkracht play ty" in out.getvalue()  # saved, and how to go on
    store = Store(tmp_path / "data")
    try:
        (session,) = store.list()
        eng = Engine.from_state(ty.flows, store.get(session.id).state, ty.programs)
    finally:
        store.close()
    assert eng.typed and eng.said == {"ty/c1": "Hi"} and eng.typed_turns() == [] and eng.current.id == "c1"
