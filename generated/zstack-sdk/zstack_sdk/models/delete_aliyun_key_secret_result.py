"""Result models: DeleteAliyunKeySecretResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAliyunKeySecretResult",
]


class DeleteAliyunKeySecretResult(ZStackModel):
    """The result of DeleteAliyunKeySecret (ZStack's `DeleteAliyunKeySecretResult`)."""

    error: ErrorCode | None = None
