"""Result models: SNSAliyunSmsEndpointInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .sns_application_platform_inventory import SNSApplicationPlatformInventory

__all__ = [
    "SNSAliyunSmsEndpointInventory",
]


class SNSAliyunSmsEndpointInventory(ZStackModel):
    """ZStack's `SNSAliyunSmsEndpointInventory`."""

    connection_status: str | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.0)"""

    description: str | None = None
    """短信接收端的详细描述 (since 3.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.0)"""

    name: str | None = None
    """短信接收端名称 (since 3.7.0)"""

    platform: SNSApplicationPlatformInventory | None = None

    platform_uuid: str | None = None
    """platformUuid (since 3.7.0)"""

    receivers: list[Any] | None = None
    """短信接收者 (since 3.7.0)"""

    sms_access_key_id: str | None = None

    sms_access_key_secret: str | None = None

    state: str | None = None
    """短信接收端状态 (since 3.7.0)"""

    supplier: str | None = None

    type: str | None = None
    """短信接收端类型 (since 3.7.0)"""

    uuid: str | None = None
    """短信接收端的UUID，唯一标示该资源 (since 3.7.0)"""
