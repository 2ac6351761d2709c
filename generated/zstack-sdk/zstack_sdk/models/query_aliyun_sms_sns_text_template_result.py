"""Result models: QueryAliyunSmsSNSTextTemplateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryAliyunSmsSNSTextTemplateResult",
]


class QueryAliyunSmsSNSTextTemplateResult(ZStackModel):
    """The result of QueryAliyunSmsSNSTextTemplate (ZStack's `QueryAliyunSmsSNSTextTemplateResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
