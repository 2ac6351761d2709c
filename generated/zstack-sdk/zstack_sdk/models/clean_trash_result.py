"""Result models: CleanTrashResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "CleanTrashResult",
]


class CleanTrashResult(ZStackModel):
    """ZStack's `CleanTrashResult`."""

    details: list[str] | None = None

    resource_uuids: list[str] | None = None

    size: int | None = None
