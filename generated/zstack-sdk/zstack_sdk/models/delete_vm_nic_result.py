"""Result models: DeleteVmNicResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVmNicResult",
]


class DeleteVmNicResult(ZStackModel):
    """The result of DeleteVmNic (ZStack's `DeleteVmNicResult`)."""

    error: ErrorCode | None = None
