"""``client.hosts``: 55 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_kvm_host_from_config_file_result import AddKVMHostFromConfigFileResult
    from ..models.add_kvm_host_result import AddKVMHostResult
    from ..models.add_simulator_host_result import AddSimulatorHostResult
    from ..models.add_x_dragon_host_result import AddXDragonHostResult
    from ..models.allocate_host_resource_result import AllocateHostResourceResult
    from ..models.attach_nic_to_bonding_result import AttachNicToBondingResult
    from ..models.change_host_network_interface_lldp_mode_result import (
        ChangeHostNetworkInterfaceLldpModeResult,
    )
    from ..models.change_host_password_result import ChangeHostPasswordResult
    from ..models.change_host_state_result import ChangeHostStateResult
    from ..models.check_kvm_host_config_file_result import CheckKVMHostConfigFileResult
    from ..models.create_bonding_result import CreateBondingResult
    from ..models.delete_bonding_result import DeleteBondingResult
    from ..models.delete_host_result import DeleteHostResult
    from ..models.detach_nic_from_bonding_result import DetachNicFromBondingResult
    from ..models.get_candidate_interface_vlan_ids_result import GetCandidateInterfaceVlanIdsResult
    from ..models.get_candidate_l2_networks_for_attaching_cluster_result import (
        GetCandidateL2NetworksForAttachingClusterResult,
    )
    from ..models.get_candidate_network_interfaces_result import GetCandidateNetworkInterfacesResult
    from ..models.get_cluster_host_network_facts_result import GetClusterHostNetworkFactsResult
    from ..models.get_host_allocator_strategies_result import GetHostAllocatorStrategiesResult
    from ..models.get_host_multipath_topology_result import GetHostMultipathTopologyResult
    from ..models.get_host_network_facts_result import GetHostNetworkFactsResult
    from ..models.get_host_network_interface_lldp_result import GetHostNetworkInterfaceLldpResult
    from ..models.get_host_numa_topology_result import GetHostNUMATopologyResult
    from ..models.get_host_physical_memory_facts_result import GetHostPhysicalMemoryFactsResult
    from ..models.get_host_power_status_result import GetHostPowerStatusResult
    from ..models.get_host_resource_allocation_result import GetHostResourceAllocationResult
    from ..models.get_host_task_result import GetHostTaskResult
    from ..models.get_host_web_ssh_url_result import GetHostWebSshUrlResult
    from ..models.get_hypervisor_types_result import GetHypervisorTypesResult
    from ..models.get_interface_service_type_statistic_result import (
        GetInterfaceServiceTypeStatisticResult,
    )
    from ..models.hba_device_inventory import HBADeviceInventory
    from ..models.host_inventory import HostInventory
    from ..models.host_network_bonding_inventory import HostNetworkBondingInventory
    from ..models.host_network_interface_inventory import HostNetworkInterfaceInventory
    from ..models.host_network_interface_lldp_inventory import HostNetworkInterfaceLldpInventory
    from ..models.host_os_category_inventory import HostOsCategoryInventory
    from ..models.identify_host_result import IdentifyHostResult
    from ..models.kvm_hypervisor_info_inventory import KvmHypervisorInfoInventory
    from ..models.kvm_run_shell_result import KvmRunShellResult
    from ..models.locate_host_network_interface_result import LocateHostNetworkInterfaceResult
    from ..models.power_off_host_result import PowerOffHostResult
    from ..models.power_on_host_result import PowerOnHostResult
    from ..models.power_reset_host_result import PowerResetHostResult
    from ..models.query_hba_device_result import QueryHBADeviceResult
    from ..models.query_host_network_bonding_result import QueryHostNetworkBondingResult
    from ..models.query_host_network_interface_lldp_result import (
        QueryHostNetworkInterfaceLldpResult,
    )
    from ..models.query_host_network_interface_result import QueryHostNetworkInterfaceResult
    from ..models.query_host_os_category_result import QueryHostOsCategoryResult
    from ..models.query_host_physical_memory_result import QueryHostPhysicalMemoryResult
    from ..models.query_host_result import QueryHostResult
    from ..models.query_kvm_hypervisor_info_result import QueryKvmHypervisorInfoResult
    from ..models.reconnect_host_result import ReconnectHostResult
    from ..models.set_ip_on_host_network_bonding_result import SetIpOnHostNetworkBondingResult
    from ..models.set_ip_on_host_network_interface_result import SetIpOnHostNetworkInterfaceResult
    from ..models.set_service_type_on_host_network_bonding_result import (
        SetServiceTypeOnHostNetworkBondingResult,
    )
    from ..models.set_service_type_on_host_network_interface_result import (
        SetServiceTypeOnHostNetworkInterfaceResult,
    )
    from ..models.shutdown_host_result import ShutdownHostResult
    from ..models.update_bonding_result import UpdateBondingResult
    from ..models.update_host_ipmi_result import UpdateHostIpmiResult
    from ..models.update_host_network_interface_result import UpdateHostNetworkInterfaceResult
    from ..models.update_host_result import UpdateHostResult
    from ..models.update_kvm_host_result import UpdateKVMHostResult

__all__ = ["AsyncHostsApi", "HostsApi"]


ADD_KVM_HOST: Api[AddKVMHostResult] = Api(
    "AddKVMHost",
    "POST",
    "/hosts/kvm",
    params=(
        ("clusterUuid", "body", "0.6"),
        ("description", "body", "0.6"),
        ("managementIp", "body", "0.6"),
        ("name", "body", "0.6"),
        ("password", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("sshPort", "body", "0.6"),
        ("tagUuids", "body", None),
        ("username", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "cluster_uuid",
        "description",
        "management_ip",
        "name",
        "password",
        "resource_uuid",
        "ssh_port",
        "tag_uuids",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("clusterUuid", "managementIp", "name", "password", "username"),
    body_key="params",
    since="0.6",
    result=".models.add_kvm_host_result:AddKVMHostResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("sshPort", "ssh_port", "minimum", 1),
        ("sshPort", "ssh_port", "maximum", 65535),
        ("username", "username", "maxLength", 255),
    ),
)

ADD_KVM_HOST_FROM_CONFIG_FILE: Api[AddKVMHostFromConfigFileResult] = Api(
    "AddKVMHostFromConfigFile",
    "POST",
    "/hosts/kvm/from-file",
    params=(
        ("hostInfo", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=("host_info", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("hostInfo",),
    body_key="params",
    since="3.1.0",
    result=".models.add_kvm_host_from_config_file_result:AddKVMHostFromConfigFileResult",
    checks=(("hostInfo", "host_info", "minLength", 1),),
)

ADD_SIMULATOR_HOST: Api[AddSimulatorHostResult] = Api(
    "AddSimulatorHost",
    "POST",
    "/hosts/simulators",
    params=(
        ("clusterUuid", "body", None),
        ("cpuCapacity", "body", None),
        ("description", "body", None),
        ("managementIp", "body", None),
        ("memoryCapacity", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "cluster_uuid",
        "cpu_capacity",
        "description",
        "management_ip",
        "memory_capacity",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("clusterUuid", "cpuCapacity", "managementIp", "memoryCapacity", "name"),
    body_key="params",
    since=None,
    result=".models.add_simulator_host_result:AddSimulatorHostResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

ADD_X_DRAGON_HOST: Api[AddXDragonHostResult] = Api(
    "AddXDragonHost",
    "POST",
    "/hosts/xdragon",
    params=(
        ("clusterUuid", "body", None),
        ("cpuNum", "body", None),
        ("cpuSockets", "body", None),
        ("description", "body", None),
        ("managementIp", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("resourceUuid", "body", None),
        ("sshPort", "body", None),
        ("tagUuids", "body", None),
        ("totalPhysicalMemory", "body", None),
        ("username", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "cluster_uuid",
        "cpu_num",
        "cpu_sockets",
        "description",
        "management_ip",
        "name",
        "password",
        "resource_uuid",
        "ssh_port",
        "tag_uuids",
        "total_physical_memory",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("clusterUuid", "managementIp", "name", "password", "username"),
    body_key="params",
    since=None,
    result=".models.add_x_dragon_host_result:AddXDragonHostResult",
    checks=(
        ("cpuNum", "cpu_num", "minimum", 64),
        ("cpuNum", "cpu_num", "maximum", 256),
        ("cpuSockets", "cpu_sockets", "minimum", 1),
        ("cpuSockets", "cpu_sockets", "maximum", 32),
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("sshPort", "ssh_port", "minimum", 1),
        ("sshPort", "ssh_port", "maximum", 65535),
        ("totalPhysicalMemory", "total_physical_memory", "minimum", 137438953472),
        ("totalPhysicalMemory", "total_physical_memory", "maximum", 9223372036854775807),
        ("username", "username", "maxLength", 255),
    ),
)

ALLOCATE_HOST_RESOURCE: Api[AllocateHostResourceResult] = Api(
    "AllocateHostResource",
    "POST",
    "/hosts/{uuid}/allocate-resource",
    params=(
        ("uuid", "path", "4.7.11"),
        ("memSize", "body", "4.7.11"),
        ("scene", "body", "4.7.11"),
        ("strategy", "body", "4.7.11"),
        ("vcpu", "body", "4.7.11"),
        ("systemTags", "root", "4.7.11"),
        ("userTags", "root", "4.7.11"),
    ),
    names=("uuid", "mem_size", "scene", "strategy", "vcpu", "system_tags", "user_tags"),
    required=("uuid", "scene", "strategy", "vcpu"),
    body_key="params",
    since="4.7.11",
    result=".models.allocate_host_resource_result:AllocateHostResourceResult",
    checks=(
        ("memSize", "mem_size", "minimum", 1),
        ("memSize", "mem_size", "maximum", 9223372036854775807),
        ("scene", "scene", "enum", ("normal", "performance")),
        ("strategy", "strategy", "enum", ("continuous",)),
        ("vcpu", "vcpu", "minimum", 1),
        ("vcpu", "vcpu", "maximum", 512),
    ),
)

ATTACH_NIC_TO_BONDING: Api[AttachNicToBondingResult] = Api(
    "AttachNicToBonding",
    "PUT",
    "/hosts/bondings/{uuid}/attach",
    params=(
        ("uuid", "path", "5.0.0"),
        ("slaveUuids", "body", "5.0.0"),
        ("type", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=("uuid", "slave_uuids", "type", "system_tags", "user_tags"),
    required=("uuid", "slaveUuids"),
    body_key="attachNicToBonding",
    since="5.0.0",
    result=".models.attach_nic_to_bonding_result:AttachNicToBondingResult",
    checks=(("type", "type", "enum", ("LinuxBonding", "OvsBonding")),),
)

CHANGE_HOST_NETWORK_INTERFACE_LLDP_MODE: Api[ChangeHostNetworkInterfaceLldpModeResult] = Api(
    "ChangeHostNetworkInterfaceLldpMode",
    "PUT",
    "/hostNetworkInterface/lldp/actions",
    params=(
        ("interfaceUuids", "body", "5.0.0"),
        ("mode", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=("interface_uuids", "mode", "system_tags", "user_tags"),
    required=("interfaceUuids",),
    body_key="changeHostNetworkInterfaceLldpMode",
    since="5.0.0",
    result=".models.change_host_network_interface_lldp_mode_result:ChangeHostNetworkInterfaceLldpModeResult",
    checks=(("mode", "mode", "enum", ("rx_only", "tx_only", "rx_and_tx", "disable")),),
)

CHANGE_HOST_PASSWORD: Api[ChangeHostPasswordResult] = Api(
    "ChangeHostPassword",
    "PUT",
    "/hosts/kvm/{hostUuid}/actions",
    params=(
        ("hostUuid", "path", None),
        ("password", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("host_uuid", "password", "system_tags", "user_tags"),
    required=("hostUuid", "password"),
    body_key="changeHostPassword",
    since=None,
    result=".models.change_host_password_result:ChangeHostPasswordResult",
    checks=(
        ("hostUuid", "host_uuid", "minLength", 1),
        ("password", "password", "minLength", 1),
        ("password", "password", "maxLength", 255),
    ),
)

CHANGE_HOST_STATE: Api[ChangeHostStateResult] = Api(
    "ChangeHostState",
    "PUT",
    "/hosts/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeHostState",
    since="0.6",
    result=".models.change_host_state_result:ChangeHostStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable", "maintain")),),
)

CHECK_KVM_HOST_CONFIG_FILE: Api[CheckKVMHostConfigFileResult] = Api(
    "CheckKVMHostConfigFile",
    "POST",
    "/hosts/kvm/from-file/check",
    params=(
        ("hostInfo", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=("host_info", "system_tags", "user_tags"),
    required=("hostInfo",),
    body_key="params",
    since="3.1.0",
    result=".models.check_kvm_host_config_file_result:CheckKVMHostConfigFileResult",
    checks=(("hostInfo", "host_info", "minLength", 1),),
)

CREATE_BONDING: Api[CreateBondingResult] = Api(
    "CreateBonding",
    "POST",
    "/hosts/bondings",
    params=(
        ("bondingName", "body", "4.7.0"),
        ("description", "body", "4.7.0"),
        ("hostUuids", "body", "5.0.0"),
        ("mode", "body", "4.7.0"),
        ("resourceUuid", "body", "4.7.0"),
        ("slaveNames", "body", "5.0.0"),
        ("slaveUuids", "body", "5.0.0"),
        ("tagUuids", "body", "4.7.0"),
        ("type", "body", "4.7.0"),
        ("xmitHashPolicy", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    names=(
        "bonding_name",
        "description",
        "host_uuids",
        "mode",
        "resource_uuid",
        "slave_names",
        "slave_uuids",
        "tag_uuids",
        "type",
        "xmit_hash_policy",
        "system_tags",
        "user_tags",
    ),
    required=("bondingName", "hostUuids", "mode", "type"),
    body_key="params",
    since="4.7.0",
    result=".models.create_bonding_result:CreateBondingResult",
    checks=(
        ("bondingName", "bonding_name", "maxLength", 7),
        ("bondingName", "bonding_name", "pattern", "^(?![0-9])[A-Za-z0-9_-]+$"),
        ("description", "description", "maxLength", 2048),
        ("mode", "mode", "enum", ("802.3ad", "active-backup")),
        ("type", "type", "enum", ("LinuxBonding", "OvsBonding")),
        ("xmitHashPolicy", "xmit_hash_policy", "enum", ("layer2", "layer2+3", "layer3+4")),
    ),
)

DELETE_BONDING: Api[DeleteBondingResult] = Api(
    "DeleteBonding",
    "DELETE",
    "/hosts/bondings/{uuid}",
    params=(
        ("uuid", "path", "4.7.0"),
        ("deleteMode", "query", "4.7.0"),
        ("systemTags", "query", "4.7.0"),
        ("userTags", "query", "4.7.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.7.0",
    result=".models.delete_bonding_result:DeleteBondingResult",
)

DELETE_HOST: Api[DeleteHostResult] = Api(
    "DeleteHost",
    "DELETE",
    "/hosts/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_host_result:DeleteHostResult",
)

DETACH_NIC_FROM_BONDING: Api[DetachNicFromBondingResult] = Api(
    "DetachNicFromBonding",
    "PUT",
    "/hosts/bondings/{uuid}/detach",
    params=(
        ("uuid", "path", "5.0.0"),
        ("slaveUuids", "body", "5.0.0"),
        ("type", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    names=("uuid", "slave_uuids", "type", "system_tags", "user_tags"),
    required=("uuid", "slaveUuids"),
    body_key="detachNicFromBonding",
    since="5.0.0",
    result=".models.detach_nic_from_bonding_result:DetachNicFromBondingResult",
    checks=(("type", "type", "enum", ("LinuxBonding", "OvsBonding")),),
)

GET_CANDIDATE_INTERFACE_VLAN_IDS: Api[GetCandidateInterfaceVlanIdsResult] = Api(
    "GetCandidateInterfaceVlanIds",
    "GET",
    "/host/network-interface-vlan-ids",
    params=(
        ("interfaceUuids", "query", "4.7.11"),
        ("limit", "query", "4.7.11"),
        ("start", "query", "4.7.11"),
        ("systemTags", "query", "4.7.11"),
        ("userTags", "query", "4.7.11"),
    ),
    names=("interface_uuids", "limit", "start", "system_tags", "user_tags"),
    required=("interfaceUuids",),
    since="4.7.11",
    result=".models.get_candidate_interface_vlan_ids_result:GetCandidateInterfaceVlanIdsResult",
)

GET_CANDIDATE_L2_NETWORKS_FOR_ATTACHING_CLUSTER: Api[
    GetCandidateL2NetworksForAttachingClusterResult
] = Api(
    "GetCandidateL2NetworksForAttachingCluster",
    "GET",
    "/cluster/{clusterUuid}/l2-candidates",
    params=(
        ("clusterUuid", "path", None),
        ("limit", "query", None),
        ("start", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("cluster_uuid", "limit", "start", "system_tags", "user_tags"),
    required=("clusterUuid",),
    since=None,
    result=".models.get_candidate_l2_networks_for_attaching_cluster_result:GetCandidateL2NetworksForAttachingClusterResult",
)

GET_CANDIDATE_NETWORK_INTERFACES: Api[GetCandidateNetworkInterfacesResult] = Api(
    "GetCandidateNetworkInterfaces",
    "GET",
    "/cluster/hosts-network-interfaces",
    params=(
        ("hostUuids", "query", "4.7.0"),
        ("limit", "query", "4.7.0"),
        ("start", "query", "4.7.0"),
        ("systemTags", "query", "4.7.0"),
        ("userTags", "query", "4.7.0"),
        ("slaveOnly", "query", "4.7.11"),
        ("interfaceType", "query", None),
    ),
    names=(
        "host_uuids",
        "limit",
        "start",
        "system_tags",
        "user_tags",
        "slave_only",
        "interface_type",
    ),
    required=("hostUuids",),
    since="4.7.0",
    result=".models.get_candidate_network_interfaces_result:GetCandidateNetworkInterfacesResult",
    checks=(("interfaceType", "interface_type", "enum", ("interface", "bonding", "all")),),
)

GET_CLUSTER_HOST_NETWORK_FACTS: Api[GetClusterHostNetworkFactsResult] = Api(
    "GetClusterHostNetworkFacts",
    "GET",
    "/cluster/hosts-network-facts/{clusterUuid}",
    params=(
        ("clusterUuid", "path", None),
        ("limit", "query", None),
        ("start", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("cluster_uuid", "limit", "start", "system_tags", "user_tags"),
    required=("clusterUuid",),
    since=None,
    result=".models.get_cluster_host_network_facts_result:GetClusterHostNetworkFactsResult",
)

GET_HOST_ALLOCATOR_STRATEGIES: Api[GetHostAllocatorStrategiesResult] = Api(
    "GetHostAllocatorStrategies",
    "GET",
    "/hosts/allocators/strategies",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.get_host_allocator_strategies_result:GetHostAllocatorStrategiesResult",
)

GET_HOST_MULTIPATH_TOPOLOGY: Api[GetHostMultipathTopologyResult] = Api(
    "GetHostMultipathTopology",
    "GET",
    "/storage-devices/multipath/topology",
    params=(
        ("hostUuid", "query", "5.3.0"),
        ("diskUuids", "query", "5.3.0"),
        ("systemTags", "query", "5.3.0"),
        ("userTags", "query", "5.3.0"),
    ),
    names=("host_uuid", "disk_uuids", "system_tags", "user_tags"),
    required=("hostUuid", "diskUuids"),
    since="5.3.0",
    result=".models.get_host_multipath_topology_result:GetHostMultipathTopologyResult",
)

GET_HOST_NUMA_TOPOLOGY: Api[GetHostNUMATopologyResult] = Api(
    "GetHostNUMATopology",
    "POST",
    "/hosts/{uuid}/numa",
    params=(
        ("uuid", "path", "4.3.12"),
        ("systemTags", "root", "4.3.12"),
        ("userTags", "root", "4.3.12"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since="4.3.12",
    result=".models.get_host_numa_topology_result:GetHostNUMATopologyResult",
)

GET_HOST_NETWORK_FACTS: Api[GetHostNetworkFactsResult] = Api(
    "GetHostNetworkFacts",
    "GET",
    "/hosts/network-facts/{hostUuid}",
    params=(
        ("hostUuid", "path", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    names=("host_uuid", "system_tags", "user_tags"),
    required=("hostUuid",),
    since="3.5.0",
    result=".models.get_host_network_facts_result:GetHostNetworkFactsResult",
)

GET_HOST_NETWORK_INTERFACE_LLDP: Api[GetHostNetworkInterfaceLldpResult] = Api(
    "GetHostNetworkInterfaceLldp",
    "GET",
    "/hostNetworkInterface/lldp/{interfaceUuid}/info",
    params=(
        ("interfaceUuid", "path", None),
        ("interfaceUuids", "query", "5.0.0"),
        ("systemTags", "query", "5.0.0"),
        ("userTags", "query", "5.0.0"),
    ),
    names=("interface_uuid", "interface_uuids", "system_tags", "user_tags"),
    required=("interfaceUuid", "interfaceUuids"),
    since="5.0.0",
    result=".models.get_host_network_interface_lldp_result:GetHostNetworkInterfaceLldpResult",
)

GET_HOST_PHYSICAL_MEMORY_FACTS: Api[GetHostPhysicalMemoryFactsResult] = Api(
    "GetHostPhysicalMemoryFacts",
    "GET",
    "/hosts/physical-memory-facts/{hostUuid}",
    params=(
        ("hostUuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("host_uuid", "system_tags", "user_tags"),
    required=("hostUuid",),
    since=None,
    result=".models.get_host_physical_memory_facts_result:GetHostPhysicalMemoryFactsResult",
)

GET_HOST_POWER_STATUS: Api[GetHostPowerStatusResult] = Api(
    "GetHostPowerStatus",
    "PUT",
    "/hosts/power/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.0"),
        ("method", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    names=("uuid", "method", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="getHostPowerStatus",
    since="4.7.0",
    result=".models.get_host_power_status_result:GetHostPowerStatusResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("method", "method", "enum", ("AUTO", "AGENT", "IPMI")),
    ),
)

GET_HOST_RESOURCE_ALLOCATION: Api[GetHostResourceAllocationResult] = Api(
    "GetHostResourceAllocation",
    "POST",
    "/hosts/{uuid}/resource-allocation",
    params=(
        ("uuid", "path", "4.3.12"),
        ("memSize", "body", None),
        ("scene", "body", "4.3.12"),
        ("strategy", "body", "4.3.12"),
        ("vcpu", "body", "4.3.12"),
        ("systemTags", "root", "4.3.12"),
        ("userTags", "root", "4.3.12"),
    ),
    names=("uuid", "mem_size", "scene", "strategy", "vcpu", "system_tags", "user_tags"),
    required=("uuid", "scene", "strategy", "vcpu"),
    body_key="params",
    since="4.3.12",
    result=".models.get_host_resource_allocation_result:GetHostResourceAllocationResult",
    checks=(
        ("memSize", "mem_size", "minimum", 1),
        ("memSize", "mem_size", "maximum", 9223372036854775807),
        ("scene", "scene", "enum", ("normal", "performance")),
        ("strategy", "strategy", "enum", ("continuous",)),
        ("vcpu", "vcpu", "minimum", 1),
        ("vcpu", "vcpu", "maximum", 512),
    ),
)

GET_HOST_TASK: Api[GetHostTaskResult] = Api(
    "GetHostTask",
    "GET",
    "/hosts/task-details",
    params=(
        ("hostUuids", "query", None),
        ("syncSignatures", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("host_uuids", "sync_signatures", "system_tags", "user_tags"),
    required=("hostUuids",),
    since=None,
    result=".models.get_host_task_result:GetHostTaskResult",
    checks=(("hostUuids", "host_uuids", "minItems", 1),),
)

GET_HOST_WEB_SSH_URL: Api[GetHostWebSshUrlResult] = Api(
    "GetHostWebSshUrl",
    "POST",
    "/hosts/webssh",
    params=(
        ("https", "body", "4.7.11"),
        ("password", "body", None),
        ("userName", "body", None),
        ("uuid", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    names=("https", "password", "user_name", "uuid", "system_tags", "user_tags"),
    required=("password", "userName", "uuid"),
    body_key="params",
    since="4.7.0",
    result=".models.get_host_web_ssh_url_result:GetHostWebSshUrlResult",
    checks=(
        ("password", "password", "minLength", 1),
        ("userName", "user_name", "minLength", 1),
        ("uuid", "uuid", "minLength", 1),
    ),
)

GET_HYPERVISOR_TYPES: Api[GetHypervisorTypesResult] = Api(
    "GetHypervisorTypes",
    "GET",
    "/hosts/hypervisor-types",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.get_hypervisor_types_result:GetHypervisorTypesResult",
)

GET_INTERFACE_SERVICE_TYPE_STATISTIC: Api[GetInterfaceServiceTypeStatisticResult] = Api(
    "GetInterfaceServiceTypeStatistic",
    "GET",
    "/hosts/hosts-network-interfaces/service-type-statistic",
    params=(
        ("interfaceUuid", "query", "4.7.11"),
        ("vlanId", "query", "4.7.11"),
        ("interfaceType", "query", "4.7.11"),
        ("serviceType", "query", "4.7.11"),
        ("zoneUuid", "query", "4.7.11"),
        ("clusterUuid", "query", "4.7.11"),
        ("hostUuid", "query", "4.7.11"),
        ("sortBy", "query", "4.7.11"),
        ("sortDirection", "query", "4.7.11"),
        ("start", "query", "4.7.11"),
        ("limit", "query", "4.7.11"),
        ("replyWithCount", "query", "4.7.11"),
        ("systemTags", "query", "4.7.11"),
        ("userTags", "query", "4.7.11"),
    ),
    names=(
        "interface_uuid",
        "vlan_id",
        "interface_type",
        "service_type",
        "zone_uuid",
        "cluster_uuid",
        "host_uuid",
        "sort_by",
        "sort_direction",
        "start",
        "limit",
        "reply_with_count",
        "system_tags",
        "user_tags",
    ),
    since="4.7.11",
    result=".models.get_interface_service_type_statistic_result:GetInterfaceServiceTypeStatisticResult",
    checks=(
        ("interfaceType", "interface_type", "enum", ("All", "Interface", "Bonding")),
        (
            "sortBy",
            "sort_by",
            "enum",
            ("InterfaceName", "VlanId", "HostIp", "HostName", "ClusterName", "CreateDate"),
        ),
        ("sortDirection", "sort_direction", "enum", ("asc", "desc")),
        ("start", "start", "minimum", 0),
        ("start", "start", "maximum", 2147483647),
        ("limit", "limit", "minimum", 0),
        ("limit", "limit", "maximum", 2147483647),
    ),
)

IDENTIFY_HOST: Api[IdentifyHostResult] = Api(
    "IdentifyHost",
    "PUT",
    "/hosts/kvm/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("interval", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "interval", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="identifyHost",
    since=None,
    result=".models.identify_host_result:IdentifyHostResult",
    checks=(
        ("interval", "interval", "minimum", 0),
        ("interval", "interval", "maximum", 255),
    ),
)

KVM_RUN_SHELL: Api[KvmRunShellResult] = Api(
    "KvmRunShell",
    "PUT",
    "/hosts/kvm/actions",
    params=(
        ("hostUuids", "body", "0.6"),
        ("script", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("host_uuids", "script", "system_tags", "user_tags"),
    required=("hostUuids", "script"),
    body_key="kvmRunShell",
    since="0.6",
    result=".models.kvm_run_shell_result:KvmRunShellResult",
    checks=(("hostUuids", "host_uuids", "minItems", 1),),
)

LOCATE_HOST_NETWORK_INTERFACE: Api[LocateHostNetworkInterfaceResult] = Api(
    "LocateHostNetworkInterface",
    "PUT",
    "/hosts/{hostUuid}/locate/network-interface",
    params=(
        ("hostUuid", "path", None),
        ("interval", "body", None),
        ("networkInterfaceName", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("host_uuid", "interval", "network_interface_name", "system_tags", "user_tags"),
    required=("hostUuid", "networkInterfaceName"),
    body_key="locateHostNetworkInterface",
    since=None,
    result=".models.locate_host_network_interface_result:LocateHostNetworkInterfaceResult",
    checks=(
        ("interval", "interval", "minimum", 1),
        ("interval", "interval", "maximum", 255),
        ("networkInterfaceName", "network_interface_name", "minLength", 1),
    ),
)

POWER_OFF_HOST: Api[PowerOffHostResult] = Api(
    "PowerOffHost",
    "PUT",
    "/hosts/power-off/actions",
    params=(
        ("adminPassword", "body", None),
        ("hostUuids", "body", None),
        ("maxWaitTime", "body", None),
        ("waitTaskCompleted", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "admin_password",
        "host_uuids",
        "max_wait_time",
        "wait_task_completed",
        "system_tags",
        "user_tags",
    ),
    required=("adminPassword", "hostUuids"),
    body_key="powerOffHost",
    since=None,
    result=".models.power_off_host_result:PowerOffHostResult",
    checks=(
        ("adminPassword", "admin_password", "minLength", 1),
        ("hostUuids", "host_uuids", "minItems", 1),
    ),
)

POWER_ON_HOST: Api[PowerOnHostResult] = Api(
    "PowerOnHost",
    "PUT",
    "/hosts/power/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.0"),
        ("returnEarly", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    names=("uuid", "return_early", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="powerOnHost",
    since="4.7.0",
    result=".models.power_on_host_result:PowerOnHostResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

POWER_RESET_HOST: Api[PowerResetHostResult] = Api(
    "PowerResetHost",
    "PUT",
    "/hosts/power/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.0"),
        ("method", "body", "4.7.0"),
        ("returnEarly", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    names=("uuid", "method", "return_early", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="powerResetHost",
    since="4.7.0",
    result=".models.power_reset_host_result:PowerResetHostResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("method", "method", "enum", ("AUTO", "AGENT", "IPMI")),
    ),
)

QUERY_HBA_DEVICE: Api[QueryHBADeviceResult] = Api(
    "QueryHBADevice",
    "GET",
    "/storage-devices/hba",
    params=(
        ("uuid", "path", "5.3.0"),
        ("systemTags", "query", "5.3.0"),
        ("userTags", "query", "5.3.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.3.0",
    result=".models.query_hba_device_result:QueryHBADeviceResult",
    query=True,
    alt_paths=("/storage-devices/hba/{uuid}",),
)

QUERY_HOST: Api[QueryHostResult] = Api(
    "QueryHost",
    "GET",
    "/hosts",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_host_result:QueryHostResult",
    query=True,
    alt_paths=("/hosts/{uuid}",),
)

QUERY_HOST_NETWORK_BONDING: Api[QueryHostNetworkBondingResult] = Api(
    "QueryHostNetworkBonding",
    "GET",
    "/hosts/bondings",
    params=(
        ("uuid", "path", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.9.0",
    result=".models.query_host_network_bonding_result:QueryHostNetworkBondingResult",
    query=True,
    alt_paths=("/hosts/bondings/{uuid}",),
)

QUERY_HOST_NETWORK_INTERFACE: Api[QueryHostNetworkInterfaceResult] = Api(
    "QueryHostNetworkInterface",
    "GET",
    "/hosts/nics",
    params=(
        ("uuid", "path", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.9.0",
    result=".models.query_host_network_interface_result:QueryHostNetworkInterfaceResult",
    query=True,
    alt_paths=("/hosts/nics/{uuid}",),
)

QUERY_HOST_NETWORK_INTERFACE_LLDP: Api[QueryHostNetworkInterfaceLldpResult] = Api(
    "QueryHostNetworkInterfaceLldp",
    "GET",
    "/hostNetworkInterface/lldp/all",
    params=(
        ("interfaceUuid", "path", "5.0.0"),
        ("systemTags", "query", "5.0.0"),
        ("userTags", "query", "5.0.0"),
    ),
    names=("interface_uuid", "system_tags", "user_tags"),
    since="5.0.0",
    result=".models.query_host_network_interface_lldp_result:QueryHostNetworkInterfaceLldpResult",
    query=True,
    alt_paths=("/hostNetworkInterface/lldp/{interfaceUuid}",),
)

QUERY_HOST_OS_CATEGORY: Api[QueryHostOsCategoryResult] = Api(
    "QueryHostOsCategory",
    "GET",
    "/hosts/os/category",
    params=(
        ("systemTags", "query", "4.6.21"),
        ("userTags", "query", "4.6.21"),
    ),
    names=("system_tags", "user_tags"),
    since="4.6.21",
    result=".models.query_host_os_category_result:QueryHostOsCategoryResult",
    query=True,
)

QUERY_HOST_PHYSICAL_MEMORY: Api[QueryHostPhysicalMemoryResult] = Api(
    "QueryHostPhysicalMemory",
    "GET",
    "/hosts/physicalmemory",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_host_physical_memory_result:QueryHostPhysicalMemoryResult",
    query=True,
)

QUERY_KVM_HYPERVISOR_INFO: Api[QueryKvmHypervisorInfoResult] = Api(
    "QueryKvmHypervisorInfo",
    "GET",
    "/hosts/kvm/hypervisor/info",
    params=(
        ("systemTags", "query", "4.6.21"),
        ("userTags", "query", "4.6.21"),
    ),
    names=("system_tags", "user_tags"),
    since="4.6.21",
    result=".models.query_kvm_hypervisor_info_result:QueryKvmHypervisorInfoResult",
    query=True,
)

RECONNECT_HOST: Api[ReconnectHostResult] = Api(
    "ReconnectHost",
    "PUT",
    "/hosts/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="reconnectHost",
    since="0.6",
    result=".models.reconnect_host_result:ReconnectHostResult",
)

SET_IP_ON_HOST_NETWORK_BONDING: Api[SetIpOnHostNetworkBondingResult] = Api(
    "SetIpOnHostNetworkBonding",
    "POST",
    "/hosts/bondings/{bondingUuid}/ip",
    params=(
        ("bondingUuid", "path", "4.7.0"),
        ("ipAddress", "body", "4.7.0"),
        ("isDefaultRoute", "body", "4.7.0"),
        ("netmask", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    names=("bonding_uuid", "ip_address", "is_default_route", "netmask", "system_tags", "user_tags"),
    required=("bondingUuid",),
    body_key="params",
    since="4.7.0",
    result=".models.set_ip_on_host_network_bonding_result:SetIpOnHostNetworkBondingResult",
)

SET_IP_ON_HOST_NETWORK_INTERFACE: Api[SetIpOnHostNetworkInterfaceResult] = Api(
    "SetIpOnHostNetworkInterface",
    "POST",
    "/hosts/nics/{interfaceUuid}/ip",
    params=(
        ("interfaceUuid", "path", "4.7.0"),
        ("ipAddress", "body", "4.7.0"),
        ("isDefaultRoute", "body", "4.7.0"),
        ("netmask", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    names=(
        "interface_uuid",
        "ip_address",
        "is_default_route",
        "netmask",
        "system_tags",
        "user_tags",
    ),
    required=("interfaceUuid",),
    body_key="params",
    since="4.7.0",
    result=".models.set_ip_on_host_network_interface_result:SetIpOnHostNetworkInterfaceResult",
)

SET_SERVICE_TYPE_ON_HOST_NETWORK_BONDING: Api[SetServiceTypeOnHostNetworkBondingResult] = Api(
    "SetServiceTypeOnHostNetworkBonding",
    "POST",
    "/hosts/bondings/service-types",
    params=(
        ("bondingUuids", "body", "4.7.11"),
        ("serviceTypes", "body", "4.7.11"),
        ("vlanIds", "body", "4.7.11"),
        ("systemTags", "root", "4.7.11"),
        ("userTags", "root", "4.7.11"),
    ),
    names=("bonding_uuids", "service_types", "vlan_ids", "system_tags", "user_tags"),
    required=("bondingUuids",),
    body_key="params",
    since="4.7.11",
    result=".models.set_service_type_on_host_network_bonding_result:SetServiceTypeOnHostNetworkBondingResult",
    checks=(
        (
            "serviceTypes",
            "service_types",
            "items.enum",
            (
                "ManagementNetwork",
                "TenantNetwork",
                "StorageNetwork",
                "BackupNetwork",
                "MigrationNetwork",
            ),
        ),
    ),
)

SET_SERVICE_TYPE_ON_HOST_NETWORK_INTERFACE: Api[SetServiceTypeOnHostNetworkInterfaceResult] = Api(
    "SetServiceTypeOnHostNetworkInterface",
    "POST",
    "/hosts/nics/service-types",
    params=(
        ("interfaceUuids", "body", "4.7.11"),
        ("serviceTypes", "body", "4.7.11"),
        ("vlanIds", "body", "4.7.11"),
        ("systemTags", "root", "4.7.11"),
        ("userTags", "root", "4.7.11"),
    ),
    names=("interface_uuids", "service_types", "vlan_ids", "system_tags", "user_tags"),
    required=("interfaceUuids",),
    body_key="params",
    since="4.7.11",
    result=".models.set_service_type_on_host_network_interface_result:SetServiceTypeOnHostNetworkInterfaceResult",
    checks=(
        (
            "serviceTypes",
            "service_types",
            "items.enum",
            (
                "ManagementNetwork",
                "TenantNetwork",
                "StorageNetwork",
                "BackupNetwork",
                "MigrationNetwork",
            ),
        ),
    ),
)

SHUTDOWN_HOST: Api[ShutdownHostResult] = Api(
    "ShutdownHost",
    "PUT",
    "/hosts/power/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.0"),
        ("force", "body", "0.6"),
        ("method", "body", "4.7.0"),
        ("returnEarly", "body", "4.7.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "force", "method", "return_early", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="shutdownHost",
    since="0.6",
    result=".models.shutdown_host_result:ShutdownHostResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("method", "method", "enum", ("AUTO", "AGENT", "IPMI")),
    ),
)

UPDATE_BONDING: Api[UpdateBondingResult] = Api(
    "UpdateBonding",
    "PUT",
    "/hosts/bondings/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.0"),
        ("description", "body", "4.7.0"),
        ("mode", "body", "4.7.0"),
        ("slaveNames", "body", "5.0.0"),
        ("slaveUuids", "body", "5.0.0"),
        ("type", "body", "4.7.0"),
        ("xmitHashPolicy", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    names=(
        "uuid",
        "description",
        "mode",
        "slave_names",
        "slave_uuids",
        "type",
        "xmit_hash_policy",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateBonding",
    since="4.7.0",
    result=".models.update_bonding_result:UpdateBondingResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("mode", "mode", "enum", ("802.3ad", "active-backup")),
        ("type", "type", "enum", ("LinuxBonding", "OvsBonding")),
        ("xmitHashPolicy", "xmit_hash_policy", "enum", ("layer2", "layer2+3", "layer3+4")),
    ),
)

UPDATE_HOST: Api[UpdateHostResult] = Api(
    "UpdateHost",
    "PUT",
    "/hosts/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("managementIp", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "management_ip", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateHost",
    since="0.6",
    result=".models.update_host_result:UpdateHostResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("managementIp", "management_ip", "maxLength", 255),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_HOST_IPMI: Api[UpdateHostIpmiResult] = Api(
    "UpdateHostIpmi",
    "PUT",
    "/hosts/ipmi/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.0"),
        ("ipmiAddress", "body", "4.7.0"),
        ("ipmiPassword", "body", "4.7.0"),
        ("ipmiPort", "body", "4.7.0"),
        ("ipmiUsername", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    names=(
        "uuid",
        "ipmi_address",
        "ipmi_password",
        "ipmi_port",
        "ipmi_username",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateHostIpmi",
    since="4.7.0",
    result=".models.update_host_ipmi_result:UpdateHostIpmiResult",
    checks=(
        ("ipmiAddress", "ipmi_address", "minLength", 1),
        ("ipmiPassword", "ipmi_password", "minLength", 1),
        ("ipmiUsername", "ipmi_username", "minLength", 1),
    ),
)

UPDATE_HOST_NETWORK_INTERFACE: Api[UpdateHostNetworkInterfaceResult] = Api(
    "UpdateHostNetworkInterface",
    "POST",
    "/hosts/nics/{interfaceUuid}/actions",
    params=(
        ("interfaceUuid", "path", "4.7.0"),
        ("description", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    names=("interface_uuid", "description", "system_tags", "user_tags"),
    required=("interfaceUuid", "description"),
    body_key="params",
    since="4.7.0",
    result=".models.update_host_network_interface_result:UpdateHostNetworkInterfaceResult",
    checks=(("description", "description", "maxLength", 2048),),
)

UPDATE_KVM_HOST: Api[UpdateKVMHostResult] = Api(
    "UpdateKVMHost",
    "PUT",
    "/hosts/kvm/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("managementIp", "body", "0.6"),
        ("name", "body", "0.6"),
        ("password", "body", "0.6"),
        ("sshPort", "body", "0.6"),
        ("username", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "uuid",
        "description",
        "management_ip",
        "name",
        "password",
        "ssh_port",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateKVMHost",
    since="0.6",
    result=".models.update_kvm_host_result:UpdateKVMHostResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("managementIp", "management_ip", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("sshPort", "ssh_port", "minimum", 1),
        ("sshPort", "ssh_port", "maximum", 65535),
        ("username", "username", "minLength", 1),
        ("username", "username", "maxLength", 255),
    ),
)


class HostsApi(SyncNamespace):
    """hosts: 55 APIs (AddKVMHost, AddKVMHostFromConfigFile, AddSimulatorHost, ...)."""

    __slots__ = ()

    def add_kvm_host(
        self,
        *,
        cluster_uuid: str,
        management_ip: str,
        name: str,
        password: str,
        username: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddKVMHostResult:
        """添加KVM主机 (AddKVMHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            management_ip: 物理机管理节点IP (since 0.6; minLength 1)
            name: 资源名称 (since 0.6; maxLength 255)
            password: ssh密码 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            ssh_port: ssh端口号 (since 0.6; minimum 1; maximum 65535)
            tag_uuids: tagUuids
            username: ssh用户名 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_KVM_HOST,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "managementIp": management_ip,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "tagUuids": tag_uuids,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_kvm_host_from_config_file(
        self,
        *,
        host_info: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddKVMHostFromConfigFileResult:
        """通过文件导入方式添加物理机 (AddKVMHostFromConfigFile).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_info: 经过base64编码的物理机信息 (since 3.1.0; minLength 1)
            resource_uuid: resourceUuid (since 3.1.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_KVM_HOST_FROM_CONFIG_FILE,
            {
                "hostInfo": host_info,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_simulator_host(
        self,
        *,
        cluster_uuid: str,
        cpu_capacity: int,
        management_ip: str,
        memory_capacity: int,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSimulatorHostResult:
        """Add simulator host (AddSimulatorHost).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddSimulatorHostAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            cpu_capacity: cpuCapacity
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1)
            memory_capacity: memoryCapacity
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SIMULATOR_HOST,
            {
                "clusterUuid": cluster_uuid,
                "cpuCapacity": cpu_capacity,
                "description": description,
                "managementIp": management_ip,
                "memoryCapacity": memory_capacity,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_x_dragon_host(
        self,
        *,
        cluster_uuid: str,
        management_ip: str,
        name: str,
        password: str,
        username: str,
        cpu_num: int | None = None,
        cpu_sockets: int | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        total_physical_memory: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddXDragonHostResult:
        """Add X dragon host (AddXDragonHost).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddXDragonHostAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            cpu_num: cpuNum (minimum 64; maximum 256)
            cpu_sockets: cpuSockets (minimum 1; maximum 32)
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1)
            name: name (maxLength 255)
            password: password (maxLength 255)
            resource_uuid: resourceUuid
            ssh_port: sshPort (minimum 1; maximum 65535)
            tag_uuids: tagUuids
            total_physical_memory: totalPhysicalMemory (minimum 137438953472; maximum 9223372036854775807)
            username: username (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_X_DRAGON_HOST,
            {
                "clusterUuid": cluster_uuid,
                "cpuNum": cpu_num,
                "cpuSockets": cpu_sockets,
                "description": description,
                "managementIp": management_ip,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "tagUuids": tag_uuids,
                "totalPhysicalMemory": total_physical_memory,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def allocate_host_resource(
        self,
        *,
        uuid: str,
        scene: Literal["normal", "performance"],
        strategy: Literal["continuous"],
        vcpu: int,
        mem_size: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AllocateHostResourceResult:
        """分配物理机计算资源 (AllocateHostResource).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.11)
            mem_size: 需要的内存大小 (since 4.7.11; minimum 1; maximum 9223372036854775807)
            scene: 分配场景 (since 4.7.11; enum {'normal', 'performance'})
            strategy: 分配策略 (since 4.7.11; enum {'continuous'})
            vcpu: 需要的vCPU数量 (since 4.7.11; minimum 1; maximum 512)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ALLOCATE_HOST_RESOURCE,
            {
                "uuid": uuid,
                "memSize": mem_size,
                "scene": scene,
                "strategy": strategy,
                "vcpu": vcpu,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_nic_to_bonding(
        self,
        *,
        uuid: str,
        slave_uuids: Sequence[str],
        type: Literal["LinuxBonding", "OvsBonding"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachNicToBondingResult:
        """绑定slave到Bond网口 (AttachNicToBonding).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            slave_uuids: slave网卡Uuids (since 5.0.0)
            type: Bond类型 (since 5.0.0; enum {'LinuxBonding', 'OvsBonding'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_NIC_TO_BONDING,
            {
                "uuid": uuid,
                "slaveUuids": slave_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_host_network_interface_lldp_mode(
        self,
        *,
        interface_uuids: Sequence[str],
        mode: Literal["rx_only", "tx_only", "rx_and_tx", "disable"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeHostNetworkInterfaceLldpModeResult:
        """修改物理网口LLDP工作模式 (ChangeHostNetworkInterfaceLldpMode).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            interface_uuids: 物理网口UUID (since 5.0.0)
            mode: LLDP工作模式 (since 5.0.0; enum {'rx_only', 'tx_only', 'rx_and_tx', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_HOST_NETWORK_INTERFACE_LLDP_MODE,
            {
                "interfaceUuids": interface_uuids,
                "mode": mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_host_password(
        self,
        *,
        host_uuid: str,
        password: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeHostPasswordResult:
        """Change host password (ChangeHostPassword).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeHostPasswordAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            host_uuid: hostUuid (minLength 1)
            password: password (minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_HOST_PASSWORD,
            {
                "hostUuid": host_uuid,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_host_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable", "maintain"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeHostStateResult:
        """更新物理机启用状态 (ChangeHostState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 期望的物理机启用状态 (since 0.6; enum {'enable', 'disable', 'maintain'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_HOST_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def check_kvm_host_config_file(
        self,
        *,
        host_info: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckKVMHostConfigFileResult:
        """添加物理机文件语法检查 (CheckKVMHostConfigFile).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            host_info: 经过base64编码的物理机信息 (since 3.1.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_KVM_HOST_CONFIG_FILE,
            {
                "hostInfo": host_info,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_bonding(
        self,
        *,
        bonding_name: str,
        host_uuids: Sequence[str],
        mode: Literal["802.3ad", "active-backup"],
        type: Literal["LinuxBonding", "OvsBonding"],
        description: str | None = None,
        resource_uuid: str | None = None,
        slave_names: Sequence[str] | None = None,
        slave_uuids: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        xmit_hash_policy: Literal["layer2", "layer2+3", "layer3+4"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBondingResult:
        """创建Bond网口 (CreateBonding).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            bonding_name: Bond名称 (since 4.7.0; maxLength 7; pattern ^(?![0-9])[A-Za-z0-9_-]+$)
            description: 资源的详细描述 (since 4.7.0; maxLength 2048)
            host_uuids: 主机UUID列表 (since 5.0.0)
            mode: 工作方式 (since 4.7.0; enum {'802.3ad', 'active-backup'})
            resource_uuid: 资源UUID (since 4.7.0)
            slave_names: slave网卡名称列表 (since 5.0.0)
            slave_uuids: slave网卡UUIDs列表 (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 4.7.0)
            type: Bond类型 (since 4.7.0; enum {'LinuxBonding', 'OvsBonding'})
            xmit_hash_policy: 哈希算法策略 (since 4.7.0; enum {'layer2', 'layer2+3', 'layer3+4'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_BONDING,
            {
                "bondingName": bonding_name,
                "description": description,
                "hostUuids": host_uuids,
                "mode": mode,
                "resourceUuid": resource_uuid,
                "slaveNames": slave_names,
                "slaveUuids": slave_uuids,
                "tagUuids": tag_uuids,
                "type": type,
                "xmitHashPolicy": xmit_hash_policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_bonding(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBondingResult:
        """删除Bond网口 (DeleteBonding).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            delete_mode: 删除模式 (Permissive/Enforcing，Permissive) (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_BONDING,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_host(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHostResult:
        """删除物理机 (DeleteHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive 或者 Enforcing，默认 Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HOST,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_nic_from_bonding(
        self,
        *,
        uuid: str,
        slave_uuids: Sequence[str],
        type: Literal["LinuxBonding", "OvsBonding"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachNicFromBondingResult:
        """从Bond网口解绑slave (DetachNicFromBonding).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            slave_uuids: slave网卡Uuids (since 5.0.0)
            type: Bond类型 (since 5.0.0; enum {'LinuxBonding', 'OvsBonding'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_NIC_FROM_BONDING,
            {
                "uuid": uuid,
                "slaveUuids": slave_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_interface_vlan_ids(
        self,
        *,
        interface_uuids: Sequence[str],
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateInterfaceVlanIdsResult:
        """获取网口交集子接口信息 (GetCandidateInterfaceVlanIds).

        Since ZStack 4.7.11. Synchronous (a 202 is still followed).

        Args:
            interface_uuids: 网口UUID (since 4.7.11)
            limit: limit (since 4.7.11)
            start: start (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_INTERFACE_VLAN_IDS,
            {
                "interfaceUuids": interface_uuids,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_l2_networks_for_attaching_cluster(
        self,
        *,
        cluster_uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL2NetworksForAttachingClusterResult:
        """Get candidate L2 networks for attaching cluster (GetCandidateL2NetworksForAttachingCluster).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCandidateL2NetworksForAttachingClusterAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_L2_NETWORKS_FOR_ATTACHING_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_network_interfaces(
        self,
        *,
        host_uuids: Sequence[str],
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        slave_only: bool | None = None,
        interface_type: Literal["interface", "bonding", "all"] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateNetworkInterfacesResult:
        """获取物理机交集网卡信息 (GetCandidateNetworkInterfaces).

        Since ZStack 4.7.0. Synchronous (a 202 is still followed).

        Args:
            host_uuids: 物理机UUIDs (since 4.7.0)
            limit: limit (since 4.7.0)
            start: start (since 4.7.0)
            slave_only: 仅获取slave网卡 (since 4.7.11)
            interface_type: interfaceType (enum {'interface', 'bonding', 'all'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_NETWORK_INTERFACES,
            {
                "hostUuids": host_uuids,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
                "slaveOnly": slave_only,
                "interfaceType": interface_type,
            },
            job_uuid,
        )

    def get_cluster_host_network_facts(
        self,
        *,
        cluster_uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetClusterHostNetworkFactsResult:
        """Get cluster host network facts (GetClusterHostNetworkFacts).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetClusterHostNetworkFactsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CLUSTER_HOST_NETWORK_FACTS,
            {
                "clusterUuid": cluster_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_host_allocator_strategies(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostAllocatorStrategiesResult:
        """获取物理机分配策略 (GetHostAllocatorStrategies).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_ALLOCATOR_STRATEGIES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_host_multipath_topology(
        self,
        *,
        host_uuid: str,
        disk_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostMultipathTopologyResult:
        """获取物理机多路径拓扑 (GetHostMultipathTopology).

        Since ZStack 5.3.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            host_uuid: 物理机UUID (since 5.3.0)
            disk_uuids: 磁盘UUID (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_MULTIPATH_TOPOLOGY,
            {
                "hostUuid": host_uuid,
                "diskUuids": disk_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_host_numa_topology(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostNUMATopologyResult:
        """查询物理机的NUMA拓扑信息 (GetHostNUMATopology).

        Since ZStack 4.3.12. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 物理机UUID (since 4.3.12)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_NUMA_TOPOLOGY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_host_network_facts(
        self,
        *,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostNetworkFactsResult:
        """获取物理机物理网络信息 (GetHostNetworkFacts).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            host_uuid: 物理机UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_NETWORK_FACTS,
            {
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_host_network_interface_lldp(
        self,
        *,
        interface_uuid: str,
        interface_uuids: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostNetworkInterfaceLldpResult:
        """获取物理网口LLDP信息 (GetHostNetworkInterfaceLldp).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            interface_uuid: interfaceUuid
            interface_uuids: 物理网口UUID (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_NETWORK_INTERFACE_LLDP,
            {
                "interfaceUuid": interface_uuid,
                "interfaceUuids": interface_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_host_physical_memory_facts(
        self,
        *,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostPhysicalMemoryFactsResult:
        """Get host physical memory facts (GetHostPhysicalMemoryFacts).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetHostPhysicalMemoryFactsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            host_uuid: hostUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_PHYSICAL_MEMORY_FACTS,
            {
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_host_power_status(
        self,
        *,
        uuid: str,
        method: Literal["AUTO", "AGENT", "IPMI"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostPowerStatusResult:
        """获取物理机最新电源状态 (GetHostPowerStatus).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0; minLength 1)
            method: 获取物理机电源状态方式 (since 4.7.0; enum {'AUTO', 'AGENT', 'IPMI'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_POWER_STATUS,
            {
                "uuid": uuid,
                "method": method,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_host_resource_allocation(
        self,
        *,
        uuid: str,
        scene: Literal["normal", "performance"],
        strategy: Literal["continuous"],
        vcpu: int,
        mem_size: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostResourceAllocationResult:
        """根据云主机需求获取物理机资源的分配信息 (GetHostResourceAllocation).

        Since ZStack 4.3.12. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 物理机UUID (since 4.3.12)
            mem_size: memSize (minimum 1; maximum 9223372036854775807)
            scene: 场景类型 (since 4.3.12; enum {'normal', 'performance'})
            strategy: 资源分配策略 (since 4.3.12; enum {'continuous'})
            vcpu: 云主机需要分配的vCPU数量 (since 4.3.12; minimum 1; maximum 512)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_RESOURCE_ALLOCATION,
            {
                "uuid": uuid,
                "memSize": mem_size,
                "scene": scene,
                "strategy": strategy,
                "vcpu": vcpu,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_host_task(
        self,
        *,
        host_uuids: Sequence[str],
        sync_signatures: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostTaskResult:
        """Get host task (GetHostTask).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetHostTaskAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            host_uuids: hostUuids (minItems 1)
            sync_signatures: syncSignatures
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_TASK,
            {
                "hostUuids": host_uuids,
                "syncSignatures": sync_signatures,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_host_web_ssh_url(
        self,
        *,
        password: str,
        user_name: str,
        uuid: str,
        https: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostWebSshUrlResult:
        """获取物理机网页终端链接 (GetHostWebSshUrl).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            https: https (since 4.7.11)
            password: password (minLength 1)
            user_name: userName (minLength 1)
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_WEB_SSH_URL,
            {
                "https": https,
                "password": password,
                "userName": user_name,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_hypervisor_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHypervisorTypesResult:
        """获取云主机虚拟化技术类型 (GetHypervisorTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HYPERVISOR_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_interface_service_type_statistic(
        self,
        *,
        interface_uuid: str | None = None,
        vlan_id: int | None = None,
        interface_type: Literal["All", "Interface", "Bonding"] | None = None,
        service_type: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        cluster_uuid: str | None = None,
        host_uuid: str | None = None,
        sort_by: Literal[
            "InterfaceName", "VlanId", "HostIp", "HostName", "ClusterName", "CreateDate"
        ]
        | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        start: int | None = None,
        limit: int | None = None,
        reply_with_count: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetInterfaceServiceTypeStatisticResult:
        """获取物理网口网络类型信息 (GetInterfaceServiceTypeStatistic).

        Since ZStack 4.7.11. Synchronous (a 202 is still followed).

        Args:
            interface_uuid: 物理机网卡UUID (since 4.7.11)
            vlan_id: vlan接口ID (since 4.7.11)
            interface_type: 网卡类型 (since 4.7.11; enum {'All', 'Interface', 'Bonding'})
            service_type: 统计网络类型 (since 4.7.11)
            zone_uuid: 区域UUID (since 4.7.11)
            cluster_uuid: 集群UUID (since 4.7.11)
            host_uuid: 物理机UUID (since 4.7.11)
            sort_by: 排序方式 (since 4.7.11; enum {'InterfaceName', 'VlanId', 'HostIp', 'HostName', 'ClusterName', 'CreateDate'})
            sort_direction: 排序方向 (since 4.7.11; enum {'asc', 'desc'})
            start: 统计结果起始位置 (since 4.7.11; minimum 0; maximum 2147483647)
            limit: 统计结果数量 (since 4.7.11; minimum 0; maximum 2147483647)
            reply_with_count: 同时返回统计结果总数 (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_INTERFACE_SERVICE_TYPE_STATISTIC,
            {
                "interfaceUuid": interface_uuid,
                "vlanId": vlan_id,
                "interfaceType": interface_type,
                "serviceType": service_type,
                "zoneUuid": zone_uuid,
                "clusterUuid": cluster_uuid,
                "hostUuid": host_uuid,
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

    def identify_host(
        self,
        *,
        uuid: str,
        interval: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> IdentifyHostResult:
        """Identify host (IdentifyHost).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/IdentifyHostAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            interval: interval (minimum 0; maximum 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            IDENTIFY_HOST,
            {
                "uuid": uuid,
                "interval": interval,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def kvm_run_shell(
        self,
        *,
        host_uuids: Sequence[str],
        script: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> KvmRunShellResult:
        """KVM运行Shell命令 (KvmRunShell).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_uuids: 目标机器UUID (since 0.6; minItems 1)
            script: 脚本 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            KVM_RUN_SHELL,
            {
                "hostUuids": host_uuids,
                "script": script,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def locate_host_network_interface(
        self,
        *,
        host_uuid: str,
        network_interface_name: str,
        interval: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LocateHostNetworkInterfaceResult:
        """Locate host network interface (LocateHostNetworkInterface).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/LocateHostNetworkInterfaceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            host_uuid: hostUuid
            interval: interval (minimum 1; maximum 255)
            network_interface_name: networkInterfaceName (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOCATE_HOST_NETWORK_INTERFACE,
            {
                "hostUuid": host_uuid,
                "interval": interval,
                "networkInterfaceName": network_interface_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def power_off_host(
        self,
        *,
        admin_password: str,
        host_uuids: Sequence[str],
        max_wait_time: int | None = None,
        wait_task_completed: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerOffHostResult:
        """Power off host (PowerOffHost).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/PowerOffHostAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            admin_password: adminPassword (minLength 1)
            host_uuids: hostUuids (minItems 1)
            max_wait_time: maxWaitTime
            wait_task_completed: waitTaskCompleted
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            POWER_OFF_HOST,
            {
                "adminPassword": admin_password,
                "hostUuids": host_uuids,
                "maxWaitTime": max_wait_time,
                "waitTaskCompleted": wait_task_completed,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def power_on_host(
        self,
        *,
        uuid: str,
        return_early: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerOnHostResult:
        """物理机开机 (PowerOnHost).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0; minLength 1)
            return_early: 是否提前返回 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            POWER_ON_HOST,
            {
                "uuid": uuid,
                "returnEarly": return_early,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def power_reset_host(
        self,
        *,
        uuid: str,
        method: Literal["AUTO", "AGENT", "IPMI"] | None = None,
        return_early: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerResetHostResult:
        """重启物理机 (PowerResetHost).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0; minLength 1)
            method: 重启方式 (since 4.7.0; enum {'AUTO', 'AGENT', 'IPMI'})
            return_early: 是否提前返回 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            POWER_RESET_HOST,
            {
                "uuid": uuid,
                "method": method,
                "returnEarly": return_early,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_hba_device(
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
    ) -> QueryHBADeviceResult:
        """查询HBA卡信息 (QueryHBADevice).

        Since ZStack 5.3.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HBA_DEVICE,
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

    def query_hba_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[HBADeviceInventory]:
        """Every result of ``query_hba_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HBA_DEVICE,
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

    def query_host(
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
    ) -> QueryHostResult:
        """查询物理机 (QueryHost).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HOST,
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

    def query_host_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[HostInventory]:
        """Every result of ``query_host``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HOST,
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

    def query_host_network_bonding(
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
    ) -> QueryHostNetworkBondingResult:
        """查询物理机Bond信息 (QueryHostNetworkBonding).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HOST_NETWORK_BONDING,
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

    def query_host_network_bonding_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[HostNetworkBondingInventory]:
        """Every result of ``query_host_network_bonding``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HOST_NETWORK_BONDING,
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

    def query_host_network_interface(
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
    ) -> QueryHostNetworkInterfaceResult:
        """查询物理机网卡信息 (QueryHostNetworkInterface).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HOST_NETWORK_INTERFACE,
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

    def query_host_network_interface_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[HostNetworkInterfaceInventory]:
        """Every result of ``query_host_network_interface``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HOST_NETWORK_INTERFACE,
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

    def query_host_network_interface_lldp(
        self,
        *,
        interface_uuid: str | None = None,
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
    ) -> QueryHostNetworkInterfaceLldpResult:
        """查询物理网口LLDP配置 (QueryHostNetworkInterfaceLldp).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            interface_uuid: interfaceUuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HOST_NETWORK_INTERFACE_LLDP,
            {
                "interfaceUuid": interface_uuid,
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

    def query_host_network_interface_lldp_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[HostNetworkInterfaceLldpInventory]:
        """Every result of ``query_host_network_interface_lldp``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HOST_NETWORK_INTERFACE_LLDP,
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

    def query_host_os_category(
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
    ) -> QueryHostOsCategoryResult:
        """查询物理机系统类型 (QueryHostOsCategory).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HOST_OS_CATEGORY,
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

    def query_host_os_category_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[HostOsCategoryInventory]:
        """Every result of ``query_host_os_category``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HOST_OS_CATEGORY,
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

    def query_host_physical_memory(
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
    ) -> QueryHostPhysicalMemoryResult:
        """Query host physical memory (QueryHostPhysicalMemory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryHostPhysicalMemoryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_HOST_PHYSICAL_MEMORY,
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

    def query_host_physical_memory_pages(
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
        """Every result of ``query_host_physical_memory``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HOST_PHYSICAL_MEMORY,
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

    def query_kvm_hypervisor_info(
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
    ) -> QueryKvmHypervisorInfoResult:
        """查询资源的虚拟化软件信息 (QueryKvmHypervisorInfo).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_KVM_HYPERVISOR_INFO,
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

    def query_kvm_hypervisor_info_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[KvmHypervisorInfoInventory]:
        """Every result of ``query_kvm_hypervisor_info``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_KVM_HYPERVISOR_INFO,
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

    def reconnect_host(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectHostResult:
        """重连物理机 (ReconnectHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_HOST,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_ip_on_host_network_bonding(
        self,
        *,
        bonding_uuid: str,
        ip_address: str | None = None,
        is_default_route: bool | None = None,
        netmask: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetIpOnHostNetworkBondingResult:
        """在Bond网口配置IP (SetIpOnHostNetworkBonding).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            bonding_uuid: Bond网口UUID (since 4.7.0)
            ip_address: IP地址 (since 4.7.0)
            is_default_route: 是否设置默认路由 (since 4.7.0)
            netmask: 子网掩码 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_IP_ON_HOST_NETWORK_BONDING,
            {
                "bondingUuid": bonding_uuid,
                "ipAddress": ip_address,
                "isDefaultRoute": is_default_route,
                "netmask": netmask,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_ip_on_host_network_interface(
        self,
        *,
        interface_uuid: str,
        ip_address: str | None = None,
        is_default_route: bool | None = None,
        netmask: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetIpOnHostNetworkInterfaceResult:
        """在物理网口配置ip (SetIpOnHostNetworkInterface).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            interface_uuid: 物理网口UUID (since 4.7.0)
            ip_address: IP地址 (since 4.7.0)
            is_default_route: 是否设置默认路由 (since 4.7.0)
            netmask: 子网掩码 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_IP_ON_HOST_NETWORK_INTERFACE,
            {
                "interfaceUuid": interface_uuid,
                "ipAddress": ip_address,
                "isDefaultRoute": is_default_route,
                "netmask": netmask,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_service_type_on_host_network_bonding(
        self,
        *,
        bonding_uuids: Sequence[str],
        service_types: Sequence[
            Literal[
                "ManagementNetwork",
                "TenantNetwork",
                "StorageNetwork",
                "BackupNetwork",
                "MigrationNetwork",
            ]
        ]
        | None = None,
        vlan_ids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetServiceTypeOnHostNetworkBondingResult:
        """标记聚合网口网络类型 (SetServiceTypeOnHostNetworkBonding).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            bonding_uuids: bond网口Uuids (since 4.7.11)
            service_types: 网络服务类型 (since 4.7.11; items.enum {'ManagementNetwork', 'TenantNetwork', 'StorageNetwork', 'BackupNetwork', 'MigrationNetwork'})
            vlan_ids: vlan接口Ids (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_SERVICE_TYPE_ON_HOST_NETWORK_BONDING,
            {
                "bondingUuids": bonding_uuids,
                "serviceTypes": service_types,
                "vlanIds": vlan_ids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_service_type_on_host_network_interface(
        self,
        *,
        interface_uuids: Sequence[str],
        service_types: Sequence[
            Literal[
                "ManagementNetwork",
                "TenantNetwork",
                "StorageNetwork",
                "BackupNetwork",
                "MigrationNetwork",
            ]
        ]
        | None = None,
        vlan_ids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetServiceTypeOnHostNetworkInterfaceResult:
        """标记物理网口(非聚合口)网络类型 (SetServiceTypeOnHostNetworkInterface).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            interface_uuids: 物理网口Uuids (since 4.7.11)
            service_types: 网络服务类型 (since 4.7.11; items.enum {'ManagementNetwork', 'TenantNetwork', 'StorageNetwork', 'BackupNetwork', 'MigrationNetwork'})
            vlan_ids: vlan接口Ids (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_SERVICE_TYPE_ON_HOST_NETWORK_INTERFACE,
            {
                "interfaceUuids": interface_uuids,
                "serviceTypes": service_types,
                "vlanIds": vlan_ids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def shutdown_host(
        self,
        *,
        uuid: str,
        force: bool | None = None,
        method: Literal["AUTO", "AGENT", "IPMI"] | None = None,
        return_early: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ShutdownHostResult:
        """关闭物理机 (ShutdownHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0; minLength 1)
            force: 是否强制关机 (since 0.6)
            method: 关机方式 (since 4.7.0; enum {'AUTO', 'AGENT', 'IPMI'})
            return_early: 是否提前返回 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SHUTDOWN_HOST,
            {
                "uuid": uuid,
                "force": force,
                "method": method,
                "returnEarly": return_early,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_bonding(
        self,
        *,
        uuid: str,
        description: str | None = None,
        mode: Literal["802.3ad", "active-backup"] | None = None,
        slave_names: Sequence[str] | None = None,
        slave_uuids: Sequence[str] | None = None,
        type: Literal["LinuxBonding", "OvsBonding"] | None = None,
        xmit_hash_policy: Literal["layer2", "layer2+3", "layer3+4"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBondingResult:
        """更新Bond网口 (UpdateBonding).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            description: 资源的详细描述 (since 4.7.0; maxLength 2048)
            mode: 工作方式 (since 4.7.0; enum {'802.3ad', 'active-backup'})
            slave_names: slave网卡名称列表 (since 5.0.0)
            slave_uuids: slave网卡Uuids列表 (since 5.0.0)
            type: Bond类型 (since 4.7.0; enum {'LinuxBonding', 'OvsBonding'})
            xmit_hash_policy: 哈希算法策略 (since 4.7.0; enum {'layer2', 'layer2+3', 'layer3+4'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BONDING,
            {
                "uuid": uuid,
                "description": description,
                "mode": mode,
                "slaveNames": slave_names,
                "slaveUuids": slave_uuids,
                "type": type,
                "xmitHashPolicy": xmit_hash_policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_host(
        self,
        *,
        uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostResult:
        """更新物理机信息 (UpdateHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            management_ip: managementIp (since 0.6; minLength 1; maxLength 255)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_HOST,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_host_ipmi(
        self,
        *,
        uuid: str,
        ipmi_address: str | None = None,
        ipmi_password: str | None = None,
        ipmi_port: int | None = None,
        ipmi_username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostIpmiResult:
        """更新物理机IPMI信息 (UpdateHostIpmi).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            ipmi_address: IPMI地址 (since 4.7.0; minLength 1)
            ipmi_password: IPMI密码 (since 4.7.0; minLength 1)
            ipmi_port: IPMI端口 (since 4.7.0)
            ipmi_username: IPMI用户名 (since 4.7.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_HOST_IPMI,
            {
                "uuid": uuid,
                "ipmiAddress": ipmi_address,
                "ipmiPassword": ipmi_password,
                "ipmiPort": ipmi_port,
                "ipmiUsername": ipmi_username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_host_network_interface(
        self,
        *,
        interface_uuid: str,
        description: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostNetworkInterfaceResult:
        """更新物理网口信息 (UpdateHostNetworkInterface).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            interface_uuid: 物理网口UUID (since 4.7.0)
            description: 资源的详细描述 (since 4.7.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_HOST_NETWORK_INTERFACE,
            {
                "interfaceUuid": interface_uuid,
                "description": description,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_kvm_host(
        self,
        *,
        uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        name: str | None = None,
        password: str | None = None,
        ssh_port: int | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateKVMHostResult:
        """更新KVM主机信息 (UpdateKVMHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            management_ip: 管理节点IP (since 0.6; minLength 1; maxLength 255)
            name: 资源名称 (since 0.6; maxLength 255)
            password: 密码 (since 0.6; maxLength 255)
            ssh_port: ssh端口号 (since 0.6; minimum 1; maximum 65535)
            username: 用户名 (since 0.6; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_KVM_HOST,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "name": name,
                "password": password,
                "sshPort": ssh_port,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncHostsApi(AsyncNamespace):
    """hosts: 55 APIs (AddKVMHost, AddKVMHostFromConfigFile, AddSimulatorHost, ...). (asyncio)"""

    __slots__ = ()

    async def add_kvm_host(
        self,
        *,
        cluster_uuid: str,
        management_ip: str,
        name: str,
        password: str,
        username: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddKVMHostResult:
        """添加KVM主机 (AddKVMHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            management_ip: 物理机管理节点IP (since 0.6; minLength 1)
            name: 资源名称 (since 0.6; maxLength 255)
            password: ssh密码 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            ssh_port: ssh端口号 (since 0.6; minimum 1; maximum 65535)
            tag_uuids: tagUuids
            username: ssh用户名 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_KVM_HOST,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "managementIp": management_ip,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "tagUuids": tag_uuids,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_kvm_host_from_config_file(
        self,
        *,
        host_info: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddKVMHostFromConfigFileResult:
        """通过文件导入方式添加物理机 (AddKVMHostFromConfigFile).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_info: 经过base64编码的物理机信息 (since 3.1.0; minLength 1)
            resource_uuid: resourceUuid (since 3.1.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_KVM_HOST_FROM_CONFIG_FILE,
            {
                "hostInfo": host_info,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_simulator_host(
        self,
        *,
        cluster_uuid: str,
        cpu_capacity: int,
        management_ip: str,
        memory_capacity: int,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSimulatorHostResult:
        """Add simulator host (AddSimulatorHost).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddSimulatorHostAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            cpu_capacity: cpuCapacity
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1)
            memory_capacity: memoryCapacity
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SIMULATOR_HOST,
            {
                "clusterUuid": cluster_uuid,
                "cpuCapacity": cpu_capacity,
                "description": description,
                "managementIp": management_ip,
                "memoryCapacity": memory_capacity,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_x_dragon_host(
        self,
        *,
        cluster_uuid: str,
        management_ip: str,
        name: str,
        password: str,
        username: str,
        cpu_num: int | None = None,
        cpu_sockets: int | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        total_physical_memory: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddXDragonHostResult:
        """Add X dragon host (AddXDragonHost).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddXDragonHostAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            cpu_num: cpuNum (minimum 64; maximum 256)
            cpu_sockets: cpuSockets (minimum 1; maximum 32)
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1)
            name: name (maxLength 255)
            password: password (maxLength 255)
            resource_uuid: resourceUuid
            ssh_port: sshPort (minimum 1; maximum 65535)
            tag_uuids: tagUuids
            total_physical_memory: totalPhysicalMemory (minimum 137438953472; maximum 9223372036854775807)
            username: username (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_X_DRAGON_HOST,
            {
                "clusterUuid": cluster_uuid,
                "cpuNum": cpu_num,
                "cpuSockets": cpu_sockets,
                "description": description,
                "managementIp": management_ip,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "tagUuids": tag_uuids,
                "totalPhysicalMemory": total_physical_memory,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def allocate_host_resource(
        self,
        *,
        uuid: str,
        scene: Literal["normal", "performance"],
        strategy: Literal["continuous"],
        vcpu: int,
        mem_size: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AllocateHostResourceResult:
        """分配物理机计算资源 (AllocateHostResource).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.11)
            mem_size: 需要的内存大小 (since 4.7.11; minimum 1; maximum 9223372036854775807)
            scene: 分配场景 (since 4.7.11; enum {'normal', 'performance'})
            strategy: 分配策略 (since 4.7.11; enum {'continuous'})
            vcpu: 需要的vCPU数量 (since 4.7.11; minimum 1; maximum 512)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ALLOCATE_HOST_RESOURCE,
            {
                "uuid": uuid,
                "memSize": mem_size,
                "scene": scene,
                "strategy": strategy,
                "vcpu": vcpu,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_nic_to_bonding(
        self,
        *,
        uuid: str,
        slave_uuids: Sequence[str],
        type: Literal["LinuxBonding", "OvsBonding"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachNicToBondingResult:
        """绑定slave到Bond网口 (AttachNicToBonding).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            slave_uuids: slave网卡Uuids (since 5.0.0)
            type: Bond类型 (since 5.0.0; enum {'LinuxBonding', 'OvsBonding'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_NIC_TO_BONDING,
            {
                "uuid": uuid,
                "slaveUuids": slave_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_host_network_interface_lldp_mode(
        self,
        *,
        interface_uuids: Sequence[str],
        mode: Literal["rx_only", "tx_only", "rx_and_tx", "disable"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeHostNetworkInterfaceLldpModeResult:
        """修改物理网口LLDP工作模式 (ChangeHostNetworkInterfaceLldpMode).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            interface_uuids: 物理网口UUID (since 5.0.0)
            mode: LLDP工作模式 (since 5.0.0; enum {'rx_only', 'tx_only', 'rx_and_tx', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_HOST_NETWORK_INTERFACE_LLDP_MODE,
            {
                "interfaceUuids": interface_uuids,
                "mode": mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_host_password(
        self,
        *,
        host_uuid: str,
        password: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeHostPasswordResult:
        """Change host password (ChangeHostPassword).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeHostPasswordAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            host_uuid: hostUuid (minLength 1)
            password: password (minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_HOST_PASSWORD,
            {
                "hostUuid": host_uuid,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_host_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable", "maintain"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeHostStateResult:
        """更新物理机启用状态 (ChangeHostState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 期望的物理机启用状态 (since 0.6; enum {'enable', 'disable', 'maintain'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_HOST_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def check_kvm_host_config_file(
        self,
        *,
        host_info: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckKVMHostConfigFileResult:
        """添加物理机文件语法检查 (CheckKVMHostConfigFile).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            host_info: 经过base64编码的物理机信息 (since 3.1.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_KVM_HOST_CONFIG_FILE,
            {
                "hostInfo": host_info,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_bonding(
        self,
        *,
        bonding_name: str,
        host_uuids: Sequence[str],
        mode: Literal["802.3ad", "active-backup"],
        type: Literal["LinuxBonding", "OvsBonding"],
        description: str | None = None,
        resource_uuid: str | None = None,
        slave_names: Sequence[str] | None = None,
        slave_uuids: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        xmit_hash_policy: Literal["layer2", "layer2+3", "layer3+4"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBondingResult:
        """创建Bond网口 (CreateBonding).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            bonding_name: Bond名称 (since 4.7.0; maxLength 7; pattern ^(?![0-9])[A-Za-z0-9_-]+$)
            description: 资源的详细描述 (since 4.7.0; maxLength 2048)
            host_uuids: 主机UUID列表 (since 5.0.0)
            mode: 工作方式 (since 4.7.0; enum {'802.3ad', 'active-backup'})
            resource_uuid: 资源UUID (since 4.7.0)
            slave_names: slave网卡名称列表 (since 5.0.0)
            slave_uuids: slave网卡UUIDs列表 (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 4.7.0)
            type: Bond类型 (since 4.7.0; enum {'LinuxBonding', 'OvsBonding'})
            xmit_hash_policy: 哈希算法策略 (since 4.7.0; enum {'layer2', 'layer2+3', 'layer3+4'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_BONDING,
            {
                "bondingName": bonding_name,
                "description": description,
                "hostUuids": host_uuids,
                "mode": mode,
                "resourceUuid": resource_uuid,
                "slaveNames": slave_names,
                "slaveUuids": slave_uuids,
                "tagUuids": tag_uuids,
                "type": type,
                "xmitHashPolicy": xmit_hash_policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_bonding(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBondingResult:
        """删除Bond网口 (DeleteBonding).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            delete_mode: 删除模式 (Permissive/Enforcing，Permissive) (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_BONDING,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_host(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHostResult:
        """删除物理机 (DeleteHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive 或者 Enforcing，默认 Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HOST,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_nic_from_bonding(
        self,
        *,
        uuid: str,
        slave_uuids: Sequence[str],
        type: Literal["LinuxBonding", "OvsBonding"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachNicFromBondingResult:
        """从Bond网口解绑slave (DetachNicFromBonding).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            slave_uuids: slave网卡Uuids (since 5.0.0)
            type: Bond类型 (since 5.0.0; enum {'LinuxBonding', 'OvsBonding'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_NIC_FROM_BONDING,
            {
                "uuid": uuid,
                "slaveUuids": slave_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_interface_vlan_ids(
        self,
        *,
        interface_uuids: Sequence[str],
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateInterfaceVlanIdsResult:
        """获取网口交集子接口信息 (GetCandidateInterfaceVlanIds).

        Since ZStack 4.7.11. Synchronous (a 202 is still followed).

        Args:
            interface_uuids: 网口UUID (since 4.7.11)
            limit: limit (since 4.7.11)
            start: start (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_INTERFACE_VLAN_IDS,
            {
                "interfaceUuids": interface_uuids,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_l2_networks_for_attaching_cluster(
        self,
        *,
        cluster_uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL2NetworksForAttachingClusterResult:
        """Get candidate L2 networks for attaching cluster (GetCandidateL2NetworksForAttachingCluster).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCandidateL2NetworksForAttachingClusterAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_L2_NETWORKS_FOR_ATTACHING_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_network_interfaces(
        self,
        *,
        host_uuids: Sequence[str],
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        slave_only: bool | None = None,
        interface_type: Literal["interface", "bonding", "all"] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateNetworkInterfacesResult:
        """获取物理机交集网卡信息 (GetCandidateNetworkInterfaces).

        Since ZStack 4.7.0. Synchronous (a 202 is still followed).

        Args:
            host_uuids: 物理机UUIDs (since 4.7.0)
            limit: limit (since 4.7.0)
            start: start (since 4.7.0)
            slave_only: 仅获取slave网卡 (since 4.7.11)
            interface_type: interfaceType (enum {'interface', 'bonding', 'all'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_NETWORK_INTERFACES,
            {
                "hostUuids": host_uuids,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
                "slaveOnly": slave_only,
                "interfaceType": interface_type,
            },
            job_uuid,
        )

    async def get_cluster_host_network_facts(
        self,
        *,
        cluster_uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetClusterHostNetworkFactsResult:
        """Get cluster host network facts (GetClusterHostNetworkFacts).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetClusterHostNetworkFactsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CLUSTER_HOST_NETWORK_FACTS,
            {
                "clusterUuid": cluster_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_host_allocator_strategies(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostAllocatorStrategiesResult:
        """获取物理机分配策略 (GetHostAllocatorStrategies).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_ALLOCATOR_STRATEGIES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_host_multipath_topology(
        self,
        *,
        host_uuid: str,
        disk_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostMultipathTopologyResult:
        """获取物理机多路径拓扑 (GetHostMultipathTopology).

        Since ZStack 5.3.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            host_uuid: 物理机UUID (since 5.3.0)
            disk_uuids: 磁盘UUID (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_MULTIPATH_TOPOLOGY,
            {
                "hostUuid": host_uuid,
                "diskUuids": disk_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_host_numa_topology(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostNUMATopologyResult:
        """查询物理机的NUMA拓扑信息 (GetHostNUMATopology).

        Since ZStack 4.3.12. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 物理机UUID (since 4.3.12)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_NUMA_TOPOLOGY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_host_network_facts(
        self,
        *,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostNetworkFactsResult:
        """获取物理机物理网络信息 (GetHostNetworkFacts).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            host_uuid: 物理机UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_NETWORK_FACTS,
            {
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_host_network_interface_lldp(
        self,
        *,
        interface_uuid: str,
        interface_uuids: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostNetworkInterfaceLldpResult:
        """获取物理网口LLDP信息 (GetHostNetworkInterfaceLldp).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            interface_uuid: interfaceUuid
            interface_uuids: 物理网口UUID (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_NETWORK_INTERFACE_LLDP,
            {
                "interfaceUuid": interface_uuid,
                "interfaceUuids": interface_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_host_physical_memory_facts(
        self,
        *,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostPhysicalMemoryFactsResult:
        """Get host physical memory facts (GetHostPhysicalMemoryFacts).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetHostPhysicalMemoryFactsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            host_uuid: hostUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_PHYSICAL_MEMORY_FACTS,
            {
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_host_power_status(
        self,
        *,
        uuid: str,
        method: Literal["AUTO", "AGENT", "IPMI"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostPowerStatusResult:
        """获取物理机最新电源状态 (GetHostPowerStatus).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0; minLength 1)
            method: 获取物理机电源状态方式 (since 4.7.0; enum {'AUTO', 'AGENT', 'IPMI'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_POWER_STATUS,
            {
                "uuid": uuid,
                "method": method,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_host_resource_allocation(
        self,
        *,
        uuid: str,
        scene: Literal["normal", "performance"],
        strategy: Literal["continuous"],
        vcpu: int,
        mem_size: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostResourceAllocationResult:
        """根据云主机需求获取物理机资源的分配信息 (GetHostResourceAllocation).

        Since ZStack 4.3.12. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 物理机UUID (since 4.3.12)
            mem_size: memSize (minimum 1; maximum 9223372036854775807)
            scene: 场景类型 (since 4.3.12; enum {'normal', 'performance'})
            strategy: 资源分配策略 (since 4.3.12; enum {'continuous'})
            vcpu: 云主机需要分配的vCPU数量 (since 4.3.12; minimum 1; maximum 512)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_RESOURCE_ALLOCATION,
            {
                "uuid": uuid,
                "memSize": mem_size,
                "scene": scene,
                "strategy": strategy,
                "vcpu": vcpu,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_host_task(
        self,
        *,
        host_uuids: Sequence[str],
        sync_signatures: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostTaskResult:
        """Get host task (GetHostTask).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetHostTaskAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            host_uuids: hostUuids (minItems 1)
            sync_signatures: syncSignatures
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_TASK,
            {
                "hostUuids": host_uuids,
                "syncSignatures": sync_signatures,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_host_web_ssh_url(
        self,
        *,
        password: str,
        user_name: str,
        uuid: str,
        https: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostWebSshUrlResult:
        """获取物理机网页终端链接 (GetHostWebSshUrl).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            https: https (since 4.7.11)
            password: password (minLength 1)
            user_name: userName (minLength 1)
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_WEB_SSH_URL,
            {
                "https": https,
                "password": password,
                "userName": user_name,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_hypervisor_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHypervisorTypesResult:
        """获取云主机虚拟化技术类型 (GetHypervisorTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HYPERVISOR_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_interface_service_type_statistic(
        self,
        *,
        interface_uuid: str | None = None,
        vlan_id: int | None = None,
        interface_type: Literal["All", "Interface", "Bonding"] | None = None,
        service_type: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        cluster_uuid: str | None = None,
        host_uuid: str | None = None,
        sort_by: Literal[
            "InterfaceName", "VlanId", "HostIp", "HostName", "ClusterName", "CreateDate"
        ]
        | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        start: int | None = None,
        limit: int | None = None,
        reply_with_count: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetInterfaceServiceTypeStatisticResult:
        """获取物理网口网络类型信息 (GetInterfaceServiceTypeStatistic).

        Since ZStack 4.7.11. Synchronous (a 202 is still followed).

        Args:
            interface_uuid: 物理机网卡UUID (since 4.7.11)
            vlan_id: vlan接口ID (since 4.7.11)
            interface_type: 网卡类型 (since 4.7.11; enum {'All', 'Interface', 'Bonding'})
            service_type: 统计网络类型 (since 4.7.11)
            zone_uuid: 区域UUID (since 4.7.11)
            cluster_uuid: 集群UUID (since 4.7.11)
            host_uuid: 物理机UUID (since 4.7.11)
            sort_by: 排序方式 (since 4.7.11; enum {'InterfaceName', 'VlanId', 'HostIp', 'HostName', 'ClusterName', 'CreateDate'})
            sort_direction: 排序方向 (since 4.7.11; enum {'asc', 'desc'})
            start: 统计结果起始位置 (since 4.7.11; minimum 0; maximum 2147483647)
            limit: 统计结果数量 (since 4.7.11; minimum 0; maximum 2147483647)
            reply_with_count: 同时返回统计结果总数 (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_INTERFACE_SERVICE_TYPE_STATISTIC,
            {
                "interfaceUuid": interface_uuid,
                "vlanId": vlan_id,
                "interfaceType": interface_type,
                "serviceType": service_type,
                "zoneUuid": zone_uuid,
                "clusterUuid": cluster_uuid,
                "hostUuid": host_uuid,
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

    async def identify_host(
        self,
        *,
        uuid: str,
        interval: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> IdentifyHostResult:
        """Identify host (IdentifyHost).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/IdentifyHostAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            interval: interval (minimum 0; maximum 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            IDENTIFY_HOST,
            {
                "uuid": uuid,
                "interval": interval,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def kvm_run_shell(
        self,
        *,
        host_uuids: Sequence[str],
        script: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> KvmRunShellResult:
        """KVM运行Shell命令 (KvmRunShell).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_uuids: 目标机器UUID (since 0.6; minItems 1)
            script: 脚本 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            KVM_RUN_SHELL,
            {
                "hostUuids": host_uuids,
                "script": script,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def locate_host_network_interface(
        self,
        *,
        host_uuid: str,
        network_interface_name: str,
        interval: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LocateHostNetworkInterfaceResult:
        """Locate host network interface (LocateHostNetworkInterface).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/LocateHostNetworkInterfaceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            host_uuid: hostUuid
            interval: interval (minimum 1; maximum 255)
            network_interface_name: networkInterfaceName (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOCATE_HOST_NETWORK_INTERFACE,
            {
                "hostUuid": host_uuid,
                "interval": interval,
                "networkInterfaceName": network_interface_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def power_off_host(
        self,
        *,
        admin_password: str,
        host_uuids: Sequence[str],
        max_wait_time: int | None = None,
        wait_task_completed: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerOffHostResult:
        """Power off host (PowerOffHost).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/PowerOffHostAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            admin_password: adminPassword (minLength 1)
            host_uuids: hostUuids (minItems 1)
            max_wait_time: maxWaitTime
            wait_task_completed: waitTaskCompleted
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            POWER_OFF_HOST,
            {
                "adminPassword": admin_password,
                "hostUuids": host_uuids,
                "maxWaitTime": max_wait_time,
                "waitTaskCompleted": wait_task_completed,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def power_on_host(
        self,
        *,
        uuid: str,
        return_early: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerOnHostResult:
        """物理机开机 (PowerOnHost).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0; minLength 1)
            return_early: 是否提前返回 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            POWER_ON_HOST,
            {
                "uuid": uuid,
                "returnEarly": return_early,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def power_reset_host(
        self,
        *,
        uuid: str,
        method: Literal["AUTO", "AGENT", "IPMI"] | None = None,
        return_early: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerResetHostResult:
        """重启物理机 (PowerResetHost).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0; minLength 1)
            method: 重启方式 (since 4.7.0; enum {'AUTO', 'AGENT', 'IPMI'})
            return_early: 是否提前返回 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            POWER_RESET_HOST,
            {
                "uuid": uuid,
                "method": method,
                "returnEarly": return_early,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_hba_device(
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
    ) -> QueryHBADeviceResult:
        """查询HBA卡信息 (QueryHBADevice).

        Since ZStack 5.3.0. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HBA_DEVICE,
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

    def query_hba_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[HBADeviceInventory]:
        """Every result of ``query_hba_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HBA_DEVICE,
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

    async def query_host(
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
    ) -> QueryHostResult:
        """查询物理机 (QueryHost).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HOST,
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

    def query_host_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[HostInventory]:
        """Every result of ``query_host``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HOST,
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

    async def query_host_network_bonding(
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
    ) -> QueryHostNetworkBondingResult:
        """查询物理机Bond信息 (QueryHostNetworkBonding).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HOST_NETWORK_BONDING,
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

    def query_host_network_bonding_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[HostNetworkBondingInventory]:
        """Every result of ``query_host_network_bonding``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HOST_NETWORK_BONDING,
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

    async def query_host_network_interface(
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
    ) -> QueryHostNetworkInterfaceResult:
        """查询物理机网卡信息 (QueryHostNetworkInterface).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HOST_NETWORK_INTERFACE,
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

    def query_host_network_interface_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[HostNetworkInterfaceInventory]:
        """Every result of ``query_host_network_interface``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HOST_NETWORK_INTERFACE,
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

    async def query_host_network_interface_lldp(
        self,
        *,
        interface_uuid: str | None = None,
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
    ) -> QueryHostNetworkInterfaceLldpResult:
        """查询物理网口LLDP配置 (QueryHostNetworkInterfaceLldp).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            interface_uuid: interfaceUuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HOST_NETWORK_INTERFACE_LLDP,
            {
                "interfaceUuid": interface_uuid,
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

    def query_host_network_interface_lldp_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[HostNetworkInterfaceLldpInventory]:
        """Every result of ``query_host_network_interface_lldp``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HOST_NETWORK_INTERFACE_LLDP,
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

    async def query_host_os_category(
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
    ) -> QueryHostOsCategoryResult:
        """查询物理机系统类型 (QueryHostOsCategory).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HOST_OS_CATEGORY,
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

    def query_host_os_category_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[HostOsCategoryInventory]:
        """Every result of ``query_host_os_category``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HOST_OS_CATEGORY,
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

    async def query_host_physical_memory(
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
    ) -> QueryHostPhysicalMemoryResult:
        """Query host physical memory (QueryHostPhysicalMemory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryHostPhysicalMemoryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_HOST_PHYSICAL_MEMORY,
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

    def query_host_physical_memory_pages(
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
        """Every result of ``query_host_physical_memory``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_HOST_PHYSICAL_MEMORY,
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

    async def query_kvm_hypervisor_info(
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
    ) -> QueryKvmHypervisorInfoResult:
        """查询资源的虚拟化软件信息 (QueryKvmHypervisorInfo).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_KVM_HYPERVISOR_INFO,
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

    def query_kvm_hypervisor_info_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[KvmHypervisorInfoInventory]:
        """Every result of ``query_kvm_hypervisor_info``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_KVM_HYPERVISOR_INFO,
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

    async def reconnect_host(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectHostResult:
        """重连物理机 (ReconnectHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_HOST,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_ip_on_host_network_bonding(
        self,
        *,
        bonding_uuid: str,
        ip_address: str | None = None,
        is_default_route: bool | None = None,
        netmask: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetIpOnHostNetworkBondingResult:
        """在Bond网口配置IP (SetIpOnHostNetworkBonding).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            bonding_uuid: Bond网口UUID (since 4.7.0)
            ip_address: IP地址 (since 4.7.0)
            is_default_route: 是否设置默认路由 (since 4.7.0)
            netmask: 子网掩码 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_IP_ON_HOST_NETWORK_BONDING,
            {
                "bondingUuid": bonding_uuid,
                "ipAddress": ip_address,
                "isDefaultRoute": is_default_route,
                "netmask": netmask,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_ip_on_host_network_interface(
        self,
        *,
        interface_uuid: str,
        ip_address: str | None = None,
        is_default_route: bool | None = None,
        netmask: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetIpOnHostNetworkInterfaceResult:
        """在物理网口配置ip (SetIpOnHostNetworkInterface).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            interface_uuid: 物理网口UUID (since 4.7.0)
            ip_address: IP地址 (since 4.7.0)
            is_default_route: 是否设置默认路由 (since 4.7.0)
            netmask: 子网掩码 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_IP_ON_HOST_NETWORK_INTERFACE,
            {
                "interfaceUuid": interface_uuid,
                "ipAddress": ip_address,
                "isDefaultRoute": is_default_route,
                "netmask": netmask,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_service_type_on_host_network_bonding(
        self,
        *,
        bonding_uuids: Sequence[str],
        service_types: Sequence[
            Literal[
                "ManagementNetwork",
                "TenantNetwork",
                "StorageNetwork",
                "BackupNetwork",
                "MigrationNetwork",
            ]
        ]
        | None = None,
        vlan_ids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetServiceTypeOnHostNetworkBondingResult:
        """标记聚合网口网络类型 (SetServiceTypeOnHostNetworkBonding).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            bonding_uuids: bond网口Uuids (since 4.7.11)
            service_types: 网络服务类型 (since 4.7.11; items.enum {'ManagementNetwork', 'TenantNetwork', 'StorageNetwork', 'BackupNetwork', 'MigrationNetwork'})
            vlan_ids: vlan接口Ids (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_SERVICE_TYPE_ON_HOST_NETWORK_BONDING,
            {
                "bondingUuids": bonding_uuids,
                "serviceTypes": service_types,
                "vlanIds": vlan_ids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_service_type_on_host_network_interface(
        self,
        *,
        interface_uuids: Sequence[str],
        service_types: Sequence[
            Literal[
                "ManagementNetwork",
                "TenantNetwork",
                "StorageNetwork",
                "BackupNetwork",
                "MigrationNetwork",
            ]
        ]
        | None = None,
        vlan_ids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetServiceTypeOnHostNetworkInterfaceResult:
        """标记物理网口(非聚合口)网络类型 (SetServiceTypeOnHostNetworkInterface).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            interface_uuids: 物理网口Uuids (since 4.7.11)
            service_types: 网络服务类型 (since 4.7.11; items.enum {'ManagementNetwork', 'TenantNetwork', 'StorageNetwork', 'BackupNetwork', 'MigrationNetwork'})
            vlan_ids: vlan接口Ids (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_SERVICE_TYPE_ON_HOST_NETWORK_INTERFACE,
            {
                "interfaceUuids": interface_uuids,
                "serviceTypes": service_types,
                "vlanIds": vlan_ids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def shutdown_host(
        self,
        *,
        uuid: str,
        force: bool | None = None,
        method: Literal["AUTO", "AGENT", "IPMI"] | None = None,
        return_early: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ShutdownHostResult:
        """关闭物理机 (ShutdownHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0; minLength 1)
            force: 是否强制关机 (since 0.6)
            method: 关机方式 (since 4.7.0; enum {'AUTO', 'AGENT', 'IPMI'})
            return_early: 是否提前返回 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SHUTDOWN_HOST,
            {
                "uuid": uuid,
                "force": force,
                "method": method,
                "returnEarly": return_early,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_bonding(
        self,
        *,
        uuid: str,
        description: str | None = None,
        mode: Literal["802.3ad", "active-backup"] | None = None,
        slave_names: Sequence[str] | None = None,
        slave_uuids: Sequence[str] | None = None,
        type: Literal["LinuxBonding", "OvsBonding"] | None = None,
        xmit_hash_policy: Literal["layer2", "layer2+3", "layer3+4"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBondingResult:
        """更新Bond网口 (UpdateBonding).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            description: 资源的详细描述 (since 4.7.0; maxLength 2048)
            mode: 工作方式 (since 4.7.0; enum {'802.3ad', 'active-backup'})
            slave_names: slave网卡名称列表 (since 5.0.0)
            slave_uuids: slave网卡Uuids列表 (since 5.0.0)
            type: Bond类型 (since 4.7.0; enum {'LinuxBonding', 'OvsBonding'})
            xmit_hash_policy: 哈希算法策略 (since 4.7.0; enum {'layer2', 'layer2+3', 'layer3+4'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BONDING,
            {
                "uuid": uuid,
                "description": description,
                "mode": mode,
                "slaveNames": slave_names,
                "slaveUuids": slave_uuids,
                "type": type,
                "xmitHashPolicy": xmit_hash_policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_host(
        self,
        *,
        uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostResult:
        """更新物理机信息 (UpdateHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            management_ip: managementIp (since 0.6; minLength 1; maxLength 255)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_HOST,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_host_ipmi(
        self,
        *,
        uuid: str,
        ipmi_address: str | None = None,
        ipmi_password: str | None = None,
        ipmi_port: int | None = None,
        ipmi_username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostIpmiResult:
        """更新物理机IPMI信息 (UpdateHostIpmi).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            ipmi_address: IPMI地址 (since 4.7.0; minLength 1)
            ipmi_password: IPMI密码 (since 4.7.0; minLength 1)
            ipmi_port: IPMI端口 (since 4.7.0)
            ipmi_username: IPMI用户名 (since 4.7.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_HOST_IPMI,
            {
                "uuid": uuid,
                "ipmiAddress": ipmi_address,
                "ipmiPassword": ipmi_password,
                "ipmiPort": ipmi_port,
                "ipmiUsername": ipmi_username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_host_network_interface(
        self,
        *,
        interface_uuid: str,
        description: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostNetworkInterfaceResult:
        """更新物理网口信息 (UpdateHostNetworkInterface).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            interface_uuid: 物理网口UUID (since 4.7.0)
            description: 资源的详细描述 (since 4.7.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_HOST_NETWORK_INTERFACE,
            {
                "interfaceUuid": interface_uuid,
                "description": description,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_kvm_host(
        self,
        *,
        uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        name: str | None = None,
        password: str | None = None,
        ssh_port: int | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateKVMHostResult:
        """更新KVM主机信息 (UpdateKVMHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            management_ip: 管理节点IP (since 0.6; minLength 1; maxLength 255)
            name: 资源名称 (since 0.6; maxLength 255)
            password: 密码 (since 0.6; maxLength 255)
            ssh_port: ssh端口号 (since 0.6; minimum 1; maximum 65535)
            username: 用户名 (since 0.6; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_KVM_HOST,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "name": name,
                "password": password,
                "sshPort": ssh_port,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
