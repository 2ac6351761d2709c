"""Result models: EventRecordsInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "EventRecordsInventory",
]


class EventRecordsInventory(ZStackModel):
    """ZStack's `EventRecordsInventory`."""

    account_uuid: str | None = None
    """账户UUID (since 4.1.0)"""

    create_time: int | None = None
    """创建时间 (since 4.1.0)"""

    data_uuid: str | None = None
    """消息UUID (since 4.1.0)"""

    emergency_level: str | None = None
    """报警等级 (since 4.1.0)"""

    error: str | None = None
    """错误信息 (since 4.1.0)"""

    id: int | None = None
    """消息ID (since 4.1.0)"""

    labels: str | None = None
    """标签列表 (since 4.1.0)"""

    name: str | None = None
    """名称 (since 4.1.0)"""

    namespace: str | None = None
    """名字空间 (since 4.1.0)"""

    read_status: bool | None = None
    """已读状态 (since 4.1.0)"""

    resource_id: str | None = None
    """资源UUID (since 4.1.0)"""

    subscription_uuid: str | None = None
    """事件报警器UUID (since 4.1.0)"""
