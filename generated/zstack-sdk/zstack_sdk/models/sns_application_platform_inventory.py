"""Result models: SNSApplicationPlatformInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SNSApplicationPlatformInventory",
]


class SNSApplicationPlatformInventory(ZStackModel):
    """The ``SNSApplicationPlatformInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3)"""

    description: str | None = None
    """资源的详细描述 (since 2.3)"""

    endpoint_uuid: str | None = None
    """钉钉endpoint uuid (since 5.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.3)"""

    name: str | None = None
    """资源名称 (since 2.3)"""

    phone_number: str | None = None
    """手机号码 (since 5.0.0)"""

    type: str | None = None
    """类型 (since 2.3)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.3)"""
