"""Result models: PortMirrorInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel
from .port_mirror_session_inventory import PortMirrorSessionInventory

__all__ = [
    "PortMirrorInventory",
]


class PortMirrorInventory(ZStackModel):
    """ZStack's `PortMirrorInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.0)"""

    mirror_network_uuid: str | None = None
    """mirrorNetworkUuid (since 3.7.0)"""

    name: str | None = None
    """资源名称 (since 3.7.0)"""

    sessions: list[PortMirrorSessionInventory] | None = None
    """详情参考sessions (since 3.7.0)"""

    state: Literal["Enabled", "Disabled"] | str | None = None
    """详情参考state (since 3.7.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.7.0)"""
