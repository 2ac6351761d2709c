"""Result models: VCenterResourcePoolInventory (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .v_center_resource_pool_usage_inventory import VCenterResourcePoolUsageInventory

__all__ = [
    "VCenterResourcePoolInventory",
]


class VCenterResourcePoolInventory(ZStackModel):
    """ZStack's `VCenterResourcePoolInventory`."""

    cpu_level: str | None = Field(None, alias="CPULevel")
    """CPULevel (since 3.3.0)"""

    cpu_limit: int | None = Field(None, alias="CPULimit")
    """CPULimit (since 3.3.0)"""

    cpu_overhead_limit: int | None = Field(None, alias="CPUOverheadLimit")
    """CPUOverheadLimit (since 3.3.0)"""

    cpu_reservation: int | None = Field(None, alias="CPUReservation")
    """CPUReservation (since 3.3.0)"""

    cpu_shares: int | None = Field(None, alias="CPUShares")
    """CPUShares (since 3.3.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.3.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.3.0)"""

    memory_level: str | None = None
    """memoryLevel (since 3.3.0)"""

    memory_limit: int | None = None
    """memoryLimit (since 3.3.0)"""

    memory_overhead_limit: int | None = None
    """memoryOverheadLimit (since 3.3.0)"""

    memory_reservation: int | None = None
    """memoryReservation (since 3.3.0)"""

    memory_shares: int | None = None
    """memoryShares (since 3.3.0)"""

    mor_val: str | None = None
    """morVal (since 3.3.0)"""

    name: str | None = None
    """资源名称 (since 3.3.0)"""

    parent_uuid: str | None = None
    """parentUuid (since 3.3.0)"""

    sub_resources: list[VCenterResourcePoolUsageInventory] | None = None
    """详情参考subResources (since 3.3.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.3.0)"""

    v_center_cluster_uuid: str | None = None
    """vCenterClusterUuid (since 3.3.0)"""
