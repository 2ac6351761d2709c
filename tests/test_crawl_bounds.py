"""A crawl stays bounded against a hostile or broken site, served from 127.0.0.1:
bogus charsets, page and time limits, a page that trickles, URLs and redirects
that climb out of the manual, robots.txt, and a cache that cannot be used."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import docs_site
from tests.docs_site import MANUAL, DocsSite, Manual, status, timeout
from zstack_openapi.cli import main
from zstack_openapi.scraper.crawl import USER_AGENT, CrawlResult, crawl, crawl_catalog

SEARCH = "08-07-search.html"
GC = "08-03-garbage-collection.html"
ALL_PAGES = {
    "index.html",
    SEARCH,
    GC,
    "08-01-progress-bar.html",
    "07-10-plugin-management.html",
}
ROBOTS = "/robots.txt"
PRIVATE = "/help/private/secret.html"  # beside the manual, never to be requested


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


def scrape(url: str, out: Path, cache: Path, *extra: str) -> int:
    return main(["scrape", url, "-o", str(out), "--cache", str(cache), "--rate", "0", *extra])


def links_to(site: DocsSite, manual: Manual, *extra: str) -> None:
    """Re-publish the index with the chapters plus `extra` hrefs."""
    links = [(n, n) for n in sorted(manual.pages) if n != "index.html"]
    site.put(MANUAL, docs_site.index_html(links + [(h, h) for h in extra]))


def publish_secret(site: DocsSite) -> None:
    text = docs_site.chapter_markdown("07-09-ha-policy")
    site.put(PRIVATE, docs_site.render_chapter(text))


# ----------------------------------------------------------------------------
# Character sets


def test_bogus_charsets_are_page_warnings_online_and_offline(
    site: DocsSite, manual: Manual, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gbk = manual.pages[SEARCH].replace('<meta charset="utf-8">', '<meta charset="gbk">')
    no_meta = manual.pages[SEARCH].replace('<meta charset="utf-8">', "")
    variants = {
        # GBK bytes: not UTF-8, so the declarations are actually consulted.
        "zlib.html": (gbk.encode("gbk"), "text/html; charset=zlib"),
        "base64.html": (no_meta.encode("gbk"), "text/html; charset=base64"),
        "undefined.html": (gbk.encode("gbk"), "text/html; charset=undefined"),
        "meta-zlib.html": (gbk.replace("gbk", "zlib").encode("gbk"), "text/html"),
    }
    for name, (body, content_type) in variants.items():
        # A comment apiece: identical texts would be merged into one page.
        site.put(MANUAL + name, body + f"<!-- {name} -->".encode(), content_type)
    links_to(site, manual, *variants)
    out, cache = tmp_path / "catalog.json", tmp_path / "cache"

    assert scrape(manual.index, out, cache) == 0
    online = json.loads(out.read_text(encoding="utf-8"))
    err = capsys.readouterr().err
    assert f"warning: {site.url(MANUAL)}zlib.html: the Content-Type header declares " in err
    pages = {p["file"]: p["apis"] for p in online["pages"]}
    assert all(pages[name] == ["RefreshSearchIndexes"] for name in variants)
    bad = {w["file"]: w["message"] for w in online["warnings"] if w["kind"] == "bad-charset"}
    assert set(bad) == set(variants)
    assert bad["zlib.html"].endswith(
        "the Content-Type header declares charset='zlib', which is not a character encoding; "
        "read as gb18030"
    )
    assert "charset='zlib'" in bad["meta-zlib.html"] and "<meta>" in bad["meta-zlib.html"]

    # The bodies are cached as received: offline, the same pages decode the same way.
    site.stop()
    offline_out = tmp_path / "offline.json"
    assert scrape(manual.index, offline_out, cache, "--offline") == 0
    assert json.loads(offline_out.read_text(encoding="utf-8")) == online


# ----------------------------------------------------------------------------
# Limits


def test_max_pages_stops_and_still_writes_the_catalog(
    site: DocsSite, manual: Manual, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "catalog.json"
    code = scrape(manual.index, out, tmp_path / "cache", "--max-pages", "3", "--concurrency", "1")

    assert code == 0
    assert len(site.requests()) == 1 + 3  # robots.txt, then three pages
    catalog = json.loads(out.read_text(encoding="utf-8"))
    truncated = [w for w in catalog["warnings"] if w["kind"] == "crawl-truncated"]
    assert truncated == [
        {
            "file": "index.html",
            "line": 1,
            "api": None,
            "kind": "crawl-truncated",
            "message": f"{manual.index}: stopped at --max-pages 3: "
            "3 more link(s) in scope were not requested",
        }
    ]
    assert 1 <= len(catalog["pages"]) <= 3 and catalog["apis"]
    assert "warning: " in capsys.readouterr().err


def test_max_time_stops_the_whole_crawl(
    site: DocsSite, manual: Manual, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # One page never answers within its own (generous) deadline: only
    # --max-time can end the crawl early.
    site.fail(MANUAL + GC, timeout(10.0), always=True)
    out = tmp_path / "catalog.json"
    started = time.monotonic()
    code = scrape(manual.index, out, tmp_path / "cache", "--max-time", "1", "--timeout", "30")
    elapsed = time.monotonic() - started

    assert code == 0
    assert elapsed < 3.0
    catalog = json.loads(out.read_text(encoding="utf-8"))
    assert {p["file"] for p in catalog["pages"]} == ALL_PAGES - {GC}
    (warning,) = [w for w in catalog["warnings"] if w["kind"] == "crawl-truncated"]
    assert warning["message"] == (
        f"{manual.index}: stopped after --max-time 1 s: 1 page(s) still in flight were not read"
    )


def test_a_trickling_page_fails_at_the_request_deadline(
    site: DocsSite, manual: Manual, tmp_path: Path
) -> None:
    # 40 bytes, one every half second: every read comes well within a 1 s
    # read timeout, but the whole answer would take 20 s.
    site.put(MANUAL + "slow.html", b"<html><body>" + b"x" * 28, trickle=0.5)
    links_to(site, manual, "slow.html")
    started = time.monotonic()
    result = run(manual.index, tmp_path, timeout=1.0, retries=0)
    elapsed = time.monotonic() - started

    assert elapsed < 3.0
    assert [(f.url, f.reason) for f in result.failures] == [
        (
            site.url(MANUAL + "slow.html"),
            "timed out: no complete answer within 1 s (gave up after 1 attempt)",
        )
    ]
    assert {p.name for p in result.pages} == ALL_PAGES


# ----------------------------------------------------------------------------
# Scope


@pytest.mark.parametrize(
    "href",
    [
        # absolute, with dot segments after the manual's directory
        "{origin}" + MANUAL + "../../../private/secret.html",
        "%2e%2e/%2e%2e/%2e%2e/private/secret.html",
        "%2E%2E/%2E%2E/%2E%2E/private/secret.html",
        ".%2e/.%2E/%2e./private/secret.html",
        "..%2f..%2f..%2fprivate/secret.html",
        "..%5c..%5c..%5cprivate/secret.html",
    ],
)
def test_dot_segments_in_any_spelling_stay_in_the_manual(
    site: DocsSite, manual: Manual, tmp_path: Path, href: str
) -> None:
    publish_secret(site)
    links_to(site, manual, href.format(origin=site.origin))

    result = run(manual.index, tmp_path)

    assert {r.path for r in site.requests()} <= {ROBOTS} | {MANUAL + n for n in ALL_PAGES} | {
        MANUAL
    }
    assert site.requests(PRIVATE) == []
    assert "UpdateHaStrategyCondition" not in {a["name"] for a in crawl_catalog(result)["apis"]}


def test_a_same_host_redirect_out_of_the_manual_is_refused(
    site: DocsSite, manual: Manual, tmp_path: Path
) -> None:
    publish_secret(site)
    site.redirect(MANUAL + "moved.html", PRIVATE, 302)
    links_to(site, manual, "moved.html")

    result = run(manual.index, tmp_path)

    assert site.requests(PRIVATE) == []
    assert [(f.url, f.reason) for f in result.failures] == [
        (
            site.url(MANUAL + "moved.html"),
            f"redirect to {site.url(PRIVATE)} refused: it leaves the crawl's scope "
            "(the start URL's directory and --follow)",
        )
    ]


# ----------------------------------------------------------------------------
# robots.txt


def test_robots_txt_is_honoured_and_can_be_ignored(
    site: DocsSite, manual: Manual, tmp_path: Path
) -> None:
    site.put(
        ROBOTS,
        f"User-agent: *\nDisallow: {MANUAL}08-03\n\nUser-agent: other-bot\nDisallow: /\n",
        "text/plain",
    )
    result = run(manual.index, tmp_path / "a")

    assert site.requests(MANUAL + GC) == []
    assert [(f.url, f.reason) for f in result.failures] == [
        (
            site.url(MANUAL + GC),
            f"disallowed by {site.origin}/robots.txt; --ignore-robots to crawl it anyway",
        )
    ]
    assert {p.name for p in result.pages} == ALL_PAGES - {GC}
    assert site.requests()[0].path == ROBOTS  # asked first, and once
    assert len(site.requests(ROBOTS)) == 1

    site.clear_log()
    out = tmp_path / "catalog.json"
    assert scrape(manual.index, out, tmp_path / "b", "--ignore-robots") == 0
    assert site.requests(ROBOTS) == [] and [r.status for r in site.requests(MANUAL + GC)] == [200]
    catalog = json.loads(out.read_text(encoding="utf-8"))
    assert "TriggerGCJob" in {a["name"] for a in catalog["apis"]}


def test_an_unreadable_robots_txt_means_nothing_is_crawled(
    site: DocsSite, manual: Manual, tmp_path: Path
) -> None:
    site.fail(ROBOTS, status(503), always=True)

    result = run(manual.index, tmp_path, retries=1)

    assert [r.path for r in site.requests()] == [ROBOTS, ROBOTS]  # one retry, no page
    assert [(f.url, f.reason) for f in result.failures] == [
        (
            manual.index,
            f"{site.origin}/robots.txt cannot be read (HTTP 503 Service Unavailable "
            "(gave up after 2 attempts)): RFC 9309 says crawl nothing; "
            "--ignore-robots to crawl it anyway",
        )
    ]
    assert result.pages == []


def test_crawl_delay_spaces_the_requests(site: DocsSite, manual: Manual, tmp_path: Path) -> None:
    # urllib.robotparser reads whole seconds only; two pages keep the test short.
    site.put(ROBOTS, "User-agent: *\nCrawl-delay: 1\n", "text/plain")

    result = run(manual.index, tmp_path, max_pages=2)  # no rate limit of our own

    assert result.failures == [] and len(result.pages) >= 1
    times = [r.at for r in site.requests()]
    assert len(times) == 1 + 2
    assert times[1] - times[0] >= 0.95 and times[2] - times[1] >= 0.95


def test_robots_rules_follow_rfc_9309() -> None:
    from zstack_openapi.scraper.crawl.politeness import RobotsAnswer, robots_rules

    agent = USER_AGENT
    ours = robots_rules(RobotsAnswer(200, b"User-agent: zstack-openapi\nDisallow: /help/\n"))
    assert not ours.can_fetch(agent, "http://h/help/x.html") and ours.can_fetch(agent, "http://h/")
    assert robots_rules(RobotsAnswer(404, b"")).can_fetch(agent, "http://h/x")
    assert robots_rules(RobotsAnswer(403, b"")).can_fetch(agent, "http://h/x")
    assert not robots_rules(RobotsAnswer(503, b"")).can_fetch(agent, "http://h/x")
    assert not robots_rules(RobotsAnswer(0, b"", "timed out")).can_fetch(agent, "http://h/x")


# ----------------------------------------------------------------------------
# The cache


def _blocked_cache(tmp_path: Path, how: str) -> Path:
    if how == "under-a-file":
        blocker = tmp_path / "not-a-directory"
        blocker.write_text("a file where the cache's parent should be\n")
        return blocker / "cache"
    if os.geteuid() == 0:
        pytest.skip("root writes into a 0o500 directory anyway")
    cache = tmp_path / "read-only"
    cache.mkdir()
    cache.chmod(0o500)
    return cache


@pytest.mark.parametrize("how", ["under-a-file", "read-only"])
def test_an_unwritable_cache_degrades_to_crawling_without_it(
    site: DocsSite,
    manual: Manual,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    how: str,
) -> None:
    cache = _blocked_cache(tmp_path, how)
    out = tmp_path / "catalog.json"

    assert scrape(manual.index, out, cache) == 0
    err = capsys.readouterr().err
    assert err.count(f"warning: {manual.index}: cache {cache} cannot be written") == 1
    assert "crawling without it" in err
    catalog = json.loads(out.read_text(encoding="utf-8"))
    assert {p["file"] for p in catalog["pages"]} == ALL_PAGES
    assert not any(w["kind"] in ("fetch-failed", "cache") for w in catalog["warnings"])


def test_corrupt_cache_entries_are_refetched(
    site: DocsSite, manual: Manual, tmp_path: Path
) -> None:
    first = run(manual.index, tmp_path)
    assert not first.notes
    from zstack_openapi.scraper.http_cache import url_key

    def meta(page: str) -> Path:
        key = url_key(site.url(MANUAL + page))
        return tmp_path / key[:2] / f"{key}.json"

    meta(SEARCH).write_text("[" * 100_000)  # nested past the JSON parser's recursion limit
    meta(GC).write_bytes(b"\xff\xfe not json")
    # A directory where an entry's metadata should be: unreadable, and not replaceable.
    meta("08-01-progress-bar.html").unlink()
    meta("08-01-progress-bar.html").mkdir()
    site.clear_log()

    second = run(manual.index, tmp_path)

    assert second.failures == []
    assert {p.name for p in second.pages} == ALL_PAGES
    assert crawl_catalog(second) == crawl_catalog(first)
    refetched = {r.path for r in site.requests() if r.status == 200}
    assert {MANUAL + SEARCH, MANUAL + GC, MANUAL + "08-01-progress-bar.html"} <= refetched
    unusable = sorted(n.url for n in second.notes if "cache entry unusable" in n.message)
    assert unusable == sorted(site.url(MANUAL + p) for p in (SEARCH, GC, "08-01-progress-bar.html"))
    assert all(n.kind == "cache" for n in second.notes)
    assert any("cannot be written" in n.message for n in second.notes)
    assert not list(tmp_path.rglob("*.tmp"))


def test_offline_names_a_corrupt_entry(
    site: DocsSite, manual: Manual, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from zstack_openapi.scraper.http_cache import url_key

    cache = tmp_path / "cache"
    assert scrape(manual.index, tmp_path / "a.json", cache) == 0
    key = url_key(site.url(MANUAL + SEARCH))
    (cache / key[:2] / f"{key}.body").write_bytes(b"<html>torn</html>")
    capsys.readouterr()

    assert scrape(manual.index, tmp_path / "b.json", cache, "--offline") == 2
    err = capsys.readouterr().err
    assert f"error: {site.url(MANUAL + SEARCH)}: its entry is unusable: " in err
    assert "the body does not match its SHA-256" in err
