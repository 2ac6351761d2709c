"""Result models: IAM2OrganizationInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel
from .iam2_organization_attribute_inventory import IAM2OrganizationAttributeInventory

__all__ = [
    "IAM2OrganizationInventory",
]


class IAM2OrganizationInventory(ZStackModel):
    """ZStack's `IAM2OrganizationInventory`."""

    attributes: list[IAM2OrganizationAttributeInventory] | None = None
    """详情参考attributes (since 2.4.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.4.0)"""

    description: str | None = None
    """资源的详细描述 (since 2.4.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.4.0)"""

    name: str | None = None
    """资源名称 (since 2.4.0)"""

    parent_uuid: str | None = None
    """parentUuid (since 2.4.0)"""

    root_organization_uuid: str | None = None

    src_type: str | None = None

    state: Literal["Enabled", "Disabled", "Staled"] | str | None = None
    """详情参考state (since 2.4.0)"""

    type: Literal["Company", "Department", "Default"] | str | None = None
    """详情参考type (since 2.4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.4.0)"""
