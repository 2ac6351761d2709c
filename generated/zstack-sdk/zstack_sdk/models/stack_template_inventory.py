"""Result models: StackTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "StackTemplateInventory",
]


class StackTemplateInventory(ZStackModel):
    """ZStack's `StackTemplateInventory`."""

    content: str | None = None
    """模板内容，json字符串 (since 2.5.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.5.0)"""

    description: str | None = None
    """资源的详细描述 (since 2.5.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.5.0)"""

    md5sum: str | None = None
    """content字段内容的md5校验值 (since 2.5.0)"""

    name: str | None = None
    """资源名称 (since 2.5.0)"""

    state: bool | None = None
    """模板是否启用 (since 2.5.0)"""

    type: str | None = None
    """模板类型，默认zstack (since 2.5.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.5.0)"""

    version: str | None = None
    """模板版本号 (since 2.5.0)"""
