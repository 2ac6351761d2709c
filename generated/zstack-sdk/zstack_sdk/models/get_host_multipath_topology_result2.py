"""Result models: GetHostMultipathTopologyResult2 (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .get_host_multipath_topology_result import GetHostMultipathTopologyResult

__all__ = [
    "GetHostMultipathTopologyResult2",
]


class GetHostMultipathTopologyResult2(ZStackModel):
    """The ``GetHostMultipathTopologyResult2`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.3.0)"""

    results: list[GetHostMultipathTopologyResult] | None = None
    """详情参考results (since 5.3.0)"""

    success: bool | None = None
    """success (since 5.3.0)"""
