"""Result models: DeleteAliyunProxyVSwitchResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAliyunProxyVSwitchResult",
]


class DeleteAliyunProxyVSwitchResult(ZStackModel):
    """The result of DeleteAliyunProxyVSwitch (ZStack's `DeleteAliyunProxyVSwitchResult`)."""

    error: ErrorCode | None = None
