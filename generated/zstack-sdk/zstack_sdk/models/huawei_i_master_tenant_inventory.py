"""Result models: HuaweiIMasterTenantInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "HuaweiIMasterTenantInventory",
]


class HuaweiIMasterTenantInventory(ZStackModel):
    """The ``HuaweiIMasterTenantInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.4.0)"""

    deleted: bool | None = None
    """deleted (since 5.4.0)"""

    description: str | None = None
    """资源的详细描述 (since 5.4.0)"""

    fabric_ids: str | None = None
    """fabricIds (since 5.4.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.4.0)"""

    name: str | None = None
    """资源名称 (since 5.4.0)"""

    sdn_controller_uuid: str | None = None
    """sdnControllerUuid (since 5.4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.4.0)"""
