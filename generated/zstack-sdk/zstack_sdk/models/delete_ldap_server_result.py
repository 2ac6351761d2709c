"""Result models: DeleteLdapServerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteLdapServerResult",
]


class DeleteLdapServerResult(ZStackModel):
    """The result of DeleteLdapServer (ZStack's `DeleteLdapServerResult`)."""

    error: ErrorCode | None = None
