"""Result models: DeleteNicQosResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteNicQosResult",
]


class DeleteNicQosResult(ZStackModel):
    """The result of DeleteNicQos (ZStack's `DeleteNicQosResult`)."""

    error: ErrorCode | None = None
