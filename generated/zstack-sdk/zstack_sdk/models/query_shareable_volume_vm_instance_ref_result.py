"""Result models: QueryShareableVolumeVmInstanceRefResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryShareableVolumeVmInstanceRefResult",
]


class QueryShareableVolumeVmInstanceRefResult(ZStackModel):
    """The result of QueryShareableVolumeVmInstanceRef (ZStack's `QueryShareableVolumeVmInstanceRefResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
