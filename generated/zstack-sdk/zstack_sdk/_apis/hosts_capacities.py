"""``client.hosts_capacities``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.get_cpu_memory_capacity_result import GetCpuMemoryCapacityResult

__all__ = ["AsyncHostsCapacitiesApi", "HostsCapacitiesApi"]


GET_CPU_MEMORY_CAPACITY: Api[GetCpuMemoryCapacityResult] = Api(
    "GetCpuMemoryCapacity",
    "GET",
    "/hosts/capacities/cpu-memory",
    params=(
        ("zoneUuids", "query", "0.6"),
        ("clusterUuids", "query", "0.6"),
        ("hostUuids", "query", "0.6"),
        ("all", "query", "0.6"),
        ("hypervisorType", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=(
        "zone_uuids",
        "cluster_uuids",
        "host_uuids",
        "all",
        "hypervisor_type",
        "system_tags",
        "user_tags",
    ),
    since="0.6",
    result=".models.get_cpu_memory_capacity_result:GetCpuMemoryCapacityResult",
    checks=(("hypervisorType", "hypervisor_type", "enum", ("KVM", "ESX")),),
)


class HostsCapacitiesApi(SyncNamespace):
    """hosts-capacities: 1 APIs (GetCpuMemoryCapacity)."""

    __slots__ = ()

    def get_cpu_memory_capacity(
        self,
        *,
        zone_uuids: Sequence[str] | None = None,
        cluster_uuids: Sequence[str] | None = None,
        host_uuids: Sequence[str] | None = None,
        all: bool | None = None,
        hypervisor_type: Literal["KVM", "ESX"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCpuMemoryCapacityResult:
        """获取CPU和内存容量 (GetCpuMemoryCapacity).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            zone_uuids: 区域的UUID (since 0.6)
            cluster_uuids: 集群的UUID。用于挂载网络、存储等 (since 0.6)
            host_uuids: 物理机的UUID。用于添加、删除host等 (since 0.6)
            all: all默认为false，此时区域UUID，集群UUID,物理机UUID必须有一个不为空，或者全部都填写 all设置为true时，区域UUID、集群UUID、物理机UUID均可不填 (since 0.6)
            hypervisor_type: hypervisorType (since 0.6; enum {'KVM', 'ESX'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CPU_MEMORY_CAPACITY,
            {
                "zoneUuids": zone_uuids,
                "clusterUuids": cluster_uuids,
                "hostUuids": host_uuids,
                "all": all,
                "hypervisorType": hypervisor_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncHostsCapacitiesApi(AsyncNamespace):
    """hosts-capacities: 1 APIs (GetCpuMemoryCapacity). (asyncio)"""

    __slots__ = ()

    async def get_cpu_memory_capacity(
        self,
        *,
        zone_uuids: Sequence[str] | None = None,
        cluster_uuids: Sequence[str] | None = None,
        host_uuids: Sequence[str] | None = None,
        all: bool | None = None,
        hypervisor_type: Literal["KVM", "ESX"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCpuMemoryCapacityResult:
        """获取CPU和内存容量 (GetCpuMemoryCapacity).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            zone_uuids: 区域的UUID (since 0.6)
            cluster_uuids: 集群的UUID。用于挂载网络、存储等 (since 0.6)
            host_uuids: 物理机的UUID。用于添加、删除host等 (since 0.6)
            all: all默认为false，此时区域UUID，集群UUID,物理机UUID必须有一个不为空，或者全部都填写 all设置为true时，区域UUID、集群UUID、物理机UUID均可不填 (since 0.6)
            hypervisor_type: hypervisorType (since 0.6; enum {'KVM', 'ESX'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CPU_MEMORY_CAPACITY,
            {
                "zoneUuids": zone_uuids,
                "clusterUuids": cluster_uuids,
                "hostUuids": host_uuids,
                "all": all,
                "hypervisorType": hypervisor_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
