"""Result models: GetVpcAttachedVipResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVpcAttachedVipResult",
]


class GetVpcAttachedVipResult(ZStackModel):
    """The result of GetVpcAttachedVip (ZStack's `GetVpcAttachedVipResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
