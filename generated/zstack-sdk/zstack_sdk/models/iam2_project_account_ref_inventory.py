"""Result models: IAM2ProjectAccountRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "IAM2ProjectAccountRefInventory",
]


class IAM2ProjectAccountRefInventory(ZStackModel):
    """ZStack's `IAM2ProjectAccountRefInventory`."""

    account_uuid: str | None = None
    """账户UUID (since 3.6.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    project_uuid: str | None = None
    """项目UUID (since 3.6.0)"""
