"""Result models: DeleteAllEcsInstancesFromDataCenterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAllEcsInstancesFromDataCenterResult",
]


class DeleteAllEcsInstancesFromDataCenterResult(ZStackModel):
    """The result of DeleteAllEcsInstancesFromDataCenter (ZStack's `DeleteAllEcsInstancesFromDataCenterResult`)."""

    error: ErrorCode | None = None
