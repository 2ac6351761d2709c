"""Result models: SNSFeiShuEndpointInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .sns_application_platform_inventory import SNSApplicationPlatformInventory

__all__ = [
    "SNSFeiShuEndpointInventory",
]


class SNSFeiShuEndpointInventory(ZStackModel):
    """ZStack's `SNSFeiShuEndpointInventory`."""

    at_all: bool | None = None
    """@所有人 (since 5.0.0)"""

    at_person_list: list[Any] | None = None

    at_person_user_ids: list[Any] | None = None
    """@用户id (since 5.0.0)"""

    connection_status: str | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 5.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.0.0)"""

    name: str | None = None
    """资源名称 (since 5.0.0)"""

    platform: SNSApplicationPlatformInventory | None = None
    """详情参考platform (since 5.0.0)"""

    platform_uuid: str | None = None
    """平台uuid (since 5.0.0)"""

    secret: str | None = None
    """飞书秘钥 (since 5.0.0)"""

    state: str | None = None
    """状态 (since 5.0.0)"""

    type: str | None = None
    """类型 (since 5.0.0)"""

    url: str | None = None
    """飞书机器人url (since 5.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.0.0)"""
