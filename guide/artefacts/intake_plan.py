"""The intake plan to take along: a caseworker's headings filled from the answers,
the rights to check per chosen life domain, room to write, and a separate
"for myself" page with the private reflections.

The layout is keyed by the flow's variable names (`set:`), so any plan flow
that uses them gets the plan; answers it does not place go under "more".
"""

from __future__ import annotations

import html
import re

from guide.artefacts.markup import escape_md
from guide.artefacts.transcript import answer_text
from guide.base.i18n import t
from guide.moves import questions
from guide.run.engine import Engine

MEETING = ("meeting_date", "meeting_time", "meeting_place")
SECTIONS = (  # (heading key, variables), in the order of the meeting
    ("plan.before", ("known", "history")),
    ("plan.room", ("setting", "language", "welcome")),
    ("plan.open", ("role_words", "notes_plan", "opening_question")),
    ("plan.ask", ("open_questions",)),
    ("plan.promise", ("no_promise",)),
    ("plan.bring", ("bring",)),
    ("plan.rights", ("rights_maybe",)),
    ("plan.next", ("next_step",)),
)
LABELLED = ("history", "setting", "language", "notes_plan")  # short choices read better with a label
PRIVATE = ("assumptions", "lean", "ready")  # for myself, never on the page to take along
DOMAIN_CARDS = {
    "income": "recht-inkomen", "housing": "recht-wonen", "energy": "recht-energie-water",
    "health": "recht-gezondheid", "debts": "recht-schulden", "legal": "recht-juridische-hulp",
    "education": "recht-onderwijs", "mobility": "recht-mobiliteit-telecom-cultuur",
    "admin": "recht-administratie",
}
READ = ("opening_question", "open_questions")  # the questions the caseworker plans to ask, read for cues
MOST_CUES = 3  # the plan stays one printed page
SHORT_QUESTION = 70  # characters of a question quoted beside its cue
SAFEGUARDS = ("plan.safe.notes", "plan.safe.secrecy", "plan.safe.interpreter",
              "plan.safe.next")  # every meeting
_BOLD_ITEM = re.compile(r"^- \*\*(.+?)\*\*")


def answers_by_var(engine: Engine, lang: str) -> dict[str, tuple[object, str]]:
    """{variable: (raw value, text shown)} for the answered steps on the path."""
    out = {}
    for key in dict.fromkeys(engine.path()):
        step = engine.step_for(key)
        if step is None or not step.needs_input or key not in engine.answers:
            continue
        value = engine.answers[key]
        if value in (None, "", []):
            continue
        out[step.set or step.id] = (value, answer_text(step, value, lang))
    return out


def rights_to_check(card_text: str, most: int = 3) -> list[str]:
    """The named rights (bold list items) of a rights card's first section."""
    out, section = [], 0
    for line in card_text.splitlines():
        if line.startswith("## "):
            section += 1
        elif section == 1 and (m := _BOLD_ITEM.match(line)):
            out.append(m.group(1))
    return out[:most]


def _rights_lines(value, lib, lang: str) -> list[str]:
    out = []
    for domain in value if isinstance(value, list) else [value]:
        card = DOMAIN_CARDS.get(domain)
        text = lib.card_text(card, lang) if card else None
        if not text:
            continue
        name = lib.card_title(card, lang).split("—")[-1].strip()
        out.append(f"- **{escape_md(name)}**: " + "; ".join(escape_md(r) for r in rights_to_check(text)))
    return out


def question_cues(got: dict, lang: str, words_lang: str) -> list[tuple[str, str, str]]:
    """(question, kind, words) for the planned questions worth a second look: stacked, a blaming
    'waarom', closed. The opening is one sentence; the other questions are read one by one."""
    out = []
    for v in READ:
        if v not in got:
            continue
        text = str(got[v][0])
        asked = [text] if v == "opening_question" else questions.split(text)
        for question in asked:
            if found := questions.cue(question, words_lang):
                out.append((" ".join(question.split()), *found))
    return out[:MOST_CUES]


def cue_lines(cues: list[tuple[str, str, str]], lang: str) -> list[str]:
    out = []
    for question, kind, words in cues:
        quoted = (question if len(question) <= SHORT_QUESTION
                  else question[:SHORT_QUESTION].rsplit(" ", 1)[0] + "…")
        words = words if len(words) <= SHORT_QUESTION else words[:SHORT_QUESTION].rsplit(" ", 1)[0] + "…"
        out.append(f"- *“{escape_md(quoted)}”: {escape_md(t('plan.cue.' + kind, lang, cue=words))}*")
    return out


def plan_markdown(engine: Engine, lib, lang: str, words_lang: str | None = None) -> list[str]:
    """The page to take along; the planned questions carry a short cue where they may close or blame."""
    got = answers_by_var(engine, lang)
    cues = question_cues(got, lang, words_lang or lang)
    meeting = [f"**{t('plan.' + v, lang)}:** {escape_md(got[v][1]) if v in got else '…'}" for v in MEETING]
    out = [" · ".join(meeting), ""]
    placed = set(MEETING) | set(PRIVATE)
    for heading, names in SECTIONS:
        lines = []
        for v in names:
            placed.add(v)
            if v not in got:
                continue
            if v == "rights_maybe":
                lines += _rights_lines(got[v][0], lib, lang)
            elif v in LABELLED:
                lines.append(f"**{t('plan.label.' + v, lang)}:** {escape_md(got[v][1])}")
            else:
                lines.append(escape_md(got[v][1]))
        if cues and v == "open_questions":  # the last of the questions: their cues follow
            lines += cue_lines(cues, lang)
        if lines:
            out += [f"## {t(heading, lang)}", "", *_paragraphs(lines), ""]
    more = [escape_md(text) for v, (_value, text) in got.items() if v not in placed]
    if more:
        out += [f"## {t('plan.more', lang)}", "", *_paragraphs(more), ""]
    return out


def during_markdown(lang: str) -> list[str]:
    """The fixed safeguards and room to write, in the .md file and on screen."""
    safeguards = [f"- ☐ {t(key, lang)}" for key in SAFEGUARDS]
    return [f"## {t('plan.during', lang)}", "", f"**{t('plan.safeguards', lang)}**", "", *safeguards, "",
            *["…  "] * 4, ""]


def during_html(lang: str, lines: int = 5, safeguards: bool = True) -> str:
    """In print: a heading, the fixed safeguards to tick beside ruled lines to write on."""
    rule = '<div class="write"></div>\n'
    heading = html.escape(t("plan.during", lang))
    if not safeguards:
        return f'<section class="during">\n<h2>{heading}</h2>\n{rule * lines}</section>\n'
    items = "".join(f"<li>☐ {html.escape(t(key, lang))}</li>\n" for key in SAFEGUARDS)
    return (f'<section class="during">\n<h2>{heading}</h2>\n<div class="during-grid">\n'
            f'<div class="safeguards"><h3>{html.escape(t("plan.safeguards", lang))}</h3>\n<ul>\n'
            f'{items}</ul></div>\n<div class="lines">\n{rule * lines}</div>\n</div>\n</section>\n')


def _paragraphs(lines: list[str]) -> list[str]:
    """List items stay a list; answers become paragraphs of their own."""
    out: list[str] = []
    for line in lines:
        if out and not (line.startswith("- ") and out[-1].startswith("- ")):
            out.append("")
        out.append(line)
    return out


def private_markdown(engine: Engine, notes: list, lang: str) -> list[str]:
    """The 'for myself' page: assumptions, tendency, readiness and notes."""
    got = answers_by_var(engine, lang)
    out = []
    for v in PRIVATE:
        if v in got:
            out += [f"## {t('plan.' + v, lang)}", "", escape_md(got[v][1]), ""]
    if notes:
        out += [f"## {t('report.notes', lang)}", ""]
        out += [f"- {escape_md(text)}" for _key, _at, text in notes] + [""]
    if not out:
        return []
    return [f"# {t('plan.private', lang)}", "", t("plan.private-note", lang), "", *out]


