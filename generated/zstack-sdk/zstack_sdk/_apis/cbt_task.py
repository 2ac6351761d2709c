"""``client.cbt_task``: 7 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.cbt_task_inventory import CbtTaskInventory
    from ..models.create_cbt_task_result import CreateCbtTaskResult
    from ..models.delete_cbt_task_result import DeleteCbtTaskResult
    from ..models.disable_cbt_task_result import DisableCbtTaskResult
    from ..models.enable_cbt_task_result import EnableCbtTaskResult
    from ..models.export_nbd_volumes_result import ExportNbdVolumesResult
    from ..models.query_cbt_task_result import QueryCbtTaskResult
    from ..models.unexport_nbd_volumes_result import UnexportNbdVolumesResult

__all__ = ["AsyncCbtTaskApi", "CbtTaskApi"]


CREATE_CBT_TASK: Api[CreateCbtTaskResult] = Api(
    "CreateCbtTask",
    "POST",
    "/cbt-task/create",
    params=(
        ("description", "body", "5.3.28"),
        ("name", "body", "5.3.28"),
        ("resourceUuid", "body", "5.3.28"),
        ("tagUuids", "body", "5.3.28"),
        ("systemTags", "root", "5.3.28"),
        ("userTags", "root", "5.3.28"),
    ),
    names=("description", "name", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("name",),
    body_key="params",
    since="5.3.28",
    result=".models.create_cbt_task_result:CreateCbtTaskResult",
)

DELETE_CBT_TASK: Api[DeleteCbtTaskResult] = Api(
    "DeleteCbtTask",
    "DELETE",
    "/cbt-task/{uuid}",
    params=(
        ("uuid", "path", "5.3.28"),
        ("force", "query", "5.3.28"),
        ("deleteMode", "query", "5.3.28"),
        ("systemTags", "query", "5.3.28"),
        ("userTags", "query", "5.3.28"),
    ),
    names=("uuid", "force", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="5.3.28",
    result=".models.delete_cbt_task_result:DeleteCbtTaskResult",
)

DISABLE_CBT_TASK: Api[DisableCbtTaskResult] = Api(
    "DisableCbtTask",
    "POST",
    "/cbt-task/disable/{uuid}",
    params=(
        ("uuid", "path", "5.3.28"),
        ("force", "body", "5.3.28"),
        ("systemTags", "root", "5.3.28"),
        ("userTags", "root", "5.3.28"),
    ),
    names=("uuid", "force", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since="5.3.28",
    result=".models.disable_cbt_task_result:DisableCbtTaskResult",
)

ENABLE_CBT_TASK: Api[EnableCbtTaskResult] = Api(
    "EnableCbtTask",
    "POST",
    "/cbt-task/enable/{uuid}",
    params=(
        ("uuid", "path", "5.3.28"),
        ("bitmapName", "body", "5.3.28"),
        ("systemTags", "root", "5.3.28"),
        ("userTags", "root", "5.3.28"),
    ),
    names=("uuid", "bitmap_name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since="5.3.28",
    result=".models.enable_cbt_task_result:EnableCbtTaskResult",
)

EXPORT_NBD_VOLUMES: Api[ExportNbdVolumesResult] = Api(
    "ExportNbdVolumes",
    "POST",
    "/cbt-task/exportvolume",
    params=(
        ("force", "body", "5.3.28"),
        ("vmInstanceUuid", "body", "5.3.28"),
        ("volumeUuids", "body", "5.3.28"),
        ("systemTags", "root", "5.3.28"),
        ("userTags", "root", "5.3.28"),
    ),
    names=("force", "vm_instance_uuid", "volume_uuids", "system_tags", "user_tags"),
    required=("vmInstanceUuid", "volumeUuids"),
    body_key="params",
    since="5.3.28",
    result=".models.export_nbd_volumes_result:ExportNbdVolumesResult",
)

QUERY_CBT_TASK: Api[QueryCbtTaskResult] = Api(
    "QueryCbtTask",
    "GET",
    "/cbt-task",
    params=(
        ("uuid", "path", "5.3.28"),
        ("systemTags", "query", "5.3.28"),
        ("userTags", "query", "5.3.28"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.3.28",
    result=".models.query_cbt_task_result:QueryCbtTaskResult",
    query=True,
    alt_paths=("/cbt-task/{uuid}",),
)

UNEXPORT_NBD_VOLUMES: Api[UnexportNbdVolumesResult] = Api(
    "UnexportNbdVolumes",
    "POST",
    "/cbt-task/unexportvolume",
    params=(
        ("vmInstanceUuid", "body", "5.3.28"),
        ("volumeUuids", "body", "5.3.28"),
        ("systemTags", "root", "5.3.28"),
        ("userTags", "root", "5.3.28"),
    ),
    names=("vm_instance_uuid", "volume_uuids", "system_tags", "user_tags"),
    required=("vmInstanceUuid", "volumeUuids"),
    body_key="params",
    since="5.3.28",
    result=".models.unexport_nbd_volumes_result:UnexportNbdVolumesResult",
)


class CbtTaskApi(SyncNamespace):
    """cbt-task: 7 APIs (CreateCbtTask, DeleteCbtTask, DisableCbtTask, ...)."""

    __slots__ = ()

    def create_cbt_task(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateCbtTaskResult:
        """创建CBT任务 (CreateCbtTask).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            description: 资源的详细描述 (since 5.3.28)
            name: 资源名称 (since 5.3.28)
            resource_uuid: 资源UUID (since 5.3.28)
            tag_uuids: 标签UUID列表 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_CBT_TASK,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_cbt_task(
        self,
        *,
        uuid: str,
        force: bool | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCbtTaskResult:
        """删除CBT任务 (DeleteCbtTask).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.28)
            force: force (since 5.3.28)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_CBT_TASK,
            {
                "uuid": uuid,
                "force": force,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def disable_cbt_task(
        self,
        *,
        uuid: str,
        force: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DisableCbtTaskResult:
        """停止CBT任务 (DisableCbtTask).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.28)
            force: 是否强制 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DISABLE_CBT_TASK,
            {
                "uuid": uuid,
                "force": force,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def enable_cbt_task(
        self,
        *,
        uuid: str,
        bitmap_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EnableCbtTaskResult:
        """启动CBT任务 (EnableCbtTask).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.28)
            bitmap_name: bitmapName (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ENABLE_CBT_TASK,
            {
                "uuid": uuid,
                "bitmapName": bitmap_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def export_nbd_volumes(
        self,
        *,
        vm_instance_uuid: str,
        volume_uuids: Sequence[str],
        force: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExportNbdVolumesResult:
        """暴露云盘为NBD设备 (ExportNbdVolumes).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            force: 强制 (since 5.3.28)
            vm_instance_uuid: 云主机UUID (since 5.3.28)
            volume_uuids: 云盘UUID列表 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXPORT_NBD_VOLUMES,
            {
                "force": force,
                "vmInstanceUuid": vm_instance_uuid,
                "volumeUuids": volume_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_cbt_task(
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
    ) -> QueryCbtTaskResult:
        """查询CBT任务 (QueryCbtTask).

        Since ZStack 5.3.28. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CBT_TASK,
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

    def query_cbt_task_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[CbtTaskInventory]:
        """Every result of ``query_cbt_task``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CBT_TASK,
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

    def unexport_nbd_volumes(
        self,
        *,
        vm_instance_uuid: str,
        volume_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnexportNbdVolumesResult:
        """停止暴露云盘为NBD设备 (UnexportNbdVolumes).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            vm_instance_uuid: 云主机UUID (since 5.3.28)
            volume_uuids: 云盘UUID列表 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNEXPORT_NBD_VOLUMES,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "volumeUuids": volume_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncCbtTaskApi(AsyncNamespace):
    """cbt-task: 7 APIs (CreateCbtTask, DeleteCbtTask, DisableCbtTask, ...). (asyncio)"""

    __slots__ = ()

    async def create_cbt_task(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateCbtTaskResult:
        """创建CBT任务 (CreateCbtTask).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            description: 资源的详细描述 (since 5.3.28)
            name: 资源名称 (since 5.3.28)
            resource_uuid: 资源UUID (since 5.3.28)
            tag_uuids: 标签UUID列表 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_CBT_TASK,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_cbt_task(
        self,
        *,
        uuid: str,
        force: bool | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCbtTaskResult:
        """删除CBT任务 (DeleteCbtTask).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.28)
            force: force (since 5.3.28)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_CBT_TASK,
            {
                "uuid": uuid,
                "force": force,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def disable_cbt_task(
        self,
        *,
        uuid: str,
        force: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DisableCbtTaskResult:
        """停止CBT任务 (DisableCbtTask).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.28)
            force: 是否强制 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DISABLE_CBT_TASK,
            {
                "uuid": uuid,
                "force": force,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def enable_cbt_task(
        self,
        *,
        uuid: str,
        bitmap_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EnableCbtTaskResult:
        """启动CBT任务 (EnableCbtTask).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.28)
            bitmap_name: bitmapName (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ENABLE_CBT_TASK,
            {
                "uuid": uuid,
                "bitmapName": bitmap_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def export_nbd_volumes(
        self,
        *,
        vm_instance_uuid: str,
        volume_uuids: Sequence[str],
        force: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExportNbdVolumesResult:
        """暴露云盘为NBD设备 (ExportNbdVolumes).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            force: 强制 (since 5.3.28)
            vm_instance_uuid: 云主机UUID (since 5.3.28)
            volume_uuids: 云盘UUID列表 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXPORT_NBD_VOLUMES,
            {
                "force": force,
                "vmInstanceUuid": vm_instance_uuid,
                "volumeUuids": volume_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_cbt_task(
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
    ) -> QueryCbtTaskResult:
        """查询CBT任务 (QueryCbtTask).

        Since ZStack 5.3.28. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CBT_TASK,
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

    def query_cbt_task_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[CbtTaskInventory]:
        """Every result of ``query_cbt_task``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CBT_TASK,
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

    async def unexport_nbd_volumes(
        self,
        *,
        vm_instance_uuid: str,
        volume_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnexportNbdVolumesResult:
        """停止暴露云盘为NBD设备 (UnexportNbdVolumes).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            vm_instance_uuid: 云主机UUID (since 5.3.28)
            volume_uuids: 云盘UUID列表 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNEXPORT_NBD_VOLUMES,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "volumeUuids": volume_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
