"""Result models: HostOsCategoryInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .kvm_host_hypervisor_metadata_inventory import KvmHostHypervisorMetadataInventory

__all__ = [
    "HostOsCategoryInventory",
]


class HostOsCategoryInventory(ZStackModel):
    """ZStack's `HostOsCategoryInventory`."""

    architecture: str | None = None
    """物理机架构，比如x86_64 (since 4.6.21)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.6.21)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.6.21)"""

    metadata_list: list[KvmHostHypervisorMetadataInventory] | None = None
    """详情参考metadataList (since 4.6.21)"""

    os_release_version: str | None = None
    """物理机操作系统版本 (since 4.6.21)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该条目 (since 4.6.21)"""
