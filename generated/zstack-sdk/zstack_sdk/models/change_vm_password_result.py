"""Result models: ChangeVmPasswordResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ChangeVmPasswordResult",
]


class ChangeVmPasswordResult(ZStackModel):
    """The result of ChangeVmPassword (ZStack's `ChangeVmPasswordResult`)."""

    error: ErrorCode | None = None
