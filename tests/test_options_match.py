"""Typed play's matcher (guide/moves/options.py): the paraphrase data refers to real options and holds the
agreed counts for every role-play, nonsense and key-word strings never reach an option, a few typed turns on
rp-energie land on the option they mean (or on none), and `bindkracht moves --jsonl` with a flow and step.

The turns written here are this file's own; the rows of tests/data/options/ are only counted and checked for
what they refer to (the benchmark alone scores the test rows). Dev rows (*.dev.jsonl) are checked for their
format and are extra to the agreed counts."""

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from guide.base.i18n import t
from guide.flows import library
from guide.moves.options import OptionMatch, features, match, no_turn

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "options"
SCENARIOS = sorted(
    p.stem for p in (ROOT / "flows" / "scenarios").glob("*.yaml") if not p.name.endswith(".plan.yaml")
)


@pytest.fixture(scope="module")
def flows():
    return library.load(flow_dirs=[], include_user=False).flows


def _stems(text: str) -> set[str]:  # the data's overlap, as the data format defines it
    return {w[:5] for w in re.findall(r"[^\W\d_]+", text.lower()) if len(w) >= 4}


def _low(turn: str, label: str) -> bool:
    s = _stems(turn)
    return len(s & _stems(label)) / max(1, len(s)) <= 0.25


def _rows(lang: str, flow_id: str) -> list[dict]:
    out = []
    for path in (DATA / lang / f"{flow_id}.jsonl", DATA / lang / f"{flow_id}.extra.jsonl"):
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            out += [json.loads(line) for line in lines if line.strip()]
    return out


# written blind later, one split per round, each scored once when it came
FRESH = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8")


def test_every_data_row_names_a_choice_and_one_of_its_options(flows):
    for path in sorted(DATA.glob("*/*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            row = json.loads(line)
            where = f"{path.relative_to(ROOT)}:{n}"
            fresh = path.name.split(".")[1] in FRESH  # FLOW.fresh.jsonl: split "fresh"
            labelled_twice = fresh or row.get("split") == "test"  # the test rows got a blind second label too
            keys = ["flow", "step", "turn", "option", "split"] + (["second"] if labelled_twice else [])
            assert list(row) == keys, where
            assert path.parent.name in ("nl", "en"), where
            assert row["split"] in ("train", "test", "dev", *FRESH), where
            part = path.name.split(".")[1]
            assert row["split"] == part if fresh else row["split"] not in FRESH, where
            assert path.name.split(".")[0] == row["flow"] and row["flow"] in flows, where
            step = flows[row["flow"]].step_map().get(row["step"])
            assert step is not None and step.kind == "choice", where
            assert row["option"] is None or row["option"] in {o.value for o in step.options}, where
            assert isinstance(row["turn"], str) and row["turn"].strip(), where
            if labelled_twice:  # the blind second label
                assert row["second"] is None or row["second"] in {o.value for o in step.options}, where


# per option: (rows, low-overlap rows, test rows, low-overlap test rows, train rows); per moment for none:
# (rows, test rows, train rows)
LEAST = {"nl": ((5, 3, 2, 1, 3), (4, 2, 2)), "en": ((2, 1, 1, 0, 1), (2, 1, 1))}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("flow_id", SCENARIOS)
def test_every_option_of_every_role_play_has_its_paraphrases(flows, flow_id, lang):
    rows = _rows(lang, flow_id)
    assert rows, f"no {lang} paraphrases for {flow_id} in {DATA / lang}"
    per_option, least_none = LEAST[lang]
    short = []
    for step in (s for s in flows[flow_id].steps() if s.kind == "choice"):
        here = [r for r in rows if r["step"] == step.id]
        for option in step.options:
            label = option.label.get(lang)
            mine = [r for r in here if r["option"] == option.value]
            counts = (len(mine), sum(_low(r["turn"], label) for r in mine),
                      sum(r["split"] == "test" for r in mine),
                      sum(r["split"] == "test" and _low(r["turn"], label) for r in mine),
                      sum(r["split"] == "train" for r in mine))
            if any(have < need for have, need in zip(counts, per_option, strict=True)):
                short.append(f"{step.id} {option.value}: {counts} < {per_option}")
        none = Counter(r["split"] for r in here if r["option"] is None)
        counts = (none["test"] + none["train"], none["test"], none["train"])
        if any(have < need for have, need in zip(counts, least_none, strict=True)):
            short.append(f"{step.id} (something else): {counts} < {least_none}")
    assert not short, f"{flow_id} ({lang}) lacks paraphrases: " + "; ".join(short)


NONSENSE = {
    "nl": ["open vraag empathie presentie luisteren", "reflectie samenvatting autonomie krachtlijn",
           "asdf qwerty jklm", "hoe voel je knap jij beslist samen", "empathie empathie empathie",
           "afspraak ontvangstbewijs budgetmeter krachtlijn", "meter papieren geld regelen", "", "   ",
           "test", "hmm ok"],
    "en": ["open question empathy presence listening", "reflection summary autonomy strengths",
           "asdf qwerty jklm", "how do you feel brave you decide together", "empathy empathy empathy",
           "appointment receipt meter papers", "meter papers money sort", "", "ok", "test"],
}


def _none_line(found: OptionMatch, turn: str, lang: str, context: str | None = None) -> str:
    """No option: a turn that is no move says why (the reader's reason), any other says it matched none."""
    if no_turn(turn, found.reading, lang, context):
        why = found.reading.why
        return t("matching.understood.no-turn", lang, why=why[:1].upper() + why[1:])
    return t("matching.understood.none", lang)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_nonsense_and_key_word_strings_never_reach_an_option(flows, lang):
    for flow_id in ("rp-energie", "rp-caw", "case-dewitte"):
        for step in (s for s in flows[flow_id].steps() if s.kind == "choice"):
            for turn in NONSENSE[lang]:
                found = match(turn, step, lang)
                assert found.option is None, (flow_id, step.id, turn, found.ranked)
                assert found.understood == _none_line(found, turn, lang)


# turns written for this test, as a learner might type them at rp-energie's choices
TYPED = [
    ("nl", "c_first", "Rustig maar, ge zijt hier op de goeie plek. Wat is er aan de hand met uw meter?",
     "welcome"),
    ("nl", "c_first", "Hoeveel euro moet erop? Ik zet het er direct voor u op.", "fix_now"),
    ("nl", "c_first", "Hebt ge uw identiteitskaart en uw loonfiches bij? Anders kan ik niks doen.",
     "papers"),
    ("nl", "c_first", "Wat een weer vandaag, hè", None),
    ("nl", "c_tonight", "Hoe komt da, dat die meter zo rap leeg is? Laat ge de verwarming aanstaan?",
     "why_empty"),
    ("nl", "c_shame", "Ge moet u daar echt nie voor schamen hoor, iedereen heeft het lastig. Kom, we zoeken "
                      "een oplossing.", "cheer"),
    ("nl", "c_rights", "Zullen we samen nakijken op welke premies ge recht hebt? Gij beslist waar we "
                       "beginnen.", "check_rights"),
    ("nl", "c_rights", "Hoe oud is uw dochter?", None),
    ("en", "c_first", "Take your time, you're in the right place. What's happening with the meter?",
     "welcome"),
    ("en", "c_rights", "Leave that bill with me, I'll ring the supplier and sort out a payment plan.",
     "take_over"),
    ("en", "c_shame", "Do you like football?", None),
]


@pytest.mark.parametrize(("lang", "step_id", "turn", "expected"), TYPED)
def test_a_typed_turn_on_rp_energie_means_its_option_or_none(flows, lang, step_id, turn, expected):
    step = flows["rp-energie"].step_map()[step_id]
    found = match(turn, step, lang, context="Dag. Het is voor de meter.")
    assert isinstance(found, OptionMatch) and found.option == expected, found.ranked
    assert {value for value, _ in found.ranked} == {o.value for o in step.options}
    assert all(0.0 <= score <= 1.0 for _, score in found.ranked)
    assert [score for _, score in found.ranked] == sorted((score for _, score in found.ranked), reverse=True)
    if expected is None:
        assert found.understood == _none_line(found, turn, lang, "Dag. Het is voor de meter.")
    else:
        label = next(o.label.get(lang) for o in step.options if o.value == expected)
        quoted = found.understood.split("“", 1)[1].rstrip("”")
        assert quoted == " ".join(label.split())  # the matched option's words, all of them: they are accepted


# turns written for this test: a stance (rescuing, silence as a stage direction) and a Dutch compound of
# known words, at case-dewitte's first choice and rp-energie's
STANCES = [
    ("case-dewitte", "i_welcome", "nl", "(zwijgt)", "sit_wait"),
    ("case-dewitte", "i_welcome", "nl", "*wacht even*", "sit_wait"),
    ("case-dewitte", "i_welcome", "nl", "Ik laat een stilte vallen.", "sit_wait"),
    ("case-dewitte", "i_welcome", "en", "(you stay quiet and wait for her)", "sit_wait"),
    ("case-dewitte", "i_welcome", "nl", "Toon mij dat papier maar, ik fiks dat wel voor u, geen paniek.",
     "take_letter"),
    ("case-dewitte", "i_welcome", "en", "Hand me that letter, I will sort it out for you, no panic.",
     "take_letter"),
    ("case-dewitte", "i_welcome", "nl", "Lust ge suiker in uw koffie?", None),
    ("rp-energie", "c_first", "nl", "Hoeveel moet er op de kaart? Dat doe ik direct voor u.", "fix_now"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "lang", "turn", "expected"), STANCES)
def test_a_stance_or_a_stage_direction_reaches_the_option_that_takes_it(flows, flow_id, step_id, lang, turn,
                                                                        expected):
    found = match(turn, flows[flow_id].step_map()[step_id], lang)
    assert found.option == expected, found.ranked


def test_a_dutch_compound_is_read_by_its_known_parts():
    assert {"c:bill", "c:health"} <= features("ziekenhuisfactuur", "nl")  # a known beginning, a known end
    assert {"c:children", "c:school"} <= features("kinderopvang", "nl")


def test_a_dutch_verb_split_by_its_sentence_is_read_whole():
    assert "c:do_for" in features("Ik neem dat van u over.", "nl")  # 'overnemen'
    assert "c:look" in features("Ik zoek dat voor u uit, goed?", "nl")  # 'uitzoeken'
    assert "c:do_for" not in features("Ik neem over een week een besluit.", "nl")  # not at the end


def test_the_same_turn_always_gets_the_same_answer(flows):
    step = flows["rp-energie"].step_map()["c_first"]
    turn = "ge zit hier goed, vertel maar wat er scheelt"
    assert len({match(turn, step, "nl") for _ in range(3)}) == 1


def _bindkracht(*args: str, stdin: bytes) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "guide", *args], input=stdin, capture_output=True, cwd=ROOT,
                          env=env, timeout=120)


def test_moves_jsonl_with_a_flow_and_step_answers_the_option_and_every_bad_line():
    lines = [
        {"turn": "Neem gerust uw tijd, ge zit hier goed. Wat scheelt er met de meter?", "lang": "nl",
         "flow": "rp-energie", "step": "c_first"},
        {"turn": "open vraag empathie presentie luisteren", "lang": "nl", "flow": "rp-energie",
         "step": "c_first"},
        {"turn": "Leave the bill with me, I'll call the supplier.", "lang": "en", "flow": "rp-energie",
         "step": "c_rights"},
        {"turn": "x", "lang": "nl", "flow": "rp-bestaat-niet", "step": "c_first"},
        {"turn": "x", "lang": "nl", "flow": "rp-energie", "step": "geen_stap"},
        {"turn": "x", "lang": "nl", "flow": "rp-energie", "step": "e_open"},
        {"turn": "x", "lang": "nl", "flow": "rp-energie"},
        {"turn": "Komt wel goed", "lang": "nl"},
    ]
    stdin = b"\n".join(json.dumps(line).encode() for line in lines) + b"\n"
    done = _bindkracht("moves", "--jsonl", "--lang", "en", stdin=stdin)
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    out = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert len(out) == len(lines)
    assert out[0]["option"] == "welcome" and out[0]["move"] == "open_question" and out[0]["why"]
    assert set(out[0]) == {"move", "secondary", "why", "option", "understood"}
    assert out[1]["option"] is None and out[1]["move"] == "not_a_turn"
    assert out[2]["option"] == "take_over"
    assert out[3] == {"error": t("cli.moves.err.flow", "en", flow="rp-bestaat-niet")}
    assert out[4] == {"error": t("cli.moves.err.step", "en", flow="rp-energie", step="geen_stap")}
    assert out[5] == {"error": t("cli.moves.err.not-choice", "en", step="e_open", kind="line")}
    assert out[6] == {"error": t("cli.moves.err.flow-step", "en")}
    assert set(out[7]) == {"move", "secondary", "why"}  # without a flow: the reading alone
    done = _bindkracht("moves", "--jsonl", "--lang", "nl", stdin=json.dumps(lines[3]).encode() + b"\n")
    assert json.loads(done.stdout) == {"error": t("cli.moves.err.flow", "nl", flow="rp-bestaat-niet")}


@pytest.mark.parametrize(("flow_id", "step_id", "turn", "allowed"), [
    # small talk means none of the options
    ("rp-energie", "c_tonight", "Het weer is mooi vandaag he, heb je het hier goed kunnen vinden?", {None}),
    ("rp-energie", "c_first", "Het weer is mooi vandaag he, heb je het hier goed kunnen vinden?", {None}),
    ("rp-energie", "c_first", "Wil je een koffie? Heb je een parking gevonden?", {None}),
    # a blaming why-question never means the rescue: the blaming option or none
    ("rp-energie", "c_tonight", "Waarom heb je die facturen dan niet gewoon op tijd betaald?",
     {"why_empty", None}),
    # a reflection never means a question about something else
    ("rp-energie", "c_shame", "Ik hoor dat je het echt moeilijk hebt en dat je al lang alleen vecht",
     {"normalise", None}),
    ("case-dewitte", "i_scope", "Dat moet zwaar zijn, alles alleen dragen met twee kinderen.",
     {"ask_school", "rent_only", None}),
])
def test_small_talk_blame_and_reflection_never_reach_an_option_of_another_kind(flows, flow_id, step_id, turn,
                                                                                allowed):
    found = match(turn, flows[flow_id].step_map()[step_id], "nl")
    assert found.option in allowed, (found.reading.move, found.ranked)


def test_a_turn_whose_words_clearly_mean_an_option_is_not_held_back_by_a_misread_move(flows):
    """'I need your ID card and payslips' is read as a reflection (a statement); the words still mean the
    papers option, which a guard on the reading alone used to refuse (it then matched the rescue)."""
    step = flows["rp-energie"].step_map()["c_first"]
    context = "Hi. I'm not sure I'm in the right place. It's about the meter... the electricity."
    for turn in ("Before we start, I need your ID card and payslips.",
                 "I need to see your ID and your payslips first."):
        assert match(turn, step, "en", context).option == "papers"


def test_something_else_names_the_client_of_the_role_play(flows):
    flow = flows["rp-energie"]
    step = flow.step_map()["c_tonight"]
    assert flow.persona
    for lang in ("nl", "en"):
        found = match("Het weer is mooi vandaag he?", step, lang, persona=flow.persona)
        assert found.option is None and flow.persona in found.understood
        assert found.understood == t("matching.understood.none.named", lang, name=flow.persona)
        # without a name (the old call) the line stays as it was
        assert match("Het weer is mooi vandaag he?", step, lang).understood == t("matching.understood.none",
                                                                                 lang)


def test_the_shipped_example_turns_are_the_example_rows_and_nothing_else():
    from benchmarks.options import EXAMPLES
    from benchmarks.train_options import OUT, text

    assert "train" in EXAMPLES and not {"dev", "test", "fresh8"} & set(EXAMPLES)

    assert OUT.read_text(encoding="utf-8") == text(), "run python -m benchmarks.train_options"
    shipped = json.loads(OUT.read_text(encoding="utf-8"))
    examples = Counter((lang, flow, step, turn, option) for lang, flows_ in shipped.items()
                       for flow, steps in flows_.items() for step, rows in steps.items()
                       for turn, option in rows)
    train = Counter()
    for path in DATA.glob("*/*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {"split": None}
            if row["split"] in EXAMPLES:
                train[(path.parent.name, row["flow"], row["step"], row["turn"], row["option"])] += 1
    assert examples and examples == train


def test_a_turn_worded_like_an_example_of_the_choice_means_that_example_s_option(flows):
    # Without its flow (no examples) the words alone point elsewhere; the examples written for this choice
    # carry it to the option it means, typo and all.
    step = flows["case-dewitte"].step_map()["r_papers"]
    turn = ("Kom we doen het met ons twee. Gij scheurt ze open, ik leg uit wat er bedoeld wordt, we "
            "sorteren: belangrijk, later, vuilbak. Gij kiest de volgorde")
    assert match(turn, step, "nl").option != "together"
    assert match(turn, step, "nl", flow="case-dewitte").option == "together"


def test_a_turn_worded_like_an_example_that_means_no_option_stays_something_else(flows):
    step = flows["case-dewitte"].step_map()["i_next"]
    assert match("Tot de volgende keer dan!", step, "nl").option is not None
    assert match("Tot de volgende keer dan!", step, "nl", flow="case-dewitte").option is None


def test_examples_never_carry_nonsense_or_key_words_to_an_option(flows):
    step = flows["rp-energie"].step_map()["c_first"]
    for turn in ("budgetmeter loonfiches identiteitskaart", "asdf qwerty", "welkom welkom welkom"):
        assert match(turn, step, "nl", flow="rp-energie").option is None, turn


@pytest.mark.parametrize(("flow_id", "step_id", "turn"), [
    ("rp-energie", "c_rights", "Hoeveel bedraagt die oude rekening nog?"),
    ("rp-schulden", "c_partner", "Hoe oud zijn de kinderen?"),
])
def test_a_short_question_on_the_side_is_something_else_not_the_option_it_shares_a_word_with(
        flows, flow_id, step_id, turn):
    assert match(turn, flows[flow_id].step_map()[step_id], "nl", flow=flow_id).option is None


@pytest.mark.parametrize(("lang", "turn"), [
    ("nl", "Wat voor werk doet ge eigenlijk, kuisen bij de mensen thuis of in een bureel?"),
    ("en", "What sort of work do you do exactly, cleaning in people's homes or in offices?"),
])
def test_a_side_question_worded_like_the_turns_that_mean_no_option_is_something_else(flows, lang, turn):
    # By the words alone it shares enough with an option about her work hours; the example turns of this
    # choice that mean no option sound much more alike, so it is a question on the side.
    step = flows["case-dewitte"].step_map()["i_next"]
    assert match(turn, step, lang).option is not None
    assert match(turn, step, lang, flow="case-dewitte").option is None


def test_a_pause_in_a_typed_play_says_why_the_client_hears_something_else(flows):
    step = flows["rp-energie"].step_map()["c_first"]
    found = match("sorry, ik ben de draad kwijt", step, "nl", persona="Jolien", flow="rp-energie")
    assert found.option is None
    assert found.understood.startswith("Geen gespreksbeurt: je neemt even tijd")
    assert "Jolien" in found.understood


def test_advice_put_as_a_question_with_more_said_after_it_still_means_the_advice(flows):
    step = flows["rp-isolement"].step_map()["b4_choice"]
    turn = "Hebt ge al eens aan een serviceflat gedacht? Ik kan u op een lijst zetten, voor het geval dat."
    assert match(turn, step, "nl", flow="rp-isolement").option == "care_home"


def test_a_question_about_the_exercise_tells_the_learner_why_the_client_hears_something_else(flows):
    step = flows["rp-energie"].step_map()["c_first"]
    found = match("hoe lang duurt dit rollenspel nog?", step, "nl", persona="Jolien", flow="rp-energie")
    assert found.option is None
    assert found.understood == ("Geen gespreksbeurt: gezegd tegen de groep, de trainer of de app, "
                                "niet tegen de cliënt, 'rollenspel'. Jolien hoort iets anders.")


@pytest.mark.parametrize(("flow_id", "step_id", "turn"), [
    ("rp-caw", "b2_choice", "heb je op dit moment nog een job?"),  # an option asks why she left
    ("rp-gpmi", "b2_choice", "hoe lang krijg je nu al een leefloon?"),  # an option asks how home is
    ("rp-jeugdzorg", "c_start", "Woon je al alleen of nog in de voorziening?"),
])
def test_a_short_question_that_shares_a_word_with_an_asking_option_is_a_side_question(flows, flow_id,
                                                                                    step_id, turn):
    step = flows[flow_id].step_map()[step_id]
    assert match(turn, step, "nl").option is None  # by the words alone
    assert match(turn, step, "nl", flow=flow_id).option is None


def test_a_short_question_whose_every_word_is_the_option_s_still_means_it(flows):
    step = flows["rp-energie"].step_map()["c_first"]  # '... bij? Zonder die papieren ...'
    assert match("Heb je je papieren bij?", step, "nl").option == "papers"
    assert match("Heb je je papieren bij?", step, "nl", flow="rp-energie").option == "papers"
