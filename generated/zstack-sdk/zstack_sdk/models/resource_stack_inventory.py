"""Result models: ResourceStackInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ResourceStackInventory",
]


class ResourceStackInventory(ZStackModel):
    """ZStack's `ResourceStackInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.5.0)"""

    description: str | None = None
    """资源的详细描述 (since 2.5.0)"""

    enable_rollback: bool | None = None
    """堆栈创建失败时是否回滚 (since 2.5.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.5.0)"""

    name: str | None = None
    """资源名称 (since 2.5.0)"""

    outputs: str | None = None

    param_content: str | None = None
    """堆栈对应的参数列表，json字符串 (since 2.5.0)"""

    reason: str | None = None
    """堆栈创建失败的原因 (since 2.5.0)"""

    status: str | None = None
    """堆栈状态 (since 2.5.0)"""

    template_content: str | None = None
    """资堆栈内容，json字符串 (since 2.5.0)"""

    type: str | None = None
    """堆栈类型，默认为zstack (since 2.5.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.5.0)"""

    version: str | None = None
    """堆栈版本 (since 2.5.0)"""
