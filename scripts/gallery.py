"""Render the gallery: every README example that prints for people, every list and every profile, at 80 and
120 columns, into docs/gallery/<name>-<width>.txt, with an index in docs/gallery/README.md.

    python scripts/gallery.py        # then READ the changed screens: git diff docs/gallery/

The same files are the golden files of tests/test_golden.py, which holds the cases (and reads the README's
examples); run this when output changes on purpose. It empties docs/gallery/ (so a renamed or dropped case
leaves no stale file) and runs that test file with --regold, which writes each file instead of comparing it.
It uses the same database as the tests: the installed one, or one built from db/seed.sql when the checkout
has none.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GALLERY = ROOT / "docs" / "gallery"


def main() -> int:
    import pytest

    for path in GALLERY.glob("*.txt"):
        path.unlink()
    code = pytest.main(
        [str(ROOT / "tests" / "test_golden.py"), "--regold", "-q", "-p", "no:cacheprovider", "-k", "golden or gallery"]
    )
    if code == 0:
        written = sorted(path.name for path in GALLERY.glob("*.txt"))
        print(f"wrote {len(written)} files in {GALLERY.relative_to(ROOT)}/; read them with: git diff docs/gallery/")
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
