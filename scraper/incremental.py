"""Re-extract only the pages whose content changed since the previous catalog.

The catalog records each page's content hash and the APIs it documents. A page
with the same hash yields the same records, so they are taken from the previous
catalog; a page whose APIs are also documented on a changed page is redone too,
since the two were merged into one record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from zstack_openapi.background import map_in_children
from zstack_openapi.catalog_model import Catalog, Page
from zstack_openapi.scraper.blocks import ScrapeWarning
from zstack_openapi.scraper.catalog import build_catalog, extractor_fingerprint
from zstack_openapi.scraper.record import Record, reused_record


@dataclass(frozen=True)
class IncrementalStats:
    pages: int
    extracted: int
    reused: int


def _extract(page: tuple[str, str]) -> tuple[list[Record], list[ScrapeWarning]]:
    from zstack_openapi.scraper import extract_document

    name, text = page
    return extract_document(text, name)


def _size(page: tuple[str, str]) -> int:
    return len(page[1])


def _extract_all(
    pages: list[tuple[str, str]], on_page: Callable[[], None] | None
) -> dict[str, tuple[list[Record], list[ScrapeWarning]]]:
    """Each page's records and warnings, read by forked workers (one per core)."""
    found = map_in_children(_extract, pages, cost=_size, done=on_page)
    return dict(zip([name for name, _ in pages], found, strict=True))


def scrape_incremental(
    documents: Iterable[tuple[str, str]],
    previous: Catalog | None,
    extra_warnings: Iterable[ScrapeWarning] = (),
    on_page: Callable[[], None] | None = None,
) -> tuple[Catalog, IncrementalStats]:
    """`on_page` is called once per page, unchanged ones first (a progress bar)."""
    from zstack_openapi.scraper import content_hash, extract_document

    docs = list(documents)
    hashes = {name: content_hash(text) for name, text in docs}
    if previous is not None and previous.get("extractor") != extractor_fingerprint():
        # Records of another scraper version are no cache: the code changed.
        previous = None
    before = {p["file"]: p for p in (previous.get("pages", []) if previous else [])}
    reusable = {
        name
        for name, digest in hashes.items()
        if name in before and before[name]["sha256"] == digest
    }

    records: list[Record] = []
    warnings: list[ScrapeWarning] = list(extra_warnings)
    pages: list[Page] = []
    extracted: set[str] = set()

    def extract(name: str, text: str) -> set[str]:
        found, problems = done[name] if name in done else extract_document(text, name)
        records.extend(found)
        warnings.extend(problems)
        apis = sorted({r["name"] for r in found if r["name"] is not None})
        pages.append({"file": name, "sha256": hashes[name], "apis": apis})
        extracted.add(name)
        return set(apis)

    # APIs touched by a change: those of changed, new and removed pages.
    touched: set[str] = set()
    for name, page in before.items():
        if name not in reusable:
            touched.update(page["apis"])
    texts = dict(docs)
    if on_page is not None:
        for _ in reusable:
            on_page()
    done = _extract_all([(name, text) for name, text in docs if name not in reusable], on_page)
    for name, text in docs:
        if name not in reusable:
            touched |= extract(name, text)
    # A reusable page sharing an API with a redone one is redone as well.
    grew = True
    while grew:
        grew = False
        for name in sorted(reusable - extracted):
            if touched & set(before[name]["apis"]):
                touched |= extract(name, texts[name])
                grew = True

    kept = reusable - extracted
    assert previous is not None or not kept
    for api in previous["apis"] if previous else []:
        if api["source"]["file"] in kept and api["name"] not in touched:
            # Taken over, not copied: the previous catalog is consumed here.
            records.append(reused_record(api))
    # Records without a name belong to their page alone: kept with it.
    for unnamed in previous.get("unnamed", []) if previous else []:
        if unnamed["source"]["file"] in kept:
            records.append(reused_record(unnamed))
    for w in previous.get("warnings", []) if previous else []:
        if w["file"] in kept and (w["api"] is None or w["api"] not in touched):
            warnings.append(ScrapeWarning(w["file"], w["line"], w["api"], w["kind"], w["message"]))
    for name in sorted(kept):
        pages.append(before[name].copy())
    catalog = build_catalog(records, warnings, pages)
    return catalog, IncrementalStats(pages=len(docs), extracted=len(extracted), reused=len(kept))
