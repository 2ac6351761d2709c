"""Reading and writing documents: JSON or YAML by extension, deterministic output
(sorted keys; list order is kept because it carries meaning: parameters, enums)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from zstack_openapi.fileio import read_input_text, write_text_if_changed
from zstack_openapi.jsonfmt import dump_json


def is_yaml(path: Path) -> bool:
    return path.suffix.lower() in {".yaml", ".yml"}


def dumps(document: Any, path: Path | None = None) -> str:
    if path is not None and is_yaml(path):
        return yaml.safe_dump(document, sort_keys=True, allow_unicode=True, width=100)
    return dump_json(document)


def write_if_changed(document: Any, path: Path) -> bool:
    """Write `document` to `path` (atomically) unless the file already holds exactly
    that; True when written."""
    return write_text_if_changed(path, dumps(document, path))


def load(path: Path) -> Any:
    """A JSON or YAML file; errors name the file."""
    text = read_input_text(path)
    try:
        if is_yaml(path):
            return yaml.safe_load(text)
        return json.loads(text)
    except (ValueError, RecursionError, yaml.YAMLError) as exc:
        raise ValueError(
            f"{path}: not valid {'YAML' if is_yaml(path) else 'JSON'} ({exc})"
        ) from exc


def is_openapi(document: Any) -> bool:
    return isinstance(document, dict) and isinstance(document.get("openapi"), str)


def is_catalog(document: Any) -> bool:
    return isinstance(document, dict) and str(document.get("format", "")).startswith(
        "zstack-api-catalog/"
    )
