"""Result models: ExpungeVmInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ExpungeVmInstanceResult",
]


class ExpungeVmInstanceResult(ZStackModel):
    """The result of ExpungeVmInstance (ZStack's `ExpungeVmInstanceResult`)."""

    error: ErrorCode | None = None
