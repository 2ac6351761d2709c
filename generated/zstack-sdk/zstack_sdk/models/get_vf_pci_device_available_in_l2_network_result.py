"""Result models: GetVfPciDeviceAvailableInL2NetworkResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVfPciDeviceAvailableInL2NetworkResult",
]


class GetVfPciDeviceAvailableInL2NetworkResult(ZStackModel):
    """The result of GetVfPciDeviceAvailableInL2Network."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败，操作成功时该字段为null。 详情参考error (since 5.3.20)"""

    l2_vf_available_clusters: dict[str, Any] | None = None
    """l2VfAvailableClusters (since 5.3.20)"""

    success: bool | None = None
    """success (since 5.3.20)"""
