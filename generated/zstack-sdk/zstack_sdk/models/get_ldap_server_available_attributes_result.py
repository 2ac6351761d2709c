"""Result models: GetLdapServerAvailableAttributesResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetLdapServerAvailableAttributesResult",
]


class GetLdapServerAvailableAttributesResult(ZStackModel):
    """The result of GetLdapServerAvailableAttributes (ZStack's `GetLdapServerAvailableAttributesResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
