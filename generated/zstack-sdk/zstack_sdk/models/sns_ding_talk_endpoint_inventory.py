"""Result models: SNSDingTalkEndpointInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .sns_application_platform_inventory import SNSApplicationPlatformInventory

__all__ = [
    "SNSDingTalkEndpointInventory",
]


class SNSDingTalkEndpointInventory(ZStackModel):
    """ZStack's `SNSDingTalkEndpointInventory`."""

    at_all: bool | None = None
    """是否@所有人 (since 2.3)"""

    at_person_list: list[Any] | None = None

    at_person_phone_numbers: list[Any] | None = None
    """@用户的电话号码 (since 2.3)"""

    connection_status: str | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3)"""

    description: str | None = None
    """资源的详细描述 (since 2.3)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.3)"""

    name: str | None = None
    """资源名称 (since 2.3)"""

    platform: SNSApplicationPlatformInventory | None = None
    """详情参考platform (since 5.0.0)"""

    platform_uuid: str | None = None
    """应用平台UUID (since 2.3)"""

    secret: str | None = None
    """钉钉密钥 (since 5.0.0)"""

    state: str | None = None
    """状态 (since 5.0.0)"""

    type: str | None = None
    """终端类型 (since 2.3)"""

    url: str | None = None
    """钉钉机器人URL (since 2.3)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.3)"""
