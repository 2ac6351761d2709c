"""Result models: LogInResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .session_inventory import SessionInventory

__all__ = [
    "LogInResult",
]


class LogInResult(ZStackModel):
    """The ``LogInResult`` structure."""

    inventory: SessionInventory | None = None
