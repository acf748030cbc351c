"""Markdown and HTML for every export: escaping typed text, the page around it, the print CSS.

Everything the user typed goes through `escape_md` before it enters the
Markdown, and the HTML comes from markdown-it-py with raw HTML disabled, so
typed text can never become markup.
"""

from __future__ import annotations

import html
import re
import time

from markdown_it import MarkdownIt

from guide.base.i18n import t
from guide.base.textsafe import visible

_INLINE = re.compile(r"([\\`*_\[\]<>|~&!{}])")
_LINE_START = re.compile(r"^(\s*)([#>+=-])")
_NUMBERED = re.compile(r"^(\s*\d+)([.)])")  # "1." -> "1\." (a digit is not escapable)


def escape_md(text: str) -> str:
    """Typed text -> Markdown that renders as exactly that text; control and invisible
    characters (bidi controls, zero-width) show as their code (\\u202e), never act."""
    lines = []
    for line in visible(str(text)).splitlines() or [""]:
        line = _INLINE.sub(r"\\\1", line.strip())
        line = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
        line = _NUMBERED.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
        lines.append(line)
    return "  \n".join(lines)  # keep the user's line breaks


def when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))


CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.5;
       max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1f2a30; }
h1 { font-size: 1.6rem; border-bottom: 2px solid #3d7a6b; padding-bottom: .3rem; }
h2 { font-size: 1.25rem; color: #2f5f53; margin-top: 2rem; }
blockquote { margin: .3rem 0 .8rem; padding: .3rem .8rem; background: #f1f6f4;
             border-left: 4px solid #3d7a6b; }
table { border-collapse: collapse; }
figure { margin: 1rem 0; }
.write { border-bottom: 1px solid #9aa9a3; height: 1.6rem; }
td, th { border: 1px solid #c9d6d1; padding: .25rem .6rem; overflow-wrap: break-word; }
.wide { overflow-x: auto; max-width: 100%; margin: .5rem 0; }
.wide:focus { outline: 2px solid #3d7a6b; }
svg { max-width: 100%; height: auto; }
hr.page { border: 0; border-top: 1px dashed #c9d6d1; margin: 2rem 0; }
@media print {
  .wide { overflow: visible; }
  hr.page { border: 0; margin: 0; break-after: page; }
  h2.appendix { break-before: page; }
  body { margin: 0; max-width: none; font-size: 11pt; color: #000; }
  h2, h3 { break-after: avoid; }
  blockquote, table, svg { break-inside: avoid; }
  blockquote { background: none; border-left: 2px solid #000; }
  @page { margin: 18mm; }
}
@media print {
  body.report { font-size: 10pt; line-height: 1.35; }
  body.report h1 { font-size: 1.35rem; margin: 0 0 .3rem; }
  body.report h2 { margin-top: 1rem; }
  body.report blockquote { margin: .15rem 0 .4rem; padding: .1rem .6rem; }
  body.report td, body.report th { padding: .05rem .4rem; }
  body.report figure.chart svg { width: 82%; }
}
body.plan h1 { font-size: 1.3rem; margin: 0 0 .4rem; }
body.plan h2 { font-size: 1rem; margin: .7rem 0 .1rem; }
body.plan p, body.plan ul { margin: .1rem 0 .3rem; }
body.plan .during-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; }
body.plan .safeguards h3 { font-size: .95rem; margin: .2rem 0; }
body.plan .safeguards ul { list-style: none; padding: 0; margin: 0; }
body.plan .safeguards li { margin: .15rem 0; }
@media print {
  body.plan { font-size: 8.5pt; line-height: 1.25; }
  body.plan main { columns: 2; column-gap: 7mm; }
  body.plan h1, body.plan main > p:first-of-type, body.plan section.during { column-span: all; }
  body.plan h1 { font-size: 13pt; }
  body.plan h2 { font-size: 9.5pt; margin: .35rem 0 0; break-after: avoid; }
  body.plan p, body.plan li { break-inside: avoid; }
  body.plan p, body.plan ul { margin: .05rem 0 .2rem; }
  body.plan section.during { break-inside: avoid; }
  body.plan section.during h2 { margin-top: .5rem; }
  body.plan .safeguards h3 { font-size: 9pt; }
  body.plan .write { height: 1.25rem; }
  body.plan main > p:first-of-type { margin-bottom: .3rem; }
}
"""
PAGE_CSS = {  # one page style's own print rules; @page cannot be scoped to a body class
    "plan": "@media print { @page { size: A4; margin: 12mm; } }",
    # the observation sheet: ruled lines to write on under each thing to watch and each question
    "sheets": """
body.sheets section.observe .write { height: 1.5rem; }
body.sheets section.observe li { margin-bottom: .3rem; break-inside: avoid; }
""",
}


def writing_room(page: str, observe: list[bool]) -> str:
    """The printed sheets (split by their page breaks): an observation sheet becomes a section
    whose items each get two lines to write on (PAGE_CSS["sheets"])."""
    head, sep, rest = page.partition("<main>\n")
    body, end, tail = rest.rpartition("</main>")
    parts = body.split('<hr class="page" />')
    if len(parts) != len(observe):  # a sheet holds a rule of its own: leave the page as it is
        return page
    lines = '<div class="write"></div>' * 2
    shown = [f'<section class="observe">{p.replace("</li>", lines + "</li>")}</section>' if obs else p
             for p, obs in zip(parts, observe, strict=True)]
    return head + sep + '<hr class="page" />'.join(shown) + end + tail


def scroll_tables(body: str, lang: str) -> str:
    """Each table in a box of its own that scrolls sideways, so a page fits a phone (375 px);
    the box can take the focus (arrow keys scroll it) and says what it is to a screen reader."""
    label = html.escape(t("page.wide-table", lang))
    opening = f'<div class="wide" role="region" tabindex="0" aria-label="{label}">'
    return re.sub(r"(<table\b.*?</table>)", lambda m: opening + m.group(1) + "</div>", body, flags=re.S)


def markdown_to_html(markdown: str, title: str, lang: str, extra_html: str = "", page: str = "") -> str:
    """A standalone page; `extra_html` (already escaped, e.g. the chart) goes under the first table.

    `page` names a page style ("plan": the one-page intake plan)."""
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    body = scroll_tables(md.render(markdown), lang)
    body_tag = f'<body class="{page}">' if page else "<body>"
    if extra_html and "</table>" in body:  # the chart goes right under the scores table
        body = body.replace("</table></div>", "</table></div>\n" + extra_html, 1)
        extra_html = ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{CSS}{PAGE_CSS.get(page, '')}</style>\n</head>\n"
        f"{body_tag}\n"
        f"<main>\n{body}{extra_html}</main>\n</body>\n</html>\n"
    )
