"""Generated flows of any size, check-clean, for the benchmarks."""

from __future__ import annotations


def flow_yaml(n_steps: int, flow_id: str = "bench") -> str:
    lines = [
        f"id: {flow_id}",
        'version: "1"',
        "title: {nl: Meting, en: Benchmark}",
        "languages: [nl, en]",
        "variables:",
        "  pick: {type: choice}",
        "  note: {type: text}",
        "  level: {type: number}",
        "phases:",
    ]
    phases = ("intake", "rights", "process", "closure")
    per_phase = n_steps // 4
    i = 0
    for p, phase in enumerate(phases):
        lines.append(f"  - id: {phase}")
        lines.append("    steps:")
        count = per_phase if p < 3 else n_steps - 3 * per_phase
        for k in range(count):
            sid = f"s{i}"
            last = p == 3 and k == count - 1
            if last:
                lines += [f"      - id: {sid}", "        kind: end"]
            elif i % 10 == 0:
                lines += [
                    f"      - id: {sid}",
                    "        kind: choice",
                    "        set: pick",
                    "        text: {nl: Kies, en: Choose}",
                    "        options:",
                    "          - value: a",
                    "            label: {nl: A, en: A}",
                    "            scores: {krachtlijn-3: 1}",
                    "          - value: b",
                    "            label: {nl: B, en: B}",
                    "        next:",
                    '          - if: pick == "b" and level >= 3',
                    f"            goto: s{i + 2}",
                    f"          - else: s{i + 1}",
                ]
            elif i % 10 == 3:
                lines += [f"      - id: {sid}", "        kind: text", "        set: note",
                          "        optional: true", "        text: {nl: Schrijf, en: Write}"]
            elif i % 10 == 5:
                lines += [f"      - id: {sid}", "        kind: scale", "        set: level", "        min: 1",
                          "        max: 5", "        text: {nl: Hoeveel, en: How much}"]
            elif i % 10 == 7:
                lines += [f"      - id: {sid}", "        kind: cue", "        focus: [krachtlijn-7]",
                          '        when: pick == "a"', "        card: presentie",
                          "        text: {nl: Denk na, en: Think}"]
            else:
                lines += [f"      - id: {sid}", "        kind: ask", "        style: open",
                          "        text: {nl: Vraag, en: Question}"]
            i += 1
    return "\n".join(lines) + "\n"


ANSWERS = {"choice": "a", "text": "iets", "scale": 3}
