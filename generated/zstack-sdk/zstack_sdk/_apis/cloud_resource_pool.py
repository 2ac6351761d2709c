"""ZStack Cloud API: 283 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncAPIClient, SyncAPIClient
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_host_to_host_scheduling_rule_group_result import (
        AddHostToHostSchedulingRuleGroupResult,
    )
    from ..models.add_image_result import AddImageResult
    from ..models.add_resources_to_directory_result import AddResourcesToDirectoryResult
    from ..models.add_vm_to_affinity_group_result import AddVmToAffinityGroupResult
    from ..models.add_vm_to_vm_scheduling_rule_group_result import (
        AddVmToVmSchedulingRuleGroupResult,
    )
    from ..models.affinity_group_inventory import AffinityGroupInventory
    from ..models.attach_auto_scaling_template_to_group_result import (
        AttachAutoScalingTemplateToGroupResult,
    )
    from ..models.attach_data_volume_to_host_result import AttachDataVolumeToHostResult
    from ..models.attach_data_volume_to_vm_result import AttachDataVolumeToVmResult
    from ..models.attach_guest_tools_iso_to_vm_result import AttachGuestToolsIsoToVmResult
    from ..models.attach_iso_to_vm_instance_result import AttachIsoToVmInstanceResult
    from ..models.attach_l3_network_to_vm_nic_result import AttachL3NetworkToVmNicResult
    from ..models.attach_l3_network_to_vm_result import AttachL3NetworkToVmResult
    from ..models.attach_ssh_key_pair_to_vm_instance_result import (
        AttachSshKeyPairToVmInstanceResult,
    )
    from ..models.attach_vm_nic_to_vm_result import AttachVmNicToVmResult
    from ..models.auto_scaling_group_activity_inventory import AutoScalingGroupActivityInventory
    from ..models.auto_scaling_group_instance_inventory import AutoScalingGroupInstanceInventory
    from ..models.auto_scaling_group_inventory import AutoScalingGroupInventory
    from ..models.auto_scaling_rule_inventory import AutoScalingRuleInventory
    from ..models.auto_scaling_rule_trigger_inventory import AutoScalingRuleTriggerInventory
    from ..models.auto_scaling_vm_template_inventory import AutoScalingVmTemplateInventory
    from ..models.batch_delete_volume_snapshot_result import BatchDeleteVolumeSnapshotResult
    from ..models.batch_sync_volume_size_result import BatchSyncVolumeSizeResult
    from ..models.calculate_image_hash_result import CalculateImageHashResult
    from ..models.change_affinity_group_state_result import ChangeAffinityGroupStateResult
    from ..models.change_auto_scaling_group_state_result import ChangeAutoScalingGroupStateResult
    from ..models.change_disk_offering_state_result import ChangeDiskOfferingStateResult
    from ..models.change_image_state_result import ChangeImageStateResult
    from ..models.change_instance_offering_result import ChangeInstanceOfferingResult
    from ..models.change_instance_offering_state_result import ChangeInstanceOfferingStateResult
    from ..models.change_vm_image_result import ChangeVmImageResult
    from ..models.change_vm_nic_network_result import ChangeVmNicNetworkResult
    from ..models.change_vm_nic_security_policy_result import ChangeVmNicSecurityPolicyResult
    from ..models.change_vm_nic_state_result import ChangeVmNicStateResult
    from ..models.change_vm_password_result import ChangeVmPasswordResult
    from ..models.change_vm_scheduling_rule_state_result import ChangeVmSchedulingRuleStateResult
    from ..models.change_volume_state_result import ChangeVolumeStateResult
    from ..models.check_volume_snapshot_group_availability_result import (
        CheckVolumeSnapshotGroupAvailabilityResult,
    )
    from ..models.clone_vm_instance_result import CloneVmInstanceResult
    from ..models.create_affinity_group_result import CreateAffinityGroupResult
    from ..models.create_auto_scaling_group_adding_new_instance_rule_result import (
        CreateAutoScalingGroupAddingNewInstanceRuleResult,
    )
    from ..models.create_auto_scaling_group_removal_instance_rule_result import (
        CreateAutoScalingGroupRemovalInstanceRuleResult,
    )
    from ..models.create_auto_scaling_group_result import CreateAutoScalingGroupResult
    from ..models.create_auto_scaling_rule_alarm_trigger_result import (
        CreateAutoScalingRuleAlarmTriggerResult,
    )
    from ..models.create_auto_scaling_rule_scheduler_job_trigger_result import (
        CreateAutoScalingRuleSchedulerJobTriggerResult,
    )
    from ..models.create_auto_scaling_vm_template_result import CreateAutoScalingVmTemplateResult
    from ..models.create_data_volume_from_volume_backup_result import (
        CreateDataVolumeFromVolumeBackupResult,
    )
    from ..models.create_data_volume_from_volume_snapshot_result import (
        CreateDataVolumeFromVolumeSnapshotResult,
    )
    from ..models.create_data_volume_from_volume_template_result import (
        CreateDataVolumeFromVolumeTemplateResult,
    )
    from ..models.create_data_volume_result import CreateDataVolumeResult
    from ..models.create_data_volume_template_from_volume_result import (
        CreateDataVolumeTemplateFromVolumeResult,
    )
    from ..models.create_data_volume_template_from_volume_snapshot_result import (
        CreateDataVolumeTemplateFromVolumeSnapshotResult,
    )
    from ..models.create_directory_result import CreateDirectoryResult
    from ..models.create_disk_offering_result import CreateDiskOfferingResult
    from ..models.create_fault_tolerance_vm_instance_result import (
        CreateFaultToleranceVmInstanceResult,
    )
    from ..models.create_host_scheduling_rule_group_result import (
        CreateHostSchedulingRuleGroupResult,
    )
    from ..models.create_instance_offering_result import CreateInstanceOfferingResult
    from ..models.create_reboot_vm_instance_scheduler_result import (
        CreateRebootVmInstanceSchedulerResult,
    )
    from ..models.create_root_volume_template_from_root_volume_result import (
        CreateRootVolumeTemplateFromRootVolumeResult,
    )
    from ..models.create_root_volume_template_from_volume_snapshot_result import (
        CreateRootVolumeTemplateFromVolumeSnapshotResult,
    )
    from ..models.create_ssh_key_pair_result import CreateSshKeyPairResult
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
    from ..models.create_vm_scheduling_rule_group_result import CreateVmSchedulingRuleGroupResult
    from ..models.create_vm_scheduling_rule_result import CreateVmSchedulingRuleResult
    from ..models.create_volume_snapshot_group_result import CreateVolumeSnapshotGroupResult
    from ..models.create_volume_snapshot_result import CreateVolumeSnapshotResult
    from ..models.create_volumes_snapshot_result import CreateVolumesSnapshotResult
    from ..models.delete_affinity_group_result import DeleteAffinityGroupResult
    from ..models.delete_auto_scaling_group_instance_result import (
        DeleteAutoScalingGroupInstanceResult,
    )
    from ..models.delete_auto_scaling_group_result import DeleteAutoScalingGroupResult
    from ..models.delete_auto_scaling_rule_result import DeleteAutoScalingRuleResult
    from ..models.delete_auto_scaling_rule_trigger_result import DeleteAutoScalingRuleTriggerResult
    from ..models.delete_auto_scaling_template_result import DeleteAutoScalingTemplateResult
    from ..models.delete_data_volume_result import DeleteDataVolumeResult
    from ..models.delete_directory_result import DeleteDirectoryResult
    from ..models.delete_disk_offering_result import DeleteDiskOfferingResult
    from ..models.delete_host_scheduling_rule_group_result import (
        DeleteHostSchedulingRuleGroupResult,
    )
    from ..models.delete_image_package_result import DeleteImagePackageResult
    from ..models.delete_image_result import DeleteImageResult
    from ..models.delete_instance_offering_result import DeleteInstanceOfferingResult
    from ..models.delete_nic_qos_result import DeleteNicQosResult
    from ..models.delete_ssh_key_pair_result import DeleteSshKeyPairResult
    from ..models.delete_sso_redirect_template_result import DeleteSSORedirectTemplateResult
    from ..models.delete_vm_boot_mode_result import DeleteVmBootModeResult
    from ..models.delete_vm_cd_rom_result import DeleteVmCdRomResult
    from ..models.delete_vm_console_password_result import DeleteVmConsolePasswordResult
    from ..models.delete_vm_hostname_result import DeleteVmHostnameResult
    from ..models.delete_vm_instance_ha_level_result import DeleteVmInstanceHaLevelResult
    from ..models.delete_vm_nic_result import DeleteVmNicResult
    from ..models.delete_vm_scheduling_rule_group_result import DeleteVmSchedulingRuleGroupResult
    from ..models.delete_vm_ssh_key_result import DeleteVmSshKeyResult
    from ..models.delete_vm_static_ip_result import DeleteVmStaticIpResult
    from ..models.delete_vm_user_defined_xml_hook_script_result import (
        DeleteVmUserDefinedXmlHookScriptResult,
    )
    from ..models.delete_vm_user_defined_xml_result import DeleteVmUserDefinedXmlResult
    from ..models.delete_volume_qos_result import DeleteVolumeQosResult
    from ..models.delete_volume_snapshot_group_result import DeleteVolumeSnapshotGroupResult
    from ..models.delete_volume_snapshot_result import DeleteVolumeSnapshotResult
    from ..models.describe_vm_instance_recovery_point_result import (
        DescribeVmInstanceRecoveryPointResult,
    )
    from ..models.destroy_vm_instance_result import DestroyVmInstanceResult
    from ..models.detach_auto_scaling_template_from_group_result import (
        DetachAutoScalingTemplateFromGroupResult,
    )
    from ..models.detach_data_volume_from_host_result import DetachDataVolumeFromHostResult
    from ..models.detach_data_volume_from_vm_result import DetachDataVolumeFromVmResult
    from ..models.detach_host_from_host_scheduling_rule_group_result import (
        DetachHostFromHostSchedulingRuleGroupResult,
    )
    from ..models.detach_iso_from_vm_instance_result import DetachIsoFromVmInstanceResult
    from ..models.detach_l3_network_from_vm_result import DetachL3NetworkFromVmResult
    from ..models.detach_ssh_key_pair_from_vm_instance_result import (
        DetachSshKeyPairFromVmInstanceResult,
    )
    from ..models.detach_vm_from_vm_scheduling_rule_group_result import (
        DetachVmFromVmSchedulingRuleGroupResult,
    )
    from ..models.directory_inventory import DirectoryInventory
    from ..models.disk_offering_inventory import DiskOfferingInventory
    from ..models.execute_auto_scaling_rule_result import ExecuteAutoScalingRuleResult
    from ..models.execute_guest_vm_command_result import ExecuteGuestVmCommandResult
    from ..models.export_vm_ova_package_result import ExportVmOvaPackageResult
    from ..models.expunge_data_volume_result import ExpungeDataVolumeResult
    from ..models.expunge_image_result import ExpungeImageResult
    from ..models.expunge_vm_instance_result import ExpungeVmInstanceResult
    from ..models.failover_fault_tolerance_vm_result import FailoverFaultToleranceVmResult
    from ..models.flatten_vm_instance_result import FlattenVmInstanceResult
    from ..models.flatten_volume_result import FlattenVolumeResult
    from ..models.fstrim_vm_result import FstrimVmResult
    from ..models.generate_ssh_key_pair_result import GenerateSshKeyPairResult
    from ..models.get_backup_storage_for_creating_image_from_volume_result import (
        GetBackupStorageForCreatingImageFromVolumeResult,
    )
    from ..models.get_backup_storage_for_creating_image_from_volume_snapshot_result import (
        GetBackupStorageForCreatingImageFromVolumeSnapshotResult,
    )
    from ..models.get_candidate_affinity_group_for_attaching_vm_result import (
        GetCandidateAffinityGroupForAttachingVmResult,
    )
    from ..models.get_candidate_affinity_group_for_creating_vm_result import (
        GetCandidateAffinityGroupForCreatingVmResult,
    )
    from ..models.get_candidate_backup_storage_for_creating_image_result import (
        GetCandidateBackupStorageForCreatingImageResult,
    )
    from ..models.get_candidate_iso_for_attaching_vm_result import (
        GetCandidateIsoForAttachingVmResult,
    )
    from ..models.get_candidate_l3_networks_for_change_vm_nic_network_result import (
        GetCandidateL3NetworksForChangeVmNicNetworkResult,
    )
    from ..models.get_candidate_primary_storages_for_creating_vm_result import (
        GetCandidatePrimaryStoragesForCreatingVmResult,
    )
    from ..models.get_candidate_vm_for_attaching_affinity_group_result import (
        GetCandidateVMForAttachingAffinityGroupResult,
    )
    from ..models.get_candidate_vm_for_attaching_iso_result import (
        GetCandidateVmForAttachingIsoResult,
    )
    from ..models.get_candidate_zones_clusters_hosts_for_creating_vm_result import (
        GetCandidateZonesClustersHostsForCreatingVmResult,
    )
    from ..models.get_data_volume_attachable_vm_result import GetDataVolumeAttachableVmResult
    from ..models.get_fault_tolerance_vms_result import GetFaultToleranceVmsResult
    from ..models.get_image_candidates_for_vm_to_change_result import (
        GetImageCandidatesForVmToChangeResult,
    )
    from ..models.get_image_qga_result import GetImageQgaResult
    from ..models.get_interdependent_l3_networks_images_result import (
        GetInterdependentL3NetworksImagesResult,
    )
    from ..models.get_latest_guest_tools_for_vm_result import GetLatestGuestToolsForVmResult
    from ..models.get_memory_snapshot_group_reference_result import (
        GetMemorySnapshotGroupReferenceResult,
    )
    from ..models.get_nic_qos_result import GetNicQosResult
    from ..models.get_spice_certificates_result import GetSpiceCertificatesResult
    from ..models.get_upload_image_job_details_result import GetUploadImageJobDetailsResult
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
    from ..models.get_vm_scheduling_rules_execute_state_result import (
        GetVmSchedulingRulesExecuteStateResult,
    )
    from ..models.get_vm_ssh_key_result import GetVmSshKeyResult
    from ..models.get_vm_starting_candidate_clusters_hosts_result import (
        GetVmStartingCandidateClustersHostsResult,
    )
    from ..models.get_vm_task_result import GetVmTaskResult
    from ..models.get_vm_xml_hook_script_result import GetVmXmlHookScriptResult
    from ..models.get_vm_xml_result import GetVmXmlResult
    from ..models.get_vms_capabilities_result import GetVmsCapabilitiesResult
    from ..models.get_vmv_numa_topology_result import GetVmvNUMATopologyResult
    from ..models.get_volume_capabilities_result import GetVolumeCapabilitiesResult
    from ..models.get_volume_format_result import GetVolumeFormatResult
    from ..models.get_volume_io_thread_pin_result import GetVolumeIoThreadPinResult
    from ..models.get_volume_qos_result import GetVolumeQosResult
    from ..models.get_volume_snapshot_size_result import GetVolumeSnapshotSizeResult
    from ..models.image_inventory import ImageInventory
    from ..models.image_package_inventory import ImagePackageInventory
    from ..models.instance_offering_inventory import InstanceOfferingInventory
    from ..models.migrate_vm_result import MigrateVmResult
    from ..models.move_directory_result import MoveDirectoryResult
    from ..models.move_resources_to_directory_result import MoveResourcesToDirectoryResult
    from ..models.parse_ovf_result import ParseOvfResult
    from ..models.pause_vm_instance_result import PauseVmInstanceResult
    from ..models.provision_virtual_router_config_result import ProvisionVirtualRouterConfigResult
    from ..models.query_affinity_group_result import QueryAffinityGroupResult
    from ..models.query_auto_scaling_group_activity_result import (
        QueryAutoScalingGroupActivityResult,
    )
    from ..models.query_auto_scaling_group_instance_result import (
        QueryAutoScalingGroupInstanceResult,
    )
    from ..models.query_auto_scaling_group_result import QueryAutoScalingGroupResult
    from ..models.query_auto_scaling_rule_result import QueryAutoScalingRuleResult
    from ..models.query_auto_scaling_rule_trigger_result import QueryAutoScalingRuleTriggerResult
    from ..models.query_auto_scaling_vm_template_result import QueryAutoScalingVmTemplateResult
    from ..models.query_directory_result import QueryDirectoryResult
    from ..models.query_disk_offering_result import QueryDiskOfferingResult
    from ..models.query_fault_tolerance_vm_result import QueryFaultToleranceVmResult
    from ..models.query_guest_tools_state_result import QueryGuestToolsStateResult
    from ..models.query_image_package_result import QueryImagePackageResult
    from ..models.query_image_result import QueryImageResult
    from ..models.query_instance_offering_result import QueryInstanceOfferingResult
    from ..models.query_shareable_volume_vm_instance_ref_result import (
        QueryShareableVolumeVmInstanceRefResult,
    )
    from ..models.query_ssh_key_pair_result import QuerySshKeyPairResult
    from ..models.query_vm_cd_rom_result import QueryVmCdRomResult
    from ..models.query_vm_instance_result import QueryVmInstanceResult
    from ..models.query_vm_nic_result import QueryVmNicResult
    from ..models.query_vm_sched_history_result import QueryVmSchedHistoryResult
    from ..models.query_volume_result import QueryVolumeResult
    from ..models.query_volume_snapshot_group_result import QueryVolumeSnapshotGroupResult
    from ..models.query_volume_snapshot_result import QueryVolumeSnapshotResult
    from ..models.query_volume_snapshot_tree_result import QueryVolumeSnapshotTreeResult
    from ..models.reboot_vm_instance_result import RebootVmInstanceResult
    from ..models.recover_data_volume_result import RecoverDataVolumeResult
    from ..models.recover_image_result import RecoverImageResult
    from ..models.recover_vm_instance_result import RecoverVmInstanceResult
    from ..models.reimage_vm_instance_result import ReimageVmInstanceResult
    from ..models.remove_resources_from_directory_result import RemoveResourcesFromDirectoryResult
    from ..models.remove_vm_from_affinity_group_result import RemoveVmFromAffinityGroupResult
    from ..models.remove_vm_scheduling_rule_result import RemoveVmSchedulingRuleResult
    from ..models.resize_data_volume_result import ResizeDataVolumeResult
    from ..models.resize_root_volume_result import ResizeRootVolumeResult
    from ..models.resume_vm_instance_result import ResumeVmInstanceResult
    from ..models.revert_vm_from_snapshot_group_result import RevertVmFromSnapshotGroupResult
    from ..models.revert_volume_from_snapshot_result import RevertVolumeFromSnapshotResult
    from ..models.set_image_boot_mode_result import SetImageBootModeResult
    from ..models.set_image_qga_result import SetImageQgaResult
    from ..models.set_image_security_level_result import SetImageSecurityLevelResult
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
    from ..models.set_volume_io_thread_pin_result import SetVolumeIoThreadPinResult
    from ..models.set_volume_qos_result import SetVolumeQosResult
    from ..models.shrink_volume_snapshot_result import ShrinkVolumeSnapshotResult
    from ..models.ssh_key_pair_inventory import SshKeyPairInventory
    from ..models.start_vm_instance_result import StartVmInstanceResult
    from ..models.stop_vm_instance_result import StopVmInstanceResult
    from ..models.sync_image_from_image_store_backup_storage_result import (
        SyncImageFromImageStoreBackupStorageResult,
    )
    from ..models.sync_image_size_result import SyncImageSizeResult
    from ..models.sync_vm_clock_result import SyncVmClockResult
    from ..models.sync_volume_size_result import SyncVolumeSizeResult
    from ..models.take_vm_console_screenshot_result import TakeVmConsoleScreenshotResult
    from ..models.undo_snapshot_creation_result import UndoSnapshotCreationResult
    from ..models.ungroup_volume_snapshot_group_result import UngroupVolumeSnapshotGroupResult
    from ..models.update_affinity_group_result import UpdateAffinityGroupResult
    from ..models.update_auto_scaling_group_adding_new_instance_rule_result import (
        UpdateAutoScalingGroupAddingNewInstanceRuleResult,
    )
    from ..models.update_auto_scaling_group_instance_result import (
        UpdateAutoScalingGroupInstanceResult,
    )
    from ..models.update_auto_scaling_group_removal_instance_rule_result import (
        UpdateAutoScalingGroupRemovalInstanceRuleResult,
    )
    from ..models.update_auto_scaling_group_result import UpdateAutoScalingGroupResult
    from ..models.update_auto_scaling_rule_result import UpdateAutoScalingRuleResult
    from ..models.update_auto_scaling_vm_template_result import UpdateAutoScalingVmTemplateResult
    from ..models.update_console_password_result import UpdateConsolePasswordResult
    from ..models.update_directory_result import UpdateDirectoryResult
    from ..models.update_disk_offering_result import UpdateDiskOfferingResult
    from ..models.update_guest_tools_state_result import UpdateGuestToolsStateResult
    from ..models.update_host_scheduling_rule_group_result import (
        UpdateHostSchedulingRuleGroupResult,
    )
    from ..models.update_image_package_result import UpdateImagePackageResult
    from ..models.update_image_result import UpdateImageResult
    from ..models.update_instance_offering_result import UpdateInstanceOfferingResult
    from ..models.update_ssh_key_pair_result import UpdateSshKeyPairResult
    from ..models.update_vm_cd_rom_result import UpdateVmCdRomResult
    from ..models.update_vm_instance_result import UpdateVmInstanceResult
    from ..models.update_vm_network_config_result import UpdateVmNetworkConfigResult
    from ..models.update_vm_nic_driver_result import UpdateVmNicDriverResult
    from ..models.update_vm_nic_mac_result import UpdateVmNicMacResult
    from ..models.update_vm_priority_result import UpdateVmPriorityResult
    from ..models.update_vm_scheduling_rule_group_result import UpdateVmSchedulingRuleGroupResult
    from ..models.update_vm_scheduling_rule_result import UpdateVmSchedulingRuleResult
    from ..models.update_volume_result import UpdateVolumeResult
    from ..models.update_volume_snapshot_group_result import UpdateVolumeSnapshotGroupResult
    from ..models.update_volume_snapshot_result import UpdateVolumeSnapshotResult
    from ..models.upload_file_to_vm_result import UploadFileToVmResult
    from ..models.validate_vm_scheduling_rule_result import ValidateVmSchedulingRuleResult
    from ..models.validate_volume_snapshot_chain_result import ValidateVolumeSnapshotChainResult
    from ..models.vm_cd_rom_inventory import VmCdRomInventory
    from ..models.vm_instance_inventory import VmInstanceInventory
    from ..models.vm_nic_inventory import VmNicInventory
    from ..models.vm_sched_history_inventory import VmSchedHistoryInventory
    from ..models.volume_inventory import VolumeInventory
    from ..models.volume_snapshot_group_inventory import VolumeSnapshotGroupInventory
    from ..models.volume_snapshot_inventory import VolumeSnapshotInventory
    from ..models.volume_snapshot_tree_inventory import VolumeSnapshotTreeInventory

__all__ = ["AsyncCloudResourcePoolApi", "CloudResourcePoolApi"]


ADD_HOST_TO_HOST_SCHEDULING_RULE_GROUP: Api[AddHostToHostSchedulingRuleGroupResult] = Api(
    "AddHostToHostSchedulingRuleGroup",
    "POST",
    "/hostSchedulingRuleGroup/{hostGroupUuid}/host/{hostUuid}",
    params=(
        ("hostGroupUuid", "path", "4.6.0"),
        ("hostUuid", "path", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    since="4.6.0",
    result=".models.add_host_to_host_scheduling_rule_group_result:AddHostToHostSchedulingRuleGroupResult",
)

ADD_IMAGE: Api[AddImageResult] = Api(
    "AddImage",
    "POST",
    "/images",
    params=(
        ("architecture", "body", "4.0.0"),
        ("backupStorageUuids", "body", "0.6"),
        ("description", "body", "0.6"),
        ("format", "body", "4.0.0"),
        ("guestOsType", "body", "0.6"),
        ("mediaType", "body", "0.6"),
        ("name", "body", "0.6"),
        ("platform", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("system", "body", "0.6"),
        ("tagUuids", "body", "4.0.0"),
        ("type", "body", "0.6"),
        ("url", "body", "0.6"),
        ("virtio", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_image_result:AddImageResult",
    checks=(
        ("architecture", "architecture", "maxLength", 32),
        ("architecture", "architecture", "enum", ("x86_64", "aarch64", "mips64el", "loongarch64")),
        ("backupStorageUuids", "backup_storage_uuids", "minItems", 1),
        ("description", "description", "maxLength", 2048),
        ("guestOsType", "guest_os_type", "maxLength", 255),
        ("mediaType", "media_type", "enum", ("RootVolumeTemplate", "ISO", "DataVolumeTemplate")),
        ("name", "name", "maxLength", 255),
        (
            "platform",
            "platform",
            "enum",
            ("Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"),
        ),
        ("url", "url", "maxLength", 1024),
    ),
)

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
    body_key="params",
    since="4.6.0",
    result=".models.add_resources_to_directory_result:AddResourcesToDirectoryResult",
    checks=(("resourceUuids", "resource_uuids", "minItems", 1),),
)

ADD_VM_TO_AFFINITY_GROUP: Api[AddVmToAffinityGroupResult] = Api(
    "AddVmToAffinityGroup",
    "POST",
    "/affinity-groups/{affinityGroupUuid}/vm-instances/{uuid}",
    params=(
        ("affinityGroupUuid", "path", "2.3"),
        ("uuid", "path", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.add_vm_to_affinity_group_result:AddVmToAffinityGroupResult",
)

ADD_VM_TO_VM_SCHEDULING_RULE_GROUP: Api[AddVmToVmSchedulingRuleGroupResult] = Api(
    "AddVmToVmSchedulingRuleGroup",
    "POST",
    "/vmSchedulingRuleGroup/{vmGroupUuid}/vmInstance/{vmUuid}",
    params=(
        ("vmGroupUuid", "path", "4.6.0"),
        ("vmUuid", "path", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    since="4.6.0",
    result=".models.add_vm_to_vm_scheduling_rule_group_result:AddVmToVmSchedulingRuleGroupResult",
)

ATTACH_AUTO_SCALING_TEMPLATE_TO_GROUP: Api[AttachAutoScalingTemplateToGroupResult] = Api(
    "AttachAutoScalingTemplateToGroup",
    "POST",
    "/autoscaling/template/{uuid}/groups/{groupUuid}",
    params=(
        ("uuid", "path", "3.1.0"),
        ("groupUuid", "path", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="params",
    since="3.1.0",
    result=".models.attach_auto_scaling_template_to_group_result:AttachAutoScalingTemplateToGroupResult",
)

ATTACH_DATA_VOLUME_TO_HOST: Api[AttachDataVolumeToHostResult] = Api(
    "AttachDataVolumeToHost",
    "POST",
    "/volumes/{volumeUuid}/hosts/{hostUuid}",
    params=(
        ("volumeUuid", "path", "4.5.0"),
        ("hostUuid", "path", "4.5.0"),
        ("mountPath", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    body_key="params",
    since="4.5.0",
    result=".models.attach_data_volume_to_host_result:AttachDataVolumeToHostResult",
    checks=(("mountPath", "mount_path", "maxLength", 512),),
)

ATTACH_DATA_VOLUME_TO_VM: Api[AttachDataVolumeToVmResult] = Api(
    "AttachDataVolumeToVm",
    "POST",
    "/volumes/{volumeUuid}/vm-instances/{vmInstanceUuid}",
    params=(
        ("volumeUuid", "path", "0.6"),
        ("vmInstanceUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.attach_data_volume_to_vm_result:AttachDataVolumeToVmResult",
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
    body_key="params",
    since=None,
    result=".models.attach_l3_network_to_vm_nic_result:AttachL3NetworkToVmNicResult",
)

ATTACH_SSH_KEY_PAIR_TO_VM_INSTANCE: Api[AttachSshKeyPairToVmInstanceResult] = Api(
    "AttachSshKeyPairToVmInstance",
    "POST",
    "/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}",
    params=(
        ("sshKeyPairUuid", "path", "4.7.21"),
        ("vmInstanceUuid", "path", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    body_key="params",
    since="4.7.21",
    result=".models.attach_ssh_key_pair_to_vm_instance_result:AttachSshKeyPairToVmInstanceResult",
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
    body_key="params",
    since="4.0.0",
    result=".models.attach_vm_nic_to_vm_result:AttachVmNicToVmResult",
)

BATCH_DELETE_VOLUME_SNAPSHOT: Api[BatchDeleteVolumeSnapshotResult] = Api(
    "BatchDeleteVolumeSnapshot",
    "PUT",
    "/volume-snapshots/batch-delete",
    params=(
        ("deleteMode", "body", None),
        ("uuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="batchDeleteVolumeSnapshot",
    since=None,
    result=".models.batch_delete_volume_snapshot_result:BatchDeleteVolumeSnapshotResult",
    checks=(("uuids", "uuids", "minItems", 1),),
)

BATCH_SYNC_VOLUME_SIZE: Api[BatchSyncVolumeSizeResult] = Api(
    "BatchSyncVolumeSize",
    "POST",
    "/volumes/batch-sync-volumes",
    params=(
        ("clusterUuid", "body", "4.5.3"),
        ("systemTags", "root", "4.5.3"),
        ("userTags", "root", "4.5.3"),
    ),
    since="4.5.3",
    result=".models.batch_sync_volume_size_result:BatchSyncVolumeSizeResult",
)

CALCULATE_IMAGE_HASH: Api[CalculateImageHashResult] = Api(
    "CalculateImageHash",
    "PUT",
    "/images/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("algorithm", "body", "5.0.0"),
        ("backupStorageUuid", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="calculateImageHash",
    since="5.0.0",
    result=".models.calculate_image_hash_result:CalculateImageHashResult",
)

CHANGE_AFFINITY_GROUP_STATE: Api[ChangeAffinityGroupStateResult] = Api(
    "ChangeAffinityGroupState",
    "PUT",
    "/affinity-groups/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("stateEvent", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="changeAffinityGroupState",
    since="2.3",
    result=".models.change_affinity_group_state_result:ChangeAffinityGroupStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_AUTO_SCALING_GROUP_STATE: Api[ChangeAutoScalingGroupStateResult] = Api(
    "ChangeAutoScalingGroupState",
    "PUT",
    "/autoscaling/groups/{uuid}/actions",
    params=(
        ("uuid", "path", "3.1.0"),
        ("stateEvent", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="changeAutoScalingGroupState",
    since="3.1.0",
    result=".models.change_auto_scaling_group_state_result:ChangeAutoScalingGroupStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_DISK_OFFERING_STATE: Api[ChangeDiskOfferingStateResult] = Api(
    "ChangeDiskOfferingState",
    "PUT",
    "/disk-offerings/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="changeDiskOfferingState",
    since="0.6",
    result=".models.change_disk_offering_state_result:ChangeDiskOfferingStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_IMAGE_STATE: Api[ChangeImageStateResult] = Api(
    "ChangeImageState",
    "PUT",
    "/images/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="changeImageState",
    since="0.6",
    result=".models.change_image_state_result:ChangeImageStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_INSTANCE_OFFERING: Api[ChangeInstanceOfferingResult] = Api(
    "ChangeInstanceOffering",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("instanceOfferingUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="changeInstanceOffering",
    since="0.6",
    result=".models.change_instance_offering_result:ChangeInstanceOfferingResult",
)

CHANGE_INSTANCE_OFFERING_STATE: Api[ChangeInstanceOfferingStateResult] = Api(
    "ChangeInstanceOfferingState",
    "PUT",
    "/instance-offerings/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="changeInstanceOfferingState",
    since="0.6",
    result=".models.change_instance_offering_state_result:ChangeInstanceOfferingStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
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

CHANGE_VM_SCHEDULING_RULE_STATE: Api[ChangeVmSchedulingRuleStateResult] = Api(
    "ChangeVmSchedulingRuleState",
    "PUT",
    "/vmSchedulingRule/{uuid}/actions",
    params=(
        ("uuid", "path", "4.6.0"),
        ("state", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    body_key="changeVmSchedulingRuleState",
    since="4.6.0",
    result=".models.change_vm_scheduling_rule_state_result:ChangeVmSchedulingRuleStateResult",
    checks=(("state", "state", "enum", ("enable", "disable")),),
)

CHANGE_VOLUME_STATE: Api[ChangeVolumeStateResult] = Api(
    "ChangeVolumeState",
    "PUT",
    "/volumes/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="changeVolumeState",
    since="0.6",
    result=".models.change_volume_state_result:ChangeVolumeStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHECK_VOLUME_SNAPSHOT_GROUP_AVAILABILITY: Api[CheckVolumeSnapshotGroupAvailabilityResult] = Api(
    "CheckVolumeSnapshotGroupAvailability",
    "GET",
    "/volume-snapshots/groups/availabilities",
    params=(
        ("uuids", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.check_volume_snapshot_group_availability_result:CheckVolumeSnapshotGroupAvailabilityResult",
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
    body_key="cloneVmInstance",
    since="0.6",
    result=".models.clone_vm_instance_result:CloneVmInstanceResult",
    checks=(
        ("names", "names", "minItems", 1),
        ("strategy", "strategy", "enum", ("InstantStart", "JustCreate", "CreateStopped")),
    ),
)

CREATE_AFFINITY_GROUP: Api[CreateAffinityGroupResult] = Api(
    "CreateAffinityGroup",
    "POST",
    "/affinity-groups",
    params=(
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("policy", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("subType", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", "2.3"),
        ("zoneUuid", "body", None),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.create_affinity_group_result:CreateAffinityGroupResult",
    checks=(
        ("description", "description", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("policy", "policy", "enum", ("antiSoft", "antiHard")),
        ("type", "type", "enum", ("host",)),
    ),
)

CREATE_AUTO_SCALING_GROUP: Api[CreateAutoScalingGroupResult] = Api(
    "CreateAutoScalingGroup",
    "POST",
    "/autoscaling/groups",
    params=(
        ("defaultCooldown", "body", "3.1.0"),
        ("defaultEnable", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("maxResourceSize", "body", "3.1.0"),
        ("minResourceSize", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("removalPolicy", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("scalingResourceType", "body", "3.1.0"),
        ("tagUuids", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="params",
    since="3.1.0",
    result=".models.create_auto_scaling_group_result:CreateAutoScalingGroupResult",
    checks=(
        ("defaultCooldown", "default_cooldown", "minimum", 0),
        ("defaultCooldown", "default_cooldown", "maximum", 2147483647),
        ("description", "description", "maxLength", 2048),
        ("maxResourceSize", "max_resource_size", "minimum", 0),
        ("maxResourceSize", "max_resource_size", "maximum", 2147483647),
        ("minResourceSize", "min_resource_size", "minimum", 0),
        ("minResourceSize", "min_resource_size", "maximum", 2147483647),
        ("name", "name", "maxLength", 255),
        (
            "removalPolicy",
            "removal_policy",
            "enum",
            (
                "OldestInstance",
                "NewestInstance",
                "OldestScalingConfiguration",
                "MinimumCPUUsageInstance",
                "MinimumMemoryUsageInstance",
            ),
        ),
        ("scalingResourceType", "scaling_resource_type", "enum", ("VmInstance",)),
    ),
)

CREATE_AUTO_SCALING_GROUP_ADDING_NEW_INSTANCE_RULE: Api[
    CreateAutoScalingGroupAddingNewInstanceRuleResult
] = Api(
    "CreateAutoScalingGroupAddingNewInstanceRule",
    "POST",
    "/autoscaling/rules/adding-new-instance",
    params=(
        ("adjustmentType", "body", "3.1.0"),
        ("adjustmentValue", "body", "3.1.0"),
        ("autoScalingGroupUuid", "body", "3.1.0"),
        ("cooldown", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("tagUuids", "body", "3.1.0"),
        ("type", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="params",
    since="3.1.0",
    result=".models.create_auto_scaling_group_adding_new_instance_rule_result:CreateAutoScalingGroupAddingNewInstanceRuleResult",
    checks=(
        (
            "adjustmentType",
            "adjustment_type",
            "enum",
            ("QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"),
        ),
        ("adjustmentValue", "adjustment_value", "minimum", 1),
        ("adjustmentValue", "adjustment_value", "maximum", 9223372036854775807),
        ("cooldown", "cooldown", "minimum", 1),
        ("cooldown", "cooldown", "maximum", 2147483647),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_AUTO_SCALING_GROUP_REMOVAL_INSTANCE_RULE: Api[
    CreateAutoScalingGroupRemovalInstanceRuleResult
] = Api(
    "CreateAutoScalingGroupRemovalInstanceRule",
    "POST",
    "/autoscaling/rules/removal-instance",
    params=(
        ("adjustmentType", "body", "3.1.0"),
        ("adjustmentValue", "body", "3.1.0"),
        ("autoScalingGroupUuid", "body", "3.1.0"),
        ("cooldown", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("removalPolicy", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("tagUuids", "body", "3.1.0"),
        ("type", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="params",
    since="3.1.0",
    result=".models.create_auto_scaling_group_removal_instance_rule_result:CreateAutoScalingGroupRemovalInstanceRuleResult",
    checks=(
        (
            "adjustmentType",
            "adjustment_type",
            "enum",
            ("QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"),
        ),
        ("adjustmentValue", "adjustment_value", "minimum", 1),
        ("adjustmentValue", "adjustment_value", "maximum", 9223372036854775807),
        ("cooldown", "cooldown", "minimum", 1),
        ("cooldown", "cooldown", "maximum", 2147483647),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        (
            "removalPolicy",
            "removal_policy",
            "enum",
            (
                "OldestInstance",
                "NewestInstance",
                "OldestScalingConfiguration",
                "MinimumCPUUsageInstance",
                "MinimumMemoryUsageInstance",
            ),
        ),
    ),
)

CREATE_AUTO_SCALING_RULE_ALARM_TRIGGER: Api[CreateAutoScalingRuleAlarmTriggerResult] = Api(
    "CreateAutoScalingRuleAlarmTrigger",
    "POST",
    "/zwatch/alarms/{alarmUuid}/autoscaling/rules/{ruleUuid}",
    params=(
        ("alarmUuid", "path", "3.1.0"),
        ("ruleUuid", "path", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("tagUuids", "body", "3.1.0"),
        ("triggerType", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="params",
    since="3.1.0",
    result=".models.create_auto_scaling_rule_alarm_trigger_result:CreateAutoScalingRuleAlarmTriggerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 256),
    ),
)

CREATE_AUTO_SCALING_RULE_SCHEDULER_JOB_TRIGGER: Api[
    CreateAutoScalingRuleSchedulerJobTriggerResult
] = Api(
    "CreateAutoScalingRuleSchedulerJobTrigger",
    "POST",
    "/scheduler/jobs/{schedulerJobUuid}/autoscaling/rules/{ruleUuid}",
    params=(
        ("schedulerJobUuid", "path", "4.1.0"),
        ("ruleUuid", "path", "4.1.0"),
        ("description", "body", "4.1.0"),
        ("name", "body", "4.1.0"),
        ("resourceUuid", "body", "4.1.0"),
        ("tagUuids", "body", "4.1.0"),
        ("triggerType", "body", "4.1.0"),
        ("systemTags", "root", "4.1.0"),
        ("userTags", "root", "4.1.0"),
    ),
    body_key="params",
    since="4.1.0",
    result=".models.create_auto_scaling_rule_scheduler_job_trigger_result:CreateAutoScalingRuleSchedulerJobTriggerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 256),
    ),
)

CREATE_AUTO_SCALING_VM_TEMPLATE: Api[CreateAutoScalingVmTemplateResult] = Api(
    "CreateAutoScalingVmTemplate",
    "POST",
    "/autoscaling/vmtemplate",
    params=(
        ("dataDiskOfferingUuids", "body", "3.1.0"),
        ("defaultL3NetworkUuid", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("hostUuid", "body", "3.1.0"),
        ("imageUuid", "body", "3.1.0"),
        ("l3NetworkUuids", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("primaryStorageUuidForRootVolume", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("rootDiskOfferingUuid", "body", "3.1.0"),
        ("strategy", "body", None),
        ("tagUuids", "body", "3.1.0"),
        ("type", "body", "3.1.0"),
        ("vmInstanceClusterUuid", "body", "3.1.0"),
        ("vmInstanceDescription", "body", "3.1.0"),
        ("vmInstanceName", "body", "3.1.0"),
        ("vmInstanceOfferingUuid", "body", "3.1.0"),
        ("vmInstanceType", "body", None),
        ("vmInstanceZoneUuid", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="params",
    since="3.1.0",
    result=".models.create_auto_scaling_vm_template_result:CreateAutoScalingVmTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("l3NetworkUuids", "l3_network_uuids", "minItems", 1),
        ("name", "name", "maxLength", 255),
        ("strategy", "strategy", "enum", ("InstantStart", "CreateStopped")),
        ("vmInstanceDescription", "vm_instance_description", "maxLength", 2048),
        ("vmInstanceName", "vm_instance_name", "maxLength", 255),
        ("vmInstanceType", "vm_instance_type", "enum", ("UserVm", "ApplianceVm")),
    ),
)

CREATE_DATA_VOLUME: Api[CreateDataVolumeResult] = Api(
    "CreateDataVolume",
    "POST",
    "/volumes/data",
    params=(
        ("description", "body", "0.6"),
        ("diskOfferingUuid", "body", "0.6"),
        ("diskSize", "body", None),
        ("name", "body", "0.6"),
        ("primaryStorageUuid", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", "3.4.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_data_volume_result:CreateDataVolumeResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_DATA_VOLUME_FROM_VOLUME_BACKUP: Api[CreateDataVolumeFromVolumeBackupResult] = Api(
    "CreateDataVolumeFromVolumeBackup",
    "POST",
    "/volumes/data-volume/from/volume-template/{backupUuid}",
    params=(
        ("backupUuid", "path", None),
        ("backupStorageUuid", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("primaryStorageUuid", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("vmInstanceUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="params",
    since=None,
    result=".models.create_data_volume_from_volume_backup_result:CreateDataVolumeFromVolumeBackupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_DATA_VOLUME_FROM_VOLUME_SNAPSHOT: Api[CreateDataVolumeFromVolumeSnapshotResult] = Api(
    "CreateDataVolumeFromVolumeSnapshot",
    "POST",
    "/volumes/data/from/volume-snapshots/{volumeSnapshotUuid}",
    params=(
        ("volumeSnapshotUuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("primaryStorageUuid", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_data_volume_from_volume_snapshot_result:CreateDataVolumeFromVolumeSnapshotResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_DATA_VOLUME_FROM_VOLUME_TEMPLATE: Api[CreateDataVolumeFromVolumeTemplateResult] = Api(
    "CreateDataVolumeFromVolumeTemplate",
    "POST",
    "/volumes/data/from/data-volume-templates/{imageUuid}",
    params=(
        ("imageUuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("hostUuid", "body", "0.6"),
        ("name", "body", "0.6"),
        ("primaryStorageUuid", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_data_volume_from_volume_template_result:CreateDataVolumeFromVolumeTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_DATA_VOLUME_TEMPLATE_FROM_VOLUME: Api[CreateDataVolumeTemplateFromVolumeResult] = Api(
    "CreateDataVolumeTemplateFromVolume",
    "POST",
    "/images/data-volume-templates/from/volumes/{volumeUuid}",
    params=(
        ("volumeUuid", "path", "0.6"),
        ("backupStorageUuids", "body", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", "5.0.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_data_volume_template_from_volume_result:CreateDataVolumeTemplateFromVolumeResult",
    checks=(
        ("backupStorageUuids", "backup_storage_uuids", "minItems", 1),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_DATA_VOLUME_TEMPLATE_FROM_VOLUME_SNAPSHOT: Api[
    CreateDataVolumeTemplateFromVolumeSnapshotResult
] = Api(
    "CreateDataVolumeTemplateFromVolumeSnapshot",
    "POST",
    "/images/data-volume-templates/from/volume-snapshots/{snapshotUuid}",
    params=(
        ("snapshotUuid", "path", "0.6"),
        ("backupStorageUuids", "body", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_data_volume_template_from_volume_snapshot_result:CreateDataVolumeTemplateFromVolumeSnapshotResult",
    checks=(
        ("backupStorageUuids", "backup_storage_uuids", "minItems", 1),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
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
    body_key="params",
    since="4.6.0",
    result=".models.create_directory_result:CreateDirectoryResult",
    checks=(("name", "name", "maxLength", 255),),
)

CREATE_DISK_OFFERING: Api[CreateDiskOfferingResult] = Api(
    "CreateDiskOffering",
    "POST",
    "/disk-offerings",
    params=(
        ("allocationStrategy", "body", "4.6.21"),
        ("description", "body", "0.6"),
        ("diskSize", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("sortKey", "body", "0.6"),
        ("tagUuids", "body", None),
        ("type", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_disk_offering_result:CreateDiskOfferingResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("diskSize", "disk_size", "minimum", 1),
        ("diskSize", "disk_size", "maximum", 9223372036854775807),
        ("name", "name", "maxLength", 255),
        ("type", "type", "enum", ("zstack",)),
    ),
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

CREATE_HOST_SCHEDULING_RULE_GROUP: Api[CreateHostSchedulingRuleGroupResult] = Api(
    "CreateHostSchedulingRuleGroup",
    "POST",
    "/hostSchedulingRuleGroup",
    params=(
        ("clusterUuid", "body", "4.6.0"),
        ("description", "body", "4.6.0"),
        ("name", "body", "4.6.0"),
        ("resourceUuid", "body", "4.6.0"),
        ("tagUuids", "body", "4.6.0"),
        ("zoneUuid", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    body_key="params",
    since="4.6.0",
    result=".models.create_host_scheduling_rule_group_result:CreateHostSchedulingRuleGroupResult",
)

CREATE_INSTANCE_OFFERING: Api[CreateInstanceOfferingResult] = Api(
    "CreateInstanceOffering",
    "POST",
    "/instance-offerings",
    params=(
        ("allocatorStrategy", "body", "0.6"),
        ("cpuNum", "body", "0.6"),
        ("description", "body", "0.6"),
        ("memorySize", "body", "0.6"),
        ("name", "body", "0.6"),
        ("reservedMemorySize", "body", None),
        ("resourceUuid", "body", "0.6"),
        ("sortKey", "body", "0.6"),
        ("tagUuids", "body", None),
        ("type", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_instance_offering_result:CreateInstanceOfferingResult",
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
    body_key="params",
    since="0.6",
    result=".models.create_reboot_vm_instance_scheduler_result:CreateRebootVmInstanceSchedulerResult",
    checks=(("type", "type", "enum", ("simple", "cron")),),
)

CREATE_ROOT_VOLUME_TEMPLATE_FROM_ROOT_VOLUME: Api[CreateRootVolumeTemplateFromRootVolumeResult] = (
    Api(
        "CreateRootVolumeTemplateFromRootVolume",
        "POST",
        "/images/root-volume-templates/from/volumes/{rootVolumeUuid}",
        params=(
            ("rootVolumeUuid", "path", "0.6"),
            ("architecture", "body", "4.0.0"),
            ("backupStorageUuids", "body", "0.6"),
            ("description", "body", "0.6"),
            ("guestOsType", "body", "0.6"),
            ("name", "body", "0.6"),
            ("platform", "body", "0.6"),
            ("resourceUuid", "body", "0.6"),
            ("system", "body", "0.6"),
            ("tagUuids", "body", "4.0.0"),
            ("virtio", "body", "5.0.0"),
            ("systemTags", "root", "0.6"),
            ("userTags", "root", "0.6"),
        ),
        body_key="params",
        since="0.6",
        result=".models.create_root_volume_template_from_root_volume_result:CreateRootVolumeTemplateFromRootVolumeResult",
        checks=(
            ("backupStorageUuids", "backup_storage_uuids", "minItems", 1),
            ("description", "description", "maxLength", 2048),
            ("name", "name", "maxLength", 255),
            (
                "platform",
                "platform",
                "enum",
                ("Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"),
            ),
        ),
    )
)

CREATE_ROOT_VOLUME_TEMPLATE_FROM_VOLUME_SNAPSHOT: Api[
    CreateRootVolumeTemplateFromVolumeSnapshotResult
] = Api(
    "CreateRootVolumeTemplateFromVolumeSnapshot",
    "POST",
    "/images/root-volume-templates/from/volume-snapshots/{snapshotUuid}",
    params=(
        ("snapshotUuid", "path", "0.6"),
        ("architecture", "body", "4.0.0"),
        ("backupStorageUuids", "body", "0.6"),
        ("description", "body", "0.6"),
        ("guestOsType", "body", "0.6"),
        ("name", "body", "0.6"),
        ("platform", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("system", "body", "0.6"),
        ("tagUuids", "body", "4.0.0"),
        ("virtio", "body", "5.0.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_root_volume_template_from_volume_snapshot_result:CreateRootVolumeTemplateFromVolumeSnapshotResult",
    checks=(
        ("backupStorageUuids", "backup_storage_uuids", "minItems", 1),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        (
            "platform",
            "platform",
            "enum",
            ("Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"),
        ),
    ),
)

CREATE_SSH_KEY_PAIR: Api[CreateSshKeyPairResult] = Api(
    "CreateSshKeyPair",
    "POST",
    "/ssh-key-pair",
    params=(
        ("description", "body", "4.7.21"),
        ("name", "body", "4.7.21"),
        ("publicKey", "body", "4.7.21"),
        ("resourceUuid", "body", "4.7.21"),
        ("tagUuids", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    body_key="params",
    since="4.7.21",
    result=".models.create_ssh_key_pair_result:CreateSshKeyPairResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("name", "name", "pattern", "^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$"),
        ("publicKey", "public_key", "maxLength", 4096),
    ),
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
    body_key="params",
    since="4.0.0",
    result=".models.create_vm_nic_result:CreateVmNicResult",
)

CREATE_VM_SCHEDULING_RULE: Api[CreateVmSchedulingRuleResult] = Api(
    "CreateVmSchedulingRule",
    "POST",
    "/vmsSchedulingRule",
    params=(
        ("description", "body", "4.6.0"),
        ("hostGroupUuid", "body", "4.6.0"),
        ("mode", "body", "4.6.0"),
        ("name", "body", "4.6.0"),
        ("policy", "body", "4.6.0"),
        ("resourceUuid", "body", "4.6.0"),
        ("rule", "body", "4.6.0"),
        ("subType", "body", "4.6.0"),
        ("tagUuids", "body", "4.6.0"),
        ("type", "body", "4.6.0"),
        ("vmGroupUuid", "body", "4.6.0"),
        ("zoneUuid", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    body_key="params",
    since="4.6.0",
    result=".models.create_vm_scheduling_rule_result:CreateVmSchedulingRuleResult",
    checks=(
        ("description", "description", "maxLength", 255),
        ("mode", "mode", "enum", ("SOFT", "HARD")),
        ("name", "name", "maxLength", 255),
        ("policy", "policy", "enum", ("antiSoft", "antiHard")),
        ("rule", "rule", "enum", ("AFFINITY", "ANTIAFFINITY")),
        ("type", "type", "enum", ("host",)),
    ),
)

CREATE_VM_SCHEDULING_RULE_GROUP: Api[CreateVmSchedulingRuleGroupResult] = Api(
    "CreateVmSchedulingRuleGroup",
    "POST",
    "/vmSchedulingRuleGroup",
    params=(
        ("description", "body", "4.6.0"),
        ("name", "body", "4.6.0"),
        ("resourceUuid", "body", "4.6.0"),
        ("tagUuids", "body", "4.6.0"),
        ("zoneUuid", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    body_key="params",
    since="4.6.0",
    result=".models.create_vm_scheduling_rule_group_result:CreateVmSchedulingRuleGroupResult",
)

CREATE_VOLUME_SNAPSHOT: Api[CreateVolumeSnapshotResult] = Api(
    "CreateVolumeSnapshot",
    "POST",
    "/volumes/{volumeUuid}/volume-snapshots",
    params=(
        ("volumeUuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_volume_snapshot_result:CreateVolumeSnapshotResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_VOLUME_SNAPSHOT_GROUP: Api[CreateVolumeSnapshotGroupResult] = Api(
    "CreateVolumeSnapshotGroup",
    "POST",
    "/volume-snapshots/group",
    params=(
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("rootVolumeUuid", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("withMemory", "body", None),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.create_volume_snapshot_group_result:CreateVolumeSnapshotGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_VOLUMES_SNAPSHOT: Api[CreateVolumesSnapshotResult] = Api(
    "CreateVolumesSnapshot",
    "POST",
    "/volumes/volume-snapshots",
    params=(
        ("volumeUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="params",
    since=None,
    result=".models.create_volumes_snapshot_result:CreateVolumesSnapshotResult",
)

DELETE_AFFINITY_GROUP: Api[DeleteAffinityGroupResult] = Api(
    "DeleteAffinityGroup",
    "DELETE",
    "/affinity-groups/{uuid}",
    params=(
        ("uuid", "path", "2.2"),
        ("deleteMode", "query", "2.2"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
    ),
    since="2.2",
    result=".models.delete_affinity_group_result:DeleteAffinityGroupResult",
)

DELETE_AUTO_SCALING_GROUP: Api[DeleteAutoScalingGroupResult] = Api(
    "DeleteAutoScalingGroup",
    "DELETE",
    "/autoscaling/groups/{uuid}",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
        ("deleteMode", "query", None),
    ),
    since="3.1.0",
    result=".models.delete_auto_scaling_group_result:DeleteAutoScalingGroupResult",
)

DELETE_AUTO_SCALING_GROUP_INSTANCE: Api[DeleteAutoScalingGroupInstanceResult] = Api(
    "DeleteAutoScalingGroupInstance",
    "DELETE",
    "/autoscaling/groups/instances/{instanceUuid}",
    params=(
        ("instanceUuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
        ("deleteMode", "query", None),
    ),
    since="3.1.0",
    result=".models.delete_auto_scaling_group_instance_result:DeleteAutoScalingGroupInstanceResult",
)

DELETE_AUTO_SCALING_RULE: Api[DeleteAutoScalingRuleResult] = Api(
    "DeleteAutoScalingRule",
    "DELETE",
    "/autoscaling/rules/{uuid}",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
        ("deleteMode", "query", None),
    ),
    since="3.1.0",
    result=".models.delete_auto_scaling_rule_result:DeleteAutoScalingRuleResult",
)

DELETE_AUTO_SCALING_RULE_TRIGGER: Api[DeleteAutoScalingRuleTriggerResult] = Api(
    "DeleteAutoScalingRuleTrigger",
    "DELETE",
    "/autoscaling/groups/rules/triggers/{uuid}",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
        ("deleteMode", "query", None),
    ),
    since="3.1.0",
    result=".models.delete_auto_scaling_rule_trigger_result:DeleteAutoScalingRuleTriggerResult",
)

DELETE_AUTO_SCALING_TEMPLATE: Api[DeleteAutoScalingTemplateResult] = Api(
    "DeleteAutoScalingTemplate",
    "DELETE",
    "/autoscaling/template/{uuid}",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
        ("deleteMode", "query", None),
    ),
    since="3.1.0",
    result=".models.delete_auto_scaling_template_result:DeleteAutoScalingTemplateResult",
)

DELETE_DATA_VOLUME: Api[DeleteDataVolumeResult] = Api(
    "DeleteDataVolume",
    "DELETE",
    "/volumes/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_data_volume_result:DeleteDataVolumeResult",
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
    since="4.6.0",
    result=".models.delete_directory_result:DeleteDirectoryResult",
)

DELETE_DISK_OFFERING: Api[DeleteDiskOfferingResult] = Api(
    "DeleteDiskOffering",
    "DELETE",
    "/disk-offerings/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_disk_offering_result:DeleteDiskOfferingResult",
)

DELETE_HOST_SCHEDULING_RULE_GROUP: Api[DeleteHostSchedulingRuleGroupResult] = Api(
    "DeleteHostSchedulingRuleGroup",
    "DELETE",
    "/hostSchedulingRuleGroup/{uuid}",
    params=(
        ("uuid", "path", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    since="4.6.0",
    result=".models.delete_host_scheduling_rule_group_result:DeleteHostSchedulingRuleGroupResult",
)

DELETE_IMAGE: Api[DeleteImageResult] = Api(
    "DeleteImage",
    "DELETE",
    "/images/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("backupStorageUuids", "query", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_image_result:DeleteImageResult",
    checks=(("backupStorageUuids", "backup_storage_uuids", "minItems", 1),),
)

DELETE_IMAGE_PACKAGE: Api[DeleteImagePackageResult] = Api(
    "DeleteImagePackage",
    "DELETE",
    "/image-packages/{uuid}",
    params=(
        ("uuid", "path", "4.4.6"),
        ("deleteMode", "query", "4.4.6"),
        ("systemTags", "query", "4.4.6"),
        ("userTags", "query", "4.4.6"),
    ),
    since="4.4.6",
    result=".models.delete_image_package_result:DeleteImagePackageResult",
)

DELETE_INSTANCE_OFFERING: Api[DeleteInstanceOfferingResult] = Api(
    "DeleteInstanceOffering",
    "DELETE",
    "/instance-offerings/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_instance_offering_result:DeleteInstanceOfferingResult",
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
    body_key="params",
    since=None,
    result=".models.delete_sso_redirect_template_result:DeleteSSORedirectTemplateResult",
)

DELETE_SSH_KEY_PAIR: Api[DeleteSshKeyPairResult] = Api(
    "DeleteSshKeyPair",
    "DELETE",
    "/ssh-key-pair/{uuid}",
    params=(
        ("uuid", "path", "4.7.21"),
        ("systemTags", "query", "4.7.21"),
        ("userTags", "query", "4.7.21"),
    ),
    since="4.7.21",
    result=".models.delete_ssh_key_pair_result:DeleteSshKeyPairResult",
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
    since="4.0.0",
    result=".models.delete_vm_nic_result:DeleteVmNicResult",
)

DELETE_VM_SCHEDULING_RULE_GROUP: Api[DeleteVmSchedulingRuleGroupResult] = Api(
    "DeleteVmSchedulingRuleGroup",
    "DELETE",
    "/vmSchedulingRuleGroup/{uuid}",
    params=(
        ("uuid", "path", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    since="4.6.0",
    result=".models.delete_vm_scheduling_rule_group_result:DeleteVmSchedulingRuleGroupResult",
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
    since=None,
    result=".models.delete_vm_user_defined_xml_hook_script_result:DeleteVmUserDefinedXmlHookScriptResult",
)

DELETE_VOLUME_QOS: Api[DeleteVolumeQosResult] = Api(
    "DeleteVolumeQos",
    "DELETE",
    "/volumes/{uuid}/qos",
    params=(
        ("uuid", "path", "0.6"),
        ("mode", "query", "4.4.0"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_volume_qos_result:DeleteVolumeQosResult",
    checks=(("mode", "mode", "enum", ("total", "read", "write", "all", "overwrite")),),
)

DELETE_VOLUME_SNAPSHOT: Api[DeleteVolumeSnapshotResult] = Api(
    "DeleteVolumeSnapshot",
    "DELETE",
    "/volume-snapshots/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("direction", "query", "5.4.0"),
        ("scope", "query", "5.4.0"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_volume_snapshot_result:DeleteVolumeSnapshotResult",
)

DELETE_VOLUME_SNAPSHOT_GROUP: Api[DeleteVolumeSnapshotGroupResult] = Api(
    "DeleteVolumeSnapshotGroup",
    "DELETE",
    "/volume-snapshots/group/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("direction", "query", "5.4.0"),
        ("scope", "query", "5.4.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.delete_volume_snapshot_group_result:DeleteVolumeSnapshotGroupResult",
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
    since="0.6",
    result=".models.destroy_vm_instance_result:DestroyVmInstanceResult",
)

DETACH_AUTO_SCALING_TEMPLATE_FROM_GROUP: Api[DetachAutoScalingTemplateFromGroupResult] = Api(
    "DetachAutoScalingTemplateFromGroup",
    "DELETE",
    "/autoscaling/template/{templateUuid}/groups/{groupUuid}",
    params=(
        ("templateUuid", "path", "3.1.0"),
        ("groupUuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    since="3.1.0",
    result=".models.detach_auto_scaling_template_from_group_result:DetachAutoScalingTemplateFromGroupResult",
)

DETACH_DATA_VOLUME_FROM_HOST: Api[DetachDataVolumeFromHostResult] = Api(
    "DetachDataVolumeFromHost",
    "DELETE",
    "/volumes/{volumeUuid}/hosts",
    params=(
        ("volumeUuid", "path", "4.5.0"),
        ("hostUuid", "query", "4.5.0"),
        ("systemTags", "query", "4.5.0"),
        ("userTags", "query", "4.5.0"),
    ),
    since="4.5.0",
    result=".models.detach_data_volume_from_host_result:DetachDataVolumeFromHostResult",
)

DETACH_DATA_VOLUME_FROM_VM: Api[DetachDataVolumeFromVmResult] = Api(
    "DetachDataVolumeFromVm",
    "DELETE",
    "/volumes/{uuid}/vm-instances",
    params=(
        ("uuid", "path", "0.6"),
        ("vmUuid", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.detach_data_volume_from_vm_result:DetachDataVolumeFromVmResult",
)

DETACH_HOST_FROM_HOST_SCHEDULING_RULE_GROUP: Api[DetachHostFromHostSchedulingRuleGroupResult] = Api(
    "DetachHostFromHostSchedulingRuleGroup",
    "DELETE",
    "/hostSchedulingRuleGroup/{hostGroupUuid}/host",
    params=(
        ("hostGroupUuid", "path", "4.6.0"),
        ("hostUuid", "query", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    since="4.6.0",
    result=".models.detach_host_from_host_scheduling_rule_group_result:DetachHostFromHostSchedulingRuleGroupResult",
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
    since="0.6",
    result=".models.detach_l3_network_from_vm_result:DetachL3NetworkFromVmResult",
)

DETACH_SSH_KEY_PAIR_FROM_VM_INSTANCE: Api[DetachSshKeyPairFromVmInstanceResult] = Api(
    "DetachSshKeyPairFromVmInstance",
    "DELETE",
    "/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}",
    params=(
        ("sshKeyPairUuid", "path", "4.7.21"),
        ("vmInstanceUuid", "path", "4.7.21"),
        ("systemTags", "query", "4.7.21"),
        ("userTags", "query", "4.7.21"),
    ),
    since="4.7.21",
    result=".models.detach_ssh_key_pair_from_vm_instance_result:DetachSshKeyPairFromVmInstanceResult",
)

DETACH_VM_FROM_VM_SCHEDULING_RULE_GROUP: Api[DetachVmFromVmSchedulingRuleGroupResult] = Api(
    "DetachVmFromVmSchedulingRuleGroup",
    "DELETE",
    "/vmSchedulingRuleGroup/{vmGroupUuid}/vmInstance/",
    params=(
        ("vmGroupUuid", "path", "4.6.0"),
        ("vmUuid", "query", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    since="4.6.0",
    result=".models.detach_vm_from_vm_scheduling_rule_group_result:DetachVmFromVmSchedulingRuleGroupResult",
)

EXECUTE_AUTO_SCALING_RULE: Api[ExecuteAutoScalingRuleResult] = Api(
    "ExecuteAutoScalingRule",
    "PUT",
    "/autoscaling/rules/{uuid}/actions",
    params=(
        ("uuid", "path", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    body_key="executeAutoScalingRule",
    since="3.9.0",
    result=".models.execute_auto_scaling_rule_result:ExecuteAutoScalingRuleResult",
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
    body_key="params",
    since="4.4.6",
    result=".models.export_vm_ova_package_result:ExportVmOvaPackageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

EXPUNGE_DATA_VOLUME: Api[ExpungeDataVolumeResult] = Api(
    "ExpungeDataVolume",
    "PUT",
    "/volumes/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="expungeDataVolume",
    since="0.6",
    result=".models.expunge_data_volume_result:ExpungeDataVolumeResult",
)

EXPUNGE_IMAGE: Api[ExpungeImageResult] = Api(
    "ExpungeImage",
    "PUT",
    "/images/{imageUuid}/actions",
    params=(
        ("imageUuid", "path", "0.6"),
        ("Uuid", "body", "0.6"),
        ("backupStorageUuids", "body", "0.6"),
        ("uuid", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="expungeImage",
    since="0.6",
    result=".models.expunge_image_result:ExpungeImageResult",
    checks=(("backupStorageUuids", "backup_storage_uuids", "minItems", 1),),
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
    body_key="flattenVmInstance",
    since="4.7.0",
    result=".models.flatten_vm_instance_result:FlattenVmInstanceResult",
)

FLATTEN_VOLUME: Api[FlattenVolumeResult] = Api(
    "FlattenVolume",
    "PUT",
    "/volumes/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.0"),
        ("dryRun", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    body_key="flattenVolume",
    since="4.7.0",
    result=".models.flatten_volume_result:FlattenVolumeResult",
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
    body_key="params",
    since=None,
    result=".models.fstrim_vm_result:FstrimVmResult",
)

GENERATE_SSH_KEY_PAIR: Api[GenerateSshKeyPairResult] = Api(
    "GenerateSshKeyPair",
    "POST",
    "/ssh-key-pair/generate",
    params=(
        ("description", "body", "4.7.21"),
        ("name", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    body_key="params",
    since="4.7.21",
    result=".models.generate_ssh_key_pair_result:GenerateSshKeyPairResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("name", "name", "pattern", "^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$"),
    ),
)

GET_BACKUP_STORAGE_FOR_CREATING_IMAGE_FROM_VOLUME: Api[
    GetBackupStorageForCreatingImageFromVolumeResult
] = Api(
    "GetBackupStorageForCreatingImageFromVolume",
    "GET",
    "/images/volumes/{volumeUuid}/candidate-backup-storage",
    params=(
        ("volumeUuid", "path", None),
        ("volumeSnapshotUuid", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.get_backup_storage_for_creating_image_from_volume_result:GetBackupStorageForCreatingImageFromVolumeResult",
)

GET_BACKUP_STORAGE_FOR_CREATING_IMAGE_FROM_VOLUME_SNAPSHOT: Api[
    GetBackupStorageForCreatingImageFromVolumeSnapshotResult
] = Api(
    "GetBackupStorageForCreatingImageFromVolumeSnapshot",
    "GET",
    "/images/volume-snapshots/{volumeSnapshotUuid}/candidate-backup-storage",
    params=(
        ("volumeSnapshotUuid", "path", None),
        ("volumeUuid", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.get_backup_storage_for_creating_image_from_volume_snapshot_result:GetBackupStorageForCreatingImageFromVolumeSnapshotResult",
)

GET_CANDIDATE_AFFINITY_GROUP_FOR_ATTACHING_VM: Api[
    GetCandidateAffinityGroupForAttachingVmResult
] = Api(
    "GetCandidateAffinityGroupForAttachingVm",
    "GET",
    "/affinityGroup/attachingVm",
    params=(
        ("vmUuid", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    since="4.0.0",
    result=".models.get_candidate_affinity_group_for_attaching_vm_result:GetCandidateAffinityGroupForAttachingVmResult",
)

GET_CANDIDATE_AFFINITY_GROUP_FOR_CREATING_VM: Api[GetCandidateAffinityGroupForCreatingVmResult] = (
    Api(
        "GetCandidateAffinityGroupForCreatingVm",
        "GET",
        "/vm-instances/candidate-affinityGroup",
        params=(
            ("zoneUuid", "query", "4.1.0"),
            ("clusterUuid", "query", "4.1.0"),
            ("hostUuid", "query", "4.1.0"),
            ("systemTags", "query", "4.1.0"),
            ("userTags", "query", "4.1.0"),
        ),
        since="4.1.0",
        result=".models.get_candidate_affinity_group_for_creating_vm_result:GetCandidateAffinityGroupForCreatingVmResult",
    )
)

GET_CANDIDATE_BACKUP_STORAGE_FOR_CREATING_IMAGE: Api[
    GetCandidateBackupStorageForCreatingImageResult
] = Api(
    "GetCandidateBackupStorageForCreatingImage",
    "GET",
    "/images/candidate-backup-storage",
    params=(
        ("volumeUuid", "query", "0.6"),
        ("volumeSnapshotUuid", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_candidate_backup_storage_for_creating_image_result:GetCandidateBackupStorageForCreatingImageResult",
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
    since="2.1",
    result=".models.get_candidate_primary_storages_for_creating_vm_result:GetCandidatePrimaryStoragesForCreatingVmResult",
    checks=(
        ("l3NetworkUuids", "l3_network_uuids", "minItems", 1),
        ("rootDiskSize", "root_disk_size", "minimum", 1),
        ("rootDiskSize", "root_disk_size", "maximum", 9223372036854775807),
        ("dataDiskOfferingUuids", "data_disk_offering_uuids", "minItems", 1),
    ),
)

GET_CANDIDATE_VM_FOR_ATTACHING_AFFINITY_GROUP: Api[
    GetCandidateVMForAttachingAffinityGroupResult
] = Api(
    "GetCandidateVMForAttachingAffinityGroup",
    "GET",
    "/VM/attachingGroup",
    params=(
        ("affinityGroupUuid", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    since="4.0.0",
    result=".models.get_candidate_vm_for_attaching_affinity_group_result:GetCandidateVMForAttachingAffinityGroupResult",
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

GET_DATA_VOLUME_ATTACHABLE_VM: Api[GetDataVolumeAttachableVmResult] = Api(
    "GetDataVolumeAttachableVm",
    "GET",
    "/volumes/{volumeUuid}/candidate-vm-instances",
    params=(
        ("volumeUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_data_volume_attachable_vm_result:GetDataVolumeAttachableVmResult",
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
    since="2.2",
    result=".models.get_image_candidates_for_vm_to_change_result:GetImageCandidatesForVmToChangeResult",
)

GET_IMAGE_QGA: Api[GetImageQgaResult] = Api(
    "GetImageQga",
    "GET",
    "/images/{uuid}/qga",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_image_qga_result:GetImageQgaResult",
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
    since="3.7.0",
    result=".models.get_latest_guest_tools_for_vm_result:GetLatestGuestToolsForVmResult",
)

GET_MEMORY_SNAPSHOT_GROUP_REFERENCE: Api[GetMemorySnapshotGroupReferenceResult] = Api(
    "GetMemorySnapshotGroupReference",
    "GET",
    "/memory-snapshots/group/reference",
    params=(
        ("resourceUuid", "query", "4.4.24"),
        ("resourceType", "query", "4.4.24"),
        ("systemTags", "query", "4.4.24"),
        ("userTags", "query", "4.4.24"),
    ),
    since="4.4.24",
    result=".models.get_memory_snapshot_group_reference_result:GetMemorySnapshotGroupReferenceResult",
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
    since="3.7.0",
    result=".models.get_spice_certificates_result:GetSpiceCertificatesResult",
)

GET_UPLOAD_IMAGE_JOB_DETAILS: Api[GetUploadImageJobDetailsResult] = Api(
    "GetUploadImageJobDetails",
    "GET",
    "/images/upload-job/details/{imageId}",
    params=(
        ("imageId", "path", "4.1.0"),
        ("systemTags", "query", "4.1.0"),
        ("userTags", "query", "4.1.0"),
    ),
    since="4.1.0",
    result=".models.get_upload_image_job_details_result:GetUploadImageJobDetailsResult",
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
    since="2.1",
    result=".models.get_vm_rdp_result:GetVmRDPResult",
)

GET_VM_SCHEDULING_RULES_EXECUTE_STATE: Api[GetVmSchedulingRulesExecuteStateResult] = Api(
    "GetVmSchedulingRulesExecuteState",
    "POST",
    "/get/vmSchedulingRules/conflict/state",
    params=(
        ("uuids", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    body_key="params",
    since="4.6.0",
    result=".models.get_vm_scheduling_rules_execute_state_result:GetVmSchedulingRulesExecuteStateResult",
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
    since="4.3.12",
    result=".models.get_vmv_numa_topology_result:GetVmvNUMATopologyResult",
)

GET_VOLUME_CAPABILITIES: Api[GetVolumeCapabilitiesResult] = Api(
    "GetVolumeCapabilities",
    "GET",
    "/volumes/{uuid}/capabilities",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_volume_capabilities_result:GetVolumeCapabilitiesResult",
)

GET_VOLUME_FORMAT: Api[GetVolumeFormatResult] = Api(
    "GetVolumeFormat",
    "GET",
    "/volumes/formats",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_volume_format_result:GetVolumeFormatResult",
)

GET_VOLUME_IO_THREAD_PIN: Api[GetVolumeIoThreadPinResult] = Api(
    "GetVolumeIoThreadPin",
    "GET",
    "/volumes/{uuid}/io-thread-pin",
    params=(
        ("uuid", "path", "4.7.0"),
        ("systemTags", "query", "4.7.0"),
        ("userTags", "query", "4.7.0"),
    ),
    since="4.7.0",
    result=".models.get_volume_io_thread_pin_result:GetVolumeIoThreadPinResult",
)

GET_VOLUME_QOS: Api[GetVolumeQosResult] = Api(
    "GetVolumeQos",
    "GET",
    "/volumes/{uuid}/qos",
    params=(
        ("uuid", "path", "0.6"),
        ("forceSync", "query", "3.3.0"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_volume_qos_result:GetVolumeQosResult",
)

GET_VOLUME_SNAPSHOT_SIZE: Api[GetVolumeSnapshotSizeResult] = Api(
    "GetVolumeSnapshotSize",
    "PUT",
    "/volume-snapshots/{uuid}/actions",
    params=(
        ("uuid", "path", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    body_key="getVolumeSnapshotSize",
    since="3.5.0",
    result=".models.get_volume_snapshot_size_result:GetVolumeSnapshotSizeResult",
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
    body_key="provisionVirtualRouterConfig",
    since=None,
    result=".models.provision_virtual_router_config_result:ProvisionVirtualRouterConfigResult",
)

QUERY_AFFINITY_GROUP: Api[QueryAffinityGroupResult] = Api(
    "QueryAffinityGroup",
    "GET",
    "/affinity-groups",
    params=(
        ("uuid", "path", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.query_affinity_group_result:QueryAffinityGroupResult",
    query=True,
    alt_paths=("/affinity-groups/{uuid}",),
)

QUERY_AUTO_SCALING_GROUP: Api[QueryAutoScalingGroupResult] = Api(
    "QueryAutoScalingGroup",
    "GET",
    "/autoscaling/groups",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    since="3.1.0",
    result=".models.query_auto_scaling_group_result:QueryAutoScalingGroupResult",
    query=True,
    alt_paths=("/autoscaling/groups/{uuid}",),
)

QUERY_AUTO_SCALING_GROUP_ACTIVITY: Api[QueryAutoScalingGroupActivityResult] = Api(
    "QueryAutoScalingGroupActivity",
    "GET",
    "/autoscaling/groups/activities",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    since="3.1.0",
    result=".models.query_auto_scaling_group_activity_result:QueryAutoScalingGroupActivityResult",
    query=True,
    alt_paths=("/autoscaling/groups/activities/{uuid}",),
)

QUERY_AUTO_SCALING_GROUP_INSTANCE: Api[QueryAutoScalingGroupInstanceResult] = Api(
    "QueryAutoScalingGroupInstance",
    "GET",
    "/autoscaling/groups/instances",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    since="3.1.0",
    result=".models.query_auto_scaling_group_instance_result:QueryAutoScalingGroupInstanceResult",
    query=True,
    alt_paths=("/autoscaling/groups/instances/{uuid}",),
)

QUERY_AUTO_SCALING_RULE: Api[QueryAutoScalingRuleResult] = Api(
    "QueryAutoScalingRule",
    "GET",
    "/autoscaling/groups/rules",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    since="3.1.0",
    result=".models.query_auto_scaling_rule_result:QueryAutoScalingRuleResult",
    query=True,
    alt_paths=("/autoscaling/groups/rules/{uuid}",),
)

QUERY_AUTO_SCALING_RULE_TRIGGER: Api[QueryAutoScalingRuleTriggerResult] = Api(
    "QueryAutoScalingRuleTrigger",
    "GET",
    "/autoscaling/groups/rules/trigger",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    since="3.1.0",
    result=".models.query_auto_scaling_rule_trigger_result:QueryAutoScalingRuleTriggerResult",
    query=True,
    alt_paths=("/autoscaling/groups/rules/trigger/{uuid}",),
)

QUERY_AUTO_SCALING_VM_TEMPLATE: Api[QueryAutoScalingVmTemplateResult] = Api(
    "QueryAutoScalingVmTemplate",
    "GET",
    "/autoscaling/vmtemplate",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    since="3.1.0",
    result=".models.query_auto_scaling_vm_template_result:QueryAutoScalingVmTemplateResult",
    query=True,
    alt_paths=("/autoscaling/vmtemplate/{uuid}",),
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
    since="5.3.20",
    result=".models.query_directory_result:QueryDirectoryResult",
    query=True,
    alt_paths=("/directories/{uuid}",),
)

QUERY_DISK_OFFERING: Api[QueryDiskOfferingResult] = Api(
    "QueryDiskOffering",
    "GET",
    "/disk-offerings",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_disk_offering_result:QueryDiskOfferingResult",
    query=True,
    alt_paths=("/disk-offerings/{uuid}",),
)

QUERY_FAULT_TOLERANCE_VM: Api[QueryFaultToleranceVmResult] = Api(
    "QueryFaultToleranceVm",
    "GET",
    "/vm-instances/fault-tolerance",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
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
    since="0.6",
    result=".models.query_guest_tools_state_result:QueryGuestToolsStateResult",
    query=True,
    alt_paths=("/guesttools/state",),
)

QUERY_IMAGE: Api[QueryImageResult] = Api(
    "QueryImage",
    "GET",
    "/images",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_image_result:QueryImageResult",
    query=True,
    alt_paths=("/images/{uuid}",),
)

QUERY_IMAGE_PACKAGE: Api[QueryImagePackageResult] = Api(
    "QueryImagePackage",
    "GET",
    "/image-packages",
    params=(
        ("uuid", "path", "4.4.6"),
        ("systemTags", "query", "4.4.6"),
        ("userTags", "query", "4.4.6"),
    ),
    since="4.4.6",
    result=".models.query_image_package_result:QueryImagePackageResult",
    query=True,
    alt_paths=("/image-packages/{uuid}",),
)

QUERY_INSTANCE_OFFERING: Api[QueryInstanceOfferingResult] = Api(
    "QueryInstanceOffering",
    "GET",
    "/instance-offerings",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_instance_offering_result:QueryInstanceOfferingResult",
    query=True,
    alt_paths=("/instance-offerings/{uuid}",),
)

QUERY_SHAREABLE_VOLUME_VM_INSTANCE_REF: Api[QueryShareableVolumeVmInstanceRefResult] = Api(
    "QueryShareableVolumeVmInstanceRef",
    "GET",
    "/volumes/vm-instances/refs",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_shareable_volume_vm_instance_ref_result:QueryShareableVolumeVmInstanceRefResult",
    query=True,
)

QUERY_SSH_KEY_PAIR: Api[QuerySshKeyPairResult] = Api(
    "QuerySshKeyPair",
    "GET",
    "/ssh-key-pair",
    params=(
        ("uuid", "path", "4.7.21"),
        ("systemTags", "query", "4.7.21"),
        ("userTags", "query", "4.7.21"),
    ),
    since="4.7.21",
    result=".models.query_ssh_key_pair_result:QuerySshKeyPairResult",
    query=True,
    alt_paths=("/ssh-key-pair/{uuid}",),
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
    since="0.6",
    result=".models.query_vm_sched_history_result:QueryVmSchedHistoryResult",
    query=True,
    alt_paths=("/vm/sched-history/{vmInstanceUuid}",),
)

QUERY_VOLUME: Api[QueryVolumeResult] = Api(
    "QueryVolume",
    "GET",
    "/volumes",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_volume_result:QueryVolumeResult",
    query=True,
    alt_paths=("/volumes/{uuid}",),
)

QUERY_VOLUME_SNAPSHOT: Api[QueryVolumeSnapshotResult] = Api(
    "QueryVolumeSnapshot",
    "GET",
    "/volume-snapshots",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_volume_snapshot_result:QueryVolumeSnapshotResult",
    query=True,
    alt_paths=("/volume-snapshots/{uuid}",),
)

QUERY_VOLUME_SNAPSHOT_GROUP: Api[QueryVolumeSnapshotGroupResult] = Api(
    "QueryVolumeSnapshotGroup",
    "GET",
    "/volume-snapshots/group",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_volume_snapshot_group_result:QueryVolumeSnapshotGroupResult",
    query=True,
    alt_paths=("/volume-snapshots/group/{uuid}",),
)

QUERY_VOLUME_SNAPSHOT_TREE: Api[QueryVolumeSnapshotTreeResult] = Api(
    "QueryVolumeSnapshotTree",
    "GET",
    "/volume-snapshots/trees",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_volume_snapshot_tree_result:QueryVolumeSnapshotTreeResult",
    query=True,
    alt_paths=("/volume-snapshots/trees/{uuid}",),
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
    body_key="rebootVmInstance",
    since="0.6",
    result=".models.reboot_vm_instance_result:RebootVmInstanceResult",
)

RECOVER_DATA_VOLUME: Api[RecoverDataVolumeResult] = Api(
    "RecoverDataVolume",
    "PUT",
    "/volumes/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="recoverDataVolume",
    since="0.6",
    result=".models.recover_data_volume_result:RecoverDataVolumeResult",
)

RECOVER_IMAGE: Api[RecoverImageResult] = Api(
    "RecoverImage",
    "PUT",
    "/images/{imageUuid}/actions",
    params=(
        ("imageUuid", "path", "0.6"),
        ("backupStorageUuids", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="recoverImage",
    since="0.6",
    result=".models.recover_image_result:RecoverImageResult",
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
    since="4.6.0",
    result=".models.remove_resources_from_directory_result:RemoveResourcesFromDirectoryResult",
    checks=(("resourceUuids", "resource_uuids", "minItems", 1),),
)

REMOVE_VM_FROM_AFFINITY_GROUP: Api[RemoveVmFromAffinityGroupResult] = Api(
    "RemoveVmFromAffinityGroup",
    "DELETE",
    "/affinity-groups/{affinityGroupUuid}/vm-instances",
    params=(
        ("affinityGroupUuid", "path", "2.3"),
        ("uuid", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.remove_vm_from_affinity_group_result:RemoveVmFromAffinityGroupResult",
)

REMOVE_VM_SCHEDULING_RULE: Api[RemoveVmSchedulingRuleResult] = Api(
    "RemoveVmSchedulingRule",
    "DELETE",
    "/vmSchedulingRule/{uuid}",
    params=(
        ("uuid", "path", "4.6.0"),
        ("deleteMode", "query", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    since="4.6.0",
    result=".models.remove_vm_scheduling_rule_result:RemoveVmSchedulingRuleResult",
)

RESIZE_DATA_VOLUME: Api[ResizeDataVolumeResult] = Api(
    "ResizeDataVolume",
    "PUT",
    "/volumes/data/resize/{uuid}/actions",
    params=(
        ("uuid", "path", "2.2"),
        ("size", "body", "2.2"),
        ("systemTags", "root", "2.2"),
        ("userTags", "root", "2.2"),
    ),
    body_key="resizeDataVolume",
    since="2.2",
    result=".models.resize_data_volume_result:ResizeDataVolumeResult",
)

RESIZE_ROOT_VOLUME: Api[ResizeRootVolumeResult] = Api(
    "ResizeRootVolume",
    "PUT",
    "/volumes/resize/{uuid}/actions",
    params=(
        ("uuid", "path", "2.2"),
        ("size", "body", "2.2"),
        ("vmInstanceUuid", "body", None),
        ("systemTags", "root", "2.2"),
        ("userTags", "root", "2.2"),
    ),
    body_key="resizeRootVolume",
    since="2.2",
    result=".models.resize_root_volume_result:ResizeRootVolumeResult",
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
    body_key="resumeVmInstance",
    since="0.6",
    result=".models.resume_vm_instance_result:ResumeVmInstanceResult",
)

REVERT_VM_FROM_SNAPSHOT_GROUP: Api[RevertVmFromSnapshotGroupResult] = Api(
    "RevertVmFromSnapshotGroup",
    "PUT",
    "/volume-snapshots/group/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="revertVmFromSnapshotGroup",
    since="3.6.0",
    result=".models.revert_vm_from_snapshot_group_result:RevertVmFromSnapshotGroupResult",
)

REVERT_VOLUME_FROM_SNAPSHOT: Api[RevertVolumeFromSnapshotResult] = Api(
    "RevertVolumeFromSnapshot",
    "PUT",
    "/volume-snapshots/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="revertVolumeFromSnapshot",
    since="0.6",
    result=".models.revert_volume_from_snapshot_result:RevertVolumeFromSnapshotResult",
)

SET_IMAGE_BOOT_MODE: Api[SetImageBootModeResult] = Api(
    "SetImageBootMode",
    "PUT",
    "/images/{uuid}/actions",
    params=(
        ("uuid", "path", "3.9.0"),
        ("bootMode", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    body_key="setImageBootMode",
    since="3.9.0",
    result=".models.set_image_boot_mode_result:SetImageBootModeResult",
    checks=(("bootMode", "boot_mode", "enum", ("Legacy", "UEFI", "UEFI_WITH_CSM")),),
)

SET_IMAGE_QGA: Api[SetImageQgaResult] = Api(
    "SetImageQga",
    "PUT",
    "/images/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("enable", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="setImageQga",
    since="0.6",
    result=".models.set_image_qga_result:SetImageQgaResult",
)

SET_IMAGE_SECURITY_LEVEL: Api[SetImageSecurityLevelResult] = Api(
    "SetImageSecurityLevel",
    "PUT",
    "/images/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("securityLevel", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="setImageSecurityLevel",
    since=None,
    result=".models.set_image_security_level_result:SetImageSecurityLevelResult",
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
    body_key="setVmUserDefinedXmlHookScript",
    since=None,
    result=".models.set_vm_user_defined_xml_hook_script_result:SetVmUserDefinedXmlHookScriptResult",
)

SET_VOLUME_IO_THREAD_PIN: Api[SetVolumeIoThreadPinResult] = Api(
    "SetVolumeIoThreadPin",
    "PUT",
    "/volumes/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.0"),
        ("ioThreadId", "body", "4.7.0"),
        ("pin", "body", "4.7.0"),
        ("vmUuid", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    body_key="setVolumeIoThreadPin",
    since="4.7.0",
    result=".models.set_volume_io_thread_pin_result:SetVolumeIoThreadPinResult",
    checks=(
        ("ioThreadId", "io_thread_id", "minimum", 1),
        ("ioThreadId", "io_thread_id", "maximum", 10),
    ),
)

SET_VOLUME_QOS: Api[SetVolumeQosResult] = Api(
    "SetVolumeQos",
    "PUT",
    "/volumes/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("mode", "body", "3.1.0"),
        ("readBandwidth", "body", "4.4.0"),
        ("readIOPS", "body", "4.4.0"),
        ("totalBandwidth", "body", "4.4.0"),
        ("totalIOPS", "body", "4.4.0"),
        ("volumeBandwidth", "body", "0.6"),
        ("writeBandwidth", "body", "4.4.0"),
        ("writeIOPS", "body", "4.4.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="setVolumeQos",
    since="0.6",
    result=".models.set_volume_qos_result:SetVolumeQosResult",
    checks=(
        ("mode", "mode", "enum", ("total", "read", "write")),
        ("readBandwidth", "read_bandwidth", "minimum", 1024),
        ("readBandwidth", "read_bandwidth", "maximum", 9223372036854775807),
        ("readIOPS", "read_iops", "minimum", 1),
        ("readIOPS", "read_iops", "maximum", 9223372036854775807),
        ("totalBandwidth", "total_bandwidth", "minimum", 1024),
        ("totalBandwidth", "total_bandwidth", "maximum", 9223372036854775807),
        ("totalIOPS", "total_iops", "minimum", 1),
        ("totalIOPS", "total_iops", "maximum", 9223372036854775807),
        ("volumeBandwidth", "volume_bandwidth", "minimum", 1024),
        ("volumeBandwidth", "volume_bandwidth", "maximum", 9223372036854775807),
        ("writeBandwidth", "write_bandwidth", "minimum", 1024),
        ("writeBandwidth", "write_bandwidth", "maximum", 9223372036854775807),
        ("writeIOPS", "write_iops", "minimum", 1),
        ("writeIOPS", "write_iops", "maximum", 9223372036854775807),
    ),
)

SHRINK_VOLUME_SNAPSHOT: Api[ShrinkVolumeSnapshotResult] = Api(
    "ShrinkVolumeSnapshot",
    "PUT",
    "/volume-snapshots/shrink/{uuid}/actions",
    params=(
        ("uuid", "path", "3.10.0"),
        ("systemTags", "root", "3.10.0"),
        ("userTags", "root", "3.10.0"),
    ),
    body_key="shrinkVolumeSnapshot",
    since="3.10.0",
    result=".models.shrink_volume_snapshot_result:ShrinkVolumeSnapshotResult",
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
    body_key="stopVmInstance",
    since="0.6",
    result=".models.stop_vm_instance_result:StopVmInstanceResult",
    checks=(
        ("stopHA", "stop_ha", "enum", ("true",)),
        ("type", "type", "enum", ("grace", "cold")),
    ),
)

SYNC_IMAGE_FROM_IMAGE_STORE_BACKUP_STORAGE: Api[SyncImageFromImageStoreBackupStorageResult] = Api(
    "SyncImageFromImageStoreBackupStorage",
    "PUT",
    "/images/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("dstBackupStorageUuid", "body", None),
        ("name", "body", None),
        ("srcBackupStorageUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="syncImageFromImageStoreBackupStorage",
    since=None,
    result=".models.sync_image_from_image_store_backup_storage_result:SyncImageFromImageStoreBackupStorageResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

SYNC_IMAGE_SIZE: Api[SyncImageSizeResult] = Api(
    "SyncImageSize",
    "PUT",
    "/images/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="syncImageSize",
    since="0.6",
    result=".models.sync_image_size_result:SyncImageSizeResult",
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
    body_key="syncVmClock",
    since="4.4.24",
    result=".models.sync_vm_clock_result:SyncVmClockResult",
)

SYNC_VOLUME_SIZE: Api[SyncVolumeSizeResult] = Api(
    "SyncVolumeSize",
    "PUT",
    "/volumes/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="syncVolumeSize",
    since="0.6",
    result=".models.sync_volume_size_result:SyncVolumeSizeResult",
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
    body_key="takeVmConsoleScreenshot",
    since=None,
    result=".models.take_vm_console_screenshot_result:TakeVmConsoleScreenshotResult",
)

UNDO_SNAPSHOT_CREATION: Api[UndoSnapshotCreationResult] = Api(
    "UndoSnapshotCreation",
    "PUT",
    "/volumes/{uuid}/actions",
    params=(
        ("uuid", "path", "4.8.0"),
        ("snapShotUuid", "body", "4.8.0"),
        ("systemTags", "root", "4.8.0"),
        ("userTags", "root", "4.8.0"),
    ),
    body_key="undoSnapshotCreation",
    since="4.8.0",
    result=".models.undo_snapshot_creation_result:UndoSnapshotCreationResult",
)

UNGROUP_VOLUME_SNAPSHOT_GROUP: Api[UngroupVolumeSnapshotGroupResult] = Api(
    "UngroupVolumeSnapshotGroup",
    "DELETE",
    "/volume-snapshots/ungroup/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.ungroup_volume_snapshot_group_result:UngroupVolumeSnapshotGroupResult",
)

UPDATE_AFFINITY_GROUP: Api[UpdateAffinityGroupResult] = Api(
    "UpdateAffinityGroup",
    "PUT",
    "/affinity-groups/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="updateAffinityGroup",
    since="2.3",
    result=".models.update_affinity_group_result:UpdateAffinityGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_AUTO_SCALING_GROUP: Api[UpdateAutoScalingGroupResult] = Api(
    "UpdateAutoScalingGroup",
    "PUT",
    "/autoscaling/groups/{uuid}/actions",
    params=(
        ("uuid", "path", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("maxResourceSize", "body", "3.1.0"),
        ("minResourceSize", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("removalPolicy", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="updateAutoScalingGroup",
    since="3.1.0",
    result=".models.update_auto_scaling_group_result:UpdateAutoScalingGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("maxResourceSize", "max_resource_size", "minimum", 0),
        ("maxResourceSize", "max_resource_size", "maximum", 2147483647),
        ("minResourceSize", "min_resource_size", "minimum", 0),
        ("minResourceSize", "min_resource_size", "maximum", 2147483647),
        ("name", "name", "maxLength", 255),
        (
            "removalPolicy",
            "removal_policy",
            "enum",
            (
                "OldestInstance",
                "NewestInstance",
                "OldestScalingConfiguration",
                "MinimumCPUUsageInstance",
                "MinimumMemoryUsageInstance",
            ),
        ),
    ),
)

UPDATE_AUTO_SCALING_GROUP_ADDING_NEW_INSTANCE_RULE: Api[
    UpdateAutoScalingGroupAddingNewInstanceRuleResult
] = Api(
    "UpdateAutoScalingGroupAddingNewInstanceRule",
    "PUT",
    "/autoscaling/rules/adding-new-instance/{uuid}/actions",
    params=(
        ("uuid", "path", "3.1.0"),
        ("adjustmentType", "body", "3.1.0"),
        ("adjustmentValue", "body", "3.1.0"),
        ("cooldown", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="updateAutoScalingGroupAddingNewInstanceRule",
    since="3.1.0",
    result=".models.update_auto_scaling_group_adding_new_instance_rule_result:UpdateAutoScalingGroupAddingNewInstanceRuleResult",
    checks=(
        (
            "adjustmentType",
            "adjustment_type",
            "enum",
            ("QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"),
        ),
        ("adjustmentValue", "adjustment_value", "minimum", 1),
        ("adjustmentValue", "adjustment_value", "maximum", 9223372036854775807),
        ("cooldown", "cooldown", "minimum", 1),
        ("cooldown", "cooldown", "maximum", 900),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_AUTO_SCALING_GROUP_INSTANCE: Api[UpdateAutoScalingGroupInstanceResult] = Api(
    "UpdateAutoScalingGroupInstance",
    "PUT",
    "/autoscaling/groups/instances/{instanceUuid}/actions",
    params=(
        ("instanceUuid", "path", "3.9.0"),
        ("groupUuid", "body", "3.9.0"),
        ("protectionStrategy", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    body_key="updateAutoScalingGroupInstance",
    since="3.9.0",
    result=".models.update_auto_scaling_group_instance_result:UpdateAutoScalingGroupInstanceResult",
    checks=(
        ("protectionStrategy", "protection_strategy", "maxLength", 128),
        ("protectionStrategy", "protection_strategy", "enum", ("Protected", "Unprotected")),
    ),
)

UPDATE_AUTO_SCALING_GROUP_REMOVAL_INSTANCE_RULE: Api[
    UpdateAutoScalingGroupRemovalInstanceRuleResult
] = Api(
    "UpdateAutoScalingGroupRemovalInstanceRule",
    "PUT",
    "/autoscaling/rules/removal-instance/{uuid}/actions",
    params=(
        ("uuid", "path", "3.1.0"),
        ("adjustmentType", "body", "3.1.0"),
        ("adjustmentValue", "body", "3.1.0"),
        ("cooldown", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("removalPolicy", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="updateAutoScalingGroupRemovalInstanceRule",
    since="3.1.0",
    result=".models.update_auto_scaling_group_removal_instance_rule_result:UpdateAutoScalingGroupRemovalInstanceRuleResult",
    checks=(
        (
            "adjustmentType",
            "adjustment_type",
            "enum",
            ("QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"),
        ),
        ("adjustmentValue", "adjustment_value", "minimum", 1),
        ("adjustmentValue", "adjustment_value", "maximum", 9223372036854775807),
        ("cooldown", "cooldown", "minimum", 1),
        ("cooldown", "cooldown", "maximum", 900),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        (
            "removalPolicy",
            "removal_policy",
            "enum",
            (
                "OldestInstance",
                "NewestInstance",
                "OldestScalingConfiguration",
                "MinimumCPUUsageInstance",
                "MinimumMemoryUsageInstance",
            ),
        ),
    ),
)

UPDATE_AUTO_SCALING_RULE: Api[UpdateAutoScalingRuleResult] = Api(
    "UpdateAutoScalingRule",
    "PUT",
    "/autoscaling/rules/{uuid}/actions",
    params=(
        ("uuid", "path", "3.1.0"),
        ("cooldown", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="updateAutoScalingRule",
    since="3.1.0",
    result=".models.update_auto_scaling_rule_result:UpdateAutoScalingRuleResult",
    checks=(
        ("cooldown", "cooldown", "minimum", 1),
        ("cooldown", "cooldown", "maximum", 900),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_AUTO_SCALING_VM_TEMPLATE: Api[UpdateAutoScalingVmTemplateResult] = Api(
    "UpdateAutoScalingVmTemplate",
    "PUT",
    "/autoscaling/vmtemplate/{uuid}/actions",
    params=(
        ("uuid", "path", "3.9.0"),
        ("description", "body", "3.9.0"),
        ("hostUuid", "body", None),
        ("imageUuid", "body", "3.9.0"),
        ("name", "body", "3.9.0"),
        ("vmInstanceClusterUuid", "body", None),
        ("vmInstanceDescription", "body", "3.9.0"),
        ("vmInstanceName", "body", "3.9.0"),
        ("vmInstanceOfferingUuid", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    body_key="updateAutoScalingVmTemplate",
    since="3.9.0",
    result=".models.update_auto_scaling_vm_template_result:UpdateAutoScalingVmTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("vmInstanceDescription", "vm_instance_description", "maxLength", 2048),
        ("vmInstanceName", "vm_instance_name", "maxLength", 255),
    ),
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
    body_key="updateDirectory",
    since="4.6.0",
    result=".models.update_directory_result:UpdateDirectoryResult",
    checks=(("name", "name", "maxLength", 255),),
)

UPDATE_DISK_OFFERING: Api[UpdateDiskOfferingResult] = Api(
    "UpdateDiskOffering",
    "PUT",
    "/disk-offerings/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateDiskOffering",
    since="0.6",
    result=".models.update_disk_offering_result:UpdateDiskOfferingResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
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
    body_key="updateGuestToolsState",
    since="4.6.21",
    result=".models.update_guest_tools_state_result:UpdateGuestToolsStateResult",
)

UPDATE_HOST_SCHEDULING_RULE_GROUP: Api[UpdateHostSchedulingRuleGroupResult] = Api(
    "UpdateHostSchedulingRuleGroup",
    "PUT",
    "/hostSchedulingRuleGroup/{uuid}",
    params=(
        ("uuid", "path", "4.6.0"),
        ("description", "body", "4.6.0"),
        ("name", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    body_key="updateHostSchedulingRuleGroup",
    since="4.6.0",
    result=".models.update_host_scheduling_rule_group_result:UpdateHostSchedulingRuleGroupResult",
)

UPDATE_IMAGE: Api[UpdateImageResult] = Api(
    "UpdateImage",
    "PUT",
    "/images/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("architecture", "body", "4.0.0"),
        ("description", "body", "0.6"),
        ("format", "body", "0.6"),
        ("guestOsType", "body", "0.6"),
        ("mediaType", "body", "0.6"),
        ("name", "body", "0.6"),
        ("platform", "body", "0.6"),
        ("system", "body", "0.6"),
        ("virtio", "body", "5.0.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateImage",
    since="0.6",
    result=".models.update_image_result:UpdateImageResult",
    checks=(
        ("architecture", "architecture", "maxLength", 32),
        ("architecture", "architecture", "enum", ("x86_64", "aarch64", "mips64el", "loongarch64")),
        ("description", "description", "maxLength", 2048),
        ("format", "format", "maxLength", 255),
        ("format", "format", "enum", ("raw", "qcow2", "iso")),
        ("guestOsType", "guest_os_type", "maxLength", 255),
        ("mediaType", "media_type", "maxLength", 255),
        ("mediaType", "media_type", "enum", ("RootVolumeTemplate", "DataVolumeTemplate", "ISO")),
        ("name", "name", "maxLength", 255),
        (
            "platform",
            "platform",
            "enum",
            ("Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"),
        ),
    ),
)

UPDATE_IMAGE_PACKAGE: Api[UpdateImagePackageResult] = Api(
    "UpdateImagePackage",
    "PUT",
    "/image-packages/{uuid}",
    params=(
        ("uuid", "path", "4.4.6"),
        ("description", "body", "4.4.6"),
        ("name", "body", "4.4.6"),
        ("systemTags", "root", "4.4.6"),
        ("userTags", "root", "4.4.6"),
    ),
    body_key="updateImagePackage",
    since="4.4.6",
    result=".models.update_image_package_result:UpdateImagePackageResult",
)

UPDATE_INSTANCE_OFFERING: Api[UpdateInstanceOfferingResult] = Api(
    "UpdateInstanceOffering",
    "PUT",
    "/instance-offerings/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("allocatorStrategy", "body", "2.3.1"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateInstanceOffering",
    since="0.6",
    result=".models.update_instance_offering_result:UpdateInstanceOfferingResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SSH_KEY_PAIR: Api[UpdateSshKeyPairResult] = Api(
    "UpdateSshKeyPair",
    "PUT",
    "/ssh-key-pair/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.21"),
        ("description", "body", "4.7.21"),
        ("name", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    body_key="updateSshKeyPair",
    since="4.7.21",
    result=".models.update_ssh_key_pair_result:UpdateSshKeyPairResult",
    checks=(
        ("uuid", "uuid", "maxLength", 32),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("name", "name", "pattern", "^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$"),
    ),
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
    body_key="updateVmPriority",
    since="3.7.0",
    result=".models.update_vm_priority_result:UpdateVmPriorityResult",
)

UPDATE_VM_SCHEDULING_RULE: Api[UpdateVmSchedulingRuleResult] = Api(
    "UpdateVmSchedulingRule",
    "PUT",
    "/vmSchedulingRule/{uuid}/update",
    params=(
        ("uuid", "path", "4.6.0"),
        ("description", "body", "4.6.0"),
        ("mode", "body", "4.6.0"),
        ("name", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    body_key="updateVmSchedulingRule",
    since="4.6.0",
    result=".models.update_vm_scheduling_rule_result:UpdateVmSchedulingRuleResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_VM_SCHEDULING_RULE_GROUP: Api[UpdateVmSchedulingRuleGroupResult] = Api(
    "UpdateVmSchedulingRuleGroup",
    "PUT",
    "/vmSchedulingRuleGroup/{uuid}/update",
    params=(
        ("uuid", "path", "4.6.0"),
        ("description", "body", "4.6.0"),
        ("name", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    body_key="updateVmSchedulingRuleGroup",
    since="4.6.0",
    result=".models.update_vm_scheduling_rule_group_result:UpdateVmSchedulingRuleGroupResult",
)

UPDATE_VOLUME: Api[UpdateVolumeResult] = Api(
    "UpdateVolume",
    "PUT",
    "/volumes/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateVolume",
    since="0.6",
    result=".models.update_volume_result:UpdateVolumeResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_VOLUME_SNAPSHOT: Api[UpdateVolumeSnapshotResult] = Api(
    "UpdateVolumeSnapshot",
    "PUT",
    "/volume-snapshots/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateVolumeSnapshot",
    since="0.6",
    result=".models.update_volume_snapshot_result:UpdateVolumeSnapshotResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_VOLUME_SNAPSHOT_GROUP: Api[UpdateVolumeSnapshotGroupResult] = Api(
    "UpdateVolumeSnapshotGroup",
    "PUT",
    "/volume-snapshots/group/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="updateVolumeSnapshotGroup",
    since="3.6.0",
    result=".models.update_volume_snapshot_group_result:UpdateVolumeSnapshotGroupResult",
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
    body_key="params",
    since="5.2.0",
    result=".models.upload_file_to_vm_result:UploadFileToVmResult",
    checks=(
        ("fileContent", "file_content", "minLength", 1),
        ("fileContent", "file_content", "maxLength", 262144),
    ),
)

VALIDATE_VM_SCHEDULING_RULE: Api[ValidateVmSchedulingRuleResult] = Api(
    "ValidateVmSchedulingRule",
    "PUT",
    "/validate/vmSchedulingRule",
    params=(
        ("hostGroupUuid", "body", "4.6.0"),
        ("mode", "body", "4.6.0"),
        ("rule", "body", "4.6.0"),
        ("vmGroupUuid", "body", "4.6.0"),
        ("zoneUuid", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    body_key="validateVmSchedulingRule",
    since="4.6.0",
    result=".models.validate_vm_scheduling_rule_result:ValidateVmSchedulingRuleResult",
    checks=(
        ("mode", "mode", "enum", ("SOFT", "HARD")),
        ("rule", "rule", "enum", ("AFFINITY", "ANTIAFFINITY")),
    ),
)

VALIDATE_VOLUME_SNAPSHOT_CHAIN: Api[ValidateVolumeSnapshotChainResult] = Api(
    "ValidateVolumeSnapshotChain",
    "PUT",
    "/volumes/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="validateVolumeSnapshotChain",
    since=None,
    result=".models.validate_volume_snapshot_chain_result:ValidateVolumeSnapshotChainResult",
)


class CloudResourcePoolApi(SyncAPIClient):
    def add_host_to_host_scheduling_rule_group(
        self,
        *,
        host_group_uuid: str,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddHostToHostSchedulingRuleGroupResult:
        """添加物理机到物理机调度组 (AddHostToHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            host_uuid: 物理机UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_HOST_TO_HOST_SCHEDULING_RULE_GROUP,
            {
                "hostGroupUuid": host_group_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_image(
        self,
        *,
        backup_storage_uuids: Sequence[Any],
        name: str,
        url: str,
        architecture: Literal["x86_64", "aarch64", "mips64el", "loongarch64"] | None = None,
        description: str | None = None,
        format: str | None = None,
        guest_os_type: str | None = None,
        media_type: Literal["RootVolumeTemplate", "ISO", "DataVolumeTemplate"] | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        virtio: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddImageResult:
        """添加镜像 (AddImage).

        向镜像服务器添加镜像。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            architecture: architecture (since 4.0.0; maxLength 32; enum {'x86_64', 'aarch64', 'mips64el', 'loongarch64'})
            backup_storage_uuids: 指定添加镜像的镜像服务器UUID列表 (since 0.6; minItems 1)
            description: 镜像的详细描述 (since 0.6; maxLength 2048)
            format: 镜像的格式，比如：raw (since 4.0.0)
            guest_os_type: 镜像对应客户机操作系统的类型 (since 0.6; maxLength 255)
            media_type: 镜像的类型 (since 0.6; enum {'RootVolumeTemplate', 'ISO', 'DataVolumeTemplate'})
            name: 镜像名称 (since 0.6; maxLength 255)
            platform: 镜像的系统平台 (since 0.6; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            resource_uuid: 资源UUID。若指定，镜像会使用该字段值作为UUID。 (since 0.6)
            system: 是否系统镜像 (since 0.6)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            type: 内部使用字段 (since 0.6)
            url: 被添加镜像的URL地址 (since 0.6; maxLength 1024)
            virtio: virtio
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IMAGE,
            {
                "architecture": architecture,
                "backupStorageUuids": backup_storage_uuids,
                "description": description,
                "format": format,
                "guestOsType": guest_os_type,
                "mediaType": media_type,
                "name": name,
                "platform": platform,
                "resourceUuid": resource_uuid,
                "system": system,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "virtio": virtio,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_resources_to_directory(
        self,
        *,
        directory_uuid: str,
        resource_uuids: Sequence[Any],
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

    def add_vm_to_affinity_group(
        self,
        *,
        affinity_group_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmToAffinityGroupResult:
        """添加云主机到亲和组 (AddVmToAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            affinity_group_uuid: 亲和组UUID (since 2.3)
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_VM_TO_AFFINITY_GROUP,
            {
                "affinityGroupUuid": affinity_group_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_vm_to_vm_scheduling_rule_group(
        self,
        *,
        vm_group_uuid: str,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmToVmSchedulingRuleGroupResult:
        """添加云主机到云主机调度组 (AddVmToVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            vm_uuid: VM UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_VM_TO_VM_SCHEDULING_RULE_GROUP,
            {
                "vmGroupUuid": vm_group_uuid,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_auto_scaling_template_to_group(
        self,
        *,
        uuid: str,
        group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachAutoScalingTemplateToGroupResult:
        """将云主机模块添加到弹性伸缩组 (AttachAutoScalingTemplateToGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 模板UUID (since 3.1.0)
            group_uuid: 伸缩组UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_AUTO_SCALING_TEMPLATE_TO_GROUP,
            {
                "uuid": uuid,
                "groupUuid": group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_data_volume_to_host(
        self,
        *,
        volume_uuid: str,
        host_uuid: str,
        mount_path: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachDataVolumeToHostResult:
        """加载数据云盘到物理机 (AttachDataVolumeToHost).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 4.5.0)
            host_uuid: 物理机UUID (since 4.5.0)
            mount_path: 物理机上的挂载路径 (since 4.5.0; maxLength 512)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_DATA_VOLUME_TO_HOST,
            {
                "volumeUuid": volume_uuid,
                "hostUuid": host_uuid,
                "mountPath": mount_path,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_data_volume_to_vm(
        self,
        *,
        volume_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachDataVolumeToVmResult:
        """挂载云盘到云主机上 (AttachDataVolumeToVm).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 0.6)
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_DATA_VOLUME_TO_VM,
            {
                "volumeUuid": volume_uuid,
                "vmInstanceUuid": vm_instance_uuid,
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

    def attach_ssh_key_pair_to_vm_instance(
        self,
        *,
        ssh_key_pair_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachSshKeyPairToVmInstanceResult:
        """云主机挂载密钥对 (AttachSshKeyPairToVmInstance).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ssh_key_pair_uuid: sshKeyPairUuid (since 4.7.21)
            vm_instance_uuid: 云主机UUID (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_SSH_KEY_PAIR_TO_VM_INSTANCE,
            {
                "sshKeyPairUuid": ssh_key_pair_uuid,
                "vmInstanceUuid": vm_instance_uuid,
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

    def batch_delete_volume_snapshot(
        self,
        *,
        uuids: Sequence[Any],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BatchDeleteVolumeSnapshotResult:
        """Batch delete volume snapshot (BatchDeleteVolumeSnapshot).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/BatchDeleteVolumeSnapshotAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            delete_mode: deleteMode
            uuids: uuids (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            BATCH_DELETE_VOLUME_SNAPSHOT,
            {
                "deleteMode": delete_mode,
                "uuids": uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def batch_sync_volume_size(
        self,
        *,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BatchSyncVolumeSizeResult:
        """批量刷新云盘容量 (BatchSyncVolumeSize).

        Since ZStack 4.5.3. Synchronous (a 202 is still followed).

        Args:
            cluster_uuid: 集群UUID (since 4.5.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            BATCH_SYNC_VOLUME_SIZE,
            {
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def calculate_image_hash(
        self,
        *,
        uuid: str,
        backup_storage_uuid: str,
        algorithm: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CalculateImageHashResult:
        """计算镜像的MD5值 (CalculateImageHash).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            algorithm: algorithm (since 5.0.0)
            backup_storage_uuid: 镜像存储UUID (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CALCULATE_IMAGE_HASH,
            {
                "uuid": uuid,
                "algorithm": algorithm,
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_affinity_group_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAffinityGroupStateResult:
        """改变亲和组的使用状态 (ChangeAffinityGroupState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: stateEvent (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_AFFINITY_GROUP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_auto_scaling_group_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAutoScalingGroupStateResult:
        """修改弹性伸缩组启用状态 (ChangeAutoScalingGroupState).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            state_event: 设置为开启或者关闭 (since 3.1.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_AUTO_SCALING_GROUP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_disk_offering_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeDiskOfferingStateResult:
        """更改云盘规格的启用状态 (ChangeDiskOfferingState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_DISK_OFFERING_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_image_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeImageStateResult:
        """修改镜像状态 (ChangeImageState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像的UUID，唯一标示该镜像 (since 0.6)
            state_event: 镜像的状态 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_IMAGE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_instance_offering(
        self,
        *,
        vm_instance_uuid: str,
        instance_offering_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeInstanceOfferingResult:
        """更改云主机规格 (ChangeInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            instance_offering_uuid: 计算规格UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_INSTANCE_OFFERING,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_instance_offering_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeInstanceOfferingStateResult:
        """更改云主机规格的启用状态 (ChangeInstanceOfferingState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_INSTANCE_OFFERING_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def change_vm_scheduling_rule_state(
        self,
        *,
        uuid: str,
        state: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmSchedulingRuleStateResult:
        """变更云主机调度策略启用状态 (ChangeVmSchedulingRuleState).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            state: 改变为的状态 (since 4.6.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_VM_SCHEDULING_RULE_STATE,
            {
                "uuid": uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_volume_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVolumeStateResult:
        """开启或关闭云盘 (ChangeVolumeState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘资源Uuid (since 0.6)
            state_event: 开启或关闭 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_VOLUME_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def check_volume_snapshot_group_availability(
        self,
        *,
        uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckVolumeSnapshotGroupAvailabilityResult:
        """检查快照组可用性 (CheckVolumeSnapshotGroupAvailability).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuids: 快照组UUIDs (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_VOLUME_SNAPSHOT_GROUP_AVAILABILITY,
            {
                "uuids": uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def clone_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        names: Sequence[Any],
        cluster_uuid: str | None = None,
        data_volume_system_tags: Sequence[Any] | None = None,
        full: bool | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_data_volume: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        root_volume_system_tags: Sequence[Any] | None = None,
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

    def create_affinity_group(
        self,
        *,
        name: str,
        description: str | None = None,
        policy: Literal["antiSoft", "antiHard"] | None = None,
        resource_uuid: str | None = None,
        sub_type: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: Literal["host"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAffinityGroupResult:
        """创建亲和组 (CreateAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 255)
            name: 资源名称 (since 2.3; maxLength 255)
            policy: 亲和组策略 (since 2.3; enum {'antiSoft', 'antiHard'})
            resource_uuid: 资源UUID (since 2.3)
            sub_type: subType
            tag_uuids: tagUuids
            type: 亲和组类型 目前支持物理机亲和 未来将增加网络亲和、路由器亲和、数据中心或机架亲和等多种类型 (since 2.3; enum {'host'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_AFFINITY_GROUP,
            {
                "description": description,
                "name": name,
                "policy": policy,
                "resourceUuid": resource_uuid,
                "subType": sub_type,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_auto_scaling_group(
        self,
        *,
        default_cooldown: int,
        max_resource_size: int,
        min_resource_size: int,
        name: str,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ],
        scaling_resource_type: Literal["VmInstance"],
        default_enable: bool | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingGroupResult:
        """创建弹性伸缩组 (CreateAutoScalingGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            default_cooldown: 伸缩组规则默认冷却时间 (since 3.1.0; minimum 0; maximum 2147483647)
            default_enable: 创建完成后，是否默认启用 (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            max_resource_size: 伸缩组内云主机最多数量 (since 3.1.0; minimum 0; maximum 2147483647)
            min_resource_size: 伸缩组内云主机最少数量 (since 3.1.0; minimum 0; maximum 2147483647)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机规则 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            resource_uuid: resourceUuid (since 3.1.0)
            scaling_resource_type: 伸缩组伸缩资源类型，目前只支持云主机 (since 3.1.0; enum {'VmInstance'})
            tag_uuids: 标签UUID列表 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_AUTO_SCALING_GROUP,
            {
                "defaultCooldown": default_cooldown,
                "defaultEnable": default_enable,
                "description": description,
                "maxResourceSize": max_resource_size,
                "minResourceSize": min_resource_size,
                "name": name,
                "removalPolicy": removal_policy,
                "resourceUuid": resource_uuid,
                "scalingResourceType": scaling_resource_type,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_auto_scaling_group_adding_new_instance_rule(
        self,
        *,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ],
        adjustment_value: int,
        auto_scaling_group_uuid: str,
        name: str,
        cooldown: int | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingGroupAddingNewInstanceRuleResult:
        """创建伸缩组云主机扩容规则 (CreateAutoScalingGroupAddingNewInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            adjustment_type: 扩容方式：增加指定数量云主机，按百分比增加云主机，增加云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 增加大小 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            auto_scaling_group_uuid: 伸缩组UUID (since 3.1.0)
            cooldown: 伸缩规则触发后的冷却时间 (since 3.1.0; minimum 1; maximum 2147483647)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            resource_uuid: resourceUuid (since 3.1.0)
            tag_uuids: 标签UUID列表 (since 3.1.0)
            type: 伸缩规则类型 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_AUTO_SCALING_GROUP_ADDING_NEW_INSTANCE_RULE,
            {
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "autoScalingGroupUuid": auto_scaling_group_uuid,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_auto_scaling_group_removal_instance_rule(
        self,
        *,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ],
        adjustment_value: int,
        auto_scaling_group_uuid: str,
        name: str,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ],
        cooldown: int | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingGroupRemovalInstanceRuleResult:
        """创建伸缩组云主机缩容规则 (CreateAutoScalingGroupRemovalInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            adjustment_type: 缩容方式：减少指定数量云主机，按百分比减少云主机，减少云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 减少数值 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            auto_scaling_group_uuid: 伸缩组UUID (since 3.1.0)
            cooldown: 伸缩规则触发后的冷却时间 (since 3.1.0; minimum 1; maximum 2147483647)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机策略 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            resource_uuid: resourceUuid (since 3.1.0)
            tag_uuids: 标签UUID列表 (since 3.1.0)
            type: 伸缩规则类型 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_AUTO_SCALING_GROUP_REMOVAL_INSTANCE_RULE,
            {
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "autoScalingGroupUuid": auto_scaling_group_uuid,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "removalPolicy": removal_policy,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_auto_scaling_rule_alarm_trigger(
        self,
        *,
        alarm_uuid: str,
        rule_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        trigger_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingRuleAlarmTriggerResult:
        """创建伸缩规则报警触发器 (CreateAutoScalingRuleAlarmTrigger).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_uuid: 报警UUID (since 3.1.0)
            rule_uuid: 伸缩规则UUID (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 触发器名称 (since 3.1.0; maxLength 256)
            resource_uuid: resourceUuid (since 3.1.0)
            tag_uuids: 标签UUID列表 (since 3.1.0)
            trigger_type: 触发器类型 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_AUTO_SCALING_RULE_ALARM_TRIGGER,
            {
                "alarmUuid": alarm_uuid,
                "ruleUuid": rule_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "triggerType": trigger_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_auto_scaling_rule_scheduler_job_trigger(
        self,
        *,
        scheduler_job_uuid: str,
        rule_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        trigger_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingRuleSchedulerJobTriggerResult:
        """创建伸缩规则定时任务触发器 (CreateAutoScalingRuleSchedulerJobTrigger).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_uuid: 定时任务Uuid (since 4.1.0)
            rule_uuid: 伸缩规则UUID (since 4.1.0)
            description: 资源的详细描述 (since 4.1.0; maxLength 2048)
            name: 触发器名称 (since 4.1.0; maxLength 256)
            resource_uuid: 资源UUID (since 4.1.0)
            tag_uuids: 标签UUID列表 (since 4.1.0)
            trigger_type: 触发器类型 (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_AUTO_SCALING_RULE_SCHEDULER_JOB_TRIGGER,
            {
                "schedulerJobUuid": scheduler_job_uuid,
                "ruleUuid": rule_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "triggerType": trigger_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_auto_scaling_vm_template(
        self,
        *,
        default_l3_network_uuid: str,
        image_uuid: str,
        l3_network_uuids: Sequence[Any],
        name: str,
        vm_instance_name: str,
        vm_instance_offering_uuid: str,
        data_disk_offering_uuids: Sequence[Any] | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_disk_offering_uuid: str | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        vm_instance_cluster_uuid: str | None = None,
        vm_instance_description: str | None = None,
        vm_instance_type: Literal["UserVm", "ApplianceVm"] | None = None,
        vm_instance_zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingVmTemplateResult:
        """创建伸缩组云主机模块 (CreateAutoScalingVmTemplate).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_disk_offering_uuids: 数据盘规格列表 (since 3.1.0)
            default_l3_network_uuid: 云主机默认三层网络 (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            host_uuid: 物理机UUID (since 3.1.0)
            image_uuid: 云主机镜像UUID (since 3.1.0)
            l3_network_uuids: 云主机三层网络列表 (since 3.1.0; minItems 1)
            name: 资源名称 (since 3.1.0; maxLength 255)
            primary_storage_uuid_for_root_volume: 根云盘主存储UUID (since 3.1.0)
            resource_uuid: resourceUuid (since 3.1.0)
            root_disk_offering_uuid: 云主机根云盘规格 (since 3.1.0)
            strategy: strategy (enum {'InstantStart', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 3.1.0)
            type: 模板类型 (since 3.1.0)
            vm_instance_cluster_uuid: 云主机所属集群 (since 3.1.0)
            vm_instance_description: 云主机描述 (since 3.1.0; maxLength 2048)
            vm_instance_name: 云主机名称 (since 3.1.0; maxLength 255)
            vm_instance_offering_uuid: 云主机实例规则 (since 3.1.0)
            vm_instance_type: vmInstanceType (enum {'UserVm', 'ApplianceVm'})
            vm_instance_zone_uuid: 云主机所属地区 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_AUTO_SCALING_VM_TEMPLATE,
            {
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "imageUuid": image_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootDiskOfferingUuid": root_disk_offering_uuid,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "vmInstanceClusterUuid": vm_instance_cluster_uuid,
                "vmInstanceDescription": vm_instance_description,
                "vmInstanceName": vm_instance_name,
                "vmInstanceOfferingUuid": vm_instance_offering_uuid,
                "vmInstanceType": vm_instance_type,
                "vmInstanceZoneUuid": vm_instance_zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_data_volume(
        self,
        *,
        name: str,
        description: str | None = None,
        disk_offering_uuid: str | None = None,
        disk_size: int | None = None,
        primary_storage_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDataVolumeResult:
        """创建云盘 (CreateDataVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 云盘的描述 (since 0.6; maxLength 2048)
            disk_offering_uuid: 云盘规格UUID (since 0.6)
            disk_size: diskSize
            name: 云盘名称 (since 0.6; maxLength 255)
            primary_storage_uuid: 主存储UUID (since 0.6)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_DATA_VOLUME,
            {
                "description": description,
                "diskOfferingUuid": disk_offering_uuid,
                "diskSize": disk_size,
                "name": name,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_data_volume_from_volume_backup(
        self,
        *,
        backup_uuid: str,
        name: str,
        backup_storage_uuid: str | None = None,
        description: str | None = None,
        primary_storage_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        vm_instance_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDataVolumeFromVolumeBackupResult:
        """Create data volume from volume backup (CreateDataVolumeFromVolumeBackup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/heder/storage/volume/backup/CreateDataVolumeFromVolumeBackupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            backup_uuid: backupUuid
            backup_storage_uuid: backupStorageUuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            primary_storage_uuid: primaryStorageUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            vm_instance_uuid: vmInstanceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_DATA_VOLUME_FROM_VOLUME_BACKUP,
            {
                "backupUuid": backup_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "description": description,
                "name": name,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_data_volume_from_volume_snapshot(
        self,
        *,
        volume_snapshot_uuid: str,
        name: str,
        description: str | None = None,
        primary_storage_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDataVolumeFromVolumeSnapshotResult:
        """从快照创建云盘 (CreateDataVolumeFromVolumeSnapshot).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_snapshot_uuid: 云盘快照UUID (since 0.6)
            description: 云盘的详细描述 (since 0.6; maxLength 2048)
            name: 云盘名称 (since 0.6; maxLength 255)
            primary_storage_uuid: 主存储UUID (since 0.6)
            resource_uuid: 资源的Uuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_DATA_VOLUME_FROM_VOLUME_SNAPSHOT,
            {
                "volumeSnapshotUuid": volume_snapshot_uuid,
                "description": description,
                "name": name,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_data_volume_from_volume_template(
        self,
        *,
        image_uuid: str,
        name: str,
        primary_storage_uuid: str,
        description: str | None = None,
        host_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDataVolumeFromVolumeTemplateResult:
        """从镜像创建云盘 (CreateDataVolumeFromVolumeTemplate).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_uuid: 镜像UUID (since 0.6)
            description: 云盘的详细描述 (since 0.6; maxLength 2048)
            host_uuid: 物理机UUID (since 0.6)
            name: 云盘名称 (since 0.6; maxLength 255)
            primary_storage_uuid: 主存储UUID (since 0.6)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_DATA_VOLUME_FROM_VOLUME_TEMPLATE,
            {
                "imageUuid": image_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_data_volume_template_from_volume(
        self,
        *,
        volume_uuid: str,
        name: str,
        backup_storage_uuids: Sequence[Any] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDataVolumeTemplateFromVolumeResult:
        """从云盘创建数据云盘镜像 (CreateDataVolumeTemplateFromVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 起始云盘UUID (since 0.6)
            backup_storage_uuids: 镜像服务器UUID列表 (since 0.6; minItems 1)
            description: 数据云盘镜像的详细描述 (since 0.6; maxLength 2048)
            name: 数据云盘镜像名称 (since 0.6; maxLength 255)
            resource_uuid: 数据云盘镜像UUID。若指定，数据云盘镜像会使用该字段值作为UUID。 (since 0.6)
            tag_uuids: 标签UUID (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_DATA_VOLUME_TEMPLATE_FROM_VOLUME,
            {
                "volumeUuid": volume_uuid,
                "backupStorageUuids": backup_storage_uuids,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_data_volume_template_from_volume_snapshot(
        self,
        *,
        snapshot_uuid: str,
        backup_storage_uuids: Sequence[Any],
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDataVolumeTemplateFromVolumeSnapshotResult:
        """从云盘快照创建数据云盘镜像 (CreateDataVolumeTemplateFromVolumeSnapshot).

        从指定的云盘快照创建出一个数据云盘镜像。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            snapshot_uuid: 快照UUID (since 0.6)
            backup_storage_uuids: 镜像服务器UUID列表 (since 0.6; minItems 1)
            description: 数据云盘镜像的详细描述 (since 0.6; maxLength 2048)
            name: 数据云盘镜像名称 (since 0.6; maxLength 255)
            resource_uuid: 数据云盘镜像UUID。若指定，数据云盘镜像会使用该字段值作为UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_DATA_VOLUME_TEMPLATE_FROM_VOLUME_SNAPSHOT,
            {
                "snapshotUuid": snapshot_uuid,
                "backupStorageUuids": backup_storage_uuids,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def create_disk_offering(
        self,
        *,
        disk_size: int,
        name: str,
        allocation_strategy: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDiskOfferingResult:
        """创建云盘规格 (CreateDiskOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocation_strategy: 分配策略 (since 4.6.21)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            disk_size: 云盘大小 (since 0.6; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: 排序key (since 0.6)
            tag_uuids: tagUuids
            type: 类型 (since 0.6; enum {'zstack'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_DISK_OFFERING,
            {
                "allocationStrategy": allocation_strategy,
                "description": description,
                "diskSize": disk_size,
                "name": name,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_fault_tolerance_vm_instance(
        self,
        *,
        image_uuid: str,
        l3_network_uuids: Sequence[Any],
        name: str,
        cluster_uuid: str | None = None,
        cpu_num: int | None = None,
        data_disk_offering_uuids: Sequence[Any] | None = None,
        data_volume_system_tags: Sequence[Any] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        memory_size: int | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[Any] | None = None,
        strategy: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
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

    def create_host_scheduling_rule_group(
        self,
        *,
        cluster_uuid: str,
        name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHostSchedulingRuleGroupResult:
        """创建物理机调度组 (CreateHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            resource_uuid: 资源UUID (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_HOST_SCHEDULING_RULE_GROUP,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_instance_offering(
        self,
        *,
        cpu_num: int,
        memory_size: int,
        name: str,
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
    ) -> CreateInstanceOfferingResult:
        """创建云主机规格 (CreateInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocator_strategy: 分配策略 (since 0.6)
            cpu_num: CPU数目 (since 0.6; minimum 1; maximum 1024)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            memory_size: 内存大小, 单位Byte (since 0.6; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 0.6; maxLength 255)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: 排序键 (since 0.6)
            tag_uuids: tagUuids
            type: 类型 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_INSTANCE_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "memorySize": memory_size,
                "name": name,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
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

    def create_root_volume_template_from_root_volume(
        self,
        *,
        root_volume_uuid: str,
        name: str,
        architecture: str | None = None,
        backup_storage_uuids: Sequence[Any] | None = None,
        description: str | None = None,
        guest_os_type: str | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[Any] | None = None,
        virtio: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateRootVolumeTemplateFromRootVolumeResult:
        """从根云盘创建根云盘镜像 (CreateRootVolumeTemplateFromRootVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            root_volume_uuid: 根云盘UUID (since 0.6)
            architecture: architecture (since 4.0.0)
            backup_storage_uuids: 镜像服务器UUID列表 (since 0.6; minItems 1)
            description: 根云盘镜像的详细描述 (since 0.6; maxLength 2048)
            guest_os_type: 根云盘镜像对应客户机操作系统类型 (since 0.6)
            name: 根云盘镜像名称 (since 0.6; maxLength 255)
            platform: 根云盘镜像对应的系统平台 (since 0.6; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            resource_uuid: 根云盘镜像UUID。若指定，根云盘镜像会使用该字段值作为UUID。 (since 0.6)
            system: 是否系统根云盘镜像 (since 0.6)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            virtio: virtio (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ROOT_VOLUME_TEMPLATE_FROM_ROOT_VOLUME,
            {
                "rootVolumeUuid": root_volume_uuid,
                "architecture": architecture,
                "backupStorageUuids": backup_storage_uuids,
                "description": description,
                "guestOsType": guest_os_type,
                "name": name,
                "platform": platform,
                "resourceUuid": resource_uuid,
                "system": system,
                "tagUuids": tag_uuids,
                "virtio": virtio,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_root_volume_template_from_volume_snapshot(
        self,
        *,
        snapshot_uuid: str,
        backup_storage_uuids: Sequence[Any],
        name: str,
        architecture: str | None = None,
        description: str | None = None,
        guest_os_type: str | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[Any] | None = None,
        virtio: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateRootVolumeTemplateFromVolumeSnapshotResult:
        """从云盘快照创建根云盘镜像 (CreateRootVolumeTemplateFromVolumeSnapshot).

        从云盘快照创建根云盘镜像。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            snapshot_uuid: 快照UUID (since 0.6)
            architecture: architecture (since 4.0.0)
            backup_storage_uuids: 镜像服务器UUID列表 (since 0.6; minItems 1)
            description: 根云盘镜像的详细描述 (since 0.6; maxLength 2048)
            guest_os_type: 根云盘客户机操作系统类型 (since 0.6)
            name: 根云盘镜像名称 (since 0.6; maxLength 255)
            platform: 根云盘镜像对应的系统平台 (since 0.6; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            resource_uuid: 根云盘镜像UUID。若指定，根云盘镜像会使用该字段值作为UUID。 (since 0.6)
            system: 是否系统根云盘镜像 (since 0.6)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            virtio: virtio (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ROOT_VOLUME_TEMPLATE_FROM_VOLUME_SNAPSHOT,
            {
                "snapshotUuid": snapshot_uuid,
                "architecture": architecture,
                "backupStorageUuids": backup_storage_uuids,
                "description": description,
                "guestOsType": guest_os_type,
                "name": name,
                "platform": platform,
                "resourceUuid": resource_uuid,
                "system": system,
                "tagUuids": tag_uuids,
                "virtio": virtio,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ssh_key_pair(
        self,
        *,
        name: str,
        public_key: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSshKeyPairResult:
        """上传SSH密钥 (CreateSshKeyPair).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.7.21; maxLength 2048)
            name: 资源名称 (since 4.7.21; maxLength 255; pattern ^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$)
            public_key: publicKey (since 4.7.21; maxLength 4096)
            resource_uuid: 资源UUID (since 4.7.21)
            tag_uuids: 标签UUID列表 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SSH_KEY_PAIR,
            {
                "description": description,
                "name": name,
                "publicKey": public_key,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
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
        tag_uuids: Sequence[Any] | None = None,
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
        data_disk_offering_uuids: Sequence[Any] | None = None,
        data_disk_sizes: Sequence[Any] | None = None,
        data_volume_system_tags: Sequence[Any] | None = None,
        data_volume_system_tags_on_index: Mapping[str, Any] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        disk_aos: Sequence[Any] | None = None,
        guest_os_type: str | None = None,
        host_uuid: str | None = None,
        image_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        l3_network_uuids: Sequence[Any] | None = None,
        memory_size: int | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_disk_offering_uuid: str | None = None,
        root_disk_size: int | None = None,
        root_volume_system_tags: Sequence[Any] | None = None,
        ssh_key_pair_uuids: Sequence[Any] | None = None,
        strategy: Literal["InstantStart", "JustCreate", "CreateStopped"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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
        l3_network_uuids: Sequence[Any] | None = None,
        memory_size: int | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        primary_storage_uuid: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        l3_network_uuids: Sequence[Any] | None = None,
        memory_size: int | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        primary_storage_uuid: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[Any] | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        l3_network_uuids: Sequence[Any] | None = None,
        memory_size: int | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[Any] | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def create_vm_scheduling_rule(
        self,
        *,
        mode: Literal["SOFT", "HARD"],
        name: str,
        rule: Literal["AFFINITY", "ANTIAFFINITY"],
        vm_group_uuid: str,
        description: str | None = None,
        host_group_uuid: str | None = None,
        policy: Literal["antiSoft", "antiHard"] | None = None,
        resource_uuid: str | None = None,
        sub_type: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: Literal["host"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmSchedulingRuleResult:
        """创建云主机调度策略 (CreateVmSchedulingRule).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.6.0; maxLength 255)
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            mode: 执行力度 (since 4.6.0; enum {'SOFT', 'HARD'})
            name: 资源名称 (since 4.6.0; maxLength 255)
            policy: policy (since 4.6.0; enum {'antiSoft', 'antiHard'})
            resource_uuid: 资源UUID (since 4.6.0)
            rule: 规则 (since 4.6.0; enum {'AFFINITY', 'ANTIAFFINITY'})
            sub_type: subType (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            type: type (since 4.6.0; enum {'host'})
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_SCHEDULING_RULE,
            {
                "description": description,
                "hostGroupUuid": host_group_uuid,
                "mode": mode,
                "name": name,
                "policy": policy,
                "resourceUuid": resource_uuid,
                "rule": rule,
                "subType": sub_type,
                "tagUuids": tag_uuids,
                "type": type,
                "vmGroupUuid": vm_group_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vm_scheduling_rule_group(
        self,
        *,
        name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmSchedulingRuleGroupResult:
        """创建云主机调度组 (CreateVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            resource_uuid: 资源UUID (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_SCHEDULING_RULE_GROUP,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_volume_snapshot(
        self,
        *,
        volume_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVolumeSnapshotResult:
        """从云盘创建快照 (CreateVolumeSnapshot).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 0.6)
            description: 快照的详细描述 (since 0.6; maxLength 2048)
            name: 快照名称 (since 0.6; maxLength 255)
            resource_uuid: 资源的Uuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VOLUME_SNAPSHOT,
            {
                "volumeUuid": volume_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_volume_snapshot_group(
        self,
        *,
        name: str,
        root_volume_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        with_memory: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVolumeSnapshotGroupResult:
        """创建快照组 (CreateVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0; maxLength 2048)
            name: 资源名称 (since 3.6.0; maxLength 255)
            resource_uuid: resourceUuid (since 3.6.0)
            root_volume_uuid: 根云盘UUID (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            with_memory: withMemory
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VOLUME_SNAPSHOT_GROUP,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "rootVolumeUuid": root_volume_uuid,
                "tagUuids": tag_uuids,
                "withMemory": with_memory,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_volumes_snapshot(
        self,
        *,
        volume_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVolumesSnapshotResult:
        """Create volumes snapshot (CreateVolumesSnapshot).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVolumesSnapshotAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            volume_uuids: volumeUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VOLUMES_SNAPSHOT,
            {
                "volumeUuids": volume_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_affinity_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAffinityGroupResult:
        """删除亲和组 (DeleteAffinityGroup).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            delete_mode: 删除模式 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_AFFINITY_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_auto_scaling_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingGroupResult:
        """删除弹性伸缩组 (DeleteAutoScalingGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_AUTO_SCALING_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    def delete_auto_scaling_group_instance(
        self,
        *,
        instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingGroupInstanceResult:
        """手动删除弹性伸缩组内云主机 (DeleteAutoScalingGroupInstance).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            instance_uuid: 云主机UUID (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_AUTO_SCALING_GROUP_INSTANCE,
            {
                "instanceUuid": instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    def delete_auto_scaling_rule(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingRuleResult:
        """删除伸缩规则 (DeleteAutoScalingRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 伸缩规则UUID (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_AUTO_SCALING_RULE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    def delete_auto_scaling_rule_trigger(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingRuleTriggerResult:
        """删除伸缩规则触发器 (DeleteAutoScalingRuleTrigger).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_AUTO_SCALING_RULE_TRIGGER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    def delete_auto_scaling_template(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingTemplateResult:
        """删除伸缩组模板 (DeleteAutoScalingTemplate).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_AUTO_SCALING_TEMPLATE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    def delete_data_volume(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteDataVolumeResult:
        """删除云盘 (DeleteDataVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的资源Uuid (since 0.6)
            delete_mode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_DATA_VOLUME,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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

    def delete_disk_offering(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteDiskOfferingResult:
        """删除云盘规格 (DeleteDiskOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_DISK_OFFERING,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_host_scheduling_rule_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHostSchedulingRuleGroupResult:
        """删除物理机调度组 (DeleteHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HOST_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_image(
        self,
        *,
        uuid: str,
        backup_storage_uuids: Sequence[str] | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteImageResult:
        """删除镜像 (DeleteImage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像的UUID，唯一标示该子资源 (since 0.6)
            backup_storage_uuids: 镜像服务器UUID列表 (since 0.6; minItems 1)
            delete_mode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IMAGE,
            {
                "uuid": uuid,
                "backupStorageUuids": backup_storage_uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_image_package(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteImagePackageResult:
        """删除镜像包 (DeleteImagePackage).

        Since ZStack 4.4.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.4.6)
            delete_mode: 删除模式 (since 4.4.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IMAGE_PACKAGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_instance_offering(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteInstanceOfferingResult:
        """删除云主机规格 (DeleteInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_INSTANCE_OFFERING,
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

    def delete_ssh_key_pair(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSshKeyPairResult:
        """删除SSH密钥 (DeleteSshKeyPair).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SSH_KEY_PAIR,
            {
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

    def delete_vm_scheduling_rule_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmSchedulingRuleGroupResult:
        """删除云主机调度组 (DeleteVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VM_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
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

    def delete_volume_qos(
        self,
        *,
        uuid: str,
        mode: Literal["total", "read", "write", "all", "overwrite"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVolumeQosResult:
        """取消云盘限速 (DeleteVolumeQos).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID (since 0.6)
            mode: mode (since 4.4.0; enum {'total', 'read', 'write', 'all', 'overwrite'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VOLUME_QOS,
            {
                "uuid": uuid,
                "mode": mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_volume_snapshot(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        direction: str | None = None,
        scope: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVolumeSnapshotResult:
        """删除云盘快照 (DeleteVolumeSnapshot).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive) (since 0.6)
            direction: 数据合并方向。pull：向前合并；commit：向后合并；auto：自动选择最优合并方向 (since 5.4.0)
            scope: 数据合并方式。single：仅合并单个快照；chain：合并整个快照链；auto：自动判断最佳合并范围 (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VOLUME_SNAPSHOT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "direction": direction,
                "scope": scope,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_volume_snapshot_group(
        self,
        *,
        uuid: str,
        direction: str | None = None,
        scope: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVolumeSnapshotGroupResult:
        """删除快照组 (DeleteVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            direction: 数据合并方向。pull：向前合并；commit：向后合并；auto：自动选择最优合并方向 (since 5.4.0)
            scope: 数据合并方式。single：仅合并单个快照；chain：合并整个快照链；auto：自动判断最佳合并范围 (since 5.4.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VOLUME_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "direction": direction,
                "scope": scope,
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

    def detach_auto_scaling_template_from_group(
        self,
        *,
        template_uuid: str,
        group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachAutoScalingTemplateFromGroupResult:
        """卸载伸缩组模板 (DetachAutoScalingTemplateFromGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            template_uuid: 模板UUID (since 3.1.0)
            group_uuid: 伸缩组UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_AUTO_SCALING_TEMPLATE_FROM_GROUP,
            {
                "templateUuid": template_uuid,
                "groupUuid": group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_data_volume_from_host(
        self,
        *,
        volume_uuid: str,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachDataVolumeFromHostResult:
        """从物理机卸载数据云盘 (DetachDataVolumeFromHost).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 4.5.0)
            host_uuid: 物理机UUID (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_DATA_VOLUME_FROM_HOST,
            {
                "volumeUuid": volume_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_data_volume_from_vm(
        self,
        *,
        uuid: str,
        vm_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachDataVolumeFromVmResult:
        """从云主机上卸载云盘 (DetachDataVolumeFromVm).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 0.6)
            vm_uuid: 云主机的UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_DATA_VOLUME_FROM_VM,
            {
                "uuid": uuid,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_host_from_host_scheduling_rule_group(
        self,
        *,
        host_group_uuid: str,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachHostFromHostSchedulingRuleGroupResult:
        """从物理机调度组解绑物理机 (DetachHostFromHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            host_uuid: 物理机UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_HOST_FROM_HOST_SCHEDULING_RULE_GROUP,
            {
                "hostGroupUuid": host_group_uuid,
                "hostUuid": host_uuid,
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

    def detach_ssh_key_pair_from_vm_instance(
        self,
        *,
        ssh_key_pair_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachSshKeyPairFromVmInstanceResult:
        """云主机卸载密钥对 (DetachSshKeyPairFromVmInstance).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ssh_key_pair_uuid: sshKeyPairUuid (since 4.7.21)
            vm_instance_uuid: 云主机UUID (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_SSH_KEY_PAIR_FROM_VM_INSTANCE,
            {
                "sshKeyPairUuid": ssh_key_pair_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_vm_from_vm_scheduling_rule_group(
        self,
        *,
        vm_group_uuid: str,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachVmFromVmSchedulingRuleGroupResult:
        """从云主机调度组解绑云主机 (DetachVmFromVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            vm_uuid: VM UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_VM_FROM_VM_SCHEDULING_RULE_GROUP,
            {
                "vmGroupUuid": vm_group_uuid,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def execute_auto_scaling_rule(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExecuteAutoScalingRuleResult:
        """手动执行伸缩组规则 (ExecuteAutoScalingRule).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 伸缩组规则UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXECUTE_AUTO_SCALING_RULE,
            {
                "uuid": uuid,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def expunge_data_volume(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExpungeDataVolumeResult:
        """彻底删除云盘 (ExpungeDataVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXPUNGE_DATA_VOLUME,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def expunge_image(
        self,
        *,
        image_uuid: str,
        uuid: str,
        backup_storage_uuids: Sequence[Any] | None = None,
        uuid_: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExpungeImageResult:
        """彻底删除镜像 (ExpungeImage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_uuid: 镜像UUID (since 0.6)
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            backup_storage_uuids: 镜像服务器UUID列表 (since 0.6; minItems 1)
            uuid_: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXPUNGE_IMAGE,
            {
                "imageUuid": image_uuid,
                "Uuid": uuid,
                "backupStorageUuids": backup_storage_uuids,
                "uuid": uuid_,
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

    def flatten_volume(
        self,
        *,
        uuid: str,
        dry_run: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> FlattenVolumeResult:
        """扁平合并云盘 (FlattenVolume).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            dry_run: 试运行，可用于预测数据用量 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            FLATTEN_VOLUME,
            {
                "uuid": uuid,
                "dryRun": dry_run,
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

    def generate_ssh_key_pair(
        self,
        *,
        name: str,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GenerateSshKeyPairResult:
        """生成SSH密钥 (GenerateSshKeyPair).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            description: 资源的详细描述 (since 4.7.21; maxLength 2048)
            name: 资源名称 (since 4.7.21; maxLength 255; pattern ^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GENERATE_SSH_KEY_PAIR,
            {
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_backup_storage_for_creating_image_from_volume(
        self,
        *,
        volume_uuid: str,
        volume_snapshot_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBackupStorageForCreatingImageFromVolumeResult:
        """Get backup storage for creating image from volume (GetBackupStorageForCreatingImageFromVolume).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetBackupStorageForCreatingImageFromVolumeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            volume_uuid: volumeUuid
            volume_snapshot_uuid: volumeSnapshotUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_BACKUP_STORAGE_FOR_CREATING_IMAGE_FROM_VOLUME,
            {
                "volumeUuid": volume_uuid,
                "volumeSnapshotUuid": volume_snapshot_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_backup_storage_for_creating_image_from_volume_snapshot(
        self,
        *,
        volume_snapshot_uuid: str,
        volume_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBackupStorageForCreatingImageFromVolumeSnapshotResult:
        """Get backup storage for creating image from volume snapshot (GetBackupStorageForCreatingImageFromVolumeSnapshot).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetBackupStorageForCreatingImageFromVolumeSnapshotAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            volume_snapshot_uuid: volumeSnapshotUuid
            volume_uuid: volumeUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_BACKUP_STORAGE_FOR_CREATING_IMAGE_FROM_VOLUME_SNAPSHOT,
            {
                "volumeSnapshotUuid": volume_snapshot_uuid,
                "volumeUuid": volume_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_affinity_group_for_attaching_vm(
        self,
        *,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateAffinityGroupForAttachingVmResult:
        """获取可绑定云主机的亲和组 (GetCandidateAffinityGroupForAttachingVm).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            vm_uuid: 云主机UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_AFFINITY_GROUP_FOR_ATTACHING_VM,
            {
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_affinity_group_for_creating_vm(
        self,
        *,
        zone_uuid: str,
        cluster_uuid: str | None = None,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateAffinityGroupForCreatingVmResult:
        """创建云主机时获取可加入非亲和组 (GetCandidateAffinityGroupForCreatingVm).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            zone_uuid: 区域UUID (since 4.1.0)
            cluster_uuid: 集群UUID (since 4.1.0)
            host_uuid: 物理机UUID (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_AFFINITY_GROUP_FOR_CREATING_VM,
            {
                "zoneUuid": zone_uuid,
                "clusterUuid": cluster_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_backup_storage_for_creating_image(
        self,
        *,
        volume_uuid: str | None = None,
        volume_snapshot_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateBackupStorageForCreatingImageResult:
        """获取镜像服务器候选 (GetCandidateBackupStorageForCreatingImage).

        获取创建镜像的镜像服务器候选。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            volume_uuid: 云盘UUID，注意：volumeUuid 和 volumeSnapshotUuid 二选一 (since 0.6)
            volume_snapshot_uuid: 云盘快照UUID，注意：volumeUuid 和 volumeSnapshotUuid 二选一 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_BACKUP_STORAGE_FOR_CREATING_IMAGE,
            {
                "volumeUuid": volume_uuid,
                "volumeSnapshotUuid": volume_snapshot_uuid,
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

    def get_candidate_vm_for_attaching_affinity_group(
        self,
        *,
        affinity_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVMForAttachingAffinityGroupResult:
        """获取可绑定亲和组的云主机 (GetCandidateVMForAttachingAffinityGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            affinity_group_uuid: 亲和组uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_VM_FOR_ATTACHING_AFFINITY_GROUP,
            {
                "affinityGroupUuid": affinity_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
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

    def get_data_volume_attachable_vm(
        self,
        *,
        volume_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetDataVolumeAttachableVmResult:
        """获取云盘可被加载的云主机列表 (GetDataVolumeAttachableVm).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            volume_uuid: 云盘UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_DATA_VOLUME_ATTACHABLE_VM,
            {
                "volumeUuid": volume_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
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

    def get_image_qga(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetImageQgaResult:
        """获取镜像Qga (GetImageQga).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_IMAGE_QGA,
            {
                "uuid": uuid,
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

    def get_memory_snapshot_group_reference(
        self,
        *,
        resource_uuid: str,
        resource_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMemorySnapshotGroupReferenceResult:
        """获取资源被引用的内存快照组 (GetMemorySnapshotGroupReference).

        Since ZStack 4.4.24. Synchronous (a 202 is still followed).

        Args:
            resource_uuid: 资源UUID (since 4.4.24)
            resource_type: 资源类型 (since 4.4.24)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_MEMORY_SNAPSHOT_GROUP_REFERENCE,
            {
                "resourceUuid": resource_uuid,
                "resourceType": resource_type,
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

    def get_upload_image_job_details(
        self,
        *,
        image_id: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetUploadImageJobDetailsResult:
        """获取上传镜像任务详情 (GetUploadImageJobDetails).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            image_id: 上传镜像的唯一标识，由用户自定义，推荐使用 md5 (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_UPLOAD_IMAGE_JOB_DETAILS,
            {
                "imageId": image_id,
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

    def get_vm_scheduling_rules_execute_state(
        self,
        *,
        uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmSchedulingRulesExecuteStateResult:
        """获取云主机调度组执行状态 (GetVmSchedulingRulesExecuteState).

        Since ZStack 4.6.0. Synchronous (a 202 is still followed).

        Args:
            uuids: VM调度组UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_SCHEDULING_RULES_EXECUTE_STATE,
            {
                "uuids": uuids,
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

    def get_volume_capabilities(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVolumeCapabilitiesResult:
        """获取云盘支持的类型的能力 (GetVolumeCapabilities).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VOLUME_CAPABILITIES,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_volume_format(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVolumeFormatResult:
        """获取云盘格式 (GetVolumeFormat).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VOLUME_FORMAT,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_volume_io_thread_pin(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVolumeIoThreadPinResult:
        """获取云盘IO线程绑定信息 (GetVolumeIoThreadPin).

        Since ZStack 4.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VOLUME_IO_THREAD_PIN,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_volume_qos(
        self,
        *,
        uuid: str,
        force_sync: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVolumeQosResult:
        """获取云盘限速 (GetVolumeQos).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云盘的UUID (since 0.6)
            force_sync: 是否到物理机上去同步数据 (since 3.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VOLUME_QOS,
            {
                "uuid": uuid,
                "forceSync": force_sync,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_volume_snapshot_size(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVolumeSnapshotSizeResult:
        """获取快照容量 (GetVolumeSnapshotSize).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 快照UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VOLUME_SNAPSHOT_SIZE,
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
        resource_uuids: Sequence[Any],
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

    def query_affinity_group(
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
    ) -> QueryAffinityGroupResult:
        """查询亲和组 (QueryAffinityGroup).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_AFFINITY_GROUP,
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

    def query_affinity_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AffinityGroupInventory]:
        """Every result of ``query_affinity_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AFFINITY_GROUP,
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

    def query_auto_scaling_group(
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
    ) -> QueryAutoScalingGroupResult:
        """查询弹性伸缩组 (QueryAutoScalingGroup).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_AUTO_SCALING_GROUP,
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

    def query_auto_scaling_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AutoScalingGroupInventory]:
        """Every result of ``query_auto_scaling_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_GROUP,
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

    def query_auto_scaling_group_activity(
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
    ) -> QueryAutoScalingGroupActivityResult:
        """查询弹性伸缩组活动列表 (QueryAutoScalingGroupActivity).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_AUTO_SCALING_GROUP_ACTIVITY,
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

    def query_auto_scaling_group_activity_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AutoScalingGroupActivityInventory]:
        """Every result of ``query_auto_scaling_group_activity``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_GROUP_ACTIVITY,
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

    def query_auto_scaling_group_instance(
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
    ) -> QueryAutoScalingGroupInstanceResult:
        """查询弹性伸缩组内云主机列表 (QueryAutoScalingGroupInstance).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_AUTO_SCALING_GROUP_INSTANCE,
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

    def query_auto_scaling_group_instance_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AutoScalingGroupInstanceInventory]:
        """Every result of ``query_auto_scaling_group_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_GROUP_INSTANCE,
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

    def query_auto_scaling_rule(
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
    ) -> QueryAutoScalingRuleResult:
        """查询伸缩规则 (QueryAutoScalingRule).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_AUTO_SCALING_RULE,
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

    def query_auto_scaling_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AutoScalingRuleInventory]:
        """Every result of ``query_auto_scaling_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_RULE,
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

    def query_auto_scaling_rule_trigger(
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
    ) -> QueryAutoScalingRuleTriggerResult:
        """查询伸缩规则触发器列表 (QueryAutoScalingRuleTrigger).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_AUTO_SCALING_RULE_TRIGGER,
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

    def query_auto_scaling_rule_trigger_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AutoScalingRuleTriggerInventory]:
        """Every result of ``query_auto_scaling_rule_trigger``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_RULE_TRIGGER,
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

    def query_auto_scaling_vm_template(
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
    ) -> QueryAutoScalingVmTemplateResult:
        """查询伸缩组云主机模板 (QueryAutoScalingVmTemplate).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_AUTO_SCALING_VM_TEMPLATE,
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

    def query_auto_scaling_vm_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AutoScalingVmTemplateInventory]:
        """Every result of ``query_auto_scaling_vm_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_VM_TEMPLATE,
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

    def query_disk_offering(
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
    ) -> QueryDiskOfferingResult:
        """查询云盘规格 (QueryDiskOffering).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_DISK_OFFERING,
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

    def query_disk_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[DiskOfferingInventory]:
        """Every result of ``query_disk_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_DISK_OFFERING,
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

    def query_image(
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
    ) -> QueryImageResult:
        """查询镜像 (QueryImage).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IMAGE,
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

    def query_image_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ImageInventory]:
        """Every result of ``query_image``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IMAGE,
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

    def query_image_package(
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
    ) -> QueryImagePackageResult:
        """查询镜像包 (QueryImagePackage).

        Since ZStack 4.4.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.4.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IMAGE_PACKAGE,
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

    def query_image_package_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ImagePackageInventory]:
        """Every result of ``query_image_package``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IMAGE_PACKAGE,
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

    def query_instance_offering(
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
    ) -> QueryInstanceOfferingResult:
        """查询云主机规格 (QueryInstanceOffering).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_INSTANCE_OFFERING,
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

    def query_instance_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[InstanceOfferingInventory]:
        """Every result of ``query_instance_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_INSTANCE_OFFERING,
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

    def query_ssh_key_pair(
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
    ) -> QuerySshKeyPairResult:
        """查询SSH密钥 (QuerySshKeyPair).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SSH_KEY_PAIR,
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

    def query_ssh_key_pair_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SshKeyPairInventory]:
        """Every result of ``query_ssh_key_pair``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SSH_KEY_PAIR,
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

    def query_volume(
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
    ) -> QueryVolumeResult:
        """查询云盘 (QueryVolume).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VOLUME,
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

    def query_volume_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VolumeInventory]:
        """Every result of ``query_volume``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VOLUME,
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

    def query_volume_snapshot(
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
    ) -> QueryVolumeSnapshotResult:
        """查询云盘快照 (QueryVolumeSnapshot).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VOLUME_SNAPSHOT,
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

    def query_volume_snapshot_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VolumeSnapshotInventory]:
        """Every result of ``query_volume_snapshot``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VOLUME_SNAPSHOT,
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

    def query_volume_snapshot_group(
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
    ) -> QueryVolumeSnapshotGroupResult:
        """查询快照组 (QueryVolumeSnapshotGroup).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VOLUME_SNAPSHOT_GROUP,
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

    def query_volume_snapshot_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VolumeSnapshotGroupInventory]:
        """Every result of ``query_volume_snapshot_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VOLUME_SNAPSHOT_GROUP,
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

    def query_volume_snapshot_tree(
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
    ) -> QueryVolumeSnapshotTreeResult:
        """查询快照树 (QueryVolumeSnapshotTree).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VOLUME_SNAPSHOT_TREE,
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

    def query_volume_snapshot_tree_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VolumeSnapshotTreeInventory]:
        """Every result of ``query_volume_snapshot_tree``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VOLUME_SNAPSHOT_TREE,
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

    def recover_data_volume(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverDataVolumeResult:
        """恢复云盘 (RecoverDataVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECOVER_DATA_VOLUME,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def recover_image(
        self,
        *,
        image_uuid: str,
        backup_storage_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverImageResult:
        """恢复镜像 (RecoverImage).

        恢复被删除（但未彻底删除）的镜像。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_uuid: 镜像UUID (since 0.6)
            backup_storage_uuids: 镜像服务器UUID列表 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECOVER_IMAGE,
            {
                "imageUuid": image_uuid,
                "backupStorageUuids": backup_storage_uuids,
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

    def remove_vm_from_affinity_group(
        self,
        *,
        affinity_group_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVmFromAffinityGroupResult:
        """从亲和组移除云主机 (RemoveVmFromAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            affinity_group_uuid: 亲和组UUID (since 2.3)
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_VM_FROM_AFFINITY_GROUP,
            {
                "affinityGroupUuid": affinity_group_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_vm_scheduling_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVmSchedulingRuleResult:
        """移除云主机调度策略 (RemoveVmSchedulingRule).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            delete_mode: 删除模式 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_VM_SCHEDULING_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def resize_data_volume(
        self,
        *,
        uuid: str,
        size: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ResizeDataVolumeResult:
        """扩展数据云盘 (ResizeDataVolume).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            size: 扩展后大小 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RESIZE_DATA_VOLUME,
            {
                "uuid": uuid,
                "size": size,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def resize_root_volume(
        self,
        *,
        uuid: str,
        size: int,
        vm_instance_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ResizeRootVolumeResult:
        """扩展根云盘 (ResizeRootVolume).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            size: 扩展后大小 (since 2.2)
            vm_instance_uuid: vmInstanceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RESIZE_ROOT_VOLUME,
            {
                "uuid": uuid,
                "size": size,
                "vmInstanceUuid": vm_instance_uuid,
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

    def revert_vm_from_snapshot_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevertVmFromSnapshotGroupResult:
        """恢复快照组 (RevertVmFromSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 快照组的UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REVERT_VM_FROM_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def revert_volume_from_snapshot(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevertVolumeFromSnapshotResult:
        """将云盘回滚至指定快照 (RevertVolumeFromSnapshot).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 快照的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REVERT_VOLUME_FROM_SNAPSHOT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_image_boot_mode(
        self,
        *,
        uuid: str,
        boot_mode: Literal["Legacy", "UEFI", "UEFI_WITH_CSM"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetImageBootModeResult:
        """设置镜像启动模式 (SetImageBootMode).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            boot_mode: 镜像启动模式 (since 3.9.0; enum {'Legacy', 'UEFI', 'UEFI_WITH_CSM'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_IMAGE_BOOT_MODE,
            {
                "uuid": uuid,
                "bootMode": boot_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_image_qga(
        self,
        *,
        uuid: str,
        enable: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetImageQgaResult:
        """设置镜像Qga (SetImageQga).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            enable: enable (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_IMAGE_QGA,
            {
                "uuid": uuid,
                "enable": enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_image_security_level(
        self,
        *,
        uuid: str,
        security_level: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetImageSecurityLevelResult:
        """Set image security level (SetImageSecurityLevel).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetImageSecurityLevelAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            security_level: securityLevel
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_IMAGE_SECURITY_LEVEL,
            {
                "uuid": uuid,
                "securityLevel": security_level,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def set_volume_io_thread_pin(
        self,
        *,
        uuid: str,
        io_thread_id: int,
        pin: str,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVolumeIoThreadPinResult:
        """设置云盘IO线程绑定 (SetVolumeIoThreadPin).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            io_thread_id: IO线程的id (since 4.7.0; minimum 1; maximum 10)
            pin: 绑定的CPU范围 (since 4.7.0)
            vm_uuid: 云盘加载目标云主机的UUID (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VOLUME_IO_THREAD_PIN,
            {
                "uuid": uuid,
                "ioThreadId": io_thread_id,
                "pin": pin,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_volume_qos(
        self,
        *,
        uuid: str,
        mode: Literal["total", "read", "write"] | None = None,
        read_bandwidth: int | None = None,
        read_iops: int | None = None,
        total_bandwidth: int | None = None,
        total_iops: int | None = None,
        volume_bandwidth: int | None = None,
        write_bandwidth: int | None = None,
        write_iops: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVolumeQosResult:
        """设置云盘限速 (SetVolumeQos).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID (since 0.6)
            mode: mode (since 3.1.0; enum {'total', 'read', 'write'})
            read_bandwidth: readBandwidth (since 4.4.0; minimum 1024; maximum 9223372036854775807)
            read_iops: readIOPS (since 4.4.0; minimum 1; maximum 9223372036854775807)
            total_bandwidth: totalBandwidth (since 4.4.0; minimum 1024; maximum 9223372036854775807)
            total_iops: totalIOPS (since 4.4.0; minimum 1; maximum 9223372036854775807)
            volume_bandwidth: 云盘限速带宽 (since 0.6; minimum 1024; maximum 9223372036854775807)
            write_bandwidth: writeBandwidth (since 4.4.0; minimum 1024; maximum 9223372036854775807)
            write_iops: writeIOPS (since 4.4.0; minimum 1; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VOLUME_QOS,
            {
                "uuid": uuid,
                "mode": mode,
                "readBandwidth": read_bandwidth,
                "readIOPS": read_iops,
                "totalBandwidth": total_bandwidth,
                "totalIOPS": total_iops,
                "volumeBandwidth": volume_bandwidth,
                "writeBandwidth": write_bandwidth,
                "writeIOPS": write_iops,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def shrink_volume_snapshot(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ShrinkVolumeSnapshotResult:
        """快照瘦身 (ShrinkVolumeSnapshot).

        Since ZStack 3.10.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.10.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SHRINK_VOLUME_SNAPSHOT,
            {
                "uuid": uuid,
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

    def sync_image_from_image_store_backup_storage(
        self,
        *,
        uuid: str,
        dst_backup_storage_uuid: str,
        name: str,
        src_backup_storage_uuid: str,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncImageFromImageStoreBackupStorageResult:
        """Sync image from image store backup storage (SyncImageFromImageStoreBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncImageFromImageStoreBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            dst_backup_storage_uuid: dstBackupStorageUuid
            name: name (minLength 1; maxLength 255)
            src_backup_storage_uuid: srcBackupStorageUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_IMAGE_FROM_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "dstBackupStorageUuid": dst_backup_storage_uuid,
                "name": name,
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_image_size(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncImageSizeResult:
        """刷新镜像大小信息 (SyncImageSize).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像的UUID，唯一标示该镜像 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_IMAGE_SIZE,
            {
                "uuid": uuid,
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

    def sync_volume_size(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVolumeSizeResult:
        """同步云盘大小 (SyncVolumeSize).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_VOLUME_SIZE,
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

    def undo_snapshot_creation(
        self,
        *,
        uuid: str,
        snap_shot_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UndoSnapshotCreationResult:
        """回滚最新创建的快照 (UndoSnapshotCreation).

        Since ZStack 4.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 4.8.0)
            snap_shot_uuid: snapShotUuid (since 4.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNDO_SNAPSHOT_CREATION,
            {
                "uuid": uuid,
                "snapShotUuid": snap_shot_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def ungroup_volume_snapshot_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UngroupVolumeSnapshotGroupResult:
        """解绑快照组 (UngroupVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 快照组的UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNGROUP_VOLUME_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_affinity_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAffinityGroupResult:
        """更新亲和组 (UpdateAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AFFINITY_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_auto_scaling_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        max_resource_size: int | None = None,
        min_resource_size: int | None = None,
        name: str | None = None,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ]
        | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupResult:
        """修改弹性伸缩组 (UpdateAutoScalingGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            max_resource_size: 伸缩组内最大云主机数量 (since 3.1.0; minimum 0; maximum 2147483647)
            min_resource_size: 伸缩组内最少云主机数量 (since 3.1.0; minimum 0; maximum 2147483647)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机策略：创建时间最久的主机优先，新创建的云主机优先 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AUTO_SCALING_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "maxResourceSize": max_resource_size,
                "minResourceSize": min_resource_size,
                "name": name,
                "removalPolicy": removal_policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_auto_scaling_group_adding_new_instance_rule(
        self,
        *,
        uuid: str,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ]
        | None = None,
        adjustment_value: int | None = None,
        cooldown: int | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupAddingNewInstanceRuleResult:
        """修改伸缩组扩容规则 (UpdateAutoScalingGroupAddingNewInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            adjustment_type: 扩容方式：减少指定数量云主机，按百分比减少云主机，减少云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 扩容数值 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            cooldown: 冷却时间 (since 3.1.0; minimum 1; maximum 900)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AUTO_SCALING_GROUP_ADDING_NEW_INSTANCE_RULE,
            {
                "uuid": uuid,
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_auto_scaling_group_instance(
        self,
        *,
        instance_uuid: str,
        group_uuid: str,
        protection_strategy: Literal["Protected", "Unprotected"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupInstanceResult:
        """更新伸缩组实例信息 (UpdateAutoScalingGroupInstance).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            instance_uuid: 伸缩组内实例UUID (since 3.9.0)
            group_uuid: 伸缩组UUID (since 3.9.0)
            protection_strategy: 伸缩组内实例保护策略 (since 3.9.0; maxLength 128; enum {'Protected', 'Unprotected'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AUTO_SCALING_GROUP_INSTANCE,
            {
                "instanceUuid": instance_uuid,
                "groupUuid": group_uuid,
                "protectionStrategy": protection_strategy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_auto_scaling_group_removal_instance_rule(
        self,
        *,
        uuid: str,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ]
        | None = None,
        adjustment_value: int | None = None,
        cooldown: int | None = None,
        description: str | None = None,
        name: str | None = None,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ]
        | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupRemovalInstanceRuleResult:
        """修改伸缩组缩容规则 (UpdateAutoScalingGroupRemovalInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            adjustment_type: 缩容方式：减少指定数量云主机，按百分比减少云主机，减少云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 缩容数值 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            cooldown: 冷却时间 (since 3.1.0; minimum 1; maximum 900)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机策略 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AUTO_SCALING_GROUP_REMOVAL_INSTANCE_RULE,
            {
                "uuid": uuid,
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "removalPolicy": removal_policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_auto_scaling_rule(
        self,
        *,
        uuid: str,
        cooldown: int | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingRuleResult:
        """修改弹性伸缩组规则 (UpdateAutoScalingRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            cooldown: 冷却时间 (since 3.1.0; minimum 1; maximum 900)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AUTO_SCALING_RULE,
            {
                "uuid": uuid,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_auto_scaling_vm_template(
        self,
        *,
        uuid: str,
        description: str | None = None,
        host_uuid: str | None = None,
        image_uuid: str | None = None,
        name: str | None = None,
        vm_instance_cluster_uuid: str | None = None,
        vm_instance_description: str | None = None,
        vm_instance_name: str | None = None,
        vm_instance_offering_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingVmTemplateResult:
        """更新伸缩组云主机模板 (UpdateAutoScalingVmTemplate).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机模板UUID (since 3.9.0)
            description: 详细描述 (since 3.9.0; maxLength 2048)
            host_uuid: hostUuid
            image_uuid: 云主机镜像UUID (since 3.9.0)
            name: 模板名称 (since 3.9.0; maxLength 255)
            vm_instance_cluster_uuid: vmInstanceClusterUuid
            vm_instance_description: 云主机描述 (since 3.9.0; maxLength 2048)
            vm_instance_name: 云主机名称 (since 3.9.0; maxLength 255)
            vm_instance_offering_uuid: 云主机实例规格UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AUTO_SCALING_VM_TEMPLATE,
            {
                "uuid": uuid,
                "description": description,
                "hostUuid": host_uuid,
                "imageUuid": image_uuid,
                "name": name,
                "vmInstanceClusterUuid": vm_instance_cluster_uuid,
                "vmInstanceDescription": vm_instance_description,
                "vmInstanceName": vm_instance_name,
                "vmInstanceOfferingUuid": vm_instance_offering_uuid,
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

    def update_disk_offering(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateDiskOfferingResult:
        """更新云盘规格 (UpdateDiskOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_DISK_OFFERING,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
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

    def update_host_scheduling_rule_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostSchedulingRuleGroupResult:
        """更新物理机调度组 (UpdateHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_HOST_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_image(
        self,
        *,
        uuid: str,
        architecture: Literal["x86_64", "aarch64", "mips64el", "loongarch64"] | None = None,
        description: str | None = None,
        format: Literal["raw", "qcow2", "iso"] | None = None,
        guest_os_type: str | None = None,
        media_type: Literal["RootVolumeTemplate", "DataVolumeTemplate", "ISO"] | None = None,
        name: str | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        system: bool | None = None,
        virtio: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateImageResult:
        """更新镜像信息 (UpdateImage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像的UUID，唯一标示该镜像 (since 0.6)
            architecture: architecture (since 4.0.0; maxLength 32; enum {'x86_64', 'aarch64', 'mips64el', 'loongarch64'})
            description: 镜像的详细描述 (since 0.6; maxLength 2048)
            format: 镜像的格式 (since 0.6; maxLength 255; enum {'raw', 'qcow2', 'iso'})
            guest_os_type: 镜像对应的客户机操作系统类型 (since 0.6; maxLength 255)
            media_type: 镜像的类型 (since 0.6; maxLength 255; enum {'RootVolumeTemplate', 'DataVolumeTemplate', 'ISO'})
            name: 镜像名称 (since 0.6; maxLength 255)
            platform: 镜像的系统平台 (since 0.6; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            system: 标识是否为系统镜像 (since 0.6)
            virtio: virtio (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IMAGE,
            {
                "uuid": uuid,
                "architecture": architecture,
                "description": description,
                "format": format,
                "guestOsType": guest_os_type,
                "mediaType": media_type,
                "name": name,
                "platform": platform,
                "system": system,
                "virtio": virtio,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_image_package(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateImagePackageResult:
        """更新镜像包信息 (UpdateImagePackage).

        Since ZStack 4.4.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.4.6)
            description: 资源的详细描述 (since 4.4.6)
            name: 资源名称 (since 4.4.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IMAGE_PACKAGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_instance_offering(
        self,
        *,
        uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateInstanceOfferingResult:
        """更新云主机规格 (UpdateInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            allocator_strategy: allocatorStrategy (since 2.3.1)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_INSTANCE_OFFERING,
            {
                "uuid": uuid,
                "allocatorStrategy": allocator_strategy,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ssh_key_pair(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSshKeyPairResult:
        """更新SSH密钥 (UpdateSshKeyPair).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21; maxLength 32)
            description: 资源的详细描述 (since 4.7.21; maxLength 2048)
            name: 资源名称 (since 4.7.21; maxLength 255; pattern ^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SSH_KEY_PAIR,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
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
        vm_nic_uuids: Sequence[Any],
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

    def update_vm_scheduling_rule(
        self,
        *,
        uuid: str,
        description: str | None = None,
        mode: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmSchedulingRuleResult:
        """更新云主机调度策略 (UpdateVmSchedulingRule).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0; maxLength 2048)
            mode: mode (since 4.6.0)
            name: 资源名称 (since 4.6.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VM_SCHEDULING_RULE,
            {
                "uuid": uuid,
                "description": description,
                "mode": mode,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vm_scheduling_rule_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmSchedulingRuleGroupResult:
        """更新云主机调度组 (UpdateVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VM_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_volume(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVolumeResult:
        """修改云盘属性 (UpdateVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 0.6)
            description: 云盘的详细描述 (since 0.6; maxLength 2048)
            name: 云盘名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VOLUME,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_volume_snapshot(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVolumeSnapshotResult:
        """更新云盘快照信息 (UpdateVolumeSnapshot).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 快照的UUID，唯一标示该资源 (since 0.6)
            description: 快照的新详细描述 (since 0.6; maxLength 2048)
            name: 快照的新名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VOLUME_SNAPSHOT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_volume_snapshot_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVolumeSnapshotGroupResult:
        """更新快照组信息 (UpdateVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VOLUME_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
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
        vm_instance_uuids: Sequence[Any],
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

    def validate_vm_scheduling_rule(
        self,
        *,
        mode: Literal["SOFT", "HARD"],
        rule: Literal["AFFINITY", "ANTIAFFINITY"],
        vm_group_uuid: str,
        host_group_uuid: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateVmSchedulingRuleResult:
        """从云主机调度组校验调度策略 (ValidateVmSchedulingRule).

        Since ZStack 4.6.0. Synchronous (a 202 is still followed).

        Args:
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            mode: 执行模式 (since 4.6.0; enum {'SOFT', 'HARD'})
            rule: 调度规则 (since 4.6.0; enum {'AFFINITY', 'ANTIAFFINITY'})
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_VM_SCHEDULING_RULE,
            {
                "hostGroupUuid": host_group_uuid,
                "mode": mode,
                "rule": rule,
                "vmGroupUuid": vm_group_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def validate_volume_snapshot_chain(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateVolumeSnapshotChainResult:
        """Validate volume snapshot chain (ValidateVolumeSnapshotChain).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ValidateVolumeSnapshotChainAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_VOLUME_SNAPSHOT_CHAIN,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncCloudResourcePoolApi(AsyncAPIClient):
    async def add_host_to_host_scheduling_rule_group(
        self,
        *,
        host_group_uuid: str,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddHostToHostSchedulingRuleGroupResult:
        """添加物理机到物理机调度组 (AddHostToHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            host_uuid: 物理机UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_HOST_TO_HOST_SCHEDULING_RULE_GROUP,
            {
                "hostGroupUuid": host_group_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_image(
        self,
        *,
        backup_storage_uuids: Sequence[Any],
        name: str,
        url: str,
        architecture: Literal["x86_64", "aarch64", "mips64el", "loongarch64"] | None = None,
        description: str | None = None,
        format: str | None = None,
        guest_os_type: str | None = None,
        media_type: Literal["RootVolumeTemplate", "ISO", "DataVolumeTemplate"] | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        virtio: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddImageResult:
        """添加镜像 (AddImage).

        向镜像服务器添加镜像。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            architecture: architecture (since 4.0.0; maxLength 32; enum {'x86_64', 'aarch64', 'mips64el', 'loongarch64'})
            backup_storage_uuids: 指定添加镜像的镜像服务器UUID列表 (since 0.6; minItems 1)
            description: 镜像的详细描述 (since 0.6; maxLength 2048)
            format: 镜像的格式，比如：raw (since 4.0.0)
            guest_os_type: 镜像对应客户机操作系统的类型 (since 0.6; maxLength 255)
            media_type: 镜像的类型 (since 0.6; enum {'RootVolumeTemplate', 'ISO', 'DataVolumeTemplate'})
            name: 镜像名称 (since 0.6; maxLength 255)
            platform: 镜像的系统平台 (since 0.6; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            resource_uuid: 资源UUID。若指定，镜像会使用该字段值作为UUID。 (since 0.6)
            system: 是否系统镜像 (since 0.6)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            type: 内部使用字段 (since 0.6)
            url: 被添加镜像的URL地址 (since 0.6; maxLength 1024)
            virtio: virtio
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IMAGE,
            {
                "architecture": architecture,
                "backupStorageUuids": backup_storage_uuids,
                "description": description,
                "format": format,
                "guestOsType": guest_os_type,
                "mediaType": media_type,
                "name": name,
                "platform": platform,
                "resourceUuid": resource_uuid,
                "system": system,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "virtio": virtio,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_resources_to_directory(
        self,
        *,
        directory_uuid: str,
        resource_uuids: Sequence[Any],
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

    async def add_vm_to_affinity_group(
        self,
        *,
        affinity_group_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmToAffinityGroupResult:
        """添加云主机到亲和组 (AddVmToAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            affinity_group_uuid: 亲和组UUID (since 2.3)
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_VM_TO_AFFINITY_GROUP,
            {
                "affinityGroupUuid": affinity_group_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_vm_to_vm_scheduling_rule_group(
        self,
        *,
        vm_group_uuid: str,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmToVmSchedulingRuleGroupResult:
        """添加云主机到云主机调度组 (AddVmToVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            vm_uuid: VM UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_VM_TO_VM_SCHEDULING_RULE_GROUP,
            {
                "vmGroupUuid": vm_group_uuid,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_auto_scaling_template_to_group(
        self,
        *,
        uuid: str,
        group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachAutoScalingTemplateToGroupResult:
        """将云主机模块添加到弹性伸缩组 (AttachAutoScalingTemplateToGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 模板UUID (since 3.1.0)
            group_uuid: 伸缩组UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_AUTO_SCALING_TEMPLATE_TO_GROUP,
            {
                "uuid": uuid,
                "groupUuid": group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_data_volume_to_host(
        self,
        *,
        volume_uuid: str,
        host_uuid: str,
        mount_path: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachDataVolumeToHostResult:
        """加载数据云盘到物理机 (AttachDataVolumeToHost).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 4.5.0)
            host_uuid: 物理机UUID (since 4.5.0)
            mount_path: 物理机上的挂载路径 (since 4.5.0; maxLength 512)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_DATA_VOLUME_TO_HOST,
            {
                "volumeUuid": volume_uuid,
                "hostUuid": host_uuid,
                "mountPath": mount_path,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_data_volume_to_vm(
        self,
        *,
        volume_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachDataVolumeToVmResult:
        """挂载云盘到云主机上 (AttachDataVolumeToVm).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 0.6)
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_DATA_VOLUME_TO_VM,
            {
                "volumeUuid": volume_uuid,
                "vmInstanceUuid": vm_instance_uuid,
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

    async def attach_ssh_key_pair_to_vm_instance(
        self,
        *,
        ssh_key_pair_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachSshKeyPairToVmInstanceResult:
        """云主机挂载密钥对 (AttachSshKeyPairToVmInstance).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ssh_key_pair_uuid: sshKeyPairUuid (since 4.7.21)
            vm_instance_uuid: 云主机UUID (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_SSH_KEY_PAIR_TO_VM_INSTANCE,
            {
                "sshKeyPairUuid": ssh_key_pair_uuid,
                "vmInstanceUuid": vm_instance_uuid,
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

    async def batch_delete_volume_snapshot(
        self,
        *,
        uuids: Sequence[Any],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BatchDeleteVolumeSnapshotResult:
        """Batch delete volume snapshot (BatchDeleteVolumeSnapshot).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/BatchDeleteVolumeSnapshotAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            delete_mode: deleteMode
            uuids: uuids (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            BATCH_DELETE_VOLUME_SNAPSHOT,
            {
                "deleteMode": delete_mode,
                "uuids": uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def batch_sync_volume_size(
        self,
        *,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BatchSyncVolumeSizeResult:
        """批量刷新云盘容量 (BatchSyncVolumeSize).

        Since ZStack 4.5.3. Synchronous (a 202 is still followed).

        Args:
            cluster_uuid: 集群UUID (since 4.5.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            BATCH_SYNC_VOLUME_SIZE,
            {
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def calculate_image_hash(
        self,
        *,
        uuid: str,
        backup_storage_uuid: str,
        algorithm: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CalculateImageHashResult:
        """计算镜像的MD5值 (CalculateImageHash).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            algorithm: algorithm (since 5.0.0)
            backup_storage_uuid: 镜像存储UUID (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CALCULATE_IMAGE_HASH,
            {
                "uuid": uuid,
                "algorithm": algorithm,
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_affinity_group_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAffinityGroupStateResult:
        """改变亲和组的使用状态 (ChangeAffinityGroupState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: stateEvent (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_AFFINITY_GROUP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_auto_scaling_group_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAutoScalingGroupStateResult:
        """修改弹性伸缩组启用状态 (ChangeAutoScalingGroupState).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            state_event: 设置为开启或者关闭 (since 3.1.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_AUTO_SCALING_GROUP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_disk_offering_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeDiskOfferingStateResult:
        """更改云盘规格的启用状态 (ChangeDiskOfferingState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_DISK_OFFERING_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_image_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeImageStateResult:
        """修改镜像状态 (ChangeImageState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像的UUID，唯一标示该镜像 (since 0.6)
            state_event: 镜像的状态 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_IMAGE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_instance_offering(
        self,
        *,
        vm_instance_uuid: str,
        instance_offering_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeInstanceOfferingResult:
        """更改云主机规格 (ChangeInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            instance_offering_uuid: 计算规格UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_INSTANCE_OFFERING,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_instance_offering_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeInstanceOfferingStateResult:
        """更改云主机规格的启用状态 (ChangeInstanceOfferingState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_INSTANCE_OFFERING_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def change_vm_scheduling_rule_state(
        self,
        *,
        uuid: str,
        state: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmSchedulingRuleStateResult:
        """变更云主机调度策略启用状态 (ChangeVmSchedulingRuleState).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            state: 改变为的状态 (since 4.6.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_VM_SCHEDULING_RULE_STATE,
            {
                "uuid": uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_volume_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVolumeStateResult:
        """开启或关闭云盘 (ChangeVolumeState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘资源Uuid (since 0.6)
            state_event: 开启或关闭 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_VOLUME_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def check_volume_snapshot_group_availability(
        self,
        *,
        uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckVolumeSnapshotGroupAvailabilityResult:
        """检查快照组可用性 (CheckVolumeSnapshotGroupAvailability).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuids: 快照组UUIDs (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_VOLUME_SNAPSHOT_GROUP_AVAILABILITY,
            {
                "uuids": uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def clone_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        names: Sequence[Any],
        cluster_uuid: str | None = None,
        data_volume_system_tags: Sequence[Any] | None = None,
        full: bool | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_data_volume: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        root_volume_system_tags: Sequence[Any] | None = None,
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

    async def create_affinity_group(
        self,
        *,
        name: str,
        description: str | None = None,
        policy: Literal["antiSoft", "antiHard"] | None = None,
        resource_uuid: str | None = None,
        sub_type: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: Literal["host"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAffinityGroupResult:
        """创建亲和组 (CreateAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 255)
            name: 资源名称 (since 2.3; maxLength 255)
            policy: 亲和组策略 (since 2.3; enum {'antiSoft', 'antiHard'})
            resource_uuid: 资源UUID (since 2.3)
            sub_type: subType
            tag_uuids: tagUuids
            type: 亲和组类型 目前支持物理机亲和 未来将增加网络亲和、路由器亲和、数据中心或机架亲和等多种类型 (since 2.3; enum {'host'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_AFFINITY_GROUP,
            {
                "description": description,
                "name": name,
                "policy": policy,
                "resourceUuid": resource_uuid,
                "subType": sub_type,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_auto_scaling_group(
        self,
        *,
        default_cooldown: int,
        max_resource_size: int,
        min_resource_size: int,
        name: str,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ],
        scaling_resource_type: Literal["VmInstance"],
        default_enable: bool | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingGroupResult:
        """创建弹性伸缩组 (CreateAutoScalingGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            default_cooldown: 伸缩组规则默认冷却时间 (since 3.1.0; minimum 0; maximum 2147483647)
            default_enable: 创建完成后，是否默认启用 (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            max_resource_size: 伸缩组内云主机最多数量 (since 3.1.0; minimum 0; maximum 2147483647)
            min_resource_size: 伸缩组内云主机最少数量 (since 3.1.0; minimum 0; maximum 2147483647)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机规则 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            resource_uuid: resourceUuid (since 3.1.0)
            scaling_resource_type: 伸缩组伸缩资源类型，目前只支持云主机 (since 3.1.0; enum {'VmInstance'})
            tag_uuids: 标签UUID列表 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_AUTO_SCALING_GROUP,
            {
                "defaultCooldown": default_cooldown,
                "defaultEnable": default_enable,
                "description": description,
                "maxResourceSize": max_resource_size,
                "minResourceSize": min_resource_size,
                "name": name,
                "removalPolicy": removal_policy,
                "resourceUuid": resource_uuid,
                "scalingResourceType": scaling_resource_type,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_auto_scaling_group_adding_new_instance_rule(
        self,
        *,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ],
        adjustment_value: int,
        auto_scaling_group_uuid: str,
        name: str,
        cooldown: int | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingGroupAddingNewInstanceRuleResult:
        """创建伸缩组云主机扩容规则 (CreateAutoScalingGroupAddingNewInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            adjustment_type: 扩容方式：增加指定数量云主机，按百分比增加云主机，增加云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 增加大小 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            auto_scaling_group_uuid: 伸缩组UUID (since 3.1.0)
            cooldown: 伸缩规则触发后的冷却时间 (since 3.1.0; minimum 1; maximum 2147483647)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            resource_uuid: resourceUuid (since 3.1.0)
            tag_uuids: 标签UUID列表 (since 3.1.0)
            type: 伸缩规则类型 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_AUTO_SCALING_GROUP_ADDING_NEW_INSTANCE_RULE,
            {
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "autoScalingGroupUuid": auto_scaling_group_uuid,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_auto_scaling_group_removal_instance_rule(
        self,
        *,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ],
        adjustment_value: int,
        auto_scaling_group_uuid: str,
        name: str,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ],
        cooldown: int | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingGroupRemovalInstanceRuleResult:
        """创建伸缩组云主机缩容规则 (CreateAutoScalingGroupRemovalInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            adjustment_type: 缩容方式：减少指定数量云主机，按百分比减少云主机，减少云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 减少数值 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            auto_scaling_group_uuid: 伸缩组UUID (since 3.1.0)
            cooldown: 伸缩规则触发后的冷却时间 (since 3.1.0; minimum 1; maximum 2147483647)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机策略 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            resource_uuid: resourceUuid (since 3.1.0)
            tag_uuids: 标签UUID列表 (since 3.1.0)
            type: 伸缩规则类型 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_AUTO_SCALING_GROUP_REMOVAL_INSTANCE_RULE,
            {
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "autoScalingGroupUuid": auto_scaling_group_uuid,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "removalPolicy": removal_policy,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_auto_scaling_rule_alarm_trigger(
        self,
        *,
        alarm_uuid: str,
        rule_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        trigger_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingRuleAlarmTriggerResult:
        """创建伸缩规则报警触发器 (CreateAutoScalingRuleAlarmTrigger).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_uuid: 报警UUID (since 3.1.0)
            rule_uuid: 伸缩规则UUID (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 触发器名称 (since 3.1.0; maxLength 256)
            resource_uuid: resourceUuid (since 3.1.0)
            tag_uuids: 标签UUID列表 (since 3.1.0)
            trigger_type: 触发器类型 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_AUTO_SCALING_RULE_ALARM_TRIGGER,
            {
                "alarmUuid": alarm_uuid,
                "ruleUuid": rule_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "triggerType": trigger_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_auto_scaling_rule_scheduler_job_trigger(
        self,
        *,
        scheduler_job_uuid: str,
        rule_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        trigger_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingRuleSchedulerJobTriggerResult:
        """创建伸缩规则定时任务触发器 (CreateAutoScalingRuleSchedulerJobTrigger).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_uuid: 定时任务Uuid (since 4.1.0)
            rule_uuid: 伸缩规则UUID (since 4.1.0)
            description: 资源的详细描述 (since 4.1.0; maxLength 2048)
            name: 触发器名称 (since 4.1.0; maxLength 256)
            resource_uuid: 资源UUID (since 4.1.0)
            tag_uuids: 标签UUID列表 (since 4.1.0)
            trigger_type: 触发器类型 (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_AUTO_SCALING_RULE_SCHEDULER_JOB_TRIGGER,
            {
                "schedulerJobUuid": scheduler_job_uuid,
                "ruleUuid": rule_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "triggerType": trigger_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_auto_scaling_vm_template(
        self,
        *,
        default_l3_network_uuid: str,
        image_uuid: str,
        l3_network_uuids: Sequence[Any],
        name: str,
        vm_instance_name: str,
        vm_instance_offering_uuid: str,
        data_disk_offering_uuids: Sequence[Any] | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_disk_offering_uuid: str | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        vm_instance_cluster_uuid: str | None = None,
        vm_instance_description: str | None = None,
        vm_instance_type: Literal["UserVm", "ApplianceVm"] | None = None,
        vm_instance_zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAutoScalingVmTemplateResult:
        """创建伸缩组云主机模块 (CreateAutoScalingVmTemplate).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_disk_offering_uuids: 数据盘规格列表 (since 3.1.0)
            default_l3_network_uuid: 云主机默认三层网络 (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            host_uuid: 物理机UUID (since 3.1.0)
            image_uuid: 云主机镜像UUID (since 3.1.0)
            l3_network_uuids: 云主机三层网络列表 (since 3.1.0; minItems 1)
            name: 资源名称 (since 3.1.0; maxLength 255)
            primary_storage_uuid_for_root_volume: 根云盘主存储UUID (since 3.1.0)
            resource_uuid: resourceUuid (since 3.1.0)
            root_disk_offering_uuid: 云主机根云盘规格 (since 3.1.0)
            strategy: strategy (enum {'InstantStart', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 3.1.0)
            type: 模板类型 (since 3.1.0)
            vm_instance_cluster_uuid: 云主机所属集群 (since 3.1.0)
            vm_instance_description: 云主机描述 (since 3.1.0; maxLength 2048)
            vm_instance_name: 云主机名称 (since 3.1.0; maxLength 255)
            vm_instance_offering_uuid: 云主机实例规则 (since 3.1.0)
            vm_instance_type: vmInstanceType (enum {'UserVm', 'ApplianceVm'})
            vm_instance_zone_uuid: 云主机所属地区 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_AUTO_SCALING_VM_TEMPLATE,
            {
                "dataDiskOfferingUuids": data_disk_offering_uuids,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "imageUuid": image_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootDiskOfferingUuid": root_disk_offering_uuid,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "vmInstanceClusterUuid": vm_instance_cluster_uuid,
                "vmInstanceDescription": vm_instance_description,
                "vmInstanceName": vm_instance_name,
                "vmInstanceOfferingUuid": vm_instance_offering_uuid,
                "vmInstanceType": vm_instance_type,
                "vmInstanceZoneUuid": vm_instance_zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_data_volume(
        self,
        *,
        name: str,
        description: str | None = None,
        disk_offering_uuid: str | None = None,
        disk_size: int | None = None,
        primary_storage_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDataVolumeResult:
        """创建云盘 (CreateDataVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 云盘的描述 (since 0.6; maxLength 2048)
            disk_offering_uuid: 云盘规格UUID (since 0.6)
            disk_size: diskSize
            name: 云盘名称 (since 0.6; maxLength 255)
            primary_storage_uuid: 主存储UUID (since 0.6)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_DATA_VOLUME,
            {
                "description": description,
                "diskOfferingUuid": disk_offering_uuid,
                "diskSize": disk_size,
                "name": name,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_data_volume_from_volume_backup(
        self,
        *,
        backup_uuid: str,
        name: str,
        backup_storage_uuid: str | None = None,
        description: str | None = None,
        primary_storage_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        vm_instance_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDataVolumeFromVolumeBackupResult:
        """Create data volume from volume backup (CreateDataVolumeFromVolumeBackup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/heder/storage/volume/backup/CreateDataVolumeFromVolumeBackupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            backup_uuid: backupUuid
            backup_storage_uuid: backupStorageUuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            primary_storage_uuid: primaryStorageUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            vm_instance_uuid: vmInstanceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_DATA_VOLUME_FROM_VOLUME_BACKUP,
            {
                "backupUuid": backup_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "description": description,
                "name": name,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_data_volume_from_volume_snapshot(
        self,
        *,
        volume_snapshot_uuid: str,
        name: str,
        description: str | None = None,
        primary_storage_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDataVolumeFromVolumeSnapshotResult:
        """从快照创建云盘 (CreateDataVolumeFromVolumeSnapshot).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_snapshot_uuid: 云盘快照UUID (since 0.6)
            description: 云盘的详细描述 (since 0.6; maxLength 2048)
            name: 云盘名称 (since 0.6; maxLength 255)
            primary_storage_uuid: 主存储UUID (since 0.6)
            resource_uuid: 资源的Uuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_DATA_VOLUME_FROM_VOLUME_SNAPSHOT,
            {
                "volumeSnapshotUuid": volume_snapshot_uuid,
                "description": description,
                "name": name,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_data_volume_from_volume_template(
        self,
        *,
        image_uuid: str,
        name: str,
        primary_storage_uuid: str,
        description: str | None = None,
        host_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDataVolumeFromVolumeTemplateResult:
        """从镜像创建云盘 (CreateDataVolumeFromVolumeTemplate).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_uuid: 镜像UUID (since 0.6)
            description: 云盘的详细描述 (since 0.6; maxLength 2048)
            host_uuid: 物理机UUID (since 0.6)
            name: 云盘名称 (since 0.6; maxLength 255)
            primary_storage_uuid: 主存储UUID (since 0.6)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_DATA_VOLUME_FROM_VOLUME_TEMPLATE,
            {
                "imageUuid": image_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_data_volume_template_from_volume(
        self,
        *,
        volume_uuid: str,
        name: str,
        backup_storage_uuids: Sequence[Any] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDataVolumeTemplateFromVolumeResult:
        """从云盘创建数据云盘镜像 (CreateDataVolumeTemplateFromVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 起始云盘UUID (since 0.6)
            backup_storage_uuids: 镜像服务器UUID列表 (since 0.6; minItems 1)
            description: 数据云盘镜像的详细描述 (since 0.6; maxLength 2048)
            name: 数据云盘镜像名称 (since 0.6; maxLength 255)
            resource_uuid: 数据云盘镜像UUID。若指定，数据云盘镜像会使用该字段值作为UUID。 (since 0.6)
            tag_uuids: 标签UUID (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_DATA_VOLUME_TEMPLATE_FROM_VOLUME,
            {
                "volumeUuid": volume_uuid,
                "backupStorageUuids": backup_storage_uuids,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_data_volume_template_from_volume_snapshot(
        self,
        *,
        snapshot_uuid: str,
        backup_storage_uuids: Sequence[Any],
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDataVolumeTemplateFromVolumeSnapshotResult:
        """从云盘快照创建数据云盘镜像 (CreateDataVolumeTemplateFromVolumeSnapshot).

        从指定的云盘快照创建出一个数据云盘镜像。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            snapshot_uuid: 快照UUID (since 0.6)
            backup_storage_uuids: 镜像服务器UUID列表 (since 0.6; minItems 1)
            description: 数据云盘镜像的详细描述 (since 0.6; maxLength 2048)
            name: 数据云盘镜像名称 (since 0.6; maxLength 255)
            resource_uuid: 数据云盘镜像UUID。若指定，数据云盘镜像会使用该字段值作为UUID (since 0.6)
            tag_uuids: 标签UUID列表 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_DATA_VOLUME_TEMPLATE_FROM_VOLUME_SNAPSHOT,
            {
                "snapshotUuid": snapshot_uuid,
                "backupStorageUuids": backup_storage_uuids,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def create_disk_offering(
        self,
        *,
        disk_size: int,
        name: str,
        allocation_strategy: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDiskOfferingResult:
        """创建云盘规格 (CreateDiskOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocation_strategy: 分配策略 (since 4.6.21)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            disk_size: 云盘大小 (since 0.6; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: 排序key (since 0.6)
            tag_uuids: tagUuids
            type: 类型 (since 0.6; enum {'zstack'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_DISK_OFFERING,
            {
                "allocationStrategy": allocation_strategy,
                "description": description,
                "diskSize": disk_size,
                "name": name,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_fault_tolerance_vm_instance(
        self,
        *,
        image_uuid: str,
        l3_network_uuids: Sequence[Any],
        name: str,
        cluster_uuid: str | None = None,
        cpu_num: int | None = None,
        data_disk_offering_uuids: Sequence[Any] | None = None,
        data_volume_system_tags: Sequence[Any] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        memory_size: int | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[Any] | None = None,
        strategy: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
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

    async def create_host_scheduling_rule_group(
        self,
        *,
        cluster_uuid: str,
        name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHostSchedulingRuleGroupResult:
        """创建物理机调度组 (CreateHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            resource_uuid: 资源UUID (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_HOST_SCHEDULING_RULE_GROUP,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_instance_offering(
        self,
        *,
        cpu_num: int,
        memory_size: int,
        name: str,
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
    ) -> CreateInstanceOfferingResult:
        """创建云主机规格 (CreateInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocator_strategy: 分配策略 (since 0.6)
            cpu_num: CPU数目 (since 0.6; minimum 1; maximum 1024)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            memory_size: 内存大小, 单位Byte (since 0.6; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 0.6; maxLength 255)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: 排序键 (since 0.6)
            tag_uuids: tagUuids
            type: 类型 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_INSTANCE_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "memorySize": memory_size,
                "name": name,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
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

    async def create_root_volume_template_from_root_volume(
        self,
        *,
        root_volume_uuid: str,
        name: str,
        architecture: str | None = None,
        backup_storage_uuids: Sequence[Any] | None = None,
        description: str | None = None,
        guest_os_type: str | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[Any] | None = None,
        virtio: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateRootVolumeTemplateFromRootVolumeResult:
        """从根云盘创建根云盘镜像 (CreateRootVolumeTemplateFromRootVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            root_volume_uuid: 根云盘UUID (since 0.6)
            architecture: architecture (since 4.0.0)
            backup_storage_uuids: 镜像服务器UUID列表 (since 0.6; minItems 1)
            description: 根云盘镜像的详细描述 (since 0.6; maxLength 2048)
            guest_os_type: 根云盘镜像对应客户机操作系统类型 (since 0.6)
            name: 根云盘镜像名称 (since 0.6; maxLength 255)
            platform: 根云盘镜像对应的系统平台 (since 0.6; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            resource_uuid: 根云盘镜像UUID。若指定，根云盘镜像会使用该字段值作为UUID。 (since 0.6)
            system: 是否系统根云盘镜像 (since 0.6)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            virtio: virtio (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ROOT_VOLUME_TEMPLATE_FROM_ROOT_VOLUME,
            {
                "rootVolumeUuid": root_volume_uuid,
                "architecture": architecture,
                "backupStorageUuids": backup_storage_uuids,
                "description": description,
                "guestOsType": guest_os_type,
                "name": name,
                "platform": platform,
                "resourceUuid": resource_uuid,
                "system": system,
                "tagUuids": tag_uuids,
                "virtio": virtio,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_root_volume_template_from_volume_snapshot(
        self,
        *,
        snapshot_uuid: str,
        backup_storage_uuids: Sequence[Any],
        name: str,
        architecture: str | None = None,
        description: str | None = None,
        guest_os_type: str | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[Any] | None = None,
        virtio: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateRootVolumeTemplateFromVolumeSnapshotResult:
        """从云盘快照创建根云盘镜像 (CreateRootVolumeTemplateFromVolumeSnapshot).

        从云盘快照创建根云盘镜像。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            snapshot_uuid: 快照UUID (since 0.6)
            architecture: architecture (since 4.0.0)
            backup_storage_uuids: 镜像服务器UUID列表 (since 0.6; minItems 1)
            description: 根云盘镜像的详细描述 (since 0.6; maxLength 2048)
            guest_os_type: 根云盘客户机操作系统类型 (since 0.6)
            name: 根云盘镜像名称 (since 0.6; maxLength 255)
            platform: 根云盘镜像对应的系统平台 (since 0.6; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            resource_uuid: 根云盘镜像UUID。若指定，根云盘镜像会使用该字段值作为UUID。 (since 0.6)
            system: 是否系统根云盘镜像 (since 0.6)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            virtio: virtio (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ROOT_VOLUME_TEMPLATE_FROM_VOLUME_SNAPSHOT,
            {
                "snapshotUuid": snapshot_uuid,
                "architecture": architecture,
                "backupStorageUuids": backup_storage_uuids,
                "description": description,
                "guestOsType": guest_os_type,
                "name": name,
                "platform": platform,
                "resourceUuid": resource_uuid,
                "system": system,
                "tagUuids": tag_uuids,
                "virtio": virtio,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ssh_key_pair(
        self,
        *,
        name: str,
        public_key: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSshKeyPairResult:
        """上传SSH密钥 (CreateSshKeyPair).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.7.21; maxLength 2048)
            name: 资源名称 (since 4.7.21; maxLength 255; pattern ^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$)
            public_key: publicKey (since 4.7.21; maxLength 4096)
            resource_uuid: 资源UUID (since 4.7.21)
            tag_uuids: 标签UUID列表 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SSH_KEY_PAIR,
            {
                "description": description,
                "name": name,
                "publicKey": public_key,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
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
        tag_uuids: Sequence[Any] | None = None,
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
        data_disk_offering_uuids: Sequence[Any] | None = None,
        data_disk_sizes: Sequence[Any] | None = None,
        data_volume_system_tags: Sequence[Any] | None = None,
        data_volume_system_tags_on_index: Mapping[str, Any] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        disk_aos: Sequence[Any] | None = None,
        guest_os_type: str | None = None,
        host_uuid: str | None = None,
        image_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        l3_network_uuids: Sequence[Any] | None = None,
        memory_size: int | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_disk_offering_uuid: str | None = None,
        root_disk_size: int | None = None,
        root_volume_system_tags: Sequence[Any] | None = None,
        ssh_key_pair_uuids: Sequence[Any] | None = None,
        strategy: Literal["InstantStart", "JustCreate", "CreateStopped"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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
        l3_network_uuids: Sequence[Any] | None = None,
        memory_size: int | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        primary_storage_uuid: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        l3_network_uuids: Sequence[Any] | None = None,
        memory_size: int | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        primary_storage_uuid: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[Any] | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        l3_network_uuids: Sequence[Any] | None = None,
        memory_size: int | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[Any] | None = None,
        strategy: Literal["InstantStart", "CreateStopped"] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def create_vm_scheduling_rule(
        self,
        *,
        mode: Literal["SOFT", "HARD"],
        name: str,
        rule: Literal["AFFINITY", "ANTIAFFINITY"],
        vm_group_uuid: str,
        description: str | None = None,
        host_group_uuid: str | None = None,
        policy: Literal["antiSoft", "antiHard"] | None = None,
        resource_uuid: str | None = None,
        sub_type: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: Literal["host"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmSchedulingRuleResult:
        """创建云主机调度策略 (CreateVmSchedulingRule).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.6.0; maxLength 255)
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            mode: 执行力度 (since 4.6.0; enum {'SOFT', 'HARD'})
            name: 资源名称 (since 4.6.0; maxLength 255)
            policy: policy (since 4.6.0; enum {'antiSoft', 'antiHard'})
            resource_uuid: 资源UUID (since 4.6.0)
            rule: 规则 (since 4.6.0; enum {'AFFINITY', 'ANTIAFFINITY'})
            sub_type: subType (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            type: type (since 4.6.0; enum {'host'})
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_SCHEDULING_RULE,
            {
                "description": description,
                "hostGroupUuid": host_group_uuid,
                "mode": mode,
                "name": name,
                "policy": policy,
                "resourceUuid": resource_uuid,
                "rule": rule,
                "subType": sub_type,
                "tagUuids": tag_uuids,
                "type": type,
                "vmGroupUuid": vm_group_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vm_scheduling_rule_group(
        self,
        *,
        name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmSchedulingRuleGroupResult:
        """创建云主机调度组 (CreateVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            resource_uuid: 资源UUID (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_SCHEDULING_RULE_GROUP,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_volume_snapshot(
        self,
        *,
        volume_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVolumeSnapshotResult:
        """从云盘创建快照 (CreateVolumeSnapshot).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 0.6)
            description: 快照的详细描述 (since 0.6; maxLength 2048)
            name: 快照名称 (since 0.6; maxLength 255)
            resource_uuid: 资源的Uuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VOLUME_SNAPSHOT,
            {
                "volumeUuid": volume_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_volume_snapshot_group(
        self,
        *,
        name: str,
        root_volume_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        with_memory: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVolumeSnapshotGroupResult:
        """创建快照组 (CreateVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0; maxLength 2048)
            name: 资源名称 (since 3.6.0; maxLength 255)
            resource_uuid: resourceUuid (since 3.6.0)
            root_volume_uuid: 根云盘UUID (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            with_memory: withMemory
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VOLUME_SNAPSHOT_GROUP,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "rootVolumeUuid": root_volume_uuid,
                "tagUuids": tag_uuids,
                "withMemory": with_memory,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_volumes_snapshot(
        self,
        *,
        volume_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVolumesSnapshotResult:
        """Create volumes snapshot (CreateVolumesSnapshot).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateVolumesSnapshotAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            volume_uuids: volumeUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VOLUMES_SNAPSHOT,
            {
                "volumeUuids": volume_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_affinity_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAffinityGroupResult:
        """删除亲和组 (DeleteAffinityGroup).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            delete_mode: 删除模式 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_AFFINITY_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_auto_scaling_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingGroupResult:
        """删除弹性伸缩组 (DeleteAutoScalingGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_AUTO_SCALING_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    async def delete_auto_scaling_group_instance(
        self,
        *,
        instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingGroupInstanceResult:
        """手动删除弹性伸缩组内云主机 (DeleteAutoScalingGroupInstance).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            instance_uuid: 云主机UUID (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_AUTO_SCALING_GROUP_INSTANCE,
            {
                "instanceUuid": instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    async def delete_auto_scaling_rule(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingRuleResult:
        """删除伸缩规则 (DeleteAutoScalingRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 伸缩规则UUID (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_AUTO_SCALING_RULE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    async def delete_auto_scaling_rule_trigger(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingRuleTriggerResult:
        """删除伸缩规则触发器 (DeleteAutoScalingRuleTrigger).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_AUTO_SCALING_RULE_TRIGGER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    async def delete_auto_scaling_template(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAutoScalingTemplateResult:
        """删除伸缩组模板 (DeleteAutoScalingTemplate).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_AUTO_SCALING_TEMPLATE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    async def delete_data_volume(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteDataVolumeResult:
        """删除云盘 (DeleteDataVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的资源Uuid (since 0.6)
            delete_mode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_DATA_VOLUME,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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

    async def delete_disk_offering(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteDiskOfferingResult:
        """删除云盘规格 (DeleteDiskOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_DISK_OFFERING,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_host_scheduling_rule_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHostSchedulingRuleGroupResult:
        """删除物理机调度组 (DeleteHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HOST_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_image(
        self,
        *,
        uuid: str,
        backup_storage_uuids: Sequence[str] | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteImageResult:
        """删除镜像 (DeleteImage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像的UUID，唯一标示该子资源 (since 0.6)
            backup_storage_uuids: 镜像服务器UUID列表 (since 0.6; minItems 1)
            delete_mode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IMAGE,
            {
                "uuid": uuid,
                "backupStorageUuids": backup_storage_uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_image_package(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteImagePackageResult:
        """删除镜像包 (DeleteImagePackage).

        Since ZStack 4.4.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.4.6)
            delete_mode: 删除模式 (since 4.4.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IMAGE_PACKAGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_instance_offering(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteInstanceOfferingResult:
        """删除云主机规格 (DeleteInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_INSTANCE_OFFERING,
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

    async def delete_ssh_key_pair(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSshKeyPairResult:
        """删除SSH密钥 (DeleteSshKeyPair).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SSH_KEY_PAIR,
            {
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

    async def delete_vm_scheduling_rule_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmSchedulingRuleGroupResult:
        """删除云主机调度组 (DeleteVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VM_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
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

    async def delete_volume_qos(
        self,
        *,
        uuid: str,
        mode: Literal["total", "read", "write", "all", "overwrite"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVolumeQosResult:
        """取消云盘限速 (DeleteVolumeQos).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID (since 0.6)
            mode: mode (since 4.4.0; enum {'total', 'read', 'write', 'all', 'overwrite'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VOLUME_QOS,
            {
                "uuid": uuid,
                "mode": mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_volume_snapshot(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        direction: str | None = None,
        scope: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVolumeSnapshotResult:
        """删除云盘快照 (DeleteVolumeSnapshot).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive) (since 0.6)
            direction: 数据合并方向。pull：向前合并；commit：向后合并；auto：自动选择最优合并方向 (since 5.4.0)
            scope: 数据合并方式。single：仅合并单个快照；chain：合并整个快照链；auto：自动判断最佳合并范围 (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VOLUME_SNAPSHOT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "direction": direction,
                "scope": scope,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_volume_snapshot_group(
        self,
        *,
        uuid: str,
        direction: str | None = None,
        scope: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVolumeSnapshotGroupResult:
        """删除快照组 (DeleteVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            direction: 数据合并方向。pull：向前合并；commit：向后合并；auto：自动选择最优合并方向 (since 5.4.0)
            scope: 数据合并方式。single：仅合并单个快照；chain：合并整个快照链；auto：自动判断最佳合并范围 (since 5.4.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VOLUME_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "direction": direction,
                "scope": scope,
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

    async def detach_auto_scaling_template_from_group(
        self,
        *,
        template_uuid: str,
        group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachAutoScalingTemplateFromGroupResult:
        """卸载伸缩组模板 (DetachAutoScalingTemplateFromGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            template_uuid: 模板UUID (since 3.1.0)
            group_uuid: 伸缩组UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_AUTO_SCALING_TEMPLATE_FROM_GROUP,
            {
                "templateUuid": template_uuid,
                "groupUuid": group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_data_volume_from_host(
        self,
        *,
        volume_uuid: str,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachDataVolumeFromHostResult:
        """从物理机卸载数据云盘 (DetachDataVolumeFromHost).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 4.5.0)
            host_uuid: 物理机UUID (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_DATA_VOLUME_FROM_HOST,
            {
                "volumeUuid": volume_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_data_volume_from_vm(
        self,
        *,
        uuid: str,
        vm_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachDataVolumeFromVmResult:
        """从云主机上卸载云盘 (DetachDataVolumeFromVm).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 0.6)
            vm_uuid: 云主机的UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_DATA_VOLUME_FROM_VM,
            {
                "uuid": uuid,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_host_from_host_scheduling_rule_group(
        self,
        *,
        host_group_uuid: str,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachHostFromHostSchedulingRuleGroupResult:
        """从物理机调度组解绑物理机 (DetachHostFromHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            host_uuid: 物理机UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_HOST_FROM_HOST_SCHEDULING_RULE_GROUP,
            {
                "hostGroupUuid": host_group_uuid,
                "hostUuid": host_uuid,
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

    async def detach_ssh_key_pair_from_vm_instance(
        self,
        *,
        ssh_key_pair_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachSshKeyPairFromVmInstanceResult:
        """云主机卸载密钥对 (DetachSshKeyPairFromVmInstance).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ssh_key_pair_uuid: sshKeyPairUuid (since 4.7.21)
            vm_instance_uuid: 云主机UUID (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_SSH_KEY_PAIR_FROM_VM_INSTANCE,
            {
                "sshKeyPairUuid": ssh_key_pair_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_vm_from_vm_scheduling_rule_group(
        self,
        *,
        vm_group_uuid: str,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachVmFromVmSchedulingRuleGroupResult:
        """从云主机调度组解绑云主机 (DetachVmFromVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            vm_uuid: VM UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_VM_FROM_VM_SCHEDULING_RULE_GROUP,
            {
                "vmGroupUuid": vm_group_uuid,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def execute_auto_scaling_rule(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExecuteAutoScalingRuleResult:
        """手动执行伸缩组规则 (ExecuteAutoScalingRule).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 伸缩组规则UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXECUTE_AUTO_SCALING_RULE,
            {
                "uuid": uuid,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def expunge_data_volume(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExpungeDataVolumeResult:
        """彻底删除云盘 (ExpungeDataVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXPUNGE_DATA_VOLUME,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def expunge_image(
        self,
        *,
        image_uuid: str,
        uuid: str,
        backup_storage_uuids: Sequence[Any] | None = None,
        uuid_: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExpungeImageResult:
        """彻底删除镜像 (ExpungeImage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_uuid: 镜像UUID (since 0.6)
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            backup_storage_uuids: 镜像服务器UUID列表 (since 0.6; minItems 1)
            uuid_: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXPUNGE_IMAGE,
            {
                "imageUuid": image_uuid,
                "Uuid": uuid,
                "backupStorageUuids": backup_storage_uuids,
                "uuid": uuid_,
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

    async def flatten_volume(
        self,
        *,
        uuid: str,
        dry_run: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> FlattenVolumeResult:
        """扁平合并云盘 (FlattenVolume).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            dry_run: 试运行，可用于预测数据用量 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            FLATTEN_VOLUME,
            {
                "uuid": uuid,
                "dryRun": dry_run,
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

    async def generate_ssh_key_pair(
        self,
        *,
        name: str,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GenerateSshKeyPairResult:
        """生成SSH密钥 (GenerateSshKeyPair).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            description: 资源的详细描述 (since 4.7.21; maxLength 2048)
            name: 资源名称 (since 4.7.21; maxLength 255; pattern ^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GENERATE_SSH_KEY_PAIR,
            {
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_backup_storage_for_creating_image_from_volume(
        self,
        *,
        volume_uuid: str,
        volume_snapshot_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBackupStorageForCreatingImageFromVolumeResult:
        """Get backup storage for creating image from volume (GetBackupStorageForCreatingImageFromVolume).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetBackupStorageForCreatingImageFromVolumeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            volume_uuid: volumeUuid
            volume_snapshot_uuid: volumeSnapshotUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_BACKUP_STORAGE_FOR_CREATING_IMAGE_FROM_VOLUME,
            {
                "volumeUuid": volume_uuid,
                "volumeSnapshotUuid": volume_snapshot_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_backup_storage_for_creating_image_from_volume_snapshot(
        self,
        *,
        volume_snapshot_uuid: str,
        volume_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBackupStorageForCreatingImageFromVolumeSnapshotResult:
        """Get backup storage for creating image from volume snapshot (GetBackupStorageForCreatingImageFromVolumeSnapshot).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetBackupStorageForCreatingImageFromVolumeSnapshotAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            volume_snapshot_uuid: volumeSnapshotUuid
            volume_uuid: volumeUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_BACKUP_STORAGE_FOR_CREATING_IMAGE_FROM_VOLUME_SNAPSHOT,
            {
                "volumeSnapshotUuid": volume_snapshot_uuid,
                "volumeUuid": volume_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_affinity_group_for_attaching_vm(
        self,
        *,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateAffinityGroupForAttachingVmResult:
        """获取可绑定云主机的亲和组 (GetCandidateAffinityGroupForAttachingVm).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            vm_uuid: 云主机UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_AFFINITY_GROUP_FOR_ATTACHING_VM,
            {
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_affinity_group_for_creating_vm(
        self,
        *,
        zone_uuid: str,
        cluster_uuid: str | None = None,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateAffinityGroupForCreatingVmResult:
        """创建云主机时获取可加入非亲和组 (GetCandidateAffinityGroupForCreatingVm).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            zone_uuid: 区域UUID (since 4.1.0)
            cluster_uuid: 集群UUID (since 4.1.0)
            host_uuid: 物理机UUID (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_AFFINITY_GROUP_FOR_CREATING_VM,
            {
                "zoneUuid": zone_uuid,
                "clusterUuid": cluster_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_backup_storage_for_creating_image(
        self,
        *,
        volume_uuid: str | None = None,
        volume_snapshot_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateBackupStorageForCreatingImageResult:
        """获取镜像服务器候选 (GetCandidateBackupStorageForCreatingImage).

        获取创建镜像的镜像服务器候选。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            volume_uuid: 云盘UUID，注意：volumeUuid 和 volumeSnapshotUuid 二选一 (since 0.6)
            volume_snapshot_uuid: 云盘快照UUID，注意：volumeUuid 和 volumeSnapshotUuid 二选一 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_BACKUP_STORAGE_FOR_CREATING_IMAGE,
            {
                "volumeUuid": volume_uuid,
                "volumeSnapshotUuid": volume_snapshot_uuid,
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

    async def get_candidate_vm_for_attaching_affinity_group(
        self,
        *,
        affinity_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVMForAttachingAffinityGroupResult:
        """获取可绑定亲和组的云主机 (GetCandidateVMForAttachingAffinityGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            affinity_group_uuid: 亲和组uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_VM_FOR_ATTACHING_AFFINITY_GROUP,
            {
                "affinityGroupUuid": affinity_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
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

    async def get_data_volume_attachable_vm(
        self,
        *,
        volume_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetDataVolumeAttachableVmResult:
        """获取云盘可被加载的云主机列表 (GetDataVolumeAttachableVm).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            volume_uuid: 云盘UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_DATA_VOLUME_ATTACHABLE_VM,
            {
                "volumeUuid": volume_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
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

    async def get_image_qga(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetImageQgaResult:
        """获取镜像Qga (GetImageQga).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_IMAGE_QGA,
            {
                "uuid": uuid,
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

    async def get_memory_snapshot_group_reference(
        self,
        *,
        resource_uuid: str,
        resource_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMemorySnapshotGroupReferenceResult:
        """获取资源被引用的内存快照组 (GetMemorySnapshotGroupReference).

        Since ZStack 4.4.24. Synchronous (a 202 is still followed).

        Args:
            resource_uuid: 资源UUID (since 4.4.24)
            resource_type: 资源类型 (since 4.4.24)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_MEMORY_SNAPSHOT_GROUP_REFERENCE,
            {
                "resourceUuid": resource_uuid,
                "resourceType": resource_type,
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

    async def get_upload_image_job_details(
        self,
        *,
        image_id: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetUploadImageJobDetailsResult:
        """获取上传镜像任务详情 (GetUploadImageJobDetails).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            image_id: 上传镜像的唯一标识，由用户自定义，推荐使用 md5 (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_UPLOAD_IMAGE_JOB_DETAILS,
            {
                "imageId": image_id,
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

    async def get_vm_scheduling_rules_execute_state(
        self,
        *,
        uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmSchedulingRulesExecuteStateResult:
        """获取云主机调度组执行状态 (GetVmSchedulingRulesExecuteState).

        Since ZStack 4.6.0. Synchronous (a 202 is still followed).

        Args:
            uuids: VM调度组UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_SCHEDULING_RULES_EXECUTE_STATE,
            {
                "uuids": uuids,
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

    async def get_volume_capabilities(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVolumeCapabilitiesResult:
        """获取云盘支持的类型的能力 (GetVolumeCapabilities).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VOLUME_CAPABILITIES,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_volume_format(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVolumeFormatResult:
        """获取云盘格式 (GetVolumeFormat).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VOLUME_FORMAT,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_volume_io_thread_pin(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVolumeIoThreadPinResult:
        """获取云盘IO线程绑定信息 (GetVolumeIoThreadPin).

        Since ZStack 4.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VOLUME_IO_THREAD_PIN,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_volume_qos(
        self,
        *,
        uuid: str,
        force_sync: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVolumeQosResult:
        """获取云盘限速 (GetVolumeQos).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 云盘的UUID (since 0.6)
            force_sync: 是否到物理机上去同步数据 (since 3.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VOLUME_QOS,
            {
                "uuid": uuid,
                "forceSync": force_sync,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_volume_snapshot_size(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVolumeSnapshotSizeResult:
        """获取快照容量 (GetVolumeSnapshotSize).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 快照UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VOLUME_SNAPSHOT_SIZE,
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
        resource_uuids: Sequence[Any],
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

    async def query_affinity_group(
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
    ) -> QueryAffinityGroupResult:
        """查询亲和组 (QueryAffinityGroup).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_AFFINITY_GROUP,
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

    def query_affinity_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AffinityGroupInventory]:
        """Every result of ``query_affinity_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AFFINITY_GROUP,
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

    async def query_auto_scaling_group(
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
    ) -> QueryAutoScalingGroupResult:
        """查询弹性伸缩组 (QueryAutoScalingGroup).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_AUTO_SCALING_GROUP,
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

    def query_auto_scaling_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AutoScalingGroupInventory]:
        """Every result of ``query_auto_scaling_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_GROUP,
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

    async def query_auto_scaling_group_activity(
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
    ) -> QueryAutoScalingGroupActivityResult:
        """查询弹性伸缩组活动列表 (QueryAutoScalingGroupActivity).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_AUTO_SCALING_GROUP_ACTIVITY,
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

    def query_auto_scaling_group_activity_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AutoScalingGroupActivityInventory]:
        """Every result of ``query_auto_scaling_group_activity``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_GROUP_ACTIVITY,
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

    async def query_auto_scaling_group_instance(
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
    ) -> QueryAutoScalingGroupInstanceResult:
        """查询弹性伸缩组内云主机列表 (QueryAutoScalingGroupInstance).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_AUTO_SCALING_GROUP_INSTANCE,
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

    def query_auto_scaling_group_instance_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AutoScalingGroupInstanceInventory]:
        """Every result of ``query_auto_scaling_group_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_GROUP_INSTANCE,
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

    async def query_auto_scaling_rule(
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
    ) -> QueryAutoScalingRuleResult:
        """查询伸缩规则 (QueryAutoScalingRule).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_AUTO_SCALING_RULE,
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

    def query_auto_scaling_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AutoScalingRuleInventory]:
        """Every result of ``query_auto_scaling_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_RULE,
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

    async def query_auto_scaling_rule_trigger(
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
    ) -> QueryAutoScalingRuleTriggerResult:
        """查询伸缩规则触发器列表 (QueryAutoScalingRuleTrigger).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_AUTO_SCALING_RULE_TRIGGER,
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

    def query_auto_scaling_rule_trigger_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AutoScalingRuleTriggerInventory]:
        """Every result of ``query_auto_scaling_rule_trigger``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_RULE_TRIGGER,
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

    async def query_auto_scaling_vm_template(
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
    ) -> QueryAutoScalingVmTemplateResult:
        """查询伸缩组云主机模板 (QueryAutoScalingVmTemplate).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_AUTO_SCALING_VM_TEMPLATE,
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

    def query_auto_scaling_vm_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AutoScalingVmTemplateInventory]:
        """Every result of ``query_auto_scaling_vm_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUTO_SCALING_VM_TEMPLATE,
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

    async def query_disk_offering(
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
    ) -> QueryDiskOfferingResult:
        """查询云盘规格 (QueryDiskOffering).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_DISK_OFFERING,
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

    def query_disk_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[DiskOfferingInventory]:
        """Every result of ``query_disk_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_DISK_OFFERING,
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

    async def query_image(
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
    ) -> QueryImageResult:
        """查询镜像 (QueryImage).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IMAGE,
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

    def query_image_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ImageInventory]:
        """Every result of ``query_image``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IMAGE,
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

    async def query_image_package(
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
    ) -> QueryImagePackageResult:
        """查询镜像包 (QueryImagePackage).

        Since ZStack 4.4.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.4.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IMAGE_PACKAGE,
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

    def query_image_package_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ImagePackageInventory]:
        """Every result of ``query_image_package``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IMAGE_PACKAGE,
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

    async def query_instance_offering(
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
    ) -> QueryInstanceOfferingResult:
        """查询云主机规格 (QueryInstanceOffering).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_INSTANCE_OFFERING,
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

    def query_instance_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[InstanceOfferingInventory]:
        """Every result of ``query_instance_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_INSTANCE_OFFERING,
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

    async def query_ssh_key_pair(
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
    ) -> QuerySshKeyPairResult:
        """查询SSH密钥 (QuerySshKeyPair).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SSH_KEY_PAIR,
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

    def query_ssh_key_pair_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SshKeyPairInventory]:
        """Every result of ``query_ssh_key_pair``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SSH_KEY_PAIR,
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

    async def query_volume(
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
    ) -> QueryVolumeResult:
        """查询云盘 (QueryVolume).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VOLUME,
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

    def query_volume_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VolumeInventory]:
        """Every result of ``query_volume``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VOLUME,
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

    async def query_volume_snapshot(
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
    ) -> QueryVolumeSnapshotResult:
        """查询云盘快照 (QueryVolumeSnapshot).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VOLUME_SNAPSHOT,
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

    def query_volume_snapshot_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VolumeSnapshotInventory]:
        """Every result of ``query_volume_snapshot``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VOLUME_SNAPSHOT,
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

    async def query_volume_snapshot_group(
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
    ) -> QueryVolumeSnapshotGroupResult:
        """查询快照组 (QueryVolumeSnapshotGroup).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VOLUME_SNAPSHOT_GROUP,
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

    def query_volume_snapshot_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VolumeSnapshotGroupInventory]:
        """Every result of ``query_volume_snapshot_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VOLUME_SNAPSHOT_GROUP,
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

    async def query_volume_snapshot_tree(
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
    ) -> QueryVolumeSnapshotTreeResult:
        """查询快照树 (QueryVolumeSnapshotTree).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VOLUME_SNAPSHOT_TREE,
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

    def query_volume_snapshot_tree_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VolumeSnapshotTreeInventory]:
        """Every result of ``query_volume_snapshot_tree``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VOLUME_SNAPSHOT_TREE,
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

    async def recover_data_volume(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverDataVolumeResult:
        """恢复云盘 (RecoverDataVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECOVER_DATA_VOLUME,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def recover_image(
        self,
        *,
        image_uuid: str,
        backup_storage_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverImageResult:
        """恢复镜像 (RecoverImage).

        恢复被删除（但未彻底删除）的镜像。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_uuid: 镜像UUID (since 0.6)
            backup_storage_uuids: 镜像服务器UUID列表 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECOVER_IMAGE,
            {
                "imageUuid": image_uuid,
                "backupStorageUuids": backup_storage_uuids,
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

    async def remove_vm_from_affinity_group(
        self,
        *,
        affinity_group_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVmFromAffinityGroupResult:
        """从亲和组移除云主机 (RemoveVmFromAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            affinity_group_uuid: 亲和组UUID (since 2.3)
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_VM_FROM_AFFINITY_GROUP,
            {
                "affinityGroupUuid": affinity_group_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_vm_scheduling_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVmSchedulingRuleResult:
        """移除云主机调度策略 (RemoveVmSchedulingRule).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            delete_mode: 删除模式 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_VM_SCHEDULING_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def resize_data_volume(
        self,
        *,
        uuid: str,
        size: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ResizeDataVolumeResult:
        """扩展数据云盘 (ResizeDataVolume).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            size: 扩展后大小 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RESIZE_DATA_VOLUME,
            {
                "uuid": uuid,
                "size": size,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def resize_root_volume(
        self,
        *,
        uuid: str,
        size: int,
        vm_instance_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ResizeRootVolumeResult:
        """扩展根云盘 (ResizeRootVolume).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            size: 扩展后大小 (since 2.2)
            vm_instance_uuid: vmInstanceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RESIZE_ROOT_VOLUME,
            {
                "uuid": uuid,
                "size": size,
                "vmInstanceUuid": vm_instance_uuid,
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

    async def revert_vm_from_snapshot_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevertVmFromSnapshotGroupResult:
        """恢复快照组 (RevertVmFromSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 快照组的UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REVERT_VM_FROM_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def revert_volume_from_snapshot(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevertVolumeFromSnapshotResult:
        """将云盘回滚至指定快照 (RevertVolumeFromSnapshot).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 快照的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REVERT_VOLUME_FROM_SNAPSHOT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_image_boot_mode(
        self,
        *,
        uuid: str,
        boot_mode: Literal["Legacy", "UEFI", "UEFI_WITH_CSM"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetImageBootModeResult:
        """设置镜像启动模式 (SetImageBootMode).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            boot_mode: 镜像启动模式 (since 3.9.0; enum {'Legacy', 'UEFI', 'UEFI_WITH_CSM'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_IMAGE_BOOT_MODE,
            {
                "uuid": uuid,
                "bootMode": boot_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_image_qga(
        self,
        *,
        uuid: str,
        enable: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetImageQgaResult:
        """设置镜像Qga (SetImageQga).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            enable: enable (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_IMAGE_QGA,
            {
                "uuid": uuid,
                "enable": enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_image_security_level(
        self,
        *,
        uuid: str,
        security_level: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetImageSecurityLevelResult:
        """Set image security level (SetImageSecurityLevel).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetImageSecurityLevelAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            security_level: securityLevel
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_IMAGE_SECURITY_LEVEL,
            {
                "uuid": uuid,
                "securityLevel": security_level,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def set_volume_io_thread_pin(
        self,
        *,
        uuid: str,
        io_thread_id: int,
        pin: str,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVolumeIoThreadPinResult:
        """设置云盘IO线程绑定 (SetVolumeIoThreadPin).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            io_thread_id: IO线程的id (since 4.7.0; minimum 1; maximum 10)
            pin: 绑定的CPU范围 (since 4.7.0)
            vm_uuid: 云盘加载目标云主机的UUID (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VOLUME_IO_THREAD_PIN,
            {
                "uuid": uuid,
                "ioThreadId": io_thread_id,
                "pin": pin,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_volume_qos(
        self,
        *,
        uuid: str,
        mode: Literal["total", "read", "write"] | None = None,
        read_bandwidth: int | None = None,
        read_iops: int | None = None,
        total_bandwidth: int | None = None,
        total_iops: int | None = None,
        volume_bandwidth: int | None = None,
        write_bandwidth: int | None = None,
        write_iops: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVolumeQosResult:
        """设置云盘限速 (SetVolumeQos).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID (since 0.6)
            mode: mode (since 3.1.0; enum {'total', 'read', 'write'})
            read_bandwidth: readBandwidth (since 4.4.0; minimum 1024; maximum 9223372036854775807)
            read_iops: readIOPS (since 4.4.0; minimum 1; maximum 9223372036854775807)
            total_bandwidth: totalBandwidth (since 4.4.0; minimum 1024; maximum 9223372036854775807)
            total_iops: totalIOPS (since 4.4.0; minimum 1; maximum 9223372036854775807)
            volume_bandwidth: 云盘限速带宽 (since 0.6; minimum 1024; maximum 9223372036854775807)
            write_bandwidth: writeBandwidth (since 4.4.0; minimum 1024; maximum 9223372036854775807)
            write_iops: writeIOPS (since 4.4.0; minimum 1; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VOLUME_QOS,
            {
                "uuid": uuid,
                "mode": mode,
                "readBandwidth": read_bandwidth,
                "readIOPS": read_iops,
                "totalBandwidth": total_bandwidth,
                "totalIOPS": total_iops,
                "volumeBandwidth": volume_bandwidth,
                "writeBandwidth": write_bandwidth,
                "writeIOPS": write_iops,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def shrink_volume_snapshot(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ShrinkVolumeSnapshotResult:
        """快照瘦身 (ShrinkVolumeSnapshot).

        Since ZStack 3.10.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.10.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SHRINK_VOLUME_SNAPSHOT,
            {
                "uuid": uuid,
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

    async def sync_image_from_image_store_backup_storage(
        self,
        *,
        uuid: str,
        dst_backup_storage_uuid: str,
        name: str,
        src_backup_storage_uuid: str,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncImageFromImageStoreBackupStorageResult:
        """Sync image from image store backup storage (SyncImageFromImageStoreBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncImageFromImageStoreBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            dst_backup_storage_uuid: dstBackupStorageUuid
            name: name (minLength 1; maxLength 255)
            src_backup_storage_uuid: srcBackupStorageUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_IMAGE_FROM_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "dstBackupStorageUuid": dst_backup_storage_uuid,
                "name": name,
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_image_size(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncImageSizeResult:
        """刷新镜像大小信息 (SyncImageSize).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像的UUID，唯一标示该镜像 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_IMAGE_SIZE,
            {
                "uuid": uuid,
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

    async def sync_volume_size(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVolumeSizeResult:
        """同步云盘大小 (SyncVolumeSize).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_VOLUME_SIZE,
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

    async def undo_snapshot_creation(
        self,
        *,
        uuid: str,
        snap_shot_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UndoSnapshotCreationResult:
        """回滚最新创建的快照 (UndoSnapshotCreation).

        Since ZStack 4.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 4.8.0)
            snap_shot_uuid: snapShotUuid (since 4.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNDO_SNAPSHOT_CREATION,
            {
                "uuid": uuid,
                "snapShotUuid": snap_shot_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def ungroup_volume_snapshot_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UngroupVolumeSnapshotGroupResult:
        """解绑快照组 (UngroupVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 快照组的UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNGROUP_VOLUME_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_affinity_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAffinityGroupResult:
        """更新亲和组 (UpdateAffinityGroup).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AFFINITY_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_auto_scaling_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        max_resource_size: int | None = None,
        min_resource_size: int | None = None,
        name: str | None = None,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ]
        | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupResult:
        """修改弹性伸缩组 (UpdateAutoScalingGroup).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            max_resource_size: 伸缩组内最大云主机数量 (since 3.1.0; minimum 0; maximum 2147483647)
            min_resource_size: 伸缩组内最少云主机数量 (since 3.1.0; minimum 0; maximum 2147483647)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机策略：创建时间最久的主机优先，新创建的云主机优先 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AUTO_SCALING_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "maxResourceSize": max_resource_size,
                "minResourceSize": min_resource_size,
                "name": name,
                "removalPolicy": removal_policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_auto_scaling_group_adding_new_instance_rule(
        self,
        *,
        uuid: str,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ]
        | None = None,
        adjustment_value: int | None = None,
        cooldown: int | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupAddingNewInstanceRuleResult:
        """修改伸缩组扩容规则 (UpdateAutoScalingGroupAddingNewInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            adjustment_type: 扩容方式：减少指定数量云主机，按百分比减少云主机，减少云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 扩容数值 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            cooldown: 冷却时间 (since 3.1.0; minimum 1; maximum 900)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AUTO_SCALING_GROUP_ADDING_NEW_INSTANCE_RULE,
            {
                "uuid": uuid,
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_auto_scaling_group_instance(
        self,
        *,
        instance_uuid: str,
        group_uuid: str,
        protection_strategy: Literal["Protected", "Unprotected"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupInstanceResult:
        """更新伸缩组实例信息 (UpdateAutoScalingGroupInstance).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            instance_uuid: 伸缩组内实例UUID (since 3.9.0)
            group_uuid: 伸缩组UUID (since 3.9.0)
            protection_strategy: 伸缩组内实例保护策略 (since 3.9.0; maxLength 128; enum {'Protected', 'Unprotected'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AUTO_SCALING_GROUP_INSTANCE,
            {
                "instanceUuid": instance_uuid,
                "groupUuid": group_uuid,
                "protectionStrategy": protection_strategy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_auto_scaling_group_removal_instance_rule(
        self,
        *,
        uuid: str,
        adjustment_type: Literal[
            "QuantityChangeInCapacity", "PercentChangeInCapacity", "TotalCapacity"
        ]
        | None = None,
        adjustment_value: int | None = None,
        cooldown: int | None = None,
        description: str | None = None,
        name: str | None = None,
        removal_policy: Literal[
            "OldestInstance",
            "NewestInstance",
            "OldestScalingConfiguration",
            "MinimumCPUUsageInstance",
            "MinimumMemoryUsageInstance",
        ]
        | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingGroupRemovalInstanceRuleResult:
        """修改伸缩组缩容规则 (UpdateAutoScalingGroupRemovalInstanceRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            adjustment_type: 缩容方式：减少指定数量云主机，按百分比减少云主机，减少云主机数量到指定值 (since 3.1.0; enum {'QuantityChangeInCapacity', 'PercentChangeInCapacity', 'TotalCapacity'})
            adjustment_value: 缩容数值 (since 3.1.0; minimum 1; maximum 9223372036854775807)
            cooldown: 冷却时间 (since 3.1.0; minimum 1; maximum 900)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            removal_policy: 删除云主机策略 (since 3.1.0; enum {'OldestInstance', 'NewestInstance', 'OldestScalingConfiguration', 'MinimumCPUUsageInstance', 'MinimumMemoryUsageInstance'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AUTO_SCALING_GROUP_REMOVAL_INSTANCE_RULE,
            {
                "uuid": uuid,
                "adjustmentType": adjustment_type,
                "adjustmentValue": adjustment_value,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "removalPolicy": removal_policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_auto_scaling_rule(
        self,
        *,
        uuid: str,
        cooldown: int | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingRuleResult:
        """修改弹性伸缩组规则 (UpdateAutoScalingRule).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            cooldown: 冷却时间 (since 3.1.0; minimum 1; maximum 900)
            description: 资源的详细描述 (since 3.1.0; maxLength 2048)
            name: 资源名称 (since 3.1.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AUTO_SCALING_RULE,
            {
                "uuid": uuid,
                "cooldown": cooldown,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_auto_scaling_vm_template(
        self,
        *,
        uuid: str,
        description: str | None = None,
        host_uuid: str | None = None,
        image_uuid: str | None = None,
        name: str | None = None,
        vm_instance_cluster_uuid: str | None = None,
        vm_instance_description: str | None = None,
        vm_instance_name: str | None = None,
        vm_instance_offering_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAutoScalingVmTemplateResult:
        """更新伸缩组云主机模板 (UpdateAutoScalingVmTemplate).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机模板UUID (since 3.9.0)
            description: 详细描述 (since 3.9.0; maxLength 2048)
            host_uuid: hostUuid
            image_uuid: 云主机镜像UUID (since 3.9.0)
            name: 模板名称 (since 3.9.0; maxLength 255)
            vm_instance_cluster_uuid: vmInstanceClusterUuid
            vm_instance_description: 云主机描述 (since 3.9.0; maxLength 2048)
            vm_instance_name: 云主机名称 (since 3.9.0; maxLength 255)
            vm_instance_offering_uuid: 云主机实例规格UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AUTO_SCALING_VM_TEMPLATE,
            {
                "uuid": uuid,
                "description": description,
                "hostUuid": host_uuid,
                "imageUuid": image_uuid,
                "name": name,
                "vmInstanceClusterUuid": vm_instance_cluster_uuid,
                "vmInstanceDescription": vm_instance_description,
                "vmInstanceName": vm_instance_name,
                "vmInstanceOfferingUuid": vm_instance_offering_uuid,
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

    async def update_disk_offering(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateDiskOfferingResult:
        """更新云盘规格 (UpdateDiskOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_DISK_OFFERING,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
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

    async def update_host_scheduling_rule_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostSchedulingRuleGroupResult:
        """更新物理机调度组 (UpdateHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_HOST_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_image(
        self,
        *,
        uuid: str,
        architecture: Literal["x86_64", "aarch64", "mips64el", "loongarch64"] | None = None,
        description: str | None = None,
        format: Literal["raw", "qcow2", "iso"] | None = None,
        guest_os_type: str | None = None,
        media_type: Literal["RootVolumeTemplate", "DataVolumeTemplate", "ISO"] | None = None,
        name: str | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        system: bool | None = None,
        virtio: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateImageResult:
        """更新镜像信息 (UpdateImage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像的UUID，唯一标示该镜像 (since 0.6)
            architecture: architecture (since 4.0.0; maxLength 32; enum {'x86_64', 'aarch64', 'mips64el', 'loongarch64'})
            description: 镜像的详细描述 (since 0.6; maxLength 2048)
            format: 镜像的格式 (since 0.6; maxLength 255; enum {'raw', 'qcow2', 'iso'})
            guest_os_type: 镜像对应的客户机操作系统类型 (since 0.6; maxLength 255)
            media_type: 镜像的类型 (since 0.6; maxLength 255; enum {'RootVolumeTemplate', 'DataVolumeTemplate', 'ISO'})
            name: 镜像名称 (since 0.6; maxLength 255)
            platform: 镜像的系统平台 (since 0.6; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            system: 标识是否为系统镜像 (since 0.6)
            virtio: virtio (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IMAGE,
            {
                "uuid": uuid,
                "architecture": architecture,
                "description": description,
                "format": format,
                "guestOsType": guest_os_type,
                "mediaType": media_type,
                "name": name,
                "platform": platform,
                "system": system,
                "virtio": virtio,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_image_package(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateImagePackageResult:
        """更新镜像包信息 (UpdateImagePackage).

        Since ZStack 4.4.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.4.6)
            description: 资源的详细描述 (since 4.4.6)
            name: 资源名称 (since 4.4.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IMAGE_PACKAGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_instance_offering(
        self,
        *,
        uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateInstanceOfferingResult:
        """更新云主机规格 (UpdateInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            allocator_strategy: allocatorStrategy (since 2.3.1)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_INSTANCE_OFFERING,
            {
                "uuid": uuid,
                "allocatorStrategy": allocator_strategy,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ssh_key_pair(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSshKeyPairResult:
        """更新SSH密钥 (UpdateSshKeyPair).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21; maxLength 32)
            description: 资源的详细描述 (since 4.7.21; maxLength 2048)
            name: 资源名称 (since 4.7.21; maxLength 255; pattern ^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SSH_KEY_PAIR,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
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
        vm_nic_uuids: Sequence[Any],
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

    async def update_vm_scheduling_rule(
        self,
        *,
        uuid: str,
        description: str | None = None,
        mode: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmSchedulingRuleResult:
        """更新云主机调度策略 (UpdateVmSchedulingRule).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0; maxLength 2048)
            mode: mode (since 4.6.0)
            name: 资源名称 (since 4.6.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VM_SCHEDULING_RULE,
            {
                "uuid": uuid,
                "description": description,
                "mode": mode,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vm_scheduling_rule_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmSchedulingRuleGroupResult:
        """更新云主机调度组 (UpdateVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VM_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_volume(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVolumeResult:
        """修改云盘属性 (UpdateVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘的UUID，唯一标示该资源 (since 0.6)
            description: 云盘的详细描述 (since 0.6; maxLength 2048)
            name: 云盘名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VOLUME,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_volume_snapshot(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVolumeSnapshotResult:
        """更新云盘快照信息 (UpdateVolumeSnapshot).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 快照的UUID，唯一标示该资源 (since 0.6)
            description: 快照的新详细描述 (since 0.6; maxLength 2048)
            name: 快照的新名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VOLUME_SNAPSHOT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_volume_snapshot_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVolumeSnapshotGroupResult:
        """更新快照组信息 (UpdateVolumeSnapshotGroup).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VOLUME_SNAPSHOT_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
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
        vm_instance_uuids: Sequence[Any],
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

    async def validate_vm_scheduling_rule(
        self,
        *,
        mode: Literal["SOFT", "HARD"],
        rule: Literal["AFFINITY", "ANTIAFFINITY"],
        vm_group_uuid: str,
        host_group_uuid: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateVmSchedulingRuleResult:
        """从云主机调度组校验调度策略 (ValidateVmSchedulingRule).

        Since ZStack 4.6.0. Synchronous (a 202 is still followed).

        Args:
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            mode: 执行模式 (since 4.6.0; enum {'SOFT', 'HARD'})
            rule: 调度规则 (since 4.6.0; enum {'AFFINITY', 'ANTIAFFINITY'})
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_VM_SCHEDULING_RULE,
            {
                "hostGroupUuid": host_group_uuid,
                "mode": mode,
                "rule": rule,
                "vmGroupUuid": vm_group_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def validate_volume_snapshot_chain(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateVolumeSnapshotChainResult:
        """Validate volume snapshot chain (ValidateVolumeSnapshotChain).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ValidateVolumeSnapshotChainAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_VOLUME_SNAPSHOT_CHAIN,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
