"""Result models: ExecuteAutoScalingRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ExecuteAutoScalingRuleResult",
]


class ExecuteAutoScalingRuleResult(ZStackModel):
    """The result of ExecuteAutoScalingRule (ZStack's `ExecuteAutoScalingRuleResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.9.0)"""

    scaling_activity_uuid: str | None = None
    """伸缩活动UUID (since 3.9.0)"""

    success: bool | None = None
    """success (since 3.9.0)"""
