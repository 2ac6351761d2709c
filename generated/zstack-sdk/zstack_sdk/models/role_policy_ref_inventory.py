"""Result models: RolePolicyRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "RolePolicyRefInventory",
]


class RolePolicyRefInventory(ZStackModel):
    """ZStack's `RolePolicyRefInventory`."""

    create_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

    policy_uuid: str | None = None

    role_uuid: str | None = None
