"""Result models: DeleteConnectionBetweenL3NetWorkAndAliyunVSwitchResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteConnectionBetweenL3NetWorkAndAliyunVSwitchResult",
]


class DeleteConnectionBetweenL3NetWorkAndAliyunVSwitchResult(ZStackModel):
    """The result of DeleteConnectionBetweenL3NetWorkAndAliyunVSwitch (ZStack's `DeleteConnectionBetweenL3NetWorkAndAliyunVSwitchResult`)."""

    error: ErrorCode | None = None
