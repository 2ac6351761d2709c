"""Result models: KvmHostHypervisorMetadataInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "KvmHostHypervisorMetadataInventory",
]


class KvmHostHypervisorMetadataInventory(ZStackModel):
    """ZStack's `KvmHostHypervisorMetadataInventory`."""

    category_uuid: str | None = None
    """支持的物理机类型条目 UUID (since 4.6.21)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.6.21)"""

    hypervisor: str | None = None
    """管理程序名称，比如 qemu-kvm (since 4.6.21)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.6.21)"""

    management_node_uuid: str | None = None
    """管理节点 UUID (since 4.6.21)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该条目 (since 4.6.21)"""

    version: str | None = None
    """版本号，比如4.2.0-632.g6a6222b.el7 (since 4.6.21)"""
