"""Result models: SNSTextTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SNSTextTemplateInventory",
]


class SNSTextTemplateInventory(ZStackModel):
    """ZStack's `SNSTextTemplateInventory`."""

    application_platform_type: str | None = None
    """应用平台类型 (since 2.3)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3)"""

    default_template: bool | None = None
    """是否为默认模板 (since 2.3)"""

    description: str | None = None
    """资源的详细描述 (since 2.3)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.3)"""

    name: str | None = None
    """资源名称 (since 2.3)"""

    recovery_subject: str | None = None

    recovery_template: str | None = None
    """恢复模板文本 (since 3.4.0)"""

    subject: str | None = None

    template: str | None = None
    """模板文本 (since 2.3)"""

    type: str | None = None

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.3)"""
