"""Generated files are current: karabakh_cli/codebook.py is docs/codebook.md's words (scripts/gen_codebook.py),
as cog keeps sqlite-utils' and llm's docs. On a failure, run the script named in the message."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "scripts" / "gen_codebook.py"


def test_codebook_py_is_generated_from_the_codebook() -> None:
    result = subprocess.run([sys.executable, str(GENERATOR), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_check_fails_on_a_stale_file(tmp_path: Path) -> None:
    """The check can fail: a codebook with one meaning changed no longer matches the committed file."""
    sys.path.insert(0, str(GENERATOR.parent))
    try:
        import gen_codebook
    finally:
        sys.path.remove(str(GENERATOR.parent))
    text = gen_codebook.CODEBOOK.read_text(encoding="utf-8")
    changed = text.replace("| `value` | the value, as text |", "| `value` | the value |", 1)
    assert changed != text
    assert gen_codebook.render(gen_codebook.descriptions(changed)) != gen_codebook.generated()
    assert gen_codebook.generated() == (ROOT / "karabakh_cli" / "codebook.py").read_text(encoding="utf-8")
