"""Result models: Spending (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .detail import Detail

__all__ = [
    "Spending",
]


class Spending(ZStackModel):
    """The ``Spending`` structure."""

    date_end: int | None = None
    """计费结束日期 (since 0.6)"""

    date_start: int | None = None
    """计费起始日期 (since 0.6)"""

    details: list[Detail] | None = None
    """详情参考details (since 0.6)"""

    spending: float | None = None
    """花费总额 (since 0.6)"""

    spending_type: str | None = None
    """花费类型 (since 0.6)"""
