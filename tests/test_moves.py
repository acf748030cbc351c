"""The move reader (guide.moves) and `bindkracht moves`: each move and each hard case of docs/moves.md read
as a learner types them, nonsense and keyword stuffing never read as a good move, reasons that quote only the
words typed, the command's two modes and its bad input, and an import that stays light and Textual-free.

The examples here are written for these tests; the labelled turns in tests/data/moves/ are only used to check
that every reason quotes the typed text."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from guide.base.i18n import t
from guide.moves import GOOD_MOVES, MOVES, WARNED_MOVES, Reading, describe, read

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "moves"

# (turn, the client's last line or None, move, secondary or None when any)
NL = [
    ("Hoe is dat nu voor jou?", None, "open_question", None),
    ("wat maakt het zo zwaar", None, "open_question", None),
    ("Vertel eens wat er gebeurd is.", None, "open_question", None),
    ("Heb je al gebeld naar de verhuurder?", None, "closed_question", None),
    ("zijt ge al naar t ocmw geweest", None, "closed_question", None),
    ("Wil je koffie of thee?", None, "closed_question", None),
    ("Je bent het echt beu.", "Ik ben het echt beu, elke week weer een brief.", "reflection", None),
    ("ge ziet het ni meer zitten", "Ik weet het niet meer, alles loopt mis.", "reflection", None),
    ("Het voelt alsof niemand naar je luistert.", "Niemand luistert naar mij.", "reflection", None),
    ("Als ik het goed hoor: de huur is te laat, je zus helpt niet meer en je slaapt slecht. Klopt dat?", None,
     "summary", None),
    ("Knap dat je toch gekomen bent, ondanks alles.", None, "affirmation", None),
    ("Je zorgt echt goed voor je kinderen, ook nu het krap is.", None, "affirmation", None),
    ("Mag ik iets voorstellen?", None, "autonomy_permission", None),
    ("Jij beslist wat we eerst doen.", None, "autonomy_permission", None),
    ("Ik ben Sarah van het OCMW.", None, "information", None),
    ("Wat je hier zegt, blijft bij mij, behalve als iemand in gevaar is.", None, "information", None),
    ("Je moet die brief echt openen.", None, "advice", None),
    ("Best dat ge eerst uw zus belt.", None, "advice", None),
    ("Dat had je beter moeten weten.", None, "confront", None),
    ("Zo kom je er nooit.", None, "confront", None),
    ("Komt wel goed.", None, "reassure", None),
    ("Maak je geen zorgen, dat valt allemaal wel mee.", None, "reassure", None),
]
EN = [
    ("How is that for you?", None, "open_question", None),
    ("what makes it so hard right now", None, "open_question", None),
    ("Did you call the landlord yet?", None, "closed_question", None),
    ("how old is your son", None, "closed_question", None),
    ("You're really fed up with it.", "I'm so done with all these letters.", "reflection", None),
    ("it sounds like nobody listens to you", "Nobody ever listens to me.", "reflection", None),
    ("So to sum up: the rent is late, your sister stopped helping and you sleep badly. Is that right?", None,
     "summary", None),
    ("It took real courage to come here today.", None, "affirmation", None),
    ("Can I share an idea with you?", None, "autonomy_permission", None),
    ("It's up to you what we look at first.", None, "autonomy_permission", None),
    ("My name is Sam, I work at the social welfare centre.", None, "information", None),
    ("You need to open that letter today.", None, "advice", None),
    ("why dont you just call her", None, "advice", None),
    ("Why didn't you report it?", None, "confront", None),
    ("you should have known better", None, "confront", None),
    ("don't worry, it'll be fine", None, "reassure", None),
    ("everyone has debts these days", None, "reassure", None),
]
# the hard cases of docs/moves.md, in the order of its labelling rules
HARD = [
    ("nl", "Je bent het beu. Wat wil je nu?", None, "open_question", "reflection"),  # 1: the last move
    ("nl", "je bent boos?", "Ze hebben mijn uitkering gewoon stopgezet!", "reflection",
     None),  # 2: '?' by habit
    ("nl", "waarom is dat belangrijk voor jou?", None, "open_question", None),  # 3: neutral 'waarom'
    ("nl", "waarom heb je dat niet gemeld?", None, "confront", None),  # 3: blaming 'waarom'
    ("nl", "waarom zijt ge ni eerder gekomen", None, "confront", None),
    ("nl", "Zou je niet beter eerst je zus bellen?", None, "advice", None),  # 4: advice as a question
    ("nl", "Waarom bel je ze niet gewoon?", None, "advice", None),
    ("nl", "Hoe oud is je zoon?", None, "closed_question", None),  # 5: one fact
    ("nl", "Hoeveel betaal je huur?", None, "closed_question", None),
    ("nl", "Je kan je zus bellen, maar jij beslist.", None, "autonomy_permission", "advice"),  # 6: the choice
    ("nl", "Mag ik iets zeggen? Bel gewoon je zus.", None, "advice", "autonomy_permission"),  # 6: not waiting
    ("nl", "ok", None, "not_a_turn", None),  # 7: minimal sounds
    ("nl", "Ja, ik hoor je", None, "not_a_turn", None),
    ("nl", "Ik schaam me zo", "Ik schaam me zo", "not_a_turn", None),  # 8: a copy
    ("nl", "Beschaamd.", "Ik schaam me zo voor die brief.", "reflection", None),  # 8: one word and a feeling
    ("nl", "open vraag reflectie empathie", None, "not_a_turn", None),  # 9: method words
    ("nl", "goed zo", None, "not_a_turn", None),  # 10: generic praise
    ("nl", "ach, iedereen heeft schulden", None, "reassure", None),  # 11: normalising instead of hearing
    ("en", "You're angry. What would you like to happen now?", None, "open_question", "reflection"),
    ("en", "why is that important to you?", None, "open_question", None),
    ("en", "why didnt you tell anyone", None, "confront", None),
    ("en", "have you thought about moving out", None, "advice", None),
    ("en", "May I say something? Call your sister.", None, "advice", "autonomy_permission"),
]
NOT_A_TURN = {
    "nl": ["", "   ", "asdfgh", "qsdfghjklm", "test", "...", "😊", "😢😢", "?!?", "ok", "hm", "ja", "mmm",
           "Ja, ik hoor je", "goed zo", "super", "jkjkjkjk", "12345"],
    "en": ["", "asdf", "qwertyuiop", "test", "...", "👍", "ok", "hmm", "yeah i hear you", "nice",
           "well done!", "zxcvbnm"],
}
STUFFED = {
    "nl": ["open vraag reflectie empathie", "hoe voel je knap jij beslist mag ik",
           "reflectie samenvatting empathie", "empathie presentie bindkracht",
           "LSD: luisteren, samenvatten, doorvragen", "open vraag? reflectie!", "jij kiest hoe voel knap",
           "waarom hoe vertel samen", "empathie hoe voel jij", "sterk knap samen zelf",
           "reflectie: je voelt je boos. open vraag?"],
    "en": ["open question reflection empathy", "reflection summary affirmation autonomy",
           "empathy rapport OARS", "motivational interviewing reflection", "choose together how brave",
           "what how feel sounds like"],
}
# real turns made of warm words, which must stay what they are
WARM_TURNS = [("nl", "Mag ik vragen hoe je je voelt?"), ("nl", "wat voel je, hoe komt dat"),
              ("nl", "Hoe voel je je daarbij?"), ("en", "how do you feel about that"),
              ("en", "It sounds like you feel trapped")]


@pytest.mark.parametrize("turn,context,move,secondary", NL)
def test_each_move_in_dutch(turn, context, move, secondary):
    reading = read(turn, "nl", context)
    assert reading.move == move, reading.why
    assert secondary is None or reading.secondary == secondary


@pytest.mark.parametrize("turn,context,move,secondary", EN)
def test_each_move_in_english(turn, context, move, secondary):
    reading = read(turn, "en", context)
    assert reading.move == move, reading.why


def test_every_move_has_an_example_in_both_languages():
    assert {m for _, _, m, _ in NL} == set(MOVES) - {"not_a_turn"} == {m for _, _, m, _ in EN}


@pytest.mark.parametrize("lang,turn,context,move,secondary", HARD)
def test_the_hard_cases_read_as_docs_moves_decides(lang, turn, context, move, secondary):
    reading = read(turn, lang, context)
    assert (reading.move, reading.secondary if secondary else None) == (move, secondary), reading.why


def test_flemish_and_chat_spelling_read_like_standard_dutch():
    pairs = [("Heb je al naar het OCMW gebeld?", "hebde al naar t ocmw gebeld"),
             ("Waarom heb je dat niet gemeld?", "waarom hedde da ni gemeld"),
             ("Je moet die brief openen.", "ge moet die brief efkes opendoen"),
             ("Je ziet het niet meer zitten.", "ge ziet het ni meer zitten"),
             ("Komt wel goed.", "komt wel goe")]
    for standard, chat in pairs:
        assert read(chat, "nl").move == read(standard, "nl").move, chat


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_nonsense_is_not_a_turn(lang):
    for text in NOT_A_TURN[lang]:
        reading = read(text, lang)
        assert reading.move == "not_a_turn", (text, reading.why)
        assert reading.secondary is None


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_keyword_stuffing_is_never_a_good_move(lang):
    for text in STUFFED[lang]:
        assert read(text, lang).move == "not_a_turn", text


def test_warm_words_in_a_real_sentence_are_no_stuffing():
    for lang, text in WARM_TURNS:
        assert read(text, lang).move in GOOD_MOVES, text


def test_a_copy_of_the_clients_line_is_not_a_turn_but_a_reflection_mirrors_it():
    client = "Ze hebben mijn uitkering stopgezet en niemand zegt me waarom."
    assert read(client, "nl", client).move == "not_a_turn"
    assert read(client.lower().rstrip("."), "nl", client).move == "not_a_turn"
    assert read("uitkering stopgezet niemand waarom", "nl", client).move == "not_a_turn"
    assert (
        read("Je voelt je in de steek gelaten, niemand legt het je uit.", "nl", client).move == "reflection"
    )
    assert read(client, "nl").move != "not_a_turn"  # without the client's line it is no copy


def _quoted_only_typed_words(text: str, reading: Reading) -> None:
    """Every quoted part of the reason is a cue, and every cue is typed text."""
    rest = reading.why
    for cue in reading.cues:
        assert cue and cue in text, (text, cue)
        assert f"'{cue}'" in rest, (reading.why, cue)
        rest = rest.replace(f"'{cue}'", "", 1)
    for own in ("zo'n", "'waarom'", "'why'"):  # quotes of the reason's own words
        rest = rest.replace(own, "")
    assert "'" not in rest, (reading.why, rest)


def _rows():
    for lang in ("nl", "en"):
        path = DATA / f"{lang}.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    yield lang, json.loads(line)


def test_every_reason_quotes_only_words_of_the_turn_over_all_labelled_turns():
    rows = list(_rows())
    assert len(rows) >= 800
    for lang, row in rows:
        reading = read(row["turn"], lang, row.get("context"))
        assert reading.move in MOVES and (reading.secondary is None or reading.secondary in MOVES)
        assert reading.secondary != reading.move
        assert reading.why.startswith(describe(reading.move, lang)), reading.why
        assert reading.cues or reading.move == "not_a_turn", (row["turn"], reading.why)
        _quoted_only_typed_words(row["turn"], reading)


def test_every_reason_quotes_only_words_of_the_hand_examples():
    for lang, cases in (("nl", NL), ("en", EN)):
        for turn, context, _, _ in cases:
            _quoted_only_typed_words(turn, read(turn, lang, context))
    for lang, texts in NOT_A_TURN.items():
        for text in texts:
            _quoted_only_typed_words(text, read(text, lang))


def test_the_reason_speaks_the_language_and_names_the_deciding_words():
    reading = read("Heb je al gebeld?", "nl")
    assert reading.why == "een gesloten vraag: begint met een werkwoord, 'Heb je'"
    assert reading.cues == ("Heb je",)
    assert read("Did you call them?", "en").why == "a closed question: starts with a verb, 'Did you'"


def test_names_for_people_exist_in_both_languages():
    for move in MOVES:
        for lang in ("nl", "en"):
            assert describe(move, lang) != f"moves.name.{move}"
    assert describe("open_question", "nl") == "een open vraag"
    assert describe("open_question", "en") == "an open question"
    assert GOOD_MOVES.isdisjoint(WARNED_MOVES) and (GOOD_MOVES | WARNED_MOVES) < set(MOVES)


def test_the_moves_are_those_of_docs_moves_in_its_order():
    table = (ROOT / "docs" / "moves.md").read_text(encoding="utf-8").split("## The eleven moves")[1]
    assert tuple(re.findall(r"^\| `(\w+)` \|", table, flags=re.M)[:11]) == MOVES


def test_an_unknown_language_reads_as_dutch_and_a_long_turn_stays_quick():
    assert read("Heb je al gebeld?", "fr").move == "closed_question"
    reading = read("ge zijt het beu en " * 5000, "nl", "x" * 100000)
    assert reading.move in MOVES


# the command


def _bindkracht(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "guide", *args], input=stdin, capture_output=True, cwd=ROOT,
                          env=env, timeout=120)


def test_the_command_prints_the_reading_in_words():
    done = _bindkracht("moves", "Heb je al gebeld?", "--lang", "nl")
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert "een gesloten vraag (closed_question)" in out
    assert "'Heb je'" in out
    done = _bindkracht("moves", "You're scared. What would help?", "--context",
                       "I'm scared they'll cut me off.", "--lang", "en")
    out = done.stdout.decode()
    assert done.returncode == 0 and "move: an open question" in out and "also: a reflection" in out
    assert out.splitlines()[-1].startswith("why: ")


def test_a_turn_with_bytes_that_are_not_utf8_is_refused_with_a_message_as_in_json_lines():
    done = subprocess.run([sys.executable, "-m", "guide", "moves", b"caf\xe9 ok", "--lang", "en"],
                          capture_output=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2 and done.stdout == b""
    assert b"not valid UTF-8 text" in done.stderr and b"Traceback" not in done.stderr


def test_the_command_reads_json_lines_in_order_and_answers_every_bad_line():
    lines = [
        json.dumps({"turn": "Komt wel goed", "lang": "nl"}).encode(),
        b"not json",
        json.dumps({"lang": "nl"}).encode(),
        json.dumps({"turn": 5, "lang": "nl"}).encode(),
        b"\xff\xfe{}",
        json.dumps([1, 2]).encode(),
        json.dumps({"turn": "x", "lang": "fr"}).encode(),
        json.dumps({"turn": "x", "lang": "nl", "context": 3}).encode(),
        json.dumps({"turn": "Ik schaam me", "lang": "nl", "context": "Ik schaam me"}).encode(),
        json.dumps({"turn": "You must call her.", "lang": "en", "context": None}).encode(),
        b"",
        b"[" * 100000,
    ]
    done = _bindkracht("moves", "--jsonl", stdin=b"\n".join(lines) + b"\n")
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    out = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert len(out) == len(lines)
    assert (
        out[0] == {"move": "reassure", "secondary": None, "why": out[0]["why"]}
        and "'Komt wel goed'" in out[0]["why"]
    )
    assert all(set(answer) == {"error"} for answer in out[1:8] + out[10:]), out
    assert out[8]["move"] == "not_a_turn"
    assert out[9]["move"] == "advice" and set(out[9]) == {"move", "secondary", "why"}


def test_the_command_refuses_no_text_and_both_without_a_traceback():
    for args in (("moves",), ("moves", "tekst", "--jsonl")):
        done = _bindkracht(*args, "--lang", "nl")
        assert done.returncode == 2 and b"Traceback" not in done.stderr
        assert t("cli.moves.one-of", "nl").encode() in done.stderr


def test_the_command_has_help_in_both_languages():
    for lang, word in (("nl", "beweging"), ("en", "move")):
        done = _bindkracht("moves", "--help", "--lang", lang)
        assert done.returncode == 0 and word in done.stdout.decode()


def test_importing_the_reader_is_light_and_textual_free():
    code = ("import sys, guide.moves as m; light = 'guide.moves.reader' not in sys.modules; "
            "r = m.read('Heb je al gebeld?', 'nl'); "
            "print(light, r.move, any(n.split('.')[0] in ('textual', 'rich', 'textual_serve') for n in "
            "sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.stdout.split() == ["True", "closed_question", "False"], done.stderr


def test_every_form_and_guard_has_its_reason_in_both_languages():
    from guide.base.i18n import all_keys
    from guide.moves.rules import RULES

    keys = all_keys()
    forms = {form for rules in RULES.values() for _, form, _ in rules}
    forms |= {"imperative", "question-mark", "summary", "statement", "mirror", "model"}
    for form in forms:
        assert set(keys[f"moves.form.{form}"]) == {"nl", "en"}, form
    for guard in ("empty", "no-words", "mash", "test", "minimal", "stall", "copy", "stuffed", "no-move",
                  "room", "off-topic"):
        assert set(keys[f"moves.why.{guard}"]) == {"nl", "en"}, guard


def test_the_shipped_weights_are_what_training_makes_from_the_train_rows():
    """Reproducible, and never tuned by hand: retrain after changing the rules, the features or the data."""
    from benchmarks.train_moves import OUT, weights_file

    for lang in ("nl", "en"):
        assert weights_file(lang) == (OUT / f"{lang}.json").read_text(encoding="utf-8"), lang


@pytest.mark.parametrize(("lang", "turn", "move", "secondary"), [
    # 'weet je wat,' opening a statement is a filler; taking the task over is advice (rescuing)
    ("nl", "Weet je wat, ik regel dat wel voor jou", "advice", None),
    ("en", "You know what, I will sort that out for you.", "advice", None),
    # a 'waarom' that blames a late or missing act is confrontation
    ("nl", "Waarom kom je nu pas?", "confront", None),
    ("nl", "Waarom heb je dan niet gebeld?", "confront", None),
    ("nl", "Waarom ben je niet eerder gekomen?", "confront", None),
    # taking one's time gives room: the client's pace, no instruction
    ("en", "You're in the right place. Take your time. What's going on?", "open_question",
     "autonomy_permission"),
    ("nl", "Neem rustig je tijd.", "autonomy_permission", None),
    ("nl", "Neem gerust je tijd, wat is er gebeurd?", "open_question", "autonomy_permission"),
    # leaving the choice to the client
    ("nl", "Kies jij maar een uur", "autonomy_permission", None),
])
def test_what_testers_found_reads_as_docs_moves_decides(lang, turn, move, secondary):
    reading = read(turn, lang, None)
    assert (reading.move, reading.secondary) == (move, secondary), reading.why


@pytest.mark.parametrize(("turn", "lang", "cue"), [
    ("moet ik in deze oefening de cliënt nu met u of met je aanspreken?", "nl", "oefening"),
    ("hoe lang duurt dit rollenspel nog, want ik moet om vier uur weg", "nl", "rollenspel"),
    ("is it better in this exercise to not take notes at all?", "en", "this exercise"),
    ("how many more steps are there in this role-play?", "en", "role-play"),
    # a word to someone else in the room
    ("weet iemand of we de naam van de huisbaas mogen verzinnen?", "nl", "weet iemand of"),
    ("is het de bedoeling dat ik nu al over de schulden begin?", "nl", "is het de bedoeling"),
    ("mijn stagebegeleider zegt altijd eerst luisteren, dus dat doe ik", "nl", "stagebegeleider"),
    ("wait, am I supposed to answer as myself or as a caseworker?", "en", "am I supposed"),
    ("Can I ask the trainer something before I go on?", "en", "the trainer"),
    # about the exercise's question, its text or the app, or about the client in the third person
    ("ik snap de vraag niet goed, wat moet ik hier zeggen?", "nl", "de vraag niet"),
    ("is er ergens in de app een overzicht van de rechten?", "nl", "in de app"),
    ("dat staat nergens in de tekst, toch?", "nl", "in de tekst"),
    ("wat bedoelt ze met 'de kast', haar keukenkast?", "nl", "wat bedoelt ze"),
    ("what does she mean by the blue letter?", "en", "what does she mean"),
    ("is there a way in the app to see her file again?", "en", "in the app"),
    ("what's the right answer here, I keep doubting", "en", "the right answer"),
    ("I don't really understand the question", "en", "really understand the question"),
])
def test_a_question_about_the_exercise_itself_is_no_move_at_any_length(turn, lang, cue):
    reading = read(turn, lang)
    about = {"nl": "niet tegen de cliënt", "en": "not to the client"}[lang]  # said to the room, not her
    assert reading.move == "not_a_turn" and about in reading.why and f"'{cue}'" in reading.why, reading


@pytest.mark.parametrize(("turn", "lang"), [
    ("Kunt ge inloggen op de app van uw bank, of zal ik het even tonen?", "nl"),
    ("In het slechtste scenario komt de deurwaarder, maar zover zijn we nog lang niet.", "nl"),
    ("Do you get any exercise, a walk around the block now and then?", "en"),
])
def test_words_that_can_mean_the_app_or_the_exercise_still_reach_the_client_in_other_senses(turn, lang):
    assert read(turn, lang).move != "not_a_turn"


@pytest.mark.parametrize(("turn", "lang"), [
    ("euh wacht, moet ik hier eerst op een knop drukken of gewoon typen wat ik zeg?", "nl"),
    ("kan ik de feedback van de vorige keuze nog eens zien?", "nl"),
    ("can I ask something else first or do I have to choose now?", "en"),
])
def test_the_learner_asking_the_app_what_to_do_is_no_move(turn, lang):
    assert read(turn, lang).move == "not_a_turn"


@pytest.mark.parametrize(("turn", "lang"), [
    ("Mag ik even typen wat we afspreken?", "nl"),  # said to the client: 'we'
    ("Zal ik het even voor u intypen?", "nl"),
    ("Can I click on the link for you?", "en"),
])
def test_the_same_words_said_to_the_client_stay_a_move(turn, lang):
    assert read(turn, lang).move != "not_a_turn"


@pytest.mark.parametrize(("turn", "lang"), [
    ("euh, wacht even, ik moet nadenken", "nl"),
    ("momentje, even denken hoe ik begin", "nl"),
    ("*sighs* sorry, long day. give me a sec", "en"),
    ("uh, wait. let me think how to start", "en"),
    ("euh... momentje, ik ben de draad kwijt", "nl"),
    ("sorry, wacht, even mijn notities nakijken", "nl"),
    ("sorry, lost my train of thought, one sec", "en"),
    ("sorry, I lost my train of thought", "en"),
    ("sorry, ik ben de draad kwijt", "nl"),
])
def test_taking_a_moment_with_nothing_said_yet_is_no_move(turn, lang):
    reading = read(turn, lang)
    assert reading.move == "not_a_turn", reading
    assert {"nl": "je neemt even tijd", "en": "taking a moment"}[lang] in reading.why


@pytest.mark.parametrize(("turn", "lang"), [
    ("*wacht even*", "nl"),  # the worker's silence, played
    ("Wacht even, hoe lang woont u daar al?", "nl"),
    ("en ik kan iemand van de rechtshulp vragen om mee te kijken", "nl"),
    ("Hold on, you're saying the landlord came in without asking?", "en"),
    ("Can someone from your family come along next time?", "en"),
    # the words of a question about the exercise, said to the client
    ("Goed, volgende vraag: hoe lang woont u hier al?", "nl"),
    ("Omdat je niet meer naar de cursus gaat, is er een gesprek gepland.", "nl"),
    ("Mag ik u deze vraag stellen: wie helpt u thuis?", "nl"),
])
def test_a_pause_or_someone_named_inside_a_real_turn_stays_a_move(turn, lang):
    assert read(turn, lang).move != "not_a_turn"


def test_a_statement_with_a_question_tag_asks_nothing_so_a_side_question_is_not_it():
    from guide.flows import library
    from guide.moves.options import match

    flow = library.load(flow_dirs=[], include_user=False).flows["rp-isolement"]
    step = flow.step_map()["b2_choice"]  # one option ends '... uw huisarts, goed?'
    assert match("Woont uw dochter in de buurt?", step, "nl", flow="rp-isolement").option is None
