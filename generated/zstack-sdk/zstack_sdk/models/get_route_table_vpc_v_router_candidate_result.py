"""Result models: GetRouteTableVpcVRouterCandidateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetRouteTableVpcVRouterCandidateResult",
]


class GetRouteTableVpcVRouterCandidateResult(ZStackModel):
    """The result of GetRouteTableVpcVRouterCandidate (ZStack's `GetRouteTableVpcVRouterCandidateResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
