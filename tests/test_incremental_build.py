"""Incremental rebuilds and the drift check: only changed pages are re-extracted,
the result equals a cold build, and `check` tells CI when committed files drift."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests import docs_site
from tests.conftest import CORPUS, ROOT, need
from zstack_openapi.cli import main
from zstack_openapi.scraper import dump_catalog, scrape_documents
from zstack_openapi.scraper.incremental import scrape_incremental

PAGES = ("08-03-garbage-collection.md", "08-05-long-running-tasks.md", "07-10-plugin-management.md")


def _pages() -> list[tuple[str, str]]:
    return [(name, (need(CORPUS) / name).read_text(encoding="utf-8")) for name in PAGES]


def test_unchanged_pages_are_reused_and_the_result_equals_a_cold_build() -> None:
    docs = _pages()
    cold = scrape_documents(docs)
    again, stats = scrape_incremental(docs, cold)
    assert (stats.extracted, stats.reused) == (0, len(docs))
    assert dump_catalog(again) == dump_catalog(cold)

    edited = [(n, t.replace("(DeleteGCJob)", "(RemoveGCJob)")) for n, t in docs]
    warm, stats = scrape_incremental(edited, cold)
    assert (stats.extracted, stats.reused) == (1, len(docs) - 1)
    assert dump_catalog(warm) == dump_catalog(scrape_documents(edited))
    names = {a["name"] for a in warm["apis"]}
    assert "RemoveGCJob" in names and "DeleteGCJob" not in names


def test_a_page_sharing_an_api_with_a_changed_page_is_redone() -> None:
    docs = _pages()
    text = docs[0][1]
    start = text.index("## 触发垃圾回收任务(TriggerGCJob)")
    end = text.index("## 删除垃圾回收任务(DeleteGCJob)")
    # The same API documented on a second page: the two records are merged.
    copy = ("zz-copy.md", "# Copy\n\n" + text[start:end])
    cold = scrape_documents([*docs, copy])
    assert next(p for p in cold["pages"] if p["file"] == "zz-copy.md")["apis"] == ["TriggerGCJob"]
    edited = [*docs, (copy[0], copy[1] + "\n附注：本页为副本。\n")]
    warm, stats = scrape_incremental(edited, cold)
    assert stats.extracted == 2  # the changed copy and the page it merges with
    assert dump_catalog(warm) == dump_catalog(scrape_documents(edited))


def test_removed_page_drops_its_apis() -> None:
    docs = _pages()
    cold = scrape_documents(docs)
    warm, _ = scrape_incremental(docs[1:], cold)
    assert dump_catalog(warm) == dump_catalog(scrape_documents(docs[1:]))


def _build(docs: Path, out: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    code = main(
        [
            "build",
            "--docs",
            str(docs),
            "--out-dir",
            str(out / "spec"),
            "--package-dir",
            str(out / "sdk"),
            *extra,
        ]
    )
    assert code == 0
    return capsys.readouterr().err


def test_build_rewrites_only_what_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in _pages():
        (docs / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    first = _build(docs, out, capsys, "--no-validate")
    assert "wrote" in first and (out / "sdk" / "zstack_sdk" / "__init__.py").exists()
    stamp = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}

    second = _build(docs, out, capsys, "--no-validate")
    assert "0 extracted" in second and "up to date" in second
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == stamp

    page = docs / PAGES[1]
    page.write_text(
        page.read_text(encoding="utf-8").replace("(UpdateLongJob)", "(ModifyLongJob)"),
        encoding="utf-8",
    )
    third = _build(docs, out, capsys, "--no-validate")
    assert "1 extracted" in third
    sdk_text = "\n".join(p.read_text(encoding="utf-8") for p in (out / "sdk").rglob("*.py"))
    assert "def modify_long_job" in sdk_text and "def update_long_job" not in sdk_text


def test_check_passes_on_the_committed_files(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # the defaults are the working directory's spec/ and generated/
    # openapi-spec-validator (~30 s) is CI's part of `check` (.ci/run); here the drift.
    assert main(["check", "--no-validate"]) == 0
    assert "up to date" in capsys.readouterr().err


def test_check_fails_with_a_summary_when_files_drift(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec_dir, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    sdk_dir = tmp_path / "sdk"
    shutil.copytree(ROOT / "generated" / "zstack-sdk", sdk_dir)
    (sdk_dir / "zstack_sdk" / "_meta.py").write_text("# edited by hand\n", encoding="utf-8")
    spec_file = spec_dir / "zstack.openapi-3.0.json"
    spec_file.write_text(
        spec_file.read_text(encoding="utf-8").replace("ZStack", "ZStack!", 1), encoding="utf-8"
    )
    code = main(
        ["check", "--out-dir", str(spec_dir), "--package-dir", str(sdk_dir), "--no-validate"]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "zstack.openapi-3.0.json" in err and str(sdk_dir) in err and "_meta.py" in err


def test_check_with_docs_names_the_changed_apis(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site_pages = {name: text for name, text in _pages()}
    with docs_site.DocsSite() as site:
        for name, text in site_pages.items():
            site.put("/help/manual/" + name.replace(".md", ".html"), docs_site.render_chapter(text))
        site.put(
            "/help/manual/",
            docs_site.index_html([(n.replace(".md", ".html"), n) for n in site_pages]),
        )
        out = tmp_path / "out"
        url = site.url("/help/manual/")
        base = [
            "--out-dir",
            str(out / "spec"),
            "--package-dir",
            str(out / "sdk"),
            "--cache",
            str(tmp_path / "cache"),
            "--rate",
            "0",
        ]
        assert main(["build", "--docs", url, "--no-validate", *base]) == 0
        capsys.readouterr()
        assert main(["check", "--docs", url, *base]) == 0
        changed = site_pages[PAGES[0]].replace("(DeleteGCJob)", "(RemoveGCJob)")
        site.put(
            "/help/manual/" + PAGES[0].replace(".md", ".html"), docs_site.render_chapter(changed)
        )
        capsys.readouterr()
        assert main(["check", "--docs", url, *base]) == 1
    err = capsys.readouterr().err
    assert "APIs added: 1: RemoveGCJob" in err
    assert "APIs removed: 1: DeleteGCJob" in err
    assert "1 extracted" in err


def test_records_of_another_scraper_version_are_not_reused() -> None:
    docs = _pages()
    cold = scrape_documents(docs)
    stale = dict(cold, extractor="0000000000000000")
    again, stats = scrape_incremental(docs, stale)
    assert stats.extracted == len(docs)
    assert dump_catalog(again) == dump_catalog(cold)


def test_an_unchanged_rebuild_stops_early_unless_an_output_was_touched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in _pages():
        (docs / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    _build(docs, out, capsys, "--no-validate", "--no-reconcile")
    assert "inputs unchanged" in _build(docs, out, capsys, "--no-validate", "--no-reconcile")

    spec_file = out / "spec" / "zstack.openapi.json"
    good = spec_file.read_text(encoding="utf-8")
    spec_file.write_text(good.replace('"openapi"', '"openapi "', 1), encoding="utf-8")
    again = _build(docs, out, capsys, "--no-validate", "--no-reconcile")
    assert "inputs unchanged" not in again and "wrote" in again
    assert spec_file.read_text(encoding="utf-8") == good
