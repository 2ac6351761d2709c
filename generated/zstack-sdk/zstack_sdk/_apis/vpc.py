"""``client.vpc``: 29 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_dns_to_vpc_router_result import AddDnsToVpcRouterResult
    from ..models.change_vpc_ha_group_monitor_ips_result import ChangeVpcHaGroupMonitorIpsResult
    from ..models.create_vpc_ha_group_result import CreateVpcHaGroupResult
    from ..models.create_vpc_v_router_result import CreateVpcVRouterResult
    from ..models.delete_vpc_ha_group_result import DeleteVpcHaGroupResult
    from ..models.get_attachable_vpc_l3_network_result import GetAttachableVpcL3NetworkResult
    from ..models.get_route_table_vpc_v_router_candidate_result import (
        GetRouteTableVpcVRouterCandidateResult,
    )
    from ..models.get_virtual_router_software_version_result import (
        GetVirtualRouterSoftwareVersionResult,
    )
    from ..models.get_vpc_attached_eip_result import GetVpcAttachedEipResult
    from ..models.get_vpc_attached_ipsec_result import GetVpcAttachedIpsecResult
    from ..models.get_vpc_attached_load_balancer_result import GetVpcAttachedLoadBalancerResult
    from ..models.get_vpc_attached_netflow_result import GetVpcAttachedNetflowResult
    from ..models.get_vpc_attached_ospf_result import GetVpcAttachedOspfResult
    from ..models.get_vpc_attached_port_forwarding_rules_result import (
        GetVpcAttachedPortForwardingRulesResult,
    )
    from ..models.get_vpc_attached_vip_result import GetVpcAttachedVipResult
    from ..models.get_vpc_ipsec_log_result import GetVpcIPsecLogResult
    from ..models.get_vpc_v_router_distributed_routing_connections_result import (
        GetVpcVRouterDistributedRoutingConnectionsResult,
    )
    from ..models.get_vpc_v_router_distributed_routing_enabled_result import (
        GetVpcVRouterDistributedRoutingEnabledResult,
    )
    from ..models.get_vpc_v_router_network_service_state_result import (
        GetVpcVRouterNetworkServiceStateResult,
    )
    from ..models.query_vpc_ha_group_network_service_ref_result import (
        QueryVpcHaGroupNetworkServiceRefResult,
    )
    from ..models.query_vpc_ha_group_result import QueryVpcHaGroupResult
    from ..models.query_vpc_router_result import QueryVpcRouterResult
    from ..models.query_vpc_snat_state_result import QueryVpcSnatStateResult
    from ..models.remove_dns_from_vpc_router_result import RemoveDnsFromVpcRouterResult
    from ..models.set_vpc_v_router_distributed_routing_enabled_result import (
        SetVpcVRouterDistributedRoutingEnabledResult,
    )
    from ..models.set_vpc_v_router_network_service_state_result import (
        SetVpcVRouterNetworkServiceStateResult,
    )
    from ..models.update_virtual_router_result import UpdateVirtualRouterResult
    from ..models.update_virtual_router_software_version_result import (
        UpdateVirtualRouterSoftwareVersionResult,
    )
    from ..models.update_vpc_ha_group_result import UpdateVpcHaGroupResult
    from ..models.vpc_ha_group_inventory import VpcHaGroupInventory
    from ..models.vpc_router_vm_inventory import VpcRouterVmInventory

__all__ = ["AsyncVpcApi", "VpcApi"]


ADD_DNS_TO_VPC_ROUTER: Api[AddDnsToVpcRouterResult] = Api(
    "AddDnsToVpcRouter",
    "POST",
    "/vpc/virtual-routers/{uuid}/dns",
    params=(
        ("uuid", "path", "2.4.0"),
        ("dns", "body", "2.4.0"),
        ("resourceUuid", "body", "2.4.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    names=("uuid", "dns", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("uuid", "dns"),
    body_key="params",
    since="2.4.0",
    result=".models.add_dns_to_vpc_router_result:AddDnsToVpcRouterResult",
)

CHANGE_VPC_HA_GROUP_MONITOR_IPS: Api[ChangeVpcHaGroupMonitorIpsResult] = Api(
    "ChangeVpcHaGroupMonitorIps",
    "PUT",
    "/vpc/hagroups/{uuid}/monitorIps",
    params=(
        ("uuid", "path", "3.5.1"),
        ("monitorIps", "body", "3.5.1"),
        ("systemTags", "root", "3.5.1"),
        ("userTags", "root", "3.5.1"),
    ),
    names=("uuid", "monitor_ips", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="changeVpcHaGroupMonitorIps",
    since="3.5.1",
    result=".models.change_vpc_ha_group_monitor_ips_result:ChangeVpcHaGroupMonitorIpsResult",
    checks=(("monitorIps", "monitor_ips", "minItems", 1),),
)

CREATE_VPC_HA_GROUP: Api[CreateVpcHaGroupResult] = Api(
    "CreateVpcHaGroup",
    "POST",
    "/vpc/hagroups",
    params=(
        ("description", "body", "3.5.1"),
        ("monitorIps", "body", "3.5.1"),
        ("name", "body", "3.5.1"),
        ("resourceUuid", "body", "3.5.1"),
        ("tagUuids", "body", "3.5.1"),
        ("systemTags", "root", "3.5.1"),
        ("userTags", "root", "3.5.1"),
    ),
    names=(
        "description",
        "monitor_ips",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="3.5.1",
    result=".models.create_vpc_ha_group_result:CreateVpcHaGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("monitorIps", "monitor_ips", "minItems", 1),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_VPC_V_ROUTER: Api[CreateVpcVRouterResult] = Api(
    "CreateVpcVRouter",
    "POST",
    "/vpc/virtual-routers",
    params=(
        ("clusterUuid", "body", "3.10.0"),
        ("description", "body", "2.2.2"),
        ("hostUuid", "body", "3.10.0"),
        ("name", "body", "2.2.2"),
        ("primaryStorageUuidForRootVolume", "body", "4.4.24"),
        ("resourceUuid", "body", "2.2.2"),
        ("rootVolumeSystemTags", "body", "4.4.24"),
        ("tagUuids", "body", "0.6"),
        ("virtualRouterOfferingUuid", "body", "2.2.2"),
        ("zoneUuid", "body", "3.10.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "cluster_uuid",
        "description",
        "host_uuid",
        "name",
        "primary_storage_uuid_for_root_volume",
        "resource_uuid",
        "root_volume_system_tags",
        "tag_uuids",
        "virtual_router_offering_uuid",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "virtualRouterOfferingUuid"),
    body_key="params",
    since="0.6",
    result=".models.create_vpc_v_router_result:CreateVpcVRouterResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

DELETE_VPC_HA_GROUP: Api[DeleteVpcHaGroupResult] = Api(
    "DeleteVpcHaGroup",
    "DELETE",
    "/vpc/hagroups/{uuid}",
    params=(
        ("uuid", "path", "3.5.1"),
        ("deleteMode", "query", "3.5.1"),
        ("systemTags", "query", "3.5.1"),
        ("userTags", "query", "3.5.1"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.5.1",
    result=".models.delete_vpc_ha_group_result:DeleteVpcHaGroupResult",
)

GET_ATTACHABLE_VPC_L3_NETWORK: Api[GetAttachableVpcL3NetworkResult] = Api(
    "GetAttachableVpcL3Network",
    "POST",
    "/vpc/virtual-routers/{uuid}/attachable-vpc-l3s",
    params=(
        ("uuid", "path", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since="2.3",
    result=".models.get_attachable_vpc_l3_network_result:GetAttachableVpcL3NetworkResult",
)

GET_ROUTE_TABLE_VPC_V_ROUTER_CANDIDATE: Api[GetRouteTableVpcVRouterCandidateResult] = Api(
    "GetRouteTableVpcVRouterCandidate",
    "GET",
    "/vpc/virtual-routers/get-vpc-candidate",
    params=(
        ("tableUuid", "query", None),
        ("limit", "query", None),
        ("start", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("table_uuid", "limit", "start", "system_tags", "user_tags"),
    since=None,
    result=".models.get_route_table_vpc_v_router_candidate_result:GetRouteTableVpcVRouterCandidateResult",
)

GET_VIRTUAL_ROUTER_SOFTWARE_VERSION: Api[GetVirtualRouterSoftwareVersionResult] = Api(
    "GetVirtualRouterSoftwareVersion",
    "GET",
    "/vpc/virtual-routers/softwareversion",
    params=(
        ("uuid", "query", "4.5.0"),
        ("softwareName", "query", "4.5.0"),
        ("needUpdate", "query", "4.5.0"),
        ("systemTags", "query", "4.5.0"),
        ("userTags", "query", "4.5.0"),
    ),
    names=("uuid", "software_name", "need_update", "system_tags", "user_tags"),
    required=("softwareName",),
    since="4.5.0",
    result=".models.get_virtual_router_software_version_result:GetVirtualRouterSoftwareVersionResult",
    checks=(("softwareName", "software_name", "enum", ("IPsec",)),),
)

GET_VPC_ATTACHED_EIP: Api[GetVpcAttachedEipResult] = Api(
    "GetVpcAttachedEip",
    "POST",
    "/vpc/virtual-routers/{uuid}/attached-eip",
    params=(
        ("uuid", "path", None),
        ("limit", "body", None),
        ("start", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "limit", "start", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since=None,
    result=".models.get_vpc_attached_eip_result:GetVpcAttachedEipResult",
)

GET_VPC_ATTACHED_IPSEC: Api[GetVpcAttachedIpsecResult] = Api(
    "GetVpcAttachedIpsec",
    "POST",
    "/vpc/virtual-routers/{uuid}/attached-ipsec",
    params=(
        ("uuid", "path", None),
        ("limit", "body", None),
        ("start", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "limit", "start", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since=None,
    result=".models.get_vpc_attached_ipsec_result:GetVpcAttachedIpsecResult",
)

GET_VPC_ATTACHED_LOAD_BALANCER: Api[GetVpcAttachedLoadBalancerResult] = Api(
    "GetVpcAttachedLoadBalancer",
    "POST",
    "/vpc/virtual-routers/{uuid}/attached-lb",
    params=(
        ("uuid", "path", None),
        ("limit", "body", None),
        ("start", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "limit", "start", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since=None,
    result=".models.get_vpc_attached_load_balancer_result:GetVpcAttachedLoadBalancerResult",
)

GET_VPC_ATTACHED_NETFLOW: Api[GetVpcAttachedNetflowResult] = Api(
    "GetVpcAttachedNetflow",
    "POST",
    "/vpc/virtual-routers/{uuid}/attached-netflow",
    params=(
        ("uuid", "path", None),
        ("limit", "body", None),
        ("start", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "limit", "start", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since=None,
    result=".models.get_vpc_attached_netflow_result:GetVpcAttachedNetflowResult",
)

GET_VPC_ATTACHED_OSPF: Api[GetVpcAttachedOspfResult] = Api(
    "GetVpcAttachedOspf",
    "POST",
    "/vpc/virtual-routers/{uuid}/attached-ospf",
    params=(
        ("uuid", "path", None),
        ("limit", "body", None),
        ("start", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "limit", "start", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since=None,
    result=".models.get_vpc_attached_ospf_result:GetVpcAttachedOspfResult",
)

GET_VPC_ATTACHED_PORT_FORWARDING_RULES: Api[GetVpcAttachedPortForwardingRulesResult] = Api(
    "GetVpcAttachedPortForwardingRules",
    "POST",
    "/vpc/virtual-routers/{uuid}/attached-pf",
    params=(
        ("uuid", "path", None),
        ("limit", "body", None),
        ("start", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "limit", "start", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since=None,
    result=".models.get_vpc_attached_port_forwarding_rules_result:GetVpcAttachedPortForwardingRulesResult",
)

GET_VPC_ATTACHED_VIP: Api[GetVpcAttachedVipResult] = Api(
    "GetVpcAttachedVip",
    "POST",
    "/vpc/virtual-routers/{uuid}/attached-vip",
    params=(
        ("uuid", "path", None),
        ("limit", "body", None),
        ("start", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "limit", "start", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since=None,
    result=".models.get_vpc_attached_vip_result:GetVpcAttachedVipResult",
)

GET_VPC_IPSEC_LOG: Api[GetVpcIPsecLogResult] = Api(
    "GetVpcIPsecLog",
    "GET",
    "/vpc/virtual-routers/ipseclog",
    params=(
        ("uuid", "query", None),
        ("lines", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "lines", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.get_vpc_ipsec_log_result:GetVpcIPsecLogResult",
)

GET_VPC_V_ROUTER_DISTRIBUTED_ROUTING_CONNECTIONS: Api[
    GetVpcVRouterDistributedRoutingConnectionsResult
] = Api(
    "GetVpcVRouterDistributedRoutingConnections",
    "GET",
    "/vpc/virtual-routers/{uuid}/tracked-connections",
    params=(
        ("uuid", "path", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.3",
    result=".models.get_vpc_v_router_distributed_routing_connections_result:GetVpcVRouterDistributedRoutingConnectionsResult",
)

GET_VPC_V_ROUTER_DISTRIBUTED_ROUTING_ENABLED: Api[GetVpcVRouterDistributedRoutingEnabledResult] = (
    Api(
        "GetVpcVRouterDistributedRoutingEnabled",
        "GET",
        "/vpc/virtual-routers/{uuid}/distributed-routing",
        params=(
            ("uuid", "path", "2.3"),
            ("systemTags", "query", "2.3"),
            ("userTags", "query", "2.3"),
        ),
        names=("uuid", "system_tags", "user_tags"),
        required=("uuid",),
        since="2.3",
        result=".models.get_vpc_v_router_distributed_routing_enabled_result:GetVpcVRouterDistributedRoutingEnabledResult",
    )
)

GET_VPC_V_ROUTER_NETWORK_SERVICE_STATE: Api[GetVpcVRouterNetworkServiceStateResult] = Api(
    "GetVpcVRouterNetworkServiceState",
    "GET",
    "/vpc/virtual-routers/{uuid}/networkservicestate",
    params=(
        ("uuid", "path", "3.4.0"),
        ("networkService", "query", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
        ("l3NetworkUuid", "query", None),
    ),
    names=("uuid", "network_service", "system_tags", "user_tags", "l3_network_uuid"),
    required=("uuid", "networkService"),
    since="3.4.0",
    result=".models.get_vpc_v_router_network_service_state_result:GetVpcVRouterNetworkServiceStateResult",
    checks=(("networkService", "network_service", "enum", ("SNAT",)),),
)

QUERY_VPC_HA_GROUP: Api[QueryVpcHaGroupResult] = Api(
    "QueryVpcHaGroup",
    "GET",
    "/vpc/hagroups",
    params=(
        ("uuid", "path", "3.5.1"),
        ("systemTags", "query", "3.5.1"),
        ("userTags", "query", "3.5.1"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.5.1",
    result=".models.query_vpc_ha_group_result:QueryVpcHaGroupResult",
    query=True,
    alt_paths=("/vpc/hagroups/{uuid}",),
)

QUERY_VPC_HA_GROUP_NETWORK_SERVICE_REF: Api[QueryVpcHaGroupNetworkServiceRefResult] = Api(
    "QueryVpcHaGroupNetworkServiceRef",
    "GET",
    "/vpc/hagroups/networkserviceref/",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_vpc_ha_group_network_service_ref_result:QueryVpcHaGroupNetworkServiceRefResult",
    query=True,
)

QUERY_VPC_ROUTER: Api[QueryVpcRouterResult] = Api(
    "QueryVpcRouter",
    "GET",
    "/vpc/virtual-routers",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_vpc_router_result:QueryVpcRouterResult",
    query=True,
    alt_paths=("/vpc/virtual-routers/{uuid}",),
)

QUERY_VPC_SNAT_STATE: Api[QueryVpcSnatStateResult] = Api(
    "QueryVpcSnatState",
    "GET",
    "/vpc/virtual-routers/networkservicestate/snat",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_vpc_snat_state_result:QueryVpcSnatStateResult",
    query=True,
)

REMOVE_DNS_FROM_VPC_ROUTER: Api[RemoveDnsFromVpcRouterResult] = Api(
    "RemoveDnsFromVpcRouter",
    "DELETE",
    "/vpc/virtual-routers/{uuid}/dns",
    params=(
        ("uuid", "path", "0.6"),
        ("dns", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "dns", "system_tags", "user_tags"),
    required=("uuid", "dns"),
    since="0.6",
    result=".models.remove_dns_from_vpc_router_result:RemoveDnsFromVpcRouterResult",
)

SET_VPC_V_ROUTER_DISTRIBUTED_ROUTING_ENABLED: Api[SetVpcVRouterDistributedRoutingEnabledResult] = (
    Api(
        "SetVpcVRouterDistributedRoutingEnabled",
        "POST",
        "/vpc/virtual-routers/{uuid}/distributed-routing",
        params=(
            ("uuid", "path", "2.3"),
            ("stateEvent", "body", "2.3"),
            ("systemTags", "root", "2.3"),
            ("userTags", "root", "2.3"),
        ),
        names=("uuid", "state_event", "system_tags", "user_tags"),
        required=("uuid", "stateEvent"),
        body_key="params",
        since="2.3",
        result=".models.set_vpc_v_router_distributed_routing_enabled_result:SetVpcVRouterDistributedRoutingEnabledResult",
        checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
    )
)

SET_VPC_V_ROUTER_NETWORK_SERVICE_STATE: Api[SetVpcVRouterNetworkServiceStateResult] = Api(
    "SetVpcVRouterNetworkServiceState",
    "POST",
    "/vpc/virtual-routers/{uuid}/networkservicestate",
    params=(
        ("uuid", "path", "3.4.0"),
        ("l3NetworkUuid", "body", None),
        ("networkService", "body", "3.4.0"),
        ("state", "body", "3.4.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    names=("uuid", "l3_network_uuid", "network_service", "state", "system_tags", "user_tags"),
    required=("uuid", "networkService", "state"),
    body_key="params",
    since="3.4.0",
    result=".models.set_vpc_v_router_network_service_state_result:SetVpcVRouterNetworkServiceStateResult",
    checks=(
        ("networkService", "network_service", "enum", ("SNAT",)),
        ("state", "state", "enum", ("enable", "disable")),
    ),
)

UPDATE_VIRTUAL_ROUTER: Api[UpdateVirtualRouterResult] = Api(
    "UpdateVirtualRouter",
    "PUT",
    "/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "3.9.0"),
        ("defaultRouteL3NetworkUuid", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    names=("vm_instance_uuid", "default_route_l3_network_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    body_key="updateVirtualRouter",
    since="3.9.0",
    result=".models.update_virtual_router_result:UpdateVirtualRouterResult",
)

UPDATE_VIRTUAL_ROUTER_SOFTWARE_VERSION: Api[UpdateVirtualRouterSoftwareVersionResult] = Api(
    "UpdateVirtualRouterSoftwareVersion",
    "POST",
    "/vpc/virtual-routers/{uuid}/softwareversion",
    params=(
        ("uuid", "path", "4.5.0"),
        ("softwareName", "body", "4.5.0"),
        ("targetVersion", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    names=("uuid", "software_name", "target_version", "system_tags", "user_tags"),
    required=("uuid", "softwareName", "targetVersion"),
    body_key="params",
    since="4.5.0",
    result=".models.update_virtual_router_software_version_result:UpdateVirtualRouterSoftwareVersionResult",
    checks=(
        ("softwareName", "software_name", "enum", ("IPsec",)),
        ("targetVersion", "target_version", "enum", ("4.5.2", "5.9.4", "5.8.4")),
    ),
)

UPDATE_VPC_HA_GROUP: Api[UpdateVpcHaGroupResult] = Api(
    "UpdateVpcHaGroup",
    "PUT",
    "/vpc/hagroups/{uuid}/actions",
    params=(
        ("uuid", "path", "3.5.1"),
        ("description", "body", "3.5.1"),
        ("name", "body", "3.5.1"),
        ("systemTags", "root", "3.5.1"),
        ("userTags", "root", "3.5.1"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateVpcHaGroup",
    since="3.5.1",
    result=".models.update_vpc_ha_group_result:UpdateVpcHaGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class VpcApi(SyncNamespace):
    """vpc: 29 APIs (AddDnsToVpcRouter, ChangeVpcHaGroupMonitorIps, CreateVpcHaGroup, ...)."""

    __slots__ = ()

    def add_dns_to_vpc_router(
        self,
        *,
        uuid: str,
        dns: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddDnsToVpcRouterResult:
        """向VPC路由器添加DNS (AddDnsToVpcRouter).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            dns: dns (since 2.4.0)
            resource_uuid: resourceUuid (since 2.4.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_DNS_TO_VPC_ROUTER,
            {
                "uuid": uuid,
                "dns": dns,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_vpc_ha_group_monitor_ips(
        self,
        *,
        uuid: str,
        monitor_ips: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVpcHaGroupMonitorIpsResult:
        """更新高可用组仲裁ip (ChangeVpcHaGroupMonitorIps).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.1)
            monitor_ips: monitorIps (since 3.5.1; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_VPC_HA_GROUP_MONITOR_IPS,
            {
                "uuid": uuid,
                "monitorIps": monitor_ips,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vpc_ha_group(
        self,
        *,
        name: str,
        description: str | None = None,
        monitor_ips: Sequence[str] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpcHaGroupResult:
        """创建高可用组 (CreateVpcHaGroup).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.5.1; maxLength 2048)
            monitor_ips: monitorIps (since 3.5.1; minItems 1)
            name: 资源名称 (since 3.5.1; maxLength 255)
            resource_uuid: resourceUuid (since 3.5.1)
            tag_uuids: 标签UUID列表 (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VPC_HA_GROUP,
            {
                "description": description,
                "monitorIps": monitor_ips,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vpc_v_router(
        self,
        *,
        name: str,
        virtual_router_offering_uuid: str,
        cluster_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpcVRouterResult:
        """创建VPC路由器 (CreateVpcVRouter).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 3.10.0)
            description: 资源的详细描述 (since 2.2.2; maxLength 2048)
            host_uuid: 物理机UUID (since 3.10.0)
            name: 资源名称 (since 2.2.2; maxLength 255)
            primary_storage_uuid_for_root_volume: 主存储UUID。若指定，路由器的根云盘会在指定主存储创建 (since 4.4.24)
            resource_uuid: 资源的UUID (since 2.2.2)
            root_volume_system_tags: 路由器根盘所需要的系统标签 (since 4.4.24)
            tag_uuids: 标签UUID列表 (since 0.6)
            virtual_router_offering_uuid: 云路由规格 (since 2.2.2)
            zone_uuid: 区域UUID (since 3.10.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VPC_V_ROUTER,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "tagUuids": tag_uuids,
                "virtualRouterOfferingUuid": virtual_router_offering_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vpc_ha_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcHaGroupResult:
        """删除高可用组 (DeleteVpcHaGroup).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.1)
            delete_mode: deleteMode (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VPC_HA_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_attachable_vpc_l3_network(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAttachableVpcL3NetworkResult:
        """获取VPC路由器可加载的三层网络 (GetAttachableVpcL3Network).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ATTACHABLE_VPC_L3_NETWORK,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_route_table_vpc_v_router_candidate(
        self,
        *,
        table_uuid: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetRouteTableVpcVRouterCandidateResult:
        """Get route table vpc V router candidate (GetRouteTableVpcVRouterCandidate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetRouteTableVpcVRouterCandidateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            table_uuid: tableUuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ROUTE_TABLE_VPC_V_ROUTER_CANDIDATE,
            {
                "tableUuid": table_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_virtual_router_software_version(
        self,
        *,
        software_name: Literal["IPsec"],
        uuid: str | None = None,
        need_update: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVirtualRouterSoftwareVersionResult:
        """获取VPC路由器软件版本 (GetVirtualRouterSoftwareVersion).

        Since ZStack 4.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            software_name: VPC路由器软件名称 (since 4.5.0; enum {'IPsec'})
            need_update: 是否需要升级 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VIRTUAL_ROUTER_SOFTWARE_VERSION,
            {
                "uuid": uuid,
                "softwareName": software_name,
                "needUpdate": need_update,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vpc_attached_eip(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcAttachedEipResult:
        """Get vpc attached eip (GetVpcAttachedEip).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcAttachedEipAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VPC_ATTACHED_EIP,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vpc_attached_ipsec(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcAttachedIpsecResult:
        """Get vpc attached ipsec (GetVpcAttachedIpsec).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcAttachedIpsecAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VPC_ATTACHED_IPSEC,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vpc_attached_load_balancer(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcAttachedLoadBalancerResult:
        """Get vpc attached load balancer (GetVpcAttachedLoadBalancer).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcAttachedLoadBalancerAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VPC_ATTACHED_LOAD_BALANCER,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vpc_attached_netflow(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcAttachedNetflowResult:
        """Get vpc attached netflow (GetVpcAttachedNetflow).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcAttachedNetflowAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VPC_ATTACHED_NETFLOW,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vpc_attached_ospf(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcAttachedOspfResult:
        """Get vpc attached ospf (GetVpcAttachedOspf).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcAttachedOspfAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VPC_ATTACHED_OSPF,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vpc_attached_port_forwarding_rules(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcAttachedPortForwardingRulesResult:
        """Get vpc attached port forwarding rules (GetVpcAttachedPortForwardingRules).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcAttachedPortForwardingRulesAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VPC_ATTACHED_PORT_FORWARDING_RULES,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vpc_attached_vip(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcAttachedVipResult:
        """Get vpc attached vip (GetVpcAttachedVip).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcAttachedVipAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VPC_ATTACHED_VIP,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vpc_ipsec_log(
        self,
        *,
        uuid: str,
        lines: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcIPsecLogResult:
        """Get vpc I psec log (GetVpcIPsecLog).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcIPsecLogAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            lines: lines
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VPC_IPSEC_LOG,
            {
                "uuid": uuid,
                "lines": lines,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vpc_v_router_distributed_routing_connections(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcVRouterDistributedRoutingConnectionsResult:
        """获取实时流量状态 (GetVpcVRouterDistributedRoutingConnections).

        获取VPC路由器实时流量状态。

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源。需要开启分布式路由，才能获取到VPC路由器实时流量状态。 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VPC_V_ROUTER_DISTRIBUTED_ROUTING_CONNECTIONS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vpc_v_router_distributed_routing_enabled(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcVRouterDistributedRoutingEnabledResult:
        """获取分布式路由是否打开 (GetVpcVRouterDistributedRoutingEnabled).

        获取VPC路由器分布式路由是否打开。

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VPC_V_ROUTER_DISTRIBUTED_ROUTING_ENABLED,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vpc_v_router_network_service_state(
        self,
        *,
        uuid: str,
        network_service: Literal["SNAT"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        l3_network_uuid: str | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcVRouterNetworkServiceStateResult:
        """获取VPC路由器的网络服务状态 (GetVpcVRouterNetworkServiceState).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            network_service: 路由器提供的网络服务 (since 3.4.0; enum {'SNAT'})
            l3_network_uuid: l3NetworkUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VPC_V_ROUTER_NETWORK_SERVICE_STATE,
            {
                "uuid": uuid,
                "networkService": network_service,
                "systemTags": system_tags,
                "userTags": user_tags,
                "l3NetworkUuid": l3_network_uuid,
            },
            job_uuid,
        )

    def query_vpc_ha_group(
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
    ) -> QueryVpcHaGroupResult:
        """查询高可用 (QueryVpcHaGroup).

        Since ZStack 3.5.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VPC_HA_GROUP,
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

    def query_vpc_ha_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VpcHaGroupInventory]:
        """Every result of ``query_vpc_ha_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_HA_GROUP,
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

    def query_vpc_ha_group_network_service_ref(
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
    ) -> QueryVpcHaGroupNetworkServiceRefResult:
        """Query vpc ha group network service ref (QueryVpcHaGroupNetworkServiceRef).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcHaGroupNetworkServiceRefAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VPC_HA_GROUP_NETWORK_SERVICE_REF,
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

    def query_vpc_ha_group_network_service_ref_pages(
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
        """Every result of ``query_vpc_ha_group_network_service_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_HA_GROUP_NETWORK_SERVICE_REF,
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

    def query_vpc_router(
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
    ) -> QueryVpcRouterResult:
        """查询VPC路由器 (QueryVpcRouter).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VPC_ROUTER,
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

    def query_vpc_router_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VpcRouterVmInventory]:
        """Every result of ``query_vpc_router``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_ROUTER,
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

    def query_vpc_snat_state(
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
    ) -> QueryVpcSnatStateResult:
        """Query vpc snat state (QueryVpcSnatState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcSnatStateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VPC_SNAT_STATE,
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

    def query_vpc_snat_state_pages(
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
        """Every result of ``query_vpc_snat_state``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_SNAT_STATE,
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

    def remove_dns_from_vpc_router(
        self,
        *,
        uuid: str,
        dns: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveDnsFromVpcRouterResult:
        """从VPC路由器移除DNS (RemoveDnsFromVpcRouter).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            dns: dns (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_DNS_FROM_VPC_ROUTER,
            {
                "uuid": uuid,
                "dns": dns,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vpc_v_router_distributed_routing_enabled(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVpcVRouterDistributedRoutingEnabledResult:
        """设置分布式路由开关 (SetVpcVRouterDistributedRoutingEnabled).

        设置VPC路由器分布式路由开关。

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 资源的可用状态 (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VPC_V_ROUTER_DISTRIBUTED_ROUTING_ENABLED,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vpc_v_router_network_service_state(
        self,
        *,
        uuid: str,
        network_service: Literal["SNAT"],
        state: Literal["enable", "disable"],
        l3_network_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVpcVRouterNetworkServiceStateResult:
        """设置VPC路由器的网络服务 (SetVpcVRouterNetworkServiceState).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            l3_network_uuid: l3NetworkUuid
            network_service: 路由器提供的网络服务 (since 3.4.0; enum {'SNAT'})
            state: 服务状态 (since 3.4.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VPC_V_ROUTER_NETWORK_SERVICE_STATE,
            {
                "uuid": uuid,
                "l3NetworkUuid": l3_network_uuid,
                "networkService": network_service,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_virtual_router(
        self,
        *,
        vm_instance_uuid: str,
        default_route_l3_network_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVirtualRouterResult:
        """更新虚拟路由器 (UpdateVirtualRouter).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            default_route_l3_network_uuid: defaultRouteL3NetworkUuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VIRTUAL_ROUTER,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "defaultRouteL3NetworkUuid": default_route_l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_virtual_router_software_version(
        self,
        *,
        uuid: str,
        software_name: Literal["IPsec"],
        target_version: Literal["4.5.2", "5.9.4", "5.8.4"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVirtualRouterSoftwareVersionResult:
        """VPC路由器软件版本升级 (UpdateVirtualRouterSoftwareVersion).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            software_name: VPC路由器软件名称 (since 4.5.0; enum {'IPsec'})
            target_version: 目标版本 (since 4.5.0; enum {'4.5.2', '5.9.4', '5.8.4'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VIRTUAL_ROUTER_SOFTWARE_VERSION,
            {
                "uuid": uuid,
                "softwareName": software_name,
                "targetVersion": target_version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vpc_ha_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVpcHaGroupResult:
        """更新高可用组 (UpdateVpcHaGroup).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.1)
            description: 资源的详细描述 (since 3.5.1; maxLength 2048)
            name: 资源名称 (since 3.5.1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VPC_HA_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncVpcApi(AsyncNamespace):
    """vpc: 29 APIs (AddDnsToVpcRouter, ChangeVpcHaGroupMonitorIps, CreateVpcHaGroup, ...). (asyncio)"""

    __slots__ = ()

    async def add_dns_to_vpc_router(
        self,
        *,
        uuid: str,
        dns: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddDnsToVpcRouterResult:
        """向VPC路由器添加DNS (AddDnsToVpcRouter).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            dns: dns (since 2.4.0)
            resource_uuid: resourceUuid (since 2.4.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_DNS_TO_VPC_ROUTER,
            {
                "uuid": uuid,
                "dns": dns,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_vpc_ha_group_monitor_ips(
        self,
        *,
        uuid: str,
        monitor_ips: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVpcHaGroupMonitorIpsResult:
        """更新高可用组仲裁ip (ChangeVpcHaGroupMonitorIps).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.1)
            monitor_ips: monitorIps (since 3.5.1; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_VPC_HA_GROUP_MONITOR_IPS,
            {
                "uuid": uuid,
                "monitorIps": monitor_ips,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vpc_ha_group(
        self,
        *,
        name: str,
        description: str | None = None,
        monitor_ips: Sequence[str] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpcHaGroupResult:
        """创建高可用组 (CreateVpcHaGroup).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.5.1; maxLength 2048)
            monitor_ips: monitorIps (since 3.5.1; minItems 1)
            name: 资源名称 (since 3.5.1; maxLength 255)
            resource_uuid: resourceUuid (since 3.5.1)
            tag_uuids: 标签UUID列表 (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VPC_HA_GROUP,
            {
                "description": description,
                "monitorIps": monitor_ips,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vpc_v_router(
        self,
        *,
        name: str,
        virtual_router_offering_uuid: str,
        cluster_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpcVRouterResult:
        """创建VPC路由器 (CreateVpcVRouter).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 3.10.0)
            description: 资源的详细描述 (since 2.2.2; maxLength 2048)
            host_uuid: 物理机UUID (since 3.10.0)
            name: 资源名称 (since 2.2.2; maxLength 255)
            primary_storage_uuid_for_root_volume: 主存储UUID。若指定，路由器的根云盘会在指定主存储创建 (since 4.4.24)
            resource_uuid: 资源的UUID (since 2.2.2)
            root_volume_system_tags: 路由器根盘所需要的系统标签 (since 4.4.24)
            tag_uuids: 标签UUID列表 (since 0.6)
            virtual_router_offering_uuid: 云路由规格 (since 2.2.2)
            zone_uuid: 区域UUID (since 3.10.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VPC_V_ROUTER,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "tagUuids": tag_uuids,
                "virtualRouterOfferingUuid": virtual_router_offering_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vpc_ha_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVpcHaGroupResult:
        """删除高可用组 (DeleteVpcHaGroup).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.1)
            delete_mode: deleteMode (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VPC_HA_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_attachable_vpc_l3_network(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAttachableVpcL3NetworkResult:
        """获取VPC路由器可加载的三层网络 (GetAttachableVpcL3Network).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ATTACHABLE_VPC_L3_NETWORK,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_route_table_vpc_v_router_candidate(
        self,
        *,
        table_uuid: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetRouteTableVpcVRouterCandidateResult:
        """Get route table vpc V router candidate (GetRouteTableVpcVRouterCandidate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetRouteTableVpcVRouterCandidateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            table_uuid: tableUuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ROUTE_TABLE_VPC_V_ROUTER_CANDIDATE,
            {
                "tableUuid": table_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_virtual_router_software_version(
        self,
        *,
        software_name: Literal["IPsec"],
        uuid: str | None = None,
        need_update: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVirtualRouterSoftwareVersionResult:
        """获取VPC路由器软件版本 (GetVirtualRouterSoftwareVersion).

        Since ZStack 4.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            software_name: VPC路由器软件名称 (since 4.5.0; enum {'IPsec'})
            need_update: 是否需要升级 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VIRTUAL_ROUTER_SOFTWARE_VERSION,
            {
                "uuid": uuid,
                "softwareName": software_name,
                "needUpdate": need_update,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vpc_attached_eip(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcAttachedEipResult:
        """Get vpc attached eip (GetVpcAttachedEip).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcAttachedEipAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VPC_ATTACHED_EIP,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vpc_attached_ipsec(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcAttachedIpsecResult:
        """Get vpc attached ipsec (GetVpcAttachedIpsec).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcAttachedIpsecAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VPC_ATTACHED_IPSEC,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vpc_attached_load_balancer(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcAttachedLoadBalancerResult:
        """Get vpc attached load balancer (GetVpcAttachedLoadBalancer).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcAttachedLoadBalancerAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VPC_ATTACHED_LOAD_BALANCER,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vpc_attached_netflow(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcAttachedNetflowResult:
        """Get vpc attached netflow (GetVpcAttachedNetflow).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcAttachedNetflowAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VPC_ATTACHED_NETFLOW,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vpc_attached_ospf(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcAttachedOspfResult:
        """Get vpc attached ospf (GetVpcAttachedOspf).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcAttachedOspfAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VPC_ATTACHED_OSPF,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vpc_attached_port_forwarding_rules(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcAttachedPortForwardingRulesResult:
        """Get vpc attached port forwarding rules (GetVpcAttachedPortForwardingRules).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcAttachedPortForwardingRulesAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VPC_ATTACHED_PORT_FORWARDING_RULES,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vpc_attached_vip(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcAttachedVipResult:
        """Get vpc attached vip (GetVpcAttachedVip).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcAttachedVipAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VPC_ATTACHED_VIP,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vpc_ipsec_log(
        self,
        *,
        uuid: str,
        lines: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcIPsecLogResult:
        """Get vpc I psec log (GetVpcIPsecLog).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVpcIPsecLogAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            lines: lines
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VPC_IPSEC_LOG,
            {
                "uuid": uuid,
                "lines": lines,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vpc_v_router_distributed_routing_connections(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcVRouterDistributedRoutingConnectionsResult:
        """获取实时流量状态 (GetVpcVRouterDistributedRoutingConnections).

        获取VPC路由器实时流量状态。

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源。需要开启分布式路由，才能获取到VPC路由器实时流量状态。 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VPC_V_ROUTER_DISTRIBUTED_ROUTING_CONNECTIONS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vpc_v_router_distributed_routing_enabled(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcVRouterDistributedRoutingEnabledResult:
        """获取分布式路由是否打开 (GetVpcVRouterDistributedRoutingEnabled).

        获取VPC路由器分布式路由是否打开。

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VPC_V_ROUTER_DISTRIBUTED_ROUTING_ENABLED,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vpc_v_router_network_service_state(
        self,
        *,
        uuid: str,
        network_service: Literal["SNAT"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        l3_network_uuid: str | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcVRouterNetworkServiceStateResult:
        """获取VPC路由器的网络服务状态 (GetVpcVRouterNetworkServiceState).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            network_service: 路由器提供的网络服务 (since 3.4.0; enum {'SNAT'})
            l3_network_uuid: l3NetworkUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VPC_V_ROUTER_NETWORK_SERVICE_STATE,
            {
                "uuid": uuid,
                "networkService": network_service,
                "systemTags": system_tags,
                "userTags": user_tags,
                "l3NetworkUuid": l3_network_uuid,
            },
            job_uuid,
        )

    async def query_vpc_ha_group(
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
    ) -> QueryVpcHaGroupResult:
        """查询高可用 (QueryVpcHaGroup).

        Since ZStack 3.5.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VPC_HA_GROUP,
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

    def query_vpc_ha_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VpcHaGroupInventory]:
        """Every result of ``query_vpc_ha_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_HA_GROUP,
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

    async def query_vpc_ha_group_network_service_ref(
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
    ) -> QueryVpcHaGroupNetworkServiceRefResult:
        """Query vpc ha group network service ref (QueryVpcHaGroupNetworkServiceRef).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcHaGroupNetworkServiceRefAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VPC_HA_GROUP_NETWORK_SERVICE_REF,
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

    def query_vpc_ha_group_network_service_ref_pages(
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
        """Every result of ``query_vpc_ha_group_network_service_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_HA_GROUP_NETWORK_SERVICE_REF,
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

    async def query_vpc_router(
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
    ) -> QueryVpcRouterResult:
        """查询VPC路由器 (QueryVpcRouter).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VPC_ROUTER,
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

    def query_vpc_router_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VpcRouterVmInventory]:
        """Every result of ``query_vpc_router``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_ROUTER,
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

    async def query_vpc_snat_state(
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
    ) -> QueryVpcSnatStateResult:
        """Query vpc snat state (QueryVpcSnatState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVpcSnatStateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VPC_SNAT_STATE,
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

    def query_vpc_snat_state_pages(
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
        """Every result of ``query_vpc_snat_state``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_SNAT_STATE,
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

    async def remove_dns_from_vpc_router(
        self,
        *,
        uuid: str,
        dns: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveDnsFromVpcRouterResult:
        """从VPC路由器移除DNS (RemoveDnsFromVpcRouter).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            dns: dns (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_DNS_FROM_VPC_ROUTER,
            {
                "uuid": uuid,
                "dns": dns,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vpc_v_router_distributed_routing_enabled(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVpcVRouterDistributedRoutingEnabledResult:
        """设置分布式路由开关 (SetVpcVRouterDistributedRoutingEnabled).

        设置VPC路由器分布式路由开关。

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 资源的可用状态 (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VPC_V_ROUTER_DISTRIBUTED_ROUTING_ENABLED,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vpc_v_router_network_service_state(
        self,
        *,
        uuid: str,
        network_service: Literal["SNAT"],
        state: Literal["enable", "disable"],
        l3_network_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVpcVRouterNetworkServiceStateResult:
        """设置VPC路由器的网络服务 (SetVpcVRouterNetworkServiceState).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            l3_network_uuid: l3NetworkUuid
            network_service: 路由器提供的网络服务 (since 3.4.0; enum {'SNAT'})
            state: 服务状态 (since 3.4.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VPC_V_ROUTER_NETWORK_SERVICE_STATE,
            {
                "uuid": uuid,
                "l3NetworkUuid": l3_network_uuid,
                "networkService": network_service,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_virtual_router(
        self,
        *,
        vm_instance_uuid: str,
        default_route_l3_network_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVirtualRouterResult:
        """更新虚拟路由器 (UpdateVirtualRouter).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            default_route_l3_network_uuid: defaultRouteL3NetworkUuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VIRTUAL_ROUTER,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "defaultRouteL3NetworkUuid": default_route_l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_virtual_router_software_version(
        self,
        *,
        uuid: str,
        software_name: Literal["IPsec"],
        target_version: Literal["4.5.2", "5.9.4", "5.8.4"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVirtualRouterSoftwareVersionResult:
        """VPC路由器软件版本升级 (UpdateVirtualRouterSoftwareVersion).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            software_name: VPC路由器软件名称 (since 4.5.0; enum {'IPsec'})
            target_version: 目标版本 (since 4.5.0; enum {'4.5.2', '5.9.4', '5.8.4'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VIRTUAL_ROUTER_SOFTWARE_VERSION,
            {
                "uuid": uuid,
                "softwareName": software_name,
                "targetVersion": target_version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vpc_ha_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVpcHaGroupResult:
        """更新高可用组 (UpdateVpcHaGroup).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.1)
            description: 资源的详细描述 (since 3.5.1; maxLength 2048)
            name: 资源名称 (since 3.5.1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VPC_HA_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
