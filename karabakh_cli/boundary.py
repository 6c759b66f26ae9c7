"""The one error boundary: the process made safe before a command runs, and any error it ends with
turned into one escaped line and an exit code (1 for a runtime or data problem, 2 for usage, 70 for a bug
in kcli itself).

KcliGroup.main in cli.py calls prepare() first, then describe() for whatever a command raises, or
report_internal() when is_internal() says the error is kcli's own bug."""

from __future__ import annotations

import errno
import io
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from karabakh_cli.errors import KcliError
from karabakh_cli.text import safe

# Output up to this many characters is held until the command ends, then written at once; past it, the
# output streams (a result this big was asked for, and holding it all would cost the memory).
SPOOL_LIMIT = 8_000_000
# Errors of writing (no file name attached): the output went somewhere that cannot take it.
_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EBADF, errno.EIO, errno.EFBIG, errno.EDQUOT, errno.EPIPE}


def prepare() -> None:
    """Make the process safe to run a command in.

    - A closed stdin, stdout or stderr (`>&-`) is taken by /dev/null opened read-only, so no file kcli
      opens can land on descriptor 1 and receive output, and a write fails as EBADF (like coreutils).
    - COLUMNS that is not a positive number (COLUMNS=0 made Rich print nothing) is ignored."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            devnull = os.open(os.devnull, os.O_RDONLY)
            if devnull != fd:
                os.dup2(devnull, fd)
                os.close(devnull)
    if sys.stdout is None:  # Python found descriptor 1 closed at start
        sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8", errors="backslashreplace")
    if sys.stderr is None:
        sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8", errors="backslashreplace")
    for name in ("COLUMNS", "LINES"):
        value = os.environ.get(name)
        if value is not None and not (value.strip().isascii() and value.strip().isdigit() and int(value) > 0):
            del os.environ[name]
    _clamp_width()


# The narrowest width kcli draws a table at: below it a table drops its answer column (at 30 columns the
# timeline had no event titles, at 1 no data at all), so a narrower COLUMNS or terminal is widened, with a note.
MIN_COLUMNS = 40


def _clamp_width() -> None:
    value = os.environ.get("COLUMNS")
    width = int(value) if value is not None else None
    if width is None and sys.stdout is not None and sys.stdout.isatty():
        try:
            width = os.get_terminal_size(sys.stdout.fileno()).columns or None
        except (OSError, ValueError):
            width = None
    if width is None or width >= MIN_COLUMNS:
        return
    os.environ["COLUMNS"] = str(MIN_COLUMNS)
    if "_KCLI_COMPLETE" not in os.environ:  # a note on Tab would land on the user's command line
        sys.stderr.write(
            f"kcli: note: {width} columns is too narrow for kcli's tables; drawing them {MIN_COLUMNS} wide\n"
        )


# EX_SOFTWARE (sysexits.h): an internal software error, a bug in kcli rather than in the data or the command.
INTERNAL_EXIT = 70
# Errors the world causes: kcli's own (usage, data, lookups), the file system and the output, SQLite, and
# values a damaged or hostile database holds (text that is not UTF-8, a number out of range).
_NOT_BUGS = (KcliError, OSError, sqlite3.Error, ValueError, MemoryError, RecursionError)


def is_internal(error: Exception) -> bool:
    """Whether error is a bug in kcli (AttributeError, TypeError, KeyError...), not a data or usage error."""
    return not isinstance(error, _NOT_BUGS)


def report_internal(error: Exception) -> int:
    """Say on stderr that kcli has a bug, and how to report it; with KCLI_DEBUG=1, the traceback first.
    Returns the exit code, INTERNAL_EXIT."""
    if os.environ.get("KCLI_DEBUG", "") not in ("", "0"):
        import traceback

        traceback.print_exception(error, file=sys.stderr)
    message = safe(f"{type(error).__name__}: {error}", one_line=True)
    sys.stderr.write(
        f"kcli: internal error: {message}\n"
        "kcli: this is a bug in kcli, not in your data or command; please report it with the command you ran"
        " and the output of kcli --version (KCLI_DEBUG=1 shows the traceback)\n"
    )
    sys.stderr.flush()
    return INTERNAL_EXIT


def describe(error: Exception) -> tuple[str, int, bool]:
    """The message (the CLI escapes it as it prints it: text.safe), the exit code, and whether writing the
    output is what failed."""
    if isinstance(error, KcliError):
        return str(error), error.exit_code, False
    if isinstance(error, OSError):
        if error.filename is None and error.errno in _OUTPUT_ERRNOS:
            return f"cannot write output: {error.strerror or str(error)}", 1, True
        return _os_message(error), 1, False
    if isinstance(error, sqlite3.Error):
        if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_TOOBIG:
            return f"database error: a value is longer than kcli reads ({error})", 1, False
        return f"database error: {error}", 1, False
    if isinstance(error, UnicodeDecodeError):
        return f"database error: text that is not UTF-8 ({error.reason}); is the file damaged?", 1, False
    if isinstance(error, UnicodeEncodeError):
        return f"cannot write output: a character it cannot encode ({error.reason})", 1, True
    if isinstance(error, MemoryError | RecursionError):
        return f"out of memory ({type(error).__name__}); is the database or the query too large?", 1, False
    # A value kcli could not take (a hostile or damaged file): one line, never a traceback.
    return f"unexpected data ({type(error).__name__}: {error})", 1, False


def _os_message(error: OSError) -> str:
    reason = error.strerror or str(error)
    if error.filename is None:
        return reason
    return f"{reason}: {error.filename}"


class Spool(io.TextIOBase):
    """A stdout that holds what a command writes until the command has finished, so an error half way
    through leaves nothing on stdout: no partial JSON. Past SPOOL_LIMIT characters it writes through."""

    def __init__(self, target: TextIO, limit: int = SPOOL_LIMIT) -> None:
        super().__init__()
        self.target = target
        self.limit = limit
        self.parts: list[str] = []
        self.size = 0
        self.passing = False

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.target, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self.target, "errors", None)

    def isatty(self) -> bool:
        return self.target.isatty()

    def fileno(self) -> int:
        return self.target.fileno()

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not isinstance(text, str):  # as a text stream does (click probes with b"")
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if self.passing:
            return write_all(self.target, text)
        self.parts.append(text)
        self.size += len(text)
        if self.size > self.limit:
            self.release()
        return len(text)

    def flush(self) -> None:
        if self.passing:
            self.target.flush()

    def release(self) -> None:
        """Write what is held and pass everything after it straight through."""
        self.passing = True
        held, self.parts, self.size = "".join(self.parts), [], 0
        write_all(self.target, held)

    def discard(self) -> None:
        self.parts, self.size = [], 0


def write_all(target: object, text: str) -> int:
    """Write text to a text stream and see every byte written, or raise: CPython's buffered writer reports
    a pipe closed part way through a large write as a short count, not as an error, so JSON into a closed
    pipe ended with exit 0 (the README promises 1). Writing the rest again meets the error."""
    buffer = getattr(target, "buffer", None)
    if buffer is None:
        return target.write(text)  # type: ignore[attr-defined]
    target.flush()  # type: ignore[attr-defined]
    data = memoryview(text.encode(target.encoding or "utf-8", target.errors or "strict"))  # type: ignore[attr-defined]
    while data:
        written = buffer.write(data)
        if not written:
            raise BrokenPipeError(errno.EPIPE, "the output was closed before everything was written")
        data = data[written:]
    return len(text)


@contextmanager
def spooled_stdout() -> Iterator[Spool]:
    """Hold stdout while the block runs; write what is held when it ends, unless it ends with an unexpected
    error or Ctrl-C (then the output is partial and is dropped). The caller may discard() first."""
    real = sys.stdout
    spool = Spool(real)
    sys.stdout = spool
    try:
        yield spool
    except BaseException as error:
        if not _meant(error):
            spool.discard()
        _restore(spool, real)
        spool.release()
        raise
    _restore(spool, real)
    spool.release()


def _meant(error: BaseException) -> bool:
    """Whether output before error is meant to be seen: kcli's own errors (db check's findings), Typer's
    (help printed for a command given without arguments) and SystemExit (shell completion's answer, or a
    closed pipe met already). Not for an unexpected error or Ctrl-C: that output is partial."""
    from typer import TyperException

    return isinstance(error, KcliError | TyperException | SystemExit)


def _restore(spool: Spool, real: object) -> None:
    if sys.stdout is spool:
        sys.stdout = real
