"""Result models: DeleteVxlanPoolRemoteVtepResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVxlanPoolRemoteVtepResult",
]


class DeleteVxlanPoolRemoteVtepResult(ZStackModel):
    """The result of DeleteVxlanPoolRemoteVtep (ZStack's `DeleteVxlanPoolRemoteVtepResult`)."""

    error: ErrorCode | None = None
