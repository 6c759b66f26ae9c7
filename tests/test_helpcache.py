"""Help pages rendered ahead of time are Typer's own pages, served only for the source they came from."""

import json
import subprocess

import pytest
from typer.testing import CliRunner

from karabakh_cli import helpcache
from karabakh_cli.cli import app

from conftest import KCLI, needs_install


@pytest.fixture(scope="module")
def rendered() -> dict:
    return helpcache.render_all()


def test_every_command_has_a_page(rendered: dict) -> None:
    from karabakh_cli.cli import COMMANDS

    assert set(COMMANDS) <= set(rendered["pages"])
    assert {"", "db info", "db build", "db check", "db path"} <= set(rendered["pages"])


def test_a_page_is_what_typer_prints(rendered: dict) -> None:
    runner = CliRunner()
    for key, page in rendered["pages"].items():
        assert runner.invoke(app, [*key.split(), "--help"]).stdout == page, key


@pytest.mark.parametrize(
    ("args", "key"),
    [
        ([], ""),
        (["--help"], ""),
        (["-h"], ""),
        (["actor", "--help"], "actor"),
        (["db", "info", "-h"], "db info"),
        (["actor", "pakistan"], None),
        (["actor", "pakistan", "--help"], "actor pakistan"),
        (["--db", "x.db", "--help"], None),
        (["--no-color", "actor", "--help"], None),
    ],
)
def test_a_help_request_is_recognised_by_its_exact_arguments(args: list[str], key: str | None) -> None:
    assert helpcache.page_key(args) == key


def test_an_unknown_page_goes_to_typer(tmp_path, monkeypatch: pytest.MonkeyPatch, rendered: dict) -> None:
    stored = tmp_path / "help.json"
    stored.write_text(json.dumps(rendered), encoding="utf-8")
    monkeypatch.setattr(helpcache, "HELP_FILE", stored)
    assert helpcache.cached_page(["actor", "--help"]) == rendered["pages"]["actor"]
    assert helpcache.cached_page(["actor", "pakistan", "--help"]) is None


def test_pages_of_other_source_are_not_served(tmp_path, monkeypatch: pytest.MonkeyPatch, rendered: dict) -> None:
    stored = tmp_path / "help.json"
    stored.write_text(json.dumps({**rendered, "fingerprint": "0" * 64}), encoding="utf-8")
    monkeypatch.setattr(helpcache, "HELP_FILE", stored)
    assert helpcache.cached_page(["--help"]) is None


def test_no_pages_means_typer_answers(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(helpcache, "HELP_FILE", tmp_path / "missing.json")
    assert helpcache.cached_page(["--help"]) is None


@needs_install
@pytest.mark.slow
@pytest.mark.parametrize("redirect", [">&-", "> /dev/full"], ids=["closed", "full"])
def test_a_help_page_that_cannot_be_written_is_one_line_and_exit_1(redirect: str) -> None:
    result = subprocess.run(
        ["bash", "-c", f'"{KCLI}" --help {redirect}'], capture_output=True, text=True, timeout=60
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith("kcli: error: cannot write output") and result.stderr.count("\n") == 1
