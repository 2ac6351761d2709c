"""The generated SDK's result models against the documented examples and a newer server.

Models are open to fields they do not know (a newer server adds some) and exact on
the ones they do: a known field of the wrong type fails, an enum constant they do
not know is kept as the string it is.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

import pydantic
import pytest

from zstack_openapi.generator.model.api import parse_document
from zstack_openapi.pipeline import RECONCILED_FILE, SPEC_31_FILE

# The checkout's committed outputs (the tool itself writes under the working directory).
COMMITTED_DIR = Path(__file__).resolve().parents[1] / "spec"

SDK_DIR = COMMITTED_DIR.parent / "generated" / "zstack-sdk"
if str(SDK_DIR) not in sys.path:
    sys.path.insert(0, str(SDK_DIR))

models = importlib.import_module("zstack_sdk.models")


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((COMMITTED_DIR / SPEC_31_FILE).read_text(encoding="utf-8"))
    return data


def _attached_examples(doc: dict[str, Any]) -> dict[str, Any]:
    """API name -> the example the document attaches to its 200 answer."""
    out: dict[str, Any] = {}
    for item in doc["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            content = op["responses"]["200"]["content"]["application/json"]
            if "example" in content:
                out[op["x-zstack-api"]] = content["example"]
            for name, shown in (content.get("examples") or {}).items():
                out[name] = shown["value"]
    return out


def _wire_names(model: type[pydantic.BaseModel]) -> set[str]:
    return {f.alias or name for name, f in model.model_fields.items()}


def test_every_documented_example_parses_through_its_result_model(
    document: dict[str, Any],
) -> None:
    results = {api.name: api.result for api in parse_document(document).apis if api.result}
    examples = _attached_examples(document)
    catalog = json.loads((COMMITTED_DIR / RECONCILED_FILE).read_text(encoding="utf-8"))
    documented = {
        a["name"]
        for a in catalog["apis"]
        if isinstance((a.get("response") or {}).get("example"), dict)
    }
    # Every documented example is attached, except those the defect report lists.
    rejected = {
        a["name"] for a in catalog["apis"] if (a.get("response") or {}).get("example_errors")
    }
    assert set(examples) == documented - rejected
    assert len(examples) >= 0.98 * len(documented)
    for api, example in sorted(examples.items()):
        model = getattr(models, results[api])
        parsed = model.model_validate(example)
        # Known fields land in typed attributes; only unknown ones in model_extra.
        assert set(parsed.model_extra or {}) == set(example) - _wire_names(model), api


def test_unknown_enum_constants_and_fields_are_kept() -> None:
    backup = models.VolumeBackupInventory.model_validate(
        {"uuid": "u", "mode": "differential", "newerField": {"a": 1}}
    )
    assert backup.mode == "differential"  # a constant 5.2.0's BackupMode lacks
    assert backup.model_extra == {"newerField": {"a": 1}}
    assert models.VolumeBackupInventory.model_validate({"mode": "full"}).mode == "full"


def test_known_fields_are_typed() -> None:
    with pytest.raises(pydantic.ValidationError):
        models.VolumeBackupInventory.model_validate({"size": "not a number"})
    with pytest.raises(pydantic.ValidationError):
        models.QueryVmInstanceResult.model_validate({"inventories": [{"vmNics": "none"}]})
    nested = models.QueryVmInstanceResult.model_validate(
        {"inventories": [{"vmNics": [{"ipVersion": 4.0, "usedIps": []}]}], "total": 1.0}
    )
    nic = (nested.inventories or [])[0].vm_nics[0]
    assert type(nic).__name__ == "VmNicInventory" and nic.ip_version == 4
