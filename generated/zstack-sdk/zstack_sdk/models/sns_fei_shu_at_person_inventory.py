"""Result models: SNSFeiShuAtPersonInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SNSFeiShuAtPersonInventory",
]


class SNSFeiShuAtPersonInventory(ZStackModel):
    """ZStack's `SNSFeiShuAtPersonInventory`."""

    create_date: ZStackDateTime | None = None

    endpoint_uuid: str | None = None
    """飞书endpoint UUID (since 5.0.0)"""

    last_op_date: ZStackDateTime | None = None

    remark: str | None = None

    user_id: str | None = None
    """飞书用户id (since 5.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.0.0)"""
