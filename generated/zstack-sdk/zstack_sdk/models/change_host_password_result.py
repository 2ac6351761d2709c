"""Result models: ChangeHostPasswordResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ChangeHostPasswordResult",
]


class ChangeHostPasswordResult(ZStackModel):
    """The result of ChangeHostPassword (ZStack's `ChangeHostPasswordResult`)."""

    error: ErrorCode | None = None
