"""Help pages rendered ahead of time from the Typer app, so `kcli --help` and `kcli COMMAND --help` print
without importing Typer (about two thirds of their time).

The pages are Typer's own output: the build (hatch_build.py) renders every one through the app with
render_all() and stores them beside the database. A page is served only when it was rendered from the
very source files of this copy (a fingerprint of them is stored with the pages), so an edited checkout
never shows stale help: it falls back to Typer. Nothing here parses options: a page is looked up by the
exact arguments of a help request, and anything else goes to the app.
"""

from pathlib import Path

# hashlib and json load inside the functions: every run checks whether it is a help request, and only
# a help request needs them.

PACKAGE = Path(__file__).resolve().parent
HELP_FILE = PACKAGE / "data" / "help.json"
HELP_FLAGS = ("--help", "-h")


def fingerprint() -> str:
    """A SHA-256 over the files that declare the commands and their options."""
    import hashlib

    digest = hashlib.sha256()
    for path in (PACKAGE / "cli.py", PACKAGE / "options.py", *sorted((PACKAGE / "commands").glob("*.py"))):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def page_key(args: list[str]) -> str | None:
    """The page a help request asks for ('' for the app, 'actor', 'db info'), or None if it is not one."""
    if not args or args in (["--help"], ["-h"]):
        return ""
    *words, flag = args
    if flag not in HELP_FLAGS or not 1 <= len(words) <= 2 or any(word.startswith("-") for word in words):
        return None
    return " ".join(words)


def cached_page(args: list[str]) -> str | None:
    """The page for these arguments, if this copy has it and it was rendered from this copy's source."""
    import json

    key = page_key(args)
    if key is None:
        return None
    try:
        stored = json.loads(HELP_FILE.read_text(encoding="utf-8"))
        if stored.get("fingerprint") != fingerprint():
            return None
        return stored["pages"].get(key)
    except (OSError, ValueError, AttributeError, KeyError):  # no pages, or not ours: Typer answers
        return None


def render_all() -> dict:
    """Every help page, rendered by the app as a user would ask for it, and the fingerprint of its source."""
    from typer.testing import CliRunner

    from karabakh_cli.cli import COMMANDS, GROUPS, app

    runner = CliRunner()
    keys = [""]
    for name in COMMANDS:
        keys.append(name)
        if name in GROUPS:
            group = runner.invoke(app, [name, "--help"])
            keys += [f"{name} {sub}" for sub in _subcommands(group.stdout)]
    pages = {}
    for key in keys:
        result = runner.invoke(app, [*key.split(), "--help"])
        if result.exit_code != 0:
            raise RuntimeError(f"kcli {key} --help failed: {result.stderr}")
        pages[key] = result.stdout
    return {"fingerprint": fingerprint(), "pages": pages}


def _subcommands(group_help: str) -> list[str]:
    listed = group_help.split("Commands:", 1)[1] if "Commands:" in group_help else ""
    import re

    return re.findall(r"^  (\S+)", listed, re.MULTILINE)


def write_pages(path: Path) -> None:
    """Render every page and store them at path (the build calls this)."""
    import json

    path.write_text(json.dumps(render_all(), ensure_ascii=False, sort_keys=True), encoding="utf-8")
