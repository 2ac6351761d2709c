"""Result models: SetNicQosResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetNicQosResult",
]


class SetNicQosResult(ZStackModel):
    """The result of SetNicQos (ZStack's `SetNicQosResult`)."""

    error: ErrorCode | None = None
