"""Result models: IsVfNicAvailableInL3NetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "IsVfNicAvailableInL3NetworkResult",
]


class IsVfNicAvailableInL3NetworkResult(ZStackModel):
    """The result of IsVfNicAvailableInL3Network (ZStack's `IsVfNicAvailableInL3NetworkResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.9.0)"""

    vf_nic_available: bool | None = None
    """是否存在可用VF网卡 (since 3.9.0)"""
