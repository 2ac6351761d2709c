"""Result models: GetClusterDRSStatusResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetClusterDRSStatusResult",
]


class GetClusterDRSStatusResult(ZStackModel):
    """The result of GetClusterDRSStatus (ZStack's `GetClusterDRSStatusResult`)."""

    error: ErrorCode | None = None

    host_load_over_threshold: list[Any] | None = None
