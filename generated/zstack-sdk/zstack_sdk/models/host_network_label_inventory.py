"""Result models: HostNetworkLabelInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "HostNetworkLabelInventory",
]


class HostNetworkLabelInventory(ZStackModel):
    """The ``HostNetworkLabelInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.3.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.3.0)"""

    service_type: str | None = None
    """serviceType (since 5.3.0)"""

    system: bool | None = None
    """system (since 5.3.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.3.0)"""
