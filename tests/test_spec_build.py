"""The spec stage on small hand-written catalogs."""

from __future__ import annotations

from typing import Any

import pytest

from tests.spec_fixtures import api, field, param, small_catalog
from zstack_openapi.openapi.apiview import api_views
from zstack_openapi.openapi.build import build_document
from zstack_openapi.openapi.downgrade import downgrade
from zstack_openapi.openapi.lint import lint
from zstack_openapi.openapi.validate import validate_document

ACTIONS = "/zstack/v1/vm-instances/{uuid}/actions"


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return build_document(small_catalog())


def test_valid_in_31_and_30(doc: dict[str, Any]) -> None:
    assert doc["openapi"] == "3.1.0"
    assert validate_document(doc) == []
    down = downgrade(doc)
    assert down["openapi"] == "3.0.3"
    assert validate_document(down) == []
    assert doc["openapi"] == "3.1.0"  # the downgrade copies


def test_equivalent_templates_are_one_path_with_doc_names_kept(doc: dict[str, Any]) -> None:
    assert ACTIONS in doc["paths"]
    assert "/zstack/v1/vm-instances/{vmInstanceUuid}/actions" not in doc["paths"]
    item = doc["paths"][ACTIONS]
    assert item["x-zstack-templates"] == sorted(
        [ACTIONS, "/zstack/v1/vm-instances/{vmInstanceUuid}/actions"]
    )
    stop = next(e for e in item["put"]["x-zstack-apis"] if e["name"] == "StopVmInstance")
    (path_param,) = [p for p in stop["parameters"] if p["in"] == "path"]
    assert path_param["name"] == "uuid" and path_param["x-zstack-name"] == "vmInstanceUuid"


def test_shared_action_url_is_one_operation_with_a_oneof_body(doc: dict[str, Any]) -> None:
    op = doc["paths"][ACTIONS]["put"]
    assert [e["name"] for e in op["x-zstack-apis"]] == ["StartVmInstance", "StopVmInstance"]
    body = op["requestBody"]["content"]["application/json"]["schema"]
    assert [r["$ref"].rsplit("/", 1)[1] for r in body["oneOf"]] == [
        "StartVmInstanceRequest",
        "StopVmInstanceRequest",
    ]
    assert body["x-zstack-discriminator"]["mapping"]["stopVmInstance"].endswith(
        "/StopVmInstanceRequest"
    )
    stop_request = doc["components"]["schemas"]["StopVmInstanceRequest"]
    assert stop_request["required"] == ["stopVmInstance"]
    assert set(stop_request["properties"]) == {"stopVmInstance", "systemTags", "userTags"}
    inner = stop_request["properties"]["stopVmInstance"]
    assert inner["properties"]["type"]["enum"] == ["grace", "cold"]
    assert inner["properties"]["stopHA"]["x-zstack-since"] == "4.5.0"
    for entry in op["x-zstack-apis"]:
        assert entry["x-zstack-async"] is True
        assert entry["x-zstack-result"]["$ref"].startswith("#/components/schemas/")
        assert entry["summary"] == f"title of {entry['name']}"
    assert set(op["responses"]) >= {"200", "202", "400", "503"}


def test_parameter_types_and_serialisation(doc: dict[str, Any]) -> None:
    op = doc["paths"]["/zstack/v1/vm-instances/{uuid}/capabilities"]["get"]
    params = {p["name"]: p for p in op["parameters"]}
    assert params["ids"]["schema"] == {"type": "array", "items": {"type": "string"}}
    assert (params["ids"]["style"], params["ids"]["explode"]) == ("form", True)
    assert params["filter"]["x-zstack-style"] == "dotted"
    assert params["filter"]["schema"]["additionalProperties"] == {"type": "string"}
    assert params["limit"]["schema"] == {"type": "integer", "format": "int32"}
    assert params["uuid"]["required"] is True
    assert params["limit"]["x-zstack-since"] == "5.1.0"
    body = doc["components"]["schemas"]["CreateVmInstanceRequest"]["properties"]["params"]
    assert body["properties"]["memorySize"]["format"] == "int64"
    assert body["properties"]["dataDiskSizes"]["uniqueItems"] is True
    assert body["required"] == ["name"]


def test_sync_async_login_and_api_jobs(doc: dict[str, Any]) -> None:
    query = doc["paths"]["/zstack/v1/vm-instances"]["get"]
    assert query["x-zstack-async"] is False and "202" not in query["responses"]
    assert {p["name"] for p in query["parameters"]} >= {"q", "limit", "start", "sort", "count"}
    create = doc["paths"]["/zstack/v1/vm-instances"]["post"]
    assert create["x-zstack-async"] is True and create["responses"]["202"]
    login = doc["paths"]["/zstack/v1/accounts/login"]["put"]
    assert login["security"] == [] and login["x-zstack-async"] is False
    assert "security" not in create  # the document-wide session/access-key requirement applies
    job = doc["paths"]["/zstack/v1/api-jobs/{jobUuid}"]["get"]
    assert set(job["responses"]) == {"200", "202", "404", "503"}


def test_components_are_named_merged_and_typed(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    vm = schemas["VmInstanceInventory"]
    # QueryVmInstance's unnamed `inventories` adds guestOsType to the documented type.
    assert vm["properties"]["guestOsType"]["x-zstack-since"] == "4.5.0"
    assert vm["properties"]["createDate"]["x-zstack-date-format"] == "MMM d, yyyy h:mm:ss a"
    assert vm["properties"]["vmNics"]["items"] == {"$ref": "#/components/schemas/VmNic"}
    assert schemas["ErrorCode"]["properties"]["cause"]["$ref"] == "#/components/schemas/ErrorCode"
    results = [n for n in schemas if n.endswith("Result")]
    assert "QueryVmInstanceResult" in results
    assert lint(doc) == []


def test_extra_path_gets_its_own_operation_id(doc: dict[str, Any]) -> None:
    op = doc["paths"]["/zstack/v1/vm-instances/{uuid}"]["get"]
    assert op["operationId"] == "QueryVmInstanceByUuid" and op["x-zstack-api"] == "QueryVmInstance"


def test_examples_and_target_version() -> None:
    full = build_document(small_catalog())
    start = next(
        e for e in full["paths"][ACTIONS]["put"]["x-zstack-apis"] if e["name"] == "StartVmInstance"
    )
    assert start["x-zstack-since"] == "0.6"
    example = full["paths"][ACTIONS]["put"]["responses"]["200"]["content"]["application/json"][
        "examples"
    ]
    assert example["StartVmInstance"]["value"] == {"inventory": {"uuid": "abc"}}
    old = build_document(small_catalog(), "4.2.0")
    views = api_views(old)
    assert "stopHA" not in views["StopVmInstance"].params
    assert "type" in views["StopVmInstance"].params
    assert "dataDiskSizes" not in views["CreateVmInstance"].params
    assert "guestOsType" not in old["components"]["schemas"]["VmInstanceInventory"]["properties"]
    assert set(views["GetVmCapabilities"].params) == {"uuid", "systemTags", "userTags"}
    assert validate_document(old) == []


def test_api_introduced_later_is_left_out_and_shared_route_collapses() -> None:
    catalog = small_catalog()
    catalog["apis"].append(
        api(
            "RebootVmInstance",
            "PUT",
            ACTIONS,
            [param("uuid", "path", required=True, since="4.6.0")],
            body_key="rebootVmInstance",
            fields=[field("success", "boolean", since="4.6.0")],
        )
    )
    assert "RebootVmInstance" in api_views(build_document(catalog))
    at_45 = build_document(catalog, "4.5.0")
    assert "RebootVmInstance" not in api_views(at_45)
    assert [e["name"] for e in at_45["paths"][ACTIONS]["put"]["x-zstack-apis"]] == [
        "StartVmInstance",
        "StopVmInstance",
    ]
    # Without StopVmInstance, at 4.5.0 StartVmInstance is alone on the route:
    # an ordinary operation named after it, no x-zstack-apis.
    catalog["apis"] = [a for a in catalog["apis"] if a["name"] != "StopVmInstance"]
    alone = build_document(catalog, "4.5.0")["paths"][ACTIONS]["put"]
    assert alone["operationId"] == "StartVmInstance" and "x-zstack-apis" not in alone
