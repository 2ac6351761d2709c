"""Result models: TicketTypeInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "TicketTypeInventory",
]


class TicketTypeInventory(ZStackModel):
    """ZStack's `TicketTypeInventory`."""

    admin_only: bool | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    name: str | None = None
    """资源名称 (since 3.6.0)"""

    requests: str | None = None
    """requests (since 3.6.0)"""

    type: str | None = None
    """type (since 3.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.6.0)"""
