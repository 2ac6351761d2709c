"""Result models: component schemas -> classes with typed, aliased, optional fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from zstack_openapi import extensions as ext
from zstack_openapi.openapi_types import SchemaObject

from .literals import py_literal
from .naming import MODEL_RESERVED, class_name, identifier, to_camel

REF = "#/components/schemas/"


@dataclass(frozen=True)
class Field:
    name: str  # Python attribute
    wire: str  # JSON key
    type: str  # annotation without "| None"
    since: str | None
    description: str

    @property
    def alias(self) -> str | None:
        """An explicit alias, needed only where the alias generator would be wrong."""
        return None if to_camel(self.name) == self.wire else self.wire


@dataclass
class Model:
    schema: str  # the component name
    name: str  # the class name
    description: str
    fields: list[Field]
    refs: set[str] = field(default_factory=set)  # class names this model uses
    module: str = ""  # models.<module>, assigned once cycles are known


def ref_name(node: SchemaObject) -> str | None:
    target = node.get("$ref")
    if isinstance(target, str) and target.startswith(REF):
        return target[len(REF) :]
    return None


def literal(values: list[Any]) -> str | None:
    """`Literal[...]` of the allowed values, or None when some value cannot be one
    (typing allows only str, int, bool and None in a Literal)."""
    if not all(v is None or isinstance(v, str | int) for v in values):
        return None
    return "Literal[" + ", ".join(py_literal(v) for v in values) + "]"


class TypeMapper:
    """JSON schema -> Python annotation; collects the model classes referenced."""

    def __init__(self, models: dict[str, str]) -> None:
        self.models = models  # component name -> class name
        self.refs: set[str] = set()

    def annotation(self, node: Any, *, for_result: bool) -> str:
        if not isinstance(node, dict):
            return "Any"
        target = ref_name(node)
        if target is not None:
            if target in self.models:
                self.refs.add(self.models[target])
                return self.models[target]
            return "dict[str, Any]"
        for combo in ("allOf", "anyOf", "oneOf"):
            members = node.get(combo)
            if isinstance(members, list) and members:
                types = [self.annotation(m, for_result=for_result) for m in members]
                if combo == "allOf":
                    return types[0]
                return " | ".join(dict.fromkeys(types))
        kind = node.get("type")
        if isinstance(kind, list):  # 3.1 ["string", "null"]
            kind = next((k for k in kind if k != "null"), None)
        if "enum" in node and isinstance(node["enum"], list) and node["enum"]:
            lit = literal(node["enum"])
            # The docs' value lists are incomplete: results accept any other value too
            # rather than fail a whole call on a value the docs did not list.
            base = {"integer": "int", "number": "float", "boolean": "bool"}.get(str(kind), "str")
            if lit is None:
                return base
            return f"{lit} | {base}" if for_result else lit
        if kind == "string":
            if node.get(ext.DATE_FORMAT) and for_result:
                return "ZStackDateTime"
            return "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "array":
            item = self.annotation(node.get("items"), for_result=for_result)
            return f"list[{item}]" if for_result else f"Sequence[{item}]"
        if kind == "object":
            extra = node.get("additionalProperties")
            if isinstance(extra, dict) and not node.get("properties"):
                value = self.annotation(extra, for_result=for_result)
                return f"dict[str, {value}]" if for_result else f"Mapping[str, {value}]"
            return "dict[str, Any]" if for_result else "Mapping[str, Any]"
        return "Any"


def build_model(schema_name: str, schema: SchemaObject, models: dict[str, str], keep: Any) -> Model:
    """``keep(since) -> bool`` filters fields newer than the target version."""
    mapper = TypeMapper(models)
    fields: list[Field] = []
    taken: set[str] = set()
    for wire, prop in sorted((schema.get("properties") or {}).items()):
        since = prop.get(ext.SINCE) if isinstance(prop, dict) else None
        if not keep(since):
            continue
        name = identifier(wire, MODEL_RESERVED)
        while name in taken:
            name += "_"
        taken.add(name)
        description = str(prop.get("description") or "") if isinstance(prop, dict) else ""
        fields.append(
            Field(name, wire, mapper.annotation(prop, for_result=True), since, description)
        )
    return Model(
        schema=schema_name,
        name=models[schema_name],
        description=str(schema.get("description") or ""),
        fields=fields,
        refs=mapper.refs - {models[schema_name]},
    )


def class_names(schema_names: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    used: set[str] = set()
    for name in sorted(schema_names):
        cls = class_name(name)
        while cls in used:
            cls += "_"
        used.add(cls)
        out[name] = cls
    return out


def assign_modules(models: list[Model]) -> None:
    """One module per model, except that models referring to each other in a cycle
    share one (so every import between model modules goes one way)."""
    by_name = {m.name: m for m in models}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    counter = 0
    # Iterative Tarjan: the reference graph is deep enough to hit the recursion limit.
    for root in sorted(by_name):
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(by_name[root].refs & by_name.keys()))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, todo = work[-1]
            if todo:
                nxt = todo.pop()
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(by_name[nxt].refs & by_name.keys())))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                members = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    members.append(top)
                    if top == node:
                        break
                module = identifier(min(members, key=lambda n: (len(n), n)))
                for name in members:
                    by_name[name].module = module
