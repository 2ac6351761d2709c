"""Result models: CertificateInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .load_balancer_listener_certificate_ref_inventory import (
    LoadBalancerListenerCertificateRefInventory,
)

__all__ = [
    "CertificateInventory",
]


class CertificateInventory(ZStackModel):
    """ZStack's `CertificateInventory`."""

    certificate: str | None = None
    """证书内容 (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    listeners: list[LoadBalancerListenerCertificateRefInventory] | None = None
    """详情参考listeners (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
