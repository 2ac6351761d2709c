"""Result models: SNSApplicationEndpointInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .sns_application_platform_inventory import SNSApplicationPlatformInventory

__all__ = [
    "SNSApplicationEndpointInventory",
]


class SNSApplicationEndpointInventory(ZStackModel):
    """ZStack's `SNSApplicationEndpointInventory`."""

    connection_status: str | None = None
    """联通状态(UP,DOWN) (since 5.1.8)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3)"""

    description: str | None = None
    """资源的详细描述 (since 2.3)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.3)"""

    name: str | None = None
    """资源名称 (since 2.3)"""

    platform: SNSApplicationPlatformInventory | None = None

    platform_uuid: str | None = None
    """应用平台UUID (since 2.3)"""

    state: str | None = None

    type: str | None = None
    """类型 (since 2.3)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.3)"""
