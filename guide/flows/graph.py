"""A flow as a Mermaid or Graphviz diagram, with the conditions on the edges.

Node ids are derived from step ids (`s_` + the id), never the raw id, so no step
id can collide with a keyword of either language; every label is quoted and
escaped. The edges come from guide.flows.successors, the rule the engine runs on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guide.base.i18n import t
from guide.flows.model import Flow
from guide.flows.successors import END, flow_edges

END_NODE = "flow_end"
_MERMAID_SHAPES = {"end": ("([", "])"), "call": ("[[", "]]"), "choice": ("{", "}")}
_DOT_SHAPES = {"end": "oval", "call": "box3d", "choice": "diamond"}


@dataclass
class GraphEdge:
    source: str  # step id
    target: str  # step id or END
    label: str
    skip: bool  # a when-skip: drawn dashed


def edges(flow: Flow, lang: str = "nl") -> list[GraphEdge]:
    """One edge per (step, target, skip or not), labels of parallel ways joined."""
    out: list[GraphEdge] = []
    for step, ways in flow_edges(flow):
        merged: dict[tuple[str, bool], list[str]] = {}
        for e in ways:
            if e.kind == "when-skip":
                label = t("graph.skip-unless", lang, cond=e.cond)
            elif e.kind == "call":
                label = t("graph.after-call", lang, flow=step.flow or "")
            elif e.kind == "else":
                label = "else"
            elif e.kind == "otherwise":  # a typed turn that means none of the options
                label = t("graph.otherwise", lang)
            else:
                label = e.cond
            merged.setdefault((e.target, e.kind == "when-skip"), []).append(label)
        for (target, skip), labels in merged.items():
            out.append(GraphEdge(step.id, target, " | ".join(x for x in labels if x), skip))
    return out


def node_ids(flow: Flow) -> dict[str, str]:
    """Step id -> a diagram id safe in Mermaid and dot, unique in the flow; END included."""
    ids = {END: END_NODE}
    taken = {END_NODE} | {_phase_id(p.id) for p in flow.phases}
    for step in flow.steps():
        if step.id in ids:
            continue
        base = "s_" + re.sub(r"[^a-z0-9_]", "_", step.id)
        node, n = base, 2
        while node in taken:
            node, n = f"{base}_{n}", n + 1
        taken.add(node)
        ids[step.id] = node
    return ids


def _phase_id(phase: str) -> str:
    return "p_" + re.sub(r"[^a-z0-9_]", "_", phase)


def _phase_title(phase: str, lang: str) -> str:
    key = f"phase.{phase}"
    title = t(key, lang)
    return phase if title == key else title


_MERMAID_PLAIN = re.compile(r"[A-Za-z0-9 ,.:_=!?'+*/-]")


def mermaid_text(text: str) -> str:
    """Text for inside a quoted Mermaid label: one line, every special sign as an entity code."""
    text = " ".join(text.split())
    return "".join(c if ord(c) > 127 or _MERMAID_PLAIN.fullmatch(c) else f"#{ord(c)};" for c in text)


def mermaid(flow: Flow, lang: str) -> str:
    ids = node_ids(flow)
    lines = ["flowchart TD"]
    for phase in flow.phases:
        lines.append(f'  subgraph {_phase_id(phase.id)}["{mermaid_text(_phase_title(phase.id, lang))}"]')
        for step in phase.steps:
            left, right = _MERMAID_SHAPES.get(step.kind, ("[", "]"))
            label = mermaid_text(f"{step.id} ({step.kind})")
            lines.append(f'    {ids[step.id]}{left}"{label}"{right}')
        lines.append("  end")
    lines.append(f'  {END_NODE}(("{mermaid_text(t("graph.end", lang))}"))')
    for e in edges(flow, lang):
        arrow = "-.->" if e.skip else "-->"
        label = f'|"{mermaid_text(e.label)}"|' if e.label else ""
        lines.append(f"  {ids[e.source]} {arrow}{label} {ids[e.target]}")
    return "\n".join(lines) + "\n"


def dot_text(text: str) -> str:
    """Text for inside a double-quoted dot string (Graphviz decodes &name; too)."""
    text = text.replace("&", "&amp;").replace("\\", "\\\\").replace('"', '\\"')
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def dot(flow: Flow, lang: str) -> str:
    ids = node_ids(flow)
    lines = [f'digraph "{dot_text(flow.id)}" {{', "  rankdir=TB;", "  node [shape=box];"]
    for phase in flow.phases:
        title = dot_text(_phase_title(phase.id, lang))
        lines.append(f'  subgraph "cluster_{_phase_id(phase.id)}" {{')
        lines.append(f'    label="{title}";')
        for step in phase.steps:
            shape = _DOT_SHAPES.get(step.kind, "box")
            label = dot_text(f"{step.id}\n({step.kind})")
            lines.append(f'    "{ids[step.id]}" [label="{label}", shape={shape}];')
        lines.append("  }")
    lines.append(f'  "{END_NODE}" [shape=doublecircle, label="{dot_text(t("graph.end", lang))}"];')
    for e in edges(flow, lang):
        style = ", style=dashed" if e.skip else ""
        lines.append(f'  "{ids[e.source]}" -> "{ids[e.target]}" [label="{dot_text(e.label)}"{style}];')
    lines.append("}")
    return "\n".join(lines) + "\n"
