"""Result models: GetResourceFromPublishAppResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "GetResourceFromPublishAppResult",
]


class GetResourceFromPublishAppResult(ZStackModel):
    """The ``GetResourceFromPublishAppResult`` structure."""

    resources: list[Any] | None = None
