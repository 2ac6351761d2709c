"""Result models: AliyunNasMountTargetInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AliyunNasMountTargetInventory",
]


class AliyunNasMountTargetInventory(ZStackModel):
    """ZStack's `AliyunNasMountTargetInventory`."""

    access_group_uuid: str | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    mount_domain: str | None = None

    name: str | None = None

    nas_file_system_uuid: str | None = None

    status: str | None = None

    type: str | None = None

    uuid: str | None = None
