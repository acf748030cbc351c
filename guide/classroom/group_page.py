"""The group view as Markdown and as a standalone, printable HTML page (inline SVG bars).

Only flow texts and counts go in; every text is escaped all the same.
"""

from __future__ import annotations

import html

from guide.artefacts import reports
from guide.artefacts.markup import CSS, escape_md, scroll_tables
from guide.base.i18n import t
from guide.classroom.group import MIN_GROUP, GroupView, Moment, letter
from guide.flows import krachtlijnen
from guide.flows.model import text_in


def title(view: GroupView, lang: str) -> str:
    return f"{t('group.title', lang)} — {view.flow.title.get(lang)}"


def client_name(view: GroupView, lang: str) -> str:
    return view.flow.persona or t("play.client", lang)


def score_text(score, lang: str) -> str:
    if not score.tested:
        return t("report.not-tested", lang)
    if score.mean is None:
        return t("group.no-data", lang)
    return krachtlijnen.percent_text(score.mean, lang)


def chart_rows(view: GroupView, lib, lang: str) -> list[tuple[str, int | None, None]]:
    """The group's chart: per krachtlijn 1 to 10 its number and name, and the mean % (None: n.v.t.)."""
    return [(krachtlijnen.short(lib, s.tag, lang), s.mean if s.tested else None, None) for s in view.scores]


def _facts(view: GroupView, lang: str) -> list[str]:
    out = [f"{t('export.training', lang)}: {view.training}",
           t("group.sessions", lang, n=view.sessions, done=view.finished)]
    if view.unreadable:
        out.append(t("group.unreadable", lang, n=view.unreadable))
    if not view.too_small:  # a small group gets the warning in its place, set apart
        out.append(t("group.anonymous", lang))
    return out


def moves_text(m: Moment, lang: str) -> str:
    """'Eerst zelf getypt (7 beurten): open vraag 3 · reflectie 2 ...': counts only, never the text."""
    counts = " · ".join(f"{t('group.move.' + move, lang)} {n}" for move, n in m.moves)
    return t("group.moves", lang, n=m.typed, counts=counts) if m.moves else ""


def too_small(view: GroupView, lang: str) -> str:
    return t("group.too-small", lang, n=view.sessions, min=MIN_GROUP)


# -- Markdown ------------------------------------------------------------------------------

def markdown(view: GroupView, lib, lang: str) -> str:
    out = [f"# {escape_md(title(view, lang))}", ""]
    out += [f"- {escape_md(line)}" for line in _facts(view, lang)] + [""]
    if view.too_small:
        out += [f"**{escape_md(too_small(view, lang))}**", ""]
    total = len(view.moments)
    for n, m in enumerate(view.moments, 1):
        out += [f"## {t('group.moment', lang, n=n, total=total)}: {escape_md(text_in(m.step.text, lang))}",
                ""]
        if view.too_small:  # the options to talk about, nothing counted
            out += [f"| | {t('group.option', lang)} | {t('group.client-thought', lang)} |", "|---|---|---|"]
            out += [f"| {letter(i)} | {escape_md(o.label.get(lang))} | "
                    f"{escape_md(o.think.get(lang)) if o.think else ''} |"
                    for i, (o, _count) in enumerate(m.counts)] + [""]
            continue
        for line, seen in m.before:
            said = t("group.said", lang, name=line.speaker or client_name(view, lang))
            text = (f"> {escape_md(said)} ({t('group.seen', lang, n=seen)}): "
                    f"“{escape_md(text_in(line.say, lang))}”")
            if line.think:
                text += f"  \n> *{t('group.thought', lang)}:* {escape_md(line.think.get(lang))}"
            out += [text, ""]
        out += [t("group.answered", lang, n=m.answered, total=view.sessions), ""]
        if m.moves:
            out += [escape_md(moves_text(m, lang)), ""]
        out += [f"| | {t('group.option', lang)} | {t('group.count', lang)} | "
                f"{t('group.client-thought', lang)} |",
                "|---|---|---:|---|"]
        for i, (option, count) in enumerate(m.counts):
            think = escape_md(option.think.get(lang)) if option.think else ""
            out.append(f"| {letter(i)} | {escape_md(option.label.get(lang))} | {count} | {think} |")
        out.append("")
    if view.too_small:
        return "\n".join([*out, f"<!-- {t('report.flavour', lang)} -->", ""])
    out += [f"## {t('group.scores', lang, n=view.finished)}", ""]
    if not view.finished:
        out += [t("group.no-scores", lang), ""]
    out += [f"| {t('export.tag', lang)} | % | |", "|---|---:|---|"]
    for s in view.scores:
        spread = t("group.range", lang, low=s.low, high=s.high) if s.mean is not None else ""
        name = escape_md(krachtlijnen.label(lib, s.tag, lang))
        out.append(f"| {name} | {score_text(s, lang)} | {spread} |")
    out += ["", t("group.scores-note", lang), "", f"<!-- {t('report.flavour', lang)} -->", ""]
    return "\n".join(out)


# -- HTML ----------------------------------------------------------------------------------

PAGE_CSS = """
body.group { max-width: 52rem; }
body.group .facts { color: #33413c; }
body.group section.moment { break-inside: avoid; margin-top: 1.6rem; }
body.group .before { margin: .3rem 0; padding: .3rem .8rem; background: #f1f6f4; border-left: 4px solid #3d7a6b; }
body.group table.options td.count { text-align: right; font-weight: bold; font-size: 1.2rem; }
body.group table.options td.letter { font-weight: bold; }
body.group table.options { width: 100%; margin-top: .5rem; }
body.group .think { font-style: italic; }
body.group .too-small { padding: .5rem .8rem; border: 2px solid #8a4b08; background: #fff4e5; }
@media print {
  body.group { font-size: 10pt; line-height: 1.35; }
  body.group section.moment { margin-top: 1rem; }
  body.group .before { background: none; border-left: 2px solid #000; }
  body.group figure.chart svg { width: 70%; }
  body.group section.scores { break-before: page; }
  body.group figure.counts svg { width: 80%; }
  body.group td, body.group th { padding: .05rem .4rem; }
  body.group h2 { margin-top: .8rem; }
}
"""  # noqa: E501


def counts_svg(m: Moment, lang: str) -> str:
    """One bar per option (A, B, C ...), its count at the end; scales with its viewBox."""
    rows = m.counts
    most = max((n for _o, n in rows), default=0) or 1
    label_w, bar_w, row_h = 28, 420, 26
    width, height = label_w + bar_w + 50, row_h * len(rows) + 6
    summary = ", ".join(f"{letter(i)} {n}" for i, (_o, n) in enumerate(rows))
    name = html.escape(t("group.counts-label", lang, counts=summary))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
             'width="100%" '
             f'preserveAspectRatio="xMinYMin meet" aria-label="{name}" font-family="sans-serif" '
             'font-size="15">',
             f"<title>{name}</title>"]
    for i, (_option, n) in enumerate(rows):
        y = 4 + i * row_h
        w = round(bar_w * n / most)
        parts.append(f'<text x="2" y="{y + 16}" font-weight="bold">{letter(i)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{bar_w}" height="20" fill="#e4ece9"/>')
        if w:
            parts.append(f'<rect x="{label_w}" y="{y}" width="{w}" height="20" fill="#2f5f53"/>')
        parts.append(f'<text x="{label_w + bar_w + 8}" y="{y + 16}" font-weight="bold">{n}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def page(view: GroupView, lib, lang: str) -> str:
    esc = html.escape
    head = title(view, lang)
    body = [f"<h1>{esc(head)}</h1>", '<ul class="facts">']
    body += [f"<li>{esc(line)}</li>" for line in _facts(view, lang)]
    body.append("</ul>")
    if view.too_small:
        body.append(f'<p class="too-small" role="note"><strong>{esc(too_small(view, lang))}</strong></p>')
    for n, m in enumerate(view.moments, 1):
        body += _moment_html(view, m, n, lang)
    if not view.too_small:
        body += _scores_html(view, lib, lang)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(head)}</title>\n<style>{CSS}{PAGE_CSS}"
        ".sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }"
        "</style>\n</head>\n"
        f'<body class="group">\n<main>\n' + scroll_tables("\n".join(body), lang)
        + "\n</main>\n</body>\n</html>\n"
    )


def _moment_html(view: GroupView, m: Moment, n: int, lang: str) -> list[str]:
    """One moment: its question, the client's lines before it, and per option the count and the thought."""
    esc = html.escape
    body = ['<section class="moment">']
    body.append(f"<h2>{esc(t('group.moment', lang, n=n, total=len(view.moments)))}: "
                f"{esc(text_in(m.step.text, lang))}</h2>")
    if view.too_small:  # the options to talk about, nothing counted
        return body + _options_table(m, lang, counted=False) + ["</section>"]
    for line, seen in m.before:
        said = t("group.said", lang, name=line.speaker or client_name(view, lang))
        think = (f'<br><span class="think">{esc(t("group.thought", lang))}: '
                 f'{esc(line.think.get(lang))}</span>'
                 if line.think else "")
        body.append(f'<p class="before">{esc(said)} ({esc(t("group.seen", lang, n=seen))}): '
                    f"“{esc(text_in(line.say, lang))}”{think}</p>")
    body.append(f"<p>{esc(t('group.answered', lang, n=m.answered, total=view.sessions))}</p>")
    if m.moves:
        body.append(f'<p class="moves">{esc(moves_text(m, lang))}</p>')
    body.append(f'<figure class="counts">{counts_svg(m, lang)}</figure>')
    return body + _options_table(m, lang, counted=True) + ["</section>"]


def _options_table(m: Moment, lang: str, counted: bool) -> list[str]:
    """The moment's options with what the client thought, and how many chose each when `counted`."""
    esc = html.escape
    count_head = f"<th scope=\"col\">{esc(t('group.count', lang))}</th>" if counted else ""
    rows = ['<table class="options"><thead><tr><th scope="col"><span class="sr">#</span></th>'
            f"<th scope=\"col\">{esc(t('group.option', lang))}</th>{count_head}"
            f"<th scope=\"col\">{esc(t('group.client-thought', lang))}</th></tr></thead><tbody>"]
    for i, (option, count) in enumerate(m.counts):
        think = esc(option.think.get(lang)) if option.think else ""
        count_cell = f'<td class="count">{count}</td>' if counted else ""
        rows.append(f'<tr><td class="letter">{letter(i)}</td><td>{esc(option.label.get(lang))}</td>'
                    f'{count_cell}<td class="think">{think}</td></tr>')
    rows.append("</tbody></table>")
    return rows


def _scores_html(view: GroupView, lib, lang: str) -> list[str]:
    """The group's score per krachtlijn: a chart and a table with each spread."""
    esc = html.escape
    body = ['<section class="scores">']
    body.append(f"<h2>{esc(t('group.scores', lang, n=view.finished))}</h2>")
    if not view.finished:
        body.append(f"<p>{esc(t('group.no-scores', lang))}</p>")
    rows = chart_rows(view, lib, lang)
    body.append(f'<figure class="chart">{reports.svg_chart(rows, lang)}</figure>')
    body.append(f"<table><thead><tr><th scope=\"col\">{esc(t('export.tag', lang))}</th><th "
                "scope=\"col\">%</th><th scope=\"col\"><span class=\"sr\">…</span></th></tr></thead><tbody>")
    for s in view.scores:
        spread = t("group.range", lang, low=s.low, high=s.high) if s.mean is not None else ""
        name = krachtlijnen.label(lib, s.tag, lang)
        body.append(f"<tr><td>{esc(name)}</td><td>{esc(score_text(s, lang))}</td>"
                    f"<td>{esc(spread)}</td></tr>")
    body.append(f"</tbody></table><p>{esc(t('group.scores-note', lang))}</p></section>")
    return body
