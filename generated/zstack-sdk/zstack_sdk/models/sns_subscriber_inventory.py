"""Result models: SNSSubscriberInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SNSSubscriberInventory",
]


class SNSSubscriberInventory(ZStackModel):
    """ZStack's `SNSSubscriberInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3.1)"""

    endpoint_uuid: str | None = None
    """终端UUID (since 2.3.1)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.3.1)"""

    topic_uuid: str | None = None
    """主题UUID (since 2.3.1)"""
