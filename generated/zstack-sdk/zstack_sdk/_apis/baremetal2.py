"""``client.baremetal2``: 61 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_bare_metal2_gateway_result import AddBareMetal2GatewayResult
    from ..models.add_bare_metal2_ipmi_chassis_result import AddBareMetal2IpmiChassisResult
    from ..models.attach_bare_metal2_gateway_to_cluster_result import (
        AttachBareMetal2GatewayToClusterResult,
    )
    from ..models.attach_bare_metal2_provision_network_to_cluster_result import (
        AttachBareMetal2ProvisionNetworkToClusterResult,
    )
    from ..models.attach_provision_nic_to_bonding_result import AttachProvisionNicToBondingResult
    from ..models.bare_metal2_bonding_inventory import BareMetal2BondingInventory
    from ..models.bare_metal2_chassis_gpu_device_inventory import (
        BareMetal2ChassisGpuDeviceInventory,
    )
    from ..models.bare_metal2_chassis_inventory import BareMetal2ChassisInventory
    from ..models.bare_metal2_chassis_offering_inventory import BareMetal2ChassisOfferingInventory
    from ..models.bare_metal2_chassis_pci_device_inventory import (
        BareMetal2ChassisPciDeviceInventory,
    )
    from ..models.bare_metal2_gateway_inventory import BareMetal2GatewayInventory
    from ..models.bare_metal2_instance_inventory import BareMetal2InstanceInventory
    from ..models.bare_metal2_provision_network_inventory import BareMetal2ProvisionNetworkInventory
    from ..models.batch_add_bare_metal2_ipmi_chassis_result import (
        BatchAddBareMetal2IpmiChassisResult,
    )
    from ..models.change_bare_metal2_chassis_offering_state_result import (
        ChangeBareMetal2ChassisOfferingStateResult,
    )
    from ..models.change_bare_metal2_chassis_state_result import ChangeBareMetal2ChassisStateResult
    from ..models.change_bare_metal2_gateway_cluster_result import (
        ChangeBareMetal2GatewayClusterResult,
    )
    from ..models.change_bare_metal2_gateway_state_result import ChangeBareMetal2GatewayStateResult
    from ..models.change_bare_metal2_instance_password_result import (
        ChangeBareMetal2InstancePasswordResult,
    )
    from ..models.change_bare_metal2_provision_network_state_result import (
        ChangeBareMetal2ProvisionNetworkStateResult,
    )
    from ..models.check_bare_metal2_ipmi_chassis_config_file_result import (
        CheckBareMetal2IpmiChassisConfigFileResult,
    )
    from ..models.check_static_provision_ip_result import CheckStaticProvisionIpResult
    from ..models.clean_up_bare_metal2_bonding_result import CleanUpBareMetal2BondingResult
    from ..models.create_bare_metal2_bonding_result import CreateBareMetal2BondingResult
    from ..models.create_bare_metal2_instance_from_vm_backup_result import (
        CreateBareMetal2InstanceFromVmBackupResult,
    )
    from ..models.create_bare_metal2_instance_from_volume_backup_result import (
        CreateBareMetal2InstanceFromVolumeBackupResult,
    )
    from ..models.create_bare_metal2_instance_result import CreateBareMetal2InstanceResult
    from ..models.create_bare_metal2_ipmi_chassis_hardware_info_result import (
        CreateBareMetal2IpmiChassisHardwareInfoResult,
    )
    from ..models.create_bare_metal2_provision_network_result import (
        CreateBareMetal2ProvisionNetworkResult,
    )
    from ..models.create_block_volume_result import CreateBlockVolumeResult
    from ..models.delete_bare_metal2_chassis_result import DeleteBareMetal2ChassisResult
    from ..models.delete_bare_metal2_gateway_result import DeleteBareMetal2GatewayResult
    from ..models.delete_bare_metal2_provision_network_result import (
        DeleteBareMetal2ProvisionNetworkResult,
    )
    from ..models.detach_bare_metal2_gateway_from_cluster_result import (
        DetachBareMetal2GatewayFromClusterResult,
    )
    from ..models.detach_bare_metal2_provision_network_from_cluster_result import (
        DetachBareMetal2ProvisionNetworkFromClusterResult,
    )
    from ..models.detach_provision_nic_from_bonding_result import (
        DetachProvisionNicFromBondingResult,
    )
    from ..models.get_access_path_result import GetAccessPathResult
    from ..models.get_bare_metal2_chassis_power_status_result import (
        GetBareMetal2ChassisPowerStatusResult,
    )
    from ..models.get_bare_metal2_gateway_allocator_strategies_result import (
        GetBareMetal2GatewayAllocatorStrategiesResult,
    )
    from ..models.get_bare_metal2_provision_network_ip_address_capacity_result import (
        GetBareMetal2ProvisionNetworkIpAddressCapacityResult,
    )
    from ..models.get_bare_metal2_supported_boot_mode_result import (
        GetBareMetal2SupportedBootModeResult,
    )
    from ..models.inspect_bare_metal2_chassis_by_instance_result import (
        InspectBareMetal2ChassisByInstanceResult,
    )
    from ..models.inspect_bare_metal2_chassis_result import InspectBareMetal2ChassisResult
    from ..models.power_off_bare_metal2_chassis_result import PowerOffBareMetal2ChassisResult
    from ..models.power_on_bare_metal2_chassis_result import PowerOnBareMetal2ChassisResult
    from ..models.power_reset_bare_metal2_chassis_result import PowerResetBareMetal2ChassisResult
    from ..models.query_bare_metal2_bonding_nic_ref_result import QueryBareMetal2BondingNicRefResult
    from ..models.query_bare_metal2_bonding_result import QueryBareMetal2BondingResult
    from ..models.query_bare_metal2_chassis_gpu_device_result import (
        QueryBareMetal2ChassisGpuDeviceResult,
    )
    from ..models.query_bare_metal2_chassis_offering_result import (
        QueryBareMetal2ChassisOfferingResult,
    )
    from ..models.query_bare_metal2_chassis_pci_device_result import (
        QueryBareMetal2ChassisPciDeviceResult,
    )
    from ..models.query_bare_metal2_chassis_result import QueryBareMetal2ChassisResult
    from ..models.query_bare_metal2_gateway_result import QueryBareMetal2GatewayResult
    from ..models.query_bare_metal2_instance_result import QueryBareMetal2InstanceResult
    from ..models.query_bare_metal2_provision_network_result import (
        QueryBareMetal2ProvisionNetworkResult,
    )
    from ..models.query_block_volume_result import QueryBlockVolumeResult
    from ..models.query_xsky_block_volume_result import QueryXskyBlockVolumeResult
    from ..models.reconnect_bare_metal2_gateway_result import ReconnectBareMetal2GatewayResult
    from ..models.reconnect_bare_metal2_instance_result import ReconnectBareMetal2InstanceResult
    from ..models.start_bare_metal2_instance_result import StartBareMetal2InstanceResult
    from ..models.update_bare_metal2_chassis_offering_result import (
        UpdateBareMetal2ChassisOfferingResult,
    )
    from ..models.update_bare_metal2_chassis_pci_device_result import (
        UpdateBareMetal2ChassisPciDeviceResult,
    )
    from ..models.update_bare_metal2_chassis_result import UpdateBareMetal2ChassisResult
    from ..models.update_bare_metal2_gateway_result import UpdateBareMetal2GatewayResult
    from ..models.update_bare_metal2_instance_result import UpdateBareMetal2InstanceResult
    from ..models.update_bare_metal2_ipmi_chassis_result import UpdateBareMetal2IpmiChassisResult
    from ..models.update_bare_metal2_provision_network_result import (
        UpdateBareMetal2ProvisionNetworkResult,
    )
    from ..models.update_block_volume_result import UpdateBlockVolumeResult
    from ..models.update_xsky_block_volume_result import UpdateXskyBlockVolumeResult

__all__ = ["AsyncBaremetal2Api", "Baremetal2Api"]


ADD_BARE_METAL2_GATEWAY: Api[AddBareMetal2GatewayResult] = Api(
    "AddBareMetal2Gateway",
    "POST",
    "/baremetal2/gateways",
    params=(
        ("clusterUuid", "body", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("managementIp", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("password", "body", "4.0.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("sshPort", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("username", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
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
    since="4.0.0",
    result=".models.add_bare_metal2_gateway_result:AddBareMetal2GatewayResult",
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

ADD_BARE_METAL2_IPMI_CHASSIS: Api[AddBareMetal2IpmiChassisResult] = Api(
    "AddBareMetal2IpmiChassis",
    "POST",
    "/baremetal2/chassis/ipmi",
    params=(
        ("clusterUuid", "body", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("ipmiAddress", "body", "4.0.0"),
        ("ipmiPassword", "body", "4.0.0"),
        ("ipmiPort", "body", "4.0.0"),
        ("ipmiUsername", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("provisionType", "body", None),
        ("resourceUuid", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "cluster_uuid",
        "description",
        "ipmi_address",
        "ipmi_password",
        "ipmi_port",
        "ipmi_username",
        "name",
        "provision_type",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("clusterUuid", "ipmiAddress", "ipmiPassword", "ipmiUsername", "name"),
    body_key="params",
    since="4.0.0",
    result=".models.add_bare_metal2_ipmi_chassis_result:AddBareMetal2IpmiChassisResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("ipmiPassword", "ipmi_password", "maxLength", 255),
        ("ipmiPort", "ipmi_port", "minimum", 1),
        ("ipmiPort", "ipmi_port", "maximum", 65535),
        ("ipmiUsername", "ipmi_username", "maxLength", 255),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("provisionType", "provision_type", "enum", ("Remote", "Local", "Direct")),
    ),
)

ATTACH_BARE_METAL2_GATEWAY_TO_CLUSTER: Api[AttachBareMetal2GatewayToClusterResult] = Api(
    "AttachBareMetal2GatewayToCluster",
    "POST",
    "/baremetal2/clusters/{clusterUuid}/gateways/{gatewayUuid}",
    params=(
        ("clusterUuid", "path", "4.0.0"),
        ("gatewayUuid", "path", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("cluster_uuid", "gateway_uuid", "system_tags", "user_tags"),
    required=("clusterUuid", "gatewayUuid"),
    body_key="params",
    since="4.0.0",
    result=".models.attach_bare_metal2_gateway_to_cluster_result:AttachBareMetal2GatewayToClusterResult",
)

ATTACH_BARE_METAL2_PROVISION_NETWORK_TO_CLUSTER: Api[
    AttachBareMetal2ProvisionNetworkToClusterResult
] = Api(
    "AttachBareMetal2ProvisionNetworkToCluster",
    "POST",
    "/baremetal2/clusters/{clusterUuid}/provision-networks/{networkUuid}",
    params=(
        ("clusterUuid", "path", "4.0.0"),
        ("networkUuid", "path", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("cluster_uuid", "network_uuid", "system_tags", "user_tags"),
    required=("clusterUuid", "networkUuid"),
    body_key="params",
    since="4.0.0",
    result=".models.attach_bare_metal2_provision_network_to_cluster_result:AttachBareMetal2ProvisionNetworkToClusterResult",
)

ATTACH_PROVISION_NIC_TO_BONDING: Api[AttachProvisionNicToBondingResult] = Api(
    "AttachProvisionNicToBonding",
    "POST",
    "/baremetal2/bm-instances/{uuid}/bm2-bondings/{bondingUuid}",
    params=(
        ("uuid", "path", None),
        ("bondingUuid", "path", None),
        ("customMac", "body", None),
        ("provisionIp", "body", None),
        ("provisionNicUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "bonding_uuid",
        "custom_mac",
        "provision_ip",
        "provision_nic_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("uuid", "bondingUuid", "provisionNicUuid"),
    body_key="params",
    since=None,
    result=".models.attach_provision_nic_to_bonding_result:AttachProvisionNicToBondingResult",
)

BATCH_ADD_BARE_METAL2_IPMI_CHASSIS: Api[BatchAddBareMetal2IpmiChassisResult] = Api(
    "BatchAddBareMetal2IpmiChassis",
    "POST",
    "/baremetal2/chassis/ipmi/from-file",
    params=(
        ("chassisInfo", "body", "4.0.0"),
        ("longJobDescription", "body", "4.0.0"),
        ("longJobName", "body", "4.0.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "chassis_info",
        "long_job_description",
        "long_job_name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("chassisInfo",),
    body_key="params",
    since="4.0.0",
    result=".models.batch_add_bare_metal2_ipmi_chassis_result:BatchAddBareMetal2IpmiChassisResult",
    checks=(
        ("chassisInfo", "chassis_info", "minLength", 1),
        ("longJobDescription", "long_job_description", "maxLength", 2048),
        ("longJobName", "long_job_name", "maxLength", 255),
    ),
)

CHANGE_BARE_METAL2_CHASSIS_OFFERING_STATE: Api[ChangeBareMetal2ChassisOfferingStateResult] = Api(
    "ChangeBareMetal2ChassisOfferingState",
    "PUT",
    "/baremetal2/chassis/offerings/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("stateEvent", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeBareMetal2ChassisOfferingState",
    since="4.0.0",
    result=".models.change_bare_metal2_chassis_offering_state_result:ChangeBareMetal2ChassisOfferingStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_BARE_METAL2_CHASSIS_STATE: Api[ChangeBareMetal2ChassisStateResult] = Api(
    "ChangeBareMetal2ChassisState",
    "PUT",
    "/baremetal2/chassis/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("stateEvent", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeBareMetal2ChassisState",
    since="4.0.0",
    result=".models.change_bare_metal2_chassis_state_result:ChangeBareMetal2ChassisStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_BARE_METAL2_GATEWAY_CLUSTER: Api[ChangeBareMetal2GatewayClusterResult] = Api(
    "ChangeBareMetal2GatewayCluster",
    "PUT",
    "/baremetal2/gateways/{gatewayUuid}/actions",
    params=(
        ("gatewayUuid", "path", "4.0.0"),
        ("clusterUuid", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("gateway_uuid", "cluster_uuid", "system_tags", "user_tags"),
    required=("gatewayUuid", "clusterUuid"),
    body_key="changeBareMetal2GatewayCluster",
    since="4.0.0",
    result=".models.change_bare_metal2_gateway_cluster_result:ChangeBareMetal2GatewayClusterResult",
)

CHANGE_BARE_METAL2_GATEWAY_STATE: Api[ChangeBareMetal2GatewayStateResult] = Api(
    "ChangeBareMetal2GatewayState",
    "PUT",
    "/baremetal2/gateways/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("stateEvent", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeBareMetal2GatewayState",
    since="4.0.0",
    result=".models.change_bare_metal2_gateway_state_result:ChangeBareMetal2GatewayStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_BARE_METAL2_INSTANCE_PASSWORD: Api[ChangeBareMetal2InstancePasswordResult] = Api(
    "ChangeBareMetal2InstancePassword",
    "PUT",
    "/baremetal2/bm-instances/{uuid}/action",
    params=(
        ("uuid", "path", "4.0.0"),
        ("password", "body", "4.0.0"),
        ("username", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "password", "username", "system_tags", "user_tags"),
    required=("uuid", "password", "username"),
    body_key="changeBareMetal2InstancePassword",
    since="4.0.0",
    result=".models.change_bare_metal2_instance_password_result:ChangeBareMetal2InstancePasswordResult",
    checks=(
        ("password", "password", "maxLength", 32),
        (
            "password",
            "password",
            "pattern",
            "^(?:[\\da-zA-Z-`=\\\\\\[\\];',./~!@#$%^&*()_+|{}:\"<>?]{1,})$",
        ),
        ("username", "username", "minLength", 1),
    ),
)

CHANGE_BARE_METAL2_PROVISION_NETWORK_STATE: Api[ChangeBareMetal2ProvisionNetworkStateResult] = Api(
    "ChangeBareMetal2ProvisionNetworkState",
    "PUT",
    "/baremetal2/provision-networks/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("stateEvent", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeBareMetal2ProvisionNetworkState",
    since="4.0.0",
    result=".models.change_bare_metal2_provision_network_state_result:ChangeBareMetal2ProvisionNetworkStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHECK_BARE_METAL2_IPMI_CHASSIS_CONFIG_FILE: Api[CheckBareMetal2IpmiChassisConfigFileResult] = Api(
    "CheckBareMetal2IpmiChassisConfigFile",
    "POST",
    "/baremetal2/chassis/ipmi/from-file/check",
    params=(
        ("chassisInfo", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("chassis_info", "system_tags", "user_tags"),
    required=("chassisInfo",),
    body_key="params",
    since="4.0.0",
    result=".models.check_bare_metal2_ipmi_chassis_config_file_result:CheckBareMetal2IpmiChassisConfigFileResult",
    checks=(("chassisInfo", "chassis_info", "minLength", 1),),
)

CHECK_STATIC_PROVISION_IP: Api[CheckStaticProvisionIpResult] = Api(
    "CheckStaticProvisionIp",
    "POST",
    "/baremetal2/bm-instances/static/provision/ip/check",
    params=(
        ("clusterUuid", "body", "5.2.0"),
        ("provisionIp", "body", "5.2.0"),
        ("systemTags", "root", "5.2.0"),
        ("userTags", "root", "5.2.0"),
    ),
    names=("cluster_uuid", "provision_ip", "system_tags", "user_tags"),
    required=("clusterUuid", "provisionIp"),
    body_key="params",
    since="5.2.0",
    result=".models.check_static_provision_ip_result:CheckStaticProvisionIpResult",
)

CLEAN_UP_BARE_METAL2_BONDING: Api[CleanUpBareMetal2BondingResult] = Api(
    "CleanUpBareMetal2Bonding",
    "PUT",
    "/baremetal2/chassis/{chassisUuid}/actions",
    params=(
        ("chassisUuid", "path", "4.4.24"),
        ("systemTags", "root", "4.4.24"),
        ("userTags", "root", "4.4.24"),
    ),
    names=("chassis_uuid", "system_tags", "user_tags"),
    required=("chassisUuid",),
    body_key="cleanUpBareMetal2Bonding",
    since="4.4.24",
    result=".models.clean_up_bare_metal2_bonding_result:CleanUpBareMetal2BondingResult",
)

CREATE_BARE_METAL2_BONDING: Api[CreateBareMetal2BondingResult] = Api(
    "CreateBareMetal2Bonding",
    "POST",
    "/baremetal2/chassis/bond",
    params=(
        ("chassisUuid", "body", "4.4.24"),
        ("mode", "body", "4.4.24"),
        ("name", "body", "4.4.24"),
        ("opts", "body", "4.4.24"),
        ("slaves", "body", "4.4.24"),
        ("systemTags", "root", "4.4.24"),
        ("userTags", "root", "4.4.24"),
    ),
    names=("chassis_uuid", "mode", "name", "opts", "slaves", "system_tags", "user_tags"),
    required=("chassisUuid", "mode", "name", "slaves"),
    body_key="params",
    since="4.4.24",
    result=".models.create_bare_metal2_bonding_result:CreateBareMetal2BondingResult",
    checks=(
        ("mode", "mode", "minimum", 0),
        ("mode", "mode", "maximum", 6),
        ("name", "name", "maxLength", 255),
        ("opts", "opts", "maxLength", 1024),
        ("slaves", "slaves", "maxLength", 2048),
    ),
)

CREATE_BARE_METAL2_INSTANCE: Api[CreateBareMetal2InstanceResult] = Api(
    "CreateBareMetal2Instance",
    "POST",
    "/baremetal2/bm-instances",
    params=(
        ("chassisDiskUuid", "body", None),
        ("chassisOfferingUuid", "body", "4.0.0"),
        ("chassisUuid", "body", "4.0.0"),
        ("clusterUuid", "body", "4.0.0"),
        ("dataDiskOfferingUuids", "body", "4.0.0"),
        ("dataVolumeSystemTags", "body", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("gatewayAllocatorStrategy", "body", "4.0.0"),
        ("gatewayUuid", "body", "4.0.0"),
        ("imageUuid", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("primaryStorageUuidForDataVolume", "body", "4.0.0"),
        ("primaryStorageUuidForRootVolume", "body", "4.0.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("rootVolumeSystemTags", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("zoneUuid", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "chassis_disk_uuid",
        "chassis_offering_uuid",
        "chassis_uuid",
        "cluster_uuid",
        "data_disk_offering_uuids",
        "data_volume_system_tags",
        "description",
        "gateway_allocator_strategy",
        "gateway_uuid",
        "image_uuid",
        "name",
        "primary_storage_uuid_for_data_volume",
        "primary_storage_uuid_for_root_volume",
        "resource_uuid",
        "root_volume_system_tags",
        "tag_uuids",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="4.0.0",
    result=".models.create_bare_metal2_instance_result:CreateBareMetal2InstanceResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_BARE_METAL2_INSTANCE_FROM_VM_BACKUP: Api[CreateBareMetal2InstanceFromVmBackupResult] = Api(
    "CreateBareMetal2InstanceFromVmBackup",
    "POST",
    "/baremetal2-instance/from/vm-backup/{groupUuid}",
    params=(
        ("groupUuid", "path", "5.5.6"),
        ("chassisDiskUuid", "body", "5.5.6"),
        ("chassisOfferingUuid", "body", "5.5.6"),
        ("chassisUuid", "body", "5.5.6"),
        ("clusterUuid", "body", "5.5.6"),
        ("dataDiskOfferingUuids", "body", "5.5.6"),
        ("dataVolumeSystemTags", "body", "5.5.6"),
        ("description", "body", "5.5.6"),
        ("gatewayAllocatorStrategy", "body", "5.5.6"),
        ("gatewayUuid", "body", "5.5.6"),
        ("name", "body", "5.5.6"),
        ("primaryStorageUuidForDataVolume", "body", "5.5.6"),
        ("primaryStorageUuidForRootVolume", "body", "5.5.6"),
        ("resourceUuid", "body", "5.5.6"),
        ("rootVolumeSystemTags", "body", "5.5.6"),
        ("tagUuids", "body", "5.5.6"),
        ("zoneUuid", "body", "5.5.6"),
        ("systemTags", "root", "5.5.6"),
        ("userTags", "root", "5.5.6"),
    ),
    names=(
        "group_uuid",
        "chassis_disk_uuid",
        "chassis_offering_uuid",
        "chassis_uuid",
        "cluster_uuid",
        "data_disk_offering_uuids",
        "data_volume_system_tags",
        "description",
        "gateway_allocator_strategy",
        "gateway_uuid",
        "name",
        "primary_storage_uuid_for_data_volume",
        "primary_storage_uuid_for_root_volume",
        "resource_uuid",
        "root_volume_system_tags",
        "tag_uuids",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("groupUuid", "name"),
    body_key="params",
    since="5.5.6",
    result=".models.create_bare_metal2_instance_from_vm_backup_result:CreateBareMetal2InstanceFromVmBackupResult",
)

CREATE_BARE_METAL2_INSTANCE_FROM_VOLUME_BACKUP: Api[
    CreateBareMetal2InstanceFromVolumeBackupResult
] = Api(
    "CreateBareMetal2InstanceFromVolumeBackup",
    "POST",
    "/baremetal2-instance/from/volume-backup/{backupUuid}",
    params=(
        ("backupUuid", "path", "5.5.6"),
        ("chassisDiskUuid", "body", "5.5.6"),
        ("chassisOfferingUuid", "body", "5.5.6"),
        ("chassisUuid", "body", "5.5.6"),
        ("clusterUuid", "body", "5.5.6"),
        ("description", "body", "5.5.6"),
        ("gatewayAllocatorStrategy", "body", "5.5.6"),
        ("gatewayUuid", "body", "5.5.6"),
        ("name", "body", "5.5.6"),
        ("primaryStorageUuidForRootVolume", "body", "5.5.6"),
        ("resourceUuid", "body", "5.5.6"),
        ("rootVolumeSystemTags", "body", "5.5.6"),
        ("tagUuids", "body", "5.5.6"),
        ("zoneUuid", "body", "5.5.6"),
        ("systemTags", "root", "5.5.6"),
        ("userTags", "root", "5.5.6"),
    ),
    names=(
        "backup_uuid",
        "chassis_disk_uuid",
        "chassis_offering_uuid",
        "chassis_uuid",
        "cluster_uuid",
        "description",
        "gateway_allocator_strategy",
        "gateway_uuid",
        "name",
        "primary_storage_uuid_for_root_volume",
        "resource_uuid",
        "root_volume_system_tags",
        "tag_uuids",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("backupUuid", "name"),
    body_key="params",
    since="5.5.6",
    result=".models.create_bare_metal2_instance_from_volume_backup_result:CreateBareMetal2InstanceFromVolumeBackupResult",
)

CREATE_BARE_METAL2_IPMI_CHASSIS_HARDWARE_INFO: Api[
    CreateBareMetal2IpmiChassisHardwareInfoResult
] = Api(
    "CreateBareMetal2IpmiChassisHardwareInfo",
    "POST",
    "/baremetal2/chassis/ipmi/hardwareinfos",
    params=(
        ("convertInfo", "body", None),
        ("hardwareInfo", "body", "4.0.0"),
        ("ipmiAddress", "body", "4.0.0"),
        ("ipmiPort", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "convert_info",
        "hardware_info",
        "ipmi_address",
        "ipmi_port",
        "system_tags",
        "user_tags",
    ),
    required=("hardwareInfo", "ipmiAddress", "ipmiPort"),
    body_key="params",
    since="4.0.0",
    result=".models.create_bare_metal2_ipmi_chassis_hardware_info_result:CreateBareMetal2IpmiChassisHardwareInfoResult",
    auth=False,
    checks=(
        ("hardwareInfo", "hardware_info", "minLength", 1),
        ("ipmiAddress", "ipmi_address", "minLength", 1),
        ("ipmiPort", "ipmi_port", "minimum", 1),
        ("ipmiPort", "ipmi_port", "maximum", 65535),
    ),
)

CREATE_BARE_METAL2_PROVISION_NETWORK: Api[CreateBareMetal2ProvisionNetworkResult] = Api(
    "CreateBareMetal2ProvisionNetwork",
    "POST",
    "/baremetal2/provision-networks",
    params=(
        ("description", "body", "4.0.0"),
        ("dhcpInterface", "body", "4.0.0"),
        ("dhcpRangeEndIp", "body", "4.0.0"),
        ("dhcpRangeGateway", "body", "4.0.0"),
        ("dhcpRangeNetmask", "body", "4.0.0"),
        ("dhcpRangeStartIp", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("zoneUuid", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "description",
        "dhcp_interface",
        "dhcp_range_end_ip",
        "dhcp_range_gateway",
        "dhcp_range_netmask",
        "dhcp_range_start_ip",
        "name",
        "resource_uuid",
        "tag_uuids",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=(
        "dhcpInterface",
        "dhcpRangeEndIp",
        "dhcpRangeNetmask",
        "dhcpRangeStartIp",
        "name",
        "zoneUuid",
    ),
    body_key="params",
    since="4.0.0",
    result=".models.create_bare_metal2_provision_network_result:CreateBareMetal2ProvisionNetworkResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("dhcpInterface", "dhcp_interface", "maxLength", 128),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_BLOCK_VOLUME: Api[CreateBlockVolumeResult] = Api(
    "CreateBlockVolume",
    "POST",
    "/block-volumes",
    params=(
        ("accessPathId", "body", "4.7.11"),
        ("accessPathIqn", "body", "5.1.0"),
        ("burstTotalBw", "body", "4.7.11"),
        ("burstTotalIops", "body", "4.7.11"),
        ("description", "body", "4.7.11"),
        ("maxTotalBw", "body", "4.7.11"),
        ("maxTotalIops", "body", "4.7.11"),
        ("name", "body", "4.7.11"),
        ("primaryStorageUuid", "body", "4.7.11"),
        ("protocol", "body", "5.1.0"),
        ("resourceUuid", "body", "4.7.11"),
        ("size", "body", "4.7.11"),
        ("tagUuids", "body", "4.7.11"),
        ("systemTags", "root", "4.7.11"),
        ("userTags", "root", "4.7.11"),
    ),
    names=(
        "access_path_id",
        "access_path_iqn",
        "burst_total_bw",
        "burst_total_iops",
        "description",
        "max_total_bw",
        "max_total_iops",
        "name",
        "primary_storage_uuid",
        "protocol",
        "resource_uuid",
        "size",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name", "primaryStorageUuid", "size"),
    body_key="params",
    since="4.7.11",
    result=".models.create_block_volume_result:CreateBlockVolumeResult",
)

DELETE_BARE_METAL2_CHASSIS: Api[DeleteBareMetal2ChassisResult] = Api(
    "DeleteBareMetal2Chassis",
    "DELETE",
    "/baremetal2/chassis/{uuid}",
    params=(
        ("uuid", "path", "4.0.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.0.0",
    result=".models.delete_bare_metal2_chassis_result:DeleteBareMetal2ChassisResult",
)

DELETE_BARE_METAL2_GATEWAY: Api[DeleteBareMetal2GatewayResult] = Api(
    "DeleteBareMetal2Gateway",
    "DELETE",
    "/baremetal2/gateways/{uuid}",
    params=(
        ("uuid", "path", "4.0.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.0.0",
    result=".models.delete_bare_metal2_gateway_result:DeleteBareMetal2GatewayResult",
)

DELETE_BARE_METAL2_PROVISION_NETWORK: Api[DeleteBareMetal2ProvisionNetworkResult] = Api(
    "DeleteBareMetal2ProvisionNetwork",
    "DELETE",
    "/baremetal2/provision-networks/{uuid}",
    params=(
        ("uuid", "path", "4.0.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.0.0",
    result=".models.delete_bare_metal2_provision_network_result:DeleteBareMetal2ProvisionNetworkResult",
)

DETACH_BARE_METAL2_GATEWAY_FROM_CLUSTER: Api[DetachBareMetal2GatewayFromClusterResult] = Api(
    "DetachBareMetal2GatewayFromCluster",
    "DELETE",
    "/baremetal2/clusters/{clusterUuid}/gateways/{gatewayUuid}",
    params=(
        ("clusterUuid", "path", "4.0.0"),
        ("gatewayUuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("cluster_uuid", "gateway_uuid", "system_tags", "user_tags"),
    required=("clusterUuid", "gatewayUuid"),
    since="4.0.0",
    result=".models.detach_bare_metal2_gateway_from_cluster_result:DetachBareMetal2GatewayFromClusterResult",
)

DETACH_BARE_METAL2_PROVISION_NETWORK_FROM_CLUSTER: Api[
    DetachBareMetal2ProvisionNetworkFromClusterResult
] = Api(
    "DetachBareMetal2ProvisionNetworkFromCluster",
    "DELETE",
    "/baremetal2/clusters/{clusterUuid}/provision-networks/{networkUuid}",
    params=(
        ("clusterUuid", "path", "4.0.0"),
        ("networkUuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("cluster_uuid", "network_uuid", "system_tags", "user_tags"),
    required=("clusterUuid", "networkUuid"),
    since="4.0.0",
    result=".models.detach_bare_metal2_provision_network_from_cluster_result:DetachBareMetal2ProvisionNetworkFromClusterResult",
)

DETACH_PROVISION_NIC_FROM_BONDING: Api[DetachProvisionNicFromBondingResult] = Api(
    "DetachProvisionNicFromBonding",
    "DELETE",
    "/baremetal2/bm-instances/bm2-bondings/{uuid}",
    params=(
        ("uuid", "path", None),
        ("provisionNicUuid", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "provision_nic_uuid", "system_tags", "user_tags"),
    required=("uuid", "provisionNicUuid"),
    since=None,
    result=".models.detach_provision_nic_from_bonding_result:DetachProvisionNicFromBondingResult",
)

GET_ACCESS_PATH: Api[GetAccessPathResult] = Api(
    "GetAccessPath",
    "GET",
    "/block-volumes/access/path",
    params=(
        ("systemTags", "query", "4.7.11"),
        ("userTags", "query", "4.7.11"),
        ("primaryStorageUuid", "query", "4.7.11"),
    ),
    names=("system_tags", "user_tags", "primary_storage_uuid"),
    required=("primaryStorageUuid",),
    since="4.7.11",
    result=".models.get_access_path_result:GetAccessPathResult",
)

GET_BARE_METAL2_CHASSIS_POWER_STATUS: Api[GetBareMetal2ChassisPowerStatusResult] = Api(
    "GetBareMetal2ChassisPowerStatus",
    "GET",
    "/baremetal2/chassis/{uuid}/powerstatus",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.0.0",
    result=".models.get_bare_metal2_chassis_power_status_result:GetBareMetal2ChassisPowerStatusResult",
)

GET_BARE_METAL2_GATEWAY_ALLOCATOR_STRATEGIES: Api[GetBareMetal2GatewayAllocatorStrategiesResult] = (
    Api(
        "GetBareMetal2GatewayAllocatorStrategies",
        "GET",
        "/baremetal2/gateways/allocators/strategies",
        params=(
            ("systemTags", "query", "4.0.0"),
            ("userTags", "query", "4.0.0"),
        ),
        names=("system_tags", "user_tags"),
        since="4.0.0",
        result=".models.get_bare_metal2_gateway_allocator_strategies_result:GetBareMetal2GatewayAllocatorStrategiesResult",
    )
)

GET_BARE_METAL2_PROVISION_NETWORK_IP_ADDRESS_CAPACITY: Api[
    GetBareMetal2ProvisionNetworkIpAddressCapacityResult
] = Api(
    "GetBareMetal2ProvisionNetworkIpAddressCapacity",
    "GET",
    "/baremetal2/provision-networks/ip-capacity",
    params=(
        ("networkUuids", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("network_uuids", "system_tags", "user_tags"),
    required=("networkUuids",),
    since="4.0.0",
    result=".models.get_bare_metal2_provision_network_ip_address_capacity_result:GetBareMetal2ProvisionNetworkIpAddressCapacityResult",
    checks=(("networkUuids", "network_uuids", "minItems", 1),),
)

GET_BARE_METAL2_SUPPORTED_BOOT_MODE: Api[GetBareMetal2SupportedBootModeResult] = Api(
    "GetBareMetal2SupportedBootMode",
    "GET",
    "/baremetal2/chassis/supported-boot-modes",
    params=(
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("system_tags", "user_tags"),
    since="4.0.0",
    result=".models.get_bare_metal2_supported_boot_mode_result:GetBareMetal2SupportedBootModeResult",
)

INSPECT_BARE_METAL2_CHASSIS: Api[InspectBareMetal2ChassisResult] = Api(
    "InspectBareMetal2Chassis",
    "PUT",
    "/baremetal2/chassis/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="inspectBareMetal2Chassis",
    since="4.0.0",
    result=".models.inspect_bare_metal2_chassis_result:InspectBareMetal2ChassisResult",
)

INSPECT_BARE_METAL2_CHASSIS_BY_INSTANCE: Api[InspectBareMetal2ChassisByInstanceResult] = Api(
    "InspectBareMetal2ChassisByInstance",
    "PUT",
    "/baremetal2/bm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "5.2.0"),
        ("systemTags", "root", "5.2.0"),
        ("userTags", "root", "5.2.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="inspectBareMetal2ChassisByInstance",
    since="5.2.0",
    result=".models.inspect_bare_metal2_chassis_by_instance_result:InspectBareMetal2ChassisByInstanceResult",
)

POWER_OFF_BARE_METAL2_CHASSIS: Api[PowerOffBareMetal2ChassisResult] = Api(
    "PowerOffBareMetal2Chassis",
    "PUT",
    "/baremetal2/chassis/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="powerOffBareMetal2Chassis",
    since="4.0.0",
    result=".models.power_off_bare_metal2_chassis_result:PowerOffBareMetal2ChassisResult",
)

POWER_ON_BARE_METAL2_CHASSIS: Api[PowerOnBareMetal2ChassisResult] = Api(
    "PowerOnBareMetal2Chassis",
    "PUT",
    "/baremetal2/chassis/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("bootDev", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "boot_dev", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="powerOnBareMetal2Chassis",
    since="4.0.0",
    result=".models.power_on_bare_metal2_chassis_result:PowerOnBareMetal2ChassisResult",
    checks=(
        ("bootDev", "boot_dev", "minLength", 1),
        ("bootDev", "boot_dev", "enum", ("disk", "ipxe")),
    ),
)

POWER_RESET_BARE_METAL2_CHASSIS: Api[PowerResetBareMetal2ChassisResult] = Api(
    "PowerResetBareMetal2Chassis",
    "PUT",
    "/baremetal2/chassis/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("bootDev", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "boot_dev", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="powerResetBareMetal2Chassis",
    since="4.0.0",
    result=".models.power_reset_bare_metal2_chassis_result:PowerResetBareMetal2ChassisResult",
    checks=(
        ("bootDev", "boot_dev", "minLength", 1),
        ("bootDev", "boot_dev", "enum", ("disk", "ipxe")),
    ),
)

QUERY_BARE_METAL2_BONDING: Api[QueryBareMetal2BondingResult] = Api(
    "QueryBareMetal2Bonding",
    "GET",
    "/baremetal2/bonding",
    params=(
        ("systemTags", "query", "4.4.24"),
        ("userTags", "query", "4.4.24"),
    ),
    names=("system_tags", "user_tags"),
    since="4.4.24",
    result=".models.query_bare_metal2_bonding_result:QueryBareMetal2BondingResult",
    query=True,
)

QUERY_BARE_METAL2_BONDING_NIC_REF: Api[QueryBareMetal2BondingNicRefResult] = Api(
    "QueryBareMetal2BondingNicRef",
    "GET",
    "/baremetal2/bonding/nic/refs",
    params=(
        ("systemTags", "query", "4.4.24"),
        ("userTags", "query", "4.4.24"),
    ),
    names=("system_tags", "user_tags"),
    since="4.4.24",
    result=".models.query_bare_metal2_bonding_nic_ref_result:QueryBareMetal2BondingNicRefResult",
    query=True,
)

QUERY_BARE_METAL2_CHASSIS: Api[QueryBareMetal2ChassisResult] = Api(
    "QueryBareMetal2Chassis",
    "GET",
    "/baremetal2/chassis",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.0.0",
    result=".models.query_bare_metal2_chassis_result:QueryBareMetal2ChassisResult",
    query=True,
    alt_paths=("/baremetal2/chassis/{uuid}",),
)

QUERY_BARE_METAL2_CHASSIS_GPU_DEVICE: Api[QueryBareMetal2ChassisGpuDeviceResult] = Api(
    "QueryBareMetal2ChassisGpuDevice",
    "GET",
    "/baremetal2/chassis/gpu-device/gpu-devices",
    params=(
        ("uuid", "path", "5.1.8"),
        ("systemTags", "query", "5.1.8"),
        ("userTags", "query", "5.1.8"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.1.8",
    result=".models.query_bare_metal2_chassis_gpu_device_result:QueryBareMetal2ChassisGpuDeviceResult",
    query=True,
    alt_paths=("/baremetal2/chassis/gpu-device/gpu-devices/{uuid}",),
)

QUERY_BARE_METAL2_CHASSIS_OFFERING: Api[QueryBareMetal2ChassisOfferingResult] = Api(
    "QueryBareMetal2ChassisOffering",
    "GET",
    "/baremetal2/chassis/offerings",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.0.0",
    result=".models.query_bare_metal2_chassis_offering_result:QueryBareMetal2ChassisOfferingResult",
    query=True,
    alt_paths=("/baremetal2/chassis/offerings/{uuid}",),
)

QUERY_BARE_METAL2_CHASSIS_PCI_DEVICE: Api[QueryBareMetal2ChassisPciDeviceResult] = Api(
    "QueryBareMetal2ChassisPciDevice",
    "GET",
    "/baremetal2/chassis/pci-device/pci-devices",
    params=(
        ("uuid", "path", "5.1.8"),
        ("systemTags", "query", "5.1.8"),
        ("userTags", "query", "5.1.8"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.1.8",
    result=".models.query_bare_metal2_chassis_pci_device_result:QueryBareMetal2ChassisPciDeviceResult",
    query=True,
    alt_paths=("/baremetal2/chassis/pci-device/pci-devices/{uuid}",),
)

QUERY_BARE_METAL2_GATEWAY: Api[QueryBareMetal2GatewayResult] = Api(
    "QueryBareMetal2Gateway",
    "GET",
    "/baremetal2/gateways",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.0.0",
    result=".models.query_bare_metal2_gateway_result:QueryBareMetal2GatewayResult",
    query=True,
    alt_paths=("/baremetal2/gateways/{uuid}",),
)

QUERY_BARE_METAL2_INSTANCE: Api[QueryBareMetal2InstanceResult] = Api(
    "QueryBareMetal2Instance",
    "GET",
    "/baremetal2/bm-instances",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.0.0",
    result=".models.query_bare_metal2_instance_result:QueryBareMetal2InstanceResult",
    query=True,
    alt_paths=("/baremetal2/bm-instances/{uuid}",),
)

QUERY_BARE_METAL2_PROVISION_NETWORK: Api[QueryBareMetal2ProvisionNetworkResult] = Api(
    "QueryBareMetal2ProvisionNetwork",
    "GET",
    "/baremetal2/provision-networks",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.0.0",
    result=".models.query_bare_metal2_provision_network_result:QueryBareMetal2ProvisionNetworkResult",
    query=True,
    alt_paths=("/baremetal2/provision-networks/{uuid}",),
)

QUERY_BLOCK_VOLUME: Api[QueryBlockVolumeResult] = Api(
    "QueryBlockVolume",
    "GET",
    "/block-volumes",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_block_volume_result:QueryBlockVolumeResult",
    query=True,
)

QUERY_XSKY_BLOCK_VOLUME: Api[QueryXskyBlockVolumeResult] = Api(
    "QueryXskyBlockVolume",
    "GET",
    "/xksy/block-volumes",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_xsky_block_volume_result:QueryXskyBlockVolumeResult",
    query=True,
    alt_paths=("/xsky/block-volumes/{uuid}",),
)

RECONNECT_BARE_METAL2_GATEWAY: Api[ReconnectBareMetal2GatewayResult] = Api(
    "ReconnectBareMetal2Gateway",
    "PUT",
    "/baremetal2/gateways/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="reconnectBareMetal2Gateway",
    since="4.0.0",
    result=".models.reconnect_bare_metal2_gateway_result:ReconnectBareMetal2GatewayResult",
)

RECONNECT_BARE_METAL2_INSTANCE: Api[ReconnectBareMetal2InstanceResult] = Api(
    "ReconnectBareMetal2Instance",
    "PUT",
    "/baremetal2/bm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="reconnectBareMetal2Instance",
    since="4.0.0",
    result=".models.reconnect_bare_metal2_instance_result:ReconnectBareMetal2InstanceResult",
)

START_BARE_METAL2_INSTANCE: Api[StartBareMetal2InstanceResult] = Api(
    "StartBareMetal2Instance",
    "PUT",
    "/baremetal2/bm-instances/{uuid}/action",
    params=(
        ("uuid", "path", "4.0.0"),
        ("chassisOfferingUuid", "body", "4.0.0"),
        ("chassisUuid", "body", "4.0.0"),
        ("clusterUuid", "body", "4.0.0"),
        ("gatewayUuid", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "uuid",
        "chassis_offering_uuid",
        "chassis_uuid",
        "cluster_uuid",
        "gateway_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="startBareMetal2Instance",
    since="4.0.0",
    result=".models.start_bare_metal2_instance_result:StartBareMetal2InstanceResult",
)

UPDATE_BARE_METAL2_CHASSIS: Api[UpdateBareMetal2ChassisResult] = Api(
    "UpdateBareMetal2Chassis",
    "PUT",
    "/baremetal2/chassis/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateBareMetal2Chassis",
    since="4.0.0",
    result=".models.update_bare_metal2_chassis_result:UpdateBareMetal2ChassisResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_BARE_METAL2_CHASSIS_OFFERING: Api[UpdateBareMetal2ChassisOfferingResult] = Api(
    "UpdateBareMetal2ChassisOffering",
    "PUT",
    "/baremetal2/chassis/offerings/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateBareMetal2ChassisOffering",
    since="4.0.0",
    result=".models.update_bare_metal2_chassis_offering_result:UpdateBareMetal2ChassisOfferingResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_BARE_METAL2_CHASSIS_PCI_DEVICE: Api[UpdateBareMetal2ChassisPciDeviceResult] = Api(
    "UpdateBareMetal2ChassisPciDevice",
    "PUT",
    "/baremetal2/chassis/pci-devices/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("chassisUuid", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "chassis_uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid", "chassisUuid"),
    body_key="updateBareMetal2ChassisPciDevice",
    since=None,
    result=".models.update_bare_metal2_chassis_pci_device_result:UpdateBareMetal2ChassisPciDeviceResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_BARE_METAL2_GATEWAY: Api[UpdateBareMetal2GatewayResult] = Api(
    "UpdateBareMetal2Gateway",
    "PUT",
    "/baremetal2/gateways/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("managementIp", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("password", "body", "4.0.0"),
        ("sshPort", "body", "4.0.0"),
        ("username", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
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
    body_key="updateBareMetal2Gateway",
    since="4.0.0",
    result=".models.update_bare_metal2_gateway_result:UpdateBareMetal2GatewayResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("managementIp", "management_ip", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("password", "password", "minLength", 1),
        ("password", "password", "maxLength", 255),
        ("sshPort", "ssh_port", "minimum", 1),
        ("sshPort", "ssh_port", "maximum", 65535),
        ("username", "username", "minLength", 1),
        ("username", "username", "maxLength", 255),
    ),
)

UPDATE_BARE_METAL2_INSTANCE: Api[UpdateBareMetal2InstanceResult] = Api(
    "UpdateBareMetal2Instance",
    "PUT",
    "/baremetal2/bm-instances/{uuid}/action",
    params=(
        ("uuid", "path", "4.0.0"),
        ("autoReleaseChassisEvent", "body", "4.0.0"),
        ("chassisOfferingUuid", "body", "4.0.0"),
        ("defaultL3NetworkUuid", "body", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("state", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "uuid",
        "auto_release_chassis_event",
        "chassis_offering_uuid",
        "default_l3_network_uuid",
        "description",
        "name",
        "state",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateBareMetal2Instance",
    since="4.0.0",
    result=".models.update_bare_metal2_instance_result:UpdateBareMetal2InstanceResult",
    checks=(
        ("autoReleaseChassisEvent", "auto_release_chassis_event", "enum", ("enable", "disable")),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("state", "state", "enum", ("Stopped", "Running")),
    ),
)

UPDATE_BARE_METAL2_IPMI_CHASSIS: Api[UpdateBareMetal2IpmiChassisResult] = Api(
    "UpdateBareMetal2IpmiChassis",
    "PUT",
    "/baremetal2/chassis/ipmi/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("ipmiAddress", "body", "4.0.0"),
        ("ipmiPassword", "body", "4.0.0"),
        ("ipmiPort", "body", "4.0.0"),
        ("ipmiUsername", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "uuid",
        "description",
        "ipmi_address",
        "ipmi_password",
        "ipmi_port",
        "ipmi_username",
        "name",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateBareMetal2IpmiChassis",
    since="4.0.0",
    result=".models.update_bare_metal2_ipmi_chassis_result:UpdateBareMetal2IpmiChassisResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("ipmiPassword", "ipmi_password", "maxLength", 255),
        ("ipmiPort", "ipmi_port", "minimum", 1),
        ("ipmiPort", "ipmi_port", "maximum", 65535),
        ("ipmiUsername", "ipmi_username", "maxLength", 255),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_BARE_METAL2_PROVISION_NETWORK: Api[UpdateBareMetal2ProvisionNetworkResult] = Api(
    "UpdateBareMetal2ProvisionNetwork",
    "PUT",
    "/baremetal2/provision-networks/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("dhcpInterface", "body", "4.0.0"),
        ("dhcpRangeEndIp", "body", "4.0.0"),
        ("dhcpRangeGateway", "body", "4.0.0"),
        ("dhcpRangeNetmask", "body", "4.0.0"),
        ("dhcpRangeStartIp", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "uuid",
        "description",
        "dhcp_interface",
        "dhcp_range_end_ip",
        "dhcp_range_gateway",
        "dhcp_range_netmask",
        "dhcp_range_start_ip",
        "name",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateBareMetal2ProvisionNetwork",
    since="4.0.0",
    result=".models.update_bare_metal2_provision_network_result:UpdateBareMetal2ProvisionNetworkResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("dhcpInterface", "dhcp_interface", "maxLength", 128),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_BLOCK_VOLUME: Api[UpdateBlockVolumeResult] = Api(
    "UpdateBlockVolume",
    "PUT",
    "/block-volumes/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateBlockVolume",
    since=None,
    result=".models.update_block_volume_result:UpdateBlockVolumeResult",
)

UPDATE_XSKY_BLOCK_VOLUME: Api[UpdateXskyBlockVolumeResult] = Api(
    "UpdateXskyBlockVolume",
    "PUT",
    "/xsky/block-volumes/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.11"),
        ("burstTotalBw", "body", "4.7.11"),
        ("burstTotalIops", "body", "4.7.11"),
        ("description", "body", "4.7.11"),
        ("maxTotalBw", "body", "4.7.11"),
        ("maxTotalIops", "body", "4.7.11"),
        ("name", "body", "4.7.11"),
        ("systemTags", "root", "4.7.11"),
        ("userTags", "root", "4.7.11"),
    ),
    names=(
        "uuid",
        "burst_total_bw",
        "burst_total_iops",
        "description",
        "max_total_bw",
        "max_total_iops",
        "name",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateXskyBlockVolume",
    since="4.7.11",
    result=".models.update_xsky_block_volume_result:UpdateXskyBlockVolumeResult",
)


class Baremetal2Api(SyncNamespace):
    """baremetal2: 61 APIs (AddBareMetal2Gateway, AddBareMetal2IpmiChassis, AttachBareMetal2GatewayToCluster, ...)."""

    __slots__ = ()

    def add_bare_metal2_gateway(
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
    ) -> AddBareMetal2GatewayResult:
        """添加网关节点 (AddBareMetal2Gateway).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            management_ip: 管理网络IP地址 (since 4.0.0; minLength 1)
            name: 资源名称 (since 4.0.0; maxLength 255)
            password: 密码 (since 4.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            ssh_port: SSH端口 (since 4.0.0; minimum 1; maximum 65535)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            username: 用户名 (since 4.0.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_BARE_METAL2_GATEWAY,
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

    def add_bare_metal2_ipmi_chassis(
        self,
        *,
        cluster_uuid: str,
        ipmi_address: str,
        ipmi_password: str,
        ipmi_username: str,
        name: str,
        description: str | None = None,
        ipmi_port: int | None = None,
        provision_type: Literal["Remote", "Local", "Direct"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBareMetal2IpmiChassisResult:
        """使用IPMI地址单个添加裸金属节点 (AddBareMetal2IpmiChassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            ipmi_address: IPMI地址 (since 4.0.0)
            ipmi_password: IPMI密码 (since 4.0.0; maxLength 255)
            ipmi_port: IPMI端口 (since 4.0.0; minimum 1; maximum 65535)
            ipmi_username: IPMI用户名 (since 4.0.0; maxLength 255)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            provision_type: provisionType (enum {'Remote', 'Local', 'Direct'})
            resource_uuid: 资源UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_BARE_METAL2_IPMI_CHASSIS,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "ipmiAddress": ipmi_address,
                "ipmiPassword": ipmi_password,
                "ipmiPort": ipmi_port,
                "ipmiUsername": ipmi_username,
                "name": name,
                "provisionType": provision_type,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_bare_metal2_gateway_to_cluster(
        self,
        *,
        cluster_uuid: str,
        gateway_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachBareMetal2GatewayToClusterResult:
        """将网关节点加载到弹性裸金属集群 (AttachBareMetal2GatewayToCluster).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            gateway_uuid: 裸金属网关节点UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_BARE_METAL2_GATEWAY_TO_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "gatewayUuid": gateway_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_bare_metal2_provision_network_to_cluster(
        self,
        *,
        cluster_uuid: str,
        network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachBareMetal2ProvisionNetworkToClusterResult:
        """将部署网络加载到弹性裸金属集群 (AttachBareMetal2ProvisionNetworkToCluster).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            network_uuid: 裸金属部署网络UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_BARE_METAL2_PROVISION_NETWORK_TO_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "networkUuid": network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_provision_nic_to_bonding(
        self,
        *,
        uuid: str,
        bonding_uuid: str,
        provision_nic_uuid: str,
        custom_mac: str | None = None,
        provision_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachProvisionNicToBondingResult:
        """Attach provision nic to bonding (AttachProvisionNicToBonding).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachProvisionNicToBondingAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            bonding_uuid: bondingUuid
            custom_mac: customMac
            provision_ip: provisionIp
            provision_nic_uuid: provisionNicUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_PROVISION_NIC_TO_BONDING,
            {
                "uuid": uuid,
                "bondingUuid": bonding_uuid,
                "customMac": custom_mac,
                "provisionIp": provision_ip,
                "provisionNicUuid": provision_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def batch_add_bare_metal2_ipmi_chassis(
        self,
        *,
        chassis_info: str,
        long_job_description: str | None = None,
        long_job_name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BatchAddBareMetal2IpmiChassisResult:
        """使用IPMI地址范围批量添加裸金属节点 (BatchAddBareMetal2IpmiChassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_info: 经过base64编码的裸金属节点IPMI信息 (since 4.0.0; minLength 1)
            long_job_description: 长任务简介 (since 4.0.0; maxLength 2048)
            long_job_name: 长任务名称 (since 4.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            BATCH_ADD_BARE_METAL2_IPMI_CHASSIS,
            {
                "chassisInfo": chassis_info,
                "longJobDescription": long_job_description,
                "longJobName": long_job_name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_bare_metal2_chassis_offering_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeBareMetal2ChassisOfferingStateResult:
        """更改裸金属节点规格启用状态 (ChangeBareMetal2ChassisOfferingState).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            state_event: 状态事件 (since 4.0.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_BARE_METAL2_CHASSIS_OFFERING_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_bare_metal2_chassis_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeBareMetal2ChassisStateResult:
        """更改裸金属节点启用状态 (ChangeBareMetal2ChassisState).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            state_event: 状态事件 (since 4.0.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_BARE_METAL2_CHASSIS_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_bare_metal2_gateway_cluster(
        self,
        *,
        gateway_uuid: str,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeBareMetal2GatewayClusterResult:
        """为网关节点更改弹性裸金属集群 (ChangeBareMetal2GatewayCluster).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            gateway_uuid: gatewayUuid (since 4.0.0)
            cluster_uuid: 集群UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_BARE_METAL2_GATEWAY_CLUSTER,
            {
                "gatewayUuid": gateway_uuid,
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_bare_metal2_gateway_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeBareMetal2GatewayStateResult:
        """更改网关节点启用状态 (ChangeBareMetal2GatewayState).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            state_event: 状态事件 (since 4.0.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_BARE_METAL2_GATEWAY_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_bare_metal2_instance_password(
        self,
        *,
        uuid: str,
        password: str,
        username: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeBareMetal2InstancePasswordResult:
        """修改弹性裸金属实例密码 (ChangeBareMetal2InstancePassword).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            password: 密码 (since 4.0.0; maxLength 32; pattern ^(?:[\\da-zA-Z-`=\\\\\\[\\];',./~!@#$%^&*()_+|{}:"<>?]{1,})$)
            username: 用户名 (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_BARE_METAL2_INSTANCE_PASSWORD,
            {
                "uuid": uuid,
                "password": password,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_bare_metal2_provision_network_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeBareMetal2ProvisionNetworkStateResult:
        """更改部署网络启用状态 (ChangeBareMetal2ProvisionNetworkState).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            state_event: 状态事件 (since 4.0.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_BARE_METAL2_PROVISION_NETWORK_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def check_bare_metal2_ipmi_chassis_config_file(
        self,
        *,
        chassis_info: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckBareMetal2IpmiChassisConfigFileResult:
        """检查批量添加裸金属节点文件 (CheckBareMetal2IpmiChassisConfigFile).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            chassis_info: 经过base64编码的裸金属节点IPMI信息 (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_BARE_METAL2_IPMI_CHASSIS_CONFIG_FILE,
            {
                "chassisInfo": chassis_info,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def check_static_provision_ip(
        self,
        *,
        cluster_uuid: str,
        provision_ip: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckStaticProvisionIpResult:
        """检查部署IP是否可用 (CheckStaticProvisionIp).

        Since ZStack 5.2.0. Synchronous (a 202 is still followed).

        Args:
            cluster_uuid: 集群UUID (since 5.2.0)
            provision_ip: 部署IP (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_STATIC_PROVISION_IP,
            {
                "clusterUuid": cluster_uuid,
                "provisionIp": provision_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def clean_up_bare_metal2_bonding(
        self,
        *,
        chassis_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanUpBareMetal2BondingResult:
        """清理裸金属实例Bond信息 (CleanUpBareMetal2Bonding).

        Since ZStack 4.4.24. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_uuid: chassisUuid (since 4.4.24)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CLEAN_UP_BARE_METAL2_BONDING,
            {
                "chassisUuid": chassis_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_bare_metal2_bonding(
        self,
        *,
        chassis_uuid: str,
        mode: int,
        name: str,
        slaves: str,
        opts: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBareMetal2BondingResult:
        """创建裸金属实例Bond配置 (CreateBareMetal2Bonding).

        Since ZStack 4.4.24. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_uuid: chassisUuid (since 4.4.24)
            mode: mode (since 4.4.24; minimum 0; maximum 6)
            name: 资源名称 (since 4.4.24; maxLength 255)
            opts: opts (since 4.4.24; maxLength 1024)
            slaves: slaves (since 4.4.24; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_BARE_METAL2_BONDING,
            {
                "chassisUuid": chassis_uuid,
                "mode": mode,
                "name": name,
                "opts": opts,
                "slaves": slaves,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_bare_metal2_instance(
        self,
        *,
        name: str,
        chassis_disk_uuid: str | None = None,
        chassis_offering_uuid: str | None = None,
        chassis_uuid: str | None = None,
        cluster_uuid: str | None = None,
        data_disk_offering_uuids: Sequence[str] | None = None,
        data_volume_system_tags: Sequence[str] | None = None,
        description: str | None = None,
        gateway_allocator_strategy: str | None = None,
        gateway_uuid: str | None = None,
        image_uuid: str | None = None,
        primary_storage_uuid_for_data_volume: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBareMetal2InstanceResult:
        """创建弹性裸金属实例 (CreateBareMetal2Instance).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_disk_uuid: chassisDiskUuid
            chassis_offering_uuid: 裸金属节点规格UUID (since 4.0.0)
            chassis_uuid: 裸金属节点UUID (since 4.0.0)
            cluster_uuid: 集群UUID (since 4.0.0)
            data_disk_offering_uuids: 数据云盘规格UUID列表 (since 4.0.0)
            data_volume_system_tags: 数据盘系统标签 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            gateway_allocator_strategy: 裸金属网关节点分配策略 (since 4.0.0)
            gateway_uuid: 裸金属网关节点UUID (since 4.0.0)
            image_uuid: 镜像UUID (since 4.0.0)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            primary_storage_uuid_for_data_volume: 数据盘所在主存储UUID (since 4.0.0)
            primary_storage_uuid_for_root_volume: 根云盘所在主存储UUID (since 4.0.0)
            resource_uuid: 资源UUID (since 4.0.0)
            root_volume_system_tags: 根云盘系统标签 (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            zone_uuid: 区域UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_BARE_METAL2_INSTANCE,
            {
                "chassisDiskUuid": chassis_disk_uuid,
                "chassisOfferingUuid": chassis_offering_uuid,
                "chassisUuid": chassis_uuid,
                "clusterUuid": cluster_uuid,
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "dataVolumeSystemTags": data_volume_system_tags,
                "description": description,
                "gatewayAllocatorStrategy": gateway_allocator_strategy,
                "gatewayUuid": gateway_uuid,
                "imageUuid": image_uuid,
                "name": name,
                "primaryStorageUuidForDataVolume": primary_storage_uuid_for_data_volume,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_bare_metal2_instance_from_vm_backup(
        self,
        *,
        group_uuid: str,
        name: str,
        chassis_disk_uuid: str | None = None,
        chassis_offering_uuid: str | None = None,
        chassis_uuid: str | None = None,
        cluster_uuid: str | None = None,
        data_disk_offering_uuids: Sequence[str] | None = None,
        data_volume_system_tags: Sequence[str] | None = None,
        description: str | None = None,
        gateway_allocator_strategy: str | None = None,
        gateway_uuid: str | None = None,
        primary_storage_uuid_for_data_volume: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBareMetal2InstanceFromVmBackupResult:
        """从实例备份数据新建弹性裸金属实例 (CreateBareMetal2InstanceFromVmBackup).

        Since ZStack 5.5.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            group_uuid: 备份数据组UUID (since 5.5.6)
            chassis_disk_uuid: chassisDiskUuid (since 5.5.6)
            chassis_offering_uuid: 裸金属规格UUID说明: 对于参数chassisUuid和chassisOfferingUuid，两者至少要设置一个。 (since 5.5.6)
            chassis_uuid: 裸金属节点UUID (since 5.5.6)
            cluster_uuid: 集群UUID (since 5.5.6)
            data_disk_offering_uuids: 数据云盘规格UUID (since 5.5.6)
            data_volume_system_tags: 数据云盘系统标签 (since 5.5.6)
            description: 资源的详细描述 (since 5.5.6)
            gateway_allocator_strategy: 裸金属网关节点分配策略 (since 5.5.6)
            gateway_uuid: 裸金属网关节点UUID (since 5.5.6)
            name: 资源名称 (since 5.5.6)
            primary_storage_uuid_for_data_volume: 数据云盘主存储 (since 5.5.6)
            primary_storage_uuid_for_root_volume: 根云盘主存储 (since 5.5.6)
            resource_uuid: 资源UUID (since 5.5.6)
            root_volume_system_tags: 根云盘系统标签 (since 5.5.6)
            tag_uuids: 标签UUID列表 (since 5.5.6)
            zone_uuid: 区域UUID (since 5.5.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_BARE_METAL2_INSTANCE_FROM_VM_BACKUP,
            {
                "groupUuid": group_uuid,
                "chassisDiskUuid": chassis_disk_uuid,
                "chassisOfferingUuid": chassis_offering_uuid,
                "chassisUuid": chassis_uuid,
                "clusterUuid": cluster_uuid,
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "dataVolumeSystemTags": data_volume_system_tags,
                "description": description,
                "gatewayAllocatorStrategy": gateway_allocator_strategy,
                "gatewayUuid": gateway_uuid,
                "name": name,
                "primaryStorageUuidForDataVolume": primary_storage_uuid_for_data_volume,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_bare_metal2_instance_from_volume_backup(
        self,
        *,
        backup_uuid: str,
        name: str,
        chassis_disk_uuid: str | None = None,
        chassis_offering_uuid: str | None = None,
        chassis_uuid: str | None = None,
        cluster_uuid: str | None = None,
        description: str | None = None,
        gateway_allocator_strategy: str | None = None,
        gateway_uuid: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBareMetal2InstanceFromVolumeBackupResult:
        """从云盘备份数据新建弹性裸金属实例 (CreateBareMetal2InstanceFromVolumeBackup).

        Since ZStack 5.5.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            backup_uuid: 备份数据UUID (since 5.5.6)
            chassis_disk_uuid: chassisDiskUuid (since 5.5.6)
            chassis_offering_uuid: 裸金属规格UUID说明: 对于参数chassisUuid和chassisOfferingUuid，两者至少要设置一个。 (since 5.5.6)
            chassis_uuid: 裸金属节点UUID (since 5.5.6)
            cluster_uuid: 集群UUID (since 5.5.6)
            description: 资源的详细描述 (since 5.5.6)
            gateway_allocator_strategy: 裸金属网关节点分配策略 (since 5.5.6)
            gateway_uuid: 裸金属网关节点UUID (since 5.5.6)
            name: 资源名称 (since 5.5.6)
            primary_storage_uuid_for_root_volume: 根云盘主存储 (since 5.5.6)
            resource_uuid: 资源UUID (since 5.5.6)
            root_volume_system_tags: 根云盘系统标签 (since 5.5.6)
            tag_uuids: 标签UUID列表 (since 5.5.6)
            zone_uuid: 区域UUID (since 5.5.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_BARE_METAL2_INSTANCE_FROM_VOLUME_BACKUP,
            {
                "backupUuid": backup_uuid,
                "chassisDiskUuid": chassis_disk_uuid,
                "chassisOfferingUuid": chassis_offering_uuid,
                "chassisUuid": chassis_uuid,
                "clusterUuid": cluster_uuid,
                "description": description,
                "gatewayAllocatorStrategy": gateway_allocator_strategy,
                "gatewayUuid": gateway_uuid,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_bare_metal2_ipmi_chassis_hardware_info(
        self,
        *,
        hardware_info: str,
        ipmi_address: str,
        ipmi_port: int,
        convert_info: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBareMetal2IpmiChassisHardwareInfoResult:
        """创建裸金属节点硬件信息 (CreateBareMetal2IpmiChassisHardwareInfo).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            convert_info: convertInfo
            hardware_info: 硬件信息 (since 4.0.0; minLength 1)
            ipmi_address: IPMI地址 (since 4.0.0; minLength 1)
            ipmi_port: IPMI端口 (since 4.0.0; minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_BARE_METAL2_IPMI_CHASSIS_HARDWARE_INFO,
            {
                "convertInfo": convert_info,
                "hardwareInfo": hardware_info,
                "ipmiAddress": ipmi_address,
                "ipmiPort": ipmi_port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_bare_metal2_provision_network(
        self,
        *,
        dhcp_interface: str,
        dhcp_range_end_ip: str,
        dhcp_range_netmask: str,
        dhcp_range_start_ip: str,
        name: str,
        zone_uuid: str,
        description: str | None = None,
        dhcp_range_gateway: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBareMetal2ProvisionNetworkResult:
        """创建部署网络 (CreateBareMetal2ProvisionNetwork).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            dhcp_interface: DHCP监听网卡名 (since 4.0.0; maxLength 128)
            dhcp_range_end_ip: DHCP终止IP地址 (since 4.0.0)
            dhcp_range_gateway: 网关地址 (since 4.0.0)
            dhcp_range_netmask: 子网掩码 (since 4.0.0)
            dhcp_range_start_ip: DHCP起始IP地址 (since 4.0.0)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            zone_uuid: 区域UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_BARE_METAL2_PROVISION_NETWORK,
            {
                "description": description,
                "dhcpInterface": dhcp_interface,
                "dhcpRangeEndIp": dhcp_range_end_ip,
                "dhcpRangeGateway": dhcp_range_gateway,
                "dhcpRangeNetmask": dhcp_range_netmask,
                "dhcpRangeStartIp": dhcp_range_start_ip,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_block_volume(
        self,
        *,
        name: str,
        primary_storage_uuid: str,
        size: int,
        access_path_id: int | None = None,
        access_path_iqn: str | None = None,
        burst_total_bw: int | None = None,
        burst_total_iops: int | None = None,
        description: str | None = None,
        max_total_bw: int | None = None,
        max_total_iops: int | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBlockVolumeResult:
        """创建块存储卷 (CreateBlockVolume).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            access_path_id: 访问路径id (since 4.7.11)
            access_path_iqn: 访问路径iqn (since 5.1.0)
            burst_total_bw: 突发带宽 (since 4.7.11)
            burst_total_iops: 突发IOPS (since 4.7.11)
            description: 资源的详细描述 (since 4.7.11)
            max_total_bw: 最大带宽 (since 4.7.11)
            max_total_iops: 最大IOPS (since 4.7.11)
            name: 资源名称 (since 4.7.11)
            primary_storage_uuid: 主存储UUID (since 4.7.11)
            protocol: 卷所属协议 (since 5.1.0)
            resource_uuid: 资源UUID (since 4.7.11)
            size: 容量 (since 4.7.11)
            tag_uuids: 标签UUID列表 (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_BLOCK_VOLUME,
            {
                "accessPathId": access_path_id,
                "accessPathIqn": access_path_iqn,
                "burstTotalBw": burst_total_bw,
                "burstTotalIops": burst_total_iops,
                "description": description,
                "maxTotalBw": max_total_bw,
                "maxTotalIops": max_total_iops,
                "name": name,
                "primaryStorageUuid": primary_storage_uuid,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "size": size,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_bare_metal2_chassis(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBareMetal2ChassisResult:
        """删除裸金属节点 (DeleteBareMetal2Chassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_BARE_METAL2_CHASSIS,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_bare_metal2_gateway(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBareMetal2GatewayResult:
        """删除网关节点 (DeleteBareMetal2Gateway).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_BARE_METAL2_GATEWAY,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_bare_metal2_provision_network(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBareMetal2ProvisionNetworkResult:
        """删除部署网络 (DeleteBareMetal2ProvisionNetwork).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_BARE_METAL2_PROVISION_NETWORK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_bare_metal2_gateway_from_cluster(
        self,
        *,
        cluster_uuid: str,
        gateway_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachBareMetal2GatewayFromClusterResult:
        """将网关节点从弹性裸金属集群卸载 (DetachBareMetal2GatewayFromCluster).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            gateway_uuid: 裸金属网关节点UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_BARE_METAL2_GATEWAY_FROM_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "gatewayUuid": gateway_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_bare_metal2_provision_network_from_cluster(
        self,
        *,
        cluster_uuid: str,
        network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachBareMetal2ProvisionNetworkFromClusterResult:
        """将部署网络从弹性裸金属集群卸载 (DetachBareMetal2ProvisionNetworkFromCluster).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            network_uuid: 裸金属部署网络UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_BARE_METAL2_PROVISION_NETWORK_FROM_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "networkUuid": network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_provision_nic_from_bonding(
        self,
        *,
        uuid: str,
        provision_nic_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachProvisionNicFromBondingResult:
        """Detach provision nic from bonding (DetachProvisionNicFromBonding).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachProvisionNicFromBondingAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            provision_nic_uuid: provisionNicUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_PROVISION_NIC_FROM_BONDING,
            {
                "uuid": uuid,
                "provisionNicUuid": provision_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_access_path(
        self,
        *,
        primary_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAccessPathResult:
        """获取访问路径列表 (GetAccessPath).

        Since ZStack 4.7.11. Synchronous (a 202 is still followed).

        Args:
            primary_storage_uuid: 主存储UUID (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ACCESS_PATH,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                "primaryStorageUuid": primary_storage_uuid,
            },
            job_uuid,
        )

    def get_bare_metal2_chassis_power_status(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBareMetal2ChassisPowerStatusResult:
        """获取裸金属节点电源状态 (GetBareMetal2ChassisPowerStatus).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_BARE_METAL2_CHASSIS_POWER_STATUS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_bare_metal2_gateway_allocator_strategies(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBareMetal2GatewayAllocatorStrategiesResult:
        """获取网关节点分配策略 (GetBareMetal2GatewayAllocatorStrategies).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_BARE_METAL2_GATEWAY_ALLOCATOR_STRATEGIES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_bare_metal2_provision_network_ip_address_capacity(
        self,
        *,
        network_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBareMetal2ProvisionNetworkIpAddressCapacityResult:
        """获取部署网络IP地址可用量 (GetBareMetal2ProvisionNetworkIpAddressCapacity).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            network_uuids: 裸金属部署网络UUID列表 (since 4.0.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_BARE_METAL2_PROVISION_NETWORK_IP_ADDRESS_CAPACITY,
            {
                "networkUuids": network_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_bare_metal2_supported_boot_mode(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBareMetal2SupportedBootModeResult:
        """获取裸金属节点BIOS启动模式 (GetBareMetal2SupportedBootMode).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_BARE_METAL2_SUPPORTED_BOOT_MODE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def inspect_bare_metal2_chassis(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> InspectBareMetal2ChassisResult:
        """获取裸金属节点硬件信息 (InspectBareMetal2Chassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            INSPECT_BARE_METAL2_CHASSIS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def inspect_bare_metal2_chassis_by_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> InspectBareMetal2ChassisByInstanceResult:
        """通过弹性裸金属实例获取硬件信息 (InspectBareMetal2ChassisByInstance).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            INSPECT_BARE_METAL2_CHASSIS_BY_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def power_off_bare_metal2_chassis(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerOffBareMetal2ChassisResult:
        """关闭裸金属节点 (PowerOffBareMetal2Chassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            POWER_OFF_BARE_METAL2_CHASSIS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def power_on_bare_metal2_chassis(
        self,
        *,
        uuid: str,
        boot_dev: Literal["disk", "ipxe"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerOnBareMetal2ChassisResult:
        """启动裸金属节点 (PowerOnBareMetal2Chassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            boot_dev: 启动设备 (since 4.0.0; minLength 1; enum {'disk', 'ipxe'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            POWER_ON_BARE_METAL2_CHASSIS,
            {
                "uuid": uuid,
                "bootDev": boot_dev,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def power_reset_bare_metal2_chassis(
        self,
        *,
        uuid: str,
        boot_dev: Literal["disk", "ipxe"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerResetBareMetal2ChassisResult:
        """重启裸金属节点 (PowerResetBareMetal2Chassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            boot_dev: 启动设备 (since 4.0.0; minLength 1; enum {'disk', 'ipxe'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            POWER_RESET_BARE_METAL2_CHASSIS,
            {
                "uuid": uuid,
                "bootDev": boot_dev,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_bare_metal2_bonding(
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
    ) -> QueryBareMetal2BondingResult:
        """查询裸金属实例的bond网络配置 (QueryBareMetal2Bonding).

        Since ZStack 4.4.24. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BARE_METAL2_BONDING,
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

    def query_bare_metal2_bonding_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BareMetal2BondingInventory]:
        """Every result of ``query_bare_metal2_bonding``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_BONDING,
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

    def query_bare_metal2_bonding_nic_ref(
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
    ) -> QueryBareMetal2BondingNicRefResult:
        """查询Bond和实例网卡的关联 (QueryBareMetal2BondingNicRef).

        Since ZStack 4.4.24. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BARE_METAL2_BONDING_NIC_REF,
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

    def query_bare_metal2_bonding_nic_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BareMetal2ChassisInventory]:
        """Every result of ``query_bare_metal2_bonding_nic_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_BONDING_NIC_REF,
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

    def query_bare_metal2_chassis(
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
    ) -> QueryBareMetal2ChassisResult:
        """查询裸金属节点 (QueryBareMetal2Chassis).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BARE_METAL2_CHASSIS,
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

    def query_bare_metal2_chassis_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BareMetal2ChassisInventory]:
        """Every result of ``query_bare_metal2_chassis``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_CHASSIS,
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

    def query_bare_metal2_chassis_gpu_device(
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
    ) -> QueryBareMetal2ChassisGpuDeviceResult:
        """查询裸金属节点上的GPU设备 (QueryBareMetal2ChassisGpuDevice).

        Since ZStack 5.1.8. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BARE_METAL2_CHASSIS_GPU_DEVICE,
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

    def query_bare_metal2_chassis_gpu_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BareMetal2ChassisGpuDeviceInventory]:
        """Every result of ``query_bare_metal2_chassis_gpu_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_CHASSIS_GPU_DEVICE,
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

    def query_bare_metal2_chassis_offering(
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
    ) -> QueryBareMetal2ChassisOfferingResult:
        """查询裸金属节点规格 (QueryBareMetal2ChassisOffering).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BARE_METAL2_CHASSIS_OFFERING,
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

    def query_bare_metal2_chassis_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BareMetal2ChassisOfferingInventory]:
        """Every result of ``query_bare_metal2_chassis_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_CHASSIS_OFFERING,
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

    def query_bare_metal2_chassis_pci_device(
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
    ) -> QueryBareMetal2ChassisPciDeviceResult:
        """查询裸金属节点上的PCI设备 (QueryBareMetal2ChassisPciDevice).

        Since ZStack 5.1.8. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BARE_METAL2_CHASSIS_PCI_DEVICE,
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

    def query_bare_metal2_chassis_pci_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BareMetal2ChassisPciDeviceInventory]:
        """Every result of ``query_bare_metal2_chassis_pci_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_CHASSIS_PCI_DEVICE,
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

    def query_bare_metal2_gateway(
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
    ) -> QueryBareMetal2GatewayResult:
        """查询网关节点 (QueryBareMetal2Gateway).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BARE_METAL2_GATEWAY,
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

    def query_bare_metal2_gateway_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BareMetal2GatewayInventory]:
        """Every result of ``query_bare_metal2_gateway``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_GATEWAY,
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

    def query_bare_metal2_instance(
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
    ) -> QueryBareMetal2InstanceResult:
        """查询弹性裸金属实例 (QueryBareMetal2Instance).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BARE_METAL2_INSTANCE,
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

    def query_bare_metal2_instance_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BareMetal2InstanceInventory]:
        """Every result of ``query_bare_metal2_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_INSTANCE,
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

    def query_bare_metal2_provision_network(
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
    ) -> QueryBareMetal2ProvisionNetworkResult:
        """查询部署网络 (QueryBareMetal2ProvisionNetwork).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BARE_METAL2_PROVISION_NETWORK,
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

    def query_bare_metal2_provision_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BareMetal2ProvisionNetworkInventory]:
        """Every result of ``query_bare_metal2_provision_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_PROVISION_NETWORK,
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

    def query_block_volume(
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
    ) -> QueryBlockVolumeResult:
        """Query block volume (QueryBlockVolume).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryBlockVolumeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BLOCK_VOLUME,
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

    def query_block_volume_pages(
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
        """Every result of ``query_block_volume``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BLOCK_VOLUME,
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

    def query_xsky_block_volume(
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
    ) -> QueryXskyBlockVolumeResult:
        """查询xsky类型块存储卷 (QueryXskyBlockVolume).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_XSKY_BLOCK_VOLUME,
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

    def query_xsky_block_volume_pages(
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
        """Every result of ``query_xsky_block_volume``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_XSKY_BLOCK_VOLUME,
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

    def reconnect_bare_metal2_gateway(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectBareMetal2GatewayResult:
        """重连网关节点 (ReconnectBareMetal2Gateway).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_BARE_METAL2_GATEWAY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def reconnect_bare_metal2_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectBareMetal2InstanceResult:
        """重连弹性裸金属实例 (ReconnectBareMetal2Instance).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_BARE_METAL2_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def start_bare_metal2_instance(
        self,
        *,
        uuid: str,
        chassis_offering_uuid: str | None = None,
        chassis_uuid: str | None = None,
        cluster_uuid: str | None = None,
        gateway_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartBareMetal2InstanceResult:
        """启动弹性裸金属实例 (StartBareMetal2Instance).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            chassis_offering_uuid: 裸金属节点规格UUID (since 4.0.0)
            chassis_uuid: 裸金属节点UUID (since 4.0.0)
            cluster_uuid: 集群UUID (since 4.0.0)
            gateway_uuid: 裸金属网关节点UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            START_BARE_METAL2_INSTANCE,
            {
                "uuid": uuid,
                "chassisOfferingUuid": chassis_offering_uuid,
                "chassisUuid": chassis_uuid,
                "clusterUuid": cluster_uuid,
                "gatewayUuid": gateway_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_bare_metal2_chassis(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBareMetal2ChassisResult:
        """更新裸金属节点信息 (UpdateBareMetal2Chassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BARE_METAL2_CHASSIS,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_bare_metal2_chassis_offering(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBareMetal2ChassisOfferingResult:
        """更新裸金属节点规格 (UpdateBareMetal2ChassisOffering).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BARE_METAL2_CHASSIS_OFFERING,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_bare_metal2_chassis_pci_device(
        self,
        *,
        uuid: str,
        chassis_uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBareMetal2ChassisPciDeviceResult:
        """Update bare metal2 chassis pci device (UpdateBareMetal2ChassisPciDevice).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateBareMetal2ChassisPciDeviceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            chassis_uuid: chassisUuid
            description: description (maxLength 2048)
            name: name (minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BARE_METAL2_CHASSIS_PCI_DEVICE,
            {
                "uuid": uuid,
                "chassisUuid": chassis_uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_bare_metal2_gateway(
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
    ) -> UpdateBareMetal2GatewayResult:
        """更新网关节点 (UpdateBareMetal2Gateway).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            management_ip: 管理网络IP地址 (since 4.0.0; minLength 1; maxLength 255)
            name: 资源名称 (since 4.0.0; maxLength 255)
            password: 密码 (since 4.0.0; minLength 1; maxLength 255)
            ssh_port: SSH端口 (since 4.0.0; minimum 1; maximum 65535)
            username: 用户名 (since 4.0.0; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BARE_METAL2_GATEWAY,
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

    def update_bare_metal2_instance(
        self,
        *,
        uuid: str,
        auto_release_chassis_event: Literal["enable", "disable"] | None = None,
        chassis_offering_uuid: str | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Stopped", "Running"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBareMetal2InstanceResult:
        """更新弹性裸金属实例 (UpdateBareMetal2Instance).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            auto_release_chassis_event: 关机自动释放节点 (since 4.0.0; enum {'enable', 'disable'})
            chassis_offering_uuid: 节点规格UUID (since 4.0.0)
            default_l3_network_uuid: 默认网络UUID (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; maxLength 255)
            state: 运行状态 (since 4.0.0; enum {'Stopped', 'Running'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BARE_METAL2_INSTANCE,
            {
                "uuid": uuid,
                "autoReleaseChassisEvent": auto_release_chassis_event,
                "chassisOfferingUuid": chassis_offering_uuid,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_bare_metal2_ipmi_chassis(
        self,
        *,
        uuid: str,
        description: str | None = None,
        ipmi_address: str | None = None,
        ipmi_password: str | None = None,
        ipmi_port: int | None = None,
        ipmi_username: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBareMetal2IpmiChassisResult:
        """更新裸金属节点IPMI信息 (UpdateBareMetal2IpmiChassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            ipmi_address: IPMI地址 (since 4.0.0)
            ipmi_password: IPMI密码 (since 4.0.0; maxLength 255)
            ipmi_port: IPMI端口 (since 4.0.0; minimum 1; maximum 65535)
            ipmi_username: IPMI用户名 (since 4.0.0; maxLength 255)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BARE_METAL2_IPMI_CHASSIS,
            {
                "uuid": uuid,
                "description": description,
                "ipmiAddress": ipmi_address,
                "ipmiPassword": ipmi_password,
                "ipmiPort": ipmi_port,
                "ipmiUsername": ipmi_username,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_bare_metal2_provision_network(
        self,
        *,
        uuid: str,
        description: str | None = None,
        dhcp_interface: str | None = None,
        dhcp_range_end_ip: str | None = None,
        dhcp_range_gateway: str | None = None,
        dhcp_range_netmask: str | None = None,
        dhcp_range_start_ip: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBareMetal2ProvisionNetworkResult:
        """更新部署网络 (UpdateBareMetal2ProvisionNetwork).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            dhcp_interface: DHCP监听网卡 (since 4.0.0; maxLength 128)
            dhcp_range_end_ip: DHCP终止IP地址 (since 4.0.0)
            dhcp_range_gateway: 网关地址 (since 4.0.0)
            dhcp_range_netmask: 子网掩码 (since 4.0.0)
            dhcp_range_start_ip: DHCP起始IP地址 (since 4.0.0)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BARE_METAL2_PROVISION_NETWORK,
            {
                "uuid": uuid,
                "description": description,
                "dhcpInterface": dhcp_interface,
                "dhcpRangeEndIp": dhcp_range_end_ip,
                "dhcpRangeGateway": dhcp_range_gateway,
                "dhcpRangeNetmask": dhcp_range_netmask,
                "dhcpRangeStartIp": dhcp_range_start_ip,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_block_volume(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBlockVolumeResult:
        """Update block volume (UpdateBlockVolume).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateBlockVolumeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description
            name: name
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BLOCK_VOLUME,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_xsky_block_volume(
        self,
        *,
        uuid: str,
        burst_total_bw: int | None = None,
        burst_total_iops: int | None = None,
        description: str | None = None,
        max_total_bw: int | None = None,
        max_total_iops: int | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateXskyBlockVolumeResult:
        """更新xsky类型的块存储卷 (UpdateXskyBlockVolume).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.11)
            burst_total_bw: burstTotalBw (since 4.7.11)
            burst_total_iops: burstTotalIops (since 4.7.11)
            description: 资源的详细描述 (since 4.7.11)
            max_total_bw: maxTotalBw (since 4.7.11)
            max_total_iops: maxTotalIops (since 4.7.11)
            name: 资源名称 (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_XSKY_BLOCK_VOLUME,
            {
                "uuid": uuid,
                "burstTotalBw": burst_total_bw,
                "burstTotalIops": burst_total_iops,
                "description": description,
                "maxTotalBw": max_total_bw,
                "maxTotalIops": max_total_iops,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncBaremetal2Api(AsyncNamespace):
    """baremetal2: 61 APIs (AddBareMetal2Gateway, AddBareMetal2IpmiChassis, AttachBareMetal2GatewayToCluster, ...). (asyncio)"""

    __slots__ = ()

    async def add_bare_metal2_gateway(
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
    ) -> AddBareMetal2GatewayResult:
        """添加网关节点 (AddBareMetal2Gateway).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            management_ip: 管理网络IP地址 (since 4.0.0; minLength 1)
            name: 资源名称 (since 4.0.0; maxLength 255)
            password: 密码 (since 4.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            ssh_port: SSH端口 (since 4.0.0; minimum 1; maximum 65535)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            username: 用户名 (since 4.0.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_BARE_METAL2_GATEWAY,
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

    async def add_bare_metal2_ipmi_chassis(
        self,
        *,
        cluster_uuid: str,
        ipmi_address: str,
        ipmi_password: str,
        ipmi_username: str,
        name: str,
        description: str | None = None,
        ipmi_port: int | None = None,
        provision_type: Literal["Remote", "Local", "Direct"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBareMetal2IpmiChassisResult:
        """使用IPMI地址单个添加裸金属节点 (AddBareMetal2IpmiChassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            ipmi_address: IPMI地址 (since 4.0.0)
            ipmi_password: IPMI密码 (since 4.0.0; maxLength 255)
            ipmi_port: IPMI端口 (since 4.0.0; minimum 1; maximum 65535)
            ipmi_username: IPMI用户名 (since 4.0.0; maxLength 255)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            provision_type: provisionType (enum {'Remote', 'Local', 'Direct'})
            resource_uuid: 资源UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_BARE_METAL2_IPMI_CHASSIS,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "ipmiAddress": ipmi_address,
                "ipmiPassword": ipmi_password,
                "ipmiPort": ipmi_port,
                "ipmiUsername": ipmi_username,
                "name": name,
                "provisionType": provision_type,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_bare_metal2_gateway_to_cluster(
        self,
        *,
        cluster_uuid: str,
        gateway_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachBareMetal2GatewayToClusterResult:
        """将网关节点加载到弹性裸金属集群 (AttachBareMetal2GatewayToCluster).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            gateway_uuid: 裸金属网关节点UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_BARE_METAL2_GATEWAY_TO_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "gatewayUuid": gateway_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_bare_metal2_provision_network_to_cluster(
        self,
        *,
        cluster_uuid: str,
        network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachBareMetal2ProvisionNetworkToClusterResult:
        """将部署网络加载到弹性裸金属集群 (AttachBareMetal2ProvisionNetworkToCluster).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            network_uuid: 裸金属部署网络UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_BARE_METAL2_PROVISION_NETWORK_TO_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "networkUuid": network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_provision_nic_to_bonding(
        self,
        *,
        uuid: str,
        bonding_uuid: str,
        provision_nic_uuid: str,
        custom_mac: str | None = None,
        provision_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachProvisionNicToBondingResult:
        """Attach provision nic to bonding (AttachProvisionNicToBonding).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachProvisionNicToBondingAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            bonding_uuid: bondingUuid
            custom_mac: customMac
            provision_ip: provisionIp
            provision_nic_uuid: provisionNicUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_PROVISION_NIC_TO_BONDING,
            {
                "uuid": uuid,
                "bondingUuid": bonding_uuid,
                "customMac": custom_mac,
                "provisionIp": provision_ip,
                "provisionNicUuid": provision_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def batch_add_bare_metal2_ipmi_chassis(
        self,
        *,
        chassis_info: str,
        long_job_description: str | None = None,
        long_job_name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BatchAddBareMetal2IpmiChassisResult:
        """使用IPMI地址范围批量添加裸金属节点 (BatchAddBareMetal2IpmiChassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_info: 经过base64编码的裸金属节点IPMI信息 (since 4.0.0; minLength 1)
            long_job_description: 长任务简介 (since 4.0.0; maxLength 2048)
            long_job_name: 长任务名称 (since 4.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            BATCH_ADD_BARE_METAL2_IPMI_CHASSIS,
            {
                "chassisInfo": chassis_info,
                "longJobDescription": long_job_description,
                "longJobName": long_job_name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_bare_metal2_chassis_offering_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeBareMetal2ChassisOfferingStateResult:
        """更改裸金属节点规格启用状态 (ChangeBareMetal2ChassisOfferingState).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            state_event: 状态事件 (since 4.0.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_BARE_METAL2_CHASSIS_OFFERING_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_bare_metal2_chassis_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeBareMetal2ChassisStateResult:
        """更改裸金属节点启用状态 (ChangeBareMetal2ChassisState).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            state_event: 状态事件 (since 4.0.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_BARE_METAL2_CHASSIS_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_bare_metal2_gateway_cluster(
        self,
        *,
        gateway_uuid: str,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeBareMetal2GatewayClusterResult:
        """为网关节点更改弹性裸金属集群 (ChangeBareMetal2GatewayCluster).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            gateway_uuid: gatewayUuid (since 4.0.0)
            cluster_uuid: 集群UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_BARE_METAL2_GATEWAY_CLUSTER,
            {
                "gatewayUuid": gateway_uuid,
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_bare_metal2_gateway_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeBareMetal2GatewayStateResult:
        """更改网关节点启用状态 (ChangeBareMetal2GatewayState).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            state_event: 状态事件 (since 4.0.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_BARE_METAL2_GATEWAY_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_bare_metal2_instance_password(
        self,
        *,
        uuid: str,
        password: str,
        username: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeBareMetal2InstancePasswordResult:
        """修改弹性裸金属实例密码 (ChangeBareMetal2InstancePassword).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            password: 密码 (since 4.0.0; maxLength 32; pattern ^(?:[\\da-zA-Z-`=\\\\\\[\\];',./~!@#$%^&*()_+|{}:"<>?]{1,})$)
            username: 用户名 (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_BARE_METAL2_INSTANCE_PASSWORD,
            {
                "uuid": uuid,
                "password": password,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_bare_metal2_provision_network_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeBareMetal2ProvisionNetworkStateResult:
        """更改部署网络启用状态 (ChangeBareMetal2ProvisionNetworkState).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            state_event: 状态事件 (since 4.0.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_BARE_METAL2_PROVISION_NETWORK_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def check_bare_metal2_ipmi_chassis_config_file(
        self,
        *,
        chassis_info: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckBareMetal2IpmiChassisConfigFileResult:
        """检查批量添加裸金属节点文件 (CheckBareMetal2IpmiChassisConfigFile).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            chassis_info: 经过base64编码的裸金属节点IPMI信息 (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_BARE_METAL2_IPMI_CHASSIS_CONFIG_FILE,
            {
                "chassisInfo": chassis_info,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def check_static_provision_ip(
        self,
        *,
        cluster_uuid: str,
        provision_ip: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckStaticProvisionIpResult:
        """检查部署IP是否可用 (CheckStaticProvisionIp).

        Since ZStack 5.2.0. Synchronous (a 202 is still followed).

        Args:
            cluster_uuid: 集群UUID (since 5.2.0)
            provision_ip: 部署IP (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_STATIC_PROVISION_IP,
            {
                "clusterUuid": cluster_uuid,
                "provisionIp": provision_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def clean_up_bare_metal2_bonding(
        self,
        *,
        chassis_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanUpBareMetal2BondingResult:
        """清理裸金属实例Bond信息 (CleanUpBareMetal2Bonding).

        Since ZStack 4.4.24. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_uuid: chassisUuid (since 4.4.24)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CLEAN_UP_BARE_METAL2_BONDING,
            {
                "chassisUuid": chassis_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_bare_metal2_bonding(
        self,
        *,
        chassis_uuid: str,
        mode: int,
        name: str,
        slaves: str,
        opts: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBareMetal2BondingResult:
        """创建裸金属实例Bond配置 (CreateBareMetal2Bonding).

        Since ZStack 4.4.24. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_uuid: chassisUuid (since 4.4.24)
            mode: mode (since 4.4.24; minimum 0; maximum 6)
            name: 资源名称 (since 4.4.24; maxLength 255)
            opts: opts (since 4.4.24; maxLength 1024)
            slaves: slaves (since 4.4.24; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_BARE_METAL2_BONDING,
            {
                "chassisUuid": chassis_uuid,
                "mode": mode,
                "name": name,
                "opts": opts,
                "slaves": slaves,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_bare_metal2_instance(
        self,
        *,
        name: str,
        chassis_disk_uuid: str | None = None,
        chassis_offering_uuid: str | None = None,
        chassis_uuid: str | None = None,
        cluster_uuid: str | None = None,
        data_disk_offering_uuids: Sequence[str] | None = None,
        data_volume_system_tags: Sequence[str] | None = None,
        description: str | None = None,
        gateway_allocator_strategy: str | None = None,
        gateway_uuid: str | None = None,
        image_uuid: str | None = None,
        primary_storage_uuid_for_data_volume: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBareMetal2InstanceResult:
        """创建弹性裸金属实例 (CreateBareMetal2Instance).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chassis_disk_uuid: chassisDiskUuid
            chassis_offering_uuid: 裸金属节点规格UUID (since 4.0.0)
            chassis_uuid: 裸金属节点UUID (since 4.0.0)
            cluster_uuid: 集群UUID (since 4.0.0)
            data_disk_offering_uuids: 数据云盘规格UUID列表 (since 4.0.0)
            data_volume_system_tags: 数据盘系统标签 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            gateway_allocator_strategy: 裸金属网关节点分配策略 (since 4.0.0)
            gateway_uuid: 裸金属网关节点UUID (since 4.0.0)
            image_uuid: 镜像UUID (since 4.0.0)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            primary_storage_uuid_for_data_volume: 数据盘所在主存储UUID (since 4.0.0)
            primary_storage_uuid_for_root_volume: 根云盘所在主存储UUID (since 4.0.0)
            resource_uuid: 资源UUID (since 4.0.0)
            root_volume_system_tags: 根云盘系统标签 (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            zone_uuid: 区域UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_BARE_METAL2_INSTANCE,
            {
                "chassisDiskUuid": chassis_disk_uuid,
                "chassisOfferingUuid": chassis_offering_uuid,
                "chassisUuid": chassis_uuid,
                "clusterUuid": cluster_uuid,
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "dataVolumeSystemTags": data_volume_system_tags,
                "description": description,
                "gatewayAllocatorStrategy": gateway_allocator_strategy,
                "gatewayUuid": gateway_uuid,
                "imageUuid": image_uuid,
                "name": name,
                "primaryStorageUuidForDataVolume": primary_storage_uuid_for_data_volume,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_bare_metal2_instance_from_vm_backup(
        self,
        *,
        group_uuid: str,
        name: str,
        chassis_disk_uuid: str | None = None,
        chassis_offering_uuid: str | None = None,
        chassis_uuid: str | None = None,
        cluster_uuid: str | None = None,
        data_disk_offering_uuids: Sequence[str] | None = None,
        data_volume_system_tags: Sequence[str] | None = None,
        description: str | None = None,
        gateway_allocator_strategy: str | None = None,
        gateway_uuid: str | None = None,
        primary_storage_uuid_for_data_volume: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBareMetal2InstanceFromVmBackupResult:
        """从实例备份数据新建弹性裸金属实例 (CreateBareMetal2InstanceFromVmBackup).

        Since ZStack 5.5.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            group_uuid: 备份数据组UUID (since 5.5.6)
            chassis_disk_uuid: chassisDiskUuid (since 5.5.6)
            chassis_offering_uuid: 裸金属规格UUID说明: 对于参数chassisUuid和chassisOfferingUuid，两者至少要设置一个。 (since 5.5.6)
            chassis_uuid: 裸金属节点UUID (since 5.5.6)
            cluster_uuid: 集群UUID (since 5.5.6)
            data_disk_offering_uuids: 数据云盘规格UUID (since 5.5.6)
            data_volume_system_tags: 数据云盘系统标签 (since 5.5.6)
            description: 资源的详细描述 (since 5.5.6)
            gateway_allocator_strategy: 裸金属网关节点分配策略 (since 5.5.6)
            gateway_uuid: 裸金属网关节点UUID (since 5.5.6)
            name: 资源名称 (since 5.5.6)
            primary_storage_uuid_for_data_volume: 数据云盘主存储 (since 5.5.6)
            primary_storage_uuid_for_root_volume: 根云盘主存储 (since 5.5.6)
            resource_uuid: 资源UUID (since 5.5.6)
            root_volume_system_tags: 根云盘系统标签 (since 5.5.6)
            tag_uuids: 标签UUID列表 (since 5.5.6)
            zone_uuid: 区域UUID (since 5.5.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_BARE_METAL2_INSTANCE_FROM_VM_BACKUP,
            {
                "groupUuid": group_uuid,
                "chassisDiskUuid": chassis_disk_uuid,
                "chassisOfferingUuid": chassis_offering_uuid,
                "chassisUuid": chassis_uuid,
                "clusterUuid": cluster_uuid,
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "dataVolumeSystemTags": data_volume_system_tags,
                "description": description,
                "gatewayAllocatorStrategy": gateway_allocator_strategy,
                "gatewayUuid": gateway_uuid,
                "name": name,
                "primaryStorageUuidForDataVolume": primary_storage_uuid_for_data_volume,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_bare_metal2_instance_from_volume_backup(
        self,
        *,
        backup_uuid: str,
        name: str,
        chassis_disk_uuid: str | None = None,
        chassis_offering_uuid: str | None = None,
        chassis_uuid: str | None = None,
        cluster_uuid: str | None = None,
        description: str | None = None,
        gateway_allocator_strategy: str | None = None,
        gateway_uuid: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBareMetal2InstanceFromVolumeBackupResult:
        """从云盘备份数据新建弹性裸金属实例 (CreateBareMetal2InstanceFromVolumeBackup).

        Since ZStack 5.5.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            backup_uuid: 备份数据UUID (since 5.5.6)
            chassis_disk_uuid: chassisDiskUuid (since 5.5.6)
            chassis_offering_uuid: 裸金属规格UUID说明: 对于参数chassisUuid和chassisOfferingUuid，两者至少要设置一个。 (since 5.5.6)
            chassis_uuid: 裸金属节点UUID (since 5.5.6)
            cluster_uuid: 集群UUID (since 5.5.6)
            description: 资源的详细描述 (since 5.5.6)
            gateway_allocator_strategy: 裸金属网关节点分配策略 (since 5.5.6)
            gateway_uuid: 裸金属网关节点UUID (since 5.5.6)
            name: 资源名称 (since 5.5.6)
            primary_storage_uuid_for_root_volume: 根云盘主存储 (since 5.5.6)
            resource_uuid: 资源UUID (since 5.5.6)
            root_volume_system_tags: 根云盘系统标签 (since 5.5.6)
            tag_uuids: 标签UUID列表 (since 5.5.6)
            zone_uuid: 区域UUID (since 5.5.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_BARE_METAL2_INSTANCE_FROM_VOLUME_BACKUP,
            {
                "backupUuid": backup_uuid,
                "chassisDiskUuid": chassis_disk_uuid,
                "chassisOfferingUuid": chassis_offering_uuid,
                "chassisUuid": chassis_uuid,
                "clusterUuid": cluster_uuid,
                "description": description,
                "gatewayAllocatorStrategy": gateway_allocator_strategy,
                "gatewayUuid": gateway_uuid,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_bare_metal2_ipmi_chassis_hardware_info(
        self,
        *,
        hardware_info: str,
        ipmi_address: str,
        ipmi_port: int,
        convert_info: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBareMetal2IpmiChassisHardwareInfoResult:
        """创建裸金属节点硬件信息 (CreateBareMetal2IpmiChassisHardwareInfo).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            convert_info: convertInfo
            hardware_info: 硬件信息 (since 4.0.0; minLength 1)
            ipmi_address: IPMI地址 (since 4.0.0; minLength 1)
            ipmi_port: IPMI端口 (since 4.0.0; minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_BARE_METAL2_IPMI_CHASSIS_HARDWARE_INFO,
            {
                "convertInfo": convert_info,
                "hardwareInfo": hardware_info,
                "ipmiAddress": ipmi_address,
                "ipmiPort": ipmi_port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_bare_metal2_provision_network(
        self,
        *,
        dhcp_interface: str,
        dhcp_range_end_ip: str,
        dhcp_range_netmask: str,
        dhcp_range_start_ip: str,
        name: str,
        zone_uuid: str,
        description: str | None = None,
        dhcp_range_gateway: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBareMetal2ProvisionNetworkResult:
        """创建部署网络 (CreateBareMetal2ProvisionNetwork).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            dhcp_interface: DHCP监听网卡名 (since 4.0.0; maxLength 128)
            dhcp_range_end_ip: DHCP终止IP地址 (since 4.0.0)
            dhcp_range_gateway: 网关地址 (since 4.0.0)
            dhcp_range_netmask: 子网掩码 (since 4.0.0)
            dhcp_range_start_ip: DHCP起始IP地址 (since 4.0.0)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            zone_uuid: 区域UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_BARE_METAL2_PROVISION_NETWORK,
            {
                "description": description,
                "dhcpInterface": dhcp_interface,
                "dhcpRangeEndIp": dhcp_range_end_ip,
                "dhcpRangeGateway": dhcp_range_gateway,
                "dhcpRangeNetmask": dhcp_range_netmask,
                "dhcpRangeStartIp": dhcp_range_start_ip,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_block_volume(
        self,
        *,
        name: str,
        primary_storage_uuid: str,
        size: int,
        access_path_id: int | None = None,
        access_path_iqn: str | None = None,
        burst_total_bw: int | None = None,
        burst_total_iops: int | None = None,
        description: str | None = None,
        max_total_bw: int | None = None,
        max_total_iops: int | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBlockVolumeResult:
        """创建块存储卷 (CreateBlockVolume).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            access_path_id: 访问路径id (since 4.7.11)
            access_path_iqn: 访问路径iqn (since 5.1.0)
            burst_total_bw: 突发带宽 (since 4.7.11)
            burst_total_iops: 突发IOPS (since 4.7.11)
            description: 资源的详细描述 (since 4.7.11)
            max_total_bw: 最大带宽 (since 4.7.11)
            max_total_iops: 最大IOPS (since 4.7.11)
            name: 资源名称 (since 4.7.11)
            primary_storage_uuid: 主存储UUID (since 4.7.11)
            protocol: 卷所属协议 (since 5.1.0)
            resource_uuid: 资源UUID (since 4.7.11)
            size: 容量 (since 4.7.11)
            tag_uuids: 标签UUID列表 (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_BLOCK_VOLUME,
            {
                "accessPathId": access_path_id,
                "accessPathIqn": access_path_iqn,
                "burstTotalBw": burst_total_bw,
                "burstTotalIops": burst_total_iops,
                "description": description,
                "maxTotalBw": max_total_bw,
                "maxTotalIops": max_total_iops,
                "name": name,
                "primaryStorageUuid": primary_storage_uuid,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "size": size,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_bare_metal2_chassis(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBareMetal2ChassisResult:
        """删除裸金属节点 (DeleteBareMetal2Chassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_BARE_METAL2_CHASSIS,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_bare_metal2_gateway(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBareMetal2GatewayResult:
        """删除网关节点 (DeleteBareMetal2Gateway).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_BARE_METAL2_GATEWAY,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_bare_metal2_provision_network(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBareMetal2ProvisionNetworkResult:
        """删除部署网络 (DeleteBareMetal2ProvisionNetwork).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_BARE_METAL2_PROVISION_NETWORK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_bare_metal2_gateway_from_cluster(
        self,
        *,
        cluster_uuid: str,
        gateway_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachBareMetal2GatewayFromClusterResult:
        """将网关节点从弹性裸金属集群卸载 (DetachBareMetal2GatewayFromCluster).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            gateway_uuid: 裸金属网关节点UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_BARE_METAL2_GATEWAY_FROM_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "gatewayUuid": gateway_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_bare_metal2_provision_network_from_cluster(
        self,
        *,
        cluster_uuid: str,
        network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachBareMetal2ProvisionNetworkFromClusterResult:
        """将部署网络从弹性裸金属集群卸载 (DetachBareMetal2ProvisionNetworkFromCluster).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            network_uuid: 裸金属部署网络UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_BARE_METAL2_PROVISION_NETWORK_FROM_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "networkUuid": network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_provision_nic_from_bonding(
        self,
        *,
        uuid: str,
        provision_nic_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachProvisionNicFromBondingResult:
        """Detach provision nic from bonding (DetachProvisionNicFromBonding).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachProvisionNicFromBondingAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            provision_nic_uuid: provisionNicUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_PROVISION_NIC_FROM_BONDING,
            {
                "uuid": uuid,
                "provisionNicUuid": provision_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_access_path(
        self,
        *,
        primary_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAccessPathResult:
        """获取访问路径列表 (GetAccessPath).

        Since ZStack 4.7.11. Synchronous (a 202 is still followed).

        Args:
            primary_storage_uuid: 主存储UUID (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ACCESS_PATH,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                "primaryStorageUuid": primary_storage_uuid,
            },
            job_uuid,
        )

    async def get_bare_metal2_chassis_power_status(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBareMetal2ChassisPowerStatusResult:
        """获取裸金属节点电源状态 (GetBareMetal2ChassisPowerStatus).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_BARE_METAL2_CHASSIS_POWER_STATUS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_bare_metal2_gateway_allocator_strategies(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBareMetal2GatewayAllocatorStrategiesResult:
        """获取网关节点分配策略 (GetBareMetal2GatewayAllocatorStrategies).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_BARE_METAL2_GATEWAY_ALLOCATOR_STRATEGIES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_bare_metal2_provision_network_ip_address_capacity(
        self,
        *,
        network_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBareMetal2ProvisionNetworkIpAddressCapacityResult:
        """获取部署网络IP地址可用量 (GetBareMetal2ProvisionNetworkIpAddressCapacity).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            network_uuids: 裸金属部署网络UUID列表 (since 4.0.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_BARE_METAL2_PROVISION_NETWORK_IP_ADDRESS_CAPACITY,
            {
                "networkUuids": network_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_bare_metal2_supported_boot_mode(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBareMetal2SupportedBootModeResult:
        """获取裸金属节点BIOS启动模式 (GetBareMetal2SupportedBootMode).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_BARE_METAL2_SUPPORTED_BOOT_MODE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def inspect_bare_metal2_chassis(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> InspectBareMetal2ChassisResult:
        """获取裸金属节点硬件信息 (InspectBareMetal2Chassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            INSPECT_BARE_METAL2_CHASSIS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def inspect_bare_metal2_chassis_by_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> InspectBareMetal2ChassisByInstanceResult:
        """通过弹性裸金属实例获取硬件信息 (InspectBareMetal2ChassisByInstance).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            INSPECT_BARE_METAL2_CHASSIS_BY_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def power_off_bare_metal2_chassis(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerOffBareMetal2ChassisResult:
        """关闭裸金属节点 (PowerOffBareMetal2Chassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            POWER_OFF_BARE_METAL2_CHASSIS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def power_on_bare_metal2_chassis(
        self,
        *,
        uuid: str,
        boot_dev: Literal["disk", "ipxe"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerOnBareMetal2ChassisResult:
        """启动裸金属节点 (PowerOnBareMetal2Chassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            boot_dev: 启动设备 (since 4.0.0; minLength 1; enum {'disk', 'ipxe'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            POWER_ON_BARE_METAL2_CHASSIS,
            {
                "uuid": uuid,
                "bootDev": boot_dev,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def power_reset_bare_metal2_chassis(
        self,
        *,
        uuid: str,
        boot_dev: Literal["disk", "ipxe"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PowerResetBareMetal2ChassisResult:
        """重启裸金属节点 (PowerResetBareMetal2Chassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            boot_dev: 启动设备 (since 4.0.0; minLength 1; enum {'disk', 'ipxe'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            POWER_RESET_BARE_METAL2_CHASSIS,
            {
                "uuid": uuid,
                "bootDev": boot_dev,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_bare_metal2_bonding(
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
    ) -> QueryBareMetal2BondingResult:
        """查询裸金属实例的bond网络配置 (QueryBareMetal2Bonding).

        Since ZStack 4.4.24. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BARE_METAL2_BONDING,
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

    def query_bare_metal2_bonding_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BareMetal2BondingInventory]:
        """Every result of ``query_bare_metal2_bonding``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_BONDING,
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

    async def query_bare_metal2_bonding_nic_ref(
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
    ) -> QueryBareMetal2BondingNicRefResult:
        """查询Bond和实例网卡的关联 (QueryBareMetal2BondingNicRef).

        Since ZStack 4.4.24. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BARE_METAL2_BONDING_NIC_REF,
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

    def query_bare_metal2_bonding_nic_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BareMetal2ChassisInventory]:
        """Every result of ``query_bare_metal2_bonding_nic_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_BONDING_NIC_REF,
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

    async def query_bare_metal2_chassis(
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
    ) -> QueryBareMetal2ChassisResult:
        """查询裸金属节点 (QueryBareMetal2Chassis).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BARE_METAL2_CHASSIS,
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

    def query_bare_metal2_chassis_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BareMetal2ChassisInventory]:
        """Every result of ``query_bare_metal2_chassis``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_CHASSIS,
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

    async def query_bare_metal2_chassis_gpu_device(
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
    ) -> QueryBareMetal2ChassisGpuDeviceResult:
        """查询裸金属节点上的GPU设备 (QueryBareMetal2ChassisGpuDevice).

        Since ZStack 5.1.8. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BARE_METAL2_CHASSIS_GPU_DEVICE,
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

    def query_bare_metal2_chassis_gpu_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BareMetal2ChassisGpuDeviceInventory]:
        """Every result of ``query_bare_metal2_chassis_gpu_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_CHASSIS_GPU_DEVICE,
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

    async def query_bare_metal2_chassis_offering(
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
    ) -> QueryBareMetal2ChassisOfferingResult:
        """查询裸金属节点规格 (QueryBareMetal2ChassisOffering).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BARE_METAL2_CHASSIS_OFFERING,
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

    def query_bare_metal2_chassis_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BareMetal2ChassisOfferingInventory]:
        """Every result of ``query_bare_metal2_chassis_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_CHASSIS_OFFERING,
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

    async def query_bare_metal2_chassis_pci_device(
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
    ) -> QueryBareMetal2ChassisPciDeviceResult:
        """查询裸金属节点上的PCI设备 (QueryBareMetal2ChassisPciDevice).

        Since ZStack 5.1.8. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BARE_METAL2_CHASSIS_PCI_DEVICE,
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

    def query_bare_metal2_chassis_pci_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BareMetal2ChassisPciDeviceInventory]:
        """Every result of ``query_bare_metal2_chassis_pci_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_CHASSIS_PCI_DEVICE,
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

    async def query_bare_metal2_gateway(
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
    ) -> QueryBareMetal2GatewayResult:
        """查询网关节点 (QueryBareMetal2Gateway).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BARE_METAL2_GATEWAY,
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

    def query_bare_metal2_gateway_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BareMetal2GatewayInventory]:
        """Every result of ``query_bare_metal2_gateway``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_GATEWAY,
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

    async def query_bare_metal2_instance(
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
    ) -> QueryBareMetal2InstanceResult:
        """查询弹性裸金属实例 (QueryBareMetal2Instance).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BARE_METAL2_INSTANCE,
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

    def query_bare_metal2_instance_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BareMetal2InstanceInventory]:
        """Every result of ``query_bare_metal2_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_INSTANCE,
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

    async def query_bare_metal2_provision_network(
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
    ) -> QueryBareMetal2ProvisionNetworkResult:
        """查询部署网络 (QueryBareMetal2ProvisionNetwork).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BARE_METAL2_PROVISION_NETWORK,
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

    def query_bare_metal2_provision_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BareMetal2ProvisionNetworkInventory]:
        """Every result of ``query_bare_metal2_provision_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BARE_METAL2_PROVISION_NETWORK,
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

    async def query_block_volume(
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
    ) -> QueryBlockVolumeResult:
        """Query block volume (QueryBlockVolume).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryBlockVolumeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BLOCK_VOLUME,
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

    def query_block_volume_pages(
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
        """Every result of ``query_block_volume``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BLOCK_VOLUME,
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

    async def query_xsky_block_volume(
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
    ) -> QueryXskyBlockVolumeResult:
        """查询xsky类型块存储卷 (QueryXskyBlockVolume).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_XSKY_BLOCK_VOLUME,
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

    def query_xsky_block_volume_pages(
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
        """Every result of ``query_xsky_block_volume``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_XSKY_BLOCK_VOLUME,
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

    async def reconnect_bare_metal2_gateway(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectBareMetal2GatewayResult:
        """重连网关节点 (ReconnectBareMetal2Gateway).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_BARE_METAL2_GATEWAY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def reconnect_bare_metal2_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectBareMetal2InstanceResult:
        """重连弹性裸金属实例 (ReconnectBareMetal2Instance).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_BARE_METAL2_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def start_bare_metal2_instance(
        self,
        *,
        uuid: str,
        chassis_offering_uuid: str | None = None,
        chassis_uuid: str | None = None,
        cluster_uuid: str | None = None,
        gateway_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartBareMetal2InstanceResult:
        """启动弹性裸金属实例 (StartBareMetal2Instance).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            chassis_offering_uuid: 裸金属节点规格UUID (since 4.0.0)
            chassis_uuid: 裸金属节点UUID (since 4.0.0)
            cluster_uuid: 集群UUID (since 4.0.0)
            gateway_uuid: 裸金属网关节点UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            START_BARE_METAL2_INSTANCE,
            {
                "uuid": uuid,
                "chassisOfferingUuid": chassis_offering_uuid,
                "chassisUuid": chassis_uuid,
                "clusterUuid": cluster_uuid,
                "gatewayUuid": gateway_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_bare_metal2_chassis(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBareMetal2ChassisResult:
        """更新裸金属节点信息 (UpdateBareMetal2Chassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BARE_METAL2_CHASSIS,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_bare_metal2_chassis_offering(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBareMetal2ChassisOfferingResult:
        """更新裸金属节点规格 (UpdateBareMetal2ChassisOffering).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BARE_METAL2_CHASSIS_OFFERING,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_bare_metal2_chassis_pci_device(
        self,
        *,
        uuid: str,
        chassis_uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBareMetal2ChassisPciDeviceResult:
        """Update bare metal2 chassis pci device (UpdateBareMetal2ChassisPciDevice).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateBareMetal2ChassisPciDeviceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            chassis_uuid: chassisUuid
            description: description (maxLength 2048)
            name: name (minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BARE_METAL2_CHASSIS_PCI_DEVICE,
            {
                "uuid": uuid,
                "chassisUuid": chassis_uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_bare_metal2_gateway(
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
    ) -> UpdateBareMetal2GatewayResult:
        """更新网关节点 (UpdateBareMetal2Gateway).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            management_ip: 管理网络IP地址 (since 4.0.0; minLength 1; maxLength 255)
            name: 资源名称 (since 4.0.0; maxLength 255)
            password: 密码 (since 4.0.0; minLength 1; maxLength 255)
            ssh_port: SSH端口 (since 4.0.0; minimum 1; maximum 65535)
            username: 用户名 (since 4.0.0; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BARE_METAL2_GATEWAY,
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

    async def update_bare_metal2_instance(
        self,
        *,
        uuid: str,
        auto_release_chassis_event: Literal["enable", "disable"] | None = None,
        chassis_offering_uuid: str | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Stopped", "Running"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBareMetal2InstanceResult:
        """更新弹性裸金属实例 (UpdateBareMetal2Instance).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            auto_release_chassis_event: 关机自动释放节点 (since 4.0.0; enum {'enable', 'disable'})
            chassis_offering_uuid: 节点规格UUID (since 4.0.0)
            default_l3_network_uuid: 默认网络UUID (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; maxLength 255)
            state: 运行状态 (since 4.0.0; enum {'Stopped', 'Running'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BARE_METAL2_INSTANCE,
            {
                "uuid": uuid,
                "autoReleaseChassisEvent": auto_release_chassis_event,
                "chassisOfferingUuid": chassis_offering_uuid,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_bare_metal2_ipmi_chassis(
        self,
        *,
        uuid: str,
        description: str | None = None,
        ipmi_address: str | None = None,
        ipmi_password: str | None = None,
        ipmi_port: int | None = None,
        ipmi_username: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBareMetal2IpmiChassisResult:
        """更新裸金属节点IPMI信息 (UpdateBareMetal2IpmiChassis).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            ipmi_address: IPMI地址 (since 4.0.0)
            ipmi_password: IPMI密码 (since 4.0.0; maxLength 255)
            ipmi_port: IPMI端口 (since 4.0.0; minimum 1; maximum 65535)
            ipmi_username: IPMI用户名 (since 4.0.0; maxLength 255)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BARE_METAL2_IPMI_CHASSIS,
            {
                "uuid": uuid,
                "description": description,
                "ipmiAddress": ipmi_address,
                "ipmiPassword": ipmi_password,
                "ipmiPort": ipmi_port,
                "ipmiUsername": ipmi_username,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_bare_metal2_provision_network(
        self,
        *,
        uuid: str,
        description: str | None = None,
        dhcp_interface: str | None = None,
        dhcp_range_end_ip: str | None = None,
        dhcp_range_gateway: str | None = None,
        dhcp_range_netmask: str | None = None,
        dhcp_range_start_ip: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBareMetal2ProvisionNetworkResult:
        """更新部署网络 (UpdateBareMetal2ProvisionNetwork).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            dhcp_interface: DHCP监听网卡 (since 4.0.0; maxLength 128)
            dhcp_range_end_ip: DHCP终止IP地址 (since 4.0.0)
            dhcp_range_gateway: 网关地址 (since 4.0.0)
            dhcp_range_netmask: 子网掩码 (since 4.0.0)
            dhcp_range_start_ip: DHCP起始IP地址 (since 4.0.0)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BARE_METAL2_PROVISION_NETWORK,
            {
                "uuid": uuid,
                "description": description,
                "dhcpInterface": dhcp_interface,
                "dhcpRangeEndIp": dhcp_range_end_ip,
                "dhcpRangeGateway": dhcp_range_gateway,
                "dhcpRangeNetmask": dhcp_range_netmask,
                "dhcpRangeStartIp": dhcp_range_start_ip,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_block_volume(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBlockVolumeResult:
        """Update block volume (UpdateBlockVolume).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateBlockVolumeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description
            name: name
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BLOCK_VOLUME,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_xsky_block_volume(
        self,
        *,
        uuid: str,
        burst_total_bw: int | None = None,
        burst_total_iops: int | None = None,
        description: str | None = None,
        max_total_bw: int | None = None,
        max_total_iops: int | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateXskyBlockVolumeResult:
        """更新xsky类型的块存储卷 (UpdateXskyBlockVolume).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.11)
            burst_total_bw: burstTotalBw (since 4.7.11)
            burst_total_iops: burstTotalIops (since 4.7.11)
            description: 资源的详细描述 (since 4.7.11)
            max_total_bw: maxTotalBw (since 4.7.11)
            max_total_iops: maxTotalIops (since 4.7.11)
            name: 资源名称 (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_XSKY_BLOCK_VOLUME,
            {
                "uuid": uuid,
                "burstTotalBw": burst_total_bw,
                "burstTotalIops": burst_total_iops,
                "description": description,
                "maxTotalBw": max_total_bw,
                "maxTotalIops": max_total_iops,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
