"""Help pages rendered ahead of time from the Typer app, so `kcli --help` and `kcli COMMAND --help` print
without importing Typer (about two thirds of their time), at the terminal's width.

The pages are Typer's own, laid out by HelpPage, the help formatter of every kcli command: it records
what Click asks it to write (usage, paragraphs, definition lists) and lays that out at a width when the
text is wanted. The build (hatch_build.py) records every page through the app (helpbuild.render_all) and
stores the records beside the database; a help request lays them out at the width of the terminal it
prints on, exactly as the app would. A page is served only when it was recorded from the very source
files of this copy (a fingerprint of them is stored with the pages), so an edited checkout never shows
stale help: it falls back to Typer. Nothing here parses options: a page is looked up by the exact
arguments of a help request, and anything else goes to the app.

Layout rules (the same for both paths): prose wraps at the width, never inside a word or at a hyphen;
a paragraph indented deeper than the text around it (the Examples) is code, kept line by line as
written, so a command can be copied whole however narrow the terminal.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

# hashlib, json and textwrap load inside the functions: every run checks whether it is a help request,
# and only a help request needs them.

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


def cached_page(args: list[str], width: int | None = None) -> str | None:
    """The page for these arguments at width (the terminal's), if this copy has it and it was recorded
    from this copy's source."""
    import json

    key = page_key(args)
    if key is None:
        return None
    try:
        stored = json.loads(HELP_FILE.read_text(encoding="utf-8"))
        if stored.get("fingerprint") != fingerprint():
            return None
        operations = stored["pages"].get(key)
        if operations is None:
            return None
        return page_text(lay_out(operations, width or help_width()))
    except (OSError, ValueError, AttributeError, KeyError, TypeError):  # no pages, or not ours: Typer answers
        return None


def page_text(laid_out: str) -> str:
    """A page as Click prints it: the formatter's text without its trailing newlines, then one."""
    return laid_out.rstrip("\n") + "\n"


# Narrower than this, help would be a column of single words; it is laid out at this width instead.
MIN_WIDTH = 40


def help_width() -> int:
    """The width help is laid out at: $COLUMNS, else the terminal's, else 80 (piped), at least MIN_WIDTH.
    (shutil.get_terminal_size's rule, without importing shutil on the help path.)"""
    import os
    import sys

    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(int(columns), MIN_WIDTH)
    try:
        return max(os.get_terminal_size(sys.__stdout__.fileno()).columns, MIN_WIDTH)  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):  # not a terminal, or no stdout at all (None)
        return max(80, MIN_WIDTH)


class HelpPage:
    """Click's help formatter, recording: each call is kept as an operation, and getvalue() lays them
    out at the width (lay_out). Only the methods Click's help calls."""

    # Click reads a formatter's width only to cut a group's command summaries short; they wrap instead.
    width = 1_000_000

    def __init__(self, width: int | None = None, max_width: int | None = None, indent_increment: int = 2) -> None:
        self.layout_width = width or help_width()
        self.operations: list[list] = []

    def write(self, string: str) -> None:
        self.operations.append(["write", string])

    def indent(self) -> None:
        self.operations.append(["indent"])

    def dedent(self) -> None:
        self.operations.append(["dedent"])

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        self.operations.append(["usage", prog, args, "Usage: " if prefix is None else prefix])

    def write_heading(self, heading: str) -> None:
        self.operations.append(["heading", heading])

    def write_paragraph(self) -> None:
        self.operations.append(["paragraph"])

    def write_text(self, text: str) -> None:
        self.operations.append(["text", text])

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        self.operations.append(["dl", [list(row) for row in rows], col_max, col_spacing])

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        self.write_paragraph()
        self.write_heading(name)
        self.indent()
        try:
            yield
        finally:
            self.dedent()

    @contextmanager
    def indentation(self) -> Iterator[None]:
        self.indent()
        try:
            yield
        finally:
            self.dedent()

    def getvalue(self) -> str:
        return lay_out(self.operations, self.layout_width)


def lay_out(operations: Sequence[Sequence], width: int) -> str:
    """The text of recorded help operations at width columns (Click's layout, with kcli's rules for words
    and examples: see the module's docstring)."""
    out: list[str] = []
    indent = 0
    for name, *args in operations:
        if name == "write":
            out.append(args[0])
        elif name == "indent":
            indent += 2
        elif name == "dedent":
            indent -= 2
        elif name == "usage":
            prog, usage, prefix = args
            out.append(_usage(prog, usage, prefix, indent=indent, width=width))
        elif name == "heading":
            out.append(f"{' ' * indent}{args[0]}:\n")
        elif name == "paragraph":
            if out:
                out.append("\n")
        elif name == "text":
            out.append(_text(args[0], " " * indent, width) + "\n")
        elif name == "dl":
            out.append(_definitions(args[0], args[1], args[2], indent, width))
    return "".join(out)


def _fill(text: str, width: int, first: str = "", rest: str = "") -> str:
    import textwrap

    return textwrap.fill(
        text, max(width, len(first) + 1, len(rest) + 1), initial_indent=first, subsequent_indent=rest,
        break_long_words=False, break_on_hyphens=False,
    )  # fmt: skip


def _usage(prog: str, args: str, prefix: str, indent: int, width: int) -> str:
    head = f"{prefix:>{indent}}{prog} "
    if width - indent >= len(head) + 20:
        return _fill(args, width - indent, head, " " * len(head)) + "\n"
    deeper = " " * (max(indent, len(prefix)) + 4)
    return head + "\n" + _fill(args, width - indent, deeper, deeper) + "\n"


def _text(text: str, indent: str, width: int) -> str:
    """Paragraphs (blank lines apart) wrapped at width; a paragraph indented deeper than the first one,
    or marked with Click's \\b line, kept line by line."""
    paragraphs: list[list[str]] = []
    for line in text.expandtabs().splitlines():
        if not line.strip():
            paragraphs.append([])
        elif paragraphs and paragraphs[-1]:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    paragraphs = [lines for lines in paragraphs if lines]
    base = min((_depth(lines[0]) for lines in paragraphs if lines[0].strip() != "\b"), default=0)
    laid: list[str] = []
    for lines in paragraphs:
        if lines[0].strip() == "\b":
            laid.append("\n".join(indent + line for line in lines[1:]))
        elif _depth(lines[0]) > base:  # code: every line as written
            laid.append("\n".join(indent + line[base:] for line in lines))
        else:
            prose = " ".join(line.strip() for line in lines)
            laid.append(_fill(prose, width, indent, indent))
    return "\n\n".join(laid)


def _depth(line: str) -> int:
    return len(line) - len(line.lstrip())


def _definitions(rows: Sequence[Sequence[str]], col_max: int, spacing: int, indent: int, width: int) -> str:
    """Options or commands: names in a first column, their help wrapped beside them."""
    # On a narrow terminal the names take at most a third of it; a longer name has its help below it.
    first_width = min(max((len(row[0]) for row in rows), default=0), col_max, max(width // 3, 12)) + spacing
    text_width = max(width - first_width - indent - 2, 20)
    out: list[str] = []
    for first, *rest in rows:
        second = rest[0] if rest else ""
        out.append(" " * indent + first)
        if not second:
            out.append("\n")
            continue
        if len(first) <= first_width - spacing:
            out.append(" " * (first_width - len(first)))
        else:
            out.append("\n" + " " * (first_width + indent))
        lines = _text(second, "", text_width).splitlines() or [""]
        out.append(lines[0] + "\n")
        out.extend(f"{' ' * (first_width + indent)}{line}\n" if line else "\n" for line in lines[1:])
    return "".join(out)
