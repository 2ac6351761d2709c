"""`reconcile` on the real inputs: the published manual (scraped) and ZStack's
Java SDK facts at 5.2.0.

The defect counts are computed a second time here, straight from the two
inputs and the markdown pages, with none of `reconcile`'s code, and must equal
the report's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from zstack_openapi.reconcile.defects import RESPONSE_KINDS, counts, find_defects
from zstack_openapi.reconcile.merge import reconcile_catalog
from zstack_openapi.reconcile.report import render_report
from zstack_openapi.reconcile.sdk_source import load_sdk_facts

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "zstack-docs" / "dev-guide-v5-zh"
SDK_JSON = SHARED / "oracles" / "zstack-java-sdk-truth.json"
JAVA_TREE = Path(__file__).resolve().parent / "fixtures" / "java_sdk"
RELEASE = (5, 2)
API_HEADING = re.compile(r"[(（]\s*[A-Z]\w+\s*[)）]\s*$|^#+\s*[A-Z][A-Za-z0-9]+\s*$")

pytestmark = pytest.mark.skipif(
    not SHARED.is_dir(),
    reason=f"{SHARED} is absent: the real ZStack manual and SDK facts live next to the checkout",
)

Json = dict[str, Any]


@pytest.fixture(scope="module")
def sdk() -> Any:
    return json.loads(SDK_JSON.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reconciled(corpus_catalog: Json, sdk: Any) -> Json:
    return reconcile_catalog(corpus_catalog, sdk)


# --- the independent reading ------------------------------------------------


def pairs(catalog: Json, sdk: Any) -> Iterator[tuple[Json, Json]]:
    """(doc API, SDK API) by name, else by name ignoring case when unique."""
    apis = {a["api"]: a for a in sdk["apis"]}
    names = {a["name"] for a in catalog["apis"]}
    lower: dict[str, list[str]] = {}
    for name in apis:
        if name not in names:
            lower.setdefault(name.lower(), []).append(name)
    for doc in catalog["apis"]:
        if doc["name"] in apis:
            yield doc, apis[doc["name"]]
        elif len(lower.get(doc["name"].lower(), [])) == 1:
            yield doc, apis[lower[doc["name"].lower()][0]]


def shape(path: str) -> str:
    return re.sub(r"\{[^}/]*\}", "*", path).rstrip("/")


def variables(path: str) -> list[str]:
    return re.findall(r"\{([^}/]*)\}", path)


def doc_names(doc: Json, sdk_api: Json) -> dict[str, str]:
    """SDK parameter name -> doc parameter name (a path variable may be renamed)."""
    sdk_names = {p["name"] for p in sdk_api["params"]}
    names = {p["name"]: p["name"] for p in doc["params"]}
    if shape(doc["path"]) == shape(sdk_api["path"]):
        for old, new in zip(variables(doc["path"]), variables(sdk_api["path"]), strict=True):
            if old in names and old not in sdk_names and new not in names:
                names[new] = names.pop(old)
    return names


def raw_rows(catalog: Json) -> dict[str, dict[str, tuple[int, str]]]:
    """API -> parameter -> (line, location cell), read from the markdown pages:
    the rows of tables with a 位置 column from an API's heading to the next
    heading of the same or a higher level or naming an API (outside code fences)."""
    out: dict[str, dict[str, tuple[int, str]]] = {}
    pages: dict[str, list[str]] = {}
    for api in catalog["apis"]:
        file, start = api["source"]["file"], api["source"]["line"]
        if file not in pages:
            pages[file] = (CORPUS / file).read_text(encoding="utf-8").splitlines()
        lines = pages[file]
        level = len(lines[start - 1]) - len(lines[start - 1].lstrip("#"))
        rows: dict[str, tuple[int, str]] = {}
        location_column = None
        fenced = False
        for number in range(start + 1, len(lines) + 1):
            text = lines[number - 1]
            # A 4-backtick line is a stray of the export, not a fence.
            if text.startswith("```") and not text.startswith("````"):
                fenced = not fenced
            marks = len(text) - len(text.lstrip("#"))
            heading = not fenced and marks > 0 and text[marks:].startswith(" ")
            # The export's heading levels wander: the next API may sit deeper.
            if heading and (marks <= level or API_HEADING.search(text)):
                break
            cells = [c.strip() for c in text.strip().strip("|").split("|")]
            if not text.lstrip().startswith("|"):
                location_column = None
            elif "位置" in cells:
                location_column = cells.index("位置")
            elif location_column is not None and len(cells) > location_column:
                param = re.sub(r"\s*[(（]\s*可选\s*[)）]", "", cells[0]).split(" ")[0]
                if param and not param.startswith("---"):
                    rows.setdefault(param, (number, cells[location_column]))
        out[api["name"]] = rows
    return out


def coarse(cell: str, name: str, path: str) -> str | None:
    low = cell.lower()
    if low.startswith("url"):
        return "path" if name in variables(path) else "query"
    for place in ("query", "body", "header", "path"):
        if low.startswith(place):
            return place
    return "body" if re.fullmatch(r"[a-z][A-Za-z0-9]+", cell) else None


def newer(since: str) -> bool:
    numbers = [int(n) for n in re.findall(r"\d+", since)]
    while numbers and numbers[-1] == 0:
        numbers.pop()
    return bool(numbers) and tuple(numbers) > RELEASE


def sdk_values(param: Json, enums: dict[str, list[str]]) -> list[str]:
    if param["valid_values"] is not None:
        return list(param["valid_values"])
    return list(enums.get(param["java_type"].split("<")[0].rsplit(".", 1)[-1], []))


def independent_counts(catalog: Json, sdk: Any) -> dict[str, tuple[int, int]]:
    rows = raw_rows(catalog)
    routes: dict[tuple[str, str], set[str]] = {}
    for api in sdk["apis"]:
        routes.setdefault((api["method"], shape(api["path"])), set()).add(api["api"])
    apis: dict[str, set[str]] = {}
    params: dict[str, int] = {}

    def hit(kind: str, api: str, n_params: int = 0) -> None:
        apis.setdefault(kind, set()).add(api)
        params[kind] = params.get(kind, 0) + n_params

    aliases = {"int": "integer", "linkedhashmap": "map", "hashmap": "map"}

    def kind_of(type_name: str) -> str:
        simple = type_name.split("<")[0].rsplit(".", 1)[-1].lower()
        return aliases.get(simple, simple)

    for doc, api in pairs(catalog, sdk):
        name, method = api["api"], api["method"]
        if doc["name"] != name:
            hit("name", name)
        doc_paths = [doc["path"], *doc["extra_paths"]]
        foreign = [
            p
            for p in doc_paths
            if shape(p) != shape(api["path"]) and routes.get((method, shape(p)), set()) - {name}
        ]
        if doc["method"] != method or api["path"] not in doc_paths or foreign:
            hit("method-path", name)
        table_wrappers = {
            m.group(1)
            for _, cell in rows[doc["name"]].values()
            for m in [re.search(r"包含在\W*(\w+?)\W*结构中", cell)]
            if m
        }
        if {doc["method"], method} <= {"POST", "PUT"} and (
            doc["body_key"] != api["body_key"] or table_wrappers - {api["body_key"]}
        ):
            hit("body-key", name)
        names = doc_names(doc, api)
        by_doc = {p["name"]: p for p in doc["params"]}
        sdk_names = {p["name"] for p in api["params"]}
        missing = [
            p
            for p in api["params"]
            if p["name"] not in names and p.get("declared_in") != "QueryAction"
        ]
        if missing:
            hit("missing-param", name, len(missing))
        extra = [
            p
            for p in doc["params"]
            if p["name"] not in {names.get(s) for s in sdk_names} and not newer(p["since"])
        ]
        if extra:
            hit("extra-param", name, len(extra))
        delete_body = 0
        for p in api["params"]:
            if p["name"] not in names:
                continue
            d = by_doc[names[p["name"]]]
            if d["required"] != p["required"]:
                hit("required", name, 1)
            values = sdk_values(p, sdk["enums"])
            boolean_listed = (
                not values
                and kind_of(p["java_type"]) == "boolean"
                and {v.lower() for v in d["values"]} <= {"true", "false"}
            )
            if set(d["values"]) != set(values) and not boolean_listed:
                hit("values", name, 1)
            if d["type"].strip() and kind_of(d["type"]) != kind_of(p["java_type"]):
                hit("type", name, 1)
            row = rows[doc["name"]].get(d["name"])
            said = coarse(row[1], d["name"], doc["path"]) if row else None
            where = {"url": "path"}.get(p["location"], p["location"])
            if said is not None and said != where:
                if method == "DELETE" and said == "body":
                    delete_body += 1
                else:
                    hit("location", name, 1)
        if delete_body:
            hit("delete-body", name, delete_body)
    return {
        kind: (len(apis.get(kind, ())), params.get(kind, 0))
        for kind in counts([])
        if kind not in RESPONSE_KINDS
    }


# --- tests ------------------------------------------------------------------


def test_every_api_both_know_has_the_sdks_wire_facts(
    corpus_catalog: Json, sdk: Any, reconciled: Json
) -> None:
    apis = {a["name"]: a for a in reconciled["apis"]}
    checked = 0
    for _, api in pairs(corpus_catalog, sdk):
        out = apis[api["api"]]
        assert out["origin"] == "both"
        assert (out["method"], out["path"], out["body_key"]) == (
            api["method"],
            api["path"],
            api["body_key"],
        )
        assert out["sync"] is (not api["need_poll"]) and out["need_session"] is api["need_session"]
        params = {p["name"]: p for p in out["params"]}
        for p in api["params"]:
            filled = p.get("default") == {"expr": "new ArrayList<>()"}
            assert params[p["name"]]["required"] is (p["required"] and not filled), (out["name"], p)
            expected = {"url": {"path"}, "query": {"query"}, "body": {"body", "body-root"}}
            assert params[p["name"]]["in"] in expected[p["location"]], (out["name"], p["name"])
        checked += 1
    assert checked > 1300


def test_documented_apis_keep_their_documentation(
    corpus_catalog: Json, sdk: Any, reconciled: Json
) -> None:
    apis = {a["name"]: a for a in reconciled["apis"]}
    sdk_name = {doc["name"]: api["api"] for doc, api in pairs(corpus_catalog, sdk)}
    for doc in corpus_catalog["apis"]:
        out = apis[sdk_name.get(doc["name"], doc["name"])]
        for key in ("title", "description", "category", "system_tags", "source"):
            assert out[key] == doc[key], (doc["name"], key)
        # The response is the SDK's class, in the docs' words where the docs have them.
        response = out["response"]
        assert response["example"] == doc["response"]["example"], doc["name"]
        kept = {f["name"]: f for f in response["fields"]}
        first = {f["name"]: f for f in reversed(doc["response"]["fields"])}
        for f in first.values():
            if f["name"] in kept and kept[f["name"]]["source"] != "sdk":
                said = (kept[f["name"]]["description"], kept[f["name"]]["since"])
                assert said == (f["description"], f["since"]), (doc["name"], f["name"])
        documented = {
            p.get("doc", {}).get("name", {}).get("value", p["name"]): p
            for p in out["params"]
            if p["source"] != "sdk"
        }
        for p in doc["params"]:
            kept = documented[p["name"]]
            assert (kept["description"], kept["since"]) == (p["description"], p["since"])


def test_every_result_is_its_sdk_class(sdk: Any, reconciled: Json) -> None:
    """Each API's response fields are its SDK result class's, plus the `error` and
    `success` envelope and fields only the docs know that they date after the SDK."""
    classes = {**sdk["other_structs"], **sdk["structs"]}
    by_name = {a["name"]: a for a in reconciled["apis"]}
    checked = 0
    for api in sdk["apis"]:
        fields = sdk["structs"].get(api["result_class"] or "")
        if fields is None:
            continue
        response = by_name[api["api"]]["response"]
        assert response["class"] == api["result_class"]
        own = [f for f in response["fields"] if not f.get("envelope") and not f.get("newer")]
        assert [f["name"] for f in own] == [f["name"] for f in fields], api["api"]
        for f in own:
            if f.get("expanded"):
                nested = [n["name"] for n in f["fields"] if not n.get("newer")]
                assert nested == [n["name"] for n in classes[f["class"]]], (api["api"], f["name"])
        checked += 1
    assert checked > 1800


def test_sdk_only_apis_are_present_with_a_response(sdk: Any, reconciled: Json) -> None:
    apis = {a["name"]: a for a in reconciled["apis"]}
    assert set(apis) >= {a["api"] for a in sdk["apis"]}
    undocumented = [a for a in apis.values() if a["origin"] == "sdk"]
    assert len(undocumented) > 550
    for api in undocumented:
        assert api["status"] == "undocumented"
        assert all(p["source"] == "sdk" and p["since_unknown"] for p in api["params"])
    by_sdk = {a["api"]: a for a in sdk["apis"]}
    classes = sdk["structs"] | sdk["other_structs"]
    nested = 0
    for api in undocumented:
        result = by_sdk[api["name"]]["result_class"]
        fields = [f for f in api["response"]["fields"] if not f.get("envelope")]
        assert [f["name"] for f in fields] == [f["name"] for f in sdk["structs"][result]]
        assert api["response"]["empty"] is (not fields)
        for field in fields:
            # Doc-style types: no Java package left; class names kept for the components,
            # and a field of a known class carries that class's fields where it is first met.
            assert "." not in field["type"] and "<" not in field["type"]
            if field.get("expanded") and classes.get(field["type"]):
                names = [f["name"] for f in field["fields"]]
                assert names == [f["name"] for f in classes[field["type"]]]
                nested += 1
    assert nested > 100


def test_report_counts_equal_an_independent_count(
    corpus_catalog: Json, sdk: Any, reconciled: Json
) -> None:
    measured = counts(find_defects(reconciled))
    params = {k: v for k, v in measured.items() if k not in RESPONSE_KINDS}
    assert params == independent_counts(corpus_catalog, sdk)

    # Response table rows that are no identifier, counted here on the docs catalog;
    # an enum's table lists its constants (`ax.25`) as rows typed as the enum.
    def debris(fields: list[Json], parent: str = "") -> int:
        return sum(
            debris(f.get("fields") or [], f["type"])
            + (
                not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", f["name"])
                and not (parent and f["type"] == parent)
            )
            for f in fields
        )

    assert measured["response-names"][1] == sum(
        debris(a["response"]["fields"]) for a in corpus_catalog["apis"]
    )
    # The figures that this manual and SDK reproduce exactly.
    assert measured["required"][1] == 61  # 4 + 56 (+1 by the case-insensitive name match)
    report = render_report(reconciled, find_defects(reconciled))
    n_apis, _ = measured["method-path"]
    assert f"## Wrong method or path ({n_apis} APIs)" in report


def test_the_java_tree_gives_what_the_json_gives(corpus_catalog: Json, sdk: Any) -> None:
    tree = load_sdk_facts(JAVA_TREE)
    covered = {a["api"] for a in tree["apis"]}
    from_tree = reconcile_catalog(corpus_catalog, tree, sdk_version="5.2.0")
    from_json = reconcile_catalog(corpus_catalog, sdk)
    pick = {a["name"]: a for a in from_tree["apis"] if a["name"] in covered}
    assert len(pick) == len(covered) == 5
    for api in from_json["apis"]:
        if api["name"] in covered:
            # Element types come from the server's classes, which only the JSON was read
            # with: the responses agree on the fields, the rest is the same.
            tree_api = pick[api["name"]]
            assert {k: v for k, v in tree_api.items() if k != "response"} == {
                k: v for k, v in api.items() if k != "response"
            }
            names = [f["name"] for f in api["response"]["fields"]]
            assert [f["name"] for f in tree_api["response"]["fields"]] == names
