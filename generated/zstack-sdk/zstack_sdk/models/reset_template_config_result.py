"""Result models: ResetTemplateConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ResetTemplateConfigResult",
]


class ResetTemplateConfigResult(ZStackModel):
    """The result of ResetTemplateConfig (ZStack's `ResetTemplateConfigResult`)."""

    error: ErrorCode | None = None
