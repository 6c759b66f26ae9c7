"""The installed kcli in real processes: pipes, exit codes, running from anywhere."""

import json
import re
import subprocess
import sys

import pytest

from conftest import KCLI, ROOT, needs_install, run_kcli

# Real processes, signals and timing: the slow part (pytest -m 'not slow' leaves it out).
pytestmark = [pytest.mark.slow, needs_install]


def test_installed_kcli_runs_from_outside_the_checkout(tmp_path) -> None:
    result = run_kcli("actor", "pakistan", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["actor"]["name"] == "Pakistan"
    assert not any(tmp_path.iterdir()), "kcli wrote nothing where it ran"


def test_python_dash_m_works(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "karabakh_cli", "--version"], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0
    assert result.stdout.startswith("kcli 0.1.0, data ")


def test_json_pipes_into_another_program(tmp_path) -> None:
    kcli = subprocess.Popen([str(KCLI), "timeline", "--from", "2020-10", "--to", "2020-10", "--json"],
                            stdout=subprocess.PIPE, cwd=tmp_path)  # fmt: skip
    reader = subprocess.run(
        [sys.executable, "-c", "import json, sys; print(len([e['title'] for e in json.load(sys.stdin)]))"],
        stdin=kcli.stdout, capture_output=True, text=True,
    )  # fmt: skip
    kcli.stdout.close()
    assert kcli.wait() == 0
    assert int(reader.stdout) >= 4


def test_piped_table_has_no_colour_codes() -> None:
    result = run_kcli("actor", "pakistan")
    assert result.returncode == 0
    assert "\x1b[" not in result.stdout


def _has_colour(text: str) -> bool:
    """True when an SGR sequence sets a foreground or background colour (bold and italic are not colour)."""
    codes = {int(code) for params in re.findall(r"\x1b\[([0-9;]*)m", text) for code in params.split(";") if code}
    return bool(codes & {*range(30, 39), *range(40, 49), *range(90, 98)})


def test_colour_on_a_forced_terminal_and_none_with_no_color() -> None:
    assert _has_colour(run_kcli("actor", "pakistan", env={"FORCE_COLOR": "1"}).stdout)
    assert not _has_colour(run_kcli("actor", "pakistan", env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout)
    assert not _has_colour(run_kcli("--no-color", "actor", "pakistan", env={"FORCE_COLOR": "1"}).stdout)


def test_closed_pipe_ends_quietly() -> None:
    pipeline = subprocess.run(
        f"'{KCLI}' timeline | head -1", shell=True, capture_output=True, text=True, executable="/bin/bash"
    )
    assert pipeline.stdout.startswith("Timeline")
    assert pipeline.stderr == ""


def test_errors_go_to_stderr_with_exit_codes() -> None:
    unknown = run_kcli("actor", "nowhere-land")
    assert (unknown.returncode, unknown.stdout) == (1, "")
    assert unknown.stderr.startswith("kcli: error: no actor matches 'nowhere-land'")
    bad_date = run_kcli("timeline", "--to", "2020-02-30")
    assert (bad_date.returncode, bad_date.stdout) == (2, "")
    assert "Traceback" not in bad_date.stderr


def test_no_arguments_shows_help() -> None:
    result = run_kcli()
    assert result.returncode == 0
    assert "Usage: kcli" in result.stdout


def test_the_package_in_use_is_the_installed_one_with_its_database() -> None:
    import os

    import karabakh_cli
    from karabakh_cli.db import bundled_path

    assert bundled_path().is_file()
    if os.environ.get("CI"):  # CI installs the wheel: the tests must not exercise the checkout instead
        assert "site-packages" in karabakh_cli.__file__
        assert not karabakh_cli.__file__.startswith(str(ROOT / "karabakh_cli"))


def _complete(words: str, cword: int) -> list[str]:
    env = {"_KCLI_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    result = run_kcli(env=env)
    assert result.returncode == 0
    assert result.stderr == ""
    return result.stdout.split()


def test_shell_completion_offers_actor_ids_topics_and_kinds() -> None:
    assert _complete("kcli actor pak", 2) == ["pakistan"]
    assert "ceasefire" in _complete("kcli timeline --kind cea", 3)
    assert _complete("kcli positions --topic territorial-integrity-a", 3) == ["territorial-integrity-azerbaijan"]
    assert _complete("kcli actor zzz", 2) == []
    assert "artsakh" in _complete("kcli actor arts", 2)  # aliases too, in the case typed
    assert "Artsakh" in _complete("kcli actor Arts", 2)
