"""The committed catalogs and OpenAPI documents under spec/: in step with the code
(and, when ../shared is there, with the docs and the SDK facts), valid, and complete
(every API addressable by name, with every parameter and the SDK's wire facts)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SDK_ORACLE, need
from zstack_openapi import releases
from zstack_openapi.openapi.apiview import ApiView, api_views, at_version
from zstack_openapi.openapi.build import build_document
from zstack_openapi.openapi.diff import diff_views
from zstack_openapi.openapi.downgrade import downgrade
from zstack_openapi.openapi.lint import lint, operations
from zstack_openapi.openapi.names import WIRE_NAME
from zstack_openapi.openapi.operations import QUERY_BASE, api_since
from zstack_openapi.openapi.validate import validate_document
from zstack_openapi.pipeline import (
    CATALOG_FILE,
    DEFECTS_FILE,
    RECONCILED_FILE,
    SPEC_30_FILE,
    SPEC_31_FILE,
    build_files,
)
from zstack_openapi.reconcile.defects import find_defects
from zstack_openapi.reconcile.merge import reconcile_catalog
from zstack_openapi.reconcile.report import render_report
from zstack_openapi.reconcile.sdk_source import load_sdk_facts
from zstack_openapi.scraper import dump_catalog, load_catalog

COMMITTED = ROOT / "spec"

pytestmark = pytest.mark.skipif(
    not (COMMITTED / RECONCILED_FILE).exists(),
    reason="no committed reconciled catalog: run `zstack-openapi build --docs ... --sdk ...`",
)


@pytest.fixture(scope="module")
def docs_catalog() -> dict[str, Any]:
    return load_catalog(COMMITTED / CATALOG_FILE)


@pytest.fixture(scope="module")
def catalog() -> dict[str, Any]:
    """The reconciled catalog: what the committed spec is built from."""
    return load_catalog(COMMITTED / RECONCILED_FILE)


@pytest.fixture(scope="module")
def spec31() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((COMMITTED / SPEC_31_FILE).read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def views(spec31: dict[str, Any]) -> dict[str, ApiView]:
    return api_views(spec31)


def entries(spec: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any], dict[str, Any]]]:
    """API name -> (method, operation, its own entry) for every API's primary route."""
    out: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {}
    for _, method, op in operations(spec):
        for entry in op.get("x-zstack-apis") or (
            [op] if op.get("x-zstack-api") == op.get("operationId") else []
        ):
            out[entry["x-zstack-api"]] = (method, op, entry)
    return out


def test_committed_files_are_not_stale(
    docs_catalog: dict[str, Any], catalog: dict[str, Any], tmp_path: Path
) -> None:

    built = build_files(docs_catalog, tmp_path, write_catalog_file=False, reconciled=catalog)
    assert {p.name for p in built.written} == {SPEC_31_FILE, SPEC_30_FILE}
    for name in (SPEC_31_FILE, SPEC_30_FILE):
        fresh = (tmp_path / name).read_bytes()
        assert fresh == (COMMITTED / name).read_bytes(), (
            f"spec/{name} is stale: run `zstack-openapi build` and commit the result"
        )


def test_reconciled_catalog_and_report_are_not_stale(docs_catalog: dict[str, Any]) -> None:
    """Reconciling the committed docs catalog with the shared SDK facts (as `build --docs
    ... --sdk ...` does) gives the committed files."""
    sdk = load_sdk_facts(need(SDK_ORACLE))
    recorded = catalog_sdk_path()
    assert (COMMITTED / recorded).resolve() == SDK_ORACLE.resolve()
    fresh = reconcile_catalog(docs_catalog, sdk, sdk_path=recorded)
    assert dump_catalog(fresh) == (COMMITTED / RECONCILED_FILE).read_text(encoding="utf-8"), (
        "spec/zstack.reconciled.json is stale: run `zstack-openapi build --docs "
        "../shared/zstack-docs/dev-guide-v5-zh --sdk ../shared/oracles/zstack-java-sdk-truth.json`"
    )
    report = render_report(fresh, find_defects(fresh), exact_places=True)
    assert report == (COMMITTED / DEFECTS_FILE).read_text(encoding="utf-8")


def catalog_sdk_path() -> str:
    data = json.loads((COMMITTED / RECONCILED_FILE).read_text(encoding="utf-8"))
    path: str = data["sources"]["sdk"]["path"]
    return path


def test_reconciled_catalog_is_of_the_committed_docs_catalog(
    docs_catalog: dict[str, Any], catalog: dict[str, Any]
) -> None:
    assert (
        catalog["pages"] == docs_catalog["pages"]
        and catalog["extractor"] == docs_catalog["extractor"]
    )
    documented = {a["name"] for a in catalog["apis"] if a["origin"] != "sdk"}
    assert catalog["sources"]["docs"]["apis"] == len(docs_catalog["apis"]) == len(documented)


def test_info_states_the_doc_set_and_sdk_versions(
    spec31: dict[str, Any], catalog: dict[str, Any]
) -> None:
    info = spec31["info"]
    sources = info["x-zstack-sources"]
    assert info["version"] == sources["docs"]["version"] == "5.5.6"
    sdk = catalog["sources"]["sdk"]
    assert sources["sdk"] == {"version": "5.2.0", "commit": sdk["commit"], "apis": sdk["apis"]}
    assert re.fullmatch(r"[0-9a-f]{40}", sdk["commit"])
    assert (
        "doc set 5.5.6" in info["description"]
        and f"Java SDK 5.2.0, commit {sdk['commit'][:12]}" in info["description"]
    )


def test_committed_documents_are_lint_clean(spec31: dict[str, Any]) -> None:
    assert [str(p) for p in lint(spec31)] == []
    spec30 = json.loads((COMMITTED / SPEC_30_FILE).read_text(encoding="utf-8"))
    assert spec30["openapi"] == "3.0.3"
    assert [str(p) for p in lint(spec30)] == []


def test_every_api_is_addressable_with_the_wire_facts(
    catalog: dict[str, Any], spec31: dict[str, Any], views: dict[str, ApiView]
) -> None:
    names = {a["name"] for a in catalog["apis"]}
    assert set(entries(spec31)) == names
    assert len(names) == catalog["sources"]["docs"]["apis"] + sum(
        a["origin"] == "sdk" for a in catalog["apis"]
    )
    missing = [
        f"{a['name']}.{p['name']}"
        for a in catalog["apis"]
        for p in a["params"]
        # The inherited query parameters are the standard set on the wire (q, sort, ...).
        if p.get("declared_in") != QUERY_BASE and p["name"] not in views[a["name"]].params
    ]
    # The one parameter name of the manual that cannot be a ZStack name (a doc defect,
    # left out of the spec with a `bad-name` warning: openapi/names.py).
    assert missing == ["RevertVolumeFromVolumeBackup.云盘备份uuid"]
    for a in catalog["apis"]:
        v = views[a["name"]]
        assert (v.method, v.path, v.body_key) == (a["method"], a["path"], a["body_key"]), a["name"]
        required = {
            p["name"]
            for p in a["params"]
            if p["required"] and p["in"] != "path" and WIRE_NAME.match(p["name"])
        }
        assert required == {
            n for n, p in v.params.items() if p["required"] and p["in"] != "path"
        }, a["name"]


def test_every_api_carries_its_facts(catalog: dict[str, Any], spec31: dict[str, Any]) -> None:
    by_name = {a["name"]: a for a in catalog["apis"]}
    found = entries(spec31)
    sync = {True: 0, False: 0}
    for name, (_method, op, entry) in found.items():
        api = by_name[name]
        assert entry["x-zstack-since"], name
        assert entry["x-zstack-result"]["$ref"].split("/")[-1] in spec31["components"]["schemas"]
        asynchronous = entry["x-zstack-async"]
        if api["sync"] is not None:
            assert asynchronous is (not api["sync"]), name
            sync[api["sync"]] += 1
        if "x-zstack-apis" not in op:
            # An operation of its own: a synchronous API declares only 200.
            assert ("202" in op["responses"]) is asynchronous, name
        assert entry.get("x-zstack-status") == api["status"]
        assert (entry.get("security") == []) is (api["need_session"] is False), name
        source = entry["x-zstack-source"]
        assert (
            source["origin"] == api["origin"]
            and source["at"] == f"{api['source']['file']}:{api['source']['line']}"
        )
    assert sync[True] > 600 and sync[False] > 1200


def test_x_zstack_source_cites_the_docs_where_they_are_wrong(spec31: dict[str, Any]) -> None:
    # The manual documents AddMonToCephBackupStorage as a DELETE; the server serves POST.
    method, _op, entry = entries(spec31)["AddMonToCephBackupStorage"]
    assert method == "post"
    facts = entry["x-zstack-source"]
    assert facts["method"] == {
        "source": "sdk",
        "doc": {"value": "DELETE", "at": "04-02-hardware-facilities.md:23467"},
    }
    assert facts["path"] == {"source": "both"}
    # CreateVmInstance: the docs call imageUuid required; the SDK (the server) does not.
    request = spec31["components"]["schemas"]["CreateVmInstanceRequest"]["properties"]["params"]
    image = request["properties"]["imageUuid"]
    assert image["x-zstack-source"]["doc"]["required"]["value"] is True
    assert re.fullmatch(
        r"04-01-cloud-resource-pool\.md:\d+", image["x-zstack-source"]["doc"]["required"]["at"]
    )
    assert "imageUuid" not in request.get("required", [])
    # A parameter only the SDK knows: source sdk, its since unknown.
    assert request["properties"]["platform"]["x-zstack-source"] == {"source": "sdk"}
    assert request["properties"]["platform"]["x-zstack-since-unknown"] is True


def param_schemas(spec: dict[str, Any], entry: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Parameter name -> its schema in the spec: a parameter's `schema` or a property
    of the request body (inside the wrapper, or beside it for tags)."""
    out = {p.get("x-zstack-name", p["name"]): p["schema"] for p in entry.get("parameters") or []}
    request = entry.get("x-zstack-request")
    if request:
        body = spec["components"]["schemas"][request["$ref"].rsplit("/", 1)[1]]
        key = entry.get("x-zstack-body-key")
        props = body.get("properties") or {}
        inner = props.get(key, {}).get("properties", {}) if key else {}
        out.update({k: v for k, v in props.items() if k != key})
        out.update(inner)
    return out


def test_constraints_become_schema_keywords(
    catalog: dict[str, Any], spec31: dict[str, Any]
) -> None:
    found = entries(spec31)
    checked: dict[str, int] = {}
    for api in catalog["apis"]:
        schemas = param_schemas(spec31, found[api["name"]][2])
        for p in api["params"]:
            if p.get("declared_in") == QUERY_BASE or not WIRE_NAME.match(p["name"]):
                continue
            schema = schemas[p["name"]]
            for key, value in (p.get("constraints") or {}).items():
                target = (
                    schema["items"] if key == "enum" and schema.get("type") == "array" else schema
                )
                assert target.get(key) == value, (api["name"], p["name"], key)
                checked[key] = checked.get(key, 0) + 1
    # Every constraint of the reconciled catalog is in the spec (every pattern is portable).
    assert checked == {
        key: sum(
            key in (p.get("constraints") or {})
            for a in catalog["apis"]
            for p in a["params"]
            if p.get("declared_in") != QUERY_BASE
        )
        for key in checked
    }
    assert set(checked) == {
        "maxLength",
        "minLength",
        "minimum",
        "maximum",
        "minItems",
        "enum",
        "pattern",
    }
    body = spec31["components"]["schemas"]["CreateVmBackupRequest"]["properties"]["params"][
        "properties"
    ]
    assert body["name"]["maxLength"] == 255 and body["volumeReadBandwidth"]["minimum"] == 1024
    storages = param_schemas(spec31, found["DeleteVmBackup"][2])["backupStorageUuids"]
    assert storages["minItems"] == 1
    # Lookaheads and lookbehinds are kept: ECMA-262 and Python's re both have them.
    assert any(
        "(?!" in str(s.get("pattern")) and "(?<!" in str(s.get("pattern"))
        for a in catalog["apis"]
        for s in param_schemas(spec31, found[a["name"]][2]).values()
    )


def test_query_apis_take_the_standard_query_set(spec31: dict[str, Any]) -> None:
    _, op, entry = entries(spec31)["QueryVmInstance"]
    names = [p["name"] for p in entry["parameters"]]
    assert names == [
        "q",
        "limit",
        "start",
        "count",
        "replyWithCount",
        "sort",
        "fields",
        "groupBy",
        "filterName",
    ]
    assert all(p["x-zstack-standard"] for p in entry["parameters"])
    assert "202" not in op["responses"]


def test_sdk_only_apis_are_tagged_and_summarised(spec31: dict[str, Any]) -> None:
    _, _, entry = entries(spec31)["GetVmXml"]
    assert entry["x-zstack-status"] == "undocumented" and entry["x-zstack-since-unknown"] is True
    assert entry["summary"] == "Get vm xml" and "Java SDK" in entry["description"]
    assert entry["x-zstack-source"]["origin"] == "sdk" and entry["x-zstack-source"]["at"].endswith(
        "GetVmXmlAction.java:1"
    )
    # Tagged with the chapter that documents the other /vm-instances APIs.
    assert entry["tags"] == entries(spec31)["QueryVmInstance"][2]["tags"]


def _expected_between(
    catalog: dict[str, Any], old: str, new: str
) -> tuple[set[str], set[tuple[str, str]]]:
    apis = {a["name"] for a in catalog["apis"] if releases.is_between(api_since(a), old, new)}
    params = {
        (a["name"], p["name"])
        for a in catalog["apis"]
        if releases.is_at_most(api_since(a), old)
        for p in a["params"]
        if releases.is_between(p.get("since"), old, new)
    }
    return apis, params


def test_diff_between_releases_matches_the_catalog(
    catalog: dict[str, Any], views: dict[str, ApiView]
) -> None:
    result = diff_views(at_version(views, "4.0.0"), at_version(views, "5.0.0"))
    apis, params = _expected_between(catalog, "4.0.0", "5.0.0")
    assert apis and params  # the corpus has both; a vacuous check would prove nothing
    assert {c.api for c in result.of("api", "added")} == apis
    assert {(c.api, str(c.name)) for c in result.of("param", "added")} == params
    assert result.of("api", "removed") == [] and result.of("param", "removed") == []
    # Only new required parameters of existing APIs are breaking here.
    assert all(c.change == "added" and c.kind == "param" for c in result.breaking)
    assert all(releases.is_between(c.since, "4.0.0", "5.0.0") for c in result.of("field", "added"))
    # What only the SDK knows is undated: present in every release its API is in.
    old = at_version(views, "0.6")
    assert "GetVmXml" in old and "platform" in views["CreateVmInstance"].params
    assert views["CreateVmInstance"].params["platform"]["since_unknown"] is True


def _sample(catalog: dict[str, Any]) -> dict[str, Any]:
    """APIs covering every layout: shared routes, extra routes, login, query, body-less
    POST, SDK-only and docs-only APIs, constraints with patterns."""
    apis = catalog["apis"]
    picked = [
        a
        for a in apis
        if a["path"].startswith("/zstack/v1/images/") and a["path"].endswith("/actions")
    ]
    picked += [a for a in apis if a["extra_paths"]][:4]
    picked += [a for a in apis if a["name"].startswith("LogIn")][:1]
    picked += [a for a in apis if a["body_key"] is None and a["method"] == "POST"][:2]
    picked += [a for a in apis if a["origin"] == "sdk"][:3] + [
        a for a in apis if a["origin"] == "docs"
    ][:3]
    picked += [
        a for a in apis if any("pattern" in (p.get("constraints") or {}) for p in a["params"])
    ]
    picked += apis[::150]
    return {**catalog, "apis": list({a["name"]: a for a in picked}.values())}


def test_official_validator_accepts_a_corpus_sample(catalog: dict[str, Any]) -> None:
    # The whole corpus takes openapi-spec-validator 20-50 s (run by `zstack-openapi build`);
    # a sample with every operation layout keeps this test fast.
    doc = build_document(_sample(catalog))
    assert any("x-zstack-apis" in op for _, _, op in operations(doc))
    assert '"pattern"' in json.dumps(doc)
    assert [str(p) for p in validate_document(doc)] == []
    assert [str(p) for p in validate_document(downgrade(doc))] == []
