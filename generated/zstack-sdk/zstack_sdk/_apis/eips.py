"""``client.eips``: 9 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_eip_result import AttachEipResult
    from ..models.change_eip_state_result import ChangeEipStateResult
    from ..models.create_eip_result import CreateEipResult
    from ..models.delete_eip_result import DeleteEipResult
    from ..models.detach_eip_result import DetachEipResult
    from ..models.eip_inventory import EipInventory
    from ..models.get_eip_attachable_vm_nics_result import GetEipAttachableVmNicsResult
    from ..models.get_vm_nic_attachable_eips_result import GetVmNicAttachableEipsResult
    from ..models.query_eip_result import QueryEipResult
    from ..models.update_eip_result import UpdateEipResult

__all__ = ["AsyncEipsApi", "EipsApi"]


ATTACH_EIP: Api[AttachEipResult] = Api(
    "AttachEip",
    "POST",
    "/eips/{eipUuid}/vm-instances/nics/{vmNicUuid}",
    params=(
        ("eipUuid", "path", "0.6"),
        ("vmNicUuid", "path", "0.6"),
        ("usedIpUuid", "body", "3.1.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("eip_uuid", "vm_nic_uuid", "used_ip_uuid", "system_tags", "user_tags"),
    required=("eipUuid", "vmNicUuid"),
    body_key="params",
    since="0.6",
    result=".models.attach_eip_result:AttachEipResult",
)

CHANGE_EIP_STATE: Api[ChangeEipStateResult] = Api(
    "ChangeEipState",
    "PUT",
    "/eips/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeEipState",
    since="0.6",
    result=".models.change_eip_state_result:ChangeEipStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_EIP: Api[CreateEipResult] = Api(
    "CreateEip",
    "POST",
    "/eips",
    params=(
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("usedIpUuid", "body", "3.1.0"),
        ("vipUuid", "body", "0.6"),
        ("vmNicUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "used_ip_uuid",
        "vip_uuid",
        "vm_nic_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "vipUuid"),
    body_key="params",
    since="0.6",
    result=".models.create_eip_result:CreateEipResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

DELETE_EIP: Api[DeleteEipResult] = Api(
    "DeleteEip",
    "DELETE",
    "/eips/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_eip_result:DeleteEipResult",
)

DETACH_EIP: Api[DetachEipResult] = Api(
    "DetachEip",
    "DELETE",
    "/eips/{uuid}/vm-instances/nics",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.detach_eip_result:DetachEipResult",
)

GET_EIP_ATTACHABLE_VM_NICS: Api[GetEipAttachableVmNicsResult] = Api(
    "GetEipAttachableVmNics",
    "GET",
    "/eips/{eipUuid}/vm-instances/candidate-nics",
    params=(
        ("eipUuid", "path", "0.6"),
        ("vipUuid", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
        ("vmUuid", "query", None),
        ("vmName", "query", None),
        ("networkServiceProvider", "query", None),
        ("attachedToVm", "query", None),
        ("limit", "query", None),
        ("start", "query", None),
    ),
    names=(
        "eip_uuid",
        "vip_uuid",
        "system_tags",
        "user_tags",
        "vm_uuid",
        "vm_name",
        "network_service_provider",
        "attached_to_vm",
        "limit",
        "start",
    ),
    required=("eipUuid",),
    since="0.6",
    result=".models.get_eip_attachable_vm_nics_result:GetEipAttachableVmNicsResult",
)

GET_VM_NIC_ATTACHABLE_EIPS: Api[GetVmNicAttachableEipsResult] = Api(
    "GetVmNicAttachableEips",
    "GET",
    "/vm-instances/nics/{vmNicUuid}/candidate-eips",
    params=(
        ("vmNicUuid", "path", "4.4.6"),
        ("ipVersion", "query", "4.4.6"),
        ("limit", "query", "4.4.6"),
        ("start", "query", "4.4.6"),
        ("systemTags", "query", "4.4.6"),
        ("userTags", "query", "4.4.6"),
    ),
    names=("vm_nic_uuid", "ip_version", "limit", "start", "system_tags", "user_tags"),
    required=("vmNicUuid",),
    since="4.4.6",
    result=".models.get_vm_nic_attachable_eips_result:GetVmNicAttachableEipsResult",
    checks=(("ipVersion", "ip_version", "enum", (4, 6)),),
)

QUERY_EIP: Api[QueryEipResult] = Api(
    "QueryEip",
    "GET",
    "/eips",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_eip_result:QueryEipResult",
    query=True,
    alt_paths=("/eips/{uuid}",),
)

UPDATE_EIP: Api[UpdateEipResult] = Api(
    "UpdateEip",
    "PUT",
    "/eips/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateEip",
    since="0.6",
    result=".models.update_eip_result:UpdateEipResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class EipsApi(SyncNamespace):
    """eips: 9 APIs (AttachEip, ChangeEipState, CreateEip, ...)."""

    __slots__ = ()

    def attach_eip(
        self,
        *,
        eip_uuid: str,
        vm_nic_uuid: str,
        used_ip_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachEipResult:
        """绑定弹性IP (AttachEip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            eip_uuid: 弹性IP UUID (since 0.6)
            vm_nic_uuid: 云主机网卡UUID (since 0.6)
            used_ip_uuid: IP地址Uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_EIP,
            {
                "eipUuid": eip_uuid,
                "vmNicUuid": vm_nic_uuid,
                "usedIpUuid": used_ip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_eip_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeEipStateResult:
        """更改弹性IP启用状态 (ChangeEipState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 弹性IP的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_EIP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_eip(
        self,
        *,
        name: str,
        vip_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        used_ip_uuid: str | None = None,
        vm_nic_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEipResult:
        """创建弹性IP (CreateEip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 弹性IP的详细描述 (since 0.6; maxLength 2048)
            name: 弹性IP名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，云主机会使用该字段值作为UUID (since 0.6)
            tag_uuids: tagUuids
            used_ip_uuid: IP地址Uuid (since 3.1.0)
            vip_uuid: VIP UUID (since 0.6)
            vm_nic_uuid: 云主机网卡UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_EIP,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "usedIpUuid": used_ip_uuid,
                "vipUuid": vip_uuid,
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_eip(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEipResult:
        """删除弹性IP (DeleteEip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 弹性IP的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_EIP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_eip(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachEipResult:
        """解绑弹性IP (DetachEip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 弹性IP的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_EIP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_eip_attachable_vm_nics(
        self,
        *,
        eip_uuid: str,
        vip_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        vm_uuid: str | None = None,
        vm_name: str | None = None,
        network_service_provider: str | None = None,
        attached_to_vm: bool | None = None,
        limit: int | None = None,
        start: int | None = None,
        job_uuid: str | None = None,
    ) -> GetEipAttachableVmNicsResult:
        """获取可绑定指定弹性IP的云主机网卡 (GetEipAttachableVmNics).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            eip_uuid: 弹性IP UUID (since 0.6)
            vip_uuid: VIP UUID (since 0.6)
            vm_uuid: vmUuid
            vm_name: vmName
            network_service_provider: networkServiceProvider
            attached_to_vm: attachedToVm
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_EIP_ATTACHABLE_VM_NICS,
            {
                "eipUuid": eip_uuid,
                "vipUuid": vip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "vmUuid": vm_uuid,
                "vmName": vm_name,
                "networkServiceProvider": network_service_provider,
                "attachedToVm": attached_to_vm,
                "limit": limit,
                "start": start,
            },
            job_uuid,
        )

    def get_vm_nic_attachable_eips(
        self,
        *,
        vm_nic_uuid: str,
        ip_version: Literal[4, 6] | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmNicAttachableEipsResult:
        """获取vmNic可绑定的EIp (GetVmNicAttachableEips).

        Since ZStack 4.4.6. Synchronous (a 202 is still followed).

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 4.4.6)
            ip_version: IP地址版本 (since 4.4.6; enum {4, 6})
            limit: 统计结果数量 (since 4.4.6)
            start: 起始查询记录位置 (since 4.4.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_NIC_ATTACHABLE_EIPS,
            {
                "vmNicUuid": vm_nic_uuid,
                "ipVersion": ip_version,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_eip(
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
    ) -> QueryEipResult:
        """查询弹性IP (QueryEip).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_EIP,
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

    def query_eip_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[EipInventory]:
        """Every result of ``query_eip``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EIP,
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

    def update_eip(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEipResult:
        """更新弹性IP (UpdateEip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 弹性IP的UUID，唯一标示该资源 (since 0.6)
            description: 弹性IP的详细描述 (since 0.6; maxLength 2048)
            name: 弹性IP名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_EIP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncEipsApi(AsyncNamespace):
    """eips: 9 APIs (AttachEip, ChangeEipState, CreateEip, ...). (asyncio)"""

    __slots__ = ()

    async def attach_eip(
        self,
        *,
        eip_uuid: str,
        vm_nic_uuid: str,
        used_ip_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachEipResult:
        """绑定弹性IP (AttachEip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            eip_uuid: 弹性IP UUID (since 0.6)
            vm_nic_uuid: 云主机网卡UUID (since 0.6)
            used_ip_uuid: IP地址Uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_EIP,
            {
                "eipUuid": eip_uuid,
                "vmNicUuid": vm_nic_uuid,
                "usedIpUuid": used_ip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_eip_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeEipStateResult:
        """更改弹性IP启用状态 (ChangeEipState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 弹性IP的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_EIP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_eip(
        self,
        *,
        name: str,
        vip_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        used_ip_uuid: str | None = None,
        vm_nic_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEipResult:
        """创建弹性IP (CreateEip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 弹性IP的详细描述 (since 0.6; maxLength 2048)
            name: 弹性IP名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，云主机会使用该字段值作为UUID (since 0.6)
            tag_uuids: tagUuids
            used_ip_uuid: IP地址Uuid (since 3.1.0)
            vip_uuid: VIP UUID (since 0.6)
            vm_nic_uuid: 云主机网卡UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_EIP,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "usedIpUuid": used_ip_uuid,
                "vipUuid": vip_uuid,
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_eip(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEipResult:
        """删除弹性IP (DeleteEip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 弹性IP的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_EIP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_eip(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachEipResult:
        """解绑弹性IP (DetachEip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 弹性IP的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_EIP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_eip_attachable_vm_nics(
        self,
        *,
        eip_uuid: str,
        vip_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        vm_uuid: str | None = None,
        vm_name: str | None = None,
        network_service_provider: str | None = None,
        attached_to_vm: bool | None = None,
        limit: int | None = None,
        start: int | None = None,
        job_uuid: str | None = None,
    ) -> GetEipAttachableVmNicsResult:
        """获取可绑定指定弹性IP的云主机网卡 (GetEipAttachableVmNics).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            eip_uuid: 弹性IP UUID (since 0.6)
            vip_uuid: VIP UUID (since 0.6)
            vm_uuid: vmUuid
            vm_name: vmName
            network_service_provider: networkServiceProvider
            attached_to_vm: attachedToVm
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_EIP_ATTACHABLE_VM_NICS,
            {
                "eipUuid": eip_uuid,
                "vipUuid": vip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "vmUuid": vm_uuid,
                "vmName": vm_name,
                "networkServiceProvider": network_service_provider,
                "attachedToVm": attached_to_vm,
                "limit": limit,
                "start": start,
            },
            job_uuid,
        )

    async def get_vm_nic_attachable_eips(
        self,
        *,
        vm_nic_uuid: str,
        ip_version: Literal[4, 6] | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmNicAttachableEipsResult:
        """获取vmNic可绑定的EIp (GetVmNicAttachableEips).

        Since ZStack 4.4.6. Synchronous (a 202 is still followed).

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 4.4.6)
            ip_version: IP地址版本 (since 4.4.6; enum {4, 6})
            limit: 统计结果数量 (since 4.4.6)
            start: 起始查询记录位置 (since 4.4.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_NIC_ATTACHABLE_EIPS,
            {
                "vmNicUuid": vm_nic_uuid,
                "ipVersion": ip_version,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_eip(
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
    ) -> QueryEipResult:
        """查询弹性IP (QueryEip).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_EIP,
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

    def query_eip_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[EipInventory]:
        """Every result of ``query_eip``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EIP,
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

    async def update_eip(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEipResult:
        """更新弹性IP (UpdateEip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 弹性IP的UUID，唯一标示该资源 (since 0.6)
            description: 弹性IP的详细描述 (since 0.6; maxLength 2048)
            name: 弹性IP名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_EIP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
