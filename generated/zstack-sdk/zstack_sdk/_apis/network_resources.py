"""ZStack Cloud API: 183 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncAPIClient, SyncAPIClient
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_dns_to_l3_network_result import AddDnsToL3NetworkResult
    from ..models.add_dns_to_vpc_router_result import AddDnsToVpcRouterResult
    from ..models.add_host_route_to_l3_network_result import AddHostRouteToL3NetworkResult
    from ..models.add_ip_range_by_network_cidr_result import AddIpRangeByNetworkCidrResult
    from ..models.add_ip_range_result import AddIpRangeResult
    from ..models.add_ipv6_range_by_network_cidr_result import AddIpv6RangeByNetworkCidrResult
    from ..models.add_ipv6_range_result import AddIpv6RangeResult
    from ..models.add_l3_network_to_group_result import AddL3NetworkToGroupResult
    from ..models.add_rendezvous_point_to_multicast_router_result import (
        AddRendezvousPointToMulticastRouterResult,
    )
    from ..models.add_reserved_ip_range_result import AddReservedIpRangeResult
    from ..models.add_sdn_controller_result import AddSdnControllerResult
    from ..models.add_v_router_networks_to_ospf_area_result import (
        AddVRouterNetworksToOspfAreaResult,
    )
    from ..models.add_v_router_route_entry_result import AddVRouterRouteEntryResult
    from ..models.address_pool_inventory import AddressPoolInventory
    from ..models.appliance_vm_inventory import ApplianceVmInventory
    from ..models.attach_l2_network_to_cluster_result import AttachL2NetworkToClusterResult
    from ..models.attach_nfv_inst_to_group_result import AttachNfvInstToGroupResult
    from ..models.attach_policy_route_rule_set_to_l3_result import (
        AttachPolicyRouteRuleSetToL3Result,
    )
    from ..models.attach_v_router_route_table_to_v_router_result import (
        AttachVRouterRouteTableToVRouterResult,
    )
    from ..models.change_l2_network_vlan_id_result import ChangeL2NetworkVlanIdResult
    from ..models.change_l3_network_dhcp_ip_address_result import ChangeL3NetworkDhcpIpAddressResult
    from ..models.change_l3_network_state_result import ChangeL3NetworkStateResult
    from ..models.change_multicast_router_state_result import ChangeMulticastRouterStateResult
    from ..models.change_nfv_inst_group_operation_mode_result import (
        ChangeNfvInstGroupOperationModeResult,
    )
    from ..models.change_sdn_controller_result import ChangeSdnControllerResult
    from ..models.change_vpc_ha_group_monitor_ips_result import ChangeVpcHaGroupMonitorIpsResult
    from ..models.check_ip_availability_result import CheckIpAvailabilityResult
    from ..models.create_huawei_i_master_v_router_result import CreateHuaweiIMasterVRouterResult
    from ..models.create_l2_hardware_vxlan_network_pool_result import (
        CreateL2HardwareVxlanNetworkPoolResult,
    )
    from ..models.create_l2_hardware_vxlan_network_result import CreateL2HardwareVxlanNetworkResult
    from ..models.create_l2_no_vlan_network_result import CreateL2NoVlanNetworkResult
    from ..models.create_l2_port_group_result import CreateL2PortGroupResult
    from ..models.create_l2_tf_network_result import CreateL2TfNetworkResult
    from ..models.create_l2_virtual_switch_result import CreateL2VirtualSwitchResult
    from ..models.create_l2_vlan_network_result import CreateL2VlanNetworkResult
    from ..models.create_l2_vxlan_network_pool_result import CreateL2VxlanNetworkPoolResult
    from ..models.create_l2_vxlan_network_result import CreateL2VxlanNetworkResult
    from ..models.create_l3_network_result import CreateL3NetworkResult
    from ..models.create_multicast_router_result import CreateMulticastRouterResult
    from ..models.create_nfv_inst_group_result import CreateNfvInstGroupResult
    from ..models.create_nfv_inst_offering_result import CreateNfvInstOfferingResult
    from ..models.create_nfv_inst_result import CreateNfvInstResult
    from ..models.create_ovn_controller_offering_result import CreateOvnControllerOfferingResult
    from ..models.create_policy_route_rule_result import CreatePolicyRouteRuleResult
    from ..models.create_policy_route_rule_set_result import CreatePolicyRouteRuleSetResult
    from ..models.create_policy_route_table_result import CreatePolicyRouteTableResult
    from ..models.create_policy_route_table_route_entry_result import (
        CreatePolicyRouteTableRouteEntryResult,
    )
    from ..models.create_v_router_ospf_area_result import CreateVRouterOspfAreaResult
    from ..models.create_v_router_route_table_result import CreateVRouterRouteTableResult
    from ..models.create_virtual_router_offering_result import CreateVirtualRouterOfferingResult
    from ..models.create_vni_range_result import CreateVniRangeResult
    from ..models.create_vpc_ha_group_result import CreateVpcHaGroupResult
    from ..models.create_vpc_v_router_result import CreateVpcVRouterResult
    from ..models.create_vxlan_pool_remote_vtep_result import CreateVxlanPoolRemoteVtepResult
    from ..models.create_vxlan_vtep_result import CreateVxlanVtepResult
    from ..models.delete_huawei_i_master_fabric_result import DeleteHuaweiIMasterFabricResult
    from ..models.delete_huawei_i_master_tenant_result import DeleteHuaweiIMasterTenantResult
    from ..models.delete_huawei_i_master_v_router_result import DeleteHuaweiIMasterVRouterResult
    from ..models.delete_huawei_i_master_vpc_result import DeleteHuaweiIMasterVpcResult
    from ..models.delete_ip_address_result import DeleteIpAddressResult
    from ..models.delete_ip_range_result import DeleteIpRangeResult
    from ..models.delete_l2_network_result import DeleteL2NetworkResult
    from ..models.delete_l3_network_result import DeleteL3NetworkResult
    from ..models.delete_multicast_router_result import DeleteMulticastRouterResult
    from ..models.delete_nfv_inst_group_result import DeleteNfvInstGroupResult
    from ..models.delete_policy_route_rule_result import DeletePolicyRouteRuleResult
    from ..models.delete_policy_route_rule_set_result import DeletePolicyRouteRuleSetResult
    from ..models.delete_policy_route_table_result import DeletePolicyRouteTableResult
    from ..models.delete_policy_route_table_route_entry_result import (
        DeletePolicyRouteTableRouteEntryResult,
    )
    from ..models.delete_reserved_ip_range_result import DeleteReservedIpRangeResult
    from ..models.delete_v_router_ospf_area_result import DeleteVRouterOspfAreaResult
    from ..models.delete_v_router_route_entry_result import DeleteVRouterRouteEntryResult
    from ..models.delete_v_router_route_table_result import DeleteVRouterRouteTableResult
    from ..models.delete_vni_range_result import DeleteVniRangeResult
    from ..models.delete_vpc_ha_group_result import DeleteVpcHaGroupResult
    from ..models.delete_vxlan_l2_network_result import DeleteVxlanL2NetworkResult
    from ..models.delete_vxlan_pool_remote_vtep_result import DeleteVxlanPoolRemoteVtepResult
    from ..models.detach_l2_network_from_cluster_result import DetachL2NetworkFromClusterResult
    from ..models.detach_nfv_inst_from_group_result import DetachNfvInstFromGroupResult
    from ..models.detach_policy_route_rule_set_from_l3_result import (
        DetachPolicyRouteRuleSetFromL3Result,
    )
    from ..models.detach_v_router_route_table_from_v_router_result import (
        DetachVRouterRouteTableFromVRouterResult,
    )
    from ..models.get_attachable_public_l3_for_v_router_result import (
        GetAttachablePublicL3ForVRouterResult,
    )
    from ..models.get_attachable_vpc_l3_network_result import GetAttachableVpcL3NetworkResult
    from ..models.get_candidate_clusters_for_attaching_l2_network_result import (
        GetCandidateClustersForAttachingL2NetworkResult,
    )
    from ..models.get_free_ip_of_ip_range_result import GetFreeIpOfIpRangeResult
    from ..models.get_free_ip_of_l3_network_result import GetFreeIpOfL3NetworkResult
    from ..models.get_free_ip_result import GetFreeIpResult
    from ..models.get_ip_address_capacity_result import GetIpAddressCapacityResult
    from ..models.get_l2_network_types_result import GetL2NetworkTypesResult
    from ..models.get_l3_network_dhcp_ip_address_result import GetL3NetworkDhcpIpAddressResult
    from ..models.get_l3_network_ip_statistic_result import GetL3NetworkIpStatisticResult
    from ..models.get_l3_network_mtu_result import GetL3NetworkMtuResult
    from ..models.get_l3_network_router_interface_ip_result import (
        GetL3NetworkRouterInterfaceIpResult,
    )
    from ..models.get_l3_network_types_result import GetL3NetworkTypesResult
    from ..models.get_policy_route_rule_set_from_virtual_router_result import (
        GetPolicyRouteRuleSetFromVirtualRouterResult,
    )
    from ..models.get_route_table_vpc_v_router_candidate_result import (
        GetRouteTableVpcVRouterCandidateResult,
    )
    from ..models.get_v_router_ospf_neighbor_result import GetVRouterOspfNeighborResult
    from ..models.get_v_router_route_table_result import GetVRouterRouteTableResult
    from ..models.get_v_router_router_id_result import GetVRouterRouterIdResult
    from ..models.get_v_switch_types_result import GetVSwitchTypesResult
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
    from ..models.get_vpc_multicast_route_result import GetVpcMulticastRouteResult
    from ..models.get_vpc_v_router_distributed_routing_connections_result import (
        GetVpcVRouterDistributedRoutingConnectionsResult,
    )
    from ..models.get_vpc_v_router_distributed_routing_enabled_result import (
        GetVpcVRouterDistributedRoutingEnabledResult,
    )
    from ..models.get_vpc_v_router_network_service_state_result import (
        GetVpcVRouterNetworkServiceStateResult,
    )
    from ..models.huawei_i_master_fabric_inventory import HuaweiIMasterFabricInventory
    from ..models.huawei_i_master_tenant_inventory import HuaweiIMasterTenantInventory
    from ..models.huawei_i_master_v_router_inventory import HuaweiIMasterVRouterInventory
    from ..models.huawei_i_master_vpc_inventory import HuaweiIMasterVpcInventory
    from ..models.ip_range_inventory import IpRangeInventory
    from ..models.l2_network_inventory import L2NetworkInventory
    from ..models.l2_vlan_network_inventory import L2VlanNetworkInventory
    from ..models.l2_vxlan_network_inventory import L2VxlanNetworkInventory
    from ..models.l2_vxlan_network_pool_inventory import L2VxlanNetworkPoolInventory
    from ..models.l3_network_inventory import L3NetworkInventory
    from ..models.multicast_router_inventory import MulticastRouterInventory
    from ..models.network_router_area_ref_inventory import NetworkRouterAreaRefInventory
    from ..models.policy_route_rule_inventory import PolicyRouteRuleInventory
    from ..models.policy_route_rule_set_l3_ref_inventory import PolicyRouteRuleSetL3RefInventory
    from ..models.policy_route_rule_set_v_router_ref_inventory import (
        PolicyRouteRuleSetVRouterRefInventory,
    )
    from ..models.policy_route_table_inventory import PolicyRouteTableInventory
    from ..models.policy_route_table_route_entry_inventory import (
        PolicyRouteTableRouteEntryInventory,
    )
    from ..models.provision_nfv_inst_config_result import ProvisionNfvInstConfigResult
    from ..models.provision_nfv_inst_group_result import ProvisionNfvInstGroupResult
    from ..models.pull_huawei_i_master_controller_result import PullHuaweiIMasterControllerResult
    from ..models.pull_sdn_controller_tenant_result import PullSdnControllerTenantResult
    from ..models.query_address_pool_result import QueryAddressPoolResult
    from ..models.query_appliance_vm_result import QueryApplianceVmResult
    from ..models.query_huawei_i_master_fabric_result import QueryHuaweiIMasterFabricResult
    from ..models.query_huawei_i_master_tenant_result import QueryHuaweiIMasterTenantResult
    from ..models.query_huawei_i_master_v_router_result import QueryHuaweiIMasterVRouterResult
    from ..models.query_huawei_i_master_vpc_result import QueryHuaweiIMasterVpcResult
    from ..models.query_ip_address_result import QueryIpAddressResult
    from ..models.query_ip_range_result import QueryIpRangeResult
    from ..models.query_l2_network_result import QueryL2NetworkResult
    from ..models.query_l2_port_group_network_result import QueryL2PortGroupNetworkResult
    from ..models.query_l2_virtual_switch_network_result import QueryL2VirtualSwitchNetworkResult
    from ..models.query_l2_vlan_network_result import QueryL2VlanNetworkResult
    from ..models.query_l2_vxlan_network_pool_result import QueryL2VxlanNetworkPoolResult
    from ..models.query_l2_vxlan_network_result import QueryL2VxlanNetworkResult
    from ..models.query_l3_network_result import QueryL3NetworkResult
    from ..models.query_multicast_router_result import QueryMulticastRouterResult
    from ..models.query_policy_route_rule_result import QueryPolicyRouteRuleResult
    from ..models.query_policy_route_rule_set_l3_ref_result import (
        QueryPolicyRouteRuleSetL3RefResult,
    )
    from ..models.query_policy_route_rule_set_result import QueryPolicyRouteRuleSetResult
    from ..models.query_policy_route_rule_set_v_router_ref_result import (
        QueryPolicyRouteRuleSetVRouterRefResult,
    )
    from ..models.query_policy_route_table_result import QueryPolicyRouteTableResult
    from ..models.query_policy_route_table_route_entry_result import (
        QueryPolicyRouteTableRouteEntryResult,
    )
    from ..models.query_policy_route_table_v_router_ref_result import (
        QueryPolicyRouteTableVRouterRefResult,
    )
    from ..models.query_sdn_controller_result import QuerySdnControllerResult
    from ..models.query_v_router_ospf_area_result import QueryVRouterOspfAreaResult
    from ..models.query_v_router_ospf_network_result import QueryVRouterOspfNetworkResult
    from ..models.query_v_router_route_entry_result import QueryVRouterRouteEntryResult
    from ..models.query_v_router_route_table_result import QueryVRouterRouteTableResult
    from ..models.query_virtual_router_offering_result import QueryVirtualRouterOfferingResult
    from ..models.query_virtual_router_v_router_route_table_ref_result import (
        QueryVirtualRouterVRouterRouteTableRefResult,
    )
    from ..models.query_virtual_router_vm_result import QueryVirtualRouterVmResult
    from ..models.query_vni_range_result import QueryVniRangeResult
    from ..models.query_vpc_ha_group_network_service_ref_result import (
        QueryVpcHaGroupNetworkServiceRefResult,
    )
    from ..models.query_vpc_ha_group_result import QueryVpcHaGroupResult
    from ..models.query_vpc_router_result import QueryVpcRouterResult
    from ..models.query_vpc_snat_state_result import QueryVpcSnatStateResult
    from ..models.query_vtep_result import QueryVtepResult
    from ..models.reconnect_nfv_inst_result import ReconnectNfvInstResult
    from ..models.reconnect_sdn_controller_result import ReconnectSdnControllerResult
    from ..models.reconnect_virtual_router_result import ReconnectVirtualRouterResult
    from ..models.remove_dns_from_l3_network_result import RemoveDnsFromL3NetworkResult
    from ..models.remove_dns_from_vpc_router_result import RemoveDnsFromVpcRouterResult
    from ..models.remove_host_route_from_l3_network_result import RemoveHostRouteFromL3NetworkResult
    from ..models.remove_rendezvous_point_from_multicast_router_result import (
        RemoveRendezvousPointFromMulticastRouterResult,
    )
    from ..models.remove_sdn_controller_result import RemoveSdnControllerResult
    from ..models.remove_v_router_networks_from_ospf_area_result import (
        RemoveVRouterNetworksFromOspfAreaResult,
    )
    from ..models.router_area_inventory import RouterAreaInventory
    from ..models.sdn_controller_add_host_result import SdnControllerAddHostResult
    from ..models.sdn_controller_change_host_result import SdnControllerChangeHostResult
    from ..models.sdn_controller_inventory import SdnControllerInventory
    from ..models.sdn_controller_remove_host_result import SdnControllerRemoveHostResult
    from ..models.set_l3_network_mtu_result import SetL3NetworkMtuResult
    from ..models.set_l3_network_router_interface_ip_result import (
        SetL3NetworkRouterInterfaceIpResult,
    )
    from ..models.set_v_router_router_id_result import SetVRouterRouterIdResult
    from ..models.set_vpc_v_router_distributed_routing_enabled_result import (
        SetVpcVRouterDistributedRoutingEnabledResult,
    )
    from ..models.set_vpc_v_router_network_service_state_result import (
        SetVpcVRouterNetworkServiceStateResult,
    )
    from ..models.sync_nfv_inst_group_result import SyncNfvInstGroupResult
    from ..models.update_ip_range_result import UpdateIpRangeResult
    from ..models.update_l2_network_result import UpdateL2NetworkResult
    from ..models.update_l3_network_result import UpdateL3NetworkResult
    from ..models.update_nfv_inst_group_result import UpdateNfvInstGroupResult
    from ..models.update_policy_route_rule_set_result import UpdatePolicyRouteRuleSetResult
    from ..models.update_sdn_controller_result import UpdateSdnControllerResult
    from ..models.update_v_router_ospf_area_result import UpdateVRouterOspfAreaResult
    from ..models.update_v_router_route_table_result import UpdateVRouterRouteTableResult
    from ..models.update_virtual_router_offering_result import UpdateVirtualRouterOfferingResult
    from ..models.update_virtual_router_result import UpdateVirtualRouterResult
    from ..models.update_virtual_router_software_version_result import (
        UpdateVirtualRouterSoftwareVersionResult,
    )
    from ..models.update_vni_range_result import UpdateVniRangeResult
    from ..models.update_vpc_ha_group_result import UpdateVpcHaGroupResult
    from ..models.used_ip_inventory import UsedIpInventory
    from ..models.v_router_route_entry_inventory import VRouterRouteEntryInventory
    from ..models.virtual_router_offering_inventory import VirtualRouterOfferingInventory
    from ..models.virtual_router_v_router_route_table_ref_inventory import (
        VirtualRouterVRouterRouteTableRefInventory,
    )
    from ..models.vni_range_inventory import VniRangeInventory
    from ..models.vpc_ha_group_inventory import VpcHaGroupInventory
    from ..models.vpc_router_vm_inventory import VpcRouterVmInventory
    from ..models.vtep_inventory import VtepInventory

__all__ = ["AsyncNetworkResourcesApi", "NetworkResourcesApi"]


ADD_DNS_TO_L3_NETWORK: Api[AddDnsToL3NetworkResult] = Api(
    "AddDnsToL3Network",
    "POST",
    "/l3-networks/{l3NetworkUuid}/dns",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("dns", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_dns_to_l3_network_result:AddDnsToL3NetworkResult",
)

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
    body_key="params",
    since="2.4.0",
    result=".models.add_dns_to_vpc_router_result:AddDnsToVpcRouterResult",
)

ADD_HOST_ROUTE_TO_L3_NETWORK: Api[AddHostRouteToL3NetworkResult] = Api(
    "AddHostRouteToL3Network",
    "POST",
    "/l3-networks/{l3NetworkUuid}/hostroute",
    params=(
        ("l3NetworkUuid", "path", "2.3"),
        ("nexthop", "body", "2.3"),
        ("prefix", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.add_host_route_to_l3_network_result:AddHostRouteToL3NetworkResult",
)

ADD_IP_RANGE: Api[AddIpRangeResult] = Api(
    "AddIpRange",
    "POST",
    "/l3-networks/{l3NetworkUuid}/ip-ranges",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("endIp", "body", "0.6"),
        ("gateway", "body", "0.6"),
        ("ipRangeType", "body", "3.9.0"),
        ("name", "body", "0.6"),
        ("netmask", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("startIp", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_ip_range_result:AddIpRangeResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("ipRangeType", "ip_range_type", "enum", ("Normal", "AddressPool")),
        ("name", "name", "maxLength", 255),
    ),
)

ADD_IP_RANGE_BY_NETWORK_CIDR: Api[AddIpRangeByNetworkCidrResult] = Api(
    "AddIpRangeByNetworkCidr",
    "POST",
    "/l3-networks/{l3NetworkUuid}/ip-ranges/by-cidr",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("gateway", "body", "3.7.0"),
        ("ipRangeType", "body", "3.9.0"),
        ("name", "body", "0.6"),
        ("networkCidr", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_ip_range_by_network_cidr_result:AddIpRangeByNetworkCidrResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("gateway", "gateway", "maxLength", 64),
        ("ipRangeType", "ip_range_type", "enum", ("Normal", "AddressPool")),
        ("name", "name", "maxLength", 255),
    ),
)

ADD_IPV6_RANGE: Api[AddIpv6RangeResult] = Api(
    "AddIpv6Range",
    "POST",
    "/l3-networks/{l3NetworkUuid}/ipv6-ranges",
    params=(
        ("l3NetworkUuid", "path", "3.1.0"),
        ("addressMode", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("endIp", "body", "3.1.0"),
        ("gateway", "body", "3.1.0"),
        ("ipRangeType", "body", None),
        ("name", "body", "3.1.0"),
        ("prefixLen", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("startIp", "body", "3.1.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="params",
    since="3.1.0",
    result=".models.add_ipv6_range_result:AddIpv6RangeResult",
    checks=(
        ("addressMode", "address_mode", "enum", ("SLAAC", "Stateful-DHCP", "Stateless-DHCP")),
        ("description", "description", "maxLength", 2048),
        ("ipRangeType", "ip_range_type", "enum", ("Normal", "AddressPool")),
        ("name", "name", "maxLength", 255),
        ("prefixLen", "prefix_len", "minimum", 8),
        ("prefixLen", "prefix_len", "maximum", 126),
    ),
)

ADD_IPV6_RANGE_BY_NETWORK_CIDR: Api[AddIpv6RangeByNetworkCidrResult] = Api(
    "AddIpv6RangeByNetworkCidr",
    "POST",
    "/l3-networks/{l3NetworkUuid}/ipv6-ranges/by-cidr",
    params=(
        ("l3NetworkUuid", "path", "3.1.0"),
        ("addressMode", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("ipRangeType", "body", None),
        ("name", "body", "3.1.0"),
        ("networkCidr", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="params",
    since="3.1.0",
    result=".models.add_ipv6_range_by_network_cidr_result:AddIpv6RangeByNetworkCidrResult",
    checks=(
        ("addressMode", "address_mode", "enum", ("SLAAC", "Stateful-DHCP", "Stateless-DHCP")),
        ("description", "description", "maxLength", 2048),
        ("ipRangeType", "ip_range_type", "enum", ("Normal", "AddressPool")),
        ("name", "name", "maxLength", 255),
    ),
)

ADD_L3_NETWORK_TO_GROUP: Api[AddL3NetworkToGroupResult] = Api(
    "AddL3NetworkToGroup",
    "POST",
    "/nfvinstgroup/group/{nfvInstGroupUuid}/service/{networkServiceUuid}",
    params=(
        ("nfvInstGroupUuid", "path", "0.6"),
        ("networkServiceUuid", "path", "0.6"),
        ("backendL3NetworkUuids", "body", "0.6"),
        ("frontEndL3NetworkUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_l3_network_to_group_result:AddL3NetworkToGroupResult",
)

ADD_RENDEZVOUS_POINT_TO_MULTICAST_ROUTER: Api[AddRendezvousPointToMulticastRouterResult] = Api(
    "AddRendezvousPointToMulticastRouter",
    "POST",
    "/multicast/virtual-routers/{uuid}/RendezvousPoint",
    params=(
        ("uuid", "path", "3.7.0"),
        ("groupAddress", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("rpAddress", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="params",
    since="3.7.0",
    result=".models.add_rendezvous_point_to_multicast_router_result:AddRendezvousPointToMulticastRouterResult",
)

ADD_RESERVED_IP_RANGE: Api[AddReservedIpRangeResult] = Api(
    "AddReservedIpRange",
    "POST",
    "/l3-networks/{l3NetworkUuid}/reserved-ip-ranges",
    params=(
        ("l3NetworkUuid", "path", "5.1.0"),
        ("endIp", "body", "5.1.0"),
        ("resourceUuid", "body", "5.1.0"),
        ("startIp", "body", "5.1.0"),
        ("tagUuids", "body", "5.1.0"),
        ("systemTags", "root", "5.1.0"),
        ("userTags", "root", "5.1.0"),
    ),
    body_key="params",
    since="5.1.0",
    result=".models.add_reserved_ip_range_result:AddReservedIpRangeResult",
)

ADD_SDN_CONTROLLER: Api[AddSdnControllerResult] = Api(
    "AddSdnController",
    "POST",
    "/sdn-controllers",
    params=(
        ("description", "body", "3.7"),
        ("ip", "body", "3.7"),
        ("name", "body", "3.7"),
        ("password", "body", "3.7"),
        ("resourceUuid", "body", "3.7"),
        ("tagUuids", "body", "3.7"),
        ("userName", "body", "3.7"),
        ("vendorType", "body", "3.7"),
        ("zoneUuid", "body", "5.3.0"),
        ("systemTags", "root", "3.7"),
        ("userTags", "root", "3.7"),
    ),
    body_key="params",
    since="3.7",
    result=".models.add_sdn_controller_result:AddSdnControllerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("ip", "ip", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("userName", "user_name", "maxLength", 255),
        ("vendorType", "vendor_type", "maxLength", 255),
    ),
)

ADD_V_ROUTER_NETWORKS_TO_OSPF_AREA: Api[AddVRouterNetworksToOspfAreaResult] = Api(
    "AddVRouterNetworksToOspfArea",
    "POST",
    "/routerArea/{routerAreaUuid}/router/{vRouterUuid}/addnetworks",
    params=(
        ("routerAreaUuid", "path", "3.4.0"),
        ("vRouterUuid", "path", "3.4.0"),
        ("l3NetworkUuids", "body", "3.4.0"),
        ("resourceUuid", "body", "3.4.0"),
        ("tagUuids", "body", "3.4.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    body_key="params",
    since="3.4.0",
    result=".models.add_v_router_networks_to_ospf_area_result:AddVRouterNetworksToOspfAreaResult",
    checks=(
        ("routerAreaUuid", "router_area_uuid", "minLength", 1),
        ("vRouterUuid", "v_router_uuid", "minLength", 1),
        ("l3NetworkUuids", "l3_network_uuids", "minItems", 1),
    ),
)

ADD_V_ROUTER_ROUTE_ENTRY: Api[AddVRouterRouteEntryResult] = Api(
    "AddVRouterRouteEntry",
    "POST",
    "/vrouter-route-tables/{routeTableUuid}/route-entries",
    params=(
        ("routeTableUuid", "path", "2.1"),
        ("description", "body", "2.1"),
        ("destination", "body", "2.1"),
        ("distance", "body", "2.1"),
        ("resourceUuid", "body", "2.1"),
        ("tagUuids", "body", None),
        ("target", "body", "2.1"),
        ("type", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="params",
    since="2.1",
    result=".models.add_v_router_route_entry_result:AddVRouterRouteEntryResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("destination", "destination", "maxLength", 64),
        ("distance", "distance", "minimum", 1),
        ("distance", "distance", "maximum", 254),
        ("target", "target", "maxLength", 64),
        ("type", "type", "maxLength", 32),
    ),
)

ATTACH_L2_NETWORK_TO_CLUSTER: Api[AttachL2NetworkToClusterResult] = Api(
    "AttachL2NetworkToCluster",
    "POST",
    "/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}",
    params=(
        ("l2NetworkUuid", "path", "0.6"),
        ("clusterUuid", "path", "0.6"),
        ("l2ProviderType", "body", "4.8.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    since="0.6",
    result=".models.attach_l2_network_to_cluster_result:AttachL2NetworkToClusterResult",
    checks=(("l2ProviderType", "l2_provider_type", "enum", ("LinuxBridge",)),),
)

ATTACH_NFV_INST_TO_GROUP: Api[AttachNfvInstToGroupResult] = Api(
    "AttachNfvInstToGroup",
    "PUT",
    "/nfvinstgroup/group/{groupUuid}/instances/{nfvInstUuid}/actions",
    params=(
        ("groupUuid", "path", "5.4.2"),
        ("nfvInstUuid", "path", "5.4.2"),
        ("systemTags", "root", "5.4.2"),
        ("userTags", "root", "5.4.2"),
    ),
    body_key="attachNfvInstToGroup",
    since="5.4.2",
    result=".models.attach_nfv_inst_to_group_result:AttachNfvInstToGroupResult",
)

ATTACH_POLICY_ROUTE_RULE_SET_TO_L3: Api[AttachPolicyRouteRuleSetToL3Result] = Api(
    "AttachPolicyRouteRuleSetToL3",
    "POST",
    "/policy-routes/rulesets/{ruleSetUuid}/l3networks/{l3Uuid}",
    params=(
        ("ruleSetUuid", "path", "3.6.0"),
        ("l3Uuid", "path", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.attach_policy_route_rule_set_to_l3_result:AttachPolicyRouteRuleSetToL3Result",
    checks=(
        ("ruleSetUuid", "rule_set_uuid", "minLength", 1),
        ("l3Uuid", "l3_uuid", "minLength", 1),
    ),
)

ATTACH_V_ROUTER_ROUTE_TABLE_TO_V_ROUTER: Api[AttachVRouterRouteTableToVRouterResult] = Api(
    "AttachVRouterRouteTableToVRouter",
    "POST",
    "/vrouter-route-tables/{routeTableUuid}/attach",
    params=(
        ("routeTableUuid", "path", "2.1"),
        ("virtualRouterVmUuid", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="params",
    since="2.1",
    result=".models.attach_v_router_route_table_to_v_router_result:AttachVRouterRouteTableToVRouterResult",
)

CHANGE_L2_NETWORK_VLAN_ID: Api[ChangeL2NetworkVlanIdResult] = Api(
    "ChangeL2NetworkVlanId",
    "PUT",
    "/l2-networks/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("type", "body", None),
        ("vlan", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="changeL2NetworkVlanId",
    since=None,
    result=".models.change_l2_network_vlan_id_result:ChangeL2NetworkVlanIdResult",
)

CHANGE_L3_NETWORK_DHCP_IP_ADDRESS: Api[ChangeL3NetworkDhcpIpAddressResult] = Api(
    "ChangeL3NetworkDhcpIpAddress",
    "PUT",
    "/l3-networks/{l3NetworkUuid}/dhcp-ip",
    params=(
        ("l3NetworkUuid", "path", "5.1.0"),
        ("dhcpServerIp", "body", "5.1.0"),
        ("dhcpv6ServerIp", "body", "5.1.0"),
        ("systemTags", "root", "5.1.0"),
        ("userTags", "root", "5.1.0"),
    ),
    body_key="changeL3NetworkDhcpIpAddress",
    since="5.1.0",
    result=".models.change_l3_network_dhcp_ip_address_result:ChangeL3NetworkDhcpIpAddressResult",
    checks=(
        ("dhcpServerIp", "dhcp_server_ip", "minLength", 1),
        ("dhcpv6ServerIp", "dhcpv6_server_ip", "minLength", 1),
    ),
)

CHANGE_L3_NETWORK_STATE: Api[ChangeL3NetworkStateResult] = Api(
    "ChangeL3NetworkState",
    "PUT",
    "/l3-networks/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="changeL3NetworkState",
    since="0.6",
    result=".models.change_l3_network_state_result:ChangeL3NetworkStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_MULTICAST_ROUTER_STATE: Api[ChangeMulticastRouterStateResult] = Api(
    "ChangeMulticastRouterState",
    "PUT",
    "/multicast/virtual-routers/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("stateEvent", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="changeMulticastRouterState",
    since="3.7.0",
    result=".models.change_multicast_router_state_result:ChangeMulticastRouterStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_NFV_INST_GROUP_OPERATION_MODE: Api[ChangeNfvInstGroupOperationModeResult] = Api(
    "ChangeNfvInstGroupOperationMode",
    "PUT",
    "/nfvinstgroup/group/{uuid}/actions",
    params=(
        ("uuid", "path", "5.4.2"),
        ("operationMode", "body", "5.4.2"),
        ("systemTags", "root", "5.4.2"),
        ("userTags", "root", "5.4.2"),
    ),
    body_key="changeNfvInstGroupOperationMode",
    since="5.4.2",
    result=".models.change_nfv_inst_group_operation_mode_result:ChangeNfvInstGroupOperationModeResult",
    checks=(("operationMode", "operation_mode", "enum", ("Normal", "Maintenance")),),
)

CHANGE_SDN_CONTROLLER: Api[ChangeSdnControllerResult] = Api(
    "ChangeSdnController",
    "PUT",
    "/sdn-controllers/{uuid}/actions",
    params=(
        ("uuid", "path", "5.4.0"),
        ("password", "body", "5.4.0"),
        ("userName", "body", "5.4.0"),
        ("vlanRanges", "body", "5.4.0"),
        ("systemTags", "root", "5.4.0"),
        ("userTags", "root", "5.4.0"),
    ),
    body_key="changeSdnController",
    since="5.4.0",
    result=".models.change_sdn_controller_result:ChangeSdnControllerResult",
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
    body_key="changeVpcHaGroupMonitorIps",
    since="3.5.1",
    result=".models.change_vpc_ha_group_monitor_ips_result:ChangeVpcHaGroupMonitorIpsResult",
    checks=(("monitorIps", "monitor_ips", "minItems", 1),),
)

CHECK_IP_AVAILABILITY: Api[CheckIpAvailabilityResult] = Api(
    "CheckIpAvailability",
    "GET",
    "/l3-networks/{l3NetworkUuid}/ip/{ip}/availability",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("ip", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
        ("arpCheck", "query", "5.1.0"),
        ("ipRangeCheck", "query", "5.1.0"),
    ),
    since="0.6",
    result=".models.check_ip_availability_result:CheckIpAvailabilityResult",
    checks=(("ip", "ip", "maxLength", 255),),
)

CREATE_HUAWEI_I_MASTER_V_ROUTER: Api[CreateHuaweiIMasterVRouterResult] = Api(
    "CreateHuaweiIMasterVRouter",
    "POST",
    "/sdn-controller/huawei-imaster/vrouters",
    params=(
        ("description", "body", "5.4.0"),
        ("huaweiVpcUuid", "body", "5.4.0"),
        ("name", "body", "5.4.0"),
        ("resourceUuid", "body", "5.4.0"),
        ("tagUuids", "body", "5.4.0"),
        ("systemTags", "root", "5.4.0"),
        ("userTags", "root", "5.4.0"),
    ),
    body_key="params",
    since="5.4.0",
    result=".models.create_huawei_i_master_v_router_result:CreateHuaweiIMasterVRouterResult",
)

CREATE_L2_HARDWARE_VXLAN_NETWORK: Api[CreateL2HardwareVxlanNetworkResult] = Api(
    "CreateL2HardwareVxlanNetwork",
    "POST",
    "/l2-networks/hardware-vxlan",
    params=(
        ("description", "body", "3.7"),
        ("h3cTenantUuid", "body", "5.4.0"),
        ("isolated", "body", "5.0.0"),
        ("name", "body", "3.7"),
        ("physicalInterface", "body", "3.7"),
        ("poolUuid", "body", "3.7"),
        ("pvlan", "body", "5.0.0"),
        ("resourceUuid", "body", "3.7"),
        ("tagUuids", "body", "3.7"),
        ("type", "body", "3.7"),
        ("vSwitchType", "body", "0.6"),
        ("vlan", "body", "5.4.0"),
        ("vni", "body", "3.7"),
        ("zoneUuid", "body", "3.7"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_l2_hardware_vxlan_network_result:CreateL2HardwareVxlanNetworkResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("physicalInterface", "physical_interface", "maxLength", 1024),
        ("pvlan", "pvlan", "minLength", 1),
        ("vSwitchType", "v_switch_type", "maxLength", 1024),
        ("vSwitchType", "v_switch_type", "enum", ("LinuxBridge", "OvsDpdk", "MacVlan")),
        ("vni", "vni", "minimum", 1),
        ("vni", "vni", "maximum", 16777214),
        ("zoneUuid", "zone_uuid", "maxLength", 1024),
    ),
)

CREATE_L2_HARDWARE_VXLAN_NETWORK_POOL: Api[CreateL2HardwareVxlanNetworkPoolResult] = Api(
    "CreateL2HardwareVxlanNetworkPool",
    "POST",
    "/l2-networks/hardware-vxlan-pool",
    params=(
        ("description", "body", "3.7"),
        ("endVlan", "body", "5.3.28"),
        ("isolated", "body", "4.8.0"),
        ("name", "body", "3.7"),
        ("physicalInterface", "body", "3.7"),
        ("pvlan", "body", "4.8.0"),
        ("resourceUuid", "body", "3.7"),
        ("sdnControllerUuid", "body", "3.7"),
        ("startVlan", "body", "5.3.28"),
        ("tagUuids", "body", "3.7"),
        ("type", "body", "3.7"),
        ("vSwitchType", "body", "4.1.2"),
        ("zoneUuid", "body", "3.7"),
        ("systemTags", "root", "3.7"),
        ("userTags", "root", "3.7"),
    ),
    body_key="params",
    since="3.7",
    result=".models.create_l2_hardware_vxlan_network_pool_result:CreateL2HardwareVxlanNetworkPoolResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("physicalInterface", "physical_interface", "maxLength", 1024),
        ("pvlan", "pvlan", "minLength", 1),
        ("vSwitchType", "v_switch_type", "maxLength", 1024),
        ("vSwitchType", "v_switch_type", "enum", ("LinuxBridge", "OvsDpdk", "MacVlan")),
    ),
)

CREATE_L2_NO_VLAN_NETWORK: Api[CreateL2NoVlanNetworkResult] = Api(
    "CreateL2NoVlanNetwork",
    "POST",
    "/l2-networks/no-vlan",
    params=(
        ("description", "body", "0.6"),
        ("isolated", "body", "5.3.20"),
        ("name", "body", "0.6"),
        ("physicalInterface", "body", "0.6"),
        ("pvlan", "body", "5.3.20"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", "3.4.0"),
        ("type", "body", "0.6"),
        ("vSwitchType", "body", "4.8.0"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_l2_no_vlan_network_result:CreateL2NoVlanNetworkResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("physicalInterface", "physical_interface", "maxLength", 1024),
        ("pvlan", "pvlan", "minLength", 1),
        ("vSwitchType", "v_switch_type", "maxLength", 1024),
        ("vSwitchType", "v_switch_type", "enum", ("LinuxBridge", "OvsDpdk", "MacVlan")),
    ),
)

CREATE_L2_PORT_GROUP: Api[CreateL2PortGroupResult] = Api(
    "CreateL2PortGroup",
    "POST",
    "/l2-networks/port-group",
    params=(
        ("description", "body", None),
        ("isolated", "body", None),
        ("name", "body", None),
        ("physicalInterface", "body", None),
        ("pvlan", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("vSwitchType", "body", None),
        ("vSwitchUuid", "body", None),
        ("vlan", "body", None),
        ("vlanMode", "body", None),
        ("vlanRanges", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="params",
    since=None,
    result=".models.create_l2_port_group_result:CreateL2PortGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("physicalInterface", "physical_interface", "maxLength", 1024),
        ("pvlan", "pvlan", "minLength", 1),
        ("vSwitchType", "v_switch_type", "maxLength", 1024),
        ("vSwitchType", "v_switch_type", "enum", ("LinuxBridge", "OvsDpdk", "MacVlan")),
        ("vlan", "vlan", "minimum", 0),
        ("vlan", "vlan", "maximum", 4094),
        ("vlanMode", "vlan_mode", "enum", ("ACCESS", "TRUNK", "PVLAN")),
        ("zoneUuid", "zone_uuid", "maxLength", 1024),
    ),
)

CREATE_L2_TF_NETWORK: Api[CreateL2TfNetworkResult] = Api(
    "CreateL2TfNetwork",
    "POST",
    "/l2-networks/tf",
    params=(
        ("description", "body", "4.8.0"),
        ("ipPrefix", "body", "4.8.0"),
        ("ipPrefixLength", "body", "4.8.0"),
        ("isolated", "body", None),
        ("name", "body", "4.8.0"),
        ("physicalInterface", "body", "4.8.0"),
        ("pvlan", "body", None),
        ("resourceUuid", "body", "4.8.0"),
        ("tagUuids", "body", "4.8.0"),
        ("type", "body", "4.8.0"),
        ("vSwitchType", "body", "4.8.0"),
        ("zoneUuid", "body", "4.8.0"),
        ("systemTags", "root", "4.8.0"),
        ("userTags", "root", "4.8.0"),
    ),
    body_key="params",
    since="4.8.0",
    result=".models.create_l2_tf_network_result:CreateL2TfNetworkResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("ipPrefix", "ip_prefix", "maxLength", 255),
        ("ipPrefixLength", "ip_prefix_length", "minimum", 1),
        ("ipPrefixLength", "ip_prefix_length", "maximum", 32),
        ("name", "name", "maxLength", 255),
        ("physicalInterface", "physical_interface", "maxLength", 1024),
        ("pvlan", "pvlan", "minLength", 1),
        ("vSwitchType", "v_switch_type", "maxLength", 1024),
        ("vSwitchType", "v_switch_type", "enum", ("LinuxBridge", "OvsDpdk", "MacVlan")),
        ("zoneUuid", "zone_uuid", "maxLength", 1024),
    ),
)

CREATE_L2_VIRTUAL_SWITCH: Api[CreateL2VirtualSwitchResult] = Api(
    "CreateL2VirtualSwitch",
    "POST",
    "/l2-networks/virtual-switch",
    params=(
        ("description", "body", None),
        ("isDistributed", "body", None),
        ("isolated", "body", None),
        ("name", "body", None),
        ("physicalInterface", "body", None),
        ("pvlan", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("vSwitchType", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="params",
    since=None,
    result=".models.create_l2_virtual_switch_result:CreateL2VirtualSwitchResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("physicalInterface", "physical_interface", "maxLength", 1024),
        ("pvlan", "pvlan", "minLength", 1),
        ("vSwitchType", "v_switch_type", "maxLength", 1024),
        ("vSwitchType", "v_switch_type", "enum", ("LinuxBridge", "OvsDpdk", "MacVlan")),
    ),
)

CREATE_L2_VLAN_NETWORK: Api[CreateL2VlanNetworkResult] = Api(
    "CreateL2VlanNetwork",
    "POST",
    "/l2-networks/vlan",
    params=(
        ("description", "body", "0.6"),
        ("isolated", "body", "5.0.0"),
        ("name", "body", "0.6"),
        ("physicalInterface", "body", "0.6"),
        ("pvlan", "body", None),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", "4.8.0"),
        ("type", "body", "0.6"),
        ("vSwitchType", "body", "4.8.0"),
        ("vlan", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_l2_vlan_network_result:CreateL2VlanNetworkResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("physicalInterface", "physical_interface", "maxLength", 1024),
        ("pvlan", "pvlan", "minLength", 1),
        ("vSwitchType", "v_switch_type", "maxLength", 1024),
        ("vSwitchType", "v_switch_type", "enum", ("LinuxBridge", "OvsDpdk", "MacVlan")),
        ("vlan", "vlan", "minimum", 1),
        ("vlan", "vlan", "maximum", 4094),
    ),
)

CREATE_L2_VXLAN_NETWORK: Api[CreateL2VxlanNetworkResult] = Api(
    "CreateL2VxlanNetwork",
    "POST",
    "/l2-networks/vxlan",
    params=(
        ("description", "body", "0.6"),
        ("isolated", "body", None),
        ("name", "body", "0.6"),
        ("physicalInterface", "body", "0.6"),
        ("poolUuid", "body", "0.6"),
        ("pvlan", "body", None),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", "3.4.0"),
        ("type", "body", "0.6"),
        ("vSwitchType", "body", "4.8.0"),
        ("vni", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_l2_vxlan_network_result:CreateL2VxlanNetworkResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("physicalInterface", "physical_interface", "maxLength", 1024),
        ("pvlan", "pvlan", "minLength", 1),
        ("vSwitchType", "v_switch_type", "maxLength", 1024),
        ("vSwitchType", "v_switch_type", "enum", ("LinuxBridge", "OvsDpdk", "MacVlan")),
        ("vni", "vni", "minimum", 1),
        ("vni", "vni", "maximum", 16777214),
        ("zoneUuid", "zone_uuid", "maxLength", 1024),
    ),
)

CREATE_L2_VXLAN_NETWORK_POOL: Api[CreateL2VxlanNetworkPoolResult] = Api(
    "CreateL2VxlanNetworkPool",
    "POST",
    "/l2-networks/vxlan-pool",
    params=(
        ("TagUuid", "body", "4.8.0"),
        ("description", "body", "0.6"),
        ("isolated", "body", None),
        ("name", "body", "0.6"),
        ("physicalInterface", "body", "0.6"),
        ("pvlan", "body", None),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("type", "body", "0.6"),
        ("vSwitchType", "body", "4.8.0"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_l2_vxlan_network_pool_result:CreateL2VxlanNetworkPoolResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("physicalInterface", "physical_interface", "maxLength", 1024),
        ("pvlan", "pvlan", "minLength", 1),
        ("vSwitchType", "v_switch_type", "maxLength", 1024),
        ("vSwitchType", "v_switch_type", "enum", ("LinuxBridge", "OvsDpdk", "MacVlan")),
    ),
)

CREATE_L3_NETWORK: Api[CreateL3NetworkResult] = Api(
    "CreateL3Network",
    "POST",
    "/l3-networks",
    params=(
        ("category", "body", "2.2"),
        ("description", "body", "0.6"),
        ("dnsDomain", "body", "0.6"),
        ("enableIPAM", "body", "4.6.21"),
        ("ipVersion", "body", "4.6.21"),
        ("l2NetworkUuid", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("system", "body", "0.6"),
        ("tagUuids", "body", "4.6.21"),
        ("type", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_l3_network_result:CreateL3NetworkResult",
    checks=(
        ("category", "category", "enum", ("Public", "Private", "System")),
        ("description", "description", "maxLength", 2048),
        ("ipVersion", "ip_version", "enum", (4, 6)),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_MULTICAST_ROUTER: Api[CreateMulticastRouterResult] = Api(
    "CreateMulticastRouter",
    "POST",
    "/multicast/virtual-routers",
    params=(
        ("description", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("vpcRouterVmUuid", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="params",
    since="3.7.0",
    result=".models.create_multicast_router_result:CreateMulticastRouterResult",
    checks=(("description", "description", "maxLength", 2048),),
)

CREATE_NFV_INST: Api[CreateNfvInstResult] = Api(
    "CreateNfvInst",
    "POST",
    "/nfvinstgroup/inst",
    params=(
        ("clusterUuid", "body", "0.6"),
        ("description", "body", "0.6"),
        ("hostUuid", "body", "0.6"),
        ("name", "body", "0.6"),
        ("nfvInstGroupUuid", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_nfv_inst_result:CreateNfvInstResult",
)

CREATE_NFV_INST_GROUP: Api[CreateNfvInstGroupResult] = Api(
    "CreateNfvInstGroup",
    "POST",
    "/nfvinstgroup/group",
    params=(
        ("backendL3NetworkUuids", "body", "0.6"),
        ("baseOsDistro", "body", "5.4.2"),
        ("clusterUuid", "body", "5.4.2"),
        ("description", "body", "0.6"),
        ("frontEndL3NetworkUuid", "body", "0.6"),
        ("funcType", "body", "0.6"),
        ("instType", "body", "0.6"),
        ("ipv6VipUuid", "body", "5.4.2"),
        ("monitorIps", "body", "0.6"),
        ("name", "body", "0.6"),
        ("netOsDistro", "body", "5.4.2"),
        ("nfvInstOfferingUuid", "body", "0.6"),
        ("primaryStoragePoolUuid", "body", "5.4.2"),
        ("primaryStorageUuid", "body", "5.4.2"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", "0.6"),
        ("vipUuid", "body", "5.4.2"),
        ("zoneUuid", "body", "5.4.2"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_nfv_inst_group_result:CreateNfvInstGroupResult",
    checks=(
        ("funcType", "func_type", "enum", ("DEDICATED_SLB",)),
        ("instType", "inst_type", "enum", ("KVM",)),
    ),
)

CREATE_NFV_INST_OFFERING: Api[CreateNfvInstOfferingResult] = Api(
    "CreateNfvInstOffering",
    "POST",
    "/instance-offerings/nfvinst",
    params=(
        ("allocatorStrategy", "body", "0.6"),
        ("cpuNum", "body", "0.6"),
        ("description", "body", "0.6"),
        ("imageUuid", "body", "0.6"),
        ("managementNetworkUuid", "body", "0.6"),
        ("memorySize", "body", "0.6"),
        ("name", "body", "0.6"),
        ("reservedMemorySize", "body", "5.4.2"),
        ("resourceUuid", "body", "0.6"),
        ("sortKey", "body", "0.6"),
        ("tagUuids", "body", "0.6"),
        ("type", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_nfv_inst_offering_result:CreateNfvInstOfferingResult",
)

CREATE_OVN_CONTROLLER_OFFERING: Api[CreateOvnControllerOfferingResult] = Api(
    "CreateOvnControllerOffering",
    "POST",
    "/instance-offerings/ovn",
    params=(
        ("allocatorStrategy", "body", "5.3.20"),
        ("cpuNum", "body", "5.3.20"),
        ("description", "body", "5.3.20"),
        ("imageUuid", "body", "5.3.20"),
        ("managementNetworkUuid", "body", "5.3.20"),
        ("memorySize", "body", "5.3.20"),
        ("name", "body", "5.3.20"),
        ("reservedMemorySize", "body", "5.3.20"),
        ("resourceUuid", "body", "5.3.20"),
        ("sortKey", "body", "5.3.20"),
        ("tagUuids", "body", "5.3.20"),
        ("type", "body", "5.3.20"),
        ("zoneUuid", "body", "5.3.20"),
        ("systemTags", "root", "5.3.20"),
        ("userTags", "root", "5.3.20"),
    ),
    body_key="params",
    since="5.3.20",
    result=".models.create_ovn_controller_offering_result:CreateOvnControllerOfferingResult",
)

CREATE_POLICY_ROUTE_RULE: Api[CreatePolicyRouteRuleResult] = Api(
    "CreatePolicyRouteRule",
    "POST",
    "/policy-routes/rules",
    params=(
        ("destIp", "body", "3.6.0"),
        ("destPort", "body", "3.6.0"),
        ("protocol", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("ruleNumber", "body", "3.6.0"),
        ("ruleSetUuid", "body", "3.6.0"),
        ("sourceIp", "body", "3.6.0"),
        ("sourcePort", "body", "3.6.0"),
        ("tableUuid", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.create_policy_route_rule_result:CreatePolicyRouteRuleResult",
    checks=(
        ("ruleNumber", "rule_number", "minimum", 1001),
        ("ruleNumber", "rule_number", "maximum", 2999),
        ("ruleSetUuid", "rule_set_uuid", "minLength", 1),
        ("tableUuid", "table_uuid", "minLength", 1),
    ),
)

CREATE_POLICY_ROUTE_RULE_SET: Api[CreatePolicyRouteRuleSetResult] = Api(
    "CreatePolicyRouteRuleSet",
    "POST",
    "/policy-routes/rulesets",
    params=(
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("type", "body", "3.9.0"),
        ("vRouterUuid", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.create_policy_route_rule_set_result:CreatePolicyRouteRuleSetResult",
    checks=(
        ("name", "name", "maxLength", 255),
        ("type", "type", "enum", ("User", "EgressWhereComeFrom")),
        ("vRouterUuid", "v_router_uuid", "minLength", 1),
    ),
)

CREATE_POLICY_ROUTE_TABLE: Api[CreatePolicyRouteTableResult] = Api(
    "CreatePolicyRouteTable",
    "POST",
    "/policy-routes/tables",
    params=(
        ("description", "body", "3.6.0"),
        ("number", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("vRouterUuid", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.create_policy_route_table_result:CreatePolicyRouteTableResult",
    checks=(
        ("description", "description", "maxLength", 255),
        ("number", "number", "minimum", 1),
        ("number", "number", "maximum", 179),
        ("vRouterUuid", "v_router_uuid", "minLength", 1),
    ),
)

CREATE_POLICY_ROUTE_TABLE_ROUTE_ENTRY: Api[CreatePolicyRouteTableRouteEntryResult] = Api(
    "CreatePolicyRouteTableRouteEntry",
    "POST",
    "/policy-routes/routes",
    params=(
        ("destinationCidr", "body", "3.6.0"),
        ("distance", "body", "3.6.0"),
        ("nextHopIp", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("tableUuid", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.create_policy_route_table_route_entry_result:CreatePolicyRouteTableRouteEntryResult",
    checks=(
        ("distance", "distance", "minimum", 1),
        ("distance", "distance", "maximum", 100),
        ("tableUuid", "table_uuid", "minLength", 1),
    ),
)

CREATE_V_ROUTER_OSPF_AREA: Api[CreateVRouterOspfAreaResult] = Api(
    "CreateVRouterOspfArea",
    "POST",
    "/routerArea",
    params=(
        ("areaAuth", "body", "3.4.0"),
        ("areaId", "body", "3.4.0"),
        ("areaType", "body", "3.4.0"),
        ("keyId", "body", "3.4.0"),
        ("password", "body", "3.4.0"),
        ("resourceUuid", "body", "3.4.0"),
        ("tagUuids", "body", "3.4.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    body_key="params",
    since="3.4.0",
    result=".models.create_v_router_ospf_area_result:CreateVRouterOspfAreaResult",
    checks=(
        ("areaAuth", "area_auth", "maxLength", 16),
        ("areaId", "area_id", "maxLength", 64),
        ("areaType", "area_type", "maxLength", 16),
        ("keyId", "key_id", "minimum", 1),
        ("keyId", "key_id", "maximum", 255),
        ("password", "password", "maxLength", 16),
    ),
)

CREATE_V_ROUTER_ROUTE_TABLE: Api[CreateVRouterRouteTableResult] = Api(
    "CreateVRouterRouteTable",
    "POST",
    "/vrouter-route-tables",
    params=(
        ("description", "body", "2.1"),
        ("name", "body", "2.1"),
        ("resourceUuid", "body", "2.1"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="params",
    since="2.1",
    result=".models.create_v_router_route_table_result:CreateVRouterRouteTableResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_VIRTUAL_ROUTER_OFFERING: Api[CreateVirtualRouterOfferingResult] = Api(
    "CreateVirtualRouterOffering",
    "POST",
    "/instance-offerings/virtual-routers",
    params=(
        ("allocatorStrategy", "body", "0.6"),
        ("cpuNum", "body", "0.6"),
        ("description", "body", "0.6"),
        ("imageUuid", "body", "0.6"),
        ("isDefault", "body", "0.6"),
        ("managementNetworkUuid", "body", "0.6"),
        ("memorySize", "body", "0.6"),
        ("name", "body", "0.6"),
        ("publicNetworkUuid", "body", "0.6"),
        ("reservedMemorySize", "body", None),
        ("resourceUuid", "body", "0.6"),
        ("sortKey", "body", "0.6"),
        ("tagUuids", "body", None),
        ("type", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_virtual_router_offering_result:CreateVirtualRouterOfferingResult",
    checks=(
        ("cpuNum", "cpu_num", "minimum", 1),
        ("cpuNum", "cpu_num", "maximum", 1024),
        ("description", "description", "maxLength", 2048),
        ("memorySize", "memory_size", "minimum", 1),
        ("memorySize", "memory_size", "maximum", 9223372036854775807),
        ("name", "name", "maxLength", 255),
        ("reservedMemorySize", "reserved_memory_size", "minimum", 0),
        ("reservedMemorySize", "reserved_memory_size", "maximum", 9223372036854775807),
    ),
)

CREATE_VNI_RANGE: Api[CreateVniRangeResult] = Api(
    "CreateVniRange",
    "POST",
    "/l2-networks/vxlan-pool/{l2NetworkUuid}/vni-ranges",
    params=(
        ("l2NetworkUuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("endVni", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("startVni", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_vni_range_result:CreateVniRangeResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("endVni", "end_vni", "minimum", 0),
        ("endVni", "end_vni", "maximum", 16777214),
        ("name", "name", "maxLength", 255),
        ("startVni", "start_vni", "minimum", 0),
        ("startVni", "start_vni", "maximum", 16777214),
    ),
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
    body_key="params",
    since="0.6",
    result=".models.create_vpc_v_router_result:CreateVpcVRouterResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_VXLAN_POOL_REMOTE_VTEP: Api[CreateVxlanPoolRemoteVtepResult] = Api(
    "CreateVxlanPoolRemoteVtep",
    "POST",
    "/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}/remote-vtep-ip",
    params=(
        ("l2NetworkUuid", "path", None),
        ("clusterUuid", "path", None),
        ("remoteVtepIp", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="params",
    since=None,
    result=".models.create_vxlan_pool_remote_vtep_result:CreateVxlanPoolRemoteVtepResult",
    checks=(("remoteVtepIp", "remote_vtep_ip", "maxLength", 15),),
)

CREATE_VXLAN_VTEP: Api[CreateVxlanVtepResult] = Api(
    "CreateVxlanVtep",
    "POST",
    "/l2-networks/vxlan/vteps",
    params=(
        ("hostUuid", "body", None),
        ("poolUuid", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("vtepIp", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="params",
    since=None,
    result=".models.create_vxlan_vtep_result:CreateVxlanVtepResult",
)

DELETE_HUAWEI_I_MASTER_FABRIC: Api[DeleteHuaweiIMasterFabricResult] = Api(
    "DeleteHuaweiIMasterFabric",
    "DELETE",
    "/sdn-controller/huawei-imaster/fabrics/{uuid}",
    params=(
        ("uuid", "path", "5.4.0"),
        ("sdnControllerUuid", "query", "5.4.0"),
        ("deleteMode", "query", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    since="5.4.0",
    result=".models.delete_huawei_i_master_fabric_result:DeleteHuaweiIMasterFabricResult",
)

DELETE_HUAWEI_I_MASTER_TENANT: Api[DeleteHuaweiIMasterTenantResult] = Api(
    "DeleteHuaweiIMasterTenant",
    "DELETE",
    "/sdn-controller/huawei-imaster/tenants/{uuid}",
    params=(
        ("uuid", "path", "5.4.0"),
        ("sdnControllerUuid", "query", "5.4.0"),
        ("deleteMode", "query", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    since="5.4.0",
    result=".models.delete_huawei_i_master_tenant_result:DeleteHuaweiIMasterTenantResult",
)

DELETE_HUAWEI_I_MASTER_V_ROUTER: Api[DeleteHuaweiIMasterVRouterResult] = Api(
    "DeleteHuaweiIMasterVRouter",
    "DELETE",
    "/sdn-controller/huawei-imaster/vrouters/{uuid}",
    params=(
        ("uuid", "path", "5.4.0"),
        ("sdnControllerUuid", "query", "5.4.0"),
        ("deleteMode", "query", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    since="5.4.0",
    result=".models.delete_huawei_i_master_v_router_result:DeleteHuaweiIMasterVRouterResult",
)

DELETE_HUAWEI_I_MASTER_VPC: Api[DeleteHuaweiIMasterVpcResult] = Api(
    "DeleteHuaweiIMasterVpc",
    "DELETE",
    "/sdn-controller/huawei-imaster/vpcs/{uuid}",
    params=(
        ("uuid", "path", "5.4.0"),
        ("sdnControllerUuid", "query", "5.4.0"),
        ("deleteMode", "query", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    since="5.4.0",
    result=".models.delete_huawei_i_master_vpc_result:DeleteHuaweiIMasterVpcResult",
)

DELETE_IP_ADDRESS: Api[DeleteIpAddressResult] = Api(
    "DeleteIpAddress",
    "DELETE",
    "/l3-networks/{l3NetworkUuid}/ip-address",
    params=(
        ("l3NetworkUuid", "path", "5.1.0"),
        ("usedIpUuids", "query", "5.1.0"),
        ("deleteMode", "query", "5.1.0"),
        ("systemTags", "query", "5.1.0"),
        ("userTags", "query", "5.1.0"),
    ),
    since="5.1.0",
    result=".models.delete_ip_address_result:DeleteIpAddressResult",
)

DELETE_IP_RANGE: Api[DeleteIpRangeResult] = Api(
    "DeleteIpRange",
    "DELETE",
    "/l3-networks/ip-ranges/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_ip_range_result:DeleteIpRangeResult",
)

DELETE_L2_NETWORK: Api[DeleteL2NetworkResult] = Api(
    "DeleteL2Network",
    "DELETE",
    "/l2-networks/{uuid}",
    params=(
        ("uuid", "path", "4.8.0"),
        ("deleteMode", "query", "4.8.0"),
        ("systemTags", "query", "4.8.0"),
        ("userTags", "query", "4.8.0"),
    ),
    since="4.8.0",
    result=".models.delete_l2_network_result:DeleteL2NetworkResult",
)

DELETE_L3_NETWORK: Api[DeleteL3NetworkResult] = Api(
    "DeleteL3Network",
    "DELETE",
    "/l3-networks/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_l3_network_result:DeleteL3NetworkResult",
)

DELETE_MULTICAST_ROUTER: Api[DeleteMulticastRouterResult] = Api(
    "DeleteMulticastRouter",
    "DELETE",
    "/multicast/virtual-routers/{uuid}",
    params=(
        ("uuid", "path", "3.7.0"),
        ("deleteMode", "query", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    since="3.7.0",
    result=".models.delete_multicast_router_result:DeleteMulticastRouterResult",
)

DELETE_NFV_INST_GROUP: Api[DeleteNfvInstGroupResult] = Api(
    "DeleteNfvInstGroup",
    "DELETE",
    "/nfvinstgroup/group/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_nfv_inst_group_result:DeleteNfvInstGroupResult",
)

DELETE_POLICY_ROUTE_RULE: Api[DeletePolicyRouteRuleResult] = Api(
    "DeletePolicyRouteRule",
    "DELETE",
    "/policy-routes/rules/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.delete_policy_route_rule_result:DeletePolicyRouteRuleResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

DELETE_POLICY_ROUTE_RULE_SET: Api[DeletePolicyRouteRuleSetResult] = Api(
    "DeletePolicyRouteRuleSet",
    "DELETE",
    "/policy-routes/ruleSets/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.delete_policy_route_rule_set_result:DeletePolicyRouteRuleSetResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

DELETE_POLICY_ROUTE_TABLE: Api[DeletePolicyRouteTableResult] = Api(
    "DeletePolicyRouteTable",
    "DELETE",
    "/policy-routes/tables/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.delete_policy_route_table_result:DeletePolicyRouteTableResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

DELETE_POLICY_ROUTE_TABLE_ROUTE_ENTRY: Api[DeletePolicyRouteTableRouteEntryResult] = Api(
    "DeletePolicyRouteTableRouteEntry",
    "DELETE",
    "/policy-routes/routes/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.delete_policy_route_table_route_entry_result:DeletePolicyRouteTableRouteEntryResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

DELETE_RESERVED_IP_RANGE: Api[DeleteReservedIpRangeResult] = Api(
    "DeleteReservedIpRange",
    "DELETE",
    "/l3-networks/reserved-ip-ranges/{uuid}",
    params=(
        ("uuid", "path", "5.1.0"),
        ("deleteMode", "query", "5.1.0"),
        ("systemTags", "query", "5.1.0"),
        ("userTags", "query", "5.1.0"),
    ),
    since="5.1.0",
    result=".models.delete_reserved_ip_range_result:DeleteReservedIpRangeResult",
)

DELETE_V_ROUTER_OSPF_AREA: Api[DeleteVRouterOspfAreaResult] = Api(
    "DeleteVRouterOspfArea",
    "DELETE",
    "/routerArea/{uuid}",
    params=(
        ("uuid", "path", "3.4.0"),
        ("deleteMode", "query", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    since="3.4.0",
    result=".models.delete_v_router_ospf_area_result:DeleteVRouterOspfAreaResult",
)

DELETE_V_ROUTER_ROUTE_ENTRY: Api[DeleteVRouterRouteEntryResult] = Api(
    "DeleteVRouterRouteEntry",
    "DELETE",
    "/vrouter-route-tables/{routeTableUuid}/route-entries/{uuid}",
    params=(
        ("routeTableUuid", "path", "2.1"),
        ("uuid", "path", "2.1"),
        ("deleteMode", "query", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.delete_v_router_route_entry_result:DeleteVRouterRouteEntryResult",
)

DELETE_V_ROUTER_ROUTE_TABLE: Api[DeleteVRouterRouteTableResult] = Api(
    "DeleteVRouterRouteTable",
    "DELETE",
    "/vrouter-route-tables/{uuid}",
    params=(
        ("uuid", "path", "2.1"),
        ("deleteMode", "query", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.delete_v_router_route_table_result:DeleteVRouterRouteTableResult",
)

DELETE_VNI_RANGE: Api[DeleteVniRangeResult] = Api(
    "DeleteVniRange",
    "DELETE",
    "/l2-networks/vxlan-pool/vni-ranges/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_vni_range_result:DeleteVniRangeResult",
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
    since="3.5.1",
    result=".models.delete_vpc_ha_group_result:DeleteVpcHaGroupResult",
)

DELETE_VXLAN_L2_NETWORK: Api[DeleteVxlanL2NetworkResult] = Api(
    "DeleteVxlanL2Network",
    "DELETE",
    "/l2-networks/vxlan/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.delete_vxlan_l2_network_result:DeleteVxlanL2NetworkResult",
)

DELETE_VXLAN_POOL_REMOTE_VTEP: Api[DeleteVxlanPoolRemoteVtepResult] = Api(
    "DeleteVxlanPoolRemoteVtep",
    "DELETE",
    "/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}/delete/remote-vtep-ip",
    params=(
        ("l2NetworkUuid", "path", None),
        ("clusterUuid", "path", None),
        ("remoteVtepIp", "query", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.delete_vxlan_pool_remote_vtep_result:DeleteVxlanPoolRemoteVtepResult",
    checks=(("remoteVtepIp", "remote_vtep_ip", "maxLength", 15),),
)

DETACH_L2_NETWORK_FROM_CLUSTER: Api[DetachL2NetworkFromClusterResult] = Api(
    "DetachL2NetworkFromCluster",
    "DELETE",
    "/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}",
    params=(
        ("l2NetworkUuid", "path", "0.6"),
        ("clusterUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.detach_l2_network_from_cluster_result:DetachL2NetworkFromClusterResult",
)

DETACH_NFV_INST_FROM_GROUP: Api[DetachNfvInstFromGroupResult] = Api(
    "DetachNfvInstFromGroup",
    "PUT",
    "/nfvinstgroup/group/{groupUuid}/instances/{nfvInstUuid}/actions",
    params=(
        ("groupUuid", "path", "5.4.2"),
        ("nfvInstUuid", "path", "5.4.2"),
        ("systemTags", "root", "5.4.2"),
        ("userTags", "root", "5.4.2"),
    ),
    body_key="detachNfvInstFromGroup",
    since="5.4.2",
    result=".models.detach_nfv_inst_from_group_result:DetachNfvInstFromGroupResult",
)

DETACH_POLICY_ROUTE_RULE_SET_FROM_L3: Api[DetachPolicyRouteRuleSetFromL3Result] = Api(
    "DetachPolicyRouteRuleSetFromL3",
    "DELETE",
    "/policy-routes/rulesets/{ruleSetUuid}/l3networks/{l3Uuid}",
    params=(
        ("ruleSetUuid", "path", "3.6.0"),
        ("l3Uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.detach_policy_route_rule_set_from_l3_result:DetachPolicyRouteRuleSetFromL3Result",
    checks=(
        ("ruleSetUuid", "rule_set_uuid", "minLength", 1),
        ("l3Uuid", "l3_uuid", "minLength", 1),
    ),
)

DETACH_V_ROUTER_ROUTE_TABLE_FROM_V_ROUTER: Api[DetachVRouterRouteTableFromVRouterResult] = Api(
    "DetachVRouterRouteTableFromVRouter",
    "DELETE",
    "/vrouter-route-tables/{routeTableUuid}/detach/{virtualRouterVmUuid}",
    params=(
        ("routeTableUuid", "path", "2.1"),
        ("virtualRouterVmUuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.detach_v_router_route_table_from_v_router_result:DetachVRouterRouteTableFromVRouterResult",
)

GET_ATTACHABLE_PUBLIC_L3_FOR_V_ROUTER: Api[GetAttachablePublicL3ForVRouterResult] = Api(
    "GetAttachablePublicL3ForVRouter",
    "GET",
    "/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/attachable-public-l3s",
    params=(
        ("vmInstanceUuid", "path", "2.2"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
    ),
    since="2.2",
    result=".models.get_attachable_public_l3_for_v_router_result:GetAttachablePublicL3ForVRouterResult",
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
    body_key="params",
    since="2.3",
    result=".models.get_attachable_vpc_l3_network_result:GetAttachableVpcL3NetworkResult",
)

GET_CANDIDATE_CLUSTERS_FOR_ATTACHING_L2_NETWORK: Api[
    GetCandidateClustersForAttachingL2NetworkResult
] = Api(
    "GetCandidateClustersForAttachingL2Network",
    "GET",
    "/l2-networks/{l2NetworkUuid}/cluster-candidates",
    params=(
        ("l2NetworkUuid", "path", None),
        ("clusterTypes", "query", None),
        ("limit", "query", None),
        ("start", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.get_candidate_clusters_for_attaching_l2_network_result:GetCandidateClustersForAttachingL2NetworkResult",
)

GET_FREE_IP: Api[GetFreeIpResult] = Api(
    "GetFreeIp",
    "GET",
    "/l3-networks/ip/free",
    params=(
        ("l3NetworkUuid", "query", "0.6"),
        ("ipRangeUuid", "query", "0.6"),
        ("start", "query", "0.6"),
        ("ipRangeType", "query", "3.9.0"),
        ("ipVersion", "query", "3.10.0"),
        ("limit", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_free_ip_result:GetFreeIpResult",
    checks=(
        ("ipRangeType", "ip_range_type", "enum", ("Normal", "AddressPool")),
        ("ipVersion", "ip_version", "enum", (4, 6)),
    ),
)

GET_FREE_IP_OF_IP_RANGE: Api[GetFreeIpOfIpRangeResult] = Api(
    "GetFreeIpOfIpRange",
    "GET",
    "/l3-networks/ip-ranges/{ipRangeUuid}/ip/free",
    params=(
        ("ipRangeUuid", "path", None),
        ("l3NetworkUuid", "query", None),
        ("start", "query", None),
        ("ipRangeType", "query", None),
        ("ipVersion", "query", None),
        ("limit", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.get_free_ip_of_ip_range_result:GetFreeIpOfIpRangeResult",
    checks=(
        ("ipRangeType", "ip_range_type", "enum", ("Normal", "AddressPool")),
        ("ipVersion", "ip_version", "enum", (4, 6)),
    ),
)

GET_FREE_IP_OF_L3_NETWORK: Api[GetFreeIpOfL3NetworkResult] = Api(
    "GetFreeIpOfL3Network",
    "GET",
    "/l3-networks/{l3NetworkUuid}/ip/free",
    params=(
        ("l3NetworkUuid", "path", None),
        ("ipRangeUuid", "query", None),
        ("start", "query", None),
        ("ipRangeType", "query", None),
        ("ipVersion", "query", None),
        ("limit", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.get_free_ip_of_l3_network_result:GetFreeIpOfL3NetworkResult",
    checks=(
        ("ipRangeType", "ip_range_type", "enum", ("Normal", "AddressPool")),
        ("ipVersion", "ip_version", "enum", (4, 6)),
    ),
)

GET_IP_ADDRESS_CAPACITY: Api[GetIpAddressCapacityResult] = Api(
    "GetIpAddressCapacity",
    "GET",
    "/ip-capacity",
    params=(
        ("zoneUuids", "query", "0.6"),
        ("l3NetworkUuids", "query", "0.6"),
        ("ipRangeUuids", "query", "0.6"),
        ("all", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_ip_address_capacity_result:GetIpAddressCapacityResult",
)

GET_L2_NETWORK_TYPES: Api[GetL2NetworkTypesResult] = Api(
    "GetL2NetworkTypes",
    "GET",
    "/l2-networks/types",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_l2_network_types_result:GetL2NetworkTypesResult",
)

GET_L3_NETWORK_DHCP_IP_ADDRESS: Api[GetL3NetworkDhcpIpAddressResult] = Api(
    "GetL3NetworkDhcpIpAddress",
    "GET",
    "/l3-networks/{l3NetworkUuid}/dhcp-ip",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_l3_network_dhcp_ip_address_result:GetL3NetworkDhcpIpAddressResult",
)

GET_L3_NETWORK_IP_STATISTIC: Api[GetL3NetworkIpStatisticResult] = Api(
    "GetL3NetworkIpStatistic",
    "GET",
    "/l3-networks/{l3NetworkUuid}/ip-statistic",
    params=(
        ("l3NetworkUuid", "path", "3.7.0"),
        ("resourceType", "query", "3.7.0"),
        ("ip", "query", "3.7.0"),
        ("sortBy", "query", "3.7.0"),
        ("sortDirection", "query", "3.7.0"),
        ("start", "query", "3.7.0"),
        ("limit", "query", "3.7.0"),
        ("replyWithCount", "query", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    since="3.7.0",
    result=".models.get_l3_network_ip_statistic_result:GetL3NetworkIpStatisticResult",
    checks=(
        ("resourceType", "resource_type", "enum", ("All", "Vip", "VM")),
        ("sortBy", "sort_by", "enum", ("Ip", "CreateDate")),
        ("sortDirection", "sort_direction", "enum", ("asc", "desc")),
        ("start", "start", "minimum", 0),
        ("start", "start", "maximum", 2147483647),
        ("limit", "limit", "minimum", 0),
        ("limit", "limit", "maximum", 2147483647),
    ),
)

GET_L3_NETWORK_MTU: Api[GetL3NetworkMtuResult] = Api(
    "GetL3NetworkMtu",
    "GET",
    "/l3-networks/{l3NetworkUuid}/mtu",
    params=(
        ("l3NetworkUuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.get_l3_network_mtu_result:GetL3NetworkMtuResult",
)

GET_L3_NETWORK_ROUTER_INTERFACE_IP: Api[GetL3NetworkRouterInterfaceIpResult] = Api(
    "GetL3NetworkRouterInterfaceIp",
    "GET",
    "/l3-networks/{l3NetworkUuid}/router-interface-ip",
    params=(
        ("l3NetworkUuid", "path", "2.2"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
    ),
    since="2.2",
    result=".models.get_l3_network_router_interface_ip_result:GetL3NetworkRouterInterfaceIpResult",
)

GET_L3_NETWORK_TYPES: Api[GetL3NetworkTypesResult] = Api(
    "GetL3NetworkTypes",
    "GET",
    "/l3-networks/types",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_l3_network_types_result:GetL3NetworkTypesResult",
)

GET_POLICY_ROUTE_RULE_SET_FROM_VIRTUAL_ROUTER: Api[GetPolicyRouteRuleSetFromVirtualRouterResult] = (
    Api(
        "GetPolicyRouteRuleSetFromVirtualRouter",
        "GET",
        "/policy-routes/rulesets/virtualrouter/{vmInstanceUuid}",
        params=(
            ("vmInstanceUuid", "path", "3.9.0"),
            ("systemTags", "query", "3.9.0"),
            ("userTags", "query", "3.9.0"),
        ),
        since="3.9.0",
        result=".models.get_policy_route_rule_set_from_virtual_router_result:GetPolicyRouteRuleSetFromVirtualRouterResult",
    )
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
    since=None,
    result=".models.get_route_table_vpc_v_router_candidate_result:GetRouteTableVpcVRouterCandidateResult",
)

GET_V_ROUTER_OSPF_NEIGHBOR: Api[GetVRouterOspfNeighborResult] = Api(
    "GetVRouterOspfNeighbor",
    "GET",
    "/routerArea/{vRouterUuid}/neighbor",
    params=(
        ("vRouterUuid", "path", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    since="3.4.0",
    result=".models.get_v_router_ospf_neighbor_result:GetVRouterOspfNeighborResult",
)

GET_V_ROUTER_ROUTE_TABLE: Api[GetVRouterRouteTableResult] = Api(
    "GetVRouterRouteTable",
    "GET",
    "/vrouter-route-tables/vrouter/{virtualRouterVmUuid}",
    params=(
        ("virtualRouterVmUuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.get_v_router_route_table_result:GetVRouterRouteTableResult",
)

GET_V_ROUTER_ROUTER_ID: Api[GetVRouterRouterIdResult] = Api(
    "GetVRouterRouterId",
    "GET",
    "/routerArea/{vRouterUuid}/routerid",
    params=(
        ("vRouterUuid", "path", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    since="3.4.0",
    result=".models.get_v_router_router_id_result:GetVRouterRouterIdResult",
)

GET_V_SWITCH_TYPES: Api[GetVSwitchTypesResult] = Api(
    "GetVSwitchTypes",
    "GET",
    "/l2-networks/vSwitchTypes",
    params=(
        ("systemTags", "query", "4.8.0"),
        ("userTags", "query", "4.8.0"),
    ),
    since="4.8.0",
    result=".models.get_v_switch_types_result:GetVSwitchTypesResult",
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
    since=None,
    result=".models.get_vpc_ipsec_log_result:GetVpcIPsecLogResult",
)

GET_VPC_MULTICAST_ROUTE: Api[GetVpcMulticastRouteResult] = Api(
    "GetVpcMulticastRoute",
    "GET",
    "/multicast/virtual-routers/{uuid}/routes",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    since="3.7.0",
    result=".models.get_vpc_multicast_route_result:GetVpcMulticastRouteResult",
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
    since="3.4.0",
    result=".models.get_vpc_v_router_network_service_state_result:GetVpcVRouterNetworkServiceStateResult",
    checks=(("networkService", "network_service", "enum", ("SNAT",)),),
)

PROVISION_NFV_INST_CONFIG: Api[ProvisionNfvInstConfigResult] = Api(
    "ProvisionNfvInstConfig",
    "PUT",
    "/vm-instances/appliances/nfvinst/{vmInstanceUuid}/provision",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="provisionNfvInstConfig",
    since="0.6",
    result=".models.provision_nfv_inst_config_result:ProvisionNfvInstConfigResult",
)

PROVISION_NFV_INST_GROUP: Api[ProvisionNfvInstGroupResult] = Api(
    "ProvisionNfvInstGroup",
    "PUT",
    "/nfvinstgroup/group/{uuid}/actions",
    params=(
        ("uuid", "path", "5.4.2"),
        ("systemTags", "root", "5.4.2"),
        ("userTags", "root", "5.4.2"),
    ),
    body_key="provisionNfvInstGroup",
    since="5.4.2",
    result=".models.provision_nfv_inst_group_result:ProvisionNfvInstGroupResult",
)

PULL_HUAWEI_I_MASTER_CONTROLLER: Api[PullHuaweiIMasterControllerResult] = Api(
    "PullHuaweiIMasterController",
    "PUT",
    "/sdn-controller/huawei-imaster/{uuid}/actions",
    params=(
        ("uuid", "path", "5.4.0"),
        ("pullSwitch", "body", "5.4.0"),
        ("systemTags", "root", "5.4.0"),
        ("userTags", "root", "5.4.0"),
    ),
    body_key="pullHuaweiIMasterController",
    since="5.4.0",
    result=".models.pull_huawei_i_master_controller_result:PullHuaweiIMasterControllerResult",
)

PULL_SDN_CONTROLLER_TENANT: Api[PullSdnControllerTenantResult] = Api(
    "PullSdnControllerTenant",
    "PUT",
    "/sdn-controllers/{uuid}/tenant/actions",
    params=(
        ("uuid", "path", "5.3.28"),
        ("systemTags", "root", "5.3.28"),
        ("userTags", "root", "5.3.28"),
    ),
    body_key="pullSdnControllerTenant",
    since="5.3.28",
    result=".models.pull_sdn_controller_tenant_result:PullSdnControllerTenantResult",
)

QUERY_ADDRESS_POOL: Api[QueryAddressPoolResult] = Api(
    "QueryAddressPool",
    "GET",
    "/l3-networks/address-pools",
    params=(
        ("uuid", "path", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    since="3.9.0",
    result=".models.query_address_pool_result:QueryAddressPoolResult",
    query=True,
    alt_paths=("/l3-networks/address-pools/{uuid}",),
)

QUERY_APPLIANCE_VM: Api[QueryApplianceVmResult] = Api(
    "QueryApplianceVm",
    "GET",
    "/vm-instances/appliances",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_appliance_vm_result:QueryApplianceVmResult",
    query=True,
    alt_paths=("/vm-instances/appliances/{uuid}",),
)

QUERY_HUAWEI_I_MASTER_FABRIC: Api[QueryHuaweiIMasterFabricResult] = Api(
    "QueryHuaweiIMasterFabric",
    "GET",
    "/sdn-controller/huawei-imaster/fabrics",
    params=(
        ("uuid", "path", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    since="5.4.0",
    result=".models.query_huawei_i_master_fabric_result:QueryHuaweiIMasterFabricResult",
    query=True,
    alt_paths=("/sdn-controller/huawei-imaster/fabrics/{uuid}",),
)

QUERY_HUAWEI_I_MASTER_TENANT: Api[QueryHuaweiIMasterTenantResult] = Api(
    "QueryHuaweiIMasterTenant",
    "GET",
    "/sdn-controller/huawei-imaster/tenants",
    params=(
        ("uuid", "path", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    since="5.4.0",
    result=".models.query_huawei_i_master_tenant_result:QueryHuaweiIMasterTenantResult",
    query=True,
    alt_paths=("/sdn-controller/huawei-imaster/tenants/{uuid}",),
)

QUERY_HUAWEI_I_MASTER_V_ROUTER: Api[QueryHuaweiIMasterVRouterResult] = Api(
    "QueryHuaweiIMasterVRouter",
    "GET",
    "/sdn-controller/huawei-imaster/vrouters",
    params=(
        ("uuid", "path", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    since="5.4.0",
    result=".models.query_huawei_i_master_v_router_result:QueryHuaweiIMasterVRouterResult",
    query=True,
    alt_paths=("/sdn-controller/huawei-imaster/vrouters/{uuid}",),
)

QUERY_HUAWEI_I_MASTER_VPC: Api[QueryHuaweiIMasterVpcResult] = Api(
    "QueryHuaweiIMasterVpc",
    "GET",
    "/sdn-controller/huawei-imaster/vpcs",
    params=(
        ("uuid", "path", "5.4.0"),
        ("systemTags", "query", "5.4.0"),
        ("userTags", "query", "5.4.0"),
    ),
    since="5.4.0",
    result=".models.query_huawei_i_master_vpc_result:QueryHuaweiIMasterVpcResult",
    query=True,
    alt_paths=("/sdn-controller/huawei-imaster/vpcs/{uuid}",),
)

QUERY_IP_ADDRESS: Api[QueryIpAddressResult] = Api(
    "QueryIpAddress",
    "GET",
    "/l3-networks/ip-address",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    since="3.1.0",
    result=".models.query_ip_address_result:QueryIpAddressResult",
    query=True,
    alt_paths=("/l3-networks/ip-address{uuid}",),
)

QUERY_IP_RANGE: Api[QueryIpRangeResult] = Api(
    "QueryIpRange",
    "GET",
    "/l3-networks/ip-ranges",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_ip_range_result:QueryIpRangeResult",
    query=True,
    alt_paths=("/l3-networks/ip-ranges/{uuid}",),
)

QUERY_L2_NETWORK: Api[QueryL2NetworkResult] = Api(
    "QueryL2Network",
    "GET",
    "/l2-networks",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_l2_network_result:QueryL2NetworkResult",
    query=True,
    alt_paths=("/l2-networks/{uuid}",),
)

QUERY_L2_PORT_GROUP_NETWORK: Api[QueryL2PortGroupNetworkResult] = Api(
    "QueryL2PortGroupNetwork",
    "GET",
    "/l2-networks/port-group",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.query_l2_port_group_network_result:QueryL2PortGroupNetworkResult",
    query=True,
)

QUERY_L2_VIRTUAL_SWITCH_NETWORK: Api[QueryL2VirtualSwitchNetworkResult] = Api(
    "QueryL2VirtualSwitchNetwork",
    "GET",
    "/l2-networks/virtual-switch",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.query_l2_virtual_switch_network_result:QueryL2VirtualSwitchNetworkResult",
    query=True,
)

QUERY_L2_VLAN_NETWORK: Api[QueryL2VlanNetworkResult] = Api(
    "QueryL2VlanNetwork",
    "GET",
    "/l2-networks/vlan",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_l2_vlan_network_result:QueryL2VlanNetworkResult",
    query=True,
    alt_paths=("/l2-networks/vlan/{uuid}",),
)

QUERY_L2_VXLAN_NETWORK: Api[QueryL2VxlanNetworkResult] = Api(
    "QueryL2VxlanNetwork",
    "GET",
    "/l2-networks/vxlan",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_l2_vxlan_network_result:QueryL2VxlanNetworkResult",
    query=True,
    alt_paths=("/l2-networks/vxlan/{uuid}",),
)

QUERY_L2_VXLAN_NETWORK_POOL: Api[QueryL2VxlanNetworkPoolResult] = Api(
    "QueryL2VxlanNetworkPool",
    "GET",
    "/l2-networks/vxlan-pool",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_l2_vxlan_network_pool_result:QueryL2VxlanNetworkPoolResult",
    query=True,
    alt_paths=("/l2-networks/vxlan-pool/{uuid}",),
)

QUERY_L3_NETWORK: Api[QueryL3NetworkResult] = Api(
    "QueryL3Network",
    "GET",
    "/l3-networks",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_l3_network_result:QueryL3NetworkResult",
    query=True,
    alt_paths=("/l3-networks/{uuid}",),
)

QUERY_MULTICAST_ROUTER: Api[QueryMulticastRouterResult] = Api(
    "QueryMulticastRouter",
    "GET",
    "/multicast/virtual-routers",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    since="3.7.0",
    result=".models.query_multicast_router_result:QueryMulticastRouterResult",
    query=True,
    alt_paths=("/multicast/virtual-routers/{uuid}",),
)

QUERY_POLICY_ROUTE_RULE: Api[QueryPolicyRouteRuleResult] = Api(
    "QueryPolicyRouteRule",
    "GET",
    "/policy-routes/rules",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_policy_route_rule_result:QueryPolicyRouteRuleResult",
    query=True,
    alt_paths=("/policy-routes/rules/{uuid}",),
)

QUERY_POLICY_ROUTE_RULE_SET: Api[QueryPolicyRouteRuleSetResult] = Api(
    "QueryPolicyRouteRuleSet",
    "GET",
    "/policy-routes/rulesets",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_policy_route_rule_set_result:QueryPolicyRouteRuleSetResult",
    query=True,
    alt_paths=("/policy-routes/rulesets/{uuid}",),
)

QUERY_POLICY_ROUTE_RULE_SET_L3_REF: Api[QueryPolicyRouteRuleSetL3RefResult] = Api(
    "QueryPolicyRouteRuleSetL3Ref",
    "GET",
    "/policy-routes/rulesets/l3networdks/refs",
    params=(
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_policy_route_rule_set_l3_ref_result:QueryPolicyRouteRuleSetL3RefResult",
    query=True,
)

QUERY_POLICY_ROUTE_RULE_SET_V_ROUTER_REF: Api[QueryPolicyRouteRuleSetVRouterRefResult] = Api(
    "QueryPolicyRouteRuleSetVRouterRef",
    "GET",
    "/policy-routes/rulesets/vrouters/refs",
    params=(
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_policy_route_rule_set_v_router_ref_result:QueryPolicyRouteRuleSetVRouterRefResult",
    query=True,
)

QUERY_POLICY_ROUTE_TABLE: Api[QueryPolicyRouteTableResult] = Api(
    "QueryPolicyRouteTable",
    "GET",
    "/policy-routes/tables",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_policy_route_table_result:QueryPolicyRouteTableResult",
    query=True,
    alt_paths=("/policy-routes/tables/{uuid}",),
)

QUERY_POLICY_ROUTE_TABLE_ROUTE_ENTRY: Api[QueryPolicyRouteTableRouteEntryResult] = Api(
    "QueryPolicyRouteTableRouteEntry",
    "GET",
    "/policy-routes/routes",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_policy_route_table_route_entry_result:QueryPolicyRouteTableRouteEntryResult",
    query=True,
    alt_paths=("/policy-routes/routes/{uuid}",),
)

QUERY_POLICY_ROUTE_TABLE_V_ROUTER_REF: Api[QueryPolicyRouteTableVRouterRefResult] = Api(
    "QueryPolicyRouteTableVRouterRef",
    "GET",
    "/policy-routes/tables/vrouters/refs",
    params=(
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_policy_route_table_v_router_ref_result:QueryPolicyRouteTableVRouterRefResult",
    query=True,
)

QUERY_SDN_CONTROLLER: Api[QuerySdnControllerResult] = Api(
    "QuerySdnController",
    "GET",
    "/sdn-controllers",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_sdn_controller_result:QuerySdnControllerResult",
    query=True,
    alt_paths=("/sdn-controllers/{uuid}",),
)

QUERY_V_ROUTER_OSPF_AREA: Api[QueryVRouterOspfAreaResult] = Api(
    "QueryVRouterOspfArea",
    "GET",
    "/routerArea",
    params=(
        ("uuid", "path", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    since="3.4.0",
    result=".models.query_v_router_ospf_area_result:QueryVRouterOspfAreaResult",
    query=True,
    alt_paths=("/routerArea/{uuid}",),
)

QUERY_V_ROUTER_OSPF_NETWORK: Api[QueryVRouterOspfNetworkResult] = Api(
    "QueryVRouterOspfNetwork",
    "GET",
    "/routerArea/network",
    params=(
        ("uuid", "path", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    since="3.4.0",
    result=".models.query_v_router_ospf_network_result:QueryVRouterOspfNetworkResult",
    query=True,
    alt_paths=("/routerArea/networkR/{uuid}",),
)

QUERY_V_ROUTER_ROUTE_ENTRY: Api[QueryVRouterRouteEntryResult] = Api(
    "QueryVRouterRouteEntry",
    "GET",
    "/vrouter-route-tables/route-entries",
    params=(
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.query_v_router_route_entry_result:QueryVRouterRouteEntryResult",
    query=True,
)

QUERY_V_ROUTER_ROUTE_TABLE: Api[QueryVRouterRouteTableResult] = Api(
    "QueryVRouterRouteTable",
    "GET",
    "/vrouter-route-tables",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_v_router_route_table_result:QueryVRouterRouteTableResult",
    query=True,
)

QUERY_VIRTUAL_ROUTER_OFFERING: Api[QueryVirtualRouterOfferingResult] = Api(
    "QueryVirtualRouterOffering",
    "GET",
    "/instance-offerings/virtual-routers",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_virtual_router_offering_result:QueryVirtualRouterOfferingResult",
    query=True,
    alt_paths=("/instance-offerings/virtual-routers/{uuid}",),
)

QUERY_VIRTUAL_ROUTER_V_ROUTER_ROUTE_TABLE_REF: Api[QueryVirtualRouterVRouterRouteTableRefResult] = (
    Api(
        "QueryVirtualRouterVRouterRouteTableRef",
        "GET",
        "/vrouter-route-tables/virtual-router-refs",
        params=(
            ("systemTags", "query", "2.1"),
            ("userTags", "query", "2.1"),
        ),
        since="2.1",
        result=".models.query_virtual_router_v_router_route_table_ref_result:QueryVirtualRouterVRouterRouteTableRefResult",
        query=True,
    )
)

QUERY_VIRTUAL_ROUTER_VM: Api[QueryVirtualRouterVmResult] = Api(
    "QueryVirtualRouterVm",
    "GET",
    "/vm-instances/appliances/virtual-routers",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_virtual_router_vm_result:QueryVirtualRouterVmResult",
    query=True,
    alt_paths=("/vm-instances/appliances/virtual-routers/{uuid}",),
)

QUERY_VNI_RANGE: Api[QueryVniRangeResult] = Api(
    "QueryVniRange",
    "GET",
    "/l2-networks/vxlan-pool/vni-range",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_vni_range_result:QueryVniRangeResult",
    query=True,
    alt_paths=("/l2-networks/vxlan-pool/vni-range/{uuid}",),
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
    since=None,
    result=".models.query_vpc_snat_state_result:QueryVpcSnatStateResult",
    query=True,
)

QUERY_VTEP: Api[QueryVtepResult] = Api(
    "QueryVtep",
    "GET",
    "/l2-networks/vteps",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.query_vtep_result:QueryVtepResult",
    query=True,
)

RECONNECT_NFV_INST: Api[ReconnectNfvInstResult] = Api(
    "ReconnectNfvInst",
    "PUT",
    "/vm-instances/appliances/nfvinst/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="reconnectNfvInst",
    since="0.6",
    result=".models.reconnect_nfv_inst_result:ReconnectNfvInstResult",
)

RECONNECT_SDN_CONTROLLER: Api[ReconnectSdnControllerResult] = Api(
    "ReconnectSdnController",
    "PUT",
    "/sdn-controllers/{sdnControllerUuid}/actions",
    params=(
        ("sdnControllerUuid", "path", "5.3.0"),
        ("systemTags", "root", "5.3.0"),
        ("userTags", "root", "5.3.0"),
    ),
    body_key="reconnectSdnController",
    since="5.3.0",
    result=".models.reconnect_sdn_controller_result:ReconnectSdnControllerResult",
)

RECONNECT_VIRTUAL_ROUTER: Api[ReconnectVirtualRouterResult] = Api(
    "ReconnectVirtualRouter",
    "PUT",
    "/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="reconnectVirtualRouter",
    since="0.6",
    result=".models.reconnect_virtual_router_result:ReconnectVirtualRouterResult",
)

REMOVE_DNS_FROM_L3_NETWORK: Api[RemoveDnsFromL3NetworkResult] = Api(
    "RemoveDnsFromL3Network",
    "DELETE",
    "/l3-networks/{l3NetworkUuid}/dns/{dns}",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("dns", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.remove_dns_from_l3_network_result:RemoveDnsFromL3NetworkResult",
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
    since="0.6",
    result=".models.remove_dns_from_vpc_router_result:RemoveDnsFromVpcRouterResult",
)

REMOVE_HOST_ROUTE_FROM_L3_NETWORK: Api[RemoveHostRouteFromL3NetworkResult] = Api(
    "RemoveHostRouteFromL3Network",
    "DELETE",
    "/l3-networks/{l3NetworkUuid}/hostroute",
    params=(
        ("l3NetworkUuid", "path", "2.3"),
        ("prefix", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.remove_host_route_from_l3_network_result:RemoveHostRouteFromL3NetworkResult",
)

REMOVE_RENDEZVOUS_POINT_FROM_MULTICAST_ROUTER: Api[
    RemoveRendezvousPointFromMulticastRouterResult
] = Api(
    "RemoveRendezvousPointFromMulticastRouter",
    "DELETE",
    "/multicast/virtual-routers/{uuid}/RendezvousPoint",
    params=(
        ("uuid", "path", "3.7.0"),
        ("rpAddress", "query", "3.7.0"),
        ("groupAddress", "query", "3.7.0"),
        ("deleteMode", "query", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    since="3.7.0",
    result=".models.remove_rendezvous_point_from_multicast_router_result:RemoveRendezvousPointFromMulticastRouterResult",
)

REMOVE_SDN_CONTROLLER: Api[RemoveSdnControllerResult] = Api(
    "RemoveSdnController",
    "DELETE",
    "/sdn-controllers/{uuid}",
    params=(
        ("uuid", "path", "3.7.0"),
        ("deleteMode", "query", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    since="3.7.0",
    result=".models.remove_sdn_controller_result:RemoveSdnControllerResult",
)

REMOVE_V_ROUTER_NETWORKS_FROM_OSPF_AREA: Api[RemoveVRouterNetworksFromOspfAreaResult] = Api(
    "RemoveVRouterNetworksFromOspfArea",
    "DELETE",
    "/routerArea/networks",
    params=(
        ("uuids", "query", "3.4.0"),
        ("deleteMode", "query", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    since="3.4.0",
    result=".models.remove_v_router_networks_from_ospf_area_result:RemoveVRouterNetworksFromOspfAreaResult",
)

SDN_CONTROLLER_ADD_HOST: Api[SdnControllerAddHostResult] = Api(
    "SdnControllerAddHost",
    "POST",
    "/sdn-controllers/{sdnControllerUuid}/hosts/{hostUuid}",
    params=(
        ("sdnControllerUuid", "path", "5.3.0"),
        ("hostUuid", "path", "5.3.0"),
        ("bondMode", "body", "5.3.0"),
        ("lacpMode", "body", "5.3.0"),
        ("netmask", "body", "5.3.0"),
        ("nicNames", "body", "5.3.0"),
        ("vSwitchType", "body", "5.3.0"),
        ("vtepIp", "body", "5.3.0"),
        ("systemTags", "root", "5.3.0"),
        ("userTags", "root", "5.3.0"),
    ),
    since="5.3.0",
    result=".models.sdn_controller_add_host_result:SdnControllerAddHostResult",
    checks=(("vSwitchType", "v_switch_type", "enum", ("OvsKernel", "OvsDpdk", "SRIOV")),),
)

SDN_CONTROLLER_CHANGE_HOST: Api[SdnControllerChangeHostResult] = Api(
    "SdnControllerChangeHost",
    "PUT",
    "/sdn-controllers/{sdnControllerUuid}/hosts/{hostUuid}/actions",
    params=(
        ("sdnControllerUuid", "path", "5.3.0"),
        ("hostUuid", "path", "5.3.0"),
        ("bondMode", "body", "5.3.0"),
        ("lacpMode", "body", "5.3.0"),
        ("netmask", "body", "5.3.0"),
        ("nicNames", "body", "5.3.0"),
        ("vSwitchType", "body", "5.3.0"),
        ("vtepIp", "body", "5.3.0"),
        ("systemTags", "root", "5.3.0"),
        ("userTags", "root", "5.3.0"),
    ),
    body_key="sdnControllerChangeHost",
    since="5.3.0",
    result=".models.sdn_controller_change_host_result:SdnControllerChangeHostResult",
    checks=(("vSwitchType", "v_switch_type", "enum", ("OvnDpdk", "OvnKernel")),),
)

SDN_CONTROLLER_REMOVE_HOST: Api[SdnControllerRemoveHostResult] = Api(
    "SdnControllerRemoveHost",
    "DELETE",
    "/sdn-controllers/{sdnControllerUuid}/hosts/{hostUuid}",
    params=(
        ("sdnControllerUuid", "path", "5.3.0"),
        ("hostUuid", "path", "5.3.0"),
        ("vSwitchType", "query", "5.3.0"),
        ("systemTags", "query", "5.3.0"),
        ("userTags", "query", "5.3.0"),
    ),
    since="5.3.0",
    result=".models.sdn_controller_remove_host_result:SdnControllerRemoveHostResult",
    checks=(("vSwitchType", "v_switch_type", "enum", ("OvnDpdk", "OvnKernel")),),
)

SET_L3_NETWORK_MTU: Api[SetL3NetworkMtuResult] = Api(
    "SetL3NetworkMtu",
    "POST",
    "/l3-networks/{l3NetworkUuid}/mtu",
    params=(
        ("l3NetworkUuid", "path", "2.1"),
        ("mtu", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="params",
    since="2.1",
    result=".models.set_l3_network_mtu_result:SetL3NetworkMtuResult",
    checks=(
        ("mtu", "mtu", "minimum", 68),
        ("mtu", "mtu", "maximum", 9216),
    ),
)

SET_L3_NETWORK_ROUTER_INTERFACE_IP: Api[SetL3NetworkRouterInterfaceIpResult] = Api(
    "SetL3NetworkRouterInterfaceIp",
    "POST",
    "/l3-networks/{l3NetworkUuid}/router-interface-ip",
    params=(
        ("l3NetworkUuid", "path", "2.1"),
        ("routerInterfaceIp", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="params",
    since="2.1",
    result=".models.set_l3_network_router_interface_ip_result:SetL3NetworkRouterInterfaceIpResult",
)

SET_V_ROUTER_ROUTER_ID: Api[SetVRouterRouterIdResult] = Api(
    "SetVRouterRouterId",
    "POST",
    "/routerArea/{vRouterUuid}/routerid",
    params=(
        ("vRouterUuid", "path", "3.4.0"),
        ("routerId", "body", "3.4.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    body_key="params",
    since="3.4.0",
    result=".models.set_v_router_router_id_result:SetVRouterRouterIdResult",
    checks=(
        ("routerId", "router_id", "minLength", 1),
        ("routerId", "router_id", "maxLength", 16),
    ),
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
    body_key="params",
    since="3.4.0",
    result=".models.set_vpc_v_router_network_service_state_result:SetVpcVRouterNetworkServiceStateResult",
    checks=(
        ("networkService", "network_service", "enum", ("SNAT",)),
        ("state", "state", "enum", ("enable", "disable")),
    ),
)

SYNC_NFV_INST_GROUP: Api[SyncNfvInstGroupResult] = Api(
    "SyncNfvInstGroup",
    "PUT",
    "/nfvinstgroup/group/{uuid}/actions",
    params=(
        ("uuid", "path", "5.4.2"),
        ("systemTags", "root", "5.4.2"),
        ("userTags", "root", "5.4.2"),
    ),
    body_key="syncNfvInstGroup",
    since="5.4.2",
    result=".models.sync_nfv_inst_group_result:SyncNfvInstGroupResult",
)

UPDATE_IP_RANGE: Api[UpdateIpRangeResult] = Api(
    "UpdateIpRange",
    "PUT",
    "/l3-networks/ip-ranges/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateIpRange",
    since="0.6",
    result=".models.update_ip_range_result:UpdateIpRangeResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_L2_NETWORK: Api[UpdateL2NetworkResult] = Api(
    "UpdateL2Network",
    "PUT",
    "/l2-networks/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateL2Network",
    since="0.6",
    result=".models.update_l2_network_result:UpdateL2NetworkResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_L3_NETWORK: Api[UpdateL3NetworkResult] = Api(
    "UpdateL3Network",
    "PUT",
    "/l3-networks/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("category", "body", "2.2"),
        ("description", "body", "0.6"),
        ("dnsDomain", "body", "2.6.0"),
        ("name", "body", "0.6"),
        ("system", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateL3Network",
    since="0.6",
    result=".models.update_l3_network_result:UpdateL3NetworkResult",
    checks=(
        ("category", "category", "enum", ("Public", "Private", "System")),
        ("description", "description", "maxLength", 2048),
        ("dnsDomain", "dns_domain", "maxLength", 255),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_NFV_INST_GROUP: Api[UpdateNfvInstGroupResult] = Api(
    "UpdateNfvInstGroup",
    "PUT",
    "/nfvinstgroup/group/{uuid}/actions",
    params=(
        ("uuid", "path", "3.5"),
        ("description", "body", "5.5"),
        ("name", "body", "5.5"),
        ("systemTags", "root", "3.5"),
        ("userTags", "root", "3.5"),
    ),
    body_key="updateNfvInstGroup",
    since="3.5",
    result=".models.update_nfv_inst_group_result:UpdateNfvInstGroupResult",
)

UPDATE_POLICY_ROUTE_RULE_SET: Api[UpdatePolicyRouteRuleSetResult] = Api(
    "UpdatePolicyRouteRuleSet",
    "PUT",
    "/policy-routes/ruleSets/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="updatePolicyRouteRuleSet",
    since="3.6.0",
    result=".models.update_policy_route_rule_set_result:UpdatePolicyRouteRuleSetResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("name", "name", "maxLength", 16),
    ),
)

UPDATE_SDN_CONTROLLER: Api[UpdateSdnControllerResult] = Api(
    "UpdateSdnController",
    "PUT",
    "/sdn-controllers/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("description", "body", "3.7.0"),
        ("name", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="updateSdnController",
    since="3.7.0",
    result=".models.update_sdn_controller_result:UpdateSdnControllerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_V_ROUTER_OSPF_AREA: Api[UpdateVRouterOspfAreaResult] = Api(
    "UpdateVRouterOspfArea",
    "PUT",
    "/routerArea/{uuid}/actions",
    params=(
        ("uuid", "path", "3.4.0"),
        ("areaAuth", "body", "3.4.0"),
        ("areaType", "body", "3.4.0"),
        ("keyId", "body", "3.4.0"),
        ("password", "body", "3.4.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    body_key="updateVRouterOspfArea",
    since="3.4.0",
    result=".models.update_v_router_ospf_area_result:UpdateVRouterOspfAreaResult",
    checks=(
        ("areaAuth", "area_auth", "maxLength", 16),
        ("areaType", "area_type", "maxLength", 16),
        ("keyId", "key_id", "minimum", 1),
        ("keyId", "key_id", "maximum", 255),
        ("password", "password", "maxLength", 16),
    ),
)

UPDATE_V_ROUTER_ROUTE_TABLE: Api[UpdateVRouterRouteTableResult] = Api(
    "UpdateVRouterRouteTable",
    "PUT",
    "/vrouter-route-tables/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="updateVRouterRouteTable",
    since=None,
    result=".models.update_v_router_route_table_result:UpdateVRouterRouteTableResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
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
    body_key="updateVirtualRouter",
    since="3.9.0",
    result=".models.update_virtual_router_result:UpdateVirtualRouterResult",
)

UPDATE_VIRTUAL_ROUTER_OFFERING: Api[UpdateVirtualRouterOfferingResult] = Api(
    "UpdateVirtualRouterOffering",
    "PUT",
    "/instance-offerings/virtual-routers/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("allocatorStrategy", "body", "2.3"),
        ("description", "body", "0.6"),
        ("imageUuid", "body", "0.6"),
        ("isDefault", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateVirtualRouterOffering",
    since="0.6",
    result=".models.update_virtual_router_offering_result:UpdateVirtualRouterOfferingResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
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
    body_key="params",
    since="4.5.0",
    result=".models.update_virtual_router_software_version_result:UpdateVirtualRouterSoftwareVersionResult",
    checks=(
        ("softwareName", "software_name", "enum", ("IPsec",)),
        ("targetVersion", "target_version", "enum", ("4.5.2", "5.9.4", "5.8.4")),
    ),
)

UPDATE_VNI_RANGE: Api[UpdateVniRangeResult] = Api(
    "UpdateVniRange",
    "PUT",
    "/l2-networks/vxlan-pool/vni-ranges/{uuid}",
    params=(
        ("uuid", "path", "3.3.0"),
        ("name", "body", "3.3.0"),
        ("systemTags", "root", "3.3.0"),
        ("userTags", "root", "3.3.0"),
    ),
    body_key="updateVniRange",
    since="3.3.0",
    result=".models.update_vni_range_result:UpdateVniRangeResult",
    checks=(("name", "name", "maxLength", 255),),
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
    body_key="updateVpcHaGroup",
    since="3.5.1",
    result=".models.update_vpc_ha_group_result:UpdateVpcHaGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class NetworkResourcesApi(SyncAPIClient):
    def add_dns_to_l3_network(
        self,
        *,
        l3_network_uuid: str,
        dns: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddDnsToL3NetworkResult:
        """向三层网络添加DNS (AddDnsToL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            dns: DNS地址 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_DNS_TO_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "dns": dns,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_dns_to_vpc_router(
        self,
        *,
        uuid: str,
        dns: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
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

    def add_host_route_to_l3_network(
        self,
        *,
        l3_network_uuid: str,
        nexthop: str,
        prefix: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddHostRouteToL3NetworkResult:
        """向三层网络添加主机路由 (AddHostRouteToL3Network).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.3)
            nexthop: nexthop (since 2.3)
            prefix: prefix (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_HOST_ROUTE_TO_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "nexthop": nexthop,
                "prefix": prefix,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_ip_range(
        self,
        *,
        l3_network_uuid: str,
        end_ip: str,
        name: str,
        netmask: str,
        start_ip: str,
        description: str | None = None,
        gateway: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpRangeResult:
        """添加IP地址范围 (AddIpRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            end_ip: 结束地址 (since 0.6)
            gateway: 网关 (since 0.6)
            ip_range_type: 地址类型 (since 3.9.0; enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 0.6; maxLength 255)
            netmask: 网络掩码 (since 0.6)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 0.6)
            start_ip: 起始地址 (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IP_RANGE,
            {
                "l3NetworkUuid": l3_network_uuid,
                "description": description,
                "endIp": end_ip,
                "gateway": gateway,
                "ipRangeType": ip_range_type,
                "name": name,
                "netmask": netmask,
                "resourceUuid": resource_uuid,
                "startIp": start_ip,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_ip_range_by_network_cidr(
        self,
        *,
        l3_network_uuid: str,
        name: str,
        network_cidr: str,
        description: str | None = None,
        gateway: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpRangeByNetworkCidrResult:
        """通过网络CIDR添加IP地址范围 (AddIpRangeByNetworkCidr).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            gateway: 网关 (since 3.7.0; maxLength 64)
            ip_range_type: 地址类型 (since 3.9.0; enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 0.6; maxLength 255)
            network_cidr: 网络CIDR (since 0.6)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IP_RANGE_BY_NETWORK_CIDR,
            {
                "l3NetworkUuid": l3_network_uuid,
                "description": description,
                "gateway": gateway,
                "ipRangeType": ip_range_type,
                "name": name,
                "networkCidr": network_cidr,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_ipv6_range(
        self,
        *,
        l3_network_uuid: str,
        address_mode: Literal["SLAAC", "Stateful-DHCP", "Stateless-DHCP"],
        end_ip: str,
        gateway: str,
        name: str,
        prefix_len: int,
        start_ip: str,
        description: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpv6RangeResult:
        """添加IPv6地址范围 (AddIpv6Range).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 3.1.0)
            address_mode: IPv6地址分配模式 (since 3.1.0; enum {'SLAAC', 'Stateful-DHCP', 'Stateless-DHCP'})
            description: 三层网络的详细描述 (since 3.1.0; maxLength 2048)
            end_ip: 结束地址 (since 3.1.0)
            gateway: 网关 (since 3.1.0)
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 3.1.0; maxLength 255)
            prefix_len: 前缀长度 (since 3.1.0; minimum 8; maximum 126)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 3.1.0)
            start_ip: 起始地址 (since 3.1.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IPV6_RANGE,
            {
                "l3NetworkUuid": l3_network_uuid,
                "addressMode": address_mode,
                "description": description,
                "endIp": end_ip,
                "gateway": gateway,
                "ipRangeType": ip_range_type,
                "name": name,
                "prefixLen": prefix_len,
                "resourceUuid": resource_uuid,
                "startIp": start_ip,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_ipv6_range_by_network_cidr(
        self,
        *,
        l3_network_uuid: str,
        address_mode: Literal["SLAAC", "Stateful-DHCP", "Stateless-DHCP"],
        name: str,
        network_cidr: str,
        description: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpv6RangeByNetworkCidrResult:
        """通过网络CIDR添加IPv6地址范围 (AddIpv6RangeByNetworkCidr).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 3.1.0)
            address_mode: IPv6地址分配模式 (since 3.1.0; enum {'SLAAC', 'Stateful-DHCP', 'Stateless-DHCP'})
            description: 三层网络的详细描述 (since 3.1.0; maxLength 2048)
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 3.1.0; maxLength 255)
            network_cidr: 网络CIDR (since 3.1.0)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 3.1.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IPV6_RANGE_BY_NETWORK_CIDR,
            {
                "l3NetworkUuid": l3_network_uuid,
                "addressMode": address_mode,
                "description": description,
                "ipRangeType": ip_range_type,
                "name": name,
                "networkCidr": network_cidr,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_l3_network_to_group(
        self,
        *,
        nfv_inst_group_uuid: str,
        network_service_uuid: str,
        backend_l3_network_uuids: Sequence[Any],
        front_end_l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddL3NetworkToGroupResult:
        """添加L3网络到NVF组 (AddL3NetworkToGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            nfv_inst_group_uuid: nfvInstGroupUuid (since 0.6)
            network_service_uuid: networkServiceUuid (since 0.6)
            backend_l3_network_uuids: backendL3NetworkUuids (since 0.6)
            front_end_l3_network_uuid: frontEndL3NetworkUuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_L3_NETWORK_TO_GROUP,
            {
                "nfvInstGroupUuid": nfv_inst_group_uuid,
                "networkServiceUuid": network_service_uuid,
                "backendL3NetworkUuids": backend_l3_network_uuids,
                "frontEndL3NetworkUuid": front_end_l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_rendezvous_point_to_multicast_router(
        self,
        *,
        uuid: str,
        group_address: str,
        rp_address: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddRendezvousPointToMulticastRouterResult:
        """添加组播路由静态RP地址 (AddRendezvousPointToMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            group_address: groupAddress (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            rp_address: rpAddress (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_RENDEZVOUS_POINT_TO_MULTICAST_ROUTER,
            {
                "uuid": uuid,
                "groupAddress": group_address,
                "resourceUuid": resource_uuid,
                "rpAddress": rp_address,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_reserved_ip_range(
        self,
        *,
        l3_network_uuid: str,
        end_ip: str,
        start_ip: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddReservedIpRangeResult:
        """添加保留地址段 (AddReservedIpRange).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 5.1.0)
            end_ip: 结束IP(包含在地址段内) (since 5.1.0)
            resource_uuid: 资源UUID (since 5.1.0)
            start_ip: 开始IP(包含在地址段内) (since 5.1.0)
            tag_uuids: 标签UUID列表 (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_RESERVED_IP_RANGE,
            {
                "l3NetworkUuid": l3_network_uuid,
                "endIp": end_ip,
                "resourceUuid": resource_uuid,
                "startIp": start_ip,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_sdn_controller(
        self,
        *,
        ip: str,
        name: str,
        password: str,
        user_name: str,
        vendor_type: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSdnControllerResult:
        """添加SDN控制器 (AddSdnController).

        Since ZStack 3.7. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7; maxLength 2048)
            ip: ip (since 3.7; maxLength 255)
            name: 资源名称 (since 3.7; maxLength 255)
            password: password (since 3.7; maxLength 255)
            resource_uuid: resourceUuid (since 3.7)
            tag_uuids: 标签UUID列表 (since 3.7)
            user_name: userName (since 3.7; maxLength 255)
            vendor_type: vendorType (since 3.7; maxLength 255)
            zone_uuid: 区域UUID (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SDN_CONTROLLER,
            {
                "description": description,
                "ip": ip,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "userName": user_name,
                "vendorType": vendor_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_v_router_networks_to_ospf_area(
        self,
        *,
        router_area_uuid: str,
        v_router_uuid: str,
        l3_network_uuids: Sequence[Any],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVRouterNetworksToOspfAreaResult:
        """添加网络到OSPF的区域 (AddVRouterNetworksToOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            router_area_uuid: 路由区域的id，唯一标识 (since 3.4.0; minLength 1)
            v_router_uuid: vpc路由器的唯一标识id (since 3.4.0; minLength 1)
            l3_network_uuids: 3层网络的唯一标识id (since 3.4.0; minItems 1)
            resource_uuid: 资源的标识id (since 3.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_V_ROUTER_NETWORKS_TO_OSPF_AREA,
            {
                "routerAreaUuid": router_area_uuid,
                "vRouterUuid": v_router_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_v_router_route_entry(
        self,
        *,
        route_table_uuid: str,
        destination: str,
        description: str | None = None,
        distance: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        target: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVRouterRouteEntryResult:
        """添加路由条目 (AddVRouterRouteEntry).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: 路由表UUID (since 2.1)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            destination: 目标网络地址，使用网络地址CIDR格式，如果用户填写的不是标准CIDR格式，系统会自动转换 (since 2.1; maxLength 64)
            distance: 路由优先级，在最小匹配下如果有多条路由规则匹配，优先级数字小的规则将会被匹配 (since 2.1; minimum 1; maximum 254)
            resource_uuid: resourceUuid (since 2.1)
            tag_uuids: tagUuids
            target: 下一跳地址 为一个路由器设备目前可以直接到达的IP地址，如果不可以直接到达，将会进行递归路由 (since 2.1; maxLength 64)
            type: 类型 允许用户添加"静态路由"、"黑洞路由"两种类型，系统会根据是否填下一条自动判断类型 (since 2.1; maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_V_ROUTER_ROUTE_ENTRY,
            {
                "routeTableUuid": route_table_uuid,
                "description": description,
                "destination": destination,
                "distance": distance,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "target": target,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_l2_network_to_cluster(
        self,
        *,
        l2_network_uuid: str,
        cluster_uuid: str,
        l2_provider_type: Literal["LinuxBridge"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachL2NetworkToClusterResult:
        """挂载二层网络到集群 (AttachL2NetworkToCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l2_network_uuid: 二层网络UUID (since 0.6)
            cluster_uuid: 集群UUID (since 0.6)
            l2_provider_type: 二层网络实现类型 (since 4.8.0; enum {'LinuxBridge'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_L2_NETWORK_TO_CLUSTER,
            {
                "l2NetworkUuid": l2_network_uuid,
                "clusterUuid": cluster_uuid,
                "l2ProviderType": l2_provider_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_nfv_inst_to_group(
        self,
        *,
        group_uuid: str,
        nfv_inst_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachNfvInstToGroupResult:
        """添加NFV实例到NFV组 (AttachNfvInstToGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            group_uuid: groupUuid (since 5.4.2)
            nfv_inst_uuid: nfvInstUuid (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_NFV_INST_TO_GROUP,
            {
                "groupUuid": group_uuid,
                "nfvInstUuid": nfv_inst_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_policy_route_rule_set_to_l3(
        self,
        *,
        rule_set_uuid: str,
        l3_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPolicyRouteRuleSetToL3Result:
        """网络加载策略路由规则集 (AttachPolicyRouteRuleSetToL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_set_uuid: 策略路由规则集uuid (since 3.6.0; minLength 1)
            l3_uuid: 三层网络uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_POLICY_ROUTE_RULE_SET_TO_L3,
            {
                "ruleSetUuid": rule_set_uuid,
                "l3Uuid": l3_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_v_router_route_table_to_v_router(
        self,
        *,
        route_table_uuid: str,
        virtual_router_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachVRouterRouteTableToVRouterResult:
        """绑定路由表到路由器 (AttachVRouterRouteTableToVRouter).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: routeTableUuid (since 2.1)
            virtual_router_vm_uuid: 路由设备UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_V_ROUTER_ROUTE_TABLE_TO_V_ROUTER,
            {
                "routeTableUuid": route_table_uuid,
                "virtualRouterVmUuid": virtual_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_l2_network_vlan_id(
        self,
        *,
        uuid: str,
        type: str | None = None,
        vlan: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeL2NetworkVlanIdResult:
        """Change L2 network vlan id (ChangeL2NetworkVlanId).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeL2NetworkVlanIdAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            type: type
            vlan: vlan
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_L2_NETWORK_VLAN_ID,
            {
                "uuid": uuid,
                "type": type,
                "vlan": vlan,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_l3_network_dhcp_ip_address(
        self,
        *,
        l3_network_uuid: str,
        dhcp_server_ip: str | None = None,
        dhcpv6_server_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeL3NetworkDhcpIpAddressResult:
        """修改DHCP服务器地址 (ChangeL3NetworkDhcpIpAddress).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 5.1.0)
            dhcp_server_ip: DHCP v4 服务器地址 (since 5.1.0; minLength 1)
            dhcpv6_server_ip: DHCP v6 服务器地址 (since 5.1.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_L3_NETWORK_DHCP_IP_ADDRESS,
            {
                "l3NetworkUuid": l3_network_uuid,
                "dhcpServerIp": dhcp_server_ip,
                "dhcpv6ServerIp": dhcpv6_server_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_l3_network_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeL3NetworkStateResult:
        """改变三层网络状态 (ChangeL3NetworkState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态，可选enable与disable (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_L3_NETWORK_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_multicast_router_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeMulticastRouterStateResult:
        """改变组播路由器状态 (ChangeMulticastRouterState).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            state_event: stateEvent (since 3.7.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_MULTICAST_ROUTER_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_nfv_inst_group_operation_mode(
        self,
        *,
        uuid: str,
        operation_mode: Literal["Normal", "Maintenance"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeNfvInstGroupOperationModeResult:
        """修改NFV组的操作模式 (ChangeNfvInstGroupOperationMode).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.2)
            operation_mode: operationMode (since 5.4.2; enum {'Normal', 'Maintenance'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_NFV_INST_GROUP_OPERATION_MODE,
            {
                "uuid": uuid,
                "operationMode": operation_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_sdn_controller(
        self,
        *,
        uuid: str,
        password: str | None = None,
        user_name: str | None = None,
        vlan_ranges: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSdnControllerResult:
        """修改SDN控制器 (ChangeSdnController).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: SDN控制器资源UUID (since 5.4.0)
            password: SDN控制器新密码 (since 5.4.0)
            user_name: SDN控制器新用户名 (since 5.4.0)
            vlan_ranges: vlanRanges (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SDN_CONTROLLER,
            {
                "uuid": uuid,
                "password": password,
                "userName": user_name,
                "vlanRanges": vlan_ranges,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_vpc_ha_group_monitor_ips(
        self,
        *,
        uuid: str,
        monitor_ips: Sequence[Any] | None = None,
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

    def check_ip_availability(
        self,
        *,
        l3_network_uuid: str,
        ip: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        arp_check: bool | None = None,
        ip_range_check: bool | None = None,
        job_uuid: str | None = None,
    ) -> CheckIpAvailabilityResult:
        """检查IP可用性 (CheckIpAvailability).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            ip: IP地址 (since 0.6; maxLength 255)
            arp_check: 使用arping检测 (since 5.1.0)
            ip_range_check: 在数据库可用地址段内检测 (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_IP_AVAILABILITY,
            {
                "l3NetworkUuid": l3_network_uuid,
                "ip": ip,
                "systemTags": system_tags,
                "userTags": user_tags,
                "arpCheck": arp_check,
                "ipRangeCheck": ip_range_check,
            },
            job_uuid,
        )

    def create_huawei_i_master_v_router(
        self,
        *,
        huawei_vpc_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHuaweiIMasterVRouterResult:
        """创建华为SDN虚拟路由器 (CreateHuaweiIMasterVRouter).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            description: 资源的详细描述 (since 5.4.0)
            huawei_vpc_uuid: huaweiVpcUuid (since 5.4.0)
            name: 资源名称 (since 5.4.0)
            resource_uuid: 资源UUID (since 5.4.0)
            tag_uuids: 标签UUID列表 (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_HUAWEI_I_MASTER_V_ROUTER,
            {
                "description": description,
                "huaweiVpcUuid": huawei_vpc_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_l2_hardware_vxlan_network(
        self,
        *,
        name: str,
        pool_uuid: str,
        description: str | None = None,
        h3c_tenant_uuid: str | None = None,
        isolated: bool | None = None,
        physical_interface: str | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        vlan: int | None = None,
        vni: int | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2HardwareVxlanNetworkResult:
        """创建硬件VXLAN网络 (CreateL2HardwareVxlanNetwork).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7; maxLength 2048)
            h3c_tenant_uuid: h3cTenantUuid (since 5.4.0)
            isolated: isolated (since 5.0.0)
            name: 资源名称 (since 3.7; maxLength 255)
            physical_interface: 物理网卡 (since 3.7; maxLength 1024)
            pool_uuid: VXLAN资源池UUID (since 3.7)
            pvlan: pvlan (since 5.0.0; minLength 1)
            resource_uuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID (since 3.7)
            tag_uuids: 标签UUID列表 (since 3.7)
            type: 二层网络类型 (since 3.7)
            v_switch_type: 虚拟交换机类型 (since 0.6; maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            vlan: vlan (since 5.4.0)
            vni: VNI号 (since 3.7; minimum 1; maximum 16777214)
            zone_uuid: 区域UUID (since 3.7; maxLength 1024)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_L2_HARDWARE_VXLAN_NETWORK,
            {
                "description": description,
                "h3cTenantUuid": h3c_tenant_uuid,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "poolUuid": pool_uuid,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "vlan": vlan,
                "vni": vni,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_l2_hardware_vxlan_network_pool(
        self,
        *,
        name: str,
        physical_interface: str,
        sdn_controller_uuid: str,
        zone_uuid: str,
        description: str | None = None,
        end_vlan: int | None = None,
        isolated: bool | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        start_vlan: int | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2HardwareVxlanNetworkPoolResult:
        """创建硬件VXLAN资源池 (CreateL2HardwareVxlanNetworkPool).

        Since ZStack 3.7. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7; maxLength 2048)
            end_vlan: endVlan (since 5.3.28)
            isolated: isolated (since 4.8.0)
            name: 资源名称 (since 3.7; maxLength 255)
            physical_interface: 物理网卡 (since 3.7; maxLength 1024)
            pvlan: pvlan (since 4.8.0; minLength 1)
            resource_uuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID (since 3.7)
            sdn_controller_uuid: SDN控制器UUID (since 3.7)
            start_vlan: startVlan (since 5.3.28)
            tag_uuids: 标签UUID列表 (since 3.7)
            type: 二层网络类型 (since 3.7)
            v_switch_type: 虚拟交换机类型 (since 4.1.2; maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            zone_uuid: 区域UUID (since 3.7)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_L2_HARDWARE_VXLAN_NETWORK_POOL,
            {
                "description": description,
                "endVlan": end_vlan,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "startVlan": start_vlan,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_l2_no_vlan_network(
        self,
        *,
        name: str,
        physical_interface: str,
        zone_uuid: str,
        description: str | None = None,
        isolated: bool | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2NoVlanNetworkResult:
        """创建普通二层网络 (CreateL2NoVlanNetwork).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 普通二层网络的详细描述 (since 0.6; maxLength 2048)
            isolated: isolated (since 5.3.20)
            name: 普通二层网络名称 (since 0.6; maxLength 255)
            physical_interface: 物理网卡 (since 0.6; maxLength 1024)
            pvlan: pvlan (since 5.3.20; minLength 1)
            resource_uuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            type: 二层网络类型 (since 0.6)
            v_switch_type: 虚拟交换机类型 (since 4.8.0; maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_L2_NO_VLAN_NETWORK,
            {
                "description": description,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_l2_port_group(
        self,
        *,
        name: str,
        v_switch_uuid: str,
        vlan: int,
        description: str | None = None,
        isolated: bool | None = None,
        physical_interface: str | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        vlan_mode: Literal["ACCESS", "TRUNK", "PVLAN"] | None = None,
        vlan_ranges: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2PortGroupResult:
        """Create L2 port group (CreateL2PortGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateL2PortGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            isolated: isolated
            name: name (maxLength 255)
            physical_interface: physicalInterface (maxLength 1024)
            pvlan: pvlan (minLength 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            v_switch_type: vSwitchType (maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            v_switch_uuid: vSwitchUuid
            vlan: vlan (minimum 0; maximum 4094)
            vlan_mode: vlanMode (enum {'ACCESS', 'TRUNK', 'PVLAN'})
            vlan_ranges: vlanRanges
            zone_uuid: zoneUuid (maxLength 1024)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_L2_PORT_GROUP,
            {
                "description": description,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "vSwitchUuid": v_switch_uuid,
                "vlan": vlan,
                "vlanMode": vlan_mode,
                "vlanRanges": vlan_ranges,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_l2_tf_network(
        self,
        *,
        name: str,
        description: str | None = None,
        ip_prefix: str | None = None,
        ip_prefix_length: int | None = None,
        isolated: bool | None = None,
        physical_interface: str | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2TfNetworkResult:
        """创建tungsten fabric二层网络 (CreateL2TfNetwork).

        Since ZStack 4.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.8.0; maxLength 2048)
            ip_prefix: IP地址前缀 (since 4.8.0; maxLength 255)
            ip_prefix_length: IP地址前缀长度 (since 4.8.0; minimum 1; maximum 32)
            isolated: isolated
            name: 资源名称 (since 4.8.0; maxLength 255)
            physical_interface: 物理网卡 (since 4.8.0; maxLength 1024)
            pvlan: pvlan (minLength 1)
            resource_uuid: 资源UUID (since 4.8.0)
            tag_uuids: 标签UUID列表 (since 4.8.0)
            type: 二层网络类型 (since 4.8.0)
            v_switch_type: 虚拟交换机类型 (since 4.8.0; maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            zone_uuid: 区域UUID (since 4.8.0; maxLength 1024)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_L2_TF_NETWORK,
            {
                "description": description,
                "ipPrefix": ip_prefix,
                "ipPrefixLength": ip_prefix_length,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_l2_virtual_switch(
        self,
        *,
        name: str,
        physical_interface: str,
        zone_uuid: str,
        description: str | None = None,
        is_distributed: bool | None = None,
        isolated: bool | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2VirtualSwitchResult:
        """Create L2 virtual switch (CreateL2VirtualSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateL2VirtualSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            is_distributed: isDistributed
            isolated: isolated
            name: name (maxLength 255)
            physical_interface: physicalInterface (maxLength 1024)
            pvlan: pvlan (minLength 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            v_switch_type: vSwitchType (maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_L2_VIRTUAL_SWITCH,
            {
                "description": description,
                "isDistributed": is_distributed,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_l2_vlan_network(
        self,
        *,
        name: str,
        physical_interface: str,
        vlan: int,
        zone_uuid: str,
        description: str | None = None,
        isolated: bool | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2VlanNetworkResult:
        """创建二层VLAN网络 (CreateL2VlanNetwork).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            isolated: isolated (since 5.0.0)
            name: 资源名称 (since 0.6; maxLength 255)
            physical_interface: physicalInterface (since 0.6; maxLength 1024)
            pvlan: pvlan (minLength 1)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids (since 4.8.0)
            type: type (since 0.6)
            v_switch_type: 虚拟交换机类型 (since 4.8.0; maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            vlan: vlan (since 0.6; minimum 1; maximum 4094)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_L2_VLAN_NETWORK,
            {
                "description": description,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "vlan": vlan,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_l2_vxlan_network(
        self,
        *,
        name: str,
        pool_uuid: str,
        description: str | None = None,
        isolated: bool | None = None,
        physical_interface: str | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        vni: int | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2VxlanNetworkResult:
        """创建VXLAN网络 (CreateL2VxlanNetwork).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            isolated: isolated
            name: 资源名称 (since 0.6; maxLength 255)
            physical_interface: physicalInterface (since 0.6; maxLength 1024)
            pool_uuid: Vxlan网络资源池UUID (since 0.6)
            pvlan: pvlan (minLength 1)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            type: type (since 0.6)
            v_switch_type: 虚拟交换机类型 (since 4.8.0; maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            vni: Vxlan网络VNI (since 0.6; minimum 1; maximum 16777214)
            zone_uuid: 区域UUID (since 0.6; maxLength 1024)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_L2_VXLAN_NETWORK,
            {
                "description": description,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "poolUuid": pool_uuid,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "vni": vni,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_l2_vxlan_network_pool(
        self,
        *,
        name: str,
        zone_uuid: str,
        tag_uuid: Sequence[Any] | None = None,
        description: str | None = None,
        isolated: bool | None = None,
        physical_interface: str | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2VxlanNetworkPoolResult:
        """创建VXLAN网络池 (CreateL2VxlanNetworkPool).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            tag_uuid: 标签UUID列表 (since 4.8.0)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            isolated: isolated
            name: 资源名称 (since 0.6; maxLength 255)
            physical_interface: physicalInterface (since 0.6; maxLength 1024)
            pvlan: pvlan (minLength 1)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids
            type: type (since 0.6)
            v_switch_type: 虚拟交换机类型 (since 4.8.0; maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_L2_VXLAN_NETWORK_POOL,
            {
                "TagUuid": tag_uuid,
                "description": description,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_l3_network(
        self,
        *,
        l2_network_uuid: str,
        name: str,
        category: Literal["Public", "Private", "System"] | None = None,
        description: str | None = None,
        dns_domain: str | None = None,
        enable_ipam: bool | None = None,
        ip_version: Literal[4, 6] | None = None,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL3NetworkResult:
        """创建三层网络 (CreateL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            category: 网络类型，需要与system标签搭配使用，system为false时可设置为Public、Private (since 2.2; enum {'Public', 'Private', 'System'})
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            dns_domain: DNS域 (since 0.6)
            enable_ipam: IP地址管理是否启用 (since 4.6.21)
            ip_version: ip协议号 (since 4.6.21; enum {4, 6})
            l2_network_uuid: 二层网络UUID (since 0.6)
            name: 三层网络的名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 0.6)
            system: 是否用于系统云主机 (since 0.6)
            tag_uuids: 标签UUID列表 (since 4.6.21)
            type: 三层网络类型 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_L3_NETWORK,
            {
                "category": category,
                "description": description,
                "dnsDomain": dns_domain,
                "enableIPAM": enable_ipam,
                "ipVersion": ip_version,
                "l2NetworkUuid": l2_network_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "system": system,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_multicast_router(
        self,
        *,
        vpc_router_vm_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMulticastRouterResult:
        """创建组播路由器 (CreateMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7.0; maxLength 2048)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            vpc_router_vm_uuid: vpcRouterVmUuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_MULTICAST_ROUTER,
            {
                "description": description,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vpcRouterVmUuid": vpc_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_nfv_inst(
        self,
        *,
        name: str,
        nfv_inst_group_uuid: str,
        cluster_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateNfvInstResult:
        """创建NFV实例 (CreateNfvInst).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            cluster_uuid: 集群UUID (since 0.6)
            description: 资源的详细描述 (since 0.6)
            host_uuid: 物理机UUID (since 0.6)
            name: 资源名称 (since 0.6)
            nfv_inst_group_uuid: nfvInstGroupUuid (since 0.6)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_NFV_INST,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "nfvInstGroupUuid": nfv_inst_group_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_nfv_inst_group(
        self,
        *,
        func_type: Literal["DEDICATED_SLB"],
        inst_type: Literal["KVM"],
        name: str,
        nfv_inst_offering_uuid: str,
        backend_l3_network_uuids: Sequence[Any] | None = None,
        base_os_distro: str | None = None,
        cluster_uuid: str | None = None,
        description: str | None = None,
        front_end_l3_network_uuid: str | None = None,
        ipv6_vip_uuid: str | None = None,
        monitor_ips: Sequence[Any] | None = None,
        net_os_distro: str | None = None,
        primary_storage_pool_uuid: str | None = None,
        primary_storage_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        vip_uuid: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateNfvInstGroupResult:
        """创建NFV高可用组 (CreateNfvInstGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            backend_l3_network_uuids: backendL3NetworkUuids (since 0.6)
            base_os_distro: baseOsDistro (since 5.4.2)
            cluster_uuid: 集群UUID (since 5.4.2)
            description: 资源的详细描述 (since 0.6)
            front_end_l3_network_uuid: frontEndL3NetworkUuid (since 0.6)
            func_type: funcType (since 0.6; enum {'DEDICATED_SLB'})
            inst_type: instType (since 0.6; enum {'KVM'})
            ipv6_vip_uuid: ipv6VipUuid (since 5.4.2)
            monitor_ips: monitorIps (since 0.6)
            name: 资源名称 (since 0.6)
            net_os_distro: netOsDistro (since 5.4.2)
            nfv_inst_offering_uuid: nfvInstOfferingUuid (since 0.6)
            primary_storage_pool_uuid: primaryStoragePoolUuid (since 5.4.2)
            primary_storage_uuid: 主存储UUID (since 5.4.2)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 0.6)
            vip_uuid: VIP UUID (since 5.4.2)
            zone_uuid: 区域UUID (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_NFV_INST_GROUP,
            {
                "backendL3NetworkUuids": backend_l3_network_uuids,
                "baseOsDistro": base_os_distro,
                "clusterUuid": cluster_uuid,
                "description": description,
                "frontEndL3NetworkUuid": front_end_l3_network_uuid,
                "funcType": func_type,
                "instType": inst_type,
                "ipv6VipUuid": ipv6_vip_uuid,
                "monitorIps": monitor_ips,
                "name": name,
                "netOsDistro": net_os_distro,
                "nfvInstOfferingUuid": nfv_inst_offering_uuid,
                "primaryStoragePoolUuid": primary_storage_pool_uuid,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vipUuid": vip_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_nfv_inst_offering(
        self,
        *,
        cpu_num: int,
        image_uuid: str,
        management_network_uuid: str,
        memory_size: int,
        name: str,
        zone_uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateNfvInstOfferingResult:
        """创建NFV实例规格 (CreateNfvInstOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            allocator_strategy: allocatorStrategy (since 0.6)
            cpu_num: cpuNum (since 0.6)
            description: 资源的详细描述 (since 0.6)
            image_uuid: 镜像UUID (since 0.6)
            management_network_uuid: managementNetworkUuid (since 0.6)
            memory_size: memorySize (since 0.6)
            name: 资源名称 (since 0.6)
            reserved_memory_size: reservedMemorySize (since 5.4.2)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: sortKey (since 0.6)
            tag_uuids: 标签UUID列表 (since 0.6)
            type: type (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_NFV_INST_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "imageUuid": image_uuid,
                "managementNetworkUuid": management_network_uuid,
                "memorySize": memory_size,
                "name": name,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ovn_controller_offering(
        self,
        *,
        cpu_num: int,
        image_uuid: str,
        management_network_uuid: str,
        memory_size: int,
        name: str,
        zone_uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateOvnControllerOfferingResult:
        """创建OVN控制器规格 (CreateOvnControllerOffering).

        Since ZStack 5.3.20. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            allocator_strategy: 分配策略 (since 5.3.20)
            cpu_num: CPU数目 (since 5.3.20)
            description: 资源的详细描述 (since 5.3.20)
            image_uuid: 镜像UUID (since 5.3.20)
            management_network_uuid: 管理网UUID (since 5.3.20)
            memory_size: 内存大小，单位Byte (since 5.3.20)
            name: 规格名称 (since 5.3.20)
            reserved_memory_size: reservedMemorySize (since 5.3.20)
            resource_uuid: 资源UUID (since 5.3.20)
            sort_key: sortKey (since 5.3.20)
            tag_uuids: 标签UUID列表 (since 5.3.20)
            type: type (since 5.3.20)
            zone_uuid: 区域UUID (since 5.3.20)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_OVN_CONTROLLER_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "imageUuid": image_uuid,
                "managementNetworkUuid": management_network_uuid,
                "memorySize": memory_size,
                "name": name,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_policy_route_rule(
        self,
        *,
        rule_number: int,
        rule_set_uuid: str,
        table_uuid: str,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteRuleResult:
        """创建策略路由规则集规则 (CreatePolicyRouteRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            dest_ip: 目标ip (since 3.6.0)
            dest_port: 目标端口 (since 3.6.0)
            protocol: 协议 (since 3.6.0)
            resource_uuid: resourceUuid (since 3.6.0)
            rule_number: 规则优先级 (since 3.6.0; minimum 1001; maximum 2999)
            rule_set_uuid: 策略路由规则集uuid (since 3.6.0; minLength 1)
            source_ip: 源ip (since 3.6.0)
            source_port: 源端口 (since 3.6.0)
            table_uuid: 策略路由表uuid (since 3.6.0; minLength 1)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_POLICY_ROUTE_RULE,
            {
                "destIp": dest_ip,
                "destPort": dest_port,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "ruleSetUuid": rule_set_uuid,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "tableUuid": table_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_policy_route_rule_set(
        self,
        *,
        name: str,
        v_router_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: Literal["User", "EgressWhereComeFrom"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteRuleSetResult:
        """创建策略路由规则集 (CreatePolicyRouteRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 255)
            resource_uuid: resourceUuid (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            type: type (since 3.9.0; enum {'User', 'EgressWhereComeFrom'})
            v_router_uuid: 路由器uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_POLICY_ROUTE_RULE_SET,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_policy_route_table(
        self,
        *,
        number: int,
        v_router_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteTableResult:
        """创建策略路由表 (CreatePolicyRouteTable).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0; maxLength 255)
            number: 表名 (since 3.6.0; minimum 1; maximum 179)
            resource_uuid: resourceUuid (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            v_router_uuid: 路由器uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_POLICY_ROUTE_TABLE,
            {
                "description": description,
                "number": number,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_policy_route_table_route_entry(
        self,
        *,
        destination_cidr: str,
        next_hop_ip: str,
        table_uuid: str,
        distance: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteTableRouteEntryResult:
        """创建策略路由 (CreatePolicyRouteTableRouteEntry).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            destination_cidr: 目标ip cidr (since 3.6.0)
            distance: 优先级 (since 3.6.0; minimum 1; maximum 100)
            next_hop_ip: 下一跳ip (since 3.6.0)
            resource_uuid: resourceUuid (since 3.6.0)
            table_uuid: 策略路由表uuid (since 3.6.0; minLength 1)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
            {
                "destinationCidr": destination_cidr,
                "distance": distance,
                "nextHopIp": next_hop_ip,
                "resourceUuid": resource_uuid,
                "tableUuid": table_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_v_router_ospf_area(
        self,
        *,
        area_id: str,
        area_auth: str | None = None,
        area_type: str | None = None,
        key_id: int | None = None,
        password: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVRouterOspfAreaResult:
        """创建路由区域资源 (CreateVRouterOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            area_auth: OSPF区域的认证方式 (since 3.4.0; maxLength 16)
            area_id: 区域Id，区域标识 (since 3.4.0; maxLength 64)
            area_type: 区域类型 (since 3.4.0; maxLength 16)
            key_id: 认证方式为MD5时用到的keyid (since 3.4.0; minimum 1; maximum 255)
            password: 认证方式为plaintext时的密码 (since 3.4.0; maxLength 16)
            resource_uuid: 区域资源的唯一标识 (since 3.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_V_ROUTER_OSPF_AREA,
            {
                "areaAuth": area_auth,
                "areaId": area_id,
                "areaType": area_type,
                "keyId": key_id,
                "password": password,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_v_router_route_table(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVRouterRouteTableResult:
        """创建路由表 (CreateVRouterRouteTable).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; maxLength 255)
            resource_uuid: resourceUuid (since 2.1)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_V_ROUTER_ROUTE_TABLE,
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

    def create_virtual_router_offering(
        self,
        *,
        cpu_num: int,
        image_uuid: str,
        management_network_uuid: str,
        memory_size: int,
        name: str,
        zone_uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        is_default: bool | None = None,
        public_network_uuid: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVirtualRouterOfferingResult:
        """创建路由器规格 (CreateVirtualRouterOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocator_strategy: 分配策略 (since 0.6)
            cpu_num: CPU数量 (since 0.6; minimum 1; maximum 1024)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            image_uuid: 镜像UUID (since 0.6)
            is_default: 默认 (since 0.6)
            management_network_uuid: 管理L3网络UUID (since 0.6)
            memory_size: 内存大小 (since 0.6; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 0.6; maxLength 255)
            public_network_uuid: 公有L3网络UUID (since 0.6)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: 排序主键 (since 0.6)
            tag_uuids: tagUuids
            type: 类型 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VIRTUAL_ROUTER_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "imageUuid": image_uuid,
                "isDefault": is_default,
                "managementNetworkUuid": management_network_uuid,
                "memorySize": memory_size,
                "name": name,
                "publicNetworkUuid": public_network_uuid,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vni_range(
        self,
        *,
        l2_network_uuid: str,
        end_vni: int,
        name: str,
        start_vni: int,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVniRangeResult:
        """创建VNI Range (CreateVniRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l2_network_uuid: 二层Vxlan网络资源池uuid (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            end_vni: endVni (since 0.6; minimum 0; maximum 16777214)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: resourceUuid (since 0.6)
            start_vni: startVni (since 0.6; minimum 0; maximum 16777214)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VNI_RANGE,
            {
                "l2NetworkUuid": l2_network_uuid,
                "description": description,
                "endVni": end_vni,
                "name": name,
                "resourceUuid": resource_uuid,
                "startVni": start_vni,
                "tagUuids": tag_uuids,
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
        monitor_ips: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        root_volume_system_tags: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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

    def create_vxlan_pool_remote_vtep(
        self,
        *,
        l2_network_uuid: str,
        cluster_uuid: str,
        remote_vtep_ip: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVxlanPoolRemoteVtepResult:
        """Create vxlan pool remote vtep (CreateVxlanPoolRemoteVtep).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVxlanPoolRemoteVtepAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            l2_network_uuid: l2NetworkUuid
            cluster_uuid: clusterUuid
            remote_vtep_ip: remoteVtepIp (maxLength 15)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VXLAN_POOL_REMOTE_VTEP,
            {
                "l2NetworkUuid": l2_network_uuid,
                "clusterUuid": cluster_uuid,
                "remoteVtepIp": remote_vtep_ip,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vxlan_vtep(
        self,
        *,
        host_uuid: str,
        pool_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        vtep_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVxlanVtepResult:
        """Create vxlan vtep (CreateVxlanVtep).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVxlanVtepAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            host_uuid: hostUuid
            pool_uuid: poolUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            vtep_ip: vtepIp
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VXLAN_VTEP,
            {
                "hostUuid": host_uuid,
                "poolUuid": pool_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vtepIp": vtep_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_huawei_i_master_fabric(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterFabricResult:
        """删除华为SDN Fabric (DeleteHuaweiIMasterFabric).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: sdnControllerUuid (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HUAWEI_I_MASTER_FABRIC,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_huawei_i_master_tenant(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterTenantResult:
        """删除华为SDN租户 (DeleteHuaweiIMasterTenant).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: 指定的华为iMaster租户 (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HUAWEI_I_MASTER_TENANT,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_huawei_i_master_v_router(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterVRouterResult:
        """删除华为SDN虚拟路由器 (DeleteHuaweiIMasterVRouter).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: sdnControllerUuid (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HUAWEI_I_MASTER_V_ROUTER,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_huawei_i_master_vpc(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterVpcResult:
        """删除华为SDN VPC (DeleteHuaweiIMasterVpc).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: sdnControllerUuid (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HUAWEI_I_MASTER_VPC,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ip_address(
        self,
        *,
        l3_network_uuid: str,
        used_ip_uuids: Sequence[str],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIpAddressResult:
        """删除IP地址 (DeleteIpAddress).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 5.1.0)
            used_ip_uuids: 被删除地址Uuid (since 5.1.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IP_ADDRESS,
            {
                "l3NetworkUuid": l3_network_uuid,
                "usedIpUuids": used_ip_uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ip_range(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIpRangeResult:
        """删除IP地址范围 (DeleteIpRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: IP地址范围的UUID (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IP_RANGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_l2_network(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteL2NetworkResult:
        """删除二层网络 (DeleteL2Network).

        Since ZStack 4.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.8.0)
            delete_mode: 删除模式 (since 4.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_L2_NETWORK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_l3_network(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteL3NetworkResult:
        """删除三层网络 (DeleteL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_L3_NETWORK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_multicast_router(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMulticastRouterResult:
        """删除组播路由器 (DeleteMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_MULTICAST_ROUTER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_nfv_inst_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteNfvInstGroupResult:
        """删除NFV组 (DeleteNfvInstGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_policy_route_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteRuleResult:
        """删除策略路由规则集规则 (DeletePolicyRouteRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_POLICY_ROUTE_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_policy_route_rule_set(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteRuleSetResult:
        """删除策略路由规则集 (DeletePolicyRouteRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_POLICY_ROUTE_RULE_SET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_policy_route_table(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteTableResult:
        """删除策略路由表 (DeletePolicyRouteTable).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_POLICY_ROUTE_TABLE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_policy_route_table_route_entry(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteTableRouteEntryResult:
        """删除策略路由 (DeletePolicyRouteTableRouteEntry).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_reserved_ip_range(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteReservedIpRangeResult:
        """删除保留地址段 (DeleteReservedIpRange).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_RESERVED_IP_RANGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_v_router_ospf_area(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVRouterOspfAreaResult:
        """删除OSPF路由区域 (DeleteVRouterOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            delete_mode: deleteMode (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_V_ROUTER_OSPF_AREA,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_v_router_route_entry(
        self,
        *,
        route_table_uuid: str,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVRouterRouteEntryResult:
        """删除路由条目 (DeleteVRouterRouteEntry).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: routeTableUuid (since 2.1)
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_V_ROUTER_ROUTE_ENTRY,
            {
                "routeTableUuid": route_table_uuid,
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_v_router_route_table(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVRouterRouteTableResult:
        """删除路由表 (DeleteVRouterRouteTable).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_V_ROUTER_ROUTE_TABLE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vni_range(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVniRangeResult:
        """删除VNI Range (DeleteVniRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: deleteMode (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VNI_RANGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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

    def delete_vxlan_l2_network(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVxlanL2NetworkResult:
        """Delete vxlan L2 network (DeleteVxlanL2Network).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVxlanL2NetworkAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VXLAN_L2_NETWORK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vxlan_pool_remote_vtep(
        self,
        *,
        l2_network_uuid: str,
        cluster_uuid: str,
        remote_vtep_ip: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVxlanPoolRemoteVtepResult:
        """Delete vxlan pool remote vtep (DeleteVxlanPoolRemoteVtep).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVxlanPoolRemoteVtepAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            l2_network_uuid: l2NetworkUuid
            cluster_uuid: clusterUuid
            remote_vtep_ip: remoteVtepIp (maxLength 15)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VXLAN_POOL_REMOTE_VTEP,
            {
                "l2NetworkUuid": l2_network_uuid,
                "clusterUuid": cluster_uuid,
                "remoteVtepIp": remote_vtep_ip,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_l2_network_from_cluster(
        self,
        *,
        l2_network_uuid: str,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachL2NetworkFromClusterResult:
        """从集群上卸载二层网络 (DetachL2NetworkFromCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l2_network_uuid: 二层网络UUID (since 0.6)
            cluster_uuid: 集群UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_L2_NETWORK_FROM_CLUSTER,
            {
                "l2NetworkUuid": l2_network_uuid,
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_nfv_inst_from_group(
        self,
        *,
        group_uuid: str,
        nfv_inst_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachNfvInstFromGroupResult:
        """从NFV组删除实例 (DetachNfvInstFromGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            group_uuid: groupUuid (since 5.4.2)
            nfv_inst_uuid: nfvInstUuid (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_NFV_INST_FROM_GROUP,
            {
                "groupUuid": group_uuid,
                "nfvInstUuid": nfv_inst_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_policy_route_rule_set_from_l3(
        self,
        *,
        rule_set_uuid: str,
        l3_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPolicyRouteRuleSetFromL3Result:
        """网络解绑策略路由 (DetachPolicyRouteRuleSetFromL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_set_uuid: 策略规则集uuid (since 3.6.0; minLength 1)
            l3_uuid: 三层网络uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_POLICY_ROUTE_RULE_SET_FROM_L3,
            {
                "ruleSetUuid": rule_set_uuid,
                "l3Uuid": l3_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_v_router_route_table_from_v_router(
        self,
        *,
        route_table_uuid: str,
        virtual_router_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachVRouterRouteTableFromVRouterResult:
        """解绑路由表 (DetachVRouterRouteTableFromVRouter).

        从路由器设备解绑路由表。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: 路由表UUID (since 2.1)
            virtual_router_vm_uuid: 路由表设备UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_V_ROUTER_ROUTE_TABLE_FROM_V_ROUTER,
            {
                "routeTableUuid": route_table_uuid,
                "virtualRouterVmUuid": virtual_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_attachable_public_l3_for_v_router(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAttachablePublicL3ForVRouterResult:
        """获取路由器可加载外部网络 (GetAttachablePublicL3ForVRouter).

        获取路由可加载的公有网络和系统网络，将自动排除地址冲突的网络。

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 路由器的UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ATTACHABLE_PUBLIC_L3_FOR_V_ROUTER,
            {
                "vmInstanceUuid": vm_instance_uuid,
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

    def get_candidate_clusters_for_attaching_l2_network(
        self,
        *,
        l2_network_uuid: str,
        cluster_types: Sequence[str] | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateClustersForAttachingL2NetworkResult:
        """Get candidate clusters for attaching L2 network (GetCandidateClustersForAttachingL2Network).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCandidateClustersForAttachingL2NetworkAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            l2_network_uuid: l2NetworkUuid
            cluster_types: clusterTypes
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_CLUSTERS_FOR_ATTACHING_L2_NETWORK,
            {
                "l2NetworkUuid": l2_network_uuid,
                "clusterTypes": cluster_types,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_free_ip(
        self,
        *,
        l3_network_uuid: str | None = None,
        ip_range_uuid: str | None = None,
        start: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        ip_version: Literal[4, 6] | None = None,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFreeIpResult:
        """获取空闲IP (GetFreeIp).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID说明: l3NetworkUuid和ipRangeUuid二选一 (since 0.6)
            ip_range_uuid: IP段UUID说明: l3NetworkUuid和ipRangeUuid二选一 (since 0.6)
            start: 起始值 (since 0.6)
            ip_range_type: 地址类型 (since 3.9.0; enum {'Normal', 'AddressPool'})
            ip_version: IP地址版本号 (since 3.10.0; enum {4, 6})
            limit: 数量限制 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_FREE_IP,
            {
                "l3NetworkUuid": l3_network_uuid,
                "ipRangeUuid": ip_range_uuid,
                "start": start,
                "ipRangeType": ip_range_type,
                "ipVersion": ip_version,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_free_ip_of_ip_range(
        self,
        *,
        ip_range_uuid: str,
        l3_network_uuid: str | None = None,
        start: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        ip_version: Literal[4, 6] | None = None,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFreeIpOfIpRangeResult:
        """Get free ip of ip range (GetFreeIpOfIpRange).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetFreeIpOfIpRangeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            ip_range_uuid: ipRangeUuid
            l3_network_uuid: l3NetworkUuid
            start: start
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            ip_version: ipVersion (enum {4, 6})
            limit: limit
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_FREE_IP_OF_IP_RANGE,
            {
                "ipRangeUuid": ip_range_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "start": start,
                "ipRangeType": ip_range_type,
                "ipVersion": ip_version,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_free_ip_of_l3_network(
        self,
        *,
        l3_network_uuid: str,
        ip_range_uuid: str | None = None,
        start: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        ip_version: Literal[4, 6] | None = None,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFreeIpOfL3NetworkResult:
        """Get free ip of L3 network (GetFreeIpOfL3Network).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetFreeIpOfL3NetworkAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            l3_network_uuid: l3NetworkUuid
            ip_range_uuid: ipRangeUuid
            start: start
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            ip_version: ipVersion (enum {4, 6})
            limit: limit
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_FREE_IP_OF_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "ipRangeUuid": ip_range_uuid,
                "start": start,
                "ipRangeType": ip_range_type,
                "ipVersion": ip_version,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_ip_address_capacity(
        self,
        *,
        zone_uuids: Sequence[str] | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        ip_range_uuids: Sequence[str] | None = None,
        all: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetIpAddressCapacityResult:
        """获取IP网络地址容量 (GetIpAddressCapacity).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            zone_uuids: 区域UUID (since 0.6)
            l3_network_uuids: 三层网络UUID (since 0.6)
            ip_range_uuids: IP地址范围UUID (since 0.6)
            all: 系统全局 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_IP_ADDRESS_CAPACITY,
            {
                "zoneUuids": zone_uuids,
                "l3NetworkUuids": l3_network_uuids,
                "ipRangeUuids": ip_range_uuids,
                "all": all,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_l2_network_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL2NetworkTypesResult:
        """获取二层网络类型 (GetL2NetworkTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_L2_NETWORK_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_l3_network_dhcp_ip_address(
        self,
        *,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkDhcpIpAddressResult:
        """获取网络DHCP服务所用地址 (GetL3NetworkDhcpIpAddress).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_L3_NETWORK_DHCP_IP_ADDRESS,
            {
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_l3_network_ip_statistic(
        self,
        *,
        l3_network_uuid: str,
        resource_type: Literal["All", "Vip", "VM"] | None = None,
        ip: str | None = None,
        sort_by: Literal["Ip", "CreateDate"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        start: int | None = None,
        limit: int | None = None,
        reply_with_count: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkIpStatisticResult:
        """获取三层网络IP地址使用情况统计 (GetL3NetworkIpStatistic).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 3.7.0)
            resource_type: 统计资源类型 (since 3.7.0; enum {'All', 'Vip', 'VM'})
            ip: 指定IP地址 (since 3.7.0)
            sort_by: 排序方式 (since 3.7.0; enum {'Ip', 'CreateDate'})
            sort_direction: 排序方向 (since 3.7.0; enum {'asc', 'desc'})
            start: 统计结果起始位置 (since 3.7.0; minimum 0; maximum 2147483647)
            limit: 统计结果数量 (since 3.7.0; minimum 0; maximum 2147483647)
            reply_with_count: 同时返回统计结果总数 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_L3_NETWORK_IP_STATISTIC,
            {
                "l3NetworkUuid": l3_network_uuid,
                "resourceType": resource_type,
                "ip": ip,
                "sortBy": sort_by,
                "sortDirection": sort_direction,
                "start": start,
                "limit": limit,
                "replyWithCount": reply_with_count,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_l3_network_mtu(
        self,
        *,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkMtuResult:
        """获取三层网络Mtu值 (GetL3NetworkMtu).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_L3_NETWORK_MTU,
            {
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_l3_network_router_interface_ip(
        self,
        *,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkRouterInterfaceIpResult:
        """获取三层网络上路由器的接口地址 (GetL3NetworkRouterInterfaceIp).

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_L3_NETWORK_ROUTER_INTERFACE_IP,
            {
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_l3_network_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkTypesResult:
        """获取三层网络类型 (GetL3NetworkTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_L3_NETWORK_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_policy_route_rule_set_from_virtual_router(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPolicyRouteRuleSetFromVirtualRouterResult:
        """获取虚拟路由器的策略路由集合 (GetPolicyRouteRuleSetFromVirtualRouter).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_POLICY_ROUTE_RULE_SET_FROM_VIRTUAL_ROUTER,
            {
                "vmInstanceUuid": vm_instance_uuid,
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

    def get_v_router_ospf_neighbor(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterOspfNeighborResult:
        """获取OSPF的邻居信息 (GetVRouterOspfNeighbor).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: 路由器的uuid，唯一标识 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_V_ROUTER_OSPF_NEIGHBOR,
            {
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_v_router_route_table(
        self,
        *,
        virtual_router_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterRouteTableResult:
        """获取路由器实时路由表 (GetVRouterRouteTable).

        返回路由设备实际实时路由表，包括非用户添加的全部路由。

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            virtual_router_vm_uuid: 路由器设备UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_V_ROUTER_ROUTE_TABLE,
            {
                "virtualRouterVmUuid": virtual_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_v_router_router_id(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterRouterIdResult:
        """获取路由器的ID (GetVRouterRouterId).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: 路由器的UUID，唯一标识 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_V_ROUTER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_v_switch_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVSwitchTypesResult:
        """获取虚拟交换机类型 (GetVSwitchTypes).

        Since ZStack 4.8.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_V_SWITCH_TYPES,
            {
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

    def get_vpc_multicast_route(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcMulticastRouteResult:
        """获取组播路由表 (GetVpcMulticastRoute).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VPC_MULTICAST_ROUTE,
            {
                "uuid": uuid,
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

    def provision_nfv_inst_config(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProvisionNfvInstConfigResult:
        """部署NFV实例配置 (ProvisionNfvInstConfig).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PROVISION_NFV_INST_CONFIG,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def provision_nfv_inst_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProvisionNfvInstGroupResult:
        """部署NFV组 (ProvisionNfvInstGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PROVISION_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def pull_huawei_i_master_controller(
        self,
        *,
        uuid: str,
        pull_switch: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PullHuaweiIMasterControllerResult:
        """拉取华为SDN最新配置 (PullHuaweiIMasterController).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            pull_switch: 是否拉取交换机信息 (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PULL_HUAWEI_I_MASTER_CONTROLLER,
            {
                "uuid": uuid,
                "pullSwitch": pull_switch,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def pull_sdn_controller_tenant(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PullSdnControllerTenantResult:
        """拉取SDN控制器租户 (PullSdnControllerTenant).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PULL_SDN_CONTROLLER_TENANT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_address_pool(
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
    ) -> QueryAddressPoolResult:
        """查询IP地址池 (QueryAddressPool).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ADDRESS_POOL,
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

    def query_address_pool_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AddressPoolInventory]:
        """Every result of ``query_address_pool``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ADDRESS_POOL,
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

    def query_appliance_vm(
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
    ) -> QueryApplianceVmResult:
        """查询服务云主机 (QueryApplianceVm).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_APPLIANCE_VM,
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

    def query_appliance_vm_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ApplianceVmInventory]:
        """Every result of ``query_appliance_vm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_APPLIANCE_VM,
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

    def query_huawei_i_master_fabric(
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
    ) -> QueryHuaweiIMasterFabricResult:
        """查询华为SDN Fabric (QueryHuaweiIMasterFabric).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HUAWEI_I_MASTER_FABRIC,
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

    def query_huawei_i_master_fabric_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[HuaweiIMasterFabricInventory]:
        """Every result of ``query_huawei_i_master_fabric``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_FABRIC,
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

    def query_huawei_i_master_tenant(
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
    ) -> QueryHuaweiIMasterTenantResult:
        """查询华为SDN租户 (QueryHuaweiIMasterTenant).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HUAWEI_I_MASTER_TENANT,
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

    def query_huawei_i_master_tenant_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[HuaweiIMasterTenantInventory]:
        """Every result of ``query_huawei_i_master_tenant``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_TENANT,
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

    def query_huawei_i_master_v_router(
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
    ) -> QueryHuaweiIMasterVRouterResult:
        """查询华为SDN虚拟路由器 (QueryHuaweiIMasterVRouter).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HUAWEI_I_MASTER_V_ROUTER,
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

    def query_huawei_i_master_v_router_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[HuaweiIMasterVRouterInventory]:
        """Every result of ``query_huawei_i_master_v_router``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_V_ROUTER,
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

    def query_huawei_i_master_vpc(
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
    ) -> QueryHuaweiIMasterVpcResult:
        """查询华为SDN VPC (QueryHuaweiIMasterVpc).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HUAWEI_I_MASTER_VPC,
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

    def query_huawei_i_master_vpc_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[HuaweiIMasterVpcInventory]:
        """Every result of ``query_huawei_i_master_vpc``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_VPC,
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

    def query_ip_address(
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
    ) -> QueryIpAddressResult:
        """查询IP地址 (QueryIpAddress).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IP_ADDRESS,
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

    def query_ip_address_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[UsedIpInventory]:
        """Every result of ``query_ip_address``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IP_ADDRESS,
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

    def query_ip_range(
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
    ) -> QueryIpRangeResult:
        """查询IP地址范围 (QueryIpRange).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IP_RANGE,
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

    def query_ip_range_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[IpRangeInventory]:
        """Every result of ``query_ip_range``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IP_RANGE,
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

    def query_l2_network(
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
    ) -> QueryL2NetworkResult:
        """查询二层网络 (QueryL2Network).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_L2_NETWORK,
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

    def query_l2_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[L2NetworkInventory]:
        """Every result of ``query_l2_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L2_NETWORK,
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

    def query_l2_port_group_network(
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
    ) -> QueryL2PortGroupNetworkResult:
        """Query L2 port group network (QueryL2PortGroupNetwork).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryL2PortGroupNetworkAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_L2_PORT_GROUP_NETWORK,
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

    def query_l2_port_group_network_pages(
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
        """Every result of ``query_l2_port_group_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L2_PORT_GROUP_NETWORK,
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

    def query_l2_virtual_switch_network(
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
    ) -> QueryL2VirtualSwitchNetworkResult:
        """Query L2 virtual switch network (QueryL2VirtualSwitchNetwork).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryL2VirtualSwitchNetworkAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_L2_VIRTUAL_SWITCH_NETWORK,
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

    def query_l2_virtual_switch_network_pages(
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
        """Every result of ``query_l2_virtual_switch_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L2_VIRTUAL_SWITCH_NETWORK,
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

    def query_l2_vlan_network(
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
    ) -> QueryL2VlanNetworkResult:
        """查询二层VLAN网络 (QueryL2VlanNetwork).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_L2_VLAN_NETWORK,
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

    def query_l2_vlan_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[L2VlanNetworkInventory]:
        """Every result of ``query_l2_vlan_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L2_VLAN_NETWORK,
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

    def query_l2_vxlan_network(
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
    ) -> QueryL2VxlanNetworkResult:
        """查询VXLAN网络 (QueryL2VxlanNetwork).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_L2_VXLAN_NETWORK,
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

    def query_l2_vxlan_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[L2VxlanNetworkInventory]:
        """Every result of ``query_l2_vxlan_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L2_VXLAN_NETWORK,
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

    def query_l2_vxlan_network_pool(
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
    ) -> QueryL2VxlanNetworkPoolResult:
        """查询VXLAN网络池 (QueryL2VxlanNetworkPool).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_L2_VXLAN_NETWORK_POOL,
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

    def query_l2_vxlan_network_pool_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[L2VxlanNetworkPoolInventory]:
        """Every result of ``query_l2_vxlan_network_pool``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L2_VXLAN_NETWORK_POOL,
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

    def query_l3_network(
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
    ) -> QueryL3NetworkResult:
        """查询三层网络 (QueryL3Network).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_L3_NETWORK,
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

    def query_l3_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[L3NetworkInventory]:
        """Every result of ``query_l3_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L3_NETWORK,
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

    def query_multicast_router(
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
    ) -> QueryMulticastRouterResult:
        """查询组播路由器 (QueryMulticastRouter).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MULTICAST_ROUTER,
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

    def query_multicast_router_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[MulticastRouterInventory]:
        """Every result of ``query_multicast_router``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MULTICAST_ROUTER,
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

    def query_policy_route_rule(
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
    ) -> QueryPolicyRouteRuleResult:
        """查询策略路由规则 (QueryPolicyRouteRule).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_POLICY_ROUTE_RULE,
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

    def query_policy_route_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PolicyRouteRuleInventory]:
        """Every result of ``query_policy_route_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE,
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

    def query_policy_route_rule_set(
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
    ) -> QueryPolicyRouteRuleSetResult:
        """查询策略路由规则集 (QueryPolicyRouteRuleSet).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_POLICY_ROUTE_RULE_SET,
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

    def query_policy_route_rule_set_pages(
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
        """Every result of ``query_policy_route_rule_set``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE_SET,
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

    def query_policy_route_rule_set_l3_ref(
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
    ) -> QueryPolicyRouteRuleSetL3RefResult:
        """查询策略路由规则集网络关联 (QueryPolicyRouteRuleSetL3Ref).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_POLICY_ROUTE_RULE_SET_L3_REF,
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

    def query_policy_route_rule_set_l3_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PolicyRouteRuleSetL3RefInventory]:
        """Every result of ``query_policy_route_rule_set_l3_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE_SET_L3_REF,
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

    def query_policy_route_rule_set_v_router_ref(
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
    ) -> QueryPolicyRouteRuleSetVRouterRefResult:
        """查询策略路由规则集与单节点路由器关联 (QueryPolicyRouteRuleSetVRouterRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_POLICY_ROUTE_RULE_SET_V_ROUTER_REF,
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

    def query_policy_route_rule_set_v_router_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PolicyRouteRuleSetVRouterRefInventory]:
        """Every result of ``query_policy_route_rule_set_v_router_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE_SET_V_ROUTER_REF,
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

    def query_policy_route_table(
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
    ) -> QueryPolicyRouteTableResult:
        """查询策略路由表 (QueryPolicyRouteTable).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_POLICY_ROUTE_TABLE,
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

    def query_policy_route_table_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PolicyRouteTableInventory]:
        """Every result of ``query_policy_route_table``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_TABLE,
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

    def query_policy_route_table_route_entry(
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
    ) -> QueryPolicyRouteTableRouteEntryResult:
        """查询策略路由 (QueryPolicyRouteTableRouteEntry).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
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

    def query_policy_route_table_route_entry_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PolicyRouteTableRouteEntryInventory]:
        """Every result of ``query_policy_route_table_route_entry``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
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

    def query_policy_route_table_v_router_ref(
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
    ) -> QueryPolicyRouteTableVRouterRefResult:
        """查询策略路由表与单节点路由器关联 (QueryPolicyRouteTableVRouterRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_POLICY_ROUTE_TABLE_V_ROUTER_REF,
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

    def query_policy_route_table_v_router_ref_pages(
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
        """Every result of ``query_policy_route_table_v_router_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_TABLE_V_ROUTER_REF,
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

    def query_sdn_controller(
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
    ) -> QuerySdnControllerResult:
        """查询SDN控制器 (QuerySdnController).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SDN_CONTROLLER,
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

    def query_sdn_controller_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SdnControllerInventory]:
        """Every result of ``query_sdn_controller``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SDN_CONTROLLER,
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

    def query_v_router_ospf_area(
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
    ) -> QueryVRouterOspfAreaResult:
        """查询OSPF路由区域信息 (QueryVRouterOspfArea).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_ROUTER_OSPF_AREA,
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

    def query_v_router_ospf_area_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[RouterAreaInventory]:
        """Every result of ``query_v_router_ospf_area``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_OSPF_AREA,
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

    def query_v_router_ospf_network(
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
    ) -> QueryVRouterOspfNetworkResult:
        """查询路由加入到区域的网络信息 (QueryVRouterOspfNetwork).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_ROUTER_OSPF_NETWORK,
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

    def query_v_router_ospf_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[NetworkRouterAreaRefInventory]:
        """Every result of ``query_v_router_ospf_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_OSPF_NETWORK,
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

    def query_v_router_route_entry(
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
    ) -> QueryVRouterRouteEntryResult:
        """查询路由条目 (QueryVRouterRouteEntry).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_ROUTER_ROUTE_ENTRY,
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

    def query_v_router_route_entry_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VRouterRouteEntryInventory]:
        """Every result of ``query_v_router_route_entry``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_ROUTE_ENTRY,
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

    def query_v_router_route_table(
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
    ) -> QueryVRouterRouteTableResult:
        """查询路由表 (QueryVRouterRouteTable).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_ROUTER_ROUTE_TABLE,
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

    def query_v_router_route_table_pages(
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
        """Every result of ``query_v_router_route_table``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_ROUTE_TABLE,
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

    def query_virtual_router_offering(
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
    ) -> QueryVirtualRouterOfferingResult:
        """查询路由器规格 (QueryVirtualRouterOffering).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VIRTUAL_ROUTER_OFFERING,
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

    def query_virtual_router_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VirtualRouterOfferingInventory]:
        """Every result of ``query_virtual_router_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIRTUAL_ROUTER_OFFERING,
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

    def query_virtual_router_v_router_route_table_ref(
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
    ) -> QueryVirtualRouterVRouterRouteTableRefResult:
        """查询绑定关系 (QueryVirtualRouterVRouterRouteTableRef).

        查询路由器设备与路由表绑定关系。

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VIRTUAL_ROUTER_V_ROUTER_ROUTE_TABLE_REF,
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

    def query_virtual_router_v_router_route_table_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VirtualRouterVRouterRouteTableRefInventory]:
        """Every result of ``query_virtual_router_v_router_route_table_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIRTUAL_ROUTER_V_ROUTER_ROUTE_TABLE_REF,
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

    def query_virtual_router_vm(
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
    ) -> QueryVirtualRouterVmResult:
        """查询VPC路由器 (QueryVirtualRouterVm).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VIRTUAL_ROUTER_VM,
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

    def query_virtual_router_vm_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ApplianceVmInventory]:
        """Every result of ``query_virtual_router_vm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIRTUAL_ROUTER_VM,
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

    def query_vni_range(
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
    ) -> QueryVniRangeResult:
        """查询VNI Range (QueryVniRange).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VNI_RANGE,
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

    def query_vni_range_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VniRangeInventory]:
        """Every result of ``query_vni_range``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VNI_RANGE,
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

    def query_vtep(
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
    ) -> QueryVtepResult:
        """Query vtep (QueryVtep).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVtepAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VTEP,
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

    def query_vtep_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VtepInventory]:
        """Every result of ``query_vtep``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VTEP,
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

    def reconnect_nfv_inst(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectNfvInstResult:
        """重连NFV实例 (ReconnectNfvInst).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_NFV_INST,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def reconnect_sdn_controller(
        self,
        *,
        sdn_controller_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectSdnControllerResult:
        """重连SDN控制器 (ReconnectSdnController).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: sdnControllerUuid (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_SDN_CONTROLLER,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def reconnect_virtual_router(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectVirtualRouterResult:
        """重连VPC路由器 (ReconnectVirtualRouter).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_VIRTUAL_ROUTER,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_dns_from_l3_network(
        self,
        *,
        l3_network_uuid: str,
        dns: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveDnsFromL3NetworkResult:
        """从三层网络移除DNS (RemoveDnsFromL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            dns: DNS地址 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_DNS_FROM_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "dns": dns,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
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

    def remove_host_route_from_l3_network(
        self,
        *,
        l3_network_uuid: str,
        prefix: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveHostRouteFromL3NetworkResult:
        """从三层网络移除主机路由 (RemoveHostRouteFromL3Network).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.3)
            prefix: prefix (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_HOST_ROUTE_FROM_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "prefix": prefix,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_rendezvous_point_from_multicast_router(
        self,
        *,
        uuid: str,
        rp_address: str,
        group_address: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveRendezvousPointFromMulticastRouterResult:
        """删除组播路由器静态RP地址 (RemoveRendezvousPointFromMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            rp_address: rpAddress (since 3.7.0)
            group_address: groupAddress (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_RENDEZVOUS_POINT_FROM_MULTICAST_ROUTER,
            {
                "uuid": uuid,
                "rpAddress": rp_address,
                "groupAddress": group_address,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_sdn_controller(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSdnControllerResult:
        """删除SDN控制器 (RemoveSdnController).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SDN_CONTROLLER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_v_router_networks_from_ospf_area(
        self,
        *,
        uuids: Sequence[str],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVRouterNetworksFromOspfAreaResult:
        """从路由区域中移除网络 (RemoveVRouterNetworksFromOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuids: 网络区域表中的uuid，全局唯一标识 (since 3.4.0)
            delete_mode: deleteMode (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_V_ROUTER_NETWORKS_FROM_OSPF_AREA,
            {
                "uuids": uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sdn_controller_add_host(
        self,
        *,
        sdn_controller_uuid: str,
        host_uuid: str,
        nic_names: Sequence[Any],
        bond_mode: str | None = None,
        lacp_mode: str | None = None,
        netmask: str | None = None,
        v_switch_type: Literal["OvsKernel", "OvsDpdk", "SRIOV"] | None = None,
        vtep_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SdnControllerAddHostResult:
        """SDN控制器绑定物理机 (SdnControllerAddHost).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: SDN控制器UUID (since 5.3.0)
            host_uuid: 物理机UUID (since 5.3.0)
            bond_mode: 物理机网卡bond模式 (since 5.3.0)
            lacp_mode: 物理机网卡LACP模式 (since 5.3.0)
            netmask: 物理机VTEP IP掩码 (since 5.3.0)
            nic_names: 物理机网卡名称列表 (since 5.3.0)
            v_switch_type: 虚拟交换机类型 (since 5.3.0; enum {'OvsKernel', 'OvsDpdk', 'SRIOV'})
            vtep_ip: 物理机VTEP IP (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SDN_CONTROLLER_ADD_HOST,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "hostUuid": host_uuid,
                "bondMode": bond_mode,
                "lacpMode": lacp_mode,
                "netmask": netmask,
                "nicNames": nic_names,
                "vSwitchType": v_switch_type,
                "vtepIp": vtep_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sdn_controller_change_host(
        self,
        *,
        sdn_controller_uuid: str,
        host_uuid: str,
        bond_mode: str | None = None,
        lacp_mode: str | None = None,
        netmask: str | None = None,
        nic_names: Sequence[Any] | None = None,
        v_switch_type: Literal["OvnDpdk", "OvnKernel"] | None = None,
        vtep_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SdnControllerChangeHostResult:
        """SDN控制器更改物理机 (SdnControllerChangeHost).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: SDN控制器UUID (since 5.3.0)
            host_uuid: 物理机UUID (since 5.3.0)
            bond_mode: 物理机网卡bond模式 (since 5.3.0)
            lacp_mode: 物理机网卡LACP模式 (since 5.3.0)
            netmask: 物理机VTEP IP掩码 (since 5.3.0)
            nic_names: 物理机网卡名称列表 (since 5.3.0)
            v_switch_type: 虚拟交换机类型 (since 5.3.0; enum {'OvnDpdk', 'OvnKernel'})
            vtep_ip: 物理机VTEP IP (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SDN_CONTROLLER_CHANGE_HOST,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "hostUuid": host_uuid,
                "bondMode": bond_mode,
                "lacpMode": lacp_mode,
                "netmask": netmask,
                "nicNames": nic_names,
                "vSwitchType": v_switch_type,
                "vtepIp": vtep_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sdn_controller_remove_host(
        self,
        *,
        sdn_controller_uuid: str,
        host_uuid: str,
        v_switch_type: Literal["OvnDpdk", "OvnKernel"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SdnControllerRemoveHostResult:
        """SDN控制器解绑物理机 (SdnControllerRemoveHost).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: SDN控制器UUID (since 5.3.0)
            host_uuid: 物理机UUID (since 5.3.0)
            v_switch_type: 虚拟交换机类型 (since 5.3.0; enum {'OvnDpdk', 'OvnKernel'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SDN_CONTROLLER_REMOVE_HOST,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "hostUuid": host_uuid,
                "vSwitchType": v_switch_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_l3_network_mtu(
        self,
        *,
        l3_network_uuid: str,
        mtu: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetL3NetworkMtuResult:
        """设置三层网络Mtu值 (SetL3NetworkMtu).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.1)
            mtu: mtu (since 2.1; minimum 68; maximum 9216)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_L3_NETWORK_MTU,
            {
                "l3NetworkUuid": l3_network_uuid,
                "mtu": mtu,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_l3_network_router_interface_ip(
        self,
        *,
        l3_network_uuid: str,
        router_interface_ip: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetL3NetworkRouterInterfaceIpResult:
        """设置三层网络路由器接口IP (SetL3NetworkRouterInterfaceIp).

        设置三层网络上路由器接口地址，仅当会在普通三层网络上创建VPC路由器或在VPC网络上加载VPC路由器时有效。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.1)
            router_interface_ip: routerInterfaceIp (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_L3_NETWORK_ROUTER_INTERFACE_IP,
            {
                "l3NetworkUuid": l3_network_uuid,
                "routerInterfaceIp": router_interface_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_v_router_router_id(
        self,
        *,
        v_router_uuid: str,
        router_id: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVRouterRouterIdResult:
        """设置路由器的ID (SetVRouterRouterId).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            v_router_uuid: 路由器的UUID，唯一标识 (since 3.4.0)
            router_id: IP地址形式的ID (since 3.4.0; minLength 1; maxLength 16)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_V_ROUTER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "routerId": router_id,
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

    def sync_nfv_inst_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncNfvInstGroupResult:
        """同步NFV组 (SyncNfvInstGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ip_range(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIpRangeResult:
        """更新IP地址范围 (UpdateIpRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            name: 三层网络的名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IP_RANGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_l2_network(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateL2NetworkResult:
        """AI请求 (UpdateL2Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 普通二层网络的详细描述 (since 0.6; maxLength 2048)
            name: 普通二层网络名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_L2_NETWORK,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_l3_network(
        self,
        *,
        uuid: str,
        category: Literal["Public", "Private", "System"] | None = None,
        description: str | None = None,
        dns_domain: str | None = None,
        name: str | None = None,
        system: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateL3NetworkResult:
        """更新三层网络 (UpdateL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            category: 网络类型，需要与system标签搭配使用，system为true时可设置为Public、Private (since 2.2; enum {'Public', 'Private', 'System'})
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            dns_domain: DNS域 (since 2.6.0; maxLength 255)
            name: 三层网络的名称 (since 0.6; maxLength 255)
            system: 是否用于系统云主机 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_L3_NETWORK,
            {
                "uuid": uuid,
                "category": category,
                "description": description,
                "dnsDomain": dns_domain,
                "name": name,
                "system": system,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_nfv_inst_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateNfvInstGroupResult:
        """更新NFV组 (UpdateNfvInstGroup).

        Since ZStack 3.5. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5)
            description: 资源的详细描述 (since 5.5)
            name: 资源名称 (since 5.5)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_policy_route_rule_set(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePolicyRouteRuleSetResult:
        """更新策略路由规则集属性 (UpdatePolicyRouteRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 16)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_POLICY_ROUTE_RULE_SET,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sdn_controller(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSdnControllerResult:
        """更新SDN控制器 (UpdateSdnController).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            description: 资源的详细描述 (since 3.7.0; maxLength 2048)
            name: 资源名称 (since 3.7.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SDN_CONTROLLER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_v_router_ospf_area(
        self,
        *,
        uuid: str,
        area_auth: str | None = None,
        area_type: str | None = None,
        key_id: int | None = None,
        password: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVRouterOspfAreaResult:
        """更改OSPF的路由区域属性 (UpdateVRouterOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            area_auth: 区域认证方式 (since 3.4.0; maxLength 16)
            area_type: 区域类型 (since 3.4.0; maxLength 16)
            key_id: 认证需要的KeyID (since 3.4.0; minimum 1; maximum 255)
            password: 认证需要的password (since 3.4.0; maxLength 16)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_V_ROUTER_OSPF_AREA,
            {
                "uuid": uuid,
                "areaAuth": area_auth,
                "areaType": area_type,
                "keyId": key_id,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_v_router_route_table(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVRouterRouteTableResult:
        """Update V router route table (UpdateVRouterRouteTable).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateVRouterRouteTableAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_V_ROUTER_ROUTE_TABLE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
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

    def update_virtual_router_offering(
        self,
        *,
        uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        image_uuid: str | None = None,
        is_default: bool | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVirtualRouterOfferingResult:
        """更新路由器规格 (UpdateVirtualRouterOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            allocator_strategy: allocatorStrategy (since 2.3)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            image_uuid: 镜像UUID (since 0.6)
            is_default: 默认 (since 0.6)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VIRTUAL_ROUTER_OFFERING,
            {
                "uuid": uuid,
                "allocatorStrategy": allocator_strategy,
                "description": description,
                "imageUuid": image_uuid,
                "isDefault": is_default,
                "name": name,
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

    def update_vni_range(
        self,
        *,
        uuid: str,
        name: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVniRangeResult:
        """修改VNI Range (UpdateVniRange).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            name: name (since 3.3.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VNI_RANGE,
            {
                "uuid": uuid,
                "name": name,
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


class AsyncNetworkResourcesApi(AsyncAPIClient):
    async def add_dns_to_l3_network(
        self,
        *,
        l3_network_uuid: str,
        dns: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddDnsToL3NetworkResult:
        """向三层网络添加DNS (AddDnsToL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            dns: DNS地址 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_DNS_TO_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "dns": dns,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_dns_to_vpc_router(
        self,
        *,
        uuid: str,
        dns: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
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

    async def add_host_route_to_l3_network(
        self,
        *,
        l3_network_uuid: str,
        nexthop: str,
        prefix: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddHostRouteToL3NetworkResult:
        """向三层网络添加主机路由 (AddHostRouteToL3Network).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.3)
            nexthop: nexthop (since 2.3)
            prefix: prefix (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_HOST_ROUTE_TO_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "nexthop": nexthop,
                "prefix": prefix,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_ip_range(
        self,
        *,
        l3_network_uuid: str,
        end_ip: str,
        name: str,
        netmask: str,
        start_ip: str,
        description: str | None = None,
        gateway: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpRangeResult:
        """添加IP地址范围 (AddIpRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            end_ip: 结束地址 (since 0.6)
            gateway: 网关 (since 0.6)
            ip_range_type: 地址类型 (since 3.9.0; enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 0.6; maxLength 255)
            netmask: 网络掩码 (since 0.6)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 0.6)
            start_ip: 起始地址 (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IP_RANGE,
            {
                "l3NetworkUuid": l3_network_uuid,
                "description": description,
                "endIp": end_ip,
                "gateway": gateway,
                "ipRangeType": ip_range_type,
                "name": name,
                "netmask": netmask,
                "resourceUuid": resource_uuid,
                "startIp": start_ip,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_ip_range_by_network_cidr(
        self,
        *,
        l3_network_uuid: str,
        name: str,
        network_cidr: str,
        description: str | None = None,
        gateway: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpRangeByNetworkCidrResult:
        """通过网络CIDR添加IP地址范围 (AddIpRangeByNetworkCidr).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            gateway: 网关 (since 3.7.0; maxLength 64)
            ip_range_type: 地址类型 (since 3.9.0; enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 0.6; maxLength 255)
            network_cidr: 网络CIDR (since 0.6)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IP_RANGE_BY_NETWORK_CIDR,
            {
                "l3NetworkUuid": l3_network_uuid,
                "description": description,
                "gateway": gateway,
                "ipRangeType": ip_range_type,
                "name": name,
                "networkCidr": network_cidr,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_ipv6_range(
        self,
        *,
        l3_network_uuid: str,
        address_mode: Literal["SLAAC", "Stateful-DHCP", "Stateless-DHCP"],
        end_ip: str,
        gateway: str,
        name: str,
        prefix_len: int,
        start_ip: str,
        description: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpv6RangeResult:
        """添加IPv6地址范围 (AddIpv6Range).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 3.1.0)
            address_mode: IPv6地址分配模式 (since 3.1.0; enum {'SLAAC', 'Stateful-DHCP', 'Stateless-DHCP'})
            description: 三层网络的详细描述 (since 3.1.0; maxLength 2048)
            end_ip: 结束地址 (since 3.1.0)
            gateway: 网关 (since 3.1.0)
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 3.1.0; maxLength 255)
            prefix_len: 前缀长度 (since 3.1.0; minimum 8; maximum 126)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 3.1.0)
            start_ip: 起始地址 (since 3.1.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IPV6_RANGE,
            {
                "l3NetworkUuid": l3_network_uuid,
                "addressMode": address_mode,
                "description": description,
                "endIp": end_ip,
                "gateway": gateway,
                "ipRangeType": ip_range_type,
                "name": name,
                "prefixLen": prefix_len,
                "resourceUuid": resource_uuid,
                "startIp": start_ip,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_ipv6_range_by_network_cidr(
        self,
        *,
        l3_network_uuid: str,
        address_mode: Literal["SLAAC", "Stateful-DHCP", "Stateless-DHCP"],
        name: str,
        network_cidr: str,
        description: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpv6RangeByNetworkCidrResult:
        """通过网络CIDR添加IPv6地址范围 (AddIpv6RangeByNetworkCidr).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 3.1.0)
            address_mode: IPv6地址分配模式 (since 3.1.0; enum {'SLAAC', 'Stateful-DHCP', 'Stateless-DHCP'})
            description: 三层网络的详细描述 (since 3.1.0; maxLength 2048)
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 3.1.0; maxLength 255)
            network_cidr: 网络CIDR (since 3.1.0)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 3.1.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IPV6_RANGE_BY_NETWORK_CIDR,
            {
                "l3NetworkUuid": l3_network_uuid,
                "addressMode": address_mode,
                "description": description,
                "ipRangeType": ip_range_type,
                "name": name,
                "networkCidr": network_cidr,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_l3_network_to_group(
        self,
        *,
        nfv_inst_group_uuid: str,
        network_service_uuid: str,
        backend_l3_network_uuids: Sequence[Any],
        front_end_l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddL3NetworkToGroupResult:
        """添加L3网络到NVF组 (AddL3NetworkToGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            nfv_inst_group_uuid: nfvInstGroupUuid (since 0.6)
            network_service_uuid: networkServiceUuid (since 0.6)
            backend_l3_network_uuids: backendL3NetworkUuids (since 0.6)
            front_end_l3_network_uuid: frontEndL3NetworkUuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_L3_NETWORK_TO_GROUP,
            {
                "nfvInstGroupUuid": nfv_inst_group_uuid,
                "networkServiceUuid": network_service_uuid,
                "backendL3NetworkUuids": backend_l3_network_uuids,
                "frontEndL3NetworkUuid": front_end_l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_rendezvous_point_to_multicast_router(
        self,
        *,
        uuid: str,
        group_address: str,
        rp_address: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddRendezvousPointToMulticastRouterResult:
        """添加组播路由静态RP地址 (AddRendezvousPointToMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            group_address: groupAddress (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            rp_address: rpAddress (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_RENDEZVOUS_POINT_TO_MULTICAST_ROUTER,
            {
                "uuid": uuid,
                "groupAddress": group_address,
                "resourceUuid": resource_uuid,
                "rpAddress": rp_address,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_reserved_ip_range(
        self,
        *,
        l3_network_uuid: str,
        end_ip: str,
        start_ip: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddReservedIpRangeResult:
        """添加保留地址段 (AddReservedIpRange).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 5.1.0)
            end_ip: 结束IP(包含在地址段内) (since 5.1.0)
            resource_uuid: 资源UUID (since 5.1.0)
            start_ip: 开始IP(包含在地址段内) (since 5.1.0)
            tag_uuids: 标签UUID列表 (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_RESERVED_IP_RANGE,
            {
                "l3NetworkUuid": l3_network_uuid,
                "endIp": end_ip,
                "resourceUuid": resource_uuid,
                "startIp": start_ip,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_sdn_controller(
        self,
        *,
        ip: str,
        name: str,
        password: str,
        user_name: str,
        vendor_type: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSdnControllerResult:
        """添加SDN控制器 (AddSdnController).

        Since ZStack 3.7. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7; maxLength 2048)
            ip: ip (since 3.7; maxLength 255)
            name: 资源名称 (since 3.7; maxLength 255)
            password: password (since 3.7; maxLength 255)
            resource_uuid: resourceUuid (since 3.7)
            tag_uuids: 标签UUID列表 (since 3.7)
            user_name: userName (since 3.7; maxLength 255)
            vendor_type: vendorType (since 3.7; maxLength 255)
            zone_uuid: 区域UUID (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SDN_CONTROLLER,
            {
                "description": description,
                "ip": ip,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "userName": user_name,
                "vendorType": vendor_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_v_router_networks_to_ospf_area(
        self,
        *,
        router_area_uuid: str,
        v_router_uuid: str,
        l3_network_uuids: Sequence[Any],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVRouterNetworksToOspfAreaResult:
        """添加网络到OSPF的区域 (AddVRouterNetworksToOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            router_area_uuid: 路由区域的id，唯一标识 (since 3.4.0; minLength 1)
            v_router_uuid: vpc路由器的唯一标识id (since 3.4.0; minLength 1)
            l3_network_uuids: 3层网络的唯一标识id (since 3.4.0; minItems 1)
            resource_uuid: 资源的标识id (since 3.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_V_ROUTER_NETWORKS_TO_OSPF_AREA,
            {
                "routerAreaUuid": router_area_uuid,
                "vRouterUuid": v_router_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_v_router_route_entry(
        self,
        *,
        route_table_uuid: str,
        destination: str,
        description: str | None = None,
        distance: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        target: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVRouterRouteEntryResult:
        """添加路由条目 (AddVRouterRouteEntry).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: 路由表UUID (since 2.1)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            destination: 目标网络地址，使用网络地址CIDR格式，如果用户填写的不是标准CIDR格式，系统会自动转换 (since 2.1; maxLength 64)
            distance: 路由优先级，在最小匹配下如果有多条路由规则匹配，优先级数字小的规则将会被匹配 (since 2.1; minimum 1; maximum 254)
            resource_uuid: resourceUuid (since 2.1)
            tag_uuids: tagUuids
            target: 下一跳地址 为一个路由器设备目前可以直接到达的IP地址，如果不可以直接到达，将会进行递归路由 (since 2.1; maxLength 64)
            type: 类型 允许用户添加"静态路由"、"黑洞路由"两种类型，系统会根据是否填下一条自动判断类型 (since 2.1; maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_V_ROUTER_ROUTE_ENTRY,
            {
                "routeTableUuid": route_table_uuid,
                "description": description,
                "destination": destination,
                "distance": distance,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "target": target,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_l2_network_to_cluster(
        self,
        *,
        l2_network_uuid: str,
        cluster_uuid: str,
        l2_provider_type: Literal["LinuxBridge"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachL2NetworkToClusterResult:
        """挂载二层网络到集群 (AttachL2NetworkToCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l2_network_uuid: 二层网络UUID (since 0.6)
            cluster_uuid: 集群UUID (since 0.6)
            l2_provider_type: 二层网络实现类型 (since 4.8.0; enum {'LinuxBridge'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_L2_NETWORK_TO_CLUSTER,
            {
                "l2NetworkUuid": l2_network_uuid,
                "clusterUuid": cluster_uuid,
                "l2ProviderType": l2_provider_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_nfv_inst_to_group(
        self,
        *,
        group_uuid: str,
        nfv_inst_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachNfvInstToGroupResult:
        """添加NFV实例到NFV组 (AttachNfvInstToGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            group_uuid: groupUuid (since 5.4.2)
            nfv_inst_uuid: nfvInstUuid (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_NFV_INST_TO_GROUP,
            {
                "groupUuid": group_uuid,
                "nfvInstUuid": nfv_inst_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_policy_route_rule_set_to_l3(
        self,
        *,
        rule_set_uuid: str,
        l3_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPolicyRouteRuleSetToL3Result:
        """网络加载策略路由规则集 (AttachPolicyRouteRuleSetToL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_set_uuid: 策略路由规则集uuid (since 3.6.0; minLength 1)
            l3_uuid: 三层网络uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_POLICY_ROUTE_RULE_SET_TO_L3,
            {
                "ruleSetUuid": rule_set_uuid,
                "l3Uuid": l3_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_v_router_route_table_to_v_router(
        self,
        *,
        route_table_uuid: str,
        virtual_router_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachVRouterRouteTableToVRouterResult:
        """绑定路由表到路由器 (AttachVRouterRouteTableToVRouter).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: routeTableUuid (since 2.1)
            virtual_router_vm_uuid: 路由设备UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_V_ROUTER_ROUTE_TABLE_TO_V_ROUTER,
            {
                "routeTableUuid": route_table_uuid,
                "virtualRouterVmUuid": virtual_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_l2_network_vlan_id(
        self,
        *,
        uuid: str,
        type: str | None = None,
        vlan: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeL2NetworkVlanIdResult:
        """Change L2 network vlan id (ChangeL2NetworkVlanId).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeL2NetworkVlanIdAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            type: type
            vlan: vlan
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_L2_NETWORK_VLAN_ID,
            {
                "uuid": uuid,
                "type": type,
                "vlan": vlan,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_l3_network_dhcp_ip_address(
        self,
        *,
        l3_network_uuid: str,
        dhcp_server_ip: str | None = None,
        dhcpv6_server_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeL3NetworkDhcpIpAddressResult:
        """修改DHCP服务器地址 (ChangeL3NetworkDhcpIpAddress).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 5.1.0)
            dhcp_server_ip: DHCP v4 服务器地址 (since 5.1.0; minLength 1)
            dhcpv6_server_ip: DHCP v6 服务器地址 (since 5.1.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_L3_NETWORK_DHCP_IP_ADDRESS,
            {
                "l3NetworkUuid": l3_network_uuid,
                "dhcpServerIp": dhcp_server_ip,
                "dhcpv6ServerIp": dhcpv6_server_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_l3_network_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeL3NetworkStateResult:
        """改变三层网络状态 (ChangeL3NetworkState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态，可选enable与disable (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_L3_NETWORK_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_multicast_router_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeMulticastRouterStateResult:
        """改变组播路由器状态 (ChangeMulticastRouterState).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            state_event: stateEvent (since 3.7.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_MULTICAST_ROUTER_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_nfv_inst_group_operation_mode(
        self,
        *,
        uuid: str,
        operation_mode: Literal["Normal", "Maintenance"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeNfvInstGroupOperationModeResult:
        """修改NFV组的操作模式 (ChangeNfvInstGroupOperationMode).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.2)
            operation_mode: operationMode (since 5.4.2; enum {'Normal', 'Maintenance'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_NFV_INST_GROUP_OPERATION_MODE,
            {
                "uuid": uuid,
                "operationMode": operation_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_sdn_controller(
        self,
        *,
        uuid: str,
        password: str | None = None,
        user_name: str | None = None,
        vlan_ranges: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSdnControllerResult:
        """修改SDN控制器 (ChangeSdnController).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: SDN控制器资源UUID (since 5.4.0)
            password: SDN控制器新密码 (since 5.4.0)
            user_name: SDN控制器新用户名 (since 5.4.0)
            vlan_ranges: vlanRanges (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SDN_CONTROLLER,
            {
                "uuid": uuid,
                "password": password,
                "userName": user_name,
                "vlanRanges": vlan_ranges,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_vpc_ha_group_monitor_ips(
        self,
        *,
        uuid: str,
        monitor_ips: Sequence[Any] | None = None,
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

    async def check_ip_availability(
        self,
        *,
        l3_network_uuid: str,
        ip: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        arp_check: bool | None = None,
        ip_range_check: bool | None = None,
        job_uuid: str | None = None,
    ) -> CheckIpAvailabilityResult:
        """检查IP可用性 (CheckIpAvailability).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            ip: IP地址 (since 0.6; maxLength 255)
            arp_check: 使用arping检测 (since 5.1.0)
            ip_range_check: 在数据库可用地址段内检测 (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_IP_AVAILABILITY,
            {
                "l3NetworkUuid": l3_network_uuid,
                "ip": ip,
                "systemTags": system_tags,
                "userTags": user_tags,
                "arpCheck": arp_check,
                "ipRangeCheck": ip_range_check,
            },
            job_uuid,
        )

    async def create_huawei_i_master_v_router(
        self,
        *,
        huawei_vpc_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHuaweiIMasterVRouterResult:
        """创建华为SDN虚拟路由器 (CreateHuaweiIMasterVRouter).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            description: 资源的详细描述 (since 5.4.0)
            huawei_vpc_uuid: huaweiVpcUuid (since 5.4.0)
            name: 资源名称 (since 5.4.0)
            resource_uuid: 资源UUID (since 5.4.0)
            tag_uuids: 标签UUID列表 (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_HUAWEI_I_MASTER_V_ROUTER,
            {
                "description": description,
                "huaweiVpcUuid": huawei_vpc_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_l2_hardware_vxlan_network(
        self,
        *,
        name: str,
        pool_uuid: str,
        description: str | None = None,
        h3c_tenant_uuid: str | None = None,
        isolated: bool | None = None,
        physical_interface: str | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        vlan: int | None = None,
        vni: int | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2HardwareVxlanNetworkResult:
        """创建硬件VXLAN网络 (CreateL2HardwareVxlanNetwork).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7; maxLength 2048)
            h3c_tenant_uuid: h3cTenantUuid (since 5.4.0)
            isolated: isolated (since 5.0.0)
            name: 资源名称 (since 3.7; maxLength 255)
            physical_interface: 物理网卡 (since 3.7; maxLength 1024)
            pool_uuid: VXLAN资源池UUID (since 3.7)
            pvlan: pvlan (since 5.0.0; minLength 1)
            resource_uuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID (since 3.7)
            tag_uuids: 标签UUID列表 (since 3.7)
            type: 二层网络类型 (since 3.7)
            v_switch_type: 虚拟交换机类型 (since 0.6; maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            vlan: vlan (since 5.4.0)
            vni: VNI号 (since 3.7; minimum 1; maximum 16777214)
            zone_uuid: 区域UUID (since 3.7; maxLength 1024)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_L2_HARDWARE_VXLAN_NETWORK,
            {
                "description": description,
                "h3cTenantUuid": h3c_tenant_uuid,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "poolUuid": pool_uuid,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "vlan": vlan,
                "vni": vni,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_l2_hardware_vxlan_network_pool(
        self,
        *,
        name: str,
        physical_interface: str,
        sdn_controller_uuid: str,
        zone_uuid: str,
        description: str | None = None,
        end_vlan: int | None = None,
        isolated: bool | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        start_vlan: int | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2HardwareVxlanNetworkPoolResult:
        """创建硬件VXLAN资源池 (CreateL2HardwareVxlanNetworkPool).

        Since ZStack 3.7. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7; maxLength 2048)
            end_vlan: endVlan (since 5.3.28)
            isolated: isolated (since 4.8.0)
            name: 资源名称 (since 3.7; maxLength 255)
            physical_interface: 物理网卡 (since 3.7; maxLength 1024)
            pvlan: pvlan (since 4.8.0; minLength 1)
            resource_uuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID (since 3.7)
            sdn_controller_uuid: SDN控制器UUID (since 3.7)
            start_vlan: startVlan (since 5.3.28)
            tag_uuids: 标签UUID列表 (since 3.7)
            type: 二层网络类型 (since 3.7)
            v_switch_type: 虚拟交换机类型 (since 4.1.2; maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            zone_uuid: 区域UUID (since 3.7)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_L2_HARDWARE_VXLAN_NETWORK_POOL,
            {
                "description": description,
                "endVlan": end_vlan,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "startVlan": start_vlan,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_l2_no_vlan_network(
        self,
        *,
        name: str,
        physical_interface: str,
        zone_uuid: str,
        description: str | None = None,
        isolated: bool | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2NoVlanNetworkResult:
        """创建普通二层网络 (CreateL2NoVlanNetwork).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 普通二层网络的详细描述 (since 0.6; maxLength 2048)
            isolated: isolated (since 5.3.20)
            name: 普通二层网络名称 (since 0.6; maxLength 255)
            physical_interface: 物理网卡 (since 0.6; maxLength 1024)
            pvlan: pvlan (since 5.3.20; minLength 1)
            resource_uuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            type: 二层网络类型 (since 0.6)
            v_switch_type: 虚拟交换机类型 (since 4.8.0; maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_L2_NO_VLAN_NETWORK,
            {
                "description": description,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_l2_port_group(
        self,
        *,
        name: str,
        v_switch_uuid: str,
        vlan: int,
        description: str | None = None,
        isolated: bool | None = None,
        physical_interface: str | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        vlan_mode: Literal["ACCESS", "TRUNK", "PVLAN"] | None = None,
        vlan_ranges: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2PortGroupResult:
        """Create L2 port group (CreateL2PortGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateL2PortGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            isolated: isolated
            name: name (maxLength 255)
            physical_interface: physicalInterface (maxLength 1024)
            pvlan: pvlan (minLength 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            v_switch_type: vSwitchType (maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            v_switch_uuid: vSwitchUuid
            vlan: vlan (minimum 0; maximum 4094)
            vlan_mode: vlanMode (enum {'ACCESS', 'TRUNK', 'PVLAN'})
            vlan_ranges: vlanRanges
            zone_uuid: zoneUuid (maxLength 1024)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_L2_PORT_GROUP,
            {
                "description": description,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "vSwitchUuid": v_switch_uuid,
                "vlan": vlan,
                "vlanMode": vlan_mode,
                "vlanRanges": vlan_ranges,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_l2_tf_network(
        self,
        *,
        name: str,
        description: str | None = None,
        ip_prefix: str | None = None,
        ip_prefix_length: int | None = None,
        isolated: bool | None = None,
        physical_interface: str | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2TfNetworkResult:
        """创建tungsten fabric二层网络 (CreateL2TfNetwork).

        Since ZStack 4.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.8.0; maxLength 2048)
            ip_prefix: IP地址前缀 (since 4.8.0; maxLength 255)
            ip_prefix_length: IP地址前缀长度 (since 4.8.0; minimum 1; maximum 32)
            isolated: isolated
            name: 资源名称 (since 4.8.0; maxLength 255)
            physical_interface: 物理网卡 (since 4.8.0; maxLength 1024)
            pvlan: pvlan (minLength 1)
            resource_uuid: 资源UUID (since 4.8.0)
            tag_uuids: 标签UUID列表 (since 4.8.0)
            type: 二层网络类型 (since 4.8.0)
            v_switch_type: 虚拟交换机类型 (since 4.8.0; maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            zone_uuid: 区域UUID (since 4.8.0; maxLength 1024)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_L2_TF_NETWORK,
            {
                "description": description,
                "ipPrefix": ip_prefix,
                "ipPrefixLength": ip_prefix_length,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_l2_virtual_switch(
        self,
        *,
        name: str,
        physical_interface: str,
        zone_uuid: str,
        description: str | None = None,
        is_distributed: bool | None = None,
        isolated: bool | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2VirtualSwitchResult:
        """Create L2 virtual switch (CreateL2VirtualSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateL2VirtualSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            is_distributed: isDistributed
            isolated: isolated
            name: name (maxLength 255)
            physical_interface: physicalInterface (maxLength 1024)
            pvlan: pvlan (minLength 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            v_switch_type: vSwitchType (maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_L2_VIRTUAL_SWITCH,
            {
                "description": description,
                "isDistributed": is_distributed,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_l2_vlan_network(
        self,
        *,
        name: str,
        physical_interface: str,
        vlan: int,
        zone_uuid: str,
        description: str | None = None,
        isolated: bool | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2VlanNetworkResult:
        """创建二层VLAN网络 (CreateL2VlanNetwork).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            isolated: isolated (since 5.0.0)
            name: 资源名称 (since 0.6; maxLength 255)
            physical_interface: physicalInterface (since 0.6; maxLength 1024)
            pvlan: pvlan (minLength 1)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids (since 4.8.0)
            type: type (since 0.6)
            v_switch_type: 虚拟交换机类型 (since 4.8.0; maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            vlan: vlan (since 0.6; minimum 1; maximum 4094)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_L2_VLAN_NETWORK,
            {
                "description": description,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "vlan": vlan,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_l2_vxlan_network(
        self,
        *,
        name: str,
        pool_uuid: str,
        description: str | None = None,
        isolated: bool | None = None,
        physical_interface: str | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        vni: int | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2VxlanNetworkResult:
        """创建VXLAN网络 (CreateL2VxlanNetwork).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            isolated: isolated
            name: 资源名称 (since 0.6; maxLength 255)
            physical_interface: physicalInterface (since 0.6; maxLength 1024)
            pool_uuid: Vxlan网络资源池UUID (since 0.6)
            pvlan: pvlan (minLength 1)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            type: type (since 0.6)
            v_switch_type: 虚拟交换机类型 (since 4.8.0; maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            vni: Vxlan网络VNI (since 0.6; minimum 1; maximum 16777214)
            zone_uuid: 区域UUID (since 0.6; maxLength 1024)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_L2_VXLAN_NETWORK,
            {
                "description": description,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "poolUuid": pool_uuid,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "vni": vni,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_l2_vxlan_network_pool(
        self,
        *,
        name: str,
        zone_uuid: str,
        tag_uuid: Sequence[Any] | None = None,
        description: str | None = None,
        isolated: bool | None = None,
        physical_interface: str | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        v_switch_type: Literal["LinuxBridge", "OvsDpdk", "MacVlan"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL2VxlanNetworkPoolResult:
        """创建VXLAN网络池 (CreateL2VxlanNetworkPool).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            tag_uuid: 标签UUID列表 (since 4.8.0)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            isolated: isolated
            name: 资源名称 (since 0.6; maxLength 255)
            physical_interface: physicalInterface (since 0.6; maxLength 1024)
            pvlan: pvlan (minLength 1)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids
            type: type (since 0.6)
            v_switch_type: 虚拟交换机类型 (since 4.8.0; maxLength 1024; enum {'LinuxBridge', 'OvsDpdk', 'MacVlan'})
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_L2_VXLAN_NETWORK_POOL,
            {
                "TagUuid": tag_uuid,
                "description": description,
                "isolated": isolated,
                "name": name,
                "physicalInterface": physical_interface,
                "pvlan": pvlan,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vSwitchType": v_switch_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_l3_network(
        self,
        *,
        l2_network_uuid: str,
        name: str,
        category: Literal["Public", "Private", "System"] | None = None,
        description: str | None = None,
        dns_domain: str | None = None,
        enable_ipam: bool | None = None,
        ip_version: Literal[4, 6] | None = None,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL3NetworkResult:
        """创建三层网络 (CreateL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            category: 网络类型，需要与system标签搭配使用，system为false时可设置为Public、Private (since 2.2; enum {'Public', 'Private', 'System'})
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            dns_domain: DNS域 (since 0.6)
            enable_ipam: IP地址管理是否启用 (since 4.6.21)
            ip_version: ip协议号 (since 4.6.21; enum {4, 6})
            l2_network_uuid: 二层网络UUID (since 0.6)
            name: 三层网络的名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 0.6)
            system: 是否用于系统云主机 (since 0.6)
            tag_uuids: 标签UUID列表 (since 4.6.21)
            type: 三层网络类型 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_L3_NETWORK,
            {
                "category": category,
                "description": description,
                "dnsDomain": dns_domain,
                "enableIPAM": enable_ipam,
                "ipVersion": ip_version,
                "l2NetworkUuid": l2_network_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "system": system,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_multicast_router(
        self,
        *,
        vpc_router_vm_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMulticastRouterResult:
        """创建组播路由器 (CreateMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7.0; maxLength 2048)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            vpc_router_vm_uuid: vpcRouterVmUuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_MULTICAST_ROUTER,
            {
                "description": description,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vpcRouterVmUuid": vpc_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_nfv_inst(
        self,
        *,
        name: str,
        nfv_inst_group_uuid: str,
        cluster_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateNfvInstResult:
        """创建NFV实例 (CreateNfvInst).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            cluster_uuid: 集群UUID (since 0.6)
            description: 资源的详细描述 (since 0.6)
            host_uuid: 物理机UUID (since 0.6)
            name: 资源名称 (since 0.6)
            nfv_inst_group_uuid: nfvInstGroupUuid (since 0.6)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_NFV_INST,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "nfvInstGroupUuid": nfv_inst_group_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_nfv_inst_group(
        self,
        *,
        func_type: Literal["DEDICATED_SLB"],
        inst_type: Literal["KVM"],
        name: str,
        nfv_inst_offering_uuid: str,
        backend_l3_network_uuids: Sequence[Any] | None = None,
        base_os_distro: str | None = None,
        cluster_uuid: str | None = None,
        description: str | None = None,
        front_end_l3_network_uuid: str | None = None,
        ipv6_vip_uuid: str | None = None,
        monitor_ips: Sequence[Any] | None = None,
        net_os_distro: str | None = None,
        primary_storage_pool_uuid: str | None = None,
        primary_storage_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        vip_uuid: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateNfvInstGroupResult:
        """创建NFV高可用组 (CreateNfvInstGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            backend_l3_network_uuids: backendL3NetworkUuids (since 0.6)
            base_os_distro: baseOsDistro (since 5.4.2)
            cluster_uuid: 集群UUID (since 5.4.2)
            description: 资源的详细描述 (since 0.6)
            front_end_l3_network_uuid: frontEndL3NetworkUuid (since 0.6)
            func_type: funcType (since 0.6; enum {'DEDICATED_SLB'})
            inst_type: instType (since 0.6; enum {'KVM'})
            ipv6_vip_uuid: ipv6VipUuid (since 5.4.2)
            monitor_ips: monitorIps (since 0.6)
            name: 资源名称 (since 0.6)
            net_os_distro: netOsDistro (since 5.4.2)
            nfv_inst_offering_uuid: nfvInstOfferingUuid (since 0.6)
            primary_storage_pool_uuid: primaryStoragePoolUuid (since 5.4.2)
            primary_storage_uuid: 主存储UUID (since 5.4.2)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 0.6)
            vip_uuid: VIP UUID (since 5.4.2)
            zone_uuid: 区域UUID (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_NFV_INST_GROUP,
            {
                "backendL3NetworkUuids": backend_l3_network_uuids,
                "baseOsDistro": base_os_distro,
                "clusterUuid": cluster_uuid,
                "description": description,
                "frontEndL3NetworkUuid": front_end_l3_network_uuid,
                "funcType": func_type,
                "instType": inst_type,
                "ipv6VipUuid": ipv6_vip_uuid,
                "monitorIps": monitor_ips,
                "name": name,
                "netOsDistro": net_os_distro,
                "nfvInstOfferingUuid": nfv_inst_offering_uuid,
                "primaryStoragePoolUuid": primary_storage_pool_uuid,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vipUuid": vip_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_nfv_inst_offering(
        self,
        *,
        cpu_num: int,
        image_uuid: str,
        management_network_uuid: str,
        memory_size: int,
        name: str,
        zone_uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateNfvInstOfferingResult:
        """创建NFV实例规格 (CreateNfvInstOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            allocator_strategy: allocatorStrategy (since 0.6)
            cpu_num: cpuNum (since 0.6)
            description: 资源的详细描述 (since 0.6)
            image_uuid: 镜像UUID (since 0.6)
            management_network_uuid: managementNetworkUuid (since 0.6)
            memory_size: memorySize (since 0.6)
            name: 资源名称 (since 0.6)
            reserved_memory_size: reservedMemorySize (since 5.4.2)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: sortKey (since 0.6)
            tag_uuids: 标签UUID列表 (since 0.6)
            type: type (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_NFV_INST_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "imageUuid": image_uuid,
                "managementNetworkUuid": management_network_uuid,
                "memorySize": memory_size,
                "name": name,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ovn_controller_offering(
        self,
        *,
        cpu_num: int,
        image_uuid: str,
        management_network_uuid: str,
        memory_size: int,
        name: str,
        zone_uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateOvnControllerOfferingResult:
        """创建OVN控制器规格 (CreateOvnControllerOffering).

        Since ZStack 5.3.20. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            allocator_strategy: 分配策略 (since 5.3.20)
            cpu_num: CPU数目 (since 5.3.20)
            description: 资源的详细描述 (since 5.3.20)
            image_uuid: 镜像UUID (since 5.3.20)
            management_network_uuid: 管理网UUID (since 5.3.20)
            memory_size: 内存大小，单位Byte (since 5.3.20)
            name: 规格名称 (since 5.3.20)
            reserved_memory_size: reservedMemorySize (since 5.3.20)
            resource_uuid: 资源UUID (since 5.3.20)
            sort_key: sortKey (since 5.3.20)
            tag_uuids: 标签UUID列表 (since 5.3.20)
            type: type (since 5.3.20)
            zone_uuid: 区域UUID (since 5.3.20)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_OVN_CONTROLLER_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "imageUuid": image_uuid,
                "managementNetworkUuid": management_network_uuid,
                "memorySize": memory_size,
                "name": name,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_policy_route_rule(
        self,
        *,
        rule_number: int,
        rule_set_uuid: str,
        table_uuid: str,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteRuleResult:
        """创建策略路由规则集规则 (CreatePolicyRouteRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            dest_ip: 目标ip (since 3.6.0)
            dest_port: 目标端口 (since 3.6.0)
            protocol: 协议 (since 3.6.0)
            resource_uuid: resourceUuid (since 3.6.0)
            rule_number: 规则优先级 (since 3.6.0; minimum 1001; maximum 2999)
            rule_set_uuid: 策略路由规则集uuid (since 3.6.0; minLength 1)
            source_ip: 源ip (since 3.6.0)
            source_port: 源端口 (since 3.6.0)
            table_uuid: 策略路由表uuid (since 3.6.0; minLength 1)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_POLICY_ROUTE_RULE,
            {
                "destIp": dest_ip,
                "destPort": dest_port,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "ruleSetUuid": rule_set_uuid,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "tableUuid": table_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_policy_route_rule_set(
        self,
        *,
        name: str,
        v_router_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: Literal["User", "EgressWhereComeFrom"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteRuleSetResult:
        """创建策略路由规则集 (CreatePolicyRouteRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 255)
            resource_uuid: resourceUuid (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            type: type (since 3.9.0; enum {'User', 'EgressWhereComeFrom'})
            v_router_uuid: 路由器uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_POLICY_ROUTE_RULE_SET,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_policy_route_table(
        self,
        *,
        number: int,
        v_router_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteTableResult:
        """创建策略路由表 (CreatePolicyRouteTable).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0; maxLength 255)
            number: 表名 (since 3.6.0; minimum 1; maximum 179)
            resource_uuid: resourceUuid (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            v_router_uuid: 路由器uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_POLICY_ROUTE_TABLE,
            {
                "description": description,
                "number": number,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_policy_route_table_route_entry(
        self,
        *,
        destination_cidr: str,
        next_hop_ip: str,
        table_uuid: str,
        distance: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteTableRouteEntryResult:
        """创建策略路由 (CreatePolicyRouteTableRouteEntry).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            destination_cidr: 目标ip cidr (since 3.6.0)
            distance: 优先级 (since 3.6.0; minimum 1; maximum 100)
            next_hop_ip: 下一跳ip (since 3.6.0)
            resource_uuid: resourceUuid (since 3.6.0)
            table_uuid: 策略路由表uuid (since 3.6.0; minLength 1)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
            {
                "destinationCidr": destination_cidr,
                "distance": distance,
                "nextHopIp": next_hop_ip,
                "resourceUuid": resource_uuid,
                "tableUuid": table_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_v_router_ospf_area(
        self,
        *,
        area_id: str,
        area_auth: str | None = None,
        area_type: str | None = None,
        key_id: int | None = None,
        password: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVRouterOspfAreaResult:
        """创建路由区域资源 (CreateVRouterOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            area_auth: OSPF区域的认证方式 (since 3.4.0; maxLength 16)
            area_id: 区域Id，区域标识 (since 3.4.0; maxLength 64)
            area_type: 区域类型 (since 3.4.0; maxLength 16)
            key_id: 认证方式为MD5时用到的keyid (since 3.4.0; minimum 1; maximum 255)
            password: 认证方式为plaintext时的密码 (since 3.4.0; maxLength 16)
            resource_uuid: 区域资源的唯一标识 (since 3.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_V_ROUTER_OSPF_AREA,
            {
                "areaAuth": area_auth,
                "areaId": area_id,
                "areaType": area_type,
                "keyId": key_id,
                "password": password,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_v_router_route_table(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVRouterRouteTableResult:
        """创建路由表 (CreateVRouterRouteTable).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; maxLength 255)
            resource_uuid: resourceUuid (since 2.1)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_V_ROUTER_ROUTE_TABLE,
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

    async def create_virtual_router_offering(
        self,
        *,
        cpu_num: int,
        image_uuid: str,
        management_network_uuid: str,
        memory_size: int,
        name: str,
        zone_uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        is_default: bool | None = None,
        public_network_uuid: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVirtualRouterOfferingResult:
        """创建路由器规格 (CreateVirtualRouterOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocator_strategy: 分配策略 (since 0.6)
            cpu_num: CPU数量 (since 0.6; minimum 1; maximum 1024)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            image_uuid: 镜像UUID (since 0.6)
            is_default: 默认 (since 0.6)
            management_network_uuid: 管理L3网络UUID (since 0.6)
            memory_size: 内存大小 (since 0.6; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 0.6; maxLength 255)
            public_network_uuid: 公有L3网络UUID (since 0.6)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: 排序主键 (since 0.6)
            tag_uuids: tagUuids
            type: 类型 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VIRTUAL_ROUTER_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "imageUuid": image_uuid,
                "isDefault": is_default,
                "managementNetworkUuid": management_network_uuid,
                "memorySize": memory_size,
                "name": name,
                "publicNetworkUuid": public_network_uuid,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vni_range(
        self,
        *,
        l2_network_uuid: str,
        end_vni: int,
        name: str,
        start_vni: int,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVniRangeResult:
        """创建VNI Range (CreateVniRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l2_network_uuid: 二层Vxlan网络资源池uuid (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            end_vni: endVni (since 0.6; minimum 0; maximum 16777214)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: resourceUuid (since 0.6)
            start_vni: startVni (since 0.6; minimum 0; maximum 16777214)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VNI_RANGE,
            {
                "l2NetworkUuid": l2_network_uuid,
                "description": description,
                "endVni": end_vni,
                "name": name,
                "resourceUuid": resource_uuid,
                "startVni": start_vni,
                "tagUuids": tag_uuids,
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
        monitor_ips: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        root_volume_system_tags: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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

    async def create_vxlan_pool_remote_vtep(
        self,
        *,
        l2_network_uuid: str,
        cluster_uuid: str,
        remote_vtep_ip: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVxlanPoolRemoteVtepResult:
        """Create vxlan pool remote vtep (CreateVxlanPoolRemoteVtep).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVxlanPoolRemoteVtepAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            l2_network_uuid: l2NetworkUuid
            cluster_uuid: clusterUuid
            remote_vtep_ip: remoteVtepIp (maxLength 15)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VXLAN_POOL_REMOTE_VTEP,
            {
                "l2NetworkUuid": l2_network_uuid,
                "clusterUuid": cluster_uuid,
                "remoteVtepIp": remote_vtep_ip,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vxlan_vtep(
        self,
        *,
        host_uuid: str,
        pool_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        vtep_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVxlanVtepResult:
        """Create vxlan vtep (CreateVxlanVtep).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVxlanVtepAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            host_uuid: hostUuid
            pool_uuid: poolUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            vtep_ip: vtepIp
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VXLAN_VTEP,
            {
                "hostUuid": host_uuid,
                "poolUuid": pool_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vtepIp": vtep_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_huawei_i_master_fabric(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterFabricResult:
        """删除华为SDN Fabric (DeleteHuaweiIMasterFabric).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: sdnControllerUuid (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HUAWEI_I_MASTER_FABRIC,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_huawei_i_master_tenant(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterTenantResult:
        """删除华为SDN租户 (DeleteHuaweiIMasterTenant).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: 指定的华为iMaster租户 (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HUAWEI_I_MASTER_TENANT,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_huawei_i_master_v_router(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterVRouterResult:
        """删除华为SDN虚拟路由器 (DeleteHuaweiIMasterVRouter).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: sdnControllerUuid (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HUAWEI_I_MASTER_V_ROUTER,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_huawei_i_master_vpc(
        self,
        *,
        uuid: str,
        sdn_controller_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHuaweiIMasterVpcResult:
        """删除华为SDN VPC (DeleteHuaweiIMasterVpc).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            sdn_controller_uuid: sdnControllerUuid (since 5.4.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HUAWEI_I_MASTER_VPC,
            {
                "uuid": uuid,
                "sdnControllerUuid": sdn_controller_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ip_address(
        self,
        *,
        l3_network_uuid: str,
        used_ip_uuids: Sequence[str],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIpAddressResult:
        """删除IP地址 (DeleteIpAddress).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 5.1.0)
            used_ip_uuids: 被删除地址Uuid (since 5.1.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IP_ADDRESS,
            {
                "l3NetworkUuid": l3_network_uuid,
                "usedIpUuids": used_ip_uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ip_range(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIpRangeResult:
        """删除IP地址范围 (DeleteIpRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: IP地址范围的UUID (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IP_RANGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_l2_network(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteL2NetworkResult:
        """删除二层网络 (DeleteL2Network).

        Since ZStack 4.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.8.0)
            delete_mode: 删除模式 (since 4.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_L2_NETWORK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_l3_network(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteL3NetworkResult:
        """删除三层网络 (DeleteL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_L3_NETWORK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_multicast_router(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMulticastRouterResult:
        """删除组播路由器 (DeleteMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_MULTICAST_ROUTER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_nfv_inst_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteNfvInstGroupResult:
        """删除NFV组 (DeleteNfvInstGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_policy_route_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteRuleResult:
        """删除策略路由规则集规则 (DeletePolicyRouteRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_POLICY_ROUTE_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_policy_route_rule_set(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteRuleSetResult:
        """删除策略路由规则集 (DeletePolicyRouteRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_POLICY_ROUTE_RULE_SET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_policy_route_table(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteTableResult:
        """删除策略路由表 (DeletePolicyRouteTable).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_POLICY_ROUTE_TABLE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_policy_route_table_route_entry(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteTableRouteEntryResult:
        """删除策略路由 (DeletePolicyRouteTableRouteEntry).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_reserved_ip_range(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteReservedIpRangeResult:
        """删除保留地址段 (DeleteReservedIpRange).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_RESERVED_IP_RANGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_v_router_ospf_area(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVRouterOspfAreaResult:
        """删除OSPF路由区域 (DeleteVRouterOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            delete_mode: deleteMode (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_V_ROUTER_OSPF_AREA,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_v_router_route_entry(
        self,
        *,
        route_table_uuid: str,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVRouterRouteEntryResult:
        """删除路由条目 (DeleteVRouterRouteEntry).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: routeTableUuid (since 2.1)
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_V_ROUTER_ROUTE_ENTRY,
            {
                "routeTableUuid": route_table_uuid,
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_v_router_route_table(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVRouterRouteTableResult:
        """删除路由表 (DeleteVRouterRouteTable).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_V_ROUTER_ROUTE_TABLE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vni_range(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVniRangeResult:
        """删除VNI Range (DeleteVniRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: deleteMode (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VNI_RANGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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

    async def delete_vxlan_l2_network(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVxlanL2NetworkResult:
        """Delete vxlan L2 network (DeleteVxlanL2Network).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVxlanL2NetworkAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VXLAN_L2_NETWORK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vxlan_pool_remote_vtep(
        self,
        *,
        l2_network_uuid: str,
        cluster_uuid: str,
        remote_vtep_ip: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVxlanPoolRemoteVtepResult:
        """Delete vxlan pool remote vtep (DeleteVxlanPoolRemoteVtep).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVxlanPoolRemoteVtepAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            l2_network_uuid: l2NetworkUuid
            cluster_uuid: clusterUuid
            remote_vtep_ip: remoteVtepIp (maxLength 15)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VXLAN_POOL_REMOTE_VTEP,
            {
                "l2NetworkUuid": l2_network_uuid,
                "clusterUuid": cluster_uuid,
                "remoteVtepIp": remote_vtep_ip,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_l2_network_from_cluster(
        self,
        *,
        l2_network_uuid: str,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachL2NetworkFromClusterResult:
        """从集群上卸载二层网络 (DetachL2NetworkFromCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l2_network_uuid: 二层网络UUID (since 0.6)
            cluster_uuid: 集群UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_L2_NETWORK_FROM_CLUSTER,
            {
                "l2NetworkUuid": l2_network_uuid,
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_nfv_inst_from_group(
        self,
        *,
        group_uuid: str,
        nfv_inst_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachNfvInstFromGroupResult:
        """从NFV组删除实例 (DetachNfvInstFromGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            group_uuid: groupUuid (since 5.4.2)
            nfv_inst_uuid: nfvInstUuid (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_NFV_INST_FROM_GROUP,
            {
                "groupUuid": group_uuid,
                "nfvInstUuid": nfv_inst_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_policy_route_rule_set_from_l3(
        self,
        *,
        rule_set_uuid: str,
        l3_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPolicyRouteRuleSetFromL3Result:
        """网络解绑策略路由 (DetachPolicyRouteRuleSetFromL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_set_uuid: 策略规则集uuid (since 3.6.0; minLength 1)
            l3_uuid: 三层网络uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_POLICY_ROUTE_RULE_SET_FROM_L3,
            {
                "ruleSetUuid": rule_set_uuid,
                "l3Uuid": l3_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_v_router_route_table_from_v_router(
        self,
        *,
        route_table_uuid: str,
        virtual_router_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachVRouterRouteTableFromVRouterResult:
        """解绑路由表 (DetachVRouterRouteTableFromVRouter).

        从路由器设备解绑路由表。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: 路由表UUID (since 2.1)
            virtual_router_vm_uuid: 路由表设备UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_V_ROUTER_ROUTE_TABLE_FROM_V_ROUTER,
            {
                "routeTableUuid": route_table_uuid,
                "virtualRouterVmUuid": virtual_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_attachable_public_l3_for_v_router(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAttachablePublicL3ForVRouterResult:
        """获取路由器可加载外部网络 (GetAttachablePublicL3ForVRouter).

        获取路由可加载的公有网络和系统网络，将自动排除地址冲突的网络。

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 路由器的UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ATTACHABLE_PUBLIC_L3_FOR_V_ROUTER,
            {
                "vmInstanceUuid": vm_instance_uuid,
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

    async def get_candidate_clusters_for_attaching_l2_network(
        self,
        *,
        l2_network_uuid: str,
        cluster_types: Sequence[str] | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateClustersForAttachingL2NetworkResult:
        """Get candidate clusters for attaching L2 network (GetCandidateClustersForAttachingL2Network).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCandidateClustersForAttachingL2NetworkAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            l2_network_uuid: l2NetworkUuid
            cluster_types: clusterTypes
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_CLUSTERS_FOR_ATTACHING_L2_NETWORK,
            {
                "l2NetworkUuid": l2_network_uuid,
                "clusterTypes": cluster_types,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_free_ip(
        self,
        *,
        l3_network_uuid: str | None = None,
        ip_range_uuid: str | None = None,
        start: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        ip_version: Literal[4, 6] | None = None,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFreeIpResult:
        """获取空闲IP (GetFreeIp).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID说明: l3NetworkUuid和ipRangeUuid二选一 (since 0.6)
            ip_range_uuid: IP段UUID说明: l3NetworkUuid和ipRangeUuid二选一 (since 0.6)
            start: 起始值 (since 0.6)
            ip_range_type: 地址类型 (since 3.9.0; enum {'Normal', 'AddressPool'})
            ip_version: IP地址版本号 (since 3.10.0; enum {4, 6})
            limit: 数量限制 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_FREE_IP,
            {
                "l3NetworkUuid": l3_network_uuid,
                "ipRangeUuid": ip_range_uuid,
                "start": start,
                "ipRangeType": ip_range_type,
                "ipVersion": ip_version,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_free_ip_of_ip_range(
        self,
        *,
        ip_range_uuid: str,
        l3_network_uuid: str | None = None,
        start: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        ip_version: Literal[4, 6] | None = None,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFreeIpOfIpRangeResult:
        """Get free ip of ip range (GetFreeIpOfIpRange).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetFreeIpOfIpRangeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            ip_range_uuid: ipRangeUuid
            l3_network_uuid: l3NetworkUuid
            start: start
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            ip_version: ipVersion (enum {4, 6})
            limit: limit
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_FREE_IP_OF_IP_RANGE,
            {
                "ipRangeUuid": ip_range_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "start": start,
                "ipRangeType": ip_range_type,
                "ipVersion": ip_version,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_free_ip_of_l3_network(
        self,
        *,
        l3_network_uuid: str,
        ip_range_uuid: str | None = None,
        start: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        ip_version: Literal[4, 6] | None = None,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFreeIpOfL3NetworkResult:
        """Get free ip of L3 network (GetFreeIpOfL3Network).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetFreeIpOfL3NetworkAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            l3_network_uuid: l3NetworkUuid
            ip_range_uuid: ipRangeUuid
            start: start
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            ip_version: ipVersion (enum {4, 6})
            limit: limit
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_FREE_IP_OF_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "ipRangeUuid": ip_range_uuid,
                "start": start,
                "ipRangeType": ip_range_type,
                "ipVersion": ip_version,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_ip_address_capacity(
        self,
        *,
        zone_uuids: Sequence[str] | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        ip_range_uuids: Sequence[str] | None = None,
        all: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetIpAddressCapacityResult:
        """获取IP网络地址容量 (GetIpAddressCapacity).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            zone_uuids: 区域UUID (since 0.6)
            l3_network_uuids: 三层网络UUID (since 0.6)
            ip_range_uuids: IP地址范围UUID (since 0.6)
            all: 系统全局 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_IP_ADDRESS_CAPACITY,
            {
                "zoneUuids": zone_uuids,
                "l3NetworkUuids": l3_network_uuids,
                "ipRangeUuids": ip_range_uuids,
                "all": all,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_l2_network_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL2NetworkTypesResult:
        """获取二层网络类型 (GetL2NetworkTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_L2_NETWORK_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_l3_network_dhcp_ip_address(
        self,
        *,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkDhcpIpAddressResult:
        """获取网络DHCP服务所用地址 (GetL3NetworkDhcpIpAddress).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_L3_NETWORK_DHCP_IP_ADDRESS,
            {
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_l3_network_ip_statistic(
        self,
        *,
        l3_network_uuid: str,
        resource_type: Literal["All", "Vip", "VM"] | None = None,
        ip: str | None = None,
        sort_by: Literal["Ip", "CreateDate"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        start: int | None = None,
        limit: int | None = None,
        reply_with_count: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkIpStatisticResult:
        """获取三层网络IP地址使用情况统计 (GetL3NetworkIpStatistic).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 3.7.0)
            resource_type: 统计资源类型 (since 3.7.0; enum {'All', 'Vip', 'VM'})
            ip: 指定IP地址 (since 3.7.0)
            sort_by: 排序方式 (since 3.7.0; enum {'Ip', 'CreateDate'})
            sort_direction: 排序方向 (since 3.7.0; enum {'asc', 'desc'})
            start: 统计结果起始位置 (since 3.7.0; minimum 0; maximum 2147483647)
            limit: 统计结果数量 (since 3.7.0; minimum 0; maximum 2147483647)
            reply_with_count: 同时返回统计结果总数 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_L3_NETWORK_IP_STATISTIC,
            {
                "l3NetworkUuid": l3_network_uuid,
                "resourceType": resource_type,
                "ip": ip,
                "sortBy": sort_by,
                "sortDirection": sort_direction,
                "start": start,
                "limit": limit,
                "replyWithCount": reply_with_count,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_l3_network_mtu(
        self,
        *,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkMtuResult:
        """获取三层网络Mtu值 (GetL3NetworkMtu).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_L3_NETWORK_MTU,
            {
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_l3_network_router_interface_ip(
        self,
        *,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkRouterInterfaceIpResult:
        """获取三层网络上路由器的接口地址 (GetL3NetworkRouterInterfaceIp).

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_L3_NETWORK_ROUTER_INTERFACE_IP,
            {
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_l3_network_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkTypesResult:
        """获取三层网络类型 (GetL3NetworkTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_L3_NETWORK_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_policy_route_rule_set_from_virtual_router(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPolicyRouteRuleSetFromVirtualRouterResult:
        """获取虚拟路由器的策略路由集合 (GetPolicyRouteRuleSetFromVirtualRouter).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_POLICY_ROUTE_RULE_SET_FROM_VIRTUAL_ROUTER,
            {
                "vmInstanceUuid": vm_instance_uuid,
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

    async def get_v_router_ospf_neighbor(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterOspfNeighborResult:
        """获取OSPF的邻居信息 (GetVRouterOspfNeighbor).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: 路由器的uuid，唯一标识 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_V_ROUTER_OSPF_NEIGHBOR,
            {
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_v_router_route_table(
        self,
        *,
        virtual_router_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterRouteTableResult:
        """获取路由器实时路由表 (GetVRouterRouteTable).

        返回路由设备实际实时路由表，包括非用户添加的全部路由。

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            virtual_router_vm_uuid: 路由器设备UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_V_ROUTER_ROUTE_TABLE,
            {
                "virtualRouterVmUuid": virtual_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_v_router_router_id(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterRouterIdResult:
        """获取路由器的ID (GetVRouterRouterId).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: 路由器的UUID，唯一标识 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_V_ROUTER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_v_switch_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVSwitchTypesResult:
        """获取虚拟交换机类型 (GetVSwitchTypes).

        Since ZStack 4.8.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_V_SWITCH_TYPES,
            {
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

    async def get_vpc_multicast_route(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcMulticastRouteResult:
        """获取组播路由表 (GetVpcMulticastRoute).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VPC_MULTICAST_ROUTE,
            {
                "uuid": uuid,
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

    async def provision_nfv_inst_config(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProvisionNfvInstConfigResult:
        """部署NFV实例配置 (ProvisionNfvInstConfig).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PROVISION_NFV_INST_CONFIG,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def provision_nfv_inst_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProvisionNfvInstGroupResult:
        """部署NFV组 (ProvisionNfvInstGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PROVISION_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def pull_huawei_i_master_controller(
        self,
        *,
        uuid: str,
        pull_switch: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PullHuaweiIMasterControllerResult:
        """拉取华为SDN最新配置 (PullHuaweiIMasterController).

        Since ZStack 5.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.0)
            pull_switch: 是否拉取交换机信息 (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PULL_HUAWEI_I_MASTER_CONTROLLER,
            {
                "uuid": uuid,
                "pullSwitch": pull_switch,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def pull_sdn_controller_tenant(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PullSdnControllerTenantResult:
        """拉取SDN控制器租户 (PullSdnControllerTenant).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PULL_SDN_CONTROLLER_TENANT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_address_pool(
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
    ) -> QueryAddressPoolResult:
        """查询IP地址池 (QueryAddressPool).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ADDRESS_POOL,
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

    def query_address_pool_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AddressPoolInventory]:
        """Every result of ``query_address_pool``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ADDRESS_POOL,
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

    async def query_appliance_vm(
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
    ) -> QueryApplianceVmResult:
        """查询服务云主机 (QueryApplianceVm).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_APPLIANCE_VM,
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

    def query_appliance_vm_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ApplianceVmInventory]:
        """Every result of ``query_appliance_vm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_APPLIANCE_VM,
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

    async def query_huawei_i_master_fabric(
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
    ) -> QueryHuaweiIMasterFabricResult:
        """查询华为SDN Fabric (QueryHuaweiIMasterFabric).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HUAWEI_I_MASTER_FABRIC,
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

    def query_huawei_i_master_fabric_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[HuaweiIMasterFabricInventory]:
        """Every result of ``query_huawei_i_master_fabric``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_FABRIC,
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

    async def query_huawei_i_master_tenant(
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
    ) -> QueryHuaweiIMasterTenantResult:
        """查询华为SDN租户 (QueryHuaweiIMasterTenant).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HUAWEI_I_MASTER_TENANT,
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

    def query_huawei_i_master_tenant_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[HuaweiIMasterTenantInventory]:
        """Every result of ``query_huawei_i_master_tenant``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_TENANT,
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

    async def query_huawei_i_master_v_router(
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
    ) -> QueryHuaweiIMasterVRouterResult:
        """查询华为SDN虚拟路由器 (QueryHuaweiIMasterVRouter).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HUAWEI_I_MASTER_V_ROUTER,
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

    def query_huawei_i_master_v_router_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[HuaweiIMasterVRouterInventory]:
        """Every result of ``query_huawei_i_master_v_router``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_V_ROUTER,
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

    async def query_huawei_i_master_vpc(
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
    ) -> QueryHuaweiIMasterVpcResult:
        """查询华为SDN VPC (QueryHuaweiIMasterVpc).

        Since ZStack 5.4.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HUAWEI_I_MASTER_VPC,
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

    def query_huawei_i_master_vpc_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[HuaweiIMasterVpcInventory]:
        """Every result of ``query_huawei_i_master_vpc``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HUAWEI_I_MASTER_VPC,
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

    async def query_ip_address(
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
    ) -> QueryIpAddressResult:
        """查询IP地址 (QueryIpAddress).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IP_ADDRESS,
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

    def query_ip_address_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[UsedIpInventory]:
        """Every result of ``query_ip_address``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IP_ADDRESS,
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

    async def query_ip_range(
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
    ) -> QueryIpRangeResult:
        """查询IP地址范围 (QueryIpRange).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IP_RANGE,
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

    def query_ip_range_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[IpRangeInventory]:
        """Every result of ``query_ip_range``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IP_RANGE,
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

    async def query_l2_network(
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
    ) -> QueryL2NetworkResult:
        """查询二层网络 (QueryL2Network).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_L2_NETWORK,
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

    def query_l2_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[L2NetworkInventory]:
        """Every result of ``query_l2_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L2_NETWORK,
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

    async def query_l2_port_group_network(
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
    ) -> QueryL2PortGroupNetworkResult:
        """Query L2 port group network (QueryL2PortGroupNetwork).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryL2PortGroupNetworkAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_L2_PORT_GROUP_NETWORK,
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

    def query_l2_port_group_network_pages(
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
        """Every result of ``query_l2_port_group_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L2_PORT_GROUP_NETWORK,
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

    async def query_l2_virtual_switch_network(
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
    ) -> QueryL2VirtualSwitchNetworkResult:
        """Query L2 virtual switch network (QueryL2VirtualSwitchNetwork).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryL2VirtualSwitchNetworkAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_L2_VIRTUAL_SWITCH_NETWORK,
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

    def query_l2_virtual_switch_network_pages(
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
        """Every result of ``query_l2_virtual_switch_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L2_VIRTUAL_SWITCH_NETWORK,
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

    async def query_l2_vlan_network(
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
    ) -> QueryL2VlanNetworkResult:
        """查询二层VLAN网络 (QueryL2VlanNetwork).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_L2_VLAN_NETWORK,
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

    def query_l2_vlan_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[L2VlanNetworkInventory]:
        """Every result of ``query_l2_vlan_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L2_VLAN_NETWORK,
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

    async def query_l2_vxlan_network(
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
    ) -> QueryL2VxlanNetworkResult:
        """查询VXLAN网络 (QueryL2VxlanNetwork).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_L2_VXLAN_NETWORK,
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

    def query_l2_vxlan_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[L2VxlanNetworkInventory]:
        """Every result of ``query_l2_vxlan_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L2_VXLAN_NETWORK,
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

    async def query_l2_vxlan_network_pool(
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
    ) -> QueryL2VxlanNetworkPoolResult:
        """查询VXLAN网络池 (QueryL2VxlanNetworkPool).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_L2_VXLAN_NETWORK_POOL,
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

    def query_l2_vxlan_network_pool_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[L2VxlanNetworkPoolInventory]:
        """Every result of ``query_l2_vxlan_network_pool``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L2_VXLAN_NETWORK_POOL,
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

    async def query_l3_network(
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
    ) -> QueryL3NetworkResult:
        """查询三层网络 (QueryL3Network).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_L3_NETWORK,
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

    def query_l3_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[L3NetworkInventory]:
        """Every result of ``query_l3_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L3_NETWORK,
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

    async def query_multicast_router(
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
    ) -> QueryMulticastRouterResult:
        """查询组播路由器 (QueryMulticastRouter).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MULTICAST_ROUTER,
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

    def query_multicast_router_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[MulticastRouterInventory]:
        """Every result of ``query_multicast_router``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MULTICAST_ROUTER,
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

    async def query_policy_route_rule(
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
    ) -> QueryPolicyRouteRuleResult:
        """查询策略路由规则 (QueryPolicyRouteRule).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_POLICY_ROUTE_RULE,
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

    def query_policy_route_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PolicyRouteRuleInventory]:
        """Every result of ``query_policy_route_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE,
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

    async def query_policy_route_rule_set(
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
    ) -> QueryPolicyRouteRuleSetResult:
        """查询策略路由规则集 (QueryPolicyRouteRuleSet).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_POLICY_ROUTE_RULE_SET,
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

    def query_policy_route_rule_set_pages(
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
        """Every result of ``query_policy_route_rule_set``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE_SET,
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

    async def query_policy_route_rule_set_l3_ref(
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
    ) -> QueryPolicyRouteRuleSetL3RefResult:
        """查询策略路由规则集网络关联 (QueryPolicyRouteRuleSetL3Ref).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_POLICY_ROUTE_RULE_SET_L3_REF,
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

    def query_policy_route_rule_set_l3_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PolicyRouteRuleSetL3RefInventory]:
        """Every result of ``query_policy_route_rule_set_l3_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE_SET_L3_REF,
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

    async def query_policy_route_rule_set_v_router_ref(
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
    ) -> QueryPolicyRouteRuleSetVRouterRefResult:
        """查询策略路由规则集与单节点路由器关联 (QueryPolicyRouteRuleSetVRouterRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_POLICY_ROUTE_RULE_SET_V_ROUTER_REF,
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

    def query_policy_route_rule_set_v_router_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PolicyRouteRuleSetVRouterRefInventory]:
        """Every result of ``query_policy_route_rule_set_v_router_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE_SET_V_ROUTER_REF,
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

    async def query_policy_route_table(
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
    ) -> QueryPolicyRouteTableResult:
        """查询策略路由表 (QueryPolicyRouteTable).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_POLICY_ROUTE_TABLE,
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

    def query_policy_route_table_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PolicyRouteTableInventory]:
        """Every result of ``query_policy_route_table``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_TABLE,
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

    async def query_policy_route_table_route_entry(
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
    ) -> QueryPolicyRouteTableRouteEntryResult:
        """查询策略路由 (QueryPolicyRouteTableRouteEntry).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
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

    def query_policy_route_table_route_entry_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PolicyRouteTableRouteEntryInventory]:
        """Every result of ``query_policy_route_table_route_entry``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
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

    async def query_policy_route_table_v_router_ref(
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
    ) -> QueryPolicyRouteTableVRouterRefResult:
        """查询策略路由表与单节点路由器关联 (QueryPolicyRouteTableVRouterRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_POLICY_ROUTE_TABLE_V_ROUTER_REF,
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

    def query_policy_route_table_v_router_ref_pages(
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
        """Every result of ``query_policy_route_table_v_router_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_TABLE_V_ROUTER_REF,
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

    async def query_sdn_controller(
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
    ) -> QuerySdnControllerResult:
        """查询SDN控制器 (QuerySdnController).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SDN_CONTROLLER,
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

    def query_sdn_controller_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SdnControllerInventory]:
        """Every result of ``query_sdn_controller``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SDN_CONTROLLER,
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

    async def query_v_router_ospf_area(
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
    ) -> QueryVRouterOspfAreaResult:
        """查询OSPF路由区域信息 (QueryVRouterOspfArea).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_ROUTER_OSPF_AREA,
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

    def query_v_router_ospf_area_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[RouterAreaInventory]:
        """Every result of ``query_v_router_ospf_area``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_OSPF_AREA,
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

    async def query_v_router_ospf_network(
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
    ) -> QueryVRouterOspfNetworkResult:
        """查询路由加入到区域的网络信息 (QueryVRouterOspfNetwork).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_ROUTER_OSPF_NETWORK,
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

    def query_v_router_ospf_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[NetworkRouterAreaRefInventory]:
        """Every result of ``query_v_router_ospf_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_OSPF_NETWORK,
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

    async def query_v_router_route_entry(
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
    ) -> QueryVRouterRouteEntryResult:
        """查询路由条目 (QueryVRouterRouteEntry).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_ROUTER_ROUTE_ENTRY,
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

    def query_v_router_route_entry_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VRouterRouteEntryInventory]:
        """Every result of ``query_v_router_route_entry``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_ROUTE_ENTRY,
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

    async def query_v_router_route_table(
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
    ) -> QueryVRouterRouteTableResult:
        """查询路由表 (QueryVRouterRouteTable).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_ROUTER_ROUTE_TABLE,
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

    def query_v_router_route_table_pages(
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
        """Every result of ``query_v_router_route_table``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_ROUTE_TABLE,
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

    async def query_virtual_router_offering(
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
    ) -> QueryVirtualRouterOfferingResult:
        """查询路由器规格 (QueryVirtualRouterOffering).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VIRTUAL_ROUTER_OFFERING,
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

    def query_virtual_router_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VirtualRouterOfferingInventory]:
        """Every result of ``query_virtual_router_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIRTUAL_ROUTER_OFFERING,
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

    async def query_virtual_router_v_router_route_table_ref(
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
    ) -> QueryVirtualRouterVRouterRouteTableRefResult:
        """查询绑定关系 (QueryVirtualRouterVRouterRouteTableRef).

        查询路由器设备与路由表绑定关系。

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VIRTUAL_ROUTER_V_ROUTER_ROUTE_TABLE_REF,
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

    def query_virtual_router_v_router_route_table_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VirtualRouterVRouterRouteTableRefInventory]:
        """Every result of ``query_virtual_router_v_router_route_table_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIRTUAL_ROUTER_V_ROUTER_ROUTE_TABLE_REF,
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

    async def query_virtual_router_vm(
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
    ) -> QueryVirtualRouterVmResult:
        """查询VPC路由器 (QueryVirtualRouterVm).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VIRTUAL_ROUTER_VM,
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

    def query_virtual_router_vm_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ApplianceVmInventory]:
        """Every result of ``query_virtual_router_vm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIRTUAL_ROUTER_VM,
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

    async def query_vni_range(
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
    ) -> QueryVniRangeResult:
        """查询VNI Range (QueryVniRange).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VNI_RANGE,
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

    def query_vni_range_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VniRangeInventory]:
        """Every result of ``query_vni_range``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VNI_RANGE,
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

    async def query_vtep(
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
    ) -> QueryVtepResult:
        """Query vtep (QueryVtep).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVtepAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VTEP,
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

    def query_vtep_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VtepInventory]:
        """Every result of ``query_vtep``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VTEP,
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

    async def reconnect_nfv_inst(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectNfvInstResult:
        """重连NFV实例 (ReconnectNfvInst).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_NFV_INST,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def reconnect_sdn_controller(
        self,
        *,
        sdn_controller_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectSdnControllerResult:
        """重连SDN控制器 (ReconnectSdnController).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: sdnControllerUuid (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_SDN_CONTROLLER,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def reconnect_virtual_router(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectVirtualRouterResult:
        """重连VPC路由器 (ReconnectVirtualRouter).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_VIRTUAL_ROUTER,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_dns_from_l3_network(
        self,
        *,
        l3_network_uuid: str,
        dns: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveDnsFromL3NetworkResult:
        """从三层网络移除DNS (RemoveDnsFromL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            dns: DNS地址 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_DNS_FROM_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "dns": dns,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
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

    async def remove_host_route_from_l3_network(
        self,
        *,
        l3_network_uuid: str,
        prefix: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveHostRouteFromL3NetworkResult:
        """从三层网络移除主机路由 (RemoveHostRouteFromL3Network).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.3)
            prefix: prefix (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_HOST_ROUTE_FROM_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "prefix": prefix,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_rendezvous_point_from_multicast_router(
        self,
        *,
        uuid: str,
        rp_address: str,
        group_address: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveRendezvousPointFromMulticastRouterResult:
        """删除组播路由器静态RP地址 (RemoveRendezvousPointFromMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            rp_address: rpAddress (since 3.7.0)
            group_address: groupAddress (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_RENDEZVOUS_POINT_FROM_MULTICAST_ROUTER,
            {
                "uuid": uuid,
                "rpAddress": rp_address,
                "groupAddress": group_address,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_sdn_controller(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSdnControllerResult:
        """删除SDN控制器 (RemoveSdnController).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SDN_CONTROLLER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_v_router_networks_from_ospf_area(
        self,
        *,
        uuids: Sequence[str],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVRouterNetworksFromOspfAreaResult:
        """从路由区域中移除网络 (RemoveVRouterNetworksFromOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuids: 网络区域表中的uuid，全局唯一标识 (since 3.4.0)
            delete_mode: deleteMode (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_V_ROUTER_NETWORKS_FROM_OSPF_AREA,
            {
                "uuids": uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sdn_controller_add_host(
        self,
        *,
        sdn_controller_uuid: str,
        host_uuid: str,
        nic_names: Sequence[Any],
        bond_mode: str | None = None,
        lacp_mode: str | None = None,
        netmask: str | None = None,
        v_switch_type: Literal["OvsKernel", "OvsDpdk", "SRIOV"] | None = None,
        vtep_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SdnControllerAddHostResult:
        """SDN控制器绑定物理机 (SdnControllerAddHost).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: SDN控制器UUID (since 5.3.0)
            host_uuid: 物理机UUID (since 5.3.0)
            bond_mode: 物理机网卡bond模式 (since 5.3.0)
            lacp_mode: 物理机网卡LACP模式 (since 5.3.0)
            netmask: 物理机VTEP IP掩码 (since 5.3.0)
            nic_names: 物理机网卡名称列表 (since 5.3.0)
            v_switch_type: 虚拟交换机类型 (since 5.3.0; enum {'OvsKernel', 'OvsDpdk', 'SRIOV'})
            vtep_ip: 物理机VTEP IP (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SDN_CONTROLLER_ADD_HOST,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "hostUuid": host_uuid,
                "bondMode": bond_mode,
                "lacpMode": lacp_mode,
                "netmask": netmask,
                "nicNames": nic_names,
                "vSwitchType": v_switch_type,
                "vtepIp": vtep_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sdn_controller_change_host(
        self,
        *,
        sdn_controller_uuid: str,
        host_uuid: str,
        bond_mode: str | None = None,
        lacp_mode: str | None = None,
        netmask: str | None = None,
        nic_names: Sequence[Any] | None = None,
        v_switch_type: Literal["OvnDpdk", "OvnKernel"] | None = None,
        vtep_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SdnControllerChangeHostResult:
        """SDN控制器更改物理机 (SdnControllerChangeHost).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: SDN控制器UUID (since 5.3.0)
            host_uuid: 物理机UUID (since 5.3.0)
            bond_mode: 物理机网卡bond模式 (since 5.3.0)
            lacp_mode: 物理机网卡LACP模式 (since 5.3.0)
            netmask: 物理机VTEP IP掩码 (since 5.3.0)
            nic_names: 物理机网卡名称列表 (since 5.3.0)
            v_switch_type: 虚拟交换机类型 (since 5.3.0; enum {'OvnDpdk', 'OvnKernel'})
            vtep_ip: 物理机VTEP IP (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SDN_CONTROLLER_CHANGE_HOST,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "hostUuid": host_uuid,
                "bondMode": bond_mode,
                "lacpMode": lacp_mode,
                "netmask": netmask,
                "nicNames": nic_names,
                "vSwitchType": v_switch_type,
                "vtepIp": vtep_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sdn_controller_remove_host(
        self,
        *,
        sdn_controller_uuid: str,
        host_uuid: str,
        v_switch_type: Literal["OvnDpdk", "OvnKernel"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SdnControllerRemoveHostResult:
        """SDN控制器解绑物理机 (SdnControllerRemoveHost).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            sdn_controller_uuid: SDN控制器UUID (since 5.3.0)
            host_uuid: 物理机UUID (since 5.3.0)
            v_switch_type: 虚拟交换机类型 (since 5.3.0; enum {'OvnDpdk', 'OvnKernel'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SDN_CONTROLLER_REMOVE_HOST,
            {
                "sdnControllerUuid": sdn_controller_uuid,
                "hostUuid": host_uuid,
                "vSwitchType": v_switch_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_l3_network_mtu(
        self,
        *,
        l3_network_uuid: str,
        mtu: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetL3NetworkMtuResult:
        """设置三层网络Mtu值 (SetL3NetworkMtu).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.1)
            mtu: mtu (since 2.1; minimum 68; maximum 9216)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_L3_NETWORK_MTU,
            {
                "l3NetworkUuid": l3_network_uuid,
                "mtu": mtu,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_l3_network_router_interface_ip(
        self,
        *,
        l3_network_uuid: str,
        router_interface_ip: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetL3NetworkRouterInterfaceIpResult:
        """设置三层网络路由器接口IP (SetL3NetworkRouterInterfaceIp).

        设置三层网络上路由器接口地址，仅当会在普通三层网络上创建VPC路由器或在VPC网络上加载VPC路由器时有效。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.1)
            router_interface_ip: routerInterfaceIp (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_L3_NETWORK_ROUTER_INTERFACE_IP,
            {
                "l3NetworkUuid": l3_network_uuid,
                "routerInterfaceIp": router_interface_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_v_router_router_id(
        self,
        *,
        v_router_uuid: str,
        router_id: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVRouterRouterIdResult:
        """设置路由器的ID (SetVRouterRouterId).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            v_router_uuid: 路由器的UUID，唯一标识 (since 3.4.0)
            router_id: IP地址形式的ID (since 3.4.0; minLength 1; maxLength 16)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_V_ROUTER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "routerId": router_id,
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

    async def sync_nfv_inst_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncNfvInstGroupResult:
        """同步NFV组 (SyncNfvInstGroup).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ip_range(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIpRangeResult:
        """更新IP地址范围 (UpdateIpRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            name: 三层网络的名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IP_RANGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_l2_network(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateL2NetworkResult:
        """AI请求 (UpdateL2Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 普通二层网络的详细描述 (since 0.6; maxLength 2048)
            name: 普通二层网络名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_L2_NETWORK,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_l3_network(
        self,
        *,
        uuid: str,
        category: Literal["Public", "Private", "System"] | None = None,
        description: str | None = None,
        dns_domain: str | None = None,
        name: str | None = None,
        system: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateL3NetworkResult:
        """更新三层网络 (UpdateL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            category: 网络类型，需要与system标签搭配使用，system为true时可设置为Public、Private (since 2.2; enum {'Public', 'Private', 'System'})
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            dns_domain: DNS域 (since 2.6.0; maxLength 255)
            name: 三层网络的名称 (since 0.6; maxLength 255)
            system: 是否用于系统云主机 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_L3_NETWORK,
            {
                "uuid": uuid,
                "category": category,
                "description": description,
                "dnsDomain": dns_domain,
                "name": name,
                "system": system,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_nfv_inst_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateNfvInstGroupResult:
        """更新NFV组 (UpdateNfvInstGroup).

        Since ZStack 3.5. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5)
            description: 资源的详细描述 (since 5.5)
            name: 资源名称 (since 5.5)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_NFV_INST_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_policy_route_rule_set(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePolicyRouteRuleSetResult:
        """更新策略路由规则集属性 (UpdatePolicyRouteRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 16)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_POLICY_ROUTE_RULE_SET,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sdn_controller(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSdnControllerResult:
        """更新SDN控制器 (UpdateSdnController).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            description: 资源的详细描述 (since 3.7.0; maxLength 2048)
            name: 资源名称 (since 3.7.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SDN_CONTROLLER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_v_router_ospf_area(
        self,
        *,
        uuid: str,
        area_auth: str | None = None,
        area_type: str | None = None,
        key_id: int | None = None,
        password: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVRouterOspfAreaResult:
        """更改OSPF的路由区域属性 (UpdateVRouterOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            area_auth: 区域认证方式 (since 3.4.0; maxLength 16)
            area_type: 区域类型 (since 3.4.0; maxLength 16)
            key_id: 认证需要的KeyID (since 3.4.0; minimum 1; maximum 255)
            password: 认证需要的password (since 3.4.0; maxLength 16)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_V_ROUTER_OSPF_AREA,
            {
                "uuid": uuid,
                "areaAuth": area_auth,
                "areaType": area_type,
                "keyId": key_id,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_v_router_route_table(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVRouterRouteTableResult:
        """Update V router route table (UpdateVRouterRouteTable).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateVRouterRouteTableAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_V_ROUTER_ROUTE_TABLE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
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

    async def update_virtual_router_offering(
        self,
        *,
        uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        image_uuid: str | None = None,
        is_default: bool | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVirtualRouterOfferingResult:
        """更新路由器规格 (UpdateVirtualRouterOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            allocator_strategy: allocatorStrategy (since 2.3)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            image_uuid: 镜像UUID (since 0.6)
            is_default: 默认 (since 0.6)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VIRTUAL_ROUTER_OFFERING,
            {
                "uuid": uuid,
                "allocatorStrategy": allocator_strategy,
                "description": description,
                "imageUuid": image_uuid,
                "isDefault": is_default,
                "name": name,
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

    async def update_vni_range(
        self,
        *,
        uuid: str,
        name: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVniRangeResult:
        """修改VNI Range (UpdateVniRange).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            name: name (since 3.3.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VNI_RANGE,
            {
                "uuid": uuid,
                "name": name,
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
