"""Result models: HostNUMANode (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "HostNUMANode",
]


class HostNUMANode(ZStackModel):
    """ZStack's `HostNUMANode`."""

    vms_uuid: list[str] | None = Field(None, alias="VMsUuid")
    """该NUMA node关联VM的Uuid (since 4.3.12)"""

    cpus: list[str] | None = None
    """NUMA node包含的CPUs id列表 (since 4.3.12)"""

    distance: list[str] | None = None
    """该NUMA node与其他node的距离 (since 4.3.12)"""

    free: int | None = None
    """NUMA node可用内存大小(单位为B) (since 4.3.12)"""

    node_id: str | None = Field(None, alias="nodeID")

    size: int | None = None
    """NUMA node总内存大小(单位为B) (since 4.3.12)"""
