"""Result models: MetricDataHttpReceiverInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "MetricDataHttpReceiverInventory",
]


class MetricDataHttpReceiverInventory(ZStackModel):
    """The ``MetricDataHttpReceiverInventory`` structure."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    state: str | None = None

    url: str | None = None

    uuid: str | None = None
