"""Result models: DeleteHybridKeySecretResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteHybridKeySecretResult",
]


class DeleteHybridKeySecretResult(ZStackModel):
    """The result of DeleteHybridKeySecret (ZStack's `DeleteHybridKeySecretResult`)."""

    error: ErrorCode | None = None
