"""Result models: RemovePolicyStatementsFromRoleResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemovePolicyStatementsFromRoleResult",
]


class RemovePolicyStatementsFromRoleResult(ZStackModel):
    """The result of RemovePolicyStatementsFromRole (ZStack's `RemovePolicyStatementsFromRoleResult`)."""

    error: ErrorCode | None = None
