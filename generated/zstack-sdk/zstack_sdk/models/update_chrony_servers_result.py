"""Result models: UpdateChronyServersResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UpdateChronyServersResult",
]


class UpdateChronyServersResult(ZStackModel):
    """The result of UpdateChronyServers (ZStack's `UpdateChronyServersResult`)."""

    error: ErrorCode | None = None
