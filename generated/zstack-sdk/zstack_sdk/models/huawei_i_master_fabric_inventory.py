"""Result models: HuaweiIMasterFabricInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "HuaweiIMasterFabricInventory",
]


class HuaweiIMasterFabricInventory(ZStackModel):
    """The ``HuaweiIMasterFabricInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.4.0)"""

    deleted: bool | None = None
    """删除标记 (since 5.4.0)"""

    description: str | None = None
    """资源的详细描述 (since 5.4.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.4.0)"""

    name: str | None = None
    """资源名称 (since 5.4.0)"""

    sdn_controller_uuid: str | None = None
    """SDN控制器UUID (since 5.4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.4.0)"""
