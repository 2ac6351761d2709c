"""Result models: AttachedVtepRef (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AttachedVtepRef",
]


class AttachedVtepRef(ZStackModel):
    """The ``AttachedVtepRef`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    host_uuid: str | None = None
    """物理机UUID (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    physical_interface: str | None = None
    """physicalInterface (since 5.3.28)"""

    pool_uuid: str | None = None
    """VXLAN资源池UUID (since 0.6)"""

    port: int | None = None
    """端口 (since 0.6)"""

    type: str | None = None
    """类型 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vtep_ip: str | None = None
    """隧道端点IP地址 (since 0.6)"""
