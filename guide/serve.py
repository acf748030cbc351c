"""`bindkracht serve`: the same app in a browser, one app process per browser tab."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from guide.i18n import t

TEMPLATES = Path(__file__).resolve().parent / "serve_templates"


def app_command(lang: str, flow_dirs: list[Path], data_dir: str | None) -> str:
    """The command textual-serve starts for every browser that connects."""
    parts = [sys.executable, "-m", "guide", "--lang", lang]
    for d in flow_dirs:
        parts += ["--flows", str(Path(d).resolve())]
    if data_dir:
        parts += ["--data-dir", str(Path(data_dir).expanduser().resolve())]
    return " ".join(shlex.quote(p) for p in parts)


def serve(args, lang: str) -> int:
    from textual_serve.server import Server

    command = app_command(lang, args.flows, args.data_dir)
    server = Server(command, host=args.host, port=args.port, title=t("app.title", lang),
                    templates_path=TEMPLATES)
    print(t("serve.started", lang, url=server.public_url), flush=True)
    if args.host in ("127.0.0.1", "localhost", "::1"):
        print(t("serve.local-only", lang), flush=True)
    try:
        server.serve()
    except OSError as exc:
        print(t("serve.failed", lang, detail=exc.strerror or str(exc)), file=sys.stderr)
        return 1
    return 0
