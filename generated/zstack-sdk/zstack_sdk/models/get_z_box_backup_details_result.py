"""Result models: GetZBoxBackupDetailsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetZBoxBackupDetailsResult",
]


class GetZBoxBackupDetailsResult(ZStackModel):
    """The result of GetZBoxBackupDetails (ZStack's `GetZBoxBackupDetailsResult`)."""

    error: ErrorCode | None = None
