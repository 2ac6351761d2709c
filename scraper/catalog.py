"""Records from all pages -> the catalog: one record per API, stable order."""

from __future__ import annotations

import functools
import hashlib
from collections import Counter
from pathlib import Path
from typing import Final, TypedDict, cast

from zstack_openapi.catalog_model import Api, Catalog, Page, UnnamedApi
from zstack_openapi.catalog_schema import SCHEMA_FILE, catalog_problem
from zstack_openapi.fileio import InputError, read_input_bytes, write_text_if_changed
from zstack_openapi.jsonfmt import dump_json, load_json
from zstack_openapi.scraper.blocks import ScrapeWarning
from zstack_openapi.scraper.record import Record

FORMAT: Final = "zstack-api-catalog/1"


def merge_records(records: list[Record], warnings: list[ScrapeWarning]) -> list[Record]:
    by_name: dict[str, Record] = {}
    # Merge in document order whatever order the pages came in, so the first
    # place an API is documented is always the base of its record.
    for record in sorted(records, key=lambda r: (r["source"]["file"], r["source"]["line"])):
        name = record["name"]
        assert name is not None  # records without a name are never merged
        first = by_name.get(name)
        if first is None:
            by_name[name] = record
            continue
        _merge_into(first, record, warnings)
    return [by_name[name] for name in sorted(by_name)]


def _merge_into(base: Record, other: Record, warnings: list[ScrapeWarning]) -> None:
    src = other["source"]
    here = f"{base['source']['file']}:{base['source']['line']}"

    def warn(message: str) -> None:
        warnings.append(
            ScrapeWarning(src["file"], src["line"], base["name"], "duplicate-api", message)
        )

    warn(f"{base['name']} documented again (first at {here}); merged")
    for key in ("method", "path", "body_key"):
        if other[key] != base[key] and other[key] is not None:
            if base[key] is None:
                base[key] = other[key]
            else:
                warn(f"{key} differs: {base[key]!r} at {here}, {other[key]!r} here; kept the first")
    for path in [other["path"], *other["extra_paths"]]:
        if path != base["path"] and path not in base["extra_paths"]:
            base["extra_paths"].append(path)
    for text_key in ("title", "description"):
        if not base[text_key] and other[text_key]:
            base[text_key] = other[text_key]
    known = {p["name"]: p for p in base["params"]}
    for param in other["params"]:
        mine = known.get(param["name"])
        if mine is None:
            # Its row is in the other section's page: a line there would be
            # cited against this record's file.
            param.pop("line", None)
            param.pop("location_cell", None)
            base["params"].append(param)
            known[param["name"]] = param
            continue
        for fact in ("in", "type", "required", "since"):
            if mine[fact] != param[fact]:
                warn(
                    f"parameter {param['name']!r}: {fact} {mine[fact]!r} at {here}, {param[fact]!r} here; kept the first"
                )
    if not base["response"]["fields"] and other["response"]["fields"]:
        base["response"] = other["response"]
    for tag in other["system_tags"]:
        if tag not in base["system_tags"]:
            base["system_tags"].append(tag)


def split_glued_values(apis: list[Record], warnings: list[ScrapeWarning]) -> None:
    """Some exports join `<li>` items without a separator (`enabledisable`).
    Split a lone value when it is a run of values the corpus lists elsewhere."""
    vocabulary = {
        value
        for api in apis
        for param in api["params"]
        if len(param["values"]) > 1
        for value in param["values"]
    }
    for api in apis:
        for param in api["params"]:
            if len(param["values"]) != 1 or param["values"][0] in vocabulary:
                continue
            parts = _segment(param["values"][0], vocabulary)
            if parts is not None and len(parts) > 1:
                warnings.append(
                    ScrapeWarning(
                        api["source"]["file"],
                        api["source"]["line"],
                        api["name"],
                        "glued-values",
                        f"allowed values of {param['name']!r} run together: {param['values'][0]!r} read as {parts}",
                    )
                )
                param["values"] = parts


def _segment(token: str, vocabulary: set[str]) -> list[str] | None:
    if not token:
        return []
    for end in range(len(token), 0, -1):
        head = token[:end]
        if head in vocabulary:
            rest = _segment(token[end:], vocabulary)
            if rest is not None:
                return [head, *rest]
    return None


# Fetching does not change what a page yields; everything else in scraper/ may.
_NOT_EXTRACTION = {"crawl.py", "http_cache.py", "incremental.py"}


@functools.cache
def extractor_fingerprint() -> str:
    """Hash of the extraction code: records are reusable across builds only when
    the code that made them is the same."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        if path.name not in _NOT_EXTRACTION:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def build_catalog(
    records: list[Record],
    warnings: list[ScrapeWarning],
    pages: list[Page] | None = None,
) -> Catalog:
    """Raw records (as extracted, or taken from a previous catalog) -> the catalog."""
    named = [r for r in records if r["name"] is not None]
    unnamed = sorted(
        (r for r in records if r["name"] is None),
        key=lambda r: (r["path"], r["method"], r["source"]["file"], r["source"]["line"]),
    )
    apis = merge_records(named, warnings)
    split_glued_values(apis, warnings)
    ordered = sorted(warnings, key=lambda w: (w.file, w.line, w.kind, w.api or "", w.message))
    catalog: Catalog = {
        "format": FORMAT,
        "extractor": extractor_fingerprint(),
        "apis": cast(list[Api], apis),  # merged records have every key of the schema's Api
        "warnings": [w.as_dict() for w in ordered],
    }
    if unnamed:
        # Pages that show no API name: not callable until reconcile names them.
        catalog["unnamed"] = cast(list[UnnamedApi], unnamed)
    if pages is not None:
        catalog["pages"] = sorted(pages, key=lambda p: p["file"])
    return catalog


def dump_catalog(catalog: Catalog) -> str:
    return dump_json(catalog)


def write_catalog(catalog: Catalog, path: Path) -> None:
    write_text_if_changed(path, dump_catalog(catalog))


def load_catalog(path: Path) -> Catalog:
    try:
        text = read_input_bytes(path)
    except (FileNotFoundError, InputError):
        raise
    except OSError as exc:
        raise ValueError(f"{path}: not a readable catalog JSON file ({exc})") from exc
    return parse_catalog(text, str(path))


def parse_catalog(text: str | bytes, where: str) -> Catalog:
    """A catalog's JSON text -> the catalog; `where` names it in errors."""
    try:
        data = load_json(text)
    except ValueError as exc:
        raise ValueError(f"{where}: not a readable catalog JSON file ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f'{where}: expected a catalog with "format": "{FORMAT}"')
    problem = catalog_problem(data)
    if problem is not None:
        raise ValueError(
            f"{where}: not a valid {FORMAT} catalog at {problem} (see schemas/{SCHEMA_FILE})"
        )
    return cast(Catalog, data)  # checked against the schema the model is generated from


class Summary(TypedDict):
    """What a scrape reports on the terminal: counts, not catalog data."""

    files: int
    apis: int
    params: int
    warnings: dict[str, int]  # kind -> how many


def summary(catalog: Catalog) -> Summary:
    kinds = Counter(w["kind"] for w in catalog.get("warnings", []))
    return {
        "files": len({a["source"]["file"] for a in catalog["apis"]}),
        "apis": len(catalog["apis"]),
        "params": sum(len(a["params"]) for a in catalog["apis"]),
        "warnings": dict(sorted(kinds.items())),
    }
