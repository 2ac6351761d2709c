"""Result models: VpcFirewallIpSetTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcFirewallIpSetTemplateInventory",
]


class VpcFirewallIpSetTemplateInventory(ZStackModel):
    """ZStack's `VpcFirewallIpSetTemplateInventory`."""

    account_uuid: str | None = None
    """账户UUID (since 4.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    dest_value: str | None = None
    """destValue (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    name: str | None = None
    """资源名称 (since 4.0.0)"""

    source_value: str | None = None
    """sourceValue (since 4.0.0)"""

    type: Literal["ip", "port"] | str | None = None
    """详情参考type (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""
