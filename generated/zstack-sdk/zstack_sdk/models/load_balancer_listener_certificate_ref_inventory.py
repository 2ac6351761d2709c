"""Result models: LoadBalancerListenerCertificateRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "LoadBalancerListenerCertificateRefInventory",
]


class LoadBalancerListenerCertificateRefInventory(ZStackModel):
    """ZStack's `LoadBalancerListenerCertificateRefInventory`."""

    certificate_uuid: str | None = None
    """certificateUuid (since 2.3)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    id: int | None = None
    """id (since 2.3)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    listener_uuid: str | None = None
    """listenerUuid (since 0.6)"""
