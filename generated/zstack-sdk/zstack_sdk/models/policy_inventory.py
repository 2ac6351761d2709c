"""Result models: PolicyInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .policy_statement import PolicyStatement

__all__ = [
    "PolicyInventory",
]


class PolicyInventory(ZStackModel):
    """ZStack's `PolicyInventory`."""

    account_uuid: str | None = None
    """账户UUID (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    statements: list[PolicyStatement] | None = None
    """详情参考statements (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
