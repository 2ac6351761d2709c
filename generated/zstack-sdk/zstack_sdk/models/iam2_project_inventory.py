"""Result models: IAM2ProjectInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel
from .iam2_attribute_inventory import IAM2AttributeInventory

__all__ = [
    "IAM2ProjectInventory",
]


class IAM2ProjectInventory(ZStackModel):
    """ZStack's `IAM2ProjectInventory`."""

    attributes: list[IAM2AttributeInventory] | None = None
    """详情参考attributes (since 2.4.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.4.0)"""

    description: str | None = None
    """资源的详细描述 (since 2.4.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.4.0)"""

    linked_account_uuid: str | None = None
    """linkedAccountUuid (since 2.4.0)"""

    name: str | None = None
    """资源名称 (since 2.4.0)"""

    state: Literal["Enabled", "Disabled", "Retired", "Deleted", "LoginExpired"] | str | None = None
    """详情参考state (since 2.4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.4.0)"""
