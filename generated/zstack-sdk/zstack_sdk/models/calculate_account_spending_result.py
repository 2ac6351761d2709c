"""Result models: CalculateAccountSpendingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .spending import Spending

__all__ = [
    "CalculateAccountSpendingResult",
]


class CalculateAccountSpendingResult(ZStackModel):
    """The result of CalculateAccountSpending (ZStack's `CalculateAccountSpendingResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    spending: list[Spending] | None = None
    """详情参考spending (since 0.6)"""

    success: bool | None = None
    """成功标志 (since 0.6)"""

    total: float | None = None
    """总额 (since 0.6)"""
