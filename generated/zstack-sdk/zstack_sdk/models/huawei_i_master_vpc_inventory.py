"""Result models: HuaweiIMasterVpcInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "HuaweiIMasterVpcInventory",
]


class HuaweiIMasterVpcInventory(ZStackModel):
    """The ``HuaweiIMasterVpcInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.4.0)"""

    deleted: bool | None = None
    """删除标记 (since 5.4.0)"""

    description: str | None = None
    """资源的详细描述 (since 5.4.0)"""

    fabric_id: str | None = None
    """fabric标识符 (since 5.4.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.4.0)"""

    name: str | None = None
    """资源名称 (since 5.4.0)"""

    sdn_controller_uuid: str | None = None
    """SDN控制器UUID (since 5.4.0)"""

    tenant_id: str | None = None
    """租户标识符 (since 5.4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.4.0)"""
