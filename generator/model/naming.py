"""Python names for ZStack's API, parameter, field and schema names."""

from __future__ import annotations

import ast
import functools
import keyword
import re
from pathlib import Path

# A plural acronym (`APIs`, `VMs`, `IDs`) before a capital, a digit or the end: one word.
_PLURAL_ACRONYM = re.compile(r"([A-Z]{2,})s(?=[A-Z0-9_]|$)")
_BOUNDARY_1 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_BOUNDARY_2 = re.compile(r"([a-z0-9])([A-Z])")
_NON_WORD = re.compile(r"[^0-9A-Za-z]+")

# Attributes of pydantic's BaseModel that a field must not shadow.
MODEL_RESERVED = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "from_orm",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        # pydantic 2's own attributes (protected_namespaces is off, so nothing else guards them).
        "model_computed_fields",
        "model_config",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_extra",
        "model_fields",
        "model_fields_set",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        # Names the field annotations use: a field called `int` would make pydantic read
        # `int | None` in the class namespace, where `int` is that field's default.
        "bool",
        "float",
        "int",
        "list",
        "str",
    }
)


# Product words whose mixed case would split them (`IPsec` -> `i_psec`).
_WORDS = (("IPsec", "Ipsec"), ("iSCSI", "Iscsi"), ("QoS", "Qos"))


@functools.cache
def client_attributes() -> frozenset[str]:
    """Public attributes and methods of the runtime's client classes (read from the
    runtime's source, so a method added there is never shadowed by an API's)."""
    names: set[str] = set()
    classes = [
        node
        for source in sorted((Path(__file__).parents[1] / "runtime").glob("*.py"))
        for node in ast.parse(source.read_text(encoding="utf-8")).body
    ]
    for cls in classes:
        if not (isinstance(cls, ast.ClassDef) and "Client" in cls.name):
            continue
        for node in ast.walk(cls):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names.add(node.name)
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
                and isinstance(node.ctx, ast.Store)
            ):
                names.add(node.attr)
    return frozenset(n for n in names if not n.startswith("_"))


@functools.cache  # ~28,000 calls for ~9,000 distinct names in a build
def snake(name: str) -> str:
    """`CreateVmBackup` -> `create_vm_backup`; `l3NetworkUuid` -> `l3_network_uuid`;
    `IAM2VirtualID` -> `iam2_virtual_id`; `MillionSeconds` -> `million_seconds`;
    `GetSupportAPIs` -> `get_support_apis` (not `..._ap_is`); `ListVMsFromKVMHost` ->
    `list_vms_from_kvm_host`; `CreateIPsecConnection` -> `create_ipsec_connection`."""
    for word, plain in _WORDS:
        name = name.replace(word, plain)
    s = _PLURAL_ACRONYM.sub(lambda m: "_" + m.group(1).lower() + "s_", name)
    s = _BOUNDARY_1.sub(r"\1_\2", s)
    s = _BOUNDARY_2.sub(r"\1_\2", s)
    s = _NON_WORD.sub("_", s).strip("_").lower()
    s = re.sub(r"_+", "_", s)
    if not s:
        s = "value"
    if s[0].isdigit():
        s = "n_" + s
    return s


def identifier(name: str, reserved: frozenset[str] = frozenset()) -> str:
    """A snake_case identifier that is not a keyword (or a reserved name)."""
    s = snake(name)
    if keyword.iskeyword(s) or keyword.issoftkeyword(s) or s in reserved:
        s += "_"
    return s


def class_name(name: str) -> str:
    """A component name as a class name (they are already PascalCase; clean the rest)."""
    parts = _NON_WORD.split(name)
    s = "".join(p[:1].upper() + p[1:] for p in parts if p)
    if not s or s[0].isdigit():
        s = "Model" + s
    return s


def to_camel(name: str) -> str:
    """Same rule as the runtime's ``_models.to_camel`` (alias generator)."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def module_of_source(source: str | None) -> str:
    """`05-02-disaster-recovery.md:1219` -> `disaster_recovery`: one module per doc page."""
    if not source:
        return "misc"
    stem = source.split(":", 1)[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
    stem = re.sub(r"^[\d-]+", "", stem)
    return snake(stem) or "misc"
