"""``client.vm_instances``: 140 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_resources_to_directory_result import AddResourcesToDirectoryResult
    from ..models.attach_guest_tools_iso_to_vm_result import AttachGuestToolsIsoToVmResult
    from ..models.attach_iso_to_vm_instance_result import AttachIsoToVmInstanceResult
    from ..models.attach_l3_network_to_vm_nic_result import AttachL3NetworkToVmNicResult
    from ..models.attach_l3_network_to_vm_result import AttachL3NetworkToVmResult
    from ..models.attach_vm_nic_to_vm_result import AttachVmNicToVmResult
    from ..models.change_vm_image_result import ChangeVmImageResult
    from ..models.change_vm_nic_network_result import ChangeVmNicNetworkResult
    from ..models.change_vm_nic_security_policy_result import ChangeVmNicSecurityPolicyResult
    from ..models.change_vm_nic_state_result import ChangeVmNicStateResult
    from ..models.change_vm_password_result import ChangeVmPasswordResult
    from ..models.clone_vm_instance_result import CloneVmInstanceResult
    from ..models.create_directory_result import CreateDirectoryResult
    from ..models.create_fault_tolerance_vm_instance_result import (
        CreateFaultToleranceVmInstanceResult,
    )
    from ..models.create_reboot_vm_instance_scheduler_result import (
        CreateRebootVmInstanceSchedulerResult,
    )
    from ..models.create_start_vm_instance_scheduler_result import (
        CreateStartVmInstanceSchedulerResult,
    )
    from ..models.create_stop_vm_instance_scheduler_result import (
        CreateStopVmInstanceSchedulerResult,
    )
    from ..models.create_vm_cd_rom_result import CreateVmCdRomResult
    from ..models.create_vm_instance_from_ovf_result import CreateVmInstanceFromOvfResult
    from ..models.create_vm_instance_from_volume_result import CreateVmInstanceFromVolumeResult
    from ..models.create_vm_instance_from_volume_snapshot_group_result import (
        CreateVmInstanceFromVolumeSnapshotGroupResult,
    )
    from ..models.create_vm_instance_from_volume_snapshot_result import (
        CreateVmInstanceFromVolumeSnapshotResult,
    )
    from ..models.create_vm_instance_result import CreateVmInstanceResult
    from ..models.create_vm_nic_result import CreateVmNicResult
    from ..models.delete_directory_result import DeleteDirectoryResult
    from ..models.delete_nic_qos_result import DeleteNicQosResult
    from ..models.delete_sso_redirect_template_result import DeleteSSORedirectTemplateResult
    from ..models.delete_vm_boot_mode_result import DeleteVmBootModeResult
    from ..models.delete_vm_cd_rom_result import DeleteVmCdRomResult
    from ..models.delete_vm_console_password_result import DeleteVmConsolePasswordResult
    from ..models.delete_vm_hostname_result import DeleteVmHostnameResult
    from ..models.delete_vm_instance_ha_level_result import DeleteVmInstanceHaLevelResult
    from ..models.delete_vm_nic_result import DeleteVmNicResult
    from ..models.delete_vm_ssh_key_result import DeleteVmSshKeyResult
    from ..models.delete_vm_static_ip_result import DeleteVmStaticIpResult
    from ..models.delete_vm_user_defined_xml_hook_script_result import (
        DeleteVmUserDefinedXmlHookScriptResult,
    )
    from ..models.delete_vm_user_defined_xml_result import DeleteVmUserDefinedXmlResult
    from ..models.describe_vm_instance_recovery_point_result import (
        DescribeVmInstanceRecoveryPointResult,
    )
    from ..models.destroy_vm_instance_result import DestroyVmInstanceResult
    from ..models.detach_iso_from_vm_instance_result import DetachIsoFromVmInstanceResult
    from ..models.detach_l3_network_from_vm_result import DetachL3NetworkFromVmResult
    from ..models.directory_inventory import DirectoryInventory
    from ..models.execute_guest_vm_command_result import ExecuteGuestVmCommandResult
    from ..models.export_vm_ova_package_result import ExportVmOvaPackageResult
    from ..models.expunge_vm_instance_result import ExpungeVmInstanceResult
    from ..models.failover_fault_tolerance_vm_result import FailoverFaultToleranceVmResult
    from ..models.flatten_vm_instance_result import FlattenVmInstanceResult
    from ..models.fstrim_vm_result import FstrimVmResult
    from ..models.get_candidate_iso_for_attaching_vm_result import (
        GetCandidateIsoForAttachingVmResult,
    )
    from ..models.get_candidate_l3_networks_for_change_vm_nic_network_result import (
        GetCandidateL3NetworksForChangeVmNicNetworkResult,
    )
    from ..models.get_candidate_primary_storages_for_creating_vm_result import (
        GetCandidatePrimaryStoragesForCreatingVmResult,
    )
    from ..models.get_candidate_vm_for_attaching_iso_result import (
        GetCandidateVmForAttachingIsoResult,
    )
    from ..models.get_candidate_zones_clusters_hosts_for_creating_vm_result import (
        GetCandidateZonesClustersHostsForCreatingVmResult,
    )
    from ..models.get_fault_tolerance_vms_result import GetFaultToleranceVmsResult
    from ..models.get_image_candidates_for_vm_to_change_result import (
        GetImageCandidatesForVmToChangeResult,
    )
    from ..models.get_interdependent_l3_networks_images_result import (
        GetInterdependentL3NetworksImagesResult,
    )
    from ..models.get_latest_guest_tools_for_vm_result import GetLatestGuestToolsForVmResult
    from ..models.get_nic_qos_result import GetNicQosResult
    from ..models.get_spice_certificates_result import GetSpiceCertificatesResult
    from ..models.get_virtualizer_info_result import GetVirtualizerInfoResult
    from ..models.get_vm_attachable_data_volume_result import GetVmAttachableDataVolumeResult
    from ..models.get_vm_attachable_l3_network_result import GetVmAttachableL3NetworkResult
    from ..models.get_vm_boot_order_result import GetVmBootOrderResult
    from ..models.get_vm_capabilities_result import GetVmCapabilitiesResult
    from ..models.get_vm_console_address_result import GetVmConsoleAddressResult
    from ..models.get_vm_console_password_result import GetVmConsolePasswordResult
    from ..models.get_vm_device_address_result import GetVmDeviceAddressResult
    from ..models.get_vm_emulator_pinning_result import GetVmEmulatorPinningResult
    from ..models.get_vm_guest_tools_info_result import GetVmGuestToolsInfoResult
    from ..models.get_vm_hostname_result import GetVmHostnameResult
    from ..models.get_vm_instance_first_boot_device_result import GetVmInstanceFirstBootDeviceResult
    from ..models.get_vm_instance_ha_level_result import GetVmInstanceHaLevelResult
    from ..models.get_vm_migration_candidate_hosts_result import GetVmMigrationCandidateHostsResult
    from ..models.get_vm_monitor_number_result import GetVmMonitorNumberResult
    from ..models.get_vm_nic_attached_network_service_result import (
        GetVmNicAttachedNetworkServiceResult,
    )
    from ..models.get_vm_numa_result import GetVmNumaResult
    from ..models.get_vm_qga_result import GetVmQgaResult
    from ..models.get_vm_rdp_result import GetVmRDPResult
    from ..models.get_vm_ssh_key_result import GetVmSshKeyResult
    from ..models.get_vm_starting_candidate_clusters_hosts_result import (
        GetVmStartingCandidateClustersHostsResult,
    )
    from ..models.get_vm_task_result import GetVmTaskResult
    from ..models.get_vm_xml_hook_script_result import GetVmXmlHookScriptResult
    from ..models.get_vm_xml_result import GetVmXmlResult
    from ..models.get_vms_capabilities_result import GetVmsCapabilitiesResult
    from ..models.get_vmv_numa_topology_result import GetVmvNUMATopologyResult
    from ..models.migrate_vm_result import MigrateVmResult
    from ..models.move_directory_result import MoveDirectoryResult
    from ..models.move_resources_to_directory_result import MoveResourcesToDirectoryResult
    from ..models.parse_ovf_result import ParseOvfResult
    from ..models.pause_vm_instance_result import PauseVmInstanceResult
    from ..models.provision_virtual_router_config_result import ProvisionVirtualRouterConfigResult
    from ..models.query_directory_result import QueryDirectoryResult
    from ..models.query_fault_tolerance_vm_result import QueryFaultToleranceVmResult
    from ..models.query_guest_tools_state_result import QueryGuestToolsStateResult
    from ..models.query_shareable_volume_vm_instance_ref_result import (
        QueryShareableVolumeVmInstanceRefResult,
    )
    from ..models.query_vm_cd_rom_result import QueryVmCdRomResult
    from ..models.query_vm_instance_result import QueryVmInstanceResult
    from ..models.query_vm_nic_result import QueryVmNicResult
    from ..models.query_vm_sched_history_result import QueryVmSchedHistoryResult
    from ..models.reboot_vm_instance_result import RebootVmInstanceResult
    from ..models.recover_vm_instance_result import RecoverVmInstanceResult
    from ..models.reimage_vm_instance_result import ReimageVmInstanceResult
    from ..models.remove_resources_from_directory_result import RemoveResourcesFromDirectoryResult
    from ..models.resume_vm_instance_result import ResumeVmInstanceResult
    from ..models.set_nic_qos_result import SetNicQosResult
    from ..models.set_vm_boot_mode_result import SetVmBootModeResult
    from ..models.set_vm_boot_order_result import SetVmBootOrderResult
    from ..models.set_vm_boot_volume_result import SetVmBootVolumeResult
    from ..models.set_vm_clean_traffic_result import SetVmCleanTrafficResult
    from ..models.set_vm_clock_track_result import SetVmClockTrackResult
    from ..models.set_vm_console_mode_result import SetVmConsoleModeResult
    from ..models.set_vm_console_password_result import SetVmConsolePasswordResult
    from ..models.set_vm_emulator_pinning_result import SetVmEmulatorPinningResult
    from ..models.set_vm_hostname_result import SetVmHostnameResult
    from ..models.set_vm_instance_default_cd_rom_result import SetVmInstanceDefaultCdRomResult
    from ..models.set_vm_instance_ha_level_result import SetVmInstanceHaLevelResult
    from ..models.set_vm_monitor_number_result import SetVmMonitorNumberResult
    from ..models.set_vm_numa_result import SetVmNumaResult
    from ..models.set_vm_qga_result import SetVmQgaResult
    from ..models.set_vm_qxl_memory_result import SetVmQxlMemoryResult
    from ..models.set_vm_rdp_result import SetVmRDPResult
    from ..models.set_vm_security_level_result import SetVmSecurityLevelResult
    from ..models.set_vm_sound_type_result import SetVmSoundTypeResult
    from ..models.set_vm_ssh_key_result import SetVmSshKeyResult
    from ..models.set_vm_static_ip_result import SetVmStaticIpResult
    from ..models.set_vm_user_defined_xml_hook_script_result import (
        SetVmUserDefinedXmlHookScriptResult,
    )
    from ..models.set_vm_user_defined_xml_result import SetVmUserDefinedXmlResult
    from ..models.start_vm_instance_result import StartVmInstanceResult
    from ..models.stop_vm_instance_result import StopVmInstanceResult
    from ..models.sync_vm_clock_result import SyncVmClockResult
    from ..models.take_vm_console_screenshot_result import TakeVmConsoleScreenshotResult
    from ..models.update_console_password_result import UpdateConsolePasswordResult
    from ..models.update_directory_result import UpdateDirectoryResult
    from ..models.update_guest_tools_state_result import UpdateGuestToolsStateResult
    from ..models.update_vm_cd_rom_result import UpdateVmCdRomResult
    from ..models.update_vm_instance_result import UpdateVmInstanceResult
    from ..models.update_vm_network_config_result import UpdateVmNetworkConfigResult
    from ..models.update_vm_nic_driver_result import UpdateVmNicDriverResult
    from ..models.update_vm_nic_mac_result import UpdateVmNicMacResult
    from ..models.update_vm_priority_result import UpdateVmPriorityResult
    from ..models.upload_file_to_vm_result import UploadFileToVmResult
    from ..models.vm_cd_rom_inventory import VmCdRomInventory
    from ..models.vm_instance_inventory import VmInstanceInventory
    from ..models.vm_nic_inventory import VmNicInventory
    from ..models.vm_sched_history_inventory import VmSchedHistoryInventory

__all__ = ["AsyncVmInstancesApi", "VmInstancesApi"]


ADD_RESOURCES_TO_DIRECTORY: Api[AddResourcesToDirectoryResult] = Api(
    "AddResourcesToDirectory",
    "POST",
    "/add/resources/directory",
    params=(
        ("directoryUuid", "body", "4.6.0"),
        ("resourceUuids", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=("directory_uuid", "resource_uuids", "system_tags", "user_tags"),
    required=("directoryUuid", "resourceUuids"),
    body_key="params",
    since="4.6.0",
    result=".models.add_resources_to_directory_result:AddResourcesToDirectoryResult",
    checks=(("resourceUuids", "resource_uuids", "minItems", 1),),
)

ATTACH_GUEST_TOOLS_ISO_TO_VM: Api[AttachGuestToolsIsoToVmResult] = Api(
    "AttachGuestToolsIsoToVm",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="attachGuestToolsIsoToVm",
    since="3.7.0",
    result=".models.attach_guest_tools_iso_to_vm_result:AttachGuestToolsIsoToVmResult",
)

ATTACH_ISO_TO_VM_INSTANCE: Api[AttachIsoToVmInstanceResult] = Api(
    "AttachIsoToVmInstance",
    "POST",
    "/vm-instances/{vmInstanceUuid}/iso/{isoUuid}",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("isoUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("vm_instance_uuid", "iso_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid", "isoUuid"),
    since="0.6",
    result=".models.attach_iso_to_vm_instance_result:AttachIsoToVmInstanceResult",
)

ATTACH_L3_NETWORK_TO_VM: Api[AttachL3NetworkToVmResult] = Api(
    "AttachL3NetworkToVm",
    "POST",
    "/vm-instances/{vmInstanceUuid}/l3-networks/{l3NetworkUuid}",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("l3NetworkUuid", "path", "0.6"),
        ("customMac", "body", None),
        ("driverType", "body", "4.0.0"),
        ("staticIp", "body", "0.6"),
        ("vmNicParams", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "vm_instance_uuid",
        "l3_network_uuid",
        "custom_mac",
        "driver_type",
        "static_ip",
        "vm_nic_params",
        "system_tags",
        "user_tags",
    ),
    required=("vmInstanceUuid", "l3NetworkUuid"),
    body_key="params",
    since="0.6",
    result=".models.attach_l3_network_to_vm_result:AttachL3NetworkToVmResult",
)

ATTACH_L3_NETWORK_TO_VM_NIC: Api[AttachL3NetworkToVmNicResult] = Api(
    "AttachL3NetworkToVmNic",
    "POST",
    "/nics/{vmNicUuid}/l3-networks/{l3NetworkUuid}",
    params=(
        ("vmNicUuid", "path", None),
        ("l3NetworkUuid", "path", None),
        ("staticIp", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("vm_nic_uuid", "l3_network_uuid", "static_ip", "system_tags", "user_tags"),
    required=("vmNicUuid", "l3NetworkUuid"),
    body_key="params",
    since=None,
    result=".models.attach_l3_network_to_vm_nic_result:AttachL3NetworkToVmNicResult",
)

ATTACH_VM_NIC_TO_VM: Api[AttachVmNicToVmResult] = Api(
    "AttachVmNicToVm",
    "POST",
    "/vm-instances/{vmInstanceUuid}/nices/{vmNicUuid}",
    params=(
        ("vmInstanceUuid", "path", "4.0.0"),
        ("vmNicUuid", "path", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("vm_instance_uuid", "vm_nic_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid", "vmNicUuid"),
    body_key="params",
    since="4.0.0",
    result=".models.attach_vm_nic_to_vm_result:AttachVmNicToVmResult",
)

CHANGE_VM_IMAGE: Api[ChangeVmImageResult] = Api(
    "ChangeVmImage",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "2.2"),
        ("imageUuid", "body", "2.2"),
        ("resourceUuid", "body", "2.2"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.2"),
        ("userTags", "root", "2.2"),
    ),
    names=(
        "vm_instance_uuid",
        "image_uuid",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("vmInstanceUuid", "imageUuid"),
    body_key="changeVmImage",
    since="2.2",
    result=".models.change_vm_image_result:ChangeVmImageResult",
)

CHANGE_VM_NIC_NETWORK: Api[ChangeVmNicNetworkResult] = Api(
    "ChangeVmNicNetwork",
    "POST",
    "/vm-instances/nics/{vmNicUuid}/l3-networks/{destL3NetworkUuid}",
    params=(
        ("vmNicUuid", "path", "4.1.0"),
        ("destL3NetworkUuid", "path", "4.1.0"),
        ("staticIp", "body", None),
        ("systemTags", "root", "4.1.0"),
        ("userTags", "root", "4.1.0"),
    ),
    names=("vm_nic_uuid", "dest_l3_network_uuid", "static_ip", "system_tags", "user_tags"),
    required=("vmNicUuid", "destL3NetworkUuid"),
    body_key="params",
    since="4.1.0",
    result=".models.change_vm_nic_network_result:ChangeVmNicNetworkResult",
)

CHANGE_VM_NIC_SECURITY_POLICY: Api[ChangeVmNicSecurityPolicyResult] = Api(
    "ChangeVmNicSecurityPolicy",
    "PUT",
    "/security-groups/nics/{vmNicUuid}/security-policy/actions",
    params=(
        ("vmNicUuid", "path", "4.7.21"),
        ("egressPolicy", "body", "4.7.21"),
        ("ingressPolicy", "body", "4.7.21"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("vm_nic_uuid", "egress_policy", "ingress_policy", "system_tags", "user_tags"),
    required=("vmNicUuid",),
    body_key="changeVmNicSecurityPolicy",
    since="4.0.0",
    result=".models.change_vm_nic_security_policy_result:ChangeVmNicSecurityPolicyResult",
    checks=(
        ("egressPolicy", "egress_policy", "enum", ("DENY", "ALLOW")),
        ("ingressPolicy", "ingress_policy", "enum", ("DENY", "ALLOW")),
    ),
)

CHANGE_VM_NIC_STATE: Api[ChangeVmNicStateResult] = Api(
    "ChangeVmNicState",
    "PUT",
    "/vm-instances/nics/{vmNicUuid}/actions",
    params=(
        ("vmNicUuid", "path", "4.6.0"),
        ("state", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=("vm_nic_uuid", "state", "system_tags", "user_tags"),
    required=("vmNicUuid", "state"),
    body_key="changeVmNicState",
    since="4.6.0",
    result=".models.change_vm_nic_state_result:ChangeVmNicStateResult",
    checks=(("state", "state", "enum", ("enable", "disable")),),
)

CHANGE_VM_PASSWORD: Api[ChangeVmPasswordResult] = Api(
    "ChangeVmPassword",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("account", "body", "0.6"),
        ("password", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "account", "password", "system_tags", "user_tags"),
    required=("uuid", "account", "password"),
    body_key="changeVmPassword",
    since="0.6",
    result=".models.change_vm_password_result:ChangeVmPasswordResult",
    checks=(
        ("account", "account", "minLength", 1),
        ("password", "password", "maxLength", 32),
        (
            "password",
            "password",
            "pattern",
            "^(?:[\\da-zA-Z-`=\\\\\\[\\];',./~!@#$%^&*()_+|{}:\"<>?]{1,})$",
        ),
    ),
)

CLONE_VM_INSTANCE: Api[CloneVmInstanceResult] = Api(
    "CloneVmInstance",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("clusterUuid", "body", "4.6.21"),
        ("dataVolumeSystemTags", "body", "4.6.21"),
        ("full", "body", "2.5.0"),
        ("hostUuid", "body", "4.6.21"),
        ("names", "body", "0.6"),
        ("primaryStorageUuidForDataVolume", "body", "4.6.21"),
        ("primaryStorageUuidForRootVolume", "body", "4.6.21"),
        ("rootVolumeSystemTags", "body", "4.6.21"),
        ("strategy", "body", "0.6"),
        ("vmNicParams", "body", "5.1.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "vm_instance_uuid",
        "cluster_uuid",
        "data_volume_system_tags",
        "full",
        "host_uuid",
        "names",
        "primary_storage_uuid_for_data_volume",
        "primary_storage_uuid_for_root_volume",
        "root_volume_system_tags",
        "strategy",
        "vm_nic_params",
        "system_tags",
        "user_tags",
    ),
    required=("vmInstanceUuid", "names"),
    body_key="cloneVmInstance",
    since="0.6",
    result=".models.clone_vm_instance_result:CloneVmInstanceResult",
    checks=(
        ("names", "names", "minItems", 1),
        ("strategy", "strategy", "enum", ("InstantStart", "JustCreate", "CreateStopped")),
    ),
)

CREATE_DIRECTORY: Api[CreateDirectoryResult] = Api(
    "CreateDirectory",
    "POST",
    "/create/directory",
    params=(
        ("name", "body", "4.6.0"),
        ("parentUuid", "body", "4.6.0"),
        ("resourceUuid", "body", "4.6.0"),
        ("tagUuids", "body", "4.6.0"),
        ("type", "body", "4.6.0"),
        ("zoneUuid", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=(
        "name",
        "parent_uuid",
        "resource_uuid",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "type", "zoneUuid"),
    body_key="params",
    since="4.6.0",
    result=".models.create_directory_result:CreateDirectoryResult",
    checks=(("name", "name", "maxLength", 255),),
)

CREATE_FAULT_TOLERANCE_VM_INSTANCE: Api[CreateFaultToleranceVmInstanceResult] = Api(
    "CreateFaultToleranceVmInstance",
    "POST",
    "/vm-instances/fault-tolerance",
    params=(
        ("clusterUuid", "body", None),
        ("cpuNum", "body", None),
        ("dataDiskOfferingUuids", "body", None),
        ("dataVolumeSystemTags", "body", None),
        ("defaultL3NetworkUuid", "body", None),
        ("description", "body", None),
        ("hostUuid", "body", None),
        ("imageUuid", "body", None),
        ("instanceOfferingUuid", "body", None),
        ("l3NetworkUuids", "body", None),
        ("memorySize", "body", None),
        ("name", "body", None),
        ("primaryStorageUuidForRootVolume", "body", None),
        ("reservedMemorySize", "body", None),
        ("resourceUuid", "body", None),
        ("rootVolumeSystemTags", "body", None),
        ("strategy", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "cluster_uuid",
        "cpu_num",
        "data_disk_offering_uuids",
        "data_volume_system_tags",
        "default_l3_network_uuid",
        "description",
        "host_uuid",
        "image_uuid",
        "instance_offering_uuid",
        "l3_network_uuids",
        "memory_size",
        "name",
        "primary_storage_uuid_for_root_volume",
        "reserved_memory_size",
        "resource_uuid",
        "root_volume_system_tags",
        "strategy",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("imageUuid", "l3NetworkUuids", "name"),
    body_key="params",
    since=None,
    result=".models.create_fault_tolerance_vm_instance_result:CreateFaultToleranceVmInstanceResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("l3NetworkUuids", "l3_network_uuids", "minItems", 1),
        ("name", "name", "maxLength", 255),
        ("reservedMemorySize", "reserved_memory_size", "minimum", 0),
        ("reservedMemorySize", "reserved_memory_size", "maximum", 9223372036854775807),
    ),
)

CREATE_REBOOT_VM_INSTANCE_SCHEDULER: Api[CreateRebootVmInstanceSchedulerResult] = Api(
    "CreateRebootVmInstanceScheduler",
    "POST",
    "/vm-instances/{vmUuid}/schedulers/rebooting",
    params=(
        ("vmUuid", "path", "0.6"),
        ("cron", "body", "1.6"),
        ("interval", "body", "1.6"),
        ("repeatCount", "body", "1.6"),
        ("resourceUuid", "body", "0.6"),
        ("schedulerDescription", "body", "1.6"),
        ("schedulerName", "body", "1.6"),
        ("startTime", "body", "1.6"),
        ("type", "body", "1.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "vm_uuid",
        "cron",
        "interval",
        "repeat_count",
        "resource_uuid",
        "scheduler_description",
        "scheduler_name",
        "start_time",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("vmUuid", "schedulerName", "type"),
    body_key="params",
    since="0.6",
    result=".models.create_reboot_vm_instance_scheduler_result:CreateRebootVmInstanceSchedulerResult",
    checks=(("type", "type", "enum", ("simple", "cron")),),
)

CREATE_START_VM_INSTANCE_SCHEDULER: Api[CreateStartVmInstanceSchedulerResult] = Api(
    "CreateStartVmInstanceScheduler",
    "POST",
    "/vm-instances/{vmUuid}/schedulers/starting",
    params=(
        ("vmUuid", "path", "0.6"),
        ("clusterUuid", "body", "0.6"),
        ("cron", "body", "1.6"),
        ("hostUuid", "body", "0.6"),
        ("interval", "body", "1.6"),
        ("repeatCount", "body", "1.6"),
        ("resourceUuid", "body", "0.6"),
        ("schedulerDescription", "body", "1.6"),
        ("schedulerName", "body", "1.6"),
        ("startTime", "body", "1.6"),
        ("type", "body", "1.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "vm_uuid",
        "cluster_uuid",
        "cron",
        "host_uuid",
        "interval",
        "repeat_count",
        "resource_uuid",
        "scheduler_description",
        "scheduler_name",
        "start_time",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("vmUuid", "schedulerName", "type"),
    body_key="params",
    since="0.6",
    result=".models.create_start_vm_instance_scheduler_result:CreateStartVmInstanceSchedulerResult",
    checks=(("type", "type", "enum", ("simple", "cron")),),
)

CREATE_STOP_VM_INSTANCE_SCHEDULER: Api[CreateStopVmInstanceSchedulerResult] = Api(
    "CreateStopVmInstanceScheduler",
    "POST",
    "/vm-instances/{vmUuid}/schedulers/stopping",
    params=(
        ("vmUuid", "path", "0.6"),
        ("cron", "body", "1.6"),
        ("interval", "body", "1.6"),
        ("repeatCount", "body", "1.6"),
        ("resourceUuid", "body", "0.6"),
        ("schedulerDescription", "body", "1.6"),
        ("schedulerName", "body", "1.6"),
        ("startTime", "body", "1.6"),
        ("type", "body", "1.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "vm_uuid",
        "cron",
        "interval",
        "repeat_count",
        "resource_uuid",
        "scheduler_description",
        "scheduler_name",
        "start_time",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("vmUuid", "schedulerName", "type"),
    body_key="params",
    since="0.6",
    result=".models.create_stop_vm_instance_scheduler_result:CreateStopVmInstanceSchedulerResult",
    checks=(("type", "type", "enum", ("simple", "cron")),),
)

CREATE_VM_CD_ROM: Api[CreateVmCdRomResult] = Api(
    "CreateVmCdRom",
    "POST",
    "/vm-instances/cdroms",
    params=(
        ("description", "body", "3.3.0"),
        ("isoUuid", "body", "3.3.0"),
        ("name", "body", "3.3.0"),
        ("resourceUuid", "body", "3.3.0"),
        ("tagUuids", "body", None),
        ("vmInstanceUuid", "body", "3.3.0"),
        ("systemTags", "root", "3.3.0"),
        ("userTags", "root", "3.3.0"),
    ),
    names=(
        "description",
        "iso_uuid",
        "name",
        "resource_uuid",
        "tag_uuids",
        "vm_instance_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "vmInstanceUuid"),
    body_key="params",
    since="3.3.0",
    result=".models.create_vm_cd_rom_result:CreateVmCdRomResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_VM_INSTANCE: Api[CreateVmInstanceResult] = Api(
    "CreateVmInstance",
    "POST",
    "/vm-instances",
    params=(
        ("architecture", "body", None),
        ("clusterUuid", "body", "0.6"),
        ("cpuNum", "body", "3.4.0"),
        ("dataDiskOfferingUuids", "body", "0.6"),
        ("dataDiskSizes", "body", "4.4.24"),
        ("dataVolumeSystemTags", "body", "3.0"),
        ("dataVolumeSystemTagsOnIndex", "body", "4.4.24"),
        ("defaultL3NetworkUuid", "body", "0.6"),
        ("description", "body", "0.6"),
        ("diskAOs", "body", None),
        ("guestOsType", "body", None),
        ("hostUuid", "body", "0.6"),
        ("imageUuid", "body", "0.6"),
        ("instanceOfferingUuid", "body", "0.6"),
        ("l3NetworkUuids", "body", "0.6"),
        ("memorySize", "body", "3.4.0"),
        ("name", "body", "0.6"),
        ("platform", "body", None),
        ("primaryStorageUuidForRootVolume", "body", "1.8"),
        ("reservedMemorySize", "body", "4.7.21"),
        ("resourceUuid", "body", "0.6"),
        ("rootDiskOfferingUuid", "body", "0.6"),
        ("rootDiskSize", "body", "3.4.0"),
        ("rootVolumeSystemTags", "body", "3.0"),
        ("sshKeyPairUuids", "body", "4.7.21"),
        ("strategy", "body", "0.6"),
        ("tagUuids", "body", "3.4.0"),
        ("type", "body", "0.6"),
        ("virtio", "body", None),
        ("vmNicParams", "body", None),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "architecture",
        "cluster_uuid",
        "cpu_num",
        "data_disk_offering_uuids",
        "data_disk_sizes",
        "data_volume_system_tags",
        "data_volume_system_tags_on_index",
        "default_l3_network_uuid",
        "description",
        "disk_aos",
        "guest_os_type",
        "host_uuid",
        "image_uuid",
        "instance_offering_uuid",
        "l3_network_uuids",
        "memory_size",
        "name",
        "platform",
        "primary_storage_uuid_for_root_volume",
        "reserved_memory_size",
        "resource_uuid",
        "root_disk_offering_uuid",
        "root_disk_size",
        "root_volume_system_tags",
        "ssh_key_pair_uuids",
        "strategy",
        "tag_uuids",
        "type",
        "virtio",
        "vm_nic_params",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="0.6",
    result=".models.create_vm_instance_result:CreateVmInstanceResult",
    checks=(
        ("architecture", "architecture", "maxLength", 32),
        ("architecture", "architecture", "enum", ("x86_64", "aarch64", "mips64el", "loongarch64")),
        ("description", "description", "maxLength", 2048),
        ("guestOsType", "guest_os_type", "maxLength", 255),
        ("imageUuid", "image_uuid", "minLength", 1),
        ("name", "name", "maxLength", 255),
        (
            "platform",
            "platform",
            "enum",
            ("Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"),
        ),
        ("reservedMemorySize", "reserved_memory_size", "minimum", 0),
        ("reservedMemorySize", "reserved_memory_size", "maximum", 9223372036854775807),
        ("strategy", "strategy", "enum", ("InstantStart", "JustCreate", "CreateStopped")),
        ("type", "type", "enum", ("UserVm", "ApplianceVm")),
    ),
)

CREATE_VM_INSTANCE_FROM_OVF: Api[CreateVmInstanceFromOvfResult] = Api(
    "CreateVmInstanceFromOvf",
    "POST",
    "/ovf/create-vm-instance",
    params=(
        ("backupStorageUuid", "body", "4.4.6"),
        ("deleteImageAfterSuccess", "body", "4.4.6"),
        ("deleteImageOnFail", "body", "4.4.6"),
        ("jsonCreateVmParam", "body", "4.4.6"),
        ("jsonImageInfos", "body", "4.4.6"),
        ("resourceUuid", "body", "4.4.6"),
        ("tagUuids", "body", "4.4.6"),
        ("xmlBase64", "body", "4.4.6"),
        ("systemTags", "root", "4.4.6"),
        ("userTags", "root", "4.4.6"),
    ),
    names=(
        "backup_storage_uuid",
        "delete_image_after_success",
        "delete_image_on_fail",
        "json_create_vm_param",
        "json_image_infos",
        "resource_uuid",
        "tag_uuids",
        "xml_base64",
        "system_tags",
        "user_tags",
    ),
    required=("backupStorageUuid", "jsonCreateVmParam", "jsonImageInfos", "xmlBase64"),
    body_key="params",
    since="4.4.6",
    result=".models.create_vm_instance_from_ovf_result:CreateVmInstanceFromOvfResult",
)

CREATE_VM_INSTANCE_FROM_VOLUME: Api[CreateVmInstanceFromVolumeResult] = Api(
    "CreateVmInstanceFromVolume",
    "POST",
    "/vm-instances/from/volume",
    params=(
        ("clusterUuid", "body", "3.10.0"),
        ("cpuNum", "body", "3.10.0"),
        ("defaultL3NetworkUuid", "body", "3.10.0"),
        ("description", "body", "3.10.0"),
        ("hostUuid", "body", "3.10.0"),
        ("instanceOfferingUuid", "body", "3.10.0"),
        ("l3NetworkUuids", "body", "3.10.0"),
        ("memorySize", "body", "3.10.0"),
        ("name", "body", "3.10.0"),
        ("platform", "body", "3.10.0"),
        ("primaryStorageUuid", "body", "3.10.0"),
        ("reservedMemorySize", "body", None),
        ("resourceUuid", "body", "3.10.0"),
        ("strategy", "body", "3.10.0"),
        ("tagUuids", "body", "3.10.0"),
        ("type", "body", "3.10.0"),
        ("vmNicParams", "body", None),
        ("volumeUuid", "body", "4.1.0"),
        ("zoneUuid", "body", "3.10.0"),
        ("systemTags", "root", "3.10.0"),
        ("userTags", "root", "3.10.0"),
    ),
    names=(
        "cluster_uuid",
        "cpu_num",
        "default_l3_network_uuid",
        "description",
        "host_uuid",
        "instance_offering_uuid",
        "l3_network_uuids",
        "memory_size",
        "name",
        "platform",
        "primary_storage_uuid",
        "reserved_memory_size",
        "resource_uuid",
        "strategy",
        "tag_uuids",
        "type",
        "vm_nic_params",
        "volume_uuid",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "volumeUuid"),
    body_key="params",
    since="3.10.0",
    result=".models.create_vm_instance_from_volume_result:CreateVmInstanceFromVolumeResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        (
            "platform",
            "platform",
            "enum",
            ("Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"),
        ),
        ("reservedMemorySize", "reserved_memory_size", "minimum", 0),
        ("reservedMemorySize", "reserved_memory_size", "maximum", 9223372036854775807),
        ("strategy", "strategy", "enum", ("InstantStart", "CreateStopped")),
        ("type", "type", "enum", ("UserVm", "ApplianceVm")),
    ),
)

CREATE_VM_INSTANCE_FROM_VOLUME_SNAPSHOT: Api[CreateVmInstanceFromVolumeSnapshotResult] = Api(
    "CreateVmInstanceFromVolumeSnapshot",
    "POST",
    "/vm-instances/from/volume-snapshots/{volumeSnapshotUuid}",
    params=(
        ("volumeSnapshotUuid", "path", "4.1.0"),
        ("clusterUuid", "body", "4.1.0"),
        ("cpuNum", "body", "4.1.0"),
        ("defaultL3NetworkUuid", "body", "4.1.0"),
        ("description", "body", "4.1.0"),
        ("hostUuid", "body", "4.1.0"),
        ("instanceOfferingUuid", "body", "4.1.0"),
        ("l3NetworkUuids", "body", "4.1.0"),
        ("memorySize", "body", "4.1.0"),
        ("name", "body", "4.1.0"),
        ("platform", "body", "4.1.0"),
        ("primaryStorageUuid", "body", "4.1.0"),
        ("reservedMemorySize", "body", None),
        ("resourceUuid", "body", "4.1.0"),
        ("rootVolumeSystemTags", "body", None),
        ("strategy", "body", "4.1.0"),
        ("tagUuids", "body", "4.1.0"),
        ("type", "body", "4.1.0"),
        ("vmNicParams", "body", None),
        ("zoneUuid", "body", "4.1.0"),
        ("systemTags", "root", "4.1.0"),
        ("userTags", "root", "4.1.0"),
    ),
    names=(
        "volume_snapshot_uuid",
        "cluster_uuid",
        "cpu_num",
        "default_l3_network_uuid",
        "description",
        "host_uuid",
        "instance_offering_uuid",
        "l3_network_uuids",
        "memory_size",
        "name",
        "platform",
        "primary_storage_uuid",
        "reserved_memory_size",
        "resource_uuid",
        "root_volume_system_tags",
        "strategy",
        "tag_uuids",
        "type",
        "vm_nic_params",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("volumeSnapshotUuid", "name"),
    body_key="params",
    since="4.1.0",
    result=".models.create_vm_instance_from_volume_snapshot_result:CreateVmInstanceFromVolumeSnapshotResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        (
            "platform",
            "platform",
            "enum",
            ("Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"),
        ),
        ("reservedMemorySize", "reserved_memory_size", "minimum", 0),
        ("reservedMemorySize", "reserved_memory_size", "maximum", 9223372036854775807),
        ("strategy", "strategy", "enum", ("InstantStart", "CreateStopped")),
        ("type", "type", "enum", ("UserVm", "ApplianceVm")),
    ),
)

CREATE_VM_INSTANCE_FROM_VOLUME_SNAPSHOT_GROUP: Api[
    CreateVmInstanceFromVolumeSnapshotGroupResult
] = Api(
    "CreateVmInstanceFromVolumeSnapshotGroup",
    "POST",
    "/vm-instances/from/volume-snapshots/group/{volumeSnapshotGroupUuid}",
    params=(
        ("volumeSnapshotGroupUuid", "path", "4.1.0"),
        ("clusterUuid", "body", "4.1.0"),
        ("cpuNum", "body", "4.1.0"),
        ("dataVolumeSystemTags", "body", None),
        ("defaultL3NetworkUuid", "body", "4.1.0"),
        ("description", "body", "4.1.0"),
        ("hostUuid", "body", "4.1.0"),
        ("instanceOfferingUuid", "body", "4.1.0"),
        ("l3NetworkUuids", "body", "4.1.0"),
        ("memorySize", "body", "4.1.0"),
        ("name", "body", "4.1.0"),
        ("primaryStorageUuidForRootVolume", "body", "4.1.0"),
        ("reservedMemorySize", "body", None),
        ("resourceUuid", "body", "4.1.0"),
        ("rootVolumeSystemTags", "body", None),
        ("strategy", "body", "4.1.0"),
        ("tagUuids", "body", "4.1.0"),
        ("type", "body", "4.1.0"),
        ("zoneUuid", "body", "4.1.0"),
        ("systemTags", "root", "4.1.0"),
        ("userTags", "root", "4.1.0"),
    ),
    names=(
        "volume_snapshot_group_uuid",
        "cluster_uuid",
        "cpu_num",
        "data_volume_system_tags",
        "default_l3_network_uuid",
        "description",
        "host_uuid",
        "instance_offering_uuid",
        "l3_network_uuids",
        "memory_size",
        "name",
        "primary_storage_uuid_for_root_volume",
        "reserved_memory_size",
        "resource_uuid",
        "root_volume_system_tags",
        "strategy",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("volumeSnapshotGroupUuid", "name"),
    body_key="params",
    since="4.1.0",
    result=".models.create_vm_instance_from_volume_snapshot_group_result:CreateVmInstanceFromVolumeSnapshotGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("reservedMemorySize", "reserved_memory_size", "minimum", 0),
        ("reservedMemorySize", "reserved_memory_size", "maximum", 9223372036854775807),
        ("strategy", "strategy", "enum", ("InstantStart", "CreateStopped")),
        ("type", "type", "enum", ("UserVm", "ApplianceVm")),
    ),
)

CREATE_VM_NIC: Api[CreateVmNicResult] = Api(
    "CreateVmNic",
    "POST",
    "/nics",
    params=(
        ("ip", "body", "4.0.0"),
        ("l3NetworkUuid", "body", "4.0.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("ip", "l3_network_uuid", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("l3NetworkUuid",),
    body_key="params",
    since="4.0.0",
    result=".models.create_vm_nic_result:CreateVmNicResult",
)

DELETE_DIRECTORY: Api[DeleteDirectoryResult] = Api(
    "DeleteDirectory",
    "DELETE",
    "/delete/directory",
    params=(
        ("uuid", "query", "4.6.0"),
        ("deleteMode", "query", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.6.0",
    result=".models.delete_directory_result:DeleteDirectoryResult",
)

DELETE_NIC_QOS: Api[DeleteNicQosResult] = Api(
    "DeleteNicQos",
    "DELETE",
    "/vm-instances/{uuid}/nic-qos",
    params=(
        ("uuid", "path", "0.6"),
        ("direction", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "direction", "system_tags", "user_tags"),
    required=("uuid", "direction"),
    since="0.6",
    result=".models.delete_nic_qos_result:DeleteNicQosResult",
    checks=(("direction", "direction", "enum", ("in", "out")),),
)

DELETE_SSO_REDIRECT_TEMPLATE: Api[DeleteSSORedirectTemplateResult] = Api(
    "DeleteSSORedirectTemplate",
    "POST",
    "/delete/sso/redirect/template",
    params=(
        ("deleteMode", "body", None),
        ("uuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("delete_mode", "uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since=None,
    result=".models.delete_sso_redirect_template_result:DeleteSSORedirectTemplateResult",
)

DELETE_VM_BOOT_MODE: Api[DeleteVmBootModeResult] = Api(
    "DeleteVmBootMode",
    "DELETE",
    "/vm-instances/{uuid}/bootmode",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_vm_boot_mode_result:DeleteVmBootModeResult",
)

DELETE_VM_CD_ROM: Api[DeleteVmCdRomResult] = Api(
    "DeleteVmCdRom",
    "DELETE",
    "/vm-instances/cdroms/{uuid}",
    params=(
        ("uuid", "path", "3.3.0"),
        ("deleteMode", "query", "3.3.0"),
        ("systemTags", "query", "3.3.0"),
        ("userTags", "query", "3.3.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.3.0",
    result=".models.delete_vm_cd_rom_result:DeleteVmCdRomResult",
)

DELETE_VM_CONSOLE_PASSWORD: Api[DeleteVmConsolePasswordResult] = Api(
    "DeleteVmConsolePassword",
    "DELETE",
    "/vm-instances/{uuid}/console-password",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_vm_console_password_result:DeleteVmConsolePasswordResult",
)

DELETE_VM_HOSTNAME: Api[DeleteVmHostnameResult] = Api(
    "DeleteVmHostname",
    "DELETE",
    "/vm-instances/{uuid}/hostnames",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_vm_hostname_result:DeleteVmHostnameResult",
)

DELETE_VM_INSTANCE_HA_LEVEL: Api[DeleteVmInstanceHaLevelResult] = Api(
    "DeleteVmInstanceHaLevel",
    "DELETE",
    "/vm-instances/{uuid}/ha-levels",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_vm_instance_ha_level_result:DeleteVmInstanceHaLevelResult",
)

DELETE_VM_NIC: Api[DeleteVmNicResult] = Api(
    "DeleteVmNic",
    "DELETE",
    "/nics/{uuid}",
    params=(
        ("uuid", "path", "4.0.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.0.0",
    result=".models.delete_vm_nic_result:DeleteVmNicResult",
)

DELETE_VM_SSH_KEY: Api[DeleteVmSshKeyResult] = Api(
    "DeleteVmSshKey",
    "DELETE",
    "/vm-instances/{uuid}/ssh-keys",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_vm_ssh_key_result:DeleteVmSshKeyResult",
)

DELETE_VM_STATIC_IP: Api[DeleteVmStaticIpResult] = Api(
    "DeleteVmStaticIp",
    "DELETE",
    "/vm-instances/{vmInstanceUuid}/static-ips",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("l3NetworkUuid", "query", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
        ("staticIp", "query", None),
    ),
    names=(
        "vm_instance_uuid",
        "l3_network_uuid",
        "delete_mode",
        "system_tags",
        "user_tags",
        "static_ip",
    ),
    required=("vmInstanceUuid", "l3NetworkUuid"),
    since="0.6",
    result=".models.delete_vm_static_ip_result:DeleteVmStaticIpResult",
)

DELETE_VM_USER_DEFINED_XML: Api[DeleteVmUserDefinedXmlResult] = Api(
    "DeleteVmUserDefinedXml",
    "DELETE",
    "/vm-instances/{vmInstanceUuid}/xml",
    params=(
        ("vmInstanceUuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("vm_instance_uuid", "delete_mode", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since=None,
    result=".models.delete_vm_user_defined_xml_result:DeleteVmUserDefinedXmlResult",
)

DELETE_VM_USER_DEFINED_XML_HOOK_SCRIPT: Api[DeleteVmUserDefinedXmlHookScriptResult] = Api(
    "DeleteVmUserDefinedXmlHookScript",
    "DELETE",
    "/vm-instances/{vmInstanceUuid}/xml-hook-script",
    params=(
        ("vmInstanceUuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("vm_instance_uuid", "delete_mode", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since=None,
    result=".models.delete_vm_user_defined_xml_hook_script_result:DeleteVmUserDefinedXmlHookScriptResult",
)

DESCRIBE_VM_INSTANCE_RECOVERY_POINT: Api[DescribeVmInstanceRecoveryPointResult] = Api(
    "DescribeVmInstanceRecoveryPoint",
    "GET",
    "/vm-instances/{vmInstanceUuid}/recovery-point",
    params=(
        ("vmInstanceUuid", "path", None),
        ("groupId", "query", None),
        ("limit", "query", None),
        ("start", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("vm_instance_uuid", "group_id", "limit", "start", "system_tags", "user_tags"),
    required=("vmInstanceUuid", "groupId"),
    since=None,
    result=".models.describe_vm_instance_recovery_point_result:DescribeVmInstanceRecoveryPointResult",
    checks=(
        ("vmInstanceUuid", "vm_instance_uuid", "minLength", 1),
        ("groupId", "group_id", "minimum", 1),
        ("groupId", "group_id", "maximum", 9223372036854775807),
    ),
)

DESTROY_VM_INSTANCE: Api[DestroyVmInstanceResult] = Api(
    "DestroyVmInstance",
    "DELETE",
    "/vm-instances/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.destroy_vm_instance_result:DestroyVmInstanceResult",
)

DETACH_ISO_FROM_VM_INSTANCE: Api[DetachIsoFromVmInstanceResult] = Api(
    "DetachIsoFromVmInstance",
    "DELETE",
    "/vm-instances/{vmInstanceUuid}/iso",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
        ("isoUuid", "query", "2.3.1"),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags", "iso_uuid"),
    required=("vmInstanceUuid",),
    since="0.6",
    result=".models.detach_iso_from_vm_instance_result:DetachIsoFromVmInstanceResult",
)

DETACH_L3_NETWORK_FROM_VM: Api[DetachL3NetworkFromVmResult] = Api(
    "DetachL3NetworkFromVm",
    "DELETE",
    "/vm-instances/nics/{vmNicUuid}",
    params=(
        ("vmNicUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("vm_nic_uuid", "system_tags", "user_tags"),
    required=("vmNicUuid",),
    since="0.6",
    result=".models.detach_l3_network_from_vm_result:DetachL3NetworkFromVmResult",
)

EXECUTE_GUEST_VM_COMMAND: Api[ExecuteGuestVmCommandResult] = Api(
    "ExecuteGuestVmCommand",
    "POST",
    "/vm-instances/commands/exec",
    params=(
        ("command", "body", "5.2.0"),
        ("commandTimeout", "body", "5.2.0"),
        ("platform", "body", "5.2.0"),
        ("vmInstanceUuid", "body", "5.2.0"),
        ("systemTags", "root", "5.2.0"),
        ("userTags", "root", "5.2.0"),
    ),
    names=(
        "command",
        "command_timeout",
        "platform",
        "vm_instance_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("command", "platform", "vmInstanceUuid"),
    body_key="params",
    since="5.2.0",
    result=".models.execute_guest_vm_command_result:ExecuteGuestVmCommandResult",
    checks=(
        ("command", "command", "maxLength", 65536),
        ("commandTimeout", "command_timeout", "minimum", 10),
        ("commandTimeout", "command_timeout", "maximum", 86400),
        ("platform", "platform", "enum", ("Windows", "Linux")),
    ),
)

EXPORT_VM_OVA_PACKAGE: Api[ExportVmOvaPackageResult] = Api(
    "ExportVmOvaPackage",
    "POST",
    "/ovf/ova-packages",
    params=(
        ("backupStorageUuid", "body", "4.4.6"),
        ("description", "body", "4.4.6"),
        ("name", "body", "4.4.6"),
        ("resourceUuid", "body", "4.4.6"),
        ("tagUuids", "body", "4.4.6"),
        ("vmUuid", "body", "4.4.6"),
        ("systemTags", "root", "4.4.6"),
        ("userTags", "root", "4.4.6"),
    ),
    names=(
        "backup_storage_uuid",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "vm_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("backupStorageUuid", "vmUuid"),
    body_key="params",
    since="4.4.6",
    result=".models.export_vm_ova_package_result:ExportVmOvaPackageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

EXPUNGE_VM_INSTANCE: Api[ExpungeVmInstanceResult] = Api(
    "ExpungeVmInstance",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="expungeVmInstance",
    since="0.6",
    result=".models.expunge_vm_instance_result:ExpungeVmInstanceResult",
)

FAILOVER_FAULT_TOLERANCE_VM: Api[FailoverFaultToleranceVmResult] = Api(
    "FailoverFaultToleranceVm",
    "PUT",
    "/vm-instances/fault-tolerance",
    params=(
        ("faultToleranceVmUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("fault_tolerance_vm_uuid", "system_tags", "user_tags"),
    required=("faultToleranceVmUuid",),
    body_key="failoverFaultToleranceVm",
    since=None,
    result=".models.failover_fault_tolerance_vm_result:FailoverFaultToleranceVmResult",
)

FLATTEN_VM_INSTANCE: Api[FlattenVmInstanceResult] = Api(
    "FlattenVmInstance",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.0"),
        ("dryRun", "body", "4.7.0"),
        ("full", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    names=("uuid", "dry_run", "full", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="flattenVmInstance",
    since="4.7.0",
    result=".models.flatten_vm_instance_result:FlattenVmInstanceResult",
)

FSTRIM_VM: Api[FstrimVmResult] = Api(
    "FstrimVm",
    "POST",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since=None,
    result=".models.fstrim_vm_result:FstrimVmResult",
)

GET_CANDIDATE_ISO_FOR_ATTACHING_VM: Api[GetCandidateIsoForAttachingVmResult] = Api(
    "GetCandidateIsoForAttachingVm",
    "GET",
    "/vm-instances/{vmInstanceUuid}/iso-candidates",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since="0.6",
    result=".models.get_candidate_iso_for_attaching_vm_result:GetCandidateIsoForAttachingVmResult",
)

GET_CANDIDATE_L3_NETWORKS_FOR_CHANGE_VM_NIC_NETWORK: Api[
    GetCandidateL3NetworksForChangeVmNicNetworkResult
] = Api(
    "GetCandidateL3NetworksForChangeVmNicNetwork",
    "GET",
    "/vm-instances/nics/{vmNicUuid}/l3-networks-candidates",
    params=(
        ("vmNicUuid", "path", "4.1.0"),
        ("systemTags", "query", "4.1.0"),
        ("userTags", "query", "4.1.0"),
    ),
    names=("vm_nic_uuid", "system_tags", "user_tags"),
    required=("vmNicUuid",),
    since="4.1.0",
    result=".models.get_candidate_l3_networks_for_change_vm_nic_network_result:GetCandidateL3NetworksForChangeVmNicNetworkResult",
)

GET_CANDIDATE_PRIMARY_STORAGES_FOR_CREATING_VM: Api[
    GetCandidatePrimaryStoragesForCreatingVmResult
] = Api(
    "GetCandidatePrimaryStoragesForCreatingVm",
    "GET",
    "/vm-instances/candidate-storages",
    params=(
        ("imageUuid", "query", "2.1"),
        ("l3NetworkUuids", "query", "2.1"),
        ("rootDiskOfferingUuid", "query", "2.1"),
        ("rootDiskSize", "query", "4.1.2"),
        ("dataDiskOfferingUuids", "query", "2.1"),
        ("dataDiskSizes", "query", "4.3.9"),
        ("zoneUuid", "query", "2.1"),
        ("clusterUuid", "query", "2.1"),
        ("defaultL3NetworkUuid", "query", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
        ("instanceOfferingUuid", "query", "5.4.0"),
    ),
    names=(
        "image_uuid",
        "l3_network_uuids",
        "root_disk_offering_uuid",
        "root_disk_size",
        "data_disk_offering_uuids",
        "data_disk_sizes",
        "zone_uuid",
        "cluster_uuid",
        "default_l3_network_uuid",
        "system_tags",
        "user_tags",
        "instance_offering_uuid",
    ),
    required=("imageUuid", "l3NetworkUuids"),
    since="2.1",
    result=".models.get_candidate_primary_storages_for_creating_vm_result:GetCandidatePrimaryStoragesForCreatingVmResult",
    checks=(
        ("l3NetworkUuids", "l3_network_uuids", "minItems", 1),
        ("rootDiskSize", "root_disk_size", "minimum", 1),
        ("rootDiskSize", "root_disk_size", "maximum", 9223372036854775807),
        ("dataDiskOfferingUuids", "data_disk_offering_uuids", "minItems", 1),
    ),
)

GET_CANDIDATE_VM_FOR_ATTACHING_ISO: Api[GetCandidateVmForAttachingIsoResult] = Api(
    "GetCandidateVmForAttachingIso",
    "GET",
    "/images/iso/{isoUuid}/vm-candidates",
    params=(
        ("isoUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("iso_uuid", "system_tags", "user_tags"),
    required=("isoUuid",),
    since="0.6",
    result=".models.get_candidate_vm_for_attaching_iso_result:GetCandidateVmForAttachingIsoResult",
)

GET_CANDIDATE_ZONES_CLUSTERS_HOSTS_FOR_CREATING_VM: Api[
    GetCandidateZonesClustersHostsForCreatingVmResult
] = Api(
    "GetCandidateZonesClustersHostsForCreatingVm",
    "GET",
    "/vm-instances/candidate-destinations",
    params=(
        ("instanceOfferingUuid", "query", "0.6s"),
        ("imageUuid", "query", "0.6"),
        ("l3NetworkUuids", "query", "0.6"),
        ("rootDiskOfferingUuid", "query", "0.6"),
        ("dataDiskOfferingUuids", "query", "0.6"),
        ("zoneUuid", "query", "0.6"),
        ("clusterUuid", "query", "0.6"),
        ("defaultL3NetworkUuid", "query", "0.6"),
        ("cpuNum", "query", "3.10.0"),
        ("memorySize", "query", "3.10.0"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
        ("rootDiskSize", "query", None),
    ),
    names=(
        "instance_offering_uuid",
        "image_uuid",
        "l3_network_uuids",
        "root_disk_offering_uuid",
        "data_disk_offering_uuids",
        "zone_uuid",
        "cluster_uuid",
        "default_l3_network_uuid",
        "cpu_num",
        "memory_size",
        "system_tags",
        "user_tags",
        "root_disk_size",
    ),
    required=("imageUuid", "l3NetworkUuids"),
    since="0.6s",
    result=".models.get_candidate_zones_clusters_hosts_for_creating_vm_result:GetCandidateZonesClustersHostsForCreatingVmResult",
    checks=(
        ("l3NetworkUuids", "l3_network_uuids", "minItems", 1),
        ("dataDiskOfferingUuids", "data_disk_offering_uuids", "minItems", 1),
        ("cpuNum", "cpu_num", "minimum", 1),
        ("cpuNum", "cpu_num", "maximum", 1024),
        ("memorySize", "memory_size", "minimum", 1),
        ("memorySize", "memory_size", "maximum", 9223372036854775807),
        ("rootDiskSize", "root_disk_size", "minimum", 1),
        ("rootDiskSize", "root_disk_size", "maximum", 9223372036854775807),
    ),
)

GET_FAULT_TOLERANCE_VMS: Api[GetFaultToleranceVmsResult] = Api(
    "GetFaultToleranceVms",
    "GET",
    "/vm-instances/fault-tolerance/sub-vms",
    params=(
        ("faultToleranceVmUuid", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("fault_tolerance_vm_uuid", "system_tags", "user_tags"),
    required=("faultToleranceVmUuid",),
    since=None,
    result=".models.get_fault_tolerance_vms_result:GetFaultToleranceVmsResult",
)

GET_IMAGE_CANDIDATES_FOR_VM_TO_CHANGE: Api[GetImageCandidatesForVmToChangeResult] = Api(
    "GetImageCandidatesForVmToChange",
    "GET",
    "/vm-instances/{vmInstanceUuid}/image-candidates",
    params=(
        ("vmInstanceUuid", "path", "2.2"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since="2.2",
    result=".models.get_image_candidates_for_vm_to_change_result:GetImageCandidatesForVmToChangeResult",
)

GET_INTERDEPENDENT_L3_NETWORKS_IMAGES: Api[GetInterdependentL3NetworksImagesResult] = Api(
    "GetInterdependentL3NetworksImages",
    "GET",
    "/images-l3networks/dependencies",
    params=(
        ("zoneUuid", "query", "0.6"),
        ("l3NetworkUuids", "query", "0.6"),
        ("imageUuid", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
        ("raiseException", "query", None),
    ),
    names=(
        "zone_uuid",
        "l3_network_uuids",
        "image_uuid",
        "system_tags",
        "user_tags",
        "raise_exception",
    ),
    required=("zoneUuid",),
    since="0.6",
    result=".models.get_interdependent_l3_networks_images_result:GetInterdependentL3NetworksImagesResult",
    checks=(("l3NetworkUuids", "l3_network_uuids", "minItems", 1),),
)

GET_LATEST_GUEST_TOOLS_FOR_VM: Api[GetLatestGuestToolsForVmResult] = Api(
    "GetLatestGuestToolsForVm",
    "GET",
    "/vm-instances/{uuid}/latest-guest-tools",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.7.0",
    result=".models.get_latest_guest_tools_for_vm_result:GetLatestGuestToolsForVmResult",
)

GET_NIC_QOS: Api[GetNicQosResult] = Api(
    "GetNicQos",
    "GET",
    "/vm-instances/{uuid}/nic-qos",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
        ("forceSync", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags", "force_sync"),
    required=("uuid",),
    since="0.6",
    result=".models.get_nic_qos_result:GetNicQosResult",
)

GET_SPICE_CERTIFICATES: Api[GetSpiceCertificatesResult] = Api(
    "GetSpiceCertificates",
    "GET",
    "/spice/certificates",
    params=(
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("system_tags", "user_tags"),
    since="3.7.0",
    result=".models.get_spice_certificates_result:GetSpiceCertificatesResult",
)

GET_VIRTUALIZER_INFO: Api[GetVirtualizerInfoResult] = Api(
    "GetVirtualizerInfo",
    "GET",
    "/vm-instances/virtualizer-info",
    params=(
        ("uuids", "query", "4.6.21"),
        ("systemTags", "query", "4.6.21"),
        ("userTags", "query", "4.6.21"),
    ),
    names=("uuids", "system_tags", "user_tags"),
    required=("uuids",),
    since="4.6.21",
    result=".models.get_virtualizer_info_result:GetVirtualizerInfoResult",
    checks=(("uuids", "uuids", "minItems", 1),),
)

GET_VM_ATTACHABLE_DATA_VOLUME: Api[GetVmAttachableDataVolumeResult] = Api(
    "GetVmAttachableDataVolume",
    "GET",
    "/vm-instances/{vmInstanceUuid}/data-volume-candidates",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since="0.6",
    result=".models.get_vm_attachable_data_volume_result:GetVmAttachableDataVolumeResult",
)

GET_VM_ATTACHABLE_L3_NETWORK: Api[GetVmAttachableL3NetworkResult] = Api(
    "GetVmAttachableL3Network",
    "GET",
    "/vm-instances/{vmInstanceUuid}/l3-networks-candidates",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since="0.6",
    result=".models.get_vm_attachable_l3_network_result:GetVmAttachableL3NetworkResult",
)

GET_VM_BOOT_ORDER: Api[GetVmBootOrderResult] = Api(
    "GetVmBootOrder",
    "GET",
    "/vm-instances/{uuid}/boot-orders",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.get_vm_boot_order_result:GetVmBootOrderResult",
)

GET_VM_CAPABILITIES: Api[GetVmCapabilitiesResult] = Api(
    "GetVmCapabilities",
    "GET",
    "/vm-instances/{uuid}/capabilities",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.get_vm_capabilities_result:GetVmCapabilitiesResult",
)

GET_VM_CONSOLE_ADDRESS: Api[GetVmConsoleAddressResult] = Api(
    "GetVmConsoleAddress",
    "GET",
    "/vm-instances/{uuid}/console-addresses",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.get_vm_console_address_result:GetVmConsoleAddressResult",
)

GET_VM_CONSOLE_PASSWORD: Api[GetVmConsolePasswordResult] = Api(
    "GetVmConsolePassword",
    "GET",
    "/vm-instances/{uuid}/console-passwords",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.get_vm_console_password_result:GetVmConsolePasswordResult",
)

GET_VM_DEVICE_ADDRESS: Api[GetVmDeviceAddressResult] = Api(
    "GetVmDeviceAddress",
    "GET",
    "/vm-instances/devices",
    params=(
        ("uuid", "query", "3.10.0"),
        ("resourceTypes", "query", "3.10.0"),
        ("systemTags", "query", "3.10.0"),
        ("userTags", "query", "3.10.0"),
    ),
    names=("uuid", "resource_types", "system_tags", "user_tags"),
    required=("uuid", "resourceTypes"),
    since="3.10.0",
    result=".models.get_vm_device_address_result:GetVmDeviceAddressResult",
    checks=(("resourceTypes", "resource_types", "items.enum", ("VolumeVO",)),),
)

GET_VM_EMULATOR_PINNING: Api[GetVmEmulatorPinningResult] = Api(
    "GetVmEmulatorPinning",
    "GET",
    "/vm-instances/{uuid}/emulator-pinning",
    params=(
        ("uuid", "path", "4.3.12"),
        ("systemTags", "query", "4.3.12"),
        ("userTags", "query", "4.3.12"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.3.12",
    result=".models.get_vm_emulator_pinning_result:GetVmEmulatorPinningResult",
)

GET_VM_GUEST_TOOLS_INFO: Api[GetVmGuestToolsInfoResult] = Api(
    "GetVmGuestToolsInfo",
    "GET",
    "/vm-instances/{uuid}/guest-tools-infos",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
        ("debug", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags", "debug"),
    required=("uuid",),
    since="3.7.0",
    result=".models.get_vm_guest_tools_info_result:GetVmGuestToolsInfoResult",
)

GET_VM_HOSTNAME: Api[GetVmHostnameResult] = Api(
    "GetVmHostname",
    "GET",
    "/vm-instances/{uuid}/hostnames",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.get_vm_hostname_result:GetVmHostnameResult",
)

GET_VM_INSTANCE_FIRST_BOOT_DEVICE: Api[GetVmInstanceFirstBootDeviceResult] = Api(
    "GetVmInstanceFirstBootDevice",
    "GET",
    "/vm-instances/{uuid}/first-boot-device",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.7.0",
    result=".models.get_vm_instance_first_boot_device_result:GetVmInstanceFirstBootDeviceResult",
)

GET_VM_INSTANCE_HA_LEVEL: Api[GetVmInstanceHaLevelResult] = Api(
    "GetVmInstanceHaLevel",
    "GET",
    "/vm-instances/{uuid}/ha-levels",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.get_vm_instance_ha_level_result:GetVmInstanceHaLevelResult",
)

GET_VM_MIGRATION_CANDIDATE_HOSTS: Api[GetVmMigrationCandidateHostsResult] = Api(
    "GetVmMigrationCandidateHosts",
    "GET",
    "/vm-instances/{vmInstanceUuid}/migration-target-hosts",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since="0.6",
    result=".models.get_vm_migration_candidate_hosts_result:GetVmMigrationCandidateHostsResult",
)

GET_VM_MONITOR_NUMBER: Api[GetVmMonitorNumberResult] = Api(
    "GetVmMonitorNumber",
    "GET",
    "/vm-instances/{uuid}/monitorNumber",
    params=(
        ("uuid", "path", "2.2"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.2",
    result=".models.get_vm_monitor_number_result:GetVmMonitorNumberResult",
)

GET_VM_NIC_ATTACHED_NETWORK_SERVICE: Api[GetVmNicAttachedNetworkServiceResult] = Api(
    "GetVmNicAttachedNetworkService",
    "GET",
    "/vm-instances/nics/{vmNicUuid}/attached-networkservices",
    params=(
        ("vmNicUuid", "path", "4.1.0"),
        ("systemTags", "query", "4.1.0"),
        ("userTags", "query", "4.1.0"),
    ),
    names=("vm_nic_uuid", "system_tags", "user_tags"),
    required=("vmNicUuid",),
    since="4.1.0",
    result=".models.get_vm_nic_attached_network_service_result:GetVmNicAttachedNetworkServiceResult",
)

GET_VM_NUMA: Api[GetVmNumaResult] = Api(
    "GetVmNuma",
    "GET",
    "/vm-instances/{uuid}/vnuma",
    params=(
        ("uuid", "path", "4.3.12"),
        ("systemTags", "query", "4.3.12"),
        ("userTags", "query", "4.3.12"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.3.12",
    result=".models.get_vm_numa_result:GetVmNumaResult",
)

GET_VM_QGA: Api[GetVmQgaResult] = Api(
    "GetVmQga",
    "GET",
    "/vm-instances/{uuid}/qga",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.get_vm_qga_result:GetVmQgaResult",
)

GET_VM_RDP: Api[GetVmRDPResult] = Api(
    "GetVmRDP",
    "GET",
    "/vm-instances/{uuid}/rdp",
    params=(
        ("uuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.1",
    result=".models.get_vm_rdp_result:GetVmRDPResult",
)

GET_VM_SSH_KEY: Api[GetVmSshKeyResult] = Api(
    "GetVmSshKey",
    "GET",
    "/vm-instances/{uuid}/ssh-keys",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.get_vm_ssh_key_result:GetVmSshKeyResult",
)

GET_VM_STARTING_CANDIDATE_CLUSTERS_HOSTS: Api[GetVmStartingCandidateClustersHostsResult] = Api(
    "GetVmStartingCandidateClustersHosts",
    "GET",
    "/vm-instances/{uuid}/starting-target-hosts",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.get_vm_starting_candidate_clusters_hosts_result:GetVmStartingCandidateClustersHostsResult",
)

GET_VM_TASK: Api[GetVmTaskResult] = Api(
    "GetVmTask",
    "GET",
    "/vm-instances/task-details",
    params=(
        ("vmInstanceUuids", "query", None),
        ("syncSignatures", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("vm_instance_uuids", "sync_signatures", "system_tags", "user_tags"),
    required=("vmInstanceUuids",),
    since=None,
    result=".models.get_vm_task_result:GetVmTaskResult",
    checks=(("vmInstanceUuids", "vm_instance_uuids", "minItems", 1),),
)

GET_VM_XML: Api[GetVmXmlResult] = Api(
    "GetVmXml",
    "GET",
    "/vm-instances/{vmInstanceUuid}/xml",
    params=(
        ("vmInstanceUuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since=None,
    result=".models.get_vm_xml_result:GetVmXmlResult",
)

GET_VM_XML_HOOK_SCRIPT: Api[GetVmXmlHookScriptResult] = Api(
    "GetVmXmlHookScript",
    "GET",
    "/vm-instances/{vmInstanceUuid}/xml-hook-script",
    params=(
        ("vmInstanceUuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since=None,
    result=".models.get_vm_xml_hook_script_result:GetVmXmlHookScriptResult",
)

GET_VMS_CAPABILITIES: Api[GetVmsCapabilitiesResult] = Api(
    "GetVmsCapabilities",
    "GET",
    "/vm-instances/capabilities",
    params=(
        ("vmUuids", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("vm_uuids", "system_tags", "user_tags"),
    required=("vmUuids",),
    since="4.0.0",
    result=".models.get_vms_capabilities_result:GetVmsCapabilitiesResult",
    checks=(("vmUuids", "vm_uuids", "minItems", 1),),
)

GET_VMV_NUMA_TOPOLOGY: Api[GetVmvNUMATopologyResult] = Api(
    "GetVmvNUMATopology",
    "GET",
    "/vm-instances/{uuid}/vnuma-topology",
    params=(
        ("uuid", "path", "4.3.12"),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.3.12",
    result=".models.get_vmv_numa_topology_result:GetVmvNUMATopologyResult",
)

MIGRATE_VM: Api[MigrateVmResult] = Api(
    "MigrateVm",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("allowUnknown", "body", "4.6.21"),
        ("downTime", "body", "4.6.21"),
        ("hostUuid", "body", "0.6"),
        ("migrateFromDestination", "body", "2.3"),
        ("strategy", "body", "4.6.21"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "vm_instance_uuid",
        "allow_unknown",
        "down_time",
        "host_uuid",
        "migrate_from_destination",
        "strategy",
        "system_tags",
        "user_tags",
    ),
    required=("vmInstanceUuid",),
    body_key="migrateVm",
    since="0.6",
    result=".models.migrate_vm_result:MigrateVmResult",
    checks=(("strategy", "strategy", "enum", ("auto-converge",)),),
)

MOVE_DIRECTORY: Api[MoveDirectoryResult] = Api(
    "MoveDirectory",
    "PUT",
    "/move/directory",
    params=(
        ("directoryUuid", "body", None),
        ("targetParentUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("directory_uuid", "target_parent_uuid", "system_tags", "user_tags"),
    required=("directoryUuid", "targetParentUuid"),
    body_key="moveDirectory",
    since=None,
    result=".models.move_directory_result:MoveDirectoryResult",
)

MOVE_RESOURCES_TO_DIRECTORY: Api[MoveResourcesToDirectoryResult] = Api(
    "MoveResourcesToDirectory",
    "PUT",
    "/move/resources/directory",
    params=(
        ("directoryUuid", "body", "4.6.0"),
        ("resourceUuids", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=("directory_uuid", "resource_uuids", "system_tags", "user_tags"),
    required=("directoryUuid", "resourceUuids"),
    body_key="moveResourcesToDirectory",
    since="4.6.0",
    result=".models.move_resources_to_directory_result:MoveResourcesToDirectoryResult",
    checks=(("resourceUuids", "resource_uuids", "minItems", 1),),
)

PARSE_OVF: Api[ParseOvfResult] = Api(
    "ParseOvf",
    "POST",
    "/ovf/parse",
    params=(
        ("xmlBase64", "body", "4.4.6"),
        ("systemTags", "root", "4.4.6"),
        ("userTags", "root", "4.4.6"),
    ),
    names=("xml_base64", "system_tags", "user_tags"),
    required=("xmlBase64",),
    body_key="params",
    since="4.4.6",
    result=".models.parse_ovf_result:ParseOvfResult",
)

PAUSE_VM_INSTANCE: Api[PauseVmInstanceResult] = Api(
    "PauseVmInstance",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="pauseVmInstance",
    since="0.6",
    result=".models.pause_vm_instance_result:PauseVmInstanceResult",
)

PROVISION_VIRTUAL_ROUTER_CONFIG: Api[ProvisionVirtualRouterConfigResult] = Api(
    "ProvisionVirtualRouterConfig",
    "PUT",
    "/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/provision",
    params=(
        ("vmInstanceUuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    body_key="provisionVirtualRouterConfig",
    since=None,
    result=".models.provision_virtual_router_config_result:ProvisionVirtualRouterConfigResult",
)

QUERY_DIRECTORY: Api[QueryDirectoryResult] = Api(
    "QueryDirectory",
    "GET",
    "/directories",
    params=(
        ("uuid", "path", "5.3.20"),
        ("systemTags", "query", "5.3.20"),
        ("userTags", "query", "5.3.20"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.3.20",
    result=".models.query_directory_result:QueryDirectoryResult",
    query=True,
    alt_paths=("/directories/{uuid}",),
)

QUERY_FAULT_TOLERANCE_VM: Api[QueryFaultToleranceVmResult] = Api(
    "QueryFaultToleranceVm",
    "GET",
    "/vm-instances/fault-tolerance",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_fault_tolerance_vm_result:QueryFaultToleranceVmResult",
    query=True,
)

QUERY_GUEST_TOOLS_STATE: Api[QueryGuestToolsStateResult] = Api(
    "QueryGuestToolsState",
    "GET",
    "/guesttools",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.query_guest_tools_state_result:QueryGuestToolsStateResult",
    query=True,
    alt_paths=("/guesttools/state",),
)

QUERY_SHAREABLE_VOLUME_VM_INSTANCE_REF: Api[QueryShareableVolumeVmInstanceRefResult] = Api(
    "QueryShareableVolumeVmInstanceRef",
    "GET",
    "/volumes/vm-instances/refs",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.query_shareable_volume_vm_instance_ref_result:QueryShareableVolumeVmInstanceRefResult",
    query=True,
)

QUERY_VM_CD_ROM: Api[QueryVmCdRomResult] = Api(
    "QueryVmCdRom",
    "GET",
    "/vm-instances/cdroms",
    params=(
        ("uuid", "path", "3.3.0"),
        ("systemTags", "query", "3.3.0"),
        ("userTags", "query", "3.3.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.3.0",
    result=".models.query_vm_cd_rom_result:QueryVmCdRomResult",
    query=True,
    alt_paths=("/vm-instances/cdroms/{uuid}",),
)

QUERY_VM_INSTANCE: Api[QueryVmInstanceResult] = Api(
    "QueryVmInstance",
    "GET",
    "/vm-instances",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_vm_instance_result:QueryVmInstanceResult",
    query=True,
    alt_paths=("/vm-instances/{uuid}",),
)

QUERY_VM_NIC: Api[QueryVmNicResult] = Api(
    "QueryVmNic",
    "GET",
    "/vm-instances/nics",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_vm_nic_result:QueryVmNicResult",
    query=True,
    alt_paths=("/vm-instances/nics/{uuid}",),
)

QUERY_VM_SCHED_HISTORY: Api[QueryVmSchedHistoryResult] = Api(
    "QueryVmSchedHistory",
    "GET",
    "/vm/sched-history",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_vm_sched_history_result:QueryVmSchedHistoryResult",
    query=True,
    alt_paths=("/vm/sched-history/{vmInstanceUuid}",),
)

REBOOT_VM_INSTANCE: Api[RebootVmInstanceResult] = Api(
    "RebootVmInstance",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="rebootVmInstance",
    since="0.6",
    result=".models.reboot_vm_instance_result:RebootVmInstanceResult",
)

RECOVER_VM_INSTANCE: Api[RecoverVmInstanceResult] = Api(
    "RecoverVmInstance",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="recoverVmInstance",
    since="0.6",
    result=".models.recover_vm_instance_result:RecoverVmInstanceResult",
)

REIMAGE_VM_INSTANCE: Api[ReimageVmInstanceResult] = Api(
    "ReimageVmInstance",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    body_key="reimageVmInstance",
    since="0.6",
    result=".models.reimage_vm_instance_result:ReimageVmInstanceResult",
)

REMOVE_RESOURCES_FROM_DIRECTORY: Api[RemoveResourcesFromDirectoryResult] = Api(
    "RemoveResourcesFromDirectory",
    "DELETE",
    "/remove/resources/directory",
    params=(
        ("resourceUuids", "query", "4.6.0"),
        ("directoryUuid", "query", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    names=("resource_uuids", "directory_uuid", "system_tags", "user_tags"),
    required=("resourceUuids", "directoryUuid"),
    since="4.6.0",
    result=".models.remove_resources_from_directory_result:RemoveResourcesFromDirectoryResult",
    checks=(("resourceUuids", "resource_uuids", "minItems", 1),),
)

RESUME_VM_INSTANCE: Api[ResumeVmInstanceResult] = Api(
    "ResumeVmInstance",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="resumeVmInstance",
    since="0.6",
    result=".models.resume_vm_instance_result:ResumeVmInstanceResult",
)

SET_NIC_QOS: Api[SetNicQosResult] = Api(
    "SetNicQos",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("inboundBandwidth", "body", "0.6"),
        ("outboundBandwidth", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "inbound_bandwidth", "outbound_bandwidth", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="setNicQos",
    since="0.6",
    result=".models.set_nic_qos_result:SetNicQosResult",
    checks=(
        ("inboundBandwidth", "inbound_bandwidth", "minimum", 8192),
        ("inboundBandwidth", "inbound_bandwidth", "maximum", 32212254720),
        ("outboundBandwidth", "outbound_bandwidth", "minimum", 8192),
        ("outboundBandwidth", "outbound_bandwidth", "maximum", 32212254720),
    ),
)

SET_VM_BOOT_MODE: Api[SetVmBootModeResult] = Api(
    "SetVmBootMode",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("bootMode", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "boot_mode", "system_tags", "user_tags"),
    required=("uuid", "bootMode"),
    body_key="setVmBootMode",
    since=None,
    result=".models.set_vm_boot_mode_result:SetVmBootModeResult",
)

SET_VM_BOOT_ORDER: Api[SetVmBootOrderResult] = Api(
    "SetVmBootOrder",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("bootOrder", "body", "3.8.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "boot_order", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="setVmBootOrder",
    since="0.6",
    result=".models.set_vm_boot_order_result:SetVmBootOrderResult",
)

SET_VM_BOOT_VOLUME: Api[SetVmBootVolumeResult] = Api(
    "SetVmBootVolume",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", None),
        ("volumeUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("vm_instance_uuid", "volume_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid", "volumeUuid"),
    body_key="setVmBootVolume",
    since=None,
    result=".models.set_vm_boot_volume_result:SetVmBootVolumeResult",
)

SET_VM_CLEAN_TRAFFIC: Api[SetVmCleanTrafficResult] = Api(
    "SetVmCleanTraffic",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "3.1.0"),
        ("enable", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=("uuid", "enable", "system_tags", "user_tags"),
    required=("uuid", "enable"),
    body_key="setVmCleanTraffic",
    since="3.1.0",
    result=".models.set_vm_clean_traffic_result:SetVmCleanTrafficResult",
)

SET_VM_CLOCK_TRACK: Api[SetVmClockTrackResult] = Api(
    "SetVmClockTrack",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "4.1.0"),
        ("intervalInSeconds", "body", "4.4.24"),
        ("syncAfterVMResume", "body", "4.4.24"),
        ("track", "body", "4.1.0"),
        ("systemTags", "root", "4.1.0"),
        ("userTags", "root", "4.1.0"),
    ),
    names=(
        "uuid",
        "interval_in_seconds",
        "sync_after_vm_resume",
        "track",
        "system_tags",
        "user_tags",
    ),
    required=("uuid", "track"),
    body_key="setVmClockTrack",
    since="4.1.0",
    result=".models.set_vm_clock_track_result:SetVmClockTrackResult",
    checks=(
        (
            "intervalInSeconds",
            "interval_in_seconds",
            "enum",
            (0, 60, 600, 1800, 3600, 7200, 21600, 43200, 86400),
        ),
        ("track", "track", "enum", ("guest", "host")),
    ),
)

SET_VM_CONSOLE_MODE: Api[SetVmConsoleModeResult] = Api(
    "SetVmConsoleMode",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("mode", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "mode", "system_tags", "user_tags"),
    required=("uuid", "mode"),
    body_key="setVmConsoleMode",
    since=None,
    result=".models.set_vm_console_mode_result:SetVmConsoleModeResult",
)

SET_VM_CONSOLE_PASSWORD: Api[SetVmConsolePasswordResult] = Api(
    "SetVmConsolePassword",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("consolePassword", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "console_password", "system_tags", "user_tags"),
    required=("uuid", "consolePassword"),
    body_key="setVmConsolePassword",
    since="0.6",
    result=".models.set_vm_console_password_result:SetVmConsolePasswordResult",
)

SET_VM_EMULATOR_PINNING: Api[SetVmEmulatorPinningResult] = Api(
    "SetVmEmulatorPinning",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "4.3.12"),
        ("emulatorPinning", "body", "4.3.12"),
        ("systemTags", "root", "4.3.12"),
        ("userTags", "root", "4.3.12"),
    ),
    names=("uuid", "emulator_pinning", "system_tags", "user_tags"),
    required=("uuid", "emulatorPinning"),
    body_key="setVmEmulatorPinning",
    since="4.3.12",
    result=".models.set_vm_emulator_pinning_result:SetVmEmulatorPinningResult",
)

SET_VM_HOSTNAME: Api[SetVmHostnameResult] = Api(
    "SetVmHostname",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("hostname", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "hostname", "system_tags", "user_tags"),
    required=("uuid", "hostname"),
    body_key="setVmHostname",
    since="0.6",
    result=".models.set_vm_hostname_result:SetVmHostnameResult",
)

SET_VM_INSTANCE_DEFAULT_CD_ROM: Api[SetVmInstanceDefaultCdRomResult] = Api(
    "SetVmInstanceDefaultCdRom",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/cdroms/{uuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "3.3.0"),
        ("uuid", "path", "3.3.0"),
        ("systemTags", "root", "3.3.0"),
        ("userTags", "root", "3.3.0"),
    ),
    names=("vm_instance_uuid", "uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid", "uuid"),
    body_key="setVmInstanceDefaultCdRom",
    since="3.3.0",
    result=".models.set_vm_instance_default_cd_rom_result:SetVmInstanceDefaultCdRomResult",
)

SET_VM_INSTANCE_HA_LEVEL: Api[SetVmInstanceHaLevelResult] = Api(
    "SetVmInstanceHaLevel",
    "POST",
    "/vm-instances/{uuid}/ha-levels",
    params=(
        ("uuid", "path", "0.6"),
        ("level", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "level", "system_tags", "user_tags"),
    required=("uuid", "level"),
    body_key="params",
    since="0.6",
    result=".models.set_vm_instance_ha_level_result:SetVmInstanceHaLevelResult",
    checks=(("level", "level", "enum", ("NeverStop", "OnHostFailure", "FaultTolerance")),),
)

SET_VM_MONITOR_NUMBER: Api[SetVmMonitorNumberResult] = Api(
    "SetVmMonitorNumber",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "2.2"),
        ("monitorNumber", "body", "2.2"),
        ("systemTags", "root", "2.2"),
        ("userTags", "root", "2.2"),
    ),
    names=("uuid", "monitor_number", "system_tags", "user_tags"),
    required=("uuid", "monitorNumber"),
    body_key="setVmMonitorNumber",
    since="2.2",
    result=".models.set_vm_monitor_number_result:SetVmMonitorNumberResult",
)

SET_VM_NUMA: Api[SetVmNumaResult] = Api(
    "SetVmNuma",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "4.3.12"),
        ("enable", "body", "4.3.12"),
        ("systemTags", "root", "4.3.12"),
        ("userTags", "root", "4.3.12"),
    ),
    names=("uuid", "enable", "system_tags", "user_tags"),
    required=("uuid", "enable"),
    body_key="setVmNuma",
    since="4.3.12",
    result=".models.set_vm_numa_result:SetVmNumaResult",
)

SET_VM_QGA: Api[SetVmQgaResult] = Api(
    "SetVmQga",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("enable", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "enable", "system_tags", "user_tags"),
    required=("uuid", "enable"),
    body_key="setVmQga",
    since="0.6",
    result=".models.set_vm_qga_result:SetVmQgaResult",
)

SET_VM_QXL_MEMORY: Api[SetVmQxlMemoryResult] = Api(
    "SetVmQxlMemory",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("ram", "body", "3.7.0"),
        ("vgamem", "body", "3.7.0"),
        ("vram", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=("uuid", "ram", "vgamem", "vram", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="setVmQxlMemory",
    since="3.7.0",
    result=".models.set_vm_qxl_memory_result:SetVmQxlMemoryResult",
    checks=(
        ("ram", "ram", "minimum", 1024),
        ("ram", "ram", "maximum", 524288),
        ("vgamem", "vgamem", "minimum", 1024),
        ("vgamem", "vgamem", "maximum", 524288),
        ("vram", "vram", "minimum", 1024),
        ("vram", "vram", "maximum", 524288),
    ),
)

SET_VM_RDP: Api[SetVmRDPResult] = Api(
    "SetVmRDP",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "2.2"),
        ("enable", "body", "2.2"),
        ("systemTags", "root", "2.2"),
        ("userTags", "root", "2.2"),
    ),
    names=("uuid", "enable", "system_tags", "user_tags"),
    required=("uuid", "enable"),
    body_key="setVmRDP",
    since="2.2",
    result=".models.set_vm_rdp_result:SetVmRDPResult",
)

SET_VM_SECURITY_LEVEL: Api[SetVmSecurityLevelResult] = Api(
    "SetVmSecurityLevel",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("securityLevel", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "security_level", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="setVmSecurityLevel",
    since=None,
    result=".models.set_vm_security_level_result:SetVmSecurityLevelResult",
)

SET_VM_SOUND_TYPE: Api[SetVmSoundTypeResult] = Api(
    "SetVmSoundType",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("soundType", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=("uuid", "sound_type", "system_tags", "user_tags"),
    required=("uuid", "soundType"),
    body_key="setVmSoundType",
    since="3.7.0",
    result=".models.set_vm_sound_type_result:SetVmSoundTypeResult",
    checks=(("soundType", "sound_type", "enum", ("ac97", "ich6")),),
)

SET_VM_SSH_KEY: Api[SetVmSshKeyResult] = Api(
    "SetVmSshKey",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("SshKey", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "ssh_key", "system_tags", "user_tags"),
    required=("uuid", "SshKey"),
    body_key="setVmSshKey",
    since="0.6",
    result=".models.set_vm_ssh_key_result:SetVmSshKeyResult",
)

SET_VM_STATIC_IP: Api[SetVmStaticIpResult] = Api(
    "SetVmStaticIp",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("gateway", "body", "4.6.21"),
        ("ip", "body", "4.6.21"),
        ("ip6", "body", "3.10.0"),
        ("ipv6Gateway", "body", "4.6.21"),
        ("ipv6Prefix", "body", "4.6.21"),
        ("l3NetworkUuid", "body", "0.6"),
        ("netmask", "body", "4.6.21"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "vm_instance_uuid",
        "gateway",
        "ip",
        "ip6",
        "ipv6_gateway",
        "ipv6_prefix",
        "l3_network_uuid",
        "netmask",
        "system_tags",
        "user_tags",
    ),
    required=("vmInstanceUuid", "l3NetworkUuid"),
    body_key="setVmStaticIp",
    since="0.6",
    result=".models.set_vm_static_ip_result:SetVmStaticIpResult",
)

SET_VM_USER_DEFINED_XML: Api[SetVmUserDefinedXmlResult] = Api(
    "SetVmUserDefinedXml",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("xmlBase64", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "vm_instance_uuid",
        "resource_uuid",
        "tag_uuids",
        "xml_base64",
        "system_tags",
        "user_tags",
    ),
    required=("vmInstanceUuid", "xmlBase64"),
    body_key="setVmUserDefinedXml",
    since=None,
    result=".models.set_vm_user_defined_xml_result:SetVmUserDefinedXmlResult",
)

SET_VM_USER_DEFINED_XML_HOOK_SCRIPT: Api[SetVmUserDefinedXmlHookScriptResult] = Api(
    "SetVmUserDefinedXmlHookScript",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("xmlHookScriptBase64", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "vm_instance_uuid",
        "resource_uuid",
        "tag_uuids",
        "xml_hook_script_base64",
        "system_tags",
        "user_tags",
    ),
    required=("vmInstanceUuid", "xmlHookScriptBase64"),
    body_key="setVmUserDefinedXmlHookScript",
    since=None,
    result=".models.set_vm_user_defined_xml_hook_script_result:SetVmUserDefinedXmlHookScriptResult",
)

START_VM_INSTANCE: Api[StartVmInstanceResult] = Api(
    "StartVmInstance",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("clusterUuid", "body", "0.6"),
        ("hostUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "cluster_uuid", "host_uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="startVmInstance",
    since="0.6",
    result=".models.start_vm_instance_result:StartVmInstanceResult",
)

STOP_VM_INSTANCE: Api[StopVmInstanceResult] = Api(
    "StopVmInstance",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stopHA", "body", "2.2"),
        ("type", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "stop_ha", "type", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="stopVmInstance",
    since="0.6",
    result=".models.stop_vm_instance_result:StopVmInstanceResult",
    checks=(
        ("stopHA", "stop_ha", "enum", ("true",)),
        ("type", "type", "enum", ("grace", "cold")),
    ),
)

SYNC_VM_CLOCK: Api[SyncVmClockResult] = Api(
    "SyncVmClock",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "4.4.24"),
        ("systemTags", "root", "4.4.24"),
        ("userTags", "root", "4.4.24"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="syncVmClock",
    since="4.4.24",
    result=".models.sync_vm_clock_result:SyncVmClockResult",
)

TAKE_VM_CONSOLE_SCREENSHOT: Api[TakeVmConsoleScreenshotResult] = Api(
    "TakeVmConsoleScreenshot",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="takeVmConsoleScreenshot",
    since=None,
    result=".models.take_vm_console_screenshot_result:TakeVmConsoleScreenshotResult",
)

UPDATE_CONSOLE_PASSWORD: Api[UpdateConsolePasswordResult] = Api(
    "UpdateConsolePassword",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "5.4.2"),
        ("password", "body", "5.4.2"),
        ("systemTags", "root", "5.4.2"),
        ("userTags", "root", "5.4.2"),
    ),
    names=("uuid", "password", "system_tags", "user_tags"),
    required=("uuid", "password"),
    body_key="updateConsolePassword",
    since="5.4.2",
    result=".models.update_console_password_result:UpdateConsolePasswordResult",
)

UPDATE_DIRECTORY: Api[UpdateDirectoryResult] = Api(
    "UpdateDirectory",
    "PUT",
    "/update/directory",
    params=(
        ("name", "body", "4.6.0"),
        ("uuid", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=("name", "uuid", "system_tags", "user_tags"),
    required=("name", "uuid"),
    body_key="updateDirectory",
    since="4.6.0",
    result=".models.update_directory_result:UpdateDirectoryResult",
    checks=(("name", "name", "maxLength", 255),),
)

UPDATE_GUEST_TOOLS_STATE: Api[UpdateGuestToolsStateResult] = Api(
    "UpdateGuestToolsState",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/guesttools-state",
    params=(
        ("vmInstanceUuid", "path", "4.6.21"),
        ("systemTags", "root", "4.6.21"),
        ("userTags", "root", "4.6.21"),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    body_key="updateGuestToolsState",
    since="4.6.21",
    result=".models.update_guest_tools_state_result:UpdateGuestToolsStateResult",
)

UPDATE_VM_CD_ROM: Api[UpdateVmCdRomResult] = Api(
    "UpdateVmCdRom",
    "PUT",
    "/vm-instances/cdroms/{uuid}/actions",
    params=(
        ("uuid", "path", "3.3.0"),
        ("description", "body", "3.3.0"),
        ("name", "body", "3.3.0"),
        ("systemTags", "root", "3.3.0"),
        ("userTags", "root", "3.3.0"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateVmCdRom",
    since="3.3.0",
    result=".models.update_vm_cd_rom_result:UpdateVmCdRomResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_VM_INSTANCE: Api[UpdateVmInstanceResult] = Api(
    "UpdateVmInstance",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("cpuNum", "body", "0.6"),
        ("defaultL3NetworkUuid", "body", "0.6"),
        ("description", "body", "0.6"),
        ("guestOsType", "body", "4.1.0"),
        ("memorySize", "body", "0.6"),
        ("name", "body", "0.6"),
        ("platform", "body", "0.6"),
        ("reservedMemorySize", "body", None),
        ("state", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "uuid",
        "cpu_num",
        "default_l3_network_uuid",
        "description",
        "guest_os_type",
        "memory_size",
        "name",
        "platform",
        "reserved_memory_size",
        "state",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateVmInstance",
    since="0.6",
    result=".models.update_vm_instance_result:UpdateVmInstanceResult",
    checks=(
        ("cpuNum", "cpu_num", "minimum", 1),
        ("cpuNum", "cpu_num", "maximum", 1024),
        ("description", "description", "maxLength", 2048),
        ("guestOsType", "guest_os_type", "maxLength", 255),
        ("memorySize", "memory_size", "minimum", 1),
        ("memorySize", "memory_size", "maximum", 9223372036854775807),
        ("name", "name", "maxLength", 255),
        (
            "platform",
            "platform",
            "enum",
            ("Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"),
        ),
        ("reservedMemorySize", "reserved_memory_size", "minimum", 0),
        ("reservedMemorySize", "reserved_memory_size", "maximum", 9223372036854775807),
        ("state", "state", "enum", ("Stopped", "Running")),
    ),
)

UPDATE_VM_NETWORK_CONFIG: Api[UpdateVmNetworkConfigResult] = Api(
    "UpdateVmNetworkConfig",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/update-nic-config",
    params=(
        ("vmInstanceUuid", "path", "4.6.21"),
        ("vmNicUuids", "body", "4.6.21"),
        ("systemTags", "root", "4.6.21"),
        ("userTags", "root", "4.6.21"),
    ),
    names=("vm_instance_uuid", "vm_nic_uuids", "system_tags", "user_tags"),
    required=("vmInstanceUuid", "vmNicUuids"),
    body_key="updateVmNetworkConfig",
    since="4.6.21",
    result=".models.update_vm_network_config_result:UpdateVmNetworkConfigResult",
    checks=(("vmNicUuids", "vm_nic_uuids", "minItems", 1),),
)

UPDATE_VM_NIC_DRIVER: Api[UpdateVmNicDriverResult] = Api(
    "UpdateVmNicDriver",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "3.9.0"),
        ("driverType", "body", "3.9.0"),
        ("vmNicUuid", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    names=("vm_instance_uuid", "driver_type", "vm_nic_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid", "driverType", "vmNicUuid"),
    body_key="updateVmNicDriver",
    since="3.9.0",
    result=".models.update_vm_nic_driver_result:UpdateVmNicDriverResult",
    checks=(("vmNicUuid", "vm_nic_uuid", "minLength", 1),),
)

UPDATE_VM_NIC_MAC: Api[UpdateVmNicMacResult] = Api(
    "UpdateVmNicMac",
    "PUT",
    "/vm-instances/nics/{vmNicUuid}/actions",
    params=(
        ("vmNicUuid", "path", "2.3"),
        ("mac", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("vm_nic_uuid", "mac", "system_tags", "user_tags"),
    required=("vmNicUuid", "mac"),
    body_key="updateVmNicMac",
    since="2.3",
    result=".models.update_vm_nic_mac_result:UpdateVmNicMacResult",
)

UPDATE_VM_PRIORITY: Api[UpdateVmPriorityResult] = Api(
    "UpdateVmPriority",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("priority", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=("uuid", "priority", "system_tags", "user_tags"),
    required=("uuid", "priority"),
    body_key="updateVmPriority",
    since="3.7.0",
    result=".models.update_vm_priority_result:UpdateVmPriorityResult",
)

UPLOAD_FILE_TO_VM: Api[UploadFileToVmResult] = Api(
    "UploadFileToVm",
    "POST",
    "/upload-file",
    params=(
        ("fileContent", "body", "5.2.0"),
        ("remotePath", "body", "5.2.0"),
        ("vmInstanceUuids", "body", "5.2.0"),
        ("systemTags", "root", "5.2.0"),
        ("userTags", "root", "5.2.0"),
    ),
    names=("file_content", "remote_path", "vm_instance_uuids", "system_tags", "user_tags"),
    required=("fileContent", "remotePath", "vmInstanceUuids"),
    body_key="params",
    since="5.2.0",
    result=".models.upload_file_to_vm_result:UploadFileToVmResult",
    checks=(
        ("fileContent", "file_content", "minLength", 1),
        ("fileContent", "file_content", "maxLength", 262144),
    ),
)


class VmInstancesApi(SyncNamespace):
    """vm-instances: 140 APIs (AddResourcesToDirectory, AttachGuestToolsIsoToVm, AttachIsoToVmInstance, ...)."""

    __slots__ = ()

    def add_resources_to_directory(
        self,
        *,
        directory_uuid: str,
        resource_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddResourcesToDirectoryResult:
        """添加资源至分组目录 (AddResourcesToDirectory).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            directory_uuid: 目录UUID (since 4.6.0)
            resource_uuids: 批量资源UUID (since 4.6.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_RESOURCES_TO_DIRECTORY,
            {
                "directoryUuid": directory_uuid,
                "resourceUuids": resource_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_guest_tools_iso_to_vm(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachGuestToolsIsoToVmResult:
        """为云主机加载增强工具镜像 (AttachGuestToolsIsoToVm).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_GUEST_TOOLS_ISO_TO_VM,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_iso_to_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        iso_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachIsoToVmInstanceResult:
        """加载ISO到云主机 (AttachIsoToVmInstance).

        加载一个ISO镜像到Running或Stopped的云主机。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            iso_uuid: ISO UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_ISO_TO_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "isoUuid": iso_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_l3_network_to_vm(
        self,
        *,
        vm_instance_uuid: str,
        l3_network_uuid: str,
        custom_mac: str | None = None,
        driver_type: str | None = None,
        static_ip: str | None = None,
        vm_nic_params: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachL3NetworkToVmResult:
        """加载L3网络到云主机 (AttachL3NetworkToVm).

        动态添加一个网络到Running或者Stopped的云主机。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            l3_network_uuid: 三层网络UUID (since 0.6)
            custom_mac: customMac
            driver_type: 网卡驱动类型 (since 4.0.0)
            static_ip: 指定分配给云主机的IP地址 (since 0.6)
            vm_nic_params: vmNicParams
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_L3_NETWORK_TO_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "customMac": custom_mac,
                "driverType": driver_type,
                "staticIp": static_ip,
                "vmNicParams": vm_nic_params,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_l3_network_to_vm_nic(
        self,
        *,
        vm_nic_uuid: str,
        l3_network_uuid: str,
        static_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachL3NetworkToVmNicResult:
        """Attach L3 network to vm nic (AttachL3NetworkToVmNic).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachL3NetworkToVmNicAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_nic_uuid: vmNicUuid
            l3_network_uuid: l3NetworkUuid
            static_ip: staticIp
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_L3_NETWORK_TO_VM_NIC,
            {
                "vmNicUuid": vm_nic_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "staticIp": static_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_vm_nic_to_vm(
        self,
        *,
        vm_instance_uuid: str,
        vm_nic_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachVmNicToVmResult:
        """加载网卡到云主机 (AttachVmNicToVm).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 4.0.0)
            vm_nic_uuid: 云主机网卡UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_VM_NIC_TO_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_vm_image(
        self,
        *,
        vm_instance_uuid: str,
        image_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmImageResult:
        """修改云主机根云盘 (ChangeVmImage).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 2.2)
            image_uuid: 镜像UUID (since 2.2)
            resource_uuid: resourceUuid (since 2.2)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_VM_IMAGE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "imageUuid": image_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_vm_nic_network(
        self,
        *,
        vm_nic_uuid: str,
        dest_l3_network_uuid: str,
        static_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmNicNetworkResult:
        """修改云主机网卡三层网络 (ChangeVmNicNetwork).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 4.1.0)
            dest_l3_network_uuid: destL3NetworkUuid (since 4.1.0)
            static_ip: staticIp
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_VM_NIC_NETWORK,
            {
                "vmNicUuid": vm_nic_uuid,
                "destL3NetworkUuid": dest_l3_network_uuid,
                "staticIp": static_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_vm_nic_security_policy(
        self,
        *,
        vm_nic_uuid: str,
        egress_policy: Literal["DENY", "ALLOW"] | None = None,
        ingress_policy: Literal["DENY", "ALLOW"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmNicSecurityPolicyResult:
        """更改网卡的默认流量策略 (ChangeVmNicSecurityPolicy).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 网卡的UUID，唯一标示该资源 (since 4.7.21)
            egress_policy: 网卡出方向安全策略 (since 4.7.21; enum {'DENY', 'ALLOW'})
            ingress_policy: 网卡入方向安全策略 (since 4.7.21; enum {'DENY', 'ALLOW'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_VM_NIC_SECURITY_POLICY,
            {
                "vmNicUuid": vm_nic_uuid,
                "egressPolicy": egress_policy,
                "ingressPolicy": ingress_policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_vm_nic_state(
        self,
        *,
        vm_nic_uuid: str,
        state: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmNicStateResult:
        """修改云主机网卡状态 (ChangeVmNicState).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 4.6.0)
            state: 云主机网卡状态 (since 4.6.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_VM_NIC_STATE,
            {
                "vmNicUuid": vm_nic_uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_vm_password(
        self,
        *,
        uuid: str,
        account: str,
        password: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmPasswordResult:
        """变更云主机密码 (ChangeVmPassword).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            account: 账户 (since 0.6; minLength 1)
            password: 密码 (since 0.6; maxLength 32; pattern ^(?:[\\da-zA-Z-`=\\\\\\[\\];',./~!@#$%^&*()_+|{}:"<>?]{1,})$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_VM_PASSWORD,
            {
                "uuid": uuid,
                "account": account,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def clone_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        names: Sequence[str],
        cluster_uuid: str | None = None,
        data_volume_system_tags: Sequence[str] | None = None,
        full: bool | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_data_volume: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        strategy: Literal["InstantStart", "JustCreate", "CreateStopped"] | None = None,
        vm_nic_params: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CloneVmInstanceResult:
        """克隆云主机 (CloneVmInstance).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            cluster_uuid: 集群UUID (since 4.6.21)
            data_volume_system_tags: dataVolumeSystemTags (since 4.6.21)
            full: 是否克隆已挂载数据盘 (since 2.5.0)
            host_uuid: 物理机UUID (since 4.6.21)
            names: 云主机的名字清单 (since 0.6; minItems 1)
            primary_storage_uuid_for_data_volume: primaryStorageUuidForDataVolume (since 4.6.21)
            primary_storage_uuid_for_root_volume: primaryStorageUuidForRootVolume (since 4.6.21)
            root_volume_system_tags: rootVolumeSystemTags (since 4.6.21)
            strategy: 策略 (since 0.6; enum {'InstantStart', 'JustCreate', 'CreateStopped'})
            vm_nic_params: 网卡参数 (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CLONE_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "clusterUuid": cluster_uuid,
                "dataVolumeSystemTags": data_volume_system_tags,
                "full": full,
                "hostUuid": host_uuid,
                "names": names,
                "primaryStorageUuidForDataVolume": primary_storage_uuid_for_data_volume,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "rootVolumeSystemTags": root_volume_system_tags,
                "strategy": strategy,
                "vmNicParams": vm_nic_params,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_directory(
        self,
        *,
        name: str,
        type: str,
        zone_uuid: str,
        parent_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDirectoryResult:
        """创建资源分组目录 (CreateDirectory).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            name: 资源名称 (since 4.6.0; maxLength 255)
            parent_uuid: 父级目录UUID (since 4.6.0)
            resource_uuid: 资源UUID (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            type: type (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_DIRECTORY,
            {
                "name": name,
                "parentUuid": parent_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_fault_tolerance_vm_instance(
        self,
        *,
        image_uuid: str,
        l3_network_uuids: Sequence[str],
        name: str,
        cluster_uuid: str | None = None,
        cpu_num: int | None = None,
        data_disk_offering_uuids: Sequence[str] | None = None,
        data_volume_system_tags: Sequence[str] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        memory_size: int | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        strategy: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFaultToleranceVmInstanceResult:
        """Create fault tolerance vm instance (CreateFaultToleranceVmInstance).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateFaultToleranceVmInstanceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            cpu_num: cpuNum
            data_disk_offering_uuids: dataDiskOfferingUuids
            data_volume_system_tags: dataVolumeSystemTags
            default_l3_network_uuid: defaultL3NetworkUuid
            description: description (maxLength 2048)
            host_uuid: hostUuid
            image_uuid: imageUuid
            instance_offering_uuid: instanceOfferingUuid
            l3_network_uuids: l3NetworkUuids (minItems 1)
            memory_size: memorySize
            name: name (maxLength 255)
            primary_storage_uuid_for_root_volume: primaryStorageUuidForRootVolume
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: resourceUuid
            root_volume_system_tags: rootVolumeSystemTags
            strategy: strategy
            tag_uuids: tagUuids
            type: type
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FAULT_TOLERANCE_VM_INSTANCE,
            {
                "clusterUuid": cluster_uuid,
                "cpuNum": cpu_num,
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "dataVolumeSystemTags": data_volume_system_tags,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "imageUuid": image_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "memorySize": memory_size,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_reboot_vm_instance_scheduler(
        self,
        *,
        vm_uuid: str,
        scheduler_name: str,
        type: Literal["simple", "cron"],
        cron: str | None = None,
        interval: int | None = None,
        repeat_count: int | None = None,
        resource_uuid: str | None = None,
        scheduler_description: str | None = None,
        start_time: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateRebootVmInstanceSchedulerResult:
        """创建重启云主机的定时任务 (CreateRebootVmInstanceScheduler).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            vm_uuid: 云主机uuid (since 0.6)
            cron: cron表达式，需遵循Java Quartz组件cron格式标准 (since 1.6)
            interval: 定时任务间隔，单位秒 (since 1.6)
            repeat_count: 定时任务重复次数，仅针对simple类型的定时任务生效 (since 1.6)
            resource_uuid: 用户可指定创建Scheduler所使用的uuid (since 0.6)
            scheduler_description: 定时任务描述 (since 1.6)
            scheduler_name: 定时任务名称 (since 1.6)
            start_time: 定时任务启动时间，必须遵循unix timestamp格式，0为从立刻开始 (since 1.6)
            type: 定时任务类型，simple或者cron (since 1.6; enum {'simple', 'cron'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_REBOOT_VM_INSTANCE_SCHEDULER,
            {
                "vmUuid": vm_uuid,
                "cron": cron,
                "interval": interval,
                "repeatCount": repeat_count,
                "resourceUuid": resource_uuid,
                "schedulerDescription": scheduler_description,
                "schedulerName": scheduler_name,
                "startTime": start_time,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_start_vm_instance_scheduler(
        self,
        *,
        vm_uuid: str,
        scheduler_name: str,
        type: Literal["simple", "cron"],
        cluster_uuid: str | None = None,
        cron: str | None = None,
        host_uuid: str | None = None,
        interval: int | None = None,
        repeat_count: int | None = None,
        resource_uuid: str | None = None,
        scheduler_description: str | None = None,
        start_time: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateStartVmInstanceSchedulerResult:
        """创建启动云主机的定时任务 (CreateStartVmInstanceScheduler).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            vm_uuid: 云主机uuid (since 0.6)
            cluster_uuid: 集群UUID (since 0.6)
            cron: cron表达式，需遵循Java Quartz组件cron格式标准 (since 1.6)
            host_uuid: 物理机UUID (since 0.6)
            interval: 定时任务间隔，单位秒 (since 1.6)
            repeat_count: 定时任务重复次数，仅针对simple类型的定时任务生效 (since 1.6)
            resource_uuid: 用户可指定创建Scheduler所使用的uuid (since 0.6)
            scheduler_description: 定时任务描述 (since 1.6)
            scheduler_name: 定时任务名称 (since 1.6)
            start_time: 定时任务启动时间，必须遵循unix timestamp格式，0为从立刻开始 (since 1.6)
            type: 定时任务类型，simple或者cron (since 1.6; enum {'simple', 'cron'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_START_VM_INSTANCE_SCHEDULER,
            {
                "vmUuid": vm_uuid,
                "clusterUuid": cluster_uuid,
                "cron": cron,
                "hostUuid": host_uuid,
                "interval": interval,
                "repeatCount": repeat_count,
                "resourceUuid": resource_uuid,
                "schedulerDescription": scheduler_description,
                "schedulerName": scheduler_name,
                "startTime": start_time,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_stop_vm_instance_scheduler(
        self,
        *,
        vm_uuid: str,
        scheduler_name: str,
        type: Literal["simple", "cron"],
        cron: str | None = None,
        interval: int | None = None,
        repeat_count: int | None = None,
        resource_uuid: str | None = None,
        scheduler_description: str | None = None,
        start_time: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateStopVmInstanceSchedulerResult:
        """创建停止云主机的定时任务 (CreateStopVmInstanceScheduler).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            vm_uuid: 云主机uuid (since 0.6)
            cron: cron表达式，需遵循Java Quartz组件cron格式标准 (since 1.6)
            interval: 定时任务间隔，单位秒 (since 1.6)
            repeat_count: 定时任务重复次数，仅针对simple类型的定时任务生效 (since 1.6)
            resource_uuid: 用户可指定创建Scheduler所使用的uuid (since 0.6)
            scheduler_description: 定时任务描述 (since 1.6)
            scheduler_name: 定时任务名称 (since 1.6)
            start_time: 定时任务启动时间，必须遵循unix timestamp格式，0为从立刻开始 (since 1.6)
            type: 定时任务类型，simple或者cron (since 1.6; enum {'simple', 'cron'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_STOP_VM_INSTANCE_SCHEDULER,
            {
                "vmUuid": vm_uuid,
                "cron": cron,
                "interval": interval,
                "repeatCount": repeat_count,
                "resourceUuid": resource_uuid,
                "schedulerDescription": scheduler_description,
                "schedulerName": scheduler_name,
                "startTime": start_time,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vm_cd_rom(
        self,
        *,
        name: str,
        vm_instance_uuid: str,
        description: str | None = None,
        iso_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmCdRomResult:
        """为云主机创建CDROM (CreateVmCdRom).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.3.0; maxLength 2048)
            iso_uuid: ISO镜像UUID (since 3.3.0)
            name: 资源名称 (since 3.3.0; maxLength 255)
            resource_uuid: 资源UUID (since 3.3.0)
            tag_uuids: tagUuids
            vm_instance_uuid: 云主机UUID (since 3.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_CD_ROM,
            {
                "description": description,
                "isoUuid": iso_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vm_instance(
        self,
        *,
        name: str,
        architecture: Literal["x86_64", "aarch64", "mips64el", "loongarch64"] | None = None,
        cluster_uuid: str | None = None,
        cpu_num: int | None = None,
        data_disk_offering_uuids: Sequence[str] | None = None,
        data_disk_sizes: Sequence[Any] | None = None,
        data_volume_system_tags: Sequence[str] | None = None,
        data_volume_system_tags_on_index: Mapping[str, Any] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        disk_aos: Sequence[Any] | None = None,
        guest_os_type: str | None = None,
        host_uuid: str | None = None,
        image_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        memory_size: int | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_disk_offering_uuid: str | None = None,
        root_disk_size: int | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        ssh_key_pair_uuids: Sequence[str] | None = None,
        strategy: Literal["InstantStart", "JustCreate", "CreateStopped"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        virtio: bool | None = None,
        vm_nic_params: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmInstanceResult:
        """创建云主机 (CreateVmInstance).

        创建一个新的云主机。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            architecture: architecture (maxLength 32; enum {'x86_64', 'aarch64', 'mips64el', 'loongarch64'})
            cluster_uuid: 集群UUID 若指定，云主机会在指定集群创建，该字段优先级高于zoneUuid。 (since 0.6)
            cpu_num: cpuNum (since 3.4.0)
            data_disk_offering_uuids: 云盘规格UUID列表 可指定一个或多个云盘规格UUID（UUID可以重复）为云主机创建一个或多个数据云盘。 (since 0.6)
            data_disk_sizes: 自定义云盘大小列表。可以指定一个或多个云盘大小（可重复）为云主机创建一个或多个数据云盘。 (since 4.4.24)
            data_volume_system_tags: 云主机数据盘所需要的系统标签 (since 3.0)
            data_volume_system_tags_on_index: dataVolumeSystemTagsOnIndex (since 4.4.24)
            default_l3_network_uuid: 默认三层网络UUID 当l3NetworkUuids指定了多个三层网络时，该字段指定提供默认路由的三层网络。 若不指定，l3NetworkUuids的第一个网络被选为默认网络。 (since 0.6)
            description: 云主机的详细描述 (since 0.6; maxLength 2048)
            disk_aos: diskAOs
            guest_os_type: guestOsType (maxLength 255)
            host_uuid: 物理机UUID 若指定，云主机会在指定物理机创建，该字段优先级高于zoneUuid和clusterUuid。 (since 0.6)
            image_uuid: 镜像UUID 云主机的根云盘会从该字段指定的镜像创建。 (since 0.6; minLength 1)
            instance_offering_uuid: 计算规格UUID 指定云主机的CPU、内存等参数。 (since 0.6)
            l3_network_uuids: 三层网络UUID列表 可指定一个或多个三层网络，云主机会在每个三层网络上创建一个网卡。 (since 0.6)
            memory_size: memorySize (since 3.4.0)
            name: 云主机名称 (since 0.6; maxLength 255)
            platform: platform (enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            primary_storage_uuid_for_root_volume: 主存储UUID 若指定，云主机的根云盘会在指定主存储创建。 (since 1.8)
            reserved_memory_size: reservedMemorySize (since 4.7.21; minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID 若指定，云主机会使用该字段值作为UUID。 (since 0.6)
            root_disk_offering_uuid: 根云盘规格UUID 如果imageUuid字段指定的镜像类型是ISO，该字段必须指定以确定需要创建的根云盘大小。 如果镜像类型是非ISO，该字段无需指定。 (since 0.6)
            root_disk_size: rootDiskSize (since 3.4.0)
            root_volume_system_tags: 云主机根盘所需要的系统标签 (since 3.0)
            ssh_key_pair_uuids: sshKeyPairUuids (since 4.7.21)
            strategy: 云主机创建策略 创建后立刻启动 创建后不启动 (since 0.6; enum {'InstantStart', 'JustCreate', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 3.4.0)
            type: 云主机类型 保留字段，无需指定。 (since 0.6; enum {'UserVm', 'ApplianceVm'})
            virtio: virtio
            vm_nic_params: vmNicParams
            zone_uuid: 区域UUID 若指定，云主机会在指定区域创建。 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_INSTANCE,
            {
                "architecture": architecture,
                "clusterUuid": cluster_uuid,
                "cpuNum": cpu_num,
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "dataDiskSizes": data_disk_sizes,
                "dataVolumeSystemTags": data_volume_system_tags,
                "dataVolumeSystemTagsOnIndex": data_volume_system_tags_on_index,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "diskAOs": disk_aos,
                "guestOsType": guest_os_type,
                "hostUuid": host_uuid,
                "imageUuid": image_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "memorySize": memory_size,
                "name": name,
                "platform": platform,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "rootDiskOfferingUuid": root_disk_offering_uuid,
                "rootDiskSize": root_disk_size,
                "rootVolumeSystemTags": root_volume_system_tags,
                "sshKeyPairUuids": ssh_key_pair_uuids,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "virtio": virtio,
                "vmNicParams": vm_nic_params,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vm_instance_from_ovf(
        self,
        *,
        backup_storage_uuid: str,
        json_create_vm_param: str,
        json_image_infos: str,
        xml_base64: str,
        delete_image_after_success: bool | None = None,
        delete_image_on_fail: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmInstanceFromOvfResult:
        """从OVF模板导入云主机 (CreateVmInstanceFromOvf).

        Since ZStack 4.4.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_storage_uuid: 用于存储上传镜像文件的镜像存储UUID (since 4.4.6)
            delete_image_after_success: 部署完成后删除镜像文件 (since 4.4.6)
            delete_image_on_fail: 部署失败后删除镜像文件 (since 4.4.6)
            json_create_vm_param: 包含云主机创建参数的消息的JSON字符串 (since 4.4.6)
            json_image_infos: 描述OVF中disk ID与镜像文件对应关系的JSON字符串 (since 4.4.6)
            resource_uuid: 资源UUID (since 4.4.6)
            tag_uuids: 标签UUID列表 (since 4.4.6)
            xml_base64: 资源名称 (since 4.4.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_INSTANCE_FROM_OVF,
            {
                "backupStorageUuid": backup_storage_uuid,
                "deleteImageAfterSuccess": delete_image_after_success,
                "deleteImageOnFail": delete_image_on_fail,
                "jsonCreateVmParam": json_create_vm_param,
                "jsonImageInfos": json_image_infos,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "xmlBase64": xml_base64,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vm_instance_from_volume(
        self,
        *,
        name: str,
        volume_uuid: str,
        cluster_uuid: str | None = None,
        cpu_num: int | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        memory_size: int | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        primary_storage_uuid: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        vm_nic_params: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmInstanceFromVolumeResult:
        """从云盘创建云主机 (CreateVmInstanceFromVolume).

        Since ZStack 3.10.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID 若指定，云主机会在指定集群创建，该字段优先级高于zoneUuid。 (since 3.10.0)
            cpu_num: CPU核数，单位为GB，该参数与instanceOfferingUuid二选一 (since 3.10.0)
            default_l3_network_uuid: 默认三层网络UUID 当l3NetworkUuids指定了多个三层网络时，该字段指定提供默认路由的三层网络。 若不指定，l3NetworkUuids的第一个网络被选为默认网络。 (since 3.10.0)
            description: 资源的详细描述 (since 3.10.0; maxLength 2048)
            host_uuid: 物理机UUID 若指定，云主机会在指定物理机创建，该字段优先级高于zoneUuid和clusterUuid。 (since 3.10.0)
            instance_offering_uuid: 计算规格UUID，注意：该参数与CPU数量、内存大小二选一 (since 3.10.0)
            l3_network_uuids: 三层网络UUID 可指定一个或多个三层网络，云主机会在每个三层网络上创建一个网卡。 (since 3.10.0)
            memory_size: 内存大小，单位为Byte，该参数与instanceOfferingUuid二选一 (since 3.10.0)
            name: 资源名称 (since 3.10.0; maxLength 255)
            platform: 云盘系统平台 (since 3.10.0; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            primary_storage_uuid: 主存储UUID 若指定，云主机的根云盘会在指定主存储创建。 (since 3.10.0)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID 若指定，云主机会使用该字段值作为UUID。 (since 3.10.0)
            strategy: 云主机创建策略 创建后立刻启动 创建后不启动 (since 3.10.0; enum {'InstantStart', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 3.10.0)
            type: 云主机类型 保留字段，无需指定。 (since 3.10.0; enum {'UserVm', 'ApplianceVm'})
            vm_nic_params: vmNicParams
            volume_uuid: 云盘UUID (since 4.1.0)
            zone_uuid: 区域UUID 若指定，云主机会在指定区域创建。 (since 3.10.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_INSTANCE_FROM_VOLUME,
            {
                "clusterUuid": cluster_uuid,
                "cpuNum": cpu_num,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "memorySize": memory_size,
                "name": name,
                "platform": platform,
                "primaryStorageUuid": primary_storage_uuid,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "vmNicParams": vm_nic_params,
                "volumeUuid": volume_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vm_instance_from_volume_snapshot(
        self,
        *,
        volume_snapshot_uuid: str,
        name: str,
        cluster_uuid: str | None = None,
        cpu_num: int | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        memory_size: int | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        primary_storage_uuid: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        vm_nic_params: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmInstanceFromVolumeSnapshotResult:
        """从快照创建云主机 (CreateVmInstanceFromVolumeSnapshot).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_snapshot_uuid: 快照组UUID (since 4.1.0)
            cluster_uuid: 集群UUID (since 4.1.0)
            cpu_num: CPU数量 (since 4.1.0)
            default_l3_network_uuid: 默认三层网络UUID (since 4.1.0)
            description: 资源的详细描述 (since 4.1.0; maxLength 2048)
            host_uuid: 物理机UUID (since 4.1.0)
            instance_offering_uuid: 计算规格UUID (since 4.1.0)
            l3_network_uuids: 三层网络UUID (since 4.1.0)
            memory_size: 内存大小 (since 4.1.0)
            name: 资源名称 (since 4.1.0; maxLength 255)
            platform: 云主机系统平台类型 (since 4.1.0; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            primary_storage_uuid: 主存储UUID (since 4.1.0)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 4.1.0)
            root_volume_system_tags: rootVolumeSystemTags
            strategy: 创建策略 (since 4.1.0; enum {'InstantStart', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 4.1.0)
            type: 云主机系统平台类型 (since 4.1.0; enum {'UserVm', 'ApplianceVm'})
            vm_nic_params: vmNicParams
            zone_uuid: 区域UUID (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_INSTANCE_FROM_VOLUME_SNAPSHOT,
            {
                "volumeSnapshotUuid": volume_snapshot_uuid,
                "clusterUuid": cluster_uuid,
                "cpuNum": cpu_num,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "memorySize": memory_size,
                "name": name,
                "platform": platform,
                "primaryStorageUuid": primary_storage_uuid,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "vmNicParams": vm_nic_params,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vm_instance_from_volume_snapshot_group(
        self,
        *,
        volume_snapshot_group_uuid: str,
        name: str,
        cluster_uuid: str | None = None,
        cpu_num: int | None = None,
        data_volume_system_tags: Mapping[str, Any] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        memory_size: int | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmInstanceFromVolumeSnapshotGroupResult:
        """从快照组创建云主机 (CreateVmInstanceFromVolumeSnapshotGroup).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_snapshot_group_uuid: 快照组UUID (since 4.1.0)
            cluster_uuid: 集群UUID (since 4.1.0)
            cpu_num: CPU数量 (since 4.1.0)
            data_volume_system_tags: dataVolumeSystemTags
            default_l3_network_uuid: 默认三层网络UUID (since 4.1.0)
            description: 资源的详细描述 (since 4.1.0; maxLength 2048)
            host_uuid: 物理机UUID (since 4.1.0)
            instance_offering_uuid: 计算规格UUID (since 4.1.0)
            l3_network_uuids: 三层网络UUID (since 4.1.0)
            memory_size: 内存大小 (since 4.1.0)
            name: 资源名称 (since 4.1.0; maxLength 255)
            primary_storage_uuid_for_root_volume: 根盘的主存储UUID (since 4.1.0)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 4.1.0)
            root_volume_system_tags: rootVolumeSystemTags
            strategy: 创建策略 (since 4.1.0; enum {'InstantStart', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 4.1.0)
            type: 云主机类型 (since 4.1.0; enum {'UserVm', 'ApplianceVm'})
            zone_uuid: 区域UUID (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_INSTANCE_FROM_VOLUME_SNAPSHOT_GROUP,
            {
                "volumeSnapshotGroupUuid": volume_snapshot_group_uuid,
                "clusterUuid": cluster_uuid,
                "cpuNum": cpu_num,
                "dataVolumeSystemTags": data_volume_system_tags,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "memorySize": memory_size,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vm_nic(
        self,
        *,
        l3_network_uuid: str,
        ip: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmNicResult:
        """创建云主机网卡 (CreateVmNic).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ip: ip (since 4.0.0)
            l3_network_uuid: 三层网络UUID (since 4.0.0)
            resource_uuid: resourceUuid (since 4.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_NIC,
            {
                "ip": ip,
                "l3NetworkUuid": l3_network_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_directory(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteDirectoryResult:
        """删除资源分组目录 (DeleteDirectory).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            delete_mode: 删除模式 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_DIRECTORY,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_nic_qos(
        self,
        *,
        uuid: str,
        direction: Literal["in", "out"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteNicQosResult:
        """取消云主机网卡限速 (DeleteNicQos).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机网卡的UUID (since 0.6)
            direction: 入方向还是出方向(in or out) (since 0.6; enum {'in', 'out'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_NIC_QOS,
            {
                "uuid": uuid,
                "direction": direction,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_sso_redirect_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSSORedirectTemplateResult:
        """Delete SSO redirect template (DeleteSSORedirectTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteSSORedirectTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            delete_mode: deleteMode
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SSO_REDIRECT_TEMPLATE,
            {
                "deleteMode": delete_mode,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vm_boot_mode(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmBootModeResult:
        """Delete vm boot mode (DeleteVmBootMode).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVmBootModeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VM_BOOT_MODE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vm_cd_rom(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmCdRomResult:
        """删除CDROM (DeleteVmCdRom).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            delete_mode: deleteMode (since 3.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VM_CD_ROM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vm_console_password(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmConsolePasswordResult:
        """删除云主机控制台密码 (DeleteVmConsolePassword).

        删除一个云主机的控制台密码。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VM_CONSOLE_PASSWORD,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vm_hostname(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmHostnameResult:
        """删除云主机Hostname (DeleteVmHostname).

        删除云主机的Hostname。
        注意: 说明: 该删除操作仅仅是删除配置在数据库中以及DHCP服务器上的云主机hostname，无法改变云主机内部手动配置的hostname。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            delete_mode: deleteMode (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VM_HOSTNAME,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vm_instance_ha_level(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmInstanceHaLevelResult:
        """取消云主机高可用 (DeleteVmInstanceHaLevel).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机资源Uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VM_INSTANCE_HA_LEVEL,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vm_nic(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmNicResult:
        """删除云主机网卡 (DeleteVmNic).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            delete_mode: deleteMode (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VM_NIC,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vm_ssh_key(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmSshKeyResult:
        """删除云主机SSH Key (DeleteVmSshKey).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VM_SSH_KEY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vm_static_ip(
        self,
        *,
        vm_instance_uuid: str,
        l3_network_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        static_ip: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmStaticIpResult:
        """删除云主机指定IP (DeleteVmStaticIp).

        删除云主机三层网络上指定的IP。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            l3_network_uuid: 三层网络UUID (since 0.6)
            delete_mode: deleteMode (since 0.6)
            static_ip: staticIp
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VM_STATIC_IP,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
                "staticIp": static_ip,
            },
            job_uuid,
        )

    def delete_vm_user_defined_xml(
        self,
        *,
        vm_instance_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmUserDefinedXmlResult:
        """Delete vm user defined xml (DeleteVmUserDefinedXml).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVmUserDefinedXmlAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VM_USER_DEFINED_XML,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vm_user_defined_xml_hook_script(
        self,
        *,
        vm_instance_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmUserDefinedXmlHookScriptResult:
        """Delete vm user defined xml hook script (DeleteVmUserDefinedXmlHookScript).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVmUserDefinedXmlHookScriptAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VM_USER_DEFINED_XML_HOOK_SCRIPT,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def describe_vm_instance_recovery_point(
        self,
        *,
        vm_instance_uuid: str,
        group_id: int,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DescribeVmInstanceRecoveryPointResult:
        """Describe vm instance recovery point (DescribeVmInstanceRecoveryPoint).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DescribeVmInstanceRecoveryPointAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid (minLength 1)
            group_id: groupId (minimum 1; maximum 9223372036854775807)
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DESCRIBE_VM_INSTANCE_RECOVERY_POINT,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "groupId": group_id,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def destroy_vm_instance(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DestroyVmInstanceResult:
        """删除云主机 (DestroyVmInstance).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            delete_mode: deleteMode (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DESTROY_VM_INSTANCE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_iso_from_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        iso_uuid: str | None = None,
        job_uuid: str | None = None,
    ) -> DetachIsoFromVmInstanceResult:
        """卸载云主机上的ISO (DetachIsoFromVmInstance).

        如果云主机上挂载有ISO，卸载它。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            iso_uuid: isoUuid (since 2.3.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_ISO_FROM_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "isoUuid": iso_uuid,
            },
            job_uuid,
        )

    def detach_l3_network_from_vm(
        self,
        *,
        vm_nic_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachL3NetworkFromVmResult:
        """从云主机卸载网络 (DetachL3NetworkFromVm).

        从Running或Stopped的云主机上卸载一个网络。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 云主机网卡UUID，该网卡所在网络会从云主机卸载掉 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_L3_NETWORK_FROM_VM,
            {
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def execute_guest_vm_command(
        self,
        *,
        command: str,
        platform: Literal["Windows", "Linux"],
        vm_instance_uuid: str,
        command_timeout: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExecuteGuestVmCommandResult:
        """云主机执行命令 (ExecuteGuestVmCommand).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            command: 命令 (since 5.2.0; maxLength 65536)
            command_timeout: 超时时间 (since 5.2.0; minimum 10; maximum 86400)
            platform: 平台 (since 5.2.0; enum {'Windows', 'Linux'})
            vm_instance_uuid: 云主机UUID (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXECUTE_GUEST_VM_COMMAND,
            {
                "command": command,
                "commandTimeout": command_timeout,
                "platform": platform,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def export_vm_ova_package(
        self,
        *,
        backup_storage_uuid: str,
        vm_uuid: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExportVmOvaPackageResult:
        """导出云主机的OVA包 (ExportVmOvaPackage).

        Since ZStack 4.4.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_storage_uuid: 导出目的镜像存储UUID (since 4.4.6)
            description: 资源的详细描述 (since 4.4.6; maxLength 2048)
            name: 资源名称 (since 4.4.6; maxLength 255)
            resource_uuid: 资源UUID (since 4.4.6)
            tag_uuids: 标签UUID列表 (since 4.4.6)
            vm_uuid: 源云主机UUID (since 4.4.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXPORT_VM_OVA_PACKAGE,
            {
                "backupStorageUuid": backup_storage_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def expunge_vm_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExpungeVmInstanceResult:
        """彻底删除云主机 (ExpungeVmInstance).

        彻底删除一个处于Destroyed状态的云主机。该操作会从数据库里面删除云主机并在主存储上删除该云主机的根云盘。该操作一旦执行就不可恢复。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXPUNGE_VM_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def failover_fault_tolerance_vm(
        self,
        *,
        fault_tolerance_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> FailoverFaultToleranceVmResult:
        """Failover fault tolerance vm (FailoverFaultToleranceVm).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/FailoverFaultToleranceVmAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            fault_tolerance_vm_uuid: faultToleranceVmUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            FAILOVER_FAULT_TOLERANCE_VM,
            {
                "faultToleranceVmUuid": fault_tolerance_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def flatten_vm_instance(
        self,
        *,
        uuid: str,
        dry_run: bool | None = None,
        full: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> FlattenVmInstanceResult:
        """扁平合并云主机 (FlattenVmInstance).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            dry_run: 试运行，可用于预测数据用量 (since 4.7.0)
            full: 扁平合并云主机上所有云盘 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            FLATTEN_VM_INSTANCE,
            {
                "uuid": uuid,
                "dryRun": dry_run,
                "full": full,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def fstrim_vm(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> FstrimVmResult:
        """Fstrim vm (FstrimVm).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/FstrimVmAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            FSTRIM_VM,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_iso_for_attaching_vm(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateIsoForAttachingVmResult:
        """获取云主机可加载ISO列表 (GetCandidateIsoForAttachingVm).

        获取一个云主机以加载的ISO列表。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_ISO_FOR_ATTACHING_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_l3_networks_for_change_vm_nic_network(
        self,
        *,
        vm_nic_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL3NetworksForChangeVmNicNetworkResult:
        """获取云主机网卡可挂载的三层网络 (GetCandidateL3NetworksForChangeVmNicNetwork).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_L3_NETWORKS_FOR_CHANGE_VM_NIC_NETWORK,
            {
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_primary_storages_for_creating_vm(
        self,
        *,
        image_uuid: str,
        l3_network_uuids: Sequence[str],
        root_disk_offering_uuid: str | None = None,
        root_disk_size: int | None = None,
        data_disk_offering_uuids: Sequence[str] | None = None,
        data_disk_sizes: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        cluster_uuid: str | None = None,
        default_l3_network_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        instance_offering_uuid: str | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidatePrimaryStoragesForCreatingVmResult:
        """获取创建云主机时可选择的主存储 (GetCandidatePrimaryStoragesForCreatingVm).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            image_uuid: 镜像UUID (since 2.1)
            l3_network_uuids: 三层网络UUID (since 2.1; minItems 1)
            root_disk_offering_uuid: 根云盘使用的云盘规格UUID，镜像类型为ISO时可选且必选 (since 2.1)
            root_disk_size: 自定义根云盘大小。仅在imageUuid指定的镜像是ISO时且rootDiskOfferingUuid为空需要指定 (since 4.1.2; minimum 1; maximum 9223372036854775807)
            data_disk_offering_uuids: 数据云盘使用的云盘规格UUID (since 2.1; minItems 1)
            data_disk_sizes: 自定义数据云盘大小 (since 4.3.9)
            zone_uuid: 区域UUID (since 2.1)
            cluster_uuid: 集群UUID (since 2.1)
            default_l3_network_uuid: 默认三层网络UUID (since 2.1)
            instance_offering_uuid: 计算规格UUID (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_PRIMARY_STORAGES_FOR_CREATING_VM,
            {
                "imageUuid": image_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "rootDiskOfferingUuid": root_disk_offering_uuid,
                "rootDiskSize": root_disk_size,
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "dataDiskSizes": data_disk_sizes,
                "zoneUuid": zone_uuid,
                "clusterUuid": cluster_uuid,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "instanceOfferingUuid": instance_offering_uuid,
            },
            job_uuid,
        )

    def get_candidate_vm_for_attaching_iso(
        self,
        *,
        iso_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmForAttachingIsoResult:
        """获取ISO可加载云主机列表 (GetCandidateVmForAttachingIso).

        获取一个ISO可以加载到的云主机列表。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            iso_uuid: ISO UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_VM_FOR_ATTACHING_ISO,
            {
                "isoUuid": iso_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_zones_clusters_hosts_for_creating_vm(
        self,
        *,
        image_uuid: str,
        l3_network_uuids: Sequence[str],
        instance_offering_uuid: str | None = None,
        root_disk_offering_uuid: str | None = None,
        data_disk_offering_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        cluster_uuid: str | None = None,
        default_l3_network_uuid: str | None = None,
        cpu_num: int | None = None,
        memory_size: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        root_disk_size: int | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateZonesClustersHostsForCreatingVmResult:
        """获取目的地列表 (GetCandidateZonesClustersHostsForCreatingVm).

        获取可以创建指定云主机参数的目的区域、集群、物理机。用户可以使用该API，通过指定云主机参数获得可以创建满足参数云主机的目的地。

        Since ZStack 0.6s. Synchronous (a 202 is still followed).

        Args:
            instance_offering_uuid: 计算规格UUID (since 0.6s)
            image_uuid: 镜像UUID (since 0.6)
            l3_network_uuids: 三层网络列表 (since 0.6; minItems 1)
            root_disk_offering_uuid: 根云盘规格。仅在imageUuid指定的镜像是ISO时需要指定 (since 0.6)
            data_disk_offering_uuids: 云盘规格列表 (since 0.6; minItems 1)
            zone_uuid: 区域UUID (since 0.6)
            cluster_uuid: 集群UUID (since 0.6)
            default_l3_network_uuid: 默认三层网络UUID (since 0.6)
            cpu_num: CPU数目 (since 3.10.0; minimum 1; maximum 1024)
            memory_size: 内存大小, 单位Byte (since 3.10.0; minimum 1; maximum 9223372036854775807)
            root_disk_size: rootDiskSize (minimum 1; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_ZONES_CLUSTERS_HOSTS_FOR_CREATING_VM,
            {
                "instanceOfferingUuid": instance_offering_uuid,
                "imageUuid": image_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "rootDiskOfferingUuid": root_disk_offering_uuid,
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "zoneUuid": zone_uuid,
                "clusterUuid": cluster_uuid,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "cpuNum": cpu_num,
                "memorySize": memory_size,
                "systemTags": system_tags,
                "userTags": user_tags,
                "rootDiskSize": root_disk_size,
            },
            job_uuid,
        )

    def get_fault_tolerance_vms(
        self,
        *,
        fault_tolerance_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFaultToleranceVmsResult:
        """Get fault tolerance vms (GetFaultToleranceVms).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetFaultToleranceVmsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            fault_tolerance_vm_uuid: faultToleranceVmUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_FAULT_TOLERANCE_VMS,
            {
                "faultToleranceVmUuid": fault_tolerance_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_image_candidates_for_vm_to_change(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetImageCandidatesForVmToChangeResult:
        """获取候选镜像列表 (GetImageCandidatesForVmToChange).

        获取用于修改云主机根云盘的候选镜像列表。

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_IMAGE_CANDIDATES_FOR_VM_TO_CHANGE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_interdependent_l3_networks_images(
        self,
        *,
        zone_uuid: str,
        l3_network_uuids: Sequence[str] | None = None,
        image_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        raise_exception: bool | None = None,
        job_uuid: str | None = None,
    ) -> GetInterdependentL3NetworksImagesResult:
        """获取相互依赖的镜像和L3网络 (GetInterdependentL3NetworksImages).

        ZStack Cloud中一个三层网络属于一个区域，而镜像所在的镜像服务器可以加载到一个或多个区域。镜像服务器本身跟集群也存在依赖关系，例如Ceph的镜像服务器只能跟Ceph的主存储一起工作。由于这种依赖关系的存在，创建云主机的时候指定的三层网络和镜像可能并不能一起工作。用户可以通过该API获得镜像或三层网络的相互依赖。
        当指定了l3NetworkUuids参数时，返回的是可以跟这些三层网络一起工作的镜像清单。
        当指定了imageUuid参数时，返回的是可以跟该镜像一起工作的三层网络清单。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            zone_uuid: 区域UUID。必须指定，以确定三层网络和镜像依赖关系。 (since 0.6)
            l3_network_uuids: 三层网络UUID列表 (since 0.6; minItems 1)
            image_uuid: 镜像UUID (since 0.6)
            raise_exception: raiseException
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_INTERDEPENDENT_L3_NETWORKS_IMAGES,
            {
                "zoneUuid": zone_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "imageUuid": image_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "raiseException": raise_exception,
            },
            job_uuid,
        )

    def get_latest_guest_tools_for_vm(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLatestGuestToolsForVmResult:
        """获取云主机可用的最新增强工具 (GetLatestGuestToolsForVm).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LATEST_GUEST_TOOLS_FOR_VM,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_nic_qos(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        force_sync: bool | None = None,
        job_uuid: str | None = None,
    ) -> GetNicQosResult:
        """获取云主机网卡限速 (GetNicQos).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机网卡的UUID (since 0.6)
            force_sync: forceSync
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_NIC_QOS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "forceSync": force_sync,
            },
            job_uuid,
        )

    def get_spice_certificates(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSpiceCertificatesResult:
        """获取spice的CA证书 (GetSpiceCertificates).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_SPICE_CERTIFICATES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_virtualizer_info(
        self,
        *,
        uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVirtualizerInfoResult:
        """获取资源虚拟化软件信息 (GetVirtualizerInfo).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            uuids: 资源的 uuid，可以为云主机或物理机的 uuid (since 4.6.21; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VIRTUALIZER_INFO,
            {
                "uuids": uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_attachable_data_volume(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmAttachableDataVolumeResult:
        """获取云主机可加载云盘列表 (GetVmAttachableDataVolume).

        获取一个云主机可以加载的云盘列表。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_ATTACHABLE_DATA_VOLUME,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_attachable_l3_network(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmAttachableL3NetworkResult:
        """获取云主机可加载L3网络列表 (GetVmAttachableL3Network).

        获取一个云主机可加载三层网络列表。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_ATTACHABLE_L3_NETWORK,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_boot_order(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmBootOrderResult:
        """获取云主机启动设备列表 (GetVmBootOrder).

        获取一个云主机的启动设备列表。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_BOOT_ORDER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_capabilities(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmCapabilitiesResult:
        """获取云主机能力 (GetVmCapabilities).

        获取一个云主机的能力，用于判断云主机是否能做某些特定操作。目前已定义能力包括：

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_CAPABILITIES,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_console_address(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmConsoleAddressResult:
        """获取云主机控制台地址和访问协议 (GetVmConsoleAddress).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_CONSOLE_ADDRESS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_console_password(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmConsolePasswordResult:
        """获取云主机控制台密码 (GetVmConsolePassword).

        获取一个云主机的控制台密码。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_CONSOLE_PASSWORD,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_device_address(
        self,
        *,
        uuid: str,
        resource_types: Sequence[Literal["VolumeVO"]],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmDeviceAddressResult:
        """获取云主机设备地址 (GetVmDeviceAddress).

        Since ZStack 3.10.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 3.10.0)
            resource_types: 资源类型 (since 3.10.0; items.enum {'VolumeVO'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_DEVICE_ADDRESS,
            {
                "uuid": uuid,
                "resourceTypes": resource_types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_emulator_pinning(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmEmulatorPinningResult:
        """获取VM Emulator Pin在那些物理机的cpu上 (GetVmEmulatorPinning).

        Since ZStack 4.3.12. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.3.12)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_EMULATOR_PINNING,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_guest_tools_info(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        debug: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmGuestToolsInfoResult:
        """获取云主机内部增强工具的信息 (GetVmGuestToolsInfo).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            debug: debug
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_GUEST_TOOLS_INFO,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "debug": debug,
            },
            job_uuid,
        )

    def get_vm_hostname(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmHostnameResult:
        """获取云主机Hostname (GetVmHostname).

        获取云主机指定的Hostname。该Hostname是用户之前用SetVmHostname指定的。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_HOSTNAME,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_instance_first_boot_device(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmInstanceFirstBootDeviceResult:
        """获取云主机第一启动项 (GetVmInstanceFirstBootDevice).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_INSTANCE_FIRST_BOOT_DEVICE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_instance_ha_level(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmInstanceHaLevelResult:
        """获取云主机高可用级别 (GetVmInstanceHaLevel).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机资源Uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_INSTANCE_HA_LEVEL,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_migration_candidate_hosts(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmMigrationCandidateHostsResult:
        """获取可热迁移的物理机列表 (GetVmMigrationCandidateHosts).

        获取一个云主机可以热迁移的物理机列表。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_MIGRATION_CANDIDATE_HOSTS,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_monitor_number(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmMonitorNumberResult:
        """获取云主机支持的屏幕数 (GetVmMonitorNumber).

        获取vm支持的屏幕个数

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_MONITOR_NUMBER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_nic_attached_network_service(
        self,
        *,
        vm_nic_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmNicAttachedNetworkServiceResult:
        """获取网卡加载的网络服务名称 (GetVmNicAttachedNetworkService).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_NIC_ATTACHED_NETWORK_SERVICE,
            {
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_numa(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmNumaResult:
        """获取VM Numa开关状态 (GetVmNuma).

        Since ZStack 4.3.12. Synchronous (a 202 is still followed).

        Args:
            uuid: vm的UUID，唯一标示该资源 (since 4.3.12)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_NUMA,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_qga(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmQgaResult:
        """获取云主机Qga (GetVmQga).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_QGA,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_rdp(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmRDPResult:
        """获取云主机RDP开关状态 (GetVmRDP).

        获取VM RDP开关状态,返回值为true或者false

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_RDP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_ssh_key(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmSshKeyResult:
        """获取云主机SSH Key (GetVmSshKey).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_SSH_KEY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_starting_candidate_clusters_hosts(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmStartingCandidateClustersHostsResult:
        """获取云主机可启动目的地列表 (GetVmStartingCandidateClustersHosts).

        获取一个停止的云主机可以启动的集群、物理机列表。用户可以用该API判断一个停止的云主机可以在哪些集群、物理机上启动。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_STARTING_CANDIDATE_CLUSTERS_HOSTS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_task(
        self,
        *,
        vm_instance_uuids: Sequence[str],
        sync_signatures: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmTaskResult:
        """Get vm task (GetVmTask).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVmTaskAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuids: vmInstanceUuids (minItems 1)
            sync_signatures: syncSignatures
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_TASK,
            {
                "vmInstanceUuids": vm_instance_uuids,
                "syncSignatures": sync_signatures,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_xml(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmXmlResult:
        """Get vm xml (GetVmXml).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVmXmlAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_XML,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_xml_hook_script(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmXmlHookScriptResult:
        """Get vm xml hook script (GetVmXmlHookScript).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVmXmlHookScriptAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_XML_HOOK_SCRIPT,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vms_capabilities(
        self,
        *,
        vm_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmsCapabilitiesResult:
        """批量获取云主机能力 (GetVmsCapabilities).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            vm_uuids: 待查询的云主机uuid集合 (since 4.0.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VMS_CAPABILITIES,
            {
                "vmUuids": vm_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vmv_numa_topology(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmvNUMATopologyResult:
        """查询云主机的vNUMA拓扑信息 (GetVmvNUMATopology).

        Since ZStack 4.3.12. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 4.3.12)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VMV_NUMA_TOPOLOGY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def migrate_vm(
        self,
        *,
        vm_instance_uuid: str,
        allow_unknown: bool | None = None,
        down_time: int | None = None,
        host_uuid: str | None = None,
        migrate_from_destination: bool | None = None,
        strategy: Literal["auto-converge"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> MigrateVmResult:
        """热迁移云主机 (MigrateVm).

        将云主机热迁移至另一个物理机。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            allow_unknown: 允许未知状态的虚拟机 (since 4.6.21)
            down_time: 热迁移物理机停机时间 (since 4.6.21)
            host_uuid: 物理机UUID (since 0.6)
            migrate_from_destination: 从迁移目的物理机器发起迁移命令 (since 2.3)
            strategy: strategy (since 4.6.21; enum {'auto-converge'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            MIGRATE_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "allowUnknown": allow_unknown,
                "downTime": down_time,
                "hostUuid": host_uuid,
                "migrateFromDestination": migrate_from_destination,
                "strategy": strategy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def move_directory(
        self,
        *,
        directory_uuid: str,
        target_parent_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> MoveDirectoryResult:
        """Move directory (MoveDirectory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/MoveDirectoryAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            directory_uuid: directoryUuid
            target_parent_uuid: targetParentUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            MOVE_DIRECTORY,
            {
                "directoryUuid": directory_uuid,
                "targetParentUuid": target_parent_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def move_resources_to_directory(
        self,
        *,
        directory_uuid: str,
        resource_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> MoveResourcesToDirectoryResult:
        """移动资源至分组目录 (MoveResourcesToDirectory).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            directory_uuid: 目录UUID (since 4.6.0)
            resource_uuids: 批量资源UUID (since 4.6.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            MOVE_RESOURCES_TO_DIRECTORY,
            {
                "directoryUuid": directory_uuid,
                "resourceUuids": resource_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def parse_ovf(
        self,
        *,
        xml_base64: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ParseOvfResult:
        """解析OVF模板信息 (ParseOvf).

        Since ZStack 4.4.6. Synchronous (a 202 is still followed).

        Args:
            xml_base64: Base64编码的OVF文件内容 (since 4.4.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PARSE_OVF,
            {
                "xmlBase64": xml_base64,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def pause_vm_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PauseVmInstanceResult:
        """暂停云主机 (PauseVmInstance).

        暂停一个云主机，云主机状态仍然存在内存里面，稍后可以恢复。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PAUSE_VM_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def provision_virtual_router_config(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProvisionVirtualRouterConfigResult:
        """Provision virtual router config (ProvisionVirtualRouterConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ProvisionVirtualRouterConfigAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PROVISION_VIRTUAL_ROUTER_CONFIG,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_directory(
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
    ) -> QueryDirectoryResult:
        """查询分组目录 (QueryDirectory).

        Since ZStack 5.3.20. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.3.20)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_DIRECTORY,
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

    def query_directory_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[DirectoryInventory]:
        """Every result of ``query_directory``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_DIRECTORY,
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

    def query_fault_tolerance_vm(
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
    ) -> QueryFaultToleranceVmResult:
        """Query fault tolerance vm (QueryFaultToleranceVm).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryFaultToleranceVmAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FAULT_TOLERANCE_VM,
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

    def query_fault_tolerance_vm_pages(
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
        """Every result of ``query_fault_tolerance_vm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FAULT_TOLERANCE_VM,
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

    def query_guest_tools_state(
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
    ) -> QueryGuestToolsStateResult:
        """获取云主机GuestTools状态 (QueryGuestToolsState).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_GUEST_TOOLS_STATE,
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

    def query_guest_tools_state_pages(
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
        """Every result of ``query_guest_tools_state``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GUEST_TOOLS_STATE,
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

    def query_shareable_volume_vm_instance_ref(
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
    ) -> QueryShareableVolumeVmInstanceRefResult:
        """查询共享磁盘所挂载的云主机 (QueryShareableVolumeVmInstanceRef).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SHAREABLE_VOLUME_VM_INSTANCE_REF,
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

    def query_shareable_volume_vm_instance_ref_pages(
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
        """Every result of ``query_shareable_volume_vm_instance_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHAREABLE_VOLUME_VM_INSTANCE_REF,
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

    def query_vm_cd_rom(
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
    ) -> QueryVmCdRomResult:
        """查询CDROM清单 (QueryVmCdRom).

        Since ZStack 3.3.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.3.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_CD_ROM,
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

    def query_vm_cd_rom_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VmCdRomInventory]:
        """Every result of ``query_vm_cd_rom``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_CD_ROM,
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

    def query_vm_instance(
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
    ) -> QueryVmInstanceResult:
        """查询云主机 (QueryVmInstance).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_INSTANCE,
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

    def query_vm_instance_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VmInstanceInventory]:
        """Every result of ``query_vm_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_INSTANCE,
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

    def query_vm_nic(
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
    ) -> QueryVmNicResult:
        """查询云主机网卡 (QueryVmNic).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_NIC,
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

    def query_vm_nic_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VmNicInventory]:
        """Every result of ``query_vm_nic``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_NIC,
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

    def query_vm_sched_history(
        self,
        *,
        vm_instance_uuid: str | None = None,
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
    ) -> QueryVmSchedHistoryResult:
        """查询虚拟机调度历史 (QueryVmSchedHistory).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: vmInstanceUuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_SCHED_HISTORY,
            {
                "vmInstanceUuid": vm_instance_uuid,
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

    def query_vm_sched_history_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VmSchedHistoryInventory]:
        """Every result of ``query_vm_sched_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_SCHED_HISTORY,
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

    def reboot_vm_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RebootVmInstanceResult:
        """重启云主机 (RebootVmInstance).

        重启一个云主机。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REBOOT_VM_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def recover_vm_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverVmInstanceResult:
        """恢复已删除云主机 (RecoverVmInstance).

        恢复一个处于Destroyed状态的云主机。恢复后云主机处于Stopped状态并且没有IP地址。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECOVER_VM_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def reimage_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReimageVmInstanceResult:
        """重置云主机 (ReimageVmInstance).

        将一个云主机的根云盘重置为最初状态。该API只对从非ISO创建出的云主机有效。
        注意: Warning: 执行该API后，云主机根云盘重置成最初创建的状态，意味着所有后续写入的数据都会被丢失，该操作不可逆！

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REIMAGE_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_resources_from_directory(
        self,
        *,
        resource_uuids: Sequence[str],
        directory_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveResourcesFromDirectoryResult:
        """从分组目录移除资源 (RemoveResourcesFromDirectory).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            resource_uuids: 批量资源UUID (since 4.6.0; minItems 1)
            directory_uuid: 目录UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_RESOURCES_FROM_DIRECTORY,
            {
                "resourceUuids": resource_uuids,
                "directoryUuid": directory_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def resume_vm_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ResumeVmInstanceResult:
        """恢复暂停的云主机 (ResumeVmInstance).

        恢复一个被暂停的云主机，云主机从内存中恢复运行。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RESUME_VM_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_nic_qos(
        self,
        *,
        uuid: str,
        inbound_bandwidth: int | None = None,
        outbound_bandwidth: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetNicQosResult:
        """设置云主机网卡限速 (SetNicQos).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机网卡UUID (since 0.6)
            inbound_bandwidth: 入流量带宽限制 (since 0.6; minimum 8192; maximum 32212254720)
            outbound_bandwidth: 出流量带宽限制 (since 0.6; minimum 8192; maximum 32212254720)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_NIC_QOS,
            {
                "uuid": uuid,
                "inboundBandwidth": inbound_bandwidth,
                "outboundBandwidth": outbound_bandwidth,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_boot_mode(
        self,
        *,
        uuid: str,
        boot_mode: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmBootModeResult:
        """Set vm boot mode (SetVmBootMode).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetVmBootModeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            boot_mode: bootMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_BOOT_MODE,
            {
                "uuid": uuid,
                "bootMode": boot_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_boot_order(
        self,
        *,
        uuid: str,
        boot_order: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmBootOrderResult:
        """指定云主机启动设备 (SetVmBootOrder).

        指定一个云主机的启动设备。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            boot_order: 启动设备。CdRom：光驱，HardDisk：云盘，Network：网络。若该字段不指定，则表示使用系统默认启动设备顺序(HardDisk, CdRom, Network) (since 3.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_BOOT_ORDER,
            {
                "uuid": uuid,
                "bootOrder": boot_order,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_boot_volume(
        self,
        *,
        vm_instance_uuid: str,
        volume_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmBootVolumeResult:
        """Set vm boot volume (SetVmBootVolume).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetVmBootVolumeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            volume_uuid: volumeUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_BOOT_VOLUME,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "volumeUuid": volume_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_clean_traffic(
        self,
        *,
        uuid: str,
        enable: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmCleanTrafficResult:
        """设置云主机防IP欺骗启用状态 (SetVmCleanTraffic).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            enable: 是否启用云主机 clean-traffic (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_CLEAN_TRAFFIC,
            {
                "uuid": uuid,
                "enable": enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_clock_track(
        self,
        *,
        uuid: str,
        track: Literal["guest", "host"],
        interval_in_seconds: Literal[0, 60, 600, 1800, 3600, 7200, 21600, 43200, 86400]
        | None = None,
        sync_after_vm_resume: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmClockTrackResult:
        """设置云主机时钟同步 (SetVmClockTrack).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.1.0)
            interval_in_seconds: 定期同步时间间隔 (since 4.4.24; enum {0, 60, 600, 1800, 3600, 7200, 21600, 43200, ...})
            sync_after_vm_resume: 暂停到恢复是否同步 (since 4.4.24)
            track: track (since 4.1.0; enum {'guest', 'host'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_CLOCK_TRACK,
            {
                "uuid": uuid,
                "intervalInSeconds": interval_in_seconds,
                "syncAfterVMResume": sync_after_vm_resume,
                "track": track,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_console_mode(
        self,
        *,
        uuid: str,
        mode: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmConsoleModeResult:
        """Set vm console mode (SetVmConsoleMode).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetVmConsoleModeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            mode: mode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_CONSOLE_MODE,
            {
                "uuid": uuid,
                "mode": mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_console_password(
        self,
        *,
        uuid: str,
        console_password: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmConsolePasswordResult:
        """设置云主机控制台密码 (SetVmConsolePassword).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            console_password: 控制台密码，明文字符串 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_CONSOLE_PASSWORD,
            {
                "uuid": uuid,
                "consolePassword": console_password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_emulator_pinning(
        self,
        *,
        uuid: str,
        emulator_pinning: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmEmulatorPinningResult:
        """设置云主机Emulator Pinning功能 (SetVmEmulatorPinning).

        Since ZStack 4.3.12. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.3.12)
            emulator_pinning: 云主机Emulator 绑定在宿主机的某些cpu上,格式为(\\^?(\\d+)(-\\d+)?,)+(例如0-1,16) (since 4.3.12)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_EMULATOR_PINNING,
            {
                "uuid": uuid,
                "emulatorPinning": emulator_pinning,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_hostname(
        self,
        *,
        uuid: str,
        hostname: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmHostnameResult:
        """设置云主机Hostname (SetVmHostname).

        设置云主机hostname。
        注意: 说明: ZStack Cloud通过DHCP服务器配置云主机hostname，如果云主机本身采用静态hostname方式，该API配置的hostname不生效。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            hostname: hostname，必须符合RFC 1123标准 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_HOSTNAME,
            {
                "uuid": uuid,
                "hostname": hostname,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_instance_default_cd_rom(
        self,
        *,
        vm_instance_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmInstanceDefaultCdRomResult:
        """设置云主机默认CDROM (SetVmInstanceDefaultCdRom).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.3.0)
            uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_INSTANCE_DEFAULT_CD_ROM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_instance_ha_level(
        self,
        *,
        uuid: str,
        level: Literal["NeverStop", "OnHostFailure", "FaultTolerance"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmInstanceHaLevelResult:
        """设置云主机高可用级别 (SetVmInstanceHaLevel).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机的资源Uuid (since 0.6)
            level: 云主机高可用级别： NeverStop永不停机 (since 0.6; enum {'NeverStop', 'OnHostFailure', 'FaultTolerance'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_INSTANCE_HA_LEVEL,
            {
                "uuid": uuid,
                "level": level,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_monitor_number(
        self,
        *,
        uuid: str,
        monitor_number: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmMonitorNumberResult:
        """设置云主机支持的屏幕数 (SetVmMonitorNumber).

        设置云主机支持的屏幕个数

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            monitor_number: 显示器个数 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_MONITOR_NUMBER,
            {
                "uuid": uuid,
                "monitorNumber": monitor_number,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_numa(
        self,
        *,
        uuid: str,
        enable: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmNumaResult:
        """设置云主机vNUMA (SetVmNuma).

        Since ZStack 4.3.12. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: vm的UUID，唯一标示该资源 (since 4.3.12)
            enable: 云主机是否开启vm Numa功能 (since 4.3.12)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_NUMA,
            {
                "uuid": uuid,
                "enable": enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_qga(
        self,
        *,
        uuid: str,
        enable: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmQgaResult:
        """设置云主机Qga (SetVmQga).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            enable: enable (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_QGA,
            {
                "uuid": uuid,
                "enable": enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_qxl_memory(
        self,
        *,
        uuid: str,
        ram: int | None = None,
        vgamem: int | None = None,
        vram: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmQxlMemoryResult:
        """设置云主机显存 (SetVmQxlMemory).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 3.7.0)
            ram: 默认值为65536 (since 3.7.0; minimum 1024; maximum 524288)
            vgamem: 默认值为16384 (since 3.7.0; minimum 1024; maximum 524288)
            vram: 默认值为32768 (since 3.7.0; minimum 1024; maximum 524288)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_QXL_MEMORY,
            {
                "uuid": uuid,
                "ram": ram,
                "vgamem": vgamem,
                "vram": vram,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_rdp(
        self,
        *,
        uuid: str,
        enable: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmRDPResult:
        """设置云主机RDP开关状态 (SetVmRDP).

        设置云主机RDP功能是否开启，如果开启，桌面云会使用RDP连接该云主机。

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            enable: 云主机是否被标识为RDP可访问 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_RDP,
            {
                "uuid": uuid,
                "enable": enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_security_level(
        self,
        *,
        uuid: str,
        security_level: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmSecurityLevelResult:
        """Set vm security level (SetVmSecurityLevel).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetVmSecurityLevelAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            security_level: securityLevel
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_SECURITY_LEVEL,
            {
                "uuid": uuid,
                "securityLevel": security_level,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_sound_type(
        self,
        *,
        uuid: str,
        sound_type: Literal["ac97", "ich6"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmSoundTypeResult:
        """设置云主机虚拟声卡类型 (SetVmSoundType).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 3.7.0)
            sound_type: 虚拟声卡类型，默认为ich6 (since 3.7.0; enum {'ac97', 'ich6'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_SOUND_TYPE,
            {
                "uuid": uuid,
                "soundType": sound_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_ssh_key(
        self,
        *,
        uuid: str,
        ssh_key: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmSshKeyResult:
        """设置云主机SSH Key (SetVmSshKey).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            ssh_key: SshKey (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_SSH_KEY,
            {
                "uuid": uuid,
                "SshKey": ssh_key,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_static_ip(
        self,
        *,
        vm_instance_uuid: str,
        l3_network_uuid: str,
        gateway: str | None = None,
        ip: str | None = None,
        ip6: str | None = None,
        ipv6_gateway: str | None = None,
        ipv6_prefix: str | None = None,
        netmask: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmStaticIpResult:
        """指定云主机IP (SetVmStaticIp).

        给云主机网卡指定IP，用户可以通过该API控制云平台分配给云主机网卡的IP。
        用户要确保指定的IP在指定三层网络，并且IP未被占用。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            gateway: IPv4网关 (since 4.6.21)
            ip: 指定IP地址 (since 4.6.21)
            ip6: 指定IPv6地址 (since 3.10.0)
            ipv6_gateway: IPv6网关 (since 4.6.21)
            ipv6_prefix: IPv6前缀长度 (since 4.6.21)
            l3_network_uuid: 三层网络UUID (since 0.6)
            netmask: IPv4子网掩码 (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_STATIC_IP,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "gateway": gateway,
                "ip": ip,
                "ip6": ip6,
                "ipv6Gateway": ipv6_gateway,
                "ipv6Prefix": ipv6_prefix,
                "l3NetworkUuid": l3_network_uuid,
                "netmask": netmask,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_user_defined_xml(
        self,
        *,
        vm_instance_uuid: str,
        xml_base64: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmUserDefinedXmlResult:
        """Set vm user defined xml (SetVmUserDefinedXml).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetVmUserDefinedXmlAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            xml_base64: xmlBase64
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_USER_DEFINED_XML,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "xmlBase64": xml_base64,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_user_defined_xml_hook_script(
        self,
        *,
        vm_instance_uuid: str,
        xml_hook_script_base64: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmUserDefinedXmlHookScriptResult:
        """Set vm user defined xml hook script (SetVmUserDefinedXmlHookScript).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetVmUserDefinedXmlHookScriptAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            xml_hook_script_base64: xmlHookScriptBase64
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_USER_DEFINED_XML_HOOK_SCRIPT,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "xmlHookScriptBase64": xml_hook_script_base64,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def start_vm_instance(
        self,
        *,
        uuid: str,
        cluster_uuid: str | None = None,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartVmInstanceResult:
        """启动云主机 (StartVmInstance).

        启动一个云主机。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            cluster_uuid: 集群UUID。若指定，云主机将在该集群启动 (since 0.6)
            host_uuid: 物理机UUID。若指定，云主机将在该物理机启动。该字段覆盖clusterUuid字段 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            START_VM_INSTANCE,
            {
                "uuid": uuid,
                "clusterUuid": cluster_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def stop_vm_instance(
        self,
        *,
        uuid: str,
        stop_ha: Literal["true"] | None = None,
        type: Literal["grace", "cold"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StopVmInstanceResult:
        """停止云主机 (StopVmInstance).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            stop_ha: 彻底关闭HA云主机 (since 2.2; enum {'true'})
            type: 停止云主机的方式。 grace：优雅关机，需要云主机里安装了相关ACPI驱动； cold：冷关机，相当于直接断电 (since 0.6; enum {'grace', 'cold'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            STOP_VM_INSTANCE,
            {
                "uuid": uuid,
                "stopHA": stop_ha,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_vm_clock(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVmClockResult:
        """立即同步云主机时钟 (SyncVmClock).

        Since ZStack 4.4.24. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.4.24)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_VM_CLOCK,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def take_vm_console_screenshot(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> TakeVmConsoleScreenshotResult:
        """Take vm console screenshot (TakeVmConsoleScreenshot).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/TakeVmConsoleScreenshotAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            TAKE_VM_CONSOLE_SCREENSHOT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_console_password(
        self,
        *,
        uuid: str,
        password: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateConsolePasswordResult:
        """更新云主机控制台密码 (UpdateConsolePassword).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.2)
            password: password (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CONSOLE_PASSWORD,
            {
                "uuid": uuid,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_directory(
        self,
        *,
        name: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateDirectoryResult:
        """更新分组目录 (UpdateDirectory).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            name: 资源名称 (since 4.6.0; maxLength 255)
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_DIRECTORY,
            {
                "name": name,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_guest_tools_state(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateGuestToolsStateResult:
        """更新云主机GuestTools状态 (UpdateGuestToolsState).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_GUEST_TOOLS_STATE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vm_cd_rom(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmCdRomResult:
        """修改CDROM (UpdateVmCdRom).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            description: 资源的详细描述 (since 3.3.0; maxLength 2048)
            name: 资源名称 (since 3.3.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VM_CD_ROM,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vm_instance(
        self,
        *,
        uuid: str,
        cpu_num: int | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        guest_os_type: str | None = None,
        memory_size: int | None = None,
        name: str | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        reserved_memory_size: int | None = None,
        state: Literal["Stopped", "Running"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmInstanceResult:
        """更新云主机信息 (UpdateVmInstance).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            cpu_num: 云主机CPU数量。需停止/启动云主机后生效 当全局设置NUMA为true情况下创建的云主机，支持动态调整 (since 0.6; minimum 1; maximum 1024)
            default_l3_network_uuid: 默认三层网络UUID (since 0.6)
            description: 云主机详细描述 (since 0.6; maxLength 2048)
            guest_os_type: guestOsType (since 4.1.0; maxLength 255)
            memory_size: 云主机内存大小。需停止/启动云主机后生效 全局设置NUMA为true情况下创建的云主机，支持动态调整。 (since 0.6; minimum 1; maximum 9223372036854775807)
            name: 云主机名 (since 0.6; maxLength 255)
            platform: 云主机平台类型 (since 0.6; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            state: 云主机状态 通常不应该直接更新云主机状态，否则会导致云平台对云主机状态发生误判。 该字段只应用于云主机真实状态和云平台记录状态发生不一致，而云平台同步机制已失效时（通常意味着bug）。 管理员应完全理解使用该字段的后果。 (since 0.6; enum {'Stopped', 'Running'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VM_INSTANCE,
            {
                "uuid": uuid,
                "cpuNum": cpu_num,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "guestOsType": guest_os_type,
                "memorySize": memory_size,
                "name": name,
                "platform": platform,
                "reservedMemorySize": reserved_memory_size,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vm_network_config(
        self,
        *,
        vm_instance_uuid: str,
        vm_nic_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmNetworkConfigResult:
        """同步云主机网络配置 (UpdateVmNetworkConfig).

        Since ZStack 4.6.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 4.6.21)
            vm_nic_uuids: vmNicUuids (since 4.6.21; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VM_NETWORK_CONFIG,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vm_nic_driver(
        self,
        *,
        vm_instance_uuid: str,
        driver_type: str,
        vm_nic_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmNicDriverResult:
        """设置网卡型号 (UpdateVmNicDriver).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.9.0)
            driver_type: 云主机网卡型号类型 (since 3.9.0)
            vm_nic_uuid: 云主机网卡UUID (since 3.9.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VM_NIC_DRIVER,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "driverType": driver_type,
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vm_nic_mac(
        self,
        *,
        vm_nic_uuid: str,
        mac: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmNicMacResult:
        """更新云主机mac地址 (UpdateVmNicMac).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 2.3)
            mac: mac地址 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VM_NIC_MAC,
            {
                "vmNicUuid": vm_nic_uuid,
                "mac": mac,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vm_priority(
        self,
        *,
        uuid: str,
        priority: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmPriorityResult:
        """更改云主机优先级级别 (UpdateVmPriority).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            priority: priority (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VM_PRIORITY,
            {
                "uuid": uuid,
                "priority": priority,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def upload_file_to_vm(
        self,
        *,
        file_content: str,
        remote_path: str,
        vm_instance_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UploadFileToVmResult:
        """发送文件到云主机 (UploadFileToVm).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            file_content: 要上传的文件内容,使用Base64加密 (since 5.2.0; minLength 1; maxLength 262144)
            remote_path: 要上传的绝对路径,包含有文件名 (since 5.2.0)
            vm_instance_uuids: 要上传的云主机列表 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPLOAD_FILE_TO_VM,
            {
                "fileContent": file_content,
                "remotePath": remote_path,
                "vmInstanceUuids": vm_instance_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncVmInstancesApi(AsyncNamespace):
    """vm-instances: 140 APIs (AddResourcesToDirectory, AttachGuestToolsIsoToVm, AttachIsoToVmInstance, ...). (asyncio)"""

    __slots__ = ()

    async def add_resources_to_directory(
        self,
        *,
        directory_uuid: str,
        resource_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddResourcesToDirectoryResult:
        """添加资源至分组目录 (AddResourcesToDirectory).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            directory_uuid: 目录UUID (since 4.6.0)
            resource_uuids: 批量资源UUID (since 4.6.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_RESOURCES_TO_DIRECTORY,
            {
                "directoryUuid": directory_uuid,
                "resourceUuids": resource_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_guest_tools_iso_to_vm(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachGuestToolsIsoToVmResult:
        """为云主机加载增强工具镜像 (AttachGuestToolsIsoToVm).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_GUEST_TOOLS_ISO_TO_VM,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_iso_to_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        iso_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachIsoToVmInstanceResult:
        """加载ISO到云主机 (AttachIsoToVmInstance).

        加载一个ISO镜像到Running或Stopped的云主机。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            iso_uuid: ISO UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_ISO_TO_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "isoUuid": iso_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_l3_network_to_vm(
        self,
        *,
        vm_instance_uuid: str,
        l3_network_uuid: str,
        custom_mac: str | None = None,
        driver_type: str | None = None,
        static_ip: str | None = None,
        vm_nic_params: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachL3NetworkToVmResult:
        """加载L3网络到云主机 (AttachL3NetworkToVm).

        动态添加一个网络到Running或者Stopped的云主机。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            l3_network_uuid: 三层网络UUID (since 0.6)
            custom_mac: customMac
            driver_type: 网卡驱动类型 (since 4.0.0)
            static_ip: 指定分配给云主机的IP地址 (since 0.6)
            vm_nic_params: vmNicParams
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_L3_NETWORK_TO_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "customMac": custom_mac,
                "driverType": driver_type,
                "staticIp": static_ip,
                "vmNicParams": vm_nic_params,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_l3_network_to_vm_nic(
        self,
        *,
        vm_nic_uuid: str,
        l3_network_uuid: str,
        static_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachL3NetworkToVmNicResult:
        """Attach L3 network to vm nic (AttachL3NetworkToVmNic).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachL3NetworkToVmNicAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_nic_uuid: vmNicUuid
            l3_network_uuid: l3NetworkUuid
            static_ip: staticIp
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_L3_NETWORK_TO_VM_NIC,
            {
                "vmNicUuid": vm_nic_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "staticIp": static_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_vm_nic_to_vm(
        self,
        *,
        vm_instance_uuid: str,
        vm_nic_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachVmNicToVmResult:
        """加载网卡到云主机 (AttachVmNicToVm).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 4.0.0)
            vm_nic_uuid: 云主机网卡UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_VM_NIC_TO_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_vm_image(
        self,
        *,
        vm_instance_uuid: str,
        image_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmImageResult:
        """修改云主机根云盘 (ChangeVmImage).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 2.2)
            image_uuid: 镜像UUID (since 2.2)
            resource_uuid: resourceUuid (since 2.2)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_VM_IMAGE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "imageUuid": image_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_vm_nic_network(
        self,
        *,
        vm_nic_uuid: str,
        dest_l3_network_uuid: str,
        static_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmNicNetworkResult:
        """修改云主机网卡三层网络 (ChangeVmNicNetwork).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 4.1.0)
            dest_l3_network_uuid: destL3NetworkUuid (since 4.1.0)
            static_ip: staticIp
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_VM_NIC_NETWORK,
            {
                "vmNicUuid": vm_nic_uuid,
                "destL3NetworkUuid": dest_l3_network_uuid,
                "staticIp": static_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_vm_nic_security_policy(
        self,
        *,
        vm_nic_uuid: str,
        egress_policy: Literal["DENY", "ALLOW"] | None = None,
        ingress_policy: Literal["DENY", "ALLOW"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmNicSecurityPolicyResult:
        """更改网卡的默认流量策略 (ChangeVmNicSecurityPolicy).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 网卡的UUID，唯一标示该资源 (since 4.7.21)
            egress_policy: 网卡出方向安全策略 (since 4.7.21; enum {'DENY', 'ALLOW'})
            ingress_policy: 网卡入方向安全策略 (since 4.7.21; enum {'DENY', 'ALLOW'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_VM_NIC_SECURITY_POLICY,
            {
                "vmNicUuid": vm_nic_uuid,
                "egressPolicy": egress_policy,
                "ingressPolicy": ingress_policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_vm_nic_state(
        self,
        *,
        vm_nic_uuid: str,
        state: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmNicStateResult:
        """修改云主机网卡状态 (ChangeVmNicState).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 4.6.0)
            state: 云主机网卡状态 (since 4.6.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_VM_NIC_STATE,
            {
                "vmNicUuid": vm_nic_uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_vm_password(
        self,
        *,
        uuid: str,
        account: str,
        password: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmPasswordResult:
        """变更云主机密码 (ChangeVmPassword).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            account: 账户 (since 0.6; minLength 1)
            password: 密码 (since 0.6; maxLength 32; pattern ^(?:[\\da-zA-Z-`=\\\\\\[\\];',./~!@#$%^&*()_+|{}:"<>?]{1,})$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_VM_PASSWORD,
            {
                "uuid": uuid,
                "account": account,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def clone_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        names: Sequence[str],
        cluster_uuid: str | None = None,
        data_volume_system_tags: Sequence[str] | None = None,
        full: bool | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_data_volume: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        strategy: Literal["InstantStart", "JustCreate", "CreateStopped"] | None = None,
        vm_nic_params: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CloneVmInstanceResult:
        """克隆云主机 (CloneVmInstance).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            cluster_uuid: 集群UUID (since 4.6.21)
            data_volume_system_tags: dataVolumeSystemTags (since 4.6.21)
            full: 是否克隆已挂载数据盘 (since 2.5.0)
            host_uuid: 物理机UUID (since 4.6.21)
            names: 云主机的名字清单 (since 0.6; minItems 1)
            primary_storage_uuid_for_data_volume: primaryStorageUuidForDataVolume (since 4.6.21)
            primary_storage_uuid_for_root_volume: primaryStorageUuidForRootVolume (since 4.6.21)
            root_volume_system_tags: rootVolumeSystemTags (since 4.6.21)
            strategy: 策略 (since 0.6; enum {'InstantStart', 'JustCreate', 'CreateStopped'})
            vm_nic_params: 网卡参数 (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CLONE_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "clusterUuid": cluster_uuid,
                "dataVolumeSystemTags": data_volume_system_tags,
                "full": full,
                "hostUuid": host_uuid,
                "names": names,
                "primaryStorageUuidForDataVolume": primary_storage_uuid_for_data_volume,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "rootVolumeSystemTags": root_volume_system_tags,
                "strategy": strategy,
                "vmNicParams": vm_nic_params,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_directory(
        self,
        *,
        name: str,
        type: str,
        zone_uuid: str,
        parent_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDirectoryResult:
        """创建资源分组目录 (CreateDirectory).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            name: 资源名称 (since 4.6.0; maxLength 255)
            parent_uuid: 父级目录UUID (since 4.6.0)
            resource_uuid: 资源UUID (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            type: type (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_DIRECTORY,
            {
                "name": name,
                "parentUuid": parent_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_fault_tolerance_vm_instance(
        self,
        *,
        image_uuid: str,
        l3_network_uuids: Sequence[str],
        name: str,
        cluster_uuid: str | None = None,
        cpu_num: int | None = None,
        data_disk_offering_uuids: Sequence[str] | None = None,
        data_volume_system_tags: Sequence[str] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        memory_size: int | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        strategy: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFaultToleranceVmInstanceResult:
        """Create fault tolerance vm instance (CreateFaultToleranceVmInstance).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateFaultToleranceVmInstanceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cluster_uuid: clusterUuid
            cpu_num: cpuNum
            data_disk_offering_uuids: dataDiskOfferingUuids
            data_volume_system_tags: dataVolumeSystemTags
            default_l3_network_uuid: defaultL3NetworkUuid
            description: description (maxLength 2048)
            host_uuid: hostUuid
            image_uuid: imageUuid
            instance_offering_uuid: instanceOfferingUuid
            l3_network_uuids: l3NetworkUuids (minItems 1)
            memory_size: memorySize
            name: name (maxLength 255)
            primary_storage_uuid_for_root_volume: primaryStorageUuidForRootVolume
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: resourceUuid
            root_volume_system_tags: rootVolumeSystemTags
            strategy: strategy
            tag_uuids: tagUuids
            type: type
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FAULT_TOLERANCE_VM_INSTANCE,
            {
                "clusterUuid": cluster_uuid,
                "cpuNum": cpu_num,
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "dataVolumeSystemTags": data_volume_system_tags,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "imageUuid": image_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "memorySize": memory_size,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_reboot_vm_instance_scheduler(
        self,
        *,
        vm_uuid: str,
        scheduler_name: str,
        type: Literal["simple", "cron"],
        cron: str | None = None,
        interval: int | None = None,
        repeat_count: int | None = None,
        resource_uuid: str | None = None,
        scheduler_description: str | None = None,
        start_time: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateRebootVmInstanceSchedulerResult:
        """创建重启云主机的定时任务 (CreateRebootVmInstanceScheduler).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            vm_uuid: 云主机uuid (since 0.6)
            cron: cron表达式，需遵循Java Quartz组件cron格式标准 (since 1.6)
            interval: 定时任务间隔，单位秒 (since 1.6)
            repeat_count: 定时任务重复次数，仅针对simple类型的定时任务生效 (since 1.6)
            resource_uuid: 用户可指定创建Scheduler所使用的uuid (since 0.6)
            scheduler_description: 定时任务描述 (since 1.6)
            scheduler_name: 定时任务名称 (since 1.6)
            start_time: 定时任务启动时间，必须遵循unix timestamp格式，0为从立刻开始 (since 1.6)
            type: 定时任务类型，simple或者cron (since 1.6; enum {'simple', 'cron'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_REBOOT_VM_INSTANCE_SCHEDULER,
            {
                "vmUuid": vm_uuid,
                "cron": cron,
                "interval": interval,
                "repeatCount": repeat_count,
                "resourceUuid": resource_uuid,
                "schedulerDescription": scheduler_description,
                "schedulerName": scheduler_name,
                "startTime": start_time,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_start_vm_instance_scheduler(
        self,
        *,
        vm_uuid: str,
        scheduler_name: str,
        type: Literal["simple", "cron"],
        cluster_uuid: str | None = None,
        cron: str | None = None,
        host_uuid: str | None = None,
        interval: int | None = None,
        repeat_count: int | None = None,
        resource_uuid: str | None = None,
        scheduler_description: str | None = None,
        start_time: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateStartVmInstanceSchedulerResult:
        """创建启动云主机的定时任务 (CreateStartVmInstanceScheduler).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            vm_uuid: 云主机uuid (since 0.6)
            cluster_uuid: 集群UUID (since 0.6)
            cron: cron表达式，需遵循Java Quartz组件cron格式标准 (since 1.6)
            host_uuid: 物理机UUID (since 0.6)
            interval: 定时任务间隔，单位秒 (since 1.6)
            repeat_count: 定时任务重复次数，仅针对simple类型的定时任务生效 (since 1.6)
            resource_uuid: 用户可指定创建Scheduler所使用的uuid (since 0.6)
            scheduler_description: 定时任务描述 (since 1.6)
            scheduler_name: 定时任务名称 (since 1.6)
            start_time: 定时任务启动时间，必须遵循unix timestamp格式，0为从立刻开始 (since 1.6)
            type: 定时任务类型，simple或者cron (since 1.6; enum {'simple', 'cron'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_START_VM_INSTANCE_SCHEDULER,
            {
                "vmUuid": vm_uuid,
                "clusterUuid": cluster_uuid,
                "cron": cron,
                "hostUuid": host_uuid,
                "interval": interval,
                "repeatCount": repeat_count,
                "resourceUuid": resource_uuid,
                "schedulerDescription": scheduler_description,
                "schedulerName": scheduler_name,
                "startTime": start_time,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_stop_vm_instance_scheduler(
        self,
        *,
        vm_uuid: str,
        scheduler_name: str,
        type: Literal["simple", "cron"],
        cron: str | None = None,
        interval: int | None = None,
        repeat_count: int | None = None,
        resource_uuid: str | None = None,
        scheduler_description: str | None = None,
        start_time: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateStopVmInstanceSchedulerResult:
        """创建停止云主机的定时任务 (CreateStopVmInstanceScheduler).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            vm_uuid: 云主机uuid (since 0.6)
            cron: cron表达式，需遵循Java Quartz组件cron格式标准 (since 1.6)
            interval: 定时任务间隔，单位秒 (since 1.6)
            repeat_count: 定时任务重复次数，仅针对simple类型的定时任务生效 (since 1.6)
            resource_uuid: 用户可指定创建Scheduler所使用的uuid (since 0.6)
            scheduler_description: 定时任务描述 (since 1.6)
            scheduler_name: 定时任务名称 (since 1.6)
            start_time: 定时任务启动时间，必须遵循unix timestamp格式，0为从立刻开始 (since 1.6)
            type: 定时任务类型，simple或者cron (since 1.6; enum {'simple', 'cron'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_STOP_VM_INSTANCE_SCHEDULER,
            {
                "vmUuid": vm_uuid,
                "cron": cron,
                "interval": interval,
                "repeatCount": repeat_count,
                "resourceUuid": resource_uuid,
                "schedulerDescription": scheduler_description,
                "schedulerName": scheduler_name,
                "startTime": start_time,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vm_cd_rom(
        self,
        *,
        name: str,
        vm_instance_uuid: str,
        description: str | None = None,
        iso_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmCdRomResult:
        """为云主机创建CDROM (CreateVmCdRom).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.3.0; maxLength 2048)
            iso_uuid: ISO镜像UUID (since 3.3.0)
            name: 资源名称 (since 3.3.0; maxLength 255)
            resource_uuid: 资源UUID (since 3.3.0)
            tag_uuids: tagUuids
            vm_instance_uuid: 云主机UUID (since 3.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_CD_ROM,
            {
                "description": description,
                "isoUuid": iso_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vm_instance(
        self,
        *,
        name: str,
        architecture: Literal["x86_64", "aarch64", "mips64el", "loongarch64"] | None = None,
        cluster_uuid: str | None = None,
        cpu_num: int | None = None,
        data_disk_offering_uuids: Sequence[str] | None = None,
        data_disk_sizes: Sequence[Any] | None = None,
        data_volume_system_tags: Sequence[str] | None = None,
        data_volume_system_tags_on_index: Mapping[str, Any] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        disk_aos: Sequence[Any] | None = None,
        guest_os_type: str | None = None,
        host_uuid: str | None = None,
        image_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        memory_size: int | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_disk_offering_uuid: str | None = None,
        root_disk_size: int | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        ssh_key_pair_uuids: Sequence[str] | None = None,
        strategy: Literal["InstantStart", "JustCreate", "CreateStopped"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        virtio: bool | None = None,
        vm_nic_params: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmInstanceResult:
        """创建云主机 (CreateVmInstance).

        创建一个新的云主机。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            architecture: architecture (maxLength 32; enum {'x86_64', 'aarch64', 'mips64el', 'loongarch64'})
            cluster_uuid: 集群UUID 若指定，云主机会在指定集群创建，该字段优先级高于zoneUuid。 (since 0.6)
            cpu_num: cpuNum (since 3.4.0)
            data_disk_offering_uuids: 云盘规格UUID列表 可指定一个或多个云盘规格UUID（UUID可以重复）为云主机创建一个或多个数据云盘。 (since 0.6)
            data_disk_sizes: 自定义云盘大小列表。可以指定一个或多个云盘大小（可重复）为云主机创建一个或多个数据云盘。 (since 4.4.24)
            data_volume_system_tags: 云主机数据盘所需要的系统标签 (since 3.0)
            data_volume_system_tags_on_index: dataVolumeSystemTagsOnIndex (since 4.4.24)
            default_l3_network_uuid: 默认三层网络UUID 当l3NetworkUuids指定了多个三层网络时，该字段指定提供默认路由的三层网络。 若不指定，l3NetworkUuids的第一个网络被选为默认网络。 (since 0.6)
            description: 云主机的详细描述 (since 0.6; maxLength 2048)
            disk_aos: diskAOs
            guest_os_type: guestOsType (maxLength 255)
            host_uuid: 物理机UUID 若指定，云主机会在指定物理机创建，该字段优先级高于zoneUuid和clusterUuid。 (since 0.6)
            image_uuid: 镜像UUID 云主机的根云盘会从该字段指定的镜像创建。 (since 0.6; minLength 1)
            instance_offering_uuid: 计算规格UUID 指定云主机的CPU、内存等参数。 (since 0.6)
            l3_network_uuids: 三层网络UUID列表 可指定一个或多个三层网络，云主机会在每个三层网络上创建一个网卡。 (since 0.6)
            memory_size: memorySize (since 3.4.0)
            name: 云主机名称 (since 0.6; maxLength 255)
            platform: platform (enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            primary_storage_uuid_for_root_volume: 主存储UUID 若指定，云主机的根云盘会在指定主存储创建。 (since 1.8)
            reserved_memory_size: reservedMemorySize (since 4.7.21; minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID 若指定，云主机会使用该字段值作为UUID。 (since 0.6)
            root_disk_offering_uuid: 根云盘规格UUID 如果imageUuid字段指定的镜像类型是ISO，该字段必须指定以确定需要创建的根云盘大小。 如果镜像类型是非ISO，该字段无需指定。 (since 0.6)
            root_disk_size: rootDiskSize (since 3.4.0)
            root_volume_system_tags: 云主机根盘所需要的系统标签 (since 3.0)
            ssh_key_pair_uuids: sshKeyPairUuids (since 4.7.21)
            strategy: 云主机创建策略 创建后立刻启动 创建后不启动 (since 0.6; enum {'InstantStart', 'JustCreate', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 3.4.0)
            type: 云主机类型 保留字段，无需指定。 (since 0.6; enum {'UserVm', 'ApplianceVm'})
            virtio: virtio
            vm_nic_params: vmNicParams
            zone_uuid: 区域UUID 若指定，云主机会在指定区域创建。 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_INSTANCE,
            {
                "architecture": architecture,
                "clusterUuid": cluster_uuid,
                "cpuNum": cpu_num,
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "dataDiskSizes": data_disk_sizes,
                "dataVolumeSystemTags": data_volume_system_tags,
                "dataVolumeSystemTagsOnIndex": data_volume_system_tags_on_index,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "diskAOs": disk_aos,
                "guestOsType": guest_os_type,
                "hostUuid": host_uuid,
                "imageUuid": image_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "memorySize": memory_size,
                "name": name,
                "platform": platform,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "rootDiskOfferingUuid": root_disk_offering_uuid,
                "rootDiskSize": root_disk_size,
                "rootVolumeSystemTags": root_volume_system_tags,
                "sshKeyPairUuids": ssh_key_pair_uuids,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "virtio": virtio,
                "vmNicParams": vm_nic_params,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vm_instance_from_ovf(
        self,
        *,
        backup_storage_uuid: str,
        json_create_vm_param: str,
        json_image_infos: str,
        xml_base64: str,
        delete_image_after_success: bool | None = None,
        delete_image_on_fail: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmInstanceFromOvfResult:
        """从OVF模板导入云主机 (CreateVmInstanceFromOvf).

        Since ZStack 4.4.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_storage_uuid: 用于存储上传镜像文件的镜像存储UUID (since 4.4.6)
            delete_image_after_success: 部署完成后删除镜像文件 (since 4.4.6)
            delete_image_on_fail: 部署失败后删除镜像文件 (since 4.4.6)
            json_create_vm_param: 包含云主机创建参数的消息的JSON字符串 (since 4.4.6)
            json_image_infos: 描述OVF中disk ID与镜像文件对应关系的JSON字符串 (since 4.4.6)
            resource_uuid: 资源UUID (since 4.4.6)
            tag_uuids: 标签UUID列表 (since 4.4.6)
            xml_base64: 资源名称 (since 4.4.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_INSTANCE_FROM_OVF,
            {
                "backupStorageUuid": backup_storage_uuid,
                "deleteImageAfterSuccess": delete_image_after_success,
                "deleteImageOnFail": delete_image_on_fail,
                "jsonCreateVmParam": json_create_vm_param,
                "jsonImageInfos": json_image_infos,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "xmlBase64": xml_base64,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vm_instance_from_volume(
        self,
        *,
        name: str,
        volume_uuid: str,
        cluster_uuid: str | None = None,
        cpu_num: int | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        memory_size: int | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        primary_storage_uuid: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        vm_nic_params: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmInstanceFromVolumeResult:
        """从云盘创建云主机 (CreateVmInstanceFromVolume).

        Since ZStack 3.10.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID 若指定，云主机会在指定集群创建，该字段优先级高于zoneUuid。 (since 3.10.0)
            cpu_num: CPU核数，单位为GB，该参数与instanceOfferingUuid二选一 (since 3.10.0)
            default_l3_network_uuid: 默认三层网络UUID 当l3NetworkUuids指定了多个三层网络时，该字段指定提供默认路由的三层网络。 若不指定，l3NetworkUuids的第一个网络被选为默认网络。 (since 3.10.0)
            description: 资源的详细描述 (since 3.10.0; maxLength 2048)
            host_uuid: 物理机UUID 若指定，云主机会在指定物理机创建，该字段优先级高于zoneUuid和clusterUuid。 (since 3.10.0)
            instance_offering_uuid: 计算规格UUID，注意：该参数与CPU数量、内存大小二选一 (since 3.10.0)
            l3_network_uuids: 三层网络UUID 可指定一个或多个三层网络，云主机会在每个三层网络上创建一个网卡。 (since 3.10.0)
            memory_size: 内存大小，单位为Byte，该参数与instanceOfferingUuid二选一 (since 3.10.0)
            name: 资源名称 (since 3.10.0; maxLength 255)
            platform: 云盘系统平台 (since 3.10.0; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            primary_storage_uuid: 主存储UUID 若指定，云主机的根云盘会在指定主存储创建。 (since 3.10.0)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID 若指定，云主机会使用该字段值作为UUID。 (since 3.10.0)
            strategy: 云主机创建策略 创建后立刻启动 创建后不启动 (since 3.10.0; enum {'InstantStart', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 3.10.0)
            type: 云主机类型 保留字段，无需指定。 (since 3.10.0; enum {'UserVm', 'ApplianceVm'})
            vm_nic_params: vmNicParams
            volume_uuid: 云盘UUID (since 4.1.0)
            zone_uuid: 区域UUID 若指定，云主机会在指定区域创建。 (since 3.10.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_INSTANCE_FROM_VOLUME,
            {
                "clusterUuid": cluster_uuid,
                "cpuNum": cpu_num,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "memorySize": memory_size,
                "name": name,
                "platform": platform,
                "primaryStorageUuid": primary_storage_uuid,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "vmNicParams": vm_nic_params,
                "volumeUuid": volume_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vm_instance_from_volume_snapshot(
        self,
        *,
        volume_snapshot_uuid: str,
        name: str,
        cluster_uuid: str | None = None,
        cpu_num: int | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        memory_size: int | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        primary_storage_uuid: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        vm_nic_params: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmInstanceFromVolumeSnapshotResult:
        """从快照创建云主机 (CreateVmInstanceFromVolumeSnapshot).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_snapshot_uuid: 快照组UUID (since 4.1.0)
            cluster_uuid: 集群UUID (since 4.1.0)
            cpu_num: CPU数量 (since 4.1.0)
            default_l3_network_uuid: 默认三层网络UUID (since 4.1.0)
            description: 资源的详细描述 (since 4.1.0; maxLength 2048)
            host_uuid: 物理机UUID (since 4.1.0)
            instance_offering_uuid: 计算规格UUID (since 4.1.0)
            l3_network_uuids: 三层网络UUID (since 4.1.0)
            memory_size: 内存大小 (since 4.1.0)
            name: 资源名称 (since 4.1.0; maxLength 255)
            platform: 云主机系统平台类型 (since 4.1.0; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            primary_storage_uuid: 主存储UUID (since 4.1.0)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 4.1.0)
            root_volume_system_tags: rootVolumeSystemTags
            strategy: 创建策略 (since 4.1.0; enum {'InstantStart', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 4.1.0)
            type: 云主机系统平台类型 (since 4.1.0; enum {'UserVm', 'ApplianceVm'})
            vm_nic_params: vmNicParams
            zone_uuid: 区域UUID (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_INSTANCE_FROM_VOLUME_SNAPSHOT,
            {
                "volumeSnapshotUuid": volume_snapshot_uuid,
                "clusterUuid": cluster_uuid,
                "cpuNum": cpu_num,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "memorySize": memory_size,
                "name": name,
                "platform": platform,
                "primaryStorageUuid": primary_storage_uuid,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "vmNicParams": vm_nic_params,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vm_instance_from_volume_snapshot_group(
        self,
        *,
        volume_snapshot_group_uuid: str,
        name: str,
        cluster_uuid: str | None = None,
        cpu_num: int | None = None,
        data_volume_system_tags: Mapping[str, Any] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        memory_size: int | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmInstanceFromVolumeSnapshotGroupResult:
        """从快照组创建云主机 (CreateVmInstanceFromVolumeSnapshotGroup).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_snapshot_group_uuid: 快照组UUID (since 4.1.0)
            cluster_uuid: 集群UUID (since 4.1.0)
            cpu_num: CPU数量 (since 4.1.0)
            data_volume_system_tags: dataVolumeSystemTags
            default_l3_network_uuid: 默认三层网络UUID (since 4.1.0)
            description: 资源的详细描述 (since 4.1.0; maxLength 2048)
            host_uuid: 物理机UUID (since 4.1.0)
            instance_offering_uuid: 计算规格UUID (since 4.1.0)
            l3_network_uuids: 三层网络UUID (since 4.1.0)
            memory_size: 内存大小 (since 4.1.0)
            name: 资源名称 (since 4.1.0; maxLength 255)
            primary_storage_uuid_for_root_volume: 根盘的主存储UUID (since 4.1.0)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 4.1.0)
            root_volume_system_tags: rootVolumeSystemTags
            strategy: 创建策略 (since 4.1.0; enum {'InstantStart', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 4.1.0)
            type: 云主机类型 (since 4.1.0; enum {'UserVm', 'ApplianceVm'})
            zone_uuid: 区域UUID (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_INSTANCE_FROM_VOLUME_SNAPSHOT_GROUP,
            {
                "volumeSnapshotGroupUuid": volume_snapshot_group_uuid,
                "clusterUuid": cluster_uuid,
                "cpuNum": cpu_num,
                "dataVolumeSystemTags": data_volume_system_tags,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "memorySize": memory_size,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vm_nic(
        self,
        *,
        l3_network_uuid: str,
        ip: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmNicResult:
        """创建云主机网卡 (CreateVmNic).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ip: ip (since 4.0.0)
            l3_network_uuid: 三层网络UUID (since 4.0.0)
            resource_uuid: resourceUuid (since 4.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_NIC,
            {
                "ip": ip,
                "l3NetworkUuid": l3_network_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_directory(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteDirectoryResult:
        """删除资源分组目录 (DeleteDirectory).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            delete_mode: 删除模式 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_DIRECTORY,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_nic_qos(
        self,
        *,
        uuid: str,
        direction: Literal["in", "out"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteNicQosResult:
        """取消云主机网卡限速 (DeleteNicQos).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机网卡的UUID (since 0.6)
            direction: 入方向还是出方向(in or out) (since 0.6; enum {'in', 'out'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_NIC_QOS,
            {
                "uuid": uuid,
                "direction": direction,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_sso_redirect_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSSORedirectTemplateResult:
        """Delete SSO redirect template (DeleteSSORedirectTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteSSORedirectTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            delete_mode: deleteMode
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SSO_REDIRECT_TEMPLATE,
            {
                "deleteMode": delete_mode,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vm_boot_mode(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmBootModeResult:
        """Delete vm boot mode (DeleteVmBootMode).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVmBootModeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VM_BOOT_MODE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vm_cd_rom(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmCdRomResult:
        """删除CDROM (DeleteVmCdRom).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            delete_mode: deleteMode (since 3.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VM_CD_ROM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vm_console_password(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmConsolePasswordResult:
        """删除云主机控制台密码 (DeleteVmConsolePassword).

        删除一个云主机的控制台密码。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VM_CONSOLE_PASSWORD,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vm_hostname(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmHostnameResult:
        """删除云主机Hostname (DeleteVmHostname).

        删除云主机的Hostname。
        注意: 说明: 该删除操作仅仅是删除配置在数据库中以及DHCP服务器上的云主机hostname，无法改变云主机内部手动配置的hostname。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            delete_mode: deleteMode (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VM_HOSTNAME,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vm_instance_ha_level(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmInstanceHaLevelResult:
        """取消云主机高可用 (DeleteVmInstanceHaLevel).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机资源Uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VM_INSTANCE_HA_LEVEL,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vm_nic(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmNicResult:
        """删除云主机网卡 (DeleteVmNic).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            delete_mode: deleteMode (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VM_NIC,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vm_ssh_key(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmSshKeyResult:
        """删除云主机SSH Key (DeleteVmSshKey).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VM_SSH_KEY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vm_static_ip(
        self,
        *,
        vm_instance_uuid: str,
        l3_network_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        static_ip: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmStaticIpResult:
        """删除云主机指定IP (DeleteVmStaticIp).

        删除云主机三层网络上指定的IP。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            l3_network_uuid: 三层网络UUID (since 0.6)
            delete_mode: deleteMode (since 0.6)
            static_ip: staticIp
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VM_STATIC_IP,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
                "staticIp": static_ip,
            },
            job_uuid,
        )

    async def delete_vm_user_defined_xml(
        self,
        *,
        vm_instance_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmUserDefinedXmlResult:
        """Delete vm user defined xml (DeleteVmUserDefinedXml).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVmUserDefinedXmlAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VM_USER_DEFINED_XML,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vm_user_defined_xml_hook_script(
        self,
        *,
        vm_instance_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmUserDefinedXmlHookScriptResult:
        """Delete vm user defined xml hook script (DeleteVmUserDefinedXmlHookScript).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteVmUserDefinedXmlHookScriptAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VM_USER_DEFINED_XML_HOOK_SCRIPT,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def describe_vm_instance_recovery_point(
        self,
        *,
        vm_instance_uuid: str,
        group_id: int,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DescribeVmInstanceRecoveryPointResult:
        """Describe vm instance recovery point (DescribeVmInstanceRecoveryPoint).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DescribeVmInstanceRecoveryPointAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid (minLength 1)
            group_id: groupId (minimum 1; maximum 9223372036854775807)
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DESCRIBE_VM_INSTANCE_RECOVERY_POINT,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "groupId": group_id,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def destroy_vm_instance(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DestroyVmInstanceResult:
        """删除云主机 (DestroyVmInstance).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            delete_mode: deleteMode (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DESTROY_VM_INSTANCE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_iso_from_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        iso_uuid: str | None = None,
        job_uuid: str | None = None,
    ) -> DetachIsoFromVmInstanceResult:
        """卸载云主机上的ISO (DetachIsoFromVmInstance).

        如果云主机上挂载有ISO，卸载它。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            iso_uuid: isoUuid (since 2.3.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_ISO_FROM_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "isoUuid": iso_uuid,
            },
            job_uuid,
        )

    async def detach_l3_network_from_vm(
        self,
        *,
        vm_nic_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachL3NetworkFromVmResult:
        """从云主机卸载网络 (DetachL3NetworkFromVm).

        从Running或Stopped的云主机上卸载一个网络。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 云主机网卡UUID，该网卡所在网络会从云主机卸载掉 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_L3_NETWORK_FROM_VM,
            {
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def execute_guest_vm_command(
        self,
        *,
        command: str,
        platform: Literal["Windows", "Linux"],
        vm_instance_uuid: str,
        command_timeout: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExecuteGuestVmCommandResult:
        """云主机执行命令 (ExecuteGuestVmCommand).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            command: 命令 (since 5.2.0; maxLength 65536)
            command_timeout: 超时时间 (since 5.2.0; minimum 10; maximum 86400)
            platform: 平台 (since 5.2.0; enum {'Windows', 'Linux'})
            vm_instance_uuid: 云主机UUID (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXECUTE_GUEST_VM_COMMAND,
            {
                "command": command,
                "commandTimeout": command_timeout,
                "platform": platform,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def export_vm_ova_package(
        self,
        *,
        backup_storage_uuid: str,
        vm_uuid: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExportVmOvaPackageResult:
        """导出云主机的OVA包 (ExportVmOvaPackage).

        Since ZStack 4.4.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_storage_uuid: 导出目的镜像存储UUID (since 4.4.6)
            description: 资源的详细描述 (since 4.4.6; maxLength 2048)
            name: 资源名称 (since 4.4.6; maxLength 255)
            resource_uuid: 资源UUID (since 4.4.6)
            tag_uuids: 标签UUID列表 (since 4.4.6)
            vm_uuid: 源云主机UUID (since 4.4.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXPORT_VM_OVA_PACKAGE,
            {
                "backupStorageUuid": backup_storage_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def expunge_vm_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExpungeVmInstanceResult:
        """彻底删除云主机 (ExpungeVmInstance).

        彻底删除一个处于Destroyed状态的云主机。该操作会从数据库里面删除云主机并在主存储上删除该云主机的根云盘。该操作一旦执行就不可恢复。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXPUNGE_VM_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def failover_fault_tolerance_vm(
        self,
        *,
        fault_tolerance_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> FailoverFaultToleranceVmResult:
        """Failover fault tolerance vm (FailoverFaultToleranceVm).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/FailoverFaultToleranceVmAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            fault_tolerance_vm_uuid: faultToleranceVmUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            FAILOVER_FAULT_TOLERANCE_VM,
            {
                "faultToleranceVmUuid": fault_tolerance_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def flatten_vm_instance(
        self,
        *,
        uuid: str,
        dry_run: bool | None = None,
        full: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> FlattenVmInstanceResult:
        """扁平合并云主机 (FlattenVmInstance).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            dry_run: 试运行，可用于预测数据用量 (since 4.7.0)
            full: 扁平合并云主机上所有云盘 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            FLATTEN_VM_INSTANCE,
            {
                "uuid": uuid,
                "dryRun": dry_run,
                "full": full,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def fstrim_vm(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> FstrimVmResult:
        """Fstrim vm (FstrimVm).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/FstrimVmAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            FSTRIM_VM,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_iso_for_attaching_vm(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateIsoForAttachingVmResult:
        """获取云主机可加载ISO列表 (GetCandidateIsoForAttachingVm).

        获取一个云主机以加载的ISO列表。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_ISO_FOR_ATTACHING_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_l3_networks_for_change_vm_nic_network(
        self,
        *,
        vm_nic_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL3NetworksForChangeVmNicNetworkResult:
        """获取云主机网卡可挂载的三层网络 (GetCandidateL3NetworksForChangeVmNicNetwork).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_L3_NETWORKS_FOR_CHANGE_VM_NIC_NETWORK,
            {
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_primary_storages_for_creating_vm(
        self,
        *,
        image_uuid: str,
        l3_network_uuids: Sequence[str],
        root_disk_offering_uuid: str | None = None,
        root_disk_size: int | None = None,
        data_disk_offering_uuids: Sequence[str] | None = None,
        data_disk_sizes: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        cluster_uuid: str | None = None,
        default_l3_network_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        instance_offering_uuid: str | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidatePrimaryStoragesForCreatingVmResult:
        """获取创建云主机时可选择的主存储 (GetCandidatePrimaryStoragesForCreatingVm).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            image_uuid: 镜像UUID (since 2.1)
            l3_network_uuids: 三层网络UUID (since 2.1; minItems 1)
            root_disk_offering_uuid: 根云盘使用的云盘规格UUID，镜像类型为ISO时可选且必选 (since 2.1)
            root_disk_size: 自定义根云盘大小。仅在imageUuid指定的镜像是ISO时且rootDiskOfferingUuid为空需要指定 (since 4.1.2; minimum 1; maximum 9223372036854775807)
            data_disk_offering_uuids: 数据云盘使用的云盘规格UUID (since 2.1; minItems 1)
            data_disk_sizes: 自定义数据云盘大小 (since 4.3.9)
            zone_uuid: 区域UUID (since 2.1)
            cluster_uuid: 集群UUID (since 2.1)
            default_l3_network_uuid: 默认三层网络UUID (since 2.1)
            instance_offering_uuid: 计算规格UUID (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_PRIMARY_STORAGES_FOR_CREATING_VM,
            {
                "imageUuid": image_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "rootDiskOfferingUuid": root_disk_offering_uuid,
                "rootDiskSize": root_disk_size,
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "dataDiskSizes": data_disk_sizes,
                "zoneUuid": zone_uuid,
                "clusterUuid": cluster_uuid,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "instanceOfferingUuid": instance_offering_uuid,
            },
            job_uuid,
        )

    async def get_candidate_vm_for_attaching_iso(
        self,
        *,
        iso_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmForAttachingIsoResult:
        """获取ISO可加载云主机列表 (GetCandidateVmForAttachingIso).

        获取一个ISO可以加载到的云主机列表。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            iso_uuid: ISO UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_VM_FOR_ATTACHING_ISO,
            {
                "isoUuid": iso_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_zones_clusters_hosts_for_creating_vm(
        self,
        *,
        image_uuid: str,
        l3_network_uuids: Sequence[str],
        instance_offering_uuid: str | None = None,
        root_disk_offering_uuid: str | None = None,
        data_disk_offering_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        cluster_uuid: str | None = None,
        default_l3_network_uuid: str | None = None,
        cpu_num: int | None = None,
        memory_size: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        root_disk_size: int | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateZonesClustersHostsForCreatingVmResult:
        """获取目的地列表 (GetCandidateZonesClustersHostsForCreatingVm).

        获取可以创建指定云主机参数的目的区域、集群、物理机。用户可以使用该API，通过指定云主机参数获得可以创建满足参数云主机的目的地。

        Since ZStack 0.6s. Synchronous (a 202 is still followed).

        Args:
            instance_offering_uuid: 计算规格UUID (since 0.6s)
            image_uuid: 镜像UUID (since 0.6)
            l3_network_uuids: 三层网络列表 (since 0.6; minItems 1)
            root_disk_offering_uuid: 根云盘规格。仅在imageUuid指定的镜像是ISO时需要指定 (since 0.6)
            data_disk_offering_uuids: 云盘规格列表 (since 0.6; minItems 1)
            zone_uuid: 区域UUID (since 0.6)
            cluster_uuid: 集群UUID (since 0.6)
            default_l3_network_uuid: 默认三层网络UUID (since 0.6)
            cpu_num: CPU数目 (since 3.10.0; minimum 1; maximum 1024)
            memory_size: 内存大小, 单位Byte (since 3.10.0; minimum 1; maximum 9223372036854775807)
            root_disk_size: rootDiskSize (minimum 1; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_ZONES_CLUSTERS_HOSTS_FOR_CREATING_VM,
            {
                "instanceOfferingUuid": instance_offering_uuid,
                "imageUuid": image_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "rootDiskOfferingUuid": root_disk_offering_uuid,
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "zoneUuid": zone_uuid,
                "clusterUuid": cluster_uuid,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "cpuNum": cpu_num,
                "memorySize": memory_size,
                "systemTags": system_tags,
                "userTags": user_tags,
                "rootDiskSize": root_disk_size,
            },
            job_uuid,
        )

    async def get_fault_tolerance_vms(
        self,
        *,
        fault_tolerance_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFaultToleranceVmsResult:
        """Get fault tolerance vms (GetFaultToleranceVms).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetFaultToleranceVmsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            fault_tolerance_vm_uuid: faultToleranceVmUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_FAULT_TOLERANCE_VMS,
            {
                "faultToleranceVmUuid": fault_tolerance_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_image_candidates_for_vm_to_change(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetImageCandidatesForVmToChangeResult:
        """获取候选镜像列表 (GetImageCandidatesForVmToChange).

        获取用于修改云主机根云盘的候选镜像列表。

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_IMAGE_CANDIDATES_FOR_VM_TO_CHANGE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_interdependent_l3_networks_images(
        self,
        *,
        zone_uuid: str,
        l3_network_uuids: Sequence[str] | None = None,
        image_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        raise_exception: bool | None = None,
        job_uuid: str | None = None,
    ) -> GetInterdependentL3NetworksImagesResult:
        """获取相互依赖的镜像和L3网络 (GetInterdependentL3NetworksImages).

        ZStack Cloud中一个三层网络属于一个区域，而镜像所在的镜像服务器可以加载到一个或多个区域。镜像服务器本身跟集群也存在依赖关系，例如Ceph的镜像服务器只能跟Ceph的主存储一起工作。由于这种依赖关系的存在，创建云主机的时候指定的三层网络和镜像可能并不能一起工作。用户可以通过该API获得镜像或三层网络的相互依赖。
        当指定了l3NetworkUuids参数时，返回的是可以跟这些三层网络一起工作的镜像清单。
        当指定了imageUuid参数时，返回的是可以跟该镜像一起工作的三层网络清单。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            zone_uuid: 区域UUID。必须指定，以确定三层网络和镜像依赖关系。 (since 0.6)
            l3_network_uuids: 三层网络UUID列表 (since 0.6; minItems 1)
            image_uuid: 镜像UUID (since 0.6)
            raise_exception: raiseException
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_INTERDEPENDENT_L3_NETWORKS_IMAGES,
            {
                "zoneUuid": zone_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "imageUuid": image_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "raiseException": raise_exception,
            },
            job_uuid,
        )

    async def get_latest_guest_tools_for_vm(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLatestGuestToolsForVmResult:
        """获取云主机可用的最新增强工具 (GetLatestGuestToolsForVm).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LATEST_GUEST_TOOLS_FOR_VM,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_nic_qos(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        force_sync: bool | None = None,
        job_uuid: str | None = None,
    ) -> GetNicQosResult:
        """获取云主机网卡限速 (GetNicQos).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机网卡的UUID (since 0.6)
            force_sync: forceSync
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_NIC_QOS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "forceSync": force_sync,
            },
            job_uuid,
        )

    async def get_spice_certificates(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSpiceCertificatesResult:
        """获取spice的CA证书 (GetSpiceCertificates).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_SPICE_CERTIFICATES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_virtualizer_info(
        self,
        *,
        uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVirtualizerInfoResult:
        """获取资源虚拟化软件信息 (GetVirtualizerInfo).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            uuids: 资源的 uuid，可以为云主机或物理机的 uuid (since 4.6.21; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VIRTUALIZER_INFO,
            {
                "uuids": uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_attachable_data_volume(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmAttachableDataVolumeResult:
        """获取云主机可加载云盘列表 (GetVmAttachableDataVolume).

        获取一个云主机可以加载的云盘列表。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_ATTACHABLE_DATA_VOLUME,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_attachable_l3_network(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmAttachableL3NetworkResult:
        """获取云主机可加载L3网络列表 (GetVmAttachableL3Network).

        获取一个云主机可加载三层网络列表。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_ATTACHABLE_L3_NETWORK,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_boot_order(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmBootOrderResult:
        """获取云主机启动设备列表 (GetVmBootOrder).

        获取一个云主机的启动设备列表。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_BOOT_ORDER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_capabilities(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmCapabilitiesResult:
        """获取云主机能力 (GetVmCapabilities).

        获取一个云主机的能力，用于判断云主机是否能做某些特定操作。目前已定义能力包括：

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_CAPABILITIES,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_console_address(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmConsoleAddressResult:
        """获取云主机控制台地址和访问协议 (GetVmConsoleAddress).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_CONSOLE_ADDRESS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_console_password(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmConsolePasswordResult:
        """获取云主机控制台密码 (GetVmConsolePassword).

        获取一个云主机的控制台密码。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_CONSOLE_PASSWORD,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_device_address(
        self,
        *,
        uuid: str,
        resource_types: Sequence[Literal["VolumeVO"]],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmDeviceAddressResult:
        """获取云主机设备地址 (GetVmDeviceAddress).

        Since ZStack 3.10.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 3.10.0)
            resource_types: 资源类型 (since 3.10.0; items.enum {'VolumeVO'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_DEVICE_ADDRESS,
            {
                "uuid": uuid,
                "resourceTypes": resource_types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_emulator_pinning(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmEmulatorPinningResult:
        """获取VM Emulator Pin在那些物理机的cpu上 (GetVmEmulatorPinning).

        Since ZStack 4.3.12. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.3.12)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_EMULATOR_PINNING,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_guest_tools_info(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        debug: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmGuestToolsInfoResult:
        """获取云主机内部增强工具的信息 (GetVmGuestToolsInfo).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            debug: debug
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_GUEST_TOOLS_INFO,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "debug": debug,
            },
            job_uuid,
        )

    async def get_vm_hostname(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmHostnameResult:
        """获取云主机Hostname (GetVmHostname).

        获取云主机指定的Hostname。该Hostname是用户之前用SetVmHostname指定的。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_HOSTNAME,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_instance_first_boot_device(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmInstanceFirstBootDeviceResult:
        """获取云主机第一启动项 (GetVmInstanceFirstBootDevice).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_INSTANCE_FIRST_BOOT_DEVICE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_instance_ha_level(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmInstanceHaLevelResult:
        """获取云主机高可用级别 (GetVmInstanceHaLevel).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机资源Uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_INSTANCE_HA_LEVEL,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_migration_candidate_hosts(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmMigrationCandidateHostsResult:
        """获取可热迁移的物理机列表 (GetVmMigrationCandidateHosts).

        获取一个云主机可以热迁移的物理机列表。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_MIGRATION_CANDIDATE_HOSTS,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_monitor_number(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmMonitorNumberResult:
        """获取云主机支持的屏幕数 (GetVmMonitorNumber).

        获取vm支持的屏幕个数

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_MONITOR_NUMBER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_nic_attached_network_service(
        self,
        *,
        vm_nic_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmNicAttachedNetworkServiceResult:
        """获取网卡加载的网络服务名称 (GetVmNicAttachedNetworkService).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_NIC_ATTACHED_NETWORK_SERVICE,
            {
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_numa(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmNumaResult:
        """获取VM Numa开关状态 (GetVmNuma).

        Since ZStack 4.3.12. Synchronous (a 202 is still followed).

        Args:
            uuid: vm的UUID，唯一标示该资源 (since 4.3.12)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_NUMA,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_qga(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmQgaResult:
        """获取云主机Qga (GetVmQga).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_QGA,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_rdp(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmRDPResult:
        """获取云主机RDP开关状态 (GetVmRDP).

        获取VM RDP开关状态,返回值为true或者false

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_RDP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_ssh_key(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmSshKeyResult:
        """获取云主机SSH Key (GetVmSshKey).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_SSH_KEY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_starting_candidate_clusters_hosts(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmStartingCandidateClustersHostsResult:
        """获取云主机可启动目的地列表 (GetVmStartingCandidateClustersHosts).

        获取一个停止的云主机可以启动的集群、物理机列表。用户可以用该API判断一个停止的云主机可以在哪些集群、物理机上启动。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_STARTING_CANDIDATE_CLUSTERS_HOSTS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_task(
        self,
        *,
        vm_instance_uuids: Sequence[str],
        sync_signatures: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmTaskResult:
        """Get vm task (GetVmTask).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVmTaskAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuids: vmInstanceUuids (minItems 1)
            sync_signatures: syncSignatures
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_TASK,
            {
                "vmInstanceUuids": vm_instance_uuids,
                "syncSignatures": sync_signatures,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_xml(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmXmlResult:
        """Get vm xml (GetVmXml).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVmXmlAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_XML,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_xml_hook_script(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmXmlHookScriptResult:
        """Get vm xml hook script (GetVmXmlHookScript).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVmXmlHookScriptAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_XML_HOOK_SCRIPT,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vms_capabilities(
        self,
        *,
        vm_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmsCapabilitiesResult:
        """批量获取云主机能力 (GetVmsCapabilities).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            vm_uuids: 待查询的云主机uuid集合 (since 4.0.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VMS_CAPABILITIES,
            {
                "vmUuids": vm_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vmv_numa_topology(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmvNUMATopologyResult:
        """查询云主机的vNUMA拓扑信息 (GetVmvNUMATopology).

        Since ZStack 4.3.12. Synchronous (a 202 is still followed).

        Args:
            uuid: 云主机UUID (since 4.3.12)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VMV_NUMA_TOPOLOGY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def migrate_vm(
        self,
        *,
        vm_instance_uuid: str,
        allow_unknown: bool | None = None,
        down_time: int | None = None,
        host_uuid: str | None = None,
        migrate_from_destination: bool | None = None,
        strategy: Literal["auto-converge"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> MigrateVmResult:
        """热迁移云主机 (MigrateVm).

        将云主机热迁移至另一个物理机。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            allow_unknown: 允许未知状态的虚拟机 (since 4.6.21)
            down_time: 热迁移物理机停机时间 (since 4.6.21)
            host_uuid: 物理机UUID (since 0.6)
            migrate_from_destination: 从迁移目的物理机器发起迁移命令 (since 2.3)
            strategy: strategy (since 4.6.21; enum {'auto-converge'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            MIGRATE_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "allowUnknown": allow_unknown,
                "downTime": down_time,
                "hostUuid": host_uuid,
                "migrateFromDestination": migrate_from_destination,
                "strategy": strategy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def move_directory(
        self,
        *,
        directory_uuid: str,
        target_parent_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> MoveDirectoryResult:
        """Move directory (MoveDirectory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/MoveDirectoryAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            directory_uuid: directoryUuid
            target_parent_uuid: targetParentUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            MOVE_DIRECTORY,
            {
                "directoryUuid": directory_uuid,
                "targetParentUuid": target_parent_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def move_resources_to_directory(
        self,
        *,
        directory_uuid: str,
        resource_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> MoveResourcesToDirectoryResult:
        """移动资源至分组目录 (MoveResourcesToDirectory).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            directory_uuid: 目录UUID (since 4.6.0)
            resource_uuids: 批量资源UUID (since 4.6.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            MOVE_RESOURCES_TO_DIRECTORY,
            {
                "directoryUuid": directory_uuid,
                "resourceUuids": resource_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def parse_ovf(
        self,
        *,
        xml_base64: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ParseOvfResult:
        """解析OVF模板信息 (ParseOvf).

        Since ZStack 4.4.6. Synchronous (a 202 is still followed).

        Args:
            xml_base64: Base64编码的OVF文件内容 (since 4.4.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PARSE_OVF,
            {
                "xmlBase64": xml_base64,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def pause_vm_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PauseVmInstanceResult:
        """暂停云主机 (PauseVmInstance).

        暂停一个云主机，云主机状态仍然存在内存里面，稍后可以恢复。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PAUSE_VM_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def provision_virtual_router_config(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProvisionVirtualRouterConfigResult:
        """Provision virtual router config (ProvisionVirtualRouterConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ProvisionVirtualRouterConfigAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PROVISION_VIRTUAL_ROUTER_CONFIG,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_directory(
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
    ) -> QueryDirectoryResult:
        """查询分组目录 (QueryDirectory).

        Since ZStack 5.3.20. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.3.20)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_DIRECTORY,
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

    def query_directory_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[DirectoryInventory]:
        """Every result of ``query_directory``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_DIRECTORY,
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

    async def query_fault_tolerance_vm(
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
    ) -> QueryFaultToleranceVmResult:
        """Query fault tolerance vm (QueryFaultToleranceVm).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryFaultToleranceVmAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FAULT_TOLERANCE_VM,
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

    def query_fault_tolerance_vm_pages(
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
        """Every result of ``query_fault_tolerance_vm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FAULT_TOLERANCE_VM,
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

    async def query_guest_tools_state(
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
    ) -> QueryGuestToolsStateResult:
        """获取云主机GuestTools状态 (QueryGuestToolsState).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_GUEST_TOOLS_STATE,
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

    def query_guest_tools_state_pages(
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
        """Every result of ``query_guest_tools_state``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GUEST_TOOLS_STATE,
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

    async def query_shareable_volume_vm_instance_ref(
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
    ) -> QueryShareableVolumeVmInstanceRefResult:
        """查询共享磁盘所挂载的云主机 (QueryShareableVolumeVmInstanceRef).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SHAREABLE_VOLUME_VM_INSTANCE_REF,
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

    def query_shareable_volume_vm_instance_ref_pages(
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
        """Every result of ``query_shareable_volume_vm_instance_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHAREABLE_VOLUME_VM_INSTANCE_REF,
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

    async def query_vm_cd_rom(
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
    ) -> QueryVmCdRomResult:
        """查询CDROM清单 (QueryVmCdRom).

        Since ZStack 3.3.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.3.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_CD_ROM,
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

    def query_vm_cd_rom_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VmCdRomInventory]:
        """Every result of ``query_vm_cd_rom``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_CD_ROM,
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

    async def query_vm_instance(
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
    ) -> QueryVmInstanceResult:
        """查询云主机 (QueryVmInstance).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_INSTANCE,
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

    def query_vm_instance_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VmInstanceInventory]:
        """Every result of ``query_vm_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_INSTANCE,
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

    async def query_vm_nic(
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
    ) -> QueryVmNicResult:
        """查询云主机网卡 (QueryVmNic).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_NIC,
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

    def query_vm_nic_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VmNicInventory]:
        """Every result of ``query_vm_nic``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_NIC,
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

    async def query_vm_sched_history(
        self,
        *,
        vm_instance_uuid: str | None = None,
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
    ) -> QueryVmSchedHistoryResult:
        """查询虚拟机调度历史 (QueryVmSchedHistory).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: vmInstanceUuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_SCHED_HISTORY,
            {
                "vmInstanceUuid": vm_instance_uuid,
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

    def query_vm_sched_history_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VmSchedHistoryInventory]:
        """Every result of ``query_vm_sched_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_SCHED_HISTORY,
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

    async def reboot_vm_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RebootVmInstanceResult:
        """重启云主机 (RebootVmInstance).

        重启一个云主机。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REBOOT_VM_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def recover_vm_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverVmInstanceResult:
        """恢复已删除云主机 (RecoverVmInstance).

        恢复一个处于Destroyed状态的云主机。恢复后云主机处于Stopped状态并且没有IP地址。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECOVER_VM_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def reimage_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReimageVmInstanceResult:
        """重置云主机 (ReimageVmInstance).

        将一个云主机的根云盘重置为最初状态。该API只对从非ISO创建出的云主机有效。
        注意: Warning: 执行该API后，云主机根云盘重置成最初创建的状态，意味着所有后续写入的数据都会被丢失，该操作不可逆！

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REIMAGE_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_resources_from_directory(
        self,
        *,
        resource_uuids: Sequence[str],
        directory_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveResourcesFromDirectoryResult:
        """从分组目录移除资源 (RemoveResourcesFromDirectory).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            resource_uuids: 批量资源UUID (since 4.6.0; minItems 1)
            directory_uuid: 目录UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_RESOURCES_FROM_DIRECTORY,
            {
                "resourceUuids": resource_uuids,
                "directoryUuid": directory_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def resume_vm_instance(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ResumeVmInstanceResult:
        """恢复暂停的云主机 (ResumeVmInstance).

        恢复一个被暂停的云主机，云主机从内存中恢复运行。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RESUME_VM_INSTANCE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_nic_qos(
        self,
        *,
        uuid: str,
        inbound_bandwidth: int | None = None,
        outbound_bandwidth: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetNicQosResult:
        """设置云主机网卡限速 (SetNicQos).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机网卡UUID (since 0.6)
            inbound_bandwidth: 入流量带宽限制 (since 0.6; minimum 8192; maximum 32212254720)
            outbound_bandwidth: 出流量带宽限制 (since 0.6; minimum 8192; maximum 32212254720)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_NIC_QOS,
            {
                "uuid": uuid,
                "inboundBandwidth": inbound_bandwidth,
                "outboundBandwidth": outbound_bandwidth,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_boot_mode(
        self,
        *,
        uuid: str,
        boot_mode: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmBootModeResult:
        """Set vm boot mode (SetVmBootMode).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetVmBootModeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            boot_mode: bootMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_BOOT_MODE,
            {
                "uuid": uuid,
                "bootMode": boot_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_boot_order(
        self,
        *,
        uuid: str,
        boot_order: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmBootOrderResult:
        """指定云主机启动设备 (SetVmBootOrder).

        指定一个云主机的启动设备。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            boot_order: 启动设备。CdRom：光驱，HardDisk：云盘，Network：网络。若该字段不指定，则表示使用系统默认启动设备顺序(HardDisk, CdRom, Network) (since 3.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_BOOT_ORDER,
            {
                "uuid": uuid,
                "bootOrder": boot_order,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_boot_volume(
        self,
        *,
        vm_instance_uuid: str,
        volume_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmBootVolumeResult:
        """Set vm boot volume (SetVmBootVolume).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetVmBootVolumeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            volume_uuid: volumeUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_BOOT_VOLUME,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "volumeUuid": volume_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_clean_traffic(
        self,
        *,
        uuid: str,
        enable: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmCleanTrafficResult:
        """设置云主机防IP欺骗启用状态 (SetVmCleanTraffic).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            enable: 是否启用云主机 clean-traffic (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_CLEAN_TRAFFIC,
            {
                "uuid": uuid,
                "enable": enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_clock_track(
        self,
        *,
        uuid: str,
        track: Literal["guest", "host"],
        interval_in_seconds: Literal[0, 60, 600, 1800, 3600, 7200, 21600, 43200, 86400]
        | None = None,
        sync_after_vm_resume: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmClockTrackResult:
        """设置云主机时钟同步 (SetVmClockTrack).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.1.0)
            interval_in_seconds: 定期同步时间间隔 (since 4.4.24; enum {0, 60, 600, 1800, 3600, 7200, 21600, 43200, ...})
            sync_after_vm_resume: 暂停到恢复是否同步 (since 4.4.24)
            track: track (since 4.1.0; enum {'guest', 'host'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_CLOCK_TRACK,
            {
                "uuid": uuid,
                "intervalInSeconds": interval_in_seconds,
                "syncAfterVMResume": sync_after_vm_resume,
                "track": track,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_console_mode(
        self,
        *,
        uuid: str,
        mode: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmConsoleModeResult:
        """Set vm console mode (SetVmConsoleMode).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetVmConsoleModeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            mode: mode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_CONSOLE_MODE,
            {
                "uuid": uuid,
                "mode": mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_console_password(
        self,
        *,
        uuid: str,
        console_password: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmConsolePasswordResult:
        """设置云主机控制台密码 (SetVmConsolePassword).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            console_password: 控制台密码，明文字符串 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_CONSOLE_PASSWORD,
            {
                "uuid": uuid,
                "consolePassword": console_password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_emulator_pinning(
        self,
        *,
        uuid: str,
        emulator_pinning: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmEmulatorPinningResult:
        """设置云主机Emulator Pinning功能 (SetVmEmulatorPinning).

        Since ZStack 4.3.12. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.3.12)
            emulator_pinning: 云主机Emulator 绑定在宿主机的某些cpu上,格式为(\\^?(\\d+)(-\\d+)?,)+(例如0-1,16) (since 4.3.12)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_EMULATOR_PINNING,
            {
                "uuid": uuid,
                "emulatorPinning": emulator_pinning,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_hostname(
        self,
        *,
        uuid: str,
        hostname: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmHostnameResult:
        """设置云主机Hostname (SetVmHostname).

        设置云主机hostname。
        注意: 说明: ZStack Cloud通过DHCP服务器配置云主机hostname，如果云主机本身采用静态hostname方式，该API配置的hostname不生效。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            hostname: hostname，必须符合RFC 1123标准 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_HOSTNAME,
            {
                "uuid": uuid,
                "hostname": hostname,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_instance_default_cd_rom(
        self,
        *,
        vm_instance_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmInstanceDefaultCdRomResult:
        """设置云主机默认CDROM (SetVmInstanceDefaultCdRom).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.3.0)
            uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_INSTANCE_DEFAULT_CD_ROM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_instance_ha_level(
        self,
        *,
        uuid: str,
        level: Literal["NeverStop", "OnHostFailure", "FaultTolerance"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmInstanceHaLevelResult:
        """设置云主机高可用级别 (SetVmInstanceHaLevel).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机的资源Uuid (since 0.6)
            level: 云主机高可用级别： NeverStop永不停机 (since 0.6; enum {'NeverStop', 'OnHostFailure', 'FaultTolerance'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_INSTANCE_HA_LEVEL,
            {
                "uuid": uuid,
                "level": level,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_monitor_number(
        self,
        *,
        uuid: str,
        monitor_number: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmMonitorNumberResult:
        """设置云主机支持的屏幕数 (SetVmMonitorNumber).

        设置云主机支持的屏幕个数

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            monitor_number: 显示器个数 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_MONITOR_NUMBER,
            {
                "uuid": uuid,
                "monitorNumber": monitor_number,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_numa(
        self,
        *,
        uuid: str,
        enable: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmNumaResult:
        """设置云主机vNUMA (SetVmNuma).

        Since ZStack 4.3.12. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: vm的UUID，唯一标示该资源 (since 4.3.12)
            enable: 云主机是否开启vm Numa功能 (since 4.3.12)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_NUMA,
            {
                "uuid": uuid,
                "enable": enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_qga(
        self,
        *,
        uuid: str,
        enable: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmQgaResult:
        """设置云主机Qga (SetVmQga).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            enable: enable (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_QGA,
            {
                "uuid": uuid,
                "enable": enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_qxl_memory(
        self,
        *,
        uuid: str,
        ram: int | None = None,
        vgamem: int | None = None,
        vram: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmQxlMemoryResult:
        """设置云主机显存 (SetVmQxlMemory).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 3.7.0)
            ram: 默认值为65536 (since 3.7.0; minimum 1024; maximum 524288)
            vgamem: 默认值为16384 (since 3.7.0; minimum 1024; maximum 524288)
            vram: 默认值为32768 (since 3.7.0; minimum 1024; maximum 524288)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_QXL_MEMORY,
            {
                "uuid": uuid,
                "ram": ram,
                "vgamem": vgamem,
                "vram": vram,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_rdp(
        self,
        *,
        uuid: str,
        enable: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmRDPResult:
        """设置云主机RDP开关状态 (SetVmRDP).

        设置云主机RDP功能是否开启，如果开启，桌面云会使用RDP连接该云主机。

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            enable: 云主机是否被标识为RDP可访问 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_RDP,
            {
                "uuid": uuid,
                "enable": enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_security_level(
        self,
        *,
        uuid: str,
        security_level: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmSecurityLevelResult:
        """Set vm security level (SetVmSecurityLevel).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetVmSecurityLevelAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            security_level: securityLevel
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_SECURITY_LEVEL,
            {
                "uuid": uuid,
                "securityLevel": security_level,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_sound_type(
        self,
        *,
        uuid: str,
        sound_type: Literal["ac97", "ich6"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmSoundTypeResult:
        """设置云主机虚拟声卡类型 (SetVmSoundType).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 3.7.0)
            sound_type: 虚拟声卡类型，默认为ich6 (since 3.7.0; enum {'ac97', 'ich6'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_SOUND_TYPE,
            {
                "uuid": uuid,
                "soundType": sound_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_ssh_key(
        self,
        *,
        uuid: str,
        ssh_key: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmSshKeyResult:
        """设置云主机SSH Key (SetVmSshKey).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            ssh_key: SshKey (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_SSH_KEY,
            {
                "uuid": uuid,
                "SshKey": ssh_key,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_static_ip(
        self,
        *,
        vm_instance_uuid: str,
        l3_network_uuid: str,
        gateway: str | None = None,
        ip: str | None = None,
        ip6: str | None = None,
        ipv6_gateway: str | None = None,
        ipv6_prefix: str | None = None,
        netmask: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmStaticIpResult:
        """指定云主机IP (SetVmStaticIp).

        给云主机网卡指定IP，用户可以通过该API控制云平台分配给云主机网卡的IP。
        用户要确保指定的IP在指定三层网络，并且IP未被占用。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            gateway: IPv4网关 (since 4.6.21)
            ip: 指定IP地址 (since 4.6.21)
            ip6: 指定IPv6地址 (since 3.10.0)
            ipv6_gateway: IPv6网关 (since 4.6.21)
            ipv6_prefix: IPv6前缀长度 (since 4.6.21)
            l3_network_uuid: 三层网络UUID (since 0.6)
            netmask: IPv4子网掩码 (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_STATIC_IP,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "gateway": gateway,
                "ip": ip,
                "ip6": ip6,
                "ipv6Gateway": ipv6_gateway,
                "ipv6Prefix": ipv6_prefix,
                "l3NetworkUuid": l3_network_uuid,
                "netmask": netmask,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_user_defined_xml(
        self,
        *,
        vm_instance_uuid: str,
        xml_base64: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmUserDefinedXmlResult:
        """Set vm user defined xml (SetVmUserDefinedXml).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetVmUserDefinedXmlAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            xml_base64: xmlBase64
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_USER_DEFINED_XML,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "xmlBase64": xml_base64,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_user_defined_xml_hook_script(
        self,
        *,
        vm_instance_uuid: str,
        xml_hook_script_base64: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmUserDefinedXmlHookScriptResult:
        """Set vm user defined xml hook script (SetVmUserDefinedXmlHookScript).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetVmUserDefinedXmlHookScriptAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            vm_instance_uuid: vmInstanceUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            xml_hook_script_base64: xmlHookScriptBase64
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_USER_DEFINED_XML_HOOK_SCRIPT,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "xmlHookScriptBase64": xml_hook_script_base64,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def start_vm_instance(
        self,
        *,
        uuid: str,
        cluster_uuid: str | None = None,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartVmInstanceResult:
        """启动云主机 (StartVmInstance).

        启动一个云主机。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            cluster_uuid: 集群UUID。若指定，云主机将在该集群启动 (since 0.6)
            host_uuid: 物理机UUID。若指定，云主机将在该物理机启动。该字段覆盖clusterUuid字段 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            START_VM_INSTANCE,
            {
                "uuid": uuid,
                "clusterUuid": cluster_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def stop_vm_instance(
        self,
        *,
        uuid: str,
        stop_ha: Literal["true"] | None = None,
        type: Literal["grace", "cold"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StopVmInstanceResult:
        """停止云主机 (StopVmInstance).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            stop_ha: 彻底关闭HA云主机 (since 2.2; enum {'true'})
            type: 停止云主机的方式。 grace：优雅关机，需要云主机里安装了相关ACPI驱动； cold：冷关机，相当于直接断电 (since 0.6; enum {'grace', 'cold'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            STOP_VM_INSTANCE,
            {
                "uuid": uuid,
                "stopHA": stop_ha,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_vm_clock(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVmClockResult:
        """立即同步云主机时钟 (SyncVmClock).

        Since ZStack 4.4.24. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.4.24)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_VM_CLOCK,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def take_vm_console_screenshot(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> TakeVmConsoleScreenshotResult:
        """Take vm console screenshot (TakeVmConsoleScreenshot).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/TakeVmConsoleScreenshotAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            TAKE_VM_CONSOLE_SCREENSHOT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_console_password(
        self,
        *,
        uuid: str,
        password: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateConsolePasswordResult:
        """更新云主机控制台密码 (UpdateConsolePassword).

        Since ZStack 5.4.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.4.2)
            password: password (since 5.4.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CONSOLE_PASSWORD,
            {
                "uuid": uuid,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_directory(
        self,
        *,
        name: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateDirectoryResult:
        """更新分组目录 (UpdateDirectory).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            name: 资源名称 (since 4.6.0; maxLength 255)
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_DIRECTORY,
            {
                "name": name,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_guest_tools_state(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateGuestToolsStateResult:
        """更新云主机GuestTools状态 (UpdateGuestToolsState).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_GUEST_TOOLS_STATE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vm_cd_rom(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmCdRomResult:
        """修改CDROM (UpdateVmCdRom).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            description: 资源的详细描述 (since 3.3.0; maxLength 2048)
            name: 资源名称 (since 3.3.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VM_CD_ROM,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vm_instance(
        self,
        *,
        uuid: str,
        cpu_num: int | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        guest_os_type: str | None = None,
        memory_size: int | None = None,
        name: str | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        reserved_memory_size: int | None = None,
        state: Literal["Stopped", "Running"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmInstanceResult:
        """更新云主机信息 (UpdateVmInstance).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 0.6)
            cpu_num: 云主机CPU数量。需停止/启动云主机后生效 当全局设置NUMA为true情况下创建的云主机，支持动态调整 (since 0.6; minimum 1; maximum 1024)
            default_l3_network_uuid: 默认三层网络UUID (since 0.6)
            description: 云主机详细描述 (since 0.6; maxLength 2048)
            guest_os_type: guestOsType (since 4.1.0; maxLength 255)
            memory_size: 云主机内存大小。需停止/启动云主机后生效 全局设置NUMA为true情况下创建的云主机，支持动态调整。 (since 0.6; minimum 1; maximum 9223372036854775807)
            name: 云主机名 (since 0.6; maxLength 255)
            platform: 云主机平台类型 (since 0.6; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            state: 云主机状态 通常不应该直接更新云主机状态，否则会导致云平台对云主机状态发生误判。 该字段只应用于云主机真实状态和云平台记录状态发生不一致，而云平台同步机制已失效时（通常意味着bug）。 管理员应完全理解使用该字段的后果。 (since 0.6; enum {'Stopped', 'Running'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VM_INSTANCE,
            {
                "uuid": uuid,
                "cpuNum": cpu_num,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "guestOsType": guest_os_type,
                "memorySize": memory_size,
                "name": name,
                "platform": platform,
                "reservedMemorySize": reserved_memory_size,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vm_network_config(
        self,
        *,
        vm_instance_uuid: str,
        vm_nic_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmNetworkConfigResult:
        """同步云主机网络配置 (UpdateVmNetworkConfig).

        Since ZStack 4.6.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 4.6.21)
            vm_nic_uuids: vmNicUuids (since 4.6.21; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VM_NETWORK_CONFIG,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vm_nic_driver(
        self,
        *,
        vm_instance_uuid: str,
        driver_type: str,
        vm_nic_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmNicDriverResult:
        """设置网卡型号 (UpdateVmNicDriver).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.9.0)
            driver_type: 云主机网卡型号类型 (since 3.9.0)
            vm_nic_uuid: 云主机网卡UUID (since 3.9.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VM_NIC_DRIVER,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "driverType": driver_type,
                "vmNicUuid": vm_nic_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vm_nic_mac(
        self,
        *,
        vm_nic_uuid: str,
        mac: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmNicMacResult:
        """更新云主机mac地址 (UpdateVmNicMac).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 2.3)
            mac: mac地址 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VM_NIC_MAC,
            {
                "vmNicUuid": vm_nic_uuid,
                "mac": mac,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vm_priority(
        self,
        *,
        uuid: str,
        priority: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmPriorityResult:
        """更改云主机优先级级别 (UpdateVmPriority).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            priority: priority (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VM_PRIORITY,
            {
                "uuid": uuid,
                "priority": priority,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def upload_file_to_vm(
        self,
        *,
        file_content: str,
        remote_path: str,
        vm_instance_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UploadFileToVmResult:
        """发送文件到云主机 (UploadFileToVm).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            file_content: 要上传的文件内容,使用Base64加密 (since 5.2.0; minLength 1; maxLength 262144)
            remote_path: 要上传的绝对路径,包含有文件名 (since 5.2.0)
            vm_instance_uuids: 要上传的云主机列表 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPLOAD_FILE_TO_VM,
            {
                "fileContent": file_content,
                "remotePath": remote_path,
                "vmInstanceUuids": vm_instance_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
