"""Result models: DeleteVpcIkeConfigLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVpcIkeConfigLocalResult",
]


class DeleteVpcIkeConfigLocalResult(ZStackModel):
    """The result of DeleteVpcIkeConfigLocal (ZStack's `DeleteVpcIkeConfigLocalResult`)."""

    error: ErrorCode | None = None
