"""Session reports as Markdown and as a standalone, printable HTML page.

The escaping, the page and the print CSS live in markup.py; the plan, debrief
and reflection parts in reports.py. `build` is the one entry: the report
screen and the files both use it.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from guide.artefacts import intake_plan, markup, ownwords, reflection, reports, statechart
from guide.artefacts.markup import escape_md, markdown_to_html
from guide.artefacts.transcript import step_markdown
from guide.base.i18n import t
from guide.flows import krachtlijnen
from guide.flows.model import PHASES
from guide.run import scoring
from guide.run.engine import Engine, RestoreError


def report_kind(engine: Engine | None) -> str | None:
    """plan / debrief / reflection when the session finished at an end step that asks for one
    (a walk-out: the scenario's own debrief, Engine.report)."""
    return engine.report if engine is not None else None


def _status(session, engine: Engine | None) -> str:
    """finished, ended-early (the client walked out) or active."""
    if session.status != "finished":
        return "active"
    return "ended-early" if engine is not None and engine.ended_early else "finished"


def restore(session, lib) -> Engine | None:
    """The session's engine, or None when its flow is gone or changed past resuming."""
    if session.flow_id not in lib.flows:
        return None
    try:
        return Engine.from_state(lib.flows, session.state or {}, lib.programs)
    except (RestoreError, KeyError, TypeError, ValueError):
        return None


@dataclass
class Report:
    """One session's report: the parts shown on screen, the full record for the files, the chart."""

    kind: str | None
    title: str
    lang: str
    summary: list[str]  # heading, metadata and (for a plan/debrief/reflection) the report itself
    record: list[str]  # the full transcript; the files carry it, the report screen does not
    chart_rows: list
    private: list[str] = field(default_factory=list)  # a plan's "for myself" page, printed only when asked
    state_chart: statechart.StateChart | None = None  # the client's state over the moments (debrief)
    early: str | None = None  # why the client left, when the conversation ended early
    moments: list = field(default_factory=list)  # say-first moments: own words, reading, correction

    @property
    def markdown(self) -> str:
        return "\n".join(self.summary + self.record).rstrip() + "\n"

    @property
    def file_markdown(self) -> str:
        """The .md file; it says its flavour when it holds a table (CommonMark has none)."""
        text = self.markdown
        if "\n|---" in text:
            text += f"\n<!-- {t('report.flavour', self.lang)} -->\n"
        return text

    @property
    def screen(self) -> str:
        if self.kind == "plan":
            shown = self.summary + self.record + (["---", ""] + self.private if self.private else [])
        else:
            shown = self.summary if self.kind else self.summary + self.record
        return "\n".join(shown).rstrip() + "\n"

    @property
    def screen_after_early(self) -> str:
        """The screen text without the early-end section: the report screen shows it above the charts."""
        text = self.screen
        if self.early:
            section = "\n".join(statechart.early_markdown_text(self.early, self.lang))
            text = text.replace(section, "", 1)
        return text

    @property
    def html(self) -> str:
        chart = reports.svg_chart(self.chart_rows, self.lang) if self.chart_rows else ""
        extra = f'<figure class="chart">{chart}</figure>\n' if chart else ""
        if self.state_chart is not None:
            extra += f'<figure class="chart">{statechart.svg(self.state_chart, self.lang)}</figure>\n'

        if self.kind == "reflection":  # in print the appendix starts on a page of its own
            page = markdown_to_html(self.markdown, self.title, self.lang, extra, "report")
            head = f"<h2>{t('reflect.appendix', self.lang)}</h2>"
            return page.replace(head, head.replace("<h2>", '<h2 class="appendix">'), 1)
        if self.kind == "plan":
            plan = "\n".join(self.summary) + "\n"
            return markdown_to_html(plan, self.title, self.lang, intake_plan.during_html(self.lang), "plan")
        return markdown_to_html(self.markdown, self.title, self.lang, extra, "report" if self.kind else "")

    @property
    def private_markdown(self) -> str:
        return "\n".join(self.private).rstrip() + "\n" if self.private else ""

    @property
    def private_html(self) -> str:
        if not self.private:
            return ""
        title = f"{t('plan.private', self.lang)} — {self.title}"
        return markdown_to_html(self.private_markdown, title, self.lang,
                                intake_plan.during_html(self.lang, 4, safeguards=False), "plan")


def build(session, lib, notes: list, lang: str, store=None) -> Report:
    """The session's report from one restored engine; the screen and the files both use it.

    With the store, a debrief also compares earlier sessions of the same scenario."""
    engine = restore(session, lib)
    try:
        kind = report_kind(engine)
        corrections = store.move_corrections(session.id) if store is not None else {}
        moments = (
            ownwords.moments(engine, lang, session.lang, corrections)
            if kind in ("debrief", "reflection")
            else []
        )
        summary = _summary(session, lib, notes, lang, engine, kind, store, moments)
        record = (
            intake_plan.during_markdown(lang)
            if kind == "plan"
            else _record(session, lib, notes, lang, engine, kind)
        )
        # a report kind comes from a restored engine's end step: with a kind, there is an engine
        private = intake_plan.private_markdown(engine, notes, lang) if kind == "plan" and engine else []
        rows = reports.chart_rows(engine, lib, lang) if kind in ("debrief", "reflection") and engine else []
        states = statechart.chart(engine, lang) if kind == "debrief" else None
        early = statechart.early_why(engine, lang) if kind == "debrief" else None
    finally:
        if engine is not None:
            engine.close()
    flow = lib.flows.get(session.flow_id)
    name = flow.title.get(lang) if flow else session.flow_id
    title = f"{t('report.title.' + kind, lang)} — {name}" if kind else name  # no label: it may name a person
    return Report(kind, title, lang, summary, record, rows, private, states, early, moments)


def _summary(session, lib, notes, lang, engine, kind, store, moments) -> list[str]:
    flow = lib.flows.get(session.flow_id)
    title = flow.title.get(lang) if flow else session.flow_id
    if kind == "plan":  # a page to take along: no technical metadata
        return [f"# {t('report.title.plan', lang)}: {escape_md(session.label)}", "",
                *intake_plan.plan_markdown(engine, lib, lang, session.lang)]
    if kind == "reflection":
        return _reflection(session, lib, notes, lang, engine, title, store, moments)
    if kind is not None:
        out = [f"# {t('report.title.' + kind, lang)}", ""]
        if kind == "debrief":  # the client left: that is the first thing the debrief says
            out += statechart.early_markdown(engine, lang)
        out += [f"## {escape_md(title)}", ""]
    else:
        out = [f"# {escape_md(title)}", ""]
    status = t("export.status." + _status(session, engine), lang)
    training = [f"{t('export.training', lang)}: {escape_md(session.training)}"] if session.training else []
    if kind == "debrief":  # a page for a group: who and when in one line, no technical details
        out += [
            f"*{' · '.join([escape_md(session.label), markup.when(session.updated), status, *training])}*",
            "",
        ]
        # what the learner wrote at the end ('Wat merkte je bij jezelf?') comes first, not in the record only
        out += reflection.reflections_markdown(engine, notes, lang, say_none=False)
    else:
        out += [f"- {t('export.label', lang)}: {escape_md(session.label)}",
                f"- {t('export.job', lang)}: {t('job.' + session.job, lang)}",
                f"- {t('export.flow', lang)}: {escape_md(session.flow_id)} "
                f"({t('export.version', lang)} {escape_md(session.flow_version)})",
                f"- {t('export.dates', lang)}: {markup.when(session.created)} – "
                f"{markup.when(session.updated)}",
                f"- {t('export.status', lang)}: {status}", *(f"- {line}" for line in training), ""]
    if kind is not None:
        out += reports.scores_markdown(engine, lib, lang)
        if kind == "debrief":
            out += statechart.markdown(statechart.chart(engine, lang), lang)
            out += ownwords.said_markdown(moments, lang)
            out += ownwords.mirror_markdown(moments, lang)
        out += reports.path_markdown(engine, lang, lib)
        if store is not None:
            out += reports.comparison_markdown(reports.earlier_scores(store, lib, session.flow_id, lang), lib,
                                               lang)
    return out


def _reflection(session, lib, notes, lang, engine, title, store, moments) -> list[str]:
    """Own words first, then scores and chart, then the moments that mattered; the record follows."""
    changes = store.changes(session.id) if store is not None else []
    out = [f"# {t('report.title.reflection', lang)}: {escape_md(title)}", ""]
    out.append(f"- {t('export.label', lang)}: {escape_md(session.label)}")
    days = reflection.worked(changes, lang)
    if days:
        out.append(f"- {t('reflect.worked', lang)}: " + "; ".join(days))
    out.append("")
    out += reflection.reflections_markdown(engine, notes, lang)
    out += reports.scores_markdown(engine, lib, lang)
    out += ownwords.said_markdown(moments, lang)
    out += ownwords.mirror_markdown(moments, lang)
    out += [f"## {t('reflect.moments', lang)}", ""]
    out += reflection.undone_markdown(changes, engine, lang)
    out += reflection.came_back_markdown(engine, lang)
    out += reports.costly_markdown(reports.choices(engine), lang, level="###")
    return out


def _record(session, lib, notes, lang, engine, kind) -> list[str]:
    """Every step taken, phase by phase, with answers, feedback and notes."""
    out: list[str] = []
    if kind is not None:
        out += [f"## {t('reflect.appendix' if kind == 'reflection' else 'report.record', lang)}", ""]
    state = session.state or {}
    answers = state.get("answers") or {}
    notes_by_key: dict[str, list] = {}
    for key, at, text in notes:
        notes_by_key.setdefault(key, []).append((at, text))

    by_phase, orphans = _by_phase(state, answers, notes_by_key, engine)
    for phase in PHASES:
        keys = by_phase.get(phase)
        if not keys:
            continue
        out.append(f"## {t('phase.' + phase, lang)}")
        out.append("")
        for key in keys:
            step = engine.step_for(key)
            out += step_markdown(step, key, answers, notes_by_key.pop(key, []), engine, lib, lang)
    out += _leftovers_md(orphans, answers, notes_by_key, lang)
    if engine is not None and kind is None:
        out += _scores_table_md(engine, lib, lang)
    return out


def _leftovers_md(orphans: list[str], answers: dict, notes_by_key: dict, lang: str) -> list[str]:
    """Answers to steps the flow no longer has, then the notes not shown with a step."""
    out: list[str] = []
    if orphans:
        out.append(f"## {t('export.orphans', lang)}")
        out.append("")
        for key in orphans:
            out.append(f"- `{escape_md(key)}`: {escape_md(str(answers.get(key, '')))}")
            for at, text in notes_by_key.pop(key, []):
                out.append(f"  - {t('export.note', lang)} ({markup.when(at)}): {escape_md(text)}")
        out.append("")
    rest = [n for items in notes_by_key.values() for n in items]
    if rest:
        out.append(f"## {t('export.notes', lang)}")
        out.append("")
        for at, text in rest:
            out.append(f"- {markup.when(at)}: {escape_md(text)}")
        out.append("")
    return out


def _scores_table_md(engine: Engine, lib, lang: str) -> list[str]:
    scores = scoring.tested(engine)  # the debrief's scores: best over the whole scenario
    if not scores:
        return []
    out = [f"## {t('export.scores', lang)}", ""]
    out.append(f"| {t('export.tag', lang)} | {t('export.points', lang)} |")
    out.append("|---|---:|")
    for tag in krachtlijnen.ordered(scores):
        got, best = scores[tag]
        shown = krachtlijnen.score_text(got, best, lang)  # n.v.t. with its points, never "0 / 0"
        out.append(f"| {escape_md(_tag_label(tag, engine, lib, lang))} | {shown} |")
    out.append("")
    return out


def _by_phase(state: dict, answers: dict, notes_by_key: dict, engine: Engine | None) -> tuple[dict, list]:
    """The visited (and answered) step keys in order, grouped by phase; keys of vanished steps apart."""
    visited = [e.get("key") for e in state.get("history") or []]
    current = (state.get("stack") or [[None, None]])[-1]
    if current and current[0] and not state.get("finished"):
        visited.append(f"{current[0]}/{current[1]}")
    order = list(dict.fromkeys(visited))
    seen = set(order)
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
    return by_phase, orphans


def _tag_label(tag: str, engine: Engine, lib, lang: str) -> str:
    for flow in engine.flows.values():
        if tag in flow.tags:
            return flow.tags[tag].get(lang)
    return krachtlijnen.label(lib, tag, lang)


def default_path(directory: Path, session, fmt: str) -> Path:
    """exports/sessie-12-intake-2026-12-01.html: the number, the flow and the day, never the
    label (a label may hold a name by mistake)."""
    flow = re.sub(r"[^A-Za-z0-9_-]+", "-", session.flow_id).strip("-") or "x"
    stamp = time.strftime("%Y-%m-%d")
    private = "-private" if fmt.startswith("private-") else ""  # the plan's "for myself" page
    ext = "md" if fmt.endswith("md") else "html"
    return directory / "exports" / f"sessie-{session.id}-{flow}{private}-{stamp}.{ext}"


def format_for(path: Path | None, requested: str | None) -> str:
    """--format wins; otherwise the file's extension (.md, .markdown -> md); otherwise html."""
    if requested:
        return requested
    if path is not None and path.suffix.lower() in (".md", ".markdown"):
        return "md"
    return "html"


def render_all(session, lib, notes: list, lang: str, store=None) -> dict[str, str]:
    """The session as {"md": Markdown, "html": a standalone page}."""
    report = build(session, lib, notes, lang, store)
    pages = {"md": report.file_markdown, "html": report.html}
    if report.private:
        pages |= {"private-md": report.private_markdown, "private-html": report.private_html}
    return pages


def render(session, lib, notes: list, lang: str, fmt: str, store=None) -> str:
    """The session as Markdown ("md") or a standalone HTML page ("html")."""
    return render_all(session, lib, notes, lang, store)[fmt]
