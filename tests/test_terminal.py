"""Terminals and pagers as git and gh treat them: LESS=FRX when LESS is unset, an empty KCLI_PAGER turns
paging off, NO_COLOR (and --no-color) removes every style, bold and italic too."""

import re

import pytest

from conftest import needs_install, run_on_a_terminal

# Any SGR sequence: colour, bold, italic, dim, underline.
STYLE = re.compile(r"\x1b\[[0-9;]*m")


# A pager that says which $LESS it was given, then reads what kcli sends it.
SHOW_LESS = "sh -c 'echo LESS=[$LESS]; cat > /dev/null'"


@pytest.mark.slow
@needs_install
def test_the_pager_gets_less_frx_when_less_is_unset() -> None:
    assert "LESS=[FRX]" in run_on_a_terminal("actors", env={"KCLI_PAGER": SHOW_LESS, "LESS": None})


@pytest.mark.slow
@needs_install
def test_the_pager_keeps_the_users_less() -> None:
    assert "LESS=[-S]" in run_on_a_terminal("actors", env={"KCLI_PAGER": SHOW_LESS, "LESS": "-S"})


@pytest.mark.slow
@needs_install
@pytest.mark.parametrize("empty", ["", "cat"])
def test_an_empty_kcli_pager_turns_paging_off(empty: str) -> None:
    output = run_on_a_terminal("actors", env={"KCLI_PAGER": empty, "PAGER": "sed s/^/PAGED:/"})
    assert "PAGED:" not in output
    assert "Actors" in output


@pytest.mark.slow
@needs_install
def test_pager_falls_back_to_pager_when_kcli_pager_is_unset() -> None:
    output = run_on_a_terminal("actors", env={"KCLI_PAGER": None, "PAGER": "sed s/^/PAGED:/"})
    assert "PAGED:" in output


def test_a_forced_terminal_has_styles(kcli) -> None:
    result = kcli("actor", "pakistan", env={"FORCE_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    assert "\x1b[1m" in result.stdout  # bold: the check below can fail


def test_no_color_removes_every_style(kcli) -> None:
    result = kcli("actor", "pakistan", env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    assert "Pakistan" in result.stdout
    assert STYLE.findall(result.stdout) == []


def test_the_no_color_option_removes_every_style(kcli) -> None:
    result = kcli("--no-color", "timeline", "--from", "2020-11", env={"FORCE_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    assert STYLE.findall(result.stdout) == []
