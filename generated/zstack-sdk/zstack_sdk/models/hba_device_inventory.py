"""Result models: HBADeviceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "HBADeviceInventory",
]


class HBADeviceInventory(ZStackModel):
    """The ``HBADeviceInventory`` structure."""

    create_date: str | None = None
    """创建时间 (since 5.3.0)"""

    hba_type: str | None = None
    """类型 (since 5.3.0)"""

    host_uuid: str | None = None
    """物理机UUID (since 5.3.0)"""

    last_op_date: str | None = None
    """最后一次修改时间 (since 5.3.0)"""

    name: str | None = None
    """资源名称 (since 5.3.0)"""

    port_name: str | None = None
    """端口名字 (since 5.3.0)"""

    port_state: str | None = None
    """端口状态 (since 5.3.0)"""

    speed: str | None = None
    """速度 (since 5.3.0)"""

    supported_classes: str | None = None
    """服务类别 (since 5.3.0)"""

    supported_speeds: str | None = None
    """支持的速度 (since 5.3.0)"""

    symbolic_name: str | None = None
    """符号名称 (since 5.3.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.3.0)"""
