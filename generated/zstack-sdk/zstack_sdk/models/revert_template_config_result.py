"""Result models: RevertTemplateConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RevertTemplateConfigResult",
]


class RevertTemplateConfigResult(ZStackModel):
    """The result of RevertTemplateConfig (ZStack's `RevertTemplateConfigResult`)."""

    error: ErrorCode | None = None
