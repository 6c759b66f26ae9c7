"""What kcli takes from the click inside Typer (karabakh_cli/clickapi.py), which Typer does not export:
pinned here, so that a Typer upgrade that moves or changes it fails these tests, not a user's command."""

import typer

from karabakh_cli import clickapi
from karabakh_cli.cli import app


def test_the_names_are_typers_own_click() -> None:
    assert clickapi.Context is typer.Context.__mro__[1]
    assert issubclass(typer.core.TyperGroup, clickapi.Command)
    assert isinstance(typer.main.get_command(app), clickapi.Command)
    assert issubclass(clickapi.NoArgsIsHelpError, typer.TyperException)


def test_a_group_without_arguments_raises_no_args_is_help(kcli) -> None:
    """KcliGroup.main catches NoArgsIsHelpError and prints the group's help, exit 0."""
    result = kcli("db")
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: kcli db [OPTIONS] COMMAND")


def test_help_formatter_writes_a_definition_list() -> None:
    formatter = clickapi.HelpFormatter(width=40)
    with formatter.section("Commands"):
        formatter.write_dl([("actor", "Show one actor."), ("actors", "List actors.")])
    assert formatter.getvalue() == "Commands:\n  actor   Show one actor.\n  actors  List actors.\n"


def test_commands_give_their_whole_short_help() -> None:
    command = typer.core.TyperCommand("x", help="Draw who is tied to whom: memberships, relations, stances and roles.")
    assert command.get_short_help_str(limit=200).endswith("stances and roles.")
