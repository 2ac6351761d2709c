"""The three forms the docs arrive in must give the same API catalog.

The markdown export is the reference. The same content rendered as the HTML
page a docs site serves (`doc_render.render_html`, in several presentation
styles) must give exactly the same records; its flat text scrape
(`doc_render.render_flat`, the form of the real seed) must give every fact
that form can still carry. Then: the real seed, English manuals, damaged
input, and the `zstack-openapi scrape` command.
"""

from __future__ import annotations

import copy
import json
import os
import random
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.doc_render import FLAT_FOOTER, render_flat, render_html
from zstack_openapi.cli import main as cli_main
from zstack_openapi.scraper import extract_document, scrape_documents

Record = dict[str, Any]

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DOCS = SHARED / "zstack-docs" / "dev-guide-v5-zh"
SEED = SHARED / "seed" / "000_ef8b121cc364a53d.txt"
EN = HERE / "fixtures" / "en"


# ----------------------------------------------------------------------------
# Helpers


def _shared_text(path: Path) -> str:
    if not path.is_file():
        pytest.skip(
            f"{path} is absent: the real ZStack manual lives in ../shared next to this checkout"
        )
    return path.read_text(encoding="utf-8")


def _records(text: str, file: str) -> list[Record]:
    records, _ = extract_document(text, file)
    return records


def _warnings(text: str, file: str) -> list[dict[str, Any]]:
    _, warnings = extract_document(text, file)
    return [w.as_dict() for w in warnings]


def _without_source(record: Record) -> Record:
    """Where a record came from (the API's lines, each row's line) differs between
    forms by construction."""
    out = copy.deepcopy(record)
    del out["source"]
    for param in out["params"]:
        param.pop("line", None)
    return out


def _difference(a: Any, b: Any, path: str = "") -> str | None:
    """The first place two JSON values differ, readable in a failure message."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}: only in {'the first' if key in a else 'the second'}"
            found = _difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        for k, (x, y) in enumerate(zip(a, b, strict=False)):
            found = _difference(x, y, f"{path}[{k}]")
            if found:
                return found
        if len(a) != len(b):
            return f"{path}: {len(a)} items vs {len(b)}"
        return None
    if a != b:
        return f"{path}: {json.dumps(a, ensure_ascii=False)[:300]} != {json.dumps(b, ensure_ascii=False)[:300]}"
    return None


def _names(records: list[Record]) -> list[str]:
    return [r["name"] for r in records]


def _field_tree(fields: list[Record]) -> list[tuple[str, str, str, Any]]:
    return [(f["name"], f["type"], f["since"], _field_tree(f["fields"])) for f in fields]


def _depth(fields: list[Record]) -> int:
    return 0 if not fields else 1 + max(_depth(f["fields"]) for f in fields)


def _record(records: list[Record], name: str) -> Record:
    found = [r for r in records if r["name"] == name]
    assert len(found) == 1, f"{name}: {len(found)} records among {_names(records)}"
    return found[0]


# ----------------------------------------------------------------------------
# Chapter slices

_API_HEADING = re.compile(r"^#{1,6}\s+.*[(（]\s*([A-Z][A-Za-z0-9]+)\s*[)）]\s*$")


@dataclass(frozen=True, slots=True)
class Slice:
    chapter: str
    first: str | None  # None: from the top of the chapter
    last: str
    names: tuple[str, ...]  # what the slice must yield: guards the slicing itself

    def text(self) -> str:
        """The chapter's preamble (title and category headings) and the
        sections from `first` to `last`, so categories stay realistic."""
        lines = _shared_text(DOCS / self.chapter).splitlines()
        heads = [(k, m.group(1)) for k, line in enumerate(lines) if (m := _API_HEADING.match(line))]
        start = 0 if self.first is None else next(k for k, name in heads if name == self.first)
        at = next(j for j, (_, name) in enumerate(heads) if name == self.last)
        end = heads[at + 1][0] if at + 1 < len(heads) else len(lines)
        preamble = lines[: heads[0][0]] if self.first is not None else []
        return "\n".join([*preamble, *lines[start:end]]) + "\n"


SLICES: dict[str, Slice] = {
    "disaster-recovery-first-15": Slice(
        "05-02-disaster-recovery.md",
        None,
        "CreateVmFromVolumeBackup",
        (
            "CreateVolumeBackup",
            "DeleteVolumeBackup",
            "QueryVolumeBackup",
            "CreateDataVolumeTemplateFromVolumeBackup",
            "CreateRootVolumeTemplateFromVolumeBackup",
            "SyncVolumeBackup",
            "RevertVolumeFromVolumeBackup",
            "RecoverBackupFromImageStoreBackupStorage",
            "SyncBackupFromImageStoreBackupStorage",
            "CreateVmBackup",
            "DeleteVmBackup",
            "SyncVmBackup",
            "RevertVmFromVmBackup",
            "CreateVmFromVmBackup",
            "CreateVmFromVolumeBackup",
        ),
    ),
    # Values cells, bold system tags, a three-level inventory.vmNics.usedIps tree.
    "create-vm-instance": Slice(
        "04-01-cloud-resource-pool.md",
        "CreateVmInstance",
        "CreateVmInstanceFromVolume",
        ("CreateVmInstance", "CreateVmInstanceFromVolume"),
    ),
    # PUT .../vm-instances/{uuid}/actions shared by several APIs, empty {}
    # responses, a query with two URLs.
    "vm-actions": Slice(
        "04-01-cloud-resource-pool.md",
        "DestroyVmInstance",
        "RebootVmInstance",
        (
            "DestroyVmInstance",
            "RecoverVmInstance",
            "ExpungeVmInstance",
            "QueryVmInstance",
            "StartVmInstance",
            "StopVmInstance",
            "RebootVmInstance",
        ),
    ),
    # Response tables nested four deep below the top table.
    "vcenter-nested": Slice(
        "04-08-vmware-management.md",
        "AddVCenter",
        "DeleteVCenter",
        ("AddVCenter", "QueryVCenter", "DeleteVCenter"),
    ),
    "zones": Slice(
        "04-02-hardware-facilities.md",
        "CreateZone",
        "ChangeZoneState",
        ("CreateZone", "DeleteZone", "QueryZone", "UpdateZone", "ChangeZoneState"),
    ),
}

# "plain" changes everything "site" fixes except the table header: headings one
# level down, <pre> without <code>, notes as <blockquote>, values as <ul><li>,
# <section> wrappers. A header row of <td> cells without <thead> has its own style.
HTML_STYLES = ("site", "plain", "site+shift=2+pre-only", "site+no-thead")


def test_each_slice_holds_what_it_was_chosen_for() -> None:
    for key, piece in SLICES.items():
        records = _records(piece.text(), piece.chapter)
        assert tuple(_names(records)) == piece.names, key
    actions = _records(SLICES["vm-actions"].text(), "04-01-cloud-resource-pool.md")
    shared = [
        r
        for r in actions
        if r["path"] == "/zstack/v1/vm-instances/{uuid}/actions" and r["method"] == "PUT"
    ]
    assert {r["body_key"] for r in shared} >= {
        "startVmInstance",
        "stopVmInstance",
        "rebootVmInstance",
    }
    assert _record(actions, "DestroyVmInstance")["response"]["empty"] is True
    assert _record(actions, "QueryVmInstance")["extra_paths"] == ["/zstack/v1/vm-instances/{uuid}"]
    create = _record(_records(SLICES["create-vm-instance"].text(), "c.md"), "CreateVmInstance")
    assert _depth(create["response"]["fields"]) >= 4
    assert next(p for p in create["params"] if p["name"] == "type")["values"] == [
        "UserVm",
        "ApplianceVm",
    ]
    vcenter = _record(_records(SLICES["vcenter-nested"].text(), "v.md"), "AddVCenter")
    assert _depth(vcenter["response"]["fields"]) >= 4


@pytest.mark.parametrize("style", HTML_STYLES)
@pytest.mark.parametrize("key", list(SLICES))
def test_html_page_gives_the_markdown_catalog(key: str, style: str) -> None:
    markdown = SLICES[key].text()
    expected = [_without_source(r) for r in _records(markdown, "chapter.md")]
    actual = [
        _without_source(r) for r in _records(render_html(markdown, style=style), "chapter.html")
    ]
    assert _names(actual) == _names(expected)
    difference = _difference(expected, actual)
    assert difference is None, difference


# ----------------------------------------------------------------------------
# Flat scrapes: what survives
#
# A flat scrape keeps code blocks, inline code and tables, and nothing else.
# So, of a record:
# - title and category come from headings, description from the prose under
#   the API heading: all gone, so the flat record has null / [] / null;
# - source.file and source.line differ by construction;
# - system_tags survive only where the markdown gave the format as inline code
#   (`a::b`); formats in bold (**a::b**) or plain prose are dropped with the prose;
# - a parameter row whose description cell is empty and whose values cell is
#   not leaves ONE cell between location and version once empty cells are
#   dropped: nothing says whether it was a description or a list of values, so
#   neither is compared for such rows;
# - everything else (method, path, extra paths, body key, parameters with
#   their location, type, required, since, description and values, the response
#   field tree with names, types, versions and descriptions, the example and
#   `empty`) is in code blocks and table cells and must come through unchanged.


def _inline_code_spans(markdown: str) -> list[str]:
    spans: list[str] = []
    in_fence = False
    for line in markdown.splitlines():
        if re.match(r"^\s*`{3,}", line):
            in_fence = not in_fence
            continue
        if not in_fence:
            spans.extend(re.findall(r"`([^`]+)`", line))
    return spans


def _flat_view(record: Record, inline_code: list[str] | None) -> Record:
    """The part of a record a flat scrape can carry (see above)."""
    params = []
    for p in record["params"]:
        ambiguous = not p["description"] and bool(p["values"])
        params.append(
            {
                "name": p["name"],
                "in": p["in"],
                "type": p["type"],
                "required": p["required"],
                "since": p["since"],
                "description": None if ambiguous else p["description"],
                "values": None if ambiguous else p["values"],
            }
        )
    tags = record["system_tags"]
    if inline_code is not None:
        tags = [t for t in tags if any(t.strip() in span for span in inline_code)]

    def fields(items: list[Record]) -> list[Record]:
        return [
            {
                "name": f["name"],
                "type": f["type"],
                "since": f["since"],
                "description": f["description"],
                "fields": fields(f["fields"]),
            }
            for f in items
        ]

    return {
        "name": record["name"],
        "method": record["method"],
        "path": record["path"],
        "extra_paths": record["extra_paths"],
        "body_key": record["body_key"],
        "params": params,
        "response": {
            "empty": record["response"]["empty"],
            "example": record["response"]["example"],
            "fields": fields(record["response"]["fields"]),
        },
        "system_tags": [t.strip() for t in tags],
    }


def _align_ambiguous(expected: Record, actual: Record) -> None:
    """Blank, on the flat side, what the markdown side marked as ambiguous."""
    for want, got in zip(expected["params"], actual["params"], strict=False):
        if want["description"] is None:
            got["description"] = None
            got["values"] = None


def _compare_flat(markdown: str, flat: str) -> None:
    spans = _inline_code_spans(markdown)
    source = _records(markdown, "chapter.md")
    scraped = _records(flat, "chapter.txt")
    assert _names(scraped) == _names(source)
    for record in scraped:
        # Headings and prose are gone: nothing may be invented in their place.
        assert (record["title"], record["category"], record["description"]) == (None, [], None), (
            record["name"]
        )
    expected = [_flat_view(r, spans) for r in source]
    actual = [_flat_view(r, None) for r in scraped]
    for want, got in zip(expected, actual, strict=True):
        _align_ambiguous(want, got)
    difference = _difference(expected, actual)
    assert difference is None, difference


@pytest.mark.parametrize("key", list(SLICES))
def test_flat_scrape_gives_what_the_flat_form_carries(key: str) -> None:
    markdown = SLICES[key].text()
    _compare_flat(markdown, render_flat(markdown))


def _seed_layout(text: str) -> list[str]:
    """A flat scrape's layout with Chinese table text masked: the seed comes
    from a later doc version whose wording differs (硬盘 for 云盘, ASCII commas)."""
    out: list[str] = []
    for line in text.splitlines():
        code, bar, table = line.partition("|")
        cells = (
            [("<zh>" if re.search(r"[\u4e00-\u9fff]", c) else c) for c in table.split("|")]
            if bar
            else []
        )
        out.append(code + ("|" + "|".join(cells) if bar else ""))
    return out


def test_render_flat_reproduces_the_seed_layout() -> None:
    """The renderer is only useful if it produces what a real flat scrape looks
    like: the same three APIs from the markdown export against the real seed."""
    seed = _shared_text(SEED)
    end = seed.rindex("action.call()") + len("action.call()")
    markdown = Slice("05-02-disaster-recovery.md", "CreateVmBackup", "SyncVmBackup", ()).text()
    flat = render_flat(markdown)
    assert flat.endswith(FLAT_FOOTER + "\n")
    mine = flat[: -len(FLAT_FOOTER) - 1]
    assert _seed_layout(mine) == _seed_layout(seed[:end])


# ----------------------------------------------------------------------------
# The real seed


def _param_facts(record: Record) -> list[tuple[str, str, str, bool, str]]:
    return [(p["name"], p["in"], p["type"], p["required"], p["since"]) for p in record["params"]]


_ERROR_FIELDS: list[tuple[str, str, str, Any]] = [
    ("code", "String", "3.0.0", []),
    ("description", "String", "3.0.0", []),
    ("details", "String", "3.0.0", []),
    ("elaboration", "String", "3.0.0", []),
    ("opaque", "LinkedHashMap", "3.0.0", []),
    ("cause", "ErrorCode", "3.0.0", []),
]


def test_real_seed_gives_its_three_apis_with_every_fact() -> None:
    text = _shared_text(SEED)
    records, warnings = extract_document(text, SEED.name)
    assert _names(records) == ["CreateVmBackup", "DeleteVmBackup", "SyncVmBackup"]
    assert warnings == []

    create = records[0]
    assert (create["method"], create["path"], create["extra_paths"], create["body_key"]) == (
        "POST",
        "/zstack/v1/volumes/{rootVolumeUuid}/vm-backups",
        [],
        "params",
    )
    assert _param_facts(create) == [
        ("rootVolumeUuid", "path", "String", True, "3.0.0"),
        ("backupStorageUuid", "body", "String", True, "3.0.0"),
        ("name", "body", "String", True, "3.0.0"),
        ("description", "body", "String", False, "3.0.0"),
        ("resourceUuid", "body", "String", False, "3.0.0"),
        ("volumeReadBandwidth", "body", "Long", False, "3.1.0"),
        ("volumeWriteBandwidth", "body", "Long", False, "3.1.0"),
        ("networkReadBandwidth", "body", "Long", False, "3.1.0"),
        ("networkWriteBandwidth", "body", "Long", False, "3.1.0"),
        ("systemTags", "body-root", "List", False, "3.0.0"),
        ("userTags", "body-root", "List", False, "3.0.0"),
    ]
    assert create["params"][0]["description"] == "根硬盘UUID"
    # The row lost its empty description cell: it must not borrow the version.
    assert create["params"][4]["description"] == ""
    assert create["system_tags"] == [
        "backup::network::cidr::CIDR",
        "fsInfo::type::$TYPE::url::$URL::options::$OPTIONS",
        "volumeLiveBackup::parallelismDegree::$NUMBER",
    ]
    assert create["response"]["empty"] is False
    assert [i["name"] for i in create["response"]["example"]["inventories"]] == [
        "Root-Volume-Backup-1",
        "Data-Volume-Backup-1",
    ]
    s = "3.0.0"
    assert _field_tree(create["response"]["fields"]) == [
        ("error", "ErrorCode", s, _ERROR_FIELDS),
        (
            "inventories",
            "List",
            s,
            [
                ("uuid", "String", s, []),
                ("volumeUuid", "String", s, []),
                ("name", "String", s, []),
                ("description", "String", s, []),
                ("type", "String", s, []),
                ("state", "String", s, []),
                ("status", "String", s, []),
                ("size", "Long", s, []),
                ("metadata", "String", s, []),
                ("createDate", "Timestamp", s, []),
                ("lastOpDate", "Timestamp", s, []),
                (
                    "backupStorageRefs",
                    "List",
                    s,
                    [
                        ("volumeBackupUuid", "String", s, []),
                        ("backupStorageUuid", "String", s, []),
                        ("installPath", "String", s, []),
                        ("status", "String", s, []),
                        ("createDate", "Timestamp", s, []),
                        ("lastOpDate", "Timestamp", s, []),
                    ],
                ),
            ],
        ),
    ]

    delete = records[1]
    assert (delete["method"], delete["path"], delete["extra_paths"], delete["body_key"]) == (
        "DELETE",
        "/zstack/v1/vm-backups/{groupUuid}",
        [],
        None,
    )
    assert _param_facts(delete) == [
        ("groupUuid", "path", "String", True, "3.0.0"),
        ("backupStorageUuids", "query", "List", False, "3.0.0"),
        ("deleteMode", "query", "String", False, "3.0.0"),
        ("systemTags", "query", "List", False, "3.0.0"),
        ("userTags", "query", "List", False, "3.0.0"),
    ]
    assert delete["response"] == {"empty": True, "example": None, "fields": []}
    assert delete["system_tags"] == []

    sync = records[2]
    assert (sync["method"], sync["path"], sync["extra_paths"], sync["body_key"]) == (
        "PUT",
        "/zstack/v1/vm-backups/imageStore/{imageStoreUuid}/actions",
        [],
        "syncVmBackup",
    )
    assert _param_facts(sync) == [
        ("imageStoreUuid", "path", "String", True, "3.5.0"),
        ("systemTags", "body-root", "List", False, "3.5.0"),
        ("userTags", "body-root", "List", False, "3.5.0"),
    ]
    assert sync["response"] == {"empty": True, "example": None, "fields": []}
    assert sync["system_tags"] == []
    for record in records:
        assert (record["title"], record["category"], record["description"]) == (None, [], None)


def test_real_seed_footer_contributes_nothing() -> None:
    """The site footer (contact lines, phone numbers, mail addresses) follows
    the last SDK example on the same line; it must add no API, tag or field."""
    text = _shared_text(SEED)
    end = text.rindex("action.call()") + len("action.call()")
    footer = text[end:]
    assert "400-" in footer  # the seed still has its footer
    with_footer = [_without_source(r) for r in _records(text, "seed.txt")]
    without = [_without_source(r) for r in _records(text[:end], "seed.txt")]
    assert with_footer == without
    assert _records(footer, "footer.txt") == []
    assert _warnings(footer, "footer.txt") == []


# ----------------------------------------------------------------------------
# English manuals
#
# tests/fixtures/en/zones.{md,html,txt}: the same four APIs in the three forms,
# written in the English manual's style: bare `ApiName` and `Title (ApiName)`
# headings; `Curl Sample`/`Curl Example`, `Request Parameters`/`Parameter List`,
# `Sample Response`/`Response example`; headers with `Optional Value` and with
# `Allowed Values`; optional as ` (Optional)` or a description `Optional. ...`;
# the wrapper `body (contained in the params structure)` in several
# capitalisations; references `For more information, see [x]`,
# `For details, see x`, `See x.`.

_EN_ERROR: list[tuple[str, str, str, Any]] = [
    ("code", "String", "0.6", []),
    ("description", "String", "0.6", []),
    ("details", "String", "0.6", []),
]

EN_FACTS: dict[str, dict[str, Any]] = {
    "CreateZone": {
        "title": None,
        "method": "POST",
        "path": "/zstack/v1/zones",
        "extra_paths": [],
        "body_key": "params",
        "params": [
            ("name", "body", "String", True, "0.6", []),
            ("description", "body", "String", False, "0.6", []),
            ("isDefault", "body", "Boolean", False, "2.2", ["true", "false"]),
            ("resourceUuid", "body", "String", False, "0.6", []),
            ("systemTags", "body-root", "List", False, "0.6", []),
            ("userTags", "body-root", "List", False, "0.6", []),
        ],
        "fields": [
            ("error", "ErrorCode", "0.6", _EN_ERROR),
            (
                "inventory",
                "ZoneInventory",
                "0.6",
                [
                    ("uuid", "String", "0.6", []),
                    ("name", "String", "0.6", []),
                    ("state", "String", "0.6", []),
                    ("createDate", "Timestamp", "0.6", []),
                    ("lastOpDate", "Timestamp", "0.6", []),
                    (
                        "clusters",
                        "List",
                        "3.5.0",
                        [
                            ("uuid", "String", "3.5.0", []),
                            ("hypervisorType", "String", "3.5.0", []),
                        ],
                    ),
                ],
            ),
        ],
        "empty": False,
        "system_tags": ["zoneQuota::cpu::NUM"],
    },
    "UpdateZone": {
        "title": "Update Zone",
        "method": "PUT",
        "path": "/zstack/v1/zones/{uuid}/actions",
        "extra_paths": [],
        "body_key": "updateZone",
        "params": [
            ("uuid", "path", "String", True, "0.6", []),
            ("name", "body", "String", False, "0.6", []),
            ("description", "body", "String", False, "0.6", []),
            ("state", "body", "String", False, "4.1.0", ["Enabled", "Disabled"]),
            ("systemTags", "body-root", "List", False, "0.6", []),
            ("userTags", "body-root", "List", False, "0.6", []),
        ],
        "fields": [
            ("error", "ErrorCode", "0.6", _EN_ERROR[:2]),
            (
                "inventory",
                "ZoneInventory",
                "0.6",
                [
                    ("uuid", "String", "0.6", []),
                    ("name", "String", "0.6", []),
                    ("state", "String", "0.6", []),
                ],
            ),
        ],
        "empty": False,
        "system_tags": [],
    },
    "QueryZone": {
        "title": "Query Zone",
        "method": "GET",
        "path": "/zstack/v1/zones",
        "extra_paths": ["/zstack/v1/zones/{uuid}"],
        "body_key": None,
        "params": [],
        "fields": [
            (
                "inventories",
                "List",
                "0.6",
                [("uuid", "String", "0.6", []), ("name", "String", "0.6", [])],
            )
        ],
        "empty": False,
        "system_tags": [],
    },
    "DeleteZone": {
        "title": "Delete Zone",
        "method": "DELETE",
        "path": "/zstack/v1/zones/{uuid}",
        "extra_paths": [],
        "body_key": None,
        "params": [
            ("uuid", "path", "String", True, "0.6", []),
            ("deleteMode", "query", "String", False, "0.6", ["Permissive", "Enforcing"]),
            ("systemTags", "query", "List", False, "0.6", []),
            ("userTags", "query", "List", False, "0.6", []),
        ],
        "fields": [],
        "empty": True,
        "system_tags": [],
    },
}


def _en_facts(record: Record) -> dict[str, Any]:
    return {
        "title": record["title"],
        "method": record["method"],
        "path": record["path"],
        "extra_paths": record["extra_paths"],
        "body_key": record["body_key"],
        "params": [
            (p["name"], p["in"], p["type"], p["required"], p["since"], p["values"])
            for p in record["params"]
        ],
        "fields": _field_tree(record["response"]["fields"]),
        "empty": record["response"]["empty"],
        "system_tags": record["system_tags"],
    }


@pytest.mark.parametrize("fixture", ["zones.md", "zones.html", "zones.txt"])
def test_english_manual_in_each_form(fixture: str) -> None:
    records, warnings = extract_document((EN / fixture).read_text(encoding="utf-8"), fixture)
    assert _names(records) == list(EN_FACTS)
    assert [w.as_dict() for w in warnings] == []
    flat = fixture.endswith(".txt")
    for record in records:
        want = dict(EN_FACTS[record["name"]])
        if flat:
            want["title"] = None  # headings are not in a flat scrape
        assert _en_facts(record) == want, record["name"]
        if flat:
            assert (record["category"], record["description"]) == ([], None)
        else:
            assert record["category"] == ["Hardware - Resource Center", "Zone Related APIs"]
    by_name = {r["name"]: r for r in records}
    if not flat:
        assert by_name["CreateZone"]["description"] == "Creates a zone."
        assert by_name["QueryZone"]["description"] is None
    # Descriptions keep their text; only a leading `Optional.` marks the row optional.
    assert (
        by_name["CreateZone"]["params"][1]["description"]
        == "Optional. The detailed description of the zone."
    )
    assert by_name["UpdateZone"]["params"][1]["description"] == "The new zone name."


def test_english_markdown_and_html_agree() -> None:
    markdown = _records((EN / "zones.md").read_text(encoding="utf-8"), "zones.md")
    page = _records((EN / "zones.html").read_text(encoding="utf-8"), "zones.html")
    assert [_en_facts(r) | {"category": r["category"]} for r in markdown] == [
        _en_facts(r) | {"category": r["category"]} for r in page
    ]


def test_english_reference_is_not_read_inside_a_word() -> None:
    """`seen` is not `see n`: a description that says "as seen from" before its
    "For details, see x" must still lead to table x."""
    markdown = (
        (EN / "zones.md")
        .read_text(encoding="utf-8")
        .replace(
            "| clusters | List | The clusters of the zone. For details, see clusters. |",
            "| clusters | List | The clusters as seen from the zone. For details, see clusters. |",
        )
    )
    assert "as seen from" in markdown
    create = _record(_records(markdown, "zones.md"), "CreateZone")
    clusters = create["response"]["fields"][1]["fields"][-1]
    assert clusters["name"] == "clusters"
    assert [f["name"] for f in clusters["fields"]] == ["uuid", "hypervisorType"]
    assert [w["kind"] for w in _warnings(markdown, "zones.md")] == []


# ----------------------------------------------------------------------------
# Small synthetic pages for single behaviours

_PARAMS_HEADER = (
    "| 名字 | 类型 | 位置 | 描述 | 可选值 | 起始版本 |\n| --- | --- | --- | --- | --- | --- |"
)
_FIELDS_HEADER = "| 名字 | 类型 | 描述 | 起始版本 |\n| --- | --- | --- | --- |"
_DEFAULT_PARAMS = (
    "| name | String | body(包含在**params**结构中) | 区域名称 |  | 0.6 |\n"
    "| systemTags (可选) | List | body | 系统标签 |  | 0.6 |"
)
_DEFAULT_RESPONSE = '{\n  "inventory": {\n    "uuid": "3f1c0b6e4cc84ba9a8ad1e0c5c7c8f31"\n  }\n}'


def _api_md(
    name: str,
    *,
    urls: str = "POST zstack/v1/zones",
    after_urls: str = "",
    body: str = '{\n  "params": {\n    "name": "zone-1"\n  }\n}',
    params: str = _DEFAULT_PARAMS,
    params_header: str = _PARAMS_HEADER,
    response: str = _DEFAULT_RESPONSE,
    tags: str = "",
    fields: str = "| uuid | String | 区域UUID | 0.6 |",
) -> str:
    """One API section in the export's shape."""
    return f"""#### 测试接口({name})

##### API请求

 URLs

```
{urls}
```
{after_urls}
 Headers

```
Authorization: OAuth the-session-uuid
```

 Body

```
{body}
```

 参数列表

{params_header}
{params}

{tags}

##### API返回

 返回示例

```
{response}
```

{_FIELDS_HEADER}
| inventory | ZoneInventory | 详情参考[inventory] | 0.6 |

 #inventory

{_FIELDS_HEADER}
{fields}

##### SDK示例

 Java SDK

```
{name}Action action = new {name}Action();
action.sessionId = "b86c9016b4f24953a9edefb53ca0678c";
{name}Action.Result res = action.call();
```
"""


def _line_of(text: str, needle: str) -> int:
    return next(k for k, line in enumerate(text.splitlines(), start=1) if needle in line)


# ----------------------------------------------------------------------------
# Scraper bugs found by comparing forms (each test names the expected behaviour)


def test_html_inline_markup_in_a_cell_adds_no_spaces() -> None:
    """`如果<strong>imageUuid</strong>字段` shows as 如果imageUuid字段 and
    `详情参考<a href="#inventory">inventory</a>` as 详情参考inventory, which is
    what the markdown form gives; the HTML reader must not put spaces there."""
    markdown = _api_md(
        "CreateZone",
        params="| name | String | body(包含在**params**结构中) | 如果**imageUuid**字段指定的镜像 |  | 0.6 |",
    )
    page = render_html(markdown)
    assert "<strong>imageUuid</strong>" in page and '<a href="#inventory">inventory</a>' in page
    want = _record(_records(markdown, "a.md"), "CreateZone")
    got = _record(_records(page, "a.html"), "CreateZone")
    assert want["params"][0]["description"] == "如果imageUuid字段指定的镜像"
    assert got["params"][0]["description"] == want["params"][0]["description"]
    assert got["response"]["fields"][0]["description"] == "详情参考inventory"


def test_html_header_row_of_td_cells_is_recognised_by_its_words() -> None:
    """A table without <thead> and <th>, whose first row says 名字 | 类型 | 位置
    ...: that row is the header. Today the table is dropped silently, and the
    API loses every parameter and every response field."""
    markdown = _api_md("CreateZone")
    page = render_html(markdown, style="site+no-thead")
    assert "<thead>" not in page and "<th>" not in page and "<td>名字</td>" in page
    want = _without_source(_record(_records(markdown, "a.md"), "CreateZone"))
    got = _without_source(_record(_records(page, "a.html"), "CreateZone"))
    assert [p["name"] for p in got["params"]] == ["name", "systemTags"]
    assert [f["name"] for f in got["response"]["fields"]] == ["inventory"]
    assert got == want


def test_flat_path_ends_where_a_header_begins() -> None:
    """Some pages print the header as `OAuth: the-session-uuid` (no
    `Authorization`); flat, it follows the path without a gap:
    `POST zstack/v1/l2-networks/vlanOAuth: the-session-uuid{...`. The path is
    /zstack/v1/l2-networks/vlan, not .../vlanOAuth:."""
    markdown = _api_md("CreateZone").replace(
        "Authorization: OAuth the-session-uuid", "OAuth: the-session-uuid"
    )
    flat = render_flat(markdown)
    assert "POST zstack/v1/zonesOAuth: the-session-uuid{" in flat
    record = _record(_records(flat, "a.txt"), "CreateZone")
    assert record["path"] == "/zstack/v1/zones"


def _flat_tags(markdown: str) -> tuple[list[str], list[str]]:
    return (
        _record(_records(markdown, "a.md"), "CreateZone")["system_tags"],
        _record(_records(render_flat(markdown), "a.txt"), "CreateZone")["system_tags"],
    )


def test_flat_tag_format_with_chinese_placeholder_stays_whole() -> None:
    """`staticIp::三层网络UUID::指定的IP` is one format; flat, its `UUID::`
    after a Chinese character is not the start of another tag."""
    tags = (
        "  - 选项格式为：`staticIp::三层网络UUID::指定的IP`\n"
        "  - 例如：`staticIp::f00d593dff2e4bd58473388ac411ade2::192.168.0.10`\n"
        "  - 选项格式为：`affinityGroupUuid::亲合组uuid`\n"
        "  - 例如：`affinityGroupUuid::ade3ccc31fc63ac2937b2210c21c39b1`"
    )
    markdown, flat = _flat_tags(_api_md("CreateZone", tags=tags))
    assert markdown == ["staticIp::三层网络UUID::指定的IP", "affinityGroupUuid::亲合组uuid"]
    assert flat == markdown


def test_flat_tag_after_an_example_ending_in_hex_digits() -> None:
    """`enableSRIOV::9e19dafe...27582339` glued to `staticIp::...`: the hex
    value's letters are not a tag start (today the flat reader cuts the example
    at `e19dafe...` and takes it for a format)."""
    tags = (
        "  - 选项格式为：`enableSRIOV::{L3_NETWORK_UUID}`\n"
        "  - 例如：`enableSRIOV::9e19dafe81c64fed8e34f72e27582339`\n"
        "  - 选项格式为：`staticIp::L3_UUID::IP`\n"
        "  - 例如：`staticIp::f00d593dff2e4bd58473388ac411ade2::192.168.0.10`"
    )
    markdown, flat = _flat_tags(_api_md("CreateZone", tags=tags))
    assert markdown == ["enableSRIOV::{L3_NETWORK_UUID}", "staticIp::L3_UUID::IP"]
    assert flat == markdown


def test_flat_tag_formats_listed_with_commas() -> None:
    """One inline code span listing two formats, `a::x, a::y`, gives both (as
    in markdown), never a format with a trailing comma."""
    tags = (
        "  - 选项格式为：`volumeProvisioningStrategy::ThinProvisioning, volumeProvisioningStrategy::ThickProvisioning`\n"
        "  - 例如：`volumeProvisioningStrategy::ThinProvisioning, volumeProvisioningStrategy::ThickProvisioning`"
    )
    markdown, flat = _flat_tags(_api_md("CreateZone", tags=tags))
    assert markdown == [
        "volumeProvisioningStrategy::ThinProvisioning",
        "volumeProvisioningStrategy::ThickProvisioning",
    ]
    assert not any(t.endswith(",") for t in flat), flat
    assert flat == markdown


def test_flat_tag_format_loses_its_explanation() -> None:
    """`ceph::rootPoolName::xxx, 其中xxx代表池名称`: the format is
    ceph::rootPoolName::xxx in both forms; the explanation is prose."""
    tags = (
        "  - 选项格式为：`ceph::rootPoolName::xxx, 其中xxx代表池名称`\n"
        "  - 例如：`ceph::rootPoolName::pri-v-r-26e11ca6814d4e1ba504d845f7848db3`"
    )
    markdown, flat = _flat_tags(_api_md("CreateZone", tags=tags))
    assert markdown == ["ceph::rootPoolName::xxx"]
    assert flat == markdown


def test_flat_row_without_a_type_keeps_its_location() -> None:
    """`| state（可选） |  | body(包含在updateX结构中) | 运行状态 | Stopped Running |  |`
    (a real row: no type, no version) flat is `| state（可选） | body(...) |
    运行状态 | Stopped Running | ||`; the body(...) cell is the location, not the type."""
    params = "| state（可选） |  | body(包含在**params**结构中) | 运行状态 | Stopped Running |  |"
    markdown = _api_md("CreateZone", params=params)
    want = _record(_records(markdown, "a.md"), "CreateZone")["params"][0]
    got = _record(_records(render_flat(markdown), "a.txt"), "CreateZone")["params"][0]
    assert (want["type"], want["in"], want["values"]) == ("", "body", ["Stopped", "Running"])
    assert {k: v for k, v in got.items() if k != "line"} == {
        k: v for k, v in want.items() if k != "line"
    }


def test_flat_duplicate_nested_table_is_not_taken_for_the_next_one() -> None:
    """The export prints some nested tables twice (CreateVmInstance: #usedIps).
    Flat, the `#name` lines are gone and tables are matched to references by
    order, so the copy is handed to the next reference (allVolumes gets the
    usedIps fields, vmCdRoms gets allVolumes'). A table identical to one
    already used is a copy, not the next table."""
    fields_md = (
        "| uuid | String | UUID | 0.6 |\n"
        "| vmNics | List | 详情参考[vmNics] | 0.6 |\n"
        "| allVolumes | List | 详情参考[allVolumes] | 0.6 |\n\n"
        f" #vmNics\n\n{_FIELDS_HEADER}\n| ip | String | IP | 0.6 |\n| usedIps | List | 详情参考[usedIps] | 0.6 |\n\n"
        f" #usedIps\n\n{_FIELDS_HEADER}\n| ipRangeUuid | String | IP段 | 0.6 |\n\n"
        f" #usedIps\n\n{_FIELDS_HEADER}\n| ipRangeUuid | String | IP段 | 0.6 |\n\n"
        f" #allVolumes\n\n{_FIELDS_HEADER}\n| installPath | String | 路径 | 0.6 |"
    )
    markdown = _api_md("CreateZone", fields=fields_md)
    want = _record(_records(markdown, "a.md"), "CreateZone")["response"]["fields"]
    got = _record(_records(render_flat(markdown), "a.txt"), "CreateZone")["response"]["fields"]
    assert _field_tree(want)[0][3][2] == (
        "allVolumes",
        "List",
        "0.6",
        [("installPath", "String", "0.6", [])],
    )
    assert _field_tree(got) == _field_tree(want)


def test_markdown_further_url_warning_points_at_its_own_line() -> None:
    """A markdown code block's line is its opening fence, but request lines
    inside it are numbered as if the block started on its first content line:
    the second URL of a block is reported on the first URL's line."""
    markdown = _api_md(
        "QueryZone",
        urls="GET zstack/v1/zones\nPOST zstack/v1/zones/{uuid}",
        params="| uuid (可选) | String | url | 区域UUID |  | 0.6 |",
    )
    mixed = [w for w in _warnings(markdown, "a.md") if w["kind"] == "mixed-methods"]
    assert len(mixed) == 1
    assert mixed[0]["line"] == _line_of(markdown, "POST zstack/v1/zones/{uuid}")


# ----------------------------------------------------------------------------
# Damaged input: recovery plus a warning with file, line and API


@dataclass(frozen=True, slots=True)
class Damage:
    name: str
    markdown: str
    kind: str
    line_of: str  # text on the line the warning must point at
    method: str
    path: str
    extra_paths: tuple[str, ...] = ()
    # The problem is inside a code block: the warning may point at the block
    # (its opening fence) or at any line of it up to line_of.
    in_code: bool = False


_URL_ROW = "| uuid | String | url | 区域UUID |  | 0.6 |"

DAMAGES = [
    Damage(
        "CreateZone",
        _api_md("CreateZone", after_urls="\n````\n"),
        "stray-fence",
        "````",
        "POST",
        "/zstack/v1/zones",
    ),
    Damage(
        "DeleteZone",
        _api_md("DeleteZone", urls="DELECT zstack/v1/zones/{uuid}", params=_URL_ROW),
        "verb-typo",
        "DELECT",
        "DELETE",
        "/zstack/v1/zones/{uuid}",
        in_code=True,
    ),
    Damage(
        "DeleteZone",
        _api_md("DeleteZone", urls="DELETE/v1/zones/{uuid}", params=_URL_ROW),
        "missing-space",
        "DELETE/v1",
        "DELETE",
        "/zstack/v1/zones/{uuid}",
        in_code=True,
    ),
    Damage(
        "CreateZone",
        _api_md("CreateZone", urls="POST /v1/zones"),
        "v1-prefix",
        "POST /v1/zones",
        "POST",
        "/zstack/v1/zones",
        in_code=True,
    ),
    Damage(
        "QueryZone",
        _api_md(
            "QueryZone",
            urls="GET zstack/v1/zonesGET zstack/v1/zones/{uuid}",
            params="| uuid (可选) | String | url | 区域UUID |  | 0.6 |",
        ),
        "urls-run-together",
        "GET zstack/v1/zonesGET",
        "GET",
        "/zstack/v1/zones",
        ("/zstack/v1/zones/{uuid}",),
        in_code=True,
    ),
    Damage(
        "CreateZone",
        _api_md("CreateZone", params_header=""),
        "headerless-table",
        "| name | String",
        "POST",
        "/zstack/v1/zones",
    ),
    Damage(
        "CreateZone",
        _api_md(
            "CreateZone",
            params=(
                "| name | String | body(包含在**params**结构中) | 区域名称, 形如 a|b |  | 0.6 |\n"
                "| systemTags (可选) | List | body | 系统标签 |  | 0.6 |"
            ),
        ),
        "row-shape",
        "形如 a|b",
        "POST",
        "/zstack/v1/zones",
    ),
    Damage(
        "CreateZone",
        _api_md(
            "CreateZone",
            response='{\n  "inventory": {\n    "uuid": "3f1c0b6e"\n    "name": "zone-1"\n  }\n}',
        ),
        "invalid-json",
        '"uuid": "3f1c0b6e"',
        "POST",
        "/zstack/v1/zones",
        in_code=True,
    ),
]


@pytest.mark.parametrize("damage", DAMAGES, ids=[d.kind for d in DAMAGES])
def test_damaged_page_is_recovered_with_a_warning(damage: Damage) -> None:
    records, warnings = extract_document(damage.markdown, "damaged.md")
    record = _record(records, damage.name)
    assert (record["method"], record["path"], tuple(record["extra_paths"])) == (
        damage.method,
        damage.path,
        damage.extra_paths,
    )
    # Recovered, not just noticed: the parameter rows and the response tree are all there.
    assert record["params"] and record["params"][0]["since"] == "0.6"
    assert [f["name"] for f in record["response"]["fields"]] == ["inventory"]
    assert record["response"]["fields"][0]["fields"], "nested table lost"
    found = [w for w in warnings if w.kind == damage.kind]
    assert found, [w.as_dict() for w in warnings]
    warning = found[0]
    line = _line_of(damage.markdown, damage.line_of)
    if damage.in_code:
        lines = damage.markdown.splitlines()
        fence = max(k for k in range(1, line) if lines[k - 1].startswith("```"))
        assert fence <= warning.line <= line
    else:
        assert warning.line == line
    assert (warning.file, warning.api) == ("damaged.md", damage.name)


def test_damage_details() -> None:
    """What recovery means, case by case, beyond the warning."""
    extra = next(d for d in DAMAGES if d.kind == "row-shape")
    row = _record(_records(extra.markdown, "d.md"), "CreateZone")["params"][0]
    # The stray pipe came from the description: it is joined back there.
    assert (row["name"], row["type"], row["in"], row["since"]) == ("name", "String", "body", "0.6")
    assert row["description"] == "区域名称, 形如 a | b"
    bad_json = next(d for d in DAMAGES if d.kind == "invalid-json")
    record = _record(_records(bad_json.markdown, "d.md"), "CreateZone")
    assert record["response"]["example"] == {"inventory": {"uuid": "3f1c0b6e", "name": "zone-1"}}
    headerless = next(d for d in DAMAGES if d.kind == "headerless-table")
    params = _record(_records(headerless.markdown, "d.md"), "CreateZone")["params"]
    assert [(p["name"], p["in"], p["required"]) for p in params] == [
        ("name", "body", True),
        ("systemTags", "body-root", False),
    ]


def test_same_api_documented_twice_is_merged_with_a_warning() -> None:
    first = _api_md("CreateZone")
    second = "# 另一页\n\n" + _api_md(
        "CreateZone",
        params=(
            "| name | String | body(包含在**params**结构中) | 区域名称 |  | 0.6 |\n"
            "| zoneType (可选) | String | body(包含在**params**结构中) | 区域类型 |  | 4.0.0 |"
        ),
    )
    catalog = scrape_documents([("a.md", first), ("b.md", second)])
    assert [a["name"] for a in catalog["apis"]] == ["CreateZone"]
    assert [p["name"] for p in catalog["apis"][0]["params"]] == ["name", "systemTags", "zoneType"]
    duplicates = [w for w in catalog["warnings"] if w["kind"] == "duplicate-api"]
    assert len(duplicates) == 1
    assert (duplicates[0]["file"], duplicates[0]["line"], duplicates[0]["api"]) == (
        "b.md",
        _line_of(second, "(CreateZone)"),
        "CreateZone",
    )
    assert "a.md:1" in duplicates[0]["message"]


def test_empty_or_garbage_page_is_reported_and_the_run_goes_on() -> None:
    rng = random.Random(20240601)
    garbage = bytes(rng.randrange(256) for _ in range(4096)).decode("utf-8", errors="replace")
    good = _api_md("CreateZone")
    catalog = scrape_documents(
        [
            ("empty.md", ""),
            ("garbage.html", garbage),
            ("good.md", good),
            ("nul.txt", "\x00" * 512),
        ]
    )
    assert [a["name"] for a in catalog["apis"]] == ["CreateZone"]
    assert [p["file"] for p in catalog["pages"]] == [
        "empty.md",
        "garbage.html",
        "good.md",
        "nul.txt",
    ]
    reported = {w["file"] for w in catalog["warnings"]}
    for bad in ("empty.md", "garbage.html", "nul.txt"):
        assert bad in reported, f"{bad}: no warning says the page held nothing readable"
    for w in catalog["warnings"]:
        assert w["line"] >= 1 and w["file"] and "api" in w


# ----------------------------------------------------------------------------
# The CLI


def _write_sources(root: Path) -> Path:
    source = root / "docs"
    (source / "en").mkdir(parents=True)
    (source / "en" / "zones.md").write_text(
        (EN / "zones.md").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (source / "zone.txt").write_text(render_flat(_api_md("ChangeZoneState")), encoding="utf-8")
    (source / "notes.html").write_text(
        render_html("# 说明\n\n没有接口的页面。\n"), encoding="utf-8"
    )
    return source


def test_cli_scrape_writes_the_catalog_and_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write_sources(tmp_path)
    out = tmp_path / "catalog.json"
    assert cli_main(["scrape", str(source), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "3 files, 5 APIs, 18 parameters, 0 warnings" in err
    catalog = json.loads(out.read_text(encoding="utf-8"))
    assert catalog["format"] == "zstack-api-catalog/1"
    assert [a["name"] for a in catalog["apis"]] == [
        "ChangeZoneState",
        "CreateZone",
        "DeleteZone",
        "QueryZone",
        "UpdateZone",
    ]
    assert {a["source"]["file"] for a in catalog["apis"]} == {"en/zones.md", "zone.txt"}


def test_cli_strict_fails_on_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write_sources(tmp_path)
    (source / "stray.md").write_text(_api_md("DeleteZone", after_urls="\n````\n"), encoding="utf-8")
    out = tmp_path / "catalog.json"
    assert cli_main(["scrape", str(source), "-o", str(out)]) == 0
    assert "stray-fence: 1" in capsys.readouterr().err
    assert cli_main(["scrape", str(source), "-o", str(out), "--strict", "-v"]) == 1
    err = capsys.readouterr().err
    assert "stray.md:" in err and "[stray-fence] DeleteZone" in err
    assert out.is_file()  # the catalog is still written for inspection


def test_cli_missing_source_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-docs"
    assert cli_main(["scrape", str(missing), "-o", str(tmp_path / "c.json")]) == 2
    assert str(missing) in capsys.readouterr().err
    assert not (tmp_path / "c.json").exists()


def test_cli_output_is_byte_identical_across_runs(tmp_path: Path) -> None:
    """Two processes with different hash seeds, so set or dict ordering that
    leaks into the output shows up."""
    source = _write_sources(tmp_path)
    (source / "stray.md").write_text(_api_md("DeleteZone", after_urls="\n````\n"), encoding="utf-8")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"catalog-{seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-m", "zstack_openapi", "scrape", str(source), "-o", str(out)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert b'"stray-fence"' in outputs[0]
