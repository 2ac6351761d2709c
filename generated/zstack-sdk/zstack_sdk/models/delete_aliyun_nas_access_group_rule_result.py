"""Result models: DeleteAliyunNasAccessGroupRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAliyunNasAccessGroupRuleResult",
]


class DeleteAliyunNasAccessGroupRuleResult(ZStackModel):
    """The result of DeleteAliyunNasAccessGroupRule (ZStack's `DeleteAliyunNasAccessGroupRuleResult`)."""

    error: ErrorCode | None = None
