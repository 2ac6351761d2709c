"""Result models: GetTextTemplateArgResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetTextTemplateArgResult",
]


class GetTextTemplateArgResult(ZStackModel):
    """The ``GetTextTemplateArgResult`` structure."""

    default_supported_params: dict[str, Any] | None = None
