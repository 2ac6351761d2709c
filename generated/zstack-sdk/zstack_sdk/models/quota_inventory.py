"""Result models: QuotaInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "QuotaInventory",
]


class QuotaInventory(ZStackModel):
    """ZStack's `QuotaInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    identity_type: str | None = None
    """身份类型（账户，用户） (since 0.6)"""

    identity_uuid: str | None = None
    """身份UUID（账户UUID，用户UUID） (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    uuid: str | None = None

    value: int | None = None
    """默认配额值 (since 0.6)"""
