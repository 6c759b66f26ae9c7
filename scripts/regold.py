"""Rewrite the golden files (tests/golden/<name>-<width>.txt) from kcli's current output.

    python scripts/regold.py        # then review: git diff tests/golden/

Run it when table output changes on purpose. It empties tests/golden/ (so a renamed or dropped case leaves no
stale file) and runs tests/test_golden.py with --regold, which writes each file instead of comparing it; the
cases and the way each is run live in that one test file. It uses the same database as the tests: the
installed one, or one built from db/seed.sql when the checkout has none.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


def main() -> int:
    import pytest

    for path in GOLDEN.glob("*.txt"):
        path.unlink()
    code = pytest.main(
        [str(ROOT / "tests" / "test_golden.py"), "--regold", "-q", "-p", "no:cacheprovider", "-k", "matches_its_golden"]
    )
    if code == 0:
        written = sorted(path.name for path in GOLDEN.glob("*.txt"))
        print(f"wrote {len(written)} files in {GOLDEN.relative_to(ROOT)}/; review them with: git diff tests/golden/")
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
