"""Result models: AccessKeyInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AccessKeyInventory",
]


class AccessKeyInventory(ZStackModel):
    """ZStack's `AccessKeyInventory`."""

    access_key_id: str | None = Field(None, alias="AccessKeyID")
    """AccessKeyID (since 3.2.0)"""

    access_key_secret: str | None = Field(None, alias="AccessKeySecret")
    """AccessKeySecret (since 3.2.0)"""

    account_uuid: str | None = None
    """账户UUID (since 3.2.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.2.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.2.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.2.0)"""

    state: Literal["Enabled", "Disabled"] | str | None = None
    """详情参考state (since 3.2.0)"""

    user_uuid: str | None = None
    """用户UUID (since 3.2.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.2.0)"""
