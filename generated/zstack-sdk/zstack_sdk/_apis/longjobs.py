"""``client.longjobs``: 8 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.cancel_long_job_result import CancelLongJobResult
    from ..models.clean_long_job_result import CleanLongJobResult
    from ..models.delete_long_job_result import DeleteLongJobResult
    from ..models.long_job_inventory import LongJobInventory
    from ..models.query_long_job_result import QueryLongJobResult
    from ..models.rerun_long_job_result import RerunLongJobResult
    from ..models.resume_long_job_result import ResumeLongJobResult
    from ..models.submit_long_job_result import SubmitLongJobResult
    from ..models.update_long_job_result import UpdateLongJobResult

__all__ = ["AsyncLongjobsApi", "LongjobsApi"]


CANCEL_LONG_JOB: Api[CancelLongJobResult] = Api(
    "CancelLongJob",
    "PUT",
    "/longjobs/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="cancelLongJob",
    since=None,
    result=".models.cancel_long_job_result:CancelLongJobResult",
)

CLEAN_LONG_JOB: Api[CleanLongJobResult] = Api(
    "CleanLongJob",
    "PUT",
    "/longjobs/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="cleanLongJob",
    since=None,
    result=".models.clean_long_job_result:CleanLongJobResult",
)

DELETE_LONG_JOB: Api[DeleteLongJobResult] = Api(
    "DeleteLongJob",
    "DELETE",
    "/longjobs/{uuid}",
    params=(
        ("uuid", "path", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.3",
    result=".models.delete_long_job_result:DeleteLongJobResult",
)

QUERY_LONG_JOB: Api[QueryLongJobResult] = Api(
    "QueryLongJob",
    "GET",
    "/longjobs",
    params=(
        ("uuid", "path", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.3",
    result=".models.query_long_job_result:QueryLongJobResult",
    query=True,
    alt_paths=("/longjobs/{uuid}",),
)

RERUN_LONG_JOB: Api[RerunLongJobResult] = Api(
    "RerunLongJob",
    "PUT",
    "/longjobs/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="rerunLongJob",
    since=None,
    result=".models.rerun_long_job_result:RerunLongJobResult",
)

RESUME_LONG_JOB: Api[ResumeLongJobResult] = Api(
    "ResumeLongJob",
    "PUT",
    "/longjobs/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="resumeLongJob",
    since=None,
    result=".models.resume_long_job_result:ResumeLongJobResult",
)

SUBMIT_LONG_JOB: Api[SubmitLongJobResult] = Api(
    "SubmitLongJob",
    "POST",
    "/longjobs",
    params=(
        ("description", "body", "2.3"),
        ("jobData", "body", "2.3"),
        ("jobName", "body", "2.3"),
        ("name", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("tagUuids", "body", None),
        ("targetResourceUuid", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=(
        "description",
        "job_data",
        "job_name",
        "name",
        "resource_uuid",
        "tag_uuids",
        "target_resource_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("jobData", "jobName"),
    body_key="params",
    since="2.3",
    result=".models.submit_long_job_result:SubmitLongJobResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("jobName", "job_name", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("targetResourceUuid", "target_resource_uuid", "maxLength", 32),
    ),
)

UPDATE_LONG_JOB: Api[UpdateLongJobResult] = Api(
    "UpdateLongJob",
    "PUT",
    "/longjobs/{uuid}/actions",
    params=(
        ("uuid", "path", "3.9.0"),
        ("description", "body", "3.9.0"),
        ("name", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateLongJob",
    since="3.9.0",
    result=".models.update_long_job_result:UpdateLongJobResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class LongjobsApi(SyncNamespace):
    """longjobs: 8 APIs (CancelLongJob, CleanLongJob, DeleteLongJob, ...)."""

    __slots__ = ()

    def cancel_long_job(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CancelLongJobResult:
        """Cancel long job (CancelLongJob).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CancelLongJobAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CANCEL_LONG_JOB,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def clean_long_job(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanLongJobResult:
        """Clean long job (CleanLongJob).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CleanLongJobAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CLEAN_LONG_JOB,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_long_job(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLongJobResult:
        """删除长时任务 (DeleteLongJob).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_LONG_JOB,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_long_job(
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
    ) -> QueryLongJobResult:
        """查询长时任务 (QueryLongJob).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_LONG_JOB,
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

    def query_long_job_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[LongJobInventory]:
        """Every result of ``query_long_job``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LONG_JOB,
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

    def rerun_long_job(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RerunLongJobResult:
        """Rerun long job (RerunLongJob).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RerunLongJobAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RERUN_LONG_JOB,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def resume_long_job(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ResumeLongJobResult:
        """Resume long job (ResumeLongJob).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ResumeLongJobAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RESUME_LONG_JOB,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def submit_long_job(
        self,
        *,
        job_data: str,
        job_name: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        target_resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SubmitLongJobResult:
        """提交长时任务 (SubmitLongJob).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            job_data: 任务数据 (since 2.3)
            job_name: 任务名称 (since 2.3; maxLength 255)
            name: 资源名称 (since 2.3; maxLength 255)
            resource_uuid: 资源UUID (since 2.3)
            tag_uuids: tagUuids
            target_resource_uuid: targetResourceUuid (since 2.3; maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SUBMIT_LONG_JOB,
            {
                "description": description,
                "jobData": job_data,
                "jobName": job_name,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "targetResourceUuid": target_resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_long_job(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLongJobResult:
        """更新长时任务 (UpdateLongJob).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            description: 资源的详细描述 (since 3.9.0; maxLength 2048)
            name: 资源名称 (since 3.9.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_LONG_JOB,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncLongjobsApi(AsyncNamespace):
    """longjobs: 8 APIs (CancelLongJob, CleanLongJob, DeleteLongJob, ...). (asyncio)"""

    __slots__ = ()

    async def cancel_long_job(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CancelLongJobResult:
        """Cancel long job (CancelLongJob).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CancelLongJobAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CANCEL_LONG_JOB,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def clean_long_job(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanLongJobResult:
        """Clean long job (CleanLongJob).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CleanLongJobAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CLEAN_LONG_JOB,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_long_job(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLongJobResult:
        """删除长时任务 (DeleteLongJob).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_LONG_JOB,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_long_job(
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
    ) -> QueryLongJobResult:
        """查询长时任务 (QueryLongJob).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_LONG_JOB,
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

    def query_long_job_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[LongJobInventory]:
        """Every result of ``query_long_job``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LONG_JOB,
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

    async def rerun_long_job(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RerunLongJobResult:
        """Rerun long job (RerunLongJob).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RerunLongJobAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RERUN_LONG_JOB,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def resume_long_job(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ResumeLongJobResult:
        """Resume long job (ResumeLongJob).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ResumeLongJobAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RESUME_LONG_JOB,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def submit_long_job(
        self,
        *,
        job_data: str,
        job_name: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        target_resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SubmitLongJobResult:
        """提交长时任务 (SubmitLongJob).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            job_data: 任务数据 (since 2.3)
            job_name: 任务名称 (since 2.3; maxLength 255)
            name: 资源名称 (since 2.3; maxLength 255)
            resource_uuid: 资源UUID (since 2.3)
            tag_uuids: tagUuids
            target_resource_uuid: targetResourceUuid (since 2.3; maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SUBMIT_LONG_JOB,
            {
                "description": description,
                "jobData": job_data,
                "jobName": job_name,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "targetResourceUuid": target_resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_long_job(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLongJobResult:
        """更新长时任务 (UpdateLongJob).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            description: 资源的详细描述 (since 3.9.0; maxLength 2048)
            name: 资源名称 (since 3.9.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_LONG_JOB,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
