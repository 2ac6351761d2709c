"""Result models: DeleteHuaweiIMasterFabricResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteHuaweiIMasterFabricResult",
]


class DeleteHuaweiIMasterFabricResult(ZStackModel):
    """The result of DeleteHuaweiIMasterFabric."""

    error: ErrorCode | None = None
