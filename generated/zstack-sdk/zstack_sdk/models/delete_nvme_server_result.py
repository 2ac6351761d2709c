"""Result models: DeleteNvmeServerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteNvmeServerResult",
]


class DeleteNvmeServerResult(ZStackModel):
    """The result of DeleteNvmeServer (ZStack's `DeleteNvmeServerResult`)."""

    error: ErrorCode | None = None
