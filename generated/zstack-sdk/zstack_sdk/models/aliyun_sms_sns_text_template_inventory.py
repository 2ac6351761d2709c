"""Result models: AliyunSmsSNSTextTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AliyunSmsSNSTextTemplateInventory",
]


class AliyunSmsSNSTextTemplateInventory(ZStackModel):
    """ZStack's `AliyunSmsSNSTextTemplateInventory`."""

    alarm_template_code: str | None = None
    """资源报警器模板Code (since 3.7.0)"""

    application_platform_type: str | None = None
    """应用平台类型 (since 3.7.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.0)"""

    default_template: bool | None = None
    """是否为默认模板 (since 3.7.0)"""

    description: str | None = None
    """模板的详细描述 (since 3.7.0)"""

    event_template: str | None = None
    """事件报警器模板文本 (since 3.7.0)"""

    event_template_code: str | None = None
    """事件报警器模板Code (since 3.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.0)"""

    name: str | None = None
    """模板名称 (since 3.7.0)"""

    recovery_subject: str | None = None

    recovery_template: str | None = None
    """恢复模板文本 (since 3.7.0)"""

    sign: str | None = None
    """短信签名名称 (since 3.7.0)"""

    subject: str | None = None

    template: str | None = None
    """资源报警器模板文本 (since 3.7.0)"""

    type: str | None = None

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.7.0)"""
