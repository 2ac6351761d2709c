"""Result models: DeleteDataCenterInLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteDataCenterInLocalResult",
]


class DeleteDataCenterInLocalResult(ZStackModel):
    """The result of DeleteDataCenterInLocal (ZStack's `DeleteDataCenterInLocalResult`)."""

    error: ErrorCode | None = None
