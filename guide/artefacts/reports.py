"""What a finished session gives back: the intake plan, the role-play debrief
and the intern's reflection report, with a chart of the krachtlijn scores.

Plain data and text here; export.py turns it into Markdown/HTML and the app
shows it on screen.
"""

from __future__ import annotations

import html
import time
from dataclasses import dataclass, field

from guide.artefacts.markup import escape_md as _esc
from guide.artefacts.transcript import feedback_head
from guide.base.i18n import t
from guide.flows import krachtlijnen
from guide.flows.model import KRACHTLIJNEN, Option, Step, text_in
from guide.run import scoring
from guide.run.engine import Engine

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
    for key, step in engine.path_steps(engine.answers):
        if step.kind != "choice" or not any(o.scores for o in step.options):
            continue
        value = engine.answers[key]
        chosen = [o for o in step.options if o.value == value]
        points = sum(_points(o) for o in chosen)
        best = max(_points(o) for o in step.options)
        better = sorted((o for o in step.options if _points(o) > points), key=_points, reverse=True)
        out.append(ChoiceMade(step, chosen, points, best, better))
    return out


def self_assessment(engine: Engine) -> dict[str, int]:
    return {tag: int(value) for var, tag in SELF_VARS.items()
            if isinstance(value := engine.vars.get(var), int)}


# -- text parts --------------------------------------------------------------------

def scores_markdown(engine: Engine, lib, lang: str) -> list[str]:
    table = scoring.table(engine)
    own = self_assessment(engine)
    if not any(b for _g, b in table.values()) and not own:
        return []
    out = [f"## {t('report.scores', lang)}", ""]
    head = f"| {t('export.tag', lang)} | {t('export.points', lang)} | {t('report.best-scenario', lang)} | % |"
    rule = "|---|---:|---:|---:|"
    if own:
        head += f" {t('report.self', lang)} |"
        rule += "---:|"
    out += [head, rule]
    for tag, (got, best) in table.items():
        if tag not in KRACHTLIJNEN and not best and not got:
            continue
        # one rule: no points possible is n.v.t., with the points earned beside it when there are any
        row = (f"| {_esc(krachtlijnen.label(lib, tag, lang))} | {got if best > 0 or got else '–'} "
               f"| {best if best > 0 else '–'} "
               f"| {krachtlijnen.percent_text(krachtlijnen.percent(got, best), lang)} |")
        if own:
            row += f" {own[tag]} / 5 |" if tag in own else " – |"
        out.append(row)
    out += ["", t("report.best-note", lang), ""]
    return out


def _reactions(options, lang: str, indent: str, lib=None) -> list[str]:
    """Feedback (with the krachtlijnen it scores) and the client's inner voice, each its own paragraph."""
    out = []
    for o in options:
        if o.feedback:
            head = _esc(feedback_head(o, lib, lang))
            out += ["", f"{indent}*{head}:* {_esc(o.feedback.get(lang))}"]
        if o.think:
            out += ["", f"{indent}*{t('play.event.think', lang)}:* {_esc(o.think.get(lang))}"]
    return out


def path_markdown(engine: Engine, lang: str, lib=None) -> list[str]:
    made = choices(engine)
    if not made:
        return []
    out = [f"## {t('report.path', lang)}", ""]
    for n, c in enumerate(made, 1):
        chosen = "; ".join(o.label.get(lang) for o in c.chosen) or t("export.skipped", lang)
        out.append(f"{n}. {_esc(text_in(c.step.text, lang))}  ")
        out.append(f"   → **{_esc(chosen)}** ({c.points:+d})")
        out += _reactions(c.chosen, lang, "   ", lib)
        out.append("")
    out += costly_markdown(made, lang)
    opened = [c for c in made if c.better]
    out += [f"## {t('report.other', lang)}", ""]
    if not opened:  # off-script turns came before some choices: the strongest option was not the first reply
        missed = sum(1 for entry in engine.history if entry.get("otherwise"))
        out += [t("report.no-other.missed" if missed else "report.no-other", lang, n=missed), ""]
    for c in opened:
        alt = c.better[0]
        out.append(f"- {_esc(text_in(c.step.text, lang))}  ")
        out.append(f"  {t('report.instead', lang)} **{_esc(alt.label.get(lang))}** ({_points(alt):+d})")
        out += _reactions([alt], lang, "  ", lib)
        out.append("")
    return out


def costly_markdown(made: list[ChoiceMade], lang: str, most: int = 3, level: str = "##") -> list[str]:
    """The moments that cost the most points, and what the client thought then."""
    lost = sorted((c for c in made if c.best > c.points), key=lambda c: c.best - c.points, reverse=True)[
        :most
    ]
    if not lost:
        return []
    out = [f"{level} {t('report.costly', lang)}", ""]
    for c in lost:
        chosen = "; ".join(o.label.get(lang) for o in c.chosen) or t("export.skipped", lang)
        out.append(f"- {_esc(text_in(c.step.text, lang))}  ")
        lost_points = c.best - c.points
        cost = t("report.cost", lang, n=lost_points)
        out.append(f"  **{_esc(chosen)}**: {cost}")
        thought = [o.think.get(lang) for o in c.chosen if o.think]
        if thought:
            out += ["", f"  *{t('report.client-thought', lang)}:* {_esc(' '.join(thought))}"]
        out.append("")
    return out


# -- charts ---------------------------------------------------------------------------

def chart_rows(engine: Engine, lib, lang: str) -> list[tuple[str, int | None, int | None]]:
    """(label, earned % or None when not tested, self-assessed % or None) per krachtlijn 1-10."""
    table = scoring.table(engine)
    own = self_assessment(engine)
    rows = []
    for tag in KRACHTLIJNEN:
        got, best = table.get(tag, (0, 0))
        mine = own[tag] * 20 if tag in own else None
        rows.append((krachtlijnen.short(lib, tag, lang), krachtlijnen.percent(got, best), mine))
    return rows


def _short(label: str, room: int) -> str:
    """A chart's label (" 3 Name", krachtlijnen.short), cut to the room there is."""
    return label if len(label) <= room else label[: room - 1] + "…"


def terminal_chart(rows, lang: str, room: int = 100, width: int | None = None, fold: bool = False) -> str:
    """One line per krachtlijn in `room` columns: a bar from zero (left of the axis when negative),
    the %, the self-score. Narrow terminals get shorter labels and bars, never a wrapped line.
    With `fold` (a low terminal), the krachtlijnen not tested and not self-scored share one last line."""
    folded = [label.split()[0] for label, earned, mine in rows if earned is None and mine is None]
    folded = folded if fold else []
    if len(folded) > 1:
        rows = [r for r in rows if not (r[1] is None and r[2] is None)]
        tail_line = t("krachtlijn.folded", lang, numbers=", ".join(folded))
        return (terminal_chart(rows, lang, room, width) + "\n" if rows else "") + tail_line
    mine_text = t("report.self" if room >= 90 else "report.self-short", lang)
    tail = len(mine_text) + 6 if any(mine is not None for _, _, mine in rows) else 0
    free = room - 12 - tail  # spaces, the axis and the percentage take 12 columns
    longest = max((len(label) for label, _e, _m in rows), default=12)
    if width is None:  # bars give way (down to 10 columns) to whole names
        width = max(min(10, free // 3), min(20, free - longest))
    label_w = max(12, min(longest, free - width))  # the whole name where the terminal has room
    neg = max(4, width // 5)
    lines = []
    for label, earned, mine in rows:
        if earned is None:
            bar, value = " " * neg + "┆" + " " * width, t("report.not-tested", lang)
        elif earned < 0:
            n = min(neg, max(1, round(-earned * neg / 100)))
            bar, value = (" " * (neg - n) + "▒" * n + "│").ljust(neg + 1 + width), f"{earned}%"
        else:
            bar, value = (
                " " * neg + "│" + ("█" * round(min(earned, 100) * width / 100)).ljust(width),
                f"{earned}%",
            )
        line = f"{_short(label, label_w):<{label_w}} {bar} {value:>5}"
        if mine is not None:
            line += f"  {mine_text} {mine // 20}/5"
        lines.append(line.rstrip())
    return "\n".join(lines)


def svg_chart(rows, lang: str) -> str:
    """A horizontal bar chart that scales (viewBox); negatives left of the axis; every text escaped."""
    if not rows:
        return ""
    longest = max(len(label) for label, _e, _m in rows)
    label_w, neg_w, bar_w, row_h = max(190, min(62, longest) * 7), 50, 230, 34  # whole names, up to 62 chars
    zero = label_w + neg_w
    width, height = zero + bar_w + 90, row_h * len(rows) + 34
    with_self = any(mine is not None for _, _, mine in rows)
    title = html.escape(t("report.scores", lang))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" aria-label="{title}" '
        f'font-family="sans-serif" font-size="12">',
        f"<title>{title}</title>",
        f'<text x="{zero}" y="14" fill="#2f5f53">■ {html.escape(t("report.earned", lang))}</text>',
    ]
    if with_self:
        parts.append(f'<text x="{zero + 130}" y="14" fill="#8a6d10">■ '
                     f'{html.escape(t("report.self", lang))}</text>')
    parts.append(f'<line x1="{zero}" y1="22" x2="{zero}" y2="{height - 4}" stroke="#555"/>')
    for i, (label, earned, mine) in enumerate(rows):
        y = 28 + i * row_h
        parts.append(f'<text x="0" y="{y + 12}">{html.escape(_short(label, 62))}</text>')
        if earned is None:
            parts.append(f'<text x="{zero + 6}" y="{y + 11}" '
                         f'fill="#555">{html.escape(t("report.not-tested", lang))}</text>')
        elif earned < 0:
            w = min(neg_w, neg_w * -earned / 100)
            parts.append(f'<rect x="{zero - w:.0f}" y="{y}" width="{w:.0f}" height="12" fill="#a23b2a"/>')
            parts.append(f'<text x="{zero + 6}" y="{y + 11}">{earned}%</text>')
        else:
            w = bar_w * min(earned, 100) / 100
            parts.append(f'<rect x="{zero}" y="{y}" width="{w:.0f}" height="12" fill="#3d7a6b"/>')
            parts.append(f'<text x="{zero + w + 6:.0f}" y="{y + 11}">{earned}%</text>')
        if mine is not None:
            w = bar_w * mine / 100
            parts.append(f'<rect x="{zero}" y="{y + 14}" width="{w:.0f}" height="8" fill="#c9a227"/>')
            parts.append(f'<text x="{zero + w + 6:.0f}" y="{y + 22}" font-size="10">{mine // 20}/5</text>')
    parts.append("</svg>")
    return "\n".join(parts)


# -- earlier sessions --------------------------------------------------------------------

def earlier_scores(store, lib, flow_id: str, lang: str, limit: int = 4) -> list[tuple[str, dict]]:
    """(date, {tag: percent}) for the finished sessions of one scenario, newest first."""
    out = []
    for s in store.list(status="finished", limit=200):
        if s.flow_id != flow_id:
            continue
        full = store.get(s.id)
        try:
            eng = Engine.from_state(lib.flows, full.state or {}, lib.programs)
        except Exception:  # an old session of a changed flow: leave it out of the comparison
            continue
        scores = {tag: krachtlijnen.percent(got, best)
                  for tag, (got, best) in scoring.table(eng).items() if best > 0}
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
        out.append(f"| {_esc(krachtlijnen.label(lib, tag, lang))} | {cells} |")
    out.append("")
    return out
