"""Result models: PendingTaskInfo (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "PendingTaskInfo",
]


class PendingTaskInfo(ZStackModel):
    """ZStack's `PendingTaskInfo`."""

    api_id: str | None = None

    api_name: str | None = None

    class_name: str | None = None

    context: str | None = None

    context_list: list[str] | None = None

    execution_time: int | None = None

    index: int | None = None

    name: str | None = None

    pending_time: int | None = None
