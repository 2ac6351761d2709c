"""Result models: CdpTaskInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .cdp_task_state import CdpTaskState
from .cdp_task_status import CdpTaskStatus
from .cdp_task_type import CdpTaskType
from .resource_ref import ResourceRef

__all__ = [
    "CdpTaskInventory",
]


class CdpTaskInventory(ZStackModel):
    """The ``CdpTaskInventory`` structure."""

    backup_bandwidth: int | None = None
    """单个云盘备份速率 (since 4.5.0)"""

    backup_storage_uuid: str | None = None
    """镜像存储UUID (since 4.5.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.5.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.5.0)"""

    job_data: str | None = None
    """任务参数 (since 4.5.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.5.0)"""

    max_capacity: int | None = None
    """CDP任务规划容量 (since 4.5.0)"""

    name: str | None = None
    """资源名称 (since 4.5.0)"""

    policy_uuid: str | None = None
    """权限策略UUID (since 4.5.0)"""

    resource_refs: list[ResourceRef] | None = None
    """详情参考resourceRefs (since 4.5.0)"""

    state: CdpTaskState | None = None
    """详情参考state (since 4.5.0)"""

    status: CdpTaskStatus | None = None
    """详情参考status (since 4.5.0)"""

    task_type: CdpTaskType | None = None
    """详情参考taskType (since 4.5.0)"""

    triggers_uuid: list[Any] | None = None
    """触发器UUID (since 4.5.0)"""

    used_capacity: int | None = None
    """CDP已用容量 (since 4.5.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.5.0)"""
