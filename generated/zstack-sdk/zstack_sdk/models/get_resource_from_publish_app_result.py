"""Result models: GetResourceFromPublishAppResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetResourceFromPublishAppResult",
]


class GetResourceFromPublishAppResult(ZStackModel):
    """The ``GetResourceFromPublishAppResult`` structure."""

    resources: list[Any] | None = None
