"""Result models: GetVpcAttachedIpsecResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVpcAttachedIpsecResult",
]


class GetVpcAttachedIpsecResult(ZStackModel):
    """The result of GetVpcAttachedIpsec (ZStack's `GetVpcAttachedIpsecResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
