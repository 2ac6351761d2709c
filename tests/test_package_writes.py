"""How a generated package reaches the disk: a new one appears whole (written beside
its place, then renamed into it), with the usual permissions, and nothing of ours
is left behind when it fails; an existing one is updated file by file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from zstack_openapi.fileio import OutputError
from zstack_openapi.generator.write import MANIFEST, read_manifest, sync

FILES = {
    "README.md": "# sdk\n",
    "pkg/__init__.py": "VALUE = 1\n",
    "pkg/_apis/vms.py": "def f() -> int:\n    return 1\n",
}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_package_appears_whole_with_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        diff = sync(FILES, tmp_path / "out" / "sdk")
    finally:
        os.umask(old)
    root = tmp_path / "out" / "sdk"
    assert diff.added == sorted([*FILES, MANIFEST]) and not diff.changed
    assert {n: (root / n).read_text(encoding="utf-8") for n in FILES} == FILES
    assert read_manifest(root) == set(FILES)
    assert _mode(root) == 0o755 and _mode(root / "pkg" / "_apis") == 0o755
    assert _mode(root / "pkg" / "_apis" / "vms.py") == 0o644
    # Nothing but the package beside it: the staging directory was renamed.
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["sdk"]


def test_an_empty_directory_is_filled(tmp_path: Path) -> None:
    (tmp_path / "sdk").mkdir()
    sync(FILES, tmp_path / "sdk")
    assert read_manifest(tmp_path / "sdk") == set(FILES)


def test_a_name_leading_out_is_refused_and_nothing_is_left(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="not a plain relative path"):
        sync({**FILES, "../escaped.py": "x = 1\n"}, tmp_path / "sdk")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only directories")
def test_a_failed_write_leaves_no_staging_directory(tmp_path: Path) -> None:
    parent = tmp_path / "locked"
    parent.mkdir()
    parent.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="cannot write"):
            sync(FILES, parent / "sdk")
        assert list(parent.iterdir()) == []
    finally:
        parent.chmod(0o700)


def test_an_existing_package_is_updated_file_by_file(tmp_path: Path) -> None:
    root = tmp_path / "sdk"
    sync(FILES, root)
    untouched = (root / "README.md").stat().st_mtime_ns
    changed = {**FILES, "pkg/__init__.py": "VALUE = 2\n"}
    del changed["pkg/_apis/vms.py"]
    diff = sync(changed, root)
    assert diff.changed == [MANIFEST, "pkg/__init__.py"] and diff.removed == ["pkg/_apis/vms.py"]
    assert (root / "README.md").stat().st_mtime_ns == untouched
    assert not (root / "pkg" / "_apis").exists()
