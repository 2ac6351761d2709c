"""Result models: VpcSharedQosInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcSharedQosInventory",
]


class VpcSharedQosInventory(ZStackModel):
    """ZStack's `VpcSharedQosInventory`."""

    bandwidth: int | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    l3_network_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    uuid: str | None = None

    vips: list[Any] | None = None

    vpc_uuid: str | None = None
