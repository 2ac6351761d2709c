"""Result models: GetTextTemplateArgResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetTextTemplateArgResult",
]


class GetTextTemplateArgResult(ZStackModel):
    """The result of GetTextTemplateArg (ZStack's `GetTextTemplateArgResult`)."""

    default_supported_params: dict[str, Any] | None = None

    error: ErrorCode | None = None
