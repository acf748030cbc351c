"""Starting the Textual app, kept apart so that the CLI imports no Textual."""

from __future__ import annotations


def run_app(args, lang: str) -> int:
    from guide.tui.app import GuideApp

    app = GuideApp(lang=lang, flow_dirs=args.flows, data_dir=args.data_dir)
    app.run()
    return app.return_code or 0
