"""Result models: NvmeTargetInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .nvme_lun_inventory import NvmeLunInventory

__all__ = [
    "NvmeTargetInventory",
]


class NvmeTargetInventory(ZStackModel):
    """ZStack's `NvmeTargetInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.6.21)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.6.21)"""

    name: str | None = None
    """资源名称 (since 4.6.21)"""

    nqn: str | None = None
    """NVMe限定名称 (since 4.6.21)"""

    nvme_luns: list[NvmeLunInventory] | None = None
    """详情参考nvmeLuns (since 4.6.21)"""

    nvme_server_uuid: str | None = None

    state: str | None = None
    """状态 (since 4.6.21)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.6.21)"""
