"""Work done in forked children: the build validates while the SDK renders, the
scraper reads pages on every core. The results must be the ones computed in
place: same values, same order, same errors, and nothing written when the
documents are invalid."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from zstack_openapi import background
from zstack_openapi.background import Pending, can_fork, map_in_children
from zstack_openapi.cli import main
from zstack_openapi.openapi import lint
from zstack_openapi.openapi.lint import Problem
from zstack_openapi.openapi_types import OpenApiDocument

DOCS = ROOT / "tests" / "fixtures" / "crawl"
JAVA_SDK = ROOT / "tests" / "fixtures" / "java_sdk"

forking = pytest.mark.skipif(not can_fork(), reason="no fork here (not Linux, one core, threads)")


def _pid() -> int:
    return os.getpid()


def _fail() -> None:
    raise KeyError("no such API: Frobnicate")


def _die() -> None:
    os._exit(3)


def _square(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


@forking
def test_a_pending_result_is_computed_in_a_child_and_returned() -> None:
    assert Pending(_pid).result() != os.getpid()
    assert Pending(_pid, fork=False).result() == os.getpid()


@forking
def test_the_childs_exception_is_raised_in_the_parent_as_it_was() -> None:
    with pytest.raises(KeyError, match="Frobnicate"):
        Pending(_fail).result()


@forking
def test_a_child_that_dies_is_an_error_not_a_hang() -> None:
    with pytest.raises(RuntimeError, match="exit code 3"):
        Pending(_die).result()


@forking
def test_cancel_stops_a_child_at_once() -> None:
    started = time.perf_counter()
    pending = Pending(lambda: time.sleep(30))
    pending.cancel()
    assert time.perf_counter() - started < 10


def test_nothing_is_forked_while_another_thread_runs() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not can_fork()
        assert Pending(_pid).result() == os.getpid()
    finally:
        stop.set()
        thread.join()


@forking
def test_map_keeps_the_inputs_order_and_uses_the_cores() -> None:
    ticks: list[int] = []
    items = list(range(40))
    out = map_in_children(_square, items, cost=lambda n: n % 7, done=lambda: ticks.append(1))
    assert [value for value, _ in out] == [n * n for n in items]
    assert len(ticks) == len(items)
    assert os.getpid() not in {pid for _, pid in out}


@forking
def test_map_workers_inherit_a_closure_and_their_errors_come_back() -> None:
    table = {n: str(n) * 3 for n in range(10)}  # reaches the workers by fork, unsent
    assert map_in_children(lambda n: table[n], list(range(10))) == [table[n] for n in range(10)]

    def picky(n: int) -> int:
        if n == 7:
            raise ValueError("item 7 is bad")
        return n

    with pytest.raises(ValueError, match="item 7 is bad"):
        map_in_children(picky, list(range(10)))


@forking
def test_a_map_worker_that_dies_is_an_error() -> None:
    def dies(n: int) -> int:
        if n == 3:
            os._exit(5)
        return n

    with pytest.raises(RuntimeError, match="exit code 5"):
        map_in_children(dies, list(range(10)))


def test_parallel_work_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZSTACK_OPENAPI_PARALLEL", "0")
    assert not can_fork()
    assert Pending(_pid).result() == os.getpid()
    assert {pid for _, pid in map_in_children(_square, list(range(8)))} == {os.getpid()}


def test_map_of_a_few_items_runs_in_place() -> None:
    out = map_in_children(_square, [1, 2, 3])
    assert out == [(1, os.getpid()), (4, os.getpid()), (9, os.getpid())]


def _build(out: Path, *extra: str) -> int:
    return main(
        [
            "build",
            "--docs",
            str(DOCS),
            "--out-dir",
            str(out / "spec"),
            "--package-dir",
            str(out / "sdk"),
            *extra,
        ]
    )


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith(".build-stamp")
    }


@forking
@pytest.mark.parametrize("reconcile", [["--no-reconcile"], ["--sdk", str(JAVA_SDK)]])
def test_a_build_in_children_equals_a_build_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reconcile: list[str]
) -> None:
    assert _build(tmp_path / "forked", *reconcile) == 0
    monkeypatch.setattr(background, "can_fork", lambda: False)
    assert _build(tmp_path / "inline", *reconcile) == 0
    forked, inline = _tree(tmp_path / "forked"), _tree(tmp_path / "inline")
    assert len(forked) > 10 and forked == inline
    if "--sdk" in reconcile:
        assert "spec/zstack.reconciled.json" in forked


@forking
def test_an_invalid_document_found_in_the_child_stops_the_build_before_the_sdk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = lint.lint

    def finds_a_problem(document: OpenApiDocument) -> list[Problem]:
        return [*real(document), Problem("/paths", "test-problem", "planted by the test")]

    # The child is forked after this: it runs the patched lint, the parent does not.
    monkeypatch.setattr("zstack_openapi.openapi.validate.lint", finds_a_problem)
    assert _build(tmp_path, "--no-reconcile") == 1
    err = capsys.readouterr().err
    assert "OpenAPI 3.1#/paths: [test-problem] planted by the test" in err
    assert "OpenAPI 3.0.3: 1 problems" in err
    # Neither the documents nor the SDK: a document on disk is always a valid one.
    assert not (tmp_path / "sdk").exists()
    assert not list((tmp_path / "spec").glob("zstack.openapi*.json"))
    assert (tmp_path / "spec" / "zstack.catalog.json").exists()
    # Not recorded as built: the next run validates again.
    assert _build(tmp_path, "--no-reconcile") == 1


def test_the_scrape_progress_counts_every_page_once_changed_or_not() -> None:
    from zstack_openapi.scraper.incremental import scrape_incremental

    pages = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(DOCS.glob("*.md"))]
    ticks: list[int] = []
    catalog, _ = scrape_incremental(pages, None, on_page=lambda: ticks.append(1))
    assert len(ticks) == len(pages) == 5
    ticks.clear()
    edited = [(name, text + "\n" if k == 0 else text) for k, (name, text) in enumerate(pages)]
    _, stats = scrape_incremental(edited, catalog, on_page=lambda: ticks.append(1))
    assert (stats.extracted, stats.reused) == (1, 4) and len(ticks) == 5
