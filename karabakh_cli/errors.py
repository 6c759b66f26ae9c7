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
