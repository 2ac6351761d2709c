"""Result models: DeleteCephPrimaryStoragePoolResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteCephPrimaryStoragePoolResult",
]


class DeleteCephPrimaryStoragePoolResult(ZStackModel):
    """The result of DeleteCephPrimaryStoragePool (ZStack's `DeleteCephPrimaryStoragePoolResult`)."""

    error: ErrorCode | None = None
