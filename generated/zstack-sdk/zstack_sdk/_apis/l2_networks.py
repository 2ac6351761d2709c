"""``client.l2_networks``: 24 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.change_l2_network_vlan_id_result import ChangeL2NetworkVlanIdResult
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
    from ..models.create_vxlan_pool_remote_vtep_result import CreateVxlanPoolRemoteVtepResult
    from ..models.create_vxlan_vtep_result import CreateVxlanVtepResult
    from ..models.delete_l2_network_result import DeleteL2NetworkResult
    from ..models.delete_vxlan_l2_network_result import DeleteVxlanL2NetworkResult
    from ..models.delete_vxlan_pool_remote_vtep_result import DeleteVxlanPoolRemoteVtepResult
    from ..models.detach_l2_network_from_cluster_result import DetachL2NetworkFromClusterResult
    from ..models.get_candidate_clusters_for_attaching_l2_network_result import (
        GetCandidateClustersForAttachingL2NetworkResult,
    )
    from ..models.l2_network_inventory import L2NetworkInventory
    from ..models.l2_vlan_network_inventory import L2VlanNetworkInventory
    from ..models.l2_vxlan_network_inventory import L2VxlanNetworkInventory
    from ..models.l2_vxlan_network_pool_inventory import L2VxlanNetworkPoolInventory
    from ..models.query_l2_network_result import QueryL2NetworkResult
    from ..models.query_l2_port_group_network_result import QueryL2PortGroupNetworkResult
    from ..models.query_l2_virtual_switch_network_result import QueryL2VirtualSwitchNetworkResult
    from ..models.query_l2_vlan_network_result import QueryL2VlanNetworkResult
    from ..models.query_l2_vxlan_network_pool_result import QueryL2VxlanNetworkPoolResult
    from ..models.query_l2_vxlan_network_result import QueryL2VxlanNetworkResult
    from ..models.query_vtep_result import QueryVtepResult
    from ..models.vtep_inventory import VtepInventory

__all__ = ["AsyncL2NetworksApi", "L2NetworksApi"]


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
    names=("uuid", "type", "vlan", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="changeL2NetworkVlanId",
    since=None,
    result=".models.change_l2_network_vlan_id_result:ChangeL2NetworkVlanIdResult",
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
    names=(
        "description",
        "h3c_tenant_uuid",
        "isolated",
        "name",
        "physical_interface",
        "pool_uuid",
        "pvlan",
        "resource_uuid",
        "tag_uuids",
        "type",
        "v_switch_type",
        "vlan",
        "vni",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "poolUuid"),
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
    names=(
        "description",
        "end_vlan",
        "isolated",
        "name",
        "physical_interface",
        "pvlan",
        "resource_uuid",
        "sdn_controller_uuid",
        "start_vlan",
        "tag_uuids",
        "type",
        "v_switch_type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "physicalInterface", "sdnControllerUuid", "zoneUuid"),
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
    names=(
        "description",
        "isolated",
        "name",
        "physical_interface",
        "pvlan",
        "resource_uuid",
        "tag_uuids",
        "type",
        "v_switch_type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "physicalInterface", "zoneUuid"),
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
    names=(
        "description",
        "isolated",
        "name",
        "physical_interface",
        "pvlan",
        "resource_uuid",
        "tag_uuids",
        "type",
        "v_switch_type",
        "v_switch_uuid",
        "vlan",
        "vlan_mode",
        "vlan_ranges",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "vSwitchUuid", "vlan"),
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
    names=(
        "description",
        "ip_prefix",
        "ip_prefix_length",
        "isolated",
        "name",
        "physical_interface",
        "pvlan",
        "resource_uuid",
        "tag_uuids",
        "type",
        "v_switch_type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
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
    names=(
        "description",
        "is_distributed",
        "isolated",
        "name",
        "physical_interface",
        "pvlan",
        "resource_uuid",
        "tag_uuids",
        "type",
        "v_switch_type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "physicalInterface", "zoneUuid"),
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
    names=(
        "description",
        "isolated",
        "name",
        "physical_interface",
        "pvlan",
        "resource_uuid",
        "tag_uuids",
        "type",
        "v_switch_type",
        "vlan",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "physicalInterface", "vlan", "zoneUuid"),
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
    names=(
        "description",
        "isolated",
        "name",
        "physical_interface",
        "pool_uuid",
        "pvlan",
        "resource_uuid",
        "tag_uuids",
        "type",
        "v_switch_type",
        "vni",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "poolUuid"),
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
    names=(
        "tag_uuid",
        "description",
        "isolated",
        "name",
        "physical_interface",
        "pvlan",
        "resource_uuid",
        "tag_uuids",
        "type",
        "v_switch_type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "zoneUuid"),
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
    names=(
        "l2_network_uuid",
        "cluster_uuid",
        "remote_vtep_ip",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("l2NetworkUuid", "clusterUuid", "remoteVtepIp"),
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
    names=(
        "host_uuid",
        "pool_uuid",
        "resource_uuid",
        "tag_uuids",
        "vtep_ip",
        "system_tags",
        "user_tags",
    ),
    required=("hostUuid", "poolUuid"),
    body_key="params",
    since=None,
    result=".models.create_vxlan_vtep_result:CreateVxlanVtepResult",
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
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.8.0",
    result=".models.delete_l2_network_result:DeleteL2NetworkResult",
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
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
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
    names=(
        "l2_network_uuid",
        "cluster_uuid",
        "remote_vtep_ip",
        "delete_mode",
        "system_tags",
        "user_tags",
    ),
    required=("l2NetworkUuid", "clusterUuid", "remoteVtepIp"),
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
    names=("l2_network_uuid", "cluster_uuid", "system_tags", "user_tags"),
    required=("l2NetworkUuid", "clusterUuid"),
    since="0.6",
    result=".models.detach_l2_network_from_cluster_result:DetachL2NetworkFromClusterResult",
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
    names=("l2_network_uuid", "cluster_types", "limit", "start", "system_tags", "user_tags"),
    required=("l2NetworkUuid",),
    since=None,
    result=".models.get_candidate_clusters_for_attaching_l2_network_result:GetCandidateClustersForAttachingL2NetworkResult",
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
    names=("uuid", "system_tags", "user_tags"),
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
    names=("system_tags", "user_tags"),
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
    names=("system_tags", "user_tags"),
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
    names=("uuid", "system_tags", "user_tags"),
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
    names=("uuid", "system_tags", "user_tags"),
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
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_l2_vxlan_network_pool_result:QueryL2VxlanNetworkPoolResult",
    query=True,
    alt_paths=("/l2-networks/vxlan-pool/{uuid}",),
)

QUERY_VTEP: Api[QueryVtepResult] = Api(
    "QueryVtep",
    "GET",
    "/l2-networks/vteps",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_vtep_result:QueryVtepResult",
    query=True,
)


class L2NetworksApi(SyncNamespace):
    """l2-networks: 24 APIs (ChangeL2NetworkVlanId, CreateL2HardwareVxlanNetwork, CreateL2HardwareVxlanNetworkPool, ...)."""

    __slots__ = ()

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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuid: Sequence[str] | None = None,
        description: str | None = None,
        isolated: bool | None = None,
        physical_interface: str | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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

    def create_vxlan_pool_remote_vtep(
        self,
        *,
        l2_network_uuid: str,
        cluster_uuid: str,
        remote_vtep_ip: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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


class AsyncL2NetworksApi(AsyncNamespace):
    """l2-networks: 24 APIs (ChangeL2NetworkVlanId, CreateL2HardwareVxlanNetwork, CreateL2HardwareVxlanNetworkPool, ...). (asyncio)"""

    __slots__ = ()

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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuid: Sequence[str] | None = None,
        description: str | None = None,
        isolated: bool | None = None,
        physical_interface: str | None = None,
        pvlan: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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

    async def create_vxlan_pool_remote_vtep(
        self,
        *,
        l2_network_uuid: str,
        cluster_uuid: str,
        remote_vtep_ip: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
