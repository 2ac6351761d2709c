"""Result models: AttachPolicyToUserGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AttachPolicyToUserGroupResult",
]


class AttachPolicyToUserGroupResult(ZStackModel):
    """The result of AttachPolicyToUserGroup (ZStack's `AttachPolicyToUserGroupResult`)."""

    error: ErrorCode | None = None
