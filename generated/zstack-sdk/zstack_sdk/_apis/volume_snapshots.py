"""``client.volume_snapshots``: 9 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.check_volume_snapshot_group_availability_result import (
        CheckVolumeSnapshotGroupAvailabilityResult,
    )
    from ..models.create_volume_snapshot_group_result import CreateVolumeSnapshotGroupResult
    from ..models.delete_volume_snapshot_group_result import DeleteVolumeSnapshotGroupResult
    from ..models.get_memory_snapshot_group_reference_result import (
        GetMemorySnapshotGroupReferenceResult,
    )
    from ..models.query_volume_snapshot_group_result import QueryVolumeSnapshotGroupResult
    from ..models.revert_vm_from_snapshot_group_result import RevertVmFromSnapshotGroupResult
    from ..models.undo_snapshot_creation_result import UndoSnapshotCreationResult
    from ..models.ungroup_volume_snapshot_group_result import UngroupVolumeSnapshotGroupResult
    from ..models.update_volume_snapshot_group_result import UpdateVolumeSnapshotGroupResult
    from ..models.volume_snapshot_group_inventory import VolumeSnapshotGroupInventory

__all__ = ["AsyncVolumeSnapshotsApi", "VolumeSnapshotsApi"]


CHECK_VOLUME_SNAPSHOT_GROUP_AVAILABILITY: Api[CheckVolumeSnapshotGroupAvailabilityResult] = Api(
    "CheckVolumeSnapshotGroupAvailability",
    "GET",
    "/volume-snapshots/groups/availabilities",
    params=(
        ("uuids", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuids", "system_tags", "user_tags"),
    required=("uuids",),
    since="3.6.0",
    result=".models.check_volume_snapshot_group_availability_result:CheckVolumeSnapshotGroupAvailabilityResult",
)

CREATE_VOLUME_SNAPSHOT_GROUP: Api[CreateVolumeSnapshotGroupResult] = Api(
    "CreateVolumeSnapshotGroup",
    "POST",
    "/volume-snapshots/group",
    params=(
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("rootVolumeUuid", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("withMemory", "body", None),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=(
        "description",
        "name",
        "resource_uuid",
        "root_volume_uuid",
        "tag_uuids",
        "with_memory",
        "system_tags",
        "user_tags",
    ),
    required=("name", "rootVolumeUuid"),
    body_key="params",
    since="3.6.0",
    result=".models.create_volume_snapshot_group_result:CreateVolumeSnapshotGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

DELETE_VOLUME_SNAPSHOT_GROUP: Api[DeleteVolumeSnapshotGroupResult] = Api(
    "DeleteVolumeSnapshotGroup",
    "DELETE",
    "/volume-snapshots/group/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("direction", "query", "5.4.0"),
        ("scope", "query", "5.4.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "direction", "scope", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.6.0",
    result=".models.delete_volume_snapshot_group_result:DeleteVolumeSnapshotGroupResult",
)

GET_MEMORY_SNAPSHOT_GROUP_REFERENCE: Api[GetMemorySnapshotGroupReferenceResult] = Api(
    "GetMemorySnapshotGroupReference",
    "GET",
    "/memory-snapshots/group/reference",
    params=(
        ("resourceUuid", "query", "4.4.24"),
        ("resourceType", "query", "4.4.24"),
        ("systemTags", "query", "4.4.24"),
        ("userTags", "query", "4.4.24"),
    ),
    names=("resource_uuid", "resource_type", "system_tags", "user_tags"),
    required=("resourceUuid", "resourceType"),
    since="4.4.24",
    result=".models.get_memory_snapshot_group_reference_result:GetMemorySnapshotGroupReferenceResult",
)

QUERY_VOLUME_SNAPSHOT_GROUP: Api[QueryVolumeSnapshotGroupResult] = Api(
    "QueryVolumeSnapshotGroup",
    "GET",
    "/volume-snapshots/group",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_volume_snapshot_group_result:QueryVolumeSnapshotGroupResult",
    query=True,
    alt_paths=("/volume-snapshots/group/{uuid}",),
)

REVERT_VM_FROM_SNAPSHOT_GROUP: Api[RevertVmFromSnapshotGroupResult] = Api(
    "RevertVmFromSnapshotGroup",
    "PUT",
    "/volume-snapshots/group/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="revertVmFromSnapshotGroup",
    since="3.6.0",
    result=".models.revert_vm_from_snapshot_group_result:RevertVmFromSnapshotGroupResult",
)

UNDO_SNAPSHOT_CREATION: Api[UndoSnapshotCreationResult] = Api(
    "UndoSnapshotCreation",
    "PUT",
    "/volumes/{uuid}/actions",
    params=(
        ("uuid", "path", "4.8.0"),
        ("snapShotUuid", "body", "4.8.0"),
        ("systemTags", "root", "4.8.0"),
        ("userTags", "root", "4.8.0"),
    ),
    names=("uuid", "snap_shot_uuid", "system_tags", "user_tags"),
    required=("uuid", "snapShotUuid"),
    body_key="undoSnapshotCreation",
    since="4.8.0",
    result=".models.undo_snapshot_creation_result:UndoSnapshotCreationResult",
)

UNGROUP_VOLUME_SNAPSHOT_GROUP: Api[UngroupVolumeSnapshotGroupResult] = Api(
    "UngroupVolumeSnapshotGroup",
    "DELETE",
    "/volume-snapshots/ungroup/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.6.0",
    result=".models.ungroup_volume_snapshot_group_result:UngroupVolumeSnapshotGroupResult",
)

UPDATE_VOLUME_SNAPSHOT_GROUP: Api[UpdateVolumeSnapshotGroupResult] = Api(
    "UpdateVolumeSnapshotGroup",
    "PUT",
    "/volume-snapshots/group/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateVolumeSnapshotGroup",
    since="3.6.0",
    result=".models.update_volume_snapshot_group_result:UpdateVolumeSnapshotGroupResult",
)


class VolumeSnapshotsApi(SyncNamespace):
    """volume-snapshots: 9 APIs (CheckVolumeSnapshotGroupAvailability, CreateVolumeSnapshotGroup, DeleteVolumeSnapshotGroup, ...)."""

    __slots__ = ()

    def check_volume_snapshot_group_availability(
        self,
        *,
        uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckVolumeSnapshotGroupAvailabilityResult:
        """检查快照组可用性 (CheckVolumeSnapshotGroupAvailability).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuids: 快照组UUIDs (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_VOLUME_SNAPSHOT_GROUP_AVAILABILITY,
            {
                "uuids": uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_volume_snapshot_group(
        self,
        *,
        name: str,
        root_volume_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        with_memory: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVolumeSnapshotGroupResult:
        """创建快照组 (CreateVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0; maxLength 2048)
            name: 资源名称 (since 3.6.0; maxLength 255)
            resource_uuid: resourceUuid (since 3.6.0)
            root_volume_uuid: 根云盘UUID (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            with_memory: withMemory
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VOLUME_SNAPSHOT_GROUP,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "rootVolumeUuid": root_volume_uuid,
                "tagUuids": tag_uuids,
                "withMemory": with_memory,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_volume_snapshot_group(
        self,
        *,
        uuid: str,
        direction: str | None = None,
        scope: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVolumeSnapshotGroupResult:
        """删除快照组 (DeleteVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            direction: 数据合并方向。pull：向前合并；commit：向后合并；auto：自动选择最优合并方向 (since 5.4.0)
            scope: 数据合并方式。single：仅合并单个快照；chain：合并整个快照链；auto：自动判断最佳合并范围 (since 5.4.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VOLUME_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "direction": direction,
                "scope": scope,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_memory_snapshot_group_reference(
        self,
        *,
        resource_uuid: str,
        resource_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMemorySnapshotGroupReferenceResult:
        """获取资源被引用的内存快照组 (GetMemorySnapshotGroupReference).

        Since ZStack 4.4.24. Synchronous (a 202 is still followed).

        Args:
            resource_uuid: 资源UUID (since 4.4.24)
            resource_type: 资源类型 (since 4.4.24)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_MEMORY_SNAPSHOT_GROUP_REFERENCE,
            {
                "resourceUuid": resource_uuid,
                "resourceType": resource_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_volume_snapshot_group(
        self,
        *,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryVolumeSnapshotGroupResult:
        """查询快照组 (QueryVolumeSnapshotGroup).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VOLUME_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_volume_snapshot_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VolumeSnapshotGroupInventory]:
        """Every result of ``query_volume_snapshot_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VOLUME_SNAPSHOT_GROUP,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def revert_vm_from_snapshot_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevertVmFromSnapshotGroupResult:
        """恢复快照组 (RevertVmFromSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 快照组的UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REVERT_VM_FROM_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def undo_snapshot_creation(
        self,
        *,
        uuid: str,
        snap_shot_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UndoSnapshotCreationResult:
        """回滚最新创建的快照 (UndoSnapshotCreation).

        Since ZStack 4.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 4.8.0)
            snap_shot_uuid: snapShotUuid (since 4.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNDO_SNAPSHOT_CREATION,
            {
                "uuid": uuid,
                "snapShotUuid": snap_shot_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def ungroup_volume_snapshot_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UngroupVolumeSnapshotGroupResult:
        """解绑快照组 (UngroupVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 快照组的UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNGROUP_VOLUME_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_volume_snapshot_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVolumeSnapshotGroupResult:
        """更新快照组信息 (UpdateVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VOLUME_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncVolumeSnapshotsApi(AsyncNamespace):
    """volume-snapshots: 9 APIs (CheckVolumeSnapshotGroupAvailability, CreateVolumeSnapshotGroup, DeleteVolumeSnapshotGroup, ...). (asyncio)"""

    __slots__ = ()

    async def check_volume_snapshot_group_availability(
        self,
        *,
        uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckVolumeSnapshotGroupAvailabilityResult:
        """检查快照组可用性 (CheckVolumeSnapshotGroupAvailability).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuids: 快照组UUIDs (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_VOLUME_SNAPSHOT_GROUP_AVAILABILITY,
            {
                "uuids": uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_volume_snapshot_group(
        self,
        *,
        name: str,
        root_volume_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        with_memory: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVolumeSnapshotGroupResult:
        """创建快照组 (CreateVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0; maxLength 2048)
            name: 资源名称 (since 3.6.0; maxLength 255)
            resource_uuid: resourceUuid (since 3.6.0)
            root_volume_uuid: 根云盘UUID (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            with_memory: withMemory
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VOLUME_SNAPSHOT_GROUP,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "rootVolumeUuid": root_volume_uuid,
                "tagUuids": tag_uuids,
                "withMemory": with_memory,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_volume_snapshot_group(
        self,
        *,
        uuid: str,
        direction: str | None = None,
        scope: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVolumeSnapshotGroupResult:
        """删除快照组 (DeleteVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            direction: 数据合并方向。pull：向前合并；commit：向后合并；auto：自动选择最优合并方向 (since 5.4.0)
            scope: 数据合并方式。single：仅合并单个快照；chain：合并整个快照链；auto：自动判断最佳合并范围 (since 5.4.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VOLUME_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "direction": direction,
                "scope": scope,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_memory_snapshot_group_reference(
        self,
        *,
        resource_uuid: str,
        resource_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMemorySnapshotGroupReferenceResult:
        """获取资源被引用的内存快照组 (GetMemorySnapshotGroupReference).

        Since ZStack 4.4.24. Synchronous (a 202 is still followed).

        Args:
            resource_uuid: 资源UUID (since 4.4.24)
            resource_type: 资源类型 (since 4.4.24)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_MEMORY_SNAPSHOT_GROUP_REFERENCE,
            {
                "resourceUuid": resource_uuid,
                "resourceType": resource_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_volume_snapshot_group(
        self,
        *,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryVolumeSnapshotGroupResult:
        """查询快照组 (QueryVolumeSnapshotGroup).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VOLUME_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_volume_snapshot_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VolumeSnapshotGroupInventory]:
        """Every result of ``query_volume_snapshot_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VOLUME_SNAPSHOT_GROUP,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def revert_vm_from_snapshot_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevertVmFromSnapshotGroupResult:
        """恢复快照组 (RevertVmFromSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 快照组的UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REVERT_VM_FROM_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def undo_snapshot_creation(
        self,
        *,
        uuid: str,
        snap_shot_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UndoSnapshotCreationResult:
        """回滚最新创建的快照 (UndoSnapshotCreation).

        Since ZStack 4.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 4.8.0)
            snap_shot_uuid: snapShotUuid (since 4.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNDO_SNAPSHOT_CREATION,
            {
                "uuid": uuid,
                "snapShotUuid": snap_shot_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def ungroup_volume_snapshot_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UngroupVolumeSnapshotGroupResult:
        """解绑快照组 (UngroupVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 快照组的UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNGROUP_VOLUME_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_volume_snapshot_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVolumeSnapshotGroupResult:
        """更新快照组信息 (UpdateVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VOLUME_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
