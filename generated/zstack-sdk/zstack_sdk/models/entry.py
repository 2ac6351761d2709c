"""Result models: Entry (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "Entry",
]


class Entry(ZStackModel):
    """The ``Entry`` structure."""

    acl_uuid: str | None = None
    """访问控制策略组的唯一标识 (since 3.9.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.9.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.9.0)"""

    ip_entries: str | None = None
    """IP组 (since 3.9.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.9.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.9.0)"""
