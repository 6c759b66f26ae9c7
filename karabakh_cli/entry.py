"""The kcli command: a help page rendered ahead of time is printed at once (helpcache); everything else
goes to the Typer app."""

import os
import sys

from karabakh_cli import COMPLETION_VARIABLE


def main() -> None:
    """Run kcli."""
    page = None
    if COMPLETION_VARIABLE not in os.environ:  # a Tab press goes straight to the app
        from karabakh_cli.helpcache import cached_page

        page = cached_page(sys.argv[1:])
    if page is not None and sys.stdout is not None:  # None: stdout was closed (>&-); the app says so
        try:
            sys.stdout.write(page)
            sys.stdout.flush()
            return
        except OSError:  # a closed or full stdout: the app says so in one line
            pass
    from karabakh_cli.cli import app

    app(prog_name="kcli")
