"""A bug in kcli says so: `kcli: internal error: ...`, a line on how to report it, exit 70 (EX_SOFTWARE),
and the traceback with KCLI_DEBUG=1. Errors of the data or the command keep their one line and exit code.
The bug is injected by replacing one query with a function that raises, as a slip in the code would."""

import subprocess
import sys

import pytest

from karabakh_cli import queries
from karabakh_cli.boundary import INTERNAL_EXIT


def _broken(*args: object, **kwargs: object) -> object:
    return None.title  # type: ignore[attr-defined]  # the bug: an AttributeError inside a command


@pytest.fixture
def injected_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queries, "list_topics", _broken)


def test_a_bug_is_an_internal_error_with_exit_70(kcli, injected_bug: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KCLI_DEBUG", raising=False)
    result = kcli("topics")
    assert result.exit_code == INTERNAL_EXIT == 70
    lines = result.stderr.splitlines()
    assert lines[0] == "kcli: internal error: AttributeError: 'NoneType' object has no attribute 'title'"
    assert "please report it" in lines[1] and "KCLI_DEBUG=1" in lines[1]
    assert len(lines) == 2 and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_kcli_debug_shows_the_traceback(kcli, injected_bug: None) -> None:
    result = kcli("topics", "--json", env={"KCLI_DEBUG": "1"})
    assert result.exit_code == 70
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert "in _broken" in result.stderr
    assert "kcli: internal error: AttributeError" in result.stderr


def test_kcli_debug_0_is_off(kcli, injected_bug: None) -> None:
    result = kcli("topics", env={"KCLI_DEBUG": "0"})
    assert result.exit_code == 70 and "Traceback" not in result.stderr


@pytest.mark.parametrize("debug", ["", "1"])
def test_data_and_usage_errors_keep_their_line(kcli, debug: str) -> None:
    missing = kcli("--db", "/nonexistent/kcli.db", "topics", env={"KCLI_DEBUG": debug})
    assert (missing.exit_code, missing.stderr) == (1, "kcli: error: database not found: /nonexistent/kcli.db\n")
    usage = kcli("timeline", "--from", "2020-13", env={"KCLI_DEBUG": debug})
    assert usage.exit_code == 2 and usage.stderr.startswith("kcli: error: --from: ")
    assert "internal error" not in missing.stderr + usage.stderr and "Traceback" not in usage.stderr


# A real kcli process with the same bug: the exit status a shell sees.
_SCRIPT = """
import sys
from karabakh_cli import queries
def broken(*args, **kwargs):
    raise KeyError("no such column")
queries.list_topics = broken
from karabakh_cli.entry import main
sys.argv = ["kcli", "topics"]
main()
"""


@pytest.mark.slow
@pytest.mark.parametrize("debug", ["", "1"])
def test_a_real_process_exits_70(debug: str, tmp_path) -> None:
    env = {"KCLI_DEBUG": debug, "PATH": "/usr/bin:/bin"}
    # Away from the checkout, so that the installed package (with its database) is the one imported.
    result = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.returncode == 70
    assert "kcli: internal error: KeyError: 'no such column'" in result.stderr
    assert ("Traceback" in result.stderr) == bool(debug)
