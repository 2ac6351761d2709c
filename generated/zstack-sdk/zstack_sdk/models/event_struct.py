"""Result models: EventStruct (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "EventStruct",
]


class EventStruct(ZStackModel):
    """ZStack's `EventStruct`."""

    description: str | None = None
    """描述 (since 3.9.0)"""

    label_names: list[Any] | None = None
    """标签名 (since 2.3)"""

    name: str | None = None
    """资源名称 (since 2.3)"""

    namespace: str | None = None
    """名字空间 (since 2.3)"""
