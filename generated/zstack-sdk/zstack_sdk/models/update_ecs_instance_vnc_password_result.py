"""Result models: UpdateEcsInstanceVncPasswordResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UpdateEcsInstanceVncPasswordResult",
]


class UpdateEcsInstanceVncPasswordResult(ZStackModel):
    """The result of UpdateEcsInstanceVncPassword (ZStack's `UpdateEcsInstanceVncPasswordResult`)."""

    error: ErrorCode | None = None
