"""Result models: AccessControlRuleInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AccessControlRuleInventory",
]


class AccessControlRuleInventory(ZStackModel):
    """ZStack's `AccessControlRuleInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5.1)"""

    description: str | None = None
    """资源的详细描述 (since 3.5.1)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5.1)"""

    name: str | None = None
    """资源名称 (since 3.5.1)"""

    rule: str | None = None
    """rule (since 3.5.1)"""

    strategy: Literal["ACCEPT", "REJECT"] | str | None = None
    """详情参考strategy (since 3.5.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.5.1)"""
