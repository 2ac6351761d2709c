"""The spec stage on a small hand-made reconciled catalog: constraints, provenance,
sync APIs, sessions, statuses, SDK-only APIs and the inherited query parameters."""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

import pytest

from tests.spec_fixtures import field, param, small_catalog
from zstack_openapi.openapi.apiview import api_views, at_version
from zstack_openapi.openapi.build import build_document, title_of_name
from zstack_openapi.openapi.constraints import is_portable_pattern
from zstack_openapi.openapi.validate import validate_document
from zstack_openapi.openapi.versions import UNKNOWN, release_counts

LOOKAROUND = "^(?:^(?! )[a-zA-Z0-9_ ]*(?<! )$)$"


def fact(value: Any, line: int) -> dict[str, Any]:
    return {"value": value, "file": "04-01-vm.md", "line": line}


def provenance(**doc: dict[str, Any]) -> dict[str, Any]:
    return {
        k: {"source": "sdk" if k in doc else "both", "doc": doc.get(k)}
        for k in ("name", "method", "path", "body_key")
    }


def reconciled_catalog() -> dict[str, Any]:
    """small_catalog() as `reconcile` would give it back, plus one API of each origin."""
    catalog = small_catalog()
    apis = {a["name"]: a for a in catalog["apis"]}
    for a in apis.values():
        a.update(
            origin="both",
            status=None,
            sync=False,
            need_session=True,
            is_query=False,
            provenance=provenance(),
        )
        for p in a["params"]:
            p["source"] = "both"
    create = apis["CreateVmInstance"]
    create["provenance"] = provenance(method=fact("PUT", 80))
    by_param = {p["name"]: p for p in create["params"]}
    by_param["name"]["constraints"] = {"maxLength": 255, "minLength": 1, "pattern": LOOKAROUND}
    by_param["cpuNum"]["constraints"] = {"minimum": 1, "maximum": 1024}
    by_param["cpuNum"]["doc"] = {"required": fact(True, 90)}
    by_param["dataDiskSizes"]["constraints"] = {"minItems": 1}
    by_param["strategy"]["values"] = ["InstantStart", "JustCreate", "CreateStopped"]
    by_param["strategy"]["constraints"] = {"enum": ["InstantStart", "JustCreate", "CreateStopped"]}
    create["params"].append(
        {
            "name": "platform",
            "in": "body",
            "type": "String",
            "required": False,
            "since": "",
            "description": "",
            "values": [],
            "source": "sdk",
            "since_unknown": True,
        }
    )
    query = apis["QueryVmInstance"]
    query.update(sync=True, is_query=True)
    query["params"] = [
        {
            "name": n,
            "in": "query",
            "type": t,
            "required": False,
            "since": "",
            "description": "",
            "values": [],
            "source": "sdk",
            "since_unknown": True,
            "declared_in": "QueryAction",
        }
        for n, t in (
            ("conditions", "List"),
            ("limit", "Integer"),
            ("sortBy", "String"),
            ("sortDirection", "String"),
            ("fields", "List"),
        )
    ]
    apis["GetVmCapabilities"]["sync"] = True
    login = apis["LogInByAccount"]
    login.update(sync=True, need_session=False)
    # A DELETE the SDK says answers at once (needPoll=false).
    apis["DeleteVmInstance"]["sync"] = True
    apis["AttachIsoToVmInstance"].update(
        origin="docs",
        status="newer-than-sdk",
        sync=None,
        need_session=None,
        provenance={
            k: {"source": "docs", "doc": None} for k in ("name", "method", "path", "body_key")
        },
    )
    catalog["apis"].append(
        {
            "name": "GetVmXml",
            "title": None,
            "category": [],
            "description": None,
            "method": "GET",
            "path": "/zstack/v1/vm-instances/{vmInstanceUuid}/xml",
            "extra_paths": [],
            "body_key": None,
            "params": [
                {
                    "name": "vmInstanceUuid",
                    "in": "path",
                    "type": "String",
                    "required": True,
                    "since": "",
                    "description": "",
                    "values": [],
                    "source": "sdk",
                    "since_unknown": True,
                }
            ],
            "response": {
                "empty": False,
                "example": None,
                "fields": [field("runningXml", since="")],
            },
            "system_tags": [],
            "source": {"file": "sdk/src/main/java/org/zstack/sdk/GetVmXmlAction.java", "line": 1},
            "origin": "sdk",
            "status": "undocumented",
            "sync": True,
            "need_session": True,
            "is_query": False,
            "provenance": {
                k: {"source": "sdk", "doc": None} for k in ("name", "method", "path", "body_key")
            },
        }
    )
    catalog["apis"].append(
        {
            "name": "ZapHybridThing",
            "title": None,
            "category": [],
            "description": None,
            "method": "POST",
            "path": "/zstack/v1/hybrid/things",
            "extra_paths": [],
            "body_key": "params",
            "params": [
                param("name", "body") | {"source": "sdk", "since": "", "since_unknown": True}
            ],
            "response": {"empty": True, "example": None, "fields": []},
            "system_tags": [],
            "source": {
                "file": "sdk/src/main/java/org/zstack/sdk/ZapHybridThingAction.java",
                "line": 1,
            },
            "origin": "sdk",
            "status": "undocumented",
            "sync": False,
            "need_session": True,
            "is_query": False,
            "provenance": {
                k: {"source": "sdk", "doc": None} for k in ("name", "method", "path", "body_key")
            },
        }
    )
    catalog["sources"] = {
        "docs": {"apis": 8},
        "sdk": {"version": "5.2.0", "commit": "a" * 40, "apis": 9, "path": "../sdk.json"},
    }
    return catalog


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return build_document(reconciled_catalog())


def op(doc: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    found: dict[str, Any] = doc["paths"][path][method]
    return found


def body(doc: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = doc["components"]["schemas"][name]
    return found


def test_valid_and_the_sources_are_in_info(doc: dict[str, Any]) -> None:
    assert validate_document(doc) == []
    assert doc["info"]["x-zstack-sources"] == {
        "docs": {"version": "5.1.0", "apis": 8},
        "sdk": {"version": "5.2.0", "commit": "a" * 40, "apis": 9},
    }
    assert "Java SDK 5.2.0, commit aaaaaaaaaaaa (9 APIs)" in doc["info"]["description"]


def test_constraints_become_json_schema_keywords(doc: dict[str, Any]) -> None:
    props = body(doc, "CreateVmInstanceRequest")["properties"]["params"]["properties"]
    assert props["name"] | {} == {
        **props["name"],
        "maxLength": 255,
        "minLength": 1,
        "pattern": LOOKAROUND,
    }
    assert (props["cpuNum"]["minimum"], props["cpuNum"]["maximum"]) == (1, 1024)
    assert props["dataDiskSizes"]["minItems"] == 1
    assert props["strategy"]["enum"] == ["InstantStart", "JustCreate", "CreateStopped"]


def test_a_keyword_goes_only_where_it_means_something() -> None:
    catalog = reconciled_catalog()
    create = next(a for a in catalog["apis"] if a["name"] == "CreateVmInstance")
    by_param = {p["name"]: p for p in create["params"]}
    by_param["cpuNum"]["constraints"] = {
        "maxLength": 3,
        "minimum": 1,
    }  # a string keyword on a number
    by_param["name"]["constraints"] = {"pattern": "(?P<x>a)", "maxLength": 9}  # Python-only syntax
    props = body(build_document(catalog), "CreateVmInstanceRequest")["properties"]["params"][
        "properties"
    ]
    assert "maxLength" not in props["cpuNum"] and props["cpuNum"]["minimum"] == 1
    assert "pattern" not in props["name"] and props["name"]["maxLength"] == 9


@pytest.mark.parametrize(
    ("pattern", "portable"),
    [
        (LOOKAROUND, True),
        ("^(?:[\\u4e00-\\u9fa5a-zA-Z][\\u4e00-\\u9fa5_a-zA-Z0-9.-]+)$", True),
        ("^(?:[\\da-zA-Z-`=\\\\\\[\\];',./~!@#$%^&*()_+|{}:\"<>?]{1,})$", True),
        ("(?P<name>a)", False),  # Python's named group; ECMA says (?<name>)
        ("(?<name>a)", False),  # ECMA's named group: Python rejects it
        ("(?i)abc", False),  # inline flags
        ("a*+", False),  # possessive
        ("(?>a)", False),  # atomic group
        ("\\Aabc\\Z", False),  # Python-only anchors
        ("[]a]", False),  # a literal ] to Python, an empty class to ECMA
        ("[[:alpha:]]", False),  # POSIX class
        ("[a--b]", False),  # a set difference to come in Python
        ("a(", False),  # not a regex at all
    ],
)
def test_portable_patterns(pattern: str, portable: bool) -> None:
    assert is_portable_pattern(pattern) is portable


def test_portable_patterns_compile_in_javascript() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the ECMA-262 side is checked by the rules alone")
    patterns = [LOOKAROUND, "^(?:[\\da-zA-Z-`=\\\\\\[\\];',./~!@#$%^&*()_+|{}:\"<>?]{1,})$"]
    script = "for (const p of JSON.parse(process.argv[1])) { new RegExp(p); new RegExp(p, 'u'); }"
    done = subprocess.run(
        [node, "-e", script, json.dumps(patterns)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_sync_apis_declare_only_200_and_async_ones_both(doc: dict[str, Any]) -> None:
    delete = op(doc, "/zstack/v1/vm-instances/{uuid}", "delete")
    assert delete["x-zstack-async"] is False and "202" not in delete["responses"]
    assert "200" in delete["responses"]
    create = op(doc, "/zstack/v1/vm-instances", "post")
    assert create["x-zstack-async"] is True and {"200", "202"} <= set(create["responses"])
    # Only the docs know it: the protocol's rule (not GET, not login: may answer 202).
    attach = op(doc, "/zstack/v1/vm-instances/{vmInstanceUuid}/iso/{isoUuid}", "post")
    assert attach["x-zstack-async"] is True and attach["x-zstack-status"] == "newer-than-sdk"


def test_need_session_false_means_no_security(doc: dict[str, Any]) -> None:
    assert op(doc, "/zstack/v1/accounts/login", "put")["security"] == []
    assert "security" not in op(doc, "/zstack/v1/vm-instances", "post")


def test_x_zstack_source_on_apis_and_parameters(doc: dict[str, Any]) -> None:
    create = op(doc, "/zstack/v1/vm-instances", "post")
    source = create["x-zstack-source"]
    assert source["origin"] == "both" and source["at"] == "test.md:1"
    assert source["method"] == {"source": "sdk", "doc": {"value": "PUT", "at": "04-01-vm.md:80"}}
    assert source["path"] == {"source": "both"}
    props = body(doc, "CreateVmInstanceRequest")["properties"]["params"]["properties"]
    assert props["cpuNum"]["x-zstack-source"] == {
        "source": "both",
        "doc": {"required": {"value": True, "at": "04-01-vm.md:90"}},
    }
    assert props["platform"]["x-zstack-source"] == {"source": "sdk"}
    assert props["platform"]["x-zstack-since-unknown"] is True
    assert props["platform"]["x-zstack-since"] == create["x-zstack-since"]


def test_a_plain_docs_catalog_still_builds_as_before() -> None:
    doc = build_document(small_catalog())
    create = op(doc, "/zstack/v1/vm-instances", "post")
    assert create["x-zstack-source"] == {"origin": "docs", "at": "test.md:1"}
    delete = op(doc, "/zstack/v1/vm-instances/{uuid}", "delete")
    assert delete["x-zstack-async"] is True and "202" in delete["responses"]
    assert "sdk" not in doc["info"]["x-zstack-sources"]
    props = body(doc, "CreateVmInstanceRequest")["properties"]["params"]["properties"]
    assert "x-zstack-source" not in props["name"]


def test_inherited_query_parameters_are_the_standard_wire_set(doc: dict[str, Any]) -> None:
    query = op(doc, "/zstack/v1/vm-instances", "get")
    names = [p["name"] for p in query["parameters"]]
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
    assert all(p["x-zstack-standard"] for p in query["parameters"])
    assert "conditions" not in json.dumps(query["parameters"]) and "sortBy" not in json.dumps(
        query["parameters"]
    )


def test_sdk_only_apis_get_a_summary_a_tag_and_a_response(doc: dict[str, Any]) -> None:
    xml = op(doc, "/zstack/v1/vm-instances/{vmInstanceUuid}/xml", "get")
    assert xml["summary"] == "Get vm xml" and "GetVmXmlAction.java" in xml["description"]
    assert xml["x-zstack-status"] == "undocumented" and xml["x-zstack-since-unknown"] is True
    # The chapter of the documented /vm-instances APIs.
    assert xml["tags"] == op(doc, "/zstack/v1/vm-instances", "post")["tags"]
    result = doc["components"]["schemas"][xml["x-zstack-result"]["$ref"].rsplit("/", 1)[1]]
    assert set(result["properties"]) == {"error", "runningXml"}
    zap = op(doc, "/zstack/v1/hybrid/things", "post")
    tag = next(t for t in doc["tags"] if t["name"] == zap["tags"][0])
    assert tag["name"] == "hybrid" and tag["description"].startswith("Undocumented (Java SDK only)")


def test_since_unknown_counts_as_present_in_every_release(doc: dict[str, Any]) -> None:
    views = api_views(doc)
    assert "GetVmXml" in at_version(views, "0.6")
    assert "platform" in at_version(views, "3.0.0")["CreateVmInstance"].params
    rows = release_counts(views, doc)
    assert rows[-1].release == UNKNOWN and (rows[-1].apis, rows[-1].params) == (2, 3)


def test_title_of_name() -> None:
    assert title_of_name("CreateFaultToleranceVmInstance") == "Create fault tolerance vm instance"
    assert title_of_name("GetSupportAPIs") == "Get support APIs"
    assert title_of_name("QueryL3Network") == "Query L3 network"
