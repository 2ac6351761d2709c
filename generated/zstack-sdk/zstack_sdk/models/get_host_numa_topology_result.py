"""Result models: GetHostNUMATopologyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_numa_node import HostNUMANode

__all__ = [
    "GetHostNUMATopologyResult",
]


class GetHostNUMATopologyResult(ZStackModel):
    """The result of GetHostNUMATopology (ZStack's `GetHostNUMATopologyResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.3.12)"""

    name: str | None = None
    """资源名称 (since 4.3.12)"""

    topology: dict[str, HostNUMANode] | None = None
    """NUMA拓扑信息，详情见topology (since 4.3.12)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.3.12)"""
