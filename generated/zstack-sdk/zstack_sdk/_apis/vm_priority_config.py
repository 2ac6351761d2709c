"""``client.vm_priority_config``: 2 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.query_vm_priority_config_result import QueryVmPriorityConfigResult
    from ..models.update_priority_config_result import UpdatePriorityConfigResult
    from ..models.vm_priority_config_inventory import VmPriorityConfigInventory

__all__ = ["AsyncVmPriorityConfigApi", "VmPriorityConfigApi"]


QUERY_VM_PRIORITY_CONFIG: Api[QueryVmPriorityConfigResult] = Api(
    "QueryVmPriorityConfig",
    "GET",
    "/vm-priority-config",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_vm_priority_config_result:QueryVmPriorityConfigResult",
    query=True,
)

UPDATE_PRIORITY_CONFIG: Api[UpdatePriorityConfigResult] = Api(
    "UpdatePriorityConfig",
    "PUT",
    "/vm-priority-config/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("cpuShares", "body", None),
        ("oomScoreAdj", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "cpu_shares", "oom_score_adj", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updatePriorityConfig",
    since=None,
    result=".models.update_priority_config_result:UpdatePriorityConfigResult",
    checks=(
        ("cpuShares", "cpu_shares", "minimum", 2),
        ("cpuShares", "cpu_shares", "maximum", 262144),
        ("oomScoreAdj", "oom_score_adj", "minimum", -1000),
        ("oomScoreAdj", "oom_score_adj", "maximum", 1000),
    ),
)


class VmPriorityConfigApi(SyncNamespace):
    """vm-priority-config: 2 APIs (QueryVmPriorityConfig, UpdatePriorityConfig)."""

    __slots__ = ()

    def query_vm_priority_config(
        self,
        *,
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
    ) -> QueryVmPriorityConfigResult:
        """Query vm priority config (QueryVmPriorityConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVmPriorityConfigAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_PRIORITY_CONFIG,
            {
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

    def query_vm_priority_config_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VmPriorityConfigInventory]:
        """Every result of ``query_vm_priority_config``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_PRIORITY_CONFIG,
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

    def update_priority_config(
        self,
        *,
        uuid: str,
        cpu_shares: int | None = None,
        oom_score_adj: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePriorityConfigResult:
        """Update priority config (UpdatePriorityConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdatePriorityConfigAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            cpu_shares: cpuShares (minimum 2; maximum 262144)
            oom_score_adj: oomScoreAdj (minimum -1000; maximum 1000)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_PRIORITY_CONFIG,
            {
                "uuid": uuid,
                "cpuShares": cpu_shares,
                "oomScoreAdj": oom_score_adj,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncVmPriorityConfigApi(AsyncNamespace):
    """vm-priority-config: 2 APIs (QueryVmPriorityConfig, UpdatePriorityConfig). (asyncio)"""

    __slots__ = ()

    async def query_vm_priority_config(
        self,
        *,
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
    ) -> QueryVmPriorityConfigResult:
        """Query vm priority config (QueryVmPriorityConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVmPriorityConfigAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_PRIORITY_CONFIG,
            {
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

    def query_vm_priority_config_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VmPriorityConfigInventory]:
        """Every result of ``query_vm_priority_config``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_PRIORITY_CONFIG,
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

    async def update_priority_config(
        self,
        *,
        uuid: str,
        cpu_shares: int | None = None,
        oom_score_adj: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePriorityConfigResult:
        """Update priority config (UpdatePriorityConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdatePriorityConfigAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            cpu_shares: cpuShares (minimum 2; maximum 262144)
            oom_score_adj: oomScoreAdj (minimum -1000; maximum 1000)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_PRIORITY_CONFIG,
            {
                "uuid": uuid,
                "cpuShares": cpu_shares,
                "oomScoreAdj": oom_score_adj,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
