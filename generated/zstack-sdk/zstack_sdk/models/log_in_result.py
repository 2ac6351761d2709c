"""Result models: LogInResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .session_inventory import SessionInventory

__all__ = [
    "LogInResult",
]


class LogInResult(ZStackModel):
    """The ``LogInResult`` structure."""

    inventory: SessionInventory | None = None
