"""Result models: SNSWeComEndpointInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .sns_application_platform_inventory import SNSApplicationPlatformInventory

__all__ = [
    "SNSWeComEndpointInventory",
]


class SNSWeComEndpointInventory(ZStackModel):
    """ZStack's `SNSWeComEndpointInventory`."""

    at_all: bool | None = None
    """是否@所有人 (since 5.0.0)"""

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
    """应用平台UUID (since 5.0.0)"""

    state: str | None = None
    """状态 (since 5.0.0)"""

    type: str | None = None
    """终端类型 (since 5.0.0)"""

    url: str | None = None
    """企业微信机器人 webhook url (since 5.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.0.0)"""
