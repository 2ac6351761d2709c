"""Result models: ApplyTemplateConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ApplyTemplateConfigResult",
]


class ApplyTemplateConfigResult(ZStackModel):
    """The result of ApplyTemplateConfig (ZStack's `ApplyTemplateConfigResult`)."""

    error: ErrorCode | None = None
