"""The kcli command line: the app, its global options, and the one place errors become exit codes.

Commands live in karabakh_cli/commands/, a module per area; only the module of the command being run is
imported (help imports them all, still without Rich). Typer is the one place options are declared.
"""

import importlib
import os
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from karabakh_cli import COMPLETION_VARIABLE, __version__, clickapi
from karabakh_cli.boundary import describe as describe_error
from karabakh_cli.boundary import is_internal, report_internal, spooled_stdout
from karabakh_cli.boundary import prepare as prepare_process
from karabakh_cli.errors import KcliError, UsageError
from karabakh_cli.options import DB_OPTION, DB_SEEN, State, database_path
from karabakh_cli.text import safe

PROG = "kcli"
HELP = (
    "An offline, cited reference to the Nagorno-Karabakh conflict from 1988 to 2025 and its diplomacy: the wars of"
    " 1988-1994 and 2020, the Security Council and the Minsk Group, the end of the Nagorno-Karabakh Republic in"
    " 2023 and the peace talks, with the stances and votes of every state."
)

# Every command, in the order help lists them, and the module of karabakh_cli.commands that holds it.
# A module's Typer app holds its commands; "db" is a module's whole app, a group of its own.
COMMANDS = {
    "actor": "actors",
    "actors": "actors",
    "timeline": "actors",
    "event": "actors",
    "positions": "stances",
    "matrix": "stances",
    "topics": "stances",
    "search": "sources",
    "sources": "sources",
    "cite": "sources",
    "errata": "sources",
    "votes": "votes",
    "vote": "votes",
    "sql": "sql",
    "schema": "sql",
    "browse": "visual",
    "graph": "visual",
    "chart": "visual",
    "export": "dataset",
    "db": "database",
}
GROUPS = ("db",)


class KcliContext(clickapi.Context):
    """A context whose help is laid out by helpcache.HelpPage, at the terminal's width."""

    def make_formatter(self) -> Any:
        from karabakh_cli.helpcache import HelpPage

        return HelpPage(width=self.terminal_width)


class KcliGroup(TyperGroup):
    """Loads a command's module only when it runs, and turns every user-facing error into one line on
    stderr and an exit code, in one place."""

    context_class = KcliContext

    def list_commands(self, ctx: clickapi.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: clickapi.Context, name: str) -> clickapi.Command | None:
        if name not in COMMANDS:
            return None
        module = importlib.import_module(f"karabakh_cli.commands.{COMMANDS[name]}")
        if name in GROUPS:
            group = typer.main.get_group(module.app)
            for command in (group, *group.commands.values()):
                command.context_class = KcliContext
            return group
        # Build only the command asked for, not every command of its module.
        app = module.app
        info = next(info for info in app.registered_commands if info.name == name)
        command = typer.main.get_command_from_info(
            info, pretty_exceptions_short=app.pretty_exceptions_short, rich_markup_mode=app.rich_markup_mode
        )
        command.context_class = KcliContext
        return command

    def format_commands(self, ctx: clickapi.Context, formatter: clickapi.HelpFormatter) -> None:
        """Each command with its whole summary line, wrapped rather than cut short."""
        commands = [(name, self.get_command(ctx, name)) for name in self.list_commands(ctx)]
        rows = [(name, command.get_short_help_str(limit=200)) for name, command in commands if command is not None]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        args = list(sys.argv[1:] if args is None else args) or ["--help"]
        prepare_process()
        _tolerate_narrow_stdout()
        named = _named_shell(args)
        if named is not None:
            code = _completion_for_named_shell(*named)
            if standalone_mode:
                sys.exit(code)
            return code
        try:
            _check_utf8(args)
            args = hoist_global_options(args)
            with spooled_stdout() as spool:  # no partial output when a command fails half way
                try:
                    code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
                except clickapi.NoArgsIsHelpError as error:
                    typer.echo(error.format_message())
                    code = 0
                if code == 130:  # Ctrl-C: what was produced so far is not the answer
                    spool.discard()
            sys.stdout.flush()  # meet a closed pipe here, not in the interpreter's exit
        except BrokenPipeError:
            _silence_stdout()
            code = 1
        except KeyboardInterrupt:  # Ctrl-C while the held output was being written
            _silence_stdout()
            code = 130
        except typer.TyperException as error:
            code = _fail(_usage_message(error), getattr(error, "exit_code", 2))
        except typer.Abort:
            code = _fail("aborted", 1)
        except Exception as error:  # a bug in kcli, or KcliError, OSError, SQLite, data (karabakh_cli.boundary)
            code = report_internal(error) if is_internal(error) else _report(error)
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code

    def parse_args(self, ctx: clickapi.Context, args: list[str]) -> list[str]:
        ctx.meta[DB_SEEN] = _peek_db(args)  # for --version, which may run before --db is parsed
        return super().parse_args(ctx, args)


# Typer's completion options are flags that detect the shell: `kcli --install-completion zsh` would install
# for the shell running the command (bash, most often) and ignore the word. kcli reads the word itself.
_COMPLETION_OPTIONS = ("--install-completion", "--show-completion")
SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def _named_shell(args: Sequence[str]) -> tuple[str, str] | None:
    """(option, shell) when args are one completion option and a word (the shell), else None."""
    if len(args) == 2 and args[0] in _COMPLETION_OPTIONS:
        return args[0], args[1]
    option, equals, shell = args[0].partition("=") if len(args) == 1 else ("", "", "")
    return (option, shell) if equals and option in _COMPLETION_OPTIONS else None


def _completion_for_named_shell(option: str, shell: str) -> int:
    """Install completion for shell, or print its script, as Typer does for the shell it detects."""

    if shell not in SHELLS:
        return _fail(f"{option}: unknown shell {shell!r}; accepted: {', '.join(SHELLS)}", 2)
    if option == "--show-completion":
        typer.echo(clickapi.get_completion_script(prog_name=PROG, complete_var=COMPLETION_VARIABLE, shell=shell))
        return 0
    try:
        _, path = clickapi.install(shell=shell, prog_name=PROG, complete_var=COMPLETION_VARIABLE)
    except OSError as error:
        return _fail(f"cannot install {shell} completion: {error.strerror or error}", 1)
    except typer.Exit as error:  # the shell's own program is missing (PowerShell): Typer said why
        return error.exit_code
    typer.echo(f"{shell} completion installed in {safe(str(path), one_line=True)}")
    typer.echo("Completion will take effect once you restart the terminal")
    return 0


def _peek_db(args: Sequence[str]) -> str | None:
    """The --db value among the global options (before the command name), or None."""
    for index, arg in enumerate(args):
        if arg == DB_OPTION and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith(f"{DB_OPTION}="):
            return arg[len(DB_OPTION) + 1 :]
        if arg == "--" or not arg.startswith("-"):
            break
    return None


# The app's own options (flags, and --db with its value), which may also be given after the command.
GLOBAL_FLAGS = ("--no-color", "--no-pager")
GLOBAL_WITH_VALUE = (DB_OPTION,)


def hoist_global_options(args: list[str]) -> list[str]:
    """Move global options given after the command (kcli actor pakistan --no-color) to the front, where
    Click reads them; nothing after a bare '--' moves."""
    front: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            rest.extend(args[index:])
            break
        if arg in GLOBAL_FLAGS or arg.startswith(tuple(f"{name}=" for name in GLOBAL_WITH_VALUE)):
            front.append(arg)
        elif arg in GLOBAL_WITH_VALUE and index + 1 < len(args):
            front.extend(args[index : index + 2])
            index += 1
        else:
            rest.append(arg)
        index += 1
    return front + rest


# Options whose values are file paths, which may be any bytes the file system allows.
_PATH_OPTIONS = (DB_OPTION, "--output", "-o")


def _check_utf8(args: Sequence[str]) -> None:
    """Refuse arguments that are not UTF-8 (Python keeps such bytes as lone surrogates), paths apart."""
    for index, arg in enumerate(args):
        is_path = (index > 0 and args[index - 1] in _PATH_OPTIONS) or (args[:2] == ["db", "build"] and index == 2)
        if is_path or arg.startswith(_PATH_OPTIONS):
            continue
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError as error:
            raise UsageError(f"argument {index + 1} is not valid UTF-8 text") from error


def _tolerate_narrow_stdout() -> None:
    """On a stdout that cannot encode every letter (ASCII, Latin-1), print a replacement, not a traceback."""
    if hasattr(sys.stdout, "reconfigure") and "utf" not in (sys.stdout.encoding or "").lower():
        sys.stdout.reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    """After the reader has gone, point stdout at /dev/null so the final flush at exit stays quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (tests): nothing to flush later
        pass
    finally:
        os.close(devnull)


def _report(error: Exception) -> int:
    """One line for an error of the data, the command or the system; the exit code."""
    message, exit_code, output_failed = describe_error(error)
    if output_failed:
        _silence_stdout()
    return _fail(message, exit_code)


def _usage_message(error: typer.TyperException) -> str:
    message = error.format_message() if hasattr(error, "format_message") else str(error)
    ctx = getattr(error, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return message.replace("\n", " ").strip() + hint


def _fail(message: str, code: int) -> int:
    typer.echo(f"{PROG}: error: {safe(message, one_line=True)}", err=True)
    return code


app = typer.Typer(
    cls=KcliGroup,
    name=PROG,
    help=HELP,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    # Help is laid out at the terminal's width (helpcache.help_width), by KcliContext.
    context_settings={"help_option_names": ["-h", "--help"]},
)


def help_operations(words: Sequence[str]) -> list:
    """The recorded help page of `kcli WORDS --help` (helpcache.HelpPage), for the pages stored at build."""
    from karabakh_cli.helpcache import HelpPage

    command: Any = typer.main.get_command(app)
    ctx = command.make_context(PROG, [], resilient_parsing=True)
    for word in words:
        command = command.get_command(ctx, word)
        ctx = command.make_context(word, [], parent=ctx, resilient_parsing=True)
    page = HelpPage()
    command.format_help(ctx, page)
    return page.operations


def _version(ctx: typer.Context, value: bool) -> None:
    if not value:
        return
    from karabakh_cli.db import connect, meta

    try:
        conn = connect(database_path(ctx))
        data = meta(conn, ("data_version", "schema_version"))
        conn.close()
        version = safe(str(data.get("data_version", "unknown")), one_line=True)
        typer.echo(f"{PROG} {__version__}, data {version} (schema {data.get('schema_version')})")
    except KcliError as error:
        typer.echo(f"{PROG} {__version__}, data unavailable: {safe(str(error), one_line=True)}")
    raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            DB_OPTION,
            metavar="PATH",
            is_eager=True,
            help="Database file to read (default: $KCLI_DB, else the bundled one).",
        ),
    ] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="Print tables without colour.")] = False,
    no_pager: Annotated[bool, typer.Option("--no-pager", help="Never page long tables, even on a terminal.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """An offline, cited reference to the Nagorno-Karabakh conflict from 1988 to 2025 and its diplomacy."""
    ctx.obj = State(db=db, no_color=no_color, no_pager=no_pager)
