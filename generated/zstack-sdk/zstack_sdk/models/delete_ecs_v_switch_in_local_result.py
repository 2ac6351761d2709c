"""Result models: DeleteEcsVSwitchInLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteEcsVSwitchInLocalResult",
]


class DeleteEcsVSwitchInLocalResult(ZStackModel):
    """The result of DeleteEcsVSwitchInLocal (ZStack's `DeleteEcsVSwitchInLocalResult`)."""

    error: ErrorCode | None = None
