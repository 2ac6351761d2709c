"""Result models: Monitor (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "Monitor",
]


class Monitor(ZStackModel):
    """The ``Monitor`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.4.2)"""

    id: int | None = None
    """id (since 5.4.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.4.2)"""

    monitor_ip: str | None = None
    """monitorIp (since 5.4.2)"""

    nfv_inst_group_uuid: str | None = None
    """nfvInstGroupUuid (since 5.4.2)"""
