"""Result models: DeleteIAM2VirtualIDLdapBindingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteIAM2VirtualIDLdapBindingResult",
]


class DeleteIAM2VirtualIDLdapBindingResult(ZStackModel):
    """The result of DeleteIAM2VirtualIDLdapBinding (ZStack's `DeleteIAM2VirtualIDLdapBindingResult`)."""

    error: ErrorCode | None = None
