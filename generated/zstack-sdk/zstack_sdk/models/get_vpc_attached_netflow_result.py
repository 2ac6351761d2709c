"""Result models: GetVpcAttachedNetflowResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVpcAttachedNetflowResult",
]


class GetVpcAttachedNetflowResult(ZStackModel):
    """The result of GetVpcAttachedNetflow (ZStack's `GetVpcAttachedNetflowResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
