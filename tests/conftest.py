"""Shared fixtures: every test runs against the real database, never the user's KCLI_DB."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from karabakh_cli.build import build_database
from karabakh_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "db" / "seed.sql"
# The kcli script installed beside the interpreter that runs the tests.
KCLI = Path(sys.executable).parent / "kcli"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the user's settings out: no KCLI_DB, no NO_COLOR, a fixed width."""
    monkeypatch.delenv("KCLI_DB", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "120")


@pytest.fixture
def kcli():
    """Call the CLI in-process as a user would; returns the click Result."""
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None):
        return runner.invoke(app, list(args), env=env)

    return invoke


@pytest.fixture(scope="session")
def fresh_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database built just now from db/seed.sql."""
    path = tmp_path_factory.mktemp("fresh") / "kcli.db"
    build_database(SEED, path)
    return path


def run_kcli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, **kwargs):
    """Run the installed kcli in a real process."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [str(KCLI), *args], capture_output=True, text=True, errors="replace", cwd=cwd, env=full_env, **kwargs
    )
