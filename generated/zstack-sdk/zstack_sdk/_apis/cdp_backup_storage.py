"""``client.cdp_backup_storage``: 22 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.cdp_policy_inventory import CdpPolicyInventory
    from ..models.cdp_task_inventory import CdpTaskInventory
    from ..models.create_cdp_policy_result import CreateCdpPolicyResult
    from ..models.create_cdp_task_result import CreateCdpTaskResult
    from ..models.create_vm_from_cdp_backup_result import CreateVmFromCdpBackupResult
    from ..models.delete_cdp_policy_result import DeleteCdpPolicyResult
    from ..models.delete_cdp_task_data_result import DeleteCdpTaskDataResult
    from ..models.delete_cdp_task_result import DeleteCdpTaskResult
    from ..models.disable_cdp_task_result import DisableCdpTaskResult
    from ..models.enable_cdp_task_result import EnableCdpTaskResult
    from ..models.get_cdp_backup_storage_requirement_result import (
        GetCdpBackupStorageRequirementResult,
    )
    from ..models.get_vm_instance_protected_recovery_points_result import (
        GetVmInstanceProtectedRecoveryPointsResult,
    )
    from ..models.get_vm_instance_recovery_points_result import GetVmInstanceRecoveryPointsResult
    from ..models.merge_data_on_backup_storage_result import MergeDataOnBackupStorageResult
    from ..models.mount_vm_instance_recovery_point_result import MountVmInstanceRecoveryPointResult
    from ..models.protect_vm_instance_recovery_point_result import (
        ProtectVmInstanceRecoveryPointResult,
    )
    from ..models.query_cdp_policy_result import QueryCdpPolicyResult
    from ..models.query_cdp_task_result import QueryCdpTaskResult
    from ..models.revert_vm_from_cdp_backup_result import RevertVmFromCdpBackupResult
    from ..models.unmount_vm_instance_recovery_point_result import (
        UnmountVmInstanceRecoveryPointResult,
    )
    from ..models.unprotect_vm_instance_recovery_point_result import (
        UnprotectVmInstanceRecoveryPointResult,
    )
    from ..models.update_cdp_policy_result import UpdateCdpPolicyResult
    from ..models.update_cdp_task_result import UpdateCdpTaskResult
    from ..models.upgrade_backup_storage_cdp_tasks_result import UpgradeBackupStorageCdpTasksResult

__all__ = ["AsyncCdpBackupStorageApi", "CdpBackupStorageApi"]


CREATE_CDP_POLICY: Api[CreateCdpPolicyResult] = Api(
    "CreateCdpPolicy",
    "POST",
    "/cdp-backup-storage/policy",
    params=(
        ("dailyRpSinceDay", "body", "4.5.0"),
        ("description", "body", "4.5.0"),
        ("expireTimeInDay", "body", "4.5.0"),
        ("fullBackupIntervalInDay", "body", "4.5.0"),
        ("hourlyRpSinceDay", "body", "4.5.0"),
        ("name", "body", "4.5.0"),
        ("recoveryPointPerSecond", "body", "4.5.0"),
        ("resourceUuid", "body", "4.5.0"),
        ("retentionTimePerDay", "body", "4.5.0"),
        ("tagUuids", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    names=(
        "daily_rp_since_day",
        "description",
        "expire_time_in_day",
        "full_backup_interval_in_day",
        "hourly_rp_since_day",
        "name",
        "recovery_point_per_second",
        "resource_uuid",
        "retention_time_per_day",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name", "recoveryPointPerSecond"),
    body_key="params",
    since="4.5.0",
    result=".models.create_cdp_policy_result:CreateCdpPolicyResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("fullBackupIntervalInDay", "full_backup_interval_in_day", "minimum", 1),
        ("fullBackupIntervalInDay", "full_backup_interval_in_day", "maximum", 10),
        ("hourlyRpSinceDay", "hourly_rp_since_day", "minimum", 1),
        ("hourlyRpSinceDay", "hourly_rp_since_day", "maximum", 30),
        ("name", "name", "maxLength", 255),
        ("recoveryPointPerSecond", "recovery_point_per_second", "minimum", 1),
        ("recoveryPointPerSecond", "recovery_point_per_second", "maximum", 3600),
        ("retentionTimePerDay", "retention_time_per_day", "minimum", 1),
        ("retentionTimePerDay", "retention_time_per_day", "maximum", 30),
    ),
)

CREATE_CDP_TASK: Api[CreateCdpTaskResult] = Api(
    "CreateCdpTask",
    "POST",
    "/cdp-backup-storage/task",
    params=(
        ("backupBandwidth", "body", "4.5.0"),
        ("backupStorageUuid", "body", "4.5.0"),
        ("description", "body", "4.5.0"),
        ("maxCapacity", "body", "4.5.0"),
        ("maxLatency", "body", "4.5.0"),
        ("name", "body", "4.5.0"),
        ("policyUuid", "body", "4.5.0"),
        ("resourceUuid", "body", "4.5.0"),
        ("resourceUuids", "body", "4.5.0"),
        ("tagUuids", "body", "4.5.0"),
        ("taskType", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    names=(
        "backup_bandwidth",
        "backup_storage_uuid",
        "description",
        "max_capacity",
        "max_latency",
        "name",
        "policy_uuid",
        "resource_uuid",
        "resource_uuids",
        "tag_uuids",
        "task_type",
        "system_tags",
        "user_tags",
    ),
    required=("backupStorageUuid", "name", "policyUuid", "resourceUuids", "taskType"),
    body_key="params",
    since="4.5.0",
    result=".models.create_cdp_task_result:CreateCdpTaskResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("resourceUuids", "resource_uuids", "minItems", 1),
        ("taskType", "task_type", "minLength", 1),
    ),
)

CREATE_VM_FROM_CDP_BACKUP: Api[CreateVmFromCdpBackupResult] = Api(
    "CreateVmFromCdpBackup",
    "PUT",
    "/cdp-backups/actions",
    params=(
        ("cdpTaskUuid", "body", "4.5.0"),
        ("clusterUuid", "body", "4.5.0"),
        ("dataVolumeSystemTags", "body", "4.5.0"),
        ("defaultL3NetworkUuid", "body", "4.5.0"),
        ("description", "body", "4.5.0"),
        ("groupId", "body", "4.5.0"),
        ("hostUuid", "body", "4.5.0"),
        ("instanceOfferingUuid", "body", "4.5.0"),
        ("l3NetworkUuids", "body", "4.5.0"),
        ("name", "body", "4.5.0"),
        ("primaryStorageUuidForDataVolume", "body", "4.5.0"),
        ("primaryStorageUuidForRootVolume", "body", "4.5.0"),
        ("recoverBandwidth", "body", "4.5.0"),
        ("resourceUuid", "body", "4.5.0"),
        ("rootVolumeSystemTags", "body", "4.5.0"),
        ("tagUuids", "body", "4.5.0"),
        ("type", "body", "4.5.0"),
        ("zoneUuid", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    names=(
        "cdp_task_uuid",
        "cluster_uuid",
        "data_volume_system_tags",
        "default_l3_network_uuid",
        "description",
        "group_id",
        "host_uuid",
        "instance_offering_uuid",
        "l3_network_uuids",
        "name",
        "primary_storage_uuid_for_data_volume",
        "primary_storage_uuid_for_root_volume",
        "recover_bandwidth",
        "resource_uuid",
        "root_volume_system_tags",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("cdpTaskUuid", "groupId", "instanceOfferingUuid", "name"),
    body_key="createVmFromCdpBackup",
    since="4.5.0",
    result=".models.create_vm_from_cdp_backup_result:CreateVmFromCdpBackupResult",
    checks=(
        ("cdpTaskUuid", "cdp_task_uuid", "minLength", 32),
        ("cdpTaskUuid", "cdp_task_uuid", "maxLength", 32),
        ("description", "description", "maxLength", 2048),
        ("groupId", "group_id", "minimum", 1),
        ("groupId", "group_id", "maximum", 9223372036854775807),
        ("name", "name", "maxLength", 255),
        ("type", "type", "enum", ("UserVm", "ApplianceVm")),
    ),
)

DELETE_CDP_POLICY: Api[DeleteCdpPolicyResult] = Api(
    "DeleteCdpPolicy",
    "DELETE",
    "/cdp-backup-storage/policy/{uuid}",
    params=(
        ("uuid", "path", "4.5.0"),
        ("deleteMode", "query", "4.5.0"),
        ("systemTags", "query", "4.5.0"),
        ("userTags", "query", "4.5.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.5.0",
    result=".models.delete_cdp_policy_result:DeleteCdpPolicyResult",
)

DELETE_CDP_TASK: Api[DeleteCdpTaskResult] = Api(
    "DeleteCdpTask",
    "DELETE",
    "/cdp-task/{uuid}",
    params=(
        ("uuid", "path", "4.5.0"),
        ("deleteMode", "query", "4.5.0"),
        ("systemTags", "query", "4.5.0"),
        ("userTags", "query", "4.5.0"),
        ("force", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags", "force"),
    required=("uuid",),
    since="4.5.0",
    result=".models.delete_cdp_task_result:DeleteCdpTaskResult",
)

DELETE_CDP_TASK_DATA: Api[DeleteCdpTaskDataResult] = Api(
    "DeleteCdpTaskData",
    "POST",
    "/cdp-task/{uuid}/data",
    params=(
        ("uuid", "path", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since="4.5.0",
    result=".models.delete_cdp_task_data_result:DeleteCdpTaskDataResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

DISABLE_CDP_TASK: Api[DisableCdpTaskResult] = Api(
    "DisableCdpTask",
    "POST",
    "/cdp-task/disable/{uuid}",
    params=(
        ("uuid", "path", "4.5.0"),
        ("force", "body", None),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    names=("uuid", "force", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since="4.5.0",
    result=".models.disable_cdp_task_result:DisableCdpTaskResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

ENABLE_CDP_TASK: Api[EnableCdpTaskResult] = Api(
    "EnableCdpTask",
    "POST",
    "/cdp-task/enable/{uuid}",
    params=(
        ("uuid", "path", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since="4.5.0",
    result=".models.enable_cdp_task_result:EnableCdpTaskResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

GET_CDP_BACKUP_STORAGE_REQUIREMENT: Api[GetCdpBackupStorageRequirementResult] = Api(
    "GetCdpBackupStorageRequirement",
    "GET",
    "/cdp-backup-storage/{backupStorageUuid}/requirement",
    params=(
        ("backupStorageUuid", "path", "5.1.4"),
        ("limit", "query", "5.1.4"),
        ("start", "query", "5.1.4"),
        ("systemTags", "query", "5.1.4"),
        ("userTags", "query", "5.1.4"),
    ),
    names=("backup_storage_uuid", "limit", "start", "system_tags", "user_tags"),
    required=("backupStorageUuid",),
    since="5.1.4",
    result=".models.get_cdp_backup_storage_requirement_result:GetCdpBackupStorageRequirementResult",
    checks=(("backupStorageUuid", "backup_storage_uuid", "minLength", 1),),
)

GET_VM_INSTANCE_PROTECTED_RECOVERY_POINTS: Api[GetVmInstanceProtectedRecoveryPointsResult] = Api(
    "GetVmInstanceProtectedRecoveryPoints",
    "GET",
    "/vm-instances/{uuid}/protected-recovery-points",
    params=(
        ("uuid", "path", "4.5.0"),
        ("limit", "query", "4.5.0"),
        ("start", "query", "4.5.0"),
        ("systemTags", "query", "4.5.0"),
        ("userTags", "query", "4.5.0"),
    ),
    names=("uuid", "limit", "start", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.5.0",
    result=".models.get_vm_instance_protected_recovery_points_result:GetVmInstanceProtectedRecoveryPointsResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

GET_VM_INSTANCE_RECOVERY_POINTS: Api[GetVmInstanceRecoveryPointsResult] = Api(
    "GetVmInstanceRecoveryPoints",
    "GET",
    "/vm-instances/{uuid}/recovery-points",
    params=(
        ("uuid", "path", "4.5.0"),
        ("startTime", "query", "4.5.0"),
        ("endTime", "query", "4.5.0"),
        ("scale", "query", "4.5.0"),
        ("limit", "query", "4.5.0"),
        ("start", "query", "4.5.0"),
        ("systemTags", "query", "4.5.0"),
        ("userTags", "query", "4.5.0"),
    ),
    names=("uuid", "start_time", "end_time", "scale", "limit", "start", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.5.0",
    result=".models.get_vm_instance_recovery_points_result:GetVmInstanceRecoveryPointsResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("scale", "scale", "enum", ("minute", "hour", "day")),
    ),
)

MERGE_DATA_ON_BACKUP_STORAGE: Api[MergeDataOnBackupStorageResult] = Api(
    "MergeDataOnBackupStorage",
    "PUT",
    "/cdp-task/mergedata/{backupStorageUuid}/actions",
    params=(
        ("backupStorageUuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("backup_storage_uuid", "system_tags", "user_tags"),
    required=("backupStorageUuid",),
    body_key="mergeDataOnBackupStorage",
    since=None,
    result=".models.merge_data_on_backup_storage_result:MergeDataOnBackupStorageResult",
    checks=(("backupStorageUuid", "backup_storage_uuid", "minLength", 1),),
)

MOUNT_VM_INSTANCE_RECOVERY_POINT: Api[MountVmInstanceRecoveryPointResult] = Api(
    "MountVmInstanceRecoveryPoint",
    "POST",
    "/cdp-backup-storage/mount-recovery-point",
    params=(
        ("groupId", "body", "4.5.0"),
        ("https", "body", "4.5.0"),
        ("vmUuid", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    names=("group_id", "https", "vm_uuid", "system_tags", "user_tags"),
    required=("groupId", "vmUuid"),
    body_key="params",
    since="4.5.0",
    result=".models.mount_vm_instance_recovery_point_result:MountVmInstanceRecoveryPointResult",
    checks=(
        ("groupId", "group_id", "minimum", 1),
        ("groupId", "group_id", "maximum", 9223372036854775807),
        ("vmUuid", "vm_uuid", "minLength", 1),
    ),
)

PROTECT_VM_INSTANCE_RECOVERY_POINT: Api[ProtectVmInstanceRecoveryPointResult] = Api(
    "ProtectVmInstanceRecoveryPoint",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/protect-recovery-point",
    params=(
        ("vmInstanceUuid", "path", "4.5.0"),
        ("description", "body", "4.5.0"),
        ("groupId", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    names=("vm_instance_uuid", "description", "group_id", "system_tags", "user_tags"),
    required=("vmInstanceUuid", "groupId"),
    body_key="protectVmInstanceRecoveryPoint",
    since="4.5.0",
    result=".models.protect_vm_instance_recovery_point_result:ProtectVmInstanceRecoveryPointResult",
    checks=(
        ("vmInstanceUuid", "vm_instance_uuid", "minLength", 1),
        ("groupId", "group_id", "minimum", 1),
        ("groupId", "group_id", "maximum", 9223372036854775807),
    ),
)

QUERY_CDP_POLICY: Api[QueryCdpPolicyResult] = Api(
    "QueryCdpPolicy",
    "GET",
    "/cdp-backup-storage/policy",
    params=(
        ("uuid", "path", "4.5.0"),
        ("systemTags", "query", "4.5.0"),
        ("userTags", "query", "4.5.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.5.0",
    result=".models.query_cdp_policy_result:QueryCdpPolicyResult",
    query=True,
    alt_paths=("/cdp-backup-storage/policy/{uuid}",),
)

QUERY_CDP_TASK: Api[QueryCdpTaskResult] = Api(
    "QueryCdpTask",
    "GET",
    "/cdp-task",
    params=(
        ("uuid", "path", "4.5.0"),
        ("systemTags", "query", "4.5.0"),
        ("userTags", "query", "4.5.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.5.0",
    result=".models.query_cdp_task_result:QueryCdpTaskResult",
    query=True,
    alt_paths=("/cdp-task/{uuid}",),
)

REVERT_VM_FROM_CDP_BACKUP: Api[RevertVmFromCdpBackupResult] = Api(
    "RevertVmFromCdpBackup",
    "PUT",
    "/cdp-backups/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "4.5.0"),
        ("backupStorageUuid", "body", "4.5.0"),
        ("groupId", "body", "4.5.0"),
        ("hostUuid", "body", "4.5.0"),
        ("primaryStorageUuidForDataVolume", "body", "4.5.0"),
        ("primaryStorageUuidForRootVolume", "body", "4.5.0"),
        ("recoverBandwidth", "body", "4.5.0"),
        ("useExistingVolume", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    names=(
        "vm_instance_uuid",
        "backup_storage_uuid",
        "group_id",
        "host_uuid",
        "primary_storage_uuid_for_data_volume",
        "primary_storage_uuid_for_root_volume",
        "recover_bandwidth",
        "use_existing_volume",
        "system_tags",
        "user_tags",
    ),
    required=("vmInstanceUuid", "backupStorageUuid", "groupId"),
    body_key="revertVmFromCdpBackup",
    since="4.5.0",
    result=".models.revert_vm_from_cdp_backup_result:RevertVmFromCdpBackupResult",
    checks=(
        ("groupId", "group_id", "minimum", 1),
        ("groupId", "group_id", "maximum", 9223372036854775807),
    ),
)

UNMOUNT_VM_INSTANCE_RECOVERY_POINT: Api[UnmountVmInstanceRecoveryPointResult] = Api(
    "UnmountVmInstanceRecoveryPoint",
    "POST",
    "/cdp-backup-storage/unmount-recovery-point",
    params=(
        ("groupId", "body", "4.5.0"),
        ("vmUuid", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    names=("group_id", "vm_uuid", "system_tags", "user_tags"),
    required=("groupId", "vmUuid"),
    body_key="params",
    since="4.5.0",
    result=".models.unmount_vm_instance_recovery_point_result:UnmountVmInstanceRecoveryPointResult",
    checks=(
        ("groupId", "group_id", "minimum", 1),
        ("groupId", "group_id", "maximum", 9223372036854775807),
        ("vmUuid", "vm_uuid", "minLength", 1),
    ),
)

UNPROTECT_VM_INSTANCE_RECOVERY_POINT: Api[UnprotectVmInstanceRecoveryPointResult] = Api(
    "UnprotectVmInstanceRecoveryPoint",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/unprotect-recovery-point",
    params=(
        ("vmInstanceUuid", "path", "4.5.0"),
        ("groupId", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    names=("vm_instance_uuid", "group_id", "system_tags", "user_tags"),
    required=("vmInstanceUuid", "groupId"),
    body_key="unprotectVmInstanceRecoveryPoint",
    since="4.5.0",
    result=".models.unprotect_vm_instance_recovery_point_result:UnprotectVmInstanceRecoveryPointResult",
    checks=(
        ("vmInstanceUuid", "vm_instance_uuid", "minLength", 1),
        ("groupId", "group_id", "minimum", 1),
        ("groupId", "group_id", "maximum", 9223372036854775807),
    ),
)

UPDATE_CDP_POLICY: Api[UpdateCdpPolicyResult] = Api(
    "UpdateCdpPolicy",
    "PUT",
    "/cdp-backup-storage/policy/{uuid}/actions",
    params=(
        ("uuid", "path", "4.5.0"),
        ("dailyRpSinceDay", "body", "4.5.0"),
        ("description", "body", "4.5.0"),
        ("expireTimeInDay", "body", "4.5.0"),
        ("fullBackupIntervalInDay", "body", "4.5.0"),
        ("hourlyRpSinceDay", "body", "4.5.0"),
        ("name", "body", "4.5.0"),
        ("recoveryPointPerSecond", "body", "4.5.0"),
        ("resourceUuid", "body", "4.5.0"),
        ("retentionTimePerDay", "body", "4.5.0"),
        ("tagUuids", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    names=(
        "uuid",
        "daily_rp_since_day",
        "description",
        "expire_time_in_day",
        "full_backup_interval_in_day",
        "hourly_rp_since_day",
        "name",
        "recovery_point_per_second",
        "resource_uuid",
        "retention_time_per_day",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateCdpPolicy",
    since="4.5.0",
    result=".models.update_cdp_policy_result:UpdateCdpPolicyResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("fullBackupIntervalInDay", "full_backup_interval_in_day", "minimum", 1),
        ("fullBackupIntervalInDay", "full_backup_interval_in_day", "maximum", 10),
        ("hourlyRpSinceDay", "hourly_rp_since_day", "minimum", 1),
        ("hourlyRpSinceDay", "hourly_rp_since_day", "maximum", 30),
        ("name", "name", "maxLength", 255),
        ("recoveryPointPerSecond", "recovery_point_per_second", "minimum", 1),
        ("recoveryPointPerSecond", "recovery_point_per_second", "maximum", 3600),
        ("retentionTimePerDay", "retention_time_per_day", "minimum", 1),
        ("retentionTimePerDay", "retention_time_per_day", "maximum", 30),
    ),
)

UPDATE_CDP_TASK: Api[UpdateCdpTaskResult] = Api(
    "UpdateCdpTask",
    "PUT",
    "/cdp-backup-storage/task/{uuid}/actions",
    params=(
        ("uuid", "path", "4.3.6"),
        ("backupBandwidth", "body", "4.3.6"),
        ("description", "body", "4.3.6"),
        ("maxCapacity", "body", "4.3.6"),
        ("maxLatency", "body", "4.4.24"),
        ("name", "body", "4.3.6"),
        ("resourceUuid", "body", "4.3.6"),
        ("tagUuids", "body", "4.3.6"),
        ("systemTags", "root", "4.3.6"),
        ("userTags", "root", "4.3.6"),
    ),
    names=(
        "uuid",
        "backup_bandwidth",
        "description",
        "max_capacity",
        "max_latency",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateCdpTask",
    since="4.3.6",
    result=".models.update_cdp_task_result:UpdateCdpTaskResult",
    checks=(
        ("uuid", "uuid", "maxLength", 32),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPGRADE_BACKUP_STORAGE_CDP_TASKS: Api[UpgradeBackupStorageCdpTasksResult] = Api(
    "UpgradeBackupStorageCdpTasks",
    "PUT",
    "/cdp-task/upgrade/{backupStorageUuid}/actions",
    params=(
        ("backupStorageUuid", "path", "5.1.4"),
        ("systemTags", "root", "5.1.4"),
        ("userTags", "root", "5.1.4"),
    ),
    names=("backup_storage_uuid", "system_tags", "user_tags"),
    required=("backupStorageUuid",),
    body_key="upgradeBackupStorageCdpTasks",
    since="5.1.4",
    result=".models.upgrade_backup_storage_cdp_tasks_result:UpgradeBackupStorageCdpTasksResult",
    checks=(("backupStorageUuid", "backup_storage_uuid", "minLength", 1),),
)


class CdpBackupStorageApi(SyncNamespace):
    """cdp-backup-storage: 22 APIs (CreateCdpPolicy, CreateCdpTask, CreateVmFromCdpBackup, ...)."""

    __slots__ = ()

    def create_cdp_policy(
        self,
        *,
        name: str,
        recovery_point_per_second: int,
        daily_rp_since_day: int | None = None,
        description: str | None = None,
        expire_time_in_day: int | None = None,
        full_backup_interval_in_day: int | None = None,
        hourly_rp_since_day: int | None = None,
        resource_uuid: str | None = None,
        retention_time_per_day: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateCdpPolicyResult:
        """创建CDP策略 (CreateCdpPolicy).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            daily_rp_since_day: 从哪天开始保留每天一个恢复点 (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0; maxLength 2048)
            expire_time_in_day: 备份数据有效时间 (since 4.5.0)
            full_backup_interval_in_day: 全量备份时间间隔 (since 4.5.0; minimum 1; maximum 10)
            hourly_rp_since_day: 从哪天开始保留每小时一个恢复点 (since 4.5.0; minimum 1; maximum 30)
            name: 资源名称 (since 4.5.0; maxLength 255)
            recovery_point_per_second: 恢复点间隔时间 (since 4.5.0; minimum 1; maximum 3600)
            resource_uuid: 资源UUID (since 4.5.0)
            retention_time_per_day: 恢复点保留时间 (since 4.5.0; minimum 1; maximum 30)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_CDP_POLICY,
            {
                "dailyRpSinceDay": daily_rp_since_day,
                "description": description,
                "expireTimeInDay": expire_time_in_day,
                "fullBackupIntervalInDay": full_backup_interval_in_day,
                "hourlyRpSinceDay": hourly_rp_since_day,
                "name": name,
                "recoveryPointPerSecond": recovery_point_per_second,
                "resourceUuid": resource_uuid,
                "retentionTimePerDay": retention_time_per_day,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_cdp_task(
        self,
        *,
        backup_storage_uuid: str,
        name: str,
        policy_uuid: str,
        resource_uuids: Sequence[str],
        task_type: str,
        backup_bandwidth: int | None = None,
        description: str | None = None,
        max_capacity: int | None = None,
        max_latency: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateCdpTaskResult:
        """创建CDP任务 (CreateCdpTask).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_bandwidth: 单个云盘备份速率 (since 4.5.0)
            backup_storage_uuid: 镜像存储UUID (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0; maxLength 2048)
            max_capacity: CDP任务规划容量 (since 4.5.0)
            max_latency: CDP任务RPO最大偏移量 (since 4.5.0)
            name: 资源名称 (since 4.5.0; maxLength 255)
            policy_uuid: 权限策略UUID (since 4.5.0)
            resource_uuid: 资源UUID (since 4.5.0)
            resource_uuids: 备份资源列表 (since 4.5.0; minItems 1)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            task_type: CDP任务类型 (since 4.5.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_CDP_TASK,
            {
                "backupBandwidth": backup_bandwidth,
                "backupStorageUuid": backup_storage_uuid,
                "description": description,
                "maxCapacity": max_capacity,
                "maxLatency": max_latency,
                "name": name,
                "policyUuid": policy_uuid,
                "resourceUuid": resource_uuid,
                "resourceUuids": resource_uuids,
                "tagUuids": tag_uuids,
                "taskType": task_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vm_from_cdp_backup(
        self,
        *,
        cdp_task_uuid: str,
        group_id: int,
        instance_offering_uuid: str,
        name: str,
        cluster_uuid: str | None = None,
        data_volume_system_tags: Sequence[str] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        primary_storage_uuid_for_data_volume: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        recover_bandwidth: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmFromCdpBackupResult:
        """从CDP恢复点创建虚拟机 (CreateVmFromCdpBackup).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cdp_task_uuid: CDP任务UUID (since 4.5.0; minLength 32; maxLength 32)
            cluster_uuid: 集群UUID (since 4.5.0)
            data_volume_system_tags: 数据盘的系统标签 (since 4.5.0)
            default_l3_network_uuid: 默认的三层网络UUID (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0; maxLength 2048)
            group_id: 恢复点ID (since 4.5.0; minimum 1; maximum 9223372036854775807)
            host_uuid: 物理机UUID (since 4.5.0)
            instance_offering_uuid: 计算规格UUID (since 4.5.0)
            l3_network_uuids: 三层网络UUID列表 (since 4.5.0)
            name: 资源名称 (since 4.5.0; maxLength 255)
            primary_storage_uuid_for_data_volume: 数据盘对应的主存储UUID (since 4.5.0)
            primary_storage_uuid_for_root_volume: 根盘对应的主存储UUID (since 4.5.0)
            recover_bandwidth: 恢复带宽 (since 4.5.0)
            resource_uuid: 资源UUID (since 4.5.0)
            root_volume_system_tags: 系统盘的系统标签 (since 4.5.0)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            type: 虚拟机类型 (since 4.5.0; enum {'UserVm', 'ApplianceVm'})
            zone_uuid: 区域UUID (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_FROM_CDP_BACKUP,
            {
                "cdpTaskUuid": cdp_task_uuid,
                "clusterUuid": cluster_uuid,
                "dataVolumeSystemTags": data_volume_system_tags,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "groupId": group_id,
                "hostUuid": host_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "name": name,
                "primaryStorageUuidForDataVolume": primary_storage_uuid_for_data_volume,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "recoverBandwidth": recover_bandwidth,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_cdp_policy(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCdpPolicyResult:
        """删除CDP策略 (DeleteCdpPolicy).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            delete_mode: 删除模式 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_CDP_POLICY,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_cdp_task(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        force: bool | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCdpTaskResult:
        """删除CDP任务 (DeleteCdpTask).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            delete_mode: 删除模式 (since 4.5.0)
            force: force
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_CDP_TASK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
                "force": force,
            },
            job_uuid,
        )

    def delete_cdp_task_data(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCdpTaskDataResult:
        """删除CDP任务数据 (DeleteCdpTaskData).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_CDP_TASK_DATA,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def disable_cdp_task(
        self,
        *,
        uuid: str,
        force: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DisableCdpTaskResult:
        """停止CDP任务 (DisableCdpTask).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0; minLength 1)
            force: force
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DISABLE_CDP_TASK,
            {
                "uuid": uuid,
                "force": force,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def enable_cdp_task(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EnableCdpTaskResult:
        """开启CDP任务 (EnableCdpTask).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ENABLE_CDP_TASK,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_cdp_backup_storage_requirement(
        self,
        *,
        backup_storage_uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCdpBackupStorageRequirementResult:
        """获取备份服务器CDP运行条件 (GetCdpBackupStorageRequirement).

        Since ZStack 5.1.4. Synchronous (a 202 is still followed).

        Args:
            backup_storage_uuid: 镜像存储UUID (since 5.1.4; minLength 1)
            limit: limit (since 5.1.4)
            start: start (since 5.1.4)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CDP_BACKUP_STORAGE_REQUIREMENT,
            {
                "backupStorageUuid": backup_storage_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_instance_protected_recovery_points(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmInstanceProtectedRecoveryPointsResult:
        """查找CDP保护恢复点 (GetVmInstanceProtectedRecoveryPoints).

        Since ZStack 4.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0; minLength 1)
            limit: 查找返回的最大记录数 (since 4.5.0)
            start: 查找的起始位置 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_INSTANCE_PROTECTED_RECOVERY_POINTS,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_instance_recovery_points(
        self,
        *,
        uuid: str,
        start_time: str | None = None,
        end_time: str | None = None,
        scale: Literal["minute", "hour", "day"] | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmInstanceRecoveryPointsResult:
        """查找CDP恢复点 (GetVmInstanceRecoveryPoints).

        Since ZStack 4.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0; minLength 1)
            start_time: 查找起始时间 (since 4.5.0)
            end_time: 查找结束时间 (since 4.5.0)
            scale: 查找恢复点的时间单位 (since 4.5.0; enum {'minute', 'hour', 'day'})
            limit: 查找返回的最大记录数 (since 4.5.0)
            start: 查找的起始位置 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_INSTANCE_RECOVERY_POINTS,
            {
                "uuid": uuid,
                "startTime": start_time,
                "endTime": end_time,
                "scale": scale,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def merge_data_on_backup_storage(
        self,
        *,
        backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> MergeDataOnBackupStorageResult:
        """Merge data on backup storage (MergeDataOnBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/MergeDataOnBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            backup_storage_uuid: backupStorageUuid (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            MERGE_DATA_ON_BACKUP_STORAGE,
            {
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def mount_vm_instance_recovery_point(
        self,
        *,
        group_id: int,
        vm_uuid: str,
        https: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> MountVmInstanceRecoveryPointResult:
        """挂载CDP恢复点 (MountVmInstanceRecoveryPoint).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_id: 恢复点唯一标识 (since 4.5.0; minimum 1; maximum 9223372036854775807)
            https: 是否启用https (since 4.5.0)
            vm_uuid: 云主机UUID (since 4.5.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            MOUNT_VM_INSTANCE_RECOVERY_POINT,
            {
                "groupId": group_id,
                "https": https,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def protect_vm_instance_recovery_point(
        self,
        *,
        vm_instance_uuid: str,
        group_id: int,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProtectVmInstanceRecoveryPointResult:
        """保护云主机恢复点 (ProtectVmInstanceRecoveryPoint).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 4.5.0; minLength 1)
            description: 资源的详细描述 (since 4.5.0)
            group_id: 恢复点唯一标识 (since 4.5.0; minimum 1; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PROTECT_VM_INSTANCE_RECOVERY_POINT,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "description": description,
                "groupId": group_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_cdp_policy(
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
    ) -> QueryCdpPolicyResult:
        """查询CDP策略 (QueryCdpPolicy).

        Since ZStack 4.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CDP_POLICY,
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

    def query_cdp_policy_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[CdpPolicyInventory]:
        """Every result of ``query_cdp_policy``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CDP_POLICY,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_cdp_task(
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
    ) -> QueryCdpTaskResult:
        """查询CDP任务 (QueryCdpTask).

        Since ZStack 4.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CDP_TASK,
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

    def query_cdp_task_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[CdpTaskInventory]:
        """Every result of ``query_cdp_task``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CDP_TASK,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def revert_vm_from_cdp_backup(
        self,
        *,
        vm_instance_uuid: str,
        backup_storage_uuid: str,
        group_id: int,
        host_uuid: str | None = None,
        primary_storage_uuid_for_data_volume: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        recover_bandwidth: int | None = None,
        use_existing_volume: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevertVmFromCdpBackupResult:
        """恢复云主机 (RevertVmFromCdpBackup).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 4.5.0)
            backup_storage_uuid: 镜像存储UUID (since 4.5.0)
            group_id: 恢复点唯一标识 (since 4.5.0; minimum 1; maximum 9223372036854775807)
            host_uuid: 物理机UUID (since 4.5.0)
            primary_storage_uuid_for_data_volume: 新建数据盘的主存储UUID (since 4.5.0)
            primary_storage_uuid_for_root_volume: 新建根盘的主存储UUID (since 4.5.0)
            recover_bandwidth: 恢复带宽 (since 4.5.0)
            use_existing_volume: 恢复数据是否覆盖原盘 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REVERT_VM_FROM_CDP_BACKUP,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "groupId": group_id,
                "hostUuid": host_uuid,
                "primaryStorageUuidForDataVolume": primary_storage_uuid_for_data_volume,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "recoverBandwidth": recover_bandwidth,
                "useExistingVolume": use_existing_volume,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def unmount_vm_instance_recovery_point(
        self,
        *,
        group_id: int,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnmountVmInstanceRecoveryPointResult:
        """卸载CDP恢复点 (UnmountVmInstanceRecoveryPoint).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_id: 恢复点唯一标识 (since 4.5.0; minimum 1; maximum 9223372036854775807)
            vm_uuid: 云主机uuid (since 4.5.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNMOUNT_VM_INSTANCE_RECOVERY_POINT,
            {
                "groupId": group_id,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def unprotect_vm_instance_recovery_point(
        self,
        *,
        vm_instance_uuid: str,
        group_id: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnprotectVmInstanceRecoveryPointResult:
        """解除保护云主机恢复点 (UnprotectVmInstanceRecoveryPoint).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 4.5.0; minLength 1)
            group_id: 恢复点唯一标识 (since 4.5.0; minimum 1; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNPROTECT_VM_INSTANCE_RECOVERY_POINT,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "groupId": group_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_cdp_policy(
        self,
        *,
        uuid: str,
        daily_rp_since_day: int | None = None,
        description: str | None = None,
        expire_time_in_day: int | None = None,
        full_backup_interval_in_day: int | None = None,
        hourly_rp_since_day: int | None = None,
        name: str | None = None,
        recovery_point_per_second: int | None = None,
        resource_uuid: str | None = None,
        retention_time_per_day: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCdpPolicyResult:
        """更新CDP策略 (UpdateCdpPolicy).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            daily_rp_since_day: 从哪天开始保留每天一个恢复点 (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0; maxLength 2048)
            expire_time_in_day: 备份数据有效时间 (since 4.5.0)
            full_backup_interval_in_day: 全量备份时间间隔 (since 4.5.0; minimum 1; maximum 10)
            hourly_rp_since_day: 从哪天开始保留每小时一个恢复点 (since 4.5.0; minimum 1; maximum 30)
            name: 资源名称 (since 4.5.0; maxLength 255)
            recovery_point_per_second: 恢复点间隔时间 (since 4.5.0; minimum 1; maximum 3600)
            resource_uuid: 资源UUID (since 4.5.0)
            retention_time_per_day: 恢复点保留时间 (since 4.5.0; minimum 1; maximum 30)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CDP_POLICY,
            {
                "uuid": uuid,
                "dailyRpSinceDay": daily_rp_since_day,
                "description": description,
                "expireTimeInDay": expire_time_in_day,
                "fullBackupIntervalInDay": full_backup_interval_in_day,
                "hourlyRpSinceDay": hourly_rp_since_day,
                "name": name,
                "recoveryPointPerSecond": recovery_point_per_second,
                "resourceUuid": resource_uuid,
                "retentionTimePerDay": retention_time_per_day,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_cdp_task(
        self,
        *,
        uuid: str,
        backup_bandwidth: int | None = None,
        description: str | None = None,
        max_capacity: int | None = None,
        max_latency: int | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCdpTaskResult:
        """更新CDP任务 (UpdateCdpTask).

        Since ZStack 4.3.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.3.6; maxLength 32)
            backup_bandwidth: 单个云盘备份速率 (since 4.3.6)
            description: 资源的详细描述 (since 4.3.6; maxLength 2048)
            max_capacity: CDP任务规划容量 (since 4.3.6)
            max_latency: CDP任务RPO最大偏移量 (since 4.4.24)
            name: 资源名称 (since 4.3.6; maxLength 255)
            resource_uuid: 资源UUID (since 4.3.6)
            tag_uuids: 标签UUID列表 (since 4.3.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CDP_TASK,
            {
                "uuid": uuid,
                "backupBandwidth": backup_bandwidth,
                "description": description,
                "maxCapacity": max_capacity,
                "maxLatency": max_latency,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def upgrade_backup_storage_cdp_tasks(
        self,
        *,
        backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpgradeBackupStorageCdpTasksResult:
        """升级备份服务器上的CDP任务 (UpgradeBackupStorageCdpTasks).

        Since ZStack 5.1.4. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_storage_uuid: 镜像存储UUID (since 5.1.4; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPGRADE_BACKUP_STORAGE_CDP_TASKS,
            {
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncCdpBackupStorageApi(AsyncNamespace):
    """cdp-backup-storage: 22 APIs (CreateCdpPolicy, CreateCdpTask, CreateVmFromCdpBackup, ...). (asyncio)"""

    __slots__ = ()

    async def create_cdp_policy(
        self,
        *,
        name: str,
        recovery_point_per_second: int,
        daily_rp_since_day: int | None = None,
        description: str | None = None,
        expire_time_in_day: int | None = None,
        full_backup_interval_in_day: int | None = None,
        hourly_rp_since_day: int | None = None,
        resource_uuid: str | None = None,
        retention_time_per_day: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateCdpPolicyResult:
        """创建CDP策略 (CreateCdpPolicy).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            daily_rp_since_day: 从哪天开始保留每天一个恢复点 (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0; maxLength 2048)
            expire_time_in_day: 备份数据有效时间 (since 4.5.0)
            full_backup_interval_in_day: 全量备份时间间隔 (since 4.5.0; minimum 1; maximum 10)
            hourly_rp_since_day: 从哪天开始保留每小时一个恢复点 (since 4.5.0; minimum 1; maximum 30)
            name: 资源名称 (since 4.5.0; maxLength 255)
            recovery_point_per_second: 恢复点间隔时间 (since 4.5.0; minimum 1; maximum 3600)
            resource_uuid: 资源UUID (since 4.5.0)
            retention_time_per_day: 恢复点保留时间 (since 4.5.0; minimum 1; maximum 30)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_CDP_POLICY,
            {
                "dailyRpSinceDay": daily_rp_since_day,
                "description": description,
                "expireTimeInDay": expire_time_in_day,
                "fullBackupIntervalInDay": full_backup_interval_in_day,
                "hourlyRpSinceDay": hourly_rp_since_day,
                "name": name,
                "recoveryPointPerSecond": recovery_point_per_second,
                "resourceUuid": resource_uuid,
                "retentionTimePerDay": retention_time_per_day,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_cdp_task(
        self,
        *,
        backup_storage_uuid: str,
        name: str,
        policy_uuid: str,
        resource_uuids: Sequence[str],
        task_type: str,
        backup_bandwidth: int | None = None,
        description: str | None = None,
        max_capacity: int | None = None,
        max_latency: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateCdpTaskResult:
        """创建CDP任务 (CreateCdpTask).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_bandwidth: 单个云盘备份速率 (since 4.5.0)
            backup_storage_uuid: 镜像存储UUID (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0; maxLength 2048)
            max_capacity: CDP任务规划容量 (since 4.5.0)
            max_latency: CDP任务RPO最大偏移量 (since 4.5.0)
            name: 资源名称 (since 4.5.0; maxLength 255)
            policy_uuid: 权限策略UUID (since 4.5.0)
            resource_uuid: 资源UUID (since 4.5.0)
            resource_uuids: 备份资源列表 (since 4.5.0; minItems 1)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            task_type: CDP任务类型 (since 4.5.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_CDP_TASK,
            {
                "backupBandwidth": backup_bandwidth,
                "backupStorageUuid": backup_storage_uuid,
                "description": description,
                "maxCapacity": max_capacity,
                "maxLatency": max_latency,
                "name": name,
                "policyUuid": policy_uuid,
                "resourceUuid": resource_uuid,
                "resourceUuids": resource_uuids,
                "tagUuids": tag_uuids,
                "taskType": task_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vm_from_cdp_backup(
        self,
        *,
        cdp_task_uuid: str,
        group_id: int,
        instance_offering_uuid: str,
        name: str,
        cluster_uuid: str | None = None,
        data_volume_system_tags: Sequence[str] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        primary_storage_uuid_for_data_volume: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        recover_bandwidth: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmFromCdpBackupResult:
        """从CDP恢复点创建虚拟机 (CreateVmFromCdpBackup).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cdp_task_uuid: CDP任务UUID (since 4.5.0; minLength 32; maxLength 32)
            cluster_uuid: 集群UUID (since 4.5.0)
            data_volume_system_tags: 数据盘的系统标签 (since 4.5.0)
            default_l3_network_uuid: 默认的三层网络UUID (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0; maxLength 2048)
            group_id: 恢复点ID (since 4.5.0; minimum 1; maximum 9223372036854775807)
            host_uuid: 物理机UUID (since 4.5.0)
            instance_offering_uuid: 计算规格UUID (since 4.5.0)
            l3_network_uuids: 三层网络UUID列表 (since 4.5.0)
            name: 资源名称 (since 4.5.0; maxLength 255)
            primary_storage_uuid_for_data_volume: 数据盘对应的主存储UUID (since 4.5.0)
            primary_storage_uuid_for_root_volume: 根盘对应的主存储UUID (since 4.5.0)
            recover_bandwidth: 恢复带宽 (since 4.5.0)
            resource_uuid: 资源UUID (since 4.5.0)
            root_volume_system_tags: 系统盘的系统标签 (since 4.5.0)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            type: 虚拟机类型 (since 4.5.0; enum {'UserVm', 'ApplianceVm'})
            zone_uuid: 区域UUID (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_FROM_CDP_BACKUP,
            {
                "cdpTaskUuid": cdp_task_uuid,
                "clusterUuid": cluster_uuid,
                "dataVolumeSystemTags": data_volume_system_tags,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "groupId": group_id,
                "hostUuid": host_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "name": name,
                "primaryStorageUuidForDataVolume": primary_storage_uuid_for_data_volume,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "recoverBandwidth": recover_bandwidth,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_cdp_policy(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCdpPolicyResult:
        """删除CDP策略 (DeleteCdpPolicy).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            delete_mode: 删除模式 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_CDP_POLICY,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_cdp_task(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        force: bool | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCdpTaskResult:
        """删除CDP任务 (DeleteCdpTask).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            delete_mode: 删除模式 (since 4.5.0)
            force: force
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_CDP_TASK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
                "force": force,
            },
            job_uuid,
        )

    async def delete_cdp_task_data(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCdpTaskDataResult:
        """删除CDP任务数据 (DeleteCdpTaskData).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_CDP_TASK_DATA,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def disable_cdp_task(
        self,
        *,
        uuid: str,
        force: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DisableCdpTaskResult:
        """停止CDP任务 (DisableCdpTask).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0; minLength 1)
            force: force
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DISABLE_CDP_TASK,
            {
                "uuid": uuid,
                "force": force,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def enable_cdp_task(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EnableCdpTaskResult:
        """开启CDP任务 (EnableCdpTask).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ENABLE_CDP_TASK,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_cdp_backup_storage_requirement(
        self,
        *,
        backup_storage_uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCdpBackupStorageRequirementResult:
        """获取备份服务器CDP运行条件 (GetCdpBackupStorageRequirement).

        Since ZStack 5.1.4. Synchronous (a 202 is still followed).

        Args:
            backup_storage_uuid: 镜像存储UUID (since 5.1.4; minLength 1)
            limit: limit (since 5.1.4)
            start: start (since 5.1.4)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CDP_BACKUP_STORAGE_REQUIREMENT,
            {
                "backupStorageUuid": backup_storage_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_instance_protected_recovery_points(
        self,
        *,
        uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmInstanceProtectedRecoveryPointsResult:
        """查找CDP保护恢复点 (GetVmInstanceProtectedRecoveryPoints).

        Since ZStack 4.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0; minLength 1)
            limit: 查找返回的最大记录数 (since 4.5.0)
            start: 查找的起始位置 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_INSTANCE_PROTECTED_RECOVERY_POINTS,
            {
                "uuid": uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_instance_recovery_points(
        self,
        *,
        uuid: str,
        start_time: str | None = None,
        end_time: str | None = None,
        scale: Literal["minute", "hour", "day"] | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmInstanceRecoveryPointsResult:
        """查找CDP恢复点 (GetVmInstanceRecoveryPoints).

        Since ZStack 4.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0; minLength 1)
            start_time: 查找起始时间 (since 4.5.0)
            end_time: 查找结束时间 (since 4.5.0)
            scale: 查找恢复点的时间单位 (since 4.5.0; enum {'minute', 'hour', 'day'})
            limit: 查找返回的最大记录数 (since 4.5.0)
            start: 查找的起始位置 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_INSTANCE_RECOVERY_POINTS,
            {
                "uuid": uuid,
                "startTime": start_time,
                "endTime": end_time,
                "scale": scale,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def merge_data_on_backup_storage(
        self,
        *,
        backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> MergeDataOnBackupStorageResult:
        """Merge data on backup storage (MergeDataOnBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/MergeDataOnBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            backup_storage_uuid: backupStorageUuid (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            MERGE_DATA_ON_BACKUP_STORAGE,
            {
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def mount_vm_instance_recovery_point(
        self,
        *,
        group_id: int,
        vm_uuid: str,
        https: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> MountVmInstanceRecoveryPointResult:
        """挂载CDP恢复点 (MountVmInstanceRecoveryPoint).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_id: 恢复点唯一标识 (since 4.5.0; minimum 1; maximum 9223372036854775807)
            https: 是否启用https (since 4.5.0)
            vm_uuid: 云主机UUID (since 4.5.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            MOUNT_VM_INSTANCE_RECOVERY_POINT,
            {
                "groupId": group_id,
                "https": https,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def protect_vm_instance_recovery_point(
        self,
        *,
        vm_instance_uuid: str,
        group_id: int,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProtectVmInstanceRecoveryPointResult:
        """保护云主机恢复点 (ProtectVmInstanceRecoveryPoint).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 4.5.0; minLength 1)
            description: 资源的详细描述 (since 4.5.0)
            group_id: 恢复点唯一标识 (since 4.5.0; minimum 1; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PROTECT_VM_INSTANCE_RECOVERY_POINT,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "description": description,
                "groupId": group_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_cdp_policy(
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
    ) -> QueryCdpPolicyResult:
        """查询CDP策略 (QueryCdpPolicy).

        Since ZStack 4.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CDP_POLICY,
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

    def query_cdp_policy_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[CdpPolicyInventory]:
        """Every result of ``query_cdp_policy``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CDP_POLICY,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_cdp_task(
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
    ) -> QueryCdpTaskResult:
        """查询CDP任务 (QueryCdpTask).

        Since ZStack 4.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CDP_TASK,
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

    def query_cdp_task_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[CdpTaskInventory]:
        """Every result of ``query_cdp_task``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CDP_TASK,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def revert_vm_from_cdp_backup(
        self,
        *,
        vm_instance_uuid: str,
        backup_storage_uuid: str,
        group_id: int,
        host_uuid: str | None = None,
        primary_storage_uuid_for_data_volume: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        recover_bandwidth: int | None = None,
        use_existing_volume: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevertVmFromCdpBackupResult:
        """恢复云主机 (RevertVmFromCdpBackup).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 4.5.0)
            backup_storage_uuid: 镜像存储UUID (since 4.5.0)
            group_id: 恢复点唯一标识 (since 4.5.0; minimum 1; maximum 9223372036854775807)
            host_uuid: 物理机UUID (since 4.5.0)
            primary_storage_uuid_for_data_volume: 新建数据盘的主存储UUID (since 4.5.0)
            primary_storage_uuid_for_root_volume: 新建根盘的主存储UUID (since 4.5.0)
            recover_bandwidth: 恢复带宽 (since 4.5.0)
            use_existing_volume: 恢复数据是否覆盖原盘 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REVERT_VM_FROM_CDP_BACKUP,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "groupId": group_id,
                "hostUuid": host_uuid,
                "primaryStorageUuidForDataVolume": primary_storage_uuid_for_data_volume,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "recoverBandwidth": recover_bandwidth,
                "useExistingVolume": use_existing_volume,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def unmount_vm_instance_recovery_point(
        self,
        *,
        group_id: int,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnmountVmInstanceRecoveryPointResult:
        """卸载CDP恢复点 (UnmountVmInstanceRecoveryPoint).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_id: 恢复点唯一标识 (since 4.5.0; minimum 1; maximum 9223372036854775807)
            vm_uuid: 云主机uuid (since 4.5.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNMOUNT_VM_INSTANCE_RECOVERY_POINT,
            {
                "groupId": group_id,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def unprotect_vm_instance_recovery_point(
        self,
        *,
        vm_instance_uuid: str,
        group_id: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnprotectVmInstanceRecoveryPointResult:
        """解除保护云主机恢复点 (UnprotectVmInstanceRecoveryPoint).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 4.5.0; minLength 1)
            group_id: 恢复点唯一标识 (since 4.5.0; minimum 1; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNPROTECT_VM_INSTANCE_RECOVERY_POINT,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "groupId": group_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_cdp_policy(
        self,
        *,
        uuid: str,
        daily_rp_since_day: int | None = None,
        description: str | None = None,
        expire_time_in_day: int | None = None,
        full_backup_interval_in_day: int | None = None,
        hourly_rp_since_day: int | None = None,
        name: str | None = None,
        recovery_point_per_second: int | None = None,
        resource_uuid: str | None = None,
        retention_time_per_day: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCdpPolicyResult:
        """更新CDP策略 (UpdateCdpPolicy).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            daily_rp_since_day: 从哪天开始保留每天一个恢复点 (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0; maxLength 2048)
            expire_time_in_day: 备份数据有效时间 (since 4.5.0)
            full_backup_interval_in_day: 全量备份时间间隔 (since 4.5.0; minimum 1; maximum 10)
            hourly_rp_since_day: 从哪天开始保留每小时一个恢复点 (since 4.5.0; minimum 1; maximum 30)
            name: 资源名称 (since 4.5.0; maxLength 255)
            recovery_point_per_second: 恢复点间隔时间 (since 4.5.0; minimum 1; maximum 3600)
            resource_uuid: 资源UUID (since 4.5.0)
            retention_time_per_day: 恢复点保留时间 (since 4.5.0; minimum 1; maximum 30)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CDP_POLICY,
            {
                "uuid": uuid,
                "dailyRpSinceDay": daily_rp_since_day,
                "description": description,
                "expireTimeInDay": expire_time_in_day,
                "fullBackupIntervalInDay": full_backup_interval_in_day,
                "hourlyRpSinceDay": hourly_rp_since_day,
                "name": name,
                "recoveryPointPerSecond": recovery_point_per_second,
                "resourceUuid": resource_uuid,
                "retentionTimePerDay": retention_time_per_day,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_cdp_task(
        self,
        *,
        uuid: str,
        backup_bandwidth: int | None = None,
        description: str | None = None,
        max_capacity: int | None = None,
        max_latency: int | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCdpTaskResult:
        """更新CDP任务 (UpdateCdpTask).

        Since ZStack 4.3.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.3.6; maxLength 32)
            backup_bandwidth: 单个云盘备份速率 (since 4.3.6)
            description: 资源的详细描述 (since 4.3.6; maxLength 2048)
            max_capacity: CDP任务规划容量 (since 4.3.6)
            max_latency: CDP任务RPO最大偏移量 (since 4.4.24)
            name: 资源名称 (since 4.3.6; maxLength 255)
            resource_uuid: 资源UUID (since 4.3.6)
            tag_uuids: 标签UUID列表 (since 4.3.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CDP_TASK,
            {
                "uuid": uuid,
                "backupBandwidth": backup_bandwidth,
                "description": description,
                "maxCapacity": max_capacity,
                "maxLatency": max_latency,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def upgrade_backup_storage_cdp_tasks(
        self,
        *,
        backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpgradeBackupStorageCdpTasksResult:
        """升级备份服务器上的CDP任务 (UpgradeBackupStorageCdpTasks).

        Since ZStack 5.1.4. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_storage_uuid: 镜像存储UUID (since 5.1.4; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPGRADE_BACKUP_STORAGE_CDP_TASKS,
            {
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
