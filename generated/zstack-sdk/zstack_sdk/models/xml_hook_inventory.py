"""Result models: XmlHookInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "XmlHookInventory",
]


class XmlHookInventory(ZStackModel):
    """ZStack's `XmlHookInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.2.0)"""

    description: str | None = None
    """资源的详细描述 (since 5.2.0)"""

    hook_script: str | None = None
    """XML Hook脚本内容 (since 5.2.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.2.0)"""

    libvirt_version: str | None = None
    """Libvirt版本 (since 5.2.0)"""

    name: str | None = None
    """资源名称 (since 5.2.0)"""

    type: Literal["System", "Customization"] | str | None = None
    """详情参考type (since 5.2.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.2.0)"""
