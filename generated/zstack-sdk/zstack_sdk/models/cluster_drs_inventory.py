"""Result models: ClusterDRSInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ClusterDRSInventory",
]


class ClusterDRSInventory(ZStackModel):
    """ZStack's `ClusterDRSInventory`."""

    automation_level: str | None = None

    balanced_state: str | None = None

    cluster_uuid: str | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    state: str | None = None

    threshold_duration: int | None = None

    thresholds: list[Any] | None = None

    uuid: str | None = None
