"""What is no conversational move at all: empty, mash, test words, minimal sounds, a copy, method words."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from guide.moves.text import Token

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn", "1234567890")
_VOWELS = set("aeiouy")

TEST_WORDS = {"test", "testje", "testing", "tst", "testen", "probeer", "proberen", "blabla", "bla", "lorem",
              "ipsum", "xxx", "xx", "x", "dinges", "iets", "hallo", "hello", "hi", "hoi", "hey", "yo", "foo",
              "bar", "abc", "qwerty", "azerty", "nvt", "idk", "weetniet", "geen", "none", "nothing", "niks",
              "niets", "n", "a", "tekst", "text", "whatever", "random", "123", "1", "tes", "tset", "asdf"}
MINIMAL = {
    "nl": {"ok", "hm", "hmm", "hmmm", "mm", "mmm", "mmmm", "ja", "jaja", "jah", "nee", "neen", "ah", "oh",
           "aha", "tja", "jep", "jup", "uhu", "euh", "eh", "allee", "top", "super", "cool", "juist", "zeker",
           "inderdaad", "oei", "amai", "wauw", "wow", "prima", "nice", "fijn", "mooi", "echt", "serieus",
           "goed", "zo", "nu", "dan", "dus", "ik", "hoor", "je", "jou", "snap", "begrijp", "het", "dat",
           "versta", "zie", "gezien", "ocharme", "oeps", "sorry", "merci", "bedankt", "dank", "u", "oke",
           "okay", "precies", "klopt", "natuurlijk", "tuurlijk", "uiteraard", "yes", "ai", "auw", "pff",
           "zucht", "gedaan", "zeer", "heel", "wel", "helemaal", "akkoord", "jawel", "mja", "da", "hé", "he",
           "awel", "zot", "straf", "proper", "chapeau", "bravo", "knap", "sterk", "wa"},
    "en": {"ok", "okay", "hm", "hmm", "hmmm", "mm", "mmm", "yes", "yeah", "yep", "yup", "no", "nope", "ah",
           "oh", "aha", "uh", "huh", "um", "right", "sure", "cool", "nice", "great", "good", "fine", "wow",
           "i", "see", "hear", "you", "get", "it", "understand", "got", "that", "indeed", "exactly",
           "totally", "really", "seriously", "sorry", "thanks", "thank", "alright", "well", "so", "true",
           "super", "awesome", "oops", "mhm", "uhuh", "okey", "kk", "perfect", "lovely", "brilliant",
           "wonderful", "done", "very", "job", "amazing", "excellent", "bravo", "the", "a", "do", "of",
           "course", "absolutely"},
}
META = {
    "nl": {"reflectie", "reflecteren", "reflectievraag", "empathie", "empathisch", "samenvatting",
           "affirmatie", "autonomie", "confrontatie", "confronteren", "geruststelling", "geruststellen",
           "presentie", "parafrase", "parafraseren", "spiegelen", "validatie", "valideren", "erkenning",
           "lsd", "miti", "bindkracht", "bind-kracht", "motiverende", "gespreksvoering", "doorvragen",
           "openvraag", "open", "gesloten", "vraag", "actief", "luisteren", "normaliseren", "exploreren",
           "exploratie", "rapport", "toestemming", "samenwerking", "compliment", "herformuleren",
           "gespreksvaardigheden", "techniek", "bevestiging", "bevestigen", "methode", "warm", "warmte",
           "empowerment", "krachtgericht", "oars"},
    "en": {"reflection", "reflect", "reflective", "empathy", "empathic", "empathetic", "summary", "summarise",
           "summarize", "affirmation", "affirm", "autonomy", "confrontation", "reassurance", "presence",
           "paraphrase", "paraphrasing", "mirroring", "mirror", "validation", "validate", "rapport", "oars",
           "miti", "motivational", "interviewing", "open", "closed", "question", "active", "listening",
           "permission", "collaboration", "technique", "method", "warmth", "empowerment", "normalising",
           "normalizing", "explore", "exploring", "compliment", "strengths", "strength"},
}
# the core meta words: two of these in a short turn is a list of method words, not a turn
META_CORE = {
    "nl": {"reflectie", "reflecteren", "empathie", "empathisch", "samenvatting", "affirmatie", "autonomie",
           "confrontatie", "geruststelling", "presentie", "parafrase", "parafraseren", "spiegelen",
           "validatie", "valideren", "lsd", "miti", "bindkracht", "openvraag", "normaliseren", "rapport",
           "oars", "reflectievraag", "gespreksvaardigheden", "empowerment", "krachtgericht", "warmte",
           "exploratie"},
    "en": {"reflection", "reflective", "empathy", "empathic", "empathetic", "affirmation", "autonomy",
           "confrontation", "reassurance", "paraphrase", "paraphrasing", "mirroring", "validation", "rapport",
           "oars", "miti", "motivational", "interviewing", "warmth", "empowerment", "normalising",
           "normalizing"},
}
# method labels of two words: 'open vraag' names a kind of move, it is not said to anyone
LABELS = {"open vraag", "gesloten vraag", "actief luisteren", "open question", "closed question",
          "active listening", "open vragen", "open questions"}
# warm words by the move they hint at: strung together without the words that make a sentence, stuffing
KEYS = {
    "nl": {"hoe": "q", "wat": "q", "waarom": "q", "vertel": "q", "voel": "r", "voelt": "r", "klinkt": "r",
           "alsof": "r", "lijkt": "r", "gevoel": "r", "knap": "a", "sterk": "a", "moedig": "a", "dapper": "a",
           "trots": "a", "bewonder": "a", "beslist": "p", "beslis": "p", "beslissen": "p", "kies": "p",
           "kiest": "p", "kiezen": "p", "mag": "p", "samen": "p", "zelf": "p", "keuze": "p", "bepaalt": "p",
           "samengevat": "s", "samenvatting": "s", "samenvatten": "s"},
    "en": {"how": "q", "what": "q", "why": "q", "tell": "q", "feel": "r", "feeling": "r", "sounds": "r",
           "like": "r", "seems": "r", "strong": "a", "brave": "a", "proud": "a", "admire": "a",
           "courage": "a", "well": "a", "decide": "p", "choice": "p", "choose": "p", "may": "p",
           "together": "p", "permission": "p", "summary": "s", "summarise": "s", "summarize": "s"},
}
FUNCTION_WORDS = {
    "nl": {"je", "jij", "jou", "ik", "ge", "u", "het", "de", "een", "dat", "dit", "er", "nu", "eens", "echt",
           "wel", "zo", "en", "is", "bent", "ben", "heel", "erg", "goed", "jouw", "wil", "wilt", "was", "hij",
           "zij", "ze", "we", "mijn", "in", "op", "aan", "voor", "met", "niet", "zijn", "heb", "heeft", "van",
           "maar", "als", "of", "wat", "hoe", "waarom", "om", "te", "naar", "bij", "ook"},
    "en": {"you", "i", "it", "the", "a", "that", "this", "is", "are", "so", "and", "do", "your", "really",
           "very", "me", "can", "to", "of", "was", "he", "she", "they", "we", "my", "in", "on", "at", "for",
           "with", "not", "be", "have", "has", "an", "but", "if", "or", "what", "how", "why", "am"},
}


def mashy(word: str) -> bool:
    """A token that no one types as a word: no vowel, a keyboard row, one letter repeated, digits."""
    low = word.lower()
    if not any(c.isalpha() for c in low):
        return True
    if len(low) >= 4 and not _VOWELS & set(low):
        return True
    if len(low) >= 4 and any(low[i:i + 4] in row for row in _ROWS for i in range(len(low) - 3)):
        return True
    if re.search(r"(\w)\1\1\1", low):  # 'aaaa'; a word's own double letters stay below four
        return not re.fullmatch(r"[hm]+|[a]+h*|o+h*|z+|p+f+|h+[ae]*", low)
    return bool(len(low) >= 6 and re.search(r"[^aeiouy\W\d]{6}", low))


def copied(turn: list[Token], context: list[Token]) -> bool:
    """The client's line given back word for word, or nearly, with nothing of the worker's own."""
    if len(turn) < 2 or not context:
        return False
    a, b = [t.norm for t in turn], [t.norm for t in context]
    new = [w for w in a if w not in set(b)]
    if len(new) > max(1, len(a) // 6):
        return False
    same = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return same >= 0.8 * len(a)


def listed(turn: list[Token], context: list[Token], lang: str) -> bool:
    """The client's key words strung together with no sentence around them: 'rent mould son landlord'."""
    if len(turn) < 3 or not context:
        return False
    a, heard = [t.norm for t in turn], {t.norm for t in context}
    glue = FUNCTION_WORDS.get(lang, set())
    return not any(w in glue for w in a) and sum(w in heard or w.isdigit() for w in a) >= 0.6 * len(a)


# what a learner says to the trainer or the room, not to the client
OFF_TOPIC = {
    "nl": {"pauze", "middagpauze", "koffiepauze", "examen", "examens", "les", "lessen", "lesgever", "docent",
           "prof", "klas", "klasgenoot", "klasgenoten", "oefening", "oefeningen", "lunch", "middageten",
           "broodje", "broodjes", "frietjes", "frieten", "pizza", "vanavond", "match", "voetbal", "netflix",
           "serie", "film", "batterij", "wifi", "laptop", "toilet", "wc", "parking", "regent", "vakantie",
           "pauzeren", "pauzeer", "feestje", "verjaardag", "kat", "toetsenbord", "trainer", "opleiding",
           "cursus", "powerpoint", "slides", "punten", "huiswerk", "haha", "hahaha", "lol", "lmao", "xd"},
    "en": {"break", "lunch", "exam", "exams", "class", "lesson", "lessons", "teacher", "trainer", "course",
           "tonight", "dinner", "football", "match", "game", "netflix", "series", "movie", "battery", "wifi",
           "laptop", "toilet", "bathroom", "weather", "raining", "holiday", "party", "birthday", "cat",
           "keyboard", "homework", "slides", "pizza", "grades", "lecture", "haha", "hahaha", "lol", "lmao",
           "xd", "rofl"},
}


# words about the exercise itself, said to the trainer or the app, of any length ('hoe lang duurt dit
# rollenspel nog?'); a word alone where no client meaning is likely, else with the word before it
EXERCISE = {
    "nl": {("rollenspel",), ("rollenspelen",), ("oefening",), ("oefeningen",), ("simulatie",), ("personage",),
           ("deze", "app"), ("dit", "scenario"), ("het", "scenario"), ("deze", "casus"),
           # said to someone else in the room, or about the story as a story
           ("kan", "iemand", "mij"), ("kan", "iemand", "me"), ("weet", "iemand", "of"),
           ("is", "het", "de", "bedoeling"), ("de", "trainer"), ("stagebegeleider",),
           ("in", "het", "verhaal"), ("vorige", "stap"), ("iets", "gemist"), ("mis", "ik", "iets"),
           ("volgende", "scenario"), ("op", "enter"), ("de", "micro"), ("microfoon",),
           # about the exercise's questions, its text or the app, and about the client in the third person
           ("casus",), ("de", "vraag", "niet"), ("vraag", "opnieuw"), ("vraag", "overslaan"),
           ("vorige", "vraag"), ("in", "de", "app"), ("in", "de", "tekst"),
           ("moet", "ik", "hier", "antwoorden"), ("ik", "hier", "moet", "antwoorden"),
           ("moet", "ik", "hier", "zeggen"), ("ik", "hier", "moet", "zeggen"),
           ("wat", "bedoelt", "ze"), ("wat", "bedoelt", "hij"), ("wat", "wil", "ze", "zeggen"),
           ("het", "juiste", "antwoord"), ("de", "situatie", "nog", "eens")},
    "en": {("roleplay",), ("role", "play"), ("simulation",), ("this", "exercise"), ("the", "exercise"),
           ("this", "app"), ("this", "scenario"), ("the", "scenario"), ("this", "case", "study"),
           ("can", "someone", "tell"), ("can", "anyone", "tell"), ("does", "anyone", "know"),
           ("am", "i", "supposed"), ("are", "we", "supposed"), ("the", "trainer"), ("in", "the", "story"),
           ("previous", "step"), ("did", "i", "miss"), ("am", "i", "missing"), ("next", "scenario"),
           ("hit", "enter"), ("pressed", "enter"), ("the", "mic"), ("microphone",),
           ("this", "question"), ("previous", "question"), ("the", "question", "again"),
           ("not", "understand", "the", "question"), ("really", "understand", "the", "question"),
           ("in", "the", "app"), ("does", "the", "app"), ("this", "tool"), ("the", "right", "answer"),
           ("the", "case", "info"), ("the", "case", "text"), ("i", "clicked"), ("the", "course", "say"),
           ("what", "does", "she", "mean"), ("what", "does", "he", "mean"), ("should", "i", "answer")},
}

# taking a moment before the turn, with nothing said yet: 'euh, wacht even, ik moet nadenken'
STALL = {
    "nl": {"wacht", "wachten", "momentje", "moment", "minuutje", "seconde", "secondje", "efkes", "even",
           "eventjes", "denken", "nadenken", "bedenken", "lange", "dag", "idee", "weet", "niet", "ni", "hoe",
           "wat", "zeggen", "begin", "beginnen", "moet", "laat", "laten", "bezinken", "me", "mij", "euh",
           "ehm", "uhm", "pff", "zucht", "zuchten", "sorry", "draad", "kwijt", "notities", "bekijken",
           "nakijken", "kijken"},
    "en": {"wait", "moment", "minute", "sec", "second", "secs", "hold", "on", "think", "thinking", "let",
           "me", "give", "long", "day", "idea", "know", "don't", "dont", "how", "what", "say", "start",
           "begin", "just", "uh", "um", "erm", "sighs", "sigh", "need", "to", "one", "sorry", "lost", "train",
           "thought", "notes", "check", "look", "at", "i", "my", "of"},
}
_STALL_CORE = {
    "nl": {"wacht", "wachten", "momentje", "moment", "minuutje", "seconde", "secondje", "denken", "nadenken",
           "bedenken", "zucht", "zuchten", "draad"},
    "en": {"wait", "moment", "minute", "sec", "second", "secs", "hold", "think", "thinking", "sighs", "sigh",
           "train"},
}
_DIRECTION = re.compile(r"\*[^*]*\*|\([^)]*\)|\[[^\]]*\]")  # '*wacht even*': an action on stage


def stalled(text: str, words: list[str], lang: str) -> bool:
    """Only a pause asked for or a sigh ('give me a sec', 'even denken'), nothing yet said to the other.
    A stage direction alone ('*wacht even*') is the worker's silence in the play, not a stall."""
    allowed = STALL.get(lang, set()) | MINIMAL.get(lang, set()) | FUNCTION_WORDS.get(lang, set())
    if not (_STALL_CORE.get(lang, set()) & set(words)) or not all(w in allowed for w in words):
        return False
    return any(c.isalpha() for c in _DIRECTION.sub(" ", text))


# a learner asking the app or the trainer what to do: 'moet ik hier op een knop drukken of gewoon typen?'
# (a modal with 'ik', a word about the exercise, and no word for the client's 'you' or a shared 'we')
_MINE = {"nl": ("moet ik", "mag ik", "kan ik", "kun ik", "zal ik", "hoef ik"),
         "en": ("do i", "should i", "can i", "may i", "am i", "must i", "have i")}
_ABOUT_PLAY = {
    "nl": {"knop", "knoppen", "typen", "intypen", "klikken", "aanklikken", "scrollen", "opdracht", "casus",
           "feedback", "optie", "opties", "scherm", "app", "terugscrollen", "antwoordopties"},
    "en": {"button", "type", "typing", "click", "scroll", "task", "feedback", "option", "options", "screen",
           "app", "exercise", "roleplay", "choose", "choice"},
}
_YOU = {"nl": {"u", "uw", "je", "jij", "jou", "jouw", "ge", "gij", "jullie", "zelf", "we", "wij", "ons",
               "onze"},
        "en": {"you", "your", "yours", "yourself", "we", "us", "our"}}


def to_the_app(turn: list[Token], lang: str) -> Token | None:
    """The learner's own question about the exercise, said to the app or the trainer, not to the client."""
    words = [t.norm for t in turn]
    text = " ".join(words)
    if not any(f" {mine} " in f" {text} " for mine in _MINE.get(lang, ())):
        return None
    if _YOU.get(lang, set()) & set(words):
        return None
    return next((t for t in turn if t.norm in _ABOUT_PLAY.get(lang, set())), None)


def to_the_room(turn: list[Token], context: list[Token], lang: str) -> Token | None:
    """A turn said to the app, the trainer or the group, not to the client: about the exercise itself
    ('moet ik in deze oefening u of je zeggen?'), its question or text, or the client in the third person."""
    heard = {t.norm for t in context}
    words = [t.norm for t in turn]
    asked = to_the_app(turn, lang)
    if asked is not None:
        return asked
    for i, tok in enumerate(turn):
        for phrase in EXERCISE.get(lang, ()):
            if tuple(words[i:i + len(phrase)]) == phrase and phrase[-1] not in heard:
                return Token(" ".join(phrase), tok.start, turn[i + len(phrase) - 1].end, tok.sentence)
    return None


def off_topic(turn: list[Token], context: list[Token], lang: str) -> Token | None:
    """A short turn about the training day or daily life ('hoe laat is de pauze'), not about the client."""
    if len(turn) > 10:
        return None
    heard = {t.norm for t in context}
    return next((t for t in turn if t.norm in OFF_TOPIC.get(lang, set()) and t.norm not in heard), None)


def stuffed(words: list[str], lang: str) -> bool:
    """Method words or warm words strung together, said to no one."""
    meta = META.get(lang, META["nl"])
    core = sum(w in META_CORE.get(lang, META_CORE["nl"]) for w in words)
    core += sum(f"{a} {b}" in LABELS for a, b in zip(words, words[1:], strict=False))
    if core >= 2 or (core >= 1 and all(w in meta for w in words)):
        return True
    if sum(w in meta for w in words) >= max(3, int(0.6 * len(words))):
        return True
    found = [KEYS[lang][w] for w in words if w in KEYS.get(lang, {})]
    if core and core + len(found) >= max(2, 0.6 * len(words)):
        return True
    if len(found) >= 3 and len(found) >= 0.6 * len(words):
        return True
    return len(found) >= 4 and len(set(found)) >= 3 and len(found) >= 0.5 * len(words)
