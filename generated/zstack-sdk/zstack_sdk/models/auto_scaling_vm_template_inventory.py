"""Result models: AutoScalingVmTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AutoScalingVmTemplateInventory",
]


class AutoScalingVmTemplateInventory(ZStackModel):
    """ZStack's `AutoScalingVmTemplateInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.1.0)"""

    data_disk_offering_uuids: list[Any] | None = None
    """云主机数据盘规格列表 (since 3.1.0)"""

    default_l3_network_uuid: str | None = None
    """云主机默认三层网络 (since 3.1.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.1.0)"""

    host_uuid: str | None = None
    """云主机物理机UUID (since 3.1.0)"""

    image_uuid: str | None = None
    """云主机镜像UUID (since 3.1.0)"""

    l3_network_uuids: list[Any] | None = None
    """云主机三层网络列表 (since 3.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.1.0)"""

    name: str | None = None
    """资源名称 (since 3.1.0)"""

    primary_storage_uuid_for_root_volume: str | None = None
    """云主机根云盘所在主存储 (since 3.1.0)"""

    root_disk_offering_uuid: str | None = None
    """云主机根云盘规格 (since 3.1.0)"""

    state: str | None = None
    """模板启用状态 (since 3.1.0)"""

    strategy: str | None = None

    system_tags: list[Any] | None = None
    """systemTags (since 3.1.0)"""

    type: str | None = None
    """模板类型 (since 3.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.1.0)"""

    vm_instance_cluster_uuid: str | None = None
    """云主机所属集群 (since 3.1.0)"""

    vm_instance_description: str | None = None
    """云主机描述 (since 3.1.0)"""

    vm_instance_name: str | None = None
    """云主机名称 (since 3.1.0)"""

    vm_instance_offering_uuid: str | None = None
    """云主机实例规格 (since 3.1.0)"""

    vm_instance_type: str | None = None
    """云主机类型 (since 3.1.0)"""

    vm_instance_zone_uuid: str | None = None
    """云主机所属区域 (since 3.1.0)"""
