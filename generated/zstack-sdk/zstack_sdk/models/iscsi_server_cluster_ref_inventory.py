"""Result models: IscsiServerClusterRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "IscsiServerClusterRefInventory",
]


class IscsiServerClusterRefInventory(ZStackModel):
    """ZStack's `IscsiServerClusterRefInventory`."""

    cluster_uuid: str | None = None
    """集群UUID (since 3.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.0.0)"""

    iscsi_server_uuid: str | None = None
    """iscsiServerUuid (since 3.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.0.0)"""
