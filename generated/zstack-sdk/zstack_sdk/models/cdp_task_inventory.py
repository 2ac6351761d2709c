"""Result models: CdpTaskInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel
from .cdp_task_resource_ref_inventory import CdpTaskResourceRefInventory

__all__ = [
    "CdpTaskInventory",
]


class CdpTaskInventory(ZStackModel):
    """ZStack's `CdpTaskInventory`."""

    backup_bandwidth: int | None = None
    """单个云盘备份速率 (since 4.5.0)"""

    backup_storage_uuid: str | None = None
    """镜像存储UUID (since 4.5.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.5.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.5.0)"""

    last_latency: int | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.5.0)"""

    max_capacity: int | None = None
    """CDP任务规划容量 (since 4.5.0)"""

    max_latency: int | None = None

    name: str | None = None
    """资源名称 (since 4.5.0)"""

    policy_uuid: str | None = None
    """权限策略UUID (since 4.5.0)"""

    resource_refs: list[CdpTaskResourceRefInventory] | None = None
    """详情参考resourceRefs (since 4.5.0)"""

    state: Literal["Enabled", "Disabled"] | str | None = None
    """详情参考state (since 4.5.0)"""

    status: (
        Literal["Created", "Starting", "Running", "Stopped", "Unknown", "Failed", "DataMerging"]
        | str
        | None
    ) = None
    """详情参考status (since 4.5.0)"""

    task_type: Literal["VM"] | str | None = None
    """详情参考taskType (since 4.5.0)"""

    used_capacity: int | None = None
    """CDP已用容量 (since 4.5.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.5.0)"""
