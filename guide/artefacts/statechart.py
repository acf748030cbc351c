"""The debrief's view of a client who reacts: the state over the moments as a chart
(terminal, SVG, Markdown), the early end explained, and own words beside the model answer.

Plain text here; export.py, the report screen and `bindkracht play` use it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from guide.artefacts.markup import escape_md
from guide.base.i18n import t
from guide.run.engine import Engine

SPARK = "▁▂▃▄▅▆▇█"


@dataclass
class StateChart:
    names: list[str]
    labels: dict[str, str]  # name -> label in the report's language
    bounds: dict[str, tuple[int, int]]
    # (short label, question, values): the start, then per choice
    moments: list[tuple[str, str, dict[str, int]]]


def chart(engine: Engine | None, lang: str) -> StateChart | None:
    """The client's state over the moments of a session, or None when its flow has no state."""
    if engine is None:
        return None
    timeline = engine.timeline()
    flow = engine.flows[engine.root]
    declared = dict(flow.state)  # the root's own state first, then a called flow's
    called = {key.split("/", 1)[0] for key, _v in timeline if key}
    for fid in sorted(called - {engine.root}):
        for name, var in engine.flows[fid].state.items() if fid in engine.flows else ():
            declared.setdefault(name, var)
    names = [n for n in declared if any(n in values for _k, values in timeline)]
    if not timeline or not names:
        return None
    moments = []
    for n, (key, values) in enumerate(timeline):
        step = engine.step_for(key) if key else None
        question = step.text.get(lang) if step is not None and step.text else ""
        moments.append((str(n) if n else t("state.start", lang), question, values))
    return StateChart(names, {n: declared[n].label.get(lang) for n in names},
                      {n: (declared[n].min, declared[n].max) for n in names}, moments)


def _spark(value: int, low: int, high: int) -> str:
    share = (value - low) / (high - low) if high > low else 0
    return SPARK[round(share * (len(SPARK) - 1))]


def terminal(c: StateChart, lang: str) -> str:
    """Per state one line: a bar and the value per moment (start first), then the bounds."""
    width = max(len(c.labels[n]) for n in c.names)
    cell = max(len(str(v)) for b in c.bounds.values() for v in b) + 2
    lines = [t("state.title", lang)]
    for name in c.names:
        low, high = c.bounds[name]
        values = [m[2].get(name, low) for m in c.moments]
        bars = "".join(f"{_spark(v, low, high)}{v}".ljust(cell) for v in values)
        lines.append(f"{c.labels[name]:<{width}}  {bars} ({low}–{high})")
    marks = "".join(("s" if i == 0 else str(i)).ljust(cell) for i in range(len(c.moments)))
    lines.append(f"{'':<{width}}  {marks}".rstrip())
    return "\n".join(lines)


def markdown(c: StateChart | None, lang: str) -> list[str]:
    if c is None:
        return []
    out = [f"## {t('state.title', lang)}", ""]
    out.append(f"| {t('state.moment', lang)} | " + " | ".join(escape_md(c.labels[n]) for n in c.names) + " |")
    out.append("|---|" + "---:|" * len(c.names))
    for short, question, values in c.moments:
        where = f"{short}. {escape_md(' '.join(question.split()))}" if question else escape_md(short)
        out.append(f"| {where} | " + " | ".join(str(values.get(n, "–")) for n in c.names) + " |")
    out += ["", t("state.note", lang), ""]
    return out


COLOURS = ("#3d7a6b", "#8a6d10", "#a23b2a", "#4a5f9a")


def svg(c: StateChart | None, lang: str) -> str:
    """A line per state over the moments; every value labelled; scales with its viewBox."""
    if c is None:
        return ""
    low = min(b[0] for b in c.bounds.values())
    high = max(b[1] for b in c.bounds.values())
    left, top, step_w, plot_h = 40, 30, 60, 150
    width = left + step_w * max(1, len(c.moments) - 1) + 60
    height = top + plot_h + 40
    title = html.escape(t("state.title", lang))

    def y(v: int) -> float:
        return top + plot_h - (v - low) * plot_h / (high - low or 1)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" aria-label="{title}" '
        f'font-family="sans-serif" font-size="12">',
        f"<title>{title}</title>",
    ]
    for v in range(low, high + 1):
        parts.append(f'<line x1="{left}" y1="{y(v):.0f}" x2="{width - 20}" y2="{y(v):.0f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 8}" y="{y(v) + 4:.0f}" text-anchor="end" fill="#555">{v}</text>')
    for i, (short, _q, _v) in enumerate(c.moments):
        parts.append(f'<text x="{left + i * step_w}" y="{top + plot_h + 18}" text-anchor="middle" '
                     f'fill="#555">{html.escape(short)}</text>')
    for n, name in enumerate(c.names):
        colour = COLOURS[n % len(COLOURS)]
        parts.append(f'<text x="{left + n * 150}" y="14" fill="{colour}">■ '
                     f'{html.escape(c.labels[name])}</text>')
        points_ = [
            (left + i * step_w, y(m[2].get(name, low)), m[2].get(name, low)) for i, m in enumerate(c.moments)
        ]
        path = " ".join(f"{x:.0f},{yy:.0f}" for x, yy, _ in points_)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        offset = -6 if n % 2 == 0 else 14
        for x, yy, value in points_:
            parts.append(f'<circle cx="{x:.0f}" cy="{yy:.0f}" r="3" fill="{colour}"/>')
            parts.append(f'<text x="{x + 4:.0f}" y="{yy + offset:.0f}" fill="{colour}" '
                         f'font-size="10">{value}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


# -- the early end ------------------------------------------------------------------------

def early_why(engine: Engine | None, lang: str) -> str | None:
    end = engine.end_step if engine is not None and engine.ended_early else None
    return end.why.get(lang) if end is not None and end.why is not None else None


def early_markdown(engine: Engine | None, lang: str) -> list[str]:
    why = early_why(engine, lang)
    return [] if why is None else early_markdown_text(why, lang)


def early_markdown_text(why: str, lang: str) -> list[str]:
    return [f"## {t('state.early', lang)}", "", escape_md(why), ""]
