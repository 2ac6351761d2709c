from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "zstack-docs" / "dev-guide-v5-zh"
SEED = SHARED / "seed" / "000_ef8b121cc364a53d.txt"
SOURCE_ORACLE = SHARED / "oracles" / "zstack-source-api-truth.json"
SDK_ORACLE = SHARED / "oracles" / "zstack-java-sdk-truth.json"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(
            f"{path} is absent: the shared ZStack material lives next to the checkout (../shared)"
        )
    return path


@pytest.fixture(scope="session")
def corpus_catalog() -> dict[str, Any]:
    from zstack_openapi.scraper import scrape_paths

    return scrape_paths([need(CORPUS)])


@pytest.fixture(scope="session")
def source_oracle() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(need(SOURCE_ORACLE).read_text(encoding="utf-8"))
    return data
