"""Result models: DeletePolicyRouteTableRouteEntryResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePolicyRouteTableRouteEntryResult",
]


class DeletePolicyRouteTableRouteEntryResult(ZStackModel):
    """The result of DeletePolicyRouteTableRouteEntry (ZStack's `DeletePolicyRouteTableRouteEntryResult`)."""

    error: ErrorCode | None = None
