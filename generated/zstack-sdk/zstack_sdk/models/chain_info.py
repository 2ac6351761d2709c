"""Result models: ChainInfo (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .pending_task_info import PendingTaskInfo
from .running_task_info import RunningTaskInfo

__all__ = [
    "ChainInfo",
]


class ChainInfo(ZStackModel):
    """ZStack's `ChainInfo`."""

    pending_task: list[PendingTaskInfo] | None = None

    running_task: list[RunningTaskInfo] | None = None
