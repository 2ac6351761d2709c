"""The committed SDK package is clean under its own ruff configuration (the
[tool.ruff] of its pyproject.toml): `ruff check` and `ruff format --check` pass,
as a user running them in the package would see."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "generated" / "zstack-sdk"


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]])
def test_the_committed_package_passes_ruff(command: list[str]) -> None:
    if not (PACKAGE / "pyproject.toml").exists():
        pytest.skip("no committed SDK package")
    done = subprocess.run(
        [sys.executable, "-m", "ruff", *command, "--no-cache", "."],
        cwd=PACKAGE,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
