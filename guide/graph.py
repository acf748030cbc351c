"""A flow as a Mermaid or Graphviz diagram, with the conditions on the edges."""

from __future__ import annotations

from guide.i18n import t
from guide.model import Flow

_SHAPES = {"end": ("([", "])"), "call": ("[[", "]]"), "choice": ("{", "}")}


def edges(flow: Flow, lang: str = "nl") -> list[tuple[str, str, str]]:
    """(from, to, label) for every way one step can lead to another."""
    steps = list(flow.steps())
    guarded_phases = {p.id: p.when for p in flow.phases if p.when is not None}
    out: list[tuple[str, str, str]] = []
    for i, step in enumerate(steps):
        linear = steps[i + 1].id if i + 1 < len(steps) else "END"
        if step.kind == "end":
            continue
        labels: dict[str, list[str]] = {}
        for opt in step.options:
            if opt.next:
                labels.setdefault(opt.next, []).append(f"= {opt.value}")
        if step.next:
            for b in step.next:
                labels.setdefault(b.target, []).append(b.cond.source if b.cond else "else")
        if not step.next and (not step.options or not all(o.next for o in step.options)):
            labels.setdefault(linear, []).append("")
        for target, texts in labels.items():
            out.append((step.id, target, " | ".join(t for t in texts if t)))
        guard = step.when or guarded_phases.get(step.phase)
        if guard is not None:
            out.append((step.id, linear, t("graph.skip-unless", lang, cond=guard.source)))
    return out


def _mermaid_text(text: str) -> str:
    return text.replace('"', "#quot;")


def mermaid(flow: Flow, lang: str) -> str:
    lines = ["flowchart TD"]
    for phase in flow.phases:
        lines.append(f"  subgraph {phase.id}")
        for step in phase.steps:
            left, right = _SHAPES.get(step.kind, ("[", "]"))
            label = _mermaid_text(f"{step.id} ({step.kind})")
            lines.append(f'    {step.id}{left}"{label}"{right}')
        lines.append("  end")
    lines.append(f'  END(("{t("graph.end", lang)}"))')
    for src, dst, label in edges(flow, lang):
        if label:
            lines.append(f'  {src} -->|"{_mermaid_text(label)}"| {dst}')
        else:
            lines.append(f"  {src} --> {dst}")
    return "\n".join(lines) + "\n"


def _dot_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def dot(flow: Flow, lang: str) -> str:
    lines = [f'digraph "{_dot_text(flow.id)}" {{', "  rankdir=TB;", "  node [shape=box];"]
    for phase in flow.phases:
        lines.append(f'  subgraph "cluster_{phase.id}" {{ label="{phase.id}";')
        for step in phase.steps:
            shape = {"end": "oval", "call": "box3d", "choice": "diamond"}.get(step.kind, "box")
            lines.append(f'    "{step.id}" [label="{_dot_text(step.id)}\\n({step.kind})", shape={shape}];')
        lines.append("  }")
    lines.append(f'  "END" [shape=doublecircle, label="{t("graph.end", lang)}"];')
    for src, dst, label in edges(flow, lang):
        lines.append(f'  "{src}" -> "{dst}" [label="{_dot_text(label)}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"
