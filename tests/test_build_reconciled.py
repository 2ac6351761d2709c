"""`build` and `check` with the Java SDK facts: which sources each invocation builds
from, what it writes, and how it fails when it cannot tell."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SDK_ORACLE, need
from tests.test_incremental_build import _pages
from zstack_openapi.build_stamp import STAMP
from zstack_openapi.cli import main
from zstack_openapi.pipeline import (
    CATALOG_FILE,
    DEFECTS_FILE,
    RECONCILED_FILE,
    SPEC_30_FILE,
    SPEC_31_FILE,
)
from zstack_openapi.scraper import load_catalog, write_catalog

# Documented on the three pages, plus one the pages do not document.
KEEP = {
    "DeleteGCJob",
    "QueryGCJob",
    "TriggerGCJob",
    "SubmitLongJob",
    "UpdateLongJob",
    "GetSupportAPIs",
}


@pytest.fixture(scope="module")
def sdk_facts() -> dict[str, Any]:
    """The shared SDK facts cut down to a few APIs (the whole set makes a 2,000-API spec)."""
    facts: dict[str, Any] = json.loads(need(SDK_ORACLE).read_text(encoding="utf-8"))
    facts["apis"] = [a for a in facts["apis"] if a["api"] in KEEP]
    assert len(facts["apis"]) == len(KEEP)
    return facts


@pytest.fixture
def tree(tmp_path: Path, sdk_facts: dict[str, Any]) -> dict[str, Path]:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in _pages():
        (docs / name).write_text(text, encoding="utf-8")
    sdk = tmp_path / "facts" / "sdk.json"
    sdk.parent.mkdir()
    sdk.write_text(json.dumps(sdk_facts), encoding="utf-8")
    return {
        "docs": docs,
        "sdk": sdk,
        "spec": tmp_path / "out" / "spec",
        "pkg": tmp_path / "out" / "sdk",
    }


def run(tree: dict[str, Path], capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main([*args, "--out-dir", str(tree["spec"]), "--package-dir", str(tree["pkg"])])
    return code, capsys.readouterr().err


def test_build_with_sdk_writes_the_reconciled_catalog_report_spec_and_sdk(
    tree: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(tree, capsys, "build", "--docs", str(tree["docs"]), "--sdk", str(tree["sdk"]))
    assert code == 0, err
    spec_dir = tree["spec"]
    assert {p.name for p in spec_dir.iterdir() if p.name != STAMP} == {
        CATALOG_FILE,
        RECONCILED_FILE,
        DEFECTS_FILE,
        SPEC_31_FILE,
        SPEC_30_FILE,
    }
    assert "OpenAPI 3.1: structurally valid" in err and "only in the SDK" in err
    reconciled = load_catalog(spec_dir / RECONCILED_FILE)
    assert reconciled["sources"]["sdk"]["path"] == "../../facts/sdk.json"
    assert {a["name"] for a in reconciled["apis"] if a["origin"] == "sdk"} == {"GetSupportAPIs"}
    assert (spec_dir / DEFECTS_FILE).read_text(encoding="utf-8").startswith("# ")
    spec = json.loads((spec_dir / SPEC_31_FILE).read_text(encoding="utf-8"))
    assert spec["info"]["x-zstack-sources"]["sdk"]["version"] == "5.2.0"
    meta = (tree["pkg"] / "zstack_sdk" / "_meta.py").read_text(encoding="utf-8")
    assert 'JAVA_SDK_VERSION = "5.2.0"' in meta
    package = "\n".join(
        p.read_text(encoding="utf-8") for p in (tree["pkg"] / "zstack_sdk" / "_apis").glob("*.py")
    )
    assert "def get_support_apis(" in package

    # No arguments: the committed reconciled catalog, as it is.
    stamp = {p: p.stat().st_mtime_ns for p in spec_dir.iterdir() if p.name != STAMP}
    code, err = run(tree, capsys, "build", "--no-validate")
    assert code == 0 and "up to date" in err
    # --docs alone: reconciled again with the SDK facts the catalog records.
    code, err = run(tree, capsys, "build", "--docs", str(tree["docs"]), "--no-validate")
    assert code == 0 and "reconciling with the recorded SDK facts" in err
    assert {p: p.stat().st_mtime_ns for p in spec_dir.iterdir() if p.name != STAMP} == stamp

    # The drift check, with and without the sources.
    assert run(tree, capsys, "check")[0] == 0
    assert (
        run(tree, capsys, "check", "--docs", str(tree["docs"]), "--sdk", str(tree["sdk"]))[0] == 0
    )
    facts = json.loads(tree["sdk"].read_text(encoding="utf-8"))
    update = next(a for a in facts["apis"] if a["api"] == "UpdateLongJob")
    next(p for p in update["params"] if p["name"] == "name")["max_length"] = 64
    tree["sdk"].write_text(json.dumps(facts), encoding="utf-8")
    code, err = run(tree, capsys, "check", "--docs", str(tree["docs"]))
    assert code == 1
    assert (
        str(spec_dir / RECONCILED_FILE) in err
        and "reconciled APIs changed: 1: UpdateLongJob" in err
    )
    assert "--sdk" not in err.splitlines()[-1]  # the recorded facts were used: rerun the same

    # The recorded facts are gone: say what to pass.
    os.remove(tree["sdk"])
    code, err = run(tree, capsys, "build", "--docs", str(tree["docs"]))
    assert code == 2 and "pass --sdk PATH, or --no-reconcile" in err

    # From the docs alone: the reconciled files no longer describe the spec.
    code, err = run(
        tree, capsys, "build", "--docs", str(tree["docs"]), "--no-reconcile", "--no-validate"
    )
    assert code == 0 and f"removed {spec_dir / RECONCILED_FILE}" in err
    assert not (spec_dir / RECONCILED_FILE).exists() and not (spec_dir / DEFECTS_FILE).exists()
    spec = json.loads((spec_dir / SPEC_31_FILE).read_text(encoding="utf-8"))
    assert "sdk" not in spec["info"]["x-zstack-sources"]
    assert "def get_support_apis(" not in "\n".join(
        p.read_text(encoding="utf-8") for p in (tree["pkg"] / "zstack_sdk" / "_apis").glob("*.py")
    )


def test_a_reconciled_catalog_of_other_docs_is_refused(
    tree: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(
        tree,
        capsys,
        "build",
        "--docs",
        str(tree["docs"]),
        "--sdk",
        str(tree["sdk"]),
        "--no-validate",
    )
    assert code == 0, err
    catalog = load_catalog(tree["spec"] / CATALOG_FILE)
    catalog["pages"] = catalog["pages"][1:]  # as if rescraped from other pages
    write_catalog(catalog, tree["spec"] / CATALOG_FILE)
    code, err = run(tree, capsys, "build")
    assert code == 2 and "was not made from" in err and "--sdk PATH" in err
    assert run(tree, capsys, "check")[0] == 2


def test_sdk_and_no_reconcile_exclude_each_other(
    tree: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["build", "--sdk", str(tree["sdk"]), "--no-reconcile"])
    assert "not allowed with argument" in capsys.readouterr().err


def test_sdk_without_docs_reconciles_the_committed_catalog(
    tree: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(
        tree, capsys, "build", "--docs", str(tree["docs"]), "--no-reconcile", "--no-validate"
    )
    assert code == 0 and not (tree["spec"] / RECONCILED_FILE).exists()
    code, err = run(tree, capsys, "build", "--sdk", str(tree["sdk"]), "--no-validate")
    assert code == 0 and "cites API headings" not in err
    reconciled = load_catalog(tree["spec"] / RECONCILED_FILE)
    assert reconciled["pages"] == load_catalog(tree["spec"] / CATALOG_FILE)["pages"]
    # Row lines and location cells come from the catalog: the report is complete
    # without the pages.
    assert "Not measured" not in (tree["spec"] / DEFECTS_FILE).read_text(encoding="utf-8")
