"""Result models: CreateIAM2ProjectRoleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .role_inventory import RoleInventory

__all__ = [
    "CreateIAM2ProjectRoleResult",
]


class CreateIAM2ProjectRoleResult(ZStackModel):
    """The ``CreateIAM2ProjectRoleResult`` structure."""

    inventory: RoleInventory | None = None
