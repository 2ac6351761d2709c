"""Result models: SlbGroupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .slb_group_l3_network_ref_inventory import SlbGroupL3NetworkRefInventory
from .slb_group_monitor_ip_inventory import SlbGroupMonitorIpInventory
from .slb_load_balancer_inventory import SlbLoadBalancerInventory
from .slb_vm_instance_inventory import SlbVmInstanceInventory

__all__ = [
    "SlbGroupInventory",
]


class SlbGroupInventory(ZStackModel):
    """ZStack's `SlbGroupInventory`."""

    backend_type: str | None = None
    """实例镜像类型 (since 4.0.0)"""

    config_version: int | None = None
    """配置版本 (since 5.1.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    deploy_type: str | None = None
    """部署方式 (since 4.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    lbs: list[SlbLoadBalancerInventory] | None = None
    """详情参考lbs (since 4.0.0)"""

    monitor_ips: list[SlbGroupMonitorIpInventory] | None = None
    """详情参考monitorIps (since 5.1.0)"""

    name: str | None = None
    """资源名称 (since 4.0.0)"""

    networks: list[SlbGroupL3NetworkRefInventory] | None = None
    """详情参考networks (since 4.0.0)"""

    slb_offering_uuid: str | None = None
    """实例规格 (since 4.0.0)"""

    slb_vms: list[SlbVmInstanceInventory] | None = None
    """详情参考slbVms (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""
