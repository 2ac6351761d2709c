"""Result models: NvmeLunInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .nvme_lun_host_ref_inventory import NvmeLunHostRefInventory

__all__ = [
    "NvmeLunInventory",
]


class NvmeLunInventory(ZStackModel):
    """ZStack's `NvmeLunInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.6.21)"""

    hctl: str | None = None
    """hctl (since 4.6.21)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.6.21)"""

    model: str | None = None
    """型号 (since 4.6.21)"""

    multipath_device_uuid: str | None = None
    """多路径设备UUID (since 4.6.21)"""

    name: str | None = None
    """资源名称 (since 4.6.21)"""

    nvme_lun_host_refs: list[NvmeLunHostRefInventory] | None = None
    """详情参考nvmeLunHostRefs (since 4.6.21)"""

    nvme_target_uuid: str | None = None
    """所属NVMe设备UUID (since 4.6.21)"""

    path: str | None = None
    """路径 (since 4.6.21)"""

    serial: str | None = None
    """序列号 (since 4.6.21)"""

    size: int | None = None
    """大小 (since 4.6.21)"""

    source: str | None = None
    """磁盘来源，NVMe (since 4.6.21)"""

    state: str | None = None
    """状态 (since 4.6.21)"""

    type: str | None = None
    """类型 (since 4.6.21)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.6.21)"""

    vendor: str | None = None
    """供应商 (since 4.6.21)"""

    wwid: str | None = None
    """全局唯一标识 (since 4.6.21)"""

    wwn: str | None = None
    """wwn (since 4.6.21)"""
