"""Help pages recorded ahead of time are Typer's own pages at any width, served only for the source they came
from; help follows the terminal's width and never breaks an example."""

import json
import re
import subprocess

import pytest
from typer.testing import CliRunner

from karabakh_cli import helpbuild, helpcache
from karabakh_cli.cli import app

from conftest import KCLI, needs_install


@pytest.fixture(scope="module")
def rendered() -> dict:
    return helpbuild.render_all()


def test_every_command_has_a_page(rendered: dict) -> None:
    from karabakh_cli.cli import COMMANDS

    assert set(COMMANDS) <= set(rendered["pages"])
    assert {"", "db info", "db build", "db check", "db path"} <= set(rendered["pages"])


@pytest.mark.parametrize("width", [40, 80, 132])
def test_a_page_is_what_typer_prints_at_any_width(rendered: dict, width: int) -> None:
    runner = CliRunner()
    for key, operations in rendered["pages"].items():
        typer_page = runner.invoke(app, [*key.split(), "--help"], env={"COLUMNS": str(width)}).stdout
        assert helpcache.page_text(helpcache.lay_out(operations, width)) == typer_page, key


def _help(kcli, width: int, *words: str) -> str:
    result = kcli(*words, "--help", env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_help_follows_the_terminals_width(kcli) -> None:
    wide, narrow = _help(kcli, 132, "positions"), _help(kcli, 60, "positions")
    assert max(len(line) for line in wide.splitlines()) > 100
    assert re.search(r"^  -a, --actor ACTOR +Only what concerns this actor \(repeatable: any of them\)\.$", wide, re.M)
    prose = [line for line in narrow.splitlines() if not line.lstrip().startswith(("kcli ", "-f, --format"))]
    assert max(len(line) for line in prose) <= 60


def _examples(help_text: str) -> list[str]:
    """The commands of the Examples block (up to the next section: Arguments, Options)."""
    block = help_text.split("  Examples:\n", 1)[1] if "  Examples:\n" in help_text else ""
    lines = []
    for line in block.splitlines():
        if line and not line.startswith(" "):
            break
        if line.strip():
            lines.append(line.strip())
    return lines


@pytest.mark.parametrize("width", [40, 60, 80])
def test_an_example_is_never_broken(kcli, width: int) -> None:
    from karabakh_cli.cli import COMMANDS

    for name in COMMANDS:
        wide = _examples(_help(kcli, 200, name))
        assert _examples(_help(kcli, width, name)) == wide, name
    assert "kcli matrix --topic territorial-integrity-azerbaijan --topic recognition-of-artsakh" in _examples(
        _help(kcli, width, "matrix")
    )


def test_words_are_not_split_at_hyphens(kcli) -> None:
    assert "recognition-\n" not in _help(kcli, 40, "matrix")
    assert all(not line.endswith("-") for line in _help(kcli, 40, "positions").splitlines())


def test_the_cached_page_is_laid_out_at_the_width_asked(
    tmp_path, monkeypatch: pytest.MonkeyPatch, rendered: dict
) -> None:
    stored = tmp_path / "help.json"
    stored.write_text(json.dumps(rendered), encoding="utf-8")
    monkeypatch.setattr(helpcache, "HELP_FILE", stored)
    monkeypatch.setenv("COLUMNS", "132")
    assert helpcache.cached_page(["positions", "--help"]) == CliRunner().invoke(app, ["positions", "--help"]).stdout
    assert helpcache.cached_page(["positions", "--help"], width=50) != helpcache.cached_page(["positions", "--help"])


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
    assert helpcache.cached_page(["actor", "--help"], width=80) == helpcache.page_text(
        helpcache.lay_out(rendered["pages"]["actor"], 80)
    )
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
