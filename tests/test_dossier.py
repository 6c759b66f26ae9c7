"""Markdown dossiers (kcli actor/event/timeline --format markdown): every cited fact followed by its
footnotes, each footnote naming its source's title, publisher, date, locator and URL; errata quoted
under their facts; data text escaped; and pandoc converting the result to HTML and DOCX without a
warning (CI installs pandoc, as it does Graphviz; elsewhere the pandoc tests skip without it)."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from karabakh_cli.dossier import Footnotes, markdown, md
from karabakh_cli.models import Citation, Erratum, Event, Participant, RecordRef, Source

PANDOC = shutil.which("pandoc")
needs_pandoc = pytest.mark.skipif(
    PANDOC is None, reason="pandoc is not installed (CI installs it: apt-get install pandoc)"
)
_REFERENCE = re.compile(r"\[\^(\d+)\](?!:)")
_DEFINITION = re.compile(r"^\[\^(\d+)\]: (.*)$", re.MULTILINE)


def _run(kcli, *args: str) -> str:
    result = kcli(*args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _body_and_notes(text: str) -> tuple[str, dict[str, str]]:
    notes = dict(_DEFINITION.findall(text))
    body = _DEFINITION.sub("", text)
    return body, notes


def _citations(record: object) -> list[dict]:
    """Every citation object anywhere in a --json document."""
    if isinstance(record, dict):
        own = [record] if {"source_id", "locator", "source_title"} <= set(record) else []
        return own + [c for value in record.values() for c in _citations(value)]
    if isinstance(record, list):
        return [c for item in record for c in _citations(item)]
    return []


def test_actor_dossier_has_a_footnote_for_every_cited_fact(kcli) -> None:
    text = _run(kcli, "actor", "pakistan", "--format", "markdown")
    body, _ = _body_and_notes(text)
    assert text.startswith("# Pakistan\n")
    for section in ("## Memberships and relations", "## Positions", "## Events", "## Votes"):
        assert section in body
    facts = [line for line in body.splitlines() if line.startswith("- ")]
    assert facts and all(_REFERENCE.search(line) for line in facts), [f for f in facts if not _REFERENCE.search(f)]
    summary = body.split("\n\n")[2]
    assert _REFERENCE.search(summary)


def test_every_reference_has_its_note_and_every_note_is_used(kcli) -> None:
    for args in (["actor", "pakistan"], ["event", "2020-10-10-moscow-ceasefire"], ["timeline", "--from", "2020-10"]):
        body, notes = _body_and_notes(_run(kcli, *args, "--format", "markdown"))
        used = set(_REFERENCE.findall(body))
        assert used == set(notes), args
        assert sorted(map(int, notes)) == list(range(1, len(notes) + 1))


def test_footnotes_name_title_publisher_date_locator_and_url(kcli) -> None:
    profile = json.loads(_run(kcli, "actor", "pakistan", "--json"))
    sources = {source["id"]: source for source in json.loads(_run(kcli, "sources", "--json"))}
    _, notes = _body_and_notes(_run(kcli, "actor", "pakistan", "--format", "markdown"))
    texts = list(notes.values())
    for citation in _citations(profile):
        source = sources[citation["source_id"]]
        url = citation["url"]
        matching = [t for t in texts if md(source["title"]) in t and (url is None or f"<{url}>" in t or md(url) in t)]
        assert matching, citation
        if not citation["locator"].startswith("http"):
            assert any(md(citation["locator"]) in t for t in matching), citation
        if source["publisher"]:
            assert any(md(source["publisher"]) in t for t in matching), citation


def test_memo_footnote_reads_as_a_reference(kcli) -> None:
    _, notes = _body_and_notes(_run(kcli, "actor", "pakistan", "--format", "markdown"))
    memo = [text for text in notes.values() if "¶16" in text]
    assert memo and memo[0].startswith(
        "*The Second Nagorno-Karabakh War in a Global South Perspective*. PONARS Eurasia"
    )


def test_errata_are_notes_under_the_fact_they_concern(kcli) -> None:
    profile = json.loads(_run(kcli, "actor", "pakistan", "--json"))
    body, _ = _body_and_notes(_run(kcli, "actor", "pakistan", "--format", "markdown"))
    lines = body.splitlines()
    for relation in profile["relations"]:
        for erratum in relation["errata"]:
            at = next(i for i, line in enumerate(lines) if line.startswith("- ") and md(relation["summary"]) in line)
            note = lines[at + 2]
            assert note.startswith("  > **Erratum (") and md(erratum["correction"]) in note, erratum["id"]
    assert sum(line.lstrip().startswith("> **Erratum") for line in lines) >= len(profile["actor"]["errata"])
    quoted = [i for i, line in enumerate(lines) if line.startswith("  > ")]
    assert quoted and all(lines[i + 1] == "" for i in quoted), "a blank line ends each quote"


def test_event_dossier_lists_who_took_part(kcli) -> None:
    event = json.loads(_run(kcli, "event", "2020-10-10-moscow-ceasefire", "--json"))
    text = _run(kcli, "event", "2020-10-10-moscow-ceasefire", "--format", "markdown")
    assert text.startswith(f"# {md(event['title'])}\n")
    assert "## Who took part" in text
    for participant in event["participants"]:
        assert f"- {md(participant['name'])}, {participant['role']}" in text


def test_timeline_dossier_has_a_heading_per_event(kcli) -> None:
    events = json.loads(_run(kcli, "timeline", "--from", "2020-10", "--to", "2020-10", "--json"))
    text = _run(kcli, "timeline", "--from", "2020-10", "--to", "2020-10", "--format", "markdown")
    assert text.count("\n## ") == len(events)
    assert f"{len(events)} events, in date order." in text


def test_an_empty_timeline_says_so(kcli) -> None:
    text = _run(kcli, "timeline", "--from", "1800", "--to", "1800", "--format", "markdown")
    assert text == "# Timeline\n\nNo events match.\n"


def test_markdown_is_refused_where_there_is_no_dossier(kcli) -> None:
    result = kcli("positions", "--format", "markdown")
    assert result.exit_code == 2


# --- escaping -------------------------------------------------------------------------------------

HOSTILE = (
    "*bold* _x_ [link](http://evil.example) <script>alert(1)</script> `code` # | $x$ @cite ^sup [^9] &amp; \x1b[31m"
)


def _hostile_event() -> Event:
    citation = Citation("evil", HOSTILE, "http://evil.example/a b", "http://evil.example/a b", HOSTILE)
    erratum = Erratum("e", "error", "evil", "¶1", HOSTILE, HOSTILE, [RecordRef("event", "x")], [citation])
    return Event(
        "x", "2020-10-10", None, "day", None, "2020-10-10", "2020-10-10", "war", [], "1. " + HOSTILE, "- " + HOSTILE,
        "unverified", "conflict", [Participant("a", HOSTILE, "signatory")], [citation], [erratum],
    )  # fmt: skip


def _hostile_sources() -> dict[str, Source]:
    return {"evil": Source("evil", "news", HOSTILE, None, HOSTILE, "2020-10", "http://evil.example/a b", 1)}


def test_data_text_cannot_become_markdown_syntax() -> None:
    text = markdown(_hostile_event(), _hostile_sources(), {})
    assert "<script>" not in text and not re.search(r"(?<!\\)\]\(http", text) and "\x1b" not in text
    assert "\\*bold\\*" in text and "[\\^9\\]" in text and "\\x1b[31m" in text
    assert "# 1\\. " in text
    assert "\n\\- " in text


def test_footnotes_number_each_citation_once() -> None:
    notes = Footnotes({})
    first = Citation("a", "A", "¶1", None, None)
    assert notes.marks([first, first]) == "[^1]"
    assert notes.marks([Citation("a", "A", "¶2", None, None), first]) == "[^2][^1]"
    assert len(notes.definitions()) == 2


@pytest.mark.slow
@needs_pandoc
def test_pandoc_reads_hostile_text_as_text(tmp_path: Path) -> None:
    source = tmp_path / "hostile.md"
    source.write_text(markdown(_hostile_event(), _hostile_sources(), {}), encoding="utf-8")
    html = subprocess.run(
        [PANDOC, "-f", "gfm", "-t", "html", "--fail-if-warnings", str(source)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "<script>" not in html and "&lt;script&gt;" in html
    # GitHub and pandoc's gfm link a bare URL to itself; no link may show other text than its address.
    links = re.findall(r'<a href="(http[^"]*)"[^>]*>([^<]*)</a>', html)
    assert links and all(address == shown for address, shown in links)


# --- pandoc ---------------------------------------------------------------------------------------


@pytest.mark.slow
@needs_pandoc
@pytest.mark.parametrize("reader", ["gfm", "markdown", "commonmark_x"])
@pytest.mark.parametrize("target", ["html", "docx"])
def test_pandoc_converts_the_actor_dossier_without_warnings(kcli, tmp_path: Path, reader: str, target: str) -> None:
    source = tmp_path / "pakistan.md"
    source.write_text(_run(kcli, "actor", "pakistan", "--format", "markdown"), encoding="utf-8")
    output = tmp_path / f"pakistan.{target}"
    result = subprocess.run(
        [PANDOC, "-f", reader, "-t", target, "--fail-if-warnings", str(source), "-o", str(output)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert output.stat().st_size > 0
    if target == "html":
        html = output.read_text(encoding="utf-8")
        assert "[^" not in html, "every footnote became a note"
        assert html.count('class="footnote-ref"') == len(re.findall(r"\[\^\d+\](?!:)", source.read_text()))


@pytest.mark.slow
@needs_pandoc
def test_pandoc_converts_event_and_timeline_dossiers(kcli, tmp_path: Path) -> None:
    for name, args in {
        "event": ["event", "2020-11-09-trilateral-statement"],
        "timeline": ["timeline", "--from", "2020-09-27", "--to", "2020-11-10"],
    }.items():
        source = tmp_path / f"{name}.md"
        source.write_text(_run(kcli, *args, "--format", "markdown"), encoding="utf-8")
        output = tmp_path / f"{name}.docx"
        result = subprocess.run(
            [PANDOC, "-f", "gfm", "-t", "docx", "--fail-if-warnings", str(source), "-o", str(output)],
            capture_output=True, text=True,
        )  # fmt: skip
        assert result.returncode == 0 and result.stderr == "", (name, result.stderr)
