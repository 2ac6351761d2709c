"""Hostile single lines scrape in linear time and bounded memory, every reader.

Each case runs `tests.hostile_lines` in a subprocess with a generous timeout:
before the fix a 100,000-character line took 39 s in the flat reader, so a
quadratic reader shows up as a timeout here, not as a flaky timing assertion.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.hostile_lines import INPUTS, READERS
from zstack_openapi.scraper import extract_document

ROOT = Path(__file__).resolve().parents[1]
TEN_MB = 10_000_000


def _run(*args: str, timeout: float = 60) -> list[dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.hostile_lines", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.mark.parametrize("kind", sorted(INPUTS))
def test_a_ten_megabyte_line_scrapes_with_every_reader(kind: str) -> None:
    results = _run(kind, str(TEN_MB))
    assert [r["reader"] for r in results] == list(READERS)
    for result in results:
        # Nothing in such a line is an API, and no reader gives up on it with
        # an exception (reported as unreadable-page).
        assert result["records"] == 0, result
        assert "unreadable-page" not in result["warnings"], result


def test_memory_of_a_long_line_of_pipes_is_bounded() -> None:
    """30 MB of pipes once became a list of 30 million cells (a 50 MB line
    took 1.1 GB); rows are capped at a table's width."""
    results = _run("pipes", str(30_000_000), "flat", "text", "markdown")
    assert max(r["peak_rss"] for r in results) < 400 * 2**20, results


def test_a_page_over_the_size_limit_is_refused_with_a_warning() -> None:
    results = _run("pipes", str(50_000_000), "auto")
    assert results[0]["warnings"] == ["unreadable-page"]
    assert results[0]["peak_rss"] < 400 * 2**20


def test_a_long_line_does_not_hide_the_apis_around_it() -> None:
    """A real page plus one 10 MB line of hex (the seed plus a 100k hex line
    took 56 s): the same APIs, read in a subprocess with a timeout."""
    script = (
        "import json, sys\n"
        "from zstack_openapi.scraper import extract_document\n"
        "page = open(sys.argv[1], encoding='utf-8').read()\n"
        "text = page + '\\n' + ('0123456789abcdef' * 625000) + '\\n' + page\n"
        "records, _ = extract_document(text, sys.argv[1])\n"
        "print(json.dumps(sorted({r['name'] for r in records})))\n"
    )
    for name in ("en/zones.txt", "pages/labeled-en.txt", "pages/explorer-en.txt"):
        path = ROOT / "tests" / "fixtures" / name
        alone, _ = extract_document(path.read_text(encoding="utf-8"), str(path))
        done = subprocess.run(
            [sys.executable, "-c", script, str(path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        assert json.loads(done.stdout) == sorted({r["name"] for r in alone}), name
