"""The committed catalog and OpenAPI documents under spec/: in step with the code,
valid, and complete (every API addressable by name, with every parameter)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scraper import load_catalog
from spec import versions
from spec.apiview import ApiView, api_views, at_version
from spec.build import build_document
from spec.diff import diff_views
from spec.downgrade import downgrade
from spec.lint import lint, operations
from spec.operations import api_since
from spec.pipeline import CATALOG_FILE, COMMITTED_DIR, SPEC_30_FILE, SPEC_31_FILE, build_files
from spec.validate import validate_document

pytestmark = pytest.mark.skipif(
    not (COMMITTED_DIR / CATALOG_FILE).exists(), reason="no committed catalog: run `zstack-openapi build --docs ...`"
)


@pytest.fixture(scope="module")
def catalog() -> dict[str, Any]:
    return load_catalog(COMMITTED_DIR / CATALOG_FILE)


@pytest.fixture(scope="module")
def spec31() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((COMMITTED_DIR / SPEC_31_FILE).read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def views(spec31: dict[str, Any]) -> dict[str, ApiView]:
    return api_views(spec31)


def test_committed_files_are_not_stale(catalog: dict[str, Any], tmp_path: Path) -> None:
    built = build_files(catalog, tmp_path, write_catalog_file=False)
    assert {p.name for p in built.written} == {SPEC_31_FILE, SPEC_30_FILE}
    for name in (SPEC_31_FILE, SPEC_30_FILE):
        fresh = (tmp_path / name).read_bytes()
        assert fresh == (COMMITTED_DIR / name).read_bytes(), (
            f"spec/{name} is stale: run `zstack-openapi build` and commit the result"
        )


def test_committed_documents_are_lint_clean(spec31: dict[str, Any]) -> None:
    assert [str(p) for p in lint(spec31)] == []
    spec30 = json.loads((COMMITTED_DIR / SPEC_30_FILE).read_text(encoding="utf-8"))
    assert spec30["openapi"] == "3.0.3"
    assert [str(p) for p in lint(spec30)] == []


def test_every_api_is_addressable_with_every_parameter(catalog: dict[str, Any], spec31: dict[str, Any],
                                                        views: dict[str, ApiView]) -> None:
    addressable = {op["operationId"] for _, _, op in operations(spec31) if op.get("x-zstack-api") == op["operationId"]}
    addressable |= {e["name"] for _, _, op in operations(spec31) for e in op.get("x-zstack-apis", [])}
    names = {a["name"] for a in catalog["apis"]}
    assert names - addressable == set()
    missing = [
        f"{a['name']}.{p['name']}"
        for a in catalog["apis"]
        for p in a["params"]
        if p["name"] not in views[a["name"]].params
    ]
    assert missing == []
    for a in catalog["apis"]:
        v = views[a["name"]]
        assert (v.method, v.body_key) == (a["method"], a["body_key"]), a["name"]


def test_every_api_carries_its_facts(views: dict[str, ApiView], spec31: dict[str, Any]) -> None:
    for _, method, op in operations(spec31):
        for entry in op.get("x-zstack-apis") or ([op] if op.get("x-zstack-api") else []):
            assert entry["x-zstack-since"], entry.get("x-zstack-api")
            assert entry["x-zstack-result"]["$ref"].split("/")[-1] in spec31["components"]["schemas"]
            assert entry["x-zstack-async"] is (method != "get" and not entry["x-zstack-api"].startswith(("LogIn", "Login")))


def _expected_between(catalog: dict[str, Any], old: str, new: str) -> tuple[set[str], set[tuple[str, str]]]:
    apis = {a["name"] for a in catalog["apis"] if versions.is_between(api_since(a), old, new)}
    params = {
        (a["name"], p["name"])
        for a in catalog["apis"]
        if versions.is_at_most(api_since(a), old)
        for p in a["params"]
        if versions.is_between(p.get("since"), old, new)
    }
    return apis, params


def test_diff_between_releases_matches_the_catalog(catalog: dict[str, Any], views: dict[str, ApiView]) -> None:
    result = diff_views(at_version(views, "4.0.0"), at_version(views, "5.0.0"))
    apis, params = _expected_between(catalog, "4.0.0", "5.0.0")
    assert apis and params  # the corpus has both; a vacuous check would prove nothing
    assert {c.api for c in result.of("api", "added")} == apis
    assert {(c.api, str(c.name)) for c in result.of("param", "added")} == params
    assert result.of("api", "removed") == [] and result.of("param", "removed") == []
    # Only new required parameters of existing APIs are breaking here.
    assert all(c.change == "added" and c.kind == "param" for c in result.breaking)
    assert all(versions.is_between(c.since, "4.0.0", "5.0.0") for c in result.of("field", "added"))


def _sample(catalog: dict[str, Any]) -> dict[str, Any]:
    """APIs covering every layout: shared routes, extra routes, login, query, body-less POST."""
    apis = catalog["apis"]
    picked = [a for a in apis if a["path"].startswith("/zstack/v1/images/") and a["path"].endswith("/actions")]
    picked += [a for a in apis if a["extra_paths"]][:4]
    picked += [a for a in apis if a["name"].startswith("LogIn")][:1]
    picked += [a for a in apis if a["body_key"] is None and a["method"] == "POST"][:2]
    picked += apis[::150]
    return {**catalog, "apis": list({a["name"]: a for a in picked}.values())}


def test_official_validator_accepts_a_corpus_sample(catalog: dict[str, Any]) -> None:
    # The whole corpus takes openapi-spec-validator 20-50 s (run by `zstack-openapi build`);
    # a sample with every operation layout keeps this test fast.
    doc = build_document(_sample(catalog))
    assert any("x-zstack-apis" in op for _, _, op in operations(doc))
    assert [str(p) for p in validate_document(doc)] == []
    assert [str(p) for p in validate_document(downgrade(doc))] == []
