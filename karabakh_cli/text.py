"""Folding names so that case, accents and punctuation do not matter when matching."""

from __future__ import annotations

import re
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


# Control characters (C0 but newline and tab, DEL, C1), shown as visible escapes.
_CONTROLS = {code: f"\\x{code:02x}" for code in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))}
# In one-line messages, newline and tab are shown too.
_CONTROLS_ONE_LINE = {**_CONTROLS, 0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}


def safe(text: str, one_line: bool = False) -> str:
    """Text from the data or the user, made harmless for a terminal: every control character (ESC,
    BEL, CSI...) becomes a visible escape such as \\x1b, so no data can drive the terminal. With
    one_line, newlines and tabs are escaped too (error messages). Rich markup needs no escaping: kcli
    puts data into Text objects, which never parse it."""
    return text.translate(_CONTROLS_ONE_LINE if one_line else _CONTROLS)
