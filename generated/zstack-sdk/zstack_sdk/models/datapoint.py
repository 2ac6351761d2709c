"""Result models: Datapoint (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "Datapoint",
]


class Datapoint(ZStackModel):
    """ZStack's `Datapoint`."""

    labels: dict[str, Any] | None = None
    """标签 (since 0.6)"""

    time: int | None = None
    """记录生成时间 (since 0.6)"""

    value: float | None = None
    """监控值 (since 0.6)"""
