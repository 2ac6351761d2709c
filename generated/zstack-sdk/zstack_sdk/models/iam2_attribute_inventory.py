"""Result models: IAM2AttributeInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "IAM2AttributeInventory",
]


class IAM2AttributeInventory(ZStackModel):
    """ZStack's `IAM2AttributeInventory`."""

    create_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None
    """资源名称 (since 2.4.0)"""

    type: Literal["System", "Customized"] | str | None = None
    """详情参考type (since 2.4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.4.0)"""

    value: str | None = None
    """value (since 2.4.0)"""
