"""Result models: NfvInstGroupInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel
from .config_task import ConfigTask
from .l3_network import L3Network
from .monitor import Monitor
from .nfv_inst_inventory import NfvInstInventory
from .service import Service

__all__ = [
    "NfvInstGroupInventory",
]


class NfvInstGroupInventory(ZStackModel):
    """The ``NfvInstGroupInventory`` structure."""

    base_os_distro: str | None = None
    """baseOsDistro (since 5.4.2)"""

    cluster_uuid: str | None = None
    """集群UUID (since 5.4.2)"""

    config_tasks: list[ConfigTask] | None = None
    """详情参考configTasks (since 5.4.2)"""

    config_version: int | None = None
    """configVersion (since 5.4.2)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.4.2)"""

    description: str | None = None
    """资源的详细描述 (since 5.4.2)"""

    func_type: Literal["OVN_SDN_CONTROLLER"] | str | None = None
    """详情参考funcType (since 5.4.2)"""

    inst_type: Literal["KVM", "CONTAINER", "HOST"] | str | None = None
    """详情参考instType (since 5.4.2)"""

    instances: list[NfvInstInventory] | None = None
    """详情参考instances (since 5.4.2)"""

    ipv6_vip_uuid: str | None = None
    """ipv6VipUuid (since 5.4.2)"""

    l3_networks: list[L3Network] | None = None
    """详情参考l3Networks (since 5.4.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.4.2)"""

    monitors: list[Monitor] | None = None
    """详情参考monitors (since 5.4.2)"""

    name: str | None = None
    """资源名称 (since 5.4.2)"""

    net_os_distro: str | None = None
    """netOsDistro (since 5.4.2)"""

    nfv_inst_offering_uuid: str | None = None
    """nfvInstOfferingUuid (since 5.4.2)"""

    operation_mode: Literal["Normal", "Maintenance"] | str | None = None
    """详情参考operationMode (since 5.4.2)"""

    primary_storage_pool_uuid: str | None = None
    """primaryStoragePoolUuid (since 5.4.2)"""

    primary_storage_uuid: str | None = None
    """主存储UUID (since 5.4.2)"""

    services: list[Service] | None = None
    """详情参考services (since 5.4.2)"""

    status: (
        Literal["Initializing", "Healthy", "Degraded", "Operating", "Unavailable"] | str | None
    ) = None
    """详情参考status (since 5.4.2)"""

    status_detail: str | None = None
    """statusDetail (since 5.4.2)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.4.2)"""

    vip_uuid: str | None = None
    """VIP UUID (since 5.4.2)"""

    zone_uuid: str | None = None
    """区域UUID (since 5.4.2)"""
