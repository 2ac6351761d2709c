"""Result models: AddPolicyStatementsToRoleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddPolicyStatementsToRoleResult",
]


class AddPolicyStatementsToRoleResult(ZStackModel):
    """The result of AddPolicyStatementsToRole (ZStack's `AddPolicyStatementsToRoleResult`)."""

    error: ErrorCode | None = None
