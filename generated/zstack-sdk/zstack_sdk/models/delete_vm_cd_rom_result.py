"""Result models: DeleteVmCdRomResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVmCdRomResult",
]


class DeleteVmCdRomResult(ZStackModel):
    """The result of DeleteVmCdRom (ZStack's `DeleteVmCdRomResult`)."""

    error: ErrorCode | None = None
