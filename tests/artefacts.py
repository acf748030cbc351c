"""Shared for the artefact tests: walk a shipped flow with its plan's answers, print HTML to PDF."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import yaml

from guide.artefacts import export
from guide.flows import library
from guide.storage.sessions import Conversation
from guide.storage.store import Store
from tests.conftest import ROOT, walk

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"]


def plan_answers(plan_file: str, n: int = 0) -> dict:
    data = yaml.safe_load((ROOT / "flows" / plan_file).read_text(encoding="utf-8"))
    return data["plans"][n]["answers"]


def finished(tmp: Path, flow_id: str, answers: dict, lang: str, job: str, notes: tuple = (),
             redo: dict | None = None):
    """(library, store, session id) of a session walked to its end; `redo` {step: first answer}
    answers those steps first, goes back, and answers them again from `answers`."""
    lib = library.load(include_user=False)
    store = Store(tmp / f"data-{flow_id}-{lang}")
    conv, _ = Conversation.start(store, lib, flow_id, "K-214", job, lang)
    pending = dict(redo or {})
    while conv.engine.current is not None and pending:
        step = conv.engine.current
        if step.id in pending:
            if conv.engine.needs_words(step):  # say it yourself first: words before the options
                conv.say(f"my first words at {step.id}")
            conv.submit(pending.pop(step.id))
            conv.back()
        walk_one(conv, answers)
    walk(conv, answers)
    for text in notes:
        conv.note(text)
    return lib, store, conv.session.id


def walk_one(conv, answers: dict) -> None:
    step = conv.engine.current
    if not step.needs_input:
        conv.submit()
    elif step.id in answers:
        if conv.engine.needs_words(step):  # say it yourself first: words before the options
            conv.say(f"my own words at {step.id}")
        conv.submit(answers[step.id])
    else:
        conv.skip()


def report(tmp: Path, flow_id: str, answers: dict, lang: str, job: str, notes: tuple = (),
           redo: dict | None = None) -> export.Report:
    lib, store, sid = finished(tmp, flow_id, answers, lang, job, notes, redo)
    session = store.get(sid)
    return export.build(session, lib, store.notes(sid), lang, store)


def print_pdf(page_html: str, target: Path) -> list[str]:
    """Print the page as Chromium does (A4, default margins); the text of each printed page."""
    from playwright.sync_api import sync_playwright
    from pypdf import PdfReader

    source = target.with_suffix(".html")
    source.write_text(page_html, encoding="utf-8")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page()
            page.goto(source.as_uri(), wait_until="load")
            page.pdf(path=str(target), format="A4")
        finally:
            browser.close()
    # NFKC: the PDF's text uses ligatures ("ﬂ", "ﬀ") where the page shows two letters
    return [unicodedata.normalize("NFKC", p.extract_text() or "") for p in PdfReader(str(target)).pages]
