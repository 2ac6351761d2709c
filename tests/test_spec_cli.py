"""Exit codes and files of the spec-stage commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.spec_fixtures import small_catalog
from zstack_openapi.build_stamp import STAMP
from zstack_openapi.cli import main
from zstack_openapi.scraper import write_catalog


@pytest.fixture()
def catalog_file(tmp_path: Path) -> Path:
    path = tmp_path / "catalog.json"
    write_catalog(small_catalog(), path)
    return path


def test_spec_validate_json_and_yaml(catalog_file: Path, tmp_path: Path) -> None:
    out31, out30 = tmp_path / "o.json", tmp_path / "o30.yaml"
    assert main(["spec", str(catalog_file), "-o", str(out31)]) == 0
    assert main(["spec", str(catalog_file), "-o", str(out30), "--openapi", "3.0"]) == 0
    assert json.loads(out31.read_text())["openapi"] == "3.1.0"
    assert yaml.safe_load(out30.read_text())["openapi"] == "3.0.3"
    assert main(["validate", str(out31), str(out30)]) == 0


def test_validate_fails_and_names_the_pointer(
    catalog_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "o.json"
    main(["spec", str(catalog_file), "-o", str(out)])
    doc = json.loads(out.read_text())
    del doc["paths"]["/zstack/v1/vm-instances"]["post"]["responses"]["200"]
    del doc["paths"]["/zstack/v1/vm-instances"]["post"]["responses"]["202"]
    out.write_text(json.dumps(doc))
    capsys.readouterr()
    assert main(["validate", "--lint-only", str(out)]) == 1
    assert "/paths/~1zstack~1v1~1vm-instances/post/responses" in capsys.readouterr().err


def test_bad_input_exits_2(tmp_path: Path) -> None:
    assert main(["spec", str(tmp_path / "missing.json"), "-o", str(tmp_path / "o.json")]) == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert main(["validate", str(bad)]) == 2
    assert main(["spec", str(bad), "-o", str(tmp_path / "o.json")]) == 2


def test_target_version_and_versions(
    catalog_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "o.json"
    assert main(["spec", str(catalog_file), "-o", str(out), "--target-version", "4.2.0"]) == 0
    text = out.read_text()
    assert "stopHA" not in text and "guestOsType" not in text
    assert main(["spec", str(catalog_file), "-o", str(out), "--target-version", "newest"]) == 2
    capsys.readouterr()
    assert main(["versions", str(catalog_file)]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == ["release", "APIs", "params", "fields"]
    assert any(line.split()[0] == "4.5.0" for line in table.splitlines()[1:])


def test_diff_exit_codes(
    catalog_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    main(["spec", str(catalog_file), "-o", str(old), "--target-version", "4.0.0"])
    main(["spec", str(catalog_file), "-o", str(new)])
    capsys.readouterr()
    # Only additions, none required: not breaking.
    assert main(["diff", str(old), str(new)]) == 0
    text = capsys.readouterr().out
    assert "+ param StopVmInstance stopHA" in text
    # The reverse removes things: breaking.
    assert main(["diff", str(new), str(old), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["breaking"] > 0
    assert (
        main(
            [
                "diff",
                str(new),
                "--from-version",
                "4.0.0",
                "--to-version",
                "5.0.0",
                "--format",
                "markdown",
            ]
        )
        == 0
    )
    assert "## Parameters added" in capsys.readouterr().out
    assert main(["diff", str(new)]) == 2


def test_build_writes_only_changed_files(catalog_file: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "spec"
    out_dir.mkdir()
    (out_dir / "zstack.catalog.json").write_bytes(catalog_file.read_bytes())
    assert main(["build", "--out-dir", str(out_dir)]) == 0
    # The build's note of its inputs (.build-stamp.json) is a cache, not an output.
    written = {p.name: p.stat().st_mtime_ns for p in out_dir.iterdir() if p.name != STAMP}
    assert set(written) == {"zstack.catalog.json", "zstack.openapi.json", "zstack.openapi-3.0.json"}
    assert main(["build", "--out-dir", str(out_dir), "--no-validate"]) == 0
    assert {p.name: p.stat().st_mtime_ns for p in out_dir.iterdir() if p.name != STAMP} == written
    # Without a catalog there, only the embedded reconciled catalog could be built
    # (tests/test_wheel_install.py); from the docs alone there is nothing to build.
    assert main(["build", "--out-dir", str(tmp_path / "empty"), "--no-reconcile"]) == 2


@pytest.mark.parametrize("command", ["versions", "diff", "spec"])
def test_names_left_out_of_the_spec_are_reported_by_every_command_that_builds_one(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = small_catalog()
    catalog["apis"][0]["params"][0]["name"] = "云盘备份uuid"
    path = tmp_path / "catalog.json"
    write_catalog(catalog, path)
    argv = {
        "versions": ["versions", str(path)],
        "diff": ["diff", str(path), str(path)],
        "spec": ["spec", str(path), "-o", str(tmp_path / "spec.json")],
    }[command]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "warning:" in err and "[bad-name]" in err and "'云盘备份uuid'" in err
