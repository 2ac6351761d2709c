"""Result models: CleanTrashResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "CleanTrashResult",
]


class CleanTrashResult(ZStackModel):
    """ZStack's `CleanTrashResult`."""

    details: list[str] | None = None

    resource_uuids: list[str] | None = None

    size: int | None = None
