"""Result models: AlarmLabelInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "AlarmLabelInventory",
]


class AlarmLabelInventory(ZStackModel):
    """ZStack's `AlarmLabelInventory`."""

    key: str | None = None
    """key (since 3.3.0)"""

    operator: str | None = None
    """operator (since 3.3.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.3)"""

    value: str | None = None
    """value (since 3.3.0)"""
