"""Result models: QueryIAM2OrganizationAttributeResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryIAM2OrganizationAttributeResult",
]


class QueryIAM2OrganizationAttributeResult(ZStackModel):
    """The result of QueryIAM2OrganizationAttribute (ZStack's `QueryIAM2OrganizationAttributeResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
