"""Result models: CertificateInventoryListener (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "CertificateInventoryListener",
]


class CertificateInventoryListener(ZStackModel):
    """The ``CertificateInventoryListener`` structure."""

    certificate_uuid: str | None = None
    """certificateUuid (since 2.3.2)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    id: int | None = None
    """id (since 2.3.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    listener_uuid: str | None = None
    """listenerUuid (since 0.6)"""
