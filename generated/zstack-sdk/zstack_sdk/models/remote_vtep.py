"""Result models: RemoteVtep (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "RemoteVtep",
]


class RemoteVtep(ZStackModel):
    """The ``RemoteVtep`` structure."""

    cluster_uuid: str | None = None
    """集群UUID (since 5.3.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.7.11)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.7.11)"""

    pool_uuid: str | None = None
    """VXLAN资源池UUID (since 4.7.11)"""

    port: int | None = None
    """端口 (since 4.7.11)"""

    type: str | None = None
    """类型 (since 4.7.11)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.7.11)"""

    vtep_ip: str | None = None
    """隧道端点IP地址 (since 4.7.11)"""
