"""Result models: Topology (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "Topology",
]


class Topology(ZStackModel):
    """The ``Topology`` structure."""

    cpus_id: str | None = Field(None, alias="CPUsID")
    """vNUMA node包含的vCPUs id列表 (since 4.3.12)"""

    distance: str | None = None
    """云主机vNUMA node的距离信息 (since 4.3.12)"""

    mem_size: int | None = None
    """云主机vNUMA node的内存大小(单位为B) (since 4.3.12)"""

    node_id: int | None = Field(None, alias="nodeID")
    """vNUMA node ID (since 4.3.12)"""

    phy_node_id: int | None = Field(None, alias="phyNodeID")
    """物理机NUMA node id (since 4.3.12)"""
