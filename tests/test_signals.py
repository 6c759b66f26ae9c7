"""Signals and pipes on the installed kcli in real processes: a reader that goes away, Ctrl-C and kill end
kcli quietly (no traceback, no Python message) with the conventional exit codes.

Conventions: SIGINT -> 130 (Typer's Exit(130)); SIGTERM -> killed by the signal (-15 here, 143 in a shell);
stdout closed by the reader -> 1 today (Typer's EPIPE handler), where 141 (128 + SIGPIPE, like coreutils
and git) or 0 would also be conventional.
"""

import os
import shlex
import shutil
import signal
import subprocess
import time

import pytest

from conftest import KCLI, needs_install

# Real processes, signals and timing: the slow part (pytest -m 'not slow' leaves it out).
pytestmark = [pytest.mark.slow, pytest.mark.serial, needs_install]

ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"


def _rows(count: int) -> str:
    """SQL for count rows of about 20 bytes each."""
    numbers = f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT {count})"
    return f"{numbers} SELECT i, 'row ' || i AS t FROM n"


def _environment(**extra: str) -> dict[str, str]:
    """The user's environment: no PYTHONUNBUFFERED (set where these tests were written; it hides bugs)."""
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONUNBUFFERED", "KCLI_DB")}
    return {**env, **extra}


def _start(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([str(KCLI), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=_environment(), **kwargs)  # fmt: skip


def _quiet(stderr: bytes | str) -> bool:
    text = stderr.decode("utf-8", "replace") if isinstance(stderr, bytes) else stderr
    return "Traceback" not in text and "Exception ignored" not in text and "Error" not in text


# --- a reader that goes away ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["timeline"], ["timeline", "--json"], ["actors", "--format", "csv"],
     ["sql", _rows(300_000), "--max-rows", "300000", "--format", "csv"]],
    ids=["table", "json", "csv", "big-csv"],
)  # fmt: skip
def test_head_closing_the_pipe_ends_kcli_quietly(command: list[str]) -> None:
    pipeline = subprocess.run(
        f"{shlex.join([str(KCLI), *command])} | head -1; echo \"status ${{PIPESTATUS[0]}}\" >&2",
        shell=True, capture_output=True, text=True, executable="/bin/bash", env=_environment(), timeout=120,
    )  # fmt: skip
    assert pipeline.stdout.count("\n") == 1
    *noise, status = pipeline.stderr.splitlines()
    assert noise == []
    # A short output fits in the pipe and kcli ends with 0 before head closes it; a long one meets the closed pipe.
    assert status in ("status 0", "status 1")
    if command[0] == "sql":
        assert status == "status 1"


@pytest.mark.parametrize(
    "args",
    [
        ["sql", _rows(300_000), "--max-rows", "300000", "--format", "csv"],
        ["sql", _rows(100_000), "--max-rows", "100000", "--json"],
        ["sql", _rows(100_000), "--max-rows", "100000", "--format", "jsonl"],
        ["sql", _rows(6_000), "--max-rows", "6000"],  # about 130 kB: more than a pipe holds
    ],
    ids=["csv", "json", "jsonl", "table"],
)
def test_a_reader_that_closes_after_one_byte(args: list[str]) -> None:
    process = _start(*args)
    assert process.stdout.read(1)
    process.stdout.close()
    code = process.wait(timeout=120)
    stderr = process.stderr.read()
    process.stderr.close()
    assert _quiet(stderr), stderr[-2000:]
    assert stderr == b""
    assert code == 1  # Typer's EPIPE handler; 141 is what we recommend (see the module's docstring)


def _with_stdout_closed(*args: str) -> subprocess.CompletedProcess:
    """Run kcli with a stdout pipe whose reader has already gone: the first write meets EPIPE."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        return subprocess.run([str(KCLI), *args], stdout=writer, stderr=subprocess.PIPE, env=_environment(),
                              timeout=60)  # fmt: skip
    finally:
        os.close(writer)


@pytest.mark.parametrize(
    "args",
    [
        ["topics"],
        ["actor", "pakistan", "--json"],
        ["db", "path"],
        ["--version"],
        ["--help"],
        ["topics", "--json"],
        ["topics", "--format", "jsonl"],
        ["topics", "--format", "csv"],
        ["sql", "SELECT 1 AS x", "--json"],
        ["db", "info", "--json"],
    ],
    ids=" ".join,
)
def test_a_reader_gone_before_kcli_writes(args: list[str]) -> None:
    result = _with_stdout_closed(*args)
    assert _quiet(result.stderr), result.stderr.decode()[-2000:]
    assert result.stderr == b""
    assert result.returncode in (0, 1, 141)


# --- Ctrl-C and kill --------------------------------------------------------------------------------------


def _mid_query(*extra: str) -> subprocess.Popen:
    """A kcli sql that runs an endless query (stopped only by its 30 s timeout), started and given time to begin."""
    process = _start("sql", ENDLESS, "--timeout", "30", *extra)
    time.sleep(1.5)
    assert process.poll() is None, process.communicate()
    return process


def test_ctrl_c_during_a_query_exits_130_quietly() -> None:
    process = _mid_query()
    started = time.monotonic()
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert time.monotonic() - started < 5
    assert out == b""
    assert _quiet(err), err
    assert process.returncode == 130, err


def test_ctrl_c_ends_a_query_at_once() -> None:
    """Whatever it prints, Ctrl-C stops the query within a second: the progress handler notices it."""
    process = _mid_query()
    started = time.monotonic()
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert time.monotonic() - started < 5
    assert _quiet(err), err
    assert process.returncode in (1, 2, 130)


def test_ctrl_c_while_blocked_on_a_full_pipe_exits_130_quietly() -> None:
    process = _start("sql", _rows(300_000), "--max-rows", "300000", "--format", "csv")
    assert process.stdout.read(1)
    time.sleep(1.0)  # kcli has filled the pipe and waits in write()
    process.send_signal(signal.SIGINT)
    process.stdout.close()
    code = process.wait(timeout=30)
    err = process.stderr.read()
    process.stderr.close()
    assert _quiet(err), err
    assert (code, err) == (130, b"")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_terminate_and_hangup_end_a_query_by_the_signal_quietly(sig: signal.Signals) -> None:
    process = _mid_query()
    process.send_signal(sig)
    out, err = process.communicate(timeout=30)
    assert (process.returncode, out, err) == (-sig, b"", b"")


def test_a_shell_sees_143_for_sigterm_and_130_for_ctrl_c_at_a_full_pipe() -> None:
    script = f"""
        {shlex.join([str(KCLI), "sql", ENDLESS, "--timeout", "30"])} & pid=$!
        sleep 1.5; kill -TERM $pid; wait $pid; echo "term $?"
    """
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=_environment(), timeout=60)
    assert result.stdout.split() == ["term", "143"]
    assert result.stderr == ""


def test_no_temporary_or_journal_files_after_an_interrupted_query(tmp_path, fresh_db) -> None:
    database = tmp_path / "kcli.db"
    shutil.copy(fresh_db, database)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        process = _start("--db", str(database), "sql", ENDLESS, "--timeout", "30")
        time.sleep(1.0)
        process.send_signal(sig)
        process.communicate(timeout=30)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kcli.db"]
