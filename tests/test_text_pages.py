"""Page-to-text extracts of the docs sites, one fixture per form and language.

`tests/fixtures/pages/` holds pages written in the forms the real sites give
(labeled text, flat lines, pipes without a leading pipe, the API Explorer;
English and Chinese), with their quirks: glued labels, rows over several
lines, versions in the allowed-values column, cut pages, display titles,
full-width punctuation. The real sample (../shared/real-pages) is
`test_real_pages.py`; these need nothing outside the checkout.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_reconcile import catalog, facts, sapi, sparam, tags
from zstack_openapi.reconcile.merge import reconcile_catalog
from zstack_openapi.scraper import detect_format, extract_document, scrape_documents
from zstack_openapi.scraper.text_rows import fold

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"

Param = tuple[str, str, str, bool, str]  # name, in, type, required, since


def _read(name: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    text = (PAGES / name).read_text(encoding="utf-8")
    records, warnings = extract_document(text, name)
    return records, [w.as_dict() for w in warnings]


def _params(record: dict[str, Any]) -> list[Param]:
    return [(p["name"], p["in"], p["type"], p["required"], p["since"]) for p in record["params"]]


def _one(records: list[dict[str, Any]], name: str | None) -> dict[str, Any]:
    found = [r for r in records if r["name"] == name]
    assert len(found) == 1, [r["name"] for r in records]
    return found[0]


def _kinds(warnings: list[dict[str, Any]]) -> set[str]:
    return {w["kind"] for w in warnings}


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.txt")))
def test_every_form_is_detected_as_page_text(name: str) -> None:
    text = (PAGES / name).read_text(encoding="utf-8")
    assert detect_format(text, ".txt") == "text"
    # Without a file name the content alone decides.
    assert detect_format(text) == "text"


def test_labeled_english_heading_markers_wrappers_and_allowed_values() -> None:
    records, warnings = _read("labeled-en.txt")
    add = _one(records, "AddImageStoreBackupStorage")
    assert (add["method"], add["path"], add["body_key"]) == (
        "POST",
        "/zstack/v1/backup-storage/image-store",
        "params",
    )
    assert add["title"] == "Add Image Store"
    assert add["description"] == "Adds an image store backup storage."
    assert _params(add) == [
        ("hostname", "body", "String", True, "1.7"),
        ("username", "body", "String", True, "1.7"),  # `Contained` with a capital C
        ("password", "body", "String", True, "1.7"),
        ("sshPort", "body", "Integer", False, "1.7"),
        ("url", "body", "String", True, "1.7"),
        ("name", "body", "String", True, "1.7"),
        ("type", "body", "String", False, "1.7"),
        ("importImages", "body", "boolean", False, "1.7"),  # no description
        ("systemTags", "body-root", "List", False, "1.7"),
        ("userTags", "body-root", "List", False, "1.7"),
    ]
    by_name = {p["name"]: p for p in add["params"]}
    assert by_name["type"]["values"] == ["ImageStoreBackupStorage", "SftpBackupStorage"]
    assert by_name["type"]["description"] == "Backup storage type"
    assert [f["name"] for f in add["response"]["fields"]] == ["error", "inventory"]
    assert add["response"]["example"] == {
        "inventory": {"uuid": "9c37c8ae2ad73bc1a19ec73bb35eb19d", "name": "bs1"}
    }
    update = _one(records, "UpdateImageStoreBackupStorage")
    assert update["body_key"] == "updateImageStoreBackupStorage"
    # A description over three lines (list items) ends at its version; the
    # cut row at the end is left out and reported.
    assert _params(update) == [
        ("uuid", "path", "String", True, "1.7"),
        ("username", "body", "String", False, "1.7"),
        ("sshPort", "body", "Integer", False, "1.7"),
        ("hostname", "body", "String", False, "1.7"),
    ]
    assert "resolvable host name" in update["params"][3]["description"]
    cut = [w for w in warnings if w["kind"] == "cut-page"]
    assert len(cut) == 1 and "description" in cut[0]["message"] and cut[0]["line"] == 75


def test_labeled_chinese_full_width_typo_header_and_glued_response_rows() -> None:
    records, warnings = _read("labeled-zh.txt")
    delete = _one(records, "DeleteDataVolume")
    assert delete["title"] == "删除云盘"
    # `?deleteMode={deleteMode}` is not part of the route.
    assert (delete["method"], delete["path"]) == ("DELETE", "/zstack/v1/volumes/{uuid}")
    assert _params(delete) == [
        ("uuid", "path", "String", True, "0.6"),
        ("deleteMode", "query", "String", False, "0.6"),  # `（可选）` full-width
        ("systemTags", "query", "List", False, "0.6"),
        ("userTags", "query", "List", False, "0.6"),  # no description
    ]
    assert delete["params"][1]["values"] == ["Permissive", "Enforcing"]
    assert delete["response"]["empty"] is True
    assert [
        (f["name"], f["type"], f["description"], f["since"]) for f in delete["response"]["fields"]
    ] == [("error", "ErrorCode", "错误码", "0.6")]
    update = _one(records, "UpdateVolume")
    assert update["body_key"] == "updateVolume"
    assert _params(update) == [
        ("uuid", "path", "String", True, "0.6"),
        ("name", "body", "String", False, "0.6"),  # body（包含在updateVolume结构中）
        ("description", "body", "String", False, "0.6"),
        ("systemTags", "body-root", "List", False, "0.6"),
        ("userTags", "body-root", "List", False, "0.6"),
    ]
    assert "body-without-wrapper" not in _kinds(warnings)


def test_full_width_and_folded_punctuation_read_the_same() -> None:
    text = (PAGES / "labeled-zh.txt").read_text(encoding="utf-8")
    assert "（" in text and "，" in text
    wide, _ = extract_document(text, "labeled-zh.txt")
    folded, _ = extract_document(fold(text), "labeled-zh.txt")
    assert wide == folded


def test_query_api_with_two_routes_on_one_line_and_query_template() -> None:
    records, warnings = _read("labeled-en-query.txt")
    query = _one(records, "QueryBackupStorage")
    assert (query["method"], query["path"], query["extra_paths"]) == (
        "GET",
        "/zstack/v1/backup-storage",
        ["/zstack/v1/backup-storage/{uuid}"],
    )
    # `Optional.` at the start of the description is the older docs' marker.
    assert _params(query) == [
        ("uuid", "query", "String", False, "0.6"),
        ("conditions", "query", "List", True, "0.6"),
        ("limit", "query", "Integer", False, "0.6"),
        ("replyWithCount", "query", "Boolean", False, "0.6"),
    ]
    assert query["params"][3]["values"] == ["true", "false"]
    capacity = _one(records, "GetBackupStorageCapacity")
    assert capacity["path"] == "/zstack/v1/backup-storage/capacities"
    assert [p["name"] for p in capacity["params"]] == ["zoneUuids", "all"]
    assert "urls-run-together" not in _kinds(warnings)


def test_flat_english_glued_labels_split_rows_and_repeated_description() -> None:
    records, warnings = _read("flat-en.txt")
    record = _one(records, "DetachL3NetworkFromVm")
    assert (record["method"], record["path"]) == (
        "DELETE",
        "/zstack/v1/vm-instances/nics/{vmNicUuid}",
    )
    assert _params(record) == [
        ("vmNicUuid", "path", "String", True, "0.6"),
        # Split over three lines, the description repeated in the Valid Value
        # column, the version on a line of its own.
        ("deleteMode", "query", "String", False, "0.6"),
        ("systemTags", "query", "List", False, "0.6"),
        ("userTags", "query", "List", False, "0.6"),  # no trailing empty cell
    ]
    assert record["params"][1]["values"] == []
    # The response table right after the request table is not read as parameters.
    assert [f["name"] for f in record["response"]["fields"]] == ["error"]
    assert not _kinds(warnings) & {"cut-page", "row-shape", "prose-in-values"}


def test_flat_chinese_named_only_by_its_sdk_example() -> None:
    records, _ = _read("flat-zh.txt")
    record = _one(records, "AttachL2NetworkToCluster")
    assert record["path"] == "/zstack/v1/clusters/{clusterUuid}/l2-networks/{l2NetworkUuid}"
    assert _params(record) == [
        ("l2NetworkUuid", "path", "String", True, "0.6"),
        ("clusterUuid", "path", "String", True, "0.6"),
        ("systemTags", "body-root", "List", False, "0.6"),
        ("userTags", "body-root", "List", False, "0.6"),
    ]
    assert record["response"]["example"] == {"inventory": {"uuid": "7a1b9e0f"}}


def test_flat_page_cut_mid_row_keeps_complete_rows() -> None:
    records, warnings = _read("flat-en-cut.txt")
    record = _one(records, "CreateDiskOffering")
    assert _params(record) == [
        ("name", "body", "String", True, "0.6"),
        ("diskSize", "body", "Long", True, "0.6"),
    ]
    assert [(w["kind"], w["line"], w["api"]) for w in warnings] == [
        ("cut-page", 26, "CreateDiskOffering")
    ]


def test_pipes_without_leading_pipe_english() -> None:
    records, _ = _read("pipes-en.txt")
    record = _one(records, "DetachDataVolumeFromVm")
    assert _params(record) == [
        ("uuid", "path", "String", True, "0.6"),
        ("vmUuid", "query", "String", False, "2.3.0"),
        ("systemTags", "query", "List", False, "0.6"),
        ("userTags", "query", "List", False, "0.6"),
    ]
    assert [f["name"] for f in record["response"]["fields"]] == ["error", "inventory"]


def test_unnamed_pipes_page_is_kept_with_a_warning() -> None:
    records, warnings = _read("pipes-zh.txt")
    record = _one(records, None)
    assert (record["method"], record["path"]) == ("POST", "/zstack/v1/instance-offerings")
    assert _params(record) == [
        ("name", "body", "String", True, "0.6"),
        ("cpuNum", "body", "Integer", True, "0.6"),
        ("memorySize", "body", "Long", True, "0.6"),
        ("allocatorStrategy", "body", "String", False, "0.6"),
        ("systemTags", "body-root", "List", False, "0.6"),
        ("userTags", "body-root", "List", False, "0.6"),
    ]
    # Several response tables follow in the same layout; the last one is cut.
    assert [f["name"] for f in record["response"]["fields"]] == ["error", "inventory"]
    assert {"no-api-name", "cut-page"} <= _kinds(warnings)


def test_explorer_english_nesting_from_the_curl_body_and_asynchronous_flag() -> None:
    records, warnings = _read("explorer-en.txt")
    record = _one(records, "ResizeDataVolume")
    assert (record["method"], record["path"], record["body_key"]) == (
        "PUT",
        "/zstack/v1/volumes/data/resize/{uuid}/actions",
        "resizeDataVolume",
    )
    assert record["execution"] == "asynchronous"
    assert record["category"] == ["Resource Center/Resource Pool/Volume Operations"]
    # The wrapper row is no parameter; `dryRun` sits beside the wrapper in the
    # curl body; `printerName` is not `pr` + `int`; `Since` is the page's.
    assert _params(record) == [
        ("uuid", "path", "String", True, "1.5.0"),
        ("size", "body", "long", True, "1.5.0"),
        ("force", "body", "boolean", False, "1.5.0"),
        ("printerName", "body", "String", False, "1.5.0"),
        ("systemTags", "body-root", "List", False, "1.5.0"),
        ("userTags", "body-root", "List", False, "1.5.0"),
        ("dryRun", "body-root", "Boolean", True, "1.5.0"),
    ]
    assert record["params"][2]["description"] == "Whether to resize without checks."
    assert record["description"] is None  # no page furniture as description
    assert not _kinds(warnings) & {"missing-space", "row-shape"}


def test_explorer_query_parameters() -> None:
    records, _ = _read("explorer-en-query.txt")
    record = _one(records, "GetImageQga")
    assert record["execution"] == "synchronous"
    assert _params(record) == [
        ("uuid", "path", "String", True, "0.6"),
        ("systemTags", "query", "List", False, "0.6"),
    ]
    assert record["response"]["example"] == {"enable": True}


def test_explorer_chinese_display_title_is_unnamed_until_reconcile() -> None:
    records, warnings = _read("explorer-zh.txt")
    record = _one(records, None)
    assert record["title"] == "新建集群"
    assert (record["method"], record["path"], record["body_key"]) == (
        "POST",
        "/zstack/v1/clusters",
        "params",
    )
    assert record["execution"] == "synchronous"
    assert _params(record) == [
        ("zoneUuid", "body", "String", True, "0.6"),
        ("name", "body", "String", True, "0.6"),
        ("hypervisorType", "body", "String", True, "0.6"),
        ("description", "body", "String", False, "0.6"),
        ("systemTags", "body-root", "List", False, "0.6"),
        ("userTags", "body-root", "List", False, "0.6"),
    ]
    assert "no-api-name" in _kinds(warnings)


def _scraped(*names: str) -> dict[str, Any]:
    return scrape_documents((n, (PAGES / n).read_text(encoding="utf-8")) for n in names)


def test_catalog_keeps_unnamed_records_apart() -> None:
    scraped = _scraped("explorer-zh.txt", "pipes-zh.txt", "labeled-en.txt")
    assert sorted(a["name"] for a in scraped["apis"]) == [
        "AddImageStoreBackupStorage",
        "UpdateImageStoreBackupStorage",
    ]
    assert [(u["method"], u["path"]) for u in scraped["unnamed"]] == [
        ("POST", "/zstack/v1/clusters"),
        ("POST", "/zstack/v1/instance-offerings"),
    ]
    assert all(p["apis"] == [] for p in scraped["pages"] if p["file"] != "labeled-en.txt")


def test_reconcile_names_unnamed_records_by_method_and_route() -> None:
    scraped = _scraped("explorer-zh.txt", "pipes-zh.txt")
    sdk = facts(
        sapi("CreateCluster", "POST", "/clusters", [sparam("name"), *tags()], body_key="params"),
        # Two actions share this route and no wrapper tells them apart.
        sapi("CreateInstanceOffering", "POST", "/instance-offerings", [sparam("name")]),
        sapi("CreateOtherOffering", "POST", "/instance-offerings", [sparam("name")]),
    )
    doc = catalog()
    doc["apis"], doc["unnamed"], doc["warnings"] = [], scraped["unnamed"], scraped["warnings"]
    result = reconcile_catalog(doc, sdk)
    named = {a["name"]: a for a in result["apis"] if a.get("origin") != "sdk"}
    assert list(named) == ["CreateCluster"]
    assert named["CreateCluster"]["path"] == "/zstack/v1/clusters"
    assert [u["path"] for u in result["unnamed"]] == ["/zstack/v1/instance-offerings"]
    kinds = [
        (w["kind"], w["api"])
        for w in result["warnings"]
        if w["kind"] in ("named-by-route", "unnamed-api")
    ]
    assert kinds == [("named-by-route", "CreateCluster"), ("unnamed-api", None)]


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.txt")))
def test_pages_cut_anywhere_never_crash_and_keep_only_true_rows(name: str) -> None:
    """Stored copies end at a byte count: at every cut, each row still read is
    one the whole page has, with the same facts."""
    data = (PAGES / name).read_bytes()
    whole, _ = extract_document(data.decode("utf-8"), name)
    truth = {(r["name"], p["name"]): p for r in whole for p in r["params"]}
    for cut in range(40, len(data), 37):
        text = data[:cut].decode("utf-8", errors="ignore")
        records, warnings = extract_document(text, name)
        kinds = {w.kind for w in warnings}
        assert "unreadable-page" not in kinds
        # Cut before its curl example, an Explorer page can only guess (and says so)
        # whether a body field sits in the wrapper.
        guessed = "explorer-nesting" in kinds
        for record in records:
            for param in record["params"]:
                key = (record["name"], param["name"])
                if record["name"] is None or key not in truth:
                    continue
                want = truth[key]
                where = want["in"] if not guessed else param["in"]
                assert (param["in"], param["type"], param["required"]) == (
                    where,
                    want["type"],
                    want["required"],
                ), (cut, key)
                assert param["since"] in ("", want["since"]), (cut, key)


def test_incremental_scrape_keeps_unnamed_records_of_unchanged_pages() -> None:
    from zstack_openapi.scraper.incremental import scrape_incremental

    docs = [(n, (PAGES / n).read_text(encoding="utf-8")) for n in ("pipes-zh.txt", "flat-en.txt")]
    first, _ = scrape_incremental(docs, None)
    changed = [docs[0], (docs[1][0], docs[1][1] + "\n")]
    second, stats = scrape_incremental(changed, first)
    assert stats.reused == 1 and stats.extracted == 1
    assert second["unnamed"] == first["unnamed"]
    assert [a["name"] for a in second["apis"]] == ["DetachL3NetworkFromVm"]
