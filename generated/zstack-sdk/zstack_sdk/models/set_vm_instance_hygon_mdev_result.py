"""Result models: SetVmInstanceHygonMdevResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmInstanceHygonMdevResult",
]


class SetVmInstanceHygonMdevResult(ZStackModel):
    """The result of SetVmInstanceHygonMdev."""

    error: ErrorCode | None = None
