"""Result models: L3Network (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "L3Network",
]


class L3Network(ZStackModel):
    """The ``L3Network`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.4.2)"""

    l3_network_category: str | None = None
    """l3NetworkCategory (since 5.4.2)"""

    l3_network_type: str | None = None
    """l3NetworkType (since 5.4.2)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 5.4.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.4.2)"""

    network_service_uuid: str | None = None
    """networkServiceUuid (since 5.4.2)"""

    nfv_inst_group_uuid: str | None = None
    """nfvInstGroupUuid (since 5.4.2)"""

    type: str | None = None
    """type (since 5.4.2)"""
