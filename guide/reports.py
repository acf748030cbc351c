"""What a finished session gives back: the intake plan, the role-play debrief
and the intern's reflection report, with a chart of the krachtlijn scores.

Plain data and text here; export.py turns it into Markdown/HTML and the app
shows it on screen.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from guide.engine import Engine
from guide.i18n import t
from guide.markup import escape_md as _esc
from guide.model import KRACHTLIJNEN, Option, Step
from guide.transcript import answer_item

SELF_VARS = {f"self_k{n}": f"krachtlijn-{n}" for n in range(1, 11)}


@dataclass
class ChoiceMade:
    step: Step
    chosen: list[Option]
    points: int
    best: int
    better: list[Option] = field(default_factory=list)  # options that would have served the method more


def _points(option: Option) -> int:
    return sum(option.scores.values())


def choices(engine: Engine) -> list[ChoiceMade]:
    """Every scored choice on the path taken, in order, with the better alternatives."""
    out = []
    seen = set()
    for key in engine.path():
        if key in seen or key not in engine.answers:
            continue
        seen.add(key)
        step = engine.step_for(key)
        if step is None or step.kind != "choice" or not any(o.scores for o in step.options):
            continue
        value = engine.answers[key]
        chosen = [o for o in step.options if o.value == value]
        points = sum(_points(o) for o in chosen)
        best = max(_points(o) for o in step.options)
        better = sorted((o for o in step.options if _points(o) > points), key=_points, reverse=True)
        out.append(ChoiceMade(step, chosen, points, best, better))
    return out


def self_assessment(engine: Engine) -> dict[str, int]:
    return {tag: int(engine.vars[var]) for var, tag in SELF_VARS.items() if isinstance(engine.vars.get(var), int)}


def percent(got: int, best: int) -> int:
    return max(0, round(100 * got / best)) if best > 0 else 0


# -- text parts --------------------------------------------------------------------

def scores_markdown(engine: Engine, lib, lang: str) -> list[str]:
    scores = engine.scores()
    own = self_assessment(engine)
    if not scores and not own:
        return []
    out = [f"## {t('report.scores', lang)}", ""]
    head = f"| {t('export.tag', lang)} | {t('export.points', lang)} | {t('export.best', lang)} | % |"
    rule = "|---|---:|---:|---:|"
    if own:
        head += f" {t('report.self', lang)} |"
        rule += "---:|"
    out += [head, rule]
    for tag in [k for k in KRACHTLIJNEN if k in scores or k in own] + [k for k in scores if k not in KRACHTLIJNEN]:
        got, best = scores.get(tag, (0, 0))
        row = f"| {_esc(lib.card_title(tag, lang))} | {got} | {best} | {percent(got, best)} |"
        if own:
            row += f" {own.get(tag, '–')} / 5 |"
        out.append(row)
    out.append("")
    return out


def path_markdown(engine: Engine, lang: str) -> list[str]:
    made = choices(engine)
    if not made:
        return []
    out = [f"## {t('report.path', lang)}", ""]
    for n, c in enumerate(made, 1):
        chosen = "; ".join(o.label.get(lang) for o in c.chosen) or t("export.skipped", lang)
        out.append(f"{n}. {_esc(c.step.text.get(lang))}  ")
        out.append(f"   → **{_esc(chosen)}** ({c.points:+d})")
        for o in c.chosen:
            if o.feedback:
                out.append(f"   *{t('play.event.feedback', lang)}:* {_esc(o.feedback.get(lang))}")
            if o.think:
                out.append(f"   *{t('play.event.think', lang)}:* {_esc(o.think.get(lang))}")
    out.append("")
    opened = [c for c in made if c.better]
    out += [f"## {t('report.other', lang)}", ""]
    if not opened:
        out += [t("report.no-other", lang), ""]
    for c in opened:
        alt = c.better[0]
        out.append(f"- {_esc(c.step.text.get(lang))}  ")
        out.append(f"  {t('report.instead', lang)} **{_esc(alt.label.get(lang))}** ({_points(alt):+d}): "
                   + (_esc(alt.feedback.get(lang)) if alt.feedback else ""))
        if alt.think:
            out.append(f"  *{t('play.event.think', lang)}:* {_esc(alt.think.get(lang))}")
    out.append("")
    return out


def plan_markdown(engine: Engine, lang: str) -> list[str]:
    """The intake plan: every answer, in order, under its question."""
    out = [f"## {t('report.plan', lang)}", ""]
    for key in dict.fromkeys(engine.path()):
        step = engine.step_for(key)
        if step is None or not step.needs_input or key not in engine.answers:
            continue
        item = answer_item(step, engine.answers[key], lang)
        heading = step.text.get(lang) if step.text else step.id
        out.append(f"**{_esc(heading)}**  ")
        out.append(_esc(item[2]))
        out.append("")
    return out


def notes_markdown(notes: list, lang: str) -> list[str]:
    if not notes:
        return []
    out = [f"## {t('report.notes', lang)}", ""]
    for _key, _at, text in notes:
        out.append(f"- {_esc(text)}")
    out.append("")
    return out


# -- charts ---------------------------------------------------------------------------

def chart_rows(engine: Engine, lib, lang: str) -> list[tuple[str, int | None, int | None]]:
    """(label, earned %, self-assessed %) per krachtlijn that has either."""
    scores = engine.scores()
    own = self_assessment(engine)
    rows = []
    for tag in KRACHTLIJNEN:
        if tag not in scores and tag not in own:
            continue
        earned = percent(*scores[tag]) if tag in scores else None
        mine = own[tag] * 20 if tag in own else None
        rows.append((lib.card_title(tag, lang), earned, mine))
    return rows


def terminal_chart(rows, lang: str, width: int = 20) -> str:
    lines = []
    for label, earned, mine in rows:
        short = label.split("—")[0].strip()
        bar = "█" * round((earned or 0) * width / 100)
        line = f"{short:<14} {bar:<{width}} {earned if earned is not None else '–':>3}%"
        if mine is not None:
            line += f"   {t('report.self', lang)} {mine // 20}/5"
        lines.append(line)
    return "\n".join(lines)


def svg_chart(rows, lang: str) -> str:
    """A horizontal bar chart; every text in it is escaped."""
    if not rows:
        return ""
    bar_w, label_w, row_h = 320, 110, 34
    height = row_h * len(rows) + 40
    with_self = any(mine is not None for _, _, mine in rows)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{label_w + bar_w + 70}" height="{height}" '
        f'aria-label="{html.escape(t("report.scores", lang))}" font-family="sans-serif" font-size="12">',
        f'<text x="{label_w}" y="14" fill="#3d7a6b">■ {html.escape(t("report.earned", lang))}</text>',
    ]
    if with_self:
        parts.append(f'<text x="{label_w + 170}" y="14" fill="#c9a227">■ {html.escape(t("report.self", lang))}</text>')
    for i, (label, earned, mine) in enumerate(rows):
        y = 30 + i * row_h
        short = label.split("—")[0].strip()  # "Krachtlijn 3": the table beside it has the full name
        parts.append(f'<text x="0" y="{y + 12}"><title>{html.escape(label)}</title>{html.escape(short)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{bar_w}" height="12" fill="#eef3f1"/>')
        if earned is not None:
            parts.append(f'<rect x="{label_w}" y="{y}" width="{bar_w * earned / 100:.0f}" height="12" fill="#3d7a6b"/>')
            parts.append(f'<text x="{label_w + bar_w + 6}" y="{y + 11}">{earned}%</text>')
        if mine is not None:
            parts.append(f'<rect x="{label_w}" y="{y + 14}" width="{bar_w * mine / 100:.0f}" height="8" fill="#c9a227"/>')
    parts.append("</svg>")
    return "\n".join(parts)


# -- earlier sessions --------------------------------------------------------------------

def earlier_scores(store, lib, flow_id: str, lang: str, limit: int = 4) -> list[tuple[str, dict]]:
    """(date, {tag: percent}) for the finished sessions of one scenario, newest first."""
    import time

    out = []
    for s in store.list(status="finished", limit=200):
        if s.flow_id != flow_id:
            continue
        full = store.get(s.id)
        try:
            eng = Engine.from_state(lib.flows, full.state or {}, lib.programs)
        except Exception:  # an old session of a changed flow: leave it out of the comparison
            continue
        scores = {tag: percent(got, best) for tag, (got, best) in eng.scores().items()}
        eng.close()
        out.append((time.strftime("%Y-%m-%d %H:%M", time.localtime(s.updated)) + f" · {s.label}", scores))
        if len(out) >= limit:
            break
    return out


def comparison_markdown(rows: list[tuple[str, dict]], lib, lang: str) -> list[str]:
    if len(rows) < 2:
        return []
    tags = [k for k in KRACHTLIJNEN if any(k in r for _, r in rows)]
    out = [f"## {t('report.compare', lang)}", ""]
    out.append("| " + t("export.tag", lang) + " | " + " | ".join(_esc(d) for d, _ in rows) + " |")
    out.append("|---|" + "---:|" * len(rows))
    for tag in tags:
        cells = " | ".join(f"{r[tag]}%" if tag in r else "–" for _, r in rows)
        out.append(f"| {_esc(lib.card_title(tag, lang).split('—')[0].strip())} | {cells} |")
    out.append("")
    return out
