"""Result models: RemovePolicyStatementsFromRoleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemovePolicyStatementsFromRoleResult",
]


class RemovePolicyStatementsFromRoleResult(ZStackModel):
    """The result of RemovePolicyStatementsFromRole (ZStack's `RemovePolicyStatementsFromRoleResult`)."""

    error: ErrorCode | None = None
