"""Result models: GetVmSchedulingRulesExecuteStateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmSchedulingRulesExecuteStateResult",
]


class GetVmSchedulingRulesExecuteStateResult(ZStackModel):
    """The result of GetVmSchedulingRulesExecuteState (ZStack's `GetVmSchedulingRulesExecuteStateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.6.0)"""

    rule_map_state: dict[str, Any] | None = None
    """详情参考ruleMapState (since 4.6.0)"""

    success: bool | None = None
    """success (since 4.6.0)"""
