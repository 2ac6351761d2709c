"""Result models: GetVmNicAttachedNetworkServiceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmNicAttachedNetworkServiceResult",
]


class GetVmNicAttachedNetworkServiceResult(ZStackModel):
    """The result of GetVmNicAttachedNetworkService (ZStack's `GetVmNicAttachedNetworkServiceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.1.0)"""

    network_services: list[str] | None = None
    """networkServices (since 4.1.0)"""
