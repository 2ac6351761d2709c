"""The catalog contract: the published JSON Schema accepts every catalog the tool
makes, every command that reads a catalog answers a bad one with exit 2 and the
JSON path of the first problem, and the committed typed model is what
datamodel-codegen makes of the schema today."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SDK_ORACLE, need
from tests.spec_fixtures import small_catalog
from zstack_openapi.catalog_schema import catalog_problem, catalog_schema
from zstack_openapi.cli import main
from zstack_openapi.scraper import load_catalog, scrape_documents

MODEL = ROOT / "zstack_openapi" / "catalog_model.py"


@pytest.mark.parametrize("name", ["zstack.catalog.json", "zstack.reconciled.json"])
def test_the_committed_catalogs_follow_the_schema(name: str) -> None:
    path = ROOT / "spec" / name
    if not path.exists():
        pytest.skip(f"{path} not committed")
    assert catalog_problem(json.loads(path.read_text(encoding="utf-8"))) is None


def _closed(schema: Any) -> Any:
    """The schema with every object that lists its properties closed to others."""
    if isinstance(schema, dict):
        out = {k: _closed(v) for k, v in schema.items()}
        if "properties" in out and "additionalProperties" not in out:
            out["additionalProperties"] = False
        return out
    if isinstance(schema, list):
        return [_closed(v) for v in schema]
    return schema


@pytest.mark.parametrize("name", ["zstack.catalog.json", "zstack.reconciled.json"])
def test_the_schema_documents_every_key_the_committed_catalogs_hold(name: str) -> None:
    """The schema allows unknown keys (a newer producer stays readable); but every key
    this tool writes, the reconciler's included, is one it describes."""
    import jsonschema_rs

    path = ROOT / "spec" / name
    if not path.exists():
        pytest.skip(f"{path} not committed")
    validator = jsonschema_rs.validator_for(_closed(catalog_schema()))
    errors = [
        f"{'/'.join(map(str, e.instance_path))}: {e.message}"
        for e in validator.iter_errors(json.loads(path.read_text(encoding="utf-8")))
    ]
    assert errors == [], errors[:5]


def test_a_scraped_and_a_hand_written_catalog_follow_the_schema() -> None:
    pages = sorted((ROOT / "tests" / "fixtures" / "en").glob("zones.*"))
    documents = [(p.name, p.read_text(encoding="utf-8")) for p in pages]
    assert documents, "tests/fixtures holds markdown pages"
    assert catalog_problem(scrape_documents(documents)) is None
    assert catalog_problem(small_catalog()) is None


def _bad(api_edit: str) -> dict[str, Any]:
    catalog = small_catalog()
    api = catalog["apis"][1]
    if api_edit == "no-apis":
        del catalog["apis"]
    elif api_edit == "location":
        api["params"][0]["in"] = "cookie"
    elif api_edit == "required":
        api["params"][0]["required"] = "yes"
    elif api_edit == "no-path":
        del api["path"]
    return catalog


@pytest.mark.parametrize(
    ("edit", "where", "what"),
    [
        ("no-apis", "at $:", '"apis" is a required property'),
        ("location", "at $.apis[1].params[0].in:", '"cookie" is not one of'),
        ("required", "at $.apis[1].params[0].required:", '"yes" is not of type "boolean"'),
        ("no-path", "at $.apis[1]:", '"path" is a required property'),
    ],
)
@pytest.mark.parametrize("command", ["spec", "reconcile", "versions", "diff", "build"])
def test_every_reading_command_answers_a_bad_catalog_with_its_json_path(
    command: str,
    edit: str,
    where: str,
    what: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / ("zstack.catalog.json" if command == "build" else "bad.json")
    bad.write_text(json.dumps(_bad(edit)), encoding="utf-8")
    argv = {
        "spec": ["spec", str(bad), "-o", str(tmp_path / "out.json")],
        "reconcile": ["reconcile", str(bad), "--sdk", str(bad), "-o", str(tmp_path / "r.json")],
        "versions": ["versions", str(bad)],
        "diff": ["diff", str(bad), str(bad)],
        "build": ["build", "--out-dir", str(tmp_path), "--no-reconcile", "--no-package"],
    }[command]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and where in err and what in err, err
    assert "Traceback" not in err


def test_the_committed_typed_model_is_generated_from_the_schema(tmp_path: Path) -> None:
    exe = shutil.which("datamodel-codegen")
    if exe is None:
        pytest.skip("datamodel-code-generator is not installed (pip install -e '.[dev]')")
    fresh = tmp_path / "catalog_model.py"
    done = subprocess.run(
        [exe, "--output", str(fresh)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert fresh.read_text(encoding="utf-8") == MODEL.read_text(encoding="utf-8"), (
        "zstack_openapi/catalog_model.py is stale: run `datamodel-codegen` and commit it"
    )


def test_reconciled_catalog_from_the_shared_sdk_facts_follows_the_schema() -> None:
    from zstack_openapi.reconcile.merge import reconcile_catalog
    from zstack_openapi.reconcile.sdk_source import load_sdk_facts

    catalog = load_catalog(ROOT / "spec" / "zstack.catalog.json")
    reconciled = reconcile_catalog(catalog, load_sdk_facts(need(SDK_ORACLE)))
    assert catalog_problem(reconciled) is None
