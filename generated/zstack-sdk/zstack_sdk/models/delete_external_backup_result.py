"""Result models: DeleteExternalBackupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteExternalBackupResult",
]


class DeleteExternalBackupResult(ZStackModel):
    """The result of DeleteExternalBackup (ZStack's `DeleteExternalBackupResult`)."""

    error: ErrorCode | None = None
