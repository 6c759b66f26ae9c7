"""The names kcli needs from the copy of click inside Typer 0.28 (`typer._click`), which Typer does not
export: kept in this one module, so that a Typer release that moves them breaks here alone, and
tests/test_clickapi.py pins what kcli relies on. (The separate click package would be a second copy
to import at every start.)"""

from typer._click import Command, Context, HelpFormatter
from typer._click.exceptions import NoArgsIsHelpError

# Typer's completion scripts and their installer, for `kcli --install-completion zsh` (Typer's own option
# installs for the shell it detects and ignores the name). Typer loads this module at import anyway.
from typer._completion_shared import get_completion_script, install

__all__ = ["Command", "Context", "HelpFormatter", "NoArgsIsHelpError", "get_completion_script", "install"]
