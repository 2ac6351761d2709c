"""Result models: GetVmNicAttachedNetworkServiceResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmNicAttachedNetworkServiceResult",
]


class GetVmNicAttachedNetworkServiceResult(ZStackModel):
    """The ``GetVmNicAttachedNetworkServiceResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.1.0)"""

    network_services: list[Any] | None = None
    """networkServices (since 4.1.0)"""
