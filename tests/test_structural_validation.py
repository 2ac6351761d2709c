"""The build's fast structural check: the official OpenAPI JSON Schemas (as
openapi-spec-validator ships them) through jsonschema-rs, plus, in 3.1, every
component schema against the JSON Schema metaschema. It flags what the full
validator flags on a broken document, at the same place."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.spec_fixtures import small_catalog
from zstack_openapi.openapi.build import build_document
from zstack_openapi.openapi.downgrade import downgrade
from zstack_openapi.openapi.validate import spec_errors, structural_errors, validate_document


@pytest.fixture(scope="module")
def small() -> dict[str, Any]:
    return build_document(small_catalog())


@pytest.mark.parametrize("name", ["zstack.openapi.json", "zstack.openapi-3.0.json"])
def test_the_committed_documents_are_structurally_valid(name: str) -> None:
    path = ROOT / "spec" / name
    if not path.exists():
        pytest.skip(f"{path} not committed")
    assert structural_errors(json.loads(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("version", ["3.1", "3.0"])
def test_a_broken_operation_is_found_where_the_full_validator_finds_it(
    small: dict[str, Any], version: str
) -> None:
    document = copy.deepcopy(small if version == "3.1" else downgrade(small))
    assert structural_errors(document) == [] and spec_errors(document) == []
    path = next(iter(document["paths"]))
    method = next(iter(document["paths"][path]))
    document["paths"][path][method]["parameters"] = [
        {"name": "x", "in": "nowhere", "schema": {"type": "string"}}
    ]
    where = f"/paths/{path.replace('~', '~0').replace('/', '~1')}/{method}/parameters/0"
    assert any(p.pointer.startswith(where) for p in structural_errors(document))
    assert any(p.pointer.startswith(where) for p in spec_errors(document))


def test_a_component_that_is_no_schema_is_found(small: dict[str, Any]) -> None:
    document = copy.deepcopy(small)
    document["components"]["schemas"]["Broken"] = {"type": "objekt"}
    problems = structural_errors(document)
    assert [p.pointer for p in problems] == ["/components/schemas/Broken/type"]
    assert "not a JSON Schema" in problems[0].message
    # validate_document: structural when asked, lint always.
    assert validate_document(document, official=False, structural=True)[0] == problems[0]
