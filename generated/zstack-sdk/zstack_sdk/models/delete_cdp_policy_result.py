"""Result models: DeleteCdpPolicyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteCdpPolicyResult",
]


class DeleteCdpPolicyResult(ZStackModel):
    """The result of DeleteCdpPolicy (ZStack's `DeleteCdpPolicyResult`)."""

    error: ErrorCode | None = None
