"""Record every help page of the app, as a user would ask for it, for the build to store (helpcache reads
them at run time without importing the app). It sits above the app (cli.py), so that helpcache, which the
app's help formatter comes from, never imports the app."""

from pathlib import Path

from karabakh_cli.helpcache import fingerprint


def render_all() -> dict:
    """Every help page, recorded from the app as a user would ask for it, and the fingerprint of its source."""
    from typer.testing import CliRunner

    from karabakh_cli.cli import COMMANDS, GROUPS, app, help_operations

    runner = CliRunner()
    keys = [""]
    for name in COMMANDS:
        keys.append(name)
        if name in GROUPS:
            group = runner.invoke(app, [name, "--help"])
            keys += [f"{name} {sub}" for sub in _subcommands(group.stdout)]
    return {"fingerprint": fingerprint(), "pages": {key: help_operations(key.split()) for key in keys}}


def _subcommands(group_help: str) -> list[str]:
    listed = group_help.split("Commands:", 1)[1] if "Commands:" in group_help else ""
    import re

    return re.findall(r"^  (\S+)", listed, re.MULTILINE)


def write_pages(path: Path) -> None:
    """Record every page and store them at path (the build calls this)."""
    import json

    path.write_text(json.dumps(render_all(), ensure_ascii=False, sort_keys=True), encoding="utf-8")
