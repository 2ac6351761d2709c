"""Result models: IpRangeType (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "IpRangeType",
]


class IpRangeType(ZStackModel):
    """The ``IpRangeType`` structure."""

    address_pool: IpRangeType | None = Field(None, alias="AddressPool")
    """地址池段 (since 3.9.0)"""

    normal: IpRangeType | None = Field(None, alias="Normal")
    """普通地址段 (since 3.9.0)"""
