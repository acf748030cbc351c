"""`serve`'s plain page for screen readers (/plain/), read the way a screen reader reads it:
through Chromium's accessibility tree (its ARIA snapshot), with axe-core for WCAG A and AA,
from the classroom page's link to a role-play's debrief, by keyboard only."""

from __future__ import annotations

import asyncio
import json
import re

import aiohttp
import pytest

from guide.base.i18n import t
from guide.flows import library
from guide.run.engine import Engine
from tests.artefacts import CHROMIUM, FLAGS
from tests.test_serve import DEADLINE, served

FLOW = "rp-overdracht"  # short, with own words first (twice) and a typed answer
LANG = "en"
BOX = re.compile("[\u2500-\u259f]")  # box drawing and block elements: what a terminal grid reads as
AXE = "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}"


def opening() -> tuple[list[str], str, str]:
    """From the flow itself: the client's lines before the first question, the question, the title."""
    lib = library.load(flow_dirs=[])
    engine = Engine(lib.flows, FLOW, lib.programs)
    engine.start()
    lines = []
    try:
        while not engine.current.needs_input:
            if engine.current.kind == "line":
                lines.append(engine.current.say.get(LANG))
            engine.submit(None)
        return lines, engine.current.text.get(LANG), lib.flows[FLOW].title.get(LANG)
    finally:
        engine.close()


def axe_violations(page, axe: str) -> list:
    page.add_script_tag(content=axe)
    script = f"async () => JSON.stringify((await axe.run(document, {AXE})).violations)"
    found = json.loads(page.evaluate(script))
    return [(v["id"], v["nodes"][0]["html"][:120]) for v in found]


def submit(page, button) -> None:
    """Press Enter on a button (the keyboard's way) and wait for the next page."""
    button.focus()
    with page.expect_navigation(timeout=DEADLINE * 1000):
        page.keyboard.press("Enter")


@pytest.mark.browser
def test_a_screen_reader_gets_the_words_from_start_to_debrief(tmp_path, js_tools):
    from playwright.sync_api import sync_playwright

    axe = (js_tools / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
    lines, question, title = opening()
    violations = {}
    with served(tmp_path, "--lang", LANG) as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 800})
            page.set_default_timeout(DEADLINE * 1000)
            page.goto(server.url + "/")
            link = page.get_by_role("link", name=t("plain.link", LANG))
            assert link.is_visible()
            violations["/"] = axe_violations(page, axe)
            submit(page, link)

            tree = page.locator("body").aria_snapshot()  # the start screen, as a reader gets it
            assert t("plain.title", LANG) in tree and t("plain.new", LANG) in tree and title in tree, tree
            assert not BOX.search(tree)
            violations["/plain/"] = axe_violations(page, axe)

            page.get_by_role("radio", name=title).focus()
            page.keyboard.press("Space")
            submit(page, page.get_by_role("button", name=t("plain.start", LANG)))
            seen = []
            while page.get_by_role("group").count() == 0 and page.locator("#words").count() == 0:
                seen.append(page.locator("#now").aria_snapshot())
                submit(page, page.get_by_role("button", name=t("plain.continue", LANG)))
            tree = page.locator("body").aria_snapshot()
            now = page.locator("#now").aria_snapshot()
            heard = " ".join(seen) + now
            for line in lines:  # each client line read out as text, once, in the section it came in
                assert line in heard and heard.count(line) == 1, (line, heard)
            assert question in now, now  # the question, as the label of what to answer
            assert not BOX.search(tree)
            violations["step"] = axe_violations(page, axe)

            for _ in range(60):  # on to the debrief: own words, a typed answer, the first option
                if page.get_by_role("heading", name=t("plain.debrief", LANG)).count():
                    break
                if page.locator("#words").count():
                    page.locator("#words").fill("I hear that this is a big step for you.")
                    violations.setdefault("own words", axe_violations(page, axe))
                    submit(page, page.get_by_role("button", name=t("plain.say", LANG)))
                    continue
                if page.locator("textarea#value").count():
                    page.locator("textarea#value").fill("Call the new worker together next week.")
                elif page.locator("input[name=value]").count():
                    page.locator("input[name=value]").first.focus()
                    page.keyboard.press("Space")
                name = t("plain.answer", LANG) if page.get_by_role("group").count() or \
                    page.locator("textarea#value").count() else t("plain.continue", LANG)
                submit(page, page.get_by_role("button", name=name, exact=True))
            tree = page.locator("body").aria_snapshot()
            # the first option each time: Eddy leaves, and the record says the conversation ended early
            assert t("plain.debrief", LANG) in tree and t("conv.ended-early", LANG) in tree, tree
            assert "I hear that this is a big step for you." in tree  # the own words, back in the debrief
            assert not BOX.search(tree)
            violations["debrief"] = axe_violations(page, axe)
            page.close()
        finally:
            browser.close()
    assert not any(violations.values()), violations


def test_the_plain_page_keeps_the_join_code_and_each_browser_to_its_own_sessions(tmp_path):
    async def go(url: str, code: str) -> None:
        jar = aiohttp.CookieJar(unsafe=True)  # the server is an IP address
        async with aiohttp.ClientSession(cookie_jar=jar) as one, \
                aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as other:
            page = await (await one.get(url + "/plain/")).text()
            assert t("serve.join.body", LANG) in page and 'action="/plain/"' in page  # the code first
            assert (await one.post(url + "/plain/start", data={"flow": FLOW, "label": "T-1"})).status == 403
            response = await one.get(url + "/plain/?code=" + code, allow_redirects=False)
            assert response.status == 303 and response.headers["Location"] == "/plain/"
            await one.get(url + "/plain/")
            response = await one.post(url + "/plain/start", data={"flow": FLOW, "label": "T-1<i>"},
                                      allow_redirects=False)
            assert response.status == 303
            mine = response.headers["Location"].split("#")[0]
            assert (await one.get(url + mine)).status == 200

            await other.get(url + "/?code=" + code)
            assert (await other.get(url + mine)).status == 404  # another browser's session is not there
            listed = await (await other.get(url + "/plain/")).text()
            assert "T-1" not in listed and t("plain.none", LANG) in listed
            bad = await other.post(url + mine, data={"at": "", "action": "answer"}, allow_redirects=False)
            assert bad.status in (400, 404) and "T-1" not in await bad.text()
            listed = await (await one.get(url + "/plain/")).text()
            assert "T-1&lt;i&gt;" in listed and "<i>" not in listed  # what was typed, escaped

    with served(tmp_path, "--lang", LANG, serve_args=("--host", "0.0.0.0")) as server:
        found = re.search(r"Join code: ([A-Z0-9]+)", server.console(waiting_for="Join code: "))
        assert found, server.console()
        asyncio.run(asyncio.wait_for(go(server.url, found.group(1)), DEADLINE))


@pytest.mark.parametrize("asked, size", [("", "16"), ("large", "28")])
def test_the_larger_type_toggle_and_font_size(tmp_path, asked, size):
    async def go(url: str) -> str:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as browser:
            first = await (await browser.get(url + "/plain/")).text()  # straight to the plain page
            assert re.search(r'name="label" value="[^"]+"', first)  # a label ready, as for any visit
            if asked:
                response = await browser.get(url + "/type?large=1&next=/plain/", allow_redirects=False)
                assert response.status == 303 and response.headers["Location"] == "/plain/"
                plain = await (await browser.get(url + "/plain/")).text()
                assert 'class="large"' in plain and t("plain.smaller", LANG) in plain
            return await (await browser.get(url + "/")).text()

    with served(tmp_path, "--lang", LANG, serve_args=("--font-size", "16")) as server:
        page = asyncio.run(go(server.url))
    assert f'data-font-size="{size}"' in page
