"""Result models: SdnVniRange (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "SdnVniRange",
]


class SdnVniRange(ZStackModel):
    """ZStack's `SdnVniRange`."""

    end_vni: int | None = None

    start_vni: int | None = None
