"""`reconcile` on small hand-made inputs: one test per rule of the merge, the
defect classes, the report and the CLI.

The docs side is a catalog written out here (or scraped from a tiny markdown
page where the doc's own lines matter); the SDK side is facts in the shape of
``zstack-java-sdk-truth.json``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from zstack_openapi.cli import main
from zstack_openapi.reconcile.defects import CLASSES, counts, find_defects
from zstack_openapi.reconcile.doc_places import (
    DocPlace,
    DocRow,
    places_from_catalog,
    records_places,
)
from zstack_openapi.reconcile.merge import reconcile_catalog
from zstack_openapi.reconcile.report import render_report, summary_lines
from zstack_openapi.reconcile.rules import (
    constraints,
    doc_place,
    doc_type_name,
    is_newer,
    renamed_vars,
    required_of_caller,
    same_type,
    wire_in,
)
from zstack_openapi.reconcile.sdk_model import ApiRecord, ParamRecord, SdkFacts
from zstack_openapi.scraper import scrape_paths

V1 = "/zstack/v1"


# --- builders --------------------------------------------------------------


def dparam(
    name: str,
    where: str = "body",
    type_: str = "String",
    *,
    required: bool = True,
    since: str = "0.6",
    values: tuple[str, ...] = (),
    description: str = "",
) -> dict[str, Any]:
    return {
        "name": name,
        "in": where,
        "type": type_,
        "required": required,
        "since": since,
        "description": description or f"{name} 的描述",
        "values": list(values),
    }


def dapi(
    name: str,
    method: str,
    path: str,
    params: list[dict[str, Any]],
    *,
    body_key: str | None = None,
    line: int = 10,
    extra_paths: tuple[str, ...] = (),
    fields: tuple[dict[str, Any], ...] = (),
) -> dict[str, Any]:
    return {
        "name": name,
        "title": f"{name} 标题",
        "category": ["章节", name],
        "description": f"{name} 的说明",
        "method": method,
        "path": V1 + path,
        "extra_paths": [V1 + p for p in extra_paths],
        "body_key": body_key,
        "params": params,
        "response": {"empty": not fields, "example": {"ok": True}, "fields": list(fields)},
        "system_tags": [f"{name.lower()}::tag::VALUE"],
        "source": {"file": "things.md", "line": line},
    }


def catalog(*apis: dict[str, Any], warnings: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    return {
        "format": "zstack-api-catalog/1",
        "apis": list(apis),
        "warnings": list(warnings),
        "pages": [{"file": "things.md", "sha256": "", "apis": sorted(a["name"] for a in apis)}],
    }


def sparam(
    name: str,
    java_type: str = "java.lang.String",
    location: str = "body",
    *,
    required: bool = False,
    **facts: Any,
) -> ParamRecord:
    record: dict[str, Any] = {
        "name": name,
        "java_type": java_type,
        "location": location,
        "required": required,
        "valid_values": None,
        "valid_regex": None,
        "max_length": None,
        "min_length": None,
        "non_empty": False,
        "null_elements": False,
        "empty_string": True,
        "number_range": None,
        "number_range_unit": None,
        "no_trim": False,
        "api_param": True,
    }
    record.update(facts)
    return record  # type: ignore[return-value]  # the keys above are ParamRecord's


def sapi(
    name: str,
    method: str,
    path: str,
    params: list[ParamRecord],
    *,
    body_key: str | None = None,
    need_poll: bool = True,
    need_session: bool = True,
    is_query: bool = False,
    result_class: str | None = None,
) -> ApiRecord:
    return {
        "api": name,
        "method": method,
        "path": V1 + path,
        "path_vars": [],
        "body_key": body_key,
        "parameter_name_raw": body_key or "",
        "need_session": need_session,
        "need_poll": need_poll,
        "is_query": is_query,
        "extends": "QueryAction" if is_query else "AbstractAction",
        "result_class": result_class,
        "result_class_fqn": f"org.zstack.sdk.{result_class}" if result_class else None,
        "java_class": f"org.zstack.sdk.{name}Action",
        "sdk_path": path,
        "source_file": f"sdk/src/main/java/org/zstack/sdk/{name}Action.java",
        "non_api_params": [],
        "params": params,
    }


def facts(
    *apis: ApiRecord,
    structs: dict[str, Any] | None = None,
    other_structs: dict[str, Any] | None = None,
    enums: dict[str, list[str]] | None = None,
    version: str | None = "5.2.0",
) -> SdkFacts:
    meta: dict[str, Any] = {"repo_version": version, "commit": "abc123", "apis": len(apis)}
    return {
        "apis": list(apis),
        "structs": structs or {},
        "struct_meta": {},
        "other_structs": other_structs or {},
        "enums": enums or {},
        "meta": meta,  # type: ignore[typeddict-item]  # only the keys the merge reads
    }


def tags(location: str = "body") -> list[ParamRecord]:
    return [
        sparam("systemTags", "java.util.List", location, api_param=False),
        sparam("userTags", "java.util.List", location, api_param=False),
    ]


def by_name(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {a["name"]: a for a in result["apis"]}


def params_of(api: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in api["params"]}


# --- single-fact rules ------------------------------------------------------


@pytest.mark.parametrize(
    ("java", "doc"),
    [
        ("java.lang.String", "String"),
        ("java.util.List", "List"),
        ("java.util.List<String>", "List"),
        ("java.lang.Long", "Long"),
        ("java.sql.Timestamp", "Timestamp"),
        ("long", "long"),
        ("org.zstack.sdk.VmInstanceInventory", "VmInstanceInventory"),
    ],
)
def test_java_types_take_the_docs_spelling(java: str, doc: str) -> None:
    assert doc_type_name(java) == doc


def test_types_compare_by_what_json_carries() -> None:
    assert same_type("Integer", "int")
    assert same_type("boolean", "java.lang.Boolean")
    assert same_type("Map", "java.util.LinkedHashMap")
    assert same_type("list", "java.util.List<String>")
    assert same_type("", "java.lang.Long")  # the docs said nothing
    assert not same_type("String", "java.lang.Integer")
    assert not same_type("List", "java.util.Map")


def test_string_constraints() -> None:
    found = constraints(sparam("name", max_length=255, min_length=2, valid_regex="[a-z]+|x"), {})
    assert found == {"maxLength": 255, "minLength": 2, "pattern": "^(?:[a-z]+|x)$"}
    # nonempty and emptyString=false both reject "".
    assert constraints(sparam("n", non_empty=True), {}) == {"minLength": 1}
    assert constraints(sparam("n", empty_string=False), {}) == {"minLength": 1}


def test_number_list_and_enum_constraints() -> None:
    assert constraints(sparam("n", "java.lang.Integer", number_range=[1, 10]), {}) == {
        "minimum": 1,
        "maximum": 10,
    }
    assert constraints(sparam("l", "java.util.List", non_empty=True), {}) == {"minItems": 1}
    # Enums take the parameter's JSON type; one that does not convert is left out.
    assert constraints(sparam("i", "java.lang.Integer", valid_values=["4", "6"]), {}) == {
        "enum": [4, 6]
    }
    assert constraints(sparam("i", "java.lang.Integer", valid_values=["4", "x"]), {}) == {}
    # An enum-typed parameter's values are its constants.
    assert constraints(sparam("s", "org.zstack.sdk.IpSetType"), {"IpSetType": ["A", "B"]}) == {
        "enum": ["A", "B"]
    }
    # A list's values constrain its items: they stay in `values`, not in a top-level enum.
    assert constraints(sparam("l", "java.util.List", valid_values=["a"]), {}) == {}
    # Keywords only where the validator applies them: no maxLength on a number.
    assert constraints(sparam("n", "java.lang.Integer", max_length=5), {}) == {}


def test_a_collection_the_sdk_fills_is_not_required_of_the_caller() -> None:
    conditions = sparam(
        "conditions",
        "java.util.List<String>",
        "query",
        required=True,
        default={"expr": "new ArrayList<>()"},
    )
    assert not required_of_caller(conditions)
    assert required_of_caller(sparam("port", "int", required=True, default=0))


@pytest.mark.parametrize(
    ("name", "place", "method", "body_key", "expected"),
    [
        ("uuid", "path", "PUT", "act", "path"),
        ("name", "body", "DELETE", None, "query"),
        ("name", "body", "GET", None, "query"),
        ("name", "body", "POST", "params", "body"),
        ("systemTags", "body", "POST", "params", "body-root"),
        ("name", "body", "POST", None, "body-root"),
        ("token", "query", "POST", "params", "query"),
    ],
)
def test_wire_location(name: str, place: Any, method: str, body_key: Any, expected: str) -> None:
    assert wire_in(name, place, method, ["uuid"], body_key) == expected


def test_doc_location_cells() -> None:
    assert doc_place("url", "uuid", ["uuid"]) == "path"
    assert doc_place("url", "limit", ["uuid"]) == "query"
    assert doc_place("body(包含在params结构中)", "x", []) == "body"
    assert doc_place("createThing", "x", []) == "body"
    assert doc_place("??", "x", []) is None


def test_versions_and_paths() -> None:
    assert is_newer("5.3.0", "5.2.0")
    assert not is_newer("5.2", "5.2.0")
    assert not is_newer("", "5.2.0")
    assert not is_newer("9.9", None)
    assert renamed_vars(V1 + "/a/{uuid}/b/{g}", V1 + "/a/{templateUuid}/b/{g}") == {
        "uuid": "templateUuid"
    }
    assert renamed_vars(V1 + "/a/{uuid}", V1 + "/b/{uuid}") == {}


# --- the merge --------------------------------------------------------------


def create_thing() -> tuple[dict[str, Any], ApiRecord]:
    doc = dapi(
        "CreateThing",
        "PUT",
        "/things",
        [
            dparam("name", description="名字"),
            dparam("description", required=True),
            dparam("color", required=False, values=("red", "blue")),
            dparam("size", type_="String", required=False),
            dparam("legacy", since="3.0.0"),
            dparam("fresh", since="5.3.0"),
            dparam("systemTags", "body-root", "List", required=False),
        ],
        body_key="params",
        line=40,
        fields=(
            {
                "name": "inventory",
                "type": "ThingInventory",
                "since": "0.6",
                "description": "详情",
                "fields": [],
            },
        ),
    )
    sdk = sapi(
        "CreateThing",
        "POST",
        "/things",
        [
            sparam("name", required=True, max_length=255),
            sparam("description", max_length=2048),
            sparam("color", valid_values=["red", "green"]),
            sparam("size", "java.lang.Long", number_range=[1, 100]),
            sparam("tagUuids", "java.util.List"),
            *tags(),
        ],
        body_key="params",
        need_poll=False,
        need_session=False,
    )
    return doc, sdk


def test_wire_facts_come_from_the_sdk_and_documentation_from_the_docs() -> None:
    doc, sdk = create_thing()
    api = by_name(reconcile_catalog(catalog(doc), facts(sdk)))["CreateThing"]
    assert (api["method"], api["path"], api["body_key"]) == ("POST", V1 + "/things", "params")
    for key in ("title", "category", "description", "system_tags", "source"):
        assert api[key] == doc[key]
    # No result class in these facts: the response is the docs' (fields marked as theirs).
    response = api["response"]
    assert response["example"] == doc["response"]["example"]
    assert [(f["name"], f["type"], f["description"], f["source"]) for f in response["fields"]] == [
        (f["name"], f["type"], f["description"], "docs") for f in doc["response"]["fields"]
    ]
    assert api["origin"] == "both" and api["status"] is None
    assert api["sync"] is True and api["need_session"] is False and api["is_query"] is False
    prov = api["provenance"]
    assert prov["method"] == {
        "source": "sdk",
        "doc": {"value": "PUT", "file": "things.md", "line": 40},
    }
    assert prov["path"] == {"source": "both", "doc": None}
    assert prov["body_key"] == {"source": "both", "doc": None}

    params = params_of(api)
    # Docs order first, then the SDK-only parameters in the SDK's order.
    assert list(params) == [
        "name",
        "description",
        "color",
        "size",
        "legacy",
        "fresh",
        "systemTags",
        "tagUuids",
        "userTags",
    ]
    name = params["name"]
    assert name["source"] == "both" and name["description"] == "名字" and name["since"] == "0.6"
    assert name["constraints"] == {"maxLength": 255} and "doc" not in name
    assert params["description"]["required"] is False
    assert params["description"]["doc"] == {
        "required": {"value": True, "file": "things.md", "line": 40}
    }
    color = params["color"]
    assert color["values"] == ["red", "green"]
    assert color["constraints"] == {"enum": ["red", "green"]}
    assert color["doc"]["values"]["value"] == ["red", "blue"]
    size = params["size"]
    assert size["type"] == "Long" and size["doc"]["type"]["value"] == "String"
    assert size["constraints"] == {"minimum": 1, "maximum": 100}
    # Doc-only: kept; flagged unless the docs date it after the SDK's release.
    assert params["legacy"]["source"] == "docs" and params["legacy"]["flag"] == "not-in-sdk"
    assert params["fresh"]["source"] == "docs" and "flag" not in params["fresh"]
    assert params["systemTags"]["in"] == "body-root"
    tag_uuids = params["tagUuids"]
    assert tag_uuids["source"] == "sdk" and tag_uuids["since"] == "" and tag_uuids["since_unknown"]
    assert tag_uuids["description"] == "" and tag_uuids["in"] == "body"
    assert params["userTags"]["in"] == "body-root"


def test_delete_parameters_travel_in_the_query_and_a_documented_body_is_recorded() -> None:
    doc = dapi(
        "DeleteThing",
        "DELETE",
        "/things/{uuid}",
        [
            dparam("uuid", "path"),
            dparam("deleteMode", "query", required=False),
            dparam("systemTags", "query", "List", required=False),
        ],
        line=5,
    )
    sdk = sapi(
        "DeleteThing",
        "DELETE",
        "/things/{uuid}",
        [
            sparam("uuid", location="url", required=True),
            sparam("deleteMode", location="query"),
            *tags("query"),
        ],
    )
    rows = {
        "uuid": DocRow(18, "url"),
        "deleteMode": DocRow(19, "body"),
        "systemTags": DocRow(20, "body"),
    }
    place = DocPlace("things.md", 5, 14, rows, exact=True)
    result = reconcile_catalog(catalog(doc), facts(sdk), places={"DeleteThing": place})
    params = params_of(by_name(result)["DeleteThing"])
    assert [params[n]["in"] for n in ("uuid", "deleteMode", "systemTags", "userTags")] == [
        "path",
        "query",
        "query",
        "query",
    ]
    assert params["deleteMode"]["doc"]["in"] == {"value": "body", "file": "things.md", "line": 19}
    assert "doc" not in params["uuid"]
    found = [d for d in find_defects(result) if d.kind == "delete-body"]
    assert {(d.param, d.line, d.sub) for d in found} == {
        ("deleteMode", 19, "template parameters only"),
        ("systemTags", 20, "template parameters only"),
    }
    # Without the doc sources the catalog's `in` is all there is: no body to see.
    plain = reconcile_catalog(catalog(doc), facts(sdk))
    assert not [d for d in find_defects(plain) if d.kind == "delete-body"]


def test_delete_body_with_parameters_of_its_own() -> None:
    doc = dapi(
        "DetachThing",
        "DELETE",
        "/things/{uuid}",
        [dparam("uuid", "path"), dparam("hostUuid", "query")],
    )
    sdk = sapi(
        "DetachThing",
        "DELETE",
        "/things/{uuid}",
        [
            sparam("uuid", location="url", required=True),
            sparam("hostUuid", location="query", required=True),
        ],
    )
    place = DocPlace("things.md", 10, 12, {"hostUuid": DocRow(22, "body")}, exact=True)
    result = reconcile_catalog(catalog(doc), facts(sdk), places={"DetachThing": place})
    (found,) = [d for d in find_defects(result) if d.kind == "delete-body"]
    assert (found.param, found.sub, found.docs, found.sdk) == (
        "hostUuid",
        "API parameters",
        "body",
        "query",
    )


def test_query_apis_keep_the_inherited_query_parameters_without_counting_them_missing() -> None:
    doc = dapi("QueryThing", "GET", "/things", [], extra_paths=("/things/{uuid}",))
    inherited = [
        sparam(
            "conditions",
            "java.util.List<String>",
            "query",
            required=True,
            declared_in="QueryAction",
            default={"expr": "new ArrayList<>()"},
        ),
        sparam("limit", "java.lang.Integer", "query", declared_in="QueryAction"),
        sparam(
            "sortDirection",
            "java.lang.String",
            "query",
            declared_in="QueryAction",
            valid_values=["asc", "desc"],
        ),
    ]
    sdk = sapi("QueryThing", "GET", "/things", inherited, need_poll=False, is_query=True)
    result = reconcile_catalog(catalog(doc), facts(sdk))
    api = by_name(result)["QueryThing"]
    assert api["is_query"] and api["sync"]
    assert api["extra_paths"] == [V1 + "/things/{uuid}"]  # an optional path, kept
    params = params_of(api)
    assert list(params) == ["conditions", "limit", "sortDirection"]
    assert all(p["source"] == "sdk" and p["declared_in"] == "QueryAction" for p in params.values())
    assert all(p["in"] == "query" for p in params.values())
    assert params["conditions"]["required"] is False
    assert params["sortDirection"]["values"] == ["asc", "desc"]
    assert not find_defects(result)


def test_an_api_name_spelled_with_another_case_is_the_sdks() -> None:
    doc = dapi(
        "SetThingQoS",
        "POST",
        "/things/{uuid}/actions",
        [dparam("uuid", "path")],
        body_key="setThingQos",
        line=77,
    )
    sdk = sapi(
        "SetThingQos",
        "PUT",
        "/things/{uuid}/actions",
        [sparam("uuid", location="url", required=True)],
        body_key="setThingQos",
    )
    result = reconcile_catalog(catalog(doc), facts(sdk))
    assert [a["name"] for a in result["apis"]] == ["SetThingQos"]
    api = result["apis"][0]
    assert api["provenance"]["name"]["doc"] == {
        "value": "SetThingQoS",
        "file": "things.md",
        "line": 77,
    }
    kinds = {d.kind for d in find_defects(result)}
    assert kinds == {"name", "method-path"}


def test_a_renamed_path_variable_is_the_sdks_parameter() -> None:
    doc = dapi(
        "DetachTemplate",
        "DELETE",
        "/templates/{uuid}/groups/{groupUuid}",
        [dparam("uuid", "path", description="模板UUID"), dparam("groupUuid", "path")],
    )
    sdk = sapi(
        "DetachTemplate",
        "DELETE",
        "/templates/{templateUuid}/groups/{groupUuid}",
        [
            sparam("templateUuid", location="url", required=True),
            sparam("groupUuid", location="url", required=True),
        ],
    )
    result = reconcile_catalog(catalog(doc), facts(sdk))
    params = params_of(by_name(result)["DetachTemplate"])
    assert list(params) == ["templateUuid", "groupUuid"]
    assert params["templateUuid"]["description"] == "模板UUID"
    assert params["templateUuid"]["doc"]["name"]["value"] == "uuid"
    (found,) = find_defects(result)
    assert (found.kind, found.sub) == ("method-path", "path variable names")


def test_a_documented_path_of_another_api_is_dropped_and_reported() -> None:
    doc = dapi(
        "GetFree",
        "GET",
        "/free",
        [dparam("zoneUuid", "query", required=False)],
        extra_paths=("/zones/{zoneUuid}/free", "/free/all"),
    )
    sdk = sapi("GetFree", "GET", "/free", [sparam("zoneUuid", location="query")])
    other = sapi(
        "GetFreeOfZone",
        "GET",
        "/zones/{zoneUuid}/free",
        [sparam("zoneUuid", location="url", required=True)],
    )
    result = reconcile_catalog(catalog(doc), facts(sdk, other))
    api = by_name(result)["GetFree"]
    assert api["extra_paths"] == [V1 + "/free/all"]
    assert api["provenance"]["path"]["doc"]["value"] == V1 + "/zones/{zoneUuid}/free"
    (found,) = find_defects(result)
    assert found.sub == "path of another API" and "GetFreeOfZone" in found.sdk


def test_a_table_wrapper_contradicting_the_example_is_a_body_key_error() -> None:
    doc = dapi(
        "ActThing",
        "PUT",
        "/things/{uuid}/actions",
        [dparam("uuid", "path"), dparam("force")],
        body_key="actThing",
        line=90,
    )
    sdk = sapi(
        "ActThing",
        "PUT",
        "/things/{uuid}/actions",
        [sparam("uuid", location="url", required=True), sparam("force", required=True)],
        body_key="actThing",
    )
    warning = {
        "api": "ActThing",
        "file": "things.md",
        "line": 90,
        "kind": "wrapper-conflict",
        "message": "table says wrapper 'params', body example uses 'actThing'; kept 'actThing'",
    }
    result = reconcile_catalog(catalog(doc, warnings=(warning,)), facts(sdk))
    prov = by_name(result)["ActThing"]["provenance"]["body_key"]
    assert prov == {"source": "both", "doc": {"value": "params", "file": "things.md", "line": 90}}
    (found,) = find_defects(result)
    assert (found.kind, found.sub, found.sdk) == ("body-key", "parameter table", "actThing")


def test_a_wrong_method_explains_a_missing_wrapper_without_a_second_error() -> None:
    doc = dapi("SetThing", "GET", "/things/{uuid}/op", [dparam("uuid", "path")])
    sdk = sapi(
        "SetThing",
        "PUT",
        "/things/{uuid}/op",
        [sparam("uuid", location="url", required=True)],
        body_key="setThing",
    )
    result = reconcile_catalog(catalog(doc), facts(sdk))
    assert by_name(result)["SetThing"]["provenance"]["body_key"]["doc"]["value"] is None
    assert [d.kind for d in find_defects(result)] == ["method-path"]


def test_apis_only_in_the_docs_are_kept_and_marked() -> None:
    newer = dapi("NewThing", "POST", "/new", [dparam("a", since="5.3.28")], body_key="params")
    older = dapi("OldThing", "GET", "/old", [dparam("b", "query", since="3.0")])
    result = reconcile_catalog(catalog(newer, older), facts())
    apis = by_name(result)
    assert apis["NewThing"]["status"] == "newer-than-sdk"
    assert apis["OldThing"]["status"] == "unverified"
    for api in apis.values():
        assert api["origin"] == "docs" and api["sync"] is None and api["need_session"] is None
        assert all(p["source"] == "docs" for p in api["params"])
        assert all(v["source"] == "docs" for v in api["provenance"].values())
    assert not find_defects(result)
    # Without a known SDK release nothing can be shown newer.
    unknown = by_name(reconcile_catalog(catalog(newer), facts(version=None)))
    assert unknown["NewThing"]["status"] == "unverified"


def test_apis_only_in_the_sdk_are_added_with_a_response_from_the_result_class() -> None:
    sdk = sapi(
        "SyncThing",
        "PUT",
        "/things/{uuid}/actions",
        [sparam("uuid", location="url", required=True), *tags()],
        body_key="syncThing",
        need_poll=False,
        result_class="SyncThingResult",
    )
    structs = {
        "SyncThingResult": [
            {"name": "inventory", "java_type": "ThingInventory"},
            {"name": "total", "java_type": "java.lang.Long"},
        ],
        "ThingInventory": [
            {"name": "uuid", "java_type": "java.lang.String"},
            {"name": "createDate", "java_type": "java.sql.Timestamp"},
            {"name": "parts", "java_type": "java.util.List"},
            {"name": "error", "java_type": "ErrorCode", "declared_in": "Base"},
        ],
    }
    other = {
        "ErrorCode": [
            {"name": "code", "java_type": "java.lang.String"},
            {"name": "cause", "java_type": "ErrorCode"},
        ]
    }
    result = reconcile_catalog(catalog(), facts(sdk, structs=structs, other_structs=other))
    api = by_name(result)["SyncThing"]
    assert api["origin"] == "sdk" and api["status"] == "undocumented" and api["sync"] is True
    assert api["title"] is None and api["description"] is None and api["category"] == []
    assert api["source"] == {"file": sdk["source_file"], "line": 1}
    assert [p["in"] for p in api["params"]] == ["path", "body-root", "body-root"]
    assert all(p["since_unknown"] and p["source"] == "sdk" for p in api["params"])

    def shape(fields: list[dict[str, Any]]) -> list[Any]:
        return [(f["name"], f["type"], shape(f["fields"])) for f in fields]

    assert api["response"]["empty"] is False and api["response"]["class"] == "SyncThingResult"
    assert shape(api["response"]["fields"]) == [
        # The envelope every result may carry, then the class's fields.
        ("error", "ErrorCode", []),
        (
            "inventory",
            "ThingInventory",
            [
                ("uuid", "String", []),
                ("createDate", "Timestamp", []),
                ("parts", "List", []),
                # The protocol's shared error structure is named, not expanded.
                ("error", "ErrorCode", []),
            ],
        ),
        ("total", "Long", []),
    ]
    inventory = api["response"]["fields"][1]
    assert inventory["class"] == "ThingInventory" and inventory["source"] == "sdk"
    # A raw List with no element type anywhere is reported, not guessed.
    assert api["response"]["unknown_elements"] == ["ThingInventory.parts"]
    empty = sapi("DropThing", "DELETE", "/things", [], result_class="DropThingResult")
    dropped = by_name(reconcile_catalog(catalog(), facts(empty, structs={"DropThingResult": []})))
    response = dropped["DropThing"]["response"]
    assert response["empty"] is True and response["example"] is None
    assert [f["name"] for f in response["fields"]] == ["error"]


def test_output_is_sorted_keeps_the_catalog_keys_and_is_deterministic() -> None:
    doc, sdk = create_thing()
    other = sapi("AddThing", "POST", "/things/add", [], body_key="params")
    cat = catalog(doc)
    first = reconcile_catalog(cat, facts(sdk, other))
    again = reconcile_catalog(json.loads(json.dumps(cat)), facts(sdk, other))
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)
    assert [a["name"] for a in first["apis"]] == ["AddThing", "CreateThing"]
    assert first["format"] == cat["format"] and first["pages"] == cat["pages"]
    assert first["warnings"] == cat["warnings"]
    assert first["sources"] == {
        "docs": {"apis": 1},
        "sdk": {"version": "5.2.0", "commit": "abc123", "apis": 2},
    }
    for api in first["apis"]:
        assert set(doc) <= set(api)
        assert {"origin", "status", "sync", "need_session", "is_query", "provenance"} <= set(api)
        assert set(api["provenance"]) == {"name", "method", "path", "body_key"}
        for p in api["params"]:
            assert set(dparam("x")) <= set(p) and p["source"] in ("docs", "sdk", "both")


# --- defects and the report -------------------------------------------------


def test_every_defect_class_and_the_report() -> None:
    doc, sdk = create_thing()
    result = reconcile_catalog(catalog(doc), facts(sdk))
    defects = find_defects(result)
    found = {(d.kind, d.param) for d in defects}
    assert found == {
        ("method-path", None),
        ("missing-param", "tagUuids"),
        ("missing-param", "userTags"),
        ("extra-param", "legacy"),
        ("required", "description"),
        ("values", "color"),
        ("type", "size"),
    }
    per_class = counts(defects)
    assert per_class["missing-param"] == (1, 2) and per_class["method-path"] == (1, 0)
    assert set(per_class) == set(CLASSES)
    report = render_report(result, defects)
    assert "## Wrong method or path (1 API)" in report
    assert "## Parameters the docs lack (1 API, 2 parameters)" in report
    assert (
        "| CreateThing | things.md:40 | PUT /zstack/v1/things | POST /zstack/v1/things |" in report
    )
    assert "| CreateThing: color | things.md:40 | red, blue | red, green |" in report
    assert "| CreateThing | things.md:40 | not listed | tagUuids (List, optional) |" in report
    assert "### systemTags/userTags (1 API)" in report
    assert "## DELETE parameters documented in a body (0 APIs)" in report
    blind = render_report(result, defects, exact_places=False)
    assert "Not measured: needs `--docs`." in blind
    summary = "\n".join(summary_lines(result, defects))
    assert "1 APIs: 1 in docs and SDK 5.2.0" in summary
    assert "Wrong method or path: 1" in summary


# --- doc places and the CLI -------------------------------------------------

PAGE = """\
# 东西管理

## 东西相关接口

#### 删除东西(DeleteThing)

删除一个东西。

##### API请求

 URLs

```
DELETE zstack/v1/things/{uuid}
```

 参数列表

| 名字 | 类型 | 位置 | 描述 | 可选值 | 起始版本 |
| --- | --- | --- | --- | --- | --- |
| uuid | String | url | 资源的UUID |  | 0.6 |
| deleteMode (可选) | String | body | 删除模式 |  | 0.6 |
| systemTags (可选) | List | body | 系统标签 |  | 0.6 |

##### API返回

 该API成功时返回一个空的JSON结构**{}**

##### SDK示例

```
DeleteThingAction action = new DeleteThingAction();
```

#### 改变东西(ChangeThing)

##### API请求

 URLs

```
PUT zstack/v1/things/{uuid}/actions
```

 Body

```
{"changeThing": {"name": "a"}}
```

 参数列表

| 名字 | 类型 | 位置 | 描述 | 可选值 | 起始版本 |
| --- | --- | --- | --- | --- | --- |
| uuid | String | url | 资源的UUID |  | 0.6 |
| name | String | body(包含在**params**结构中) | 名字 |  | 0.6 |

##### API返回

 该API成功时返回一个空的JSON结构**{}**

##### SDK示例

```
ChangeThingAction action = new ChangeThingAction();
```
"""


def page_sdk() -> SdkFacts:
    delete = sapi(
        "DeleteThing",
        "DELETE",
        "/things/{uuid}",
        [
            sparam("uuid", location="url", required=True),
            sparam("deleteMode", location="query"),
            *tags("query"),
        ],
    )
    change = sapi(
        "ChangeThing",
        "PUT",
        "/things/{uuid}/actions",
        [sparam("uuid", location="url", required=True), sparam("name", required=True), *tags()],
        body_key="changeThing",
    )
    return facts(delete, change)


@pytest.fixture
def docs_dir(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    root.mkdir()
    (root / "things.md").write_text(PAGE, encoding="utf-8")
    return root


def test_the_catalog_records_each_rows_line_and_cell(docs_dir: Path) -> None:
    cat = scrape_paths([docs_dir])
    assert records_places(cat)
    places = places_from_catalog(cat)
    delete = places["DeleteThing"]
    lines = PAGE.splitlines()
    assert delete.exact and lines[delete.line - 1].endswith("(DeleteThing)")
    assert lines[delete.request_line - 1] == "DELETE zstack/v1/things/{uuid}"
    assert delete.rows["deleteMode"].location == "body"
    assert lines[delete.rows["deleteMode"].line - 1].startswith("| deleteMode")
    change = places["ChangeThing"]
    assert change.wrappers == ("params",)
    assert lines[change.wrapper_line() - 1].startswith("| name")
    # The pages are not read again: the places survive the pages' removal.
    shutil.rmtree(docs_dir)
    assert places_from_catalog(cat) == places
    # A catalog that records no rows (an older scraper's): the API's line, and the
    # wrapper the scraper's warning quotes.
    for api in cat["apis"]:
        del api["source"]["request_line"]
        for param in api["params"]:
            del param["line"], param["location_cell"]
    assert not records_places(cat)
    fallback = places_from_catalog(cat)["ChangeThing"]
    assert not fallback.exact and fallback.wrappers == ("params",)
    assert fallback.request_line == fallback.line == change.line


def test_cli_writes_the_catalog_and_the_report(
    docs_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cat_path, sdk_path = tmp_path / "catalog.json", tmp_path / "sdk.json"
    cat_path.write_text(json.dumps(scrape_paths([docs_dir])), encoding="utf-8")
    sdk_path.write_text(json.dumps(page_sdk()), encoding="utf-8")
    out, report = tmp_path / "out" / "reconciled.json", tmp_path / "defects.md"
    args = ["reconcile", str(cat_path), "--sdk", str(sdk_path), "-o", str(out)]
    shutil.rmtree(docs_dir)  # the catalog is all reconcile reads
    code = main([*args, "--report", str(report)])
    assert code == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert [a["name"] for a in result["apis"]] == ["ChangeThing", "DeleteThing"]
    text = report.read_text(encoding="utf-8")
    line = PAGE.splitlines().index("| deleteMode (可选) | String | body | 删除模式 |  | 0.6 |") + 1
    assert (
        f"| DeleteThing | things.md:{line} | body: deleteMode, systemTags | query string |" in text
    )
    assert "## Wrong body key (1 API)" in text
    err = capsys.readouterr().err
    assert "2 APIs: 2 in docs and SDK 5.2.0" in err
    assert "DELETE parameters documented in a body: 1 / 2" in err


def test_cli_reports_bad_input_with_exit_2(
    docs_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cat_path = tmp_path / "catalog.json"
    cat_path.write_text(json.dumps(scrape_paths([docs_dir])), encoding="utf-8")
    out = tmp_path / "r.json"
    missing = tmp_path / "nowhere.json"
    assert main(["reconcile", str(cat_path), "--sdk", str(missing), "-o", str(out)]) == 2
    assert "nowhere.json" in capsys.readouterr().err
    not_sdk = tmp_path / "other.json"
    not_sdk.write_text("{}", encoding="utf-8")
    assert main(["reconcile", str(cat_path), "--sdk", str(not_sdk), "-o", str(out)]) == 2
    assert "lacks apis" in capsys.readouterr().err
    assert main(["reconcile", str(missing), "--sdk", str(not_sdk), "-o", str(out)]) == 2
    assert not out.exists()


def test_cli_reads_the_sdk_from_a_java_source_tree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree = Path(__file__).resolve().parent / "fixtures" / "java_sdk"
    doc = dapi(
        "DeleteVmBackup",
        "DELETE",
        "/vm-backups/{uuid}",
        [dparam("uuid", "path"), dparam("deleteMode", "query", required=False, since="3.0.0")],
    )
    cat_path, out = tmp_path / "catalog.json", tmp_path / "out.json"
    cat_path.write_text(json.dumps(catalog(doc)), encoding="utf-8")
    args = ["reconcile", str(cat_path), "--sdk", str(tree), "-o", str(out)]
    assert main([*args, "--sdk-version", "5.2.0"]) == 0
    apis = by_name(json.loads(out.read_text(encoding="utf-8")))
    api = apis["DeleteVmBackup"]
    assert api["path"] == V1 + "/vm-backups/{groupUuid}" and api["origin"] == "both"
    assert list(params_of(api)) == [
        "groupUuid",
        "deleteMode",
        "backupStorageUuids",
        "handleDependency",
        "systemTags",
        "userTags",
    ]
    assert params_of(api)["groupUuid"]["doc"]["name"]["value"] == "uuid"
    assert {a["status"] for n, a in apis.items() if n != "DeleteVmBackup"} == {"undocumented"}
    assert "release is unknown" not in capsys.readouterr().err
    # The tree has no pom.xml: without --sdk-version the release is unknown, and said so.
    assert main(args) == 0
    assert "release is unknown" in capsys.readouterr().err
