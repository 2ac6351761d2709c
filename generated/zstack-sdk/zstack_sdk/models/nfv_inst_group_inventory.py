"""Result models: NfvInstGroupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .config_task import ConfigTask
from .func_type import FuncType
from .inst_type import InstType
from .l3_network_inventory import L3NetworkInventory
from .monitor import Monitor
from .nfv_inst_group_operation_mode import NfvInstGroupOperationMode
from .nfv_inst_group_status import NfvInstGroupStatus
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

    func_type: FuncType | None = None
    """详情参考funcType (since 5.4.2)"""

    inst_type: InstType | None = None
    """详情参考instType (since 5.4.2)"""

    instances: list[NfvInstInventory] | None = None
    """详情参考instances (since 5.4.2)"""

    ipv6_vip_uuid: str | None = None
    """ipv6VipUuid (since 5.4.2)"""

    l3_networks: list[L3NetworkInventory] | None = None
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

    operation_mode: NfvInstGroupOperationMode | None = None
    """详情参考operationMode (since 5.4.2)"""

    primary_storage_pool_uuid: str | None = None
    """primaryStoragePoolUuid (since 5.4.2)"""

    primary_storage_uuid: str | None = None
    """主存储UUID (since 5.4.2)"""

    services: list[Service] | None = None
    """详情参考services (since 5.4.2)"""

    status: NfvInstGroupStatus | None = None
    """详情参考status (since 5.4.2)"""

    status_detail: str | None = None
    """statusDetail (since 5.4.2)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.4.2)"""

    vip_uuid: str | None = None
    """VIP UUID (since 5.4.2)"""

    zone_uuid: str | None = None
    """区域UUID (since 5.4.2)"""
