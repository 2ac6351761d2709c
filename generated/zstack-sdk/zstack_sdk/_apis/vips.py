"""``client.vips``: 18 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_vip_to_vpc_shared_qos_result import AttachVipToVpcSharedQosResult
    from ..models.change_vip_state_result import ChangeVipStateResult
    from ..models.change_vpc_shared_qos_bandwidth_result import ChangeVpcSharedQosBandwidthResult
    from ..models.check_vip_port_availability_result import CheckVipPortAvailabilityResult
    from ..models.create_vip_result import CreateVipResult
    from ..models.create_vpc_shared_qos_result import CreateVpcSharedQosResult
    from ..models.delete_vip_qos_result import DeleteVipQosResult
    from ..models.delete_vip_result import DeleteVipResult
    from ..models.delete_vpc_shared_qos_result import DeleteVpcSharedQosResult
    from ..models.detach_vip_from_vpc_shared_qos_result import DetachVipFromVpcSharedQosResult
    from ..models.get_vip_available_port_result import GetVipAvailablePortResult
    from ..models.get_vip_qos_result import GetVipQosResult
    from ..models.get_vip_used_ports_result import GetVipUsedPortsResult
    from ..models.query_vip_result import QueryVipResult
    from ..models.query_vpc_shared_qos_result import QueryVpcSharedQosResult
    from ..models.set_vip_qos_result import SetVipQosResult
    from ..models.update_vip_result import UpdateVipResult
    from ..models.update_vpc_shared_qos_result import UpdateVpcSharedQosResult
    from ..models.vip_inventory import VipInventory

__all__ = ["AsyncVipsApi", "VipsApi"]


ATTACH_VIP_TO_VPC_SHARED_QOS: Api[AttachVipToVpcSharedQosResult] = Api(
    "AttachVipToVpcSharedQos",
    "POST",
    "/vips/sharedqos/{sharedQosUuid}/vips",
    params=(
        ("sharedQosUuid", "path", None),
        ("vipLists", "body", None),
        ("vipUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("shared_qos_uuid", "vip_lists", "vip_uuids", "system_tags", "user_tags"),
    required=("sharedQosUuid",),
    body_key="params",
    since=None,
    result=".models.attach_vip_to_vpc_shared_qos_result:AttachVipToVpcSharedQosResult",
    checks=(
        ("vipLists", "vip_lists", "minItems", 1),
        ("vipUuids", "vip_uuids", "minItems", 1),
    ),
)

CHANGE_VIP_STATE: Api[ChangeVipStateResult] = Api(
    "ChangeVipState",
    "PUT",
    "/vips/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeVipState",
    since="0.6",
    result=".models.change_vip_state_result:ChangeVipStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_VPC_SHARED_QOS_BANDWIDTH: Api[ChangeVpcSharedQosBandwidthResult] = Api(
    "ChangeVpcSharedQosBandwidth",
    "POST",
    "/vips/sharedqos/{sharedQosUuid}/bandwidth/actions",
    params=(
        ("sharedQosUuid", "path", None),
        ("bandwidth", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("shared_qos_uuid", "bandwidth", "system_tags", "user_tags"),
    required=("sharedQosUuid", "bandwidth"),
    body_key="params",
    since=None,
    result=".models.change_vpc_shared_qos_bandwidth_result:ChangeVpcSharedQosBandwidthResult",
    checks=(
        ("bandwidth", "bandwidth", "minimum", 131072),
        ("bandwidth", "bandwidth", "maximum", 32212254720),
    ),
)

CHECK_VIP_PORT_AVAILABILITY: Api[CheckVipPortAvailabilityResult] = Api(
    "CheckVipPortAvailability",
    "GET",
    "/vips/{vipUuid}/check-port-availability",
    params=(
        ("vipUuid", "path", "4.7.21"),
        ("protocolType", "query", "4.7.21"),
        ("port", "query", "4.7.21"),
        ("limit", "query", None),
        ("start", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("vip_uuid", "protocol_type", "port", "limit", "start", "system_tags", "user_tags"),
    required=("vipUuid", "protocolType", "port"),
    since="4.7.21",
    result=".models.check_vip_port_availability_result:CheckVipPortAvailabilityResult",
    checks=(
        ("protocolType", "protocol_type", "enum", ("TCP", "UDP")),
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
    ),
)

CREATE_VIP: Api[CreateVipResult] = Api(
    "CreateVip",
    "POST",
    "/vips",
    params=(
        ("allocatorStrategy", "body", "0.6"),
        ("description", "body", "0.6"),
        ("ipRangeUuid", "body", "3.9.0"),
        ("ipVersion", "body", None),
        ("l3NetworkUuid", "body", "0.6"),
        ("name", "body", "0.6"),
        ("requiredIp", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "allocator_strategy",
        "description",
        "ip_range_uuid",
        "ip_version",
        "l3_network_uuid",
        "name",
        "required_ip",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("l3NetworkUuid", "name"),
    body_key="params",
    since="0.6",
    result=".models.create_vip_result:CreateVipResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_VPC_SHARED_QOS: Api[CreateVpcSharedQosResult] = Api(
    "CreateVpcSharedQos",
    "POST",
    "/vips/sharedqos",
    params=(
        ("bandwidth", "body", None),
        ("description", "body", None),
        ("l3NetworkUuid", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("vpcUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "bandwidth",
        "description",
        "l3_network_uuid",
        "name",
        "resource_uuid",
        "tag_uuids",
        "vpc_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("l3NetworkUuid", "name", "vpcUuid"),
    body_key="params",
    since=None,
    result=".models.create_vpc_shared_qos_result:CreateVpcSharedQosResult",
    checks=(
        ("bandwidth", "bandwidth", "minimum", 131072),
        ("bandwidth", "bandwidth", "maximum", 32212254720),
        ("description", "description", "maxLength", 2048),
        ("l3NetworkUuid", "l3_network_uuid", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("vpcUuid", "vpc_uuid", "minLength", 1),
    ),
)

DELETE_VIP: Api[DeleteVipResult] = Api(
    "DeleteVip",
    "DELETE",
    "/vips/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_vip_result:DeleteVipResult",
)

DELETE_VIP_QOS: Api[DeleteVipQosResult] = Api(
    "DeleteVipQos",
    "DELETE",
    "/vips/{uuid}/vip-qos",
    params=(
        ("uuid", "path", "2.3"),
        ("port", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "port", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.3",
    result=".models.delete_vip_qos_result:DeleteVipQosResult",
)

DELETE_VPC_SHARED_QOS: Api[DeleteVpcSharedQosResult] = Api(
    "DeleteVpcSharedQos",
    "DELETE",
    "/vips/sharedqos/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_vpc_shared_qos_result:DeleteVpcSharedQosResult",
)

DETACH_VIP_FROM_VPC_SHARED_QOS: Api[DetachVipFromVpcSharedQosResult] = Api(
    "DetachVipFromVpcSharedQos",
    "DELETE",
    "/vips/sharedqos/{sharedQosUuid}/vips",
    params=(
        ("sharedQosUuid", "path", None),
        ("vipLists", "query", None),
        ("vipUuids", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("shared_qos_uuid", "vip_lists", "vip_uuids", "system_tags", "user_tags"),
    required=("sharedQosUuid",),
    since=None,
    result=".models.detach_vip_from_vpc_shared_qos_result:DetachVipFromVpcSharedQosResult",
    checks=(
        ("vipLists", "vip_lists", "minItems", 1),
        ("vipUuids", "vip_uuids", "minItems", 1),
    ),
)

GET_VIP_AVAILABLE_PORT: Api[GetVipAvailablePortResult] = Api(
    "GetVipAvailablePort",
    "GET",
    "/vips/{vipUuid}/get-port-availability",
    params=(
        ("vipUuid", "path", "4.7.21"),
        ("protocolType", "query", "4.7.21"),
        ("start", "query", "4.7.21"),
        ("limit", "query", "4.7.21"),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("vip_uuid", "protocol_type", "start", "limit", "system_tags", "user_tags"),
    required=("vipUuid", "protocolType"),
    since="4.7.21",
    result=".models.get_vip_available_port_result:GetVipAvailablePortResult",
    checks=(("protocolType", "protocol_type", "enum", ("TCP", "UDP")),),
)

GET_VIP_QOS: Api[GetVipQosResult] = Api(
    "GetVipQos",
    "GET",
    "/vip/{uuid}/vip-qos",
    params=(
        ("uuid", "path", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.3",
    result=".models.get_vip_qos_result:GetVipQosResult",
)

GET_VIP_USED_PORTS: Api[GetVipUsedPortsResult] = Api(
    "GetVipUsedPorts",
    "GET",
    "/vips/{uuid}/usedports",
    params=(
        ("uuid", "path", "2.2"),
        ("protocol", "query", "2.2"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
    ),
    names=("uuid", "protocol", "system_tags", "user_tags"),
    required=("uuid", "protocol"),
    since="2.2",
    result=".models.get_vip_used_ports_result:GetVipUsedPortsResult",
    checks=(("protocol", "protocol", "enum", ("TCP", "UDP")),),
)

QUERY_VIP: Api[QueryVipResult] = Api(
    "QueryVip",
    "GET",
    "/vips",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_vip_result:QueryVipResult",
    query=True,
    alt_paths=("/vips/{uuid}",),
)

QUERY_VPC_SHARED_QOS: Api[QueryVpcSharedQosResult] = Api(
    "QueryVpcSharedQos",
    "GET",
    "/vips/sharedqos",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_vpc_shared_qos_result:QueryVpcSharedQosResult",
    query=True,
)

SET_VIP_QOS: Api[SetVipQosResult] = Api(
    "SetVipQos",
    "PUT",
    "/vips/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("inboundBandwidth", "body", "2.3"),
        ("outboundBandwidth", "body", "2.3"),
        ("port", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "inbound_bandwidth", "outbound_bandwidth", "port", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="setVipQos",
    since="2.3",
    result=".models.set_vip_qos_result:SetVipQosResult",
    checks=(
        ("inboundBandwidth", "inbound_bandwidth", "minimum", 131072),
        ("inboundBandwidth", "inbound_bandwidth", "maximum", 32212254720),
        ("outboundBandwidth", "outbound_bandwidth", "minimum", 131072),
        ("outboundBandwidth", "outbound_bandwidth", "maximum", 32212254720),
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
    ),
)

UPDATE_VIP: Api[UpdateVipResult] = Api(
    "UpdateVip",
    "PUT",
    "/vips/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateVip",
    since="0.6",
    result=".models.update_vip_result:UpdateVipResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_VPC_SHARED_QOS: Api[UpdateVpcSharedQosResult] = Api(
    "UpdateVpcSharedQos",
    "PUT",
    "/vips/sharedqos/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid", "name"),
    body_key="updateVpcSharedQos",
    since=None,
    result=".models.update_vpc_shared_qos_result:UpdateVpcSharedQosResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class VipsApi(SyncNamespace):
    """vips: 18 APIs (AttachVipToVpcSharedQos, ChangeVipState, ChangeVpcSharedQosBandwidth, ...)."""

    __slots__ = ()

    def attach_vip_to_vpc_shared_qos(
        self,
        *,
        shared_qos_uuid: str,
        vip_lists: Sequence[Any] | None = None,
        vip_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachVipToVpcSharedQosResult:
        """Attach vip to vpc shared qos (AttachVipToVpcSharedQos).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachVipToVpcSharedQosAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            shared_qos_uuid: sharedQosUuid
            vip_lists: vipLists (minItems 1)
            vip_uuids: vipUuids (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_VIP_TO_VPC_SHARED_QOS,
            {
                "sharedQosUuid": shared_qos_uuid,
                "vipLists": vip_lists,
                "vipUuids": vip_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_vip_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVipStateResult:
        """更改虚拟IP启用状态 (ChangeVipState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_VIP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_vpc_shared_qos_bandwidth(
        self,
        *,
        shared_qos_uuid: str,
        bandwidth: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVpcSharedQosBandwidthResult:
        """Change vpc shared qos bandwidth (ChangeVpcSharedQosBandwidth).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeVpcSharedQosBandwidthAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            shared_qos_uuid: sharedQosUuid
            bandwidth: bandwidth (minimum 131072; maximum 32212254720)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_VPC_SHARED_QOS_BANDWIDTH,
            {
                "sharedQosUuid": shared_qos_uuid,
                "bandwidth": bandwidth,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def check_vip_port_availability(
        self,
        *,
        vip_uuid: str,
        protocol_type: Literal["TCP", "UDP"],
        port: int,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckVipPortAvailabilityResult:
        """检查虚拟IP端口可用性 (CheckVipPortAvailability).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            vip_uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            protocol_type: 协议名称 (since 4.7.21; enum {'TCP', 'UDP'})
            port: 查询端口 (since 4.7.21; minimum 1; maximum 65535)
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_VIP_PORT_AVAILABILITY,
            {
                "vipUuid": vip_uuid,
                "protocolType": protocol_type,
                "port": port,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vip(
        self,
        *,
        l3_network_uuid: str,
        name: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        ip_range_uuid: str | None = None,
        ip_version: int | None = None,
        required_ip: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVipResult:
        """创建虚拟IP (CreateVip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocator_strategy: 分配策略 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            ip_range_uuid: IP段UUID (since 3.9.0)
            ip_version: ipVersion
            l3_network_uuid: 使用虚拟IP网络服务的三层网络UUID (since 0.6)
            name: 资源名称 (since 0.6; maxLength 255)
            required_ip: 请求的IP (since 0.6)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VIP,
            {
                "allocatorStrategy": allocator_strategy,
                "description": description,
                "ipRangeUuid": ip_range_uuid,
                "ipVersion": ip_version,
                "l3NetworkUuid": l3_network_uuid,
                "name": name,
                "requiredIp": required_ip,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vpc_shared_qos(
        self,
        *,
        l3_network_uuid: str,
        name: str,
        vpc_uuid: str,
        bandwidth: int | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpcSharedQosResult:
        """Create vpc shared qos (CreateVpcSharedQos).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVpcSharedQosAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            bandwidth: bandwidth (minimum 131072; maximum 32212254720)
            description: description (maxLength 2048)
            l3_network_uuid: l3NetworkUuid (minLength 1)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            vpc_uuid: vpcUuid (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VPC_SHARED_QOS,
            {
                "bandwidth": bandwidth,
                "description": description,
                "l3NetworkUuid": l3_network_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vpcUuid": vpc_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vip(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVipResult:
        """删除虚拟IP (DeleteVip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VIP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vip_qos(
        self,
        *,
        uuid: str,
        port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVipQosResult:
        """取消虚拟IP限速 (DeleteVipQos).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            port: 端口 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VIP_QOS,
            {
                "uuid": uuid,
                "port": port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vpc_shared_qos(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcSharedQosResult:
        """Delete vpc shared qos (DeleteVpcSharedQos).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcSharedQosAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VPC_SHARED_QOS,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_vip_from_vpc_shared_qos(
        self,
        *,
        shared_qos_uuid: str,
        vip_lists: Sequence[str] | None = None,
        vip_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachVipFromVpcSharedQosResult:
        """Detach vip from vpc shared qos (DetachVipFromVpcSharedQos).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachVipFromVpcSharedQosAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            shared_qos_uuid: sharedQosUuid
            vip_lists: vipLists (minItems 1)
            vip_uuids: vipUuids (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_VIP_FROM_VPC_SHARED_QOS,
            {
                "sharedQosUuid": shared_qos_uuid,
                "vipLists": vip_lists,
                "vipUuids": vip_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vip_available_port(
        self,
        *,
        vip_uuid: str,
        protocol_type: Literal["TCP", "UDP"],
        start: int | None = None,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVipAvailablePortResult:
        """获取虚拟IP可用端口 (GetVipAvailablePort).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            vip_uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            protocol_type: 协议名称 (since 4.7.21; enum {'TCP', 'UDP'})
            start: 查询开始下标 (since 4.7.21)
            limit: 查询长度 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VIP_AVAILABLE_PORT,
            {
                "vipUuid": vip_uuid,
                "protocolType": protocol_type,
                "start": start,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vip_qos(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVipQosResult:
        """获取虚拟IP限速 (GetVipQos).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VIP_QOS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vip_used_ports(
        self,
        *,
        uuid: str,
        protocol: Literal["TCP", "UDP"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVipUsedPortsResult:
        """获取虚拟IP所有业务端口列表 (GetVipUsedPorts).

        获取虚拟IP上所有业务的端口列表。业务类型包含负载均衡、端口转发、IPsec隧道。

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            uuid: VIP UUID (since 2.2)
            protocol: 协议 (since 2.2; enum {'TCP', 'UDP'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VIP_USED_PORTS,
            {
                "uuid": uuid,
                "protocol": protocol,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_vip(
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
    ) -> QueryVipResult:
        """查询虚拟IP (QueryVip).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VIP,
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

    def query_vip_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VipInventory]:
        """Every result of ``query_vip``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIP,
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

    def query_vpc_shared_qos(
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
    ) -> QueryVpcSharedQosResult:
        """Query vpc shared qos (QueryVpcSharedQos).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcSharedQosAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VPC_SHARED_QOS,
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

    def query_vpc_shared_qos_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[Any]:
        """Every result of ``query_vpc_shared_qos``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_SHARED_QOS,
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

    def set_vip_qos(
        self,
        *,
        uuid: str,
        inbound_bandwidth: int | None = None,
        outbound_bandwidth: int | None = None,
        port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVipQosResult:
        """设置虚拟IP限速 (SetVipQos).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            inbound_bandwidth: 入流量带宽限制。对于参数inboundBandwidth和outboundBandwidth，两者至少要设置一个。 (since 2.3; minimum 131072; maximum 32212254720)
            outbound_bandwidth: 出流量带宽限制 (since 2.3; minimum 131072; maximum 32212254720)
            port: 端口 (since 2.3; minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VIP_QOS,
            {
                "uuid": uuid,
                "inboundBandwidth": inbound_bandwidth,
                "outboundBandwidth": outbound_bandwidth,
                "port": port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vip(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVipResult:
        """更新虚拟IP (UpdateVip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VIP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vpc_shared_qos(
        self,
        *,
        uuid: str,
        name: str,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVpcSharedQosResult:
        """Update vpc shared qos (UpdateVpcSharedQos).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateVpcSharedQosAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VPC_SHARED_QOS,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncVipsApi(AsyncNamespace):
    """vips: 18 APIs (AttachVipToVpcSharedQos, ChangeVipState, ChangeVpcSharedQosBandwidth, ...). (asyncio)"""

    __slots__ = ()

    async def attach_vip_to_vpc_shared_qos(
        self,
        *,
        shared_qos_uuid: str,
        vip_lists: Sequence[Any] | None = None,
        vip_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachVipToVpcSharedQosResult:
        """Attach vip to vpc shared qos (AttachVipToVpcSharedQos).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachVipToVpcSharedQosAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            shared_qos_uuid: sharedQosUuid
            vip_lists: vipLists (minItems 1)
            vip_uuids: vipUuids (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_VIP_TO_VPC_SHARED_QOS,
            {
                "sharedQosUuid": shared_qos_uuid,
                "vipLists": vip_lists,
                "vipUuids": vip_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_vip_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVipStateResult:
        """更改虚拟IP启用状态 (ChangeVipState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_VIP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_vpc_shared_qos_bandwidth(
        self,
        *,
        shared_qos_uuid: str,
        bandwidth: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVpcSharedQosBandwidthResult:
        """Change vpc shared qos bandwidth (ChangeVpcSharedQosBandwidth).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeVpcSharedQosBandwidthAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            shared_qos_uuid: sharedQosUuid
            bandwidth: bandwidth (minimum 131072; maximum 32212254720)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_VPC_SHARED_QOS_BANDWIDTH,
            {
                "sharedQosUuid": shared_qos_uuid,
                "bandwidth": bandwidth,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def check_vip_port_availability(
        self,
        *,
        vip_uuid: str,
        protocol_type: Literal["TCP", "UDP"],
        port: int,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckVipPortAvailabilityResult:
        """检查虚拟IP端口可用性 (CheckVipPortAvailability).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            vip_uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            protocol_type: 协议名称 (since 4.7.21; enum {'TCP', 'UDP'})
            port: 查询端口 (since 4.7.21; minimum 1; maximum 65535)
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_VIP_PORT_AVAILABILITY,
            {
                "vipUuid": vip_uuid,
                "protocolType": protocol_type,
                "port": port,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vip(
        self,
        *,
        l3_network_uuid: str,
        name: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        ip_range_uuid: str | None = None,
        ip_version: int | None = None,
        required_ip: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVipResult:
        """创建虚拟IP (CreateVip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocator_strategy: 分配策略 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            ip_range_uuid: IP段UUID (since 3.9.0)
            ip_version: ipVersion
            l3_network_uuid: 使用虚拟IP网络服务的三层网络UUID (since 0.6)
            name: 资源名称 (since 0.6; maxLength 255)
            required_ip: 请求的IP (since 0.6)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VIP,
            {
                "allocatorStrategy": allocator_strategy,
                "description": description,
                "ipRangeUuid": ip_range_uuid,
                "ipVersion": ip_version,
                "l3NetworkUuid": l3_network_uuid,
                "name": name,
                "requiredIp": required_ip,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vpc_shared_qos(
        self,
        *,
        l3_network_uuid: str,
        name: str,
        vpc_uuid: str,
        bandwidth: int | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpcSharedQosResult:
        """Create vpc shared qos (CreateVpcSharedQos).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVpcSharedQosAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            bandwidth: bandwidth (minimum 131072; maximum 32212254720)
            description: description (maxLength 2048)
            l3_network_uuid: l3NetworkUuid (minLength 1)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            vpc_uuid: vpcUuid (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VPC_SHARED_QOS,
            {
                "bandwidth": bandwidth,
                "description": description,
                "l3NetworkUuid": l3_network_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vpcUuid": vpc_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vip(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVipResult:
        """删除虚拟IP (DeleteVip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VIP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vip_qos(
        self,
        *,
        uuid: str,
        port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVipQosResult:
        """取消虚拟IP限速 (DeleteVipQos).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            port: 端口 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VIP_QOS,
            {
                "uuid": uuid,
                "port": port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vpc_shared_qos(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcSharedQosResult:
        """Delete vpc shared qos (DeleteVpcSharedQos).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVpcSharedQosAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VPC_SHARED_QOS,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_vip_from_vpc_shared_qos(
        self,
        *,
        shared_qos_uuid: str,
        vip_lists: Sequence[str] | None = None,
        vip_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachVipFromVpcSharedQosResult:
        """Detach vip from vpc shared qos (DetachVipFromVpcSharedQos).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachVipFromVpcSharedQosAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            shared_qos_uuid: sharedQosUuid
            vip_lists: vipLists (minItems 1)
            vip_uuids: vipUuids (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_VIP_FROM_VPC_SHARED_QOS,
            {
                "sharedQosUuid": shared_qos_uuid,
                "vipLists": vip_lists,
                "vipUuids": vip_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vip_available_port(
        self,
        *,
        vip_uuid: str,
        protocol_type: Literal["TCP", "UDP"],
        start: int | None = None,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVipAvailablePortResult:
        """获取虚拟IP可用端口 (GetVipAvailablePort).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            vip_uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            protocol_type: 协议名称 (since 4.7.21; enum {'TCP', 'UDP'})
            start: 查询开始下标 (since 4.7.21)
            limit: 查询长度 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VIP_AVAILABLE_PORT,
            {
                "vipUuid": vip_uuid,
                "protocolType": protocol_type,
                "start": start,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vip_qos(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVipQosResult:
        """获取虚拟IP限速 (GetVipQos).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VIP_QOS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vip_used_ports(
        self,
        *,
        uuid: str,
        protocol: Literal["TCP", "UDP"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVipUsedPortsResult:
        """获取虚拟IP所有业务端口列表 (GetVipUsedPorts).

        获取虚拟IP上所有业务的端口列表。业务类型包含负载均衡、端口转发、IPsec隧道。

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            uuid: VIP UUID (since 2.2)
            protocol: 协议 (since 2.2; enum {'TCP', 'UDP'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VIP_USED_PORTS,
            {
                "uuid": uuid,
                "protocol": protocol,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_vip(
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
    ) -> QueryVipResult:
        """查询虚拟IP (QueryVip).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VIP,
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

    def query_vip_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VipInventory]:
        """Every result of ``query_vip``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIP,
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

    async def query_vpc_shared_qos(
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
    ) -> QueryVpcSharedQosResult:
        """Query vpc shared qos (QueryVpcSharedQos).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcSharedQosAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VPC_SHARED_QOS,
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

    def query_vpc_shared_qos_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[Any]:
        """Every result of ``query_vpc_shared_qos``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_SHARED_QOS,
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

    async def set_vip_qos(
        self,
        *,
        uuid: str,
        inbound_bandwidth: int | None = None,
        outbound_bandwidth: int | None = None,
        port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVipQosResult:
        """设置虚拟IP限速 (SetVipQos).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            inbound_bandwidth: 入流量带宽限制。对于参数inboundBandwidth和outboundBandwidth，两者至少要设置一个。 (since 2.3; minimum 131072; maximum 32212254720)
            outbound_bandwidth: 出流量带宽限制 (since 2.3; minimum 131072; maximum 32212254720)
            port: 端口 (since 2.3; minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VIP_QOS,
            {
                "uuid": uuid,
                "inboundBandwidth": inbound_bandwidth,
                "outboundBandwidth": outbound_bandwidth,
                "port": port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vip(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVipResult:
        """更新虚拟IP (UpdateVip).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VIP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vpc_shared_qos(
        self,
        *,
        uuid: str,
        name: str,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVpcSharedQosResult:
        """Update vpc shared qos (UpdateVpcSharedQos).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateVpcSharedQosAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VPC_SHARED_QOS,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
