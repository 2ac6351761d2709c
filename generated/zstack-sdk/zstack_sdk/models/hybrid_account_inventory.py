"""Result models: HybridAccountInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "HybridAccountInventory",
]


class HybridAccountInventory(ZStackModel):
    """ZStack's `HybridAccountInventory`."""

    account_uuid: str | None = None

    akey: str | None = None

    create_date: ZStackDateTime | None = None

    current: str | None = None

    description: str | None = None

    hybrid_account_id: str | None = None

    hybrid_user_id: str | None = None

    hybrid_user_name: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    type: (
        Literal["aliyun", "privateAliyun", "daho", "AliyunNAS", "AliyunEBS", "AliyunSms"]
        | str
        | None
    ) = None

    user_uuid: str | None = None

    uuid: str | None = None
