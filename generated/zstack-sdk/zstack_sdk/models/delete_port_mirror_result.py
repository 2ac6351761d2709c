"""Result models: DeletePortMirrorResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePortMirrorResult",
]


class DeletePortMirrorResult(ZStackModel):
    """The result of DeletePortMirror (ZStack's `DeletePortMirrorResult`)."""

    error: ErrorCode | None = None
