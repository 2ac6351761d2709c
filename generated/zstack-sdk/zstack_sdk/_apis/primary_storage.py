"""``client.primary_storage``: 44 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_aliyun_ebs_primary_storage_result import AddAliyunEbsPrimaryStorageResult
    from ..models.add_aliyun_nas_primary_storage_result import AddAliyunNasPrimaryStorageResult
    from ..models.add_external_primary_storage_result import AddExternalPrimaryStorageResult
    from ..models.add_mini_storage_result import AddMiniStorageResult
    from ..models.add_simulator_primary_storage_result import AddSimulatorPrimaryStorageResult
    from ..models.add_storage_protocol_result import AddStorageProtocolResult
    from ..models.attach_primary_storage_to_cluster_result import (
        AttachPrimaryStorageToClusterResult,
    )
    from ..models.change_primary_storage_state_result import ChangePrimaryStorageStateResult
    from ..models.clean_up_image_cache_on_primary_storage_result import (
        CleanUpImageCacheOnPrimaryStorageResult,
    )
    from ..models.clean_up_storage_trash_on_primary_storage_result import (
        CleanUpStorageTrashOnPrimaryStorageResult,
    )
    from ..models.clean_up_trash_on_primary_storage_result import CleanUpTrashOnPrimaryStorageResult
    from ..models.delete_nas_file_system_result import DeleteNasFileSystemResult
    from ..models.delete_nas_mount_target_result import DeleteNasMountTargetResult
    from ..models.delete_primary_storage_result import DeletePrimaryStorageResult
    from ..models.detach_primary_storage_from_cluster_result import (
        DetachPrimaryStorageFromClusterResult,
    )
    from ..models.discover_external_primary_storage_result import (
        DiscoverExternalPrimaryStorageResult,
    )
    from ..models.get_host_candidates_for_vm_migration_result import (
        GetHostCandidatesForVmMigrationResult,
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
    from ..models.get_primary_storage_types_result import GetPrimaryStorageTypesResult
    from ..models.get_primary_storage_usage_report_result import GetPrimaryStorageUsageReportResult
    from ..models.get_trash_on_primary_storage_result import GetTrashOnPrimaryStorageResult
    from ..models.image_cache_inventory import ImageCacheInventory
    from ..models.primary_storage_inventory import PrimaryStorageInventory
    from ..models.primary_storage_migrate_vm_result import PrimaryStorageMigrateVmResult
    from ..models.primary_storage_migrate_volume_result import PrimaryStorageMigrateVolumeResult
    from ..models.query_aliyun_ebs_primary_storage_result import QueryAliyunEbsPrimaryStorageResult
    from ..models.query_image_cache_result import QueryImageCacheResult
    from ..models.query_mini_storage_host_ref_result import QueryMiniStorageHostRefResult
    from ..models.query_mini_storage_resource_replication_result import (
        QueryMiniStorageResourceReplicationResult,
    )
    from ..models.query_mini_storage_result import QueryMiniStorageResult
    from ..models.query_nas_file_system_result import QueryNasFileSystemResult
    from ..models.query_nas_mount_target_result import QueryNasMountTargetResult
    from ..models.query_primary_storage_result import QueryPrimaryStorageResult
    from ..models.reconnect_primary_storage_result import ReconnectPrimaryStorageResult
    from ..models.recover_resource_split_brain_result import RecoverResourceSplitBrainResult
    from ..models.sync_primary_storage_capacity_result import SyncPrimaryStorageCapacityResult
    from ..models.update_aliyun_ebs_primary_storage_result import (
        UpdateAliyunEbsPrimaryStorageResult,
    )
    from ..models.update_external_primary_storage_result import UpdateExternalPrimaryStorageResult
    from ..models.update_nas_file_system_result import UpdateNasFileSystemResult
    from ..models.update_nas_mount_target_result import UpdateNasMountTargetResult
    from ..models.update_primary_storage_result import UpdatePrimaryStorageResult
    from ..models.update_shared_block_result import UpdateSharedBlockResult

__all__ = ["AsyncPrimaryStorageApi", "PrimaryStorageApi"]


ADD_ALIYUN_EBS_PRIMARY_STORAGE: Api[AddAliyunEbsPrimaryStorageResult] = Api(
    "AddAliyunEbsPrimaryStorage",
    "POST",
    "/primary-storage/aliyun/ebs",
    params=(
        ("defaultIoType", "body", None),
        ("description", "body", None),
        ("identityZoneUuid", "body", None),
        ("name", "body", None),
        ("panguPartitionUuid", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("tdcConfigContent", "body", None),
        ("type", "body", None),
        ("url", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "default_io_type",
        "description",
        "identity_zone_uuid",
        "name",
        "pangu_partition_uuid",
        "resource_uuid",
        "tag_uuids",
        "tdc_config_content",
        "type",
        "url",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "tdcConfigContent", "url", "zoneUuid"),
    body_key="params",
    since=None,
    result=".models.add_aliyun_ebs_primary_storage_result:AddAliyunEbsPrimaryStorageResult",
    checks=(
        ("defaultIoType", "default_io_type", "enum", ("io7", "io8")),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

ADD_ALIYUN_NAS_PRIMARY_STORAGE: Api[AddAliyunNasPrimaryStorageResult] = Api(
    "AddAliyunNasPrimaryStorage",
    "POST",
    "/primary-storage/aliyun/nas",
    params=(
        ("accessGroupUuid", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("nasUuid", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("url", "body", None),
        ("vSwitchUuid", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "access_group_uuid",
        "description",
        "name",
        "nas_uuid",
        "resource_uuid",
        "tag_uuids",
        "type",
        "url",
        "v_switch_uuid",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("accessGroupUuid", "name", "nasUuid", "url", "zoneUuid"),
    body_key="params",
    since=None,
    result=".models.add_aliyun_nas_primary_storage_result:AddAliyunNasPrimaryStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

ADD_EXTERNAL_PRIMARY_STORAGE: Api[AddExternalPrimaryStorageResult] = Api(
    "AddExternalPrimaryStorage",
    "POST",
    "/primary-storage/addon",
    params=(
        ("config", "body", None),
        ("defaultOutputProtocol", "body", None),
        ("description", "body", None),
        ("identity", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("url", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "config",
        "default_output_protocol",
        "description",
        "identity",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "url",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("defaultOutputProtocol", "identity", "name", "url", "zoneUuid"),
    body_key="params",
    since=None,
    result=".models.add_external_primary_storage_result:AddExternalPrimaryStorageResult",
    checks=(
        (
            "defaultOutputProtocol",
            "default_output_protocol",
            "enum",
            ("Vhost", "iSCSI", "NVMEoF", "CBD", "file"),
        ),
        ("description", "description", "maxLength", 2048),
        ("identity", "identity", "minLength", 1),
        ("identity", "identity", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

ADD_MINI_STORAGE: Api[AddMiniStorageResult] = Api(
    "AddMiniStorage",
    "POST",
    "/primary-storage/mini",
    params=(
        ("description", "body", None),
        ("diskIdentifier", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("url", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "disk_identifier",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "url",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("diskIdentifier", "name", "zoneUuid"),
    body_key="params",
    since=None,
    result=".models.add_mini_storage_result:AddMiniStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

ADD_SIMULATOR_PRIMARY_STORAGE: Api[AddSimulatorPrimaryStorageResult] = Api(
    "AddSimulatorPrimaryStorage",
    "POST",
    "/primary-storage/simulators",
    params=(
        ("availableCapacity", "body", None),
        ("availablePhysicalCapacity", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("totalCapacity", "body", None),
        ("totalPhysicalCapacity", "body", None),
        ("type", "body", None),
        ("url", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "available_capacity",
        "available_physical_capacity",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "total_capacity",
        "total_physical_capacity",
        "type",
        "url",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "url", "zoneUuid"),
    body_key="params",
    since=None,
    result=".models.add_simulator_primary_storage_result:AddSimulatorPrimaryStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

ADD_STORAGE_PROTOCOL: Api[AddStorageProtocolResult] = Api(
    "AddStorageProtocol",
    "POST",
    "/primary-storage/protocol",
    params=(
        ("outputProtocol", "body", None),
        ("uuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("output_protocol", "uuid", "system_tags", "user_tags"),
    required=("outputProtocol", "uuid"),
    body_key="params",
    since=None,
    result=".models.add_storage_protocol_result:AddStorageProtocolResult",
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
    names=("cluster_uuid", "primary_storage_uuid", "system_tags", "user_tags"),
    required=("clusterUuid", "primaryStorageUuid"),
    body_key="params",
    since="0.6",
    result=".models.attach_primary_storage_to_cluster_result:AttachPrimaryStorageToClusterResult",
)

CHANGE_PRIMARY_STORAGE_STATE: Api[ChangePrimaryStorageStateResult] = Api(
    "ChangePrimaryStorageState",
    "PUT",
    "/primary-storage/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changePrimaryStorageState",
    since="0.6",
    result=".models.change_primary_storage_state_result:ChangePrimaryStorageStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable", "maintain", "deleting")),),
)

CLEAN_UP_IMAGE_CACHE_ON_PRIMARY_STORAGE: Api[CleanUpImageCacheOnPrimaryStorageResult] = Api(
    "CleanUpImageCacheOnPrimaryStorage",
    "PUT",
    "/primary-storage/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("force", "body", None),
        ("mode", "body", "3.10.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "force", "mode", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="cleanUpImageCacheOnPrimaryStorage",
    since="0.6",
    result=".models.clean_up_image_cache_on_primary_storage_result:CleanUpImageCacheOnPrimaryStorageResult",
    checks=(("mode", "mode", "enum", ("soft", "hard")),),
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
    names=("uuid", "force", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="cleanUpStorageTrashOnPrimaryStorage",
    since="4.8.0",
    result=".models.clean_up_storage_trash_on_primary_storage_result:CleanUpStorageTrashOnPrimaryStorageResult",
)

CLEAN_UP_TRASH_ON_PRIMARY_STORAGE: Api[CleanUpTrashOnPrimaryStorageResult] = Api(
    "CleanUpTrashOnPrimaryStorage",
    "PUT",
    "/primary-storage/{uuid}/trash/actions",
    params=(
        ("uuid", "path", None),
        ("trashId", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "trash_id", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="cleanUpTrashOnPrimaryStorage",
    since=None,
    result=".models.clean_up_trash_on_primary_storage_result:CleanUpTrashOnPrimaryStorageResult",
)

DELETE_NAS_FILE_SYSTEM: Api[DeleteNasFileSystemResult] = Api(
    "DeleteNasFileSystem",
    "DELETE",
    "/primary-storage/nas/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_nas_file_system_result:DeleteNasFileSystemResult",
)

DELETE_NAS_MOUNT_TARGET: Api[DeleteNasMountTargetResult] = Api(
    "DeleteNasMountTarget",
    "DELETE",
    "/primary-storage/nas/mount/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_nas_mount_target_result:DeleteNasMountTargetResult",
)

DELETE_PRIMARY_STORAGE: Api[DeletePrimaryStorageResult] = Api(
    "DeletePrimaryStorage",
    "DELETE",
    "/primary-storage/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_primary_storage_result:DeletePrimaryStorageResult",
)

DETACH_PRIMARY_STORAGE_FROM_CLUSTER: Api[DetachPrimaryStorageFromClusterResult] = Api(
    "DetachPrimaryStorageFromCluster",
    "DELETE",
    "/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}",
    params=(
        ("clusterUuid", "path", "0.6"),
        ("primaryStorageUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("cluster_uuid", "primary_storage_uuid", "system_tags", "user_tags"),
    required=("clusterUuid", "primaryStorageUuid"),
    since="0.6",
    result=".models.detach_primary_storage_from_cluster_result:DetachPrimaryStorageFromClusterResult",
)

DISCOVER_EXTERNAL_PRIMARY_STORAGE: Api[DiscoverExternalPrimaryStorageResult] = Api(
    "DiscoverExternalPrimaryStorage",
    "POST",
    "/primary-storage/addon/discover",
    params=(
        ("config", "body", None),
        ("identity", "body", None),
        ("url", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("config", "identity", "url", "system_tags", "user_tags"),
    required=("url",),
    body_key="params",
    since=None,
    result=".models.discover_external_primary_storage_result:DiscoverExternalPrimaryStorageResult",
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
    names=("vm_instance_uuid", "dst_primary_storage_uuid", "limit", "system_tags", "user_tags"),
    required=("vmInstanceUuid", "dstPrimaryStorageUuid"),
    since="4.0.0",
    result=".models.get_host_candidates_for_vm_migration_result:GetHostCandidatesForVmMigrationResult",
    checks=(
        ("limit", "limit", "minimum", 1),
        ("limit", "limit", "maximum", 2147483647),
    ),
)

GET_PRIMARY_STORAGE_ALLOCATOR_STRATEGIES: Api[GetPrimaryStorageAllocatorStrategiesResult] = Api(
    "GetPrimaryStorageAllocatorStrategies",
    "GET",
    "/primary-storage/allocators/strategies",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
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
    names=(
        "vm_instance_uuid",
        "with_data_volumes",
        "migrate_storage_only",
        "system_tags",
        "user_tags",
    ),
    required=("vmInstanceUuid",),
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
    names=("volume_uuid", "system_tags", "user_tags"),
    required=("volumeUuid",),
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
    names=(
        "zone_uuids",
        "cluster_uuids",
        "primary_storage_uuids",
        "all",
        "system_tags",
        "user_tags",
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
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.6.0",
    result=".models.get_primary_storage_license_info_result:GetPrimaryStorageLicenseInfoResult",
)

GET_PRIMARY_STORAGE_TYPES: Api[GetPrimaryStorageTypesResult] = Api(
    "GetPrimaryStorageTypes",
    "GET",
    "/primary-storage/types",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.get_primary_storage_types_result:GetPrimaryStorageTypesResult",
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
    names=("primary_storage_uuid", "uris", "system_tags", "user_tags"),
    required=("primaryStorageUuid",),
    since="4.7.21",
    result=".models.get_primary_storage_usage_report_result:GetPrimaryStorageUsageReportResult",
)

GET_TRASH_ON_PRIMARY_STORAGE: Api[GetTrashOnPrimaryStorageResult] = Api(
    "GetTrashOnPrimaryStorage",
    "GET",
    "/primary-storage/trash",
    params=(
        ("uuid", "query", None),
        ("resourceUuid", "query", None),
        ("resourceType", "query", None),
        ("trashType", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "resource_uuid", "resource_type", "trash_type", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.get_trash_on_primary_storage_result:GetTrashOnPrimaryStorageResult",
    checks=(
        (
            "trashType",
            "trash_type",
            "enum",
            ("MigrateVolume", "MigrateVolumeSnapshot", "RevertVolume", "VolumeSnapshot"),
        ),
    ),
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
    names=(
        "vm_instance_uuid",
        "bandwidth",
        "down_time",
        "dst_host_uuid",
        "dst_primary_storage_uuid",
        "strategy",
        "with_data_volumes",
        "with_snapshots",
        "system_tags",
        "user_tags",
    ),
    required=("vmInstanceUuid", "dstPrimaryStorageUuid"),
    body_key="primaryStorageMigrateVm",
    since="3.1.0",
    result=".models.primary_storage_migrate_vm_result:PrimaryStorageMigrateVmResult",
    checks=(("strategy", "strategy", "enum", ("auto-converge",)),),
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
    names=("volume_uuid", "dst_primary_storage_uuid", "system_tags", "user_tags"),
    required=("volumeUuid", "dstPrimaryStorageUuid"),
    body_key="primaryStorageMigrateVolume",
    since="2.2",
    result=".models.primary_storage_migrate_volume_result:PrimaryStorageMigrateVolumeResult",
)

QUERY_ALIYUN_EBS_PRIMARY_STORAGE: Api[QueryAliyunEbsPrimaryStorageResult] = Api(
    "QueryAliyunEbsPrimaryStorage",
    "GET",
    "/primary-storage/aliyun/ebs",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_aliyun_ebs_primary_storage_result:QueryAliyunEbsPrimaryStorageResult",
    query=True,
)

QUERY_IMAGE_CACHE: Api[QueryImageCacheResult] = Api(
    "QueryImageCache",
    "GET",
    "/primary-storage/imagecache",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_image_cache_result:QueryImageCacheResult",
    query=True,
)

QUERY_MINI_STORAGE: Api[QueryMiniStorageResult] = Api(
    "QueryMiniStorage",
    "GET",
    "/primary-storage/mini",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_mini_storage_result:QueryMiniStorageResult",
    query=True,
)

QUERY_MINI_STORAGE_HOST_REF: Api[QueryMiniStorageHostRefResult] = Api(
    "QueryMiniStorageHostRef",
    "GET",
    "/primary-storage/mini/host-refs",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_mini_storage_host_ref_result:QueryMiniStorageHostRefResult",
    query=True,
)

QUERY_MINI_STORAGE_RESOURCE_REPLICATION: Api[QueryMiniStorageResourceReplicationResult] = Api(
    "QueryMiniStorageResourceReplication",
    "GET",
    "/primary-storage/mini/replications",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_mini_storage_resource_replication_result:QueryMiniStorageResourceReplicationResult",
    query=True,
)

QUERY_NAS_FILE_SYSTEM: Api[QueryNasFileSystemResult] = Api(
    "QueryNasFileSystem",
    "GET",
    "/primary-storage/nas",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_nas_file_system_result:QueryNasFileSystemResult",
    query=True,
)

QUERY_NAS_MOUNT_TARGET: Api[QueryNasMountTargetResult] = Api(
    "QueryNasMountTarget",
    "GET",
    "/primary-storage/nas/mount",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_nas_mount_target_result:QueryNasMountTargetResult",
    query=True,
)

QUERY_PRIMARY_STORAGE: Api[QueryPrimaryStorageResult] = Api(
    "QueryPrimaryStorage",
    "GET",
    "/primary-storage",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.query_primary_storage_result:QueryPrimaryStorageResult",
    query=True,
)

RECONNECT_PRIMARY_STORAGE: Api[ReconnectPrimaryStorageResult] = Api(
    "ReconnectPrimaryStorage",
    "PUT",
    "/primary-storage/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="reconnectPrimaryStorage",
    since="0.6",
    result=".models.reconnect_primary_storage_result:ReconnectPrimaryStorageResult",
)

RECOVER_RESOURCE_SPLIT_BRAIN: Api[RecoverResourceSplitBrainResult] = Api(
    "RecoverResourceSplitBrain",
    "PUT",
    "/primary-storage/mini/{resourceUuid}/actions",
    params=(
        ("resourceUuid", "path", None),
        ("forceRecover", "body", None),
        ("hostUuid", "body", None),
        ("primaryStorageUuid", "body", None),
        ("resourceType", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "resource_uuid",
        "force_recover",
        "host_uuid",
        "primary_storage_uuid",
        "resource_type",
        "system_tags",
        "user_tags",
    ),
    required=("resourceUuid", "hostUuid"),
    body_key="recoverResourceSplitBrain",
    since=None,
    result=".models.recover_resource_split_brain_result:RecoverResourceSplitBrainResult",
)

SYNC_PRIMARY_STORAGE_CAPACITY: Api[SyncPrimaryStorageCapacityResult] = Api(
    "SyncPrimaryStorageCapacity",
    "PUT",
    "/primary-storage/{primaryStorageUuid}/actions",
    params=(
        ("primaryStorageUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("primary_storage_uuid", "system_tags", "user_tags"),
    required=("primaryStorageUuid",),
    body_key="syncPrimaryStorageCapacity",
    since="0.6",
    result=".models.sync_primary_storage_capacity_result:SyncPrimaryStorageCapacityResult",
)

UPDATE_ALIYUN_EBS_PRIMARY_STORAGE: Api[UpdateAliyunEbsPrimaryStorageResult] = Api(
    "UpdateAliyunEbsPrimaryStorage",
    "PUT",
    "/primary-storage/aliyun/ebs/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("panguAppName", "body", None),
        ("panguPartitionName", "body", None),
        ("url", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "description",
        "name",
        "pangu_app_name",
        "pangu_partition_name",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateAliyunEbsPrimaryStorage",
    since=None,
    result=".models.update_aliyun_ebs_primary_storage_result:UpdateAliyunEbsPrimaryStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("panguAppName", "pangu_app_name", "maxLength", 255),
        ("panguPartitionName", "pangu_partition_name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

UPDATE_EXTERNAL_PRIMARY_STORAGE: Api[UpdateExternalPrimaryStorageResult] = Api(
    "UpdateExternalPrimaryStorage",
    "PUT",
    "/primary-storage/addon/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("config", "body", None),
        ("defaultProtocol", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("url", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "config",
        "default_protocol",
        "description",
        "name",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateExternalPrimaryStorage",
    since=None,
    result=".models.update_external_primary_storage_result:UpdateExternalPrimaryStorageResult",
    checks=(
        ("defaultProtocol", "default_protocol", "maxLength", 255),
        ("defaultProtocol", "default_protocol", "enum", ("Vhost", "Scsi", "Nvme", "CBD", "file")),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

UPDATE_NAS_FILE_SYSTEM: Api[UpdateNasFileSystemResult] = Api(
    "UpdateNasFileSystem",
    "PUT",
    "/primary-storage/nas/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateNasFileSystem",
    since=None,
    result=".models.update_nas_file_system_result:UpdateNasFileSystemResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_NAS_MOUNT_TARGET: Api[UpdateNasMountTargetResult] = Api(
    "UpdateNasMountTarget",
    "PUT",
    "/primary-storage/nas/mount/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateNasMountTarget",
    since=None,
    result=".models.update_nas_mount_target_result:UpdateNasMountTargetResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_PRIMARY_STORAGE: Api[UpdatePrimaryStorageResult] = Api(
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
    names=("uuid", "description", "name", "url", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updatePrimaryStorage",
    since="0.6",
    result=".models.update_primary_storage_result:UpdatePrimaryStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

UPDATE_SHARED_BLOCK: Api[UpdateSharedBlockResult] = Api(
    "UpdateSharedBlock",
    "PUT",
    "/primary-storage/sharedblockgroup/{sharedBlockGroupUuid}/sharedblocks/{uuid}/actions",
    params=(
        ("sharedBlockGroupUuid", "path", None),
        ("uuid", "path", None),
        ("description", "body", None),
        ("diskUuid", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "shared_block_group_uuid",
        "uuid",
        "description",
        "disk_uuid",
        "name",
        "system_tags",
        "user_tags",
    ),
    required=("sharedBlockGroupUuid", "uuid"),
    body_key="updateSharedBlock",
    since=None,
    result=".models.update_shared_block_result:UpdateSharedBlockResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("diskUuid", "disk_uuid", "maxLength", 255),
        ("name", "name", "maxLength", 255),
    ),
)


class PrimaryStorageApi(SyncNamespace):
    """primary-storage: 44 APIs (AddAliyunEbsPrimaryStorage, AddAliyunNasPrimaryStorage, AddExternalPrimaryStorage, ...)."""

    __slots__ = ()

    def add_aliyun_ebs_primary_storage(
        self,
        *,
        name: str,
        tdc_config_content: str,
        url: str,
        zone_uuid: str,
        default_io_type: Literal["io7", "io8"] | None = None,
        description: str | None = None,
        identity_zone_uuid: str | None = None,
        pangu_partition_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunEbsPrimaryStorageResult:
        """Add aliyun ebs primary storage (AddAliyunEbsPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunEbsPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            default_io_type: defaultIoType (enum {'io7', 'io8'})
            description: description (maxLength 2048)
            identity_zone_uuid: identityZoneUuid
            name: name (maxLength 255)
            pangu_partition_uuid: panguPartitionUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            tdc_config_content: tdcConfigContent
            type: type
            url: url (maxLength 2048)
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ALIYUN_EBS_PRIMARY_STORAGE,
            {
                "defaultIoType": default_io_type,
                "description": description,
                "identityZoneUuid": identity_zone_uuid,
                "name": name,
                "panguPartitionUuid": pangu_partition_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "tdcConfigContent": tdc_config_content,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_aliyun_nas_primary_storage(
        self,
        *,
        access_group_uuid: str,
        name: str,
        nas_uuid: str,
        url: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        v_switch_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunNasPrimaryStorageResult:
        """Add aliyun nas primary storage (AddAliyunNasPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunNasPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            access_group_uuid: accessGroupUuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            nas_uuid: nasUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            url: url (maxLength 2048)
            v_switch_uuid: vSwitchUuid
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ALIYUN_NAS_PRIMARY_STORAGE,
            {
                "accessGroupUuid": access_group_uuid,
                "description": description,
                "name": name,
                "nasUuid": nas_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "vSwitchUuid": v_switch_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_external_primary_storage(
        self,
        *,
        default_output_protocol: Literal["Vhost", "iSCSI", "NVMEoF", "CBD", "file"],
        identity: str,
        name: str,
        url: str,
        zone_uuid: str,
        config: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddExternalPrimaryStorageResult:
        """Add external primary storage (AddExternalPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddExternalPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            config: config
            default_output_protocol: defaultOutputProtocol (enum {'Vhost', 'iSCSI', 'NVMEoF', 'CBD', 'file'})
            description: description (maxLength 2048)
            identity: identity (minLength 1; maxLength 255)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            url: url (maxLength 2048)
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_EXTERNAL_PRIMARY_STORAGE,
            {
                "config": config,
                "defaultOutputProtocol": default_output_protocol,
                "description": description,
                "identity": identity,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_mini_storage(
        self,
        *,
        disk_identifier: str,
        name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMiniStorageResult:
        """Add mini storage (AddMiniStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddMiniStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            disk_identifier: diskIdentifier
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            url: url (maxLength 2048)
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_MINI_STORAGE,
            {
                "description": description,
                "diskIdentifier": disk_identifier,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_simulator_primary_storage(
        self,
        *,
        name: str,
        url: str,
        zone_uuid: str,
        available_capacity: int | None = None,
        available_physical_capacity: int | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        total_capacity: int | None = None,
        total_physical_capacity: int | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSimulatorPrimaryStorageResult:
        """Add simulator primary storage (AddSimulatorPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddSimulatorPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            available_capacity: availableCapacity
            available_physical_capacity: availablePhysicalCapacity
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            total_capacity: totalCapacity
            total_physical_capacity: totalPhysicalCapacity
            type: type
            url: url (maxLength 2048)
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SIMULATOR_PRIMARY_STORAGE,
            {
                "availableCapacity": available_capacity,
                "availablePhysicalCapacity": available_physical_capacity,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "totalCapacity": total_capacity,
                "totalPhysicalCapacity": total_physical_capacity,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_storage_protocol(
        self,
        *,
        output_protocol: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddStorageProtocolResult:
        """Add storage protocol (AddStorageProtocol).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddStorageProtocolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            output_protocol: outputProtocol
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_STORAGE_PROTOCOL,
            {
                "outputProtocol": output_protocol,
                "uuid": uuid,
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

    def change_primary_storage_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable", "maintain", "deleting"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangePrimaryStorageStateResult:
        """更改主存储状态 (ChangePrimaryStorageState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            state_event: 主存储的目标状态 (since 0.6; enum {'enable', 'disable', 'maintain', 'deleting'})
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

    def clean_up_image_cache_on_primary_storage(
        self,
        *,
        uuid: str,
        force: bool | None = None,
        mode: Literal["soft", "hard"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanUpImageCacheOnPrimaryStorageResult:
        """清除主存储镜像缓存 (CleanUpImageCacheOnPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            force: force
            mode: 模式 (since 3.10.0; enum {'soft', 'hard'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CLEAN_UP_IMAGE_CACHE_ON_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "force": force,
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

    def clean_up_trash_on_primary_storage(
        self,
        *,
        uuid: str,
        trash_id: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanUpTrashOnPrimaryStorageResult:
        """Clean up trash on primary storage (CleanUpTrashOnPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CleanUpTrashOnPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            trash_id: trashId
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CLEAN_UP_TRASH_ON_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "trashId": trash_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_nas_file_system(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteNasFileSystemResult:
        """Delete nas file system (DeleteNasFileSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteNasFileSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_NAS_FILE_SYSTEM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_nas_mount_target(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteNasMountTargetResult:
        """Delete nas mount target (DeleteNasMountTarget).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteNasMountTargetAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_NAS_MOUNT_TARGET,
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
    ) -> DeletePrimaryStorageResult:
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

    def detach_primary_storage_from_cluster(
        self,
        *,
        cluster_uuid: str,
        primary_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPrimaryStorageFromClusterResult:
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

    def discover_external_primary_storage(
        self,
        *,
        url: str,
        config: str | None = None,
        identity: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DiscoverExternalPrimaryStorageResult:
        """Discover external primary storage (DiscoverExternalPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DiscoverExternalPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            config: config
            identity: identity
            url: url
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DISCOVER_EXTERNAL_PRIMARY_STORAGE,
            {
                "config": config,
                "identity": identity,
                "url": url,
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

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 4.0.0)
            dst_primary_storage_uuid: 目的主存储UUID (since 4.0.0)
            limit: 获取物理机列表数量 (since 4.0.0; minimum 1; maximum 2147483647)
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

    def get_primary_storage_allocator_strategies(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPrimaryStorageAllocatorStrategiesResult:
        """获取主存储分配策略清单 (GetPrimaryStorageAllocatorStrategies).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

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

        Since ZStack 2.2. Synchronous (a 202 is still followed).

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

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

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
    ) -> GetPrimaryStorageTypesResult:
        """获取主存储类型列表 (GetPrimaryStorageTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

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

    def get_trash_on_primary_storage(
        self,
        *,
        uuid: str,
        resource_uuid: str | None = None,
        resource_type: str | None = None,
        trash_type: Literal[
            "MigrateVolume", "MigrateVolumeSnapshot", "RevertVolume", "VolumeSnapshot"
        ]
        | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetTrashOnPrimaryStorageResult:
        """Get trash on primary storage (GetTrashOnPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetTrashOnPrimaryStorageAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            resource_uuid: resourceUuid
            resource_type: resourceType
            trash_type: trashType (enum {'MigrateVolume', 'MigrateVolumeSnapshot', 'RevertVolume', 'VolumeSnapshot'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_TRASH_ON_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "resourceUuid": resource_uuid,
                "resourceType": resource_type,
                "trashType": trash_type,
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
        strategy: Literal["auto-converge"] | None = None,
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
            strategy: strategy (since 4.6.0; enum {'auto-converge'})
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

    def query_aliyun_ebs_primary_storage(
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
    ) -> QueryAliyunEbsPrimaryStorageResult:
        """Query aliyun ebs primary storage (QueryAliyunEbsPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunEbsPrimaryStorageAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALIYUN_EBS_PRIMARY_STORAGE,
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

    def query_aliyun_ebs_primary_storage_pages(
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
        """Every result of ``query_aliyun_ebs_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_EBS_PRIMARY_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_image_cache(
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
    ) -> QueryImageCacheResult:
        """Query image cache (QueryImageCache).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryImageCacheAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IMAGE_CACHE,
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

    def query_image_cache_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ImageCacheInventory]:
        """Every result of ``query_image_cache``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IMAGE_CACHE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_mini_storage(
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
    ) -> QueryMiniStorageResult:
        """Query mini storage (QueryMiniStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryMiniStorageAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MINI_STORAGE,
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

    def query_mini_storage_pages(
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
        """Every result of ``query_mini_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MINI_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_mini_storage_host_ref(
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
    ) -> QueryMiniStorageHostRefResult:
        """Query mini storage host ref (QueryMiniStorageHostRef).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryMiniStorageHostRefAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MINI_STORAGE_HOST_REF,
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

    def query_mini_storage_host_ref_pages(
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
        """Every result of ``query_mini_storage_host_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MINI_STORAGE_HOST_REF,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_mini_storage_resource_replication(
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
    ) -> QueryMiniStorageResourceReplicationResult:
        """Query mini storage resource replication (QueryMiniStorageResourceReplication).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryMiniStorageResourceReplicationAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MINI_STORAGE_RESOURCE_REPLICATION,
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

    def query_mini_storage_resource_replication_pages(
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
        """Every result of ``query_mini_storage_resource_replication``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MINI_STORAGE_RESOURCE_REPLICATION,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_nas_file_system(
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
    ) -> QueryNasFileSystemResult:
        """Query nas file system (QueryNasFileSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryNasFileSystemAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_NAS_FILE_SYSTEM,
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

    def query_nas_file_system_pages(
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
        """Every result of ``query_nas_file_system``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NAS_FILE_SYSTEM,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_nas_mount_target(
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
    ) -> QueryNasMountTargetResult:
        """Query nas mount target (QueryNasMountTarget).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryNasMountTargetAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_NAS_MOUNT_TARGET,
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

    def query_nas_mount_target_pages(
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
        """Every result of ``query_nas_mount_target``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NAS_MOUNT_TARGET,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
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

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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

    def reconnect_primary_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectPrimaryStorageResult:
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

    def recover_resource_split_brain(
        self,
        *,
        resource_uuid: str,
        host_uuid: str,
        force_recover: bool | None = None,
        primary_storage_uuid: str | None = None,
        resource_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverResourceSplitBrainResult:
        """Recover resource split brain (RecoverResourceSplitBrain).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RecoverResourceSplitBrainAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_uuid: resourceUuid
            force_recover: forceRecover
            host_uuid: hostUuid
            primary_storage_uuid: primaryStorageUuid
            resource_type: resourceType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECOVER_RESOURCE_SPLIT_BRAIN,
            {
                "resourceUuid": resource_uuid,
                "forceRecover": force_recover,
                "hostUuid": host_uuid,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceType": resource_type,
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
    ) -> SyncPrimaryStorageCapacityResult:
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

    def update_aliyun_ebs_primary_storage(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        pangu_app_name: str | None = None,
        pangu_partition_name: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunEbsPrimaryStorageResult:
        """Update aliyun ebs primary storage (UpdateAliyunEbsPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunEbsPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            pangu_app_name: panguAppName (maxLength 255)
            pangu_partition_name: panguPartitionName (maxLength 255)
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALIYUN_EBS_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "panguAppName": pangu_app_name,
                "panguPartitionName": pangu_partition_name,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_external_primary_storage(
        self,
        *,
        uuid: str,
        config: str | None = None,
        default_protocol: Literal["Vhost", "Scsi", "Nvme", "CBD", "file"] | None = None,
        description: str | None = None,
        name: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateExternalPrimaryStorageResult:
        """Update external primary storage (UpdateExternalPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateExternalPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            config: config
            default_protocol: defaultProtocol (maxLength 255; enum {'Vhost', 'Scsi', 'Nvme', 'CBD', 'file'})
            description: description (maxLength 2048)
            name: name (maxLength 255)
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_EXTERNAL_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "config": config,
                "defaultProtocol": default_protocol,
                "description": description,
                "name": name,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_nas_file_system(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateNasFileSystemResult:
        """Update nas file system (UpdateNasFileSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateNasFileSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_NAS_FILE_SYSTEM,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_nas_mount_target(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateNasMountTargetResult:
        """Update nas mount target (UpdateNasMountTarget).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateNasMountTargetAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_NAS_MOUNT_TARGET,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
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
    ) -> UpdatePrimaryStorageResult:
        """更新主存储信息 (UpdatePrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            description: 主存储的新详细描述 (since 0.6; maxLength 2048)
            name: 主存储的新名称 (since 0.6; maxLength 255)
            url: 主存储的新地址 (since 0.6; maxLength 2048)
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

    def update_shared_block(
        self,
        *,
        shared_block_group_uuid: str,
        uuid: str,
        description: str | None = None,
        disk_uuid: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSharedBlockResult:
        """Update shared block (UpdateSharedBlock).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateSharedBlockAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            shared_block_group_uuid: sharedBlockGroupUuid
            uuid: uuid
            description: description (maxLength 2048)
            disk_uuid: diskUuid (maxLength 255)
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SHARED_BLOCK,
            {
                "sharedBlockGroupUuid": shared_block_group_uuid,
                "uuid": uuid,
                "description": description,
                "diskUuid": disk_uuid,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncPrimaryStorageApi(AsyncNamespace):
    """primary-storage: 44 APIs (AddAliyunEbsPrimaryStorage, AddAliyunNasPrimaryStorage, AddExternalPrimaryStorage, ...). (asyncio)"""

    __slots__ = ()

    async def add_aliyun_ebs_primary_storage(
        self,
        *,
        name: str,
        tdc_config_content: str,
        url: str,
        zone_uuid: str,
        default_io_type: Literal["io7", "io8"] | None = None,
        description: str | None = None,
        identity_zone_uuid: str | None = None,
        pangu_partition_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunEbsPrimaryStorageResult:
        """Add aliyun ebs primary storage (AddAliyunEbsPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunEbsPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            default_io_type: defaultIoType (enum {'io7', 'io8'})
            description: description (maxLength 2048)
            identity_zone_uuid: identityZoneUuid
            name: name (maxLength 255)
            pangu_partition_uuid: panguPartitionUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            tdc_config_content: tdcConfigContent
            type: type
            url: url (maxLength 2048)
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ALIYUN_EBS_PRIMARY_STORAGE,
            {
                "defaultIoType": default_io_type,
                "description": description,
                "identityZoneUuid": identity_zone_uuid,
                "name": name,
                "panguPartitionUuid": pangu_partition_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "tdcConfigContent": tdc_config_content,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_aliyun_nas_primary_storage(
        self,
        *,
        access_group_uuid: str,
        name: str,
        nas_uuid: str,
        url: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        v_switch_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunNasPrimaryStorageResult:
        """Add aliyun nas primary storage (AddAliyunNasPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunNasPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            access_group_uuid: accessGroupUuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            nas_uuid: nasUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            url: url (maxLength 2048)
            v_switch_uuid: vSwitchUuid
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ALIYUN_NAS_PRIMARY_STORAGE,
            {
                "accessGroupUuid": access_group_uuid,
                "description": description,
                "name": name,
                "nasUuid": nas_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "vSwitchUuid": v_switch_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_external_primary_storage(
        self,
        *,
        default_output_protocol: Literal["Vhost", "iSCSI", "NVMEoF", "CBD", "file"],
        identity: str,
        name: str,
        url: str,
        zone_uuid: str,
        config: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddExternalPrimaryStorageResult:
        """Add external primary storage (AddExternalPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddExternalPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            config: config
            default_output_protocol: defaultOutputProtocol (enum {'Vhost', 'iSCSI', 'NVMEoF', 'CBD', 'file'})
            description: description (maxLength 2048)
            identity: identity (minLength 1; maxLength 255)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            url: url (maxLength 2048)
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_EXTERNAL_PRIMARY_STORAGE,
            {
                "config": config,
                "defaultOutputProtocol": default_output_protocol,
                "description": description,
                "identity": identity,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_mini_storage(
        self,
        *,
        disk_identifier: str,
        name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMiniStorageResult:
        """Add mini storage (AddMiniStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddMiniStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            disk_identifier: diskIdentifier
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            url: url (maxLength 2048)
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_MINI_STORAGE,
            {
                "description": description,
                "diskIdentifier": disk_identifier,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_simulator_primary_storage(
        self,
        *,
        name: str,
        url: str,
        zone_uuid: str,
        available_capacity: int | None = None,
        available_physical_capacity: int | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        total_capacity: int | None = None,
        total_physical_capacity: int | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSimulatorPrimaryStorageResult:
        """Add simulator primary storage (AddSimulatorPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddSimulatorPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            available_capacity: availableCapacity
            available_physical_capacity: availablePhysicalCapacity
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            total_capacity: totalCapacity
            total_physical_capacity: totalPhysicalCapacity
            type: type
            url: url (maxLength 2048)
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SIMULATOR_PRIMARY_STORAGE,
            {
                "availableCapacity": available_capacity,
                "availablePhysicalCapacity": available_physical_capacity,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "totalCapacity": total_capacity,
                "totalPhysicalCapacity": total_physical_capacity,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_storage_protocol(
        self,
        *,
        output_protocol: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddStorageProtocolResult:
        """Add storage protocol (AddStorageProtocol).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddStorageProtocolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            output_protocol: outputProtocol
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_STORAGE_PROTOCOL,
            {
                "outputProtocol": output_protocol,
                "uuid": uuid,
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

    async def change_primary_storage_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable", "maintain", "deleting"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangePrimaryStorageStateResult:
        """更改主存储状态 (ChangePrimaryStorageState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            state_event: 主存储的目标状态 (since 0.6; enum {'enable', 'disable', 'maintain', 'deleting'})
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

    async def clean_up_image_cache_on_primary_storage(
        self,
        *,
        uuid: str,
        force: bool | None = None,
        mode: Literal["soft", "hard"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanUpImageCacheOnPrimaryStorageResult:
        """清除主存储镜像缓存 (CleanUpImageCacheOnPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            force: force
            mode: 模式 (since 3.10.0; enum {'soft', 'hard'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CLEAN_UP_IMAGE_CACHE_ON_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "force": force,
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

    async def clean_up_trash_on_primary_storage(
        self,
        *,
        uuid: str,
        trash_id: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanUpTrashOnPrimaryStorageResult:
        """Clean up trash on primary storage (CleanUpTrashOnPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CleanUpTrashOnPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            trash_id: trashId
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CLEAN_UP_TRASH_ON_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "trashId": trash_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_nas_file_system(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteNasFileSystemResult:
        """Delete nas file system (DeleteNasFileSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteNasFileSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_NAS_FILE_SYSTEM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_nas_mount_target(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteNasMountTargetResult:
        """Delete nas mount target (DeleteNasMountTarget).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteNasMountTargetAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_NAS_MOUNT_TARGET,
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
    ) -> DeletePrimaryStorageResult:
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

    async def detach_primary_storage_from_cluster(
        self,
        *,
        cluster_uuid: str,
        primary_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPrimaryStorageFromClusterResult:
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

    async def discover_external_primary_storage(
        self,
        *,
        url: str,
        config: str | None = None,
        identity: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DiscoverExternalPrimaryStorageResult:
        """Discover external primary storage (DiscoverExternalPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DiscoverExternalPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            config: config
            identity: identity
            url: url
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DISCOVER_EXTERNAL_PRIMARY_STORAGE,
            {
                "config": config,
                "identity": identity,
                "url": url,
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

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 4.0.0)
            dst_primary_storage_uuid: 目的主存储UUID (since 4.0.0)
            limit: 获取物理机列表数量 (since 4.0.0; minimum 1; maximum 2147483647)
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

    async def get_primary_storage_allocator_strategies(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPrimaryStorageAllocatorStrategiesResult:
        """获取主存储分配策略清单 (GetPrimaryStorageAllocatorStrategies).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

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

        Since ZStack 2.2. Synchronous (a 202 is still followed).

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

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

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
    ) -> GetPrimaryStorageTypesResult:
        """获取主存储类型列表 (GetPrimaryStorageTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

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

    async def get_trash_on_primary_storage(
        self,
        *,
        uuid: str,
        resource_uuid: str | None = None,
        resource_type: str | None = None,
        trash_type: Literal[
            "MigrateVolume", "MigrateVolumeSnapshot", "RevertVolume", "VolumeSnapshot"
        ]
        | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetTrashOnPrimaryStorageResult:
        """Get trash on primary storage (GetTrashOnPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetTrashOnPrimaryStorageAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            resource_uuid: resourceUuid
            resource_type: resourceType
            trash_type: trashType (enum {'MigrateVolume', 'MigrateVolumeSnapshot', 'RevertVolume', 'VolumeSnapshot'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_TRASH_ON_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "resourceUuid": resource_uuid,
                "resourceType": resource_type,
                "trashType": trash_type,
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
        strategy: Literal["auto-converge"] | None = None,
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
            strategy: strategy (since 4.6.0; enum {'auto-converge'})
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

    async def query_aliyun_ebs_primary_storage(
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
    ) -> QueryAliyunEbsPrimaryStorageResult:
        """Query aliyun ebs primary storage (QueryAliyunEbsPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunEbsPrimaryStorageAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALIYUN_EBS_PRIMARY_STORAGE,
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

    def query_aliyun_ebs_primary_storage_pages(
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
        """Every result of ``query_aliyun_ebs_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_EBS_PRIMARY_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_image_cache(
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
    ) -> QueryImageCacheResult:
        """Query image cache (QueryImageCache).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryImageCacheAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IMAGE_CACHE,
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

    def query_image_cache_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ImageCacheInventory]:
        """Every result of ``query_image_cache``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IMAGE_CACHE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_mini_storage(
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
    ) -> QueryMiniStorageResult:
        """Query mini storage (QueryMiniStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryMiniStorageAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MINI_STORAGE,
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

    def query_mini_storage_pages(
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
        """Every result of ``query_mini_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MINI_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_mini_storage_host_ref(
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
    ) -> QueryMiniStorageHostRefResult:
        """Query mini storage host ref (QueryMiniStorageHostRef).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryMiniStorageHostRefAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MINI_STORAGE_HOST_REF,
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

    def query_mini_storage_host_ref_pages(
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
        """Every result of ``query_mini_storage_host_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MINI_STORAGE_HOST_REF,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_mini_storage_resource_replication(
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
    ) -> QueryMiniStorageResourceReplicationResult:
        """Query mini storage resource replication (QueryMiniStorageResourceReplication).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryMiniStorageResourceReplicationAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MINI_STORAGE_RESOURCE_REPLICATION,
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

    def query_mini_storage_resource_replication_pages(
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
        """Every result of ``query_mini_storage_resource_replication``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MINI_STORAGE_RESOURCE_REPLICATION,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_nas_file_system(
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
    ) -> QueryNasFileSystemResult:
        """Query nas file system (QueryNasFileSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryNasFileSystemAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_NAS_FILE_SYSTEM,
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

    def query_nas_file_system_pages(
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
        """Every result of ``query_nas_file_system``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NAS_FILE_SYSTEM,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_nas_mount_target(
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
    ) -> QueryNasMountTargetResult:
        """Query nas mount target (QueryNasMountTarget).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryNasMountTargetAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_NAS_MOUNT_TARGET,
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

    def query_nas_mount_target_pages(
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
        """Every result of ``query_nas_mount_target``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NAS_MOUNT_TARGET,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
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

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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

    async def reconnect_primary_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectPrimaryStorageResult:
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

    async def recover_resource_split_brain(
        self,
        *,
        resource_uuid: str,
        host_uuid: str,
        force_recover: bool | None = None,
        primary_storage_uuid: str | None = None,
        resource_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverResourceSplitBrainResult:
        """Recover resource split brain (RecoverResourceSplitBrain).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RecoverResourceSplitBrainAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_uuid: resourceUuid
            force_recover: forceRecover
            host_uuid: hostUuid
            primary_storage_uuid: primaryStorageUuid
            resource_type: resourceType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECOVER_RESOURCE_SPLIT_BRAIN,
            {
                "resourceUuid": resource_uuid,
                "forceRecover": force_recover,
                "hostUuid": host_uuid,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceType": resource_type,
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
    ) -> SyncPrimaryStorageCapacityResult:
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

    async def update_aliyun_ebs_primary_storage(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        pangu_app_name: str | None = None,
        pangu_partition_name: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunEbsPrimaryStorageResult:
        """Update aliyun ebs primary storage (UpdateAliyunEbsPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunEbsPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            pangu_app_name: panguAppName (maxLength 255)
            pangu_partition_name: panguPartitionName (maxLength 255)
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALIYUN_EBS_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "panguAppName": pangu_app_name,
                "panguPartitionName": pangu_partition_name,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_external_primary_storage(
        self,
        *,
        uuid: str,
        config: str | None = None,
        default_protocol: Literal["Vhost", "Scsi", "Nvme", "CBD", "file"] | None = None,
        description: str | None = None,
        name: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateExternalPrimaryStorageResult:
        """Update external primary storage (UpdateExternalPrimaryStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateExternalPrimaryStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            config: config
            default_protocol: defaultProtocol (maxLength 255; enum {'Vhost', 'Scsi', 'Nvme', 'CBD', 'file'})
            description: description (maxLength 2048)
            name: name (maxLength 255)
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_EXTERNAL_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "config": config,
                "defaultProtocol": default_protocol,
                "description": description,
                "name": name,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_nas_file_system(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateNasFileSystemResult:
        """Update nas file system (UpdateNasFileSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateNasFileSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_NAS_FILE_SYSTEM,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_nas_mount_target(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateNasMountTargetResult:
        """Update nas mount target (UpdateNasMountTarget).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateNasMountTargetAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_NAS_MOUNT_TARGET,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
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
    ) -> UpdatePrimaryStorageResult:
        """更新主存储信息 (UpdatePrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储的UUID，唯一标示该资源 (since 0.6)
            description: 主存储的新详细描述 (since 0.6; maxLength 2048)
            name: 主存储的新名称 (since 0.6; maxLength 255)
            url: 主存储的新地址 (since 0.6; maxLength 2048)
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

    async def update_shared_block(
        self,
        *,
        shared_block_group_uuid: str,
        uuid: str,
        description: str | None = None,
        disk_uuid: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSharedBlockResult:
        """Update shared block (UpdateSharedBlock).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateSharedBlockAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            shared_block_group_uuid: sharedBlockGroupUuid
            uuid: uuid
            description: description (maxLength 2048)
            disk_uuid: diskUuid (maxLength 255)
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SHARED_BLOCK,
            {
                "sharedBlockGroupUuid": shared_block_group_uuid,
                "uuid": uuid,
                "description": description,
                "diskUuid": disk_uuid,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
