"""``client.port_forwarding``: 8 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_port_forwarding_rule_result import AttachPortForwardingRuleResult
    from ..models.change_port_forwarding_rule_state_result import (
        ChangePortForwardingRuleStateResult,
    )
    from ..models.create_port_forwarding_rule_result import CreatePortForwardingRuleResult
    from ..models.delete_port_forwarding_rule_result import DeletePortForwardingRuleResult
    from ..models.detach_port_forwarding_rule_result import DetachPortForwardingRuleResult
    from ..models.get_port_forwarding_attachable_vm_nics_result import (
        GetPortForwardingAttachableVmNicsResult,
    )
    from ..models.port_forwarding_rule_inventory import PortForwardingRuleInventory
    from ..models.query_port_forwarding_rule_result import QueryPortForwardingRuleResult
    from ..models.update_port_forwarding_rule_result import UpdatePortForwardingRuleResult

__all__ = ["AsyncPortForwardingApi", "PortForwardingApi"]


ATTACH_PORT_FORWARDING_RULE: Api[AttachPortForwardingRuleResult] = Api(
    "AttachPortForwardingRule",
    "POST",
    "/port-forwarding/{ruleUuid}/vm-instances/nics/{vmNicUuid}",
    params=(
        ("ruleUuid", "path", "0.6"),
        ("vmNicUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("rule_uuid", "vm_nic_uuid", "system_tags", "user_tags"),
    required=("ruleUuid", "vmNicUuid"),
    body_key="params",
    since="0.6",
    result=".models.attach_port_forwarding_rule_result:AttachPortForwardingRuleResult",
)

CHANGE_PORT_FORWARDING_RULE_STATE: Api[ChangePortForwardingRuleStateResult] = Api(
    "ChangePortForwardingRuleState",
    "PUT",
    "/port-forwarding/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changePortForwardingRuleState",
    since="0.6",
    result=".models.change_port_forwarding_rule_state_result:ChangePortForwardingRuleStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_PORT_FORWARDING_RULE: Api[CreatePortForwardingRuleResult] = Api(
    "CreatePortForwardingRule",
    "POST",
    "/port-forwarding",
    params=(
        ("allowedCidr", "body", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("privatePortEnd", "body", "0.6"),
        ("privatePortStart", "body", "0.6"),
        ("protocolType", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("vipPortEnd", "body", "0.6"),
        ("vipPortStart", "body", "0.6"),
        ("vipUuid", "body", "0.6"),
        ("vmNicUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "allowed_cidr",
        "description",
        "name",
        "private_port_end",
        "private_port_start",
        "protocol_type",
        "resource_uuid",
        "tag_uuids",
        "vip_port_end",
        "vip_port_start",
        "vip_uuid",
        "vm_nic_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "protocolType", "vipPortStart", "vipUuid"),
    body_key="params",
    since="0.6",
    result=".models.create_port_forwarding_rule_result:CreatePortForwardingRuleResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("privatePortEnd", "private_port_end", "minimum", 1),
        ("privatePortEnd", "private_port_end", "maximum", 65535),
        ("privatePortStart", "private_port_start", "minimum", 1),
        ("privatePortStart", "private_port_start", "maximum", 65535),
        ("protocolType", "protocol_type", "enum", ("TCP", "UDP")),
        ("vipPortEnd", "vip_port_end", "minimum", 1),
        ("vipPortEnd", "vip_port_end", "maximum", 65535),
        ("vipPortStart", "vip_port_start", "minimum", 1),
        ("vipPortStart", "vip_port_start", "maximum", 65535),
    ),
)

DELETE_PORT_FORWARDING_RULE: Api[DeletePortForwardingRuleResult] = Api(
    "DeletePortForwardingRule",
    "DELETE",
    "/port-forwarding/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_port_forwarding_rule_result:DeletePortForwardingRuleResult",
)

DETACH_PORT_FORWARDING_RULE: Api[DetachPortForwardingRuleResult] = Api(
    "DetachPortForwardingRule",
    "DELETE",
    "/port-forwarding/{uuid}/vm-instances/nics",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.detach_port_forwarding_rule_result:DetachPortForwardingRuleResult",
)

GET_PORT_FORWARDING_ATTACHABLE_VM_NICS: Api[GetPortForwardingAttachableVmNicsResult] = Api(
    "GetPortForwardingAttachableVmNics",
    "GET",
    "/port-forwarding/{ruleUuid}/vm-instances/candidate-nics",
    params=(
        ("ruleUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("rule_uuid", "system_tags", "user_tags"),
    required=("ruleUuid",),
    since="0.6",
    result=".models.get_port_forwarding_attachable_vm_nics_result:GetPortForwardingAttachableVmNicsResult",
)

QUERY_PORT_FORWARDING_RULE: Api[QueryPortForwardingRuleResult] = Api(
    "QueryPortForwardingRule",
    "GET",
    "/port-forwarding",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_port_forwarding_rule_result:QueryPortForwardingRuleResult",
    query=True,
    alt_paths=("/port-forwarding/{uuid}",),
)

UPDATE_PORT_FORWARDING_RULE: Api[UpdatePortForwardingRuleResult] = Api(
    "UpdatePortForwardingRule",
    "PUT",
    "/port-forwarding/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updatePortForwardingRule",
    since="0.6",
    result=".models.update_port_forwarding_rule_result:UpdatePortForwardingRuleResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class PortForwardingApi(SyncNamespace):
    """port-forwarding: 8 APIs (AttachPortForwardingRule, ChangePortForwardingRuleState, CreatePortForwardingRule, ...)."""

    __slots__ = ()

    def attach_port_forwarding_rule(
        self,
        *,
        rule_uuid: str,
        vm_nic_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPortForwardingRuleResult:
        """挂载规则到虚拟机网卡上 (AttachPortForwardingRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_uuid: 规则的uuid (since 0.6)
            vm_nic_uuid: 云主机网卡UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_PORT_FORWARDING_RULE,
            {
                "ruleUuid": rule_uuid,
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_port_forwarding_rule_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangePortForwardingRuleStateResult:
        """改变端口转发规则的状态 (ChangePortForwardingRuleState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 端口转发规则的状态 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_PORT_FORWARDING_RULE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_port_forwarding_rule(
        self,
        *,
        name: str,
        protocol_type: Literal["TCP", "UDP"],
        vip_port_start: int,
        vip_uuid: str,
        allowed_cidr: str | None = None,
        description: str | None = None,
        private_port_end: int | None = None,
        private_port_start: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        vip_port_end: int | None = None,
        vm_nic_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePortForwardingRuleResult:
        """创建端口转发规则 (CreatePortForwardingRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allowed_cidr: 源CIDR; 端口转发规则只作用于源CIDR的流量; 如果忽略不设置, 会默认设置为to 0.0.0.0/0 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            private_port_end: 客户IP（虚拟机网卡的IP地址）的结束端口号; 如果忽略不设置, 会默认设置为vipPortEnd (since 0.6; minimum 1; maximum 65535)
            private_port_start: 客户IP（虚拟机网卡的IP地址）的起始端口号; 如果忽略不设置, 会默认设置为vipPortStart (since 0.6; minimum 1; maximum 65535)
            protocol_type: 网络流量协议类型 (since 0.6; enum {'TCP', 'UDP'})
            resource_uuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID (since 0.6)
            tag_uuids: tagUuids
            vip_port_end: VIP的结束端口号; 如果忽略不设置, 会默认设置为vipPortStart (since 0.6; minimum 1; maximum 65535)
            vip_port_start: VIP的起始端口号 (since 0.6; minimum 1; maximum 65535)
            vip_uuid: VIP UUID (since 0.6)
            vm_nic_uuid: 云主机网卡UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_PORT_FORWARDING_RULE,
            {
                "allowedCidr": allowed_cidr,
                "description": description,
                "name": name,
                "privatePortEnd": private_port_end,
                "privatePortStart": private_port_start,
                "protocolType": protocol_type,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vipPortEnd": vip_port_end,
                "vipPortStart": vip_port_start,
                "vipUuid": vip_uuid,
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_port_forwarding_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePortForwardingRuleResult:
        """删除端口转发规则 (DeletePortForwardingRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: Permissive：如果删除过程中发生错误或者删除不被允许云平台会停止删除操作;在这种情况下, 包含失败原因的错误代码会被返回. Enforcing：云平台会忽略所有错误和权限而直接删除资源; 在这种情况下, 删除操作总是会成功. (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_PORT_FORWARDING_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_port_forwarding_rule(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPortForwardingRuleResult:
        """从虚拟机网卡卸载规则 (DetachPortForwardingRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_PORT_FORWARDING_RULE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_port_forwarding_attachable_vm_nics(
        self,
        *,
        rule_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPortForwardingAttachableVmNicsResult:
        """获取云主机网卡列表 (GetPortForwardingAttachableVmNics).

        获取可应用端口转发规则的云主机网卡列表。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            rule_uuid: 规则的uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PORT_FORWARDING_ATTACHABLE_VM_NICS,
            {
                "ruleUuid": rule_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_port_forwarding_rule(
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
    ) -> QueryPortForwardingRuleResult:
        """查询端口转发规则 (QueryPortForwardingRule).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PORT_FORWARDING_RULE,
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

    def query_port_forwarding_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PortForwardingRuleInventory]:
        """Every result of ``query_port_forwarding_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PORT_FORWARDING_RULE,
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

    def update_port_forwarding_rule(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePortForwardingRuleResult:
        """更新端口转发规则 (UpdatePortForwardingRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_PORT_FORWARDING_RULE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncPortForwardingApi(AsyncNamespace):
    """port-forwarding: 8 APIs (AttachPortForwardingRule, ChangePortForwardingRuleState, CreatePortForwardingRule, ...). (asyncio)"""

    __slots__ = ()

    async def attach_port_forwarding_rule(
        self,
        *,
        rule_uuid: str,
        vm_nic_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPortForwardingRuleResult:
        """挂载规则到虚拟机网卡上 (AttachPortForwardingRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_uuid: 规则的uuid (since 0.6)
            vm_nic_uuid: 云主机网卡UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_PORT_FORWARDING_RULE,
            {
                "ruleUuid": rule_uuid,
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_port_forwarding_rule_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangePortForwardingRuleStateResult:
        """改变端口转发规则的状态 (ChangePortForwardingRuleState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 端口转发规则的状态 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_PORT_FORWARDING_RULE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_port_forwarding_rule(
        self,
        *,
        name: str,
        protocol_type: Literal["TCP", "UDP"],
        vip_port_start: int,
        vip_uuid: str,
        allowed_cidr: str | None = None,
        description: str | None = None,
        private_port_end: int | None = None,
        private_port_start: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        vip_port_end: int | None = None,
        vm_nic_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePortForwardingRuleResult:
        """创建端口转发规则 (CreatePortForwardingRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allowed_cidr: 源CIDR; 端口转发规则只作用于源CIDR的流量; 如果忽略不设置, 会默认设置为to 0.0.0.0/0 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            private_port_end: 客户IP（虚拟机网卡的IP地址）的结束端口号; 如果忽略不设置, 会默认设置为vipPortEnd (since 0.6; minimum 1; maximum 65535)
            private_port_start: 客户IP（虚拟机网卡的IP地址）的起始端口号; 如果忽略不设置, 会默认设置为vipPortStart (since 0.6; minimum 1; maximum 65535)
            protocol_type: 网络流量协议类型 (since 0.6; enum {'TCP', 'UDP'})
            resource_uuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID (since 0.6)
            tag_uuids: tagUuids
            vip_port_end: VIP的结束端口号; 如果忽略不设置, 会默认设置为vipPortStart (since 0.6; minimum 1; maximum 65535)
            vip_port_start: VIP的起始端口号 (since 0.6; minimum 1; maximum 65535)
            vip_uuid: VIP UUID (since 0.6)
            vm_nic_uuid: 云主机网卡UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_PORT_FORWARDING_RULE,
            {
                "allowedCidr": allowed_cidr,
                "description": description,
                "name": name,
                "privatePortEnd": private_port_end,
                "privatePortStart": private_port_start,
                "protocolType": protocol_type,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vipPortEnd": vip_port_end,
                "vipPortStart": vip_port_start,
                "vipUuid": vip_uuid,
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_port_forwarding_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePortForwardingRuleResult:
        """删除端口转发规则 (DeletePortForwardingRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: Permissive：如果删除过程中发生错误或者删除不被允许云平台会停止删除操作;在这种情况下, 包含失败原因的错误代码会被返回. Enforcing：云平台会忽略所有错误和权限而直接删除资源; 在这种情况下, 删除操作总是会成功. (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_PORT_FORWARDING_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_port_forwarding_rule(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPortForwardingRuleResult:
        """从虚拟机网卡卸载规则 (DetachPortForwardingRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_PORT_FORWARDING_RULE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_port_forwarding_attachable_vm_nics(
        self,
        *,
        rule_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPortForwardingAttachableVmNicsResult:
        """获取云主机网卡列表 (GetPortForwardingAttachableVmNics).

        获取可应用端口转发规则的云主机网卡列表。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            rule_uuid: 规则的uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PORT_FORWARDING_ATTACHABLE_VM_NICS,
            {
                "ruleUuid": rule_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_port_forwarding_rule(
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
    ) -> QueryPortForwardingRuleResult:
        """查询端口转发规则 (QueryPortForwardingRule).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PORT_FORWARDING_RULE,
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

    def query_port_forwarding_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PortForwardingRuleInventory]:
        """Every result of ``query_port_forwarding_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PORT_FORWARDING_RULE,
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

    async def update_port_forwarding_rule(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePortForwardingRuleResult:
        """更新端口转发规则 (UpdatePortForwardingRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_PORT_FORWARDING_RULE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
