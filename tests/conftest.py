"""Shared fixtures: every test runs against the real database, never the user's KCLI_DB.

The real database is the one the package ships (karabakh_cli/data/kcli.db, built by an install). A checkout
without it still runs the suite with `python -m pytest`: the session then builds db/seed.sql into a temporary
file and points KCLI_DB at it; the tests marked needs_install (the installed kcli in real processes, the
bundled file itself) are skipped.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from karabakh_cli.build import build_database
from karabakh_cli.cli import app
from karabakh_cli.db import bundled_path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "db" / "seed.sql"
# The kcli script installed beside the interpreter that runs the tests.
KCLI = Path(sys.executable).parent / "kcli"
# An installed package: the script and the database it ships (a plain stat each; nothing runs at import).
INSTALLED = KCLI.is_file() and bundled_path().is_file()
needs_install = pytest.mark.skipif(
    not INSTALLED, reason="needs the installed package and its database (pip install -e '.[test]')"
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regold", action="store_true", help="rewrite docs/gallery/ from the current output (see test_golden.py)"
    )


def pytest_report_header(config: pytest.Config) -> str:
    import karabakh_cli

    database = bundled_path() if bundled_path().is_file() else f"built from {SEED} for this session"
    return f"karabakh_cli: {Path(karabakh_cli.__file__).parent}; database: {database}"


def build_test_database(directory: Path) -> Path:
    """The database the tests read: the bundled one, else one built from db/seed.sql into directory."""
    if bundled_path().is_file():
        return bundled_path()
    path = directory / "kcli.db"
    build_database(SEED, path)
    return path


@pytest.fixture(scope="session")
def database_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The path of the real database: the bundled file, or one built from the seed when there is none."""
    return build_test_database(tmp_path_factory.mktemp("database"))


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, database_path: Path) -> None:
    """Keep the user's settings out: no KCLI_DB (but the test database when none is bundled), no NO_COLOR,
    a fixed width."""
    if database_path == bundled_path():
        monkeypatch.delenv("KCLI_DB", raising=False)
    else:
        monkeypatch.setenv("KCLI_DB", str(database_path))
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


def run_on_a_terminal(*args: str, env: dict[str, str | None]) -> str:
    """kcli's output on a pseudo-terminal of 80 by 10, with env added to (or, for None, removed from) ours."""
    import pty

    full_env = {**os.environ, "COLUMNS": "80", "LINES": "10", **env}
    full_env = {key: value for key, value in full_env.items() if value is not None}
    leader, follower = pty.openpty()
    process = subprocess.Popen([str(KCLI), *args], stdout=follower, stderr=follower, env=full_env)
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    process.wait(timeout=60)
    os.close(leader)
    return output.decode("utf-8", "replace")
