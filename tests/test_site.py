"""`zstack-openapi site`: the static API reference, checked by parsing its HTML.

The full site of the committed spec is generated once per session; escaping, stale
pages and determinism use a small spec built from a hand-made catalog. The browser
tests load pages in headless Chromium (Debian's `chromium`) and skip without it."""

from __future__ import annotations

import copy
import http.server
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from tests.chromium import Browser, find_chromium
from tests.spec_fixtures import small_catalog
from zstack_openapi.cli import main
from zstack_openapi.generator.model.api import parse_document
from zstack_openapi.openapi.apiview import api_views, at_version
from zstack_openapi.openapi.diff import diff_views
from zstack_openapi.reference import build_site
from zstack_openapi.reference.changelog import release_key
from zstack_openapi.reference.write import MANIFEST
from zstack_openapi.releases import parse_version

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "zstack.openapi.json"
DEFECTS = ROOT / "spec" / "zstack.defects.md"
HOSTILE = '</script><script>alert("x")</script><!-- <img src=x onerror=alert(1)>'


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


@pytest.fixture(scope="session")
def spec_doc() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SPEC.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def full_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    assert main(["site", str(SPEC), "--output", str(out)]) == 0
    return out


def _write_spec(catalog: dict[str, Any], where: Path) -> Path:
    catalog_path = where / "catalog.json"
    catalog_path.write_text(json.dumps(catalog, ensure_ascii=False), encoding="utf-8")
    spec = where / "spec.json"
    assert main(["spec", str(catalog_path), "-o", str(spec)]) == 0
    return spec


def hostile_catalog() -> dict[str, Any]:
    catalog = copy.deepcopy(small_catalog())
    start = next(a for a in catalog["apis"] if a["name"] == "StartVmInstance")
    start["title"] = HOSTILE
    start["description"] = HOSTILE + ' " onmouseover="alert(2) \u2028 end'
    start["category"] = ["云资源池", '"><script>alert(3)</script>']
    start["system_tags"] = [HOSTILE]
    start["params"][1]["description"] = HOSTILE
    stop = next(a for a in catalog["apis"] if a["name"] == "StopVmInstance")
    stop["params"][1]["values"] = ["grace", "</script><b>cold</b>"]
    return catalog


# --- the committed spec's site ---------------------------------------------------------


def test_every_api_has_a_page_and_the_index_links_it(
    full_site: Path, spec_doc: dict[str, Any]
) -> None:
    names = set(api_views(spec_doc))
    pages = {p.stem for p in (full_site / "api").glob("*.html")}
    assert pages == names
    links = {a["href"] for a in soup(full_site / "index.html").select("ul.api-list a")}
    assert links == {f"api/{n}.html" for n in names}
    for asset in ("site.css", "site.js", "search-index.js", "site-data.js"):
        assert (full_site / "assets" / asset).is_file()


def test_create_vm_backup_page(full_site: Path, spec_doc: dict[str, Any]) -> None:
    page = soup(full_site / "api" / "CreateVmBackup.html")
    facts = page.select_one("table.facts")
    assert facts is not None
    assert "POST" in facts.get_text() and "/zstack/v1/volumes/{rootVolumeUuid}/vm-backups" in [
        c.get_text() for c in facts.select("code.route")
    ]
    assert "3.0.0" in facts.get_text()
    assert "asynchronously" in facts.get_text()
    crumbs = page.select_one("nav.crumbs")
    assert crumbs is not None and "灾备服务相关接口" in crumbs.get_text()

    view = api_views(spec_doc)["CreateVmBackup"]
    rows = {row["id"][2:]: row for row in page.select("table.params tbody tr")}
    assert set(rows) == set(view.params)
    for name, p in view.params.items():
        cells = rows[name].find_all("td")
        since_cell = cells[6].get_text(strip=True)
        if p["since_unknown"]:
            assert since_cell == "since ?" and rows[name].get("data-su") == "1"
        else:
            assert since_cell == p["since"]
            assert rows[name]["data-since"] == release_key(p["since"])
        assert cells[1].get_text(strip=True).startswith(p["in"].split("-")[0])
        assert ("required" in cells[3].get_text()) is p["required"]
    assert "maxLength" in rows["name"].get_text() and "255" in rows["name"].get_text()
    assert '"full"' in rows["mode"].get_text()

    sdk = next(
        a for a in parse_document(spec_doc, source_text="").apis if a.name == "CreateVmBackup"
    )
    python = page.select_one("pre.python")
    assert python is not None
    text = python.get_text()
    assert text.startswith(f"result = {sdk.python_call}(")  # client.scheduler.create_vm_backup
    keywords = set(re.findall(r"^\s+(\w+)=", text, re.M))
    required = {p.name for p in sdk.params if p.required}
    assert required <= keywords <= {p.name for p in sdk.params}
    assert {"root_volume_uuid", "backup_storage_uuid", "name"} <= keywords

    curl = page.select_one("pre.curl")
    assert curl is not None
    curl_text = curl.get_text()
    assert curl_text.startswith("curl -X POST")
    assert re.search(r"/zstack/v1/volumes/[0-9a-f]{32}/vm-backups", curl_text)
    body = json.loads(curl_text.split("-d '", 1)[1].rsplit("'", 1)[0])
    assert set(body) == {"params"} and {"backupStorageUuid", "name"} <= set(body["params"])
    cli = page.select_one("pre.cli")
    assert cli is not None and cli.get_text().startswith("zstack CreateVmBackup")
    assert "backupStorageUuid=" in cli.get_text()
    # The result tree: nested classes are expandable, each field with its type.
    tree = page.select_one("ul.tree")
    assert tree is not None
    summaries = [s.get_text(" ", strip=True) for s in tree.select("details > summary")]
    assert any(s.startswith("inventories array<") for s in summaries)
    assert "installPath" in tree.get_text()


def test_a_shared_route_names_the_other_apis(full_site: Path) -> None:
    page = soup(full_site / "api" / "StartVmInstance.html")
    text = page.select_one("table.facts").get_text(" ", strip=True)  # type: ignore[union-attr]
    assert "44 APIs share PUT /zstack/v1/vm-instances/{uuid}/actions" in text
    assert "startVmInstance" in text
    links = {a["href"] for a in page.select("table.facts a")}
    assert "StopVmInstance.html" in links and "StartVmInstance.html" not in links


def test_corrections_quote_the_docs_and_the_sdk(full_site: Path) -> None:
    page = soup(full_site / "api" / "ExecuteGuestVmCommand.html")
    fixes = page.select_one("ul.fixes")
    assert fixes is not None
    assert (
        "The docs say method PUT (04-01-cloud-resource-pool.md:17710); ZStack's SDK sends POST."
        in (" ".join(fixes.get_text().split()))
    )
    report = page.select_one("table.report")
    assert report is not None and "Wrong method or path: method" in report.get_text()
    # A parameter-level correction sits in its row.
    page = soup(full_site / "api" / "AddAccessControlListRedirectRule.html")
    row = page.select_one("tr#p-url")
    assert row is not None and "The docs say required" in row.get_text()


def test_related_apis_share_the_resource(full_site: Path) -> None:
    page = soup(full_site / "api" / "CreateVmBackup.html")
    related = {a.get_text() for a in page.select("#related + p a")}
    assert {"DeleteVmBackup", "SyncVmBackup", "RevertVmFromVmBackup"} <= related
    assert "CreateVmBackup" not in related


def test_release_data_hides_exactly_the_newer_apis(
    full_site: Path, spec_doc: dict[str, Any]
) -> None:
    """What the selector hides at release R (data-since newer than R) is what
    `--target-version R` leaves out."""
    data = (full_site / "assets" / "site-data.js").read_text(encoding="utf-8")
    releases = json.loads(data.split("=", 1)[1].strip().rstrip(";"))
    keys = [k for k, _ in releases]
    assert keys == sorted(keys, key=parse_version, reverse=True)
    views = api_views(spec_doc)
    items = soup(full_site / "index.html").select("ul.api-list li")
    since = {li.a.get_text(): str(li["data-since"]) for li in items}  # type: ignore[union-attr]
    for release in ("3", "4", "5"):
        assert release in keys
        newer = parse_version(release)
        hidden = {n for n, s in since.items() if parse_version(s) > newer}
        assert hidden == set(views) - set(at_version(views, release))
    # CreateVmBackup came with 3.0.0: there in 3, hidden in the release before.
    assert since["CreateVmBackup"] == "3"
    assert keys[keys.index("3") + 1] == "2.6"
    undated = [li for li in items if li.get("data-su") == "1"]
    assert undated and all(li.select_one(".badge.su") for li in undated)


def test_changelog_lists_what_diff_lists(full_site: Path, spec_doc: dict[str, Any]) -> None:
    page = soup(full_site / "changelog.html")
    views = api_views(spec_doc)
    sections = page.select("section.release-log[data-since]")
    keys = [str(s["data-since"]) for s in sections]
    assert keys == sorted(keys, key=parse_version, reverse=True)

    # The three releases that added the most, each against the release before it.
    def added(section: Any) -> tuple[set[str], set[tuple[str, str]]]:
        apis = {a.get_text() for a in section.select("ul.api-list a")}
        params = {
            (r.find_all("td")[0].get_text(), r.find_all("td")[1].get_text())
            for r in section.select("table.params tbody tr")
        }
        return apis, params

    sizes = {str(s["data-since"]): sum(len(a) for a in added(s)) for s in sections}
    biggest = sorted((k for k in keys[:-1]), key=lambda k: -sizes[k])[:3]
    for newer in biggest:
        older = keys[keys.index(newer) + 1]
        section = page.find("section", id=f"r{newer}")
        apis, params = added(section)
        result = diff_views(at_version(views, str(older)), at_version(views, str(newer)))
        assert apis == {c.api for c in result.of("api", "added")}
        assert params == {(c.api, c.name) for c in result.of("param", "added")}
        assert not result.of("api", "removed") and not result.of("param", "removed")
    release_3 = page.select_one("section[id='r3']")
    assert release_3 is not None
    assert "CreateVmBackup" in {a.get_text() for a in release_3.select("ul.api-list a")}


def test_search_index_covers_names_routes_and_parameters(full_site: Path) -> None:
    text = (full_site / "assets" / "search-index.js").read_text(encoding="utf-8")
    rows = json.loads(text.split("=", 1)[1].strip().rstrip(";"))
    by_name = {r[0]: r for r in rows}
    row = by_name["CreateVmBackup"]
    assert row[2:4] == ["POST", "/zstack/v1/volumes/{rootVolumeUuid}/vm-backups"]
    assert "backupStorageUuid" in row[7].split()
    assert len(text) < 1_000_000


def test_rebuild_is_identical_and_writes_nothing(full_site: Path) -> None:
    before = {p: p.read_bytes() for p in full_site.rglob("*") if p.is_file()}
    result = build_site(SPEC, full_site, DEFECTS)
    assert result.written.written == [] and result.written.removed == []
    assert {p: p.read_bytes() for p in full_site.rglob("*") if p.is_file()} == before


def test_pages_are_small(full_site: Path) -> None:
    sizes = sorted(p.stat().st_size for p in (full_site / "api").glob("*.html"))
    assert sizes[-1] < 300_000
    assert (full_site / "index.html").stat().st_size < 800_000


# --- small specs: escaping, determinism, the output directory --------------------------


def test_hostile_text_stays_text(tmp_path: Path) -> None:
    spec = _write_spec(hostile_catalog(), tmp_path)
    out = tmp_path / "site"
    assert main(["site", str(spec), "-o", str(out)]) == 0
    for page in [out / "index.html", out / "changelog.html", *(out / "api").glob("*.html")]:
        html = soup(page)
        scripts = html.find_all("script")
        assert [s.get("src", "").rsplit("/", 1)[-1] for s in scripts] == ["site-data.js", "site.js"]
        assert all(not s.string for s in scripts)
        assert not html.find("img") and not html.find("b")
        for tag in html.find_all(True):
            assert not any(attr.startswith("on") for attr in tag.attrs), (page, tag)
    start = soup(out / "api" / "StartVmInstance.html")
    assert start.h1 is not None and start.h1.get_text() == HOSTILE
    assert HOSTILE in start.select_one("div.desc").get_text()  # type: ignore[union-attr]
    stop = soup(out / "api" / "StopVmInstance.html")
    assert '"</script><b>cold</b>"' in stop.select_one("tr#p-type").get_text()  # type: ignore[union-attr]
    # The scripts' data: no `<`, no line separators that end a JS string early.
    for name in ("search-index.js", "site-data.js"):
        js = (out / "assets" / name).read_text(encoding="utf-8")
        assert "<" not in js and "\u2028" not in js
    rows = json.loads(
        (out / "assets" / "search-index.js")
        .read_text(encoding="utf-8")
        .split("=", 1)[1]
        .strip()[:-1]
    )
    assert HOSTILE in {r[1] for r in rows}
    # The shell examples quote what came from the docs.
    cli = stop.select_one("pre.cli").get_text()  # type: ignore[union-attr]
    assert "'type=grace'" in cli or "type=grace" in cli


def test_api_names_that_are_not_identifiers_get_no_file(tmp_path: Path) -> None:
    spec = _write_spec(small_catalog(), tmp_path)
    doc = json.loads(spec.read_text(encoding="utf-8"))
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == "CreateVmInstance":
                op["operationId"] = op["x-zstack-api"] = "../../escaped"
    spec.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "out" / "site"
    result = build_site(spec, out)
    assert "../../escaped" not in result.site.apis
    assert any("escaped" in s for s in result.site.skipped)
    assert not (tmp_path / "escaped.html").exists()
    assert all(out in p.parents for p in out.rglob("*"))


def test_two_runs_give_the_same_bytes(tmp_path: Path) -> None:
    """Two processes with different hash seeds (set and dict order) write the same bytes."""
    spec = _write_spec(small_catalog(), tmp_path)
    a, b = tmp_path / "a", tmp_path / "b"
    for out, seed in ((a, "1"), (b, "2")):
        subprocess.run(
            [sys.executable, "-m", "zstack_openapi", "site", str(spec), "-o", str(out)],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
    files_a = {p.relative_to(a): p.read_bytes() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b): p.read_bytes() for p in b.rglob("*") if p.is_file()}
    assert files_a == files_b and len(files_a) > 8


def test_pages_of_removed_apis_are_deleted(tmp_path: Path) -> None:
    catalog = small_catalog()
    out = tmp_path / "site"
    build_site(_write_spec(catalog, tmp_path), out)
    assert (out / "api" / "AttachIsoToVmInstance.html").is_file()
    catalog["apis"] = [a for a in catalog["apis"] if a["name"] != "AttachIsoToVmInstance"]
    result = build_site(_write_spec(catalog, tmp_path), out)
    assert result.written.removed == ["api/AttachIsoToVmInstance.html"]
    assert not (out / "api" / "AttachIsoToVmInstance.html").exists()
    assert (out / MANIFEST).is_file()


def test_cli_refuses_a_foreign_directory_and_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "home"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine", encoding="utf-8")
    spec = _write_spec(small_catalog(), tmp_path)
    assert main(["site", str(spec), "-o", str(foreign)]) == 2
    assert "not a site this tool wrote" in capsys.readouterr().err
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "mine"
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["site", str(broken), "-o", str(tmp_path / "x")]) == 2
    assert "broken.json" in capsys.readouterr().err
    assert main(["site", str(tmp_path / "none.json"), "-o", str(tmp_path / "x")]) == 2
    good = spec.read_text(encoding="utf-8")
    misshapen = json.loads(good)
    misshapen["components"]["schemas"] = 1
    spec.write_text(json.dumps(misshapen), encoding="utf-8")
    assert main(["site", str(spec), "-o", str(tmp_path / "x")]) == 2
    assert "#/components/schemas: expected an object" in capsys.readouterr().err
    # Deeper than the shape check looks: still an error naming the file.
    misshapen = json.loads(good)
    misshapen["components"]["schemas"]["CreateVmInstanceRequest"]["properties"]["params"][
        "required"
    ] = [["name"]]
    spec.write_text(json.dumps(misshapen), encoding="utf-8")
    assert main(["site", str(spec), "-o", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err
    assert "not the shape of a zstack-openapi document" in err and "spec.json" in err
    assert main(["site", str(spec), "-o", str(spec)]) == 2


# --- in a browser ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Any:
    executable = find_chromium()
    if executable is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium)")
    with Browser(executable) as b:
        yield b


def test_pages_load_in_under_a_second(
    browser: Browser, full_site: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    shots = tmp_path_factory.mktemp("screenshots")
    timings = {}
    for page in ("index.html", "api/CreateVmBackup.html", "api/CreateVmInstance.html"):
        browser.load((full_site / page).as_uri())  # warm the browser's own start-up
        started = time.perf_counter()
        elapsed = browser.load((full_site / page).as_uri())
        timings[page] = elapsed
        assert time.perf_counter() - started < 5
        shot = shots / (page.replace("/", "_") + ".png")
        browser.screenshot(shot)
        assert shot.stat().st_size > 10_000
    print("load+render seconds:", timings, "screenshots in", shots)
    assert max(timings.values()) < 1.0, timings


def test_release_selector_hides_newer_apis_and_parameters(
    browser: Browser, full_site: Path
) -> None:
    browser.load((full_site / "index.html").as_uri() + "?release=3.0.0")
    hidden = browser.evaluate(
        "[...document.querySelectorAll('ul.api-list li.later a')].map(a => a.textContent)"
    )
    shown = browser.evaluate(
        "[...document.querySelectorAll('ul.api-list li:not(.later) a')].map(a => a.textContent)"
    )
    assert "CreateVmBackup" in shown and "CreateVmBackup" not in hidden
    counts = browser.evaluate(
        "[...document.querySelectorAll('details.chapter .count')].map(c => c.textContent)"
    )
    assert any(" of " in c for c in counts)
    views_hidden = len([n for n in hidden if n])
    assert views_hidden > 300 and "SetVmNuma" in hidden
    page = (full_site / "api" / "CreateVmBackup.html").as_uri()
    browser.load(page + "?release=3.0")
    later = browser.evaluate("[...document.querySelectorAll('tr.later')].map(r => r.id)")
    assert "p-networkReadBandwidth" in later and "p-name" not in later
    assert browser.evaluate("document.getElementById('not-in-release').hidden") is True
    browser.load(page + "?release=2.6")
    assert browser.evaluate("document.getElementById('not-in-release').hidden") is False
    # No API or parameter came with 2.0: the selector shows the release before it.
    browser.load(page + "?release=2.0")
    assert browser.evaluate("document.getElementById('release').value") == "1.11"


def test_search_finds_apis_by_parameter_and_route(browser: Browser, full_site: Path) -> None:
    browser.load((full_site / "api" / "CreateVmBackup.html").as_uri() + "?q=vm-backups")
    browser.evaluate("new Promise(r => setTimeout(r, 300))")
    names = browser.evaluate(
        "[...document.querySelectorAll('#search-results a')].map(a => a.textContent)"
    )
    assert "CreateVmBackup" in names
    browser.load((full_site / "index.html").as_uri() + "?q=CreateVmBack")
    browser.evaluate("new Promise(r => setTimeout(r, 300))")
    first = browser.evaluate("document.querySelector('#search-results a').getAttribute('href')")
    assert first == "api/CreateVmBackup.html"


def test_the_site_works_from_a_static_server(browser: Browser, full_site: Path) -> None:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(full_site), **kwargs)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        elapsed = browser.load(f"{base}/api/CreateVmBackup.html?q=backupStorageUuid")
        assert elapsed < 1.0
        browser.evaluate("new Promise(r => setTimeout(r, 300))")
        names = browser.evaluate(
            "[...document.querySelectorAll('#search-results a')].map(a => a.textContent)"
        )
        assert "CreateVmBackup" in names
        css = browser.evaluate("getComputedStyle(document.querySelector('.top')).position")
        assert css == "sticky"
    finally:
        server.shutdown()
        server.server_close()


ATTRIBUTE_BREAKER = 'x" onmouseover="alert(4)" data-y=\'1'


def test_every_attribute_value_goes_through_an_escaping_filter() -> None:
    """A value interpolated inside a quoted attribute ends in `attr_value` (escapes
    `&<>"'`) or `url_segment` (percent-encodes, then escapes), never raw."""
    offenders = []
    for template in sorted((ROOT / "reference" / "templates").glob("*.jinja")):
        text = template.read_text(encoding="utf-8")
        for attribute in re.finditer(r'[\w-]+="([^"]*)"', text):
            for expr in re.findall(r"\{\{\s*(.*?)\s*\}\}", attribute.group(1)):
                if not re.search(r"\|\s*(attr_value|url_segment)$", expr):
                    line = text.count("\n", 0, attribute.start()) + 1
                    offenders.append(f"{template.name}:{line}: {{{{ {expr} }}}}")
    assert offenders == []


def test_a_spec_value_cannot_break_out_of_an_attribute(tmp_path: Path) -> None:
    spec = _write_spec(small_catalog(), tmp_path)
    doc = json.loads(spec.read_text(encoding="utf-8"))
    # A hand-edited spec (the spec stage would drop such names): a hostile tag, which
    # becomes element ids and link fragments, and a hostile parameter name (`id="p-..."`).
    for item in doc["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("tags"):
                operation["tags"] = [ATTRIBUTE_BREAKER]
                for parameter in operation.get("parameters", []):
                    if parameter.get("in") == "query" and "$ref" not in parameter:
                        parameter["name"] = ATTRIBUTE_BREAKER
    doc["tags"] = [{"name": ATTRIBUTE_BREAKER}]
    spec.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "site"
    assert main(["site", str(spec), "-o", str(out)]) == 0
    seen = 0
    for page in [out / "index.html", *(out / "api").glob("*.html")]:
        for tag in soup(page).find_all(True):
            assert not any(attr.startswith("on") or attr == "data-y" for attr in tag.attrs)
            for value in tag.attrs.values():
                seen += isinstance(value, str) and ATTRIBUTE_BREAKER in value
    assert seen > 0  # the value is there, whole, as an attribute's text
