"""The errors kcli reports to users: one line each, with an exit code."""

from __future__ import annotations


class KcliError(Exception):
    """A problem the user can act on; the CLI prints it on one line."""

    exit_code = 1


class UsageError(KcliError):
    """Bad input on the command line: a wrong date, kind or option value."""

    exit_code = 2


class NotFoundError(KcliError):
    """An exact lookup found nothing, or more than one thing."""


class DatabaseError(KcliError):
    """The database is missing, unreadable, corrupt or of another schema version."""


class BuildError(KcliError):
    """A seed could not be compiled into a valid database."""


# Characters that would act on a terminal instead of being shown: C0 and C1 controls (newline and tab
# too, since an error is one line), line separators, and the marks that reorder bidirectional text.
_INVISIBLE = {
    **{code: f"\\x{code:02x}" for code in (*range(0x00, 0x20), *range(0x7F, 0xA0))},
    **{code: f"\\u{code:04x}" for code in (0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A))},
    ord("\n"): "\\n",
    ord("\r"): "\\r",
    ord("\t"): "\\t",
}
# Bytes of a path that are not UTF-8 reach Python as lone surrogates (U+DC80-U+DCFF): show the byte.
_INVISIBLE.update({code: f"\\x{code - 0xDC00:02x}" for code in range(0xDC80, 0xDD00)})


def escape(text: str) -> str:
    """text made safe for one line of a terminal: every control character shown as a visible escape."""
    return text.translate(_INVISIBLE)
