"""Result models: CreateIAM2ProjectRoleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .role_inventory import RoleInventory

__all__ = [
    "CreateIAM2ProjectRoleResult",
]


class CreateIAM2ProjectRoleResult(ZStackModel):
    """The result of CreateIAM2ProjectRole (ZStack's `CreateRoleResult`)."""

    error: ErrorCode | None = None

    inventory: RoleInventory | None = None
