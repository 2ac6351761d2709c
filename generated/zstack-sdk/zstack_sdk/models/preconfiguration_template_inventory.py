"""Result models: PreconfigurationTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "PreconfigurationTemplateInventory",
]


class PreconfigurationTemplateInventory(ZStackModel):
    """ZStack's `PreconfigurationTemplateInventory`."""

    content: str | None = None
    """模板内容 (since 3.4.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.4.0)"""

    custom_params: list[Any] | None = None

    description: str | None = None
    """资源的详细描述 (since 3.4.0)"""

    distribution: str | None = None
    """适用操作系统发行版 (since 3.4.0)"""

    is_predefined: bool | None = None
    """是否系统预置 (since 3.4.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.4.0)"""

    md5sum: str | None = None
    """模板MD5 (since 3.4.0)"""

    name: str | None = None
    """资源名称 (since 3.4.0)"""

    state: str | None = None
    """状态 (since 3.4.0)"""

    type: str | None = None
    """模板类型 (since 3.4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.4.0)"""
