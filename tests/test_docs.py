"""Help and README stay true: every command documents itself with examples that run, and the README's
command table says what --help says."""

import re
import shlex

import click
import pytest
import typer

from karabakh_cli.cli import app

from conftest import ROOT


def _commands() -> dict[str, object]:
    """Every leaf command, by its full name ('actor', 'db check')."""
    found = {}
    root = typer.main.get_command(app)

    def walk(group, prefix: str) -> None:
        # The top level loads its commands on demand: ask it, as Click does, rather than read .commands.
        ctx = click.Context(group)
        for name in group.list_commands(ctx):
            command = group.get_command(ctx, name)
            if hasattr(command, "list_commands"):
                walk(command, f"{prefix}{name} ")
            else:
                found[f"{prefix}{name}"] = command

    walk(root, "")
    return found


COMMANDS = _commands()


def _summary(command) -> str:
    return command.help.strip().splitlines()[0]


def _examples(command) -> list[str]:
    text = command.help.split("Examples:", 1)[1]
    return [line.strip() for line in text.splitlines() if line.strip().startswith("kcli ")]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_a_summary_and_examples(name: str) -> None:
    command = COMMANDS[name]
    assert command.help and _summary(command).endswith(".")
    assert "Examples:" in command.help
    assert all(example.startswith(f"kcli {name}") or "--db" in example for example in _examples(command))


def test_readme_command_table_matches_help() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- commands:", 1)[1].split("<!-- end commands -->", 1)[0]
    rows = dict(re.findall(r"^\| `kcli ([a-z ]+?)(?: [A-Z]+)?` \| (.+) \|$", table, re.MULTILINE))
    assert rows == {name: _summary(command) for name, command in COMMANDS.items()}


# Examples that need a file of the user's, or write one, are shown in help but not run here.
_NEEDS_FILES = ("my.db", ">", "kcli export")


@pytest.mark.parametrize(
    "example",
    sorted({ex for c in COMMANDS.values() for ex in _examples(c) if not any(mark in ex for mark in _NEEDS_FILES)}),
)
def test_help_examples_run(kcli, example: str) -> None:
    words = shlex.split(example.split(" | ", 1)[0])
    result = kcli(*words[1:])
    assert result.exit_code == 0, result.stderr
    assert result.stdout or example == "kcli db check", "a clean check prints nothing on stdout"
