"""Single-fact rules of the docs/SDK reconciliation, as small pure functions.

Each rule decides one thing (the doc-style name of a Java type, whether two
types mean the same on the wire, where a parameter travels, which JSON Schema
keywords an ``@Param`` constraint becomes), so `reconcile.merge` only has to
apply them and the tests can pin each one down on its own.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any, Literal

from zstack_openapi.catalog_model import Api, Constraints
from zstack_openapi.reconcile.sdk_model import ParamLocation, ParamRecord
from zstack_openapi.releases import earliest, is_at_most, parse_version

# Where a value travels, coarsely: what the docs' 位置 column and the SDK's
# location can both say. `body` covers inside and beside the wrapper, which is
# the body key's business, not the location's.
Place = Literal["path", "query", "body", "header"]
# A parameter's `in` in the catalog (the schema's Param.in).
WireIn = Literal["path", "query", "body", "body-root", "header"]

TAG_PARAMS = frozenset({"systemTags", "userTags"})
BODYLESS_METHODS = frozenset({"GET", "DELETE"})
# The SDK base class of every query API; its fields (conditions, limit, ...) are
# the query chapter's parameters, which the manual documents once, not per API.
QUERY_BASE = "QueryAction"

_PATH_VAR = re.compile(r"\{([^{}/]*)\}")
_BARE_WRAPPER = re.compile(r"[a-z][A-Za-z0-9]+")

# Spellings that mean the same JSON value: a primitive and its box only differ
# in nullability, which JSON does not carry; the map and list classes are all
# serialised alike by Gson.
_TYPE_ALIASES = {
    "int": "integer",
    "short": "integer",
    "bool": "boolean",
    "char": "string",
    "character": "string",
    "arraylist": "list",
    "collection": "list",
    "hashset": "set",
    "hashmap": "map",
    "linkedhashmap": "map",
    "date": "timestamp",
}
_INTEGERS = frozenset({"integer", "long"})
_NUMBERS = frozenset({"integer", "long", "double", "float", "bigdecimal"})
_LISTS = frozenset({"list", "set"})


def doc_type_name(java_type: str) -> str:
    """The docs' spelling of a Java type: the simple name, generics dropped.

    ``java.lang.String`` -> ``String``, ``java.util.List<String>`` -> ``List``,
    ``org.zstack.sdk.VmInstanceInventory`` -> ``VmInstanceInventory`` (class names
    are kept so the spec can name components after them)."""
    base = java_type.split("<", 1)[0].strip()
    return base.rsplit(".", 1)[-1]


def type_key(type_name: str) -> str:
    """A normalised type for comparison: lower case, simple name, aliases folded."""
    simple = doc_type_name(type_name).replace(" ", "").lower()
    if simple.endswith("[]"):
        return "list"
    return _TYPE_ALIASES.get(simple, simple)


def same_type(doc_type: str, java_type: str) -> bool:
    """Whether the docs' type says what the SDK's does; an empty doc type says nothing."""
    return not doc_type.strip() or type_key(doc_type) == type_key(java_type)


def allowed_values(param: ParamRecord, enums: Mapping[str, list[str]]) -> list[str]:
    """The SDK's allowed values: ``validValues``, else the constants of an enum type
    (Gson sends an enum by its constant's name)."""
    if param["valid_values"] is not None:
        return list(param["valid_values"])
    return list(enums.get(doc_type_name(param["java_type"]), []))


def _typed_enum(values: list[str], kind: str) -> list[Any] | None:
    """Values as JSON of the parameter's type; None when one does not convert
    (an enum of the wrong type would reject every valid request)."""
    out: list[Any] = []
    for value in values:
        try:
            if kind in _INTEGERS:
                out.append(int(value))
            elif kind in _NUMBERS:
                out.append(float(value))
            elif kind == "boolean":
                if value.lower() not in ("true", "false"):
                    return None
                out.append(value.lower() == "true")
            else:
                out.append(value)
        except ValueError:
            return None
    return out


def constraints(param: ParamRecord, enums: Mapping[str, list[str]]) -> Constraints:
    """The ``@Param`` checks the server applies, as JSON Schema keywords.

    Each keyword is emitted only for the types ZStack's validator applies it to
    (``maxLength`` to strings, ``numberRange`` to numbers, ``nonempty`` to strings
    and collections): a keyword on the wrong type would either do nothing or, in a
    strict generator, reject valid input."""
    kind = type_key(param["java_type"])
    out: Constraints = {}
    if kind == "string":
        if param["max_length"] is not None:
            out["maxLength"] = param["max_length"]
        min_length = param["min_length"]
        # nonempty rejects "", and so does emptyString=false: both are minLength 1.
        if param["non_empty"] or not param["empty_string"]:
            min_length = max(min_length or 0, 1)
        if min_length is not None:
            out["minLength"] = min_length
        if param["valid_regex"]:
            # The server matches the whole value (Pattern.matches); JSON Schema's
            # pattern only searches, so it is anchored here.
            out["pattern"] = anchored(param["valid_regex"])
    elif kind in _NUMBERS and param["number_range"] is not None:
        low, high = param["number_range"]
        out["minimum"], out["maximum"] = low, high
    elif kind in _LISTS and param["non_empty"]:
        out["minItems"] = 1
    values = allowed_values(param, enums)
    if values and kind not in _LISTS:
        # For a list the values constrain its items; the param's `values` carry
        # them and the spec puts them on `items`.
        typed = _typed_enum(values, kind)
        if typed is not None:
            out["enum"] = typed
    return out


def required_of_caller(param: ParamRecord) -> bool:
    """The SDK's ``required``, except for a collection the SDK initialises empty
    (QueryAction's ``conditions = new ArrayList<>()``): the SDK then sends nothing
    when the caller gives nothing, so the server never sees it as missing and a
    client must not demand it."""
    default = param.get("default")
    empty_collection = (
        isinstance(default, dict)
        and type_key(param["java_type"]) in (*_LISTS, "map")
        and re.fullmatch(r"new \w+(<[^>]*>)?\(\)", default["expr"].strip()) is not None
    )
    return param["required"] and not empty_collection


def path_vars(path: str) -> list[str]:
    return _PATH_VAR.findall(path)


def path_shape(path: str) -> str:
    """A path with its variables unnamed and no trailing slash: two paths of one
    shape address the same URLs."""
    return _PATH_VAR.sub("{}", path).rstrip("/")


def renamed_vars(doc_path: str, sdk_path: str) -> dict[str, str]:
    """Doc variable -> SDK variable, position by position, for paths of one shape.

    The docs sometimes name a path variable differently (``{uuid}`` for
    ``{templateUuid}``); the URL is the same, so the doc's parameter is the SDK's."""
    if path_shape(doc_path) != path_shape(sdk_path):
        return {}
    return {
        doc: sdk
        for doc, sdk in zip(path_vars(doc_path), path_vars(sdk_path), strict=True)
        if doc != sdk
    }


def wire_in(
    name: str, place: Place | None, method: str, variables: Collection[str], body_key: str | None
) -> WireIn:
    """The catalog's ``in`` of a parameter: ``path`` for a variable of the path,
    ``query`` on GET and DELETE (the server reads nothing else there), else
    ``body`` inside the wrapper and ``body-root`` beside it (the tags, or every
    field when there is no wrapper). A query or header parameter of a POST/PUT
    stays where it was said to be."""
    if name in variables:
        return "path"
    if method in BODYLESS_METHODS:
        return "query"
    if place in ("query", "header"):
        return place
    if body_key and name not in TAG_PARAMS:
        return "body"
    return "body-root"


def sdk_place(location: ParamLocation) -> Place:
    return "path" if location == "url" else location


def catalog_place(where: str) -> Place | None:
    """The coarse place of a scraped parameter's ``in``."""
    if where in ("path", "query", "header"):
        return where  # type: ignore[return-value]  # narrowed by the test above
    if where in ("body", "body-root"):
        return "body"
    return None


def doc_place(raw: str, name: str, variables: Collection[str]) -> Place | None:
    """The coarse place of a doc's 位置 cell as written (``url``, ``query``,
    ``body(包含在params结构中)``, a bare wrapper name); None when unreadable.

    ``url`` names the URL: the path for a variable of the doc's template, else the
    query string."""
    text = raw.strip()
    low = text.lower()
    if low.startswith(("url", "path")):
        return "path" if name in variables else "query"
    if low.startswith("query"):
        return "query"
    if low.startswith("body"):
        return "body"
    if low.startswith("header"):
        return "header"
    if _BARE_WRAPPER.fullmatch(text):
        return "body"
    return None


def is_newer(since: str, release: str | None) -> bool:
    """Whether ``since`` is a release after ``release`` (unknown release: never)."""
    if release is None or not parse_version(release):
        return False
    return bool(parse_version(since)) and not is_at_most(since, release)


def api_since(api: Api) -> str | None:
    """A scraped API's release: its earliest dated parameter, else its earliest
    top-level response field (the spec stage's rule), None when nothing is dated."""
    found = earliest(str(p.get("since") or "") for p in api.get("params") or [])
    if found is None:
        fields = (api.get("response") or {}).get("fields") or []
        found = earliest(str(f.get("since") or "") for f in fields)
    return found


def is_query_name(name: str, method: str) -> bool:
    """For an API the SDK does not know: ZStack's query APIs are ``Query*`` GETs."""
    return method == "GET" and name.startswith("Query")


def anchored(regex: str) -> str:
    """`regex` matching the whole value; one already anchored at both ends stays as
    it is (a second pair of anchors only confuses tools that read patterns)."""
    # `^a|b$` is anchored at one end per branch only: alternations keep the group.
    if (
        regex.startswith("^")
        and regex.endswith("$")
        and not regex.endswith("\\$")
        and "|" not in regex
    ):
        return regex
    return f"^(?:{regex})$"
