"""Result models: RolePolicyStatementInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .policy_statement import PolicyStatement

__all__ = [
    "RolePolicyStatementInventory",
]


class RolePolicyStatementInventory(ZStackModel):
    """ZStack's `RolePolicyStatementInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    statement: PolicyStatement | None = None
    """详情参考statement (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
