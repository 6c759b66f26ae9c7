"""The front page tells the scope: the README, kcli --help, the package description and the web view's title
describe the conflict from 1988 to 2025 with its diplomacy, not only the 44 days of 2020."""

import tomllib
from pathlib import Path

import pytest

from karabakh_cli.web import TITLE

ROOT = Path(__file__).resolve().parent.parent


def _readme_intro() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return " ".join(text.split("\n\n")[1].split())


def _help_intro(kcli) -> str:
    result = kcli("--help")
    assert result.exit_code == 0
    return " ".join(result.stdout.split("\n\n")[1].split())


def _description() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["description"]


@pytest.mark.parametrize("where", ["readme", "help", "package", "web"])
def test_the_scope_is_1988_to_2025_with_its_diplomacy(kcli, where: str) -> None:
    text = {"readme": _readme_intro, "help": lambda: _help_intro(kcli), "package": _description, "web": lambda: TITLE}[
        where
    ]()
    assert "1988" in text and "2025" in text, text
    assert "Nagorno-Karabakh conflict" in text and "diplomacy" in text, text
    assert "Second Nagorno-Karabakh War" not in text, text


def test_the_readme_names_the_eras_it_covers() -> None:
    intro = _readme_intro()
    for era in ("1994 ceasefire", "44-day war", "2023", "Washington"):
        assert era in intro, era
