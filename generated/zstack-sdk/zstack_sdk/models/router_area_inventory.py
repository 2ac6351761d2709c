"""Result models: RouterAreaInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "RouterAreaInventory",
]


class RouterAreaInventory(ZStackModel):
    """ZStack's `RouterAreaInventory`."""

    area_id: str | None = None
    """areaId (since 3.4.0)"""

    authentication: str | None = None
    """authentication (since 3.4.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.4.0)"""

    key_id: int | None = None
    """keyId (since 3.4.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.4.0)"""

    password: str | None = None
    """password (since 3.4.0)"""

    type: str | None = None
    """type (since 3.4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.4.0)"""
