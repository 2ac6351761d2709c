"""ZStack Cloud API: 204 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncAPIClient, SyncAPIClient
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_block_primary_storage_result import AddBlockPrimaryStorageResult
    from ..models.add_ceph_backup_storage_result import AddCephBackupStorageResult
    from ..models.add_ceph_primary_storage_pool_result import AddCephPrimaryStoragePoolResult
    from ..models.add_ceph_primary_storage_result import AddCephPrimaryStorageResult
    from ..models.add_iscsi_server_result import AddIscsiServerResult
    from ..models.add_kvm_host_from_config_file_result2 import AddKVMHostFromConfigFileResult2
    from ..models.add_kvm_host_result import AddKVMHostResult
    from ..models.add_mdev_device_spec_to_vm_instance_result import (
        AddMdevDeviceSpecToVmInstanceResult,
    )
    from ..models.add_mon_to_ceph_backup_storage_result import AddMonToCephBackupStorageResult
    from ..models.add_pci_device_spec_to_vm_instance_result import (
        AddPciDeviceSpecToVmInstanceResult,
    )
    from ..models.add_shared_block_group_primary_storage_result import (
        AddSharedBlockGroupPrimaryStorageResult,
    )
    from ..models.add_shared_block_to_shared_block_group_result import (
        AddSharedBlockToSharedBlockGroupResult,
    )
    from ..models.allocate_host_resource_result import AllocateHostResourceResult
    from ..models.attach_backup_storage_to_zone_result import AttachBackupStorageToZoneResult
    from ..models.attach_mdev_device_to_vm_result import AttachMdevDeviceToVmResult
    from ..models.attach_pci_device_to_vm_result import AttachPciDeviceToVmResult
    from ..models.attach_primary_storage_to_cluster_result import (
        AttachPrimaryStorageToClusterResult,
    )
    from ..models.attach_scsi_lun_to_vm_instance_result import AttachScsiLunToVmInstanceResult
    from ..models.attach_usb_device_to_vm_result import AttachUsbDeviceToVmResult
    from ..models.backup_storage_inventory import BackupStorageInventory
    from ..models.backup_storage_migrate_image_result import BackupStorageMigrateImageResult
    from ..models.ceph_backup_storage_inventory import CephBackupStorageInventory
    from ..models.ceph_osd_group_inventory import CephOsdGroupInventory
    from ..models.ceph_primary_storage_inventory import CephPrimaryStorageInventory
    from ..models.ceph_primary_storage_pool_inventory import CephPrimaryStoragePoolInventory
    from ..models.change_cluster_state_result import ChangeClusterStateResult
    from ..models.change_host_network_interface_lldp_mode_result import (
        ChangeHostNetworkInterfaceLldpModeResult,
    )
    from ..models.change_vf_nic_ha_state_result import ChangeVfNicHaStateResult
    from ..models.change_vm_nic_type_result import ChangeVmNicTypeResult
    from ..models.change_zone_state_result import ChangeZoneStateResult
    from ..models.check_scsi_lun_cluster_status_result import CheckScsiLunClusterStatusResult
    from ..models.clean_up_storage_trash_on_primary_storage_result import (
        CleanUpStorageTrashOnPrimaryStorageResult,
    )
    from ..models.cluster_inventory import ClusterInventory
    from ..models.create_bonding_result import CreateBondingResult
    from ..models.create_host_network_service_type_result import CreateHostNetworkServiceTypeResult
    from ..models.create_pci_device_offering_result import CreatePciDeviceOfferingResult
    from ..models.detach_scsi_lun_from_host_result import DetachScsiLunFromHostResult
    from ..models.empty_result import EmptyResult
    from ..models.export_image_from_backup_storage_result import ExportImageFromBackupStorageResult
    from ..models.fiber_channel_storage_inventory import FiberChannelStorageInventory
    from ..models.get_backup_storage_candidates_for_image_migration_result import (
        GetBackupStorageCandidatesForImageMigrationResult,
    )
    from ..models.get_backup_storage_capacity_result import GetBackupStorageCapacityResult
    from ..models.get_backup_storage_types_result import GetBackupStorageTypesResult
    from ..models.get_candidate_interface_vlan_ids_result import GetCandidateInterfaceVlanIdsResult
    from ..models.get_candidate_network_interfaces_result import GetCandidateNetworkInterfacesResult
    from ..models.get_host_allocator_strategies_result import GetHostAllocatorStrategiesResult
    from ..models.get_host_candidates_for_vm_migration_result import (
        GetHostCandidatesForVmMigrationResult,
    )
    from ..models.get_host_iommu_state_result import GetHostIommuStateResult
    from ..models.get_host_iommu_status_result import GetHostIommuStatusResult
    from ..models.get_host_multipath_topology_result2 import GetHostMultipathTopologyResult2
    from ..models.get_host_numa_topology_result import GetHostNUMATopologyResult
    from ..models.get_host_network_facts_result import GetHostNetworkFactsResult
    from ..models.get_host_network_interface_lldp_result import GetHostNetworkInterfaceLldpResult
    from ..models.get_host_power_status_result import GetHostPowerStatusResult
    from ..models.get_host_resource_allocation_result import GetHostResourceAllocationResult
    from ..models.get_host_web_ssh_url_result import GetHostWebSshUrlResult
    from ..models.get_interface_service_type_statistic_result import (
        GetInterfaceServiceTypeStatisticResult,
    )
    from ..models.get_l2_network_types_result import GetL2NetworkTypesResult
    from ..models.get_local_storage_host_disk_capacity_result import (
        GetLocalStorageHostDiskCapacityResult,
    )
    from ..models.get_pci_device_candidates_for_attaching_vm_result import (
        GetPciDeviceCandidatesForAttachingVmResult,
    )
    from ..models.get_primary_storage_allocator_strategies_result import (
        GetPrimaryStorageAllocatorStrategiesResult,
    )
    from ..models.get_primary_storage_candidates_for_vm_migration_result import (
        GetPrimaryStorageCandidatesForVmMigrationResult,
    )
    from ..models.get_primary_storage_candidates_for_volume_migration_result import (
        GetPrimaryStorageCandidatesForVolumeMigrationResult,
    )
    from ..models.get_primary_storage_capacity_result import GetPrimaryStorageCapacityResult
    from ..models.get_primary_storage_license_info_result import GetPrimaryStorageLicenseInfoResult
    from ..models.get_primary_storage_usage_report_result import GetPrimaryStorageUsageReportResult
    from ..models.get_scsi_lun_candidates_for_attaching_vm_result import (
        GetScsiLunCandidatesForAttachingVmResult,
    )
    from ..models.get_shared_block_candidate_result2 import GetSharedBlockCandidateResult2
    from ..models.get_usb_device_candidates_for_attaching_vm_result import (
        GetUsbDeviceCandidatesForAttachingVmResult,
    )
    from ..models.get_vf_pci_device_available_in_l2_network_result import (
        GetVfPciDeviceAvailableInL2NetworkResult,
    )
    from ..models.get_vm_usb_redirect_result import GetVmUsbRedirectResult
    from ..models.gpu_device_inventory import GpuDeviceInventory
    from ..models.hba_device_inventory import HBADeviceInventory
    from ..models.host_inventory import HostInventory
    from ..models.host_network_bonding_inventory import HostNetworkBondingInventory
    from ..models.host_network_interface_inventory import HostNetworkInterfaceInventory
    from ..models.host_os_category_inventory import HostOsCategoryInventory
    from ..models.image_store_backup_storage_inventory import ImageStoreBackupStorageInventory
    from ..models.is_vf_nic_available_in_l3_network_result import IsVfNicAvailableInL3NetworkResult
    from ..models.iscsi_lun_inventory import IscsiLunInventory
    from ..models.iscsi_server_inventory import IscsiServerInventory
    from ..models.kvm_hypervisor_info_inventory import KvmHypervisorInfoInventory
    from ..models.kvm_run_shell_result import KvmRunShellResult
    from ..models.local_storage_migrate_volume_result import LocalStorageMigrateVolumeResult
    from ..models.mdev_device_inventory import MdevDeviceInventory
    from ..models.mdev_device_spec_inventory import MdevDeviceSpecInventory
    from ..models.mtty_device_inventory import MttyDeviceInventory
    from ..models.nvme_lun_inventory import NvmeLunInventory
    from ..models.nvme_target_inventory import NvmeTargetInventory
    from ..models.pci_device_inventory import PciDeviceInventory
    from ..models.pci_device_offering_inventory import PciDeviceOfferingInventory
    from ..models.pci_device_pci_device_offering_inventory import (
        PciDevicePciDeviceOfferingInventory,
    )
    from ..models.pci_device_spec_inventory import PciDeviceSpecInventory
    from ..models.primary_storage_inventory import PrimaryStorageInventory
    from ..models.primary_storage_migrate_vm_result import PrimaryStorageMigrateVmResult
    from ..models.primary_storage_migrate_volume_result import PrimaryStorageMigrateVolumeResult
    from ..models.query_backup_storage_result import QueryBackupStorageResult
    from ..models.query_block_primary_storage_result import QueryBlockPrimaryStorageResult
    from ..models.query_ceph_backup_storage_result import QueryCephBackupStorageResult
    from ..models.query_ceph_osd_group_result import QueryCephOsdGroupResult
    from ..models.query_ceph_primary_storage_pool_result import QueryCephPrimaryStoragePoolResult
    from ..models.query_ceph_primary_storage_result import QueryCephPrimaryStorageResult
    from ..models.query_cluster_result import QueryClusterResult
    from ..models.query_fiber_channel_storage_result import QueryFiberChannelStorageResult
    from ..models.query_gpu_device_result import QueryGpuDeviceResult
    from ..models.query_hba_device_result import QueryHBADeviceResult
    from ..models.query_host_network_bonding_result import QueryHostNetworkBondingResult
    from ..models.query_host_network_interface_lldp_result import (
        QueryHostNetworkInterfaceLldpResult,
    )
    from ..models.query_host_network_interface_result import QueryHostNetworkInterfaceResult
    from ..models.query_host_os_category_result import QueryHostOsCategoryResult
    from ..models.query_host_result import QueryHostResult
    from ..models.query_image_store_backup_storage_result import QueryImageStoreBackupStorageResult
    from ..models.query_iscsi_lun_result import QueryIscsiLunResult
    from ..models.query_iscsi_server_result import QueryIscsiServerResult
    from ..models.query_kvm_hypervisor_info_result import QueryKvmHypervisorInfoResult
    from ..models.query_mdev_device_result import QueryMdevDeviceResult
    from ..models.query_mdev_device_spec_result import QueryMdevDeviceSpecResult
    from ..models.query_mtty_device_result import QueryMttyDeviceResult
    from ..models.query_nvme_lun_result import QueryNvmeLunResult
    from ..models.query_nvme_target_result import QueryNvmeTargetResult
    from ..models.query_pci_device_offering_result import QueryPciDeviceOfferingResult
    from ..models.query_pci_device_pci_device_offering_result import (
        QueryPciDevicePciDeviceOfferingResult,
    )
    from ..models.query_pci_device_result import QueryPciDeviceResult
    from ..models.query_pci_device_spec_result import QueryPciDeviceSpecResult
    from ..models.query_primary_storage_result import QueryPrimaryStorageResult
    from ..models.query_scsi_lun_result import QueryScsiLunResult
    from ..models.query_shared_block_group_primary_storage_host_ref_result import (
        QuerySharedBlockGroupPrimaryStorageHostRefResult,
    )
    from ..models.query_shared_block_group_primary_storage_result import (
        QuerySharedBlockGroupPrimaryStorageResult,
    )
    from ..models.query_shared_block_result import QuerySharedBlockResult
    from ..models.query_usb_device_result import QueryUsbDeviceResult
    from ..models.query_vm_instance_mdev_device_spec_ref_result import (
        QueryVmInstanceMdevDeviceSpecRefResult,
    )
    from ..models.query_vm_instance_pci_device_spec_ref_result import (
        QueryVmInstancePciDeviceSpecRefResult,
    )
    from ..models.query_zone_result import QueryZoneResult
    from ..models.reconnect_image_store_backup_storage_result import (
        ReconnectImageStoreBackupStorageResult,
    )
    from ..models.refresh_nvme_target_result import RefreshNvmeTargetResult
    from ..models.refresh_sharedblock_device_capacity_result import (
        RefreshSharedblockDeviceCapacityResult,
    )
    from ..models.remove_mon_from_ceph_primary_storage_result import (
        RemoveMonFromCephPrimaryStorageResult,
    )
    from ..models.scsi_lun_inventory import ScsiLunInventory
    from ..models.set_ip_on_host_network_bonding_result import SetIpOnHostNetworkBondingResult
    from ..models.set_ip_on_host_network_interface_result import SetIpOnHostNetworkInterfaceResult
    from ..models.set_service_type_on_host_network_bonding_result import (
        SetServiceTypeOnHostNetworkBondingResult,
    )
    from ..models.set_service_type_on_host_network_interface_result import (
        SetServiceTypeOnHostNetworkInterfaceResult,
    )
    from ..models.shared_block_group_primary_storage_host_ref_inventory import (
        SharedBlockGroupPrimaryStorageHostRefInventory,
    )
    from ..models.shared_block_group_primary_storage_inventory import (
        SharedBlockGroupPrimaryStorageInventory,
    )
    from ..models.shared_block_inventory import SharedBlockInventory
    from ..models.sync_image_result import SyncImageResult
    from ..models.update_block_primary_storage_result import UpdateBlockPrimaryStorageResult
    from ..models.update_ceph_primary_storage_pool_result import UpdateCephPrimaryStoragePoolResult
    from ..models.update_cluster_os_result import UpdateClusterOSResult
    from ..models.update_host_iommu_state_result import UpdateHostIommuStateResult
    from ..models.update_host_ipmi_result import UpdateHostIpmiResult
    from ..models.update_host_network_interface_result import UpdateHostNetworkInterfaceResult
    from ..models.update_mdev_device_spec_result import UpdateMdevDeviceSpecResult
    from ..models.update_pci_device_spec_result import UpdatePciDeviceSpecResult
    from ..models.usb_device_inventory import UsbDeviceInventory
    from ..models.vm_instance_mdev_device_spec_ref_inventory import (
        VmInstanceMdevDeviceSpecRefInventory,
    )
    from ..models.vm_instance_pci_device_spec_ref_inventory import (
        VmInstancePciDeviceSpecRefInventory,
    )
    from ..models.zone_inventory import ZoneInventory

__all__ = ["HardwareFacilitiesApi", "AsyncHardwareFacilitiesApi"]


ADD_BLOCK_PRIMARY_STORAGE: Api[AddBlockPrimaryStorageResult] = Api(
    "AddBlockPrimaryStorage",
    "POST",
    "/primary-storage/block",
    params=(
        ("description", "body", "4.6.0"),
        ("metadata", "body", "4.6.0"),
        ("name", "body", "4.6.0"),
        ("resourceUuid", "body", "4.6.0"),
        ("tagUuids", "body", "4.6.0"),
        ("type", "body", "4.6.0"),
        ("url", "body", "4.6.0"),
        ("vendorName", "body", "4.6.0"),
        ("zoneUuid", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    body_key="param",
    since="4.6.0",
    result=".models.add_block_primary_storage_result:AddBlockPrimaryStorageResult",
)

ADD_CEPH_BACKUP_STORAGE: Api[AddCephBackupStorageResult] = Api(
    "AddCephBackupStorage",
    "POST",
    "/backup-storage/ceph",
    params=(
        ("description", "body", "0.6"),
        ("importImages", "body", "1.9"),
        ("monUrls", "body", "0.6"),
        ("name", "body", "0.6"),
        ("poolName", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("type", "body", "0.6"),
        ("url", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_ceph_backup_storage_result:AddCephBackupStorageResult",
)

ADD_CEPH_PRIMARY_STORAGE: Api[AddCephPrimaryStorageResult] = Api(
    "AddCephPrimaryStorage",
    "POST",
    "/primary-storage/ceph",
    params=(
        ("dataVolumePoolName", "body", "0.6"),
        ("description", "body", "0.6"),
        ("imageCachePoolName", "body", "0.6"),
        ("monUrls", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("rootVolumePoolName", "body", "0.6"),
        ("type", "body", "0.6"),
        ("url", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_ceph_primary_storage_result:AddCephPrimaryStorageResult",
)

ADD_CEPH_PRIMARY_STORAGE_POOL: Api[AddCephPrimaryStoragePoolResult] = Api(
    "AddCephPrimaryStoragePool",
    "POST",
    "/primary-storage/ceph/{primaryStorageUuid}/pools",
    params=(
        ("primaryStorageUuid", "path", "0.6"),
        ("aliasName", "body", "0.6"),
        ("description", "body", "0.6"),
        ("isCreate", "body", "0.6"),
        ("poolName", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("type", "body", "3.1.1"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_ceph_primary_storage_pool_result:AddCephPrimaryStoragePoolResult",
)

ADD_IMAGE_STORE_BACKUP_STORAGE: Api[EmptyResult] = Api(
    "AddImageStoreBackupStorage",
    "POST",
    "/backup-storage/image-store",
    params=(
        ("description", "body", "1.6"),
        ("hostname", "body", "1.6"),
        ("importImages", "body", "1.9"),
        ("name", "body", "1.6"),
        ("password", "body", "1.6"),
        ("resourceUuid", "body", "1.6"),
        ("sshPort", "body", "1.6"),
        ("systemTags", "body", "1.6"),
        ("type", "body", "1.6"),
        ("url", "body", "1.6"),
        ("userTags", "body", "1.6"),
        ("username", "body", "1.6"),
    ),
    body_key="params",
    since="1.6",
    result=".models.empty_result:EmptyResult",
)

ADD_ISCSI_SERVER: Api[AddIscsiServerResult] = Api(
    "AddIscsiServer",
    "POST",
    "/storage-devices/iscsi/servers",
    params=(
        ("chapUserName", "body", "3.0.0"),
        ("chapUserPassword", "body", "3.0.0"),
        ("ip", "body", "3.0.0"),
        ("name", "body", "3.0.0"),
        ("port", "body", "3.0.0"),
        ("resourceUuid", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    body_key="params",
    since="3.0.0",
    result=".models.add_iscsi_server_result:AddIscsiServerResult",
)

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
        ("username", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_kvm_host_result:AddKVMHostResult",
)

ADD_KVM_HOST_FROM_CONFIG_FILE: Api[AddKVMHostFromConfigFileResult2] = Api(
    "AddKVMHostFromConfigFile",
    "POST",
    "/hosts/kvm/from-file",
    params=(
        ("hostInfo", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="params",
    since="3.1.0",
    result=".models.add_kvm_host_from_config_file_result2:AddKVMHostFromConfigFileResult2",
)

ADD_LOCAL_PRIMARY_STORAGE: Api[AddCephPrimaryStorageResult] = Api(
    "AddLocalPrimaryStorage",
    "POST",
    "/primary-storage/local-storage",
    params=(
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("type", "body", "0.6"),
        ("url", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_ceph_primary_storage_result:AddCephPrimaryStorageResult",
)

ADD_MDEV_DEVICE_SPEC_TO_VM_INSTANCE: Api[AddMdevDeviceSpecToVmInstanceResult] = Api(
    "AddMdevDeviceSpecToVmInstance",
    "POST",
    "/mdev-device-specs/{mdevSpecUuid}/vm-instances/{vmInstanceUuid}",
    params=(
        ("mdevSpecUuid", "path", "3.5.0"),
        ("vmInstanceUuid", "path", "3.5.0"),
        ("mdevDeviceNumber", "body", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    body_key="params",
    since="3.5.0",
    result=".models.add_mdev_device_spec_to_vm_instance_result:AddMdevDeviceSpecToVmInstanceResult",
)

ADD_MON_TO_CEPH_BACKUP_STORAGE: Api[AddMonToCephBackupStorageResult] = Api(
    "AddMonToCephBackupStorage",
    "DELETE",
    "/backup-storage/ceph/{uuid}/mons",
    params=(
        ("uuid", "path", "0.6"),
        ("monUrls", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.add_mon_to_ceph_backup_storage_result:AddMonToCephBackupStorageResult",
)

ADD_MON_TO_CEPH_PRIMARY_STORAGE: Api[EmptyResult] = Api(
    "AddMonToCephPrimaryStorage",
    "POST",
    "/primary-storage/ceph/{uuid}/mons",
    params=(
        ("uuid", "path", "0.6"),
        ("monUrls", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.empty_result:EmptyResult",
)

ADD_NFS_PRIMARY_STORAGE: Api[AddCephPrimaryStorageResult] = Api(
    "AddNfsPrimaryStorage",
    "POST",
    "/primary-storage/nfs",
    params=(
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("type", "body", "0.6"),
        ("url", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_ceph_primary_storage_result:AddCephPrimaryStorageResult",
)

ADD_PCI_DEVICE_SPEC_TO_VM_INSTANCE: Api[AddPciDeviceSpecToVmInstanceResult] = Api(
    "AddPciDeviceSpecToVmInstance",
    "POST",
    "/pci-device-specs/{pciSpecUuid}/vm-instances/{vmInstanceUuid}",
    params=(
        ("pciSpecUuid", "path", "3.5.0"),
        ("vmInstanceUuid", "path", "3.5.0"),
        ("pciDeviceNumber", "body", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    body_key="params",
    since="3.5.0",
    result=".models.add_pci_device_spec_to_vm_instance_result:AddPciDeviceSpecToVmInstanceResult",
)

ADD_SHARED_BLOCK_GROUP_PRIMARY_STORAGE: Api[AddSharedBlockGroupPrimaryStorageResult] = Api(
    "AddSharedBlockGroupPrimaryStorage",
    "POST",
    "/primary-storage/sharedblockgroup",
    params=(
        ("description", "body", "2.3.2"),
        ("diskUuids", "body", "2.3.2"),
        ("name", "body", "2.3.2"),
        ("resourceUuid", "body", "2.3.2"),
        ("type", "body", "2.3.2"),
        ("url", "body", "2.3.2"),
        ("zoneUuid", "body", "2.3.2"),
        ("systemTags", "root", "2.3.2"),
        ("userTags", "root", "2.3.2"),
    ),
    body_key="params",
    since="2.3.2",
    result=".models.add_shared_block_group_primary_storage_result:AddSharedBlockGroupPrimaryStorageResult",
)

ADD_SHARED_BLOCK_TO_SHARED_BLOCK_GROUP: Api[AddSharedBlockToSharedBlockGroupResult] = Api(
    "AddSharedBlockToSharedBlockGroup",
    "POST",
    "/primary-storage/sharedblockgroup/{uuid}/sharedblocks",
    params=(
        ("uuid", "path", "2.3.2"),
        ("diskUuid", "body", "2.3.2"),
        ("systemTags", "root", "2.3.2"),
        ("userTags", "root", "2.3.2"),
    ),
    body_key="params",
    since="2.3.2",
    result=".models.add_shared_block_to_shared_block_group_result:AddSharedBlockToSharedBlockGroupResult",
)

ADD_SHARED_MOUNT_POINT_PRIMARY_STORAGE: Api[AddCephPrimaryStorageResult] = Api(
    "AddSharedMountPointPrimaryStorage",
    "POST",
    "/primary-storage/smp",
    params=(
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("type", "body", "0.6"),
        ("url", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.add_ceph_primary_storage_result:AddCephPrimaryStorageResult",
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
    body_key="params",
    since="4.7.11",
    result=".models.allocate_host_resource_result:AllocateHostResourceResult",
)

ATTACH_BACKUP_STORAGE_TO_ZONE: Api[AttachBackupStorageToZoneResult] = Api(
    "AttachBackupStorageToZone",
    "POST",
    "/zones/{zoneUuid}/backup-storage/{backupStorageUuid}",
    params=(
        ("zoneUuid", "path", "0.6"),
        ("backupStorageUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.attach_backup_storage_to_zone_result:AttachBackupStorageToZoneResult",
)

ATTACH_ISCSI_SERVER_TO_CLUSTER: Api[AddIscsiServerResult] = Api(
    "AttachIscsiServerToCluster",
    "POST",
    "/clusters/{clusterUuid}/storage-devices/iscsi/servers/{uuid}",
    params=(
        ("clusterUuid", "path", "3.0.0"),
        ("uuid", "path", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    body_key="params",
    since="3.0.0",
    result=".models.add_iscsi_server_result:AddIscsiServerResult",
)

ATTACH_MDEV_DEVICE_TO_VM: Api[AttachMdevDeviceToVmResult] = Api(
    "AttachMdevDeviceToVm",
    "POST",
    "/mdev-devices/{mdevDeviceUuid}/vm-instances/{vmInstanceUuid}",
    params=(
        ("mdevDeviceUuid", "path", "3.5.0"),
        ("vmInstanceUuid", "path", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    body_key="params",
    since="3.5.0",
    result=".models.attach_mdev_device_to_vm_result:AttachMdevDeviceToVmResult",
)

ATTACH_NIC_TO_BONDING: Api[EmptyResult] = Api(
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
    body_key="attachNicToBonding",
    since="5.0.0",
    result=".models.empty_result:EmptyResult",
)

ATTACH_PCI_DEVICE_TO_VM: Api[AttachPciDeviceToVmResult] = Api(
    "AttachPciDeviceToVm",
    "POST",
    "/pci-device/pci-devices/{pciDeviceUuid}/attach",
    params=(
        ("pciDeviceUuid", "path", "2.1"),
        ("vmInstanceUuid", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="params",
    since="2.1",
    result=".models.attach_pci_device_to_vm_result:AttachPciDeviceToVmResult",
)

ATTACH_PRIMARY_STORAGE_TO_CLUSTER: Api[AttachPrimaryStorageToClusterResult] = Api(
    "AttachPrimaryStorageToCluster",
    "POST",
    "/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}",
    params=(
        ("clusterUuid", "path", "0.6"),
        ("primaryStorageUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.attach_primary_storage_to_cluster_result:AttachPrimaryStorageToClusterResult",
)

ATTACH_SCSI_LUN_TO_VM_INSTANCE: Api[AttachScsiLunToVmInstanceResult] = Api(
    "AttachScsiLunToVmInstance",
    "POST",
    "/vm-instances/{vmInstanceUuid}/scsi-lun/{uuid}",
    params=(
        ("vmInstanceUuid", "path", "3.1.0"),
        ("uuid", "path", "3.1.0"),
        ("disableMultiPathAttach", "query", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="params",
    since="3.1.0",
    result=".models.attach_scsi_lun_to_vm_instance_result:AttachScsiLunToVmInstanceResult",
)

ATTACH_USB_DEVICE_TO_VM: Api[AttachUsbDeviceToVmResult] = Api(
    "AttachUsbDeviceToVm",
    "POST",
    "/usb-device/usb-devices/{usbDeviceUuid}/attach",
    params=(
        ("usbDeviceUuid", "path", "2.2"),
        ("attachType", "body", "3.5.0"),
        ("vmInstanceUuid", "body", "2.2"),
        ("systemTags", "root", "2.2"),
        ("userTags", "root", "2.2"),
    ),
    body_key="params",
    since="2.2",
    result=".models.attach_usb_device_to_vm_result:AttachUsbDeviceToVmResult",
)

BACKUP_STORAGE_MIGRATE_IMAGE: Api[BackupStorageMigrateImageResult] = Api(
    "BackupStorageMigrateImage",
    "PUT",
    "/backup-storage/images/{imageUuid}/actions",
    params=(
        ("imageUuid", "path", "2.2"),
        ("dstBackupStorageUuid", "body", "2.2"),
        ("srcBackupStorageUuid", "body", "2.2"),
        ("systemTags", "root", "2.2"),
        ("userTags", "root", "2.2"),
    ),
    body_key="backupStorageMigrateImage",
    since="2.2",
    result=".models.backup_storage_migrate_image_result:BackupStorageMigrateImageResult",
)

CHANGE_BACKUP_STORAGE_STATE: Api[AddCephBackupStorageResult] = Api(
    "ChangeBackupStorageState",
    "PUT",
    "/backup-storage/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="changeBackupStorageState",
    since="0.6",
    result=".models.add_ceph_backup_storage_result:AddCephBackupStorageResult",
)

CHANGE_CLUSTER_STATE: Api[ChangeClusterStateResult] = Api(
    "ChangeClusterState",
    "PUT",
    "/clusters/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="changeClusterState",
    since="0.6",
    result=".models.change_cluster_state_result:ChangeClusterStateResult",
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
    body_key="changeHostNetworkInterfaceLldpMode",
    since="5.0.0",
    result=".models.change_host_network_interface_lldp_mode_result:ChangeHostNetworkInterfaceLldpModeResult",
)

CHANGE_HOST_STATE: Api[AddKVMHostResult] = Api(
    "ChangeHostState",
    "PUT",
    "/hosts/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="changeHostState",
    since="0.6",
    result=".models.add_kvm_host_result:AddKVMHostResult",
)

CHANGE_PRIMARY_STORAGE_STATE: Api[AddCephPrimaryStorageResult] = Api(
    "ChangePrimaryStorageState",
    "PUT",
    "/primary-storage/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="changePrimaryStorageState",
    since="0.6",
    result=".models.add_ceph_primary_storage_result:AddCephPrimaryStorageResult",
)

CHANGE_VF_NIC_HA_STATE: Api[ChangeVfNicHaStateResult] = Api(
    "ChangeVfNicHaState",
    "PUT",
    "/vm-instances/nics/{vfNicUuid}/actions",
    params=(
        ("vfNicUuid", "path", "5.1.0"),
        ("haState", "body", "5.1.0"),
        ("systemTags", "root", "5.1.0"),
        ("userTags", "root", "5.1.0"),
    ),
    body_key="changeVfNicHaState",
    since="5.1.0",
    result=".models.change_vf_nic_ha_state_result:ChangeVfNicHaStateResult",
)

CHANGE_VM_NIC_TYPE: Api[ChangeVmNicTypeResult] = Api(
    "ChangeVmNicType",
    "PUT",
    "/vm-instances/nics/{vmNicUuid}/actions",
    params=(
        ("vmNicUuid", "path", "3.9.0"),
        ("vmNicType", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    body_key="changeVmNicType",
    since="3.9.0",
    result=".models.change_vm_nic_type_result:ChangeVmNicTypeResult",
)

CHANGE_ZONE_STATE: Api[ChangeZoneStateResult] = Api(
    "ChangeZoneState",
    "PUT",
    "/zones/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="changeZoneState",
    since="0.6",
    result=".models.change_zone_state_result:ChangeZoneStateResult",
)

CHECK_KVM_HOST_CONFIG_FILE: Api[EmptyResult] = Api(
    "CheckKVMHostConfigFile",
    "POST",
    "/hosts/kvm/from-file/check",
    params=(
        ("hostInfo", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="params",
    since="3.1.0",
    result=".models.empty_result:EmptyResult",
)

CHECK_SCSI_LUN_CLUSTER_STATUS: Api[CheckScsiLunClusterStatusResult] = Api(
    "CheckScsiLunClusterStatus",
    "PUT",
    "/storage-devices/scsi-lun/{uuid}/cluster/{clusterUuid}",
    params=(
        ("uuid", "path", "3.1.0"),
        ("clusterUuid", "path", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="checkScsiLunClusterStatus",
    since="3.1.0",
    result=".models.check_scsi_lun_cluster_status_result:CheckScsiLunClusterStatusResult",
)

CLEAN_UP_IMAGE_CACHE_ON_PRIMARY_STORAGE: Api[EmptyResult] = Api(
    "CleanUpImageCacheOnPrimaryStorage",
    "PUT",
    "/primary-storage/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("mode", "body", "3.10.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="cleanUpImageCacheOnPrimaryStorage",
    since="0.6",
    result=".models.empty_result:EmptyResult",
)

CLEAN_UP_STORAGE_TRASH_ON_PRIMARY_STORAGE: Api[CleanUpStorageTrashOnPrimaryStorageResult] = Api(
    "CleanUpStorageTrashOnPrimaryStorage",
    "PUT",
    "/primary-storage/{uuid}/storagetrash/actions",
    params=(
        ("uuid", "path", "4.8.0"),
        ("force", "body", "4.8.0"),
        ("systemTags", "root", "4.8.0"),
        ("userTags", "root", "4.8.0"),
    ),
    body_key="cleanUpStorageTrashOnPrimaryStorage",
    since="4.8.0",
    result=".models.clean_up_storage_trash_on_primary_storage_result:CleanUpStorageTrashOnPrimaryStorageResult",
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
    body_key="params",
    since="4.7.0",
    result=".models.create_bonding_result:CreateBondingResult",
)

CREATE_CLUSTER: Api[ChangeClusterStateResult] = Api(
    "CreateCluster",
    "POST",
    "/clusters",
    params=(
        ("architecture", "body", "4.0.0"),
        ("description", "body", "0.6"),
        ("hypervisorType", "body", "4.0.0"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", "4.0.0"),
        ("type", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.change_cluster_state_result:ChangeClusterStateResult",
)

CREATE_HOST_NETWORK_SERVICE_TYPE: Api[CreateHostNetworkServiceTypeResult] = Api(
    "CreateHostNetworkServiceType",
    "POST",
    "/hosts/service-types",
    params=(
        ("resourceUuid", "body", "5.3.0"),
        ("serviceType", "body", "5.3.0"),
        ("system", "body", "5.3.0"),
        ("tagUuids", "body", "5.3.0"),
        ("systemTags", "root", "5.3.0"),
        ("userTags", "root", "5.3.0"),
    ),
    body_key="params",
    since="5.3.0",
    result=".models.create_host_network_service_type_result:CreateHostNetworkServiceTypeResult",
)

CREATE_PCI_DEVICE_OFFERING: Api[CreatePciDeviceOfferingResult] = Api(
    "CreatePciDeviceOffering",
    "POST",
    "/pci-device/pci-device-offerings",
    params=(
        ("description", "body", "2.1"),
        ("deviceId", "body", "2.1"),
        ("name", "body", "2.1"),
        ("resourceUuid", "body", "2.1"),
        ("subdeviceId", "body", "2.1"),
        ("subvendorId", "body", "2.1"),
        ("type", "body", "2.1"),
        ("vendorId", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="params",
    since="2.1",
    result=".models.create_pci_device_offering_result:CreatePciDeviceOfferingResult",
)

CREATE_ZONE: Api[ChangeZoneStateResult] = Api(
    "CreateZone",
    "POST",
    "/zones",
    params=(
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.change_zone_state_result:ChangeZoneStateResult",
)

DELETE_BACKUP_STORAGE: Api[EmptyResult] = Api(
    "DeleteBackupStorage",
    "DELETE",
    "/backup-storage/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
)

DELETE_BONDING: Api[EmptyResult] = Api(
    "DeleteBonding",
    "DELETE",
    "/hosts/bondings/{uuid}",
    params=(
        ("uuid", "path", "4.7.0"),
        ("deleteMode", "query", "4.7.0"),
        ("systemTags", "query", "4.7.0"),
        ("userTags", "query", "4.7.0"),
    ),
    since="4.7.0",
    result=".models.empty_result:EmptyResult",
)

DELETE_CEPH_PRIMARY_STORAGE_POOL: Api[EmptyResult] = Api(
    "DeleteCephPrimaryStoragePool",
    "DELETE",
    "/primary-storage/ceph/pools/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
)

DELETE_CLUSTER: Api[EmptyResult] = Api(
    "DeleteCluster",
    "DELETE",
    "/clusters/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
)

DELETE_EXPORTED_IMAGE_FROM_BACKUP_STORAGE: Api[EmptyResult] = Api(
    "DeleteExportedImageFromBackupStorage",
    "DELETE",
    "/backup-storage/{backupStorageUuid}/exported-images/{imageUuid}",
    params=(
        ("backupStorageUuid", "path", "1.7"),
        ("imageUuid", "path", "1.7"),
        ("systemTags", "query", "1.7"),
        ("userTags", "query", "1.7"),
    ),
    since="1.7",
    result=".models.empty_result:EmptyResult",
)

DELETE_HOST: Api[EmptyResult] = Api(
    "DeleteHost",
    "DELETE",
    "/hosts/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
)

DELETE_HOST_NETWORK_SERVICE_TYPE: Api[EmptyResult] = Api(
    "DeleteHostNetworkServiceType",
    "DELETE",
    "/hosts/service-types/{uuid}",
    params=(
        ("uuid", "path", "5.3.0"),
        ("deleteMode", "query", "5.3.0"),
        ("systemTags", "query", "5.3.0"),
        ("userTags", "query", "5.3.0"),
    ),
    since="5.3.0",
    result=".models.empty_result:EmptyResult",
)

DELETE_ISCSI_SERVER: Api[EmptyResult] = Api(
    "DeleteIscsiServer",
    "DELETE",
    "/storage-devices/iscsi/servers/{uuid}",
    params=(
        ("uuid", "path", "3.0.0"),
        ("deleteMode", "query", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    since="3.0.0",
    result=".models.empty_result:EmptyResult",
)

DELETE_MDEV_DEVICE: Api[EmptyResult] = Api(
    "DeleteMdevDevice",
    "DELETE",
    "/mdev-device/{mdevDeviceUuid}",
    params=(
        ("mdevDeviceUuid", "path", "4.6.0"),
        ("uuid", "query", "4.6.0"),
        ("deleteMode", "query", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    since="4.6.0",
    result=".models.empty_result:EmptyResult",
)

DELETE_PCI_DEVICE: Api[EmptyResult] = Api(
    "DeletePciDevice",
    "DELETE",
    "/pci-device/pci-devices/{uuid}",
    params=(
        ("uuid", "path", "2.1"),
        ("deleteMode", "query", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.empty_result:EmptyResult",
)

DELETE_PCI_DEVICE_OFFERING: Api[EmptyResult] = Api(
    "DeletePciDeviceOffering",
    "DELETE",
    "/pci-device/pci-device-offerings/{uuid}",
    params=(
        ("uuid", "path", "2.1"),
        ("deleteMode", "query", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.empty_result:EmptyResult",
)

DELETE_PRIMARY_STORAGE: Api[EmptyResult] = Api(
    "DeletePrimaryStorage",
    "DELETE",
    "/primary-storage/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
)

DELETE_ZONE: Api[EmptyResult] = Api(
    "DeleteZone",
    "DELETE",
    "/zones/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
)

DETACH_BACKUP_STORAGE_FROM_ZONE: Api[AddCephBackupStorageResult] = Api(
    "DetachBackupStorageFromZone",
    "DELETE",
    "/zones/{zoneUuid}/backup-storage/{backupStorageUuid}",
    params=(
        ("zoneUuid", "path", "0.6"),
        ("backupStorageUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.add_ceph_backup_storage_result:AddCephBackupStorageResult",
)

DETACH_ISCSI_SERVER_FROM_CLUSTER: Api[AddIscsiServerResult] = Api(
    "DetachIscsiServerFromCluster",
    "DELETE",
    "/clusters/{clusterUuid}/storage-devices/iscsi/servers/{uuid}",
    params=(
        ("clusterUuid", "path", "3.0.0"),
        ("uuid", "path", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    since="3.0.0",
    result=".models.add_iscsi_server_result:AddIscsiServerResult",
)

DETACH_MDEV_DEVICE_FROM_VM: Api[AttachMdevDeviceToVmResult] = Api(
    "DetachMdevDeviceFromVm",
    "DELETE",
    "/mdev-devices/{mdevDeviceUuid}/vm-instances/{vmInstanceUuid}",
    params=(
        ("mdevDeviceUuid", "path", "3.5.0"),
        ("vmInstanceUuid", "path", "3.5.0"),
        ("deleteMode", "query", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    since="3.5.0",
    result=".models.attach_mdev_device_to_vm_result:AttachMdevDeviceToVmResult",
)

DETACH_NIC_FROM_BONDING: Api[EmptyResult] = Api(
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
    body_key="detachNicFromBonding",
    since="5.0.0",
    result=".models.empty_result:EmptyResult",
)

DETACH_PCI_DEVICE_FROM_VM: Api[AttachPciDeviceToVmResult] = Api(
    "DetachPciDeviceFromVm",
    "POST",
    "/pci-device/pci-devices/{pciDeviceUuid}/detach",
    params=(
        ("pciDeviceUuid", "path", "2.1"),
        ("vmInstanceUuid", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="params",
    since="2.1",
    result=".models.attach_pci_device_to_vm_result:AttachPciDeviceToVmResult",
)

DETACH_PRIMARY_STORAGE_FROM_CLUSTER: Api[AddCephPrimaryStorageResult] = Api(
    "DetachPrimaryStorageFromCluster",
    "DELETE",
    "/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}",
    params=(
        ("clusterUuid", "path", "0.6"),
        ("primaryStorageUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.add_ceph_primary_storage_result:AddCephPrimaryStorageResult",
)

DETACH_SCSI_LUN_FROM_HOST: Api[DetachScsiLunFromHostResult] = Api(
    "DetachScsiLunFromHost",
    "PUT",
    "/storage-devices/scsi-lun/{uuid}/actions",
    params=(
        ("uuid", "path", "4.2.0"),
        ("hostUuid", "body", "4.2.0"),
        ("systemTags", "root", "4.2.0"),
        ("userTags", "root", "4.2.0"),
    ),
    body_key="detachScsiLunFromHost",
    since="4.2.0",
    result=".models.detach_scsi_lun_from_host_result:DetachScsiLunFromHostResult",
)

DETACH_SCSI_LUN_FROM_VM_INSTANCE: Api[AttachScsiLunToVmInstanceResult] = Api(
    "DetachScsiLunFromVmInstance",
    "DELETE",
    "/vm-instances/{vmInstanceUuid}/scsi-lun/{uuid}",
    params=(
        ("vmInstanceUuid", "path", "3.1.0"),
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    since="3.1.0",
    result=".models.attach_scsi_lun_to_vm_instance_result:AttachScsiLunToVmInstanceResult",
)

DETACH_USB_DEVICE_FROM_VM: Api[EmptyResult] = Api(
    "DetachUsbDeviceFromVm",
    "POST",
    "/usb-device/usb-devices/{usbDeviceUuid}/detach",
    params=(
        ("usbDeviceUuid", "path", "2.2"),
        ("systemTags", "root", "2.2"),
        ("userTags", "root", "2.2"),
    ),
    body_key="params",
    since="2.2",
    result=".models.empty_result:EmptyResult",
)

EXPORT_IMAGE_FROM_BACKUP_STORAGE: Api[ExportImageFromBackupStorageResult] = Api(
    "ExportImageFromBackupStorage",
    "PUT",
    "/backup-storage/{backupStorageUuid}/actions",
    params=(
        ("backupStorageUuid", "path", "1.7"),
        ("exportFormat", "body", "3.9.0"),
        ("imageUuid", "body", "1.7"),
        ("systemTags", "root", "1.7"),
        ("userTags", "root", "1.7"),
    ),
    body_key="exportImageFromBackupStorage",
    since="1.7",
    result=".models.export_image_from_backup_storage_result:ExportImageFromBackupStorageResult",
)

GENERATE_HYGON_MDEV_DEVICES: Api[EmptyResult] = Api(
    "GenerateHygonMdevDevices",
    "PUT",
    "/hygon-devices/{hostUuid}/actions",
    params=(
        ("hostUuid", "path", "5.5.0"),
        ("maxQemuNum", "body", "5.5.0"),
        ("systemTags", "root", "5.5.0"),
        ("userTags", "root", "5.5.0"),
    ),
    body_key="generateHygonMdevDevices",
    since="5.5.0",
    result=".models.empty_result:EmptyResult",
)

GENERATE_MDEV_DEVICES: Api[EmptyResult] = Api(
    "GenerateMdevDevices",
    "PUT",
    "/pci-devices/{pciDeviceUuid}/actions",
    params=(
        ("pciDeviceUuid", "path", "3.5.0"),
        ("mdevSpecUuid", "body", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    body_key="generateMdevDevices",
    since="3.5.0",
    result=".models.empty_result:EmptyResult",
)

GENERATE_SE_MDEV_DEVICES: Api[EmptyResult] = Api(
    "GenerateSeMdevDevices",
    "PUT",
    "/mtty-devices/{mttyDeviceUuid}/actions",
    params=(
        ("mttyDeviceUuid", "path", "4.6.0"),
        ("virtPartNum", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    body_key="generateSeMdevDevices",
    since="4.6.0",
    result=".models.empty_result:EmptyResult",
)

GENERATE_SRIOV_PCI_DEVICES: Api[EmptyResult] = Api(
    "GenerateSriovPciDevices",
    "PUT",
    "/pci-devices/{pciDeviceUuid}/actions",
    params=(
        ("pciDeviceUuid", "path", "3.5.0"),
        ("virtPartNum", "body", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    body_key="generateSriovPciDevices",
    since="3.5.0",
    result=".models.empty_result:EmptyResult",
)

GET_BACKUP_STORAGE_CANDIDATES_FOR_IMAGE_MIGRATION: Api[
    GetBackupStorageCandidatesForImageMigrationResult
] = Api(
    "GetBackupStorageCandidatesForImageMigration",
    "GET",
    "/backup-storage/{srcBackupStorageUuid}/migration-candidates",
    params=(
        ("srcBackupStorageUuid", "path", "2.2"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
    ),
    since="2.2",
    result=".models.get_backup_storage_candidates_for_image_migration_result:GetBackupStorageCandidatesForImageMigrationResult",
)

GET_BACKUP_STORAGE_CAPACITY: Api[GetBackupStorageCapacityResult] = Api(
    "GetBackupStorageCapacity",
    "GET",
    "/backup-storage/capacities",
    params=(
        ("zoneUuids", "query", "0.6"),
        ("backupStorageUuids", "query", "0.6"),
        ("all", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_backup_storage_capacity_result:GetBackupStorageCapacityResult",
)

GET_BACKUP_STORAGE_TYPES: Api[GetBackupStorageTypesResult] = Api(
    "GetBackupStorageTypes",
    "GET",
    "/backup-storage/types",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_backup_storage_types_result:GetBackupStorageTypesResult",
)

GET_BLOCK_PRIMARY_STORAGE_METADATA: Api[AddBlockPrimaryStorageResult] = Api(
    "GetBlockPrimaryStorageMetadata",
    "POST",
    "/primary-storage/block/metadata",
    params=(
        ("metadata", "body", "4.6.0"),
        ("vendorName", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    body_key="param",
    since="4.6.0",
    result=".models.add_block_primary_storage_result:AddBlockPrimaryStorageResult",
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
    since="4.7.11",
    result=".models.get_candidate_interface_vlan_ids_result:GetCandidateInterfaceVlanIdsResult",
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
    ),
    since="4.7.0",
    result=".models.get_candidate_network_interfaces_result:GetCandidateNetworkInterfacesResult",
)

GET_HOST_ALLOCATOR_STRATEGIES: Api[GetHostAllocatorStrategiesResult] = Api(
    "GetHostAllocatorStrategies",
    "GET",
    "/hosts/allocators/strategies",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_host_allocator_strategies_result:GetHostAllocatorStrategiesResult",
)

GET_HOST_CANDIDATES_FOR_VM_MIGRATION: Api[GetHostCandidatesForVmMigrationResult] = Api(
    "GetHostCandidatesForVmMigration",
    "GET",
    "/primary-storage/hosts/{vmInstanceUuid}/migration-candidates",
    params=(
        ("vmInstanceUuid", "path", "4.0.0"),
        ("dstPrimaryStorageUuid", "query", "4.0.0"),
        ("limit", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    since="4.0.0",
    result=".models.get_host_candidates_for_vm_migration_result:GetHostCandidatesForVmMigrationResult",
)

GET_HOST_IOMMU_STATE: Api[GetHostIommuStateResult] = Api(
    "GetHostIommuState",
    "GET",
    "/pci-device/hosts/state/{uuid}",
    params=(
        ("uuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.get_host_iommu_state_result:GetHostIommuStateResult",
)

GET_HOST_IOMMU_STATUS: Api[GetHostIommuStatusResult] = Api(
    "GetHostIommuStatus",
    "GET",
    "/pci-device/hosts/status/uuid",
    params=(
        ("uuid", "query", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.get_host_iommu_status_result:GetHostIommuStatusResult",
)

GET_HOST_MULTIPATH_TOPOLOGY: Api[GetHostMultipathTopologyResult2] = Api(
    "GetHostMultipathTopology",
    "GET",
    "/storage-devices/multipath/topology",
    params=(
        ("hostUuid", "query", "5.3.0"),
        ("diskUuids", "query", "5.3.0"),
        ("systemTags", "query", "5.3.0"),
        ("userTags", "query", "5.3.0"),
    ),
    since="5.3.0",
    result=".models.get_host_multipath_topology_result2:GetHostMultipathTopologyResult2",
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
    since="3.5.0",
    result=".models.get_host_network_facts_result:GetHostNetworkFactsResult",
)

GET_HOST_NETWORK_INTERFACE_LLDP: Api[GetHostNetworkInterfaceLldpResult] = Api(
    "GetHostNetworkInterfaceLldp",
    "GET",
    "/hostNetworkInterface/lldp/{interfaceUuid}/info",
    params=(
        ("interfaceUuid", "path", "5.0.0"),
        ("interfaceUuids", "query", "5.0.0"),
        ("systemTags", "query", "5.0.0"),
        ("userTags", "query", "5.0.0"),
    ),
    since="5.0.0",
    result=".models.get_host_network_interface_lldp_result:GetHostNetworkInterfaceLldpResult",
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
    body_key="getHostPowerStatus",
    since="4.7.0",
    result=".models.get_host_power_status_result:GetHostPowerStatusResult",
)

GET_HOST_RESOURCE_ALLOCATION: Api[GetHostResourceAllocationResult] = Api(
    "GetHostResourceAllocation",
    "POST",
    "/hosts/{uuid}/resource-allocation",
    params=(
        ("uuid", "path", "4.3.12"),
        ("scene", "body", "4.3.12"),
        ("strategy", "body", "4.3.12"),
        ("vcpu", "body", "4.3.12"),
        ("systemTags", "root", "4.3.12"),
        ("userTags", "root", "4.3.12"),
    ),
    body_key="params",
    since="4.3.12",
    result=".models.get_host_resource_allocation_result:GetHostResourceAllocationResult",
)

GET_HOST_WEB_SSH_URL: Api[GetHostWebSshUrlResult] = Api(
    "GetHostWebSshUrl",
    "POST",
    "/hosts/webssh",
    params=(
        ("https", "body", "4.7.11"),
        ("uuid", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    body_key="params",
    since="4.7.0",
    result=".models.get_host_web_ssh_url_result:GetHostWebSshUrlResult",
)

GET_HYPERVISOR_TYPES: Api[EmptyResult] = Api(
    "GetHypervisorTypes",
    "GET",
    "/hosts/hypervisor-types",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
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
    since="4.7.11",
    result=".models.get_interface_service_type_statistic_result:GetInterfaceServiceTypeStatisticResult",
)

GET_LOCAL_STORAGE_HOST_DISK_CAPACITY: Api[GetLocalStorageHostDiskCapacityResult] = Api(
    "GetLocalStorageHostDiskCapacity",
    "GET",
    "/primary-storage/local-storage/{primaryStorageUuid}/capacities",
    params=(
        ("primaryStorageUuid", "path", "0.6"),
        ("hostUuid", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_local_storage_host_disk_capacity_result:GetLocalStorageHostDiskCapacityResult",
)

GET_MDEV_DEVICE_CANDIDATES: Api[QueryMdevDeviceResult] = Api(
    "GetMdevDeviceCandidates",
    "GET",
    "/mdev-devices/candidates",
    params=(
        ("clusterUuids", "query", "3.5.0"),
        ("hostUuid", "query", "3.5.0"),
        ("vmInstanceUuid", "query", "3.5.0"),
        ("types", "query", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    since="3.5.0",
    result=".models.query_mdev_device_result:QueryMdevDeviceResult",
)

GET_MDEV_DEVICE_SPEC_CANDIDATES: Api[QueryMdevDeviceSpecResult] = Api(
    "GetMdevDeviceSpecCandidates",
    "GET",
    "/mdev-device-specs/candidates",
    params=(
        ("clusterUuids", "query", "3.5.0"),
        ("hostUuid", "query", "3.5.0"),
        ("vmInstanceUuid", "query", "3.5.0"),
        ("vmInstanceUuids", "query", "3.6.1"),
        ("types", "query", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    since="3.5.0",
    result=".models.query_mdev_device_spec_result:QueryMdevDeviceSpecResult",
)

GET_PCI_DEVICE_CANDIDATES_FOR_ATTACHING_VM: Api[GetPciDeviceCandidatesForAttachingVmResult] = Api(
    "GetPciDeviceCandidatesForAttachingVm",
    "GET",
    "/vm-instances/{vmInstanceUuid}/candidate-pci-devices",
    params=(
        ("vmInstanceUuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
        ("types", "query", "2.1"),
    ),
    since="2.1",
    result=".models.get_pci_device_candidates_for_attaching_vm_result:GetPciDeviceCandidatesForAttachingVmResult",
)

GET_PCI_DEVICE_CANDIDATES_FOR_NEW_CREATE_VM: Api[GetPciDeviceCandidatesForAttachingVmResult] = Api(
    "GetPciDeviceCandidatesForNewCreateVm",
    "GET",
    "/pci-device/candidate-pci-devices-for-new-create-vm",
    params=(
        ("hostUuid", "query", "2.4"),
        ("clusterUuids", "query", "2.4"),
        ("types", "query", "2.4"),
        ("systemTags", "query", "2.4"),
        ("userTags", "query", "2.4"),
    ),
    since="2.4",
    result=".models.get_pci_device_candidates_for_attaching_vm_result:GetPciDeviceCandidatesForAttachingVmResult",
)

GET_PCI_DEVICE_SPEC_CANDIDATES: Api[QueryPciDeviceSpecResult] = Api(
    "GetPciDeviceSpecCandidates",
    "GET",
    "/pci-device-specs/candidates",
    params=(
        ("clusterUuids", "query", "3.5.0"),
        ("hostUuid", "query", "3.5.0"),
        ("vmInstanceUuid", "query", "3.5.0"),
        ("vmInstanceUuids", "query", "3.6.1"),
        ("types", "query", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    since="3.5.0",
    result=".models.query_pci_device_spec_result:QueryPciDeviceSpecResult",
)

GET_PRIMARY_STORAGE_ALLOCATOR_STRATEGIES: Api[GetPrimaryStorageAllocatorStrategiesResult] = Api(
    "GetPrimaryStorageAllocatorStrategies",
    "GET",
    "/primary-storage/allocators/strategies",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_primary_storage_allocator_strategies_result:GetPrimaryStorageAllocatorStrategiesResult",
)

GET_PRIMARY_STORAGE_CANDIDATES_FOR_VM_MIGRATION: Api[
    GetPrimaryStorageCandidatesForVmMigrationResult
] = Api(
    "GetPrimaryStorageCandidatesForVmMigration",
    "GET",
    "/vm-instances/{vmInstanceUuid}/storage-migration-candidates",
    params=(
        ("vmInstanceUuid", "path", "3.1.0"),
        ("withDataVolumes", "query", "3.7.0"),
        ("migrateStorageOnly", "query", "4.4.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    since="3.1.0",
    result=".models.get_primary_storage_candidates_for_vm_migration_result:GetPrimaryStorageCandidatesForVmMigrationResult",
)

GET_PRIMARY_STORAGE_CANDIDATES_FOR_VOLUME_MIGRATION: Api[
    GetPrimaryStorageCandidatesForVolumeMigrationResult
] = Api(
    "GetPrimaryStorageCandidatesForVolumeMigration",
    "GET",
    "/primary-storage/volumes/{volumeUuid}/migration-candidates",
    params=(
        ("volumeUuid", "path", "2.2"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
    ),
    since="2.2",
    result=".models.get_primary_storage_candidates_for_volume_migration_result:GetPrimaryStorageCandidatesForVolumeMigrationResult",
)

GET_PRIMARY_STORAGE_CAPACITY: Api[GetPrimaryStorageCapacityResult] = Api(
    "GetPrimaryStorageCapacity",
    "GET",
    "/primary-storage/capacities",
    params=(
        ("zoneUuids", "query", "0.6"),
        ("clusterUuids", "query", "0.6"),
        ("primaryStorageUuids", "query", "0.6"),
        ("all", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_primary_storage_capacity_result:GetPrimaryStorageCapacityResult",
)

GET_PRIMARY_STORAGE_LICENSE_INFO: Api[GetPrimaryStorageLicenseInfoResult] = Api(
    "GetPrimaryStorageLicenseInfo",
    "GET",
    "/primary-storage/{uuid}/license",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.get_primary_storage_license_info_result:GetPrimaryStorageLicenseInfoResult",
)

GET_PRIMARY_STORAGE_TYPES: Api[GetL2NetworkTypesResult] = Api(
    "GetPrimaryStorageTypes",
    "GET",
    "/primary-storage/types",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_l2_network_types_result:GetL2NetworkTypesResult",
)

GET_PRIMARY_STORAGE_USAGE_REPORT: Api[GetPrimaryStorageUsageReportResult] = Api(
    "GetPrimaryStorageUsageReport",
    "GET",
    "/primary-storage/{primaryStorageUuid}/usage/report",
    params=(
        ("primaryStorageUuid", "path", "4.7.21"),
        ("uris", "query", "4.7.21"),
        ("systemTags", "query", "4.7.21"),
        ("userTags", "query", "4.7.21"),
    ),
    since="4.7.21",
    result=".models.get_primary_storage_usage_report_result:GetPrimaryStorageUsageReportResult",
)

GET_SCSI_LUN_CANDIDATES_FOR_ATTACHING_VM: Api[GetScsiLunCandidatesForAttachingVmResult] = Api(
    "GetScsiLunCandidatesForAttachingVm",
    "GET",
    "/vm-instances/{vmInstanceUuid}/candidate-storage-devices",
    params=(
        ("vmInstanceUuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    since="3.1.0",
    result=".models.get_scsi_lun_candidates_for_attaching_vm_result:GetScsiLunCandidatesForAttachingVmResult",
)

GET_SHARED_BLOCK_CANDIDATE: Api[GetSharedBlockCandidateResult2] = Api(
    "GetSharedBlockCandidate",
    "GET",
    "/primary-storage/sharedblockgroup/sharedblock-candidates",
    params=(
        ("clusterUuid", "query", "2.6.0"),
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
    ),
    since="2.6.0",
    result=".models.get_shared_block_candidate_result2:GetSharedBlockCandidateResult2",
)

GET_USB_DEVICE_CANDIDATES_FOR_ATTACHING_VM: Api[GetUsbDeviceCandidatesForAttachingVmResult] = Api(
    "GetUsbDeviceCandidatesForAttachingVm",
    "GET",
    "/vm-instances/{vmInstanceUuid}/candidate-usb-devices",
    params=(
        ("vmInstanceUuid", "path", "2.2"),
        ("attachType", "query", "3.6.0"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
    ),
    since="2.2",
    result=".models.get_usb_device_candidates_for_attaching_vm_result:GetUsbDeviceCandidatesForAttachingVmResult",
)

GET_VF_PCI_DEVICE_AVAILABLE_IN_L2_NETWORK: Api[GetVfPciDeviceAvailableInL2NetworkResult] = Api(
    "GetVfPciDeviceAvailableInL2Network",
    "GET",
    "/l2-networks/vf-pci-devices-available",
    params=(
        ("l2NetworkUuids", "query", "5.3.20"),
        ("systemTags", "query", "5.3.20"),
        ("userTags", "query", "5.3.20"),
    ),
    since="5.3.20",
    result=".models.get_vf_pci_device_available_in_l2_network_result:GetVfPciDeviceAvailableInL2NetworkResult",
)

GET_VM_USB_REDIRECT: Api[GetVmUsbRedirectResult] = Api(
    "GetVmUsbRedirect",
    "GET",
    "/vm-instances/{uuid}/usbredirect",
    params=(
        ("uuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.get_vm_usb_redirect_result:GetVmUsbRedirectResult",
)

IS_VF_NIC_AVAILABLE_IN_L3_NETWORK: Api[IsVfNicAvailableInL3NetworkResult] = Api(
    "IsVfNicAvailableInL3Network",
    "GET",
    "/l3-networks/{l3NetworkUuid}/hosts/{hostUuid}/vfnicavailable",
    params=(
        ("l3NetworkUuid", "path", "3.9.0"),
        ("hostUuid", "path", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    since="3.9.0",
    result=".models.is_vf_nic_available_in_l3_network_result:IsVfNicAvailableInL3NetworkResult",
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
    body_key="kvmRunShell",
    since="0.6",
    result=".models.kvm_run_shell_result:KvmRunShellResult",
)

LOCAL_STORAGE_GET_VOLUME_MIGRATABLE_HOSTS: Api[EmptyResult] = Api(
    "LocalStorageGetVolumeMigratableHosts",
    "GET",
    "/volumes/{volumeUuid}/migration-target-hosts",
    params=(
        ("volumeUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
)

LOCAL_STORAGE_MIGRATE_VOLUME: Api[LocalStorageMigrateVolumeResult] = Api(
    "LocalStorageMigrateVolume",
    "PUT",
    "/primary-storage/local-storage/volumes/{volumeUuid}/actions",
    params=(
        ("volumeUuid", "path", "0.6"),
        ("destHostUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="localStorageMigrateVolume",
    since="0.6",
    result=".models.local_storage_migrate_volume_result:LocalStorageMigrateVolumeResult",
)

POWER_ON_HOST: Api[EmptyResult] = Api(
    "PowerOnHost",
    "PUT",
    "/hosts/power/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.0"),
        ("returnEarly", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    body_key="powerOnHost",
    since="4.7.0",
    result=".models.empty_result:EmptyResult",
)

POWER_RESET_HOST: Api[EmptyResult] = Api(
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
    body_key="powerResetHost",
    since="4.7.0",
    result=".models.empty_result:EmptyResult",
)

PRIMARY_STORAGE_MIGRATE_VM: Api[PrimaryStorageMigrateVmResult] = Api(
    "PrimaryStorageMigrateVm",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "3.1.0"),
        ("bandwidth", "body", "4.7.11"),
        ("downTime", "body", "4.6.21"),
        ("dstHostUuid", "body", "4.0.0"),
        ("dstPrimaryStorageUuid", "body", "3.1.0"),
        ("strategy", "body", "4.6.0"),
        ("withDataVolumes", "body", "3.1.0"),
        ("withSnapshots", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="primaryStorageMigrateVm",
    since="3.1.0",
    result=".models.primary_storage_migrate_vm_result:PrimaryStorageMigrateVmResult",
)

PRIMARY_STORAGE_MIGRATE_VOLUME: Api[PrimaryStorageMigrateVolumeResult] = Api(
    "PrimaryStorageMigrateVolume",
    "PUT",
    "/primary-storage/volumes/{volumeUuid}/actions",
    params=(
        ("volumeUuid", "path", "2.2"),
        ("dstPrimaryStorageUuid", "body", "2.2"),
        ("systemTags", "root", "2.2"),
        ("userTags", "root", "2.2"),
    ),
    body_key="primaryStorageMigrateVolume",
    since="2.2",
    result=".models.primary_storage_migrate_volume_result:PrimaryStorageMigrateVolumeResult",
)

QUERY_BACKUP_STORAGE: Api[QueryBackupStorageResult] = Api(
    "QueryBackupStorage",
    "GET",
    "/backup-storage",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_backup_storage_result:QueryBackupStorageResult",
    query=True,
    alt_paths=("/backup-storage/{uuid}",),
)

QUERY_BLOCK_PRIMARY_STORAGE: Api[QueryBlockPrimaryStorageResult] = Api(
    "QueryBlockPrimaryStorage",
    "GET",
    "/primary-storage/block",
    params=(
        ("uuid", "path", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    since="4.6.0",
    result=".models.query_block_primary_storage_result:QueryBlockPrimaryStorageResult",
    query=True,
    alt_paths=("/primary-storage/block/{uuid}",),
)

QUERY_CEPH_BACKUP_STORAGE: Api[QueryCephBackupStorageResult] = Api(
    "QueryCephBackupStorage",
    "GET",
    "/backup-storage/ceph",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_ceph_backup_storage_result:QueryCephBackupStorageResult",
    query=True,
    alt_paths=("/backup-storage/ceph/{uuid}",),
)

QUERY_CEPH_OSD_GROUP: Api[QueryCephOsdGroupResult] = Api(
    "QueryCephOsdGroup",
    "GET",
    "/primary-storage/ceph/osdgroups",
    params=(
        ("uuid", "path", "4.5.0"),
        ("systemTags", "query", "4.5.0"),
        ("userTags", "query", "4.5.0"),
    ),
    since="4.5.0",
    result=".models.query_ceph_osd_group_result:QueryCephOsdGroupResult",
    query=True,
    alt_paths=("/primary-storage/ceph/osdgroups/{uuid}",),
)

QUERY_CEPH_PRIMARY_STORAGE: Api[QueryCephPrimaryStorageResult] = Api(
    "QueryCephPrimaryStorage",
    "GET",
    "/primary-storage/ceph",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_ceph_primary_storage_result:QueryCephPrimaryStorageResult",
    query=True,
    alt_paths=("/primary-storage/ceph/{uuid}",),
)

QUERY_CEPH_PRIMARY_STORAGE_POOL: Api[QueryCephPrimaryStoragePoolResult] = Api(
    "QueryCephPrimaryStoragePool",
    "GET",
    "/primary-storage/ceph/pools",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_ceph_primary_storage_pool_result:QueryCephPrimaryStoragePoolResult",
    query=True,
    alt_paths=("/primary-storage/ceph/pools/{uuid}",),
)

QUERY_CLUSTER: Api[QueryClusterResult] = Api(
    "QueryCluster",
    "GET",
    "/clusters",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_cluster_result:QueryClusterResult",
    query=True,
    alt_paths=("/clusters/{uuid}",),
)

QUERY_FIBER_CHANNEL_STORAGE: Api[QueryFiberChannelStorageResult] = Api(
    "QueryFiberChannelStorage",
    "GET",
    "/storage-devices/fiber-channel/controllers",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    since="3.1.0",
    result=".models.query_fiber_channel_storage_result:QueryFiberChannelStorageResult",
    query=True,
    alt_paths=(
        "/storage-devices/fiber-channel",
        "/storage-devices/fiber-channel/controllers/{uuid}",
    ),
)

QUERY_GPU_DEVICE: Api[QueryGpuDeviceResult] = Api(
    "QueryGpuDevice",
    "GET",
    "/gpu-device/gpu-devices",
    params=(
        ("uuid", "path", "5.1.8"),
        ("systemTags", "query", "5.1.8"),
        ("userTags", "query", "5.1.8"),
    ),
    since="5.1.8",
    result=".models.query_gpu_device_result:QueryGpuDeviceResult",
    query=True,
    alt_paths=("/gpu-device/gpu-devices/{uuid}",),
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
    since="4.6.21",
    result=".models.query_host_os_category_result:QueryHostOsCategoryResult",
    query=True,
)

QUERY_IMAGE_STORE_BACKUP_STORAGE: Api[QueryImageStoreBackupStorageResult] = Api(
    "QueryImageStoreBackupStorage",
    "GET",
    "/backup-storage/image-store",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_image_store_backup_storage_result:QueryImageStoreBackupStorageResult",
    query=True,
    alt_paths=("/backup-storage/image-store/{uuid}",),
)

QUERY_ISCSI_LUN: Api[QueryIscsiLunResult] = Api(
    "QueryIscsiLun",
    "GET",
    "/storage-devices/iscsi/luns",
    params=(
        ("uuid", "path", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    since="3.0.0",
    result=".models.query_iscsi_lun_result:QueryIscsiLunResult",
    query=True,
    alt_paths=("/storage-devices/iscsi/luns/{uuid}",),
)

QUERY_ISCSI_SERVER: Api[QueryIscsiServerResult] = Api(
    "QueryIscsiServer",
    "GET",
    "/storage-devices/iscsi/servers",
    params=(
        ("uuid", "path", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    since="3.0.0",
    result=".models.query_iscsi_server_result:QueryIscsiServerResult",
    query=True,
    alt_paths=(
        "/storage-devices/iscsi",
        "/storage-devices/iscsi/servers/{uuid}",
    ),
)

QUERY_KVM_HYPERVISOR_INFO: Api[QueryKvmHypervisorInfoResult] = Api(
    "QueryKvmHypervisorInfo",
    "GET",
    "/hosts/kvm/hypervisor/info",
    params=(
        ("systemTags", "query", "4.6.21"),
        ("userTags", "query", "4.6.21"),
    ),
    since="4.6.21",
    result=".models.query_kvm_hypervisor_info_result:QueryKvmHypervisorInfoResult",
    query=True,
)

QUERY_LOCAL_STORAGE_RESOURCE_REF: Api[EmptyResult] = Api(
    "QueryLocalStorageResourceRef",
    "GET",
    "/primary-storage/local-storage/resource-refs",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
    query=True,
)

QUERY_MDEV_DEVICE: Api[QueryMdevDeviceResult] = Api(
    "QueryMdevDevice",
    "GET",
    "/mdev-devices",
    params=(
        ("uuid", "path", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    since="3.5.0",
    result=".models.query_mdev_device_result:QueryMdevDeviceResult",
    query=True,
    alt_paths=("/mdev-devices/{uuid}",),
)

QUERY_MDEV_DEVICE_SPEC: Api[QueryMdevDeviceSpecResult] = Api(
    "QueryMdevDeviceSpec",
    "GET",
    "/mdev-device-specs",
    params=(
        ("uuid", "path", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    since="3.5.0",
    result=".models.query_mdev_device_spec_result:QueryMdevDeviceSpecResult",
    query=True,
    alt_paths=("/mdev-device-specs/{uuid}",),
)

QUERY_MTTY_DEVICE: Api[QueryMttyDeviceResult] = Api(
    "QueryMttyDevice",
    "GET",
    "/mtty-devices",
    params=(
        ("uuid", "path", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    since="4.6.0",
    result=".models.query_mtty_device_result:QueryMttyDeviceResult",
    query=True,
    alt_paths=("/mtty-devices/{uuid}",),
)

QUERY_NVME_LUN: Api[QueryNvmeLunResult] = Api(
    "QueryNvmeLun",
    "GET",
    "/storage-devices/nvme/luns",
    params=(
        ("uuid", "path", "4.6.21"),
        ("systemTags", "query", "4.6.21"),
        ("userTags", "query", "4.6.21"),
    ),
    since="4.6.21",
    result=".models.query_nvme_lun_result:QueryNvmeLunResult",
    query=True,
    alt_paths=("/storage-devices/nvme/luns/{uuid}",),
)

QUERY_NVME_TARGET: Api[QueryNvmeTargetResult] = Api(
    "QueryNvmeTarget",
    "GET",
    "/storage-devices/nvme/controllers",
    params=(
        ("uuid", "path", "4.6.21"),
        ("systemTags", "query", "4.6.21"),
        ("userTags", "query", "4.6.21"),
    ),
    since="4.6.21",
    result=".models.query_nvme_target_result:QueryNvmeTargetResult",
    query=True,
    alt_paths=(
        "/storage-devices/nvme",
        "/storage-devices/nvme/controllers/{uuid}",
    ),
)

QUERY_PCI_DEVICE: Api[QueryPciDeviceResult] = Api(
    "QueryPciDevice",
    "GET",
    "/pci-device/pci-devices",
    params=(
        ("uuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.query_pci_device_result:QueryPciDeviceResult",
    query=True,
    alt_paths=("/pci-device/pci-devices/{uuid}",),
)

QUERY_PCI_DEVICE_OFFERING: Api[QueryPciDeviceOfferingResult] = Api(
    "QueryPciDeviceOffering",
    "GET",
    "/pci-device/pci-device-offerings",
    params=(
        ("uuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.query_pci_device_offering_result:QueryPciDeviceOfferingResult",
    query=True,
    alt_paths=("/pci-device/pci-device-offerings/{uuid}",),
)

QUERY_PCI_DEVICE_PCI_DEVICE_OFFERING: Api[QueryPciDevicePciDeviceOfferingResult] = Api(
    "QueryPciDevicePciDeviceOffering",
    "GET",
    "/pci-devices/pci-devices/pci-device-offerings",
    params=(
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.query_pci_device_pci_device_offering_result:QueryPciDevicePciDeviceOfferingResult",
    query=True,
)

QUERY_PCI_DEVICE_SPEC: Api[QueryPciDeviceSpecResult] = Api(
    "QueryPciDeviceSpec",
    "GET",
    "/pci-device-specs",
    params=(
        ("uuid", "path", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    since="3.5.0",
    result=".models.query_pci_device_spec_result:QueryPciDeviceSpecResult",
    query=True,
    alt_paths=("/pci-device-specs/{uuid}",),
)

QUERY_PRIMARY_STORAGE: Api[QueryPrimaryStorageResult] = Api(
    "QueryPrimaryStorage",
    "GET",
    "/primary-storage",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_primary_storage_result:QueryPrimaryStorageResult",
    query=True,
)

QUERY_SCSI_LUN: Api[QueryScsiLunResult] = Api(
    "QueryScsiLun",
    "GET",
    "/storage-devices/scsi-lun/luns",
    params=(
        ("uuid", "path", "3.2.0"),
        ("systemTags", "query", "3.2.0"),
        ("userTags", "query", "3.2.0"),
    ),
    since="3.2.0",
    result=".models.query_scsi_lun_result:QueryScsiLunResult",
    query=True,
    alt_paths=("/storage-devices/scsi-lun/luns/{uuid}",),
)

QUERY_SHARED_BLOCK: Api[QuerySharedBlockResult] = Api(
    "QuerySharedBlock",
    "GET",
    "/sharedblock-group/sharedblocks",
    params=(
        ("uuid", "path", "2.3.2"),
        ("systemTags", "query", "2.3.2"),
        ("userTags", "query", "2.3.2"),
    ),
    since="2.3.2",
    result=".models.query_shared_block_result:QuerySharedBlockResult",
    query=True,
    alt_paths=(
        "/sharedblock-group",
        "/sharedblock-group/sharedblock/{uuid}",
    ),
)

QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE: Api[QuerySharedBlockGroupPrimaryStorageResult] = Api(
    "QuerySharedBlockGroupPrimaryStorage",
    "GET",
    "/primary-storage/sharedblockgroup",
    params=(
        ("uuid", "path", "2.3.2"),
        ("systemTags", "query", "2.3.2"),
        ("userTags", "query", "2.3.2"),
    ),
    since="2.3.2",
    result=".models.query_shared_block_group_primary_storage_result:QuerySharedBlockGroupPrimaryStorageResult",
    query=True,
    alt_paths=("/primary-storage/sharedblockgroup/{uuid}",),
)

QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE_HOST_REF: Api[
    QuerySharedBlockGroupPrimaryStorageHostRefResult
] = Api(
    "QuerySharedBlockGroupPrimaryStorageHostRef",
    "GET",
    "/sharedblock-group/host-refs",
    params=(
        ("primaryStorageUuid", "path", "2.3.2"),
        ("systemTags", "query", "2.3.2"),
        ("userTags", "query", "2.3.2"),
    ),
    since="2.3.2",
    result=".models.query_shared_block_group_primary_storage_host_ref_result:QuerySharedBlockGroupPrimaryStorageHostRefResult",
    query=True,
    alt_paths=("/sharedblock-group/{primaryStorageUuid}/host-refs",),
)

QUERY_USB_DEVICE: Api[QueryUsbDeviceResult] = Api(
    "QueryUsbDevice",
    "GET",
    "/usb-device/usb-devices",
    params=(
        ("uuid", "path", "2.2"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
    ),
    since="2.2",
    result=".models.query_usb_device_result:QueryUsbDeviceResult",
    query=True,
    alt_paths=("/usb-device/usb-devices/{uuid}",),
)

QUERY_VM_INSTANCE_MDEV_DEVICE_SPEC_REF: Api[QueryVmInstanceMdevDeviceSpecRefResult] = Api(
    "QueryVmInstanceMdevDeviceSpecRef",
    "GET",
    "/vm-instances/{vmInstanceUuid}/mdev-device-specs",
    params=(
        ("vmInstanceUuid", "path", "3.5.0"),
        ("mdevSpecUuid", "path", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    since="3.5.0",
    result=".models.query_vm_instance_mdev_device_spec_ref_result:QueryVmInstanceMdevDeviceSpecRefResult",
    query=True,
    alt_paths=("/vm-instances/{vmInstanceUuid}/mdev-device-specs/{mdevSpecUuid}",),
)

QUERY_VM_INSTANCE_PCI_DEVICE_SPEC_REF: Api[QueryVmInstancePciDeviceSpecRefResult] = Api(
    "QueryVmInstancePciDeviceSpecRef",
    "GET",
    "/vm-instances/{vmInstanceUuid}/pci-device-specs",
    params=(
        ("vmInstanceUuid", "path", "3.5.0"),
        ("pciSpecUuid", "path", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    since="3.5.0",
    result=".models.query_vm_instance_pci_device_spec_ref_result:QueryVmInstancePciDeviceSpecRefResult",
    query=True,
    alt_paths=("/vm-instances/{vmInstanceUuid}/pci-device-specs/{pciSpecUuid}",),
)

QUERY_ZONE: Api[QueryZoneResult] = Api(
    "QueryZone",
    "GET",
    "/zones",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_zone_result:QueryZoneResult",
    query=True,
    alt_paths=("/zones/{uuid}",),
)

RECLAIM_SPACE_FROM_IMAGE_STORE: Api[EmptyResult] = Api(
    "ReclaimSpaceFromImageStore",
    "PUT",
    "/backup-storage/image-store/{uuid}/actions",
    params=(
        ("uuid", "path", "1.10"),
        ("systemTags", "body", "1.10"),
        ("userTags", "body", "1.10"),
    ),
    body_key="reclaimSpaceFromImageStore",
    since="1.10",
    result=".models.empty_result:EmptyResult",
)

RECONNECT_BACKUP_STORAGE: Api[AddCephBackupStorageResult] = Api(
    "ReconnectBackupStorage",
    "PUT",
    "/backup-storage/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="reconnectBackupStorage",
    since="0.6",
    result=".models.add_ceph_backup_storage_result:AddCephBackupStorageResult",
)

RECONNECT_HOST: Api[EmptyResult] = Api(
    "ReconnectHost",
    "PUT",
    "/hosts/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="reconnectHost",
    since="0.6",
    result=".models.empty_result:EmptyResult",
)

RECONNECT_IMAGE_STORE_BACKUP_STORAGE: Api[ReconnectImageStoreBackupStorageResult] = Api(
    "ReconnectImageStoreBackupStorage",
    "PUT",
    "/backup-storage/image-store/{uuid}/actions",
    params=(
        ("uuid", "path", "1.6"),
        ("systemTags", "body", "1.6"),
        ("userTags", "body", "1.6"),
    ),
    body_key="reconnectImageStoreBackupStorage",
    since="1.6",
    result=".models.reconnect_image_store_backup_storage_result:ReconnectImageStoreBackupStorageResult",
)

RECONNECT_PRIMARY_STORAGE: Api[AddCephPrimaryStorageResult] = Api(
    "ReconnectPrimaryStorage",
    "PUT",
    "/primary-storage/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="reconnectPrimaryStorage",
    since="0.6",
    result=".models.add_ceph_primary_storage_result:AddCephPrimaryStorageResult",
)

REFRESH_FIBER_CHANNEL_STORAGE: Api[QueryFiberChannelStorageResult] = Api(
    "RefreshFiberChannelStorage",
    "POST",
    "/storage-devices/fiber-channel/controllers",
    params=(
        ("uuid", "path", "3.1.0"),
        ("zoneUuid", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="params",
    since="3.1.0",
    result=".models.query_fiber_channel_storage_result:QueryFiberChannelStorageResult",
    alt_paths=("/storage-devices/fiber-channel/controllers/{uuid}",),
)

REFRESH_ISCSI_SERVER: Api[AddIscsiServerResult] = Api(
    "RefreshIscsiServer",
    "POST",
    "/storage-devices/iscsi/servers/{uuid}",
    params=(
        ("uuid", "path", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    body_key="params",
    since="3.0.0",
    result=".models.add_iscsi_server_result:AddIscsiServerResult",
)

REFRESH_NVME_TARGET: Api[RefreshNvmeTargetResult] = Api(
    "RefreshNvmeTarget",
    "POST",
    "/storage-devices/nvme/controllers",
    params=(
        ("nvmeLunUuids", "body", "4.6.21"),
        ("zoneUuid", "body", "4.6.21"),
        ("systemTags", "root", "4.6.21"),
        ("userTags", "root", "4.6.21"),
    ),
    body_key="params",
    since="4.6.21",
    result=".models.refresh_nvme_target_result:RefreshNvmeTargetResult",
)

REFRESH_SHAREDBLOCK_DEVICE_CAPACITY: Api[RefreshSharedblockDeviceCapacityResult] = Api(
    "RefreshSharedblockDeviceCapacity",
    "POST",
    "/primary-storage/sharedblockgroup/{sharedBlockGroupUuid}/sharedblocks/{uuid}",
    params=(
        ("sharedBlockGroupUuid", "path", "2.6.0"),
        ("uuid", "path", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    body_key="params",
    since="2.6.0",
    result=".models.refresh_sharedblock_device_capacity_result:RefreshSharedblockDeviceCapacityResult",
)

REMOVE_MDEV_DEVICE_SPEC_FROM_VM_INSTANCE: Api[EmptyResult] = Api(
    "RemoveMdevDeviceSpecFromVmInstance",
    "DELETE",
    "/mdev-device-specs/{mdevSpecUuid}/vm-instances/{vmInstanceUuid}",
    params=(
        ("mdevSpecUuid", "path", "3.5.0"),
        ("vmInstanceUuid", "path", "3.5.0"),
        ("deleteMode", "query", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    since="3.5.0",
    result=".models.empty_result:EmptyResult",
)

REMOVE_MON_FROM_CEPH_BACKUP_STORAGE: Api[AddMonToCephBackupStorageResult] = Api(
    "RemoveMonFromCephBackupStorage",
    "DELETE",
    "/backup-storage/ceph/{uuid}/mons",
    params=(
        ("uuid", "path", "0.6"),
        ("monHostnames", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.add_mon_to_ceph_backup_storage_result:AddMonToCephBackupStorageResult",
)

REMOVE_MON_FROM_CEPH_PRIMARY_STORAGE: Api[RemoveMonFromCephPrimaryStorageResult] = Api(
    "RemoveMonFromCephPrimaryStorage",
    "DELETE",
    "/primary-storage/ceph/{uuid}/mons",
    params=(
        ("uuid", "path", "0.6"),
        ("monHostnames", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.remove_mon_from_ceph_primary_storage_result:RemoveMonFromCephPrimaryStorageResult",
)

REMOVE_PCI_DEVICE_SPEC_FROM_VM_INSTANCE: Api[EmptyResult] = Api(
    "RemovePciDeviceSpecFromVmInstance",
    "DELETE",
    "/pci-device-specs/{pciSpecUuid}/vm-instances/{vmInstanceUuid}",
    params=(
        ("pciSpecUuid", "path", "3.5.0"),
        ("vmInstanceUuid", "path", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    since="3.5.0",
    result=".models.empty_result:EmptyResult",
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
    body_key="params",
    since="4.7.11",
    result=".models.set_service_type_on_host_network_bonding_result:SetServiceTypeOnHostNetworkBondingResult",
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
    body_key="params",
    since="4.7.11",
    result=".models.set_service_type_on_host_network_interface_result:SetServiceTypeOnHostNetworkInterfaceResult",
)

SET_VM_INSTANCE_HYGON_MDEV: Api[EmptyResult] = Api(
    "SetVmInstanceHygonMdev",
    "POST",
    "/vm-instances/{uuid}/hygon-mdev",
    params=(
        ("uuid", "path", "5.5.0"),
        ("hygonSecurityElementEnable", "body", "5.5.0"),
        ("systemTags", "root", "5.5.0"),
        ("userTags", "root", "5.5.0"),
    ),
    body_key="params",
    since="5.5.0",
    result=".models.empty_result:EmptyResult",
)

SET_VM_USB_REDIRECT: Api[EmptyResult] = Api(
    "SetVmUsbRedirect",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "2.1"),
        ("enable", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="setVmUsbRedirect",
    since="2.1",
    result=".models.empty_result:EmptyResult",
)

SHUTDOWN_HOST: Api[EmptyResult] = Api(
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
    body_key="shutdownHost",
    since="0.6",
    result=".models.empty_result:EmptyResult",
)

SYNC_IMAGE: Api[SyncImageResult] = Api(
    "SyncImage",
    "PUT",
    "/backup-storage/image-store/{imageStoreUuid}/actions",
    params=(
        ("imageStoreUuid", "path", "4.7.11"),
        ("systemTags", "root", "4.7.11"),
        ("userTags", "root", "4.7.11"),
    ),
    body_key="syncImage",
    since="4.7.11",
    result=".models.sync_image_result:SyncImageResult",
)

SYNC_PRIMARY_STORAGE_CAPACITY: Api[AddCephPrimaryStorageResult] = Api(
    "SyncPrimaryStorageCapacity",
    "PUT",
    "/primary-storage/{primaryStorageUuid}/actions",
    params=(
        ("primaryStorageUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="syncPrimaryStorageCapacity",
    since="0.6",
    result=".models.add_ceph_primary_storage_result:AddCephPrimaryStorageResult",
)

UNGENERATE_HYGON_MDEV_DEVICES: Api[EmptyResult] = Api(
    "UngenerateHygonMdevDevices",
    "PUT",
    "/hygon-devices/{hostUuid}/actions",
    params=(
        ("hostUuid", "path", "5.5.0"),
        ("systemTags", "root", "5.5.0"),
        ("userTags", "root", "5.5.0"),
    ),
    body_key="ungenerateHygonMdevDevices",
    since="5.5.0",
    result=".models.empty_result:EmptyResult",
)

UNGENERATE_MDEV_DEVICES: Api[EmptyResult] = Api(
    "UngenerateMdevDevices",
    "PUT",
    "/pci-devices/{pciDeviceUuid}/actions",
    params=(
        ("pciDeviceUuid", "path", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    body_key="ungenerateMdevDevices",
    since="3.5.0",
    result=".models.empty_result:EmptyResult",
)

UNGENERATE_SE_MDEV_DEVICES: Api[EmptyResult] = Api(
    "UngenerateSeMdevDevices",
    "PUT",
    "/mtty-devices/{mttyDeviceUuid}/actions",
    params=(
        ("mttyDeviceUuid", "path", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    body_key="ungenerateSeMdevDevices",
    since="4.6.0",
    result=".models.empty_result:EmptyResult",
)

UNGENERATE_SRIOV_PCI_DEVICES: Api[EmptyResult] = Api(
    "UngenerateSriovPciDevices",
    "PUT",
    "/pci-devices/{pciDeviceUuid}/actions",
    params=(
        ("pciDeviceUuid", "path", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    body_key="ungenerateSriovPciDevices",
    since="3.5.0",
    result=".models.empty_result:EmptyResult",
)

UPDATE_BACKUP_STORAGE: Api[AddCephBackupStorageResult] = Api(
    "UpdateBackupStorage",
    "PUT",
    "/backup-storage/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateBackupStorage",
    since="0.6",
    result=".models.add_ceph_backup_storage_result:AddCephBackupStorageResult",
)

UPDATE_BLOCK_PRIMARY_STORAGE: Api[UpdateBlockPrimaryStorageResult] = Api(
    "UpdateBlockPrimaryStorage",
    "PUT",
    "/primary-storage/block/{uuid}/actions",
    params=(
        ("uuid", "path", "4.8.0"),
        ("metadata", "body", "4.8..0"),
        ("vendorName", "body", "4.8.0"),
        ("systemTags", "root", "4.8.0"),
        ("userTags", "root", "4.8.0"),
    ),
    body_key="param",
    since="4.8.0",
    result=".models.update_block_primary_storage_result:UpdateBlockPrimaryStorageResult",
)

UPDATE_BONDING: Api[EmptyResult] = Api(
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
    body_key="updateBonding",
    since="4.7.0",
    result=".models.empty_result:EmptyResult",
)

UPDATE_CEPH_BACKUP_STORAGE_MON: Api[AddMonToCephBackupStorageResult] = Api(
    "UpdateCephBackupStorageMon",
    "PUT",
    "/backup-storage/ceph/mons/{monUuid}/actions",
    params=(
        ("monUuid", "path", "0.6"),
        ("hostname", "body", "0.6"),
        ("monPort", "body", "0.6"),
        ("sshPassword", "body", "0.6"),
        ("sshPort", "body", "0.6"),
        ("sshUsername", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateCephBackupStorageMon",
    since="0.6",
    result=".models.add_mon_to_ceph_backup_storage_result:AddMonToCephBackupStorageResult",
)

UPDATE_CEPH_PRIMARY_STORAGE_MON: Api[RemoveMonFromCephPrimaryStorageResult] = Api(
    "UpdateCephPrimaryStorageMon",
    "PUT",
    "/primary-storage/ceph/mons/{monUuid}/actions",
    params=(
        ("monUuid", "path", "0.6"),
        ("hostname", "body", "0.6"),
        ("monPort", "body", "0.6"),
        ("sshPassword", "body", "0.6"),
        ("sshPort", "body", "0.6"),
        ("sshUsername", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateCephPrimaryStorageMon",
    since="0.6",
    result=".models.remove_mon_from_ceph_primary_storage_result:RemoveMonFromCephPrimaryStorageResult",
)

UPDATE_CEPH_PRIMARY_STORAGE_POOL: Api[UpdateCephPrimaryStoragePoolResult] = Api(
    "UpdateCephPrimaryStoragePool",
    "PUT",
    "/primary-storage/ceph/pools/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("aliasName", "body", "0.6"),
        ("description", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateCephPrimaryStoragePool",
    since="0.6",
    result=".models.update_ceph_primary_storage_pool_result:UpdateCephPrimaryStoragePoolResult",
)

UPDATE_CLUSTER: Api[ChangeClusterStateResult] = Api(
    "UpdateCluster",
    "PUT",
    "/clusters/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateCluster",
    since="0.6",
    result=".models.change_cluster_state_result:ChangeClusterStateResult",
)

UPDATE_CLUSTER_OS: Api[UpdateClusterOSResult] = Api(
    "UpdateClusterOS",
    "PUT",
    "/clusters/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("excludePackages", "body", "3.7.0"),
        ("force", "body", "5.2.0"),
        ("releaseVersion", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("updatePackages", "body", "3.7.0"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="updateClusterOS",
    since="2.3",
    result=".models.update_cluster_os_result:UpdateClusterOSResult",
)

UPDATE_HOST: Api[AddKVMHostResult] = Api(
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
    body_key="updateHost",
    since="0.6",
    result=".models.add_kvm_host_result:AddKVMHostResult",
)

UPDATE_HOST_IOMMU_STATE: Api[UpdateHostIommuStateResult] = Api(
    "UpdateHostIommuState",
    "PUT",
    "/pci-device/hosts/{uuid}/actions",
    params=(
        ("uuid", "path", "2.1"),
        ("state", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="updateHostIommuState",
    since="2.1",
    result=".models.update_host_iommu_state_result:UpdateHostIommuStateResult",
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
    body_key="updateHostIpmi",
    since="4.7.0",
    result=".models.update_host_ipmi_result:UpdateHostIpmiResult",
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
    body_key="params",
    since="4.7.0",
    result=".models.update_host_network_interface_result:UpdateHostNetworkInterfaceResult",
)

UPDATE_HOST_NETWORK_SERVICE_TYPE: Api[CreateHostNetworkServiceTypeResult] = Api(
    "UpdateHostNetworkServiceType",
    "PUT",
    "/hosts/service-types/{uuid}/actions",
    params=(
        ("uuid", "path", "5.3.0"),
        ("serviceType", "body", "5.3.0"),
        ("system", "body", "5.3.0"),
        ("systemTags", "root", "5.3.0"),
        ("userTags", "root", "5.3.0"),
    ),
    body_key="updateHostNetworkServiceType",
    since="5.3.0",
    result=".models.create_host_network_service_type_result:CreateHostNetworkServiceTypeResult",
)

UPDATE_IMAGE_STORE_BACKUP_STORAGE: Api[AddCephBackupStorageResult] = Api(
    "UpdateImageStoreBackupStorage",
    "PUT",
    "/backup-storage/image-store/{uuid}/actions",
    params=(
        ("uuid", "path", "1.6"),
        ("description", "body", "1.6"),
        ("hostname", "body", "1.6"),
        ("name", "body", "1.6"),
        ("password", "body", "1.6"),
        ("sshPort", "body", "1.6"),
        ("systemTags", "body", "1.6"),
        ("userTags", "body", "1.6"),
        ("username", "body", "1.6"),
    ),
    body_key="updateImageStoreBackupStorage",
    since="1.6",
    result=".models.add_ceph_backup_storage_result:AddCephBackupStorageResult",
)

UPDATE_ISCSI_SERVER: Api[AddIscsiServerResult] = Api(
    "UpdateIscsiServer",
    "POST",
    "/storage-devices/iscsi/servers",
    params=(
        ("chapUserName", "body", "3.0.0"),
        ("chapUserPassword", "body", "3.0.0"),
        ("name", "body", "3.0.0"),
        ("resourceUuid", "body", "3.0.0"),
        ("state", "body", "3.0.0"),
        ("uuid", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    body_key="updateIscsiServer",
    since="3.0.0",
    result=".models.add_iscsi_server_result:AddIscsiServerResult",
)

UPDATE_KVM_HOST: Api[AddKVMHostResult] = Api(
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
    body_key="updateKVMHost",
    since="0.6",
    result=".models.add_kvm_host_result:AddKVMHostResult",
)

UPDATE_MDEV_DEVICE: Api[AttachMdevDeviceToVmResult] = Api(
    "UpdateMdevDevice",
    "PUT",
    "/mdev-devices/{uuid}/actions",
    params=(
        ("uuid", "path", "3.5.0"),
        ("description", "body", "3.5.0"),
        ("name", "body", "3.5.0"),
        ("state", "body", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    body_key="updateMdevDevice",
    since="3.5.0",
    result=".models.attach_mdev_device_to_vm_result:AttachMdevDeviceToVmResult",
)

UPDATE_MDEV_DEVICE_SPEC: Api[UpdateMdevDeviceSpecResult] = Api(
    "UpdateMdevDeviceSpec",
    "PUT",
    "/mdev-device-specs/{uuid}/actions",
    params=(
        ("uuid", "path", "3.5.0"),
        ("description", "body", "3.5.0"),
        ("name", "body", "3.5.0"),
        ("state", "body", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    body_key="updateMdevDeviceSpec",
    since="3.5.0",
    result=".models.update_mdev_device_spec_result:UpdateMdevDeviceSpecResult",
)

UPDATE_PCI_DEVICE: Api[AttachPciDeviceToVmResult] = Api(
    "UpdatePciDevice",
    "PUT",
    "/pci-device/pci-devices/{uuid}/actions",
    params=(
        ("uuid", "path", "2.1"),
        ("description", "body", "2.1"),
        ("metaData", "body", "2.1"),
        ("state", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="updatePciDevice",
    since="2.1",
    result=".models.attach_pci_device_to_vm_result:AttachPciDeviceToVmResult",
)

UPDATE_PCI_DEVICE_SPEC: Api[UpdatePciDeviceSpecResult] = Api(
    "UpdatePciDeviceSpec",
    "PUT",
    "/pci-device-specs/{uuid}/actions",
    params=(
        ("uuid", "path", "3.5.0"),
        ("abandonSpecRom", "body", "3.5.0"),
        ("description", "body", "3.5.0"),
        ("name", "body", "3.5.0"),
        ("romContent", "body", "3.5.0"),
        ("romVersion", "body", "3.5.0"),
        ("state", "body", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    body_key="updatePciDeviceSpec",
    since="3.5.0",
    result=".models.update_pci_device_spec_result:UpdatePciDeviceSpecResult",
)

UPDATE_PRIMARY_STORAGE: Api[AddCephPrimaryStorageResult] = Api(
    "UpdatePrimaryStorage",
    "PUT",
    "/primary-storage/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("url", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updatePrimaryStorage",
    since="0.6",
    result=".models.add_ceph_primary_storage_result:AddCephPrimaryStorageResult",
)

UPDATE_SCSI_LUN: Api[AttachScsiLunToVmInstanceResult] = Api(
    "UpdateScsiLun",
    "PUT",
    "/storage-devices/scsi-lun/{uuid}/actions",
    params=(
        ("uuid", "path", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("state", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    body_key="updateScsiLun",
    since="3.1.0",
    result=".models.attach_scsi_lun_to_vm_instance_result:AttachScsiLunToVmInstanceResult",
)

UPDATE_USB_DEVICE: Api[AttachUsbDeviceToVmResult] = Api(
    "UpdateUsbDevice",
    "PUT",
    "/usb-device/usb-devices/{uuid}/actions",
    params=(
        ("uuid", "path", "2.2"),
        ("description", "body", "2.2"),
        ("name", "body", "2.2"),
        ("state", "body", "2.2"),
        ("systemTags", "root", "2.2"),
        ("userTags", "root", "2.2"),
    ),
    body_key="updateUsbDevice",
    since="2.2",
    result=".models.attach_usb_device_to_vm_result:AttachUsbDeviceToVmResult",
)

UPDATE_ZONE: Api[ChangeZoneStateResult] = Api(
    "UpdateZone",
    "PUT",
    "/zones/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="updateZone",
    since="0.6",
    result=".models.change_zone_state_result:ChangeZoneStateResult",
)


class HardwareFacilitiesApi(SyncAPIClient):
    def add_block_primary_storage(
        self,
        *,
        metadata: str,
        name: str,
        url: str,
        vendor_name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBlockPrimaryStorageResult:
        """添加Block主存储 (AddBlockPrimaryStorage).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: Block主存储的详细描述 (since 4.6.0)
            metadata: 存储的元数据 (since 4.6.0)
            name: Block主存储的名称 (since 4.6.0)
            resource_uuid: 资源UUID (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            type: 主存储的类型，此处为Block (since 4.6.0)
            url: 未使用 (since 4.6.0)
            vendor_name: 存储厂商名称 (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_BLOCK_PRIMARY_STORAGE,
            {
                "description": description,
                "metadata": metadata,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "vendorName": vendor_name,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_ceph_backup_storage(
        self,
        *,
        mon_urls: Sequence[Any],
        name: str,
        url: str,
        description: str | None = None,
        import_images: bool | None = None,
        pool_name: str | None = None,
        resource_uuid: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephBackupStorageResult:
        """添加Ceph镜像服务器 (AddCephBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 镜像服务器的详细描述 (since 0.6)
            import_images: 添加后是否导入镜像 (since 1.9)
            mon_urls: Ceph mon 的地址列表 (since 0.6)
            name: 镜像服务器名字 (since 0.6)
            pool_name: 用于存放镜像的 Ceph pool 的名字 (since 0.6)
            resource_uuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。 (since 0.6)
            type: 镜像服务器的类型，此处为 Ceph (since 0.6)
            url: 未使用 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_CEPH_BACKUP_STORAGE,
            {
                "description": description,
                "importImages": import_images,
                "monUrls": mon_urls,
                "name": name,
                "poolName": pool_name,
                "resourceUuid": resource_uuid,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_ceph_primary_storage(
        self,
        *,
        mon_urls: Sequence[Any],
        name: str,
        url: str,
        zone_uuid: str,
        data_volume_pool_name: str | None = None,
        description: str | None = None,
        image_cache_pool_name: str | None = None,
        resource_uuid: str | None = None,
        root_volume_pool_name: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """添加Ceph主存储 (AddCephPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_volume_pool_name: 指定 Data Volume 可使用的 Ceph pool 名字 (since 0.6)
            description: Ceph 主存储的详细描述 (since 0.6)
            image_cache_pool_name: 指定镜像缓存可使用的 Ceph pool 名字 (since 0.6)
            mon_urls: Ceph mon 的地址列表 (since 0.6)
            name: Ceph 主存储的名称 (since 0.6)
            resource_uuid: 资源UUID。若指定，Ceph 主存储会使用该字段值作为UUID。 (since 0.6)
            root_volume_pool_name: 指定 Root Volume 可使用的 Ceph pool 名字 (since 0.6)
            type: Ceph 主存储的类型，此处为 Ceph (since 0.6)
            url: 未使用 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_CEPH_PRIMARY_STORAGE,
            {
                "dataVolumePoolName": data_volume_pool_name,
                "description": description,
                "imageCachePoolName": image_cache_pool_name,
                "monUrls": mon_urls,
                "name": name,
                "resourceUuid": resource_uuid,
                "rootVolumePoolName": root_volume_pool_name,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_ceph_primary_storage_pool(
        self,
        *,
        primary_storage_uuid: str,
        pool_name: str,
        type: str,
        alias_name: str | None = None,
        description: str | None = None,
        is_create: bool | None = None,
        resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStoragePoolResult:
        """添加Ceph主存储池 (AddCephPrimaryStoragePool).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            primary_storage_uuid: 主存储UUID (since 0.6)
            alias_name: aliasName (since 0.6)
            description: 资源的详细描述 (since 0.6)
            is_create: isCreate (since 0.6)
            pool_name: poolName (since 0.6)
            resource_uuid: resourceUuid (since 0.6)
            type: 存储池类型 (since 3.1.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_CEPH_PRIMARY_STORAGE_POOL,
            {
                "primaryStorageUuid": primary_storage_uuid,
                "aliasName": alias_name,
                "description": description,
                "isCreate": is_create,
                "poolName": pool_name,
                "resourceUuid": resource_uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_image_store_backup_storage(
        self,
        *,
        hostname: str,
        name: str,
        password: str,
        url: str,
        username: str,
        description: str | None = None,
        import_images: bool | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        system_tags: Sequence[Any] | None = None,
        type: str | None = None,
        user_tags: Sequence[Any] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """添加镜像仓库服务器 (AddImageStoreBackupStorage).

        Since ZStack 1.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 镜像仓库的详细描述 (since 1.6)
            hostname: 服务器主机地址 (since 1.6)
            import_images: 是否导入镜像 (since 1.9)
            name: 镜像仓库服务器名称 (since 1.6)
            password: 服务器 SSH 用户密码 (since 1.6)
            resource_uuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID (since 1.6)
            ssh_port: 服务器 SSH 端口 (since 1.6)
            type: 这里是 ImageStoreBackupStorage (since 1.6)
            url: 镜像仓库本地数据存放路径 (since 1.6)
            username: 服务器 SSH 用户名 (用于 Ansible 部署) (since 1.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IMAGE_STORE_BACKUP_STORAGE,
            {
                "description": description,
                "hostname": hostname,
                "importImages": import_images,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "systemTags": system_tags,
                "type": type,
                "url": url,
                "userTags": user_tags,
                "username": username,
            },
            job_uuid,
        )

    def add_iscsi_server(
        self,
        *,
        ip: str,
        chap_user_name: str | None = None,
        chap_user_password: str | None = None,
        name: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIscsiServerResult:
        """添加iSCSI服务器 (AddIscsiServer).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chap_user_name: CHAP用户名，默认为空 (since 3.0.0)
            chap_user_password: CHAP密码，默认为空 (since 3.0.0)
            ip: IP地址 (since 3.0.0)
            name: 资源名称 (since 3.0.0)
            port: 端口，默认为3260 (since 3.0.0)
            resource_uuid: resourceUuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ISCSI_SERVER,
            {
                "chapUserName": chap_user_name,
                "chapUserPassword": chap_user_password,
                "ip": ip,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddKVMHostResult:
        """添加KVM主机 (AddKVMHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 0.6)
            description: 资源的详细描述 (since 0.6)
            management_ip: 物理机管理节点IP (since 0.6)
            name: 资源名称 (since 0.6)
            password: ssh密码 (since 0.6)
            resource_uuid: 资源UUID (since 0.6)
            ssh_port: ssh端口号 (since 0.6)
            username: ssh用户名 (since 0.6)
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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddKVMHostFromConfigFileResult2:
        """通过文件导入方式添加物理机 (AddKVMHostFromConfigFile).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_info: 经过base64编码的物理机信息 (since 3.1.0)
            resource_uuid: resourceUuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_KVM_HOST_FROM_CONFIG_FILE,
            {
                "hostInfo": host_info,
                "resourceUuid": resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_local_primary_storage(
        self,
        *,
        name: str,
        url: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """添加本地存储为主存储 (AddLocalPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 本地存储主存储的详细描述 (since 0.6)
            name: 本地存储主存储名称 (since 0.6)
            resource_uuid: 资源UUID。若指定，本地存储主存储会使用该字段值作为UUID。 (since 0.6)
            type: 类型为 LocalStorage (since 0.6)
            url: 本地存储的路径 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_LOCAL_PRIMARY_STORAGE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_mdev_device_spec_to_vm_instance(
        self,
        *,
        mdev_spec_uuid: str,
        vm_instance_uuid: str,
        mdev_device_number: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMdevDeviceSpecToVmInstanceResult:
        """将MDEV设备规格加载到云主机 (AddMdevDeviceSpecToVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_spec_uuid: MDEV设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            mdev_device_number: mdevDeviceNumber (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_MDEV_DEVICE_SPEC_TO_VM_INSTANCE,
            {
                "mdevSpecUuid": mdev_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "mdevDeviceNumber": mdev_device_number,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_mon_to_ceph_backup_storage(
        self,
        *,
        uuid: str,
        mon_urls: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMonToCephBackupStorageResult:
        """Ceph镜像服务器添加mon节点 (AddMonToCephBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: Ceph镜像服务器的UUID (since 0.6)
            mon_urls: mon节点名字列表 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_MON_TO_CEPH_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "monUrls": mon_urls,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_mon_to_ceph_primary_storage(
        self,
        *,
        uuid: str,
        mon_urls: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """为Ceph主存储添加mon节点 (AddMonToCephPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: Ceph 主存储的UUID (since 0.6)
            mon_urls: mon 节点地址列表 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_MON_TO_CEPH_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "monUrls": mon_urls,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_nfs_primary_storage(
        self,
        *,
        name: str,
        url: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """添加NFS主存储 (AddNfsPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: NFS 主存储的详细描述 (since 0.6)
            name: NFS 主存储名称 (since 0.6)
            resource_uuid: 资源UUID。若指定，NFS 主存储会使用该字段值作为UUID。 (since 0.6)
            type: 类型为 NFS (since 0.6)
            url: NFS 公开地址，格式为 nfs-host:/path/to/export (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_NFS_PRIMARY_STORAGE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_pci_device_spec_to_vm_instance(
        self,
        *,
        pci_spec_uuid: str,
        vm_instance_uuid: str,
        pci_device_number: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddPciDeviceSpecToVmInstanceResult:
        """将PCI设备规格加载到云主机 (AddPciDeviceSpecToVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_spec_uuid: PCI设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            pci_device_number: pciDeviceNumber (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_PCI_DEVICE_SPEC_TO_VM_INSTANCE,
            {
                "pciSpecUuid": pci_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "pciDeviceNumber": pci_device_number,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_shared_block_group_primary_storage(
        self,
        *,
        disk_uuids: Sequence[Any],
        name: str,
        url: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSharedBlockGroupPrimaryStorageResult:
        """添加Shared Block主存储 (AddSharedBlockGroupPrimaryStorage).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3.2)
            disk_uuids: 磁盘唯一表示（例如UUID, WWN, WWID） (since 2.3.2)
            name: 资源名称 (since 2.3.2)
            resource_uuid: resourceUuid (since 2.3.2)
            type: 主存储类型，此处为 SharedBlock (since 2.3.2)
            url: 未使用 (since 2.3.2)
            zone_uuid: 区域UUID (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SHARED_BLOCK_GROUP_PRIMARY_STORAGE,
            {
                "description": description,
                "diskUuids": disk_uuids,
                "name": name,
                "resourceUuid": resource_uuid,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_shared_block_to_shared_block_group(
        self,
        *,
        uuid: str,
        disk_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSharedBlockToSharedBlockGroupResult:
        """添加LUN到Shared Block主存储 (AddSharedBlockToSharedBlockGroup).

        添加共享块设备到Shared Block主存储。

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储UUID (since 2.3.2)
            disk_uuid: 磁盘维一标示（例如UUID, WWN, WWID） (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SHARED_BLOCK_TO_SHARED_BLOCK_GROUP,
            {
                "uuid": uuid,
                "diskUuid": disk_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_shared_mount_point_primary_storage(
        self,
        *,
        name: str,
        url: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """添加一个共享挂载点的主存储 (AddSharedMountPointPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 共享挂载主存储的详细描述 (since 0.6)
            name: 共享挂载主存储的名称 (since 0.6)
            resource_uuid: 共享挂载主存储的uuid (since 0.6)
            type: 主存储的类型，应为SharedMountPoint (since 0.6)
            url: 共享挂载主存储所在的本地路径 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SHARED_MOUNT_POINT_PRIMARY_STORAGE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
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
            mem_size: 需要的内存大小 (since 4.7.11)
            scene: 分配场景 (since 4.7.11)
            strategy: 分配策略 (since 4.7.11)
            vcpu: 需要的vCPU数量 (since 4.7.11)
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

    def attach_backup_storage_to_zone(
        self,
        *,
        zone_uuid: str,
        backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachBackupStorageToZoneResult:
        """挂载镜像服务器至区域 (AttachBackupStorageToZone).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            zone_uuid: 区域UUID (since 0.6)
            backup_storage_uuid: 镜像存储UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_BACKUP_STORAGE_TO_ZONE,
            {
                "zoneUuid": zone_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_iscsi_server_to_cluster(
        self,
        *,
        cluster_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIscsiServerResult:
        """将iSCSI服务器加载到集群 (AttachIscsiServerToCluster).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 3.0.0)
            uuid: iSCSI服务器的的UUID (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_ISCSI_SERVER_TO_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_mdev_device_to_vm(
        self,
        *,
        mdev_device_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachMdevDeviceToVmResult:
        """将PCI设备切分出的MDEV设备绑定到云主机 (AttachMdevDeviceToVm).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_device_uuid: MDEV设备UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_MDEV_DEVICE_TO_VM,
            {
                "mdevDeviceUuid": mdev_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_nic_to_bonding(
        self,
        *,
        uuid: str,
        slave_uuids: Sequence[Any],
        type: Literal["LinuxBonding", "OvsBonding"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """绑定slave到Bond网口 (AttachNicToBonding).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            slave_uuids: slave网卡Uuids (since 5.0.0)
            type: Bond类型 (since 5.0.0)
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

    def attach_pci_device_to_vm(
        self,
        *,
        pci_device_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPciDeviceToVmResult:
        """绑定PCI设备到云主机 (AttachPciDeviceToVm).

        绑定PCI设备到云主机，管理员可以直接将状态为System、Active的PCI设备绑定到状态为Active、Stop的云主机。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI设备UUID (since 2.1)
            vm_instance_uuid: 云主机UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_PCI_DEVICE_TO_VM,
            {
                "pciDeviceUuid": pci_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_primary_storage_to_cluster(
        self,
        *,
        cluster_uuid: str,
        primary_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPrimaryStorageToClusterResult:
        """向集群添加主存储 (AttachPrimaryStorageToCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 0.6)
            primary_storage_uuid: 主存储UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_PRIMARY_STORAGE_TO_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "primaryStorageUuid": primary_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_scsi_lun_to_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        uuid: str,
        disable_multi_path_attach: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachScsiLunToVmInstanceResult:
        """将SCSI LUN加载到云主机 (AttachScsiLunToVmInstance).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            uuid: SCSI LUN的UUID，唯一标示该资源 (since 3.1.0)
            disable_multi_path_attach: 关闭自动加载多路径设备 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_SCSI_LUN_TO_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "uuid": uuid,
                "disableMultiPathAttach": disable_multi_path_attach,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_usb_device_to_vm(
        self,
        *,
        usb_device_uuid: str,
        vm_instance_uuid: str,
        attach_type: Literal["PassThrough", "Redirect"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachUsbDeviceToVmResult:
        """云主机加载物理机USB设备 (AttachUsbDeviceToVm).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            usb_device_uuid: USB设备UUID (since 2.2)
            attach_type: 加载类型 (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_USB_DEVICE_TO_VM,
            {
                "usbDeviceUuid": usb_device_uuid,
                "attachType": attach_type,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def backup_storage_migrate_image(
        self,
        *,
        image_uuid: str,
        dst_backup_storage_uuid: str,
        src_backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BackupStorageMigrateImageResult:
        """跨镜像服务器迁移镜像 (BackupStorageMigrateImage).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_uuid: 镜像UUID (since 2.2)
            dst_backup_storage_uuid: 目标镜像服务器UUID (since 2.2)
            src_backup_storage_uuid: 源镜像服务器UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            BACKUP_STORAGE_MIGRATE_IMAGE,
            {
                "imageUuid": image_uuid,
                "dstBackupStorageUuid": dst_backup_storage_uuid,
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_backup_storage_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephBackupStorageResult:
        """更改镜像服务器可用状态 (ChangeBackupStorageState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 镜像服务器的目标状态 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_BACKUP_STORAGE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_cluster_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeClusterStateResult:
        """改变一个集群的可用状态 (ChangeClusterState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 可用状态触发事件 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_CLUSTER_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_host_network_interface_lldp_mode(
        self,
        *,
        interface_uuids: Sequence[Any],
        mode: Literal["rx_only", "tx_only", "rx_and_tx", "disable"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeHostNetworkInterfaceLldpModeResult:
        """修改物理网口LLDP工作模式 (ChangeHostNetworkInterfaceLldpMode).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            interface_uuids: 物理网口UUID (since 5.0.0)
            mode: LLDP工作模式 (since 5.0.0)
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

    def change_host_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable", "maintain"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddKVMHostResult:
        """更新物理机启用状态 (ChangeHostState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 期望的物理机启用状态 (since 0.6)
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

    def change_primary_storage_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable", "maintain", "deleting"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """更改主存储状态 (ChangePrimaryStorageState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            state_event: 主存储的目标状态 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_PRIMARY_STORAGE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_vf_nic_ha_state(
        self,
        *,
        vf_nic_uuid: str,
        ha_state: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVfNicHaStateResult:
        """修改云主机VF网卡高可用状态 (ChangeVfNicHaState).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vf_nic_uuid: VF网卡UUID (since 5.1.0)
            ha_state: 高可用状态 (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_VF_NIC_HA_STATE,
            {
                "vfNicUuid": vf_nic_uuid,
                "haState": ha_state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_vm_nic_type(
        self,
        *,
        vm_nic_uuid: str,
        vm_nic_type: Literal["VNIC"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmNicTypeResult:
        """修改云主机网卡类型 (ChangeVmNicType).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 3.9.0)
            vm_nic_type: 云主机网卡类型 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_VM_NIC_TYPE,
            {
                "vmNicUuid": vm_nic_uuid,
                "vmNicType": vm_nic_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_zone_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeZoneStateResult:
        """改变区域的可用状态 (ChangeZoneState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态触发事件 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_ZONE_STATE,
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
    ) -> EmptyResult:
        """添加物理机文件语法检查 (CheckKVMHostConfigFile).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_info: 经过base64编码的物理机信息 (since 3.1.0)
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

    def check_scsi_lun_cluster_status(
        self,
        *,
        uuid: str,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckScsiLunClusterStatusResult:
        """检查SCSI Lun与集群连接关系 (CheckScsiLunClusterStatus).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            cluster_uuid: 集群UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_SCSI_LUN_CLUSTER_STATUS,
            {
                "uuid": uuid,
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def clean_up_image_cache_on_primary_storage(
        self,
        *,
        uuid: str,
        mode: Literal["soft", "hard"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """清除主存储镜像缓存 (CleanUpImageCacheOnPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            mode: 模式 (since 3.10.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CLEAN_UP_IMAGE_CACHE_ON_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "mode": mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def clean_up_storage_trash_on_primary_storage(
        self,
        *,
        uuid: str,
        force: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanUpStorageTrashOnPrimaryStorageResult:
        """清空主存储垃圾 (CleanUpStorageTrashOnPrimaryStorage).

        Since ZStack 4.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 4.8.0)
            force: 是否强制清理主存储垃圾 (since 4.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CLEAN_UP_STORAGE_TRASH_ON_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "force": force,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_bonding(
        self,
        *,
        bonding_name: str,
        host_uuids: Sequence[Any],
        mode: Literal["802.3ad", "active-backup"],
        type: Literal["LinuxBonding", "OvsBonding"],
        description: str | None = None,
        resource_uuid: str | None = None,
        slave_names: Sequence[Any] | None = None,
        slave_uuids: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        xmit_hash_policy: Literal["layer2", "layer2+3", "layer3+4"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBondingResult:
        """创建Bond网口 (CreateBonding).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            bonding_name: Bond名称 (since 4.7.0)
            description: 资源的详细描述 (since 4.7.0)
            host_uuids: 主机UUID列表 (since 5.0.0)
            mode: 工作方式 (since 4.7.0)
            resource_uuid: 资源UUID (since 4.7.0)
            slave_names: slave网卡名称列表 (since 5.0.0)
            slave_uuids: slave网卡UUIDs列表 (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 4.7.0)
            type: Bond类型 (since 4.7.0)
            xmit_hash_policy: 哈希算法策略 (since 4.7.0)
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

    def create_cluster(
        self,
        *,
        hypervisor_type: Literal["KVM", "Simulator"],
        name: str,
        zone_uuid: str,
        architecture: Literal["x86_64", "aarch64", "mips64el"] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeClusterStateResult:
        """创建一个集群 (CreateCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            architecture: architecture (since 4.0.0)
            description: 资源的详细描述 (since 0.6)
            hypervisor_type: 虚拟机管理程序类型 (since 4.0.0)
            name: 资源名称 (since 0.6)
            resource_uuid: 当reourceUuid不等于null, 云平台使用这个值作为被创建资源的UUID； 否则云平台会自动生成一个UUID (since 0.6)
            tag_uuids: tagUuids (since 4.0.0)
            type: 保留域, 请不要使用 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_CLUSTER,
            {
                "architecture": architecture,
                "description": description,
                "hypervisorType": hypervisor_type,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_host_network_service_type(
        self,
        *,
        service_type: str,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHostNetworkServiceTypeResult:
        """创建物理网络标签类型 (CreateHostNetworkServiceType).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            resource_uuid: 资源UUID (since 5.3.0)
            service_type: serviceType (since 5.3.0)
            system: system (since 5.3.0)
            tag_uuids: 标签UUID列表 (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_HOST_NETWORK_SERVICE_TYPE,
            {
                "resourceUuid": resource_uuid,
                "serviceType": service_type,
                "system": system,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_pci_device_offering(
        self,
        *,
        device_id: str,
        vendor_id: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        subdevice_id: str | None = None,
        subvendor_id: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePciDeviceOfferingResult:
        """创建PCI设备规格 (CreatePciDeviceOffering).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.1)
            device_id: 设备ID (since 2.1)
            name: 资源名称 (since 2.1)
            resource_uuid: resourceUuid (since 2.1)
            subdevice_id: 子设备ID (since 2.1)
            subvendor_id: 子供应商ID (since 2.1)
            type: type (since 2.1)
            vendor_id: 供应商ID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_PCI_DEVICE_OFFERING,
            {
                "description": description,
                "deviceId": device_id,
                "name": name,
                "resourceUuid": resource_uuid,
                "subdeviceId": subdevice_id,
                "subvendorId": subvendor_id,
                "type": type,
                "vendorId": vendor_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_zone(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeZoneStateResult:
        """创建区域 (CreateZone).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6)
            name: 资源名称 (since 0.6)
            resource_uuid: 用户指定的资源uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ZONE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_backup_storage(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除镜像服务器 (DeleteBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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
    ) -> EmptyResult:
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

    def delete_ceph_primary_storage_pool(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除Ceph主存储池 (DeleteCephPrimaryStoragePool).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_CEPH_PRIMARY_STORAGE_POOL,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_cluster(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除一个集群 (DeleteCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_CLUSTER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_exported_image_from_backup_storage(
        self,
        *,
        backup_storage_uuid: str,
        image_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """从镜像服务器删除导出的镜像 (DeleteExportedImageFromBackupStorage).

        Since ZStack 1.7. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_storage_uuid: 镜像存储UUID (since 1.7)
            image_uuid: 镜像UUID (since 1.7)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_EXPORTED_IMAGE_FROM_BACKUP_STORAGE,
            {
                "backupStorageUuid": backup_storage_uuid,
                "imageUuid": image_uuid,
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
    ) -> EmptyResult:
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

    def delete_host_network_service_type(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除物理网络标签类型 (DeleteHostNetworkServiceType).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HOST_NETWORK_SERVICE_TYPE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_iscsi_server(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除iSCSI服务器 (DeleteIscsiServer).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: iSCSI服务器的UUID (since 3.0.0)
            delete_mode: deleteMode (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ISCSI_SERVER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_mdev_device(
        self,
        *,
        mdev_device_uuid: str,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除MDEV设备 (DeleteMdevDevice).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_device_uuid: mdevDeviceUuid (since 4.6.0)
            uuid: MDEV设备UUID (since 4.6.0)
            delete_mode: 删除模式 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_MDEV_DEVICE,
            {
                "mdevDeviceUuid": mdev_device_uuid,
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_pci_device(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除PCI设备 (DeletePciDevice).

        删除失效的PCI设备，只允许删除Inactive状态的PCI设备。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_PCI_DEVICE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_pci_device_offering(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除PCI设备规格 (DeletePciDeviceOffering).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_PCI_DEVICE_OFFERING,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_primary_storage(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除主存储 (DeletePrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_zone(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除区域 (DeleteZone).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: Permissive：如果删除过程中发生错误或者删除不被允许，云平台会停止删除操作；在这种情况下, 包含失败原因的错误代码会被返回。 Enforcing：云平台会忽略所有错误和权限而直接删除资源；在这种情况下, 删除操作总是会成功。 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ZONE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_backup_storage_from_zone(
        self,
        *,
        zone_uuid: str,
        backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephBackupStorageResult:
        """从区域中卸载已经挂载的镜像服务器 (DetachBackupStorageFromZone).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            zone_uuid: 区域UUID (since 0.6)
            backup_storage_uuid: 镜像存储UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_BACKUP_STORAGE_FROM_ZONE,
            {
                "zoneUuid": zone_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_iscsi_server_from_cluster(
        self,
        *,
        cluster_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIscsiServerResult:
        """将iSCSI服务器从集群卸载 (DetachIscsiServerFromCluster).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 3.0.0)
            uuid: iSCSI服务器的UUID (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_ISCSI_SERVER_FROM_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_mdev_device_from_vm(
        self,
        *,
        mdev_device_uuid: str,
        vm_instance_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachMdevDeviceToVmResult:
        """将PCI设备切分出的MDEV设备从云主机卸载 (DetachMdevDeviceFromVm).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_device_uuid: MDEV设备UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            delete_mode: 删除模式(Permissive 或者 Enforcing，默认 Permissive) (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_MDEV_DEVICE_FROM_VM,
            {
                "mdevDeviceUuid": mdev_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
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
        slave_uuids: Sequence[Any],
        type: Literal["LinuxBonding", "OvsBonding"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """从Bond网口解绑slave (DetachNicFromBonding).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            slave_uuids: slave网卡Uuids (since 5.0.0)
            type: Bond类型 (since 5.0.0)
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

    def detach_pci_device_from_vm(
        self,
        *,
        pci_device_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPciDeviceToVmResult:
        """卸载PCI设备 (DetachPciDeviceFromVm).

        从云主机上卸载PCI设备

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: pciDeviceUuid (since 2.1)
            vm_instance_uuid: 云主机UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_PCI_DEVICE_FROM_VM,
            {
                "pciDeviceUuid": pci_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_primary_storage_from_cluster(
        self,
        *,
        cluster_uuid: str,
        primary_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """从集群卸载主存储 (DetachPrimaryStorageFromCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 0.6)
            primary_storage_uuid: 主存储UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_PRIMARY_STORAGE_FROM_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "primaryStorageUuid": primary_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_scsi_lun_from_host(
        self,
        *,
        uuid: str,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachScsiLunFromHostResult:
        """将LUN设备从物理机卸载 (DetachScsiLunFromHost).

        Since ZStack 4.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: SCSI LUN UUID (since 4.2.0)
            host_uuid: 物理机UUID (since 4.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_SCSI_LUN_FROM_HOST,
            {
                "uuid": uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_scsi_lun_from_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachScsiLunToVmInstanceResult:
        """将SCSI LUN从云主机卸载 (DetachScsiLunFromVmInstance).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_SCSI_LUN_FROM_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_usb_device_from_vm(
        self,
        *,
        usb_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """将云主机挂载的USB设备卸载 (DetachUsbDeviceFromVm).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            usb_device_uuid: USB设备UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_USB_DEVICE_FROM_VM,
            {
                "usbDeviceUuid": usb_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def export_image_from_backup_storage(
        self,
        *,
        backup_storage_uuid: str,
        image_uuid: str,
        export_format: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExportImageFromBackupStorageResult:
        """从镜像服务器导出镜像 (ExportImageFromBackupStorage).

        Since ZStack 1.7. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_storage_uuid: 镜像存储UUID (since 1.7)
            export_format: 导出镜像的保存格式 (since 3.9.0)
            image_uuid: 镜像UUID (since 1.7)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXPORT_IMAGE_FROM_BACKUP_STORAGE,
            {
                "backupStorageUuid": backup_storage_uuid,
                "exportFormat": export_format,
                "imageUuid": image_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def generate_hygon_mdev_devices(
        self,
        *,
        host_uuid: str,
        max_qemu_num: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """在Hygon物理机生成MDEV设备 (GenerateHygonMdevDevices).

        Since ZStack 5.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_uuid: 物理机UUID (since 5.5.0)
            max_qemu_num: 指定每个物理CCP卡要为 QEMU云主机创建多少个虚拟设备 (MDEV) ，max_qemu_num=128 每个CCP生成 128 个给云主机使用的MDEV。 (since 5.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GENERATE_HYGON_MDEV_DEVICES,
            {
                "hostUuid": host_uuid,
                "maxQemuNum": max_qemu_num,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def generate_mdev_devices(
        self,
        *,
        pci_device_uuid: str,
        mdev_spec_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """虚拟化切分支持VFIO_MDEV的PCI设备 (GenerateMdevDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI设备UUID (since 3.5.0)
            mdev_spec_uuid: MDEV设备规格UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GENERATE_MDEV_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "mdevSpecUuid": mdev_spec_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def generate_se_mdev_devices(
        self,
        *,
        mtty_device_uuid: str,
        virt_part_num: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """虚拟化切分支持VFIO_MDEV的MTTY设备 (GenerateSeMdevDevices).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mtty_device_uuid: MTTY设备UUID (since 4.6.0)
            virt_part_num: 切分数量 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GENERATE_SE_MDEV_DEVICES,
            {
                "mttyDeviceUuid": mtty_device_uuid,
                "virtPartNum": virt_part_num,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def generate_sriov_pci_devices(
        self,
        *,
        pci_device_uuid: str,
        virt_part_num: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """虚拟化切分支持SR-IOV的PCI设备 (GenerateSriovPciDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI UUID (since 3.5.0)
            virt_part_num: 切分数量 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GENERATE_SRIOV_PCI_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "virtPartNum": virt_part_num,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_backup_storage_candidates_for_image_migration(
        self,
        *,
        src_backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBackupStorageCandidatesForImageMigrationResult:
        """获取候选列表 (GetBackupStorageCandidatesForImageMigration).

        获取镜像迁移的目标镜像服务器候选列表。

        Since ZStack 2.2. Synchronous.

        Args:
            src_backup_storage_uuid: 待迁移镜像所在镜像服务器UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_BACKUP_STORAGE_CANDIDATES_FOR_IMAGE_MIGRATION,
            {
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_backup_storage_capacity(
        self,
        *,
        zone_uuids: Sequence[str] | None = None,
        backup_storage_uuids: Sequence[str] | None = None,
        all: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBackupStorageCapacityResult:
        """获取镜像服务器存储容量 (GetBackupStorageCapacity).

        Since ZStack 0.6. Synchronous.

        Args:
            zone_uuids: 区域UUID列表 (since 0.6)
            backup_storage_uuids: 镜像服务器UUID列表 zoneUuids, backupStorageUuids 至少有一个不为空 若zoneUuids, backupStorageUuids均为空，all为真 (since 0.6)
            all: 当镜像服务器UUID列表为空时，该项为真表示查询系统中所有的镜像服务器。 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_BACKUP_STORAGE_CAPACITY,
            {
                "zoneUuids": zone_uuids,
                "backupStorageUuids": backup_storage_uuids,
                "all": all,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_backup_storage_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBackupStorageTypesResult:
        """获取镜像服务器类型列表 (GetBackupStorageTypes).

        Since ZStack 0.6. Synchronous.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_BACKUP_STORAGE_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_block_primary_storage_metadata(
        self,
        *,
        metadata: str,
        vendor_name: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBlockPrimaryStorageResult:
        """获取Block存储的元数据 (GetBlockPrimaryStorageMetadata).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            metadata: 存储元数据（ip，port，用户名、密码） (since 4.6.0)
            vendor_name: Block存储厂商名称 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_BLOCK_PRIMARY_STORAGE_METADATA,
            {
                "metadata": metadata,
                "vendorName": vendor_name,
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

        Since ZStack 4.7.11. Synchronous.

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

    def get_candidate_network_interfaces(
        self,
        *,
        host_uuids: Sequence[str],
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        slave_only: bool | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateNetworkInterfacesResult:
        """获取物理机交集网卡信息 (GetCandidateNetworkInterfaces).

        Since ZStack 4.7.0. Synchronous.

        Args:
            host_uuids: 物理机UUIDs (since 4.7.0)
            limit: limit (since 4.7.0)
            start: start (since 4.7.0)
            slave_only: 仅获取slave网卡 (since 4.7.11)
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

        Since ZStack 0.6. Synchronous.

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

    def get_host_candidates_for_vm_migration(
        self,
        *,
        vm_instance_uuid: str,
        dst_primary_storage_uuid: str,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostCandidatesForVmMigrationResult:
        """获取跨存储迁移可选物理机列表 (GetHostCandidatesForVmMigration).

        Since ZStack 4.0.0. Synchronous.

        Args:
            vm_instance_uuid: 云主机UUID (since 4.0.0)
            dst_primary_storage_uuid: 目的主存储UUID (since 4.0.0)
            limit: 获取物理机列表数量 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_CANDIDATES_FOR_VM_MIGRATION,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "dstPrimaryStorageUuid": dst_primary_storage_uuid,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_host_iommu_state(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostIommuStateResult:
        """获取物理机lommu就绪状态 (GetHostIommuState).

        Since ZStack 2.1. Synchronous.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_IOMMU_STATE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_host_iommu_status(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostIommuStatusResult:
        """获取物理机lommu启用状态 (GetHostIommuStatus).

        Since ZStack 2.1. Synchronous.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_IOMMU_STATUS,
            {
                "uuid": uuid,
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
    ) -> GetHostMultipathTopologyResult2:
        """获取物理机多路径拓扑 (GetHostMultipathTopology).

        Since ZStack 5.3.0. Synchronous.

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

        Since ZStack 3.5.0. Synchronous.

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

        Since ZStack 5.0.0. Synchronous.

        Args:
            interface_uuid: interfaceUuid (since 5.0.0)
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
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            method: 获取物理机电源状态方式 (since 4.7.0)
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
        strategy: str,
        vcpu: Literal["[1", "512]"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostResourceAllocationResult:
        """根据云主机需求获取物理机资源的分配信息 (GetHostResourceAllocation).

        Since ZStack 4.3.12. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 物理机UUID (since 4.3.12)
            scene: 场景类型 (since 4.3.12)
            strategy: 资源分配策略 (since 4.3.12)
            vcpu: 云主机需要分配的vCPU数量 (since 4.3.12)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_RESOURCE_ALLOCATION,
            {
                "uuid": uuid,
                "scene": scene,
                "strategy": strategy,
                "vcpu": vcpu,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_host_web_ssh_url(
        self,
        *,
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
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_WEB_SSH_URL,
            {
                "https": https,
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
    ) -> EmptyResult:
        """获取云主机虚拟化技术类型 (GetHypervisorTypes).

        Since ZStack 0.6. Synchronous.

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
        service_type: Sequence[
            Literal[
                "All",
                "ManagementNetwork",
                "TenantNetwork",
                "StorageNetwork",
                "MigrationNetwork",
                "BackupNetwork",
            ]
        ]
        | None = None,
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

        Since ZStack 4.7.11. Synchronous.

        Args:
            interface_uuid: 物理机网卡UUID (since 4.7.11)
            vlan_id: vlan接口ID (since 4.7.11)
            interface_type: 网卡类型 (since 4.7.11)
            service_type: 统计网络类型 (since 4.7.11)
            zone_uuid: 区域UUID (since 4.7.11)
            cluster_uuid: 集群UUID (since 4.7.11)
            host_uuid: 物理机UUID (since 4.7.11)
            sort_by: 排序方式 (since 4.7.11)
            sort_direction: 排序方向 (since 4.7.11)
            start: 统计结果起始位置 (since 4.7.11)
            limit: 统计结果数量 (since 4.7.11)
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

    def get_local_storage_host_disk_capacity(
        self,
        *,
        primary_storage_uuid: str,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLocalStorageHostDiskCapacityResult:
        """获取主机本地存储容量 (GetLocalStorageHostDiskCapacity).

        Since ZStack 0.6. Synchronous.

        Args:
            primary_storage_uuid: 主存储UUID (since 0.6)
            host_uuid: 物理机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LOCAL_STORAGE_HOST_DISK_CAPACITY,
            {
                "primaryStorageUuid": primary_storage_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_mdev_device_candidates(
        self,
        *,
        cluster_uuids: Sequence[str] | None = None,
        host_uuid: str | None = None,
        vm_instance_uuid: str | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> QueryMdevDeviceResult:
        """获取可用的MDEV设备 (GetMdevDeviceCandidates).

        Since ZStack 3.5.0. Synchronous.

        Args:
            cluster_uuids: 集群UUID (since 3.5.0)
            host_uuid: 物理机UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            types: 设备类型 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_MDEV_DEVICE_CANDIDATES,
            {
                "clusterUuids": cluster_uuids,
                "hostUuid": host_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_mdev_device_spec_candidates(
        self,
        *,
        cluster_uuids: Sequence[str] | None = None,
        host_uuid: str | None = None,
        vm_instance_uuid: str | None = None,
        vm_instance_uuids: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> QueryMdevDeviceSpecResult:
        """获取可用的MDEV设备规格 (GetMdevDeviceSpecCandidates).

        Since ZStack 3.5.0. Synchronous.

        Args:
            cluster_uuids: 集群UUID (since 3.5.0)
            host_uuid: 物理机UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            vm_instance_uuids: 云主机UUID列表 (since 3.6.1)
            types: 设备类型 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_MDEV_DEVICE_SPEC_CANDIDATES,
            {
                "clusterUuids": cluster_uuids,
                "hostUuid": host_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "vmInstanceUuids": vm_instance_uuids,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_pci_device_candidates_for_attaching_vm(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPciDeviceCandidatesForAttachingVmResult:
        """获取PCI设备列表 (GetPciDeviceCandidatesForAttachingVm).

        获取云主机可绑定PCI设备列表。

        Since ZStack 2.1. Synchronous.

        Args:
            vm_instance_uuid: 云主机UUID (since 2.1)
            types: types (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PCI_DEVICE_CANDIDATES_FOR_ATTACHING_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "types": types,
            },
            job_uuid,
        )

    def get_pci_device_candidates_for_new_create_vm(
        self,
        *,
        host_uuid: str | None = None,
        cluster_uuids: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPciDeviceCandidatesForAttachingVmResult:
        """获取可加载PCI设备 (GetPciDeviceCandidatesForNewCreateVm).

        为新建虚拟机获取可加载PCI设备。

        Since ZStack 2.4. Synchronous.

        Args:
            host_uuid: 物理机UUID (since 2.4)
            cluster_uuids: clusterUuids (since 2.4)
            types: types (since 2.4)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PCI_DEVICE_CANDIDATES_FOR_NEW_CREATE_VM,
            {
                "hostUuid": host_uuid,
                "clusterUuids": cluster_uuids,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_pci_device_spec_candidates(
        self,
        *,
        cluster_uuids: Sequence[str] | None = None,
        host_uuid: str | None = None,
        vm_instance_uuid: str | None = None,
        vm_instance_uuids: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> QueryPciDeviceSpecResult:
        """获取PCI设备规格候选列表 (GetPciDeviceSpecCandidates).

        Since ZStack 3.5.0. Synchronous.

        Args:
            cluster_uuids: 集群UUID (since 3.5.0)
            host_uuid: 物理机UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            vm_instance_uuids: 云主机UUID列表 (since 3.6.1)
            types: 设备类型 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PCI_DEVICE_SPEC_CANDIDATES,
            {
                "clusterUuids": cluster_uuids,
                "hostUuid": host_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "vmInstanceUuids": vm_instance_uuids,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_primary_storage_allocator_strategies(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPrimaryStorageAllocatorStrategiesResult:
        """获取主存储分配策略清单 (GetPrimaryStorageAllocatorStrategies).

        Since ZStack 0.6. Synchronous.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PRIMARY_STORAGE_ALLOCATOR_STRATEGIES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_primary_storage_candidates_for_vm_migration(
        self,
        *,
        vm_instance_uuid: str,
        with_data_volumes: bool | None = None,
        migrate_storage_only: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPrimaryStorageCandidatesForVmMigrationResult:
        """获取存储迁移候选列表 (GetPrimaryStorageCandidatesForVmMigration).

        获取跨主存储迁移云主机候选主存储列表。

        Since ZStack 3.1.0. Synchronous.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            with_data_volumes: withDataVolumes (since 3.7.0)
            migrate_storage_only: 是否仅迁移存储 (since 4.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PRIMARY_STORAGE_CANDIDATES_FOR_VM_MIGRATION,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "withDataVolumes": with_data_volumes,
                "migrateStorageOnly": migrate_storage_only,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_primary_storage_candidates_for_volume_migration(
        self,
        *,
        volume_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPrimaryStorageCandidatesForVolumeMigrationResult:
        """获取候选列表 (GetPrimaryStorageCandidatesForVolumeMigration).

        获取云盘迁移的目标主存储候选列表。

        Since ZStack 2.2. Synchronous.

        Args:
            volume_uuid: 云盘UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PRIMARY_STORAGE_CANDIDATES_FOR_VOLUME_MIGRATION,
            {
                "volumeUuid": volume_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_primary_storage_capacity(
        self,
        *,
        zone_uuids: Sequence[str] | None = None,
        cluster_uuids: Sequence[str] | None = None,
        primary_storage_uuids: Sequence[str] | None = None,
        all: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPrimaryStorageCapacityResult:
        """获取主存储容量 (GetPrimaryStorageCapacity).

        Since ZStack 0.6. Synchronous.

        Args:
            zone_uuids: 区域UUID列表 (since 0.6)
            cluster_uuids: 集群UUID列表 (since 0.6)
            primary_storage_uuids: 主存储UUID列表 (since 0.6)
            all: 当主存储UUID列表为空时，该项为真表示查询系统中所有的主存储。 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PRIMARY_STORAGE_CAPACITY,
            {
                "zoneUuids": zone_uuids,
                "clusterUuids": cluster_uuids,
                "primaryStorageUuids": primary_storage_uuids,
                "all": all,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_primary_storage_license_info(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPrimaryStorageLicenseInfoResult:
        """获取主存储的License信息 (GetPrimaryStorageLicenseInfo).

        Since ZStack 3.6.0. Synchronous.

        Args:
            uuid: 主存储UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PRIMARY_STORAGE_LICENSE_INFO,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_primary_storage_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL2NetworkTypesResult:
        """获取主存储类型列表 (GetPrimaryStorageTypes).

        Since ZStack 0.6. Synchronous.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PRIMARY_STORAGE_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_primary_storage_usage_report(
        self,
        *,
        primary_storage_uuid: str,
        uris: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPrimaryStorageUsageReportResult:
        """获取主存储预测容量报告 (GetPrimaryStorageUsageReport).

        Since ZStack 4.7.21. Synchronous.

        Args:
            primary_storage_uuid: 主存储UUID (since 4.7.21)
            uris: 存储协议 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PRIMARY_STORAGE_USAGE_REPORT,
            {
                "primaryStorageUuid": primary_storage_uuid,
                "uris": uris,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_scsi_lun_candidates_for_attaching_vm(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetScsiLunCandidatesForAttachingVmResult:
        """获取可加载的SCSI Lun (GetScsiLunCandidatesForAttachingVm).

        获取云主机可以加载的SCSI Lun。

        Since ZStack 3.1.0. Synchronous.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_SCSI_LUN_CANDIDATES_FOR_ATTACHING_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_shared_block_candidate(
        self,
        *,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSharedBlockCandidateResult2:
        """获取共享块设备候选清单 (GetSharedBlockCandidate).

        Since ZStack 2.6.0. Synchronous.

        Args:
            cluster_uuid: 集群UUID (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_SHARED_BLOCK_CANDIDATE,
            {
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_usb_device_candidates_for_attaching_vm(
        self,
        *,
        vm_instance_uuid: str,
        attach_type: Literal["PassThrough", "Redirect"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetUsbDeviceCandidatesForAttachingVmResult:
        """获取USB透传候选列表 (GetUsbDeviceCandidatesForAttachingVm).

        Since ZStack 2.2. Synchronous.

        Args:
            vm_instance_uuid: 云主机UUID (since 2.2)
            attach_type: 加载类型 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_USB_DEVICE_CANDIDATES_FOR_ATTACHING_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "attachType": attach_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vf_pci_device_available_in_l2_network(
        self,
        *,
        l2_network_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVfPciDeviceAvailableInL2NetworkResult:
        """获取L2网络可用的SRIOV VF (GetVfPciDeviceAvailableInL2Network).

        Since ZStack 5.3.20. Synchronous.

        Args:
            l2_network_uuids: 2层网络Uuid (since 5.3.20)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VF_PCI_DEVICE_AVAILABLE_IN_L2_NETWORK,
            {
                "l2NetworkUuids": l2_network_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_usb_redirect(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmUsbRedirectResult:
        """获取云主机usb重定向开关状态 (GetVmUsbRedirect).

        Since ZStack 2.1. Synchronous.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_USB_REDIRECT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def is_vf_nic_available_in_l3_network(
        self,
        *,
        l3_network_uuid: str,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> IsVfNicAvailableInL3NetworkResult:
        """L3网络中是否存在可用VF网卡 (IsVfNicAvailableInL3Network).

        Since ZStack 3.9.0. Synchronous.

        Args:
            l3_network_uuid: 三层网络UUID (since 3.9.0)
            host_uuid: 物理机UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            IS_VF_NIC_AVAILABLE_IN_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def kvm_run_shell(
        self,
        *,
        host_uuids: Sequence[Any],
        script: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> KvmRunShellResult:
        """KVM运行Shell命令 (KvmRunShell).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_uuids: 目标机器UUID (since 0.6)
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

    def local_storage_get_volume_migratable_hosts(
        self,
        *,
        volume_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """获取迁移本地存储物理机 (LocalStorageGetVolumeMigratableHosts).

        检查哪些物理机可以迁移本地存储上存放的云盘。

        Since ZStack 0.6. Synchronous.

        Args:
            volume_uuid: 云盘UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOCAL_STORAGE_GET_VOLUME_MIGRATABLE_HOSTS,
            {
                "volumeUuid": volume_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def local_storage_migrate_volume(
        self,
        *,
        volume_uuid: str,
        dest_host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LocalStorageMigrateVolumeResult:
        """迁移本地存储上存放的云盘 (LocalStorageMigrateVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 0.6)
            dest_host_uuid: 目标主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOCAL_STORAGE_MIGRATE_VOLUME,
            {
                "volumeUuid": volume_uuid,
                "destHostUuid": dest_host_uuid,
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
    ) -> EmptyResult:
        """物理机开机 (PowerOnHost).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
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
    ) -> EmptyResult:
        """重启物理机 (PowerResetHost).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            method: 重启方式 (since 4.7.0)
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

    def primary_storage_migrate_vm(
        self,
        *,
        vm_instance_uuid: str,
        dst_primary_storage_uuid: str,
        bandwidth: int | None = None,
        down_time: int | None = None,
        dst_host_uuid: str | None = None,
        strategy: str | None = None,
        with_data_volumes: bool | None = None,
        with_snapshots: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PrimaryStorageMigrateVmResult:
        """跨主存储迁移云主机 (PrimaryStorageMigrateVm).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            bandwidth: 迁移存储限速，单位MB/s (since 4.7.11)
            down_time: 迁移停机时间 (since 4.6.21)
            dst_host_uuid: dstHostUuid (since 4.0.0)
            dst_primary_storage_uuid: 目标主存储UUID (since 3.1.0)
            strategy: strategy (since 4.6.0)
            with_data_volumes: 迁移包含云盘 (since 3.1.0)
            with_snapshots: 迁移包含快照 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PRIMARY_STORAGE_MIGRATE_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "bandwidth": bandwidth,
                "downTime": down_time,
                "dstHostUuid": dst_host_uuid,
                "dstPrimaryStorageUuid": dst_primary_storage_uuid,
                "strategy": strategy,
                "withDataVolumes": with_data_volumes,
                "withSnapshots": with_snapshots,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def primary_storage_migrate_volume(
        self,
        *,
        volume_uuid: str,
        dst_primary_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PrimaryStorageMigrateVolumeResult:
        """跨主存储迁移云盘 (PrimaryStorageMigrateVolume).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 2.2)
            dst_primary_storage_uuid: 目标主存储UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PRIMARY_STORAGE_MIGRATE_VOLUME,
            {
                "volumeUuid": volume_uuid,
                "dstPrimaryStorageUuid": dst_primary_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_backup_storage(
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
    ) -> QueryBackupStorageResult:
        """查询镜像服务器 (QueryBackupStorage).

        Since ZStack 0.6. Synchronous.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BACKUP_STORAGE,
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

    def query_backup_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BackupStorageInventory]:
        """Every result of ``query_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BACKUP_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_block_primary_storage(
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
    ) -> QueryBlockPrimaryStorageResult:
        """查询Block主存储 (QueryBlockPrimaryStorage).

        Since ZStack 4.6.0. Synchronous.

        Args:
            uuid: uuid (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BLOCK_PRIMARY_STORAGE,
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

    def query_block_primary_storage_pages(
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
        """Every result of ``query_block_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BLOCK_PRIMARY_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_ceph_backup_storage(
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
    ) -> QueryCephBackupStorageResult:
        """查询Ceph镜像服务器 (QueryCephBackupStorage).

        Since ZStack 0.6. Synchronous.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CEPH_BACKUP_STORAGE,
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

    def query_ceph_backup_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[CephBackupStorageInventory]:
        """Every result of ``query_ceph_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CEPH_BACKUP_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_ceph_osd_group(
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
    ) -> QueryCephOsdGroupResult:
        """查询Ceph OSD组 (QueryCephOsdGroup).

        Since ZStack 4.5.0. Synchronous.

        Args:
            uuid: uuid (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CEPH_OSD_GROUP,
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

    def query_ceph_osd_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[CephOsdGroupInventory]:
        """Every result of ``query_ceph_osd_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CEPH_OSD_GROUP,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_ceph_primary_storage(
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
    ) -> QueryCephPrimaryStorageResult:
        """查询Ceph主存储 (QueryCephPrimaryStorage).

        Since ZStack 0.6. Synchronous.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CEPH_PRIMARY_STORAGE,
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

    def query_ceph_primary_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[CephPrimaryStorageInventory]:
        """Every result of ``query_ceph_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CEPH_PRIMARY_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_ceph_primary_storage_pool(
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
    ) -> QueryCephPrimaryStoragePoolResult:
        """查询Ceph主存储池 (QueryCephPrimaryStoragePool).

        Since ZStack 0.6. Synchronous.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CEPH_PRIMARY_STORAGE_POOL,
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

    def query_ceph_primary_storage_pool_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[CephPrimaryStoragePoolInventory]:
        """Every result of ``query_ceph_primary_storage_pool``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CEPH_PRIMARY_STORAGE_POOL,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_cluster(
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
    ) -> QueryClusterResult:
        """查询集群 (QueryCluster).

        Since ZStack 0.6. Synchronous.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CLUSTER,
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

    def query_cluster_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ClusterInventory]:
        """Every result of ``query_cluster``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CLUSTER,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_fiber_channel_storage(
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
    ) -> QueryFiberChannelStorageResult:
        """查询FC SAN存储 (QueryFiberChannelStorage).

        Since ZStack 3.1.0. Synchronous.

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FIBER_CHANNEL_STORAGE,
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

    def query_fiber_channel_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[FiberChannelStorageInventory]:
        """Every result of ``query_fiber_channel_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIBER_CHANNEL_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_gpu_device(
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
    ) -> QueryGpuDeviceResult:
        """查询GPU信息 (QueryGpuDevice).

        Since ZStack 5.1.8. Synchronous.

        Args:
            uuid: uuid (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_GPU_DEVICE,
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

    def query_gpu_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[GpuDeviceInventory]:
        """Every result of ``query_gpu_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GPU_DEVICE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
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

        Since ZStack 5.3.0. Synchronous.

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

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 3.9.0. Synchronous.

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

        Since ZStack 3.9.0. Synchronous.

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

        Since ZStack 5.0.0. Synchronous.

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
    ) -> Iterator[Any]:
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

        Since ZStack 4.6.21. Synchronous.

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

    def query_image_store_backup_storage(
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
    ) -> QueryImageStoreBackupStorageResult:
        """查询镜像仓库服务器 (QueryImageStoreBackupStorage).

        Since ZStack 0.6. Synchronous.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IMAGE_STORE_BACKUP_STORAGE,
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

    def query_image_store_backup_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ImageStoreBackupStorageInventory]:
        """Every result of ``query_image_store_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IMAGE_STORE_BACKUP_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_iscsi_lun(
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
    ) -> QueryIscsiLunResult:
        """查询iSCSI磁盘 (QueryIscsiLun).

        Since ZStack 3.0.0. Synchronous.

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ISCSI_LUN,
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

    def query_iscsi_lun_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[IscsiLunInventory]:
        """Every result of ``query_iscsi_lun``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ISCSI_LUN,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_iscsi_server(
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
    ) -> QueryIscsiServerResult:
        """查询iSCSI服务器 (QueryIscsiServer).

        Since ZStack 3.0.0. Synchronous.

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ISCSI_SERVER,
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

    def query_iscsi_server_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[IscsiServerInventory]:
        """Every result of ``query_iscsi_server``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ISCSI_SERVER,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
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

        Since ZStack 4.6.21. Synchronous.

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

    def query_local_storage_resource_ref(
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
    ) -> EmptyResult:
        """查询本地存储资源引用 (QueryLocalStorageResourceRef).

        Since ZStack 0.6. Synchronous.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_LOCAL_STORAGE_RESOURCE_REF,
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

    def query_local_storage_resource_ref_pages(
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
        """Every result of ``query_local_storage_resource_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOCAL_STORAGE_RESOURCE_REF,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_mdev_device(
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
    ) -> QueryMdevDeviceResult:
        """查询PCI设备切分出的MDEV设备 (QueryMdevDevice).

        Since ZStack 3.5.0. Synchronous.

        Args:
            uuid: uuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MDEV_DEVICE,
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

    def query_mdev_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[MdevDeviceInventory]:
        """Every result of ``query_mdev_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MDEV_DEVICE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_mdev_device_spec(
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
    ) -> QueryMdevDeviceSpecResult:
        """查询PCI设备切分出的MDEV设备 (QueryMdevDeviceSpec).

        Since ZStack 3.5.0. Synchronous.

        Args:
            uuid: uuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MDEV_DEVICE_SPEC,
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

    def query_mdev_device_spec_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[MdevDeviceSpecInventory]:
        """Every result of ``query_mdev_device_spec``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MDEV_DEVICE_SPEC,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_mtty_device(
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
    ) -> QueryMttyDeviceResult:
        """查询MTTY设备 (QueryMttyDevice).

        Since ZStack 4.6.0. Synchronous.

        Args:
            uuid: uuid (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MTTY_DEVICE,
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

    def query_mtty_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[MttyDeviceInventory]:
        """Every result of ``query_mtty_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MTTY_DEVICE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_nvme_lun(
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
    ) -> QueryNvmeLunResult:
        """查询NVMe磁盘 (QueryNvmeLun).

        Since ZStack 4.6.21. Synchronous.

        Args:
            uuid: uuid (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_NVME_LUN,
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

    def query_nvme_lun_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[NvmeLunInventory]:
        """Every result of ``query_nvme_lun``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NVME_LUN,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_nvme_target(
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
    ) -> QueryNvmeTargetResult:
        """查询NVMe设备 (QueryNvmeTarget).

        Since ZStack 4.6.21. Synchronous.

        Args:
            uuid: uuid (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_NVME_TARGET,
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

    def query_nvme_target_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[NvmeTargetInventory]:
        """Every result of ``query_nvme_target``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NVME_TARGET,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_pci_device(
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
    ) -> QueryPciDeviceResult:
        """查询PCI设备 (QueryPciDevice).

        Since ZStack 2.1. Synchronous.

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PCI_DEVICE,
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

    def query_pci_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PciDeviceInventory]:
        """Every result of ``query_pci_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_pci_device_offering(
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
    ) -> QueryPciDeviceOfferingResult:
        """查询PCI设备规格信息 (QueryPciDeviceOffering).

        Since ZStack 2.1. Synchronous.

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PCI_DEVICE_OFFERING,
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

    def query_pci_device_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PciDeviceOfferingInventory]:
        """Every result of ``query_pci_device_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE_OFFERING,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_pci_device_pci_device_offering(
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
    ) -> QueryPciDevicePciDeviceOfferingResult:
        """查询PCI设备规格匹配 (QueryPciDevicePciDeviceOffering).

        Since ZStack 2.1. Synchronous.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PCI_DEVICE_PCI_DEVICE_OFFERING,
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

    def query_pci_device_pci_device_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PciDevicePciDeviceOfferingInventory]:
        """Every result of ``query_pci_device_pci_device_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE_PCI_DEVICE_OFFERING,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_pci_device_spec(
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
    ) -> QueryPciDeviceSpecResult:
        """查询PCI设备规格 (QueryPciDeviceSpec).

        Since ZStack 3.5.0. Synchronous.

        Args:
            uuid: uuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PCI_DEVICE_SPEC,
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

    def query_pci_device_spec_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PciDeviceSpecInventory]:
        """Every result of ``query_pci_device_spec``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE_SPEC,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_primary_storage(
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
    ) -> QueryPrimaryStorageResult:
        """查询主存储 (QueryPrimaryStorage).

        Since ZStack 0.6. Synchronous.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PRIMARY_STORAGE,
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

    def query_primary_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PrimaryStorageInventory]:
        """Every result of ``query_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PRIMARY_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_scsi_lun(
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
    ) -> QueryScsiLunResult:
        """查询SCSI Lun (QueryScsiLun).

        Since ZStack 3.2.0. Synchronous.

        Args:
            uuid: uuid (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SCSI_LUN,
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

    def query_scsi_lun_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ScsiLunInventory]:
        """Every result of ``query_scsi_lun``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCSI_LUN,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_shared_block(
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
    ) -> QuerySharedBlockResult:
        """查询共享块设备 (QuerySharedBlock).

        Since ZStack 2.3.2. Synchronous.

        Args:
            uuid: uuid (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SHARED_BLOCK,
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

    def query_shared_block_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SharedBlockInventory]:
        """Every result of ``query_shared_block``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHARED_BLOCK,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_shared_block_group_primary_storage(
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
    ) -> QuerySharedBlockGroupPrimaryStorageResult:
        """查询Shared Block主存储 (QuerySharedBlockGroupPrimaryStorage).

        Since ZStack 2.3.2. Synchronous.

        Args:
            uuid: uuid (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE,
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

    def query_shared_block_group_primary_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SharedBlockGroupPrimaryStorageInventory]:
        """Every result of ``query_shared_block_group_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_shared_block_group_primary_storage_host_ref(
        self,
        *,
        primary_storage_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QuerySharedBlockGroupPrimaryStorageHostRefResult:
        """查询连接状态 (QuerySharedBlockGroupPrimaryStorageHostRef).

        查询SharedBlock主存储物理机连接状态。

        Since ZStack 2.3.2. Synchronous.

        Args:
            primary_storage_uuid: primaryStorageUuid (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE_HOST_REF,
            {
                "primaryStorageUuid": primary_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_shared_block_group_primary_storage_host_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SharedBlockGroupPrimaryStorageHostRefInventory]:
        """Every result of ``query_shared_block_group_primary_storage_host_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE_HOST_REF,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_usb_device(
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
    ) -> QueryUsbDeviceResult:
        """查询USB设备 (QueryUsbDevice).

        Since ZStack 2.2. Synchronous.

        Args:
            uuid: uuid (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_USB_DEVICE,
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

    def query_usb_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[UsbDeviceInventory]:
        """Every result of ``query_usb_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_USB_DEVICE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_vm_instance_mdev_device_spec_ref(
        self,
        *,
        vm_instance_uuid: str,
        mdev_spec_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryVmInstanceMdevDeviceSpecRefResult:
        """查询云主机与MDEV设备规格的关联关系 (QueryVmInstanceMdevDeviceSpecRef).

        Since ZStack 3.5.0. Synchronous.

        Args:
            vm_instance_uuid: vmInstanceUuid (since 3.5.0)
            mdev_spec_uuid: mdevSpecUuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_INSTANCE_MDEV_DEVICE_SPEC_REF,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "mdevSpecUuid": mdev_spec_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_vm_instance_mdev_device_spec_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VmInstanceMdevDeviceSpecRefInventory]:
        """Every result of ``query_vm_instance_mdev_device_spec_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_INSTANCE_MDEV_DEVICE_SPEC_REF,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_vm_instance_pci_device_spec_ref(
        self,
        *,
        vm_instance_uuid: str,
        pci_spec_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryVmInstancePciDeviceSpecRefResult:
        """查询云主机与PCI设备规格的关联关系 (QueryVmInstancePciDeviceSpecRef).

        Since ZStack 3.5.0. Synchronous.

        Args:
            vm_instance_uuid: vmInstanceUuid (since 3.5.0)
            pci_spec_uuid: pciSpecUuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_INSTANCE_PCI_DEVICE_SPEC_REF,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "pciSpecUuid": pci_spec_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_vm_instance_pci_device_spec_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VmInstancePciDeviceSpecRefInventory]:
        """Every result of ``query_vm_instance_pci_device_spec_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_INSTANCE_PCI_DEVICE_SPEC_REF,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_zone(
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
    ) -> QueryZoneResult:
        """查询区域 (QueryZone).

        Since ZStack 0.6. Synchronous.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ZONE,
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

    def query_zone_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ZoneInventory]:
        """Every result of ``query_zone``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ZONE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def reclaim_space_from_image_store(
        self,
        *,
        uuid: str,
        system_tags: Sequence[Any] | None = None,
        user_tags: Sequence[Any] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """从镜像仓库回收磁盘空间 (ReclaimSpaceFromImageStore).

        Since ZStack 1.10. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像仓库的UUID，唯一标示该资源 (since 1.10)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECLAIM_SPACE_FROM_IMAGE_STORE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def reconnect_backup_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephBackupStorageResult:
        """重连镜像服务器 (ReconnectBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def reconnect_host(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
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

    def reconnect_image_store_backup_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[Any] | None = None,
        user_tags: Sequence[Any] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectImageStoreBackupStorageResult:
        """重连镜像仓库服务器 (ReconnectImageStoreBackupStorage).

        Since ZStack 1.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像仓库服务器的UUID (since 1.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def reconnect_primary_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """重连主存储 (ReconnectPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def refresh_fiber_channel_storage(
        self,
        *,
        zone_uuid: str,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> QueryFiberChannelStorageResult:
        """刷新FC SAN存储 (RefreshFiberChannelStorage).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: FC SAN存储的UUID，唯一标示该资源 (since 3.1.0)
            zone_uuid: 区域UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_FIBER_CHANNEL_STORAGE,
            {
                "uuid": uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def refresh_iscsi_server(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIscsiServerResult:
        """刷新iSCSI服务器 (RefreshIscsiServer).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_ISCSI_SERVER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def refresh_nvme_target(
        self,
        *,
        zone_uuid: str,
        nvme_lun_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshNvmeTargetResult:
        """刷新NVMe设备 (RefreshNvmeTarget).

        Since ZStack 4.6.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            nvme_lun_uuids: nvmeLunUuids (since 4.6.21)
            zone_uuid: zoneUuid (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_NVME_TARGET,
            {
                "nvmeLunUuids": nvme_lun_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def refresh_sharedblock_device_capacity(
        self,
        *,
        shared_block_group_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshSharedblockDeviceCapacityResult:
        """刷新共享块设备容量 (RefreshSharedblockDeviceCapacity).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            shared_block_group_uuid: 共享块存储UUID (since 2.6.0)
            uuid: 共享块设备UUID，如为空则更新共享块存储下所有设备 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_SHAREDBLOCK_DEVICE_CAPACITY,
            {
                "sharedBlockGroupUuid": shared_block_group_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_mdev_device_spec_from_vm_instance(
        self,
        *,
        mdev_spec_uuid: str,
        vm_instance_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """将MDEV设备规格从云主机卸载 (RemoveMdevDeviceSpecFromVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_spec_uuid: MDEV设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            delete_mode: 删除模式(Permissive 或者 Enforcing，默认 Permissive) (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_MDEV_DEVICE_SPEC_FROM_VM_INSTANCE,
            {
                "mdevSpecUuid": mdev_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_mon_from_ceph_backup_storage(
        self,
        *,
        uuid: str,
        mon_hostnames: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMonToCephBackupStorageResult:
        """Ceph镜像服务器删除mon节点 (RemoveMonFromCephBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: Ceph镜像服务器的UUID (since 0.6)
            mon_hostnames: mon节点名字列表 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_MON_FROM_CEPH_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "monHostnames": mon_hostnames,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_mon_from_ceph_primary_storage(
        self,
        *,
        uuid: str,
        mon_hostnames: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveMonFromCephPrimaryStorageResult:
        """从Ceph主存储删除mon节点 (RemoveMonFromCephPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: Ceph 主存储的UUID (since 0.6)
            mon_hostnames: mon 节点名字列表 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_MON_FROM_CEPH_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "monHostnames": mon_hostnames,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_pci_device_spec_from_vm_instance(
        self,
        *,
        pci_spec_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """将PCI设备规格从云主机卸载 (RemovePciDeviceSpecFromVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_spec_uuid: PCI设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_PCI_DEVICE_SPEC_FROM_VM_INSTANCE,
            {
                "pciSpecUuid": pci_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
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
        bonding_uuids: Sequence[Any],
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
        vlan_ids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetServiceTypeOnHostNetworkBondingResult:
        """标记聚合网口网络类型 (SetServiceTypeOnHostNetworkBonding).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            bonding_uuids: bond网口Uuids (since 4.7.11)
            service_types: 网络服务类型 (since 4.7.11)
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
        interface_uuids: Sequence[Any],
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
        vlan_ids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetServiceTypeOnHostNetworkInterfaceResult:
        """标记物理网口(非聚合口)网络类型 (SetServiceTypeOnHostNetworkInterface).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            interface_uuids: 物理网口Uuids (since 4.7.11)
            service_types: 网络服务类型 (since 4.7.11)
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

    def set_vm_instance_hygon_mdev(
        self,
        *,
        uuid: str,
        hygon_security_element_enable: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """设置云主机是否开启Hygon SE设备透传标识 (SetVmInstanceHygonMdev).

        Since ZStack 5.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 5.5.0)
            hygon_security_element_enable: 是否启用海光安全元素功能 (since 5.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_INSTANCE_HYGON_MDEV,
            {
                "uuid": uuid,
                "hygonSecurityElementEnable": hygon_security_element_enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_usb_redirect(
        self,
        *,
        uuid: str,
        enable: Literal[True, False],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """设置云主机usb重定向开关 (SetVmUsbRedirect).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            enable: 设置为true代表开关开启，设置为false代表开关关闭 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_USB_REDIRECT,
            {
                "uuid": uuid,
                "enable": enable,
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
    ) -> EmptyResult:
        """关闭物理机 (ShutdownHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            force: 是否强制关机 (since 0.6)
            method: 关机方式 (since 4.7.0)
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

    def sync_image(
        self,
        *,
        image_store_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncImageResult:
        """从镜像服务器元数据中同步镜像 (SyncImage).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_store_uuid: 镜像服务器UUID (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_IMAGE,
            {
                "imageStoreUuid": image_store_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_primary_storage_capacity(
        self,
        *,
        primary_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """刷新主存储容量 (SyncPrimaryStorageCapacity).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            primary_storage_uuid: 主存储UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_PRIMARY_STORAGE_CAPACITY,
            {
                "primaryStorageUuid": primary_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def ungenerate_hygon_mdev_devices(
        self,
        *,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """在Hygon物理机上取消生成的MDEV设备 (UngenerateHygonMdevDevices).

        Since ZStack 5.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_uuid: 物理机UUID (since 5.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNGENERATE_HYGON_MDEV_DEVICES,
            {
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def ungenerate_mdev_devices(
        self,
        *,
        pci_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """虚拟化还原支持VFIO_MDEV的PCI设备 (UngenerateMdevDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: 被切分的PCI设备UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNGENERATE_MDEV_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def ungenerate_se_mdev_devices(
        self,
        *,
        mtty_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """虚拟化还原支持VFIO_MDEV的MTTY设备 (UngenerateSeMdevDevices).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mtty_device_uuid: 被切分的MTTY设备UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNGENERATE_SE_MDEV_DEVICES,
            {
                "mttyDeviceUuid": mtty_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def ungenerate_sriov_pci_devices(
        self,
        *,
        pci_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """虚拟化还原支持SR-IOV的PCI设备 (UngenerateSriovPciDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNGENERATE_SRIOV_PCI_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_backup_storage(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephBackupStorageResult:
        """更新镜像服务器信息 (UpdateBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 指定目标镜像服务器的UUID (since 0.6)
            description: 镜像服务器新的详细描述 (since 0.6)
            name: 镜像服务器的新名称 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_block_primary_storage(
        self,
        *,
        uuid: str,
        metadata: str | None = None,
        vendor_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBlockPrimaryStorageResult:
        """更新Block主存储 (UpdateBlockPrimaryStorage).

        Since ZStack 4.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.8.0)
            metadata: 存储元数据（ip，port，用户名、密码） (since 4.8..0)
            vendor_name: Block存储厂商名称 (since 4.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BLOCK_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "metadata": metadata,
                "vendorName": vendor_name,
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
        slave_names: Sequence[Any] | None = None,
        slave_uuids: Sequence[Any] | None = None,
        type: Literal["LinuxBonding", "OvsBonding"] | None = None,
        xmit_hash_policy: Literal["layer2", "layer2+3", "layer3+4"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """更新Bond网口 (UpdateBonding).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            description: 资源的详细描述 (since 4.7.0)
            mode: 工作方式 (since 4.7.0)
            slave_names: slave网卡名称列表 (since 5.0.0)
            slave_uuids: slave网卡Uuids列表 (since 5.0.0)
            type: Bond类型 (since 4.7.0)
            xmit_hash_policy: 哈希算法策略 (since 4.7.0)
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

    def update_ceph_backup_storage_mon(
        self,
        *,
        mon_uuid: str,
        hostname: str | None = None,
        mon_port: int | None = None,
        ssh_password: str | None = None,
        ssh_port: int | None = None,
        ssh_username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMonToCephBackupStorageResult:
        """更新Ceph镜像服务器mon节点 (UpdateCephBackupStorageMon).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mon_uuid: mon节点UUID (since 0.6)
            hostname: mon节点新主机IP地址 (since 0.6)
            mon_port: mon节点的端口 (since 0.6)
            ssh_password: mon节点主机 ssh 用户密码 (since 0.6)
            ssh_port: mon节点主机 ssh 端口 (since 0.6)
            ssh_username: mon节点主机 ssh 用户名 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CEPH_BACKUP_STORAGE_MON,
            {
                "monUuid": mon_uuid,
                "hostname": hostname,
                "monPort": mon_port,
                "sshPassword": ssh_password,
                "sshPort": ssh_port,
                "sshUsername": ssh_username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ceph_primary_storage_mon(
        self,
        *,
        mon_uuid: str,
        hostname: str | None = None,
        mon_port: int | None = None,
        ssh_password: str | None = None,
        ssh_port: int | None = None,
        ssh_username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveMonFromCephPrimaryStorageResult:
        """更新Ceph主存储mon节点 (UpdateCephPrimaryStorageMon).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mon_uuid: mon节点UUID (since 0.6)
            hostname: mon节点新主机IP地址 (since 0.6)
            mon_port: mon的新端口 (since 0.6)
            ssh_password: mon节点主机 ssh 用户密码 (since 0.6)
            ssh_port: mon节点主机 ssh 端口 (since 0.6)
            ssh_username: mon节点主机 ssh 用户名 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CEPH_PRIMARY_STORAGE_MON,
            {
                "monUuid": mon_uuid,
                "hostname": hostname,
                "monPort": mon_port,
                "sshPassword": ssh_password,
                "sshPort": ssh_port,
                "sshUsername": ssh_username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ceph_primary_storage_pool(
        self,
        *,
        uuid: str,
        alias_name: str | None = None,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCephPrimaryStoragePoolResult:
        """更新Ceph主存储池 (UpdateCephPrimaryStoragePool).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            alias_name: aliasName (since 0.6)
            description: 资源的详细描述 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CEPH_PRIMARY_STORAGE_POOL,
            {
                "uuid": uuid,
                "aliasName": alias_name,
                "description": description,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_cluster(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeClusterStateResult:
        """更新集群 (UpdateCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6)
            name: 资源名称 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CLUSTER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_cluster_os(
        self,
        *,
        uuid: str,
        exclude_packages: Sequence[Any] | None = None,
        force: Literal[True, False] | None = None,
        release_version: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        update_packages: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateClusterOSResult:
        """升级集群内物理机的操作系统 (UpdateClusterOS).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            exclude_packages: 不升级的包列表 (since 3.7.0)
            force: 强制 (since 5.2.0)
            release_version: 升级所用源的版本 (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            update_packages: 要升级的包列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CLUSTER_OS,
            {
                "uuid": uuid,
                "excludePackages": exclude_packages,
                "force": force,
                "releaseVersion": release_version,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "updatePackages": update_packages,
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
    ) -> AddKVMHostResult:
        """更新物理机信息 (UpdateHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6)
            management_ip: managementIp (since 0.6)
            name: 资源名称 (since 0.6)
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

    def update_host_iommu_state(
        self,
        *,
        uuid: str,
        state: Literal["Enabled", "Disabled"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostIommuStateResult:
        """更新物理机Iommu启用状态 (UpdateHostIommuState).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            state: state (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_HOST_IOMMU_STATE,
            {
                "uuid": uuid,
                "state": state,
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
            ipmi_address: IPMI地址 (since 4.7.0)
            ipmi_password: IPMI密码 (since 4.7.0)
            ipmi_port: IPMI端口 (since 4.7.0)
            ipmi_username: IPMI用户名 (since 4.7.0)
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
            description: 资源的详细描述 (since 4.7.0)
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

    def update_host_network_service_type(
        self,
        *,
        uuid: str,
        service_type: str,
        system: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHostNetworkServiceTypeResult:
        """更新物理网络标签类型 (UpdateHostNetworkServiceType).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.0)
            service_type: serviceType (since 5.3.0)
            system: system (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_HOST_NETWORK_SERVICE_TYPE,
            {
                "uuid": uuid,
                "serviceType": service_type,
                "system": system,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_image_store_backup_storage(
        self,
        *,
        uuid: str,
        description: str | None = None,
        hostname: str | None = None,
        name: str | None = None,
        password: str | None = None,
        ssh_port: int | None = None,
        system_tags: Sequence[Any] | None = None,
        user_tags: Sequence[Any] | None = None,
        username: str | None = None,
        job_uuid: str | None = None,
    ) -> AddCephBackupStorageResult:
        """更新镜像仓库服务器信息 (UpdateImageStoreBackupStorage).

        Since ZStack 1.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像服务器的UUID (since 1.6)
            description: 镜像服务器的更新详细描述 (since 1.6)
            hostname: 镜像服务器主机名 (since 1.6)
            name: 镜像服务器的新名称 (since 1.6)
            password: SSH 用户密码 (since 1.6)
            ssh_port: SSH 端口号 (since 1.6)
            username: SSH 用户名 (用于 Ansible 部署) (since 1.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "hostname": hostname,
                "name": name,
                "password": password,
                "sshPort": ssh_port,
                "systemTags": system_tags,
                "userTags": user_tags,
                "username": username,
            },
            job_uuid,
        )

    def update_iscsi_server(
        self,
        *,
        uuid: str,
        chap_user_name: str | None = None,
        chap_user_password: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIscsiServerResult:
        """更新iSCSI服务器配置 (UpdateIscsiServer).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chap_user_name: CHAP用户名 (since 3.0.0)
            chap_user_password: CHAP密码 (since 3.0.0)
            name: 资源名称 (since 3.0.0)
            resource_uuid: resourceUuid (since 3.0.0)
            state: 启用状态 (since 3.0.0)
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ISCSI_SERVER,
            {
                "chapUserName": chap_user_name,
                "chapUserPassword": chap_user_password,
                "name": name,
                "resourceUuid": resource_uuid,
                "state": state,
                "uuid": uuid,
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
    ) -> AddKVMHostResult:
        """更新KVM主机信息 (UpdateKVMHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6)
            management_ip: 管理节点IP (since 0.6)
            name: 资源名称 (since 0.6)
            password: 密码 (since 0.6)
            ssh_port: ssh端口号 (since 0.6)
            username: 用户名 (since 0.6)
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

    def update_mdev_device(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachMdevDeviceToVmResult:
        """更新PCI设备切分出的MDEV设备 (UpdateMdevDevice).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.0)
            description: 资源的详细描述 (since 3.5.0)
            name: 资源名称 (since 3.5.0)
            state: 设备状态 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_MDEV_DEVICE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_mdev_device_spec(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateMdevDeviceSpecResult:
        """更新MDEV设备规格 (UpdateMdevDeviceSpec).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.0)
            description: 资源的详细描述 (since 3.5.0)
            name: 资源名称 (since 3.5.0)
            state: 规格状态 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_MDEV_DEVICE_SPEC,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_pci_device(
        self,
        *,
        uuid: str,
        description: str | None = None,
        meta_data: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPciDeviceToVmResult:
        """更新PCI设备 (UpdatePciDevice).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            description: 资源的详细描述 (since 2.1)
            meta_data: metaData (since 2.1)
            state: state (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_PCI_DEVICE,
            {
                "uuid": uuid,
                "description": description,
                "metaData": meta_data,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_pci_device_spec(
        self,
        *,
        uuid: str,
        abandon_spec_rom: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        rom_content: str | None = None,
        rom_version: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePciDeviceSpecResult:
        """更新PCI设备规格 (UpdatePciDeviceSpec).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.0)
            abandon_spec_rom: 删除已有固件 (since 3.5.0)
            description: 资源的详细描述 (since 3.5.0)
            name: 资源名称 (since 3.5.0)
            rom_content: BASE64编码后的固件内容 (since 3.5.0)
            rom_version: 固件版本 (since 3.5.0)
            state: PCI设备规格启用状态 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_PCI_DEVICE_SPEC,
            {
                "uuid": uuid,
                "abandonSpecRom": abandon_spec_rom,
                "description": description,
                "name": name,
                "romContent": rom_content,
                "romVersion": rom_version,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_primary_storage(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """更新主存储信息 (UpdatePrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            description: 主存储的新详细描述 (since 0.6)
            name: 主存储的新名称 (since 0.6)
            url: 主存储的新地址 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_scsi_lun(
        self,
        *,
        uuid: str,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachScsiLunToVmInstanceResult:
        """更新SCSI LUN配置 (UpdateScsiLun).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            name: 资源名称 (since 3.1.0)
            state: 启用状态 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SCSI_LUN,
            {
                "uuid": uuid,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_usb_device(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachUsbDeviceToVmResult:
        """更新USB设备 (UpdateUsbDevice).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            description: 资源的详细描述 (since 2.2)
            name: 资源名称 (since 2.2)
            state: USB设备状态 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_USB_DEVICE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_zone(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeZoneStateResult:
        """更新区域 (UpdateZone).

        更新区域的名称、描述、系统标签或者用户标签。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6)
            name: 资源名称 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ZONE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncHardwareFacilitiesApi(AsyncAPIClient):
    async def add_block_primary_storage(
        self,
        *,
        metadata: str,
        name: str,
        url: str,
        vendor_name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBlockPrimaryStorageResult:
        """添加Block主存储 (AddBlockPrimaryStorage).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: Block主存储的详细描述 (since 4.6.0)
            metadata: 存储的元数据 (since 4.6.0)
            name: Block主存储的名称 (since 4.6.0)
            resource_uuid: 资源UUID (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            type: 主存储的类型，此处为Block (since 4.6.0)
            url: 未使用 (since 4.6.0)
            vendor_name: 存储厂商名称 (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_BLOCK_PRIMARY_STORAGE,
            {
                "description": description,
                "metadata": metadata,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "vendorName": vendor_name,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_ceph_backup_storage(
        self,
        *,
        mon_urls: Sequence[Any],
        name: str,
        url: str,
        description: str | None = None,
        import_images: bool | None = None,
        pool_name: str | None = None,
        resource_uuid: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephBackupStorageResult:
        """添加Ceph镜像服务器 (AddCephBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 镜像服务器的详细描述 (since 0.6)
            import_images: 添加后是否导入镜像 (since 1.9)
            mon_urls: Ceph mon 的地址列表 (since 0.6)
            name: 镜像服务器名字 (since 0.6)
            pool_name: 用于存放镜像的 Ceph pool 的名字 (since 0.6)
            resource_uuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。 (since 0.6)
            type: 镜像服务器的类型，此处为 Ceph (since 0.6)
            url: 未使用 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_CEPH_BACKUP_STORAGE,
            {
                "description": description,
                "importImages": import_images,
                "monUrls": mon_urls,
                "name": name,
                "poolName": pool_name,
                "resourceUuid": resource_uuid,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_ceph_primary_storage(
        self,
        *,
        mon_urls: Sequence[Any],
        name: str,
        url: str,
        zone_uuid: str,
        data_volume_pool_name: str | None = None,
        description: str | None = None,
        image_cache_pool_name: str | None = None,
        resource_uuid: str | None = None,
        root_volume_pool_name: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """添加Ceph主存储 (AddCephPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_volume_pool_name: 指定 Data Volume 可使用的 Ceph pool 名字 (since 0.6)
            description: Ceph 主存储的详细描述 (since 0.6)
            image_cache_pool_name: 指定镜像缓存可使用的 Ceph pool 名字 (since 0.6)
            mon_urls: Ceph mon 的地址列表 (since 0.6)
            name: Ceph 主存储的名称 (since 0.6)
            resource_uuid: 资源UUID。若指定，Ceph 主存储会使用该字段值作为UUID。 (since 0.6)
            root_volume_pool_name: 指定 Root Volume 可使用的 Ceph pool 名字 (since 0.6)
            type: Ceph 主存储的类型，此处为 Ceph (since 0.6)
            url: 未使用 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_CEPH_PRIMARY_STORAGE,
            {
                "dataVolumePoolName": data_volume_pool_name,
                "description": description,
                "imageCachePoolName": image_cache_pool_name,
                "monUrls": mon_urls,
                "name": name,
                "resourceUuid": resource_uuid,
                "rootVolumePoolName": root_volume_pool_name,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_ceph_primary_storage_pool(
        self,
        *,
        primary_storage_uuid: str,
        pool_name: str,
        type: str,
        alias_name: str | None = None,
        description: str | None = None,
        is_create: bool | None = None,
        resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStoragePoolResult:
        """添加Ceph主存储池 (AddCephPrimaryStoragePool).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            primary_storage_uuid: 主存储UUID (since 0.6)
            alias_name: aliasName (since 0.6)
            description: 资源的详细描述 (since 0.6)
            is_create: isCreate (since 0.6)
            pool_name: poolName (since 0.6)
            resource_uuid: resourceUuid (since 0.6)
            type: 存储池类型 (since 3.1.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_CEPH_PRIMARY_STORAGE_POOL,
            {
                "primaryStorageUuid": primary_storage_uuid,
                "aliasName": alias_name,
                "description": description,
                "isCreate": is_create,
                "poolName": pool_name,
                "resourceUuid": resource_uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_image_store_backup_storage(
        self,
        *,
        hostname: str,
        name: str,
        password: str,
        url: str,
        username: str,
        description: str | None = None,
        import_images: bool | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        system_tags: Sequence[Any] | None = None,
        type: str | None = None,
        user_tags: Sequence[Any] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """添加镜像仓库服务器 (AddImageStoreBackupStorage).

        Since ZStack 1.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 镜像仓库的详细描述 (since 1.6)
            hostname: 服务器主机地址 (since 1.6)
            import_images: 是否导入镜像 (since 1.9)
            name: 镜像仓库服务器名称 (since 1.6)
            password: 服务器 SSH 用户密码 (since 1.6)
            resource_uuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID (since 1.6)
            ssh_port: 服务器 SSH 端口 (since 1.6)
            type: 这里是 ImageStoreBackupStorage (since 1.6)
            url: 镜像仓库本地数据存放路径 (since 1.6)
            username: 服务器 SSH 用户名 (用于 Ansible 部署) (since 1.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IMAGE_STORE_BACKUP_STORAGE,
            {
                "description": description,
                "hostname": hostname,
                "importImages": import_images,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "systemTags": system_tags,
                "type": type,
                "url": url,
                "userTags": user_tags,
                "username": username,
            },
            job_uuid,
        )

    async def add_iscsi_server(
        self,
        *,
        ip: str,
        chap_user_name: str | None = None,
        chap_user_password: str | None = None,
        name: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIscsiServerResult:
        """添加iSCSI服务器 (AddIscsiServer).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chap_user_name: CHAP用户名，默认为空 (since 3.0.0)
            chap_user_password: CHAP密码，默认为空 (since 3.0.0)
            ip: IP地址 (since 3.0.0)
            name: 资源名称 (since 3.0.0)
            port: 端口，默认为3260 (since 3.0.0)
            resource_uuid: resourceUuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ISCSI_SERVER,
            {
                "chapUserName": chap_user_name,
                "chapUserPassword": chap_user_password,
                "ip": ip,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddKVMHostResult:
        """添加KVM主机 (AddKVMHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 0.6)
            description: 资源的详细描述 (since 0.6)
            management_ip: 物理机管理节点IP (since 0.6)
            name: 资源名称 (since 0.6)
            password: ssh密码 (since 0.6)
            resource_uuid: 资源UUID (since 0.6)
            ssh_port: ssh端口号 (since 0.6)
            username: ssh用户名 (since 0.6)
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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddKVMHostFromConfigFileResult2:
        """通过文件导入方式添加物理机 (AddKVMHostFromConfigFile).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_info: 经过base64编码的物理机信息 (since 3.1.0)
            resource_uuid: resourceUuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_KVM_HOST_FROM_CONFIG_FILE,
            {
                "hostInfo": host_info,
                "resourceUuid": resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_local_primary_storage(
        self,
        *,
        name: str,
        url: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """添加本地存储为主存储 (AddLocalPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 本地存储主存储的详细描述 (since 0.6)
            name: 本地存储主存储名称 (since 0.6)
            resource_uuid: 资源UUID。若指定，本地存储主存储会使用该字段值作为UUID。 (since 0.6)
            type: 类型为 LocalStorage (since 0.6)
            url: 本地存储的路径 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_LOCAL_PRIMARY_STORAGE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_mdev_device_spec_to_vm_instance(
        self,
        *,
        mdev_spec_uuid: str,
        vm_instance_uuid: str,
        mdev_device_number: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMdevDeviceSpecToVmInstanceResult:
        """将MDEV设备规格加载到云主机 (AddMdevDeviceSpecToVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_spec_uuid: MDEV设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            mdev_device_number: mdevDeviceNumber (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_MDEV_DEVICE_SPEC_TO_VM_INSTANCE,
            {
                "mdevSpecUuid": mdev_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "mdevDeviceNumber": mdev_device_number,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_mon_to_ceph_backup_storage(
        self,
        *,
        uuid: str,
        mon_urls: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMonToCephBackupStorageResult:
        """Ceph镜像服务器添加mon节点 (AddMonToCephBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: Ceph镜像服务器的UUID (since 0.6)
            mon_urls: mon节点名字列表 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_MON_TO_CEPH_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "monUrls": mon_urls,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_mon_to_ceph_primary_storage(
        self,
        *,
        uuid: str,
        mon_urls: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """为Ceph主存储添加mon节点 (AddMonToCephPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: Ceph 主存储的UUID (since 0.6)
            mon_urls: mon 节点地址列表 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_MON_TO_CEPH_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "monUrls": mon_urls,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_nfs_primary_storage(
        self,
        *,
        name: str,
        url: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """添加NFS主存储 (AddNfsPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: NFS 主存储的详细描述 (since 0.6)
            name: NFS 主存储名称 (since 0.6)
            resource_uuid: 资源UUID。若指定，NFS 主存储会使用该字段值作为UUID。 (since 0.6)
            type: 类型为 NFS (since 0.6)
            url: NFS 公开地址，格式为 nfs-host:/path/to/export (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_NFS_PRIMARY_STORAGE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_pci_device_spec_to_vm_instance(
        self,
        *,
        pci_spec_uuid: str,
        vm_instance_uuid: str,
        pci_device_number: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddPciDeviceSpecToVmInstanceResult:
        """将PCI设备规格加载到云主机 (AddPciDeviceSpecToVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_spec_uuid: PCI设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            pci_device_number: pciDeviceNumber (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_PCI_DEVICE_SPEC_TO_VM_INSTANCE,
            {
                "pciSpecUuid": pci_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "pciDeviceNumber": pci_device_number,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_shared_block_group_primary_storage(
        self,
        *,
        disk_uuids: Sequence[Any],
        name: str,
        url: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSharedBlockGroupPrimaryStorageResult:
        """添加Shared Block主存储 (AddSharedBlockGroupPrimaryStorage).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3.2)
            disk_uuids: 磁盘唯一表示（例如UUID, WWN, WWID） (since 2.3.2)
            name: 资源名称 (since 2.3.2)
            resource_uuid: resourceUuid (since 2.3.2)
            type: 主存储类型，此处为 SharedBlock (since 2.3.2)
            url: 未使用 (since 2.3.2)
            zone_uuid: 区域UUID (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SHARED_BLOCK_GROUP_PRIMARY_STORAGE,
            {
                "description": description,
                "diskUuids": disk_uuids,
                "name": name,
                "resourceUuid": resource_uuid,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_shared_block_to_shared_block_group(
        self,
        *,
        uuid: str,
        disk_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSharedBlockToSharedBlockGroupResult:
        """添加LUN到Shared Block主存储 (AddSharedBlockToSharedBlockGroup).

        添加共享块设备到Shared Block主存储。

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储UUID (since 2.3.2)
            disk_uuid: 磁盘维一标示（例如UUID, WWN, WWID） (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SHARED_BLOCK_TO_SHARED_BLOCK_GROUP,
            {
                "uuid": uuid,
                "diskUuid": disk_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_shared_mount_point_primary_storage(
        self,
        *,
        name: str,
        url: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """添加一个共享挂载点的主存储 (AddSharedMountPointPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 共享挂载主存储的详细描述 (since 0.6)
            name: 共享挂载主存储的名称 (since 0.6)
            resource_uuid: 共享挂载主存储的uuid (since 0.6)
            type: 主存储的类型，应为SharedMountPoint (since 0.6)
            url: 共享挂载主存储所在的本地路径 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SHARED_MOUNT_POINT_PRIMARY_STORAGE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
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
            mem_size: 需要的内存大小 (since 4.7.11)
            scene: 分配场景 (since 4.7.11)
            strategy: 分配策略 (since 4.7.11)
            vcpu: 需要的vCPU数量 (since 4.7.11)
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

    async def attach_backup_storage_to_zone(
        self,
        *,
        zone_uuid: str,
        backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachBackupStorageToZoneResult:
        """挂载镜像服务器至区域 (AttachBackupStorageToZone).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            zone_uuid: 区域UUID (since 0.6)
            backup_storage_uuid: 镜像存储UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_BACKUP_STORAGE_TO_ZONE,
            {
                "zoneUuid": zone_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_iscsi_server_to_cluster(
        self,
        *,
        cluster_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIscsiServerResult:
        """将iSCSI服务器加载到集群 (AttachIscsiServerToCluster).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 3.0.0)
            uuid: iSCSI服务器的的UUID (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_ISCSI_SERVER_TO_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_mdev_device_to_vm(
        self,
        *,
        mdev_device_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachMdevDeviceToVmResult:
        """将PCI设备切分出的MDEV设备绑定到云主机 (AttachMdevDeviceToVm).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_device_uuid: MDEV设备UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_MDEV_DEVICE_TO_VM,
            {
                "mdevDeviceUuid": mdev_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_nic_to_bonding(
        self,
        *,
        uuid: str,
        slave_uuids: Sequence[Any],
        type: Literal["LinuxBonding", "OvsBonding"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """绑定slave到Bond网口 (AttachNicToBonding).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            slave_uuids: slave网卡Uuids (since 5.0.0)
            type: Bond类型 (since 5.0.0)
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

    async def attach_pci_device_to_vm(
        self,
        *,
        pci_device_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPciDeviceToVmResult:
        """绑定PCI设备到云主机 (AttachPciDeviceToVm).

        绑定PCI设备到云主机，管理员可以直接将状态为System、Active的PCI设备绑定到状态为Active、Stop的云主机。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI设备UUID (since 2.1)
            vm_instance_uuid: 云主机UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_PCI_DEVICE_TO_VM,
            {
                "pciDeviceUuid": pci_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_primary_storage_to_cluster(
        self,
        *,
        cluster_uuid: str,
        primary_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPrimaryStorageToClusterResult:
        """向集群添加主存储 (AttachPrimaryStorageToCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 0.6)
            primary_storage_uuid: 主存储UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_PRIMARY_STORAGE_TO_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "primaryStorageUuid": primary_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_scsi_lun_to_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        uuid: str,
        disable_multi_path_attach: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachScsiLunToVmInstanceResult:
        """将SCSI LUN加载到云主机 (AttachScsiLunToVmInstance).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            uuid: SCSI LUN的UUID，唯一标示该资源 (since 3.1.0)
            disable_multi_path_attach: 关闭自动加载多路径设备 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_SCSI_LUN_TO_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "uuid": uuid,
                "disableMultiPathAttach": disable_multi_path_attach,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_usb_device_to_vm(
        self,
        *,
        usb_device_uuid: str,
        vm_instance_uuid: str,
        attach_type: Literal["PassThrough", "Redirect"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachUsbDeviceToVmResult:
        """云主机加载物理机USB设备 (AttachUsbDeviceToVm).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            usb_device_uuid: USB设备UUID (since 2.2)
            attach_type: 加载类型 (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_USB_DEVICE_TO_VM,
            {
                "usbDeviceUuid": usb_device_uuid,
                "attachType": attach_type,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def backup_storage_migrate_image(
        self,
        *,
        image_uuid: str,
        dst_backup_storage_uuid: str,
        src_backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BackupStorageMigrateImageResult:
        """跨镜像服务器迁移镜像 (BackupStorageMigrateImage).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_uuid: 镜像UUID (since 2.2)
            dst_backup_storage_uuid: 目标镜像服务器UUID (since 2.2)
            src_backup_storage_uuid: 源镜像服务器UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            BACKUP_STORAGE_MIGRATE_IMAGE,
            {
                "imageUuid": image_uuid,
                "dstBackupStorageUuid": dst_backup_storage_uuid,
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_backup_storage_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephBackupStorageResult:
        """更改镜像服务器可用状态 (ChangeBackupStorageState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 镜像服务器的目标状态 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_BACKUP_STORAGE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_cluster_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeClusterStateResult:
        """改变一个集群的可用状态 (ChangeClusterState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 可用状态触发事件 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_CLUSTER_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_host_network_interface_lldp_mode(
        self,
        *,
        interface_uuids: Sequence[Any],
        mode: Literal["rx_only", "tx_only", "rx_and_tx", "disable"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeHostNetworkInterfaceLldpModeResult:
        """修改物理网口LLDP工作模式 (ChangeHostNetworkInterfaceLldpMode).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            interface_uuids: 物理网口UUID (since 5.0.0)
            mode: LLDP工作模式 (since 5.0.0)
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

    async def change_host_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable", "maintain"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddKVMHostResult:
        """更新物理机启用状态 (ChangeHostState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 期望的物理机启用状态 (since 0.6)
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

    async def change_primary_storage_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable", "maintain", "deleting"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """更改主存储状态 (ChangePrimaryStorageState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            state_event: 主存储的目标状态 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_PRIMARY_STORAGE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_vf_nic_ha_state(
        self,
        *,
        vf_nic_uuid: str,
        ha_state: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVfNicHaStateResult:
        """修改云主机VF网卡高可用状态 (ChangeVfNicHaState).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vf_nic_uuid: VF网卡UUID (since 5.1.0)
            ha_state: 高可用状态 (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_VF_NIC_HA_STATE,
            {
                "vfNicUuid": vf_nic_uuid,
                "haState": ha_state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_vm_nic_type(
        self,
        *,
        vm_nic_uuid: str,
        vm_nic_type: Literal["VNIC"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmNicTypeResult:
        """修改云主机网卡类型 (ChangeVmNicType).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 3.9.0)
            vm_nic_type: 云主机网卡类型 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_VM_NIC_TYPE,
            {
                "vmNicUuid": vm_nic_uuid,
                "vmNicType": vm_nic_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_zone_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeZoneStateResult:
        """改变区域的可用状态 (ChangeZoneState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态触发事件 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_ZONE_STATE,
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
    ) -> EmptyResult:
        """添加物理机文件语法检查 (CheckKVMHostConfigFile).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_info: 经过base64编码的物理机信息 (since 3.1.0)
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

    async def check_scsi_lun_cluster_status(
        self,
        *,
        uuid: str,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckScsiLunClusterStatusResult:
        """检查SCSI Lun与集群连接关系 (CheckScsiLunClusterStatus).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            cluster_uuid: 集群UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_SCSI_LUN_CLUSTER_STATUS,
            {
                "uuid": uuid,
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def clean_up_image_cache_on_primary_storage(
        self,
        *,
        uuid: str,
        mode: Literal["soft", "hard"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """清除主存储镜像缓存 (CleanUpImageCacheOnPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            mode: 模式 (since 3.10.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CLEAN_UP_IMAGE_CACHE_ON_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "mode": mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def clean_up_storage_trash_on_primary_storage(
        self,
        *,
        uuid: str,
        force: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanUpStorageTrashOnPrimaryStorageResult:
        """清空主存储垃圾 (CleanUpStorageTrashOnPrimaryStorage).

        Since ZStack 4.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 4.8.0)
            force: 是否强制清理主存储垃圾 (since 4.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CLEAN_UP_STORAGE_TRASH_ON_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "force": force,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_bonding(
        self,
        *,
        bonding_name: str,
        host_uuids: Sequence[Any],
        mode: Literal["802.3ad", "active-backup"],
        type: Literal["LinuxBonding", "OvsBonding"],
        description: str | None = None,
        resource_uuid: str | None = None,
        slave_names: Sequence[Any] | None = None,
        slave_uuids: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        xmit_hash_policy: Literal["layer2", "layer2+3", "layer3+4"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBondingResult:
        """创建Bond网口 (CreateBonding).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            bonding_name: Bond名称 (since 4.7.0)
            description: 资源的详细描述 (since 4.7.0)
            host_uuids: 主机UUID列表 (since 5.0.0)
            mode: 工作方式 (since 4.7.0)
            resource_uuid: 资源UUID (since 4.7.0)
            slave_names: slave网卡名称列表 (since 5.0.0)
            slave_uuids: slave网卡UUIDs列表 (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 4.7.0)
            type: Bond类型 (since 4.7.0)
            xmit_hash_policy: 哈希算法策略 (since 4.7.0)
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

    async def create_cluster(
        self,
        *,
        hypervisor_type: Literal["KVM", "Simulator"],
        name: str,
        zone_uuid: str,
        architecture: Literal["x86_64", "aarch64", "mips64el"] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeClusterStateResult:
        """创建一个集群 (CreateCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            architecture: architecture (since 4.0.0)
            description: 资源的详细描述 (since 0.6)
            hypervisor_type: 虚拟机管理程序类型 (since 4.0.0)
            name: 资源名称 (since 0.6)
            resource_uuid: 当reourceUuid不等于null, 云平台使用这个值作为被创建资源的UUID； 否则云平台会自动生成一个UUID (since 0.6)
            tag_uuids: tagUuids (since 4.0.0)
            type: 保留域, 请不要使用 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_CLUSTER,
            {
                "architecture": architecture,
                "description": description,
                "hypervisorType": hypervisor_type,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_host_network_service_type(
        self,
        *,
        service_type: str,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHostNetworkServiceTypeResult:
        """创建物理网络标签类型 (CreateHostNetworkServiceType).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            resource_uuid: 资源UUID (since 5.3.0)
            service_type: serviceType (since 5.3.0)
            system: system (since 5.3.0)
            tag_uuids: 标签UUID列表 (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_HOST_NETWORK_SERVICE_TYPE,
            {
                "resourceUuid": resource_uuid,
                "serviceType": service_type,
                "system": system,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_pci_device_offering(
        self,
        *,
        device_id: str,
        vendor_id: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        subdevice_id: str | None = None,
        subvendor_id: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePciDeviceOfferingResult:
        """创建PCI设备规格 (CreatePciDeviceOffering).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.1)
            device_id: 设备ID (since 2.1)
            name: 资源名称 (since 2.1)
            resource_uuid: resourceUuid (since 2.1)
            subdevice_id: 子设备ID (since 2.1)
            subvendor_id: 子供应商ID (since 2.1)
            type: type (since 2.1)
            vendor_id: 供应商ID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_PCI_DEVICE_OFFERING,
            {
                "description": description,
                "deviceId": device_id,
                "name": name,
                "resourceUuid": resource_uuid,
                "subdeviceId": subdevice_id,
                "subvendorId": subvendor_id,
                "type": type,
                "vendorId": vendor_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_zone(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeZoneStateResult:
        """创建区域 (CreateZone).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6)
            name: 资源名称 (since 0.6)
            resource_uuid: 用户指定的资源uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ZONE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_backup_storage(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除镜像服务器 (DeleteBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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
    ) -> EmptyResult:
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

    async def delete_ceph_primary_storage_pool(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除Ceph主存储池 (DeleteCephPrimaryStoragePool).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_CEPH_PRIMARY_STORAGE_POOL,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_cluster(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除一个集群 (DeleteCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_CLUSTER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_exported_image_from_backup_storage(
        self,
        *,
        backup_storage_uuid: str,
        image_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """从镜像服务器删除导出的镜像 (DeleteExportedImageFromBackupStorage).

        Since ZStack 1.7. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_storage_uuid: 镜像存储UUID (since 1.7)
            image_uuid: 镜像UUID (since 1.7)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_EXPORTED_IMAGE_FROM_BACKUP_STORAGE,
            {
                "backupStorageUuid": backup_storage_uuid,
                "imageUuid": image_uuid,
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
    ) -> EmptyResult:
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

    async def delete_host_network_service_type(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除物理网络标签类型 (DeleteHostNetworkServiceType).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HOST_NETWORK_SERVICE_TYPE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_iscsi_server(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除iSCSI服务器 (DeleteIscsiServer).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: iSCSI服务器的UUID (since 3.0.0)
            delete_mode: deleteMode (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ISCSI_SERVER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_mdev_device(
        self,
        *,
        mdev_device_uuid: str,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除MDEV设备 (DeleteMdevDevice).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_device_uuid: mdevDeviceUuid (since 4.6.0)
            uuid: MDEV设备UUID (since 4.6.0)
            delete_mode: 删除模式 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_MDEV_DEVICE,
            {
                "mdevDeviceUuid": mdev_device_uuid,
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_pci_device(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除PCI设备 (DeletePciDevice).

        删除失效的PCI设备，只允许删除Inactive状态的PCI设备。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_PCI_DEVICE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_pci_device_offering(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除PCI设备规格 (DeletePciDeviceOffering).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_PCI_DEVICE_OFFERING,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_primary_storage(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除主存储 (DeletePrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_zone(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除区域 (DeleteZone).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: Permissive：如果删除过程中发生错误或者删除不被允许，云平台会停止删除操作；在这种情况下, 包含失败原因的错误代码会被返回。 Enforcing：云平台会忽略所有错误和权限而直接删除资源；在这种情况下, 删除操作总是会成功。 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ZONE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_backup_storage_from_zone(
        self,
        *,
        zone_uuid: str,
        backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephBackupStorageResult:
        """从区域中卸载已经挂载的镜像服务器 (DetachBackupStorageFromZone).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            zone_uuid: 区域UUID (since 0.6)
            backup_storage_uuid: 镜像存储UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_BACKUP_STORAGE_FROM_ZONE,
            {
                "zoneUuid": zone_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_iscsi_server_from_cluster(
        self,
        *,
        cluster_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIscsiServerResult:
        """将iSCSI服务器从集群卸载 (DetachIscsiServerFromCluster).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 3.0.0)
            uuid: iSCSI服务器的UUID (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_ISCSI_SERVER_FROM_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_mdev_device_from_vm(
        self,
        *,
        mdev_device_uuid: str,
        vm_instance_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachMdevDeviceToVmResult:
        """将PCI设备切分出的MDEV设备从云主机卸载 (DetachMdevDeviceFromVm).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_device_uuid: MDEV设备UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            delete_mode: 删除模式(Permissive 或者 Enforcing，默认 Permissive) (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_MDEV_DEVICE_FROM_VM,
            {
                "mdevDeviceUuid": mdev_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
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
        slave_uuids: Sequence[Any],
        type: Literal["LinuxBonding", "OvsBonding"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """从Bond网口解绑slave (DetachNicFromBonding).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            slave_uuids: slave网卡Uuids (since 5.0.0)
            type: Bond类型 (since 5.0.0)
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

    async def detach_pci_device_from_vm(
        self,
        *,
        pci_device_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPciDeviceToVmResult:
        """卸载PCI设备 (DetachPciDeviceFromVm).

        从云主机上卸载PCI设备

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: pciDeviceUuid (since 2.1)
            vm_instance_uuid: 云主机UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_PCI_DEVICE_FROM_VM,
            {
                "pciDeviceUuid": pci_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_primary_storage_from_cluster(
        self,
        *,
        cluster_uuid: str,
        primary_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """从集群卸载主存储 (DetachPrimaryStorageFromCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 0.6)
            primary_storage_uuid: 主存储UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_PRIMARY_STORAGE_FROM_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "primaryStorageUuid": primary_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_scsi_lun_from_host(
        self,
        *,
        uuid: str,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachScsiLunFromHostResult:
        """将LUN设备从物理机卸载 (DetachScsiLunFromHost).

        Since ZStack 4.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: SCSI LUN UUID (since 4.2.0)
            host_uuid: 物理机UUID (since 4.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_SCSI_LUN_FROM_HOST,
            {
                "uuid": uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_scsi_lun_from_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachScsiLunToVmInstanceResult:
        """将SCSI LUN从云主机卸载 (DetachScsiLunFromVmInstance).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_SCSI_LUN_FROM_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_usb_device_from_vm(
        self,
        *,
        usb_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """将云主机挂载的USB设备卸载 (DetachUsbDeviceFromVm).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            usb_device_uuid: USB设备UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_USB_DEVICE_FROM_VM,
            {
                "usbDeviceUuid": usb_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def export_image_from_backup_storage(
        self,
        *,
        backup_storage_uuid: str,
        image_uuid: str,
        export_format: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExportImageFromBackupStorageResult:
        """从镜像服务器导出镜像 (ExportImageFromBackupStorage).

        Since ZStack 1.7. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_storage_uuid: 镜像存储UUID (since 1.7)
            export_format: 导出镜像的保存格式 (since 3.9.0)
            image_uuid: 镜像UUID (since 1.7)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXPORT_IMAGE_FROM_BACKUP_STORAGE,
            {
                "backupStorageUuid": backup_storage_uuid,
                "exportFormat": export_format,
                "imageUuid": image_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def generate_hygon_mdev_devices(
        self,
        *,
        host_uuid: str,
        max_qemu_num: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """在Hygon物理机生成MDEV设备 (GenerateHygonMdevDevices).

        Since ZStack 5.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_uuid: 物理机UUID (since 5.5.0)
            max_qemu_num: 指定每个物理CCP卡要为 QEMU云主机创建多少个虚拟设备 (MDEV) ，max_qemu_num=128 每个CCP生成 128 个给云主机使用的MDEV。 (since 5.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GENERATE_HYGON_MDEV_DEVICES,
            {
                "hostUuid": host_uuid,
                "maxQemuNum": max_qemu_num,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def generate_mdev_devices(
        self,
        *,
        pci_device_uuid: str,
        mdev_spec_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """虚拟化切分支持VFIO_MDEV的PCI设备 (GenerateMdevDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI设备UUID (since 3.5.0)
            mdev_spec_uuid: MDEV设备规格UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GENERATE_MDEV_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "mdevSpecUuid": mdev_spec_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def generate_se_mdev_devices(
        self,
        *,
        mtty_device_uuid: str,
        virt_part_num: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """虚拟化切分支持VFIO_MDEV的MTTY设备 (GenerateSeMdevDevices).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mtty_device_uuid: MTTY设备UUID (since 4.6.0)
            virt_part_num: 切分数量 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GENERATE_SE_MDEV_DEVICES,
            {
                "mttyDeviceUuid": mtty_device_uuid,
                "virtPartNum": virt_part_num,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def generate_sriov_pci_devices(
        self,
        *,
        pci_device_uuid: str,
        virt_part_num: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """虚拟化切分支持SR-IOV的PCI设备 (GenerateSriovPciDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI UUID (since 3.5.0)
            virt_part_num: 切分数量 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GENERATE_SRIOV_PCI_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "virtPartNum": virt_part_num,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_backup_storage_candidates_for_image_migration(
        self,
        *,
        src_backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBackupStorageCandidatesForImageMigrationResult:
        """获取候选列表 (GetBackupStorageCandidatesForImageMigration).

        获取镜像迁移的目标镜像服务器候选列表。

        Since ZStack 2.2. Synchronous.

        Args:
            src_backup_storage_uuid: 待迁移镜像所在镜像服务器UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_BACKUP_STORAGE_CANDIDATES_FOR_IMAGE_MIGRATION,
            {
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_backup_storage_capacity(
        self,
        *,
        zone_uuids: Sequence[str] | None = None,
        backup_storage_uuids: Sequence[str] | None = None,
        all: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBackupStorageCapacityResult:
        """获取镜像服务器存储容量 (GetBackupStorageCapacity).

        Since ZStack 0.6. Synchronous.

        Args:
            zone_uuids: 区域UUID列表 (since 0.6)
            backup_storage_uuids: 镜像服务器UUID列表 zoneUuids, backupStorageUuids 至少有一个不为空 若zoneUuids, backupStorageUuids均为空，all为真 (since 0.6)
            all: 当镜像服务器UUID列表为空时，该项为真表示查询系统中所有的镜像服务器。 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_BACKUP_STORAGE_CAPACITY,
            {
                "zoneUuids": zone_uuids,
                "backupStorageUuids": backup_storage_uuids,
                "all": all,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_backup_storage_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBackupStorageTypesResult:
        """获取镜像服务器类型列表 (GetBackupStorageTypes).

        Since ZStack 0.6. Synchronous.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_BACKUP_STORAGE_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_block_primary_storage_metadata(
        self,
        *,
        metadata: str,
        vendor_name: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBlockPrimaryStorageResult:
        """获取Block存储的元数据 (GetBlockPrimaryStorageMetadata).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            metadata: 存储元数据（ip，port，用户名、密码） (since 4.6.0)
            vendor_name: Block存储厂商名称 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_BLOCK_PRIMARY_STORAGE_METADATA,
            {
                "metadata": metadata,
                "vendorName": vendor_name,
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

        Since ZStack 4.7.11. Synchronous.

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

    async def get_candidate_network_interfaces(
        self,
        *,
        host_uuids: Sequence[str],
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        slave_only: bool | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateNetworkInterfacesResult:
        """获取物理机交集网卡信息 (GetCandidateNetworkInterfaces).

        Since ZStack 4.7.0. Synchronous.

        Args:
            host_uuids: 物理机UUIDs (since 4.7.0)
            limit: limit (since 4.7.0)
            start: start (since 4.7.0)
            slave_only: 仅获取slave网卡 (since 4.7.11)
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

        Since ZStack 0.6. Synchronous.

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

    async def get_host_candidates_for_vm_migration(
        self,
        *,
        vm_instance_uuid: str,
        dst_primary_storage_uuid: str,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostCandidatesForVmMigrationResult:
        """获取跨存储迁移可选物理机列表 (GetHostCandidatesForVmMigration).

        Since ZStack 4.0.0. Synchronous.

        Args:
            vm_instance_uuid: 云主机UUID (since 4.0.0)
            dst_primary_storage_uuid: 目的主存储UUID (since 4.0.0)
            limit: 获取物理机列表数量 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_CANDIDATES_FOR_VM_MIGRATION,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "dstPrimaryStorageUuid": dst_primary_storage_uuid,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_host_iommu_state(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostIommuStateResult:
        """获取物理机lommu就绪状态 (GetHostIommuState).

        Since ZStack 2.1. Synchronous.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_IOMMU_STATE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_host_iommu_status(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostIommuStatusResult:
        """获取物理机lommu启用状态 (GetHostIommuStatus).

        Since ZStack 2.1. Synchronous.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_IOMMU_STATUS,
            {
                "uuid": uuid,
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
    ) -> GetHostMultipathTopologyResult2:
        """获取物理机多路径拓扑 (GetHostMultipathTopology).

        Since ZStack 5.3.0. Synchronous.

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

        Since ZStack 3.5.0. Synchronous.

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

        Since ZStack 5.0.0. Synchronous.

        Args:
            interface_uuid: interfaceUuid (since 5.0.0)
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
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            method: 获取物理机电源状态方式 (since 4.7.0)
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
        strategy: str,
        vcpu: Literal["[1", "512]"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostResourceAllocationResult:
        """根据云主机需求获取物理机资源的分配信息 (GetHostResourceAllocation).

        Since ZStack 4.3.12. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 物理机UUID (since 4.3.12)
            scene: 场景类型 (since 4.3.12)
            strategy: 资源分配策略 (since 4.3.12)
            vcpu: 云主机需要分配的vCPU数量 (since 4.3.12)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_RESOURCE_ALLOCATION,
            {
                "uuid": uuid,
                "scene": scene,
                "strategy": strategy,
                "vcpu": vcpu,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_host_web_ssh_url(
        self,
        *,
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
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_WEB_SSH_URL,
            {
                "https": https,
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
    ) -> EmptyResult:
        """获取云主机虚拟化技术类型 (GetHypervisorTypes).

        Since ZStack 0.6. Synchronous.

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
        service_type: Sequence[
            Literal[
                "All",
                "ManagementNetwork",
                "TenantNetwork",
                "StorageNetwork",
                "MigrationNetwork",
                "BackupNetwork",
            ]
        ]
        | None = None,
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

        Since ZStack 4.7.11. Synchronous.

        Args:
            interface_uuid: 物理机网卡UUID (since 4.7.11)
            vlan_id: vlan接口ID (since 4.7.11)
            interface_type: 网卡类型 (since 4.7.11)
            service_type: 统计网络类型 (since 4.7.11)
            zone_uuid: 区域UUID (since 4.7.11)
            cluster_uuid: 集群UUID (since 4.7.11)
            host_uuid: 物理机UUID (since 4.7.11)
            sort_by: 排序方式 (since 4.7.11)
            sort_direction: 排序方向 (since 4.7.11)
            start: 统计结果起始位置 (since 4.7.11)
            limit: 统计结果数量 (since 4.7.11)
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

    async def get_local_storage_host_disk_capacity(
        self,
        *,
        primary_storage_uuid: str,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLocalStorageHostDiskCapacityResult:
        """获取主机本地存储容量 (GetLocalStorageHostDiskCapacity).

        Since ZStack 0.6. Synchronous.

        Args:
            primary_storage_uuid: 主存储UUID (since 0.6)
            host_uuid: 物理机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LOCAL_STORAGE_HOST_DISK_CAPACITY,
            {
                "primaryStorageUuid": primary_storage_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_mdev_device_candidates(
        self,
        *,
        cluster_uuids: Sequence[str] | None = None,
        host_uuid: str | None = None,
        vm_instance_uuid: str | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> QueryMdevDeviceResult:
        """获取可用的MDEV设备 (GetMdevDeviceCandidates).

        Since ZStack 3.5.0. Synchronous.

        Args:
            cluster_uuids: 集群UUID (since 3.5.0)
            host_uuid: 物理机UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            types: 设备类型 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_MDEV_DEVICE_CANDIDATES,
            {
                "clusterUuids": cluster_uuids,
                "hostUuid": host_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_mdev_device_spec_candidates(
        self,
        *,
        cluster_uuids: Sequence[str] | None = None,
        host_uuid: str | None = None,
        vm_instance_uuid: str | None = None,
        vm_instance_uuids: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> QueryMdevDeviceSpecResult:
        """获取可用的MDEV设备规格 (GetMdevDeviceSpecCandidates).

        Since ZStack 3.5.0. Synchronous.

        Args:
            cluster_uuids: 集群UUID (since 3.5.0)
            host_uuid: 物理机UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            vm_instance_uuids: 云主机UUID列表 (since 3.6.1)
            types: 设备类型 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_MDEV_DEVICE_SPEC_CANDIDATES,
            {
                "clusterUuids": cluster_uuids,
                "hostUuid": host_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "vmInstanceUuids": vm_instance_uuids,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_pci_device_candidates_for_attaching_vm(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPciDeviceCandidatesForAttachingVmResult:
        """获取PCI设备列表 (GetPciDeviceCandidatesForAttachingVm).

        获取云主机可绑定PCI设备列表。

        Since ZStack 2.1. Synchronous.

        Args:
            vm_instance_uuid: 云主机UUID (since 2.1)
            types: types (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PCI_DEVICE_CANDIDATES_FOR_ATTACHING_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "types": types,
            },
            job_uuid,
        )

    async def get_pci_device_candidates_for_new_create_vm(
        self,
        *,
        host_uuid: str | None = None,
        cluster_uuids: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPciDeviceCandidatesForAttachingVmResult:
        """获取可加载PCI设备 (GetPciDeviceCandidatesForNewCreateVm).

        为新建虚拟机获取可加载PCI设备。

        Since ZStack 2.4. Synchronous.

        Args:
            host_uuid: 物理机UUID (since 2.4)
            cluster_uuids: clusterUuids (since 2.4)
            types: types (since 2.4)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PCI_DEVICE_CANDIDATES_FOR_NEW_CREATE_VM,
            {
                "hostUuid": host_uuid,
                "clusterUuids": cluster_uuids,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_pci_device_spec_candidates(
        self,
        *,
        cluster_uuids: Sequence[str] | None = None,
        host_uuid: str | None = None,
        vm_instance_uuid: str | None = None,
        vm_instance_uuids: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> QueryPciDeviceSpecResult:
        """获取PCI设备规格候选列表 (GetPciDeviceSpecCandidates).

        Since ZStack 3.5.0. Synchronous.

        Args:
            cluster_uuids: 集群UUID (since 3.5.0)
            host_uuid: 物理机UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            vm_instance_uuids: 云主机UUID列表 (since 3.6.1)
            types: 设备类型 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PCI_DEVICE_SPEC_CANDIDATES,
            {
                "clusterUuids": cluster_uuids,
                "hostUuid": host_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "vmInstanceUuids": vm_instance_uuids,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_primary_storage_allocator_strategies(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPrimaryStorageAllocatorStrategiesResult:
        """获取主存储分配策略清单 (GetPrimaryStorageAllocatorStrategies).

        Since ZStack 0.6. Synchronous.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PRIMARY_STORAGE_ALLOCATOR_STRATEGIES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_primary_storage_candidates_for_vm_migration(
        self,
        *,
        vm_instance_uuid: str,
        with_data_volumes: bool | None = None,
        migrate_storage_only: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPrimaryStorageCandidatesForVmMigrationResult:
        """获取存储迁移候选列表 (GetPrimaryStorageCandidatesForVmMigration).

        获取跨主存储迁移云主机候选主存储列表。

        Since ZStack 3.1.0. Synchronous.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            with_data_volumes: withDataVolumes (since 3.7.0)
            migrate_storage_only: 是否仅迁移存储 (since 4.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PRIMARY_STORAGE_CANDIDATES_FOR_VM_MIGRATION,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "withDataVolumes": with_data_volumes,
                "migrateStorageOnly": migrate_storage_only,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_primary_storage_candidates_for_volume_migration(
        self,
        *,
        volume_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPrimaryStorageCandidatesForVolumeMigrationResult:
        """获取候选列表 (GetPrimaryStorageCandidatesForVolumeMigration).

        获取云盘迁移的目标主存储候选列表。

        Since ZStack 2.2. Synchronous.

        Args:
            volume_uuid: 云盘UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PRIMARY_STORAGE_CANDIDATES_FOR_VOLUME_MIGRATION,
            {
                "volumeUuid": volume_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_primary_storage_capacity(
        self,
        *,
        zone_uuids: Sequence[str] | None = None,
        cluster_uuids: Sequence[str] | None = None,
        primary_storage_uuids: Sequence[str] | None = None,
        all: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPrimaryStorageCapacityResult:
        """获取主存储容量 (GetPrimaryStorageCapacity).

        Since ZStack 0.6. Synchronous.

        Args:
            zone_uuids: 区域UUID列表 (since 0.6)
            cluster_uuids: 集群UUID列表 (since 0.6)
            primary_storage_uuids: 主存储UUID列表 (since 0.6)
            all: 当主存储UUID列表为空时，该项为真表示查询系统中所有的主存储。 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PRIMARY_STORAGE_CAPACITY,
            {
                "zoneUuids": zone_uuids,
                "clusterUuids": cluster_uuids,
                "primaryStorageUuids": primary_storage_uuids,
                "all": all,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_primary_storage_license_info(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPrimaryStorageLicenseInfoResult:
        """获取主存储的License信息 (GetPrimaryStorageLicenseInfo).

        Since ZStack 3.6.0. Synchronous.

        Args:
            uuid: 主存储UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PRIMARY_STORAGE_LICENSE_INFO,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_primary_storage_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL2NetworkTypesResult:
        """获取主存储类型列表 (GetPrimaryStorageTypes).

        Since ZStack 0.6. Synchronous.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PRIMARY_STORAGE_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_primary_storage_usage_report(
        self,
        *,
        primary_storage_uuid: str,
        uris: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPrimaryStorageUsageReportResult:
        """获取主存储预测容量报告 (GetPrimaryStorageUsageReport).

        Since ZStack 4.7.21. Synchronous.

        Args:
            primary_storage_uuid: 主存储UUID (since 4.7.21)
            uris: 存储协议 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PRIMARY_STORAGE_USAGE_REPORT,
            {
                "primaryStorageUuid": primary_storage_uuid,
                "uris": uris,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_scsi_lun_candidates_for_attaching_vm(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetScsiLunCandidatesForAttachingVmResult:
        """获取可加载的SCSI Lun (GetScsiLunCandidatesForAttachingVm).

        获取云主机可以加载的SCSI Lun。

        Since ZStack 3.1.0. Synchronous.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_SCSI_LUN_CANDIDATES_FOR_ATTACHING_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_shared_block_candidate(
        self,
        *,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSharedBlockCandidateResult2:
        """获取共享块设备候选清单 (GetSharedBlockCandidate).

        Since ZStack 2.6.0. Synchronous.

        Args:
            cluster_uuid: 集群UUID (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_SHARED_BLOCK_CANDIDATE,
            {
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_usb_device_candidates_for_attaching_vm(
        self,
        *,
        vm_instance_uuid: str,
        attach_type: Literal["PassThrough", "Redirect"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetUsbDeviceCandidatesForAttachingVmResult:
        """获取USB透传候选列表 (GetUsbDeviceCandidatesForAttachingVm).

        Since ZStack 2.2. Synchronous.

        Args:
            vm_instance_uuid: 云主机UUID (since 2.2)
            attach_type: 加载类型 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_USB_DEVICE_CANDIDATES_FOR_ATTACHING_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "attachType": attach_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vf_pci_device_available_in_l2_network(
        self,
        *,
        l2_network_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVfPciDeviceAvailableInL2NetworkResult:
        """获取L2网络可用的SRIOV VF (GetVfPciDeviceAvailableInL2Network).

        Since ZStack 5.3.20. Synchronous.

        Args:
            l2_network_uuids: 2层网络Uuid (since 5.3.20)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VF_PCI_DEVICE_AVAILABLE_IN_L2_NETWORK,
            {
                "l2NetworkUuids": l2_network_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_usb_redirect(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmUsbRedirectResult:
        """获取云主机usb重定向开关状态 (GetVmUsbRedirect).

        Since ZStack 2.1. Synchronous.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_USB_REDIRECT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def is_vf_nic_available_in_l3_network(
        self,
        *,
        l3_network_uuid: str,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> IsVfNicAvailableInL3NetworkResult:
        """L3网络中是否存在可用VF网卡 (IsVfNicAvailableInL3Network).

        Since ZStack 3.9.0. Synchronous.

        Args:
            l3_network_uuid: 三层网络UUID (since 3.9.0)
            host_uuid: 物理机UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            IS_VF_NIC_AVAILABLE_IN_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def kvm_run_shell(
        self,
        *,
        host_uuids: Sequence[Any],
        script: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> KvmRunShellResult:
        """KVM运行Shell命令 (KvmRunShell).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_uuids: 目标机器UUID (since 0.6)
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

    async def local_storage_get_volume_migratable_hosts(
        self,
        *,
        volume_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """获取迁移本地存储物理机 (LocalStorageGetVolumeMigratableHosts).

        检查哪些物理机可以迁移本地存储上存放的云盘。

        Since ZStack 0.6. Synchronous.

        Args:
            volume_uuid: 云盘UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOCAL_STORAGE_GET_VOLUME_MIGRATABLE_HOSTS,
            {
                "volumeUuid": volume_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def local_storage_migrate_volume(
        self,
        *,
        volume_uuid: str,
        dest_host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LocalStorageMigrateVolumeResult:
        """迁移本地存储上存放的云盘 (LocalStorageMigrateVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 0.6)
            dest_host_uuid: 目标主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOCAL_STORAGE_MIGRATE_VOLUME,
            {
                "volumeUuid": volume_uuid,
                "destHostUuid": dest_host_uuid,
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
    ) -> EmptyResult:
        """物理机开机 (PowerOnHost).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
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
    ) -> EmptyResult:
        """重启物理机 (PowerResetHost).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            method: 重启方式 (since 4.7.0)
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

    async def primary_storage_migrate_vm(
        self,
        *,
        vm_instance_uuid: str,
        dst_primary_storage_uuid: str,
        bandwidth: int | None = None,
        down_time: int | None = None,
        dst_host_uuid: str | None = None,
        strategy: str | None = None,
        with_data_volumes: bool | None = None,
        with_snapshots: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PrimaryStorageMigrateVmResult:
        """跨主存储迁移云主机 (PrimaryStorageMigrateVm).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            bandwidth: 迁移存储限速，单位MB/s (since 4.7.11)
            down_time: 迁移停机时间 (since 4.6.21)
            dst_host_uuid: dstHostUuid (since 4.0.0)
            dst_primary_storage_uuid: 目标主存储UUID (since 3.1.0)
            strategy: strategy (since 4.6.0)
            with_data_volumes: 迁移包含云盘 (since 3.1.0)
            with_snapshots: 迁移包含快照 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PRIMARY_STORAGE_MIGRATE_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "bandwidth": bandwidth,
                "downTime": down_time,
                "dstHostUuid": dst_host_uuid,
                "dstPrimaryStorageUuid": dst_primary_storage_uuid,
                "strategy": strategy,
                "withDataVolumes": with_data_volumes,
                "withSnapshots": with_snapshots,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def primary_storage_migrate_volume(
        self,
        *,
        volume_uuid: str,
        dst_primary_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PrimaryStorageMigrateVolumeResult:
        """跨主存储迁移云盘 (PrimaryStorageMigrateVolume).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 2.2)
            dst_primary_storage_uuid: 目标主存储UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PRIMARY_STORAGE_MIGRATE_VOLUME,
            {
                "volumeUuid": volume_uuid,
                "dstPrimaryStorageUuid": dst_primary_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_backup_storage(
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
    ) -> QueryBackupStorageResult:
        """查询镜像服务器 (QueryBackupStorage).

        Since ZStack 0.6. Synchronous.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BACKUP_STORAGE,
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

    def query_backup_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BackupStorageInventory]:
        """Every result of ``query_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BACKUP_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_block_primary_storage(
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
    ) -> QueryBlockPrimaryStorageResult:
        """查询Block主存储 (QueryBlockPrimaryStorage).

        Since ZStack 4.6.0. Synchronous.

        Args:
            uuid: uuid (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BLOCK_PRIMARY_STORAGE,
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

    def query_block_primary_storage_pages(
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
        """Every result of ``query_block_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BLOCK_PRIMARY_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_ceph_backup_storage(
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
    ) -> QueryCephBackupStorageResult:
        """查询Ceph镜像服务器 (QueryCephBackupStorage).

        Since ZStack 0.6. Synchronous.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CEPH_BACKUP_STORAGE,
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

    def query_ceph_backup_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[CephBackupStorageInventory]:
        """Every result of ``query_ceph_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CEPH_BACKUP_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_ceph_osd_group(
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
    ) -> QueryCephOsdGroupResult:
        """查询Ceph OSD组 (QueryCephOsdGroup).

        Since ZStack 4.5.0. Synchronous.

        Args:
            uuid: uuid (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CEPH_OSD_GROUP,
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

    def query_ceph_osd_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[CephOsdGroupInventory]:
        """Every result of ``query_ceph_osd_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CEPH_OSD_GROUP,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_ceph_primary_storage(
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
    ) -> QueryCephPrimaryStorageResult:
        """查询Ceph主存储 (QueryCephPrimaryStorage).

        Since ZStack 0.6. Synchronous.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CEPH_PRIMARY_STORAGE,
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

    def query_ceph_primary_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[CephPrimaryStorageInventory]:
        """Every result of ``query_ceph_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CEPH_PRIMARY_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_ceph_primary_storage_pool(
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
    ) -> QueryCephPrimaryStoragePoolResult:
        """查询Ceph主存储池 (QueryCephPrimaryStoragePool).

        Since ZStack 0.6. Synchronous.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CEPH_PRIMARY_STORAGE_POOL,
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

    def query_ceph_primary_storage_pool_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[CephPrimaryStoragePoolInventory]:
        """Every result of ``query_ceph_primary_storage_pool``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CEPH_PRIMARY_STORAGE_POOL,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_cluster(
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
    ) -> QueryClusterResult:
        """查询集群 (QueryCluster).

        Since ZStack 0.6. Synchronous.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CLUSTER,
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

    def query_cluster_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ClusterInventory]:
        """Every result of ``query_cluster``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CLUSTER,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_fiber_channel_storage(
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
    ) -> QueryFiberChannelStorageResult:
        """查询FC SAN存储 (QueryFiberChannelStorage).

        Since ZStack 3.1.0. Synchronous.

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FIBER_CHANNEL_STORAGE,
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

    def query_fiber_channel_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[FiberChannelStorageInventory]:
        """Every result of ``query_fiber_channel_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIBER_CHANNEL_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_gpu_device(
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
    ) -> QueryGpuDeviceResult:
        """查询GPU信息 (QueryGpuDevice).

        Since ZStack 5.1.8. Synchronous.

        Args:
            uuid: uuid (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_GPU_DEVICE,
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

    def query_gpu_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[GpuDeviceInventory]:
        """Every result of ``query_gpu_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GPU_DEVICE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
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

        Since ZStack 5.3.0. Synchronous.

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

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 3.9.0. Synchronous.

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

        Since ZStack 3.9.0. Synchronous.

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

        Since ZStack 5.0.0. Synchronous.

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
    ) -> AsyncIterator[Any]:
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

        Since ZStack 4.6.21. Synchronous.

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

    async def query_image_store_backup_storage(
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
    ) -> QueryImageStoreBackupStorageResult:
        """查询镜像仓库服务器 (QueryImageStoreBackupStorage).

        Since ZStack 0.6. Synchronous.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IMAGE_STORE_BACKUP_STORAGE,
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

    def query_image_store_backup_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ImageStoreBackupStorageInventory]:
        """Every result of ``query_image_store_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IMAGE_STORE_BACKUP_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_iscsi_lun(
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
    ) -> QueryIscsiLunResult:
        """查询iSCSI磁盘 (QueryIscsiLun).

        Since ZStack 3.0.0. Synchronous.

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ISCSI_LUN,
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

    def query_iscsi_lun_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[IscsiLunInventory]:
        """Every result of ``query_iscsi_lun``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ISCSI_LUN,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_iscsi_server(
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
    ) -> QueryIscsiServerResult:
        """查询iSCSI服务器 (QueryIscsiServer).

        Since ZStack 3.0.0. Synchronous.

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ISCSI_SERVER,
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

    def query_iscsi_server_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[IscsiServerInventory]:
        """Every result of ``query_iscsi_server``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ISCSI_SERVER,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
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

        Since ZStack 4.6.21. Synchronous.

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

    async def query_local_storage_resource_ref(
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
    ) -> EmptyResult:
        """查询本地存储资源引用 (QueryLocalStorageResourceRef).

        Since ZStack 0.6. Synchronous.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_LOCAL_STORAGE_RESOURCE_REF,
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

    def query_local_storage_resource_ref_pages(
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
        """Every result of ``query_local_storage_resource_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOCAL_STORAGE_RESOURCE_REF,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_mdev_device(
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
    ) -> QueryMdevDeviceResult:
        """查询PCI设备切分出的MDEV设备 (QueryMdevDevice).

        Since ZStack 3.5.0. Synchronous.

        Args:
            uuid: uuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MDEV_DEVICE,
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

    def query_mdev_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[MdevDeviceInventory]:
        """Every result of ``query_mdev_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MDEV_DEVICE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_mdev_device_spec(
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
    ) -> QueryMdevDeviceSpecResult:
        """查询PCI设备切分出的MDEV设备 (QueryMdevDeviceSpec).

        Since ZStack 3.5.0. Synchronous.

        Args:
            uuid: uuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MDEV_DEVICE_SPEC,
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

    def query_mdev_device_spec_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[MdevDeviceSpecInventory]:
        """Every result of ``query_mdev_device_spec``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MDEV_DEVICE_SPEC,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_mtty_device(
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
    ) -> QueryMttyDeviceResult:
        """查询MTTY设备 (QueryMttyDevice).

        Since ZStack 4.6.0. Synchronous.

        Args:
            uuid: uuid (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MTTY_DEVICE,
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

    def query_mtty_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[MttyDeviceInventory]:
        """Every result of ``query_mtty_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MTTY_DEVICE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_nvme_lun(
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
    ) -> QueryNvmeLunResult:
        """查询NVMe磁盘 (QueryNvmeLun).

        Since ZStack 4.6.21. Synchronous.

        Args:
            uuid: uuid (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_NVME_LUN,
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

    def query_nvme_lun_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[NvmeLunInventory]:
        """Every result of ``query_nvme_lun``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NVME_LUN,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_nvme_target(
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
    ) -> QueryNvmeTargetResult:
        """查询NVMe设备 (QueryNvmeTarget).

        Since ZStack 4.6.21. Synchronous.

        Args:
            uuid: uuid (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_NVME_TARGET,
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

    def query_nvme_target_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[NvmeTargetInventory]:
        """Every result of ``query_nvme_target``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NVME_TARGET,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_pci_device(
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
    ) -> QueryPciDeviceResult:
        """查询PCI设备 (QueryPciDevice).

        Since ZStack 2.1. Synchronous.

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PCI_DEVICE,
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

    def query_pci_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PciDeviceInventory]:
        """Every result of ``query_pci_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_pci_device_offering(
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
    ) -> QueryPciDeviceOfferingResult:
        """查询PCI设备规格信息 (QueryPciDeviceOffering).

        Since ZStack 2.1. Synchronous.

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PCI_DEVICE_OFFERING,
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

    def query_pci_device_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PciDeviceOfferingInventory]:
        """Every result of ``query_pci_device_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE_OFFERING,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_pci_device_pci_device_offering(
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
    ) -> QueryPciDevicePciDeviceOfferingResult:
        """查询PCI设备规格匹配 (QueryPciDevicePciDeviceOffering).

        Since ZStack 2.1. Synchronous.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PCI_DEVICE_PCI_DEVICE_OFFERING,
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

    def query_pci_device_pci_device_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PciDevicePciDeviceOfferingInventory]:
        """Every result of ``query_pci_device_pci_device_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE_PCI_DEVICE_OFFERING,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_pci_device_spec(
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
    ) -> QueryPciDeviceSpecResult:
        """查询PCI设备规格 (QueryPciDeviceSpec).

        Since ZStack 3.5.0. Synchronous.

        Args:
            uuid: uuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PCI_DEVICE_SPEC,
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

    def query_pci_device_spec_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PciDeviceSpecInventory]:
        """Every result of ``query_pci_device_spec``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE_SPEC,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_primary_storage(
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
    ) -> QueryPrimaryStorageResult:
        """查询主存储 (QueryPrimaryStorage).

        Since ZStack 0.6. Synchronous.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PRIMARY_STORAGE,
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

    def query_primary_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PrimaryStorageInventory]:
        """Every result of ``query_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PRIMARY_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_scsi_lun(
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
    ) -> QueryScsiLunResult:
        """查询SCSI Lun (QueryScsiLun).

        Since ZStack 3.2.0. Synchronous.

        Args:
            uuid: uuid (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SCSI_LUN,
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

    def query_scsi_lun_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ScsiLunInventory]:
        """Every result of ``query_scsi_lun``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCSI_LUN,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_shared_block(
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
    ) -> QuerySharedBlockResult:
        """查询共享块设备 (QuerySharedBlock).

        Since ZStack 2.3.2. Synchronous.

        Args:
            uuid: uuid (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SHARED_BLOCK,
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

    def query_shared_block_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SharedBlockInventory]:
        """Every result of ``query_shared_block``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHARED_BLOCK,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_shared_block_group_primary_storage(
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
    ) -> QuerySharedBlockGroupPrimaryStorageResult:
        """查询Shared Block主存储 (QuerySharedBlockGroupPrimaryStorage).

        Since ZStack 2.3.2. Synchronous.

        Args:
            uuid: uuid (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE,
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

    def query_shared_block_group_primary_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SharedBlockGroupPrimaryStorageInventory]:
        """Every result of ``query_shared_block_group_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_shared_block_group_primary_storage_host_ref(
        self,
        *,
        primary_storage_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QuerySharedBlockGroupPrimaryStorageHostRefResult:
        """查询连接状态 (QuerySharedBlockGroupPrimaryStorageHostRef).

        查询SharedBlock主存储物理机连接状态。

        Since ZStack 2.3.2. Synchronous.

        Args:
            primary_storage_uuid: primaryStorageUuid (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE_HOST_REF,
            {
                "primaryStorageUuid": primary_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_shared_block_group_primary_storage_host_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SharedBlockGroupPrimaryStorageHostRefInventory]:
        """Every result of ``query_shared_block_group_primary_storage_host_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE_HOST_REF,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_usb_device(
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
    ) -> QueryUsbDeviceResult:
        """查询USB设备 (QueryUsbDevice).

        Since ZStack 2.2. Synchronous.

        Args:
            uuid: uuid (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_USB_DEVICE,
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

    def query_usb_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[UsbDeviceInventory]:
        """Every result of ``query_usb_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_USB_DEVICE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_vm_instance_mdev_device_spec_ref(
        self,
        *,
        vm_instance_uuid: str,
        mdev_spec_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryVmInstanceMdevDeviceSpecRefResult:
        """查询云主机与MDEV设备规格的关联关系 (QueryVmInstanceMdevDeviceSpecRef).

        Since ZStack 3.5.0. Synchronous.

        Args:
            vm_instance_uuid: vmInstanceUuid (since 3.5.0)
            mdev_spec_uuid: mdevSpecUuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_INSTANCE_MDEV_DEVICE_SPEC_REF,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "mdevSpecUuid": mdev_spec_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_vm_instance_mdev_device_spec_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VmInstanceMdevDeviceSpecRefInventory]:
        """Every result of ``query_vm_instance_mdev_device_spec_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_INSTANCE_MDEV_DEVICE_SPEC_REF,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_vm_instance_pci_device_spec_ref(
        self,
        *,
        vm_instance_uuid: str,
        pci_spec_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryVmInstancePciDeviceSpecRefResult:
        """查询云主机与PCI设备规格的关联关系 (QueryVmInstancePciDeviceSpecRef).

        Since ZStack 3.5.0. Synchronous.

        Args:
            vm_instance_uuid: vmInstanceUuid (since 3.5.0)
            pci_spec_uuid: pciSpecUuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_INSTANCE_PCI_DEVICE_SPEC_REF,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "pciSpecUuid": pci_spec_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_vm_instance_pci_device_spec_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VmInstancePciDeviceSpecRefInventory]:
        """Every result of ``query_vm_instance_pci_device_spec_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_INSTANCE_PCI_DEVICE_SPEC_REF,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_zone(
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
    ) -> QueryZoneResult:
        """查询区域 (QueryZone).

        Since ZStack 0.6. Synchronous.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ZONE,
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

    def query_zone_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ZoneInventory]:
        """Every result of ``query_zone``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ZONE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def reclaim_space_from_image_store(
        self,
        *,
        uuid: str,
        system_tags: Sequence[Any] | None = None,
        user_tags: Sequence[Any] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """从镜像仓库回收磁盘空间 (ReclaimSpaceFromImageStore).

        Since ZStack 1.10. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像仓库的UUID，唯一标示该资源 (since 1.10)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECLAIM_SPACE_FROM_IMAGE_STORE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def reconnect_backup_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephBackupStorageResult:
        """重连镜像服务器 (ReconnectBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def reconnect_host(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
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

    async def reconnect_image_store_backup_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[Any] | None = None,
        user_tags: Sequence[Any] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectImageStoreBackupStorageResult:
        """重连镜像仓库服务器 (ReconnectImageStoreBackupStorage).

        Since ZStack 1.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像仓库服务器的UUID (since 1.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def reconnect_primary_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """重连主存储 (ReconnectPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def refresh_fiber_channel_storage(
        self,
        *,
        zone_uuid: str,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> QueryFiberChannelStorageResult:
        """刷新FC SAN存储 (RefreshFiberChannelStorage).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: FC SAN存储的UUID，唯一标示该资源 (since 3.1.0)
            zone_uuid: 区域UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_FIBER_CHANNEL_STORAGE,
            {
                "uuid": uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def refresh_iscsi_server(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIscsiServerResult:
        """刷新iSCSI服务器 (RefreshIscsiServer).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_ISCSI_SERVER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def refresh_nvme_target(
        self,
        *,
        zone_uuid: str,
        nvme_lun_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshNvmeTargetResult:
        """刷新NVMe设备 (RefreshNvmeTarget).

        Since ZStack 4.6.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            nvme_lun_uuids: nvmeLunUuids (since 4.6.21)
            zone_uuid: zoneUuid (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_NVME_TARGET,
            {
                "nvmeLunUuids": nvme_lun_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def refresh_sharedblock_device_capacity(
        self,
        *,
        shared_block_group_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshSharedblockDeviceCapacityResult:
        """刷新共享块设备容量 (RefreshSharedblockDeviceCapacity).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            shared_block_group_uuid: 共享块存储UUID (since 2.6.0)
            uuid: 共享块设备UUID，如为空则更新共享块存储下所有设备 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_SHAREDBLOCK_DEVICE_CAPACITY,
            {
                "sharedBlockGroupUuid": shared_block_group_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_mdev_device_spec_from_vm_instance(
        self,
        *,
        mdev_spec_uuid: str,
        vm_instance_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """将MDEV设备规格从云主机卸载 (RemoveMdevDeviceSpecFromVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_spec_uuid: MDEV设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            delete_mode: 删除模式(Permissive 或者 Enforcing，默认 Permissive) (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_MDEV_DEVICE_SPEC_FROM_VM_INSTANCE,
            {
                "mdevSpecUuid": mdev_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_mon_from_ceph_backup_storage(
        self,
        *,
        uuid: str,
        mon_hostnames: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMonToCephBackupStorageResult:
        """Ceph镜像服务器删除mon节点 (RemoveMonFromCephBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: Ceph镜像服务器的UUID (since 0.6)
            mon_hostnames: mon节点名字列表 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_MON_FROM_CEPH_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "monHostnames": mon_hostnames,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_mon_from_ceph_primary_storage(
        self,
        *,
        uuid: str,
        mon_hostnames: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveMonFromCephPrimaryStorageResult:
        """从Ceph主存储删除mon节点 (RemoveMonFromCephPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: Ceph 主存储的UUID (since 0.6)
            mon_hostnames: mon 节点名字列表 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_MON_FROM_CEPH_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "monHostnames": mon_hostnames,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_pci_device_spec_from_vm_instance(
        self,
        *,
        pci_spec_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """将PCI设备规格从云主机卸载 (RemovePciDeviceSpecFromVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_spec_uuid: PCI设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_PCI_DEVICE_SPEC_FROM_VM_INSTANCE,
            {
                "pciSpecUuid": pci_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
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
        bonding_uuids: Sequence[Any],
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
        vlan_ids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetServiceTypeOnHostNetworkBondingResult:
        """标记聚合网口网络类型 (SetServiceTypeOnHostNetworkBonding).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            bonding_uuids: bond网口Uuids (since 4.7.11)
            service_types: 网络服务类型 (since 4.7.11)
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
        interface_uuids: Sequence[Any],
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
        vlan_ids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetServiceTypeOnHostNetworkInterfaceResult:
        """标记物理网口(非聚合口)网络类型 (SetServiceTypeOnHostNetworkInterface).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            interface_uuids: 物理网口Uuids (since 4.7.11)
            service_types: 网络服务类型 (since 4.7.11)
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

    async def set_vm_instance_hygon_mdev(
        self,
        *,
        uuid: str,
        hygon_security_element_enable: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """设置云主机是否开启Hygon SE设备透传标识 (SetVmInstanceHygonMdev).

        Since ZStack 5.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云主机UUID (since 5.5.0)
            hygon_security_element_enable: 是否启用海光安全元素功能 (since 5.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_INSTANCE_HYGON_MDEV,
            {
                "uuid": uuid,
                "hygonSecurityElementEnable": hygon_security_element_enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_usb_redirect(
        self,
        *,
        uuid: str,
        enable: Literal[True, False],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """设置云主机usb重定向开关 (SetVmUsbRedirect).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            enable: 设置为true代表开关开启，设置为false代表开关关闭 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_USB_REDIRECT,
            {
                "uuid": uuid,
                "enable": enable,
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
    ) -> EmptyResult:
        """关闭物理机 (ShutdownHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            force: 是否强制关机 (since 0.6)
            method: 关机方式 (since 4.7.0)
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

    async def sync_image(
        self,
        *,
        image_store_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncImageResult:
        """从镜像服务器元数据中同步镜像 (SyncImage).

        Since ZStack 4.7.11. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_store_uuid: 镜像服务器UUID (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_IMAGE,
            {
                "imageStoreUuid": image_store_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_primary_storage_capacity(
        self,
        *,
        primary_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """刷新主存储容量 (SyncPrimaryStorageCapacity).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            primary_storage_uuid: 主存储UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_PRIMARY_STORAGE_CAPACITY,
            {
                "primaryStorageUuid": primary_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def ungenerate_hygon_mdev_devices(
        self,
        *,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """在Hygon物理机上取消生成的MDEV设备 (UngenerateHygonMdevDevices).

        Since ZStack 5.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_uuid: 物理机UUID (since 5.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNGENERATE_HYGON_MDEV_DEVICES,
            {
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def ungenerate_mdev_devices(
        self,
        *,
        pci_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """虚拟化还原支持VFIO_MDEV的PCI设备 (UngenerateMdevDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: 被切分的PCI设备UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNGENERATE_MDEV_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def ungenerate_se_mdev_devices(
        self,
        *,
        mtty_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """虚拟化还原支持VFIO_MDEV的MTTY设备 (UngenerateSeMdevDevices).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mtty_device_uuid: 被切分的MTTY设备UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNGENERATE_SE_MDEV_DEVICES,
            {
                "mttyDeviceUuid": mtty_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def ungenerate_sriov_pci_devices(
        self,
        *,
        pci_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """虚拟化还原支持SR-IOV的PCI设备 (UngenerateSriovPciDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNGENERATE_SRIOV_PCI_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_backup_storage(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephBackupStorageResult:
        """更新镜像服务器信息 (UpdateBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 指定目标镜像服务器的UUID (since 0.6)
            description: 镜像服务器新的详细描述 (since 0.6)
            name: 镜像服务器的新名称 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_block_primary_storage(
        self,
        *,
        uuid: str,
        metadata: str | None = None,
        vendor_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBlockPrimaryStorageResult:
        """更新Block主存储 (UpdateBlockPrimaryStorage).

        Since ZStack 4.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.8.0)
            metadata: 存储元数据（ip，port，用户名、密码） (since 4.8..0)
            vendor_name: Block存储厂商名称 (since 4.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BLOCK_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "metadata": metadata,
                "vendorName": vendor_name,
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
        slave_names: Sequence[Any] | None = None,
        slave_uuids: Sequence[Any] | None = None,
        type: Literal["LinuxBonding", "OvsBonding"] | None = None,
        xmit_hash_policy: Literal["layer2", "layer2+3", "layer3+4"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """更新Bond网口 (UpdateBonding).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            description: 资源的详细描述 (since 4.7.0)
            mode: 工作方式 (since 4.7.0)
            slave_names: slave网卡名称列表 (since 5.0.0)
            slave_uuids: slave网卡Uuids列表 (since 5.0.0)
            type: Bond类型 (since 4.7.0)
            xmit_hash_policy: 哈希算法策略 (since 4.7.0)
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

    async def update_ceph_backup_storage_mon(
        self,
        *,
        mon_uuid: str,
        hostname: str | None = None,
        mon_port: int | None = None,
        ssh_password: str | None = None,
        ssh_port: int | None = None,
        ssh_username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMonToCephBackupStorageResult:
        """更新Ceph镜像服务器mon节点 (UpdateCephBackupStorageMon).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mon_uuid: mon节点UUID (since 0.6)
            hostname: mon节点新主机IP地址 (since 0.6)
            mon_port: mon节点的端口 (since 0.6)
            ssh_password: mon节点主机 ssh 用户密码 (since 0.6)
            ssh_port: mon节点主机 ssh 端口 (since 0.6)
            ssh_username: mon节点主机 ssh 用户名 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CEPH_BACKUP_STORAGE_MON,
            {
                "monUuid": mon_uuid,
                "hostname": hostname,
                "monPort": mon_port,
                "sshPassword": ssh_password,
                "sshPort": ssh_port,
                "sshUsername": ssh_username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ceph_primary_storage_mon(
        self,
        *,
        mon_uuid: str,
        hostname: str | None = None,
        mon_port: int | None = None,
        ssh_password: str | None = None,
        ssh_port: int | None = None,
        ssh_username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveMonFromCephPrimaryStorageResult:
        """更新Ceph主存储mon节点 (UpdateCephPrimaryStorageMon).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mon_uuid: mon节点UUID (since 0.6)
            hostname: mon节点新主机IP地址 (since 0.6)
            mon_port: mon的新端口 (since 0.6)
            ssh_password: mon节点主机 ssh 用户密码 (since 0.6)
            ssh_port: mon节点主机 ssh 端口 (since 0.6)
            ssh_username: mon节点主机 ssh 用户名 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CEPH_PRIMARY_STORAGE_MON,
            {
                "monUuid": mon_uuid,
                "hostname": hostname,
                "monPort": mon_port,
                "sshPassword": ssh_password,
                "sshPort": ssh_port,
                "sshUsername": ssh_username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ceph_primary_storage_pool(
        self,
        *,
        uuid: str,
        alias_name: str | None = None,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCephPrimaryStoragePoolResult:
        """更新Ceph主存储池 (UpdateCephPrimaryStoragePool).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            alias_name: aliasName (since 0.6)
            description: 资源的详细描述 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CEPH_PRIMARY_STORAGE_POOL,
            {
                "uuid": uuid,
                "aliasName": alias_name,
                "description": description,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_cluster(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeClusterStateResult:
        """更新集群 (UpdateCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6)
            name: 资源名称 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CLUSTER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_cluster_os(
        self,
        *,
        uuid: str,
        exclude_packages: Sequence[Any] | None = None,
        force: Literal[True, False] | None = None,
        release_version: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        update_packages: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateClusterOSResult:
        """升级集群内物理机的操作系统 (UpdateClusterOS).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            exclude_packages: 不升级的包列表 (since 3.7.0)
            force: 强制 (since 5.2.0)
            release_version: 升级所用源的版本 (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            update_packages: 要升级的包列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CLUSTER_OS,
            {
                "uuid": uuid,
                "excludePackages": exclude_packages,
                "force": force,
                "releaseVersion": release_version,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "updatePackages": update_packages,
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
    ) -> AddKVMHostResult:
        """更新物理机信息 (UpdateHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6)
            management_ip: managementIp (since 0.6)
            name: 资源名称 (since 0.6)
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

    async def update_host_iommu_state(
        self,
        *,
        uuid: str,
        state: Literal["Enabled", "Disabled"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostIommuStateResult:
        """更新物理机Iommu启用状态 (UpdateHostIommuState).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            state: state (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_HOST_IOMMU_STATE,
            {
                "uuid": uuid,
                "state": state,
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
            ipmi_address: IPMI地址 (since 4.7.0)
            ipmi_password: IPMI密码 (since 4.7.0)
            ipmi_port: IPMI端口 (since 4.7.0)
            ipmi_username: IPMI用户名 (since 4.7.0)
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
            description: 资源的详细描述 (since 4.7.0)
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

    async def update_host_network_service_type(
        self,
        *,
        uuid: str,
        service_type: str,
        system: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHostNetworkServiceTypeResult:
        """更新物理网络标签类型 (UpdateHostNetworkServiceType).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.0)
            service_type: serviceType (since 5.3.0)
            system: system (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_HOST_NETWORK_SERVICE_TYPE,
            {
                "uuid": uuid,
                "serviceType": service_type,
                "system": system,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_image_store_backup_storage(
        self,
        *,
        uuid: str,
        description: str | None = None,
        hostname: str | None = None,
        name: str | None = None,
        password: str | None = None,
        ssh_port: int | None = None,
        system_tags: Sequence[Any] | None = None,
        user_tags: Sequence[Any] | None = None,
        username: str | None = None,
        job_uuid: str | None = None,
    ) -> AddCephBackupStorageResult:
        """更新镜像仓库服务器信息 (UpdateImageStoreBackupStorage).

        Since ZStack 1.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像服务器的UUID (since 1.6)
            description: 镜像服务器的更新详细描述 (since 1.6)
            hostname: 镜像服务器主机名 (since 1.6)
            name: 镜像服务器的新名称 (since 1.6)
            password: SSH 用户密码 (since 1.6)
            ssh_port: SSH 端口号 (since 1.6)
            username: SSH 用户名 (用于 Ansible 部署) (since 1.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "hostname": hostname,
                "name": name,
                "password": password,
                "sshPort": ssh_port,
                "systemTags": system_tags,
                "userTags": user_tags,
                "username": username,
            },
            job_uuid,
        )

    async def update_iscsi_server(
        self,
        *,
        uuid: str,
        chap_user_name: str | None = None,
        chap_user_password: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIscsiServerResult:
        """更新iSCSI服务器配置 (UpdateIscsiServer).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chap_user_name: CHAP用户名 (since 3.0.0)
            chap_user_password: CHAP密码 (since 3.0.0)
            name: 资源名称 (since 3.0.0)
            resource_uuid: resourceUuid (since 3.0.0)
            state: 启用状态 (since 3.0.0)
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ISCSI_SERVER,
            {
                "chapUserName": chap_user_name,
                "chapUserPassword": chap_user_password,
                "name": name,
                "resourceUuid": resource_uuid,
                "state": state,
                "uuid": uuid,
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
    ) -> AddKVMHostResult:
        """更新KVM主机信息 (UpdateKVMHost).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6)
            management_ip: 管理节点IP (since 0.6)
            name: 资源名称 (since 0.6)
            password: 密码 (since 0.6)
            ssh_port: ssh端口号 (since 0.6)
            username: 用户名 (since 0.6)
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

    async def update_mdev_device(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachMdevDeviceToVmResult:
        """更新PCI设备切分出的MDEV设备 (UpdateMdevDevice).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.0)
            description: 资源的详细描述 (since 3.5.0)
            name: 资源名称 (since 3.5.0)
            state: 设备状态 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_MDEV_DEVICE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_mdev_device_spec(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateMdevDeviceSpecResult:
        """更新MDEV设备规格 (UpdateMdevDeviceSpec).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.0)
            description: 资源的详细描述 (since 3.5.0)
            name: 资源名称 (since 3.5.0)
            state: 规格状态 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_MDEV_DEVICE_SPEC,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_pci_device(
        self,
        *,
        uuid: str,
        description: str | None = None,
        meta_data: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPciDeviceToVmResult:
        """更新PCI设备 (UpdatePciDevice).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            description: 资源的详细描述 (since 2.1)
            meta_data: metaData (since 2.1)
            state: state (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_PCI_DEVICE,
            {
                "uuid": uuid,
                "description": description,
                "metaData": meta_data,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_pci_device_spec(
        self,
        *,
        uuid: str,
        abandon_spec_rom: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        rom_content: str | None = None,
        rom_version: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePciDeviceSpecResult:
        """更新PCI设备规格 (UpdatePciDeviceSpec).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.0)
            abandon_spec_rom: 删除已有固件 (since 3.5.0)
            description: 资源的详细描述 (since 3.5.0)
            name: 资源名称 (since 3.5.0)
            rom_content: BASE64编码后的固件内容 (since 3.5.0)
            rom_version: 固件版本 (since 3.5.0)
            state: PCI设备规格启用状态 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_PCI_DEVICE_SPEC,
            {
                "uuid": uuid,
                "abandonSpecRom": abandon_spec_rom,
                "description": description,
                "name": name,
                "romContent": rom_content,
                "romVersion": rom_version,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_primary_storage(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """更新主存储信息 (UpdatePrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            description: 主存储的新详细描述 (since 0.6)
            name: 主存储的新名称 (since 0.6)
            url: 主存储的新地址 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_scsi_lun(
        self,
        *,
        uuid: str,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachScsiLunToVmInstanceResult:
        """更新SCSI LUN配置 (UpdateScsiLun).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            name: 资源名称 (since 3.1.0)
            state: 启用状态 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SCSI_LUN,
            {
                "uuid": uuid,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_usb_device(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachUsbDeviceToVmResult:
        """更新USB设备 (UpdateUsbDevice).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            description: 资源的详细描述 (since 2.2)
            name: 资源名称 (since 2.2)
            state: USB设备状态 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_USB_DEVICE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_zone(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeZoneStateResult:
        """更新区域 (UpdateZone).

        更新区域的名称、描述、系统标签或者用户标签。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6)
            name: 资源名称 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ZONE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
