"""Result models: DetachPolicyFromUserGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachPolicyFromUserGroupResult",
]


class DetachPolicyFromUserGroupResult(ZStackModel):
    """The result of DetachPolicyFromUserGroup (ZStack's `DetachPolicyFromUserGroupResult`)."""

    error: ErrorCode | None = None
