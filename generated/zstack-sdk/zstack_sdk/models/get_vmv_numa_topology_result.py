"""Result models: GetVmvNUMATopologyResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmvNUMATopologyResult",
]


class GetVmvNUMATopologyResult(ZStackModel):
    """The result of GetVmvNUMATopology (ZStack's `GetVmvNUMATopologyResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.3.12)"""

    host_uuid: str | None = None
    """云主机所在物理机的UUID，唯一标示该资源 (since 4.3.12)"""

    name: str | None = None
    """云主机名称 (since 4.3.12)"""

    topology: list[Any] | None = None
    """vNUMA拓扑信息，详情见topology (since 4.3.12)"""

    uuid: str | None = None
    """云主机的UUID，唯一标示该资源 (since 4.3.12)"""
