"""Result models: SNSMicrosoftTeamsEndpointInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .sns_application_platform_inventory import SNSApplicationPlatformInventory

__all__ = [
    "SNSMicrosoftTeamsEndpointInventory",
]


class SNSMicrosoftTeamsEndpointInventory(ZStackModel):
    """ZStack's `SNSMicrosoftTeamsEndpointInventory`."""

    connection_status: str | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.10.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.10.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.10.0)"""

    name: str | None = None
    """资源名称 (since 3.10.0)"""

    platform: SNSApplicationPlatformInventory | None = None

    platform_uuid: str | None = None
    """platformUuid (since 3.10.0)"""

    state: str | None = None
    """state (since 3.10.0)"""

    type: str | None = None
    """type (since 3.10.0)"""

    url: str | None = None
    """连接器的url (since 3.10.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.10.0)"""
