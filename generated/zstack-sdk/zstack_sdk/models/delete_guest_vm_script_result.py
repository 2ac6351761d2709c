"""Result models: DeleteGuestVmScriptResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteGuestVmScriptResult",
]


class DeleteGuestVmScriptResult(ZStackModel):
    """The result of DeleteGuestVmScript (ZStack's `DeleteGuestVmScriptResult`)."""

    error: ErrorCode | None = None
