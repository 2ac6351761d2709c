"""Result models: SNSSmsReceiverInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SNSSmsReceiverInventory",
]


class SNSSmsReceiverInventory(ZStackModel):
    """ZStack's `SNSSmsReceiverInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.0)"""

    description: str | None = None
    """短信接收者描述 (since 3.7.0)"""

    endpoint_uuid: str | None = None
    """短信接收端Uuid (since 3.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.0)"""

    phone_number: str | None = None
    """短信接收号码 (since 3.7.0)"""

    type: Literal["AliyunSms", "UniversalSms"] | str | None = None
    """详情参考type (since 3.7.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.7.0)"""
