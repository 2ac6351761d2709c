"""``client.scheduler_jobs``: 12 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_scheduler_job_to_scheduler_trigger_result import (
        AddSchedulerJobToSchedulerTriggerResult,
    )
    from ..models.change_scheduler_state_result import ChangeSchedulerStateResult
    from ..models.create_scheduler_job_result import CreateSchedulerJobResult
    from ..models.create_scheduler_trigger_result import CreateSchedulerTriggerResult
    from ..models.delete_scheduler_job_result import DeleteSchedulerJobResult
    from ..models.delete_scheduler_trigger_result import DeleteSchedulerTriggerResult
    from ..models.get_no_trigger_scheduler_jobs_result import GetNoTriggerSchedulerJobsResult
    from ..models.query_scheduler_job_result import QuerySchedulerJobResult
    from ..models.query_scheduler_trigger_result import QuerySchedulerTriggerResult
    from ..models.remove_scheduler_job_from_scheduler_trigger_result import (
        RemoveSchedulerJobFromSchedulerTriggerResult,
    )
    from ..models.scheduler_job_inventory import SchedulerJobInventory
    from ..models.scheduler_trigger_inventory import SchedulerTriggerInventory
    from ..models.update_scheduler_job_result import UpdateSchedulerJobResult
    from ..models.update_scheduler_trigger_result import UpdateSchedulerTriggerResult

__all__ = ["AsyncSchedulerJobsApi", "SchedulerJobsApi"]


ADD_SCHEDULER_JOB_TO_SCHEDULER_TRIGGER: Api[AddSchedulerJobToSchedulerTriggerResult] = Api(
    "AddSchedulerJobToSchedulerTrigger",
    "POST",
    "/scheduler/jobs/{schedulerJobUuid}/scheduler/triggers/{schedulerTriggerUuid}",
    params=(
        ("schedulerJobUuid", "path", "2.1"),
        ("schedulerTriggerUuid", "path", "2.1"),
        ("triggerNow", "body", "3.2.0"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=(
        "scheduler_job_uuid",
        "scheduler_trigger_uuid",
        "trigger_now",
        "system_tags",
        "user_tags",
    ),
    required=("schedulerJobUuid", "schedulerTriggerUuid"),
    body_key="params",
    since="2.1",
    result=".models.add_scheduler_job_to_scheduler_trigger_result:AddSchedulerJobToSchedulerTriggerResult",
)

CHANGE_SCHEDULER_STATE: Api[ChangeSchedulerStateResult] = Api(
    "ChangeSchedulerState",
    "PUT",
    "/schedulers/{uuid}",
    params=(
        ("uuid", "path", "2.1"),
        ("stateEvent", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeSchedulerState",
    since="2.1",
    result=".models.change_scheduler_state_result:ChangeSchedulerStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_SCHEDULER_JOB: Api[CreateSchedulerJobResult] = Api(
    "CreateSchedulerJob",
    "POST",
    "/scheduler/jobs",
    params=(
        ("description", "body", "2.1"),
        ("name", "body", "2.1"),
        ("parameters", "body", "2.1"),
        ("resourceUuid", "body", "2.1"),
        ("tagUuids", "body", None),
        ("targetResourceUuid", "body", "2.1"),
        ("type", "body", "4.3.0"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=(
        "description",
        "name",
        "parameters",
        "resource_uuid",
        "tag_uuids",
        "target_resource_uuid",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("name", "targetResourceUuid", "type"),
    body_key="params",
    since="2.1",
    result=".models.create_scheduler_job_result:CreateSchedulerJobResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        (
            "type",
            "type",
            "enum",
            (
                "startVm",
                "stopVm",
                "rebootVm",
                "volumeSnapshot",
                "volumeSnapshotGroup",
                "volumeBackup",
                "rootVolumeBackup",
                "vmBackup",
                "databaseBackup",
                "localRaidSelfTest",
                "runAutoScalingGroup",
                "cancelIAM2ProjectLoginExpired",
                "takeIAM2ProjectLoginExpired",
            ),
        ),
    ),
)

CREATE_SCHEDULER_TRIGGER: Api[CreateSchedulerTriggerResult] = Api(
    "CreateSchedulerTrigger",
    "POST",
    "/scheduler/triggers",
    params=(
        ("cron", "body", "2.1"),
        ("description", "body", "2.1"),
        ("name", "body", "2.1"),
        ("repeatCount", "body", "2.1"),
        ("resourceUuid", "body", "2.1"),
        ("schedulerInterval", "body", "2.1"),
        ("schedulerType", "body", "2.1"),
        ("startTime", "body", "2.1"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=(
        "cron",
        "description",
        "name",
        "repeat_count",
        "resource_uuid",
        "scheduler_interval",
        "scheduler_type",
        "start_time",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name", "schedulerType"),
    body_key="params",
    since="2.1",
    result=".models.create_scheduler_trigger_result:CreateSchedulerTriggerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("repeatCount", "repeat_count", "minimum", 0),
        ("repeatCount", "repeat_count", "maximum", 2147483647),
        ("schedulerInterval", "scheduler_interval", "minimum", 1),
        ("schedulerInterval", "scheduler_interval", "maximum", 2147483647),
        ("schedulerType", "scheduler_type", "enum", ("simple", "cron")),
    ),
)

DELETE_SCHEDULER_JOB: Api[DeleteSchedulerJobResult] = Api(
    "DeleteSchedulerJob",
    "DELETE",
    "/scheduler/jobs/{uuid}",
    params=(
        ("uuid", "path", "2.1"),
        ("deleteMode", "query", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.1",
    result=".models.delete_scheduler_job_result:DeleteSchedulerJobResult",
)

DELETE_SCHEDULER_TRIGGER: Api[DeleteSchedulerTriggerResult] = Api(
    "DeleteSchedulerTrigger",
    "DELETE",
    "/scheduler/triggers/{uuid}",
    params=(
        ("uuid", "path", "2.1"),
        ("deleteMode", "query", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.1",
    result=".models.delete_scheduler_trigger_result:DeleteSchedulerTriggerResult",
)

GET_NO_TRIGGER_SCHEDULER_JOBS: Api[GetNoTriggerSchedulerJobsResult] = Api(
    "GetNoTriggerSchedulerJobs",
    "GET",
    "/scheduler/jobs/candidates",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.get_no_trigger_scheduler_jobs_result:GetNoTriggerSchedulerJobsResult",
)

QUERY_SCHEDULER_JOB: Api[QuerySchedulerJobResult] = Api(
    "QuerySchedulerJob",
    "GET",
    "/scheduler/jobs",
    params=(
        ("uuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.1",
    result=".models.query_scheduler_job_result:QuerySchedulerJobResult",
    query=True,
    alt_paths=("/scheduler/jobs/{uuid}",),
)

QUERY_SCHEDULER_TRIGGER: Api[QuerySchedulerTriggerResult] = Api(
    "QuerySchedulerTrigger",
    "GET",
    "/scheduler/triggers",
    params=(
        ("uuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.1",
    result=".models.query_scheduler_trigger_result:QuerySchedulerTriggerResult",
    query=True,
    alt_paths=("/scheduler/triggers/{uuid}",),
)

REMOVE_SCHEDULER_JOB_FROM_SCHEDULER_TRIGGER: Api[RemoveSchedulerJobFromSchedulerTriggerResult] = (
    Api(
        "RemoveSchedulerJobFromSchedulerTrigger",
        "DELETE",
        "/scheduler/jobs/{schedulerJobUuid}/scheduler/triggers/{schedulerTriggerUuid}",
        params=(
            ("schedulerJobUuid", "path", "2.1"),
            ("schedulerTriggerUuid", "path", "2.1"),
            ("systemTags", "query", "2.1"),
            ("userTags", "query", "2.1"),
        ),
        names=("scheduler_job_uuid", "scheduler_trigger_uuid", "system_tags", "user_tags"),
        required=("schedulerJobUuid", "schedulerTriggerUuid"),
        since="2.1",
        result=".models.remove_scheduler_job_from_scheduler_trigger_result:RemoveSchedulerJobFromSchedulerTriggerResult",
    )
)

UPDATE_SCHEDULER_JOB: Api[UpdateSchedulerJobResult] = Api(
    "UpdateSchedulerJob",
    "PUT",
    "/scheduler/jobs/{uuid}/actions",
    params=(
        ("uuid", "path", "2.1"),
        ("description", "body", "2.1"),
        ("name", "body", "2.1"),
        ("parameters", "body", None),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=("uuid", "description", "name", "parameters", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateSchedulerJob",
    since="2.1",
    result=".models.update_scheduler_job_result:UpdateSchedulerJobResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SCHEDULER_TRIGGER: Api[UpdateSchedulerTriggerResult] = Api(
    "UpdateSchedulerTrigger",
    "PUT",
    "/scheduler/triggers/{uuid}/actions",
    params=(
        ("uuid", "path", "2.1"),
        ("cron", "body", "2.3"),
        ("description", "body", "2.1"),
        ("name", "body", "2.1"),
        ("repeatCount", "body", "2.3"),
        ("schedulerInterval", "body", "2.3"),
        ("schedulerType", "body", None),
        ("startTime", "body", "2.3"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=(
        "uuid",
        "cron",
        "description",
        "name",
        "repeat_count",
        "scheduler_interval",
        "scheduler_type",
        "start_time",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateSchedulerTrigger",
    since="2.1",
    result=".models.update_scheduler_trigger_result:UpdateSchedulerTriggerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("repeatCount", "repeat_count", "minimum", 0),
        ("repeatCount", "repeat_count", "maximum", 2147483647),
        ("schedulerInterval", "scheduler_interval", "minimum", 1),
        ("schedulerInterval", "scheduler_interval", "maximum", 2147483647),
        ("schedulerType", "scheduler_type", "enum", ("cron", "simple")),
    ),
)


class SchedulerJobsApi(SyncNamespace):
    """scheduler-jobs: 12 APIs (AddSchedulerJobToSchedulerTrigger, ChangeSchedulerState, CreateSchedulerJob, ...)."""

    __slots__ = ()

    def add_scheduler_job_to_scheduler_trigger(
        self,
        *,
        scheduler_job_uuid: str,
        scheduler_trigger_uuid: str,
        trigger_now: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSchedulerJobToSchedulerTriggerResult:
        """添加定时任务到定时器 (AddSchedulerJobToSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_uuid: 定时任务UUID (since 2.1)
            scheduler_trigger_uuid: 定时器UUID (since 2.1)
            trigger_now: triggerNow (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SCHEDULER_JOB_TO_SCHEDULER_TRIGGER,
            {
                "schedulerJobUuid": scheduler_job_uuid,
                "schedulerTriggerUuid": scheduler_trigger_uuid,
                "triggerNow": trigger_now,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_scheduler_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSchedulerStateResult:
        """改变定时任务状态 (ChangeSchedulerState).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            state_event: 要设置的定时任务状态 (since 2.1; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SCHEDULER_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_scheduler_job(
        self,
        *,
        name: str,
        target_resource_uuid: str,
        type: Literal[
            "startVm",
            "stopVm",
            "rebootVm",
            "volumeSnapshot",
            "volumeSnapshotGroup",
            "volumeBackup",
            "rootVolumeBackup",
            "vmBackup",
            "databaseBackup",
            "localRaidSelfTest",
            "runAutoScalingGroup",
            "cancelIAM2ProjectLoginExpired",
            "takeIAM2ProjectLoginExpired",
        ],
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSchedulerJobResult:
        """创建定时任务 (CreateSchedulerJob).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; maxLength 255)
            parameters: parameters (since 2.1)
            resource_uuid: resourceUuid (since 2.1)
            tag_uuids: tagUuids
            target_resource_uuid: targetResourceUuid (since 2.1)
            type: type (since 4.3.0; enum {'startVm', 'stopVm', 'rebootVm', 'volumeSnapshot', 'volumeSnapshotGroup', 'volumeBackup', 'rootVolumeBackup', 'vmBackup', ...})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SCHEDULER_JOB,
            {
                "description": description,
                "name": name,
                "parameters": parameters,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "targetResourceUuid": target_resource_uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_scheduler_trigger(
        self,
        *,
        name: str,
        scheduler_type: Literal["simple", "cron"],
        cron: str | None = None,
        description: str | None = None,
        repeat_count: int | None = None,
        resource_uuid: str | None = None,
        scheduler_interval: int | None = None,
        start_time: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSchedulerTriggerResult:
        """创建定时器 (CreateSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cron: cron (since 2.1)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; maxLength 255)
            repeat_count: repeatCount (since 2.1; minimum 0; maximum 2147483647)
            resource_uuid: resourceUuid (since 2.1)
            scheduler_interval: 间隔时间 当简单定时任务执行超过一次时，必须设置间隔时间； 简单定时任务永远重复时，必须设置间隔时间 (since 2.1; minimum 1; maximum 2147483647)
            scheduler_type: simple cron (since 2.1; enum {'simple', 'cron'})
            start_time: Unix Time (since 2.1)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SCHEDULER_TRIGGER,
            {
                "cron": cron,
                "description": description,
                "name": name,
                "repeatCount": repeat_count,
                "resourceUuid": resource_uuid,
                "schedulerInterval": scheduler_interval,
                "schedulerType": scheduler_type,
                "startTime": start_time,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_scheduler_job(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSchedulerJobResult:
        """删除定时任务 (DeleteSchedulerJob).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SCHEDULER_JOB,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_scheduler_trigger(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSchedulerTriggerResult:
        """删除定时器 (DeleteSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SCHEDULER_TRIGGER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_no_trigger_scheduler_jobs(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetNoTriggerSchedulerJobsResult:
        """获取未挂载定时器的任务 (GetNoTriggerSchedulerJobs).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_NO_TRIGGER_SCHEDULER_JOBS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_scheduler_job(
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
    ) -> QuerySchedulerJobResult:
        """查询定时任务 (QuerySchedulerJob).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SCHEDULER_JOB,
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

    def query_scheduler_job_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SchedulerJobInventory]:
        """Every result of ``query_scheduler_job``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCHEDULER_JOB,
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

    def query_scheduler_trigger(
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
    ) -> QuerySchedulerTriggerResult:
        """查询定时器 (QuerySchedulerTrigger).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SCHEDULER_TRIGGER,
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

    def query_scheduler_trigger_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SchedulerTriggerInventory]:
        """Every result of ``query_scheduler_trigger``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCHEDULER_TRIGGER,
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

    def remove_scheduler_job_from_scheduler_trigger(
        self,
        *,
        scheduler_job_uuid: str,
        scheduler_trigger_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSchedulerJobFromSchedulerTriggerResult:
        """从定时器移除定时任务 (RemoveSchedulerJobFromSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_uuid: 定时任务UUID (since 2.1)
            scheduler_trigger_uuid: 定时器UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SCHEDULER_JOB_FROM_SCHEDULER_TRIGGER,
            {
                "schedulerJobUuid": scheduler_job_uuid,
                "schedulerTriggerUuid": scheduler_trigger_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_scheduler_job(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSchedulerJobResult:
        """更新定时任务 (UpdateSchedulerJob).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; minLength 1; maxLength 255)
            parameters: parameters
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SCHEDULER_JOB,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "parameters": parameters,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_scheduler_trigger(
        self,
        *,
        uuid: str,
        cron: str | None = None,
        description: str | None = None,
        name: str | None = None,
        repeat_count: int | None = None,
        scheduler_interval: int | None = None,
        scheduler_type: Literal["cron", "simple"] | None = None,
        start_time: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSchedulerTriggerResult:
        """更新定时器 (UpdateSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            cron: cron (since 2.3)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; minLength 1; maxLength 255)
            repeat_count: repeatCount (since 2.3; minimum 0; maximum 2147483647)
            scheduler_interval: schedulerInterval (since 2.3; minimum 1; maximum 2147483647)
            scheduler_type: schedulerType (enum {'cron', 'simple'})
            start_time: startTime (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SCHEDULER_TRIGGER,
            {
                "uuid": uuid,
                "cron": cron,
                "description": description,
                "name": name,
                "repeatCount": repeat_count,
                "schedulerInterval": scheduler_interval,
                "schedulerType": scheduler_type,
                "startTime": start_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncSchedulerJobsApi(AsyncNamespace):
    """scheduler-jobs: 12 APIs (AddSchedulerJobToSchedulerTrigger, ChangeSchedulerState, CreateSchedulerJob, ...). (asyncio)"""

    __slots__ = ()

    async def add_scheduler_job_to_scheduler_trigger(
        self,
        *,
        scheduler_job_uuid: str,
        scheduler_trigger_uuid: str,
        trigger_now: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSchedulerJobToSchedulerTriggerResult:
        """添加定时任务到定时器 (AddSchedulerJobToSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_uuid: 定时任务UUID (since 2.1)
            scheduler_trigger_uuid: 定时器UUID (since 2.1)
            trigger_now: triggerNow (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SCHEDULER_JOB_TO_SCHEDULER_TRIGGER,
            {
                "schedulerJobUuid": scheduler_job_uuid,
                "schedulerTriggerUuid": scheduler_trigger_uuid,
                "triggerNow": trigger_now,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_scheduler_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSchedulerStateResult:
        """改变定时任务状态 (ChangeSchedulerState).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            state_event: 要设置的定时任务状态 (since 2.1; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SCHEDULER_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_scheduler_job(
        self,
        *,
        name: str,
        target_resource_uuid: str,
        type: Literal[
            "startVm",
            "stopVm",
            "rebootVm",
            "volumeSnapshot",
            "volumeSnapshotGroup",
            "volumeBackup",
            "rootVolumeBackup",
            "vmBackup",
            "databaseBackup",
            "localRaidSelfTest",
            "runAutoScalingGroup",
            "cancelIAM2ProjectLoginExpired",
            "takeIAM2ProjectLoginExpired",
        ],
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSchedulerJobResult:
        """创建定时任务 (CreateSchedulerJob).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; maxLength 255)
            parameters: parameters (since 2.1)
            resource_uuid: resourceUuid (since 2.1)
            tag_uuids: tagUuids
            target_resource_uuid: targetResourceUuid (since 2.1)
            type: type (since 4.3.0; enum {'startVm', 'stopVm', 'rebootVm', 'volumeSnapshot', 'volumeSnapshotGroup', 'volumeBackup', 'rootVolumeBackup', 'vmBackup', ...})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SCHEDULER_JOB,
            {
                "description": description,
                "name": name,
                "parameters": parameters,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "targetResourceUuid": target_resource_uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_scheduler_trigger(
        self,
        *,
        name: str,
        scheduler_type: Literal["simple", "cron"],
        cron: str | None = None,
        description: str | None = None,
        repeat_count: int | None = None,
        resource_uuid: str | None = None,
        scheduler_interval: int | None = None,
        start_time: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSchedulerTriggerResult:
        """创建定时器 (CreateSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cron: cron (since 2.1)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; maxLength 255)
            repeat_count: repeatCount (since 2.1; minimum 0; maximum 2147483647)
            resource_uuid: resourceUuid (since 2.1)
            scheduler_interval: 间隔时间 当简单定时任务执行超过一次时，必须设置间隔时间； 简单定时任务永远重复时，必须设置间隔时间 (since 2.1; minimum 1; maximum 2147483647)
            scheduler_type: simple cron (since 2.1; enum {'simple', 'cron'})
            start_time: Unix Time (since 2.1)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SCHEDULER_TRIGGER,
            {
                "cron": cron,
                "description": description,
                "name": name,
                "repeatCount": repeat_count,
                "resourceUuid": resource_uuid,
                "schedulerInterval": scheduler_interval,
                "schedulerType": scheduler_type,
                "startTime": start_time,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_scheduler_job(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSchedulerJobResult:
        """删除定时任务 (DeleteSchedulerJob).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SCHEDULER_JOB,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_scheduler_trigger(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSchedulerTriggerResult:
        """删除定时器 (DeleteSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SCHEDULER_TRIGGER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_no_trigger_scheduler_jobs(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetNoTriggerSchedulerJobsResult:
        """获取未挂载定时器的任务 (GetNoTriggerSchedulerJobs).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_NO_TRIGGER_SCHEDULER_JOBS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_scheduler_job(
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
    ) -> QuerySchedulerJobResult:
        """查询定时任务 (QuerySchedulerJob).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SCHEDULER_JOB,
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

    def query_scheduler_job_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SchedulerJobInventory]:
        """Every result of ``query_scheduler_job``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCHEDULER_JOB,
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

    async def query_scheduler_trigger(
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
    ) -> QuerySchedulerTriggerResult:
        """查询定时器 (QuerySchedulerTrigger).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SCHEDULER_TRIGGER,
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

    def query_scheduler_trigger_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SchedulerTriggerInventory]:
        """Every result of ``query_scheduler_trigger``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCHEDULER_TRIGGER,
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

    async def remove_scheduler_job_from_scheduler_trigger(
        self,
        *,
        scheduler_job_uuid: str,
        scheduler_trigger_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSchedulerJobFromSchedulerTriggerResult:
        """从定时器移除定时任务 (RemoveSchedulerJobFromSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_uuid: 定时任务UUID (since 2.1)
            scheduler_trigger_uuid: 定时器UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SCHEDULER_JOB_FROM_SCHEDULER_TRIGGER,
            {
                "schedulerJobUuid": scheduler_job_uuid,
                "schedulerTriggerUuid": scheduler_trigger_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_scheduler_job(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSchedulerJobResult:
        """更新定时任务 (UpdateSchedulerJob).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; minLength 1; maxLength 255)
            parameters: parameters
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SCHEDULER_JOB,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "parameters": parameters,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_scheduler_trigger(
        self,
        *,
        uuid: str,
        cron: str | None = None,
        description: str | None = None,
        name: str | None = None,
        repeat_count: int | None = None,
        scheduler_interval: int | None = None,
        scheduler_type: Literal["cron", "simple"] | None = None,
        start_time: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSchedulerTriggerResult:
        """更新定时器 (UpdateSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            cron: cron (since 2.3)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; minLength 1; maxLength 255)
            repeat_count: repeatCount (since 2.3; minimum 0; maximum 2147483647)
            scheduler_interval: schedulerInterval (since 2.3; minimum 1; maximum 2147483647)
            scheduler_type: schedulerType (enum {'cron', 'simple'})
            start_time: startTime (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SCHEDULER_TRIGGER,
            {
                "uuid": uuid,
                "cron": cron,
                "description": description,
                "name": name,
                "repeatCount": repeat_count,
                "schedulerInterval": scheduler_interval,
                "schedulerType": scheduler_type,
                "startTime": start_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
