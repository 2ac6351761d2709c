"""Result models: GetVpcAttachedEipResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVpcAttachedEipResult",
]


class GetVpcAttachedEipResult(ZStackModel):
    """The result of GetVpcAttachedEip (ZStack's `GetVpcAttachedEipResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
