"""Result models: DeleteSecretResourcePoolResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSecretResourcePoolResult",
]


class DeleteSecretResourcePoolResult(ZStackModel):
    """The result of DeleteSecretResourcePool (ZStack's `DeleteSecretResourcePoolResult`)."""

    error: ErrorCode | None = None
