"""Result models: IAM2VirtualIDInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel
from .iam2_attribute_inventory import IAM2AttributeInventory

__all__ = [
    "IAM2VirtualIDInventory",
]


class IAM2VirtualIDInventory(ZStackModel):
    """ZStack's `IAM2VirtualIDInventory`."""

    attributes: list[IAM2AttributeInventory] | None = None
    """详情参考attributes (since 2.4.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.4.0)"""

    description: str | None = None
    """资源的详细描述 (since 2.4.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.4.0)"""

    name: str | None = None
    """资源名称 (since 2.4.0)"""

    state: Literal["Enabled", "Disabled", "Staled"] | str | None = None
    """详情参考state (since 2.4.0)"""

    type: str | None = None

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.4.0)"""
