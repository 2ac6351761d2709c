"""Result models: DeleteVmInstanceHaLevelResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVmInstanceHaLevelResult",
]


class DeleteVmInstanceHaLevelResult(ZStackModel):
    """The result of DeleteVmInstanceHaLevel (ZStack's `DeleteVmInstanceHaLevelResult`)."""

    error: ErrorCode | None = None
