"""Result models: SNSTopicInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SNSTopicInventory",
]


class SNSTopicInventory(ZStackModel):
    """ZStack's `SNSTopicInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3)"""

    description: str | None = None
    """资源的详细描述 (since 2.3)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.3)"""

    locale: str | None = None

    name: str | None = None
    """资源名称 (since 2.3)"""

    state: str | None = None
    """状态 (since 2.3)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.3)"""
