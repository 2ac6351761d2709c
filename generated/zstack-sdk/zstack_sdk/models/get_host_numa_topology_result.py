"""Result models: GetHostNUMATopologyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .get_host_numa_topology_topology import GetHostNUMATopologyTopology

__all__ = [
    "GetHostNUMATopologyResult",
]


class GetHostNUMATopologyResult(ZStackModel):
    """The ``GetHostNUMATopologyResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.3.12)"""

    name: str | None = None
    """资源名称 (since 4.3.12)"""

    topology: GetHostNUMATopologyTopology | None = None
    """NUMA拓扑信息，详情见topology (since 4.3.12)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.3.12)"""
