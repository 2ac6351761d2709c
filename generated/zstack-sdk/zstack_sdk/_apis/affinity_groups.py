"""``client.affinity_groups``: 10 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_vm_to_affinity_group_result import AddVmToAffinityGroupResult
    from ..models.affinity_group_inventory import AffinityGroupInventory
    from ..models.change_affinity_group_state_result import ChangeAffinityGroupStateResult
    from ..models.create_affinity_group_result import CreateAffinityGroupResult
    from ..models.delete_affinity_group_result import DeleteAffinityGroupResult
    from ..models.get_candidate_affinity_group_for_attaching_vm_result import (
        GetCandidateAffinityGroupForAttachingVmResult,
    )
    from ..models.get_candidate_affinity_group_for_creating_vm_result import (
        GetCandidateAffinityGroupForCreatingVmResult,
    )
    from ..models.get_candidate_vm_for_attaching_affinity_group_result import (
        GetCandidateVMForAttachingAffinityGroupResult,
    )
    from ..models.query_affinity_group_result import QueryAffinityGroupResult
    from ..models.remove_vm_from_affinity_group_result import RemoveVmFromAffinityGroupResult
    from ..models.update_affinity_group_result import UpdateAffinityGroupResult

__all__ = ["AffinityGroupsApi", "AsyncAffinityGroupsApi"]


ADD_VM_TO_AFFINITY_GROUP: Api[AddVmToAffinityGroupResult] = Api(
    "AddVmToAffinityGroup",
    "POST",
    "/affinity-groups/{affinityGroupUuid}/vm-instances/{uuid}",
    params=(
        ("affinityGroupUuid", "path", "2.3"),
        ("uuid", "path", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("affinity_group_uuid", "uuid", "system_tags", "user_tags"),
    required=("affinityGroupUuid", "uuid"),
    body_key="params",
    since="2.3",
    result=".models.add_vm_to_affinity_group_result:AddVmToAffinityGroupResult",
)

CHANGE_AFFINITY_GROUP_STATE: Api[ChangeAffinityGroupStateResult] = Api(
    "ChangeAffinityGroupState",
    "PUT",
    "/affinity-groups/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("stateEvent", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeAffinityGroupState",
    since="2.3",
    result=".models.change_affinity_group_state_result:ChangeAffinityGroupStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_AFFINITY_GROUP: Api[CreateAffinityGroupResult] = Api(
    "CreateAffinityGroup",
    "POST",
    "/affinity-groups",
    params=(
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("policy", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("subType", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", "2.3"),
        ("zoneUuid", "body", None),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=(
        "description",
        "name",
        "policy",
        "resource_uuid",
        "sub_type",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="2.3",
    result=".models.create_affinity_group_result:CreateAffinityGroupResult",
    checks=(
        ("description", "description", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("policy", "policy", "enum", ("antiSoft", "antiHard")),
        ("type", "type", "enum", ("host",)),
    ),
)

DELETE_AFFINITY_GROUP: Api[DeleteAffinityGroupResult] = Api(
    "DeleteAffinityGroup",
    "DELETE",
    "/affinity-groups/{uuid}",
    params=(
        ("uuid", "path", "2.2"),
        ("deleteMode", "query", "2.2"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.2",
    result=".models.delete_affinity_group_result:DeleteAffinityGroupResult",
)

GET_CANDIDATE_AFFINITY_GROUP_FOR_ATTACHING_VM: Api[
    GetCandidateAffinityGroupForAttachingVmResult
] = Api(
    "GetCandidateAffinityGroupForAttachingVm",
    "GET",
    "/affinityGroup/attachingVm",
    params=(
        ("vmUuid", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("vm_uuid", "system_tags", "user_tags"),
    required=("vmUuid",),
    since="4.0.0",
    result=".models.get_candidate_affinity_group_for_attaching_vm_result:GetCandidateAffinityGroupForAttachingVmResult",
)

GET_CANDIDATE_AFFINITY_GROUP_FOR_CREATING_VM: Api[GetCandidateAffinityGroupForCreatingVmResult] = (
    Api(
        "GetCandidateAffinityGroupForCreatingVm",
        "GET",
        "/vm-instances/candidate-affinityGroup",
        params=(
            ("zoneUuid", "query", "4.1.0"),
            ("clusterUuid", "query", "4.1.0"),
            ("hostUuid", "query", "4.1.0"),
            ("systemTags", "query", "4.1.0"),
            ("userTags", "query", "4.1.0"),
        ),
        names=("zone_uuid", "cluster_uuid", "host_uuid", "system_tags", "user_tags"),
        required=("zoneUuid",),
        since="4.1.0",
        result=".models.get_candidate_affinity_group_for_creating_vm_result:GetCandidateAffinityGroupForCreatingVmResult",
    )
)

GET_CANDIDATE_VM_FOR_ATTACHING_AFFINITY_GROUP: Api[
    GetCandidateVMForAttachingAffinityGroupResult
] = Api(
    "GetCandidateVMForAttachingAffinityGroup",
    "GET",
    "/VM/attachingGroup",
    params=(
        ("affinityGroupUuid", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("affinity_group_uuid", "system_tags", "user_tags"),
    required=("affinityGroupUuid",),
    since="4.0.0",
    result=".models.get_candidate_vm_for_attaching_affinity_group_result:GetCandidateVMForAttachingAffinityGroupResult",
)

QUERY_AFFINITY_GROUP: Api[QueryAffinityGroupResult] = Api(
    "QueryAffinityGroup",
    "GET",
    "/affinity-groups",
    params=(
        ("uuid", "path", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.3",
    result=".models.query_affinity_group_result:QueryAffinityGroupResult",
    query=True,
    alt_paths=("/affinity-groups/{uuid}",),
)

REMOVE_VM_FROM_AFFINITY_GROUP: Api[RemoveVmFromAffinityGroupResult] = Api(
    "RemoveVmFromAffinityGroup",
    "DELETE",
    "/affinity-groups/{affinityGroupUuid}/vm-instances",
    params=(
        ("affinityGroupUuid", "path", "2.3"),
        ("uuid", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("affinity_group_uuid", "uuid", "system_tags", "user_tags"),
    required=("affinityGroupUuid", "uuid"),
    since="2.3",
    result=".models.remove_vm_from_affinity_group_result:RemoveVmFromAffinityGroupResult",
)

UPDATE_AFFINITY_GROUP: Api[UpdateAffinityGroupResult] = Api(
    "UpdateAffinityGroup",
    "PUT",
    "/affinity-groups/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateAffinityGroup",
    since="2.3",
    result=".models.update_affinity_group_result:UpdateAffinityGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class AffinityGroupsApi(SyncNamespace):
    """affinity-groups: 10 APIs (AddVmToAffinityGroup, ChangeAffinityGroupState, CreateAffinityGroup, ...)."""

    __slots__ = ()

    def add_vm_to_affinity_group(
        self,
        *,
        affinity_group_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmToAffinityGroupResult:
        """添加云主机到亲和组 (AddVmToAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            affinity_group_uuid: 亲和组UUID (since 2.3)
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_VM_TO_AFFINITY_GROUP,
            {
                "affinityGroupUuid": affinity_group_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_affinity_group_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAffinityGroupStateResult:
        """改变亲和组的使用状态 (ChangeAffinityGroupState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: stateEvent (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_AFFINITY_GROUP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_affinity_group(
        self,
        *,
        name: str,
        description: str | None = None,
        policy: Literal["antiSoft", "antiHard"] | None = None,
        resource_uuid: str | None = None,
        sub_type: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["host"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAffinityGroupResult:
        """创建亲和组 (CreateAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 255)
            name: 资源名称 (since 2.3; maxLength 255)
            policy: 亲和组策略 (since 2.3; enum {'antiSoft', 'antiHard'})
            resource_uuid: 资源UUID (since 2.3)
            sub_type: subType
            tag_uuids: tagUuids
            type: 亲和组类型 目前支持物理机亲和 未来将增加网络亲和、路由器亲和、数据中心或机架亲和等多种类型 (since 2.3; enum {'host'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_AFFINITY_GROUP,
            {
                "description": description,
                "name": name,
                "policy": policy,
                "resourceUuid": resource_uuid,
                "subType": sub_type,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_affinity_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAffinityGroupResult:
        """删除亲和组 (DeleteAffinityGroup).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            delete_mode: 删除模式 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_AFFINITY_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_affinity_group_for_attaching_vm(
        self,
        *,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateAffinityGroupForAttachingVmResult:
        """获取可绑定云主机的亲和组 (GetCandidateAffinityGroupForAttachingVm).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            vm_uuid: 云主机UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_AFFINITY_GROUP_FOR_ATTACHING_VM,
            {
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_affinity_group_for_creating_vm(
        self,
        *,
        zone_uuid: str,
        cluster_uuid: str | None = None,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateAffinityGroupForCreatingVmResult:
        """创建云主机时获取可加入非亲和组 (GetCandidateAffinityGroupForCreatingVm).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            zone_uuid: 区域UUID (since 4.1.0)
            cluster_uuid: 集群UUID (since 4.1.0)
            host_uuid: 物理机UUID (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_AFFINITY_GROUP_FOR_CREATING_VM,
            {
                "zoneUuid": zone_uuid,
                "clusterUuid": cluster_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_vm_for_attaching_affinity_group(
        self,
        *,
        affinity_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVMForAttachingAffinityGroupResult:
        """获取可绑定亲和组的云主机 (GetCandidateVMForAttachingAffinityGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            affinity_group_uuid: 亲和组uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_VM_FOR_ATTACHING_AFFINITY_GROUP,
            {
                "affinityGroupUuid": affinity_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_affinity_group(
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
    ) -> QueryAffinityGroupResult:
        """查询亲和组 (QueryAffinityGroup).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_AFFINITY_GROUP,
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

    def query_affinity_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AffinityGroupInventory]:
        """Every result of ``query_affinity_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AFFINITY_GROUP,
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

    def remove_vm_from_affinity_group(
        self,
        *,
        affinity_group_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVmFromAffinityGroupResult:
        """从亲和组移除云主机 (RemoveVmFromAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            affinity_group_uuid: 亲和组UUID (since 2.3)
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_VM_FROM_AFFINITY_GROUP,
            {
                "affinityGroupUuid": affinity_group_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_affinity_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAffinityGroupResult:
        """更新亲和组 (UpdateAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AFFINITY_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncAffinityGroupsApi(AsyncNamespace):
    """affinity-groups: 10 APIs (AddVmToAffinityGroup, ChangeAffinityGroupState, CreateAffinityGroup, ...). (asyncio)"""

    __slots__ = ()

    async def add_vm_to_affinity_group(
        self,
        *,
        affinity_group_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmToAffinityGroupResult:
        """添加云主机到亲和组 (AddVmToAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            affinity_group_uuid: 亲和组UUID (since 2.3)
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_VM_TO_AFFINITY_GROUP,
            {
                "affinityGroupUuid": affinity_group_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_affinity_group_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAffinityGroupStateResult:
        """改变亲和组的使用状态 (ChangeAffinityGroupState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: stateEvent (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_AFFINITY_GROUP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_affinity_group(
        self,
        *,
        name: str,
        description: str | None = None,
        policy: Literal["antiSoft", "antiHard"] | None = None,
        resource_uuid: str | None = None,
        sub_type: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["host"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAffinityGroupResult:
        """创建亲和组 (CreateAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 255)
            name: 资源名称 (since 2.3; maxLength 255)
            policy: 亲和组策略 (since 2.3; enum {'antiSoft', 'antiHard'})
            resource_uuid: 资源UUID (since 2.3)
            sub_type: subType
            tag_uuids: tagUuids
            type: 亲和组类型 目前支持物理机亲和 未来将增加网络亲和、路由器亲和、数据中心或机架亲和等多种类型 (since 2.3; enum {'host'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_AFFINITY_GROUP,
            {
                "description": description,
                "name": name,
                "policy": policy,
                "resourceUuid": resource_uuid,
                "subType": sub_type,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_affinity_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAffinityGroupResult:
        """删除亲和组 (DeleteAffinityGroup).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            delete_mode: 删除模式 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_AFFINITY_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_affinity_group_for_attaching_vm(
        self,
        *,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateAffinityGroupForAttachingVmResult:
        """获取可绑定云主机的亲和组 (GetCandidateAffinityGroupForAttachingVm).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            vm_uuid: 云主机UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_AFFINITY_GROUP_FOR_ATTACHING_VM,
            {
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_affinity_group_for_creating_vm(
        self,
        *,
        zone_uuid: str,
        cluster_uuid: str | None = None,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateAffinityGroupForCreatingVmResult:
        """创建云主机时获取可加入非亲和组 (GetCandidateAffinityGroupForCreatingVm).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            zone_uuid: 区域UUID (since 4.1.0)
            cluster_uuid: 集群UUID (since 4.1.0)
            host_uuid: 物理机UUID (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_AFFINITY_GROUP_FOR_CREATING_VM,
            {
                "zoneUuid": zone_uuid,
                "clusterUuid": cluster_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_vm_for_attaching_affinity_group(
        self,
        *,
        affinity_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVMForAttachingAffinityGroupResult:
        """获取可绑定亲和组的云主机 (GetCandidateVMForAttachingAffinityGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            affinity_group_uuid: 亲和组uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_VM_FOR_ATTACHING_AFFINITY_GROUP,
            {
                "affinityGroupUuid": affinity_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_affinity_group(
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
    ) -> QueryAffinityGroupResult:
        """查询亲和组 (QueryAffinityGroup).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_AFFINITY_GROUP,
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

    def query_affinity_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AffinityGroupInventory]:
        """Every result of ``query_affinity_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AFFINITY_GROUP,
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

    async def remove_vm_from_affinity_group(
        self,
        *,
        affinity_group_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVmFromAffinityGroupResult:
        """从亲和组移除云主机 (RemoveVmFromAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            affinity_group_uuid: 亲和组UUID (since 2.3)
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_VM_FROM_AFFINITY_GROUP,
            {
                "affinityGroupUuid": affinity_group_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_affinity_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAffinityGroupResult:
        """更新亲和组 (UpdateAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AFFINITY_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
