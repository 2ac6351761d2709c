"""``client.zwatch_audits``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.get_audit_data_result import GetAuditDataResult

__all__ = ["AsyncZwatchAuditsApi", "ZwatchAuditsApi"]


GET_AUDIT_DATA: Api[GetAuditDataResult] = Api(
    "GetAuditData",
    "GET",
    "/zwatch/audits",
    params=(
        ("startTime", "query", "2.3"),
        ("endTime", "query", "2.3"),
        ("limit", "query", "2.3"),
        ("labels", "query", "2.3"),
        ("auditType", "query", "3.5.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
        ("conditions", "query", None),
    ),
    names=(
        "start_time",
        "end_time",
        "limit",
        "labels",
        "audit_type",
        "system_tags",
        "user_tags",
        "conditions",
    ),
    since="2.3",
    result=".models.get_audit_data_result:GetAuditDataResult",
    checks=(
        ("startTime", "start_time", "minimum", 0),
        ("startTime", "start_time", "maximum", 9223372036854775807),
        ("endTime", "end_time", "minimum", 0),
        ("endTime", "end_time", "maximum", 9223372036854775807),
        ("limit", "limit", "minimum", 0),
        ("limit", "limit", "maximum", 2147483647),
        ("auditType", "audit_type", "enum", ("Login", "Resource")),
    ),
)


class ZwatchAuditsApi(SyncNamespace):
    """zwatch-audits: 1 APIs (GetAuditData)."""

    __slots__ = ()

    def get_audit_data(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        labels: Sequence[str] | None = None,
        audit_type: Literal["Login", "Resource"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAuditDataResult:
        """获取审计数据 (GetAuditData).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            start_time: 起始时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            limit: 最大返回条数 (since 2.3; minimum 0; maximum 2147483647)
            labels: 过滤标签列表 (since 2.3)
            audit_type: 审计类型，默认为Resource (since 3.5.0; enum {'Login', 'Resource'})
            conditions: conditions
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_AUDIT_DATA,
            {
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
                "labels": labels,
                "auditType": audit_type,
                "systemTags": system_tags,
                "userTags": user_tags,
                "conditions": conditions,
            },
            job_uuid,
        )


class AsyncZwatchAuditsApi(AsyncNamespace):
    """zwatch-audits: 1 APIs (GetAuditData). (asyncio)"""

    __slots__ = ()

    async def get_audit_data(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        labels: Sequence[str] | None = None,
        audit_type: Literal["Login", "Resource"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAuditDataResult:
        """获取审计数据 (GetAuditData).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            start_time: 起始时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            limit: 最大返回条数 (since 2.3; minimum 0; maximum 2147483647)
            labels: 过滤标签列表 (since 2.3)
            audit_type: 审计类型，默认为Resource (since 3.5.0; enum {'Login', 'Resource'})
            conditions: conditions
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_AUDIT_DATA,
            {
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
                "labels": labels,
                "auditType": audit_type,
                "systemTags": system_tags,
                "userTags": user_tags,
                "conditions": conditions,
            },
            job_uuid,
        )
