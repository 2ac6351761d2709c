"""Result models: SSORedirectTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SSORedirectTemplateInventory",
]


class SSORedirectTemplateInventory(ZStackModel):
    """ZStack's `SSORedirectTemplateInventory`."""

    client_uuid: str | None = None
    """客户端uuid (since 4.7.21)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.7.21)"""

    description: str | None = None
    """资源的详细描述 (since 4.7.21)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.7.21)"""

    name: str | None = None
    """资源名称 (since 4.7.21)"""

    redirect_template: str | None = None
    """跳转的模板 (since 4.7.21)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.7.21)"""
