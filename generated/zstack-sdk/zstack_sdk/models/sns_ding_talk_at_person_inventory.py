"""Result models: SNSDingTalkAtPersonInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SNSDingTalkAtPersonInventory",
]


class SNSDingTalkAtPersonInventory(ZStackModel):
    """ZStack's `SNSDingTalkAtPersonInventory`."""

    create_date: ZStackDateTime | None = None

    endpoint_uuid: str | None = None
    """钉钉endpoint UUID (since 5.0.0)"""

    last_op_date: ZStackDateTime | None = None

    phone_number: str | None = None
    """手机号码 (since 5.0.0)"""

    remark: str | None = None

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.0.0)"""
