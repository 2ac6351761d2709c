"""Result models: UploadFileToVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UploadFileToVmResult",
]


class UploadFileToVmResult(ZStackModel):
    """The result of UploadFileToVm (ZStack's `UploadFileToVmResult`)."""

    error: ErrorCode | None = None
