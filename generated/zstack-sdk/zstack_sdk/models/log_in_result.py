"""Result models: LogInResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .session_inventory import SessionInventory

__all__ = [
    "LogInResult",
]


class LogInResult(ZStackModel):
    """The result of LogIn (ZStack's `LogInResult`)."""

    error: ErrorCode | None = None

    inventory: SessionInventory | None = None
