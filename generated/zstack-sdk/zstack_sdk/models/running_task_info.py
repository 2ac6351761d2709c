"""Result models: RunningTaskInfo (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "RunningTaskInfo",
]


class RunningTaskInfo(ZStackModel):
    """ZStack's `RunningTaskInfo`."""

    api_id: str | None = None

    api_name: str | None = None

    class_name: str | None = None

    context: str | None = None

    context_list: list[str] | None = None

    execution_time: int | None = None

    index: int | None = None

    name: str | None = None

    pending_time: int | None = None
