"""Result models: DeleteVmHostnameResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVmHostnameResult",
]


class DeleteVmHostnameResult(ZStackModel):
    """The result of DeleteVmHostname (ZStack's `DeleteVmHostnameResult`)."""

    error: ErrorCode | None = None
