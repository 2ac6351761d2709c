"""Result models: VCenterResourcePoolUsageInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VCenterResourcePoolUsageInventory",
]


class VCenterResourcePoolUsageInventory(ZStackModel):
    """ZStack's `VCenterResourcePoolUsageInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.3.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.3.0)"""

    resource_type: str | None = None
    """resourceType (since 3.3.0)"""

    resource_uuid: str | None = None
    """resourceUuid (since 3.3.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.3.0)"""

    v_center_resource_pool_uuid: str | None = None
    """vCenterResourcePoolUuid (since 3.3.0)"""
