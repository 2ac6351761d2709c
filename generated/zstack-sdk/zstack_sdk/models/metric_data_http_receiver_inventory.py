"""Result models: MetricDataHttpReceiverInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "MetricDataHttpReceiverInventory",
]


class MetricDataHttpReceiverInventory(ZStackModel):
    """ZStack's `MetricDataHttpReceiverInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    state: Literal["Enabled", "Disabled"] | str | None = None

    url: str | None = None

    uuid: str | None = None
