"""Result models: FlowCounter (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "FlowCounter",
]


class FlowCounter(ZStackModel):
    """ZStack's `FlowCounter`."""

    device: str | None = None
    """网络接口 (since 3.6.0)"""

    total_bytes: str | None = None
    """总的字节值 (since 3.6.0)"""

    total_entries: str | None = None
    """flow总计值 (since 3.6.0)"""

    total_pkts: str | None = None
    """总的包数值 (since 3.6.0)"""
