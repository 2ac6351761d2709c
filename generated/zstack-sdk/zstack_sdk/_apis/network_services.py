"""ZStack Cloud API: 180 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncAPIClient, SyncAPIClient
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.access_control_list_inventory import AccessControlListInventory
    from ..models.add_access_control_list_entry_result import AddAccessControlListEntryResult
    from ..models.add_access_control_list_redirect_rule_result import (
        AddAccessControlListRedirectRuleResult,
    )
    from ..models.add_access_control_list_to_load_balancer_result import (
        AddAccessControlListToLoadBalancerResult,
    )
    from ..models.add_backend_server_to_server_group_result import (
        AddBackendServerToServerGroupResult,
    )
    from ..models.add_certificate_to_load_balancer_listener_result import (
        AddCertificateToLoadBalancerListenerResult,
    )
    from ..models.add_remote_cidrs_to_ipsec_connection_result import (
        AddRemoteCidrsToIPsecConnectionResult,
    )
    from ..models.add_security_group_rule_result import AddSecurityGroupRuleResult
    from ..models.add_server_group_to_load_balancer_listener_result import (
        AddServerGroupToLoadBalancerListenerResult,
    )
    from ..models.add_v_router_networks_to_flow_meter_result import (
        AddVRouterNetworksToFlowMeterResult,
    )
    from ..models.add_vm_nic_to_load_balancer_result import AddVmNicToLoadBalancerResult
    from ..models.add_vm_nic_to_security_group_result import AddVmNicToSecurityGroupResult
    from ..models.apply_rule_set_changes_result import ApplyRuleSetChangesResult
    from ..models.attach_eip_result import AttachEipResult
    from ..models.attach_firewall_rule_set_to_l3_result import AttachFirewallRuleSetToL3Result
    from ..models.attach_l3_networks_to_ipsec_connection_result import (
        AttachL3NetworksToIPsecConnectionResult,
    )
    from ..models.attach_network_service_to_l3_network_result import (
        AttachNetworkServiceToL3NetworkResult,
    )
    from ..models.attach_port_forwarding_rule_result import AttachPortForwardingRuleResult
    from ..models.attach_security_group_to_l3_network_result import (
        AttachSecurityGroupToL3NetworkResult,
    )
    from ..models.attach_vip_to_load_balancer_result import AttachVipToLoadBalancerResult
    from ..models.attach_vip_to_vpc_shared_qos_result import AttachVipToVpcSharedQosResult
    from ..models.certificate_inventory import CertificateInventory
    from ..models.change_access_control_list_redirect_rule_result import (
        ChangeAccessControlListRedirectRuleResult,
    )
    from ..models.change_access_control_list_server_group_result import (
        ChangeAccessControlListServerGroupResult,
    )
    from ..models.change_eip_state_result import ChangeEipStateResult
    from ..models.change_firewall_rule_state_result import ChangeFirewallRuleStateResult
    from ..models.change_ip_sec_connection_state_result import ChangeIPSecConnectionStateResult
    from ..models.change_ipsec_connection_result import ChangeIPsecConnectionResult
    from ..models.change_load_balancer_backend_server_result import (
        ChangeLoadBalancerBackendServerResult,
    )
    from ..models.change_load_balancer_listener_result import ChangeLoadBalancerListenerResult
    from ..models.change_port_forwarding_rule_state_result import (
        ChangePortForwardingRuleStateResult,
    )
    from ..models.change_port_mirror_state_result import ChangePortMirrorStateResult
    from ..models.change_security_group_rule_result import ChangeSecurityGroupRuleResult
    from ..models.change_security_group_rule_state_result import ChangeSecurityGroupRuleStateResult
    from ..models.change_security_group_state_result import ChangeSecurityGroupStateResult
    from ..models.change_slb_group_deploy_type_result import ChangeSlbGroupDeployTypeResult
    from ..models.change_slb_group_monitor_ips_result import ChangeSlbGroupMonitorIpsResult
    from ..models.change_vip_state_result import ChangeVipStateResult
    from ..models.change_vpc_shared_qos_bandwidth_result import ChangeVpcSharedQosBandwidthResult
    from ..models.check_firewall_rule_config_file_result import CheckFirewallRuleConfigFileResult
    from ..models.check_vip_port_availability_result import CheckVipPortAvailabilityResult
    from ..models.create_access_control_list_result import CreateAccessControlListResult
    from ..models.create_certificate_result import CreateCertificateResult
    from ..models.create_eip_result import CreateEipResult
    from ..models.create_firewall_ip_set_template_result import CreateFirewallIpSetTemplateResult
    from ..models.create_firewall_rule_from_config_file_result import (
        CreateFirewallRuleFromConfigFileResult,
    )
    from ..models.create_firewall_rule_result import CreateFirewallRuleResult
    from ..models.create_firewall_rule_set_result import CreateFirewallRuleSetResult
    from ..models.create_firewall_rule_template_result import CreateFirewallRuleTemplateResult
    from ..models.create_flow_collector_result import CreateFlowCollectorResult
    from ..models.create_flow_meter_result import CreateFlowMeterResult
    from ..models.create_ipsec_connection_result import CreateIPsecConnectionResult
    from ..models.create_load_balancer_listener_result import CreateLoadBalancerListenerResult
    from ..models.create_load_balancer_result import CreateLoadBalancerResult
    from ..models.create_load_balancer_server_group_result import (
        CreateLoadBalancerServerGroupResult,
    )
    from ..models.create_port_forwarding_rule_result import CreatePortForwardingRuleResult
    from ..models.create_port_mirror_result import CreatePortMirrorResult
    from ..models.create_port_mirror_session_result import CreatePortMirrorSessionResult
    from ..models.create_security_group_result import CreateSecurityGroupResult
    from ..models.create_slb_group_result import CreateSlbGroupResult
    from ..models.create_slb_instance_result import CreateSlbInstanceResult
    from ..models.create_slb_offering_result import CreateSlbOfferingResult
    from ..models.create_vip_result import CreateVipResult
    from ..models.create_vpc_firewall_result import CreateVpcFirewallResult
    from ..models.create_vpc_shared_qos_result import CreateVpcSharedQosResult
    from ..models.delete_access_control_list_result import DeleteAccessControlListResult
    from ..models.delete_certificate_result import DeleteCertificateResult
    from ..models.delete_eip_result import DeleteEipResult
    from ..models.delete_firewall_ip_set_template_result import DeleteFirewallIpSetTemplateResult
    from ..models.delete_firewall_result import DeleteFirewallResult
    from ..models.delete_firewall_rule_result import DeleteFirewallRuleResult
    from ..models.delete_firewall_rule_set_result import DeleteFirewallRuleSetResult
    from ..models.delete_firewall_rule_template_result import DeleteFirewallRuleTemplateResult
    from ..models.delete_flow_collector_result import DeleteFlowCollectorResult
    from ..models.delete_flow_meter_result import DeleteFlowMeterResult
    from ..models.delete_ipsec_connection_result import DeleteIPsecConnectionResult
    from ..models.delete_load_balancer_listener_result import DeleteLoadBalancerListenerResult
    from ..models.delete_load_balancer_result import DeleteLoadBalancerResult
    from ..models.delete_load_balancer_server_group_result import (
        DeleteLoadBalancerServerGroupResult,
    )
    from ..models.delete_port_forwarding_rule_result import DeletePortForwardingRuleResult
    from ..models.delete_port_mirror_result import DeletePortMirrorResult
    from ..models.delete_port_mirror_session_result import DeletePortMirrorSessionResult
    from ..models.delete_security_group_result import DeleteSecurityGroupResult
    from ..models.delete_security_group_rule_result import DeleteSecurityGroupRuleResult
    from ..models.delete_slb_group_result import DeleteSlbGroupResult
    from ..models.delete_vip_qos_result import DeleteVipQosResult
    from ..models.delete_vip_result import DeleteVipResult
    from ..models.delete_vm_nic_from_security_group_result import DeleteVmNicFromSecurityGroupResult
    from ..models.delete_vpc_shared_qos_result import DeleteVpcSharedQosResult
    from ..models.detach_eip_result import DetachEipResult
    from ..models.detach_firewall_rule_set_from_l3_result import DetachFirewallRuleSetFromL3Result
    from ..models.detach_l3_networks_from_ipsec_connection_result import (
        DetachL3NetworksFromIPsecConnectionResult,
    )
    from ..models.detach_network_service_from_l3_network_result import (
        DetachNetworkServiceFromL3NetworkResult,
    )
    from ..models.detach_port_forwarding_rule_result import DetachPortForwardingRuleResult
    from ..models.detach_security_group_from_l3_network_result import (
        DetachSecurityGroupFromL3NetworkResult,
    )
    from ..models.detach_vip_from_vpc_shared_qos_result import DetachVipFromVpcSharedQosResult
    from ..models.eip_inventory import EipInventory
    from ..models.flow_collector_inventory import FlowCollectorInventory
    from ..models.flow_meter_inventory import FlowMeterInventory
    from ..models.get_candidate_l3_networks_for_ip_sec_connection_result import (
        GetCandidateL3NetworksForIpSecConnectionResult,
    )
    from ..models.get_candidate_l3_networks_for_load_balancer_result import (
        GetCandidateL3NetworksForLoadBalancerResult,
    )
    from ..models.get_candidate_l3_networks_for_server_group_result import (
        GetCandidateL3NetworksForServerGroupResult,
    )
    from ..models.get_candidate_vm_nic_for_security_group_result import (
        GetCandidateVmNicForSecurityGroupResult,
    )
    from ..models.get_candidate_vm_nics_for_load_balancer_result import (
        GetCandidateVmNicsForLoadBalancerResult,
    )
    from ..models.get_candidate_vm_nics_for_load_balancer_server_group_result import (
        GetCandidateVmNicsForLoadBalancerServerGroupResult,
    )
    from ..models.get_candidate_vm_nics_for_port_mirror_result import (
        GetCandidateVmNicsForPortMirrorResult,
    )
    from ..models.get_eip_attachable_vm_nics_result import GetEipAttachableVmNicsResult
    from ..models.get_flow_meter_router_id_result import GetFlowMeterRouterIdResult
    from ..models.get_load_balancer_listener_acl_entries_result import (
        GetLoadBalancerListenerACLEntriesResult,
    )
    from ..models.get_load_balancer_owner_result import GetLoadBalancerOwnerResult
    from ..models.get_network_service_types_result import GetNetworkServiceTypesResult
    from ..models.get_port_forwarding_attachable_vm_nics_result import (
        GetPortForwardingAttachableVmNicsResult,
    )
    from ..models.get_v_router_flow_counter_result import GetVRouterFlowCounterResult
    from ..models.get_vip_available_port_result import GetVipAvailablePortResult
    from ..models.get_vip_qos_result import GetVipQosResult
    from ..models.get_vip_used_ports_result import GetVipUsedPortsResult
    from ..models.get_vm_nic_attachable_eips_result import GetVmNicAttachableEipsResult
    from ..models.ipsec_connection_inventory import IPsecConnectionInventory
    from ..models.load_balancer_inventory import LoadBalancerInventory
    from ..models.load_balancer_listener_inventory import LoadBalancerListenerInventory
    from ..models.load_balancer_server_group_inventory import LoadBalancerServerGroupInventory
    from ..models.mirror_network_used_ip_inventory import MirrorNetworkUsedIpInventory
    from ..models.network_router_flow_meter_ref_inventory import NetworkRouterFlowMeterRefInventory
    from ..models.network_service_l3_network_ref_inventory import (
        NetworkServiceL3NetworkRefInventory,
    )
    from ..models.network_service_provider_inventory import NetworkServiceProviderInventory
    from ..models.port_forwarding_rule_inventory import PortForwardingRuleInventory
    from ..models.port_mirror_inventory import PortMirrorInventory
    from ..models.port_mirror_session_inventory import PortMirrorSessionInventory
    from ..models.provision_slb_instance_result import ProvisionSlbInstanceResult
    from ..models.query_access_control_list_result import QueryAccessControlListResult
    from ..models.query_certificate_result import QueryCertificateResult
    from ..models.query_eip_result import QueryEipResult
    from ..models.query_firewall_ip_set_template_result import QueryFirewallIpSetTemplateResult
    from ..models.query_firewall_rule_result import QueryFirewallRuleResult
    from ..models.query_firewall_rule_set_l3_ref_result import QueryFirewallRuleSetL3RefResult
    from ..models.query_firewall_rule_set_result import QueryFirewallRuleSetResult
    from ..models.query_firewall_rule_template_result import QueryFirewallRuleTemplateResult
    from ..models.query_flow_collector_result import QueryFlowCollectorResult
    from ..models.query_flow_meter_result import QueryFlowMeterResult
    from ..models.query_ip_sec_connection_result import QueryIPSecConnectionResult
    from ..models.query_load_balancer_listener_result import QueryLoadBalancerListenerResult
    from ..models.query_load_balancer_result import QueryLoadBalancerResult
    from ..models.query_load_balancer_server_group_result import QueryLoadBalancerServerGroupResult
    from ..models.query_network_service_l3_network_ref_result import (
        QueryNetworkServiceL3NetworkRefResult,
    )
    from ..models.query_network_service_provider_result import QueryNetworkServiceProviderResult
    from ..models.query_port_forwarding_rule_result import QueryPortForwardingRuleResult
    from ..models.query_port_mirror_network_used_ip_result import QueryPortMirrorNetworkUsedIpResult
    from ..models.query_port_mirror_result import QueryPortMirrorResult
    from ..models.query_port_mirror_session_result import QueryPortMirrorSessionResult
    from ..models.query_security_group_result import QuerySecurityGroupResult
    from ..models.query_security_group_rule_result import QuerySecurityGroupRuleResult
    from ..models.query_slb_group_result import QuerySlbGroupResult
    from ..models.query_slb_offering_result import QuerySlbOfferingResult
    from ..models.query_slb_vm_instance_result import QuerySlbVmInstanceResult
    from ..models.query_v_router_flow_meter_network_result import QueryVRouterFlowMeterNetworkResult
    from ..models.query_vip_result import QueryVipResult
    from ..models.query_vm_nic_in_security_group_result import QueryVmNicInSecurityGroupResult
    from ..models.query_vm_nic_security_policy_result import QueryVmNicSecurityPolicyResult
    from ..models.query_vpc_firewall_result import QueryVpcFirewallResult
    from ..models.query_vpc_firewall_v_router_ref_result import QueryVpcFirewallVRouterRefResult
    from ..models.query_vpc_shared_qos_result import QueryVpcSharedQosResult
    from ..models.reconnect_ipsec_connection_result import ReconnectIPsecConnectionResult
    from ..models.refresh_firewall_result import RefreshFirewallResult
    from ..models.refresh_load_balancer_result import RefreshLoadBalancerResult
    from ..models.remove_access_control_list_entry_result import RemoveAccessControlListEntryResult
    from ..models.remove_access_control_list_from_load_balancer_result import (
        RemoveAccessControlListFromLoadBalancerResult,
    )
    from ..models.remove_backend_server_from_server_group_result import (
        RemoveBackendServerFromServerGroupResult,
    )
    from ..models.remove_certificate_from_load_balancer_listener_result import (
        RemoveCertificateFromLoadBalancerListenerResult,
    )
    from ..models.remove_remote_cidrs_from_ipsec_connection_result import (
        RemoveRemoteCidrsFromIPsecConnectionResult,
    )
    from ..models.remove_server_group_from_load_balancer_listener_result import (
        RemoveServerGroupFromLoadBalancerListenerResult,
    )
    from ..models.remove_v_router_networks_from_flow_meter_result import (
        RemoveVRouterNetworksFromFlowMeterResult,
    )
    from ..models.remove_vm_nic_from_load_balancer_result import RemoveVmNicFromLoadBalancerResult
    from ..models.security_group_inventory import SecurityGroupInventory
    from ..models.security_group_rule_inventory import SecurityGroupRuleInventory
    from ..models.set_flow_meter_router_id_result import SetFlowMeterRouterIdResult
    from ..models.set_vip_qos_result import SetVipQosResult
    from ..models.set_vm_nic_security_group_result import SetVmNicSecurityGroupResult
    from ..models.slb_group_inventory import SlbGroupInventory
    from ..models.slb_offering_inventory import SlbOfferingInventory
    from ..models.slb_vm_instance_inventory import SlbVmInstanceInventory
    from ..models.update_certificate_result import UpdateCertificateResult
    from ..models.update_eip_result import UpdateEipResult
    from ..models.update_firewall_ip_set_template_result import UpdateFirewallIpSetTemplateResult
    from ..models.update_firewall_rule_result import UpdateFirewallRuleResult
    from ..models.update_firewall_rule_set_result import UpdateFirewallRuleSetResult
    from ..models.update_firewall_rule_template_result import UpdateFirewallRuleTemplateResult
    from ..models.update_flow_collector_result import UpdateFlowCollectorResult
    from ..models.update_flow_meter_result import UpdateFlowMeterResult
    from ..models.update_ipsec_connection_result import UpdateIPsecConnectionResult
    from ..models.update_load_balancer_listener_result import UpdateLoadBalancerListenerResult
    from ..models.update_load_balancer_result import UpdateLoadBalancerResult
    from ..models.update_load_balancer_server_group_result import (
        UpdateLoadBalancerServerGroupResult,
    )
    from ..models.update_port_forwarding_rule_result import UpdatePortForwardingRuleResult
    from ..models.update_port_mirror_result import UpdatePortMirrorResult
    from ..models.update_security_group_result import UpdateSecurityGroupResult
    from ..models.update_security_group_rule_priority_result import (
        UpdateSecurityGroupRulePriorityResult,
    )
    from ..models.update_slb_group_result import UpdateSlbGroupResult
    from ..models.update_vip_result import UpdateVipResult
    from ..models.update_vpc_firewall_result import UpdateVpcFirewallResult
    from ..models.update_vpc_shared_qos_result import UpdateVpcSharedQosResult
    from ..models.validate_security_group_rule_result import ValidateSecurityGroupRuleResult
    from ..models.vip_inventory import VipInventory
    from ..models.vm_nic_security_group_ref_inventory import VmNicSecurityGroupRefInventory
    from ..models.vm_nic_security_policy_inventory import VmNicSecurityPolicyInventory
    from ..models.vpc_firewall_inventory import VpcFirewallInventory
    from ..models.vpc_firewall_rule_inventory import VpcFirewallRuleInventory
    from ..models.vpc_firewall_rule_set_inventory import VpcFirewallRuleSetInventory
    from ..models.vpc_firewall_rule_set_l3_ref_inventory import VpcFirewallRuleSetL3RefInventory
    from ..models.vpc_firewall_v_router_ref_inventory import VpcFirewallVRouterRefInventory

__all__ = ["AsyncNetworkServicesApi", "NetworkServicesApi"]


ADD_ACCESS_CONTROL_LIST_ENTRY: Api[AddAccessControlListEntryResult] = Api(
    "AddAccessControlListEntry",
    "POST",
    "/access-control-lists/{aclUuid}/ipentries",
    params=(
        ("aclUuid", "path", "3.9.0"),
        ("description", "body", "3.9.0"),
        ("entries", "body", "3.9.0"),
        ("resourceUuid", "body", "3.9.0"),
        ("tagUuids", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    body_key="params",
    since="3.9.0",
    result=".models.add_access_control_list_entry_result:AddAccessControlListEntryResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("entries", "entries", "maxLength", 2048),
    ),
)

ADD_ACCESS_CONTROL_LIST_REDIRECT_RULE: Api[AddAccessControlListRedirectRuleResult] = Api(
    "AddAccessControlListRedirectRule",
    "POST",
    "/access-control-lists/{aclUuid}/redirectRules",
    params=(
        ("aclUuid", "path", "4.1.3"),
        ("description", "body", "4.1.3"),
        ("domain", "body", "4.1.3"),
        ("name", "body", "4.1.3"),
        ("redirectPort", "body", "5.5.0"),
        ("resourceUuid", "body", "4.1.3"),
        ("tagUuids", "body", "4.1.3"),
        ("url", "body", "4.1.3"),
        ("systemTags", "root", "4.1.3"),
        ("userTags", "root", "4.1.3"),
    ),
    body_key="params",
    since="4.1.3",
    result=".models.add_access_control_list_redirect_rule_result:AddAccessControlListRedirectRuleResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("domain", "domain", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 80),
    ),
)

ADD_ACCESS_CONTROL_LIST_TO_LOAD_BALANCER: Api[AddAccessControlListToLoadBalancerResult] = Api(
    "AddAccessControlListToLoadBalancer",
    "POST",
    "/load-balancers/listeners/{listenerUuid}/access-control-lists",
    params=(
        ("listenerUuid", "path", "3.9.0"),
        ("aclType", "body", "4.1.0"),
        ("aclUuids", "body", "3.9.0"),
        ("serverGroupUuids", "body", "4.1.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    body_key="params",
    since="3.9.0",
    result=".models.add_access_control_list_to_load_balancer_result:AddAccessControlListToLoadBalancerResult",
    checks=(
        ("aclType", "acl_type", "enum", ("white", "black", "redirect")),
        ("aclUuids", "acl_uuids", "minItems", 1),
    ),
)

ADD_BACKEND_SERVER_TO_SERVER_GROUP: Api[AddBackendServerToServerGroupResult] = Api(
    "AddBackendServerToServerGroup",
    "POST",
    "/load-balancers/servergroups/{serverGroupUuid}/backendservers",
    params=(
        ("serverGroupUuid", "path", "4.0.0"),
        ("servers", "body", "4.0.0"),
        ("vmNics", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    body_key="params",
    since="4.0.0",
    result=".models.add_backend_server_to_server_group_result:AddBackendServerToServerGroupResult",
    checks=(("serverGroupUuid", "server_group_uuid", "minLength", 1),),
)

ADD_CERTIFICATE_TO_LOAD_BALANCER_LISTENER: Api[AddCertificateToLoadBalancerListenerResult] = Api(
    "AddCertificateToLoadBalancerListener",
    "POST",
    "/load-balancers/listeners/{listenerUuid}/certificate",
    params=(
        ("listenerUuid", "path", "2.3.2"),
        ("certificateUuid", "body", "2.3.2"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_certificate_to_load_balancer_listener_result:AddCertificateToLoadBalancerListenerResult",
    checks=(("certificateUuid", "certificate_uuid", "minLength", 1),),
)

ADD_REMOTE_CIDRS_TO_IPSEC_CONNECTION: Api[AddRemoteCidrsToIPsecConnectionResult] = Api(
    "AddRemoteCidrsToIPsecConnection",
    "POST",
    "/ipsec/{uuid}/remote-cidrs",
    params=(
        ("uuid", "path", "2.3"),
        ("peerCidrs", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.add_remote_cidrs_to_ipsec_connection_result:AddRemoteCidrsToIPsecConnectionResult",
    checks=(("peerCidrs", "peer_cidrs", "minItems", 1),),
)

ADD_SECURITY_GROUP_RULE: Api[AddSecurityGroupRuleResult] = Api(
    "AddSecurityGroupRule",
    "POST",
    "/security-groups/{securityGroupUuid}/rules",
    params=(
        ("securityGroupUuid", "path", "0.6"),
        ("priority", "body", "4.7.21"),
        ("remoteSecurityGroupUuids", "body", "2.1"),
        ("rules", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_security_group_rule_result:AddSecurityGroupRuleResult",
    checks=(
        ("securityGroupUuid", "security_group_uuid", "minLength", 1),
        ("remoteSecurityGroupUuids", "remote_security_group_uuids", "minItems", 1),
        ("rules", "rules", "minItems", 1),
    ),
)

ADD_SERVER_GROUP_TO_LOAD_BALANCER_LISTENER: Api[AddServerGroupToLoadBalancerListenerResult] = Api(
    "AddServerGroupToLoadBalancerListener",
    "POST",
    "/load-balancers/listeners/{listenerUuid}/servergroups",
    params=(
        ("listenerUuid", "path", "4.0.0"),
        ("serverGroupUuid", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    body_key="params",
    since="4.0.0",
    result=".models.add_server_group_to_load_balancer_listener_result:AddServerGroupToLoadBalancerListenerResult",
    checks=(("serverGroupUuid", "server_group_uuid", "minLength", 1),),
)

ADD_V_ROUTER_NETWORKS_TO_FLOW_METER: Api[AddVRouterNetworksToFlowMeterResult] = Api(
    "AddVRouterNetworksToFlowMeter",
    "POST",
    "/flowmeters/{flowMeterUuid}/router/{vRouterUuid}/addnetworks",
    params=(
        ("flowMeterUuid", "path", "3.6.0"),
        ("vRouterUuid", "path", "3.6.0"),
        ("l3NetworkUuids", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.add_v_router_networks_to_flow_meter_result:AddVRouterNetworksToFlowMeterResult",
    checks=(
        ("flowMeterUuid", "flow_meter_uuid", "minLength", 1),
        ("vRouterUuid", "v_router_uuid", "minLength", 1),
        ("l3NetworkUuids", "l3_network_uuids", "minItems", 1),
    ),
)

ADD_VM_NIC_TO_LOAD_BALANCER: Api[AddVmNicToLoadBalancerResult] = Api(
    "AddVmNicToLoadBalancer",
    "POST",
    "/load-balancers/listeners/{listenerUuid}/vm-instances/nics",
    params=(
        ("listenerUuid", "path", "0.6"),
        ("vmNicUuids", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_vm_nic_to_load_balancer_result:AddVmNicToLoadBalancerResult",
    checks=(("vmNicUuids", "vm_nic_uuids", "minItems", 1),),
)

ADD_VM_NIC_TO_SECURITY_GROUP: Api[AddVmNicToSecurityGroupResult] = Api(
    "AddVmNicToSecurityGroup",
    "POST",
    "/security-groups/{securityGroupUuid}/vm-instances/nics",
    params=(
        ("securityGroupUuid", "path", "0.6"),
        ("vmNicUuids", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_vm_nic_to_security_group_result:AddVmNicToSecurityGroupResult",
    checks=(("vmNicUuids", "vm_nic_uuids", "minItems", 1),),
)

APPLY_RULE_SET_CHANGES: Api[ApplyRuleSetChangesResult] = Api(
    "ApplyRuleSetChanges",
    "PUT",
    "/vpcfirewalls/ruleSets/apply/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    body_key="applyRuleSetChanges",
    since="4.0.0",
    result=".models.apply_rule_set_changes_result:ApplyRuleSetChangesResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

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
    body_key="params",
    since="0.6",
    result=".models.attach_eip_result:AttachEipResult",
)

ATTACH_FIREWALL_RULE_SET_TO_L3: Api[AttachFirewallRuleSetToL3Result] = Api(
    "AttachFirewallRuleSetToL3",
    "POST",
    "/vpcfirewalls/ruleSets/{ruleSetUuid}/l3networks/{l3Uuid}",
    params=(
        ("ruleSetUuid", "path", "3.6.0"),
        ("l3Uuid", "path", "3.6.0"),
        ("forward", "body", "3.6.0"),
        ("vpcFirewallUuid", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.attach_firewall_rule_set_to_l3_result:AttachFirewallRuleSetToL3Result",
    checks=(
        ("ruleSetUuid", "rule_set_uuid", "minLength", 1),
        ("l3Uuid", "l3_uuid", "minLength", 1),
        ("forward", "forward", "enum", ("in", "out")),
        ("vpcFirewallUuid", "vpc_firewall_uuid", "minLength", 1),
    ),
)

ATTACH_L3_NETWORKS_TO_IPSEC_CONNECTION: Api[AttachL3NetworksToIPsecConnectionResult] = Api(
    "AttachL3NetworksToIPsecConnection",
    "POST",
    "/ipsec/{uuid}/l3networks",
    params=(
        ("uuid", "path", "2.3"),
        ("l3NetworkUuids", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.attach_l3_networks_to_ipsec_connection_result:AttachL3NetworksToIPsecConnectionResult",
)

ATTACH_NETWORK_SERVICE_TO_L3_NETWORK: Api[AttachNetworkServiceToL3NetworkResult] = Api(
    "AttachNetworkServiceToL3Network",
    "POST",
    "/l3-networks/{l3NetworkUuid}/network-services",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("networkServices", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.attach_network_service_to_l3_network_result:AttachNetworkServiceToL3NetworkResult",
)

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
    body_key="params",
    since="0.6",
    result=".models.attach_port_forwarding_rule_result:AttachPortForwardingRuleResult",
)

ATTACH_SECURITY_GROUP_TO_L3_NETWORK: Api[AttachSecurityGroupToL3NetworkResult] = Api(
    "AttachSecurityGroupToL3Network",
    "POST",
    "/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}",
    params=(
        ("securityGroupUuid", "path", "0.6"),
        ("l3NetworkUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.attach_security_group_to_l3_network_result:AttachSecurityGroupToL3NetworkResult",
)

ATTACH_VIP_TO_LOAD_BALANCER: Api[AttachVipToLoadBalancerResult] = Api(
    "AttachVipToLoadBalancer",
    "POST",
    "/load-balancers/{loadBalancerUuid}/vip/{vipUuid}",
    params=(
        ("loadBalancerUuid", "path", None),
        ("vipUuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="params",
    since=None,
    result=".models.attach_vip_to_load_balancer_result:AttachVipToLoadBalancerResult",
    checks=(("vipUuid", "vip_uuid", "minLength", 1),),
)

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
    body_key="params",
    since=None,
    result=".models.attach_vip_to_vpc_shared_qos_result:AttachVipToVpcSharedQosResult",
    checks=(
        ("vipLists", "vip_lists", "minItems", 1),
        ("vipUuids", "vip_uuids", "minItems", 1),
    ),
)

CHANGE_ACCESS_CONTROL_LIST_REDIRECT_RULE: Api[ChangeAccessControlListRedirectRuleResult] = Api(
    "ChangeAccessControlListRedirectRule",
    "PUT",
    "/access-control-lists/redirectRules/{uuid}/actions",
    params=(
        ("uuid", "path", "4.1.0"),
        ("name", "body", "4.1.0"),
        ("systemTags", "root", "4.1.0"),
        ("userTags", "root", "4.1.0"),
    ),
    body_key="changeAccessControlListRedirectRule",
    since="4.1.0",
    result=".models.change_access_control_list_redirect_rule_result:ChangeAccessControlListRedirectRuleResult",
    checks=(("name", "name", "maxLength", 255),),
)

CHANGE_ACCESS_CONTROL_LIST_SERVER_GROUP: Api[ChangeAccessControlListServerGroupResult] = Api(
    "ChangeAccessControlListServerGroup",
    "PUT",
    "/load-balancers/listener/acl/{aclUuid}/servergroup/actions",
    params=(
        ("aclUuid", "path", "4.1.0"),
        ("listenerUuid", "body", "4.1.0"),
        ("serverGroupUuids", "body", "4.1.0"),
        ("systemTags", "root", "4.1.0"),
        ("userTags", "root", "4.1.0"),
    ),
    body_key="changeAccessControlListServerGroup",
    since="4.1.0",
    result=".models.change_access_control_list_server_group_result:ChangeAccessControlListServerGroupResult",
    checks=(("serverGroupUuids", "server_group_uuids", "minItems", 1),),
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
    body_key="changeEipState",
    since="0.6",
    result=".models.change_eip_state_result:ChangeEipStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_FIREWALL_RULE_STATE: Api[ChangeFirewallRuleStateResult] = Api(
    "ChangeFirewallRuleState",
    "PUT",
    "/vpcfirewalls/rules/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("state", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="changeFirewallRuleState",
    since="3.6.0",
    result=".models.change_firewall_rule_state_result:ChangeFirewallRuleStateResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("state", "state", "enum", ("enable", "disable")),
    ),
)

CHANGE_IP_SEC_CONNECTION_STATE: Api[ChangeIPSecConnectionStateResult] = Api(
    "ChangeIPSecConnectionState",
    "PUT",
    "/ipsec/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("stateEvent", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="changeIPSecConnectionState",
    since="2.3",
    result=".models.change_ip_sec_connection_state_result:ChangeIPSecConnectionStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_IPSEC_CONNECTION: Api[ChangeIPsecConnectionResult] = Api(
    "ChangeIPsecConnection",
    "PUT",
    "/ipsec/config/{uuid}",
    params=(
        ("uuid", "path", "4.5.0"),
        ("authKey", "body", "4.5.0"),
        ("authMode", "body", "4.5.0"),
        ("idType", "body", "4.5.0"),
        ("ikeAuthAlgorithm", "body", "4.5.0"),
        ("ikeDhGroup", "body", "4.5.0"),
        ("ikeEncryptionAlgorithm", "body", "4.5.0"),
        ("ikeLifeTime", "body", "4.5.0"),
        ("ikeVersion", "body", "4.5.0"),
        ("lifeTime", "body", "4.5.0"),
        ("localId", "body", "4.5.0"),
        ("peerAddress", "body", "4.5.0"),
        ("pfs", "body", "4.5.0"),
        ("policyAuthAlgorithm", "body", "4.5.0"),
        ("policyEncryptionAlgorithm", "body", "4.5.0"),
        ("policyMode", "body", "4.5.0"),
        ("remoteId", "body", "4.5.0"),
        ("transformProtocol", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    body_key="changeIPsecConnection",
    since="4.5.0",
    result=".models.change_ipsec_connection_result:ChangeIPsecConnectionResult",
    checks=(
        ("authMode", "auth_mode", "maxLength", 255),
        ("authMode", "auth_mode", "enum", ("psk", "certs")),
        ("idType", "id_type", "maxLength", 32),
        ("idType", "id_type", "enum", ("ip", "name", "fqdn")),
        ("ikeAuthAlgorithm", "ike_auth_algorithm", "maxLength", 32),
        (
            "ikeAuthAlgorithm",
            "ike_auth_algorithm",
            "enum",
            ("md5", "sha1", "sha256", "sha384", "sha512"),
        ),
        ("ikeEncryptionAlgorithm", "ike_encryption_algorithm", "maxLength", 32),
        (
            "ikeEncryptionAlgorithm",
            "ike_encryption_algorithm",
            "enum",
            ("3des", "aes-128", "aes-192", "aes-256"),
        ),
        ("ikeLifeTime", "ike_life_time", "minimum", 60),
        ("ikeLifeTime", "ike_life_time", "maximum", 604800),
        ("ikeVersion", "ike_version", "maxLength", 32),
        ("ikeVersion", "ike_version", "enum", ("ike", "ikev1", "ikev2")),
        ("lifeTime", "life_time", "minimum", 30),
        ("lifeTime", "life_time", "maximum", 604800),
        ("localId", "local_id", "maxLength", 255),
        ("peerAddress", "peer_address", "maxLength", 255),
        ("pfs", "pfs", "maxLength", 32),
        (
            "pfs",
            "pfs",
            "enum",
            (
                "none",
                "dh-group2",
                "dh-group5",
                "dh-group14",
                "dh-group15",
                "dh-group16",
                "dh-group17",
                "dh-group18",
                "dh-group19",
                "dh-group20",
                "dh-group21",
                "dh-group22",
                "dh-group23",
                "dh-group24",
                "dh-group25",
                "dh-group26",
            ),
        ),
        ("policyAuthAlgorithm", "policy_auth_algorithm", "maxLength", 32),
        (
            "policyAuthAlgorithm",
            "policy_auth_algorithm",
            "enum",
            ("md5", "sha1", "sha256", "sha384", "sha512"),
        ),
        ("policyEncryptionAlgorithm", "policy_encryption_algorithm", "maxLength", 32),
        (
            "policyEncryptionAlgorithm",
            "policy_encryption_algorithm",
            "enum",
            ("3des", "aes-128", "aes-192", "aes-256"),
        ),
        ("policyMode", "policy_mode", "maxLength", 32),
        ("policyMode", "policy_mode", "enum", ("tunnel", "transport")),
        ("remoteId", "remote_id", "maxLength", 255),
        ("transformProtocol", "transform_protocol", "maxLength", 32),
        ("transformProtocol", "transform_protocol", "enum", ("esp", "ah", "ah-esp")),
    ),
)

CHANGE_LOAD_BALANCER_BACKEND_SERVER: Api[ChangeLoadBalancerBackendServerResult] = Api(
    "ChangeLoadBalancerBackendServer",
    "PUT",
    "/load-balancers/servergroups/{serverGroupUuid}/backendserver/actions",
    params=(
        ("serverGroupUuid", "path", "4.0.0"),
        ("servers", "body", "4.0.0"),
        ("vmNics", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    body_key="changeLoadBalancerBackendServer",
    since="4.0.0",
    result=".models.change_load_balancer_backend_server_result:ChangeLoadBalancerBackendServerResult",
    checks=(("serverGroupUuid", "server_group_uuid", "minLength", 1),),
)

CHANGE_LOAD_BALANCER_LISTENER: Api[ChangeLoadBalancerListenerResult] = Api(
    "ChangeLoadBalancerListener",
    "PUT",
    "/load-balancers/listeners/{uuid}/actions",
    params=(
        ("uuid", "path", "3.4.0"),
        ("aclStatus", "body", "3.9.0"),
        ("balancerAlgorithm", "body", "4.6.0"),
        ("connectionIdleTimeout", "body", "4.6.0"),
        ("cookieName", "body", "4.6.0"),
        ("healthCheckHttpCode", "body", "3.9.0"),
        ("healthCheckInterval", "body", "4.6.0"),
        ("healthCheckMethod", "body", "3.9.0"),
        ("healthCheckProtocol", "body", "3.9.0"),
        ("healthCheckTarget", "body", "4.6.0"),
        ("healthCheckURI", "body", "3.9.0"),
        ("healthyThreshold", "body", "4.6.0"),
        ("httpCompressAlgos", "body", "5.0.0"),
        ("httpMode", "body", "4.1.0"),
        ("httpRedirectHttps", "body", "4.7.21"),
        ("httpVersions", "body", "5.0.0"),
        ("maxConnection", "body", "4.6.0"),
        ("nbprocess", "body", "4.1.0"),
        ("redirectPort", "body", "4.7.21"),
        ("securityPolicyType", "body", "4.1.0"),
        ("sessionIdleTimeout", "body", "4.6.0"),
        ("sessionPersistence", "body", "4.6.0"),
        ("statusCode", "body", "4.7.21"),
        ("tcpProxyProtocol", "body", "5.0.0"),
        ("unhealthyThreshold", "body", "4.6.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    body_key="changeLoadBalancerListener",
    since="3.4.0",
    result=".models.change_load_balancer_listener_result:ChangeLoadBalancerListenerResult",
    checks=(
        ("aclStatus", "acl_status", "enum", ("enable", "disable")),
        (
            "balancerAlgorithm",
            "balancer_algorithm",
            "enum",
            ("weightroundrobin", "roundrobin", "leastconn", "source"),
        ),
        ("connectionIdleTimeout", "connection_idle_timeout", "minimum", 0),
        ("connectionIdleTimeout", "connection_idle_timeout", "maximum", 2147483647),
        ("cookieName", "cookie_name", "maxLength", 20),
        ("cookieName", "cookie_name", "pattern", "^(?:[A-Za-z0-9_-]+)$"),
        ("healthCheckHttpCode", "health_check_http_code", "maxLength", 80),
        ("healthCheckInterval", "health_check_interval", "minimum", 1),
        ("healthCheckInterval", "health_check_interval", "maximum", 2147483647),
        ("healthCheckMethod", "health_check_method", "enum", ("GET", "HEAD")),
        ("healthCheckProtocol", "health_check_protocol", "enum", ("tcp", "udp", "http")),
        ("healthCheckURI", "health_check_uri", "maxLength", 80),
        ("healthCheckURI", "health_check_uri", "pattern", "^(?:^/[A-Za-z0-9-/.%?#&]*)$"),
        ("healthyThreshold", "healthy_threshold", "minimum", 1),
        ("healthyThreshold", "healthy_threshold", "maximum", 2147483647),
        (
            "httpMode",
            "http_mode",
            "enum",
            ("http-keep-alive", "http-server-close", "http-tunnel", "httpclose", "forceclose"),
        ),
        ("httpRedirectHttps", "http_redirect_https", "enum", ("disable", "enable")),
        ("maxConnection", "max_connection", "minimum", 0),
        ("maxConnection", "max_connection", "maximum", 10000000),
        ("nbprocess", "nbprocess", "minimum", 1),
        ("nbprocess", "nbprocess", "maximum", 64),
        ("redirectPort", "redirect_port", "minimum", 1),
        ("redirectPort", "redirect_port", "maximum", 65535),
        (
            "securityPolicyType",
            "security_policy_type",
            "enum",
            (
                "tls_cipher_policy_default",
                "tls_cipher_policy_1_0",
                "tls_cipher_policy_1_1",
                "tls_cipher_policy_1_2",
                "tls_cipher_policy_1_2_strict",
                "tls_cipher_policy_1_2_strict_with_1_3",
            ),
        ),
        ("sessionIdleTimeout", "session_idle_timeout", "minimum", 30),
        ("sessionIdleTimeout", "session_idle_timeout", "maximum", 3600),
        (
            "sessionPersistence",
            "session_persistence",
            "enum",
            ("disable", "iphash", "insert", "rewrite"),
        ),
        ("statusCode", "status_code", "enum", (301, 302, 303, 307, 308)),
        ("unhealthyThreshold", "unhealthy_threshold", "minimum", 1),
        ("unhealthyThreshold", "unhealthy_threshold", "maximum", 2147483647),
    ),
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
    body_key="changePortForwardingRuleState",
    since="0.6",
    result=".models.change_port_forwarding_rule_state_result:ChangePortForwardingRuleStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_PORT_MIRROR_STATE: Api[ChangePortMirrorStateResult] = Api(
    "ChangePortMirrorState",
    "PUT",
    "/port-mirrors/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("stateEvent", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="changePortMirrorState",
    since="3.7.0",
    result=".models.change_port_mirror_state_result:ChangePortMirrorStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_SECURITY_GROUP_RULE: Api[ChangeSecurityGroupRuleResult] = Api(
    "ChangeSecurityGroupRule",
    "PUT",
    "/security-groups/rules/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.21"),
        ("action", "body", "4.7.21"),
        ("description", "body", "4.7.21"),
        ("dstIpRange", "body", "4.7.21"),
        ("dstPortRange", "body", "4.7.21"),
        ("priority", "body", "4.7.21"),
        ("protocol", "body", "4.7.21"),
        ("remoteSecurityGroupUuid", "body", "4.7.21"),
        ("srcIpRange", "body", "4.7.21"),
        ("state", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    body_key="changeSecurityGroupRule",
    since="4.7.21",
    result=".models.change_security_group_rule_result:ChangeSecurityGroupRuleResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("action", "action", "minLength", 1),
        ("action", "action", "enum", ("DROP", "ACCEPT")),
        ("description", "description", "maxLength", 255),
        ("dstIpRange", "dst_ip_range", "maxLength", 1024),
        ("dstPortRange", "dst_port_range", "maxLength", 255),
        ("protocol", "protocol", "minLength", 1),
        ("protocol", "protocol", "enum", ("ALL", "TCP", "UDP", "ICMP")),
        ("srcIpRange", "src_ip_range", "maxLength", 1024),
        ("state", "state", "minLength", 1),
        ("state", "state", "enum", ("Enabled", "Disabled")),
    ),
)

CHANGE_SECURITY_GROUP_RULE_STATE: Api[ChangeSecurityGroupRuleStateResult] = Api(
    "ChangeSecurityGroupRuleState",
    "PUT",
    "/security-groups/{securityGroupUuid}/rules/state/actions",
    params=(
        ("securityGroupUuid", "path", "4.7.21"),
        ("ruleUuids", "body", "4.7.21"),
        ("state", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    body_key="changeSecurityGroupRuleState",
    since="4.7.21",
    result=".models.change_security_group_rule_state_result:ChangeSecurityGroupRuleStateResult",
    checks=(
        ("securityGroupUuid", "security_group_uuid", "minLength", 1),
        ("ruleUuids", "rule_uuids", "minItems", 1),
        ("state", "state", "enum", ("Enabled", "Disabled")),
    ),
)

CHANGE_SECURITY_GROUP_STATE: Api[ChangeSecurityGroupStateResult] = Api(
    "ChangeSecurityGroupState",
    "PUT",
    "/security-groups/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="changeSecurityGroupState",
    since="0.6",
    result=".models.change_security_group_state_result:ChangeSecurityGroupStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_SLB_GROUP_DEPLOY_TYPE: Api[ChangeSlbGroupDeployTypeResult] = Api(
    "ChangeSlbGroupDeployType",
    "PUT",
    "/load-balancers/slb/groups/{slbGroupUuid}/deployType",
    params=(
        ("slbGroupUuid", "path", "5.1.0"),
        ("deployType", "body", "5.1.0"),
        ("systemTags", "root", "5.1.0"),
        ("userTags", "root", "5.1.0"),
    ),
    body_key="changeSlbGroupDeployType",
    since="5.1.0",
    result=".models.change_slb_group_deploy_type_result:ChangeSlbGroupDeployTypeResult",
    checks=(("deployType", "deploy_type", "minLength", 1),),
)

CHANGE_SLB_GROUP_MONITOR_IPS: Api[ChangeSlbGroupMonitorIpsResult] = Api(
    "ChangeSlbGroupMonitorIps",
    "PUT",
    "/load-balancers/slb/groups/{slbGroupUuid}/monitorIps",
    params=(
        ("slbGroupUuid", "path", "5.1.0"),
        ("deployType", "body", "5.1.0"),
        ("monitorIps", "body", None),
        ("systemTags", "root", "5.1.0"),
        ("userTags", "root", "5.1.0"),
    ),
    body_key="changeSlbGroupMonitorIps",
    since="5.1.0",
    result=".models.change_slb_group_monitor_ips_result:ChangeSlbGroupMonitorIpsResult",
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
    body_key="params",
    since=None,
    result=".models.change_vpc_shared_qos_bandwidth_result:ChangeVpcSharedQosBandwidthResult",
    checks=(
        ("bandwidth", "bandwidth", "minimum", 131072),
        ("bandwidth", "bandwidth", "maximum", 32212254720),
    ),
)

CHECK_FIREWALL_RULE_CONFIG_FILE: Api[CheckFirewallRuleConfigFileResult] = Api(
    "CheckFirewallRuleConfigFile",
    "POST",
    "/vpcfirewalls/rules/from-file/check",
    params=(
        ("ruleInfo", "body", "4.4.0"),
        ("systemTags", "root", "4.4.0"),
        ("userTags", "root", "4.4.0"),
    ),
    body_key="params",
    since="4.4.0",
    result=".models.check_firewall_rule_config_file_result:CheckFirewallRuleConfigFileResult",
    checks=(("ruleInfo", "rule_info", "minLength", 1),),
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
    since="4.7.21",
    result=".models.check_vip_port_availability_result:CheckVipPortAvailabilityResult",
    checks=(
        ("protocolType", "protocol_type", "enum", ("TCP", "UDP")),
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
    ),
)

CREATE_ACCESS_CONTROL_LIST: Api[CreateAccessControlListResult] = Api(
    "CreateAccessControlList",
    "POST",
    "/access-control-lists",
    params=(
        ("description", "body", "3.9.0"),
        ("ipVersion", "body", "3.9.0"),
        ("name", "body", "3.9.0"),
        ("resourceUuid", "body", "3.9.0"),
        ("tagUuids", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    body_key="params",
    since="3.9.0",
    result=".models.create_access_control_list_result:CreateAccessControlListResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("ipVersion", "ip_version", "enum", (4, 6)),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_CERTIFICATE: Api[CreateCertificateResult] = Api(
    "CreateCertificate",
    "POST",
    "/certificates",
    params=(
        ("certificate", "body", "2.3.2"),
        ("description", "body", "2.3.2"),
        ("name", "body", "2.3.2"),
        ("resourceUuid", "body", "2.3.2"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.3.2"),
        ("userTags", "root", "2.3.2"),
    ),
    body_key="params",
    since="2.3.2",
    result=".models.create_certificate_result:CreateCertificateResult",
    checks=(
        ("certificate", "certificate", "maxLength", 60000),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
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
    body_key="params",
    since="0.6",
    result=".models.create_eip_result:CreateEipResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_FIREWALL_IP_SET_TEMPLATE: Api[CreateFirewallIpSetTemplateResult] = Api(
    "CreateFirewallIpSetTemplate",
    "POST",
    "/vpcfirewalls/ipset/templates",
    params=(
        ("destValue", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("sourceValue", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("type", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    body_key="params",
    since="4.0.0",
    result=".models.create_firewall_ip_set_template_result:CreateFirewallIpSetTemplateResult",
    checks=(
        ("destValue", "dest_value", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("sourceValue", "source_value", "maxLength", 2048),
        ("type", "type", "enum", ("ip", "port")),
    ),
)

CREATE_FIREWALL_RULE: Api[CreateFirewallRuleResult] = Api(
    "CreateFirewallRule",
    "POST",
    "/vpcfirewalls/rules",
    params=(
        ("action", "body", "3.6.0"),
        ("allowStates", "body", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("destIp", "body", "3.6.0"),
        ("destPort", "body", "3.6.0"),
        ("enableLog", "body", "3.6.0"),
        ("icmpTypeName", "body", "3.6.0"),
        ("protocol", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("ruleNumber", "body", "3.6.0"),
        ("ruleSetUuid", "body", "3.6.0"),
        ("sourceIp", "body", "3.6.0"),
        ("sourcePort", "body", "3.6.0"),
        ("state", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("tcpFlag", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.create_firewall_rule_result:CreateFirewallRuleResult",
    checks=(
        ("action", "action", "enum", ("drop", "reject", "accept")),
        ("description", "description", "maxLength", 2048),
        ("destIp", "dest_ip", "maxLength", 2048),
        ("ruleNumber", "rule_number", "minimum", 1001),
        ("ruleNumber", "rule_number", "maximum", 2999),
        ("ruleSetUuid", "rule_set_uuid", "minLength", 1),
        ("sourceIp", "source_ip", "maxLength", 2048),
        ("state", "state", "enum", ("enable", "disable")),
    ),
)

CREATE_FIREWALL_RULE_FROM_CONFIG_FILE: Api[CreateFirewallRuleFromConfigFileResult] = Api(
    "CreateFirewallRuleFromConfigFile",
    "POST",
    "/vpcfirewalls/rules/from-file",
    params=(
        ("resourceUuid", "body", "4.4.0"),
        ("ruleInfo", "body", "4.4.0"),
        ("tagUuids", "body", "4.4.0"),
        ("systemTags", "root", "4.4.0"),
        ("userTags", "root", "4.4.0"),
    ),
    body_key="params",
    since="4.4.0",
    result=".models.create_firewall_rule_from_config_file_result:CreateFirewallRuleFromConfigFileResult",
    checks=(("ruleInfo", "rule_info", "minLength", 1),),
)

CREATE_FIREWALL_RULE_SET: Api[CreateFirewallRuleSetResult] = Api(
    "CreateFirewallRuleSet",
    "POST",
    "/vpcfirewalls/ruleSets",
    params=(
        ("actionType", "body", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.create_firewall_rule_set_result:CreateFirewallRuleSetResult",
    checks=(("actionType", "action_type", "enum", ("drop", "accept", "reject")),),
)

CREATE_FIREWALL_RULE_TEMPLATE: Api[CreateFirewallRuleTemplateResult] = Api(
    "CreateFirewallRuleTemplate",
    "POST",
    "/vpcfirewalls/rules/template",
    params=(
        ("action", "body", "4.0.0"),
        ("allowStates", "body", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("destIp", "body", "4.0.0"),
        ("destPort", "body", "4.0.0"),
        ("enableLog", "body", "4.0.0"),
        ("icmpTypeName", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("protocol", "body", "4.0.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("ruleNumber", "body", "4.0.0"),
        ("sourceIp", "body", "4.0.0"),
        ("sourcePort", "body", "4.0.0"),
        ("state", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("tcpFlag", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    body_key="params",
    since="4.0.0",
    result=".models.create_firewall_rule_template_result:CreateFirewallRuleTemplateResult",
    checks=(
        ("action", "action", "enum", ("drop", "reject", "accept")),
        ("description", "description", "maxLength", 2048),
        ("destIp", "dest_ip", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("ruleNumber", "rule_number", "minimum", 1001),
        ("ruleNumber", "rule_number", "maximum", 2999),
        ("sourceIp", "source_ip", "maxLength", 2048),
        ("state", "state", "enum", ("enable", "disable")),
    ),
)

CREATE_FLOW_COLLECTOR: Api[CreateFlowCollectorResult] = Api(
    "CreateFlowCollector",
    "POST",
    "/flowmeters/{flowMeterUuid}/collectors",
    params=(
        ("flowMeterUuid", "path", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("port", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("server", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.create_flow_collector_result:CreateFlowCollectorResult",
    checks=(
        ("flowMeterUuid", "flow_meter_uuid", "minLength", 1),
        ("description", "description", "maxLength", 128),
        ("name", "name", "maxLength", 32),
        ("port", "port", "minimum", 1025),
        ("port", "port", "maximum", 65535),
        ("server", "server", "maxLength", 48),
    ),
)

CREATE_FLOW_METER: Api[CreateFlowMeterResult] = Api(
    "CreateFlowMeter",
    "POST",
    "/flowmeters",
    params=(
        ("description", "body", "3.6.0"),
        ("generateInterval", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("port", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("sample", "body", "3.6.0"),
        ("server", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("type", "body", "3.6.0"),
        ("version", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.create_flow_meter_result:CreateFlowMeterResult",
    checks=(
        ("description", "description", "maxLength", 128),
        ("generateInterval", "generate_interval", "minimum", 1),
        ("generateInterval", "generate_interval", "maximum", 3600),
        ("name", "name", "maxLength", 32),
        ("port", "port", "minimum", 1025),
        ("port", "port", "maximum", 65535),
        ("sample", "sample", "minimum", 1),
        ("sample", "sample", "maximum", 2147483647),
        ("server", "server", "maxLength", 48),
        ("type", "type", "enum", ("NetFlow", "sFlow")),
        ("version", "version", "enum", ("V5", "V9")),
    ),
)

CREATE_IPSEC_CONNECTION: Api[CreateIPsecConnectionResult] = Api(
    "CreateIPsecConnection",
    "POST",
    "/ipsec",
    params=(
        ("authKey", "body", "0.6"),
        ("authMode", "body", "0.6"),
        ("description", "body", "0.6"),
        ("idType", "body", "4.5.0"),
        ("ikeAuthAlgorithm", "body", "0.6"),
        ("ikeDhGroup", "body", "4.5.0"),
        ("ikeEncryptionAlgorithm", "body", "0.6"),
        ("ikeLifeTime", "body", "4.5.0"),
        ("ikeVersion", "body", "4.5.0"),
        ("l3NetworkUuid", "body", "2.3"),
        ("lifeTime", "body", "4.5.0"),
        ("localId", "body", "4.5.0"),
        ("name", "body", "0.6"),
        ("peerAddress", "body", "4.5.0"),
        ("peerCidrs", "body", "4.5.0"),
        ("pfs", "body", "4.5.0"),
        ("policyAuthAlgorithm", "body", "0.6"),
        ("policyEncryptionAlgorithm", "body", "0.6"),
        ("policyMode", "body", "4.5.0"),
        ("remoteId", "body", "4.5.0"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", "4.5.0"),
        ("transformProtocol", "body", "4.5.0"),
        ("vipUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_ipsec_connection_result:CreateIPsecConnectionResult",
    checks=(
        ("authMode", "auth_mode", "maxLength", 255),
        ("authMode", "auth_mode", "enum", ("psk", "certs")),
        ("description", "description", "maxLength", 2048),
        ("idType", "id_type", "maxLength", 32),
        ("idType", "id_type", "enum", ("ip", "name", "fqdn")),
        ("ikeAuthAlgorithm", "ike_auth_algorithm", "maxLength", 32),
        (
            "ikeAuthAlgorithm",
            "ike_auth_algorithm",
            "enum",
            ("md5", "sha1", "sha256", "sha384", "sha512"),
        ),
        ("ikeEncryptionAlgorithm", "ike_encryption_algorithm", "maxLength", 32),
        (
            "ikeEncryptionAlgorithm",
            "ike_encryption_algorithm",
            "enum",
            ("3des", "aes-128", "aes-192", "aes-256"),
        ),
        ("ikeLifeTime", "ike_life_time", "minimum", 60),
        ("ikeLifeTime", "ike_life_time", "maximum", 604800),
        ("ikeVersion", "ike_version", "maxLength", 32),
        ("ikeVersion", "ike_version", "enum", ("ike", "ikev1", "ikev2")),
        ("lifeTime", "life_time", "minimum", 30),
        ("lifeTime", "life_time", "maximum", 604800),
        ("localId", "local_id", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("peerAddress", "peer_address", "maxLength", 255),
        ("peerCidrs", "peer_cidrs", "minItems", 1),
        ("pfs", "pfs", "maxLength", 32),
        (
            "pfs",
            "pfs",
            "enum",
            (
                "none",
                "dh-group0",
                "dh-group2",
                "dh-group5",
                "dh-group14",
                "dh-group15",
                "dh-group16",
                "dh-group17",
                "dh-group18",
                "dh-group19",
                "dh-group20",
                "dh-group21",
                "dh-group22",
                "dh-group23",
                "dh-group24",
                "dh-group25",
                "dh-group26",
            ),
        ),
        ("policyAuthAlgorithm", "policy_auth_algorithm", "maxLength", 32),
        (
            "policyAuthAlgorithm",
            "policy_auth_algorithm",
            "enum",
            ("md5", "sha1", "sha256", "sha384", "sha512"),
        ),
        ("policyEncryptionAlgorithm", "policy_encryption_algorithm", "maxLength", 32),
        (
            "policyEncryptionAlgorithm",
            "policy_encryption_algorithm",
            "enum",
            ("3des", "aes-128", "aes-192", "aes-256"),
        ),
        ("policyMode", "policy_mode", "maxLength", 32),
        ("policyMode", "policy_mode", "enum", ("tunnel", "transport")),
        ("remoteId", "remote_id", "maxLength", 255),
        ("transformProtocol", "transform_protocol", "maxLength", 32),
        ("transformProtocol", "transform_protocol", "enum", ("esp", "ah", "ah-esp")),
    ),
)

CREATE_LOAD_BALANCER: Api[CreateLoadBalancerResult] = Api(
    "CreateLoadBalancer",
    "POST",
    "/load-balancers",
    params=(
        ("description", "body", "0.6"),
        ("ipv6VipUuid", "body", None),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("vipUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_load_balancer_result:CreateLoadBalancerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_LOAD_BALANCER_LISTENER: Api[CreateLoadBalancerListenerResult] = Api(
    "CreateLoadBalancerListener",
    "POST",
    "/load-balancers/{loadBalancerUuid}/listeners",
    params=(
        ("loadBalancerUuid", "path", "0.6"),
        ("aclStatus", "body", "3.9.0"),
        ("aclType", "body", "3.9.0"),
        ("aclUuids", "body", "3.9.0"),
        ("certificateUuid", "body", "2.3.2"),
        ("description", "body", "0.6"),
        ("healthCheckHttpCode", "body", "3.9.0"),
        ("healthCheckMethod", "body", "3.9.0"),
        ("healthCheckProtocol", "body", "3.9.0"),
        ("healthCheckURI", "body", "3.9.0"),
        ("httpCompressAlgos", "body", "5.0.0"),
        ("httpVersions", "body", "5.0.0"),
        ("instancePort", "body", "0.6"),
        ("loadBalancerPort", "body", "0.6"),
        ("name", "body", "0.6"),
        ("protocol", "body", "3.0.0"),
        ("resourceUuid", "body", "0.6"),
        ("securityPolicyType", "body", "5.0.0"),
        ("tagUuids", "body", "0.6"),
        ("tcpProxyProtocol", "body", "5.0.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_load_balancer_listener_result:CreateLoadBalancerListenerResult",
    checks=(
        ("aclStatus", "acl_status", "enum", ("enable", "disable")),
        ("aclType", "acl_type", "enum", ("white", "black")),
        ("description", "description", "maxLength", 2048),
        ("healthCheckHttpCode", "health_check_http_code", "maxLength", 80),
        ("healthCheckMethod", "health_check_method", "enum", ("GET", "HEAD")),
        ("healthCheckProtocol", "health_check_protocol", "enum", ("tcp", "udp", "http")),
        ("healthCheckURI", "health_check_uri", "maxLength", 80),
        ("healthCheckURI", "health_check_uri", "pattern", "^(?:^/[A-Za-z0-9-/.%?#&]*)$"),
        ("instancePort", "instance_port", "minimum", 1),
        ("instancePort", "instance_port", "maximum", 65535),
        ("loadBalancerPort", "load_balancer_port", "minimum", 1),
        ("loadBalancerPort", "load_balancer_port", "maximum", 65535),
        ("name", "name", "maxLength", 255),
        ("protocol", "protocol", "maxLength", 255),
        ("protocol", "protocol", "enum", ("udp", "tcp", "http", "https")),
        (
            "securityPolicyType",
            "security_policy_type",
            "enum",
            (
                "tls_cipher_policy_default",
                "tls_cipher_policy_1_0",
                "tls_cipher_policy_1_1",
                "tls_cipher_policy_1_2",
                "tls_cipher_policy_1_2_strict",
                "tls_cipher_policy_1_2_strict_with_1_3",
            ),
        ),
    ),
)

CREATE_LOAD_BALANCER_SERVER_GROUP: Api[CreateLoadBalancerServerGroupResult] = Api(
    "CreateLoadBalancerServerGroup",
    "POST",
    "/load-balancers/{loadBalancerUuid}/servergroups",
    params=(
        ("loadBalancerUuid", "path", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("ipVersion", "body", "5.1.0"),
        ("name", "body", "4.0.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    body_key="params",
    since="4.0.0",
    result=".models.create_load_balancer_server_group_result:CreateLoadBalancerServerGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
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

CREATE_PORT_MIRROR: Api[CreatePortMirrorResult] = Api(
    "CreatePortMirror",
    "POST",
    "/port-mirrors",
    params=(
        ("description", "body", "3.7.0"),
        ("mirrorNetworkUuid", "body", "3.7.0"),
        ("name", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("stateEvent", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="params",
    since="3.7.0",
    result=".models.create_port_mirror_result:CreatePortMirrorResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "maxLength", 128),
        ("stateEvent", "state_event", "enum", ("enable", "disable")),
    ),
)

CREATE_PORT_MIRROR_SESSION: Api[CreatePortMirrorSessionResult] = Api(
    "CreatePortMirrorSession",
    "POST",
    "/port-mirrors/sessions",
    params=(
        ("description", "body", "3.7.0"),
        ("dstEndPoint", "body", "3.7.0"),
        ("name", "body", "3.7.0"),
        ("portMirrorUuid", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("srcEndPoint", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("type", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="params",
    since="3.7.0",
    result=".models.create_port_mirror_session_result:CreatePortMirrorSessionResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("dstEndPoint", "dst_end_point", "minLength", 1),
        ("dstEndPoint", "dst_end_point", "maxLength", 32),
        ("name", "name", "maxLength", 128),
        ("type", "type", "enum", ("Ingress", "Egress", "Bidirection")),
    ),
)

CREATE_SECURITY_GROUP: Api[CreateSecurityGroupResult] = Api(
    "CreateSecurityGroup",
    "POST",
    "/security-groups",
    params=(
        ("description", "body", "0.6"),
        ("ipVersion", "body", "3.1.0"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_security_group_result:CreateSecurityGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("ipVersion", "ip_version", "enum", (4, 6)),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_SLB_GROUP: Api[CreateSlbGroupResult] = Api(
    "CreateSlbGroup",
    "POST",
    "/load-balancers/slb/groups",
    params=(
        ("backendL3NetworkUuids", "body", "4.0.0"),
        ("backendType", "body", "4.0.0"),
        ("deployType", "body", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("frontEndL3NetworkUuid", "body", "4.0.0"),
        ("monitorIps", "body", "5.1.0"),
        ("name", "body", "4.0.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("slbOfferingUuid", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    body_key="params",
    since="4.0.0",
    result=".models.create_slb_group_result:CreateSlbGroupResult",
    checks=(
        ("backendL3NetworkUuids", "backend_l3_network_uuids", "minItems", 1),
        ("backendType", "backend_type", "enum", ("VYOS",)),
        ("deployType", "deploy_type", "enum", ("NoHA", "HA")),
        ("description", "description", "maxLength", 2048),
        ("frontEndL3NetworkUuid", "front_end_l3_network_uuid", "minLength", 1),
        ("monitorIps", "monitor_ips", "minItems", 1),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_SLB_INSTANCE: Api[CreateSlbInstanceResult] = Api(
    "CreateSlbInstance",
    "POST",
    "/load-balancers/slb/instances",
    params=(
        ("clusterUuid", "body", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("hostUuid", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("primaryStorageUuidForRootVolume", "body", "5.5.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("rootVolumeSystemTags", "body", "5.5.0"),
        ("slbGroupUuid", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("zoneUuid", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    body_key="params",
    since="4.0.0",
    result=".models.create_slb_instance_result:CreateSlbInstanceResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_SLB_OFFERING: Api[CreateSlbOfferingResult] = Api(
    "CreateSlbOffering",
    "POST",
    "/instance-offerings/slb",
    params=(
        ("allocatorStrategy", "body", "4.0.0"),
        ("cpuNum", "body", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("imageUuid", "body", "4.0.0"),
        ("managementNetworkUuid", "body", "4.0.0"),
        ("memorySize", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("reservedMemorySize", "body", None),
        ("resourceUuid", "body", "4.0.0"),
        ("sortKey", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("type", "body", "4.0.0"),
        ("zoneUuid", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    body_key="params",
    since="4.0.0",
    result=".models.create_slb_offering_result:CreateSlbOfferingResult",
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
    body_key="params",
    since="0.6",
    result=".models.create_vip_result:CreateVipResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_VPC_FIREWALL: Api[CreateVpcFirewallResult] = Api(
    "CreateVpcFirewall",
    "POST",
    "/vpcfirewalls",
    params=(
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("tagUuids", "body", "3.6.0"),
        ("vpcUuid", "body", "4.0.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.create_vpc_firewall_result:CreateVpcFirewallResult",
    checks=(
        ("name", "name", "maxLength", 255),
        ("vpcUuid", "vpc_uuid", "minLength", 1),
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

DELETE_ACCESS_CONTROL_LIST: Api[DeleteAccessControlListResult] = Api(
    "DeleteAccessControlList",
    "DELETE",
    "/access-control-lists/{uuid}",
    params=(
        ("uuid", "path", "3.9.0"),
        ("deleteMode", "query", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    since="3.9.0",
    result=".models.delete_access_control_list_result:DeleteAccessControlListResult",
)

DELETE_CERTIFICATE: Api[DeleteCertificateResult] = Api(
    "DeleteCertificate",
    "DELETE",
    "/certificates/{uuid}",
    params=(
        ("uuid", "path", "2.3.2"),
        ("deleteMode", "query", "2.3.2"),
        ("systemTags", "query", "2.3.2"),
        ("userTags", "query", "2.3.2"),
    ),
    since="2.3.2",
    result=".models.delete_certificate_result:DeleteCertificateResult",
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
    since="0.6",
    result=".models.delete_eip_result:DeleteEipResult",
)

DELETE_FIREWALL: Api[DeleteFirewallResult] = Api(
    "DeleteFirewall",
    "DELETE",
    "/vpcfirewalls/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.delete_firewall_result:DeleteFirewallResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

DELETE_FIREWALL_IP_SET_TEMPLATE: Api[DeleteFirewallIpSetTemplateResult] = Api(
    "DeleteFirewallIpSetTemplate",
    "DELETE",
    "/vpcfirewalls/ipset/templates/{uuid}",
    params=(
        ("uuid", "path", "4.0.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    since="4.0.0",
    result=".models.delete_firewall_ip_set_template_result:DeleteFirewallIpSetTemplateResult",
    checks=(("uuid", "uuid", "maxLength", 32),),
)

DELETE_FIREWALL_RULE: Api[DeleteFirewallRuleResult] = Api(
    "DeleteFirewallRule",
    "DELETE",
    "/vpcfirewalls/rules/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.delete_firewall_rule_result:DeleteFirewallRuleResult",
    checks=(("uuid", "uuid", "maxLength", 32),),
)

DELETE_FIREWALL_RULE_SET: Api[DeleteFirewallRuleSetResult] = Api(
    "DeleteFirewallRuleSet",
    "DELETE",
    "/vpcfirewalls/ruleSets/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.delete_firewall_rule_set_result:DeleteFirewallRuleSetResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

DELETE_FIREWALL_RULE_TEMPLATE: Api[DeleteFirewallRuleTemplateResult] = Api(
    "DeleteFirewallRuleTemplate",
    "DELETE",
    "/vpcfirewalls/rules/templates/{uuid}",
    params=(
        ("uuid", "path", "4.0.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    since="4.0.0",
    result=".models.delete_firewall_rule_template_result:DeleteFirewallRuleTemplateResult",
    checks=(("uuid", "uuid", "maxLength", 32),),
)

DELETE_FLOW_COLLECTOR: Api[DeleteFlowCollectorResult] = Api(
    "DeleteFlowCollector",
    "DELETE",
    "/flowmeters/collectors/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.delete_flow_collector_result:DeleteFlowCollectorResult",
)

DELETE_FLOW_METER: Api[DeleteFlowMeterResult] = Api(
    "DeleteFlowMeter",
    "DELETE",
    "/flowmeters/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.delete_flow_meter_result:DeleteFlowMeterResult",
)

DELETE_IPSEC_CONNECTION: Api[DeleteIPsecConnectionResult] = Api(
    "DeleteIPsecConnection",
    "DELETE",
    "/ipsec/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "4.5.0"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_ipsec_connection_result:DeleteIPsecConnectionResult",
)

DELETE_LOAD_BALANCER: Api[DeleteLoadBalancerResult] = Api(
    "DeleteLoadBalancer",
    "DELETE",
    "/load-balancers/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_load_balancer_result:DeleteLoadBalancerResult",
)

DELETE_LOAD_BALANCER_LISTENER: Api[DeleteLoadBalancerListenerResult] = Api(
    "DeleteLoadBalancerListener",
    "DELETE",
    "/load-balancers/listeners/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_load_balancer_listener_result:DeleteLoadBalancerListenerResult",
)

DELETE_LOAD_BALANCER_SERVER_GROUP: Api[DeleteLoadBalancerServerGroupResult] = Api(
    "DeleteLoadBalancerServerGroup",
    "DELETE",
    "/load-balancers/servergroups/{uuid}",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    since="4.0.0",
    result=".models.delete_load_balancer_server_group_result:DeleteLoadBalancerServerGroupResult",
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
    since="0.6",
    result=".models.delete_port_forwarding_rule_result:DeletePortForwardingRuleResult",
)

DELETE_PORT_MIRROR: Api[DeletePortMirrorResult] = Api(
    "DeletePortMirror",
    "DELETE",
    "/port-mirrors/{uuid}",
    params=(
        ("uuid", "path", "3.7.0"),
        ("deleteMode", "query", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    since="3.7.0",
    result=".models.delete_port_mirror_result:DeletePortMirrorResult",
)

DELETE_PORT_MIRROR_SESSION: Api[DeletePortMirrorSessionResult] = Api(
    "DeletePortMirrorSession",
    "DELETE",
    "/port-mirrors/sessons/{uuid}",
    params=(
        ("uuid", "path", "3.7.0"),
        ("deleteMode", "query", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    since="3.7.0",
    result=".models.delete_port_mirror_session_result:DeletePortMirrorSessionResult",
)

DELETE_SECURITY_GROUP: Api[DeleteSecurityGroupResult] = Api(
    "DeleteSecurityGroup",
    "DELETE",
    "/security-groups/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_security_group_result:DeleteSecurityGroupResult",
)

DELETE_SECURITY_GROUP_RULE: Api[DeleteSecurityGroupRuleResult] = Api(
    "DeleteSecurityGroupRule",
    "DELETE",
    "/security-groups/rules",
    params=(
        ("ruleUuids", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_security_group_rule_result:DeleteSecurityGroupRuleResult",
    checks=(("ruleUuids", "rule_uuids", "minItems", 1),),
)

DELETE_SLB_GROUP: Api[DeleteSlbGroupResult] = Api(
    "DeleteSlbGroup",
    "DELETE",
    "/load-balancers/slb/group/{uuid}",
    params=(
        ("uuid", "path", "4.0.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    since="4.0.0",
    result=".models.delete_slb_group_result:DeleteSlbGroupResult",
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
    since="2.3",
    result=".models.delete_vip_qos_result:DeleteVipQosResult",
)

DELETE_VM_NIC_FROM_SECURITY_GROUP: Api[DeleteVmNicFromSecurityGroupResult] = Api(
    "DeleteVmNicFromSecurityGroup",
    "DELETE",
    "/security-groups/{securityGroupUuid}/vm-instances/nics",
    params=(
        ("securityGroupUuid", "path", "0.6"),
        ("vmNicUuids", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_vm_nic_from_security_group_result:DeleteVmNicFromSecurityGroupResult",
    checks=(("vmNicUuids", "vm_nic_uuids", "minItems", 1),),
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
    since=None,
    result=".models.delete_vpc_shared_qos_result:DeleteVpcSharedQosResult",
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
    since="0.6",
    result=".models.detach_eip_result:DetachEipResult",
)

DETACH_FIREWALL_RULE_SET_FROM_L3: Api[DetachFirewallRuleSetFromL3Result] = Api(
    "DetachFirewallRuleSetFromL3",
    "POST",
    "/vpcfirewalls/l3networks/{l3Uuid}/ruleSets/{ruleSetUuid}",
    params=(
        ("l3Uuid", "path", "4.0.0"),
        ("ruleSetUuid", "path", "4.0.0"),
        ("forward", "body", "4.0.0"),
        ("vpcFirewallUuid", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.detach_firewall_rule_set_from_l3_result:DetachFirewallRuleSetFromL3Result",
    checks=(
        ("l3Uuid", "l3_uuid", "minLength", 1),
        ("ruleSetUuid", "rule_set_uuid", "minLength", 1),
        ("forward", "forward", "enum", ("in", "out")),
        ("vpcFirewallUuid", "vpc_firewall_uuid", "minLength", 1),
    ),
)

DETACH_L3_NETWORKS_FROM_IPSEC_CONNECTION: Api[DetachL3NetworksFromIPsecConnectionResult] = Api(
    "DetachL3NetworksFromIPsecConnection",
    "DELETE",
    "/ipsec/{uuid}/l3networks",
    params=(
        ("uuid", "path", "2.3"),
        ("l3NetworkUuids", "query", "4.5.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.detach_l3_networks_from_ipsec_connection_result:DetachL3NetworksFromIPsecConnectionResult",
)

DETACH_NETWORK_SERVICE_FROM_L3_NETWORK: Api[DetachNetworkServiceFromL3NetworkResult] = Api(
    "DetachNetworkServiceFromL3Network",
    "DELETE",
    "/l3-networks/{l3NetworkUuid}/network-services",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("networkServices", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
        ("service", "query", None),
    ),
    since="0.6",
    result=".models.detach_network_service_from_l3_network_result:DetachNetworkServiceFromL3NetworkResult",
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
    since="0.6",
    result=".models.detach_port_forwarding_rule_result:DetachPortForwardingRuleResult",
)

DETACH_SECURITY_GROUP_FROM_L3_NETWORK: Api[DetachSecurityGroupFromL3NetworkResult] = Api(
    "DetachSecurityGroupFromL3Network",
    "DELETE",
    "/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}",
    params=(
        ("securityGroupUuid", "path", "0.6"),
        ("l3NetworkUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.detach_security_group_from_l3_network_result:DetachSecurityGroupFromL3NetworkResult",
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
    since=None,
    result=".models.detach_vip_from_vpc_shared_qos_result:DetachVipFromVpcSharedQosResult",
    checks=(
        ("vipLists", "vip_lists", "minItems", 1),
        ("vipUuids", "vip_uuids", "minItems", 1),
    ),
)

GET_CANDIDATE_L3_NETWORKS_FOR_IP_SEC_CONNECTION: Api[
    GetCandidateL3NetworksForIpSecConnectionResult
] = Api(
    "GetCandidateL3NetworksForIpSecConnection",
    "GET",
    "/ipsec/candidatesL3Networks",
    params=(
        ("uuid", "query", None),
        ("publicL3Uuid", "query", None),
        ("vipUuid", "query", None),
        ("limit", "query", None),
        ("start", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.get_candidate_l3_networks_for_ip_sec_connection_result:GetCandidateL3NetworksForIpSecConnectionResult",
)

GET_CANDIDATE_L3_NETWORKS_FOR_LOAD_BALANCER: Api[GetCandidateL3NetworksForLoadBalancerResult] = Api(
    "GetCandidateL3NetworksForLoadBalancer",
    "GET",
    "/load-balancers/listeners/{listenerUuid}/networks/candidates",
    params=(
        ("listenerUuid", "path", "3.9.0"),
        ("limit", "query", "3.9.0"),
        ("start", "query", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    since="3.9.0",
    result=".models.get_candidate_l3_networks_for_load_balancer_result:GetCandidateL3NetworksForLoadBalancerResult",
)

GET_CANDIDATE_L3_NETWORKS_FOR_SERVER_GROUP: Api[GetCandidateL3NetworksForServerGroupResult] = Api(
    "GetCandidateL3NetworksForServerGroup",
    "GET",
    "/load-balancers/servergroups/candidate-l3network",
    params=(
        ("serverGroupUuid", "query", None),
        ("loadBalancerUuid", "query", None),
        ("limit", "query", None),
        ("start", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.get_candidate_l3_networks_for_server_group_result:GetCandidateL3NetworksForServerGroupResult",
)

GET_CANDIDATE_VM_NIC_FOR_SECURITY_GROUP: Api[GetCandidateVmNicForSecurityGroupResult] = Api(
    "GetCandidateVmNicForSecurityGroup",
    "GET",
    "/security-groups/{securityGroupUuid}/vm-instances/candidate-nics",
    params=(
        ("securityGroupUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_candidate_vm_nic_for_security_group_result:GetCandidateVmNicForSecurityGroupResult",
)

GET_CANDIDATE_VM_NICS_FOR_LOAD_BALANCER: Api[GetCandidateVmNicsForLoadBalancerResult] = Api(
    "GetCandidateVmNicsForLoadBalancer",
    "GET",
    "/load-balancers/listeners/{listenerUuid}/vm-instances/candidate-nics",
    params=(
        ("listenerUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_candidate_vm_nics_for_load_balancer_result:GetCandidateVmNicsForLoadBalancerResult",
)

GET_CANDIDATE_VM_NICS_FOR_LOAD_BALANCER_SERVER_GROUP: Api[
    GetCandidateVmNicsForLoadBalancerServerGroupResult
] = Api(
    "GetCandidateVmNicsForLoadBalancerServerGroup",
    "GET",
    "/load-balancers/servergroups/candidate-nics",
    params=(
        ("servergroupUuid", "query", "4.0.0"),
        ("loadBalancerUuid", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
        ("ipVersion", "query", "5.1.0"),
    ),
    since="4.0.0",
    result=".models.get_candidate_vm_nics_for_load_balancer_server_group_result:GetCandidateVmNicsForLoadBalancerServerGroupResult",
    checks=(("ipVersion", "ip_version", "enum", (4, 6)),),
)

GET_CANDIDATE_VM_NICS_FOR_PORT_MIRROR: Api[GetCandidateVmNicsForPortMirrorResult] = Api(
    "GetCandidateVmNicsForPortMirror",
    "GET",
    "/port-mirrors/{portMirrorUuid}/vm-instances/candidate-nics/{type}",
    params=(
        ("portMirrorUuid", "path", "3.7.0"),
        ("type", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    since="3.7.0",
    result=".models.get_candidate_vm_nics_for_port_mirror_result:GetCandidateVmNicsForPortMirrorResult",
    checks=(("type", "type", "enum", ("source", "dest")),),
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
    since="0.6",
    result=".models.get_eip_attachable_vm_nics_result:GetEipAttachableVmNicsResult",
)

GET_FLOW_METER_ROUTER_ID: Api[GetFlowMeterRouterIdResult] = Api(
    "GetFlowMeterRouterId",
    "GET",
    "/flowmeters/{vRouterUuid}/routerid",
    params=(
        ("vRouterUuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.get_flow_meter_router_id_result:GetFlowMeterRouterIdResult",
)

GET_LOAD_BALANCER_LISTENER_ACL_ENTRIES: Api[GetLoadBalancerListenerACLEntriesResult] = Api(
    "GetLoadBalancerListenerACLEntries",
    "GET",
    "/load-balancers/listeners/access-control-lists/entries",
    params=(
        ("listenerUuids", "query", "4.1.0"),
        ("type", "query", "4.1.0"),
        ("systemTags", "query", "4.1.0"),
        ("userTags", "query", "4.1.0"),
    ),
    since="4.1.0",
    result=".models.get_load_balancer_listener_acl_entries_result:GetLoadBalancerListenerACLEntriesResult",
    checks=(("type", "type", "enum", ("RedirectRule", "IpEntry")),),
)

GET_LOAD_BALANCER_OWNER: Api[GetLoadBalancerOwnerResult] = Api(
    "GetLoadBalancerOwner",
    "GET",
    "/load-balancers/{loadBalancerUuid}/owner",
    params=(
        ("loadBalancerUuid", "path", "5.1.0"),
        ("systemTags", "query", "5.1.0"),
        ("userTags", "query", "5.1.0"),
    ),
    since="5.1.0",
    result=".models.get_load_balancer_owner_result:GetLoadBalancerOwnerResult",
)

GET_NETWORK_SERVICE_TYPES: Api[GetNetworkServiceTypesResult] = Api(
    "GetNetworkServiceTypes",
    "GET",
    "/network-services/types",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_network_service_types_result:GetNetworkServiceTypesResult",
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
    since="0.6",
    result=".models.get_port_forwarding_attachable_vm_nics_result:GetPortForwardingAttachableVmNicsResult",
)

GET_V_ROUTER_FLOW_COUNTER: Api[GetVRouterFlowCounterResult] = Api(
    "GetVRouterFlowCounter",
    "GET",
    "/flowmeters/{vRouterUuid}/counter",
    params=(
        ("vRouterUuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.get_v_router_flow_counter_result:GetVRouterFlowCounterResult",
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
    since="2.2",
    result=".models.get_vip_used_ports_result:GetVipUsedPortsResult",
    checks=(("protocol", "protocol", "enum", ("TCP", "UDP")),),
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
    since="4.4.6",
    result=".models.get_vm_nic_attachable_eips_result:GetVmNicAttachableEipsResult",
    checks=(("ipVersion", "ip_version", "enum", (4, 6)),),
)

PROVISION_SLB_INSTANCE: Api[ProvisionSlbInstanceResult] = Api(
    "ProvisionSlbInstance",
    "PUT",
    "/load-balancers/slb/instances/{uuid}/provision",
    params=(
        ("uuid", "path", None),
        ("slbInstanceUuid", "body", "5.1.0"),
        ("systemTags", "root", "5.1.0"),
        ("userTags", "root", "5.1.0"),
    ),
    body_key="provisionSlbInstance",
    since="5.1.0",
    result=".models.provision_slb_instance_result:ProvisionSlbInstanceResult",
)

QUERY_ACCESS_CONTROL_LIST: Api[QueryAccessControlListResult] = Api(
    "QueryAccessControlList",
    "GET",
    "/access-control-lists",
    params=(
        ("uuid", "path", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    since="3.9.0",
    result=".models.query_access_control_list_result:QueryAccessControlListResult",
    query=True,
    alt_paths=("/access-control-lists/{uuid}",),
)

QUERY_CERTIFICATE: Api[QueryCertificateResult] = Api(
    "QueryCertificate",
    "GET",
    "/certificates",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_certificate_result:QueryCertificateResult",
    query=True,
    alt_paths=("/certificates/{uuid}",),
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
    since="0.6",
    result=".models.query_eip_result:QueryEipResult",
    query=True,
    alt_paths=("/eips/{uuid}",),
)

QUERY_FIREWALL_IP_SET_TEMPLATE: Api[QueryFirewallIpSetTemplateResult] = Api(
    "QueryFirewallIpSetTemplate",
    "GET",
    "/vpcfirewalls/ipset/templates",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    since="4.0.0",
    result=".models.query_firewall_ip_set_template_result:QueryFirewallIpSetTemplateResult",
    query=True,
    alt_paths=("/vpcfirewalls/ipset/templates/{uuid}",),
)

QUERY_FIREWALL_RULE: Api[QueryFirewallRuleResult] = Api(
    "QueryFirewallRule",
    "GET",
    "/vpcfirewalls/rules",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_firewall_rule_result:QueryFirewallRuleResult",
    query=True,
    alt_paths=("/vpcfirewalls/rules/{uuid}",),
)

QUERY_FIREWALL_RULE_SET: Api[QueryFirewallRuleSetResult] = Api(
    "QueryFirewallRuleSet",
    "GET",
    "/vpcfirewalls/ruleSets",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_firewall_rule_set_result:QueryFirewallRuleSetResult",
    query=True,
    alt_paths=("/vpcfirewalls/ruleSets/{uuid}",),
)

QUERY_FIREWALL_RULE_SET_L3_REF: Api[QueryFirewallRuleSetL3RefResult] = Api(
    "QueryFirewallRuleSetL3Ref",
    "GET",
    "/vpcfirewalls/l3networks/rulesets/refs",
    params=(
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_firewall_rule_set_l3_ref_result:QueryFirewallRuleSetL3RefResult",
    query=True,
)

QUERY_FIREWALL_RULE_TEMPLATE: Api[QueryFirewallRuleTemplateResult] = Api(
    "QueryFirewallRuleTemplate",
    "GET",
    "/vpcfirewalls/rules/templates",
    params=(
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    since="4.0.0",
    result=".models.query_firewall_rule_template_result:QueryFirewallRuleTemplateResult",
    query=True,
)

QUERY_FLOW_COLLECTOR: Api[QueryFlowCollectorResult] = Api(
    "QueryFlowCollector",
    "GET",
    "/flowmeters/collectors",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_flow_collector_result:QueryFlowCollectorResult",
    query=True,
    alt_paths=("/flowmeters/collectors/{uuid}",),
)

QUERY_FLOW_METER: Api[QueryFlowMeterResult] = Api(
    "QueryFlowMeter",
    "GET",
    "/flowmeters",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_flow_meter_result:QueryFlowMeterResult",
    query=True,
    alt_paths=("/flowmeters/{uuid}",),
)

QUERY_IP_SEC_CONNECTION: Api[QueryIPSecConnectionResult] = Api(
    "QueryIPSecConnection",
    "GET",
    "/ipsec",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_ip_sec_connection_result:QueryIPSecConnectionResult",
    query=True,
    alt_paths=("/ipsec/{uuid}",),
)

QUERY_LOAD_BALANCER: Api[QueryLoadBalancerResult] = Api(
    "QueryLoadBalancer",
    "GET",
    "/load-balancers",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_load_balancer_result:QueryLoadBalancerResult",
    query=True,
    alt_paths=("/load-balancers/{uuid}",),
)

QUERY_LOAD_BALANCER_LISTENER: Api[QueryLoadBalancerListenerResult] = Api(
    "QueryLoadBalancerListener",
    "GET",
    "/load-balancers/listeners",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_load_balancer_listener_result:QueryLoadBalancerListenerResult",
    query=True,
    alt_paths=("/load-balancers/listeners/{uuid}",),
)

QUERY_LOAD_BALANCER_SERVER_GROUP: Api[QueryLoadBalancerServerGroupResult] = Api(
    "QueryLoadBalancerServerGroup",
    "GET",
    "/load-balancers/servergroups",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    since="4.0.0",
    result=".models.query_load_balancer_server_group_result:QueryLoadBalancerServerGroupResult",
    query=True,
    alt_paths=("/load-balancers/servergroups/{uuid}",),
)

QUERY_NETWORK_SERVICE_L3_NETWORK_REF: Api[QueryNetworkServiceL3NetworkRefResult] = Api(
    "QueryNetworkServiceL3NetworkRef",
    "GET",
    "/l3-networks/network-services/refs",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_network_service_l3_network_ref_result:QueryNetworkServiceL3NetworkRefResult",
    query=True,
)

QUERY_NETWORK_SERVICE_PROVIDER: Api[QueryNetworkServiceProviderResult] = Api(
    "QueryNetworkServiceProvider",
    "GET",
    "/network-services/providers",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_network_service_provider_result:QueryNetworkServiceProviderResult",
    query=True,
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
    since="0.6",
    result=".models.query_port_forwarding_rule_result:QueryPortForwardingRuleResult",
    query=True,
    alt_paths=("/port-forwarding/{uuid}",),
)

QUERY_PORT_MIRROR: Api[QueryPortMirrorResult] = Api(
    "QueryPortMirror",
    "GET",
    "/port-mirrors",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    since="3.7.0",
    result=".models.query_port_mirror_result:QueryPortMirrorResult",
    query=True,
    alt_paths=("/portMirrors/{uuid}",),
)

QUERY_PORT_MIRROR_NETWORK_USED_IP: Api[QueryPortMirrorNetworkUsedIpResult] = Api(
    "QueryPortMirrorNetworkUsedIp",
    "GET",
    "/port-mirrors/networks/usedIps",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    since="3.7.0",
    result=".models.query_port_mirror_network_used_ip_result:QueryPortMirrorNetworkUsedIpResult",
    query=True,
    alt_paths=("/port-mirrors/networks/usedIps/{uuid}",),
)

QUERY_PORT_MIRROR_SESSION: Api[QueryPortMirrorSessionResult] = Api(
    "QueryPortMirrorSession",
    "GET",
    "/port-mirrors/sessions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    since="3.7.0",
    result=".models.query_port_mirror_session_result:QueryPortMirrorSessionResult",
    query=True,
    alt_paths=("/port-mirrors/sessions/{uuid}",),
)

QUERY_SECURITY_GROUP: Api[QuerySecurityGroupResult] = Api(
    "QuerySecurityGroup",
    "GET",
    "/security-groups",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_security_group_result:QuerySecurityGroupResult",
    query=True,
    alt_paths=("/security-groups/{uuid}",),
)

QUERY_SECURITY_GROUP_RULE: Api[QuerySecurityGroupRuleResult] = Api(
    "QuerySecurityGroupRule",
    "GET",
    "/security-groups/rules",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_security_group_rule_result:QuerySecurityGroupRuleResult",
    query=True,
    alt_paths=("/security-groups/rules/{uuid}",),
)

QUERY_SLB_GROUP: Api[QuerySlbGroupResult] = Api(
    "QuerySlbGroup",
    "GET",
    "/load-balancers/slb/groups",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    since="4.0.0",
    result=".models.query_slb_group_result:QuerySlbGroupResult",
    query=True,
    alt_paths=("/load-balancers/slb/groups/{uuid}",),
)

QUERY_SLB_OFFERING: Api[QuerySlbOfferingResult] = Api(
    "QuerySlbOffering",
    "GET",
    "/instance-offerings/slb",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    since="4.0.0",
    result=".models.query_slb_offering_result:QuerySlbOfferingResult",
    query=True,
    alt_paths=("/instance-offerings/slb/{uuid}",),
)

QUERY_SLB_VM_INSTANCE: Api[QuerySlbVmInstanceResult] = Api(
    "QuerySlbVmInstance",
    "GET",
    "/load-balancers/slb/instances",
    params=(
        ("uuid", "path", "5.1.0"),
        ("systemTags", "query", "5.1.0"),
        ("userTags", "query", "5.1.0"),
    ),
    since="5.1.0",
    result=".models.query_slb_vm_instance_result:QuerySlbVmInstanceResult",
    query=True,
    alt_paths=("/load-balancers/slb/instances/{uuid}",),
)

QUERY_V_ROUTER_FLOW_METER_NETWORK: Api[QueryVRouterFlowMeterNetworkResult] = Api(
    "QueryVRouterFlowMeterNetwork",
    "GET",
    "/flowmeters/networks",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_v_router_flow_meter_network_result:QueryVRouterFlowMeterNetworkResult",
    query=True,
    alt_paths=("/flowmeters/networks/{uuid}",),
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
    since="0.6",
    result=".models.query_vip_result:QueryVipResult",
    query=True,
    alt_paths=("/vips/{uuid}",),
)

QUERY_VM_NIC_IN_SECURITY_GROUP: Api[QueryVmNicInSecurityGroupResult] = Api(
    "QueryVmNicInSecurityGroup",
    "GET",
    "/security-groups/vm-instances/nics",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_vm_nic_in_security_group_result:QueryVmNicInSecurityGroupResult",
    query=True,
)

QUERY_VM_NIC_SECURITY_POLICY: Api[QueryVmNicSecurityPolicyResult] = Api(
    "QueryVmNicSecurityPolicy",
    "GET",
    "/security-groups/nics/security-policy",
    params=(
        ("uuid", "path", "4.7.21"),
        ("systemTags", "query", "4.7.21"),
        ("userTags", "query", "4.7.21"),
    ),
    since="4.7.21",
    result=".models.query_vm_nic_security_policy_result:QueryVmNicSecurityPolicyResult",
    query=True,
    alt_paths=("/security-groups/nics/{uuid}/security-policy",),
)

QUERY_VPC_FIREWALL: Api[QueryVpcFirewallResult] = Api(
    "QueryVpcFirewall",
    "GET",
    "/vpcfirewalls",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_vpc_firewall_result:QueryVpcFirewallResult",
    query=True,
    alt_paths=("/vpcfirewalls/{uuid}",),
)

QUERY_VPC_FIREWALL_V_ROUTER_REF: Api[QueryVpcFirewallVRouterRefResult] = Api(
    "QueryVpcFirewallVRouterRef",
    "GET",
    "/vpcfirewalls/vrouters/refs",
    params=(
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_vpc_firewall_v_router_ref_result:QueryVpcFirewallVRouterRefResult",
    query=True,
)

QUERY_VPC_SHARED_QOS: Api[QueryVpcSharedQosResult] = Api(
    "QueryVpcSharedQos",
    "GET",
    "/vips/sharedqos",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.query_vpc_shared_qos_result:QueryVpcSharedQosResult",
    query=True,
)

RECONNECT_IPSEC_CONNECTION: Api[ReconnectIPsecConnectionResult] = Api(
    "ReconnectIPsecConnection",
    "PUT",
    "/ipsec/{uuid}/actions",
    params=(
        ("uuid", "path", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    body_key="reconnectIPsecConnection",
    since="4.5.0",
    result=".models.reconnect_ipsec_connection_result:ReconnectIPsecConnectionResult",
)

REFRESH_FIREWALL: Api[RefreshFirewallResult] = Api(
    "RefreshFirewall",
    "PUT",
    "/vpcfirewalls/refresh/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="refreshFirewall",
    since="3.6.0",
    result=".models.refresh_firewall_result:RefreshFirewallResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

REFRESH_LOAD_BALANCER: Api[RefreshLoadBalancerResult] = Api(
    "RefreshLoadBalancer",
    "PUT",
    "/load-balancers/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="refreshLoadBalancer",
    since="0.6",
    result=".models.refresh_load_balancer_result:RefreshLoadBalancerResult",
)

REMOVE_ACCESS_CONTROL_LIST_ENTRY: Api[RemoveAccessControlListEntryResult] = Api(
    "RemoveAccessControlListEntry",
    "DELETE",
    "/access-control-lists/{aclUuid}/ipentries/{uuid}",
    params=(
        ("aclUuid", "path", "3.9.0"),
        ("uuid", "path", "3.9.0"),
        ("deleteMode", "query", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    since="3.9.0",
    result=".models.remove_access_control_list_entry_result:RemoveAccessControlListEntryResult",
)

REMOVE_ACCESS_CONTROL_LIST_FROM_LOAD_BALANCER: Api[
    RemoveAccessControlListFromLoadBalancerResult
] = Api(
    "RemoveAccessControlListFromLoadBalancer",
    "DELETE",
    "/load-balancers/listeners/{listenerUuid}/access-control-lists",
    params=(
        ("listenerUuid", "path", "3.9.0"),
        ("aclUuids", "query", "3.9.0"),
        ("serverGroupUuids", "query", "4.1.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    since="3.9.0",
    result=".models.remove_access_control_list_from_load_balancer_result:RemoveAccessControlListFromLoadBalancerResult",
    checks=(("aclUuids", "acl_uuids", "minItems", 1),),
)

REMOVE_BACKEND_SERVER_FROM_SERVER_GROUP: Api[RemoveBackendServerFromServerGroupResult] = Api(
    "RemoveBackendServerFromServerGroup",
    "PUT",
    "/load-balancers/servergroups/{serverGroupUuid}/backendservers/actions",
    params=(
        ("serverGroupUuid", "path", "4.0.0"),
        ("serverIps", "body", "4.0.0"),
        ("vmNicUuids", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    body_key="removeBackendServerFromServerGroup",
    since="4.0.0",
    result=".models.remove_backend_server_from_server_group_result:RemoveBackendServerFromServerGroupResult",
    checks=(("serverGroupUuid", "server_group_uuid", "minLength", 1),),
)

REMOVE_CERTIFICATE_FROM_LOAD_BALANCER_LISTENER: Api[
    RemoveCertificateFromLoadBalancerListenerResult
] = Api(
    "RemoveCertificateFromLoadBalancerListener",
    "DELETE",
    "/load-balancers/listeners/{listenerUuid}/certificate",
    params=(
        ("listenerUuid", "path", "2.3.2"),
        ("certificateUuid", "query", "2.3.2"),
        ("systemTags", "query", "2.3.2"),
        ("userTags", "query", "2.3.2"),
    ),
    since="2.3.2",
    result=".models.remove_certificate_from_load_balancer_listener_result:RemoveCertificateFromLoadBalancerListenerResult",
    checks=(("certificateUuid", "certificate_uuid", "minLength", 1),),
)

REMOVE_REMOTE_CIDRS_FROM_IPSEC_CONNECTION: Api[RemoveRemoteCidrsFromIPsecConnectionResult] = Api(
    "RemoveRemoteCidrsFromIPsecConnection",
    "DELETE",
    "/ipsec/{uuid}/remote-cidrs",
    params=(
        ("uuid", "path", "2.3"),
        ("peerCidrs", "query", "4.5.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.remove_remote_cidrs_from_ipsec_connection_result:RemoveRemoteCidrsFromIPsecConnectionResult",
    checks=(("peerCidrs", "peer_cidrs", "minItems", 1),),
)

REMOVE_SERVER_GROUP_FROM_LOAD_BALANCER_LISTENER: Api[
    RemoveServerGroupFromLoadBalancerListenerResult
] = Api(
    "RemoveServerGroupFromLoadBalancerListener",
    "DELETE",
    "/load-balancers/listeners/{listenerUuid}/servergroups",
    params=(
        ("listenerUuid", "path", "4.0.0"),
        ("serverGroupUuid", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    since="4.0.0",
    result=".models.remove_server_group_from_load_balancer_listener_result:RemoveServerGroupFromLoadBalancerListenerResult",
    checks=(("serverGroupUuid", "server_group_uuid", "minLength", 1),),
)

REMOVE_V_ROUTER_NETWORKS_FROM_FLOW_METER: Api[RemoveVRouterNetworksFromFlowMeterResult] = Api(
    "RemoveVRouterNetworksFromFlowMeter",
    "DELETE",
    "/flowmeters/networks",
    params=(
        ("uuids", "query", "3.6.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.remove_v_router_networks_from_flow_meter_result:RemoveVRouterNetworksFromFlowMeterResult",
)

REMOVE_VM_NIC_FROM_LOAD_BALANCER: Api[RemoveVmNicFromLoadBalancerResult] = Api(
    "RemoveVmNicFromLoadBalancer",
    "DELETE",
    "/load-balancers/listeners/{listenerUuid}/vm-instances/nics",
    params=(
        ("listenerUuid", "path", "0.6"),
        ("vmNicUuids", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.remove_vm_nic_from_load_balancer_result:RemoveVmNicFromLoadBalancerResult",
    checks=(("vmNicUuids", "vm_nic_uuids", "minItems", 1),),
)

SET_FLOW_METER_ROUTER_ID: Api[SetFlowMeterRouterIdResult] = Api(
    "SetFlowMeterRouterId",
    "POST",
    "/flowmeters/{vRouterUuid}/routerid",
    params=(
        ("vRouterUuid", "path", "3.6.0"),
        ("routerId", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.set_flow_meter_router_id_result:SetFlowMeterRouterIdResult",
    checks=(
        ("routerId", "router_id", "minimum", 1),
        ("routerId", "router_id", "maximum", 255),
    ),
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

SET_VM_NIC_SECURITY_GROUP: Api[SetVmNicSecurityGroupResult] = Api(
    "SetVmNicSecurityGroup",
    "PUT",
    "/security-groups/nics/{vmNicUuid}/actions",
    params=(
        ("vmNicUuid", "path", "4.7.21"),
        ("refs", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    body_key="setVmNicSecurityGroup",
    since="4.7.21",
    result=".models.set_vm_nic_security_group_result:SetVmNicSecurityGroupResult",
    checks=(("vmNicUuid", "vm_nic_uuid", "minLength", 1),),
)

UPDATE_CERTIFICATE: Api[UpdateCertificateResult] = Api(
    "UpdateCertificate",
    "PUT",
    "/certificates/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateCertificate",
    since="0.6",
    result=".models.update_certificate_result:UpdateCertificateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
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
    body_key="updateEip",
    since="0.6",
    result=".models.update_eip_result:UpdateEipResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_FIREWALL_IP_SET_TEMPLATE: Api[UpdateFirewallIpSetTemplateResult] = Api(
    "UpdateFirewallIpSetTemplate",
    "PUT",
    "/vpcfirewalls/ipset/templates/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("destValue", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("sourceValue", "body", "4.0.0"),
        ("type", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    body_key="updateFirewallIpSetTemplate",
    since="4.0.0",
    result=".models.update_firewall_ip_set_template_result:UpdateFirewallIpSetTemplateResult",
    checks=(
        ("destValue", "dest_value", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("sourceValue", "source_value", "maxLength", 2048),
        ("type", "type", "enum", ("ip", "port")),
    ),
)

UPDATE_FIREWALL_RULE: Api[UpdateFirewallRuleResult] = Api(
    "UpdateFirewallRule",
    "PUT",
    "/vpcfirewalls/rules/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("action", "body", "3.6.0"),
        ("allowStates", "body", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("destIp", "body", "3.6.0"),
        ("destPort", "body", "3.6.0"),
        ("enableLog", "body", "3.6.0"),
        ("icmpTypeName", "body", "3.6.0"),
        ("protocol", "body", "3.6.0"),
        ("ruleNumber", "body", "3.6.0"),
        ("ruleSetUuid", "body", "4.0.0"),
        ("sourceIp", "body", "3.6.0"),
        ("sourcePort", "body", "3.6.0"),
        ("state", "body", "3.6.0"),
        ("tcpFlag", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="updateFirewallRule",
    since="3.6.0",
    result=".models.update_firewall_rule_result:UpdateFirewallRuleResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("action", "action", "enum", ("drop", "reject", "accept")),
        ("description", "description", "maxLength", 2048),
        ("ruleNumber", "rule_number", "minimum", 1001),
        ("ruleNumber", "rule_number", "maximum", 2999),
        ("ruleSetUuid", "rule_set_uuid", "minLength", 1),
        ("state", "state", "enum", ("enable", "disable")),
    ),
)

UPDATE_FIREWALL_RULE_SET: Api[UpdateFirewallRuleSetResult] = Api(
    "UpdateFirewallRuleSet",
    "PUT",
    "/vpcfirewalls/ruleSets/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("actionType", "body", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="updateFirewallRuleSet",
    since="3.6.0",
    result=".models.update_firewall_rule_set_result:UpdateFirewallRuleSetResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("actionType", "action_type", "enum", ("drop", "accept", "reject")),
    ),
)

UPDATE_FIREWALL_RULE_TEMPLATE: Api[UpdateFirewallRuleTemplateResult] = Api(
    "UpdateFirewallRuleTemplate",
    "PUT",
    "/vpcfirewalls/rules/template/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("action", "body", "4.0.0"),
        ("allowStates", "body", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("destIp", "body", "4.0.0"),
        ("destPort", "body", "4.0.0"),
        ("enableLog", "body", "4.0.0"),
        ("icmpTypeName", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("protocol", "body", "4.0.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("ruleNumber", "body", "4.0.0"),
        ("sourceIp", "body", "4.0.0"),
        ("sourcePort", "body", "4.0.0"),
        ("state", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("tcpFlag", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    body_key="updateFirewallRuleTemplate",
    since="4.0.0",
    result=".models.update_firewall_rule_template_result:UpdateFirewallRuleTemplateResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("action", "action", "enum", ("drop", "reject", "accept")),
        ("description", "description", "maxLength", 2048),
        ("destIp", "dest_ip", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("ruleNumber", "rule_number", "minimum", 1001),
        ("ruleNumber", "rule_number", "maximum", 2999),
        ("sourceIp", "source_ip", "maxLength", 2048),
        ("state", "state", "enum", ("enable", "disable")),
    ),
)

UPDATE_FLOW_COLLECTOR: Api[UpdateFlowCollectorResult] = Api(
    "UpdateFlowCollector",
    "PUT",
    "/flowmeters/collectors/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("port", "body", "3.6.0"),
        ("server", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="updateFlowCollector",
    since="3.6.0",
    result=".models.update_flow_collector_result:UpdateFlowCollectorResult",
    checks=(
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
        ("server", "server", "maxLength", 48),
    ),
)

UPDATE_FLOW_METER: Api[UpdateFlowMeterResult] = Api(
    "UpdateFlowMeter",
    "PUT",
    "/flowmeters/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("expireInterval", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("sample", "body", "3.6.0"),
        ("version", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="updateFlowMeter",
    since="3.6.0",
    result=".models.update_flow_meter_result:UpdateFlowMeterResult",
    checks=(
        ("description", "description", "maxLength", 128),
        ("expireInterval", "expire_interval", "minimum", 1),
        ("expireInterval", "expire_interval", "maximum", 3600),
        ("name", "name", "maxLength", 32),
        ("sample", "sample", "minimum", 1),
        ("sample", "sample", "maximum", 2147483647),
        ("version", "version", "enum", ("V5", "V9")),
    ),
)

UPDATE_IPSEC_CONNECTION: Api[UpdateIPsecConnectionResult] = Api(
    "UpdateIPsecConnection",
    "PUT",
    "/ipsec/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateIPsecConnection",
    since="0.6",
    result=".models.update_ipsec_connection_result:UpdateIPsecConnectionResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_LOAD_BALANCER: Api[UpdateLoadBalancerResult] = Api(
    "UpdateLoadBalancer",
    "PUT",
    "/load-balancers/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateLoadBalancer",
    since="0.6",
    result=".models.update_load_balancer_result:UpdateLoadBalancerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_LOAD_BALANCER_LISTENER: Api[UpdateLoadBalancerListenerResult] = Api(
    "UpdateLoadBalancerListener",
    "PUT",
    "/load-balancers/listeners/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateLoadBalancerListener",
    since="0.6",
    result=".models.update_load_balancer_listener_result:UpdateLoadBalancerListenerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_LOAD_BALANCER_SERVER_GROUP: Api[UpdateLoadBalancerServerGroupResult] = Api(
    "UpdateLoadBalancerServerGroup",
    "PUT",
    "/load-balancers/servergroups/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    body_key="updateLoadBalancerServerGroup",
    since="4.0.0",
    result=".models.update_load_balancer_server_group_result:UpdateLoadBalancerServerGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
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
    body_key="updatePortForwardingRule",
    since="0.6",
    result=".models.update_port_forwarding_rule_result:UpdatePortForwardingRuleResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_PORT_MIRROR: Api[UpdatePortMirrorResult] = Api(
    "UpdatePortMirror",
    "PUT",
    "/port-mirrors/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("description", "body", "3.7.0"),
        ("name", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="updatePortMirror",
    since="3.7.0",
    result=".models.update_port_mirror_result:UpdatePortMirrorResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "maxLength", 128),
    ),
)

UPDATE_SECURITY_GROUP: Api[UpdateSecurityGroupResult] = Api(
    "UpdateSecurityGroup",
    "PUT",
    "/security-groups/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateSecurityGroup",
    since="0.6",
    result=".models.update_security_group_result:UpdateSecurityGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SECURITY_GROUP_RULE_PRIORITY: Api[UpdateSecurityGroupRulePriorityResult] = Api(
    "UpdateSecurityGroupRulePriority",
    "PUT",
    "/security-groups/{securityGroupUuid}/rules/priority/actions",
    params=(
        ("securityGroupUuid", "path", "4.7.21"),
        ("rules", "body", "4.7.21"),
        ("type", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    body_key="updateSecurityGroupRulePriority",
    since="4.7.21",
    result=".models.update_security_group_rule_priority_result:UpdateSecurityGroupRulePriorityResult",
    checks=(
        ("securityGroupUuid", "security_group_uuid", "minLength", 1),
        ("rules", "rules", "minItems", 1),
        ("type", "type", "minLength", 1),
        ("type", "type", "enum", ("Ingress", "Egress")),
    ),
)

UPDATE_SLB_GROUP: Api[UpdateSlbGroupResult] = Api(
    "UpdateSlbGroup",
    "PUT",
    "/load-balancers/slb/group/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("slbOfferingUuid", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    body_key="updateSlbGroup",
    since="4.0.0",
    result=".models.update_slb_group_result:UpdateSlbGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
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
    body_key="updateVip",
    since="0.6",
    result=".models.update_vip_result:UpdateVipResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_VPC_FIREWALL: Api[UpdateVpcFirewallResult] = Api(
    "UpdateVpcFirewall",
    "PUT",
    "/vpcfirewalls/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="updateVpcFirewall",
    since="3.6.0",
    result=".models.update_vpc_firewall_result:UpdateVpcFirewallResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
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
    body_key="updateVpcSharedQos",
    since=None,
    result=".models.update_vpc_shared_qos_result:UpdateVpcSharedQosResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

VALIDATE_SECURITY_GROUP_RULE: Api[ValidateSecurityGroupRuleResult] = Api(
    "ValidateSecurityGroupRule",
    "GET",
    "/security-groups/{securityGroupUuid}/rules/validation",
    params=(
        ("securityGroupUuid", "path", "4.7.21"),
        ("type", "query", "4.7.21"),
        ("protocol", "query", "4.7.21"),
        ("remoteSecurityGroupUuid", "query", "4.7.21"),
        ("ipVersion", "query", "4.7.21"),
        ("srcIpRange", "query", "4.7.21"),
        ("dstIpRange", "query", "4.7.21"),
        ("dstPortRange", "query", "4.7.21"),
        ("action", "query", "4.7.21"),
        ("startPort", "query", "4.7.21"),
        ("endPort", "query", "4.7.21"),
        ("allowedCidr", "query", "4.7.21"),
        ("systemTags", "query", "4.7.21"),
        ("userTags", "query", "4.7.21"),
    ),
    since="4.7.21",
    result=".models.validate_security_group_rule_result:ValidateSecurityGroupRuleResult",
    checks=(
        ("securityGroupUuid", "security_group_uuid", "minLength", 1),
        ("type", "type", "minLength", 1),
        ("type", "type", "enum", ("Ingress", "Egress")),
        ("protocol", "protocol", "minLength", 1),
        ("protocol", "protocol", "enum", ("TCP", "UDP", "ICMP", "ALL")),
        ("remoteSecurityGroupUuid", "remote_security_group_uuid", "minLength", 1),
        ("ipVersion", "ip_version", "enum", (4, 6)),
        ("action", "action", "minLength", 1),
        ("action", "action", "enum", ("ACCEPT", "DROP")),
    ),
)


class NetworkServicesApi(SyncAPIClient):
    def add_access_control_list_entry(
        self,
        *,
        acl_uuid: str,
        entries: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAccessControlListEntryResult:
        """向访问控制策略组添加IP组 (AddAccessControlListEntry).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 3.9.0)
            description: 资源的详细描述 (since 3.9.0; maxLength 2048)
            entries: IP组 (since 3.9.0; maxLength 2048)
            resource_uuid: 资源UUID (since 3.9.0)
            tag_uuids: 标签UUID列表 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ACCESS_CONTROL_LIST_ENTRY,
            {
                "aclUuid": acl_uuid,
                "description": description,
                "entries": entries,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_access_control_list_redirect_rule(
        self,
        *,
        acl_uuid: str,
        description: str | None = None,
        domain: str | None = None,
        name: str | None = None,
        redirect_port: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAccessControlListRedirectRuleResult:
        """向访问控制策略组添加转发规则 (AddAccessControlListRedirectRule).

        Since ZStack 4.1.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 4.1.3)
            description: 资源的详细描述 (since 4.1.3; maxLength 2048)
            domain: 域名说明: 对于参数domain和url，两者至少要设置一个 (since 4.1.3; maxLength 255)
            name: 资源名称 (since 4.1.3; maxLength 255)
            redirect_port: 转发端口 (since 5.5.0)
            resource_uuid: 资源UUID (since 4.1.3)
            tag_uuids: 标签UUID列表 (since 4.1.3)
            url: url说明: 如指定了domain且不指定url，该参数可传/ (since 4.1.3; maxLength 80)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ACCESS_CONTROL_LIST_REDIRECT_RULE,
            {
                "aclUuid": acl_uuid,
                "description": description,
                "domain": domain,
                "name": name,
                "redirectPort": redirect_port,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_access_control_list_to_load_balancer(
        self,
        *,
        listener_uuid: str,
        acl_type: Literal["white", "black", "redirect"],
        acl_uuids: Sequence[Any],
        server_group_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAccessControlListToLoadBalancerResult:
        """添加监听器的访问控制策略 (AddAccessControlListToLoadBalancer).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 监听器唯一标识 (since 3.9.0)
            acl_type: 访问控制策略类型 (since 4.1.0; enum {'white', 'black', 'redirect'})
            acl_uuids: 访问控制策略组的唯一标识 (since 3.9.0; minItems 1)
            server_group_uuids: 负载均衡器服务器组uuid (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ACCESS_CONTROL_LIST_TO_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "aclType": acl_type,
                "aclUuids": acl_uuids,
                "serverGroupUuids": server_group_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_backend_server_to_server_group(
        self,
        *,
        server_group_uuid: str,
        servers: Sequence[Any] | None = None,
        vm_nics: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBackendServerToServerGroupResult:
        """添加后端服务器到服务器组 (AddBackendServerToServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            server_group_uuid: 负载均衡器服务器组uuid (since 4.0.0; minLength 1)
            servers: 后端服务器IP (since 4.0.0)
            vm_nics: 后端服务器网卡 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_BACKEND_SERVER_TO_SERVER_GROUP,
            {
                "serverGroupUuid": server_group_uuid,
                "servers": servers,
                "vmNics": vm_nics,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_certificate_to_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        certificate_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCertificateToLoadBalancerListenerResult:
        """添加证书到负载均衡 (AddCertificateToLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: listenerUuid (since 2.3.2)
            certificate_uuid: certificateUuid (since 2.3.2; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_CERTIFICATE_TO_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "certificateUuid": certificate_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_remote_cidrs_to_ipsec_connection(
        self,
        *,
        uuid: str,
        peer_cidrs: Sequence[Any],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddRemoteCidrsToIPsecConnectionResult:
        """添加远端CIDR到IPsec连接 (AddRemoteCidrsToIPsecConnection).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            peer_cidrs: peerCidrs (since 2.3; minItems 1)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_REMOTE_CIDRS_TO_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "peerCidrs": peer_cidrs,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_security_group_rule(
        self,
        *,
        security_group_uuid: str,
        rules: Sequence[Any],
        priority: int | None = None,
        remote_security_group_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSecurityGroupRuleResult:
        """添加安全组规则 (AddSecurityGroupRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6; minLength 1)
            priority: 规则优先级 (since 4.7.21)
            remote_security_group_uuids: 应用组间策略的远端安全组UUID (since 2.1; minItems 1)
            rules: 安全组中的规则 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SECURITY_GROUP_RULE,
            {
                "securityGroupUuid": security_group_uuid,
                "priority": priority,
                "remoteSecurityGroupUuids": remote_security_group_uuids,
                "rules": rules,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_server_group_to_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        server_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddServerGroupToLoadBalancerListenerResult:
        """添加服务器组到负载均衡监听器 (AddServerGroupToLoadBalancerListener).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 负载均衡器监听器uuid (since 4.0.0)
            server_group_uuid: 负载均衡器服务器组uuid (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SERVER_GROUP_TO_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "serverGroupUuid": server_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_v_router_networks_to_flow_meter(
        self,
        *,
        flow_meter_uuid: str,
        v_router_uuid: str,
        l3_network_uuids: Sequence[Any],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVRouterNetworksToFlowMeterResult:
        """添加VPC路由器网络到FlowMeter中 (AddVRouterNetworksToFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            flow_meter_uuid: 流量监控资源 (since 3.6.0; minLength 1)
            v_router_uuid: VPC路由器的uuid或者VPC路由器组的uuid (since 3.6.0; minLength 1)
            l3_network_uuids: VPC路由器网络的uuid (since 3.6.0; minItems 1)
            resource_uuid: resourceUuid (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_V_ROUTER_NETWORKS_TO_FLOW_METER,
            {
                "flowMeterUuid": flow_meter_uuid,
                "vRouterUuid": v_router_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_vm_nic_to_load_balancer(
        self,
        *,
        listener_uuid: str,
        vm_nic_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmNicToLoadBalancerResult:
        """添加云主机网卡到负载均衡器 (AddVmNicToLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 负载均衡监听器UUID (since 0.6)
            vm_nic_uuids: 云主机网卡UUID (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_VM_NIC_TO_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_vm_nic_to_security_group(
        self,
        *,
        security_group_uuid: str,
        vm_nic_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmNicToSecurityGroupResult:
        """添加虚拟机网卡到安全组 (AddVmNicToSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            vm_nic_uuids: 云主机网卡的uuid列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_VM_NIC_TO_SECURITY_GROUP,
            {
                "securityGroupUuid": security_group_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def apply_rule_set_changes(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ApplyRuleSetChangesResult:
        """下发规则集更改内容到路由器 (ApplyRuleSetChanges).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            APPLY_RULE_SET_CHANGES,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

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

    def attach_firewall_rule_set_to_l3(
        self,
        *,
        rule_set_uuid: str,
        l3_uuid: str,
        forward: Literal["in", "out"],
        vpc_firewall_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachFirewallRuleSetToL3Result:
        """网络加载防火墙规则集 (AttachFirewallRuleSetToL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_set_uuid: ruleSetUuid (since 3.6.0; minLength 1)
            l3_uuid: l3Uuid (since 3.6.0; minLength 1)
            forward: forward (since 3.6.0; enum {'in', 'out'})
            vpc_firewall_uuid: vpcFirewallUuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_FIREWALL_RULE_SET_TO_L3,
            {
                "ruleSetUuid": rule_set_uuid,
                "l3Uuid": l3_uuid,
                "forward": forward,
                "vpcFirewallUuid": vpc_firewall_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_l3_networks_to_ipsec_connection(
        self,
        *,
        uuid: str,
        l3_network_uuids: Sequence[Any],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachL3NetworksToIPsecConnectionResult:
        """添加三层网络到IPsec连接 (AttachL3NetworksToIPsecConnection).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            l3_network_uuids: l3NetworkUuids (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_L3_NETWORKS_TO_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "l3NetworkUuids": l3_network_uuids,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_network_service_to_l3_network(
        self,
        *,
        l3_network_uuid: str,
        network_services: Mapping[str, Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachNetworkServiceToL3NetworkResult:
        """挂载网络服务到三层网络 (AttachNetworkServiceToL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            network_services: 网络服务 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_NETWORK_SERVICE_TO_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "networkServices": network_services,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

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

    def attach_security_group_to_l3_network(
        self,
        *,
        security_group_uuid: str,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachSecurityGroupToL3NetworkResult:
        """挂载安全组到L3网络 (AttachSecurityGroupToL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            l3_network_uuid: 三层网络UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_SECURITY_GROUP_TO_L3_NETWORK,
            {
                "securityGroupUuid": security_group_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_vip_to_load_balancer(
        self,
        *,
        load_balancer_uuid: str,
        vip_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachVipToLoadBalancerResult:
        """Attach vip to load balancer (AttachVipToLoadBalancer).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachVipToLoadBalancerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            load_balancer_uuid: loadBalancerUuid
            vip_uuid: vipUuid (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_VIP_TO_LOAD_BALANCER,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "vipUuid": vip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_vip_to_vpc_shared_qos(
        self,
        *,
        shared_qos_uuid: str,
        vip_lists: Sequence[Any] | None = None,
        vip_uuids: Sequence[Any] | None = None,
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

    def change_access_control_list_redirect_rule(
        self,
        *,
        uuid: str,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAccessControlListRedirectRuleResult:
        """修改控制策略组转发规则名称 (ChangeAccessControlListRedirectRule).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.1.0)
            name: 转发规则名称 (since 4.1.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_ACCESS_CONTROL_LIST_REDIRECT_RULE,
            {
                "uuid": uuid,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_access_control_list_server_group(
        self,
        *,
        acl_uuid: str,
        listener_uuid: str,
        server_group_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAccessControlListServerGroupResult:
        """修改访问控制组绑定的后端服务器组 (ChangeAccessControlListServerGroup).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 4.1.0)
            listener_uuid: 监听器唯一标识 (since 4.1.0)
            server_group_uuids: 负载均衡器服务器组uuid (since 4.1.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_ACCESS_CONTROL_LIST_SERVER_GROUP,
            {
                "aclUuid": acl_uuid,
                "listenerUuid": listener_uuid,
                "serverGroupUuids": server_group_uuids,
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

    def change_firewall_rule_state(
        self,
        *,
        uuid: str,
        state: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeFirewallRuleStateResult:
        """更改防火墙规则状态 (ChangeFirewallRuleState).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            state: 状态 (since 3.6.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_FIREWALL_RULE_STATE,
            {
                "uuid": uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_ip_sec_connection_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIPSecConnectionStateResult:
        """更改IPsec连接状态 (ChangeIPSecConnectionState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: stateEvent (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_IP_SEC_CONNECTION_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_ipsec_connection(
        self,
        *,
        uuid: str,
        auth_key: str,
        peer_address: str,
        auth_mode: Literal["psk", "certs"] | None = None,
        id_type: Literal["ip", "name", "fqdn"] | None = None,
        ike_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        ike_dh_group: int | None = None,
        ike_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        ike_life_time: int | None = None,
        ike_version: Literal["ike", "ikev1", "ikev2"] | None = None,
        life_time: int | None = None,
        local_id: str | None = None,
        pfs: Literal[
            "none",
            "dh-group2",
            "dh-group5",
            "dh-group14",
            "dh-group15",
            "dh-group16",
            "dh-group17",
            "dh-group18",
            "dh-group19",
            "dh-group20",
            "dh-group21",
            "dh-group22",
            "dh-group23",
            "dh-group24",
            "dh-group25",
            "dh-group26",
        ]
        | None = None,
        policy_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        policy_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        policy_mode: Literal["tunnel", "transport"] | None = None,
        remote_id: str | None = None,
        transform_protocol: Literal["esp", "ah", "ah-esp"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIPsecConnectionResult:
        """修改IPsec连接配置 (ChangeIPsecConnection).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            auth_key: 认证密钥 (since 4.5.0)
            auth_mode: 认证模式 (since 4.5.0; maxLength 255; enum {'psk', 'certs'})
            id_type: ID配置方法 (since 4.5.0; maxLength 32; enum {'ip', 'name', 'fqdn'})
            ike_auth_algorithm: IKE验证算法 (since 4.5.0; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            ike_dh_group: IKE DH组 (since 4.5.0)
            ike_encryption_algorithm: IKE加密算法 (since 4.5.0; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            ike_life_time: IKE存活时间 (since 4.5.0; minimum 60; maximum 604800)
            ike_version: IKE版本 (since 4.5.0; maxLength 32; enum {'ike', 'ikev1', 'ikev2'})
            life_time: IPSec存活时间 (since 4.5.0; minimum 30; maximum 604800)
            local_id: 本端ID (since 4.5.0; maxLength 255)
            peer_address: 远端网络地址 (since 4.5.0; maxLength 255)
            pfs: PFS DH组 (since 4.5.0; maxLength 32; enum {'none', 'dh-group2', 'dh-group5', 'dh-group14', 'dh-group15', 'dh-group16', 'dh-group17', 'dh-group18', ...})
            policy_auth_algorithm: ESP认证算法 (since 4.5.0; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            policy_encryption_algorithm: ESP加密算法 (since 4.5.0; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            policy_mode: 封装模式 (since 4.5.0; maxLength 32; enum {'tunnel', 'transport'})
            remote_id: 对端ID (since 4.5.0; maxLength 255)
            transform_protocol: 安全协议 (since 4.5.0; maxLength 32; enum {'esp', 'ah', 'ah-esp'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "authKey": auth_key,
                "authMode": auth_mode,
                "idType": id_type,
                "ikeAuthAlgorithm": ike_auth_algorithm,
                "ikeDhGroup": ike_dh_group,
                "ikeEncryptionAlgorithm": ike_encryption_algorithm,
                "ikeLifeTime": ike_life_time,
                "ikeVersion": ike_version,
                "lifeTime": life_time,
                "localId": local_id,
                "peerAddress": peer_address,
                "pfs": pfs,
                "policyAuthAlgorithm": policy_auth_algorithm,
                "policyEncryptionAlgorithm": policy_encryption_algorithm,
                "policyMode": policy_mode,
                "remoteId": remote_id,
                "transformProtocol": transform_protocol,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_load_balancer_backend_server(
        self,
        *,
        server_group_uuid: str,
        servers: Sequence[Any] | None = None,
        vm_nics: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeLoadBalancerBackendServerResult:
        """更新负载均衡后端服务器参数 (ChangeLoadBalancerBackendServer).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            server_group_uuid: 负载均衡器服务器组uuid (since 4.0.0; minLength 1)
            servers: 后端服务器组网ip (since 4.0.0)
            vm_nics: 后端服务器组网卡 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_LOAD_BALANCER_BACKEND_SERVER,
            {
                "serverGroupUuid": server_group_uuid,
                "servers": servers,
                "vmNics": vm_nics,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_load_balancer_listener(
        self,
        *,
        uuid: str,
        acl_status: Literal["enable", "disable"] | None = None,
        balancer_algorithm: Literal["weightroundrobin", "roundrobin", "leastconn", "source"]
        | None = None,
        connection_idle_timeout: int | None = None,
        cookie_name: str | None = None,
        health_check_http_code: str | None = None,
        health_check_interval: int | None = None,
        health_check_method: Literal["GET", "HEAD"] | None = None,
        health_check_protocol: Literal["tcp", "udp", "http"] | None = None,
        health_check_target: str | None = None,
        health_check_uri: str | None = None,
        healthy_threshold: int | None = None,
        http_compress_algos: Sequence[Any] | None = None,
        http_mode: Literal[
            "http-keep-alive", "http-server-close", "http-tunnel", "httpclose", "forceclose"
        ]
        | None = None,
        http_redirect_https: Literal["disable", "enable"] | None = None,
        http_versions: Sequence[Any] | None = None,
        max_connection: int | None = None,
        nbprocess: int | None = None,
        redirect_port: int | None = None,
        security_policy_type: Literal[
            "tls_cipher_policy_default",
            "tls_cipher_policy_1_0",
            "tls_cipher_policy_1_1",
            "tls_cipher_policy_1_2",
            "tls_cipher_policy_1_2_strict",
            "tls_cipher_policy_1_2_strict_with_1_3",
        ]
        | None = None,
        session_idle_timeout: int | None = None,
        session_persistence: Literal["disable", "iphash", "insert", "rewrite"] | None = None,
        status_code: Literal[301, 302, 303, 307, 308] | None = None,
        tcp_proxy_protocol: str | None = None,
        unhealthy_threshold: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeLoadBalancerListenerResult:
        """修改负载均衡监听器参数 (ChangeLoadBalancerListener).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            acl_status: 访问控制状态 (since 3.9.0; enum {'enable', 'disable'})
            balancer_algorithm: 负载均衡算法 (since 4.6.0; enum {'weightroundrobin', 'roundrobin', 'leastconn', 'source'})
            connection_idle_timeout: 空闲连接超时 (since 4.6.0; minimum 0; maximum 2147483647)
            cookie_name: Cookie名称 (since 4.6.0; maxLength 20; pattern ^(?:[A-Za-z0-9_-]+)$)
            health_check_http_code: 健康检查期望的成功返回码 (since 3.9.0; maxLength 80)
            health_check_interval: 健康检查间隔 (since 4.6.0; minimum 1; maximum 2147483647)
            health_check_method: 健康检查方法 (since 3.9.0; enum {'GET', 'HEAD'})
            health_check_protocol: 负载均衡健康检查协议 (since 3.9.0; enum {'tcp', 'udp', 'http'})
            health_check_target: 健康检查端口 (since 4.6.0)
            health_check_uri: 健康检查的URI (since 3.9.0; maxLength 80; pattern ^(?:^/[A-Za-z0-9-/.%?#&]*)$)
            healthy_threshold: 健康检查阈值 (since 4.6.0; minimum 1; maximum 2147483647)
            http_compress_algos: http压缩算法 (since 5.0.0)
            http_mode: 负载均衡HTTP模式 (since 4.1.0; enum {'http-keep-alive', 'http-server-close', 'http-tunnel', 'httpclose', 'forceclose'})
            http_redirect_https: http重定向https (since 4.7.21; enum {'disable', 'enable'})
            http_versions: 负载均衡器前端网络http协议版本 (since 5.0.0)
            max_connection: 最大连接并发数 (since 4.6.0; minimum 0; maximum 10000000)
            nbprocess: 负载均衡进程数量 (since 4.1.0; minimum 1; maximum 64)
            redirect_port: 重定向端口 (since 4.7.21; minimum 1; maximum 65535)
            security_policy_type: TLS安全策略 (since 4.1.0; enum {'tls_cipher_policy_default', 'tls_cipher_policy_1_0', 'tls_cipher_policy_1_1', 'tls_cipher_policy_1_2', 'tls_cipher_policy_1_2_strict', 'tls_cipher_policy_1_2_strict_with_1_3'})
            session_idle_timeout: 会话保持超时时间 (since 4.6.0; minimum 30; maximum 3600)
            session_persistence: 会话保持模式 (since 4.6.0; enum {'disable', 'iphash', 'insert', 'rewrite'})
            status_code: 重定向状态码 (since 4.7.21; enum {301, 302, 303, 307, 308})
            tcp_proxy_protocol: tcp proxy_protocol协议 (since 5.0.0)
            unhealthy_threshold: 非健康检查阈值 (since 4.6.0; minimum 1; maximum 2147483647)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_LOAD_BALANCER_LISTENER,
            {
                "uuid": uuid,
                "aclStatus": acl_status,
                "balancerAlgorithm": balancer_algorithm,
                "connectionIdleTimeout": connection_idle_timeout,
                "cookieName": cookie_name,
                "healthCheckHttpCode": health_check_http_code,
                "healthCheckInterval": health_check_interval,
                "healthCheckMethod": health_check_method,
                "healthCheckProtocol": health_check_protocol,
                "healthCheckTarget": health_check_target,
                "healthCheckURI": health_check_uri,
                "healthyThreshold": healthy_threshold,
                "httpCompressAlgos": http_compress_algos,
                "httpMode": http_mode,
                "httpRedirectHttps": http_redirect_https,
                "httpVersions": http_versions,
                "maxConnection": max_connection,
                "nbprocess": nbprocess,
                "redirectPort": redirect_port,
                "securityPolicyType": security_policy_type,
                "sessionIdleTimeout": session_idle_timeout,
                "sessionPersistence": session_persistence,
                "statusCode": status_code,
                "tcpProxyProtocol": tcp_proxy_protocol,
                "unhealthyThreshold": unhealthy_threshold,
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

    def change_port_mirror_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangePortMirrorStateResult:
        """更新端口镜像服务状态 (ChangePortMirrorState).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            state_event: 状态 (since 3.7.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_PORT_MIRROR_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_security_group_rule(
        self,
        *,
        uuid: str,
        action: Literal["DROP", "ACCEPT"] | None = None,
        description: str | None = None,
        dst_ip_range: str | None = None,
        dst_port_range: str | None = None,
        priority: int | None = None,
        protocol: Literal["ALL", "TCP", "UDP", "ICMP"] | None = None,
        remote_security_group_uuid: str | None = None,
        src_ip_range: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecurityGroupRuleResult:
        """修改安全组规则 (ChangeSecurityGroupRule).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 安全组规则的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            action: 规则的默认动作 (since 4.7.21; minLength 1; enum {'DROP', 'ACCEPT'})
            description: 规则的描述 (since 4.7.21; maxLength 255)
            dst_ip_range: 规则的目的方向IP范围 (since 4.7.21; maxLength 1024)
            dst_port_range: 规则的目的方向端口范围 (since 4.7.21; maxLength 255)
            priority: 规则的优先级 (since 4.7.21)
            protocol: 规则的协议类型 (since 4.7.21; minLength 1; enum {'ALL', 'TCP', 'UDP', 'ICMP'})
            remote_security_group_uuid: 应用组间策略的远端安全组UUID (since 4.7.21)
            src_ip_range: 规则的源方向IP范围 (since 4.7.21; maxLength 1024)
            state: 规则的状态 (since 4.7.21; minLength 1; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SECURITY_GROUP_RULE,
            {
                "uuid": uuid,
                "action": action,
                "description": description,
                "dstIpRange": dst_ip_range,
                "dstPortRange": dst_port_range,
                "priority": priority,
                "protocol": protocol,
                "remoteSecurityGroupUuid": remote_security_group_uuid,
                "srcIpRange": src_ip_range,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_security_group_rule_state(
        self,
        *,
        security_group_uuid: str,
        rule_uuids: Sequence[Any],
        state: Literal["Enabled", "Disabled"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecurityGroupRuleStateResult:
        """更改安全组规则状态 (ChangeSecurityGroupRuleState).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            rule_uuids: 规则的UUID列表 (since 4.7.21; minItems 1)
            state: 规则的状态 (since 4.7.21; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SECURITY_GROUP_RULE_STATE,
            {
                "securityGroupUuid": security_group_uuid,
                "ruleUuids": rule_uuids,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_security_group_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecurityGroupStateResult:
        """改变安全组状态 (ChangeSecurityGroupState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 安全组状态 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SECURITY_GROUP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_slb_group_deploy_type(
        self,
        *,
        slb_group_uuid: str,
        deploy_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSlbGroupDeployTypeResult:
        """修改SLB集群部署方式 (ChangeSlbGroupDeployType).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            slb_group_uuid: slbGroupUuid (since 5.1.0)
            deploy_type: deployType (since 5.1.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SLB_GROUP_DEPLOY_TYPE,
            {
                "slbGroupUuid": slb_group_uuid,
                "deployType": deploy_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_slb_group_monitor_ips(
        self,
        *,
        slb_group_uuid: str,
        deploy_type: Sequence[Any],
        monitor_ips: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSlbGroupMonitorIpsResult:
        """修改SLB集群健康监控IP (ChangeSlbGroupMonitorIps).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            slb_group_uuid: slbGroupUuid (since 5.1.0)
            deploy_type: deployType (since 5.1.0)
            monitor_ips: monitorIps
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SLB_GROUP_MONITOR_IPS,
            {
                "slbGroupUuid": slb_group_uuid,
                "deployType": deploy_type,
                "monitorIps": monitor_ips,
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

    def check_firewall_rule_config_file(
        self,
        *,
        rule_info: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckFirewallRuleConfigFileResult:
        """检查添加防火墙规则文件合法性 (CheckFirewallRuleConfigFile).

        Since ZStack 4.4.0. Synchronous (a 202 is still followed).

        Args:
            rule_info: 防火墙规则信息 (since 4.4.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_FIREWALL_RULE_CONFIG_FILE,
            {
                "ruleInfo": rule_info,
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

    def create_access_control_list(
        self,
        *,
        name: str,
        description: str | None = None,
        ip_version: Literal[4, 6] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAccessControlListResult:
        """创建访问控制策略组 (CreateAccessControlList).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.9.0; maxLength 2048)
            ip_version: IP协议版本 (since 3.9.0; enum {4, 6})
            name: 资源名称 (since 3.9.0; maxLength 255)
            resource_uuid: 资源UUID (since 3.9.0)
            tag_uuids: 标签UUID列表 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ACCESS_CONTROL_LIST,
            {
                "description": description,
                "ipVersion": ip_version,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_certificate(
        self,
        *,
        certificate: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateCertificateResult:
        """创建证书 (CreateCertificate).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            certificate: certificate (since 2.3.2; maxLength 60000)
            description: 资源的详细描述 (since 2.3.2; maxLength 2048)
            name: 资源名称 (since 2.3.2; maxLength 255)
            resource_uuid: resourceUuid (since 2.3.2)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_CERTIFICATE,
            {
                "certificate": certificate,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def create_firewall_ip_set_template(
        self,
        *,
        name: str,
        type: Literal["ip", "port"],
        dest_value: str | None = None,
        resource_uuid: str | None = None,
        source_value: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallIpSetTemplateResult:
        """创建防火墙IP或端口模板 (CreateFirewallIpSetTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            dest_value: destValue (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            source_value: sourceValue (since 4.0.0; maxLength 2048)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            type: type (since 4.0.0; enum {'ip', 'port'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FIREWALL_IP_SET_TEMPLATE,
            {
                "destValue": dest_value,
                "name": name,
                "resourceUuid": resource_uuid,
                "sourceValue": source_value,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_firewall_rule(
        self,
        *,
        action: Literal["drop", "reject", "accept"],
        rule_number: int,
        rule_set_uuid: str,
        state: Literal["enable", "disable"],
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleResult:
        """创建防火墙规则 (CreateFirewallRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            action: 动作 (since 3.6.0; enum {'drop', 'reject', 'accept'})
            allow_states: 允许状态 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0; maxLength 2048)
            dest_ip: 目标ip (since 3.6.0; maxLength 2048)
            dest_port: 目标端口 (since 3.6.0)
            enable_log: 是否开启日志 (since 3.6.0)
            icmp_type_name: icmpType (since 3.6.0)
            protocol: 协议 (since 3.6.0)
            resource_uuid: 资源UUID (since 3.6.0)
            rule_number: 优先级 (since 3.6.0; minimum 1001; maximum 2999)
            rule_set_uuid: 规则集uuid (since 3.6.0; minLength 1)
            source_ip: 源ip (since 3.6.0; maxLength 2048)
            source_port: 源端口 (since 3.6.0)
            state: 状态 (since 3.6.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 3.6.0)
            tcp_flag: tcp flag (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FIREWALL_RULE,
            {
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "ruleSetUuid": rule_set_uuid,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tagUuids": tag_uuids,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_firewall_rule_from_config_file(
        self,
        *,
        rule_info: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleFromConfigFileResult:
        """通过文件创建防火墙规则 (CreateFirewallRuleFromConfigFile).

        Since ZStack 4.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            resource_uuid: 资源UUID (since 4.4.0)
            rule_info: 防火墙规则信息 (since 4.4.0; minLength 1)
            tag_uuids: 标签UUID列表 (since 4.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FIREWALL_RULE_FROM_CONFIG_FILE,
            {
                "resourceUuid": resource_uuid,
                "ruleInfo": rule_info,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_firewall_rule_set(
        self,
        *,
        name: str,
        action_type: Literal["drop", "accept", "reject"] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleSetResult:
        """创建防火墙规则集 (CreateFirewallRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            action_type: 动作 (since 3.6.0; enum {'drop', 'accept', 'reject'})
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0)
            resource_uuid: 资源UUID (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FIREWALL_RULE_SET,
            {
                "actionType": action_type,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_firewall_rule_template(
        self,
        *,
        action: Literal["drop", "reject", "accept"],
        name: str,
        rule_number: int,
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        state: Literal["enable", "disable"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleTemplateResult:
        """创建防火墙规则模板 (CreateFirewallRuleTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            action: action (since 4.0.0; enum {'drop', 'reject', 'accept'})
            allow_states: allowStates (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            dest_ip: destIp (since 4.0.0; maxLength 2048)
            dest_port: destPort (since 4.0.0)
            enable_log: enableLog (since 4.0.0)
            icmp_type_name: icmpTypeName (since 4.0.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            protocol: protocol (since 4.0.0)
            resource_uuid: 资源UUID (since 4.0.0)
            rule_number: ruleNumber (since 4.0.0; minimum 1001; maximum 2999)
            source_ip: sourceIp (since 4.0.0; maxLength 2048)
            source_port: sourcePort (since 4.0.0)
            state: state (since 4.0.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 4.0.0)
            tcp_flag: tcpFlag (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FIREWALL_RULE_TEMPLATE,
            {
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "name": name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tagUuids": tag_uuids,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_flow_collector(
        self,
        *,
        flow_meter_uuid: str,
        description: str | None = None,
        name: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        server: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFlowCollectorResult:
        """创建流量监控搜集器 (CreateFlowCollector).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            flow_meter_uuid: 流量监控资源的uuid (since 3.6.0; minLength 1)
            description: 资源的详细描述 (since 3.6.0; maxLength 128)
            name: 资源名称 (since 3.6.0; maxLength 32)
            port: 流量搜集器服务的port (since 3.6.0; minimum 1025; maximum 65535)
            resource_uuid: resourceUuid (since 3.6.0)
            server: 流量搜集器的ip地址 (since 3.6.0; maxLength 48)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FLOW_COLLECTOR,
            {
                "flowMeterUuid": flow_meter_uuid,
                "description": description,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "server": server,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_flow_meter(
        self,
        *,
        type: Literal["NetFlow", "sFlow"],
        description: str | None = None,
        generate_interval: int | None = None,
        name: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        sample: int | None = None,
        server: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        version: Literal["V5", "V9"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFlowMeterResult:
        """创建流量监控资源 (CreateFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0; maxLength 128)
            generate_interval: 流量监控向搜集器发送的时间间隔 (since 3.6.0; minimum 1; maximum 3600)
            name: 资源名称 (since 3.6.0; maxLength 32)
            port: 搜集器服务的UDP端口 (since 3.6.0; minimum 1025; maximum 65535)
            resource_uuid: resourceUuid (since 3.6.0)
            sample: 流量监控的采样率 (since 3.6.0; minimum 1; maximum 2147483647)
            server: 搜集器的ip地址 (since 3.6.0; maxLength 48)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            type: 流量监控使用的协议 (since 3.6.0; enum {'NetFlow', 'sFlow'})
            version: 流量监控协议的版本号 (since 3.6.0; enum {'V5', 'V9'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FLOW_METER,
            {
                "description": description,
                "generateInterval": generate_interval,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "sample": sample,
                "server": server,
                "tagUuids": tag_uuids,
                "type": type,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ipsec_connection(
        self,
        *,
        auth_key: str,
        name: str,
        peer_address: str,
        vip_uuid: str,
        auth_mode: Literal["psk", "certs"] | None = None,
        description: str | None = None,
        id_type: Literal["ip", "name", "fqdn"] | None = None,
        ike_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        ike_dh_group: int | None = None,
        ike_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        ike_life_time: int | None = None,
        ike_version: Literal["ike", "ikev1", "ikev2"] | None = None,
        l3_network_uuid: str | None = None,
        life_time: int | None = None,
        local_id: str | None = None,
        peer_cidrs: Sequence[Any] | None = None,
        pfs: Literal[
            "none",
            "dh-group0",
            "dh-group2",
            "dh-group5",
            "dh-group14",
            "dh-group15",
            "dh-group16",
            "dh-group17",
            "dh-group18",
            "dh-group19",
            "dh-group20",
            "dh-group21",
            "dh-group22",
            "dh-group23",
            "dh-group24",
            "dh-group25",
            "dh-group26",
        ]
        | None = None,
        policy_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        policy_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        policy_mode: Literal["tunnel", "transport"] | None = None,
        remote_id: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        transform_protocol: Literal["esp", "ah", "ah-esp"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIPsecConnectionResult:
        """创建IPsec连接 (CreateIPsecConnection).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            auth_key: 认证密钥 (since 0.6)
            auth_mode: 认证模式 (since 0.6; maxLength 255; enum {'psk', 'certs'})
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            id_type: ID配置方法 (since 4.5.0; maxLength 32; enum {'ip', 'name', 'fqdn'})
            ike_auth_algorithm: IKE验证算法 (since 0.6; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            ike_dh_group: IKE DH组 (since 4.5.0)
            ike_encryption_algorithm: IKE加密算法 (since 0.6; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            ike_life_time: IKE存活时间 (since 4.5.0; minimum 60; maximum 604800)
            ike_version: IKE版本 (since 4.5.0; maxLength 32; enum {'ike', 'ikev1', 'ikev2'})
            l3_network_uuid: 三层网络UUID (since 2.3)
            life_time: IPSec存活时间 (since 4.5.0; minimum 30; maximum 604800)
            local_id: 本端ID (since 4.5.0; maxLength 255)
            name: 资源名称 (since 0.6; maxLength 255)
            peer_address: 远端网络地址 (since 4.5.0; maxLength 255)
            peer_cidrs: 目的网络CIDR (since 4.5.0; minItems 1)
            pfs: PFS DH组 (since 4.5.0; maxLength 32; enum {'none', 'dh-group0', 'dh-group2', 'dh-group5', 'dh-group14', 'dh-group15', 'dh-group16', 'dh-group17', ...})
            policy_auth_algorithm: ESP认证算法 (since 0.6; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            policy_encryption_algorithm: ESP加密算法 (since 0.6; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            policy_mode: 封装模式 (since 4.5.0; maxLength 32; enum {'tunnel', 'transport'})
            remote_id: 对端ID (since 4.5.0; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            transform_protocol: 安全协议 (since 4.5.0; maxLength 32; enum {'esp', 'ah', 'ah-esp'})
            vip_uuid: VIP UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_IPSEC_CONNECTION,
            {
                "authKey": auth_key,
                "authMode": auth_mode,
                "description": description,
                "idType": id_type,
                "ikeAuthAlgorithm": ike_auth_algorithm,
                "ikeDhGroup": ike_dh_group,
                "ikeEncryptionAlgorithm": ike_encryption_algorithm,
                "ikeLifeTime": ike_life_time,
                "ikeVersion": ike_version,
                "l3NetworkUuid": l3_network_uuid,
                "lifeTime": life_time,
                "localId": local_id,
                "name": name,
                "peerAddress": peer_address,
                "peerCidrs": peer_cidrs,
                "pfs": pfs,
                "policyAuthAlgorithm": policy_auth_algorithm,
                "policyEncryptionAlgorithm": policy_encryption_algorithm,
                "policyMode": policy_mode,
                "remoteId": remote_id,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "transformProtocol": transform_protocol,
                "vipUuid": vip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_load_balancer(
        self,
        *,
        name: str,
        description: str | None = None,
        ipv6_vip_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        vip_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateLoadBalancerResult:
        """创建负载均衡器 (CreateLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            ipv6_vip_uuid: ipv6VipUuid
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: tagUuids
            type: type
            vip_uuid: VIP UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_LOAD_BALANCER,
            {
                "description": description,
                "ipv6VipUuid": ipv6_vip_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vipUuid": vip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_load_balancer_listener(
        self,
        *,
        load_balancer_uuid: str,
        load_balancer_port: int,
        name: str,
        acl_status: Literal["enable", "disable"] | None = None,
        acl_type: Literal["white", "black"] | None = None,
        acl_uuids: Sequence[Any] | None = None,
        certificate_uuid: str | None = None,
        description: str | None = None,
        health_check_http_code: str | None = None,
        health_check_method: Literal["GET", "HEAD"] | None = None,
        health_check_protocol: Literal["tcp", "udp", "http"] | None = None,
        health_check_uri: str | None = None,
        http_compress_algos: Sequence[Any] | None = None,
        http_versions: Sequence[Any] | None = None,
        instance_port: int | None = None,
        protocol: Literal["udp", "tcp", "http", "https"] | None = None,
        resource_uuid: str | None = None,
        security_policy_type: Literal[
            "tls_cipher_policy_default",
            "tls_cipher_policy_1_0",
            "tls_cipher_policy_1_1",
            "tls_cipher_policy_1_2",
            "tls_cipher_policy_1_2_strict",
            "tls_cipher_policy_1_2_strict_with_1_3",
        ]
        | None = None,
        tag_uuids: Sequence[Any] | None = None,
        tcp_proxy_protocol: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateLoadBalancerListenerResult:
        """创建负载均衡监听器 (CreateLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            load_balancer_uuid: 负载均衡器UUID (since 0.6)
            acl_status: 访问控制策略状态 (since 3.9.0; enum {'enable', 'disable'})
            acl_type: 访问控制策略类型 (since 3.9.0; enum {'white', 'black'})
            acl_uuids: 访问控制策略组 (since 3.9.0)
            certificate_uuid: certificateUuid (since 2.3.2)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            health_check_http_code: 健康检查期望的返回码 (since 3.9.0; maxLength 80)
            health_check_method: 健康检查方法 (since 3.9.0; enum {'GET', 'HEAD'})
            health_check_protocol: 健康检查协议 (since 3.9.0; enum {'tcp', 'udp', 'http'})
            health_check_uri: 健康检查的URI (since 3.9.0; maxLength 80; pattern ^(?:^/[A-Za-z0-9-/.%?#&]*)$)
            http_compress_algos: http压缩算法 (since 5.0.0)
            http_versions: 负载均衡器前端网络http协议版本 (since 5.0.0)
            instance_port: 云主机端口 (since 0.6; minimum 1; maximum 65535)
            load_balancer_port: 负载均衡器端口 (since 0.6; minimum 1; maximum 65535)
            name: 资源名称 (since 0.6; maxLength 255)
            protocol: 协议 (since 3.0.0; maxLength 255; enum {'udp', 'tcp', 'http', 'https'})
            resource_uuid: 资源UUID (since 0.6)
            security_policy_type: TLS安全策略 (since 5.0.0; enum {'tls_cipher_policy_default', 'tls_cipher_policy_1_0', 'tls_cipher_policy_1_1', 'tls_cipher_policy_1_2', 'tls_cipher_policy_1_2_strict', 'tls_cipher_policy_1_2_strict_with_1_3'})
            tag_uuids: 标签UUID列表 (since 0.6)
            tcp_proxy_protocol: tcp proxy_protocol协议 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_LOAD_BALANCER_LISTENER,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "aclStatus": acl_status,
                "aclType": acl_type,
                "aclUuids": acl_uuids,
                "certificateUuid": certificate_uuid,
                "description": description,
                "healthCheckHttpCode": health_check_http_code,
                "healthCheckMethod": health_check_method,
                "healthCheckProtocol": health_check_protocol,
                "healthCheckURI": health_check_uri,
                "httpCompressAlgos": http_compress_algos,
                "httpVersions": http_versions,
                "instancePort": instance_port,
                "loadBalancerPort": load_balancer_port,
                "name": name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "securityPolicyType": security_policy_type,
                "tagUuids": tag_uuids,
                "tcpProxyProtocol": tcp_proxy_protocol,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_load_balancer_server_group(
        self,
        *,
        load_balancer_uuid: str,
        name: str,
        description: str | None = None,
        ip_version: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateLoadBalancerServerGroupResult:
        """创建负载均衡器服务器组 (CreateLoadBalancerServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            load_balancer_uuid: 负载均衡器UUID (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            ip_version: IP版本 (since 5.1.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_LOAD_BALANCER_SERVER_GROUP,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "description": description,
                "ipVersion": ip_version,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def create_port_mirror(
        self,
        *,
        mirror_network_uuid: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        state_event: Literal["enable", "disable"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePortMirrorResult:
        """创建端口镜像 (CreatePortMirror).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7.0; maxLength 1024)
            mirror_network_uuid: 镜像网络资源的UUID (since 3.7.0)
            name: 资源名称 (since 3.7.0; maxLength 128)
            resource_uuid: resourceUuid (since 3.7.0)
            state_event: 流量镜像服务的状态 (since 3.7.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_PORT_MIRROR,
            {
                "description": description,
                "mirrorNetworkUuid": mirror_network_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "stateEvent": state_event,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_port_mirror_session(
        self,
        *,
        dst_end_point: str,
        name: str,
        port_mirror_uuid: str,
        src_end_point: str,
        type: Literal["Ingress", "Egress", "Bidirection"],
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePortMirrorSessionResult:
        """创建端口镜像会话 (CreatePortMirrorSession).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7.0; maxLength 1024)
            dst_end_point: 镜像会话目的端口 (since 3.7.0; minLength 1; maxLength 32)
            name: 资源名称 (since 3.7.0; maxLength 128)
            port_mirror_uuid: 端口镜像服务的UUID (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            src_end_point: 镜像会话源端口 (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            type: 会话资源的类型 (since 3.7.0; enum {'Ingress', 'Egress', 'Bidirection'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_PORT_MIRROR_SESSION,
            {
                "description": description,
                "dstEndPoint": dst_end_point,
                "name": name,
                "portMirrorUuid": port_mirror_uuid,
                "resourceUuid": resource_uuid,
                "srcEndPoint": src_end_point,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_security_group(
        self,
        *,
        name: str,
        description: str | None = None,
        ip_version: Literal[4, 6] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSecurityGroupResult:
        """创建安全组 (CreateSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            ip_version: ip协议号 (since 3.1.0; enum {4, 6})
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SECURITY_GROUP,
            {
                "description": description,
                "ipVersion": ip_version,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_slb_group(
        self,
        *,
        front_end_l3_network_uuid: str,
        name: str,
        slb_offering_uuid: str,
        backend_l3_network_uuids: Sequence[Any] | None = None,
        backend_type: Literal["VYOS"] | None = None,
        deploy_type: Literal["NoHA", "HA"] | None = None,
        description: str | None = None,
        monitor_ips: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSlbGroupResult:
        """创建SLB集群 (CreateSlbGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backend_l3_network_uuids: 后端所属网络uuid (since 4.0.0; minItems 1)
            backend_type: 后端类型 (since 4.0.0; enum {'VYOS'})
            deploy_type: 部署类型 (since 4.0.0; enum {'NoHA', 'HA'})
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            front_end_l3_network_uuid: 前端网络uuid (since 4.0.0; minLength 1)
            monitor_ips: 监控IP (since 5.1.0; minItems 1)
            name: 资源名称 (since 4.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            slb_offering_uuid: 高性能实例规格uuid (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SLB_GROUP,
            {
                "backendL3NetworkUuids": backend_l3_network_uuids,
                "backendType": backend_type,
                "deployType": deploy_type,
                "description": description,
                "frontEndL3NetworkUuid": front_end_l3_network_uuid,
                "monitorIps": monitor_ips,
                "name": name,
                "resourceUuid": resource_uuid,
                "slbOfferingUuid": slb_offering_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_slb_instance(
        self,
        *,
        name: str,
        slb_group_uuid: str,
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
    ) -> CreateSlbInstanceResult:
        """创建高性能负载均衡器实例 (CreateSlbInstance).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            host_uuid: 物理机UUID (since 4.0.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            primary_storage_uuid_for_root_volume: primaryStorageUuidForRootVolume (since 5.5.0)
            resource_uuid: 资源UUID (since 4.0.0)
            root_volume_system_tags: rootVolumeSystemTags (since 5.5.0)
            slb_group_uuid: 性能独享型负载均衡器组UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            zone_uuid: 区域UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SLB_INSTANCE,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "slbGroupUuid": slb_group_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_slb_offering(
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
    ) -> CreateSlbOfferingResult:
        """创建高性能实例性负载均衡器规格 (CreateSlbOffering).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocator_strategy: allocatorStrategy (since 4.0.0)
            cpu_num: cpuNum (since 4.0.0; minimum 1; maximum 1024)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            image_uuid: 镜像UUID (since 4.0.0)
            management_network_uuid: 管理网络uuid (since 4.0.0)
            memory_size: memorySize (since 4.0.0; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 4.0.0; maxLength 255)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 4.0.0)
            sort_key: sortKey (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            type: type (since 4.0.0)
            zone_uuid: 区域UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SLB_OFFERING,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def create_vpc_firewall(
        self,
        *,
        name: str,
        vpc_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpcFirewallResult:
        """创建防火墙 (CreateVpcFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            vpc_uuid: VPC路由器UUID (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VPC_FIREWALL,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vpcUuid": vpc_uuid,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def delete_access_control_list(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAccessControlListResult:
        """删除访问控制策略组 (DeleteAccessControlList).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ACCESS_CONTROL_LIST,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_certificate(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCertificateResult:
        """删除证书 (DeleteCertificate).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3.2)
            delete_mode: deleteMode (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_CERTIFICATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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

    def delete_firewall(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallResult:
        """删除防火墙 (DeleteFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_FIREWALL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_firewall_ip_set_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallIpSetTemplateResult:
        """删除防火墙IP或端口模板 (DeleteFirewallIpSetTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; maxLength 32)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_FIREWALL_IP_SET_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_firewall_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallRuleResult:
        """删除防火墙规则 (DeleteFirewallRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; maxLength 32)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_FIREWALL_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_firewall_rule_set(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallRuleSetResult:
        """删除防火墙规则集 (DeleteFirewallRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_FIREWALL_RULE_SET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_firewall_rule_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallRuleTemplateResult:
        """删除防火墙规则模板 (DeleteFirewallRuleTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; maxLength 32)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_FIREWALL_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_flow_collector(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFlowCollectorResult:
        """删除流量监控搜集器 (DeleteFlowCollector).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_FLOW_COLLECTOR,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_flow_meter(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFlowMeterResult:
        """删除流量监控资源 (DeleteFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_FLOW_METER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ipsec_connection(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIPsecConnectionResult:
        """删除IPsec连接 (DeleteIPsecConnection).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_load_balancer(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLoadBalancerResult:
        """删除负载均衡器 (DeleteLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_LOAD_BALANCER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_load_balancer_listener(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLoadBalancerListenerResult:
        """删除负载均衡监听器 (DeleteLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_LOAD_BALANCER_LISTENER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_load_balancer_server_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLoadBalancerServerGroupResult:
        """删除负载均衡器服务器组 (DeleteLoadBalancerServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 服务器组uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_LOAD_BALANCER_SERVER_GROUP,
            {
                "uuid": uuid,
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

    def delete_port_mirror(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePortMirrorResult:
        """删除端口镜像 (DeletePortMirror).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_PORT_MIRROR,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_port_mirror_session(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePortMirrorSessionResult:
        """删除端口镜像会话 (DeletePortMirrorSession).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_PORT_MIRROR_SESSION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_security_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSecurityGroupResult:
        """删除安全组 (DeleteSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: Permissive:：如果删除过程中发生错误或者删除不被允许云平台会停止删除操作在这种情况下, 包含失败原因的错误代码会被返回 Enforcing： 云平台会忽略所有错误和权限而直接删除资源;在这种情况下, 删除操作总是会成功 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SECURITY_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_security_group_rule(
        self,
        *,
        rule_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSecurityGroupRuleResult:
        """删除安全组规则 (DeleteSecurityGroupRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_uuids: 安全组规则的uuid列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SECURITY_GROUP_RULE,
            {
                "ruleUuids": rule_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_slb_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSlbGroupResult:
        """删除性能独享型负载均衡器组 (DeleteSlbGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SLB_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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

    def delete_vm_nic_from_security_group(
        self,
        *,
        security_group_uuid: str,
        vm_nic_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmNicFromSecurityGroupResult:
        """从安全组删除虚拟机网卡 (DeleteVmNicFromSecurityGroup).

        从安全组删除虚拟机网卡, 这个命令是异步执行的, 在它返回后可能规则仍然没有对所有虚拟机网卡生效。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            vm_nic_uuids: 网卡的uuid列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VM_NIC_FROM_SECURITY_GROUP,
            {
                "securityGroupUuid": security_group_uuid,
                "vmNicUuids": vm_nic_uuids,
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

    def detach_firewall_rule_set_from_l3(
        self,
        *,
        l3_uuid: str,
        rule_set_uuid: str,
        forward: Literal["in", "out"],
        vpc_firewall_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachFirewallRuleSetFromL3Result:
        """网络卸载防火墙规则集 (DetachFirewallRuleSetFromL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_uuid: 三层网络uuid (since 4.0.0; minLength 1)
            rule_set_uuid: ruleSetUuid (since 4.0.0; minLength 1)
            forward: 方向 (since 4.0.0; enum {'in', 'out'})
            vpc_firewall_uuid: 防火墙uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_FIREWALL_RULE_SET_FROM_L3,
            {
                "l3Uuid": l3_uuid,
                "ruleSetUuid": rule_set_uuid,
                "forward": forward,
                "vpcFirewallUuid": vpc_firewall_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_l3_networks_from_ipsec_connection(
        self,
        *,
        uuid: str,
        l3_network_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachL3NetworksFromIPsecConnectionResult:
        """从IPsec连接删除三层网络 (DetachL3NetworksFromIPsecConnection).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            l3_network_uuids: l3NetworkUuids (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_L3_NETWORKS_FROM_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "l3NetworkUuids": l3_network_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_network_service_from_l3_network(
        self,
        *,
        l3_network_uuid: str,
        network_services: Mapping[str, str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        service: str | None = None,
        job_uuid: str | None = None,
    ) -> DetachNetworkServiceFromL3NetworkResult:
        """从三层网络卸载网络服务 (DetachNetworkServiceFromL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            network_services: 网络服务 (since 0.6)
            service: service
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_NETWORK_SERVICE_FROM_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "networkServices": network_services,
                "systemTags": system_tags,
                "userTags": user_tags,
                "service": service,
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

    def detach_security_group_from_l3_network(
        self,
        *,
        security_group_uuid: str,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachSecurityGroupFromL3NetworkResult:
        """从L3网络卸载安全组 (DetachSecurityGroupFromL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            l3_network_uuid: 三层网络UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_SECURITY_GROUP_FROM_L3_NETWORK,
            {
                "securityGroupUuid": security_group_uuid,
                "l3NetworkUuid": l3_network_uuid,
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

    def get_candidate_l3_networks_for_ip_sec_connection(
        self,
        *,
        uuid: str | None = None,
        public_l3_uuid: str | None = None,
        vip_uuid: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL3NetworksForIpSecConnectionResult:
        """Get candidate L3 networks for ip sec connection (GetCandidateL3NetworksForIpSecConnection).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCandidateL3NetworksForIpSecConnectionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            public_l3_uuid: publicL3Uuid
            vip_uuid: vipUuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_L3_NETWORKS_FOR_IP_SEC_CONNECTION,
            {
                "uuid": uuid,
                "publicL3Uuid": public_l3_uuid,
                "vipUuid": vip_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_l3_networks_for_load_balancer(
        self,
        *,
        listener_uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL3NetworksForLoadBalancerResult:
        """获取监听器可加载L3网络 (GetCandidateL3NetworksForLoadBalancer).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            listener_uuid: listenerUuid (since 3.9.0)
            limit: limit (since 3.9.0)
            start: start (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_L3_NETWORKS_FOR_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_l3_networks_for_server_group(
        self,
        *,
        server_group_uuid: str | None = None,
        load_balancer_uuid: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL3NetworksForServerGroupResult:
        """Get candidate L3 networks for server group (GetCandidateL3NetworksForServerGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCandidateL3NetworksForServerGroupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            server_group_uuid: serverGroupUuid
            load_balancer_uuid: loadBalancerUuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_L3_NETWORKS_FOR_SERVER_GROUP,
            {
                "serverGroupUuid": server_group_uuid,
                "loadBalancerUuid": load_balancer_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_vm_nic_for_security_group(
        self,
        *,
        security_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicForSecurityGroupResult:
        """获取网卡列表清单 (GetCandidateVmNicForSecurityGroup).

        获取可应用安全组的网卡列表清单。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_VM_NIC_FOR_SECURITY_GROUP,
            {
                "securityGroupUuid": security_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_vm_nics_for_load_balancer(
        self,
        *,
        listener_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicsForLoadBalancerResult:
        """获取云主机网卡 (GetCandidateVmNicsForLoadBalancer).

        获取可供负载均衡器添加的云主机网卡。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            listener_uuid: 负载均衡监听器UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_VM_NICS_FOR_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_vm_nics_for_load_balancer_server_group(
        self,
        *,
        servergroup_uuid: str | None = None,
        load_balancer_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        ip_version: Literal[4, 6] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicsForLoadBalancerServerGroupResult:
        """获取可供负载均衡器服务器组添加的云主机网卡 (GetCandidateVmNicsForLoadBalancerServerGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            servergroup_uuid: servergroupUuid (since 4.0.0)
            load_balancer_uuid: 负载均衡器UUID (since 4.0.0)
            ip_version: ipVersion (since 5.1.0; enum {4, 6})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_VM_NICS_FOR_LOAD_BALANCER_SERVER_GROUP,
            {
                "servergroupUuid": servergroup_uuid,
                "loadBalancerUuid": load_balancer_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "ipVersion": ip_version,
            },
            job_uuid,
        )

    def get_candidate_vm_nics_for_port_mirror(
        self,
        *,
        port_mirror_uuid: str,
        type: Literal["source", "dest"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicsForPortMirrorResult:
        """获取系统中可以使用端口镜像服务的网卡 (GetCandidateVmNicsForPortMirror).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            port_mirror_uuid: 端口镜像服务的uuid (since 3.7.0)
            type: 网卡类型 (since 3.7.0; enum {'source', 'dest'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_VM_NICS_FOR_PORT_MIRROR,
            {
                "portMirrorUuid": port_mirror_uuid,
                "type": type,
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

    def get_flow_meter_router_id(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFlowMeterRouterIdResult:
        """获取流量监控协议中使用的系统标识 (GetFlowMeterRouterId).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: VPC路由器的uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_FLOW_METER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_load_balancer_listener_acl_entries(
        self,
        *,
        listener_uuids: Sequence[str] | None = None,
        type: Literal["RedirectRule", "IpEntry"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLoadBalancerListenerACLEntriesResult:
        """获取负载均衡监听器访问控制策略条目 (GetLoadBalancerListenerACLEntries).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            listener_uuids: listenerUuids (since 4.1.0)
            type: type (since 4.1.0; enum {'RedirectRule', 'IpEntry'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LOAD_BALANCER_LISTENER_ACL_ENTRIES,
            {
                "listenerUuids": listener_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_load_balancer_owner(
        self,
        *,
        load_balancer_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLoadBalancerOwnerResult:
        """获取负载均衡所属资源 (GetLoadBalancerOwner).

        Since ZStack 5.1.0. Synchronous (a 202 is still followed).

        Args:
            load_balancer_uuid: 负载均衡器UUID (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LOAD_BALANCER_OWNER,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_network_service_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetNetworkServiceTypesResult:
        """获取网络服务类型 (GetNetworkServiceTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_NETWORK_SERVICE_TYPES,
            {
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

    def get_v_router_flow_counter(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterFlowCounterResult:
        """流量监控的统计信息 (GetVRouterFlowCounter).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: 路由器uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_V_ROUTER_FLOW_COUNTER,
            {
                "vRouterUuid": v_router_uuid,
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

    def provision_slb_instance(
        self,
        *,
        uuid: str,
        slb_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProvisionSlbInstanceResult:
        """配置负载均衡实例 (ProvisionSlbInstance).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: uuid
            slb_instance_uuid: slbInstanceUuid (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PROVISION_SLB_INSTANCE,
            {
                "uuid": uuid,
                "slbInstanceUuid": slb_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_access_control_list(
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
    ) -> QueryAccessControlListResult:
        """查询访问控制策略组 (QueryAccessControlList).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ACCESS_CONTROL_LIST,
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

    def query_access_control_list_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AccessControlListInventory]:
        """Every result of ``query_access_control_list``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCESS_CONTROL_LIST,
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

    def query_certificate(
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
    ) -> QueryCertificateResult:
        """查询证书 (QueryCertificate).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CERTIFICATE,
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

    def query_certificate_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[CertificateInventory]:
        """Every result of ``query_certificate``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CERTIFICATE,
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

    def query_firewall_ip_set_template(
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
    ) -> QueryFirewallIpSetTemplateResult:
        """查询防火墙IP或端口模板 (QueryFirewallIpSetTemplate).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FIREWALL_IP_SET_TEMPLATE,
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

    def query_firewall_ip_set_template_pages(
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
        """Every result of ``query_firewall_ip_set_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_IP_SET_TEMPLATE,
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

    def query_firewall_rule(
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
    ) -> QueryFirewallRuleResult:
        """查询防火墙规则 (QueryFirewallRule).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FIREWALL_RULE,
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

    def query_firewall_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VpcFirewallRuleInventory]:
        """Every result of ``query_firewall_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE,
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

    def query_firewall_rule_set(
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
    ) -> QueryFirewallRuleSetResult:
        """查询防火墙规则集 (QueryFirewallRuleSet).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FIREWALL_RULE_SET,
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

    def query_firewall_rule_set_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VpcFirewallRuleSetInventory]:
        """Every result of ``query_firewall_rule_set``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE_SET,
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

    def query_firewall_rule_set_l3_ref(
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
    ) -> QueryFirewallRuleSetL3RefResult:
        """查询防火墙规则集与三层网络关联关系 (QueryFirewallRuleSetL3Ref).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FIREWALL_RULE_SET_L3_REF,
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

    def query_firewall_rule_set_l3_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VpcFirewallRuleSetL3RefInventory]:
        """Every result of ``query_firewall_rule_set_l3_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE_SET_L3_REF,
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

    def query_firewall_rule_template(
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
    ) -> QueryFirewallRuleTemplateResult:
        """查询防火墙规则模板 (QueryFirewallRuleTemplate).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FIREWALL_RULE_TEMPLATE,
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

    def query_firewall_rule_template_pages(
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
        """Every result of ``query_firewall_rule_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE_TEMPLATE,
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

    def query_flow_collector(
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
    ) -> QueryFlowCollectorResult:
        """查询流量监控的搜集器 (QueryFlowCollector).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FLOW_COLLECTOR,
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

    def query_flow_collector_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[FlowCollectorInventory]:
        """Every result of ``query_flow_collector``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FLOW_COLLECTOR,
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

    def query_flow_meter(
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
    ) -> QueryFlowMeterResult:
        """查询流量监控资源 (QueryFlowMeter).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FLOW_METER,
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

    def query_flow_meter_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[FlowMeterInventory]:
        """Every result of ``query_flow_meter``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FLOW_METER,
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

    def query_ip_sec_connection(
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
    ) -> QueryIPSecConnectionResult:
        """查询IPsec连接 (QueryIPSecConnection).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IP_SEC_CONNECTION,
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

    def query_ip_sec_connection_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[IPsecConnectionInventory]:
        """Every result of ``query_ip_sec_connection``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IP_SEC_CONNECTION,
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

    def query_load_balancer(
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
    ) -> QueryLoadBalancerResult:
        """查询负载均衡器 (QueryLoadBalancer).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_LOAD_BALANCER,
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

    def query_load_balancer_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[LoadBalancerInventory]:
        """Every result of ``query_load_balancer``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOAD_BALANCER,
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

    def query_load_balancer_listener(
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
    ) -> QueryLoadBalancerListenerResult:
        """查询负载均衡监听器 (QueryLoadBalancerListener).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_LOAD_BALANCER_LISTENER,
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

    def query_load_balancer_listener_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[LoadBalancerListenerInventory]:
        """Every result of ``query_load_balancer_listener``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOAD_BALANCER_LISTENER,
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

    def query_load_balancer_server_group(
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
    ) -> QueryLoadBalancerServerGroupResult:
        """查询负载均衡器服务器组 (QueryLoadBalancerServerGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_LOAD_BALANCER_SERVER_GROUP,
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

    def query_load_balancer_server_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[LoadBalancerServerGroupInventory]:
        """Every result of ``query_load_balancer_server_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOAD_BALANCER_SERVER_GROUP,
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

    def query_network_service_l3_network_ref(
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
    ) -> QueryNetworkServiceL3NetworkRefResult:
        """查询网络服务与三层网络引用 (QueryNetworkServiceL3NetworkRef).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_NETWORK_SERVICE_L3_NETWORK_REF,
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

    def query_network_service_l3_network_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[NetworkServiceL3NetworkRefInventory]:
        """Every result of ``query_network_service_l3_network_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NETWORK_SERVICE_L3_NETWORK_REF,
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

    def query_network_service_provider(
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
    ) -> QueryNetworkServiceProviderResult:
        """查询网络服务模块 (QueryNetworkServiceProvider).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_NETWORK_SERVICE_PROVIDER,
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

    def query_network_service_provider_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[NetworkServiceProviderInventory]:
        """Every result of ``query_network_service_provider``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NETWORK_SERVICE_PROVIDER,
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

    def query_port_mirror(
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
    ) -> QueryPortMirrorResult:
        """查询端口镜像 (QueryPortMirror).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PORT_MIRROR,
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

    def query_port_mirror_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PortMirrorInventory]:
        """Every result of ``query_port_mirror``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PORT_MIRROR,
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

    def query_port_mirror_network_used_ip(
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
    ) -> QueryPortMirrorNetworkUsedIpResult:
        """查询端口镜像网络分配的IP (QueryPortMirrorNetworkUsedIp).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PORT_MIRROR_NETWORK_USED_IP,
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

    def query_port_mirror_network_used_ip_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[MirrorNetworkUsedIpInventory]:
        """Every result of ``query_port_mirror_network_used_ip``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PORT_MIRROR_NETWORK_USED_IP,
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

    def query_port_mirror_session(
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
    ) -> QueryPortMirrorSessionResult:
        """查询端口镜像会话 (QueryPortMirrorSession).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PORT_MIRROR_SESSION,
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

    def query_port_mirror_session_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PortMirrorSessionInventory]:
        """Every result of ``query_port_mirror_session``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PORT_MIRROR_SESSION,
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

    def query_security_group(
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
    ) -> QuerySecurityGroupResult:
        """查询安全组 (QuerySecurityGroup).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SECURITY_GROUP,
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

    def query_security_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SecurityGroupInventory]:
        """Every result of ``query_security_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SECURITY_GROUP,
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

    def query_security_group_rule(
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
    ) -> QuerySecurityGroupRuleResult:
        """查询安全组规则 (QuerySecurityGroupRule).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SECURITY_GROUP_RULE,
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

    def query_security_group_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SecurityGroupRuleInventory]:
        """Every result of ``query_security_group_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SECURITY_GROUP_RULE,
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

    def query_slb_group(
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
    ) -> QuerySlbGroupResult:
        """查询性能独享型负载均衡器组 (QuerySlbGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SLB_GROUP,
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

    def query_slb_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SlbGroupInventory]:
        """Every result of ``query_slb_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SLB_GROUP,
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

    def query_slb_offering(
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
    ) -> QuerySlbOfferingResult:
        """查询性能独享型负载均衡器规格 (QuerySlbOffering).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SLB_OFFERING,
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

    def query_slb_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SlbOfferingInventory]:
        """Every result of ``query_slb_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SLB_OFFERING,
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

    def query_slb_vm_instance(
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
    ) -> QuerySlbVmInstanceResult:
        """查询SLB实例 (QuerySlbVmInstance).

        Since ZStack 5.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SLB_VM_INSTANCE,
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

    def query_slb_vm_instance_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SlbVmInstanceInventory]:
        """Every result of ``query_slb_vm_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SLB_VM_INSTANCE,
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

    def query_v_router_flow_meter_network(
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
    ) -> QueryVRouterFlowMeterNetworkResult:
        """查询开启流量监控的VPC网络 (QueryVRouterFlowMeterNetwork).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_ROUTER_FLOW_METER_NETWORK,
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

    def query_v_router_flow_meter_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[NetworkRouterFlowMeterRefInventory]:
        """Every result of ``query_v_router_flow_meter_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_FLOW_METER_NETWORK,
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

    def query_vm_nic_in_security_group(
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
    ) -> QueryVmNicInSecurityGroupResult:
        """查询应用了安全组的网卡列表 (QueryVmNicInSecurityGroup).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_NIC_IN_SECURITY_GROUP,
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

    def query_vm_nic_in_security_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VmNicSecurityGroupRefInventory]:
        """Every result of ``query_vm_nic_in_security_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_NIC_IN_SECURITY_GROUP,
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

    def query_vm_nic_security_policy(
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
    ) -> QueryVmNicSecurityPolicyResult:
        """查询网卡的默认流量策略 (QueryVmNicSecurityPolicy).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_NIC_SECURITY_POLICY,
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

    def query_vm_nic_security_policy_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VmNicSecurityPolicyInventory]:
        """Every result of ``query_vm_nic_security_policy``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_NIC_SECURITY_POLICY,
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

    def query_vpc_firewall(
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
    ) -> QueryVpcFirewallResult:
        """查询防火墙 (QueryVpcFirewall).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VPC_FIREWALL,
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

    def query_vpc_firewall_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VpcFirewallInventory]:
        """Every result of ``query_vpc_firewall``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_FIREWALL,
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

    def query_vpc_firewall_v_router_ref(
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
    ) -> QueryVpcFirewallVRouterRefResult:
        """查询防火墙与单节点路由器关联关系 (QueryVpcFirewallVRouterRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VPC_FIREWALL_V_ROUTER_REF,
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

    def query_vpc_firewall_v_router_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VpcFirewallVRouterRefInventory]:
        """Every result of ``query_vpc_firewall_v_router_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_FIREWALL_V_ROUTER_REF,
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

    def reconnect_ipsec_connection(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectIPsecConnectionResult:
        """重连IPsec (ReconnectIPsecConnection).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def refresh_firewall(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshFirewallResult:
        """刷新防火墙配置 (RefreshFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_FIREWALL,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def refresh_load_balancer(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshLoadBalancerResult:
        """刷新负载均衡器 (RefreshLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_LOAD_BALANCER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_access_control_list_entry(
        self,
        *,
        acl_uuid: str,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAccessControlListEntryResult:
        """删除访问控制策略的IP组 (RemoveAccessControlListEntry).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 3.9.0)
            uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_ACCESS_CONTROL_LIST_ENTRY,
            {
                "aclUuid": acl_uuid,
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_access_control_list_from_load_balancer(
        self,
        *,
        listener_uuid: str,
        acl_uuids: Sequence[str],
        server_group_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAccessControlListFromLoadBalancerResult:
        """删除监听器访问控制策略 (RemoveAccessControlListFromLoadBalancer).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 监听器唯一标识 (since 3.9.0)
            acl_uuids: 访问控制策略组唯一标识 (since 3.9.0; minItems 1)
            server_group_uuids: serverGroupUuids (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_ACCESS_CONTROL_LIST_FROM_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "aclUuids": acl_uuids,
                "serverGroupUuids": server_group_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_backend_server_from_server_group(
        self,
        *,
        server_group_uuid: str,
        server_ips: Sequence[Any] | None = None,
        vm_nic_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveBackendServerFromServerGroupResult:
        """从服务器组移除后端服务器 (RemoveBackendServerFromServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            server_group_uuid: serverGroupUuid (since 4.0.0; minLength 1)
            server_ips: serverIps (since 4.0.0)
            vm_nic_uuids: vmNicUuids (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_BACKEND_SERVER_FROM_SERVER_GROUP,
            {
                "serverGroupUuid": server_group_uuid,
                "serverIps": server_ips,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_certificate_from_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        certificate_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveCertificateFromLoadBalancerListenerResult:
        """从负载均衡移除证书 (RemoveCertificateFromLoadBalancerListener).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: listenerUuid (since 2.3.2)
            certificate_uuid: certificateUuid (since 2.3.2; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_CERTIFICATE_FROM_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "certificateUuid": certificate_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_remote_cidrs_from_ipsec_connection(
        self,
        *,
        uuid: str,
        peer_cidrs: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveRemoteCidrsFromIPsecConnectionResult:
        """删除远端CIDR (RemoveRemoteCidrsFromIPsecConnection).

        从IPsec连接删除远端CIDR。

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            peer_cidrs: peerCidrs (since 4.5.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_REMOTE_CIDRS_FROM_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "peerCidrs": peer_cidrs,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_server_group_from_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        server_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveServerGroupFromLoadBalancerListenerResult:
        """从负载均衡监听器移除服务器组 (RemoveServerGroupFromLoadBalancerListener).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 监听器uuid (since 4.0.0)
            server_group_uuid: 服务器组uuid (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SERVER_GROUP_FROM_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "serverGroupUuid": server_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_v_router_networks_from_flow_meter(
        self,
        *,
        uuids: Sequence[str],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVRouterNetworksFromFlowMeterResult:
        """清除VPC路由器网络的流量监控 (RemoveVRouterNetworksFromFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuids: uuids (since 3.6.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_V_ROUTER_NETWORKS_FROM_FLOW_METER,
            {
                "uuids": uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_vm_nic_from_load_balancer(
        self,
        *,
        listener_uuid: str,
        vm_nic_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVmNicFromLoadBalancerResult:
        """从负载均衡器移除云主机网卡 (RemoveVmNicFromLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 负载均衡监听器UUID (since 0.6)
            vm_nic_uuids: 云主机网卡UUID (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_VM_NIC_FROM_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_flow_meter_router_id(
        self,
        *,
        v_router_uuid: str,
        router_id: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetFlowMeterRouterIdResult:
        """设置流量监控协议使用的VPC标识 (SetFlowMeterRouterId).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            v_router_uuid: vRouterUuid (since 3.6.0)
            router_id: 路由器标识 (since 3.6.0; minimum 1; maximum 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_FLOW_METER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "routerId": router_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
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

    def set_vm_nic_security_group(
        self,
        *,
        vm_nic_uuid: str,
        refs: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmNicSecurityGroupResult:
        """设置网卡的安全组 (SetVmNicSecurityGroup).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 网卡的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            refs: 网卡挂载的安全组 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_NIC_SECURITY_GROUP,
            {
                "vmNicUuid": vm_nic_uuid,
                "refs": refs,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_certificate(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCertificateResult:
        """更新证书信息 (UpdateCertificate).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CERTIFICATE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
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

    def update_firewall_ip_set_template(
        self,
        *,
        uuid: str,
        dest_value: str | None = None,
        name: str | None = None,
        source_value: str | None = None,
        type: Literal["ip", "port"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallIpSetTemplateResult:
        """更新防火墙IP或端口模板 (UpdateFirewallIpSetTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            dest_value: destValue (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            source_value: sourceValue (since 4.0.0; maxLength 2048)
            type: type (since 4.0.0; enum {'ip', 'port'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FIREWALL_IP_SET_TEMPLATE,
            {
                "uuid": uuid,
                "destValue": dest_value,
                "name": name,
                "sourceValue": source_value,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_firewall_rule(
        self,
        *,
        uuid: str,
        action: Literal["drop", "reject", "accept"],
        rule_number: int,
        rule_set_uuid: str,
        state: Literal["enable", "disable"],
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallRuleResult:
        """更新防火墙规则 (UpdateFirewallRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            action: 动作 (since 3.6.0; enum {'drop', 'reject', 'accept'})
            allow_states: 允许状态 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0; maxLength 2048)
            dest_ip: 目标ip (since 3.6.0)
            dest_port: 目标端口 (since 3.6.0)
            enable_log: 是否开启日志 (since 3.6.0)
            icmp_type_name: icmpType (since 3.6.0)
            protocol: 协议 (since 3.6.0)
            rule_number: 优先级 (since 3.6.0; minimum 1001; maximum 2999)
            rule_set_uuid: 规则集uuid (since 4.0.0; minLength 1)
            source_ip: 源ip (since 3.6.0)
            source_port: 源端口 (since 3.6.0)
            state: 状态 (since 3.6.0; enum {'enable', 'disable'})
            tcp_flag: tcp flag (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FIREWALL_RULE,
            {
                "uuid": uuid,
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "protocol": protocol,
                "ruleNumber": rule_number,
                "ruleSetUuid": rule_set_uuid,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_firewall_rule_set(
        self,
        *,
        uuid: str,
        action_type: Literal["drop", "accept", "reject"] | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallRuleSetResult:
        """更新防火墙规则集 (UpdateFirewallRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            action_type: actionType (since 3.6.0; enum {'drop', 'accept', 'reject'})
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FIREWALL_RULE_SET,
            {
                "uuid": uuid,
                "actionType": action_type,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_firewall_rule_template(
        self,
        *,
        uuid: str,
        action: Literal["drop", "reject", "accept"],
        name: str,
        rule_number: int,
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        state: Literal["enable", "disable"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallRuleTemplateResult:
        """更新防火墙规则模板 (UpdateFirewallRuleTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; minLength 1)
            action: action (since 4.0.0; enum {'drop', 'reject', 'accept'})
            allow_states: allowStates (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            dest_ip: destIp (since 4.0.0; maxLength 2048)
            dest_port: destPort (since 4.0.0)
            enable_log: enableLog (since 4.0.0)
            icmp_type_name: icmpTypeName (since 4.0.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            protocol: protocol (since 4.0.0)
            resource_uuid: 资源UUID (since 4.0.0)
            rule_number: ruleNumber (since 4.0.0; minimum 1001; maximum 2999)
            source_ip: sourceIp (since 4.0.0; maxLength 2048)
            source_port: sourcePort (since 4.0.0)
            state: state (since 4.0.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 4.0.0)
            tcp_flag: tcpFlag (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FIREWALL_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "name": name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tagUuids": tag_uuids,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_flow_collector(
        self,
        *,
        uuid: str,
        port: int | None = None,
        server: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFlowCollectorResult:
        """更新搜集器信息 (UpdateFlowCollector).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            port: UDP端口 (since 3.6.0; minimum 1; maximum 65535)
            server: 搜集器的IP (since 3.6.0; maxLength 48)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FLOW_COLLECTOR,
            {
                "uuid": uuid,
                "port": port,
                "server": server,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_flow_meter(
        self,
        *,
        uuid: str,
        description: str | None = None,
        expire_interval: int | None = None,
        name: str | None = None,
        sample: int | None = None,
        version: Literal["V5", "V9"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFlowMeterResult:
        """更新流量监控的信息 (UpdateFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0; maxLength 128)
            expire_interval: 流量发送间隔 (since 3.6.0; minimum 1; maximum 3600)
            name: 资源名称 (since 3.6.0; maxLength 32)
            sample: 流量采集样本率 (since 3.6.0; minimum 1; maximum 2147483647)
            version: 流量监控协议的版本 (since 3.6.0; enum {'V5', 'V9'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FLOW_METER,
            {
                "uuid": uuid,
                "description": description,
                "expireInterval": expire_interval,
                "name": name,
                "sample": sample,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ipsec_connection(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIPsecConnectionResult:
        """更新IPsec连接 (UpdateIPsecConnection).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_load_balancer(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLoadBalancerResult:
        """更新负载均衡器 (UpdateLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_LOAD_BALANCER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_load_balancer_listener(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLoadBalancerListenerResult:
        """更新负载均衡监听器 (UpdateLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_LOAD_BALANCER_LISTENER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_load_balancer_server_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLoadBalancerServerGroupResult:
        """更新负载均衡器服务器组 (UpdateLoadBalancerServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_LOAD_BALANCER_SERVER_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
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

    def update_port_mirror(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePortMirrorResult:
        """更新端口镜像 (UpdatePortMirror).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            description: 资源的详细描述 (since 3.7.0; maxLength 1024)
            name: 资源名称 (since 3.7.0; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_PORT_MIRROR,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_security_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSecurityGroupResult:
        """更新安全组 (UpdateSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SECURITY_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_security_group_rule_priority(
        self,
        *,
        security_group_uuid: str,
        rules: Sequence[Any],
        type: Literal["Ingress", "Egress"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSecurityGroupRulePriorityResult:
        """更新安全组规则优先级 (UpdateSecurityGroupRulePriority).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            rules: 规则的优先级 (since 4.7.21; minItems 1)
            type: 规则的类型 (since 4.7.21; minLength 1; enum {'Ingress', 'Egress'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SECURITY_GROUP_RULE_PRIORITY,
            {
                "securityGroupUuid": security_group_uuid,
                "rules": rules,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_slb_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        slb_offering_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSlbGroupResult:
        """更新性能独享型负载均衡器组 (UpdateSlbGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; maxLength 255)
            slb_offering_uuid: 性能独享型负载均衡器规格 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SLB_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "slbOfferingUuid": slb_offering_uuid,
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

    def update_vpc_firewall(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVpcFirewallResult:
        """更新防火墙 (UpdateVpcFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VPC_FIREWALL,
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

    def validate_security_group_rule(
        self,
        *,
        security_group_uuid: str,
        type: Literal["Ingress", "Egress"],
        protocol: Literal["TCP", "UDP", "ICMP", "ALL"],
        remote_security_group_uuid: str | None = None,
        ip_version: Literal[4, 6] | None = None,
        src_ip_range: str | None = None,
        dst_ip_range: str | None = None,
        dst_port_range: str | None = None,
        action: Literal["ACCEPT", "DROP"] | None = None,
        start_port: int | None = None,
        end_port: int | None = None,
        allowed_cidr: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSecurityGroupRuleResult:
        """检查安全组规则是否可用 (ValidateSecurityGroupRule).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            security_group_uuid: 安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            type: 安全组规则的方向 (since 4.7.21; minLength 1; enum {'Ingress', 'Egress'})
            protocol: 安全组规则的协议类型 (since 4.7.21; minLength 1; enum {'TCP', 'UDP', 'ICMP', 'ALL'})
            remote_security_group_uuid: 远端安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            ip_version: 安全组规则的IP版本 (since 4.7.21; enum {4, 6})
            src_ip_range: 安全组规则的源ip范围 (since 4.7.21)
            dst_ip_range: 安全组规则的目的ip范围 (since 4.7.21)
            dst_port_range: 安全组规则的目的端口范围 (since 4.7.21)
            action: 安全组规则的动作 (since 4.7.21; minLength 1; enum {'ACCEPT', 'DROP'})
            start_port: 安全组规则的起始端口 (since 4.7.21)
            end_port: 安全组规则的结束端口 (since 4.7.21)
            allowed_cidr: 安全组规则的ip范围 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_SECURITY_GROUP_RULE,
            {
                "securityGroupUuid": security_group_uuid,
                "type": type,
                "protocol": protocol,
                "remoteSecurityGroupUuid": remote_security_group_uuid,
                "ipVersion": ip_version,
                "srcIpRange": src_ip_range,
                "dstIpRange": dst_ip_range,
                "dstPortRange": dst_port_range,
                "action": action,
                "startPort": start_port,
                "endPort": end_port,
                "allowedCidr": allowed_cidr,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncNetworkServicesApi(AsyncAPIClient):
    async def add_access_control_list_entry(
        self,
        *,
        acl_uuid: str,
        entries: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAccessControlListEntryResult:
        """向访问控制策略组添加IP组 (AddAccessControlListEntry).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 3.9.0)
            description: 资源的详细描述 (since 3.9.0; maxLength 2048)
            entries: IP组 (since 3.9.0; maxLength 2048)
            resource_uuid: 资源UUID (since 3.9.0)
            tag_uuids: 标签UUID列表 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ACCESS_CONTROL_LIST_ENTRY,
            {
                "aclUuid": acl_uuid,
                "description": description,
                "entries": entries,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_access_control_list_redirect_rule(
        self,
        *,
        acl_uuid: str,
        description: str | None = None,
        domain: str | None = None,
        name: str | None = None,
        redirect_port: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAccessControlListRedirectRuleResult:
        """向访问控制策略组添加转发规则 (AddAccessControlListRedirectRule).

        Since ZStack 4.1.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 4.1.3)
            description: 资源的详细描述 (since 4.1.3; maxLength 2048)
            domain: 域名说明: 对于参数domain和url，两者至少要设置一个 (since 4.1.3; maxLength 255)
            name: 资源名称 (since 4.1.3; maxLength 255)
            redirect_port: 转发端口 (since 5.5.0)
            resource_uuid: 资源UUID (since 4.1.3)
            tag_uuids: 标签UUID列表 (since 4.1.3)
            url: url说明: 如指定了domain且不指定url，该参数可传/ (since 4.1.3; maxLength 80)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ACCESS_CONTROL_LIST_REDIRECT_RULE,
            {
                "aclUuid": acl_uuid,
                "description": description,
                "domain": domain,
                "name": name,
                "redirectPort": redirect_port,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_access_control_list_to_load_balancer(
        self,
        *,
        listener_uuid: str,
        acl_type: Literal["white", "black", "redirect"],
        acl_uuids: Sequence[Any],
        server_group_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAccessControlListToLoadBalancerResult:
        """添加监听器的访问控制策略 (AddAccessControlListToLoadBalancer).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 监听器唯一标识 (since 3.9.0)
            acl_type: 访问控制策略类型 (since 4.1.0; enum {'white', 'black', 'redirect'})
            acl_uuids: 访问控制策略组的唯一标识 (since 3.9.0; minItems 1)
            server_group_uuids: 负载均衡器服务器组uuid (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ACCESS_CONTROL_LIST_TO_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "aclType": acl_type,
                "aclUuids": acl_uuids,
                "serverGroupUuids": server_group_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_backend_server_to_server_group(
        self,
        *,
        server_group_uuid: str,
        servers: Sequence[Any] | None = None,
        vm_nics: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBackendServerToServerGroupResult:
        """添加后端服务器到服务器组 (AddBackendServerToServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            server_group_uuid: 负载均衡器服务器组uuid (since 4.0.0; minLength 1)
            servers: 后端服务器IP (since 4.0.0)
            vm_nics: 后端服务器网卡 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_BACKEND_SERVER_TO_SERVER_GROUP,
            {
                "serverGroupUuid": server_group_uuid,
                "servers": servers,
                "vmNics": vm_nics,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_certificate_to_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        certificate_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCertificateToLoadBalancerListenerResult:
        """添加证书到负载均衡 (AddCertificateToLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: listenerUuid (since 2.3.2)
            certificate_uuid: certificateUuid (since 2.3.2; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_CERTIFICATE_TO_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "certificateUuid": certificate_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_remote_cidrs_to_ipsec_connection(
        self,
        *,
        uuid: str,
        peer_cidrs: Sequence[Any],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddRemoteCidrsToIPsecConnectionResult:
        """添加远端CIDR到IPsec连接 (AddRemoteCidrsToIPsecConnection).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            peer_cidrs: peerCidrs (since 2.3; minItems 1)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_REMOTE_CIDRS_TO_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "peerCidrs": peer_cidrs,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_security_group_rule(
        self,
        *,
        security_group_uuid: str,
        rules: Sequence[Any],
        priority: int | None = None,
        remote_security_group_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSecurityGroupRuleResult:
        """添加安全组规则 (AddSecurityGroupRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6; minLength 1)
            priority: 规则优先级 (since 4.7.21)
            remote_security_group_uuids: 应用组间策略的远端安全组UUID (since 2.1; minItems 1)
            rules: 安全组中的规则 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SECURITY_GROUP_RULE,
            {
                "securityGroupUuid": security_group_uuid,
                "priority": priority,
                "remoteSecurityGroupUuids": remote_security_group_uuids,
                "rules": rules,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_server_group_to_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        server_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddServerGroupToLoadBalancerListenerResult:
        """添加服务器组到负载均衡监听器 (AddServerGroupToLoadBalancerListener).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 负载均衡器监听器uuid (since 4.0.0)
            server_group_uuid: 负载均衡器服务器组uuid (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SERVER_GROUP_TO_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "serverGroupUuid": server_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_v_router_networks_to_flow_meter(
        self,
        *,
        flow_meter_uuid: str,
        v_router_uuid: str,
        l3_network_uuids: Sequence[Any],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVRouterNetworksToFlowMeterResult:
        """添加VPC路由器网络到FlowMeter中 (AddVRouterNetworksToFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            flow_meter_uuid: 流量监控资源 (since 3.6.0; minLength 1)
            v_router_uuid: VPC路由器的uuid或者VPC路由器组的uuid (since 3.6.0; minLength 1)
            l3_network_uuids: VPC路由器网络的uuid (since 3.6.0; minItems 1)
            resource_uuid: resourceUuid (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_V_ROUTER_NETWORKS_TO_FLOW_METER,
            {
                "flowMeterUuid": flow_meter_uuid,
                "vRouterUuid": v_router_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_vm_nic_to_load_balancer(
        self,
        *,
        listener_uuid: str,
        vm_nic_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmNicToLoadBalancerResult:
        """添加云主机网卡到负载均衡器 (AddVmNicToLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 负载均衡监听器UUID (since 0.6)
            vm_nic_uuids: 云主机网卡UUID (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_VM_NIC_TO_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_vm_nic_to_security_group(
        self,
        *,
        security_group_uuid: str,
        vm_nic_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmNicToSecurityGroupResult:
        """添加虚拟机网卡到安全组 (AddVmNicToSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            vm_nic_uuids: 云主机网卡的uuid列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_VM_NIC_TO_SECURITY_GROUP,
            {
                "securityGroupUuid": security_group_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def apply_rule_set_changes(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ApplyRuleSetChangesResult:
        """下发规则集更改内容到路由器 (ApplyRuleSetChanges).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            APPLY_RULE_SET_CHANGES,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

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

    async def attach_firewall_rule_set_to_l3(
        self,
        *,
        rule_set_uuid: str,
        l3_uuid: str,
        forward: Literal["in", "out"],
        vpc_firewall_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachFirewallRuleSetToL3Result:
        """网络加载防火墙规则集 (AttachFirewallRuleSetToL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_set_uuid: ruleSetUuid (since 3.6.0; minLength 1)
            l3_uuid: l3Uuid (since 3.6.0; minLength 1)
            forward: forward (since 3.6.0; enum {'in', 'out'})
            vpc_firewall_uuid: vpcFirewallUuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_FIREWALL_RULE_SET_TO_L3,
            {
                "ruleSetUuid": rule_set_uuid,
                "l3Uuid": l3_uuid,
                "forward": forward,
                "vpcFirewallUuid": vpc_firewall_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_l3_networks_to_ipsec_connection(
        self,
        *,
        uuid: str,
        l3_network_uuids: Sequence[Any],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachL3NetworksToIPsecConnectionResult:
        """添加三层网络到IPsec连接 (AttachL3NetworksToIPsecConnection).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            l3_network_uuids: l3NetworkUuids (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_L3_NETWORKS_TO_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "l3NetworkUuids": l3_network_uuids,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_network_service_to_l3_network(
        self,
        *,
        l3_network_uuid: str,
        network_services: Mapping[str, Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachNetworkServiceToL3NetworkResult:
        """挂载网络服务到三层网络 (AttachNetworkServiceToL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            network_services: 网络服务 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_NETWORK_SERVICE_TO_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "networkServices": network_services,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

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

    async def attach_security_group_to_l3_network(
        self,
        *,
        security_group_uuid: str,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachSecurityGroupToL3NetworkResult:
        """挂载安全组到L3网络 (AttachSecurityGroupToL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            l3_network_uuid: 三层网络UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_SECURITY_GROUP_TO_L3_NETWORK,
            {
                "securityGroupUuid": security_group_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_vip_to_load_balancer(
        self,
        *,
        load_balancer_uuid: str,
        vip_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachVipToLoadBalancerResult:
        """Attach vip to load balancer (AttachVipToLoadBalancer).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachVipToLoadBalancerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            load_balancer_uuid: loadBalancerUuid
            vip_uuid: vipUuid (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_VIP_TO_LOAD_BALANCER,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "vipUuid": vip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_vip_to_vpc_shared_qos(
        self,
        *,
        shared_qos_uuid: str,
        vip_lists: Sequence[Any] | None = None,
        vip_uuids: Sequence[Any] | None = None,
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

    async def change_access_control_list_redirect_rule(
        self,
        *,
        uuid: str,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAccessControlListRedirectRuleResult:
        """修改控制策略组转发规则名称 (ChangeAccessControlListRedirectRule).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.1.0)
            name: 转发规则名称 (since 4.1.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_ACCESS_CONTROL_LIST_REDIRECT_RULE,
            {
                "uuid": uuid,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_access_control_list_server_group(
        self,
        *,
        acl_uuid: str,
        listener_uuid: str,
        server_group_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAccessControlListServerGroupResult:
        """修改访问控制组绑定的后端服务器组 (ChangeAccessControlListServerGroup).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 4.1.0)
            listener_uuid: 监听器唯一标识 (since 4.1.0)
            server_group_uuids: 负载均衡器服务器组uuid (since 4.1.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_ACCESS_CONTROL_LIST_SERVER_GROUP,
            {
                "aclUuid": acl_uuid,
                "listenerUuid": listener_uuid,
                "serverGroupUuids": server_group_uuids,
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

    async def change_firewall_rule_state(
        self,
        *,
        uuid: str,
        state: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeFirewallRuleStateResult:
        """更改防火墙规则状态 (ChangeFirewallRuleState).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            state: 状态 (since 3.6.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_FIREWALL_RULE_STATE,
            {
                "uuid": uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_ip_sec_connection_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIPSecConnectionStateResult:
        """更改IPsec连接状态 (ChangeIPSecConnectionState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: stateEvent (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_IP_SEC_CONNECTION_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_ipsec_connection(
        self,
        *,
        uuid: str,
        auth_key: str,
        peer_address: str,
        auth_mode: Literal["psk", "certs"] | None = None,
        id_type: Literal["ip", "name", "fqdn"] | None = None,
        ike_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        ike_dh_group: int | None = None,
        ike_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        ike_life_time: int | None = None,
        ike_version: Literal["ike", "ikev1", "ikev2"] | None = None,
        life_time: int | None = None,
        local_id: str | None = None,
        pfs: Literal[
            "none",
            "dh-group2",
            "dh-group5",
            "dh-group14",
            "dh-group15",
            "dh-group16",
            "dh-group17",
            "dh-group18",
            "dh-group19",
            "dh-group20",
            "dh-group21",
            "dh-group22",
            "dh-group23",
            "dh-group24",
            "dh-group25",
            "dh-group26",
        ]
        | None = None,
        policy_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        policy_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        policy_mode: Literal["tunnel", "transport"] | None = None,
        remote_id: str | None = None,
        transform_protocol: Literal["esp", "ah", "ah-esp"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIPsecConnectionResult:
        """修改IPsec连接配置 (ChangeIPsecConnection).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            auth_key: 认证密钥 (since 4.5.0)
            auth_mode: 认证模式 (since 4.5.0; maxLength 255; enum {'psk', 'certs'})
            id_type: ID配置方法 (since 4.5.0; maxLength 32; enum {'ip', 'name', 'fqdn'})
            ike_auth_algorithm: IKE验证算法 (since 4.5.0; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            ike_dh_group: IKE DH组 (since 4.5.0)
            ike_encryption_algorithm: IKE加密算法 (since 4.5.0; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            ike_life_time: IKE存活时间 (since 4.5.0; minimum 60; maximum 604800)
            ike_version: IKE版本 (since 4.5.0; maxLength 32; enum {'ike', 'ikev1', 'ikev2'})
            life_time: IPSec存活时间 (since 4.5.0; minimum 30; maximum 604800)
            local_id: 本端ID (since 4.5.0; maxLength 255)
            peer_address: 远端网络地址 (since 4.5.0; maxLength 255)
            pfs: PFS DH组 (since 4.5.0; maxLength 32; enum {'none', 'dh-group2', 'dh-group5', 'dh-group14', 'dh-group15', 'dh-group16', 'dh-group17', 'dh-group18', ...})
            policy_auth_algorithm: ESP认证算法 (since 4.5.0; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            policy_encryption_algorithm: ESP加密算法 (since 4.5.0; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            policy_mode: 封装模式 (since 4.5.0; maxLength 32; enum {'tunnel', 'transport'})
            remote_id: 对端ID (since 4.5.0; maxLength 255)
            transform_protocol: 安全协议 (since 4.5.0; maxLength 32; enum {'esp', 'ah', 'ah-esp'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "authKey": auth_key,
                "authMode": auth_mode,
                "idType": id_type,
                "ikeAuthAlgorithm": ike_auth_algorithm,
                "ikeDhGroup": ike_dh_group,
                "ikeEncryptionAlgorithm": ike_encryption_algorithm,
                "ikeLifeTime": ike_life_time,
                "ikeVersion": ike_version,
                "lifeTime": life_time,
                "localId": local_id,
                "peerAddress": peer_address,
                "pfs": pfs,
                "policyAuthAlgorithm": policy_auth_algorithm,
                "policyEncryptionAlgorithm": policy_encryption_algorithm,
                "policyMode": policy_mode,
                "remoteId": remote_id,
                "transformProtocol": transform_protocol,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_load_balancer_backend_server(
        self,
        *,
        server_group_uuid: str,
        servers: Sequence[Any] | None = None,
        vm_nics: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeLoadBalancerBackendServerResult:
        """更新负载均衡后端服务器参数 (ChangeLoadBalancerBackendServer).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            server_group_uuid: 负载均衡器服务器组uuid (since 4.0.0; minLength 1)
            servers: 后端服务器组网ip (since 4.0.0)
            vm_nics: 后端服务器组网卡 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_LOAD_BALANCER_BACKEND_SERVER,
            {
                "serverGroupUuid": server_group_uuid,
                "servers": servers,
                "vmNics": vm_nics,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_load_balancer_listener(
        self,
        *,
        uuid: str,
        acl_status: Literal["enable", "disable"] | None = None,
        balancer_algorithm: Literal["weightroundrobin", "roundrobin", "leastconn", "source"]
        | None = None,
        connection_idle_timeout: int | None = None,
        cookie_name: str | None = None,
        health_check_http_code: str | None = None,
        health_check_interval: int | None = None,
        health_check_method: Literal["GET", "HEAD"] | None = None,
        health_check_protocol: Literal["tcp", "udp", "http"] | None = None,
        health_check_target: str | None = None,
        health_check_uri: str | None = None,
        healthy_threshold: int | None = None,
        http_compress_algos: Sequence[Any] | None = None,
        http_mode: Literal[
            "http-keep-alive", "http-server-close", "http-tunnel", "httpclose", "forceclose"
        ]
        | None = None,
        http_redirect_https: Literal["disable", "enable"] | None = None,
        http_versions: Sequence[Any] | None = None,
        max_connection: int | None = None,
        nbprocess: int | None = None,
        redirect_port: int | None = None,
        security_policy_type: Literal[
            "tls_cipher_policy_default",
            "tls_cipher_policy_1_0",
            "tls_cipher_policy_1_1",
            "tls_cipher_policy_1_2",
            "tls_cipher_policy_1_2_strict",
            "tls_cipher_policy_1_2_strict_with_1_3",
        ]
        | None = None,
        session_idle_timeout: int | None = None,
        session_persistence: Literal["disable", "iphash", "insert", "rewrite"] | None = None,
        status_code: Literal[301, 302, 303, 307, 308] | None = None,
        tcp_proxy_protocol: str | None = None,
        unhealthy_threshold: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeLoadBalancerListenerResult:
        """修改负载均衡监听器参数 (ChangeLoadBalancerListener).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            acl_status: 访问控制状态 (since 3.9.0; enum {'enable', 'disable'})
            balancer_algorithm: 负载均衡算法 (since 4.6.0; enum {'weightroundrobin', 'roundrobin', 'leastconn', 'source'})
            connection_idle_timeout: 空闲连接超时 (since 4.6.0; minimum 0; maximum 2147483647)
            cookie_name: Cookie名称 (since 4.6.0; maxLength 20; pattern ^(?:[A-Za-z0-9_-]+)$)
            health_check_http_code: 健康检查期望的成功返回码 (since 3.9.0; maxLength 80)
            health_check_interval: 健康检查间隔 (since 4.6.0; minimum 1; maximum 2147483647)
            health_check_method: 健康检查方法 (since 3.9.0; enum {'GET', 'HEAD'})
            health_check_protocol: 负载均衡健康检查协议 (since 3.9.0; enum {'tcp', 'udp', 'http'})
            health_check_target: 健康检查端口 (since 4.6.0)
            health_check_uri: 健康检查的URI (since 3.9.0; maxLength 80; pattern ^(?:^/[A-Za-z0-9-/.%?#&]*)$)
            healthy_threshold: 健康检查阈值 (since 4.6.0; minimum 1; maximum 2147483647)
            http_compress_algos: http压缩算法 (since 5.0.0)
            http_mode: 负载均衡HTTP模式 (since 4.1.0; enum {'http-keep-alive', 'http-server-close', 'http-tunnel', 'httpclose', 'forceclose'})
            http_redirect_https: http重定向https (since 4.7.21; enum {'disable', 'enable'})
            http_versions: 负载均衡器前端网络http协议版本 (since 5.0.0)
            max_connection: 最大连接并发数 (since 4.6.0; minimum 0; maximum 10000000)
            nbprocess: 负载均衡进程数量 (since 4.1.0; minimum 1; maximum 64)
            redirect_port: 重定向端口 (since 4.7.21; minimum 1; maximum 65535)
            security_policy_type: TLS安全策略 (since 4.1.0; enum {'tls_cipher_policy_default', 'tls_cipher_policy_1_0', 'tls_cipher_policy_1_1', 'tls_cipher_policy_1_2', 'tls_cipher_policy_1_2_strict', 'tls_cipher_policy_1_2_strict_with_1_3'})
            session_idle_timeout: 会话保持超时时间 (since 4.6.0; minimum 30; maximum 3600)
            session_persistence: 会话保持模式 (since 4.6.0; enum {'disable', 'iphash', 'insert', 'rewrite'})
            status_code: 重定向状态码 (since 4.7.21; enum {301, 302, 303, 307, 308})
            tcp_proxy_protocol: tcp proxy_protocol协议 (since 5.0.0)
            unhealthy_threshold: 非健康检查阈值 (since 4.6.0; minimum 1; maximum 2147483647)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_LOAD_BALANCER_LISTENER,
            {
                "uuid": uuid,
                "aclStatus": acl_status,
                "balancerAlgorithm": balancer_algorithm,
                "connectionIdleTimeout": connection_idle_timeout,
                "cookieName": cookie_name,
                "healthCheckHttpCode": health_check_http_code,
                "healthCheckInterval": health_check_interval,
                "healthCheckMethod": health_check_method,
                "healthCheckProtocol": health_check_protocol,
                "healthCheckTarget": health_check_target,
                "healthCheckURI": health_check_uri,
                "healthyThreshold": healthy_threshold,
                "httpCompressAlgos": http_compress_algos,
                "httpMode": http_mode,
                "httpRedirectHttps": http_redirect_https,
                "httpVersions": http_versions,
                "maxConnection": max_connection,
                "nbprocess": nbprocess,
                "redirectPort": redirect_port,
                "securityPolicyType": security_policy_type,
                "sessionIdleTimeout": session_idle_timeout,
                "sessionPersistence": session_persistence,
                "statusCode": status_code,
                "tcpProxyProtocol": tcp_proxy_protocol,
                "unhealthyThreshold": unhealthy_threshold,
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

    async def change_port_mirror_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangePortMirrorStateResult:
        """更新端口镜像服务状态 (ChangePortMirrorState).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            state_event: 状态 (since 3.7.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_PORT_MIRROR_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_security_group_rule(
        self,
        *,
        uuid: str,
        action: Literal["DROP", "ACCEPT"] | None = None,
        description: str | None = None,
        dst_ip_range: str | None = None,
        dst_port_range: str | None = None,
        priority: int | None = None,
        protocol: Literal["ALL", "TCP", "UDP", "ICMP"] | None = None,
        remote_security_group_uuid: str | None = None,
        src_ip_range: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecurityGroupRuleResult:
        """修改安全组规则 (ChangeSecurityGroupRule).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 安全组规则的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            action: 规则的默认动作 (since 4.7.21; minLength 1; enum {'DROP', 'ACCEPT'})
            description: 规则的描述 (since 4.7.21; maxLength 255)
            dst_ip_range: 规则的目的方向IP范围 (since 4.7.21; maxLength 1024)
            dst_port_range: 规则的目的方向端口范围 (since 4.7.21; maxLength 255)
            priority: 规则的优先级 (since 4.7.21)
            protocol: 规则的协议类型 (since 4.7.21; minLength 1; enum {'ALL', 'TCP', 'UDP', 'ICMP'})
            remote_security_group_uuid: 应用组间策略的远端安全组UUID (since 4.7.21)
            src_ip_range: 规则的源方向IP范围 (since 4.7.21; maxLength 1024)
            state: 规则的状态 (since 4.7.21; minLength 1; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SECURITY_GROUP_RULE,
            {
                "uuid": uuid,
                "action": action,
                "description": description,
                "dstIpRange": dst_ip_range,
                "dstPortRange": dst_port_range,
                "priority": priority,
                "protocol": protocol,
                "remoteSecurityGroupUuid": remote_security_group_uuid,
                "srcIpRange": src_ip_range,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_security_group_rule_state(
        self,
        *,
        security_group_uuid: str,
        rule_uuids: Sequence[Any],
        state: Literal["Enabled", "Disabled"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecurityGroupRuleStateResult:
        """更改安全组规则状态 (ChangeSecurityGroupRuleState).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            rule_uuids: 规则的UUID列表 (since 4.7.21; minItems 1)
            state: 规则的状态 (since 4.7.21; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SECURITY_GROUP_RULE_STATE,
            {
                "securityGroupUuid": security_group_uuid,
                "ruleUuids": rule_uuids,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_security_group_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecurityGroupStateResult:
        """改变安全组状态 (ChangeSecurityGroupState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 安全组状态 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SECURITY_GROUP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_slb_group_deploy_type(
        self,
        *,
        slb_group_uuid: str,
        deploy_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSlbGroupDeployTypeResult:
        """修改SLB集群部署方式 (ChangeSlbGroupDeployType).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            slb_group_uuid: slbGroupUuid (since 5.1.0)
            deploy_type: deployType (since 5.1.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SLB_GROUP_DEPLOY_TYPE,
            {
                "slbGroupUuid": slb_group_uuid,
                "deployType": deploy_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_slb_group_monitor_ips(
        self,
        *,
        slb_group_uuid: str,
        deploy_type: Sequence[Any],
        monitor_ips: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSlbGroupMonitorIpsResult:
        """修改SLB集群健康监控IP (ChangeSlbGroupMonitorIps).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            slb_group_uuid: slbGroupUuid (since 5.1.0)
            deploy_type: deployType (since 5.1.0)
            monitor_ips: monitorIps
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SLB_GROUP_MONITOR_IPS,
            {
                "slbGroupUuid": slb_group_uuid,
                "deployType": deploy_type,
                "monitorIps": monitor_ips,
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

    async def check_firewall_rule_config_file(
        self,
        *,
        rule_info: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckFirewallRuleConfigFileResult:
        """检查添加防火墙规则文件合法性 (CheckFirewallRuleConfigFile).

        Since ZStack 4.4.0. Synchronous (a 202 is still followed).

        Args:
            rule_info: 防火墙规则信息 (since 4.4.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_FIREWALL_RULE_CONFIG_FILE,
            {
                "ruleInfo": rule_info,
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

    async def create_access_control_list(
        self,
        *,
        name: str,
        description: str | None = None,
        ip_version: Literal[4, 6] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAccessControlListResult:
        """创建访问控制策略组 (CreateAccessControlList).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.9.0; maxLength 2048)
            ip_version: IP协议版本 (since 3.9.0; enum {4, 6})
            name: 资源名称 (since 3.9.0; maxLength 255)
            resource_uuid: 资源UUID (since 3.9.0)
            tag_uuids: 标签UUID列表 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ACCESS_CONTROL_LIST,
            {
                "description": description,
                "ipVersion": ip_version,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_certificate(
        self,
        *,
        certificate: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateCertificateResult:
        """创建证书 (CreateCertificate).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            certificate: certificate (since 2.3.2; maxLength 60000)
            description: 资源的详细描述 (since 2.3.2; maxLength 2048)
            name: 资源名称 (since 2.3.2; maxLength 255)
            resource_uuid: resourceUuid (since 2.3.2)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_CERTIFICATE,
            {
                "certificate": certificate,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def create_firewall_ip_set_template(
        self,
        *,
        name: str,
        type: Literal["ip", "port"],
        dest_value: str | None = None,
        resource_uuid: str | None = None,
        source_value: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallIpSetTemplateResult:
        """创建防火墙IP或端口模板 (CreateFirewallIpSetTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            dest_value: destValue (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            source_value: sourceValue (since 4.0.0; maxLength 2048)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            type: type (since 4.0.0; enum {'ip', 'port'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FIREWALL_IP_SET_TEMPLATE,
            {
                "destValue": dest_value,
                "name": name,
                "resourceUuid": resource_uuid,
                "sourceValue": source_value,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_firewall_rule(
        self,
        *,
        action: Literal["drop", "reject", "accept"],
        rule_number: int,
        rule_set_uuid: str,
        state: Literal["enable", "disable"],
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleResult:
        """创建防火墙规则 (CreateFirewallRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            action: 动作 (since 3.6.0; enum {'drop', 'reject', 'accept'})
            allow_states: 允许状态 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0; maxLength 2048)
            dest_ip: 目标ip (since 3.6.0; maxLength 2048)
            dest_port: 目标端口 (since 3.6.0)
            enable_log: 是否开启日志 (since 3.6.0)
            icmp_type_name: icmpType (since 3.6.0)
            protocol: 协议 (since 3.6.0)
            resource_uuid: 资源UUID (since 3.6.0)
            rule_number: 优先级 (since 3.6.0; minimum 1001; maximum 2999)
            rule_set_uuid: 规则集uuid (since 3.6.0; minLength 1)
            source_ip: 源ip (since 3.6.0; maxLength 2048)
            source_port: 源端口 (since 3.6.0)
            state: 状态 (since 3.6.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 3.6.0)
            tcp_flag: tcp flag (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FIREWALL_RULE,
            {
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "ruleSetUuid": rule_set_uuid,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tagUuids": tag_uuids,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_firewall_rule_from_config_file(
        self,
        *,
        rule_info: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleFromConfigFileResult:
        """通过文件创建防火墙规则 (CreateFirewallRuleFromConfigFile).

        Since ZStack 4.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            resource_uuid: 资源UUID (since 4.4.0)
            rule_info: 防火墙规则信息 (since 4.4.0; minLength 1)
            tag_uuids: 标签UUID列表 (since 4.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FIREWALL_RULE_FROM_CONFIG_FILE,
            {
                "resourceUuid": resource_uuid,
                "ruleInfo": rule_info,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_firewall_rule_set(
        self,
        *,
        name: str,
        action_type: Literal["drop", "accept", "reject"] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleSetResult:
        """创建防火墙规则集 (CreateFirewallRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            action_type: 动作 (since 3.6.0; enum {'drop', 'accept', 'reject'})
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0)
            resource_uuid: 资源UUID (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FIREWALL_RULE_SET,
            {
                "actionType": action_type,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_firewall_rule_template(
        self,
        *,
        action: Literal["drop", "reject", "accept"],
        name: str,
        rule_number: int,
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        state: Literal["enable", "disable"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleTemplateResult:
        """创建防火墙规则模板 (CreateFirewallRuleTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            action: action (since 4.0.0; enum {'drop', 'reject', 'accept'})
            allow_states: allowStates (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            dest_ip: destIp (since 4.0.0; maxLength 2048)
            dest_port: destPort (since 4.0.0)
            enable_log: enableLog (since 4.0.0)
            icmp_type_name: icmpTypeName (since 4.0.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            protocol: protocol (since 4.0.0)
            resource_uuid: 资源UUID (since 4.0.0)
            rule_number: ruleNumber (since 4.0.0; minimum 1001; maximum 2999)
            source_ip: sourceIp (since 4.0.0; maxLength 2048)
            source_port: sourcePort (since 4.0.0)
            state: state (since 4.0.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 4.0.0)
            tcp_flag: tcpFlag (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FIREWALL_RULE_TEMPLATE,
            {
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "name": name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tagUuids": tag_uuids,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_flow_collector(
        self,
        *,
        flow_meter_uuid: str,
        description: str | None = None,
        name: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        server: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFlowCollectorResult:
        """创建流量监控搜集器 (CreateFlowCollector).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            flow_meter_uuid: 流量监控资源的uuid (since 3.6.0; minLength 1)
            description: 资源的详细描述 (since 3.6.0; maxLength 128)
            name: 资源名称 (since 3.6.0; maxLength 32)
            port: 流量搜集器服务的port (since 3.6.0; minimum 1025; maximum 65535)
            resource_uuid: resourceUuid (since 3.6.0)
            server: 流量搜集器的ip地址 (since 3.6.0; maxLength 48)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FLOW_COLLECTOR,
            {
                "flowMeterUuid": flow_meter_uuid,
                "description": description,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "server": server,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_flow_meter(
        self,
        *,
        type: Literal["NetFlow", "sFlow"],
        description: str | None = None,
        generate_interval: int | None = None,
        name: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        sample: int | None = None,
        server: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        version: Literal["V5", "V9"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFlowMeterResult:
        """创建流量监控资源 (CreateFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0; maxLength 128)
            generate_interval: 流量监控向搜集器发送的时间间隔 (since 3.6.0; minimum 1; maximum 3600)
            name: 资源名称 (since 3.6.0; maxLength 32)
            port: 搜集器服务的UDP端口 (since 3.6.0; minimum 1025; maximum 65535)
            resource_uuid: resourceUuid (since 3.6.0)
            sample: 流量监控的采样率 (since 3.6.0; minimum 1; maximum 2147483647)
            server: 搜集器的ip地址 (since 3.6.0; maxLength 48)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            type: 流量监控使用的协议 (since 3.6.0; enum {'NetFlow', 'sFlow'})
            version: 流量监控协议的版本号 (since 3.6.0; enum {'V5', 'V9'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FLOW_METER,
            {
                "description": description,
                "generateInterval": generate_interval,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "sample": sample,
                "server": server,
                "tagUuids": tag_uuids,
                "type": type,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ipsec_connection(
        self,
        *,
        auth_key: str,
        name: str,
        peer_address: str,
        vip_uuid: str,
        auth_mode: Literal["psk", "certs"] | None = None,
        description: str | None = None,
        id_type: Literal["ip", "name", "fqdn"] | None = None,
        ike_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        ike_dh_group: int | None = None,
        ike_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        ike_life_time: int | None = None,
        ike_version: Literal["ike", "ikev1", "ikev2"] | None = None,
        l3_network_uuid: str | None = None,
        life_time: int | None = None,
        local_id: str | None = None,
        peer_cidrs: Sequence[Any] | None = None,
        pfs: Literal[
            "none",
            "dh-group0",
            "dh-group2",
            "dh-group5",
            "dh-group14",
            "dh-group15",
            "dh-group16",
            "dh-group17",
            "dh-group18",
            "dh-group19",
            "dh-group20",
            "dh-group21",
            "dh-group22",
            "dh-group23",
            "dh-group24",
            "dh-group25",
            "dh-group26",
        ]
        | None = None,
        policy_auth_algorithm: Literal["md5", "sha1", "sha256", "sha384", "sha512"] | None = None,
        policy_encryption_algorithm: Literal["3des", "aes-128", "aes-192", "aes-256"] | None = None,
        policy_mode: Literal["tunnel", "transport"] | None = None,
        remote_id: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        transform_protocol: Literal["esp", "ah", "ah-esp"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIPsecConnectionResult:
        """创建IPsec连接 (CreateIPsecConnection).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            auth_key: 认证密钥 (since 0.6)
            auth_mode: 认证模式 (since 0.6; maxLength 255; enum {'psk', 'certs'})
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            id_type: ID配置方法 (since 4.5.0; maxLength 32; enum {'ip', 'name', 'fqdn'})
            ike_auth_algorithm: IKE验证算法 (since 0.6; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            ike_dh_group: IKE DH组 (since 4.5.0)
            ike_encryption_algorithm: IKE加密算法 (since 0.6; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            ike_life_time: IKE存活时间 (since 4.5.0; minimum 60; maximum 604800)
            ike_version: IKE版本 (since 4.5.0; maxLength 32; enum {'ike', 'ikev1', 'ikev2'})
            l3_network_uuid: 三层网络UUID (since 2.3)
            life_time: IPSec存活时间 (since 4.5.0; minimum 30; maximum 604800)
            local_id: 本端ID (since 4.5.0; maxLength 255)
            name: 资源名称 (since 0.6; maxLength 255)
            peer_address: 远端网络地址 (since 4.5.0; maxLength 255)
            peer_cidrs: 目的网络CIDR (since 4.5.0; minItems 1)
            pfs: PFS DH组 (since 4.5.0; maxLength 32; enum {'none', 'dh-group0', 'dh-group2', 'dh-group5', 'dh-group14', 'dh-group15', 'dh-group16', 'dh-group17', ...})
            policy_auth_algorithm: ESP认证算法 (since 0.6; maxLength 32; enum {'md5', 'sha1', 'sha256', 'sha384', 'sha512'})
            policy_encryption_algorithm: ESP加密算法 (since 0.6; maxLength 32; enum {'3des', 'aes-128', 'aes-192', 'aes-256'})
            policy_mode: 封装模式 (since 4.5.0; maxLength 32; enum {'tunnel', 'transport'})
            remote_id: 对端ID (since 4.5.0; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            transform_protocol: 安全协议 (since 4.5.0; maxLength 32; enum {'esp', 'ah', 'ah-esp'})
            vip_uuid: VIP UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_IPSEC_CONNECTION,
            {
                "authKey": auth_key,
                "authMode": auth_mode,
                "description": description,
                "idType": id_type,
                "ikeAuthAlgorithm": ike_auth_algorithm,
                "ikeDhGroup": ike_dh_group,
                "ikeEncryptionAlgorithm": ike_encryption_algorithm,
                "ikeLifeTime": ike_life_time,
                "ikeVersion": ike_version,
                "l3NetworkUuid": l3_network_uuid,
                "lifeTime": life_time,
                "localId": local_id,
                "name": name,
                "peerAddress": peer_address,
                "peerCidrs": peer_cidrs,
                "pfs": pfs,
                "policyAuthAlgorithm": policy_auth_algorithm,
                "policyEncryptionAlgorithm": policy_encryption_algorithm,
                "policyMode": policy_mode,
                "remoteId": remote_id,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "transformProtocol": transform_protocol,
                "vipUuid": vip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_load_balancer(
        self,
        *,
        name: str,
        description: str | None = None,
        ipv6_vip_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        vip_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateLoadBalancerResult:
        """创建负载均衡器 (CreateLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            ipv6_vip_uuid: ipv6VipUuid
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: tagUuids
            type: type
            vip_uuid: VIP UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_LOAD_BALANCER,
            {
                "description": description,
                "ipv6VipUuid": ipv6_vip_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vipUuid": vip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_load_balancer_listener(
        self,
        *,
        load_balancer_uuid: str,
        load_balancer_port: int,
        name: str,
        acl_status: Literal["enable", "disable"] | None = None,
        acl_type: Literal["white", "black"] | None = None,
        acl_uuids: Sequence[Any] | None = None,
        certificate_uuid: str | None = None,
        description: str | None = None,
        health_check_http_code: str | None = None,
        health_check_method: Literal["GET", "HEAD"] | None = None,
        health_check_protocol: Literal["tcp", "udp", "http"] | None = None,
        health_check_uri: str | None = None,
        http_compress_algos: Sequence[Any] | None = None,
        http_versions: Sequence[Any] | None = None,
        instance_port: int | None = None,
        protocol: Literal["udp", "tcp", "http", "https"] | None = None,
        resource_uuid: str | None = None,
        security_policy_type: Literal[
            "tls_cipher_policy_default",
            "tls_cipher_policy_1_0",
            "tls_cipher_policy_1_1",
            "tls_cipher_policy_1_2",
            "tls_cipher_policy_1_2_strict",
            "tls_cipher_policy_1_2_strict_with_1_3",
        ]
        | None = None,
        tag_uuids: Sequence[Any] | None = None,
        tcp_proxy_protocol: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateLoadBalancerListenerResult:
        """创建负载均衡监听器 (CreateLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            load_balancer_uuid: 负载均衡器UUID (since 0.6)
            acl_status: 访问控制策略状态 (since 3.9.0; enum {'enable', 'disable'})
            acl_type: 访问控制策略类型 (since 3.9.0; enum {'white', 'black'})
            acl_uuids: 访问控制策略组 (since 3.9.0)
            certificate_uuid: certificateUuid (since 2.3.2)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            health_check_http_code: 健康检查期望的返回码 (since 3.9.0; maxLength 80)
            health_check_method: 健康检查方法 (since 3.9.0; enum {'GET', 'HEAD'})
            health_check_protocol: 健康检查协议 (since 3.9.0; enum {'tcp', 'udp', 'http'})
            health_check_uri: 健康检查的URI (since 3.9.0; maxLength 80; pattern ^(?:^/[A-Za-z0-9-/.%?#&]*)$)
            http_compress_algos: http压缩算法 (since 5.0.0)
            http_versions: 负载均衡器前端网络http协议版本 (since 5.0.0)
            instance_port: 云主机端口 (since 0.6; minimum 1; maximum 65535)
            load_balancer_port: 负载均衡器端口 (since 0.6; minimum 1; maximum 65535)
            name: 资源名称 (since 0.6; maxLength 255)
            protocol: 协议 (since 3.0.0; maxLength 255; enum {'udp', 'tcp', 'http', 'https'})
            resource_uuid: 资源UUID (since 0.6)
            security_policy_type: TLS安全策略 (since 5.0.0; enum {'tls_cipher_policy_default', 'tls_cipher_policy_1_0', 'tls_cipher_policy_1_1', 'tls_cipher_policy_1_2', 'tls_cipher_policy_1_2_strict', 'tls_cipher_policy_1_2_strict_with_1_3'})
            tag_uuids: 标签UUID列表 (since 0.6)
            tcp_proxy_protocol: tcp proxy_protocol协议 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_LOAD_BALANCER_LISTENER,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "aclStatus": acl_status,
                "aclType": acl_type,
                "aclUuids": acl_uuids,
                "certificateUuid": certificate_uuid,
                "description": description,
                "healthCheckHttpCode": health_check_http_code,
                "healthCheckMethod": health_check_method,
                "healthCheckProtocol": health_check_protocol,
                "healthCheckURI": health_check_uri,
                "httpCompressAlgos": http_compress_algos,
                "httpVersions": http_versions,
                "instancePort": instance_port,
                "loadBalancerPort": load_balancer_port,
                "name": name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "securityPolicyType": security_policy_type,
                "tagUuids": tag_uuids,
                "tcpProxyProtocol": tcp_proxy_protocol,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_load_balancer_server_group(
        self,
        *,
        load_balancer_uuid: str,
        name: str,
        description: str | None = None,
        ip_version: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateLoadBalancerServerGroupResult:
        """创建负载均衡器服务器组 (CreateLoadBalancerServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            load_balancer_uuid: 负载均衡器UUID (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            ip_version: IP版本 (since 5.1.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_LOAD_BALANCER_SERVER_GROUP,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "description": description,
                "ipVersion": ip_version,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def create_port_mirror(
        self,
        *,
        mirror_network_uuid: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        state_event: Literal["enable", "disable"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePortMirrorResult:
        """创建端口镜像 (CreatePortMirror).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7.0; maxLength 1024)
            mirror_network_uuid: 镜像网络资源的UUID (since 3.7.0)
            name: 资源名称 (since 3.7.0; maxLength 128)
            resource_uuid: resourceUuid (since 3.7.0)
            state_event: 流量镜像服务的状态 (since 3.7.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_PORT_MIRROR,
            {
                "description": description,
                "mirrorNetworkUuid": mirror_network_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "stateEvent": state_event,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_port_mirror_session(
        self,
        *,
        dst_end_point: str,
        name: str,
        port_mirror_uuid: str,
        src_end_point: str,
        type: Literal["Ingress", "Egress", "Bidirection"],
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePortMirrorSessionResult:
        """创建端口镜像会话 (CreatePortMirrorSession).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7.0; maxLength 1024)
            dst_end_point: 镜像会话目的端口 (since 3.7.0; minLength 1; maxLength 32)
            name: 资源名称 (since 3.7.0; maxLength 128)
            port_mirror_uuid: 端口镜像服务的UUID (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            src_end_point: 镜像会话源端口 (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            type: 会话资源的类型 (since 3.7.0; enum {'Ingress', 'Egress', 'Bidirection'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_PORT_MIRROR_SESSION,
            {
                "description": description,
                "dstEndPoint": dst_end_point,
                "name": name,
                "portMirrorUuid": port_mirror_uuid,
                "resourceUuid": resource_uuid,
                "srcEndPoint": src_end_point,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_security_group(
        self,
        *,
        name: str,
        description: str | None = None,
        ip_version: Literal[4, 6] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSecurityGroupResult:
        """创建安全组 (CreateSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            ip_version: ip协议号 (since 3.1.0; enum {4, 6})
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SECURITY_GROUP,
            {
                "description": description,
                "ipVersion": ip_version,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_slb_group(
        self,
        *,
        front_end_l3_network_uuid: str,
        name: str,
        slb_offering_uuid: str,
        backend_l3_network_uuids: Sequence[Any] | None = None,
        backend_type: Literal["VYOS"] | None = None,
        deploy_type: Literal["NoHA", "HA"] | None = None,
        description: str | None = None,
        monitor_ips: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSlbGroupResult:
        """创建SLB集群 (CreateSlbGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backend_l3_network_uuids: 后端所属网络uuid (since 4.0.0; minItems 1)
            backend_type: 后端类型 (since 4.0.0; enum {'VYOS'})
            deploy_type: 部署类型 (since 4.0.0; enum {'NoHA', 'HA'})
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            front_end_l3_network_uuid: 前端网络uuid (since 4.0.0; minLength 1)
            monitor_ips: 监控IP (since 5.1.0; minItems 1)
            name: 资源名称 (since 4.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            slb_offering_uuid: 高性能实例规格uuid (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SLB_GROUP,
            {
                "backendL3NetworkUuids": backend_l3_network_uuids,
                "backendType": backend_type,
                "deployType": deploy_type,
                "description": description,
                "frontEndL3NetworkUuid": front_end_l3_network_uuid,
                "monitorIps": monitor_ips,
                "name": name,
                "resourceUuid": resource_uuid,
                "slbOfferingUuid": slb_offering_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_slb_instance(
        self,
        *,
        name: str,
        slb_group_uuid: str,
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
    ) -> CreateSlbInstanceResult:
        """创建高性能负载均衡器实例 (CreateSlbInstance).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            host_uuid: 物理机UUID (since 4.0.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            primary_storage_uuid_for_root_volume: primaryStorageUuidForRootVolume (since 5.5.0)
            resource_uuid: 资源UUID (since 4.0.0)
            root_volume_system_tags: rootVolumeSystemTags (since 5.5.0)
            slb_group_uuid: 性能独享型负载均衡器组UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            zone_uuid: 区域UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SLB_INSTANCE,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "slbGroupUuid": slb_group_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_slb_offering(
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
    ) -> CreateSlbOfferingResult:
        """创建高性能实例性负载均衡器规格 (CreateSlbOffering).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocator_strategy: allocatorStrategy (since 4.0.0)
            cpu_num: cpuNum (since 4.0.0; minimum 1; maximum 1024)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            image_uuid: 镜像UUID (since 4.0.0)
            management_network_uuid: 管理网络uuid (since 4.0.0)
            memory_size: memorySize (since 4.0.0; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 4.0.0; maxLength 255)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 4.0.0)
            sort_key: sortKey (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            type: type (since 4.0.0)
            zone_uuid: 区域UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SLB_OFFERING,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def create_vpc_firewall(
        self,
        *,
        name: str,
        vpc_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpcFirewallResult:
        """创建防火墙 (CreateVpcFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            vpc_uuid: VPC路由器UUID (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VPC_FIREWALL,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vpcUuid": vpc_uuid,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def delete_access_control_list(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAccessControlListResult:
        """删除访问控制策略组 (DeleteAccessControlList).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ACCESS_CONTROL_LIST,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_certificate(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCertificateResult:
        """删除证书 (DeleteCertificate).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3.2)
            delete_mode: deleteMode (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_CERTIFICATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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

    async def delete_firewall(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallResult:
        """删除防火墙 (DeleteFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_FIREWALL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_firewall_ip_set_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallIpSetTemplateResult:
        """删除防火墙IP或端口模板 (DeleteFirewallIpSetTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; maxLength 32)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_FIREWALL_IP_SET_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_firewall_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallRuleResult:
        """删除防火墙规则 (DeleteFirewallRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; maxLength 32)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_FIREWALL_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_firewall_rule_set(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallRuleSetResult:
        """删除防火墙规则集 (DeleteFirewallRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_FIREWALL_RULE_SET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_firewall_rule_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallRuleTemplateResult:
        """删除防火墙规则模板 (DeleteFirewallRuleTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; maxLength 32)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_FIREWALL_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_flow_collector(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFlowCollectorResult:
        """删除流量监控搜集器 (DeleteFlowCollector).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_FLOW_COLLECTOR,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_flow_meter(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFlowMeterResult:
        """删除流量监控资源 (DeleteFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_FLOW_METER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ipsec_connection(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIPsecConnectionResult:
        """删除IPsec连接 (DeleteIPsecConnection).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_load_balancer(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLoadBalancerResult:
        """删除负载均衡器 (DeleteLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_LOAD_BALANCER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_load_balancer_listener(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLoadBalancerListenerResult:
        """删除负载均衡监听器 (DeleteLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_LOAD_BALANCER_LISTENER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_load_balancer_server_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLoadBalancerServerGroupResult:
        """删除负载均衡器服务器组 (DeleteLoadBalancerServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 服务器组uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_LOAD_BALANCER_SERVER_GROUP,
            {
                "uuid": uuid,
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

    async def delete_port_mirror(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePortMirrorResult:
        """删除端口镜像 (DeletePortMirror).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_PORT_MIRROR,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_port_mirror_session(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePortMirrorSessionResult:
        """删除端口镜像会话 (DeletePortMirrorSession).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_PORT_MIRROR_SESSION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_security_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSecurityGroupResult:
        """删除安全组 (DeleteSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: Permissive:：如果删除过程中发生错误或者删除不被允许云平台会停止删除操作在这种情况下, 包含失败原因的错误代码会被返回 Enforcing： 云平台会忽略所有错误和权限而直接删除资源;在这种情况下, 删除操作总是会成功 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SECURITY_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_security_group_rule(
        self,
        *,
        rule_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSecurityGroupRuleResult:
        """删除安全组规则 (DeleteSecurityGroupRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_uuids: 安全组规则的uuid列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SECURITY_GROUP_RULE,
            {
                "ruleUuids": rule_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_slb_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSlbGroupResult:
        """删除性能独享型负载均衡器组 (DeleteSlbGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SLB_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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

    async def delete_vm_nic_from_security_group(
        self,
        *,
        security_group_uuid: str,
        vm_nic_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmNicFromSecurityGroupResult:
        """从安全组删除虚拟机网卡 (DeleteVmNicFromSecurityGroup).

        从安全组删除虚拟机网卡, 这个命令是异步执行的, 在它返回后可能规则仍然没有对所有虚拟机网卡生效。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            vm_nic_uuids: 网卡的uuid列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VM_NIC_FROM_SECURITY_GROUP,
            {
                "securityGroupUuid": security_group_uuid,
                "vmNicUuids": vm_nic_uuids,
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

    async def detach_firewall_rule_set_from_l3(
        self,
        *,
        l3_uuid: str,
        rule_set_uuid: str,
        forward: Literal["in", "out"],
        vpc_firewall_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachFirewallRuleSetFromL3Result:
        """网络卸载防火墙规则集 (DetachFirewallRuleSetFromL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_uuid: 三层网络uuid (since 4.0.0; minLength 1)
            rule_set_uuid: ruleSetUuid (since 4.0.0; minLength 1)
            forward: 方向 (since 4.0.0; enum {'in', 'out'})
            vpc_firewall_uuid: 防火墙uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_FIREWALL_RULE_SET_FROM_L3,
            {
                "l3Uuid": l3_uuid,
                "ruleSetUuid": rule_set_uuid,
                "forward": forward,
                "vpcFirewallUuid": vpc_firewall_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_l3_networks_from_ipsec_connection(
        self,
        *,
        uuid: str,
        l3_network_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachL3NetworksFromIPsecConnectionResult:
        """从IPsec连接删除三层网络 (DetachL3NetworksFromIPsecConnection).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            l3_network_uuids: l3NetworkUuids (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_L3_NETWORKS_FROM_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "l3NetworkUuids": l3_network_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_network_service_from_l3_network(
        self,
        *,
        l3_network_uuid: str,
        network_services: Mapping[str, str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        service: str | None = None,
        job_uuid: str | None = None,
    ) -> DetachNetworkServiceFromL3NetworkResult:
        """从三层网络卸载网络服务 (DetachNetworkServiceFromL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            network_services: 网络服务 (since 0.6)
            service: service
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_NETWORK_SERVICE_FROM_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "networkServices": network_services,
                "systemTags": system_tags,
                "userTags": user_tags,
                "service": service,
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

    async def detach_security_group_from_l3_network(
        self,
        *,
        security_group_uuid: str,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachSecurityGroupFromL3NetworkResult:
        """从L3网络卸载安全组 (DetachSecurityGroupFromL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            l3_network_uuid: 三层网络UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_SECURITY_GROUP_FROM_L3_NETWORK,
            {
                "securityGroupUuid": security_group_uuid,
                "l3NetworkUuid": l3_network_uuid,
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

    async def get_candidate_l3_networks_for_ip_sec_connection(
        self,
        *,
        uuid: str | None = None,
        public_l3_uuid: str | None = None,
        vip_uuid: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL3NetworksForIpSecConnectionResult:
        """Get candidate L3 networks for ip sec connection (GetCandidateL3NetworksForIpSecConnection).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCandidateL3NetworksForIpSecConnectionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            public_l3_uuid: publicL3Uuid
            vip_uuid: vipUuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_L3_NETWORKS_FOR_IP_SEC_CONNECTION,
            {
                "uuid": uuid,
                "publicL3Uuid": public_l3_uuid,
                "vipUuid": vip_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_l3_networks_for_load_balancer(
        self,
        *,
        listener_uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL3NetworksForLoadBalancerResult:
        """获取监听器可加载L3网络 (GetCandidateL3NetworksForLoadBalancer).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            listener_uuid: listenerUuid (since 3.9.0)
            limit: limit (since 3.9.0)
            start: start (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_L3_NETWORKS_FOR_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_l3_networks_for_server_group(
        self,
        *,
        server_group_uuid: str | None = None,
        load_balancer_uuid: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL3NetworksForServerGroupResult:
        """Get candidate L3 networks for server group (GetCandidateL3NetworksForServerGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCandidateL3NetworksForServerGroupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            server_group_uuid: serverGroupUuid
            load_balancer_uuid: loadBalancerUuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_L3_NETWORKS_FOR_SERVER_GROUP,
            {
                "serverGroupUuid": server_group_uuid,
                "loadBalancerUuid": load_balancer_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_vm_nic_for_security_group(
        self,
        *,
        security_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicForSecurityGroupResult:
        """获取网卡列表清单 (GetCandidateVmNicForSecurityGroup).

        获取可应用安全组的网卡列表清单。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_VM_NIC_FOR_SECURITY_GROUP,
            {
                "securityGroupUuid": security_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_vm_nics_for_load_balancer(
        self,
        *,
        listener_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicsForLoadBalancerResult:
        """获取云主机网卡 (GetCandidateVmNicsForLoadBalancer).

        获取可供负载均衡器添加的云主机网卡。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            listener_uuid: 负载均衡监听器UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_VM_NICS_FOR_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_vm_nics_for_load_balancer_server_group(
        self,
        *,
        servergroup_uuid: str | None = None,
        load_balancer_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        ip_version: Literal[4, 6] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicsForLoadBalancerServerGroupResult:
        """获取可供负载均衡器服务器组添加的云主机网卡 (GetCandidateVmNicsForLoadBalancerServerGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            servergroup_uuid: servergroupUuid (since 4.0.0)
            load_balancer_uuid: 负载均衡器UUID (since 4.0.0)
            ip_version: ipVersion (since 5.1.0; enum {4, 6})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_VM_NICS_FOR_LOAD_BALANCER_SERVER_GROUP,
            {
                "servergroupUuid": servergroup_uuid,
                "loadBalancerUuid": load_balancer_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "ipVersion": ip_version,
            },
            job_uuid,
        )

    async def get_candidate_vm_nics_for_port_mirror(
        self,
        *,
        port_mirror_uuid: str,
        type: Literal["source", "dest"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicsForPortMirrorResult:
        """获取系统中可以使用端口镜像服务的网卡 (GetCandidateVmNicsForPortMirror).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            port_mirror_uuid: 端口镜像服务的uuid (since 3.7.0)
            type: 网卡类型 (since 3.7.0; enum {'source', 'dest'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_VM_NICS_FOR_PORT_MIRROR,
            {
                "portMirrorUuid": port_mirror_uuid,
                "type": type,
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

    async def get_flow_meter_router_id(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFlowMeterRouterIdResult:
        """获取流量监控协议中使用的系统标识 (GetFlowMeterRouterId).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: VPC路由器的uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_FLOW_METER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_load_balancer_listener_acl_entries(
        self,
        *,
        listener_uuids: Sequence[str] | None = None,
        type: Literal["RedirectRule", "IpEntry"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLoadBalancerListenerACLEntriesResult:
        """获取负载均衡监听器访问控制策略条目 (GetLoadBalancerListenerACLEntries).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            listener_uuids: listenerUuids (since 4.1.0)
            type: type (since 4.1.0; enum {'RedirectRule', 'IpEntry'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LOAD_BALANCER_LISTENER_ACL_ENTRIES,
            {
                "listenerUuids": listener_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_load_balancer_owner(
        self,
        *,
        load_balancer_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLoadBalancerOwnerResult:
        """获取负载均衡所属资源 (GetLoadBalancerOwner).

        Since ZStack 5.1.0. Synchronous (a 202 is still followed).

        Args:
            load_balancer_uuid: 负载均衡器UUID (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LOAD_BALANCER_OWNER,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_network_service_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetNetworkServiceTypesResult:
        """获取网络服务类型 (GetNetworkServiceTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_NETWORK_SERVICE_TYPES,
            {
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

    async def get_v_router_flow_counter(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterFlowCounterResult:
        """流量监控的统计信息 (GetVRouterFlowCounter).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: 路由器uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_V_ROUTER_FLOW_COUNTER,
            {
                "vRouterUuid": v_router_uuid,
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

    async def provision_slb_instance(
        self,
        *,
        uuid: str,
        slb_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProvisionSlbInstanceResult:
        """配置负载均衡实例 (ProvisionSlbInstance).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: uuid
            slb_instance_uuid: slbInstanceUuid (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PROVISION_SLB_INSTANCE,
            {
                "uuid": uuid,
                "slbInstanceUuid": slb_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_access_control_list(
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
    ) -> QueryAccessControlListResult:
        """查询访问控制策略组 (QueryAccessControlList).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ACCESS_CONTROL_LIST,
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

    def query_access_control_list_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AccessControlListInventory]:
        """Every result of ``query_access_control_list``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCESS_CONTROL_LIST,
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

    async def query_certificate(
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
    ) -> QueryCertificateResult:
        """查询证书 (QueryCertificate).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CERTIFICATE,
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

    def query_certificate_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[CertificateInventory]:
        """Every result of ``query_certificate``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CERTIFICATE,
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

    async def query_firewall_ip_set_template(
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
    ) -> QueryFirewallIpSetTemplateResult:
        """查询防火墙IP或端口模板 (QueryFirewallIpSetTemplate).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FIREWALL_IP_SET_TEMPLATE,
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

    def query_firewall_ip_set_template_pages(
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
        """Every result of ``query_firewall_ip_set_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_IP_SET_TEMPLATE,
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

    async def query_firewall_rule(
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
    ) -> QueryFirewallRuleResult:
        """查询防火墙规则 (QueryFirewallRule).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FIREWALL_RULE,
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

    def query_firewall_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VpcFirewallRuleInventory]:
        """Every result of ``query_firewall_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE,
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

    async def query_firewall_rule_set(
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
    ) -> QueryFirewallRuleSetResult:
        """查询防火墙规则集 (QueryFirewallRuleSet).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FIREWALL_RULE_SET,
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

    def query_firewall_rule_set_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VpcFirewallRuleSetInventory]:
        """Every result of ``query_firewall_rule_set``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE_SET,
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

    async def query_firewall_rule_set_l3_ref(
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
    ) -> QueryFirewallRuleSetL3RefResult:
        """查询防火墙规则集与三层网络关联关系 (QueryFirewallRuleSetL3Ref).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FIREWALL_RULE_SET_L3_REF,
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

    def query_firewall_rule_set_l3_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VpcFirewallRuleSetL3RefInventory]:
        """Every result of ``query_firewall_rule_set_l3_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE_SET_L3_REF,
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

    async def query_firewall_rule_template(
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
    ) -> QueryFirewallRuleTemplateResult:
        """查询防火墙规则模板 (QueryFirewallRuleTemplate).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FIREWALL_RULE_TEMPLATE,
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

    def query_firewall_rule_template_pages(
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
        """Every result of ``query_firewall_rule_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE_TEMPLATE,
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

    async def query_flow_collector(
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
    ) -> QueryFlowCollectorResult:
        """查询流量监控的搜集器 (QueryFlowCollector).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FLOW_COLLECTOR,
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

    def query_flow_collector_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[FlowCollectorInventory]:
        """Every result of ``query_flow_collector``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FLOW_COLLECTOR,
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

    async def query_flow_meter(
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
    ) -> QueryFlowMeterResult:
        """查询流量监控资源 (QueryFlowMeter).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FLOW_METER,
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

    def query_flow_meter_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[FlowMeterInventory]:
        """Every result of ``query_flow_meter``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FLOW_METER,
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

    async def query_ip_sec_connection(
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
    ) -> QueryIPSecConnectionResult:
        """查询IPsec连接 (QueryIPSecConnection).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IP_SEC_CONNECTION,
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

    def query_ip_sec_connection_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[IPsecConnectionInventory]:
        """Every result of ``query_ip_sec_connection``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IP_SEC_CONNECTION,
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

    async def query_load_balancer(
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
    ) -> QueryLoadBalancerResult:
        """查询负载均衡器 (QueryLoadBalancer).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_LOAD_BALANCER,
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

    def query_load_balancer_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[LoadBalancerInventory]:
        """Every result of ``query_load_balancer``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOAD_BALANCER,
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

    async def query_load_balancer_listener(
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
    ) -> QueryLoadBalancerListenerResult:
        """查询负载均衡监听器 (QueryLoadBalancerListener).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_LOAD_BALANCER_LISTENER,
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

    def query_load_balancer_listener_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[LoadBalancerListenerInventory]:
        """Every result of ``query_load_balancer_listener``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOAD_BALANCER_LISTENER,
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

    async def query_load_balancer_server_group(
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
    ) -> QueryLoadBalancerServerGroupResult:
        """查询负载均衡器服务器组 (QueryLoadBalancerServerGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_LOAD_BALANCER_SERVER_GROUP,
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

    def query_load_balancer_server_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[LoadBalancerServerGroupInventory]:
        """Every result of ``query_load_balancer_server_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOAD_BALANCER_SERVER_GROUP,
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

    async def query_network_service_l3_network_ref(
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
    ) -> QueryNetworkServiceL3NetworkRefResult:
        """查询网络服务与三层网络引用 (QueryNetworkServiceL3NetworkRef).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_NETWORK_SERVICE_L3_NETWORK_REF,
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

    def query_network_service_l3_network_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[NetworkServiceL3NetworkRefInventory]:
        """Every result of ``query_network_service_l3_network_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NETWORK_SERVICE_L3_NETWORK_REF,
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

    async def query_network_service_provider(
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
    ) -> QueryNetworkServiceProviderResult:
        """查询网络服务模块 (QueryNetworkServiceProvider).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_NETWORK_SERVICE_PROVIDER,
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

    def query_network_service_provider_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[NetworkServiceProviderInventory]:
        """Every result of ``query_network_service_provider``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NETWORK_SERVICE_PROVIDER,
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

    async def query_port_mirror(
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
    ) -> QueryPortMirrorResult:
        """查询端口镜像 (QueryPortMirror).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PORT_MIRROR,
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

    def query_port_mirror_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PortMirrorInventory]:
        """Every result of ``query_port_mirror``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PORT_MIRROR,
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

    async def query_port_mirror_network_used_ip(
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
    ) -> QueryPortMirrorNetworkUsedIpResult:
        """查询端口镜像网络分配的IP (QueryPortMirrorNetworkUsedIp).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PORT_MIRROR_NETWORK_USED_IP,
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

    def query_port_mirror_network_used_ip_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[MirrorNetworkUsedIpInventory]:
        """Every result of ``query_port_mirror_network_used_ip``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PORT_MIRROR_NETWORK_USED_IP,
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

    async def query_port_mirror_session(
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
    ) -> QueryPortMirrorSessionResult:
        """查询端口镜像会话 (QueryPortMirrorSession).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PORT_MIRROR_SESSION,
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

    def query_port_mirror_session_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PortMirrorSessionInventory]:
        """Every result of ``query_port_mirror_session``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PORT_MIRROR_SESSION,
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

    async def query_security_group(
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
    ) -> QuerySecurityGroupResult:
        """查询安全组 (QuerySecurityGroup).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SECURITY_GROUP,
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

    def query_security_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SecurityGroupInventory]:
        """Every result of ``query_security_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SECURITY_GROUP,
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

    async def query_security_group_rule(
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
    ) -> QuerySecurityGroupRuleResult:
        """查询安全组规则 (QuerySecurityGroupRule).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SECURITY_GROUP_RULE,
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

    def query_security_group_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SecurityGroupRuleInventory]:
        """Every result of ``query_security_group_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SECURITY_GROUP_RULE,
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

    async def query_slb_group(
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
    ) -> QuerySlbGroupResult:
        """查询性能独享型负载均衡器组 (QuerySlbGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SLB_GROUP,
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

    def query_slb_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SlbGroupInventory]:
        """Every result of ``query_slb_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SLB_GROUP,
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

    async def query_slb_offering(
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
    ) -> QuerySlbOfferingResult:
        """查询性能独享型负载均衡器规格 (QuerySlbOffering).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SLB_OFFERING,
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

    def query_slb_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SlbOfferingInventory]:
        """Every result of ``query_slb_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SLB_OFFERING,
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

    async def query_slb_vm_instance(
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
    ) -> QuerySlbVmInstanceResult:
        """查询SLB实例 (QuerySlbVmInstance).

        Since ZStack 5.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SLB_VM_INSTANCE,
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

    def query_slb_vm_instance_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SlbVmInstanceInventory]:
        """Every result of ``query_slb_vm_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SLB_VM_INSTANCE,
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

    async def query_v_router_flow_meter_network(
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
    ) -> QueryVRouterFlowMeterNetworkResult:
        """查询开启流量监控的VPC网络 (QueryVRouterFlowMeterNetwork).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_ROUTER_FLOW_METER_NETWORK,
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

    def query_v_router_flow_meter_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[NetworkRouterFlowMeterRefInventory]:
        """Every result of ``query_v_router_flow_meter_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_FLOW_METER_NETWORK,
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

    async def query_vm_nic_in_security_group(
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
    ) -> QueryVmNicInSecurityGroupResult:
        """查询应用了安全组的网卡列表 (QueryVmNicInSecurityGroup).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_NIC_IN_SECURITY_GROUP,
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

    def query_vm_nic_in_security_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VmNicSecurityGroupRefInventory]:
        """Every result of ``query_vm_nic_in_security_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_NIC_IN_SECURITY_GROUP,
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

    async def query_vm_nic_security_policy(
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
    ) -> QueryVmNicSecurityPolicyResult:
        """查询网卡的默认流量策略 (QueryVmNicSecurityPolicy).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_NIC_SECURITY_POLICY,
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

    def query_vm_nic_security_policy_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VmNicSecurityPolicyInventory]:
        """Every result of ``query_vm_nic_security_policy``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_NIC_SECURITY_POLICY,
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

    async def query_vpc_firewall(
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
    ) -> QueryVpcFirewallResult:
        """查询防火墙 (QueryVpcFirewall).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VPC_FIREWALL,
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

    def query_vpc_firewall_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VpcFirewallInventory]:
        """Every result of ``query_vpc_firewall``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_FIREWALL,
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

    async def query_vpc_firewall_v_router_ref(
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
    ) -> QueryVpcFirewallVRouterRefResult:
        """查询防火墙与单节点路由器关联关系 (QueryVpcFirewallVRouterRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VPC_FIREWALL_V_ROUTER_REF,
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

    def query_vpc_firewall_v_router_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VpcFirewallVRouterRefInventory]:
        """Every result of ``query_vpc_firewall_v_router_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_FIREWALL_V_ROUTER_REF,
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

    async def reconnect_ipsec_connection(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectIPsecConnectionResult:
        """重连IPsec (ReconnectIPsecConnection).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def refresh_firewall(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshFirewallResult:
        """刷新防火墙配置 (RefreshFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_FIREWALL,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def refresh_load_balancer(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshLoadBalancerResult:
        """刷新负载均衡器 (RefreshLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_LOAD_BALANCER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_access_control_list_entry(
        self,
        *,
        acl_uuid: str,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAccessControlListEntryResult:
        """删除访问控制策略的IP组 (RemoveAccessControlListEntry).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 3.9.0)
            uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_ACCESS_CONTROL_LIST_ENTRY,
            {
                "aclUuid": acl_uuid,
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_access_control_list_from_load_balancer(
        self,
        *,
        listener_uuid: str,
        acl_uuids: Sequence[str],
        server_group_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAccessControlListFromLoadBalancerResult:
        """删除监听器访问控制策略 (RemoveAccessControlListFromLoadBalancer).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 监听器唯一标识 (since 3.9.0)
            acl_uuids: 访问控制策略组唯一标识 (since 3.9.0; minItems 1)
            server_group_uuids: serverGroupUuids (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_ACCESS_CONTROL_LIST_FROM_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "aclUuids": acl_uuids,
                "serverGroupUuids": server_group_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_backend_server_from_server_group(
        self,
        *,
        server_group_uuid: str,
        server_ips: Sequence[Any] | None = None,
        vm_nic_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveBackendServerFromServerGroupResult:
        """从服务器组移除后端服务器 (RemoveBackendServerFromServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            server_group_uuid: serverGroupUuid (since 4.0.0; minLength 1)
            server_ips: serverIps (since 4.0.0)
            vm_nic_uuids: vmNicUuids (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_BACKEND_SERVER_FROM_SERVER_GROUP,
            {
                "serverGroupUuid": server_group_uuid,
                "serverIps": server_ips,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_certificate_from_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        certificate_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveCertificateFromLoadBalancerListenerResult:
        """从负载均衡移除证书 (RemoveCertificateFromLoadBalancerListener).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: listenerUuid (since 2.3.2)
            certificate_uuid: certificateUuid (since 2.3.2; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_CERTIFICATE_FROM_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "certificateUuid": certificate_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_remote_cidrs_from_ipsec_connection(
        self,
        *,
        uuid: str,
        peer_cidrs: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveRemoteCidrsFromIPsecConnectionResult:
        """删除远端CIDR (RemoveRemoteCidrsFromIPsecConnection).

        从IPsec连接删除远端CIDR。

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            peer_cidrs: peerCidrs (since 4.5.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_REMOTE_CIDRS_FROM_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "peerCidrs": peer_cidrs,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_server_group_from_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        server_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveServerGroupFromLoadBalancerListenerResult:
        """从负载均衡监听器移除服务器组 (RemoveServerGroupFromLoadBalancerListener).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 监听器uuid (since 4.0.0)
            server_group_uuid: 服务器组uuid (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SERVER_GROUP_FROM_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "serverGroupUuid": server_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_v_router_networks_from_flow_meter(
        self,
        *,
        uuids: Sequence[str],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVRouterNetworksFromFlowMeterResult:
        """清除VPC路由器网络的流量监控 (RemoveVRouterNetworksFromFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuids: uuids (since 3.6.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_V_ROUTER_NETWORKS_FROM_FLOW_METER,
            {
                "uuids": uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_vm_nic_from_load_balancer(
        self,
        *,
        listener_uuid: str,
        vm_nic_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVmNicFromLoadBalancerResult:
        """从负载均衡器移除云主机网卡 (RemoveVmNicFromLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 负载均衡监听器UUID (since 0.6)
            vm_nic_uuids: 云主机网卡UUID (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_VM_NIC_FROM_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_flow_meter_router_id(
        self,
        *,
        v_router_uuid: str,
        router_id: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetFlowMeterRouterIdResult:
        """设置流量监控协议使用的VPC标识 (SetFlowMeterRouterId).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            v_router_uuid: vRouterUuid (since 3.6.0)
            router_id: 路由器标识 (since 3.6.0; minimum 1; maximum 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_FLOW_METER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "routerId": router_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
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

    async def set_vm_nic_security_group(
        self,
        *,
        vm_nic_uuid: str,
        refs: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmNicSecurityGroupResult:
        """设置网卡的安全组 (SetVmNicSecurityGroup).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 网卡的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            refs: 网卡挂载的安全组 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_NIC_SECURITY_GROUP,
            {
                "vmNicUuid": vm_nic_uuid,
                "refs": refs,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_certificate(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCertificateResult:
        """更新证书信息 (UpdateCertificate).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CERTIFICATE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
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

    async def update_firewall_ip_set_template(
        self,
        *,
        uuid: str,
        dest_value: str | None = None,
        name: str | None = None,
        source_value: str | None = None,
        type: Literal["ip", "port"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallIpSetTemplateResult:
        """更新防火墙IP或端口模板 (UpdateFirewallIpSetTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            dest_value: destValue (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            source_value: sourceValue (since 4.0.0; maxLength 2048)
            type: type (since 4.0.0; enum {'ip', 'port'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FIREWALL_IP_SET_TEMPLATE,
            {
                "uuid": uuid,
                "destValue": dest_value,
                "name": name,
                "sourceValue": source_value,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_firewall_rule(
        self,
        *,
        uuid: str,
        action: Literal["drop", "reject", "accept"],
        rule_number: int,
        rule_set_uuid: str,
        state: Literal["enable", "disable"],
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallRuleResult:
        """更新防火墙规则 (UpdateFirewallRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            action: 动作 (since 3.6.0; enum {'drop', 'reject', 'accept'})
            allow_states: 允许状态 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0; maxLength 2048)
            dest_ip: 目标ip (since 3.6.0)
            dest_port: 目标端口 (since 3.6.0)
            enable_log: 是否开启日志 (since 3.6.0)
            icmp_type_name: icmpType (since 3.6.0)
            protocol: 协议 (since 3.6.0)
            rule_number: 优先级 (since 3.6.0; minimum 1001; maximum 2999)
            rule_set_uuid: 规则集uuid (since 4.0.0; minLength 1)
            source_ip: 源ip (since 3.6.0)
            source_port: 源端口 (since 3.6.0)
            state: 状态 (since 3.6.0; enum {'enable', 'disable'})
            tcp_flag: tcp flag (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FIREWALL_RULE,
            {
                "uuid": uuid,
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "protocol": protocol,
                "ruleNumber": rule_number,
                "ruleSetUuid": rule_set_uuid,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_firewall_rule_set(
        self,
        *,
        uuid: str,
        action_type: Literal["drop", "accept", "reject"] | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallRuleSetResult:
        """更新防火墙规则集 (UpdateFirewallRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            action_type: actionType (since 3.6.0; enum {'drop', 'accept', 'reject'})
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FIREWALL_RULE_SET,
            {
                "uuid": uuid,
                "actionType": action_type,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_firewall_rule_template(
        self,
        *,
        uuid: str,
        action: Literal["drop", "reject", "accept"],
        name: str,
        rule_number: int,
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        state: Literal["enable", "disable"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallRuleTemplateResult:
        """更新防火墙规则模板 (UpdateFirewallRuleTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; minLength 1)
            action: action (since 4.0.0; enum {'drop', 'reject', 'accept'})
            allow_states: allowStates (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            dest_ip: destIp (since 4.0.0; maxLength 2048)
            dest_port: destPort (since 4.0.0)
            enable_log: enableLog (since 4.0.0)
            icmp_type_name: icmpTypeName (since 4.0.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            protocol: protocol (since 4.0.0)
            resource_uuid: 资源UUID (since 4.0.0)
            rule_number: ruleNumber (since 4.0.0; minimum 1001; maximum 2999)
            source_ip: sourceIp (since 4.0.0; maxLength 2048)
            source_port: sourcePort (since 4.0.0)
            state: state (since 4.0.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 4.0.0)
            tcp_flag: tcpFlag (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FIREWALL_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "name": name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tagUuids": tag_uuids,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_flow_collector(
        self,
        *,
        uuid: str,
        port: int | None = None,
        server: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFlowCollectorResult:
        """更新搜集器信息 (UpdateFlowCollector).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            port: UDP端口 (since 3.6.0; minimum 1; maximum 65535)
            server: 搜集器的IP (since 3.6.0; maxLength 48)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FLOW_COLLECTOR,
            {
                "uuid": uuid,
                "port": port,
                "server": server,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_flow_meter(
        self,
        *,
        uuid: str,
        description: str | None = None,
        expire_interval: int | None = None,
        name: str | None = None,
        sample: int | None = None,
        version: Literal["V5", "V9"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFlowMeterResult:
        """更新流量监控的信息 (UpdateFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0; maxLength 128)
            expire_interval: 流量发送间隔 (since 3.6.0; minimum 1; maximum 3600)
            name: 资源名称 (since 3.6.0; maxLength 32)
            sample: 流量采集样本率 (since 3.6.0; minimum 1; maximum 2147483647)
            version: 流量监控协议的版本 (since 3.6.0; enum {'V5', 'V9'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FLOW_METER,
            {
                "uuid": uuid,
                "description": description,
                "expireInterval": expire_interval,
                "name": name,
                "sample": sample,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ipsec_connection(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIPsecConnectionResult:
        """更新IPsec连接 (UpdateIPsecConnection).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IPSEC_CONNECTION,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_load_balancer(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLoadBalancerResult:
        """更新负载均衡器 (UpdateLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_LOAD_BALANCER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_load_balancer_listener(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLoadBalancerListenerResult:
        """更新负载均衡监听器 (UpdateLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_LOAD_BALANCER_LISTENER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_load_balancer_server_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLoadBalancerServerGroupResult:
        """更新负载均衡器服务器组 (UpdateLoadBalancerServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_LOAD_BALANCER_SERVER_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
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

    async def update_port_mirror(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePortMirrorResult:
        """更新端口镜像 (UpdatePortMirror).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            description: 资源的详细描述 (since 3.7.0; maxLength 1024)
            name: 资源名称 (since 3.7.0; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_PORT_MIRROR,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_security_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSecurityGroupResult:
        """更新安全组 (UpdateSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SECURITY_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_security_group_rule_priority(
        self,
        *,
        security_group_uuid: str,
        rules: Sequence[Any],
        type: Literal["Ingress", "Egress"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSecurityGroupRulePriorityResult:
        """更新安全组规则优先级 (UpdateSecurityGroupRulePriority).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            rules: 规则的优先级 (since 4.7.21; minItems 1)
            type: 规则的类型 (since 4.7.21; minLength 1; enum {'Ingress', 'Egress'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SECURITY_GROUP_RULE_PRIORITY,
            {
                "securityGroupUuid": security_group_uuid,
                "rules": rules,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_slb_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        slb_offering_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSlbGroupResult:
        """更新性能独享型负载均衡器组 (UpdateSlbGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; maxLength 255)
            slb_offering_uuid: 性能独享型负载均衡器规格 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SLB_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "slbOfferingUuid": slb_offering_uuid,
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

    async def update_vpc_firewall(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVpcFirewallResult:
        """更新防火墙 (UpdateVpcFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VPC_FIREWALL,
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

    async def validate_security_group_rule(
        self,
        *,
        security_group_uuid: str,
        type: Literal["Ingress", "Egress"],
        protocol: Literal["TCP", "UDP", "ICMP", "ALL"],
        remote_security_group_uuid: str | None = None,
        ip_version: Literal[4, 6] | None = None,
        src_ip_range: str | None = None,
        dst_ip_range: str | None = None,
        dst_port_range: str | None = None,
        action: Literal["ACCEPT", "DROP"] | None = None,
        start_port: int | None = None,
        end_port: int | None = None,
        allowed_cidr: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSecurityGroupRuleResult:
        """检查安全组规则是否可用 (ValidateSecurityGroupRule).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            security_group_uuid: 安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            type: 安全组规则的方向 (since 4.7.21; minLength 1; enum {'Ingress', 'Egress'})
            protocol: 安全组规则的协议类型 (since 4.7.21; minLength 1; enum {'TCP', 'UDP', 'ICMP', 'ALL'})
            remote_security_group_uuid: 远端安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            ip_version: 安全组规则的IP版本 (since 4.7.21; enum {4, 6})
            src_ip_range: 安全组规则的源ip范围 (since 4.7.21)
            dst_ip_range: 安全组规则的目的ip范围 (since 4.7.21)
            dst_port_range: 安全组规则的目的端口范围 (since 4.7.21)
            action: 安全组规则的动作 (since 4.7.21; minLength 1; enum {'ACCEPT', 'DROP'})
            start_port: 安全组规则的起始端口 (since 4.7.21)
            end_port: 安全组规则的结束端口 (since 4.7.21)
            allowed_cidr: 安全组规则的ip范围 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_SECURITY_GROUP_RULE,
            {
                "securityGroupUuid": security_group_uuid,
                "type": type,
                "protocol": protocol,
                "remoteSecurityGroupUuid": remote_security_group_uuid,
                "ipVersion": ip_version,
                "srcIpRange": src_ip_range,
                "dstIpRange": dst_ip_range,
                "dstPortRange": dst_port_range,
                "action": action,
                "startPort": start_port,
                "endPort": end_port,
                "allowedCidr": allowed_cidr,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
