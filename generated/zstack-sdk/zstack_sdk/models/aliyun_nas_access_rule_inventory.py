"""Result models: AliyunNasAccessRuleInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AliyunNasAccessRuleInventory",
]


class AliyunNasAccessRuleInventory(ZStackModel):
    """ZStack's `AliyunNasAccessRuleInventory`."""

    access_group_uuid: str | None = None

    create_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

    priority: int | None = None

    rule: str | None = None

    rule_id: str | None = None

    source_cidr: str | None = None

    user_access: str | None = None

    uuid: str | None = None
