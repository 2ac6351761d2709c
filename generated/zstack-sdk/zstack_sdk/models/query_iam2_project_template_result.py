"""Result models: QueryIAM2ProjectTemplateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryIAM2ProjectTemplateResult",
]


class QueryIAM2ProjectTemplateResult(ZStackModel):
    """The result of QueryIAM2ProjectTemplate (ZStack's `QueryIAM2ProjectTemplateResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
