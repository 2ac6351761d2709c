"""Never destroy what we did not write, and errors are answers: output directories
are cleaned only of files our manifest lists, every output is replaced atomically (a
full disk leaves the previous good file), an output that is an input is refused, and
every input or environment error exits 2 naming the path, without a traceback."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.hostile import clean_page, run_cli
from zstack_openapi.cli import main
from zstack_openapi.generator import MANIFEST


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A doc page, its catalog and its spec (made once)."""
    root = tmp_path_factory.mktemp("small")
    page = root / "01-zones.md"
    page.write_text(clean_page(), encoding="utf-8")
    catalog, spec = root / "catalog.json", root / "spec.json"
    assert main(["scrape", str(page), "-o", str(catalog)]) == 0
    assert main(["spec", str(catalog), "-o", str(spec)]) == 0
    return {"page": page, "catalog": catalog, "spec": spec}


def _home(root: Path) -> dict[Path, bytes]:
    """A directory that looks like someone's home: dotfiles, a project, a key."""
    files = {
        root / ".bashrc": b"export PATH=$HOME/bin:$PATH\n",
        root / ".ssh" / "id_ed25519": b"-----BEGIN OPENSSH PRIVATE KEY-----\n",
        root / "project" / "main.py": b"print('mine')\n",
        root / "notes.txt": b"do not delete\n",
    }
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return files


def _unchanged(files: dict[Path, bytes]) -> bool:
    return all(p.is_file() and p.read_bytes() == data for p, data in files.items())


# ------------------------------------------------------------ destructive directories


def test_generate_refuses_a_home_directory(
    small: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: `generate -o ~` deleted every file it had not generated, dotfiles included."""
    home = tmp_path / "home"
    files = _home(home)
    assert main(["generate", str(small["spec"]), "-o", str(home)]) == 2
    err = capsys.readouterr().err
    assert str(home) in err and MANIFEST in err and "not empty" in err
    assert _unchanged(files)
    assert sorted(p.name for p in home.iterdir()) == [".bashrc", ".ssh", "notes.txt", "project"]


def test_build_refuses_a_foreign_sdk_dir(
    small: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    files = _home(home)
    out = tmp_path / "spec"
    out.mkdir()
    shutil.copy(small["catalog"], out / "zstack.catalog.json")
    args = ["build", "--out-dir", str(out), "--no-reconcile", "--no-validate"]
    assert main([*args, "--sdk-dir", str(home)]) == 2
    assert MANIFEST in capsys.readouterr().err
    assert _unchanged(files)


def test_only_files_of_the_previous_generation_are_removed(
    small: dict[str, Path], tmp_path: Path
) -> None:
    dist = tmp_path / "dist"
    assert main(["generate", str(small["spec"]), "-o", str(dist)]) == 0
    manifest = json.loads((dist / MANIFEST).read_text())
    written = sorted(
        p.relative_to(dist).as_posix()
        for p in dist.rglob("*")
        if p.is_file() and p.name != MANIFEST
    )
    assert manifest["files"] == written
    # Files of ours and of the user's side by side; a manifest edited to point outside.
    mine = dist / "zstack_sdk" / "my_helpers.py"
    mine.write_text("x = 1\n")
    victim = tmp_path / "victim.txt"
    victim.write_text("keep\n")
    manifest["files"] += ["../victim.txt", str(victim), "zstack_sdk/../../victim.txt"]
    (dist / MANIFEST).write_text(json.dumps(manifest))
    assert main(["generate", str(small["spec"]), "-o", str(dist), "--package", "other"]) == 0
    assert victim.read_text() == "keep\n" and mine.read_text() == "x = 1\n"
    assert not (dist / "zstack_sdk" / "_client.py").exists()
    assert (dist / "other" / "_client.py").is_file()
    assert "../victim.txt" not in (dist / MANIFEST).read_text()


def test_a_file_of_ours_name_that_we_did_not_write_is_not_replaced(
    small: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = tmp_path / "dist"
    assert main(["generate", str(small["spec"]), "-o", str(dist)]) == 0
    # The user's own module where the next generation (another package name) writes one.
    theirs = dist / "other" / "_client.py"
    theirs.parent.mkdir()
    theirs.write_text("mine = True\n")
    assert main(["generate", str(small["spec"]), "-o", str(dist), "--package", "other"]) == 2
    assert "not written by zstack-openapi" in capsys.readouterr().err
    assert theirs.read_text() == "mine = True\n"
    assert (dist / "zstack_sdk" / "_client.py").is_file()  # nothing was changed


def test_a_foreign_manifest_is_refused(
    small: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / MANIFEST).write_text('{"files": ["a"]}')
    (dist / "a").write_text("a\n")
    assert main(["generate", str(small["spec"]), "-o", str(dist)]) == 2
    assert "manifest" in capsys.readouterr().err and (dist / "a").read_text() == "a\n"


def test_a_symlink_leading_out_of_the_directory_is_refused(
    small: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = tmp_path / "dist"
    assert main(["generate", str(small["spec"]), "-o", str(dist)]) == 0
    elsewhere = tmp_path / "elsewhere"
    files = _home(elsewhere)
    shutil.rmtree(dist / "zstack_sdk" / "_apis")
    (dist / "zstack_sdk" / "_apis").symlink_to(elsewhere, target_is_directory=True)
    assert main(["generate", str(small["spec"]), "-o", str(dist)]) == 2
    assert "symlink" in capsys.readouterr().err
    assert _unchanged(files) and len(list(elsewhere.rglob("*.py"))) == 1


def test_an_empty_or_new_directory_is_fine(small: dict[str, Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["generate", str(small["spec"]), "-o", str(empty)]) == 0
    assert main(["generate", str(small["spec"]), "-o", str(tmp_path / "new" / "dir")]) == 0


# ------------------------------------------------------------------ atomic writes


@pytest.mark.parametrize("command", ["scrape", "spec", "generate"])
def test_a_full_disk_leaves_the_previous_output(
    small: dict[str, Path], tmp_path: Path, command: str
) -> None:
    """`ulimit -f` stands in for a full disk: the write fails half-way. Before: a
    truncated, invalid catalog or spec where a good one was."""
    page = tmp_path / "01-zones.md"
    page.write_text(clean_page() + "\n<!-- changed -->\n", encoding="utf-8")
    target = tmp_path / "out"
    if command == "scrape":
        shutil.copy(small["catalog"], target)
        args = ["scrape", str(page), "-o", str(target), "--full"]
    elif command == "spec":
        shutil.copy(small["spec"], target)
        args = ["spec", str(small["catalog"]), "-o", str(target), "--openapi", "3.0"]
    else:
        assert main(["generate", str(small["spec"]), "-o", str(target)]) == 0
        args = ["generate", str(small["spec"]), "-o", str(target), "--package", "other_sdk"]
    before = {
        p: p.read_bytes()
        for p in ([target] if target.is_file() else sorted(target.rglob("*")))
        if p.is_file()
    }
    done = run_cli(args, limit_file_size=2048)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "File too large" in done.stderr
    # The message names the file (the generator fails earlier, formatting in a
    # scratch directory, and names that).
    assert (str(tmp_path) if command != "generate" else "zstack-sdk-fmt-") in done.stderr
    for path, data in before.items():
        assert path.read_bytes() == data, path
    leftovers = [p for p in tmp_path.rglob("*.tmp")]
    assert leftovers == []


def test_output_equal_to_an_input_is_refused(
    small: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: `scrape same.md -o same.md` replaced the doc page with a catalog."""
    page = tmp_path / "same.md"
    page.write_text(clean_page(), encoding="utf-8")
    original = page.read_bytes()
    assert main(["scrape", str(page), "-o", str(page)]) == 2
    assert main(["scrape", str(tmp_path), "-o", str(page)]) == 2
    assert "is an input" in capsys.readouterr().err and page.read_bytes() == original
    catalog = tmp_path / "catalog.json"
    shutil.copy(small["catalog"], catalog)
    data = catalog.read_bytes()
    assert main(["spec", str(catalog), "-o", str(catalog)]) == 2
    sdk = tmp_path / "sdk.json"
    sdk.write_text("{}")
    args = ["reconcile", str(catalog), "--sdk", str(sdk), "-o", str(tmp_path / "r.json")]
    assert main([*args, "--report", str(catalog)]) == 2
    assert main([*args[:-1], str(sdk)]) == 2
    assert catalog.read_bytes() == data and sdk.read_text() == "{}"


# -------------------------------------------------------------- errors are answers


def _error(done_code: int, capsys: pytest.CaptureFixture[str], *needles: str) -> str:
    err = capsys.readouterr().err
    assert done_code == 2, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err, (needle, err)
    return err


def test_output_path_that_is_a_directory(
    small: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    out.mkdir()
    code = main(["scrape", str(small["page"]), "-o", str(out)])
    _error(code, capsys, str(out), "is a directory")
    code = main(["spec", str(small["catalog"]), "-o", str(out)])
    _error(code, capsys, str(out), "is a directory")
    afile = tmp_path / "afile"
    afile.write_text("x")
    code = main(["generate", str(small["spec"]), "-o", str(afile)])
    _error(code, capsys, str(afile), "not a directory")


def _read_only_dir(tmp_path: Path) -> Path:
    """A directory this process cannot write to: a mode 0555 one, or, for root (whom
    permissions do not stop), a sysfs directory, which refuses new files to anyone."""
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o555)
        return locked
    try:
        fd, name = tempfile.mkstemp(dir="/sys")
    except OSError:
        return Path("/sys")
    os.close(fd)
    os.unlink(name)
    pytest.skip("no read-only location available to root here")


def test_read_only_location(
    small: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = _read_only_dir(tmp_path)
    for target in (locked / "spec.json", locked / "new" / "spec.json"):
        code = main(["spec", str(small["catalog"]), "-o", str(target)])
        _error(code, capsys, str(target), "cannot write")
    code = main(["generate", str(small["spec"]), "-o", str(locked / "sdk")])
    _error(code, capsys, str(locked / "sdk"), "cannot write")


def test_file_too_large(small: dict[str, Path]) -> None:
    done = run_cli(
        ["spec", str(small["catalog"]), "-o", os.devnull + "x"],
        ZSTACK_OPENAPI_MAX_INPUT_BYTES="1000",
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert str(small["catalog"]) in done.stderr and "input limit" in done.stderr


def test_non_utf8_inputs_are_named(
    small: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec.json"
    spec.write_bytes(b'{"openapi": "3.1.0",\n "info": {"title": "\xff\xfe"}}')
    code = main(["generate", str(spec), "-o", str(tmp_path / "dist")])
    _error(code, capsys, f"{spec}:2: not UTF-8")
    catalog = tmp_path / "catalog.json"
    catalog.write_bytes(b'{"format": "zstack-api-catalog/1", "apis": ["\xff"]}')
    code = main(["spec", str(catalog), "-o", str(tmp_path / "out.json")])
    _error(code, capsys, str(catalog))
    code = main(["validate", str(spec)])
    _error(code, capsys, str(spec), "not UTF-8")


@pytest.mark.parametrize(
    ("document", "needle"),
    [
        ({"openapi": "3.1.0", "paths": [], "components": {"schemas": {}}}, "#/paths: expected"),
        (
            {"openapi": "3.1.0", "paths": {"/a": {"get": []}}, "components": {"schemas": {}}},
            "#/paths/~1a/get: expected an operation object",
        ),
        (
            {
                "openapi": "3.1.0",
                "paths": {"/a": {"get": {"parameters": [{"in": "query"}]}}},
                "components": {"schemas": {}},
            },
            "#/paths/~1a/get/parameters/0/name",
        ),
        ({"openapi": "3.1.0", "paths": {}}, "#/components: expected"),
        ({"openapi": "3.1.0", "paths": {}, "components": {"schemas": {}}}, "no API to generate"),
        ({"format": "zstack-api-catalog/1"}, "not an OpenAPI 3 document"),
    ],
)
def test_specs_of_the_wrong_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], document: object, needle: str
) -> None:
    """Before: KeyError/AttributeError tracebacks, and `RuntimeError: ruff format
    failed` for an empty spec."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document))
    code = main(["generate", str(spec), "-o", str(tmp_path / "dist")])
    _error(code, capsys, str(spec), needle)
    assert not (tmp_path / "dist").exists()


@pytest.mark.parametrize("package", ["class", "1abc", "zstack-sdk", "json", "httpx", "pkg;x"])
def test_invalid_package_names(
    small: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], package: str
) -> None:
    code = main(["generate", str(small["spec"]), "-o", str(tmp_path / "d"), "--package", package])
    _error(code, capsys, f"--package {package!r}")


def test_catalog_without_apis_is_an_answer(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog.json"
    catalog.write_text('{"format": "zstack-api-catalog/1"}')
    done = run_cli(["spec", str(catalog), "-o", str(tmp_path / "out.json")])
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert str(catalog) in done.stderr
