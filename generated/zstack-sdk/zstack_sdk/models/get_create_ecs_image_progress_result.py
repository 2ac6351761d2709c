"""Result models: GetCreateEcsImageProgressResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .progress_property import ProgressProperty

__all__ = [
    "GetCreateEcsImageProgressResult",
]


class GetCreateEcsImageProgressResult(ZStackModel):
    """The result of GetCreateEcsImageProgress (ZStack's `GetCreateEcsImageProgressResult`)."""

    error: ErrorCode | None = None

    progress: ProgressProperty | None = None
