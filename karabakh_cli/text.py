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
