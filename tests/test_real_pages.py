"""Real pages of every ZStack docs site (../shared/real-pages, hand-labelled).

Each page is one of four extraction styles (labeled text, flat, pipes without a
leading pipe, the API Explorer), English or Chinese, and is often cut mid-row.
Every labelled API must be found (by name, or by method and route where the page
shows no name) with its method and route, and every labelled parameter row with
its name, required flag, wire location and starting version.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import SHARED, need
from zstack_openapi.scraper import extract_document

PAGES = SHARED / "real-pages"


def _index() -> list[dict[str, Any]]:
    path = PAGES / "index.json"
    if not path.is_file():
        return []
    data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def wire_location(label: str, method: str) -> set[str]:
    """The catalog's `in` for a labelled location (README, catalog format): url
    variables travel in the path; on GET/DELETE everything else is query; on
    POST/PUT `body-params` (inside the wrapper) is `body`, top level `body-root`."""
    if label == "url":
        return {"path"}
    if method in ("GET", "DELETE"):
        return {"query"}
    if label == "body-params":
        return {"body"}
    if label == "body":
        return {"body-root"}
    return {label}


@pytest.mark.parametrize("entry", _index(), ids=lambda e: f"{e['file']}-{e['style']}-{e['lang']}")
def test_every_labelled_api_and_parameter_is_read(entry: dict[str, Any]) -> None:
    page = need(PAGES / "pages" / entry["file"])
    text = page.read_text(encoding="utf-8")
    records, warnings = extract_document(text, entry["file"])
    for expected in entry["expected"]:
        if expected["name_visible"]:
            found = [r for r in records if r["name"] == expected["name"]]
        else:
            found = [
                r
                for r in records
                if r["method"] == expected["method"] and r["path"] == expected["path"]
            ]
            # A page without a name says so.
            assert any(w.kind == "no-api-name" for w in warnings), warnings
        assert len(found) == 1, (expected["name"], [r["name"] for r in records], warnings)
        record = found[0]
        assert (record["method"], record["path"]) == (expected["method"], expected["path"])
        assert record["extra_paths"] == expected["extra_paths"]
        params = {p["name"]: p for p in record["params"]}
        for want in expected["params"]:
            name = want["name"]
            assert name in params, (name, sorted(params))
            got = params[name]
            where = wire_location(want["location"], expected["method"])
            reinterpreted = any(
                w.kind == "body-without-wrapper" and repr(name) in w.message for w in warnings
            )
            # The catalog reads a plain `body` row of a wrapped API inside the
            # wrapper, and says so; that is the contract, not a miss.
            if not (want["location"] == "body" and reinterpreted and got["in"] == "body"):
                assert got["in"] in where, (name, got["in"], want["location"])
            assert got["required"] is not want["optional"], name
            assert (got["since"] or None) == want["since"], name
            assert got["type"] == want["type"], name
        if expected["params_complete"]:
            assert sorted(params) == sorted(p["name"] for p in expected["params"])


def test_reconcile_names_the_unnamed_real_pages_by_method_and_route() -> None:
    from tests.conftest import SDK_ORACLE
    from zstack_openapi.reconcile.merge import reconcile_catalog
    from zstack_openapi.reconcile.sdk_source import load_sdk_facts
    from zstack_openapi.scraper import scrape_documents

    entries = _index()
    if not entries:
        pytest.skip(f"{PAGES} is absent")
    unnamed = [
        (entry["file"], expected)
        for entry in entries
        for expected in entry["expected"]
        if not expected["name_visible"]
    ]
    assert unnamed
    docs = [(f, need(PAGES / "pages" / f).read_text(encoding="utf-8")) for f, _ in unnamed]
    scraped = scrape_documents(docs)
    assert scraped["apis"] == []
    assert len(scraped["unnamed"]) == len(unnamed)
    result = reconcile_catalog(scraped, load_sdk_facts(need(SDK_ORACLE)))
    documented = {a["name"]: a for a in result["apis"] if a.get("origin") != "sdk"}
    for file, expected in unnamed:
        api = documented[expected["name"]]
        assert (api["method"], api["path"]) == (expected["method"], expected["path"]), file
    assert "unnamed" not in result
