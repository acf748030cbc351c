"""The practice case's reflection report for supervision: the intern's own words first,
when the work was done, and the choices undone and redone (from the store's change log)."""

from __future__ import annotations

from guide.artefacts import markup
from guide.artefacts.markup import escape_md
from guide.artefacts.transcript import answer_text
from guide.base.i18n import t
from guide.flows.model import Step, text_in
from guide.run.engine import Engine

EVENING = 18  # from this hour on, a stretch of work counts as an evening


def worked(changes: list, lang: str) -> list[str]:
    """One line per day worked: the date, from-to, and whether it was an evening."""
    days: dict[str, list[str]] = {}
    for at, _action, _key, _value in changes:
        day, clock = markup.when(at).split(" ")
        days.setdefault(day, []).append(clock)
    out = []
    for day, clocks in days.items():
        part = t("reflect.evening" if int(min(clocks)[:2]) >= EVENING else "reflect.daytime", lang)
        out.append(f"{day} {min(clocks)}–{max(clocks)} ({part})")
    return out


def reflections_markdown(engine: Engine, notes: list, lang: str, say_none: bool = True) -> list[str]:
    """The intern's own written answers and notes on reflection cues, each under its phase and
    question, in the order of the path; then the other notes. With nothing written: a line that
    says so, or nothing at all when not `say_none`."""
    out = [f"## {t('reflect.own', lang)}", ""]
    found = False
    on_cue: dict[str, list[str]] = {}
    rest: list[str] = []
    for key, _at, text in notes:
        step = engine.step_for(key)
        (on_cue.setdefault(key, []) if step is not None and step.kind == "cue" else rest).append(text)
    for key in dict.fromkeys(engine.path()):
        step = engine.step_for(key)
        if step is None or not (step.kind == "text" and engine.answers.get(key) or key in on_cue):
            continue
        found = True
        out += [f"**{t('phase.' + step.phase, lang)}** · *{escape_md(text_in(step.text, lang))}*", ""]
        said = [answer_text(step, engine.answers[key], lang)] if step.kind == "text" else on_cue.pop(key)
        out += [line for words in said for line in (f"> {escape_md(words)}", "")]
    rest += [text for texts in on_cue.values() for text in texts]  # a cue no longer on the path
    for text in rest:
        found = True
        out += [f"- {t('export.note', lang)}: {escape_md(text)}"]
    if rest:
        out.append("")
    if not found:
        return out + [t("reflect.none", lang), ""] if say_none else []
    return out


def undone(changes: list, engine: Engine) -> list[tuple]:
    """(step, first answer, final answer) for every choice answered, undone and answered differently."""
    answered: dict[str, list] = {}
    for _at, action, key, value in changes:
        if action == "answer":
            answered.setdefault(key, []).append(value)
    out = []
    for key, values in answered.items():
        step = engine.step_for(key)
        if step is None or step.kind != "choice" or len({repr(v) for v in values}) < 2:
            continue
        out.append((step, values[0], engine.answers.get(key, values[-1])))
    return out


def undone_markdown(changes: list, engine: Engine, lang: str) -> list[str]:
    redone = undone(changes, engine)
    out = [f"### {t('reflect.undone', lang)}", ""]
    if not redone:
        return out + [t("reflect.undone-none", lang), ""]
    for step, first, final in redone:
        out.append(f"- {escape_md(step.text.get(lang))}  ")
        out.append(f"  {t('reflect.first', lang)} **{escape_md(answer_text(step, first, lang))}**, "
                   f"{t('reflect.then', lang)} **{escape_md(answer_text(step, final, lang))}**")
    out.append("")
    return out


def _needed(cond, names: set[str], variables: dict) -> set[str]:
    """The names that made a true condition true: dropping any one of them makes it false.
    When no single one does (an `or` of several true parts), all of them count."""
    flips = {n for n in names if not cond({k: v for k, v in variables.items() if k != n})}
    return flips or set(names)


def came_back(engine: Engine) -> list[tuple[Step, object, Step]]:
    """(earlier choice, its answer, later step) for each step on the path that is there because of a
    choice made at least two steps before: a consequence that came back later."""
    path = list(dict.fromkeys(engine.path()))
    setter: dict[str, tuple[int, Step]] = {}
    out = []
    for i, key in enumerate(path):
        step = engine.step_for(key)
        if step is None:
            continue
        flow = engine.flows.get(key.partition("/")[0])
        phase = next((p for p in flow.phases if p.id == step.phase), None) if flow else None
        for expr in (phase.when if phase else None, step.when):
            if expr is None or expr.tree is None or not expr.tree(engine.vars):
                continue
            for name in sorted(_needed(expr.tree, expr.names, engine.vars)):
                if name in setter and setter[name][0] < i - 1:
                    earlier = setter[name][1]
                    out.append((earlier, engine.answers.get(f"{key.partition('/')[0]}/{earlier.id}"), step))
        if step.kind == "choice" and step.set:
            setter[step.set] = (i, step)
    return out


def _gist(step: Step, lang: str, room: int = 110) -> str:
    text = (step.say or step.text)
    words = " ".join(text.get(lang).split()) if text else step.id
    return words if len(words) <= room else words[: room - 1].rstrip() + "…"


def came_back_markdown(engine: Engine, lang: str, most: int = 3) -> list[str]:
    """Per earlier choice: what I chose, and (at most `most`) moments where it came back."""
    grouped: dict[str, tuple[Step, object, list[Step]]] = {}
    for earlier, value, later in came_back(engine):
        grouped.setdefault(earlier.id, (earlier, value, []))[2].append(later)
    out = [f"### {t('reflect.came-back', lang)}", ""]
    if not grouped:
        return out + [t("reflect.came-back-none", lang), ""]
    for earlier, value, laters in grouped.values():
        answer = escape_md(answer_text(earlier, value, lang))
        choice = escape_md(_gist(earlier, lang, 80))
        out.append(f"- {t('reflect.came-back-item', lang, choice=choice, answer=answer)}")
        for later in laters[:most]:
            out.append(f"  - {t('phase.' + later.phase, lang)}: *{escape_md(_gist(later, lang))}*")
    out.append("")
    return out
