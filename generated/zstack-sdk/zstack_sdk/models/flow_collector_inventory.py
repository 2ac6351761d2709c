"""Result models: FlowCollectorInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "FlowCollectorInventory",
]


class FlowCollectorInventory(ZStackModel):
    """ZStack's `FlowCollectorInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.6.0)"""

    flow_meter_uuid: str | None = None
    """flowMeterUuid (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    name: str | None = None
    """资源名称 (since 3.6.0)"""

    port: int | None = None
    """搜集器的UDP端口 (since 3.6.0)"""

    server: str | None = None
    """搜集器IP (since 3.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.6.0)"""
