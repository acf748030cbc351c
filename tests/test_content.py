"""The shipped content: complete, both languages, every focus cued, every card in shape."""

import re
from pathlib import Path

from guide.model import FOCI, KRACHTLIJNEN, ROLES, TENSIONS

ROOT = Path(__file__).resolve().parent.parent
CARD_IDS = (
    list(FOCI)
    + ["presentie", "tweede-klap", "krachtenmodel", "fase-onthaal", "fase-basisrechten", "fase-proces", "fase-afbouw"]
    + [f"recht-{d}" for d in ("inkomen", "wonen", "energie-water", "gezondheid", "schulden", "juridische-hulp",
                             "onderwijs", "mobiliteit-telecom-cultuur", "administratie")]
)
HEADINGS = {
    "nl": ["## Wat het betekent", "## Waarom het telt", "## Voorbeeld", "## Vraag aan jezelf"],
    "en": ["## What it means", "## Why it matters", "## Example", "## Ask yourself"],
}


def test_shipped_flows_are_clean_and_fully_covered(lib):
    from guide.plans import coverage, run_plan_file

    assert [p.format("en") for p in lib.problems] == []
    results = []
    for path in lib.plan_files:
        r, problems = run_plan_file(path, lib, str(path), "nl")
        assert problems == []
        results += r
    failed = [(r.name, r.failures) for r in results if not r.ok]
    assert failed == []
    uncovered, covered, total = coverage(lib, results)
    assert [(f.path.name, s.id) for f, s in uncovered] == []
    assert covered == total > 200


def test_every_krachtlijn_tension_and_role_is_cued(lib):
    cued = {f for flow in lib.flows.values() for s in flow.steps() if s.kind == "cue" for f in s.focus}
    assert set(KRACHTLIJNEN) <= cued
    assert set(TENSIONS) <= cued
    assert set(ROLES) <= cued


def test_the_four_phase_flows_and_the_full_process(lib):
    phase_of = {fid: [p.id for p in lib.flows[fid].phases] for fid in ("intake", "rights", "process", "closure")}
    assert phase_of == {"intake": ["intake"], "rights": ["rights"], "process": ["process"], "closure": ["closure"]}
    full = lib.flows["full-process"]
    calls = [s.flow for s in full.steps() if s.kind == "call"]
    assert calls == ["intake", "rights", "process", "closure"]


def test_every_card_exists_in_both_languages_in_shape():
    for card in CARD_IDS:
        for lang in ("nl", "en"):
            path = ROOT / "content" / lang / f"{card}.md"
            text = path.read_text(encoding="utf-8")
            assert text.startswith("# "), path
            for heading in HEADINGS[lang]:
                assert heading in text, (path, heading)
            words = len(re.findall(r"\w+", text))
            assert 100 <= words <= 500, (path, words)


def test_cards_in_both_languages_have_the_same_sections():
    for nl in sorted((ROOT / "content" / "nl").glob("*.md")):
        en = ROOT / "content" / "en" / nl.name
        assert en.exists(), nl.name
        count = lambda p: len(re.findall(r"^## ", p.read_text(encoding="utf-8"), re.M))  # noqa: E731
        assert count(nl) == count(en), nl.name


def test_rights_cards_say_when_they_were_checked_and_how_to_appeal():
    for card in [c for c in CARD_IDS if c.startswith("recht-")]:
        nl = (ROOT / "content" / "nl" / f"{card}.md").read_text(encoding="utf-8")
        en = (ROOT / "content" / "en" / f"{card}.md").read_text(encoding="utf-8")
        assert "## Beroep" in nl and "## Appeal" in en
        assert "2026" in nl and "2026" in en
