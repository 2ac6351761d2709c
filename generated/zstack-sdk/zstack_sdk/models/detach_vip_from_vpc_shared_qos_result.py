"""Result models: DetachVipFromVpcSharedQosResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachVipFromVpcSharedQosResult",
]


class DetachVipFromVpcSharedQosResult(ZStackModel):
    """The result of DetachVipFromVpcSharedQos (ZStack's `DetachVipFromVpcSharedQosResult`)."""

    error: ErrorCode | None = None
