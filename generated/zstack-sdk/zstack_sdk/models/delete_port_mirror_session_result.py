"""Result models: DeletePortMirrorSessionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePortMirrorSessionResult",
]


class DeletePortMirrorSessionResult(ZStackModel):
    """The result of DeletePortMirrorSession (ZStack's `DeletePortMirrorSessionResult`)."""

    error: ErrorCode | None = None
