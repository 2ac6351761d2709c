"""Result models: DeleteEcsVpcInLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteEcsVpcInLocalResult",
]


class DeleteEcsVpcInLocalResult(ZStackModel):
    """The result of DeleteEcsVpcInLocal (ZStack's `DeleteEcsVpcInLocalResult`)."""

    error: ErrorCode | None = None
