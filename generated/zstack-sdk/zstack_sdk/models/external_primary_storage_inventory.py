"""Result models: ExternalPrimaryStorageInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ExternalPrimaryStorageInventory",
]


class ExternalPrimaryStorageInventory(ZStackModel):
    """ZStack's `ExternalPrimaryStorageInventory`."""

    addon_info: dict[str, Any] | None = None

    attached_cluster_uuids: list[str] | None = None

    available_capacity: int | None = None

    available_physical_capacity: int | None = None

    config: dict[str, Any] | None = None

    create_date: ZStackDateTime | None = None

    default_protocol: str | None = None

    description: str | None = None

    identity: str | None = None

    last_op_date: ZStackDateTime | None = None

    mount_path: str | None = None

    name: str | None = None

    output_protocols: list[str] | None = None

    state: str | None = None

    status: str | None = None

    system_used_capacity: int | None = None

    total_capacity: int | None = None

    total_physical_capacity: int | None = None

    type: str | None = None

    url: str | None = None

    uuid: str | None = None

    zone_uuid: str | None = None
