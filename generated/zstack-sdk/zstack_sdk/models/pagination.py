"""Result models: Pagination (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "Pagination",
]


class Pagination(ZStackModel):
    """ZStack's `Pagination`."""

    limit: int | None = None

    start: int | None = None

    total: int | None = None
