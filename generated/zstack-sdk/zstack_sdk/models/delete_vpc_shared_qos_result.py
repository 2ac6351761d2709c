"""Result models: DeleteVpcSharedQosResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVpcSharedQosResult",
]


class DeleteVpcSharedQosResult(ZStackModel):
    """The result of DeleteVpcSharedQos (ZStack's `DeleteVpcSharedQosResult`)."""

    error: ErrorCode | None = None
