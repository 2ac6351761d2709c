"""What keeps the 3.0.3 document readable by ordinary tools (openapi-generator
fails on lookaround patterns) without losing facts."""

from __future__ import annotations

from zstack_openapi.openapi.constraints import is_tool_friendly_pattern
from zstack_openapi.openapi.downgrade import downgrade
from zstack_openapi.openapi.operations import param_schema
from zstack_openapi.reconcile.rules import anchored


def test_patterns_tools_cannot_read_move_to_an_extension_in_3_0() -> None:
    doc = {
        "openapi": "3.1.0",
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string", "pattern": "^(?! )[a-z ]*(?<! )$"},
                        "uri": {"type": "string", "pattern": "^/[A-Za-z0-9-/.]*$"},
                        "code": {"type": "string", "pattern": "^[A-Z]{3}$"},
                    },
                }
            }
        },
    }
    props = downgrade(doc)["components"]["schemas"]["A"]["properties"]
    assert props["name"] == {"type": "string", "x-zstack-pattern": "^(?! )[a-z ]*(?<! )$"}
    assert props["uri"] == {"type": "string", "x-zstack-pattern": "^/[A-Za-z0-9-/.]*$"}
    assert props["code"] == {"type": "string", "pattern": "^[A-Z]{3}$"}
    # The 3.1 document keeps every pattern.
    assert "pattern" in doc["components"]["schemas"]["A"]["properties"]["name"]  # type: ignore[index]


def test_tool_friendly_patterns() -> None:
    assert is_tool_friendly_pattern("^[+-]")
    assert is_tool_friendly_pattern("^[A-Za-z][A-Za-z0-9_-]+$")
    assert not is_tool_friendly_pattern("^(?![0-9])[a-z]+$")
    assert not is_tool_friendly_pattern("^[0-9-/]+$")


def test_an_anchored_java_regex_is_not_anchored_twice() -> None:
    assert anchored("^[a-z]+$") == "^[a-z]+$"
    assert anchored("[a-z]+") == "^(?:[a-z]+)$"
    assert anchored("^a|b$") == "^(?:^a|b$)$"


def test_tags_are_lists_of_strings() -> None:
    schema = param_schema({"name": "systemTags", "type": "List", "in": "body-root"}, in_query=False)
    assert schema["type"] == "array" and schema["items"] == {"type": "string"}
