"""The shipped content: complete, both languages, every focus cued, every card in shape."""

import re
from pathlib import Path

from guide.flows.model import FOCI, KRACHTLIJNEN, ROLES, TENSIONS

ROOT = Path(__file__).resolve().parent.parent
CARD_IDS = (
    list(FOCI)
    + ["presentie", "tweede-klap", "krachtenmodel", "fase-onthaal", "fase-basisrechten", "fase-proces",
       "fase-afbouw"]
    + [f"recht-{d}" for d in ("inkomen", "wonen", "energie-water", "gezondheid", "schulden",
                              "juridische-hulp",
                             "onderwijs", "mobiliteit-telecom-cultuur", "administratie")]
)
HEADINGS = {
    "nl": ["## Wat het betekent", "## Waarom het telt", "## Voorbeeld", "## Vraag aan jezelf"],
    "en": ["## What it means", "## Why it matters", "## Example", "## Ask yourself"],
}


def test_shipped_flows_are_clean_and_fully_covered(lib):
    from guide.run.plans import coverage, run_plan_file

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
    phase_of = {
        fid: [p.id for p in lib.flows[fid].phases] for fid in ("intake", "rights", "process", "closure")
    }
    assert phase_of == {"intake": ["intake"], "rights": ["rights"], "process": ["process"],
                        "closure": ["closure"]}
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
            body = re.split(r"^## (?:Bronnen|Sources)$", text, flags=re.M)[0]  # sources do not count
            words = len(re.findall(r"\w+", body))
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


def test_every_rights_card_names_its_sources_with_a_link_and_a_check_date():
    from guide.flows.cardchecks import source_lines

    for card in [c for c in CARD_IDS if c.startswith("recht-")]:
        for lang in ("nl", "en"):
            text = (ROOT / "content" / lang / f"{card}.md").read_text(encoding="utf-8")
            heading, items = source_lines(text, lang)
            assert heading is not None and len(items) >= 2, (card, lang)
            for _line, item in items:
                assert re.search(r"https?://\S+", item), (card, lang, item)
                assert re.search(r"\b20\d\d-\d\d-\d\d\b", item), (card, lang, item)


def test_check_reports_a_rights_card_without_sources_and_warns_on_an_old_check_date(tmp_path):
    import datetime as dt

    from guide.flows.cardchecks import check_rights_cards

    (tmp_path / "nl").mkdir()
    bare = tmp_path / "nl" / "recht-test.md"
    bare.write_text("# Recht\n\nTekst zonder bronnen.\n", encoding="utf-8")
    old = tmp_path / "nl" / "recht-oud.md"
    old.write_text("# Recht\n\n## Bronnen\n\n- FOD: https://example.org/a (gecheckt 2024-01-10)\n"
                   "- Zonder link (gecheckt 2026-11-01)\n",
                   encoding="utf-8")
    other = tmp_path / "nl" / "krachtlijn-x.md"
    other.write_text("# Geen rechtenkaart\n", encoding="utf-8")
    cards = {"nl": {"recht-test": bare, "recht-oud": old, "krachtlijn-x": other}}
    found = [(p.code, p.severity, p.line) for p in check_rights_cards(cards, today=dt.date(2026, 12, 1))]
    assert sorted(found) == [("card-source-line", "error", 6), ("card-source-stale", "warning", 5),
                             ("card-sources", "error", 1)]
    # within a year of the check date no warning
    assert not [
        p
        for p in check_rights_cards({"nl": {"recht-oud": old}}, today=dt.date(2024, 6, 1))
        if p.severity == "warning"
    ]


def test_check_on_the_command_line_shows_a_missing_source_in_a_user_flow_dir(tmp_path):
    import subprocess
    import sys

    (tmp_path / "content" / "nl").mkdir(parents=True)
    (tmp_path / "content" / "nl" / "recht-eigen.md").write_text("# Eigen recht\n", encoding="utf-8")
    (tmp_path / "eigen.yaml").write_text(
        'id: eigen\nversion: "1"\ntitle: {nl: Eigen, en: Own}\nlanguages: [nl, en]\nphases:\n'
        "  - id: intake\n    steps:\n      - id: done\n        kind: end\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "guide", "--lang", "en", "check", str(tmp_path)],
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert out.returncode == 1
    assert "recht-eigen.md:1:1: error[card-sources]" in out.stdout


def test_six_role_play_scenarios_with_persona_coach_and_observer_sheets(lib):
    scenarios = [f for f in lib.flows.values() if "rehearse" in f.jobs]
    assert len(scenarios) >= 6
    for flow in scenarios:
        for card in (flow.persona_card, flow.coach_card, flow.observer_card):
            assert card and lib.card_text(card, "nl") and lib.card_text(card, "en"), (flow.id, card)
        steps = list(flow.steps())
        assert any(s.kind == "line" and s.think for s in steps), flow.id  # the inner side
        choices = [s for s in steps if s.kind == "choice" and any(o.scores for o in s.options)]
        assert len(choices) >= 4, flow.id
        for step in choices:
            for o in step.options:
                assert o.feedback and o.think, (flow.id, step.id, o.value)
        assert any(s.kind == "end" and s.report == "debrief" for s in steps), flow.id


def test_every_scenario_has_a_scored_best_and_worst_path_that_pass(lib):
    from guide.run.plans import run_plan_file

    for flow in [f for f in lib.flows.values() if "rehearse" in f.jobs or "practise" in f.jobs and f.persona]:
        plan = Path(flow.path).with_name(f"{flow.id}.plan.yaml")
        plan = plan if plan.is_absolute() else ROOT / plan
        results, problems = run_plan_file(plan, lib, str(plan), "nl")
        assert problems == [] and all(r.ok for r in results), flow.id
        names = " ".join(r.name.lower() for r in results)
        assert "best" in names and "worst" in names, flow.id
        # the worst path really scores below the best path
        text = plan.read_text(encoding="utf-8")
        assert text.count("scores:") >= 2, flow.id


def test_the_practice_case_runs_all_four_phases_and_ends_in_a_reflection(lib):
    cases = [f for f in lib.flows.values() if "practise" in f.jobs and f.persona]
    assert cases
    for flow in cases:
        assert [p.id for p in flow.phases] == ["intake", "rights", "process", "closure"]
        scales = {s.set for s in flow.steps() if s.kind == "scale"}
        assert {f"self_k{n}" for n in range(1, 11)} <= scales
        assert any(s.kind == "end" and s.report == "reflection" for s in flow.steps())


NEW_ROLE_PLAYS = ("rp-huisbezoek", "rp-gpmi", "rp-weigering", "rp-overdracht", "rp-caw")


def test_the_five_new_role_plays_have_three_sheets_and_best_worst_and_early_end_plans(lib):
    from guide.run.plans import run_plan_file

    for fid in NEW_ROLE_PLAYS:
        flow = lib.flows[fid]
        assert "rehearse" in flow.jobs
        for card in (flow.persona_card, flow.coach_card, flow.observer_card):
            for lang in ("nl", "en"):
                text = lib.card_text(card, lang)
                assert text and text.startswith("# "), (fid, card, lang)
        plan = ROOT / "flows" / "scenarios" / f"{fid}.plan.yaml"
        results, problems = run_plan_file(plan, lib, str(plan), "nl")
        assert problems == [] and len(results) >= 3 and all(r.ok for r in results), fid
        names = [r.name.lower() for r in results]
        assert [n.split(" ")[0] for n in names[:3]] == ["best", "worst", "early"], names
        # the early end really ends early: the client leaves before the last choice, at an
        # end marked early that tells the debrief why, and the normal end is never reached
        early = results[2]
        gone = [s for s in flow.steps() if s.kind == "end" and s.early]
        assert len(gone) == 1 and gone[0].why, fid
        assert f"{fid}/{gone[0].id}" in early.visited and f"{fid}/end" not in early.visited
        assert f"{fid}/b4_choice" not in early.visited


def test_the_new_role_plays_offer_fair_options(lib):
    """Not one obviously right option per choice, and the best option is mostly not the longest label."""
    for fid in NEW_ROLE_PLAYS:
        choices = [s for s in lib.flows[fid].steps() if s.kind == "choice"]
        mixed_or_several, best_longest = 0, 0
        for step in choices:
            totals = [sum(o.scores.values()) for o in step.options]
            positive = sum(t > 0 for t in totals)
            partly = any(
                any(v > 0 for v in o.scores.values()) and any(v < 0 for v in o.scores.values())
                for o in step.options
            )
            mixed_or_several += positive >= 2 or partly
            lengths = [len(o.label.get("nl")) for o in step.options]
            best_longest += totals[lengths.index(max(lengths))] == max(totals)
        assert mixed_or_several >= 3 * len(choices) / 4, fid
        assert best_longest <= len(choices) / 2, fid


def test_the_facts_a_caseworker_repeats_to_a_client_are_on_the_cards_with_their_source():
    def card(name, lang):
        return (ROOT / "content" / lang / f"{name}.md").read_text(encoding="utf-8")
    facts = {  # card: (nl words, en words, the source's address)
        "recht-inkomen": (("hoogstens één maand", "hoogstens drie maanden"),
                          ("at most one month", "at most three"),
                          "mi-is.be/nl/faq/welke-gevallen-kan-het-ocmw"),
        "recht-juridische-hulp": (("1.226 euro", "1 september 2020"), ("1,226 euros", "1 September 2020"),
                                  "justitie.belgium.be"),
        "recht-energie-water": (("1 december tot 1 maart", "Brussel kent geen budgetmeters"),
                                ("1 December to 1 March", "not in Brussels"), "vreg.be"),
        "recht-gezondheid": (("hoeft het niet",), ("need not",), "oz.be"),
        "recht-onderwijs": (("op elke factuur",), ("on every bill",),
                            "onderwijs.vlaanderen.be/nl/schoolkosten-in-het-secundair"),
        "veiligheid-partnergeweld": (("1712", "101", "veiligheidsplan", "Confronteer de partner nooit",
                                      "kinderen"),
                                     ("1712", "101", "safety plan", "Never confront the partner", "children"),
                                     "1712.be"),
    }
    for name, (nl_words, en_words, source) in facts.items():
        for lang, words in (("nl", nl_words), ("en", en_words)):
            text = card(name, lang)
            for word in words:
                assert word in text, (name, lang, word)
            sources = text.split("## Bronnen" if lang == "nl" else "## Sources")[1]
            assert source in sources and "2026-12-07" in sources, (name, lang)
    # the overpromises are gone
    assert "kan altijd gevraagd worden" not in card("recht-onderwijs", "nl")
    assert "geeft recht op de derdebetalersregeling" not in card("recht-gezondheid", "nl")
    assert "dossier altijd inkijken" not in (ROOT / "flows" / "intake.yaml").read_text(encoding="utf-8")
