"""Result models: DeleteVipQosResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVipQosResult",
]


class DeleteVipQosResult(ZStackModel):
    """The result of DeleteVipQos (ZStack's `DeleteVipQosResult`)."""

    error: ErrorCode | None = None
