"""kcli browse in a real browser: headless Chromium loads the pages a reader opens and the test reads
the page as rendered (the DOM after scripts ran), not only the HTML the server sent.

CI installs Chromium from Debian's packages (.ci/run), as it does Graphviz; elsewhere these tests are
skipped when no Chromium is on PATH."""

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import KCLI, needs_install

pytestmark = [pytest.mark.slow, needs_install]
CHROMIUM = shutil.which(os.environ.get("CHROMIUM", "chromium"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (CI installs it: apt-get install chromium)")
    pytest.importorskip("datasette")
    port = _free_port()
    process = subprocess.Popen([str(KCLI), "browse", "--port", str(port)], stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{base}/kcli", timeout=1)
                break
            except OSError:
                assert process.poll() is None, process.stderr.read().decode()
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


def rendered(url: str, tmp: Path) -> str:
    """The page at url as Chromium renders it: the DOM after its scripts have run."""
    result = subprocess.run(
        [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp / 'profile'}", "--virtual-time-budget=3000", "--dump-dom", url,
        ],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/kcli", ["actors", "events", "positions", "votes", "The Security Council on a date", 'href="/-/codebook"']),
        ("/kcli/actors/pakistan", ["Pakistan", "PAK", "Southern Asia"]),
        # The configured facets (kind, status) show on the table page itself; ?_facet= is refused (issue 22).
        ("/kcli/events", ["ceasefire", "war", "<details", "What each column means"]),
        ("/kcli/search_records?_search=ceasefire", ["ceasefire"]),
        ("/kcli/nam-members-on-the-council-2020-10-19", ["Indonesia", 'href="/kcli/actors/indonesia"']),
        ("/-/codebook", ["kcli codebook", "citations"]),
    ],
    ids=["home", "actor row", "facet", "search", "canned query", "codebook"],
)
def test_a_page_renders_in_a_real_browser(server: str, tmp_path: Path, path: str, expected: list[str]) -> None:
    page = rendered(server + path, tmp_path)
    assert "<html" in page.lower()
    assert "Traceback" not in page and "500" not in page.split("<title>", 1)[-1].split("</title>", 1)[0]
    for text in expected:
        assert text in page, f"{text!r} not on {path}"
    assert "event_spans_node" not in page, "the R*Tree's own tables are hidden"
