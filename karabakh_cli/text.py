"""Folding names so that case, accents and punctuation do not matter when matching."""

from __future__ import annotations

import re
import sys
import unicodedata

# Letters that Unicode does not decompose into a base letter plus an accent.
_EXTRA_FOLDS = str.maketrans({"ə": "e", "ı": "i", "ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae"})
_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Return a matching key: lower case, no accents, words joined by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA_FOLDS))
    # Accents go, and so do invisible format characters (soft hyphens, zero-width spaces) pasted from PDFs.
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")
    return _NON_WORD.sub(" ", bare).strip()


# Characters that would act on a terminal instead of being shown: C0 controls but newline and tab, DEL and
# the C1 controls, the line and paragraph separators, and the marks that reorder bidirectional text; and
# bytes of a path that are not UTF-8 (Python keeps them as lone surrogates, U+DC80-U+DCFF): the byte.
_CONTROLS = {
    **{code: f"\\x{code:02x}" for code in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))},
    **{code: f"\\u{code:04x}" for code in (0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A))},
    **{code: f"\\x{code - 0xDC00:02x}" for code in range(0xDC80, 0xDD00)},
}
# In one-line messages (errors, notes), newlines and tabs are shown too.
_CONTROLS_ONE_LINE = {**_CONTROLS, 0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}


def safe(text: str, one_line: bool = False) -> str:
    """Text from the data or the user, made harmless for a terminal: every character that would act on it
    (ESC, BEL, CSI, bidi marks...) becomes a visible escape such as \\x1b, so no data can drive the
    terminal. With one_line, newlines and tabs are escaped too (error messages). Rich markup needs no
    escaping: kcli puts data into Text objects, which never parse it."""
    return text.translate(_CONTROLS_ONE_LINE if one_line else _CONTROLS)


# A record id as the schema's CHECK writes it: ASCII lower-case letters, digits and hyphens, not starting with
# a hyphen. A stranger's database can hold anything there (a CHECK can be dropped), so ids are checked as read.
_RECORD_ID = re.compile(r"[a-z0-9][a-z0-9-]*", re.ASCII)


def is_record_id(value: object) -> bool:
    """True when value is a record id kcli could have written: safe as a BibTeX key, a RIS ID or a file name."""
    return isinstance(value, str) and _RECORD_ID.fullmatch(value) is not None


def note(message: str) -> None:
    """One line on stderr that qualifies the answer (what a filter counts, what was left out), in every
    format: stdout keeps only the data."""
    sys.stderr.write(f"kcli: note: {safe(message, one_line=True)}\n")
