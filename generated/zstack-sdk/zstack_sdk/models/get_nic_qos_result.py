"""Result models: GetNicQosResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetNicQosResult",
]


class GetNicQosResult(ZStackModel):
    """The result of GetNicQos (ZStack's `GetNicQosResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。详情参考error (since 0.6)"""

    inbound_bandwidth: int | None = None
    """inboundBandwidth (since 0.6)"""

    inbound_bandwidth_upthreshold: int | None = None

    outbound_bandwidth: int | None = None
    """outboundBandwidth (since 0.6)"""

    outbound_bandwidth_upthreshold: int | None = None

    success: bool | None = None
    """success (since 0.6)"""
