"""Result models: CertificateInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .certificate_inventory_listener import CertificateInventoryListener
from .lb import Lb
from .monitor_ip import MonitorIp
from .network import Network
from .slb_vm import SlbVm

__all__ = [
    "CertificateInventory",
]


class CertificateInventory(ZStackModel):
    """The ``CertificateInventory`` structure."""

    backend_type: str | None = None
    """实例镜像类型 (since 5.1.0)"""

    certificate: str | None = None
    """证书内容 (since 0.6)"""

    config_version: int | None = None
    """配置版本 (since 5.1.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    deploy_type: str | None = None
    """部署方式 (since 5.1.0)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    lbs: list[Lb] | None = None
    """详情参考lbs (since 5.1.0)"""

    listeners: list[CertificateInventoryListener] | None = None
    """详情参考listeners (since 0.6)"""

    monitor_ips: list[MonitorIp] | None = None
    """详情参考monitorIps (since 5.1.0)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    networks: list[Network] | None = None
    """详情参考networks (since 5.1.0)"""

    slb_offering_uuid: str | None = None
    """实例规格 (since 5.1.0)"""

    slb_vms: list[SlbVm] | None = None
    """详情参考slbVms (since 5.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
