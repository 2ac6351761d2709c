"""Result models: GuestVmScriptInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "GuestVmScriptInventory",
]


class GuestVmScriptInventory(ZStackModel):
    """ZStack's `GuestVmScriptInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.2.0)"""

    description: str | None = None
    """资源的详细描述 (since 5.2.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.2.0)"""

    name: str | None = None
    """资源名称 (since 5.2.0)"""

    platform: str | None = None
    """平台 (since 5.2.0)"""

    render_params: str | None = None
    """参数 (since 5.2.0)"""

    script_content: str | None = None
    """脚本内容 (since 5.2.0)"""

    script_timeout: int | None = None
    """超时时间 (since 5.2.0)"""

    script_type: str | None = None
    """类型 (since 5.2.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.2.0)"""
