"""The `zstack` command's view of the APIs: the generated index and per-chapter details,
imported on demand so that a command loads one chapter, never every API module."""

from __future__ import annotations

import functools
import importlib
from typing import Any, cast

from ._cli_values import UsageError, suggest


@functools.cache
def index() -> dict[str, tuple[str, str]]:
    """API name -> (chapter, summary), every API of the package."""
    module = importlib.import_module(f"{__package__}._cli_index")
    return cast(dict[str, tuple[str, str]], module.APIS)


@functools.cache
def _lowered() -> dict[str, str]:
    return {name.lower(): name for name in index()}


def resolve(word: str) -> str:
    """The API a word names: exactly as ZStack spells it, or in any letter case."""
    apis = index()
    if word in apis:
        return word
    found = _lowered().get(word.lower())
    if found is not None:
        return found
    raise UsageError(f"unknown API {word!r}{suggest(word, list(apis))}; see: zstack help --search")


def spec(name: str) -> dict[str, Any]:
    """The API's route, flags and parameters (see the generator's ``cli_data``)."""
    chapter = index()[name][0]
    module = importlib.import_module(f"{__package__}._cli_specs.{chapter}")
    return cast(dict[str, Any], module.APIS[name])


def chapters() -> dict[str, list[str]]:
    """Chapter -> its API names, both sorted."""
    out: dict[str, list[str]] = {}
    for name, (chapter, _) in sorted(index().items()):
        out.setdefault(chapter, []).append(name)
    return dict(sorted(out.items()))


def search(word: str) -> list[str]:
    """APIs whose name or summary contains ``word`` (any case), sorted."""
    needle = word.lower()
    return sorted(
        name
        for name, (_, summary) in index().items()
        if needle in name.lower() or needle in summary.lower()
    )
