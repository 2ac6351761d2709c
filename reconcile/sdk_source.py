"""One entry point for SDK facts, whichever form they come in.

Callers (the reconciler, tests, the CLI) can be handed either the extracted
JSON file or a ZStack checkout and need not care which.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from zstack_openapi.jsonfmt import load_json
from zstack_openapi.reconcile.java_sdk import read_java_sdk
from zstack_openapi.reconcile.sdk_model import TOP_LEVEL_KEYS, SdkFacts

_EXPECTED = (
    "a JSON file of ZStack Java SDK facts (keys: "
    + ", ".join(TOP_LEVEL_KEYS)
    + ") or a ZStack source tree holding sdk/src/main/java"
)


def _load_json(path: Path) -> SdkFacts:
    try:
        data = load_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValueError(
            f"{path}: cannot read it as JSON ({error}); expected {_EXPECTED}"
        ) from error
    if not isinstance(data, dict):
        raise ValueError(f"{path}: the JSON is not an object; expected {_EXPECTED}")
    missing = [key for key in TOP_LEVEL_KEYS if key not in data]
    if missing:
        raise ValueError(f"{path}: the JSON lacks {', '.join(missing)}; expected {_EXPECTED}")
    if not isinstance(data["apis"], list) or not isinstance(data["meta"], dict):
        raise ValueError(
            f"{path}: 'apis' must be a list and 'meta' an object; expected {_EXPECTED}"
        )
    return cast(SdkFacts, data)


def load_sdk_facts(path: Path) -> SdkFacts:
    """SDK facts from a facts JSON file or from a ZStack source tree.

    Raises ValueError naming ``path`` and what was expected for anything else.
    """
    if path.is_file():
        return _load_json(path)
    if path.is_dir():
        return read_java_sdk(path)
    raise ValueError(f"{path}: no such file or directory; expected {_EXPECTED}")
