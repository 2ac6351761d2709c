"""Result models: LoginByCasResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .session_inventory import SessionInventory

__all__ = [
    "LoginByCasResult",
]


class LoginByCasResult(ZStackModel):
    """The result of LoginByCas (ZStack's `LoginByCasResult`)."""

    error: ErrorCode | None = None

    inventory: SessionInventory | None = None
