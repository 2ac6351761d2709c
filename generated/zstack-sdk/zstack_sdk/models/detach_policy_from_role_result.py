"""Result models: DetachPolicyFromRoleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachPolicyFromRoleResult",
]


class DetachPolicyFromRoleResult(ZStackModel):
    """The result of DetachPolicyFromRole (ZStack's `DetachPolicyFromRoleResult`)."""

    error: ErrorCode | None = None
