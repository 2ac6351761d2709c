"""Result models: L3Ref (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "L3Ref",
]


class L3Ref(ZStackModel):
    """The ``L3Ref`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.9.0)"""

    id: int | None = None
    """id (since 3.9.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 3.9.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.9.0)"""

    rule_set_uuid: str | None = None
    """ruleSetUuid (since 3.9.0)"""
