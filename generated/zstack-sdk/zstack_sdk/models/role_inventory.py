"""Result models: RoleInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel
from .role_policy_ref_inventory import RolePolicyRefInventory
from .role_policy_statement_inventory import RolePolicyStatementInventory

__all__ = [
    "RoleInventory",
]


class RoleInventory(ZStackModel):
    """ZStack's `RoleInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    identity: str | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    policies: list[RolePolicyRefInventory] | None = None

    state: Literal["Enabled", "Disabled"] | str | None = None
    """详情参考state (since 0.6)"""

    statements: list[RolePolicyStatementInventory] | None = None
    """详情参考statements (since 0.6)"""

    type: (
        Literal["System", "Customized", "Predefined", "CreatedBySystem", "PredefinedBySystem"]
        | str
        | None
    ) = None
    """详情参考type (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
