"""Session reports as Markdown and as a standalone, printable HTML page.

Everything the user typed goes through `escape_md` before it enters the
Markdown, and the HTML comes from markdown-it-py with raw HTML disabled, so
typed text can never become markup.
"""

from __future__ import annotations

import html
import re
import time
from pathlib import Path

from guide.engine import Engine, RestoreError
from guide.i18n import t
from guide.model import PHASES, Step
from guide.transcript import answer_item

_INLINE = re.compile(r"([\\`*_\[\]<>|~&!{}])")
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def escape_md(text: str) -> str:
    """Typed text -> Markdown that renders as exactly that text."""
    lines = []
    for line in str(text).splitlines() or [""]:
        line = _INLINE.sub(r"\\\1", line.strip())
        line = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
        lines.append(line)
    return "  \n".join(lines)  # keep the user's line breaks


def _when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))


def report_kind(engine: Engine | None) -> str | None:
    """plan / debrief / reflection when the session finished at an end step that asks for one."""
    if engine is None or not engine.finished or engine.end_step is None:
        return None
    return engine.end_step.report


def restore(session, lib) -> Engine | None:
    """The session's engine, or None when its flow is gone or changed past resuming."""
    if session.flow_id not in lib.flows:
        return None
    try:
        return Engine.from_state(lib.flows, session.state or {}, lib.programs)
    except (RestoreError, KeyError, TypeError, ValueError):
        return None


def build_markdown(session, lib, notes: list, lang: str, engine: Engine | None, store=None) -> str:
    """The whole report, phase by phase; a plan, debrief or reflection report when the flow asks.

    With the store, a debrief also compares earlier sessions of the same scenario."""
    out: list[str] = []
    state = session.state or {}
    flow = lib.flows.get(session.flow_id)
    title = flow.title.get(lang) if flow else session.flow_id
    kind = report_kind(engine)
    if kind is not None:
        out += [f"# {t('report.title.' + kind, lang)}", "", f"## {escape_md(title)}"]
    else:
        out.append(f"# {escape_md(title)}")
    out.append("")
    out.append(f"- {t('export.label', lang)}: {escape_md(session.label)}")
    out.append(f"- {t('export.job', lang)}: {t('job.' + session.job, lang)}")
    out.append(f"- {t('export.flow', lang)}: {escape_md(session.flow_id)} ({t('export.version', lang)} {escape_md(session.flow_version)})")
    out.append(f"- {t('export.dates', lang)}: {_when(session.created)} – {_when(session.updated)}")
    status = t("export.status." + ("finished" if session.status == "finished" else "active"), lang)
    out.append(f"- {t('export.status', lang)}: {status}")
    out.append("")

    if kind is not None:
        from guide import reports

        if kind == "plan":
            out += reports.plan_markdown(engine, lang)
            out += reports.notes_markdown(notes, lang)
            return "\n".join(out).rstrip() + "\n"
        out += reports.scores_markdown(engine, lib, lang)
        out += reports.path_markdown(engine, lang)
        if store is not None:
            out += reports.comparison_markdown(reports.earlier_scores(store, lib, session.flow_id, lang), lib, lang)
        if kind == "reflection":
            out += reports.notes_markdown(notes, lang)
        out.append(f"## {t('report.record', lang)}")
        out.append("")
    answers = state.get("answers") or {}
    notes_by_key: dict[str, list] = {}
    for key, at, text in notes:
        notes_by_key.setdefault(key, []).append((at, text))

    visited = [e.get("key") for e in state.get("history") or []]
    current = (state.get("stack") or [[None, None]])[-1]
    if current and current[0] and not state.get("finished"):
        visited.append(f"{current[0]}/{current[1]}")
    seen: set[str] = set()
    order = [k for k in visited if not (k in seen or seen.add(k))]
    order += [k for k in answers if k not in seen]

    by_phase: dict[str, list[str]] = {}
    orphans: list[str] = []
    for key in order:
        step = engine.step_for(key) if engine else None
        if step is None:
            if key in answers or key in notes_by_key:
                orphans.append(key)
            continue
        by_phase.setdefault(step.phase, []).append(key)

    for phase in PHASES:
        keys = by_phase.get(phase)
        if not keys:
            continue
        out.append(f"## {t('phase.' + phase, lang)}")
        out.append("")
        for key in keys:
            step = engine.step_for(key)
            out += _step_md(step, key, answers, notes_by_key.pop(key, []), engine, lib, lang)
    if orphans:
        out.append(f"## {t('export.orphans', lang)}")
        out.append("")
        for key in orphans:
            out.append(f"- `{escape_md(key)}`: {escape_md(str(answers.get(key, '')))}")
            for at, text in notes_by_key.pop(key, []):
                out.append(f"  - {t('export.note', lang)} ({_when(at)}): {escape_md(text)}")
        out.append("")
    rest = [n for items in notes_by_key.values() for n in items]
    if rest:
        out.append(f"## {t('export.notes', lang)}")
        out.append("")
        for at, text in rest:
            out.append(f"- {_when(at)}: {escape_md(text)}")
        out.append("")
    if engine is not None and kind is None:
        scores = engine.scores()
        if scores:
            out.append(f"## {t('export.scores', lang)}")
            out.append("")
            out.append(f"| {t('export.tag', lang)} | {t('export.points', lang)} | {t('export.best', lang)} |")
            out.append("|---|---:|---:|")
            for tag, (got, best) in scores.items():
                out.append(f"| {escape_md(_tag_label(tag, engine, lib, lang))} | {got} | {best} |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _tag_label(tag: str, engine: Engine, lib, lang: str) -> str:
    for flow in engine.flows.values():
        if tag in flow.tags:
            return flow.tags[tag].get(lang)
    return lib.card_title(tag, lang)


def _step_md(step: Step, key: str, answers: dict, notes: list, engine: Engine, lib, lang: str) -> list[str]:
    out: list[str] = []
    kind = t("kind." + step.kind, lang)
    if step.kind == "card":
        out.append(f"**{kind}:** {escape_md(lib.card_title(step.card, lang))}")
    elif step.kind == "line":
        speaker = step.speaker or engine.flows[key.split('/')[0]].persona or t("play.client", lang)
        out.append(f"**{escape_md(speaker)}:** “{escape_md(step.say.get(lang))}”")
        if step.think:
            out.append(f"*{t('play.event.think', lang)}: {escape_md(step.think.get(lang))}*")
    elif step.text is not None:
        out.append(f"**{kind}:** {escape_md(step.text.get(lang))}")
    if step.needs_input:
        if key in answers:
            shown = escape_md(answer_item(step, answers[key], lang)[2])
        elif engine.current is step:
            shown = t("export.open", lang)
        else:
            shown = t("export.skipped", lang)
        out.append("")
        out.append(f"> {shown}")
        value = answers.get(key)
        chosen = value if isinstance(value, list) else [value]
        for o in step.options:
            if o.value in chosen:
                if o.feedback:
                    out.append("")
                    out.append(f"*{t('play.event.feedback', lang)}:* {escape_md(o.feedback.get(lang))}")
                if o.think:
                    out.append("")
                    out.append(f"*{t('play.event.think', lang)}:* {escape_md(o.think.get(lang))}")
    for at, text in notes:
        out.append("")
        out.append(f"*{t('export.note', lang)} ({_when(at)}):* {escape_md(text)}")
    out.append("")
    return out


CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.5;
       max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1f2a30; }
h1 { font-size: 1.6rem; border-bottom: 2px solid #3d7a6b; padding-bottom: .3rem; }
h2 { font-size: 1.25rem; color: #2f5f53; margin-top: 2rem; }
blockquote { margin: .3rem 0 .8rem; padding: .3rem .8rem; background: #f1f6f4;
             border-left: 4px solid #3d7a6b; }
table { border-collapse: collapse; }
td, th { border: 1px solid #c9d6d1; padding: .25rem .6rem; }
svg { max-width: 100%; height: auto; }
hr.page { border: 0; border-top: 1px dashed #c9d6d1; margin: 2rem 0; }
@media print {
  hr.page { border: 0; margin: 0; break-after: page; }
  body { margin: 0; max-width: none; font-size: 11pt; color: #000; }
  h2 { break-after: avoid; }
  blockquote, table, svg { break-inside: avoid; }
  blockquote { background: none; border-left: 2px solid #000; }
  @page { margin: 18mm; }
}
"""


def markdown_to_html(markdown: str, title: str, lang: str, extra_html: str = "") -> str:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    body = md.render(markdown)
    if extra_html and "</table>" in body:  # the chart goes right under the scores table
        body = body.replace("</table>", "</table>\n" + extra_html, 1)
        extra_html = ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"{body}{extra_html}</body>\n</html>\n"
    )


def default_path(directory: Path, session, fmt: str) -> Path:
    """exports/sessie-12-intake-2026-12-01.html: the number, the flow and the day, never the
    label (a label may hold a name by mistake)."""
    flow = re.sub(r"[^A-Za-z0-9_-]+", "-", session.flow_id).strip("-") or "x"
    stamp = time.strftime("%Y-%m-%d")
    return directory / "exports" / f"sessie-{session.id}-{flow}-{stamp}.{'md' if fmt == 'md' else 'html'}"


def format_for(path: Path | None, requested: str | None) -> str:
    """--format wins; otherwise the file's extension (.md, .markdown -> md); otherwise html."""
    if requested:
        return requested
    if path is not None and path.suffix.lower() in (".md", ".markdown"):
        return "md"
    return "html"


def render_all(session, lib, notes: list, lang: str, store=None) -> dict[str, str]:
    """The session as {"md": Markdown, "html": a standalone page}, from one restored engine."""
    from guide import reports

    engine = restore(session, lib)
    try:
        markdown = build_markdown(session, lib, notes, lang, engine, store)
        chart = ""
        if report_kind(engine) in ("debrief", "reflection"):
            chart = reports.svg_chart(reports.chart_rows(engine, lib, lang), lang)
    finally:
        if engine is not None:
            engine.close()
    extra = f'<figure class="chart">{chart}</figure>\n' if chart else ""
    page = markdown_to_html(markdown, f"{session.label} — {session.flow_id}", lang, extra)
    return {"md": markdown, "html": page}


def render(session, lib, notes: list, lang: str, fmt: str, store=None) -> str:
    """The session as Markdown ("md") or a standalone HTML page ("html")."""
    return render_all(session, lib, notes, lang, store)[fmt]
