"""Result models: CleanTrashResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "CleanTrashResult",
]


class CleanTrashResult(ZStackModel):
    """The ``CleanTrashResult`` structure."""

    details: list[Any] | None = None

    resource_uuids: list[Any] | None = None

    size: int | None = None
