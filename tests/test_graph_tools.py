"""`bindkracht graph` output fed to the real tools: Mermaid (npm, in headless
Chromium, no network) and Graphviz `dot`."""

from __future__ import annotations

import html
import re
import shutil
import subprocess

import pytest
from playwright.sync_api import sync_playwright

from guide.flows import graph, library
from tests.conftest import ROOT
from tests.test_browser_e2e import CHROMIUM, FLAGS

ADVERSARIAL = ROOT / "tests" / "fixtures" / "graph"
SHIPPED = sorted(
    library.load(include_user=False).flows.values(), key=lambda f: f.id
)


def _flows():
    lib = library.load(flow_dirs=[ADVERSARIAL], include_shipped=False, include_user=False)
    assert lib.problems == [] and set(lib.flows) == {"adversarial", "adversarial-sub"}
    return SHIPPED + sorted(lib.flows.values(), key=lambda f: f.id)


FLOWS = _flows()
ADVERSARIAL_IDS = {"end", "style", "class", "click", "graph", "subgraph", "call", "href", "intake", "rights"}


def test_the_adversarial_flow_has_every_awkward_name():
    flow = next(f for f in FLOWS if f.id == "adversarial")
    ids = {s.id for s in flow.steps()}
    assert ADVERSARIAL_IDS <= ids
    values = "".join(o.value for s in flow.steps() for o in s.options)
    for sign in ('"', "[", "]", "#", ";", "<", ">", "\n", "`", "\\"):
        assert sign in values


@pytest.fixture(scope="module")
def mermaid_page(js_tools):
    script = (js_tools / "mermaid" / "dist" / "mermaid.min.js").read_text(encoding="utf-8")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            # No network: every request the page tries fails the test.
            requests = []
            page.on("request", lambda r: requests.append(r.url))
            page.set_content("<!doctype html><html><body><div id=out></div></body></html>")
            page.add_script_tag(content=script)
            page.evaluate("mermaid.initialize({startOnLoad: false, securityLevel: 'strict'})")
            yield page
            assert [u for u in requests if not u.startswith(("about:", "data:"))] == []
        finally:
            browser.close()


RENDER = """async ([src, n]) => {
  try {
    await mermaid.parse(src);
    const {svg} = await mermaid.render('graph' + n, src);
    const out = document.getElementById('out');
    out.innerHTML = svg;
    const nodes = [...out.querySelectorAll('g.node')].map(g => g.id);
    const clusters = [...out.querySelectorAll('g.cluster')].map(g => g.id);
    // the words drawn: node, edge and phase-box labels (not the SVG's style sheet)
    const text = [...out.querySelectorAll('.nodeLabel, .edgeLabel, .cluster-label')]
      .map(e => e.textContent).join(' | ');
    const edges = out.querySelectorAll('path.flowchart-link, .edgePaths path').length;
    return {ok: true, nodes, clusters, text, edges};
  } catch (e) {
    return {ok: false, error: String(e && e.message || e)};
  }
}"""


def _mermaid_node(dom_id: str) -> str:
    # Mermaid names a node's element "flowchart-<id>-<n>"
    m = re.fullmatch(r".*?flowchart-(.+)-\d+", dom_id)
    assert m, dom_id
    return m.group(1)


@pytest.mark.browser
def test_the_check_fails_on_raw_step_ids(mermaid_page):
    """The harness itself: a raw `end` node id is the error real Mermaid gives."""
    result = mermaid_page.evaluate(RENDER, ["flowchart TD\n  end[\"end\"] --> x\n", "raw"])
    assert not result["ok"]


@pytest.mark.browser
@pytest.mark.parametrize("flow", FLOWS, ids=lambda f: f.id)
def test_mermaid_renders_every_flow(mermaid_page, flow):
    for lang in ("nl", "en"):
        src = graph.mermaid(flow, lang)
        result = mermaid_page.evaluate(RENDER, [src, f"{flow.id}-{lang}".replace("-", "_")])
        assert result["ok"], f"{flow.id} ({lang}): {result.get('error')}\n{src}"
        ids = graph.node_ids(flow)
        nodes = [_mermaid_node(n) for n in result["nodes"]]
        assert sorted(nodes) == sorted(ids.values()), "one node per step, and the end"
        phases = {p.id for p in flow.phases}
        assert len(result["clusters"]) == len(phases)
        assert result["edges"] == len(graph.edges(flow, lang))
        for step in flow.steps():
            assert f"{step.id} ({step.kind})" in result["text"]


@pytest.mark.browser
def test_mermaid_shows_awkward_labels_as_written(mermaid_page):
    flow = next(f for f in FLOWS if f.id == "adversarial")
    result = mermaid_page.evaluate(RENDER, [graph.mermaid(flow, "en"), "awkward"])
    assert result["ok"], result.get("error")
    text = result["text"]
    assert 'pick == "a#b;c|d"' in text
    assert 'pick == "[x] {y} (z)"' in text
    assert 'pick == "<b>&amp;</b>"' in text  # markup shown as text, not rendered
    assert "count < 3 and count > 1" in text
    assert "Warm welcome" in text and "Restoring basic rights" in text  # phase titles
    assert "skip unless count >= 2" in text
    assert "after adversarial-sub" in text


def _dot() -> str:
    found = shutil.which("dot")
    assert found, "install Graphviz (apt-get install graphviz); .ci/run does"
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("flow", FLOWS, ids=lambda f: f.id)
def test_dot_renders_every_flow(flow, lang):
    src = graph.dot(flow, lang)
    out = subprocess.run([_dot(), "-Tsvg"], input=src, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stderr == "", out.stderr  # no warnings either
    ids = graph.node_ids(flow)
    titles = re.findall(r'<g id="node\d+" class="node">\s*<title>(.*?)</title>', out.stdout)
    assert sorted(titles) == sorted(ids.values())
    clusters = re.findall(r'<g id="clust\d+" class="cluster">', out.stdout)
    assert len(clusters) == len(flow.phases)
    assert len(re.findall(r'class="edge"', out.stdout)) == len(graph.edges(flow, lang))


def test_dot_shows_awkward_labels_as_written():
    flow = next(f for f in FLOWS if f.id == "adversarial")
    out = subprocess.run([_dot(), "-Tsvg"], input=graph.dot(flow, "en"), capture_output=True,
                         text=True, timeout=120, check=True)
    lines = [html.unescape(x) for x in re.findall(r"<text[^>]*>(.*?)</text>", out.stdout)]
    assert 'pick == "a#b;c|d"' in lines
    assert 'pick == "[x] {y} (z)"' in lines
    assert 'skip unless pick == "<b>&amp;</b>"' in lines  # markup shown as text
    assert "count < 3 and count > 1" in lines
    # the value's newline breaks the label; its backslash (escaped in the condition) stays
    assert 'pick == "two' in lines and 'lines `tick` \\\\ back"' in lines
    assert {"Warm welcome", "Restoring basic rights", "Careful closure"} <= set(lines)
    assert "after adversarial-sub" in lines and "skip unless count >= 2" in lines
