"""Each lint rule fails on a document that breaks it."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tests.spec_fixtures import small_catalog
from zstack_openapi.openapi.build import build_document
from zstack_openapi.openapi.lint import lint


@pytest.fixture(scope="module")
def good() -> dict[str, Any]:
    return build_document(small_catalog())


def rules(doc: dict[str, Any]) -> set[str]:
    return {p.rule for p in lint(doc)}


def test_clean(good: dict[str, Any]) -> None:
    assert lint(good) == []


def test_duplicate_operation_id(good: dict[str, Any]) -> None:
    doc = copy.deepcopy(good)
    doc["paths"]["/zstack/v1/vm-instances"]["post"]["operationId"] = "QueryVmInstance"
    problems = lint(doc)
    assert "duplicate-operation-id" in {p.rule for p in problems}
    assert any(p.pointer.endswith("/operationId") for p in problems)


def test_equivalent_paths(good: dict[str, Any]) -> None:
    doc = copy.deepcopy(good)
    doc["paths"]["/zstack/v1/vm-instances/{id}/capabilities"] = copy.deepcopy(
        doc["paths"]["/zstack/v1/vm-instances/{uuid}/capabilities"]
    )
    assert "equivalent-paths" in rules(doc)


def test_path_variables_both_ways(good: dict[str, Any]) -> None:
    doc = copy.deepcopy(good)
    op = doc["paths"]["/zstack/v1/vm-instances/{uuid}/capabilities"]["get"]
    op["parameters"] = [p for p in op["parameters"] if p["in"] != "path"]
    assert "undeclared-path-variable" in rules(doc)
    doc = copy.deepcopy(good)
    op = doc["paths"]["/zstack/v1/vm-instances"]["post"]
    op["parameters"].append(
        {"name": "zoneUuid", "in": "path", "required": True, "schema": {"type": "string"}}
    )
    assert "unknown-path-parameter" in rules(doc)


def test_success_response_and_since(good: dict[str, Any]) -> None:
    doc = copy.deepcopy(good)
    op = doc["paths"]["/zstack/v1/vm-instances"]["post"]
    op["responses"] = {"400": op["responses"]["400"]}
    del op["x-zstack-since"]
    assert {"no-success-response", "missing-since"} <= rules(doc)


def test_unresolved_ref_and_empty_schema_and_duplicates(good: dict[str, Any]) -> None:
    doc = copy.deepcopy(good)
    doc["components"]["schemas"]["VmInstanceInventory"]["properties"]["vmNics"]["items"]["$ref"] = (
        "#/components/schemas/Nope"
    )
    doc["components"]["schemas"]["Hollow"] = {"type": "object"}
    doc["components"]["schemas"]["ErrorCodeCopy"] = copy.deepcopy(
        doc["components"]["schemas"]["ErrorCode"]
    )
    found = rules(doc)
    assert {"unresolved-ref", "empty-schema", "duplicate-schema"} <= found
    pointers = {p.pointer for p in lint(doc)}
    assert "/components/schemas/VmInstanceInventory/properties/vmNics/items" in pointers


def test_shared_entry_needs_result_and_unique_names(good: dict[str, Any]) -> None:
    doc = copy.deepcopy(good)
    entries = doc["paths"]["/zstack/v1/vm-instances/{uuid}/actions"]["put"]["x-zstack-apis"]
    del entries[0]["x-zstack-result"]
    entries[1]["name"] = entries[0]["name"]
    assert {"missing-result", "duplicate-api"} <= rules(doc)
