"""Result models: IscsiTargetInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .iscsi_lun_inventory import IscsiLunInventory

__all__ = [
    "IscsiTargetInventory",
]


class IscsiTargetInventory(ZStackModel):
    """ZStack's `IscsiTargetInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.0.0)"""

    iqn: str | None = None
    """iSCSI IQN (since 3.0.0)"""

    iscsi_luns: list[IscsiLunInventory] | None = None
    """详情参考iscsiLuns (since 3.0.0)"""

    iscsi_server_uuid: str | None = None
    """iSCSI服务器UUID (since 3.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.0.0)"""
