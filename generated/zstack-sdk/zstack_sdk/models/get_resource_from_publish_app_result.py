"""Result models: GetResourceFromPublishAppResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetResourceFromPublishAppResult",
]


class GetResourceFromPublishAppResult(ZStackModel):
    """The result of GetResourceFromPublishApp (ZStack's `GetResourceFromPublishAppResult`)."""

    error: ErrorCode | None = None

    resources: list[Any] | None = None
