"""Result models: IscsiServerInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .iscsi_server_cluster_ref_inventory import IscsiServerClusterRefInventory
from .iscsi_target_inventory import IscsiTargetInventory

__all__ = [
    "IscsiServerInventory",
]


class IscsiServerInventory(ZStackModel):
    """ZStack's `IscsiServerInventory`."""

    chap_user_name: str | None = None
    """CHAP用户名 (since 3.0.0)"""

    chap_user_password: str | None = None
    """CHAP密码 (since 3.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.0.0)"""

    ip: str | None = None
    """IP地址 (since 3.0.0)"""

    iscsi_cluster_refs: list[IscsiServerClusterRefInventory] | None = None
    """详情参考iscsiClusterRefs (since 3.0.0)"""

    iscsi_targets: list[IscsiTargetInventory] | None = None
    """详情参考iscsiTargets (since 3.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.0.0)"""

    name: str | None = None
    """资源名称 (since 3.0.0)"""

    port: int | None = None
    """端口 (since 3.0.0)"""

    state: str | None = None
    """启用状态 (since 3.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.0.0)"""
