"""Result models: SNSUniversalSmsEndpointInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .sns_application_platform_inventory import SNSApplicationPlatformInventory

__all__ = [
    "SNSUniversalSmsEndpointInventory",
]


class SNSUniversalSmsEndpointInventory(ZStackModel):
    """ZStack's `SNSUniversalSmsEndpointInventory`."""

    connection_status: str | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.1.8)"""

    description: str | None = None
    """资源的详细描述 (since 5.1.8)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.1.8)"""

    name: str | None = None
    """资源名称 (since 5.1.8)"""

    platform: SNSApplicationPlatformInventory | None = None
    """详情参考[#platform] (since 5.1.8)"""

    platform_uuid: str | None = None
    """platformUuid (since 5.1.8)"""

    sms_access_key_id: str | None = None
    """访问密钥ID (since 5.1.8)"""

    sms_access_key_secret: str | None = None
    """访问密钥密码 (since 5.1.8)"""

    state: str | None = None
    """state (since 5.1.8)"""

    supplier: str | None = None
    """短信提供商 (since 5.1.8)"""

    type: str | None = None

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.1.8)"""
