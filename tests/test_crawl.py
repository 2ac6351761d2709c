"""The docs crawler against a real HTTP server on 127.0.0.1 (tests/docs_site.py).

The site serves small chapters committed under tests/fixtures/crawl, so these
tests run on a fresh clone; the one test that crawls the real manual's
chapters skips without ../shared."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from zstack_openapi.cli import main
from zstack_openapi.scraper import scrape_documents
from zstack_openapi.scraper.crawl import (
    USER_AGENT,
    CrawlResult,
    HostRateLimiter,
    Scope,
    crawl,
    crawl_catalog,
    decode_html,
    extract_links,
    parse_retry_after,
)
from zstack_openapi.scraper.http_cache import HttpCache, default_cache_dir

try:
    from tests import docs_site
    from tests.docs_site import MANUAL, OUTSIDE, DocsSite, Manual, close, status, timeout
except ModuleNotFoundError:  # pytest's "prepend" import mode puts tests/, not the repo, on sys.path
    import docs_site  # type: ignore[no-redef,import-not-found,unused-ignore]
    from docs_site import (  # type: ignore[no-redef,import-not-found,unused-ignore]
        MANUAL,
        OUTSIDE,
        DocsSite,
        Manual,
        close,
        status,
        timeout,
    )

SEARCH = "08-07-search.html"  # one API: RefreshSearchIndexes
GC = "08-03-garbage-collection.html"  # TriggerGCJob, DeleteGCJob, QueryGCJob
PROGRESS = "08-01-progress-bar.html"
PLUGINS = "07-10-plugin-management.html"
ALL_PAGES = {"index.html", SEARCH, GC, PROGRESS, PLUGINS}
ROBOTS = "/robots.txt"


@pytest.fixture
def site() -> Iterator[DocsSite]:
    with DocsSite() as running:
        yield running


@pytest.fixture
def manual(site: DocsSite) -> Manual:
    return docs_site.manual(site)


def run(url: str, cache: Path, **options: Any) -> CrawlResult:
    """A crawl with test-speed politeness: no rate limit, millisecond backoff."""
    settings: dict[str, Any] = {"rate": 0, "backoff": 0.01, "timeout": 5.0, "retries": 3}
    settings.update(options)
    return crawl([url], cache_dir=cache, **settings)


def names(result: CrawlResult) -> set[str]:
    return {page.name for page in result.pages}


def statuses(site: DocsSite, page: str) -> list[int]:
    return [r.status for r in site.requests(MANUAL + page)]


def page_requests(site: DocsSite) -> list[docs_site.Request]:
    """Requests for pages: all but the one robots.txt per crawl."""
    return [r for r in site.requests() if r.path != ROBOTS]


# ----------------------------------------------------------------------------
# Discovery and the cache


def test_discovers_chapters_from_the_index_and_stays_in_the_manual(
    site: DocsSite, manual: Manual, tmp_path: Path
) -> None:
    result = run(manual.index, tmp_path)

    assert names(result) == ALL_PAGES
    assert result.failures == []
    assert not any(p.from_cache for p in result.pages)
    # Only the manual's pages were requested: not the other manual the index
    # links twice (absolute and ../), nor the nav links, nor the logo image.
    # The index is linked as both v5/ and v5/index.html: two URLs, one page.
    requested = {r.path for r in site.requests()}
    assert requested == {MANUAL, ROBOTS} | {MANUAL + n for n in ALL_PAGES}
    assert next(p for p in result.pages if p.name == "index.html").url == manual.index
    assert OUTSIDE not in requested
    assert all(r.headers["user-agent"] == USER_AGENT for r in site.requests())
    assert USER_AGENT.startswith("zstack-openapi/") and USER_AGENT.endswith("(+docs crawler)")
    # The same pages scraped as local files give the same catalog.
    catalog = crawl_catalog(result)
    assert catalog == scrape_documents(sorted(manual.pages.items()))
    assert {a["name"] for a in catalog["apis"]} >= {"RefreshSearchIndexes", "TriggerGCJob"}
    assert all(len(p["sha256"]) == 64 for p in catalog["pages"])


def test_second_run_revalidates_with_304_and_gives_the_same_catalog(
    site: DocsSite, manual: Manual, tmp_path: Path
) -> None:
    first = run(manual.index, tmp_path)
    site.clear_log()
    second = run(manual.index, tmp_path)

    assert all(p.from_cache for p in second.pages)
    urls = len(ALL_PAGES) + 1  # the index under two URLs
    assert second.stats.revalidated == urls and second.stats.fetched == 0
    for request in page_requests(site):
        resource = site.resource(request.path)
        assert resource is not None
        etag = resource.etag
        assert request.headers.get("if-none-match") == etag, request.path
        assert "if-modified-since" in request.headers
        assert request.status == 304
    assert len(page_requests(site)) == urls
    assert crawl_catalog(second) == crawl_catalog(first)


def test_a_changed_page_alone_is_refetched(site: DocsSite, manual: Manual, tmp_path: Path) -> None:
    before = crawl_catalog(run(manual.index, tmp_path))
    changed = manual.markdown["08-03-garbage-collection"].replace("DeleteGCJob", "RemoveGCJob")
    site.put(MANUAL + GC, docs_site.render_chapter(changed))
    site.clear_log()

    result = run(manual.index, tmp_path)
    after = crawl_catalog(result)

    refetched = {r.path for r in site.requests() if r.status == 200}
    assert refetched == {MANUAL + GC}
    assert {p.name for p in result.pages if not p.from_cache} == {GC}
    old = {a["name"]: a for a in before["apis"]}
    new = {a["name"]: a for a in after["apis"]}
    differing = {n for n in old.keys() | new.keys() if old.get(n) != new.get(n)}
    assert "DeleteGCJob" in differing and "RemoveGCJob" in differing
    assert {(old.get(n) or new[n])["source"]["file"] for n in differing} == {GC}
    hashes = [{p["file"]: p["sha256"] for p in c["pages"]} for c in (before, after)]
    assert {f for f in hashes[0] if hashes[0][f] != hashes[1][f]} == {GC}


def test_the_real_manuals_chapters_crawl_to_the_catalog_of_their_files(
    site: DocsSite, tmp_path: Path
) -> None:
    """The same crawl over the real v5 chapters of the same names (../shared)."""
    if not docs_site.CORPUS.is_dir():
        pytest.skip(
            f"{docs_site.CORPUS} is absent: the shared ZStack material lives next to the checkout (../shared)"
        )
    real = docs_site.manual(site, source=docs_site.CORPUS)

    result = run(real.index, tmp_path)

    assert names(result) == ALL_PAGES and result.failures == [] and result.notes == []
    catalog = crawl_catalog(result)
    assert catalog == scrape_documents(sorted(real.pages.items()))
    assert {"RefreshSearchIndexes", "TriggerGCJob", "QueryGCJob"} <= {
        a["name"] for a in catalog["apis"]
    }


def test_the_fallback_renderer_keeps_the_apis(manual: Manual) -> None:
    """tests/docs_site.py falls back to its own renderer when tests/doc_render.py
    is missing or changed; that renderer must still show the scraper every API."""
    from zstack_openapi.scraper import extract_document

    for stem, markdown in manual.markdown.items():
        site_page = extract_document(manual.pages[f"{stem}.html"], stem)[0]
        fallback = extract_document(docs_site.minimal_html(markdown), stem)[0]
        assert [r["name"] for r in fallback] == [r["name"] for r in site_page] != []


def test_cache_layout_and_torn_entries(site: DocsSite, manual: Manual, tmp_path: Path) -> None:
    run(manual.index, tmp_path)
    cache = HttpCache(tmp_path)
    url = manual.index.replace(MANUAL, MANUAL + SEARCH)
    hit = cache.get(url)
    assert hit is not None
    entry, body = hit
    assert body == manual.pages[SEARCH].encode("utf-8")
    assert entry.etag == site.resources[MANUAL + SEARCH].etag
    assert entry.last_modified == site.resources[MANUAL + SEARCH].last_modified
    assert entry.final_url == url and entry.content_type == "text/html; charset=utf-8"
    assert entry.charset == "utf-8" and entry.size == len(body)
    meta = sorted(tmp_path.glob("*/*.json"))
    assert len(meta) == len(ALL_PAGES) + 1 == len(list(tmp_path.glob("*/*.body")))
    assert not list(tmp_path.rglob("*.tmp"))  # atomic writes leave nothing behind
    # A body that no longer matches its metadata reads as absent and is refetched.
    body_file = next(p for p in tmp_path.glob("*/*.body") if p.read_bytes() == body)
    body_file.write_bytes(b"<html>torn</html>")
    assert cache.get(url) is None
    site.clear_log()
    run(manual.index, tmp_path)
    assert statuses(site, SEARCH) == [200]
    assert "if-none-match" not in site.requests(MANUAL + SEARCH)[0].headers


def test_default_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "zstack-openapi" / "http"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_dir() == Path.home() / ".cache" / "zstack-openapi" / "http"


# ----------------------------------------------------------------------------
# Faults


def test_500s_timeouts_and_dropped_connections_succeed_on_retry(
    site: DocsSite, manual: Manual, tmp_path: Path
) -> None:
    site.fail(MANUAL + SEARCH, status(500), status(502))
    site.fail(MANUAL + GC, timeout(2.0))
    site.fail(MANUAL + PROGRESS, close())

    result = run(manual.index, tmp_path, timeout=1.0)

    assert result.failures == []
    assert names(result) == ALL_PAGES
    assert statuses(site, SEARCH) == [500, 502, 200]
    assert statuses(site, GC) == [0, 200]
    assert statuses(site, PROGRESS) == [0, 200]
    assert result.stats.retries == 4
    assert crawl_catalog(result) == scrape_documents(sorted(manual.pages.items()))


def test_a_page_that_never_succeeds_is_reported_and_the_run_goes_on(
    site: DocsSite, manual: Manual, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site.fail(MANUAL + GC, status(503), always=True)
    out = tmp_path / "catalog.json"
    cache = str(tmp_path / "cache")
    options = ["--rate", "0", "--retries", "2", "--backoff", "0.01"]
    code = main(["scrape", manual.index, "-o", str(out), "--cache", cache, *options])

    assert code == 0
    assert statuses(site, GC) == [503, 503, 503]  # the first try and two retries
    gc_url = site.url(MANUAL + GC)
    assert f"failed: {gc_url}: HTTP 503 Service Unavailable (gave up after 3 attempts)" in (
        capsys.readouterr().err
    )
    catalog = json.loads(out.read_text(encoding="utf-8"))
    failed = [w for w in catalog["warnings"] if w["kind"] == "fetch-failed"]
    assert failed == [
        {
            "file": GC,
            "line": 1,
            "api": None,
            "kind": "fetch-failed",
            "message": f"{gc_url}: HTTP 503 Service Unavailable (gave up after 3 attempts)",
        }
    ]
    assert {p["file"] for p in catalog["pages"]} == ALL_PAGES - {GC}
    apis = {a["name"] for a in catalog["apis"]}
    assert "RefreshSearchIndexes" in apis and "TriggerGCJob" not in apis


def test_429_waits_for_retry_after(site: DocsSite, manual: Manual, tmp_path: Path) -> None:
    site.fail(MANUAL + SEARCH, status(429, Retry_After="1"))
    result = run(manual.index, tmp_path, backoff=0.0)

    assert result.failures == []
    first, second = site.requests(MANUAL + SEARCH)
    assert (first.status, second.status) == (429, 200)
    assert second.at - first.at >= 1.0


def test_retry_after_forms() -> None:
    now = datetime(2024, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("3", now) == 3.0
    assert parse_retry_after("Mon, 01 Jan 2024 12:00:02 GMT", now) == 2.0
    assert parse_retry_after("Mon, 01 Jan 2024 11:00:00 GMT", now) == 0.0  # in the past
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


def test_rate_limit_spaces_requests_per_host() -> None:
    import asyncio

    async def burst() -> dict[str, list[float]]:
        limiter = HostRateLimiter(20.0)
        times: dict[str, list[float]] = {"a": [], "b": []}

        async def one(host: str) -> None:
            await limiter.wait(host)
            times[host].append(time.monotonic())

        await asyncio.gather(*(one("a") for _ in range(5)), one("b"))
        return times

    times = asyncio.run(burst())
    # Five requests to host a at 20/s need four 50 ms gaps; host b, asked at
    # the same moment, is not queued behind them.
    a, (b,) = sorted(times["a"]), times["b"]
    assert a[-1] - a[0] >= 0.19
    assert b < a[1]


def test_redirects_within_the_site_are_followed_and_off_site_ones_refused(
    site: DocsSite, manual: Manual, tmp_path: Path
) -> None:
    moved = docs_site.render_chapter(docs_site.chapter_markdown("07-09-ha-policy"))
    site.put(MANUAL + "new/07-09-ha-policy.html", moved)
    site.redirect(MANUAL + "old/ha.html", MANUAL + "new/07-09-ha-policy.html")
    site.redirect(MANUAL + "gone.html", "https://example.invalid/gone.html", 302)
    # A second link to the same page through the redirect gives one page, not two.
    site.redirect(MANUAL + "ha-again.html", "old/ha.html", 307)
    links = [(n, n) for n in sorted(manual.pages) if n != "index.html"]
    links += [("old/ha.html", "HA"), ("gone.html", "gone"), ("ha-again.html", "HA")]
    site.put(MANUAL, docs_site.index_html(links))

    result = run(manual.index, tmp_path)

    assert names(result) == ALL_PAGES | {"new/07-09-ha-policy.html"}
    page = next(p for p in result.pages if p.name == "new/07-09-ha-policy.html")
    assert page.url == site.url(MANUAL + "new/07-09-ha-policy.html") and page.text == moved
    assert "UpdateHaStrategyCondition" in {a["name"] for a in crawl_catalog(result)["apis"]}
    assert [f.url for f in result.failures] == [site.url(MANUAL + "gone.html")]
    assert site.requests(MANUAL + "old/ha.html")[0].status == 301
    assert result.failures[0].reason == (
        f"redirect to https://example.invalid/gone.html refused: it leaves the site {site.origin[7:]}"
    )


def test_non_html_and_oversized_answers_are_rejected(
    site: DocsSite, manual: Manual, tmp_path: Path
) -> None:
    site.put(MANUAL + "api.json", b'{"not": "a page"}', "application/json")
    big = "<html><body>" + "<p>很长的页面</p>" * 20_000 + "</body></html>"
    site.put(MANUAL + "big.html", big)
    site.put(MANUAL + "big-chunked.html", big, chunked=True)
    links = [(n, n) for n in sorted(manual.pages) if n != "index.html"]
    links += [("api.json", "json"), ("big.html", "big"), ("big-chunked.html", "big")]
    site.put(MANUAL, docs_site.index_html(links))

    result = run(manual.index, tmp_path, max_bytes=100_000)

    reasons = {f.url.rsplit("/", 1)[1]: f.reason for f in result.failures}
    assert reasons == {
        "api.json": "not an HTML page (Content-Type: application/json)",
        # Content-Length tells before the body is read; without it, the count does.
        "big.html": f"page of {len(big.encode())} bytes is over the 100000-byte limit",
        "big-chunked.html": "page is over the 100000-byte limit",
    }
    assert names(result) == ALL_PAGES
    assert statuses(site, "api.json") == [200]  # rejected, not retried


# ----------------------------------------------------------------------------
# Character sets


def _served(html_text: str, codec: str, meta: str | None) -> bytes:
    """The page re-declared with `meta` (or no meta at all) and encoded in `codec`."""
    declared = html_text.replace(
        '<meta charset="utf-8">', f'<meta charset="{meta}">' if meta else ""
    )
    assert declared != html_text or meta == "utf-8"
    return declared.encode(codec)


def test_wrong_and_missing_charset_declarations(
    site: DocsSite, manual: Manual, tmp_path: Path
) -> None:
    page = manual.pages[SEARCH]
    variants = {
        # GBK bytes, declared only in the page's meta.
        "gbk-meta.html": (_served(page, "gbk", "gbk"), "text/html"),
        # GBK bytes with the server's default Latin-1 header and a meta saying GBK.
        "gbk-latin1-header.html": (
            _served(page, "gbk", "gb2312"),
            "text/html; charset=ISO-8859-1",
        ),
        # GBK bytes declared nowhere.
        "gbk-undeclared.html": (_served(page, "gbk", None), "text/html"),
        # UTF-8 bytes the header calls ISO-8859-1.
        "utf8-latin1-header.html": (page.encode("utf-8"), "text/html; charset=ISO-8859-1"),
        # UTF-8 bytes, no header charset, meta http-equiv saying UTF-8.
        "utf8-http-equiv.html": (
            page.replace(
                '<meta charset="utf-8">',
                '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
            ).encode("utf-8"),
            "text/html",
        ),
    }
    for name, (body, content_type) in variants.items():
        site.put(MANUAL + name, body, content_type)
    site.put(MANUAL, docs_site.index_html([(n, n) for n in variants]))

    result = run(manual.index, tmp_path)

    assert result.failures == []
    texts = {p.name: p.text for p in result.pages}
    for name in variants:
        assert "刷新搜索索引" in texts[name] or "RefreshSearchIndexes" in texts[name], name
        assert "Ã" not in texts[name] and "\ufffd" not in texts[name], name
    assert texts["utf8-latin1-header.html"] == page
    catalog = crawl_catalog(result)
    by_page = {p["file"]: p["apis"] for p in catalog["pages"]}
    assert all(by_page[name] == ["RefreshSearchIndexes"] for name in variants)
    search = scrape_documents([(SEARCH, page)])["apis"]
    for api in catalog["apis"]:
        for key in ("title", "description", "params", "path", "method"):
            assert api[key] == search[0][key], key


def test_decoding_rule() -> None:
    chinese = '<html><head><meta charset="gbk"></head><body>云主机</body></html>'
    assert decode_html(chinese.encode("gbk")) == (chinese, "gb18030", "meta", None)
    assert decode_html(chinese.encode("utf-8"), "iso-8859-1") == (chinese, "utf-8", "utf-8", None)
    # A charset chosen on purpose in the header outranks the page's meta...
    big5 = "<html><head><meta charset='utf-8'></head><body>雲主機</body></html>"
    assert decode_html(big5.encode("big5"), "big5") == (big5, "big5", "header", None)
    # ...a server default (Latin-1) does not, and is the last declaration tried.
    assert decode_html(chinese.encode("gbk"), "ISO-8859-1").source == "meta"
    latin = "<html><body>café</body></html>"
    assert decode_html(latin.encode("latin-1"), "iso-8859-1") == (
        latin,
        "iso8859-1",
        "header",
        None,
    )
    assert decode_html(b"\xef\xbb\xbf<html>x</html>").source == "bom"
    garbage = decode_html(b"<html>\xff\xfe\xff</html>")
    assert garbage.text == "<html>\ufffd\ufffd\ufffd</html>"
    assert garbage.warning == (
        "its bytes are valid in no declared charset, UTF-8 or GB18030; "
        "read as utf-8 with U+FFFD for the invalid bytes"
    )


@pytest.mark.parametrize(
    "label", ["zlib", "base64", "undefined", "rot13", "unicode_escape", "utf-7", "no-such-charset"]
)
def test_a_label_that_is_no_charset_is_ignored_with_a_warning(label: str) -> None:
    chinese = '<html><head><meta charset="gbk"></head><body>云主机</body></html>'
    decoded = decode_html(chinese.encode("gbk"), label)
    assert decoded[:3] == (chinese, "gb18030", "meta")
    assert decoded.warning == (
        f"the Content-Type header declares charset={label!r}, which is not a character "
        "encoding; read as gb18030"
    )
    in_meta = decode_html(chinese.replace("gbk", label).encode("gbk"))
    assert in_meta.text == chinese.replace("gbk", label) and in_meta.encoding == "gb18030"
    assert in_meta.warning is not None and f"<meta> declares charset={label!r}" in in_meta.warning


# ----------------------------------------------------------------------------
# Offline


def test_offline_with_a_warm_cache_needs_no_server(
    site: DocsSite, manual: Manual, tmp_path: Path
) -> None:
    online = crawl_catalog(run(manual.index, tmp_path))
    site.stop()

    result = run(manual.index, tmp_path, offline=True)

    assert result.failures == []
    assert all(p.from_cache for p in result.pages) and result.stats.requests == 0
    assert crawl_catalog(result) == online


def test_offline_with_a_cold_cache_fails_naming_the_url(
    site: DocsSite, manual: Manual, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "catalog.json"
    code = main(
        ["scrape", manual.index, "-o", str(out), "--cache", str(tmp_path / "cold"), "--offline"]
    )

    assert code == 2
    err = capsys.readouterr().err
    assert f"error: {manual.index}: not in the cache" in err
    assert "run once without --offline" in err
    assert not out.exists()
    assert site.requests() == []


# ----------------------------------------------------------------------------
# URLs and the CLI


def test_links_and_names() -> None:
    page = (
        '<base href="/help/x/v5/"><a href="a.html#s2">a</a><a href="./a.html">again</a>'
        '<a href="HTTP://Example.COM:80/b">b</a><a href="#top">top</a><a href="mailto:x@y">m</a>'
    )
    assert extract_links(page, "http://example.com/elsewhere/") == [
        "http://example.com/help/x/v5/a.html",
        "http://example.com/b",
    ]
    scope = Scope(["http://h/help/v5/"], follow=[r"^http://h/help/shared/"])
    assert scope.contains("http://h/help/v5/ch/a.html")
    assert not scope.contains("http://h/help/v6/a.html")
    assert not scope.contains("http://h/help/v5/logo.PNG")
    assert scope.contains("http://h/help/shared/common.html")
    assert scope.name("http://h/help/v5/") == "index.html"
    assert scope.name("http://h/help/v5/ch/a.html") == "ch/a.html"
    assert scope.name("http://h/help/v5/sub/") == "sub/index.html"
    assert scope.name("http://h/help/shared/common.html") == "../shared/common.html"
    assert scope.name("http://h/help/v5/p?id=3") == "p?id=3"


def test_cli_end_to_end(
    site: DocsSite, manual: Manual, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    cache = tmp_path / "cache"
    args = ["scrape", manual.index, "-o", str(out), "--cache", str(cache), "--rate", "50"]

    assert main(args) == 0
    err = capsys.readouterr().err
    assert f"fetched: {manual.index}" in err  # plain lines: pytest's stderr is no terminal
    assert "crawled 6 URLs into 5 pages: 6 fetched, 0 from cache (0 revalidated), 0 failed" in err
    catalog = json.loads(out.read_text(encoding="utf-8"))
    assert catalog == json.loads(json.dumps(scrape_documents(sorted(manual.pages.items()))))
    assert list(cache.glob("*/*.json"))

    assert main([*args, "--strict"]) == (1 if catalog["warnings"] else 0)
    err = capsys.readouterr().err
    assert "crawled 6 URLs into 5 pages: 0 fetched, 6 from cache (6 revalidated), 0 failed" in err
    assert json.loads(out.read_text(encoding="utf-8")) == catalog
