"""Result models: DeleteSshKeyPairResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSshKeyPairResult",
]


class DeleteSshKeyPairResult(ZStackModel):
    """The result of DeleteSshKeyPair (ZStack's `DeleteSshKeyPairResult`)."""

    error: ErrorCode | None = None
