"""Result models: Event (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .emergency_level import EmergencyLevel

__all__ = [
    "Event",
]


class Event(ZStackModel):
    """The ``Event`` structure."""

    account_uuid: str | None = None
    """账户UUID (since 3.3)"""

    data_uuid: str | None = None
    """消息UUID (since 3.3)"""

    emergency_level: EmergencyLevel | None = None
    """详情参考emergencyLevel (since 2.3)"""

    error: str | None = None
    """如果事件代表错误，该字段为错误详情 (since 2.3)"""

    labels: dict[str, Any] | None = None
    """标签 (since 2.3)"""

    name: str | None = None
    """事件名 (since 2.3)"""

    namespace: str | None = None
    """名字空间 (since 2.3)"""

    resource_id: str | None = None
    """产生事件资源的ID（如果为ZStack Cloud资源则为资源UUID） (since 2.3)"""

    resource_name: str | None = None
    """资源名称 (since 2.3)"""

    time: int | None = None
    """事件产生时间 (since 2.3)"""
