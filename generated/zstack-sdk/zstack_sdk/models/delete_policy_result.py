"""Result models: DeletePolicyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePolicyResult",
]


class DeletePolicyResult(ZStackModel):
    """The result of DeletePolicy (ZStack's `DeletePolicyResult`)."""

    error: ErrorCode | None = None
