"""Result models: NasMountTargetInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "NasMountTargetInventory",
]


class NasMountTargetInventory(ZStackModel):
    """ZStack's `NasMountTargetInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    mount_domain: str | None = None

    name: str | None = None

    nas_file_system_uuid: str | None = None

    type: str | None = None

    uuid: str | None = None
