"""Result models: GetVpcAttachedOspfResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVpcAttachedOspfResult",
]


class GetVpcAttachedOspfResult(ZStackModel):
    """The result of GetVpcAttachedOspf (ZStack's `GetVpcAttachedOspfResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
