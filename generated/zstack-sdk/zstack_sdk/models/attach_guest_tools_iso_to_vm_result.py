"""Result models: AttachGuestToolsIsoToVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AttachGuestToolsIsoToVmResult",
]


class AttachGuestToolsIsoToVmResult(ZStackModel):
    """The result of AttachGuestToolsIsoToVm (ZStack's `AttachGuestToolsIsoToVmResult`)."""

    error: ErrorCode | None = None
