"""Result models: DeleteSecurityGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSecurityGroupResult",
]


class DeleteSecurityGroupResult(ZStackModel):
    """The result of DeleteSecurityGroup (ZStack's `DeleteSecurityGroupResult`)."""

    error: ErrorCode | None = None
