"""Result models: DeleteLdapBindingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteLdapBindingResult",
]


class DeleteLdapBindingResult(ZStackModel):
    """The result of DeleteLdapBinding (ZStack's `DeleteLdapBindingResult`)."""

    error: ErrorCode | None = None
