"""Result models: DeleteAccessControlRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAccessControlRuleResult",
]


class DeleteAccessControlRuleResult(ZStackModel):
    """The result of DeleteAccessControlRule (ZStack's `DeleteAccessControlRuleResult`)."""

    error: ErrorCode | None = None
