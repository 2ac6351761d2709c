"""Result models: SchedulerJobInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SchedulerJobInventory",
]


class SchedulerJobInventory(ZStackModel):
    """ZStack's `SchedulerJobInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    job_class_name: str | None = None

    job_data: str | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    scheduler_job_group_uuids: list[Any] | None = None

    state: str | None = None
    """state (since 0.6)"""

    target_resource_uuid: str | None = None
    """targetResourceUuid (since 0.6)"""

    triggers_uuid: list[Any] | None = None
    """triggersUuid (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
