"""Result models: TaskProgressInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "TaskProgressInventory",
]


class TaskProgressInventory(ZStackModel):
    """ZStack's `TaskProgressInventory`."""

    arguments: str | None = None

    content: str | None = None
    """content (since 0.6)"""

    opaque: dict[str, Any] | None = None
    """opaque (since 0.6)"""

    parent_uuid: str | None = None
    """parentUuid (since 0.6)"""

    sub_tasks: list[TaskProgressInventory] | None = None
    """详情参考subTasks (since 0.6)"""

    task_name: str | None = None
    """taskName (since 0.6)"""

    task_uuid: str | None = None
    """taskUuid (since 0.6)"""

    time: int | None = None
    """time (since 0.6)"""

    type: str | None = None
    """type (since 0.6)"""
