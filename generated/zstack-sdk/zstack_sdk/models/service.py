"""Result models: Service (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "Service",
]


class Service(ZStackModel):
    """The ``Service`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.4.2)"""

    id: int | None = None
    """id (since 5.4.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.4.2)"""

    network_service_name: str | None = None
    """networkServiceName (since 5.4.2)"""

    network_service_uuid: str | None = None
    """networkServiceUuid (since 5.4.2)"""

    nfv_inst_group_uuid: str | None = None
    """nfvInstGroupUuid (since 5.4.2)"""
