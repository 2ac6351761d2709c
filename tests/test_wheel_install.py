"""The wheel as a user installs it: one import name, the default catalog inside,
no OpenAPI documents or SDK inside, and `zstack-openapi build` in an empty
directory writes there and nowhere under site-packages.

The wheel goes into a fresh virtual environment without its dependencies; they
are borrowed from the test's own environment by a path entry (not its `.pth`
files, so this checkout's editable install stays out of it)."""

from __future__ import annotations

import filecmp
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

STAGES = ("scraper", "reconcile", "openapi", "generator", "reference")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (ROOT / "spec" / "zstack.reconciled.json").exists():
        pytest.skip("no committed reconciled catalog to pack")
    # From a copy holding only what a clone holds: setuptools leaves build/ in the
    # source tree, and stale files there would end up in the wheel.
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for folder in ("zstack_openapi", "schemas", *STAGES):
        shutil.copytree(
            ROOT / folder,
            source / folder,
            symlinks=True,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
    (source / "spec").mkdir()
    shutil.copy2(ROOT / "spec" / "zstack.reconciled.json", source / "spec")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "-w", str(out), "--no-deps", "-q"],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("zstack_openapi-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    env = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True)
    python = env / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    purelib = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # The dependencies, appended after the venv's own site-packages.
    (purelib / "zz_test_dependencies.pth").write_text(
        "\n".join(site.getsitepackages()) + "\n", encoding="utf-8"
    )
    return env


def _tree(root: Path) -> dict[str, tuple[int, int]]:
    """Every file under root with its size and mtime, bytecode caches aside (the
    interpreter's, not the tool's)."""
    return {
        p.relative_to(root).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_the_wheel_owns_one_import_name_and_ships_no_outputs(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names}
    assert tops == {"zstack_openapi", wheel.name.split("-")[0] + "-0.1.0.dist-info"}
    for stage in STAGES:
        assert f"zstack_openapi/{stage}/__init__.py" in names
    assert "zstack_openapi/generator/templates/client.py.jinja" in names
    assert "zstack_openapi/data/zstack.reconciled.json.gz" in names
    assert "zstack_openapi/schemas/zstack-api-catalog.schema.json" in names
    assert not [n for n in names if n.endswith((".openapi.json", "openapi-3.0.json"))]
    assert not [n for n in names if "zstack_sdk" in n or n.startswith("generated/")]


def test_build_in_an_empty_directory_writes_there_from_the_embedded_catalog(
    venv: Path, tmp_path: Path
) -> None:
    purelib = next((venv / "lib").glob("python*/site-packages"))
    before = _tree(purelib)
    work = tmp_path / "empty"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [str(venv / "bin" / "zstack-openapi"), "build", "--no-validate"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "embedded" in done.stderr
    # The same documents and SDK as the checkout's committed ones, written here.
    for name in ("zstack.openapi.json", "zstack.openapi-3.0.json"):
        assert (work / "spec" / name).read_bytes() == (ROOT / "spec" / name).read_bytes()
    sdk = work / "generated" / "zstack-sdk"
    committed = ROOT / "generated" / "zstack-sdk"
    mine = sorted(p.relative_to(sdk) for p in sdk.rglob("*") if p.is_file())
    caches = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}
    theirs = sorted(
        p.relative_to(committed)
        for p in committed.rglob("*")
        if p.is_file() and not caches & set(p.parts)
    )
    assert mine == theirs
    _, mismatch, errors = filecmp.cmpfiles(sdk, committed, [str(p) for p in mine], shallow=False)
    assert mismatch == [] and errors == []
    assert _tree(purelib) == before
    # Nothing changed: the second build stops at once.
    again = subprocess.run(
        [str(venv / "bin" / "zstack-openapi"), "build", "--no-validate"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert again.returncode == 0 and "up to date" in again.stderr
    assert _tree(purelib) == before
