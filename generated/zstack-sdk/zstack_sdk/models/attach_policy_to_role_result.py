"""Result models: AttachPolicyToRoleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AttachPolicyToRoleResult",
]


class AttachPolicyToRoleResult(ZStackModel):
    """The result of AttachPolicyToRole (ZStack's `AttachPolicyToRoleResult`)."""

    error: ErrorCode | None = None
