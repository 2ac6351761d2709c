"""Result models: EventSubscriptionLabelInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackModel

__all__ = [
    "EventSubscriptionLabelInventory",
]


class EventSubscriptionLabelInventory(ZStackModel):
    """ZStack's `EventSubscriptionLabelInventory`."""

    key: str | None = None
    """标签名 (since 3.9.0)"""

    operator: Literal["Regex", "Filter", "NotEqual", "RegexAgainst", "Equal"] | str | None = None
    """详情参考operator (since 3.9.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.9.0)"""

    value: str | None = None
    """标签值 (since 3.9.0)"""
