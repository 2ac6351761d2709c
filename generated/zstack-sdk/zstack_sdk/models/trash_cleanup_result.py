"""Result models: TrashCleanupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "TrashCleanupResult",
]


class TrashCleanupResult(ZStackModel):
    """ZStack's `TrashCleanupResult`."""

    error: ErrorCode | None = None

    resource_uuid: str | None = None

    size: int | None = None

    success: bool | None = None

    trash_id: int | None = None
