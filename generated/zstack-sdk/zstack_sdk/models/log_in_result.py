"""Result models: LogInResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode
from .session_inventory import SessionInventory

__all__ = [
    "LogInResult",
]


class LogInResult(ZStackModel):
    """The result of LogIn (ZStack's `LogInResult`)."""

    error: ErrorCode | None = None

    inventory: SessionInventory | None = None
