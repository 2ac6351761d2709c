"""Result models: GlobalConfigOptions (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "GlobalConfigOptions",
]


class GlobalConfigOptions(ZStackModel):
    """ZStack's `GlobalConfigOptions`."""

    number_greater_than: int | None = None

    number_greater_than_or_equal: int | None = None

    number_less_than: int | None = None

    number_less_than_or_equal: int | None = None

    valid_value: list[str] | None = None
