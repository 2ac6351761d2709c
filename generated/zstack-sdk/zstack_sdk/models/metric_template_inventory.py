"""Result models: MetricTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "MetricTemplateInventory",
]


class MetricTemplateInventory(ZStackModel):
    """ZStack's `MetricTemplateInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    labels_json_str: str | None = None

    last_op_date: ZStackDateTime | None = None

    metric_name: str | None = None

    namespace: str | None = None

    receiver_uuid: str | None = None

    template: str | None = None

    uuid: str | None = None
