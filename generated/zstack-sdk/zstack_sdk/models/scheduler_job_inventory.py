"""Result models: SchedulerJobInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SchedulerJobInventory",
]


class SchedulerJobInventory(ZStackModel):
    """The ``SchedulerJobInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.1)"""

    description: str | None = None
    """资源的详细描述 (since 2.1)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.1)"""

    name: str | None = None
    """资源名称 (since 2.1)"""

    state: str | None = None
    """state (since 2.1)"""

    target_resource_uuid: str | None = None
    """targetResourceUuid (since 2.1)"""

    triggers_uuid: list[Any] | None = None
    """triggersUuid (since 2.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.1)"""
