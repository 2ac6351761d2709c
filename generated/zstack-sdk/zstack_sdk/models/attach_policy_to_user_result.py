"""Result models: AttachPolicyToUserResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AttachPolicyToUserResult",
]


class AttachPolicyToUserResult(ZStackModel):
    """The result of AttachPolicyToUser (ZStack's `AttachPolicyToUserResult`)."""

    error: ErrorCode | None = None
