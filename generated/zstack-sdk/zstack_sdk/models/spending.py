"""Result models: Spending (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .spending_details import SpendingDetails

__all__ = [
    "Spending",
]


class Spending(ZStackModel):
    """ZStack's `Spending`."""

    date_end: int | None = None
    """计费结束日期 (since 0.6)"""

    date_start: int | None = None
    """计费起始日期 (since 0.6)"""

    details: list[SpendingDetails] | None = None
    """详情参考details (since 0.6)"""

    hypervisor_type_spending: dict[str, Any] | None = None

    spending: float | None = None
    """花费总额 (since 0.6)"""

    spending_type: str | None = None
    """花费类型 (since 0.6)"""
