"""Every Python example of the generated SDK's README runs against the local ZStack
server (its base URL stands in for the README's http://127.0.0.1:8080)."""

from __future__ import annotations

import contextlib
import io
import logging
import re
from collections.abc import Iterator

import pytest

from tests.sdk_env import SDK_DIR
from tests.zstack_server import RunningServer, start_server

README = SDK_DIR / "README.md"
PLACEHOLDER = "http://127.0.0.1:8080"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def python_blocks() -> list[str]:
    return _BLOCK.findall(README.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with start_server(polls_before_done=1) as srv:
        yield srv


def test_the_readme_is_a_guide() -> None:
    text = README.read_text(encoding="utf-8")
    for section in (
        "## Install",
        "## Sessions",
        "## Access keys",
        "## Async",
        "## Errors",
        "## Asynchronous APIs, polling and timeouts",
        "## Queries and paging",
        "## Version gating",
        "## Any route: `request()`",
        "## Logging",
    ):
        assert section in text
    assert len(python_blocks()) >= 12


@pytest.mark.parametrize("index", range(len(python_blocks())))
def test_readme_example_runs(server: RunningServer, index: int) -> None:
    code = python_blocks()[index]
    out = io.StringIO()
    sdk_logger = logging.getLogger("zstack_sdk")
    level = sdk_logger.level
    try:
        with contextlib.redirect_stdout(out):
            exec(  # the README's own example, on purpose
                compile(code.replace(PLACEHOLDER, server.base_url), f"README.md[{index}]", "exec"),
                {"__name__": "__readme__"},
            )
    finally:
        sdk_logger.setLevel(level)
    printed = out.getvalue()
    # The examples say what they print in comments; check the ones that are facts.
    for expected in re.findall(r"print\(.*\)\s+# (Stopped|Running|True)$", code, re.MULTILINE):
        assert expected in printed, (expected, printed)
