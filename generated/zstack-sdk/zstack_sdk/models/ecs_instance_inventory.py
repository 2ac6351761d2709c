"""Result models: EcsInstanceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "EcsInstanceInventory",
]


class EcsInstanceInventory(ZStackModel):
    """ZStack's `EcsInstanceInventory`."""

    charge_type: str | None = None

    cpu_cores: int | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    ecs_band_width: int | None = None

    ecs_image_uuid: str | None = None

    ecs_instance_id: str | None = None

    ecs_instance_type: str | None = None

    ecs_root_volume_category: str | None = None

    ecs_root_volume_id: str | None = None

    ecs_root_volume_size: int | None = None

    ecs_security_group_uuid: str | None = None

    ecs_status: str | None = None

    ecs_v_switch_uuid: str | None = None

    expire_date: ZStackDateTime | None = None

    identity_zone_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None

    local_vm_instance_uuid: str | None = None

    memory_size: int | None = None

    name: str | None = None

    private_ip_address: str | None = None

    public_ip_address: str | None = None

    uuid: str | None = None
