"""`bindkracht play FLOW --typed` in a plain terminal, as a learner meets it."""

import os
import subprocess
import sys


def _play(tmp_path, lines: list[str], *args: str) -> str:
    """The player's output for `lines` on stdin; each call with its own data folder."""
    env = {**os.environ, "BINDKRACHT_DATA_DIR": str(tmp_path / f"data-{args[1]}"),
           "BINDKRACHT_CONFIG_DIR": str(tmp_path / "config"), "BINDKRACHT_SEED": "0"}
    done = subprocess.run([sys.executable, "-m", "guide", *args], input="".join(f"{x}\n" for x in lines),
                          capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in done.stdout + done.stderr
    return done.stdout


def test_the_understood_line_says_it_once(tmp_path):
    """The matcher's sentence is shown as it is: never "Zo begrepen: Begrepen als: …"."""
    shown = _play(tmp_path, ["", "", "Heb je je papieren bij?"],
                  "--lang", "nl", "play", "rp-energie", "--typed", "--label", "oefen")
    assert ">   Begrepen als: “Voor we beginnen: heb je je identiteitskaart" in shown  # the whole option
    assert "Zonder die papieren kan ik niets opstarten.”" in shown
    assert "Zo begrepen" not in shown
    shown = _play(tmp_path, ["", "", "Do you have your papers with you?"],
                  "--lang", "en", "play", "rp-energie", "--typed", "--label", "practice")
    assert ">   You ask a closed question, as in: “Before we start" in shown
    assert "Understood as: You ask" not in shown


def test_words_typed_where_no_turn_is_asked_are_not_dropped_silently(tmp_path):
    """A learner who types a turn at "[Enter] verder" hears that it was not a turn, and goes on."""
    turn = "Je zit hier goed. Wat is er met de meter?"
    shown = _play(tmp_path, ["Hallo Jolien, welkom!", "", "", turn, ""],
                  "--lang", "nl", "play", "rp-energie", "--typed", "--label", "oefen")
    assert shown.count("Hier wordt nog geen beurt gevraagd") == 1
    assert "Je vraagt open" in shown and "Jolien: “Om de paar dagen" in shown
    shown = _play(tmp_path, ["Hi Jolien!", ""], "--lang", "en", "play", "rp-energie", "--typed",
                  "--label", "practice")
    assert "No turn is asked here yet: press Enter" in shown


def test_after_the_options_are_listed_the_prompt_asks_for_their_number(tmp_path):
    shown = _play(tmp_path, ["", "", "Heb je je papieren bij?", "?", "2"],
                  "--lang", "nl", "play", "rp-energie", "--typed", "--label", "oefen")
    listed = shown.split("  0) iets anders", 1)[1]  # what came after the list of options
    assert listed.lstrip().startswith("Typ het nummer van wat je bedoelde (0 = iets anders)")
    assert "Enter = zo bedoelde ik het" not in listed.split("\n> ", 1)[0]


def test_words_kept_at_a_stop_are_offered_again_on_resume(tmp_path):
    """:stop at the confirmation keeps the words; run again, they are shown and Enter reads them."""
    turn = "Je zit hier goed. Wat is er met de meter?"
    args = ("--lang", "nl", "play", "rp-energie", "--typed", "--label", "oefen")
    shown = _play(tmp_path, ["", "", turn, ":stop"], *args)
    assert "Alles is bewaard" in shown
    shown = _play(tmp_path, ["", "", ""], *args)  # resume: yes; Enter reads the kept words; Enter accepts
    assert f"Vorige keer typte je hier: “{turn}”" in shown
    assert "Typ eerst wat je zegt" not in shown
    assert "Je vraagt open" in shown and "Jolien: “Om de paar dagen" in shown


def test_the_help_shows_how_to_play_in_your_own_words():
    helps = (["--help"], ["play", "--help"], ["play", "--help", "--lang", "en"], ["--lang", "en", "--help"])
    for args in helps:
        done = subprocess.run([sys.executable, "-m", "guide", *args], capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 0 and "bindkracht play rp-energie --typed" in done.stdout


def test_a_number_or_a_question_mark_is_not_read_as_a_turn(tmp_path):
    """Used to picking options, a learner types 1 or ?: told to say it in words, and no turn is spent."""
    shown = _play(tmp_path, ["", "", "1", "?", "Je zit hier goed. Wat is er met de meter?", ""],
                  "--lang", "nl", "play", "rp-energie", "--typed", "--label", "oefen")
    assert shown.count("Typ je beurt in je eigen woorden: hier kies je geen nummer") == 2
    assert "Dit lijkt op geen van de mogelijkheden" not in shown  # no something-else turn spent
    assert "Jolien: “Om de paar dagen" in shown
    shown = _play(tmp_path, ["", "", "2"], "--lang", "en", "play", "rp-energie", "--typed", "--label", "p")
    assert "Type your turn in your own words: there is no number to pick here" in shown


def test_a_resumed_role_play_repeats_the_clients_last_line(tmp_path):
    """Run again after a stop at a choice: what the client said last is shown again, then the choice."""
    args = ("--lang", "nl", "play", "rp-energie", "--typed", "--label", "oefen")
    _play(tmp_path, ["", "", ":stop"], *args)
    shown = _play(tmp_path, [""], *args)
    assert "Waar je bleef:\nJolien: “Dag. Ik weet niet of ik hier goed zit" in shown
    assert shown.index("Waar je bleef:") < shown.index("Jolien kijkt naar haar handen. Wat zeg je?")
    args = ("--lang", "en", "play", "rp-energie", "--label", "p")
    _play(tmp_path, ["", ""], *args)
    assert "Where you left off:\nJolien: “Hi. I'm not sure" in _play(tmp_path, [""], *args)


def test_a_turn_typed_again_at_the_confirmation_is_read_again(tmp_path):
    """Not understood as meant: the learner says it again in other words instead of picking an option."""
    shown = _play(tmp_path, ["", "", "Heb je je papieren bij?", "nee",
                             "Sorry, ik bedoel: je zit hier goed. Wat is er met de meter?", "ja"],
                  "--lang", "nl", "play", "rp-energie", "--typed", "--label", "oefen")
    assert "! Druk Enter, typ ? voor de opties" in shown  # one word is no turn: asked again
    assert "  (opnieuw gelezen)" in shown and "Je vraagt open, zoals in" in shown
    assert "Jolien: “Om de paar dagen" in shown  # "ja" accepts the turn as read again
    from guide.flows import library  # deferred: only this test reads the stored session
    from guide.run.engine import Engine  # deferred: as above
    from guide.storage.store import Store  # deferred: as above

    lib = library.load(include_user=False)
    store = Store(tmp_path / "data-nl")
    try:
        (session,) = store.list()
        eng = Engine.from_state(lib.flows, store.get(session.id).state, lib.programs)
    finally:
        store.close()
    assert [(x["text"], x["option"]) for x in eng.typed_turns()] == [
        ("Sorry, ik bedoel: je zit hier goed. Wat is er met de meter?", "welcome")]
    again = "Sorry, I mean: what happened with the meter?"
    shown = _play(tmp_path, ["", "", "Do you have your papers?", again],
                  "--lang", "en", "play", "rp-energie", "--typed", "--label", "p")
    assert "  (read again)" in shown and "or say it again in other words" in shown


def test_a_sentence_with_a_colon_wraps_flush_and_a_speaker_line_hangs_under_its_words():
    from guide.cli.player import _wrap

    persona = ("Haar dagen zijn strak geregeld: ze werkt halftijds als kassierster en haalt de kinderen "
               "elke namiddag op.")
    assert all(not line.startswith(" ") for line in _wrap(persona * 2, 80).splitlines())
    spoken = _wrap("Jolien: “Dag. Ik weet niet of ik hier goed zit, hoor. Het is voor de meter.”", 50)
    assert [line[:8] for line in spoken.splitlines()[1:]] == [" " * 8] * (len(spoken.splitlines()) - 1)
