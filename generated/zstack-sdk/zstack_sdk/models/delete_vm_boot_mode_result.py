"""Result models: DeleteVmBootModeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVmBootModeResult",
]


class DeleteVmBootModeResult(ZStackModel):
    """The result of DeleteVmBootMode (ZStack's `DeleteVmBootModeResult`)."""

    error: ErrorCode | None = None
