"""The bibliography in the formats reference managers read: BibTeX, CSL-JSON and RIS (standard library only).

Choices, so that a reader of the output knows what to expect:
- Keys. The citation key (BibTeX key, CSL ``id``, RIS ``ID``) is the source id unchanged: ids are
  ``[a-z0-9-]`` (a CHECK in the schema), which BibTeX, biber and pandoc all accept as keys, and a source
  keeps its id as the data grows, so a ``.bib`` written today still resolves later. An id or a date
  that is not one (a stranger's database) is refused, never written: a newline in an id would forge a
  RIS record, a quote or brace a BibTeX entry.
- Entry types are those plain BibTeX knows (article, techreport, misc), so every style reads them; a web
  page is ``@misc`` with its ``url`` (there is no access date to give as ``urldate``).
- No raw control character reaches any format: each is written as a visible escape such as ``\x1b``
  (text.safe), and every value is on one line.
- Unicode. BibTeX output keeps every letter as it is (UTF-8: Arabic, Armenian, Turkish, curly quotes),
  for biblatex with biber, pandoc and Zotero, which read UTF-8; no letter is turned into a TeX accent
  macro, which cannot be done for most of the scripts in the data. Classic 8-bit ``bibtex`` copies the
  bytes through; sort order may then be off for non-ASCII names. Where the output cannot carry UTF-8
  (an ASCII locale), punctuation and accented Latin letters are written as TeX macros (``''``, ``--``,
  ``{\\'e}``), and a letter TeX cannot spell that way stops the output with an error, never ``\\u2019``.
  Only TeX's special characters are escaped: ``{ } \\ % & # _ $ ^ ~`` become ``\\textbraceleft{}``,
  ``\\%`` and so on. Braces become macros, not ``\\{``, because BibTeX counts every brace, escaped or not,
  when it finds where a value ends.
- Titles are copied as written, in an inner brace group so that no style changes their case; a title in
  [square brackets] is one we supplied for an untitled page, and stays as it is in every format.
- Dates. A partial date keeps its precision: BibTeX ``year`` and ``month`` (the standard month macros,
  which BibTeX and biblatex both read; a ``date`` field beside them makes biber warn for every entry, so
  the day of a YYYY-MM-DD date is not in the BibTeX output), CSL ``issued.date-parts`` with one, two or
  three parts, RIS ``PY`` and ``DA`` (``YYYY/MM/DD/``, empty parts left empty).
- Authors are personal names written "Given Family"; BibTeX splits them at the last space, and the CSL
  and RIS output make the same split, so the three formats agree. A name with a comma or an "and" in it
  (an organisation) is kept whole: braced in BibTeX, a CSL ``literal``, unsplit in RIS.
- Citations of one record (``kcli cite ID``). Each source appears once, with the same key as in the whole
  bibliography, so the two outputs merge. Where the record is cited goes in the entry's note: a memo's
  paragraph (¶17) and the citation's own note; in CSL-JSON the paragraphs are also the ``locator``.
  A locator that is the source's URL adds nothing to the URL field, so only its note is kept.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import NamedTuple, TextIO

from karabakh_cli.dates import is_date
from karabakh_cli.errors import KcliError
from karabakh_cli.formats import write_json
from karabakh_cli.models import Citation, CitedRecord, Source
from karabakh_cli.text import is_record_id, safe


class EntryType(NamedTuple):
    """How one kind of source is typed in each format, and which field names its publisher."""

    bibtex: str
    bibtex_publisher: str
    csl: str
    ris: str
    # The publisher is the periodical the piece appeared in (CSL container-title, RIS T2), not its issuer.
    periodical: bool


# One row per source kind (the sources.kind CHECK in db/seed.sql); a new kind fails the tests until added.
ENTRY_TYPES: dict[str, EntryType] = {
    "memo": EntryType("techreport", "institution", "report", "RPRT", periodical=False),
    "document": EntryType("misc", "howpublished", "document", "GOVDOC", periodical=False),
    "news": EntryType("article", "journal", "article-newspaper", "NEWS", periodical=True),
    "reference": EntryType("misc", "howpublished", "webpage", "ELEC", periodical=False),
    "statement": EntryType("misc", "howpublished", "document", "GEN", periodical=False),
    "opinion": EntryType("article", "journal", "article-magazine", "MGZN", periodical=True),
}

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_TEX_SPECIALS = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\textbraceleft{}",
        "}": r"\textbraceright{}",
        "%": r"\%",
        "&": r"\&",
        "#": r"\#",
        "_": r"\_",
        "$": r"\$",
        "^": r"\textasciicircum{}",
        "~": r"\textasciitilde{}",
    }
)
# In a URL only what would unbalance BibTeX's braces or start a TeX command is percent-encoded; the
# rest (%, #, _, &) is read verbatim by biblatex's and hyperref's url fields.
_URL_SPECIALS = str.maketrans({"{": "%7B", "}": "%7D", "\\": "%5C", " ": "%20"})
# Where the output is ASCII: what TeX writes for the punctuation in the data, and the accents it puts on a
# Latin letter (the combining mark after unicodedata's decomposition).
_TEX_ASCII = {
    "\u2018": "`", "\u2019": "'", "\u201c": "``", "\u201d": "''", "\u201e": ",,", "\u2013": "--", "\u2014": "---",
    "\u2026": r"\ldots{}", "\u00a0": "~", "\u00b6": r"\P{}", "\u00a7": r"\S{}", "\u00b0": r"\textdegree{}",
    "\u00ab": r"\guillemotleft{}", "\u00bb": r"\guillemotright{}", "\u2032": "'", "\u2033": "''",
    "\u0131": r"{\i}", "\u00df": r"{\ss}", "\u00e6": r"{\ae}", "\u00f8": r"{\o}", "\u0142": r"{\l}",
}  # fmt: skip
_TEX_ACCENTS = {
    "\u0300": "`", "\u0301": "'", "\u0302": "^", "\u0303": "~", "\u0304": "=", "\u0306": "u", "\u0307": ".",
    "\u0308": '"', "\u030a": "r", "\u030b": "H", "\u030c": "v", "\u0326": "textcommabelow", "\u0327": "c",
    "\u0323": "d", "\u0328": "k",
}  # fmt: skip


class _Entry(NamedTuple):
    """A source and, when written for one record, the citations of it."""

    source: Source
    citations: tuple[Citation, ...] = ()


# --- the whole bibliography ---------------------------------------------------------------------


def write_bibtex(sources: Iterable[Source], stream: TextIO) -> None:
    """Write sources as BibTeX/biblatex entries, keyed by source id."""
    _write_bibtex([_Entry(source) for source in sources], stream)


def write_csl_json(sources: Iterable[Source], stream: TextIO) -> None:
    """Write sources as a CSL-JSON array (pandoc, Zotero, citeproc)."""
    _write_csl_json([_Entry(source) for source in sources], stream)


def write_ris(sources: Iterable[Source], stream: TextIO) -> None:
    """Write sources as RIS records (Zotero, EndNote, Mendeley)."""
    _write_ris([_Entry(source) for source in sources], stream)


# --- the citations of one record ----------------------------------------------------------------


def write_cited_bibtex(records: Iterable[CitedRecord], sources: Iterable[Source], stream: TextIO) -> None:
    """Write, as BibTeX, each source the records cite, once, with where it is cited in its note."""
    _write_bibtex(_cited_entries(records, sources), stream)


def write_cited_csl_json(records: Iterable[CitedRecord], sources: Iterable[Source], stream: TextIO) -> None:
    """Write, as CSL-JSON, each source the records cite, once, with its paragraphs as the locator."""
    _write_csl_json(_cited_entries(records, sources), stream)


def write_cited_ris(records: Iterable[CitedRecord], sources: Iterable[Source], stream: TextIO) -> None:
    """Write, as RIS, each source the records cite, once, with where it is cited in its note."""
    _write_ris(_cited_entries(records, sources), stream)


# The format names as --format takes them, each declared once with its writers.
SOURCE_WRITERS: dict[str, Callable[[Iterable[Source], TextIO], None]] = {
    "bibtex": write_bibtex,
    "csl-json": write_csl_json,
    "ris": write_ris,
}
CITED_WRITERS: dict[str, Callable[[Iterable[CitedRecord], Iterable[Source], TextIO], None]] = {
    "bibtex": write_cited_bibtex,
    "csl-json": write_cited_csl_json,
    "ris": write_cited_ris,
}


def _cited_entries(records: Iterable[CitedRecord], sources: Iterable[Source]) -> list[_Entry]:
    """Group the records' citations by source, in the order the sources are first cited."""
    by_id = {source.id: source for source in sources}
    grouped: dict[str, list[Citation]] = {}
    for record in records:
        for citation in record.citations:
            if citation.source_id not in by_id:
                raise ValueError(f"citation of unknown source {citation.source_id!r}; pass every source")
            grouped.setdefault(citation.source_id, []).append(citation)
    return [_Entry(by_id[source_id], tuple(citations)) for source_id, citations in grouped.items()]


# --- shared pieces --------------------------------------------------------------------------------


def _entry_type(source: Source) -> EntryType:
    try:
        return ENTRY_TYPES[source.kind]
    except KeyError:
        raise ValueError(f"source {source.id!r} has unknown kind {source.kind!r}") from None


def _key(source: Source) -> str:
    """The source id as a citation key; ValueError for anything else (a forged id would forge entries)."""
    if not is_record_id(source.id):
        raise ValueError(f"source id {source.id!r} is not a kcli id (a-z, 0-9 and -)")
    return source.id


def _date_parts(date: str | None) -> list[int]:
    """[year], [year, month] or [year, month, day] from a partial ISO date; [] for none; ValueError for a
    value that is not a real date ('0000-00-00', '2020-02-30')."""
    if date is not None and not is_date(date):
        raise ValueError(f"published {date!r} is not a calendar date")
    return [int(part) for part in date.split("-")] if date else []


def _name_parts(name: str) -> tuple[str, str]:
    """(given, family), split at the last space as BibTeX splits "First Last"; ("", name) for a name
    that is not one person's "Given Family" (one word, or with a comma or an "and" in it)."""
    name = _one_line(name)
    if _is_literal(name):
        return "", name
    given, _, family = name.rpartition(" ")
    return given, family


def _is_literal(name: str) -> bool:
    """True for a name BibTeX would misread as "Family, Given" or as two people, so it is kept whole."""
    return "," in name or " and " in f" {name.casefold()} "


def _pinpoints(entry: _Entry) -> list[str]:
    """The paragraph locators (¶N) of the entry's citations, in order, each once."""
    return list(dict.fromkeys(c.locator for c in entry.citations if not c.locator.startswith(("http:", "https:"))))


def _cited_note(entry: _Entry) -> str | None:
    """Where and for what the source is cited: "¶1: a quote; ¶3: a remark", each part once."""
    parts = []
    for citation in entry.citations:
        pinpoint = None if citation.locator.startswith(("http:", "https:")) else citation.locator
        text = " ".join(citation.note.split()) if citation.note else None
        parts.append(": ".join(part for part in (pinpoint, text) if part))
    unique = [part for part in dict.fromkeys(parts) if part]
    return "; ".join(unique) or None


def _one_line(text: str) -> str:
    """Text on one line, every control character left a visible escape (text.safe): no format's
    structure (a RIS tag line, a BibTeX field) can be forged from inside a value."""
    return safe(" ".join(text.split()), one_line=True)


# --- BibTeX --------------------------------------------------------------------------------------


def tex_escape(text: str) -> str:
    """Return text with TeX's special characters escaped and its whitespace on one line; Unicode kept."""
    return _one_line(text).translate(_TEX_SPECIALS)


def _write_bibtex(entries: list[_Entry], stream: TextIO) -> None:
    narrow = _narrow(stream)
    text = "\n".join(_bibtex_entry(entry, narrow) for entry in entries)
    stream.write(_tex_ascii(text) if narrow else text)


def _narrow(stream: TextIO) -> bool:
    """True when the stream cannot carry every Unicode letter (an ASCII or Latin-1 locale)."""
    return "utf" not in (getattr(stream, "encoding", None) or "utf-8").lower()


def _tex_ascii(text: str) -> str:
    """BibTeX in ASCII: punctuation and accented Latin letters as TeX writes them; KcliError for a letter
    it cannot spell that way (Armenian, Cyrillic...), rather than a \\uXXXX escape that TeX would print."""
    if text.isascii():
        return text
    out = []
    for char in unicodedata.normalize("NFD", text):
        if char.isascii():
            out.append(char)
        elif char in _TEX_ASCII:
            out.append(_TEX_ASCII[char])
        elif char in _TEX_ACCENTS and out and (out[-1].isalpha() or out[-1].startswith("{\\")):
            out[-1] = f"{{\\{_TEX_ACCENTS[char]}{{{out[-1]}}}}}"
        else:
            raise KcliError(
                f"BibTeX here must be ASCII (the output's encoding), and {char!r} ({unicodedata.name(char, '?')})"
                " has no ASCII form in TeX; write UTF-8 instead: PYTHONIOENCODING=utf-8 kcli ..."
            )
    return "".join(out)


def _bibtex_entry(entry: _Entry, ascii_only: bool = False) -> str:
    source = entry.source
    entry_type = _entry_type(source)
    fields: list[tuple[str, str]] = []
    if source.author:
        author = tex_escape(source.author)
        # Braced, a name is one literal name to BibTeX, never split at "and" or a comma.
        fields.append(("author", "{{" + author + "}}" if _is_literal(author) else "{" + author + "}"))
    fields.append(("title", "{{" + tex_escape(source.title) + "}}"))
    if source.publisher:
        fields.append((entry_type.bibtex_publisher, "{" + tex_escape(source.publisher) + "}"))
    if source.kind == "news":
        fields.append(("entrysubtype", "{newspaper}"))
    if source.kind == "memo":
        fields.append(("type", "{Policy memo}"))
    parts = _date_parts(source.published)
    if parts:
        fields.append(("year", "{" + f"{parts[0]:04d}" + "}"))
    if len(parts) > 1:
        fields.append(("month", _MONTHS[parts[1] - 1]))
    if source.url:
        fields.append(("url", "{" + _url(source.url, ascii_only) + "}"))
    note = _cited_note(entry)
    if note:
        fields.append(("note", "{" + tex_escape(note) + "}"))
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return f"@{entry_type.bibtex}{{{_key(source)},\n{body}\n}}\n"


def _url(url: str, ascii_only: bool) -> str:
    """A URL as BibTeX's url field reads it verbatim: braces, backslashes and spaces percent-encoded, so it
    stays one balanced value; for an ASCII output, every non-ASCII character too (as UTF-8)."""
    plain = _one_line(url).translate(_URL_SPECIALS)
    if not ascii_only or plain.isascii():
        return plain
    import urllib.parse  # only such a URL needs it

    return urllib.parse.quote(plain, safe="".join(map(chr, range(33, 127))))


# --- CSL-JSON ------------------------------------------------------------------------------------


def _write_csl_json(entries: list[_Entry], stream: TextIO) -> None:
    write_json([_csl_item(entry) for entry in entries], stream)


def _csl_item(entry: _Entry) -> dict:
    source = entry.source
    entry_type = _entry_type(source)
    item: dict[str, object] = {"id": _key(source), "type": entry_type.csl, "title": source.title}
    if source.author:
        given, family = _name_parts(source.author)
        item["author"] = [{"family": family, "given": given} if given else {"literal": family}]
    if source.publisher:
        item["container-title" if entry_type.periodical else "publisher"] = source.publisher
    if source.kind == "memo":
        item["genre"] = "Policy memo"
    parts = _date_parts(source.published)
    if parts:
        item["issued"] = {"date-parts": [parts]}
    if source.url:
        item["URL"] = source.url
    pinpoints = _pinpoints(entry)
    if pinpoints:
        item["locator"] = ", ".join(pinpoints)
    note = _cited_note(entry)
    if note:
        item["note"] = note
    return item


# --- RIS -----------------------------------------------------------------------------------------


def _write_ris(entries: list[_Entry], stream: TextIO) -> None:
    for number, entry in enumerate(entries):
        if number:
            stream.write("\n")
        for tag, value in _ris_fields(entry):
            stream.write(f"{tag}  - {value}\n")


def _ris_fields(entry: _Entry) -> list[tuple[str, str]]:
    source = entry.source
    entry_type = _entry_type(source)
    fields = [("TY", entry_type.ris), ("ID", _key(source)), ("TI", _one_line(source.title))]
    if source.author:
        given, family = _name_parts(source.author)
        fields.append(("AU", f"{family}, {given}" if given else family))
    if source.publisher:
        fields.append(("T2" if entry_type.periodical else "PB", _one_line(source.publisher)))
    parts = _date_parts(source.published)
    if parts:
        fields.append(("PY", f"{parts[0]:04d}"))
        # YYYY/MM/DD/ with the parts a partial date lacks left empty: 2020///, 2020/10//.
        padded = [f"{part:02d}" for part in parts] + [""] * (3 - len(parts))
        fields.append(("DA", "/".join(padded) + "/"))
    if source.url:
        fields.append(("UR", _one_line(source.url)))
    note = _cited_note(entry)
    if note:
        fields.append(("N1", _one_line(note)))
    fields.append(("ER", ""))
    return fields
