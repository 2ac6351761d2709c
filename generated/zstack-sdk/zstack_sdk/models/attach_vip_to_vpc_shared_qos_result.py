"""Result models: AttachVipToVpcSharedQosResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AttachVipToVpcSharedQosResult",
]


class AttachVipToVpcSharedQosResult(ZStackModel):
    """The result of AttachVipToVpcSharedQos (ZStack's `AttachVipToVpcSharedQosResult`)."""

    error: ErrorCode | None = None
