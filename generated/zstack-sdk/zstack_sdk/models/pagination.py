"""Result models: Pagination (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "Pagination",
]


class Pagination(ZStackModel):
    """ZStack's `Pagination`."""

    limit: int | None = None

    start: int | None = None

    total: int | None = None
