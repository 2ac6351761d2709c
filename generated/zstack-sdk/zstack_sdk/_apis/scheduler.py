"""``client.scheduler``: 38 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_scheduler_job_group_to_scheduler_trigger_result import (
        AddSchedulerJobGroupToSchedulerTriggerResult,
    )
    from ..models.add_scheduler_jobs_to_scheduler_job_group_result import (
        AddSchedulerJobsToSchedulerJobGroupResult,
    )
    from ..models.create_data_volume_template_from_volume_backup_result import (
        CreateDataVolumeTemplateFromVolumeBackupResult,
    )
    from ..models.create_database_backup_result import CreateDatabaseBackupResult
    from ..models.create_root_volume_template_from_volume_backup_result import (
        CreateRootVolumeTemplateFromVolumeBackupResult,
    )
    from ..models.create_scheduler_job_group_result import CreateSchedulerJobGroupResult
    from ..models.create_vm_backup_result import CreateVmBackupResult
    from ..models.create_vm_from_vm_backup_result import CreateVmFromVmBackupResult
    from ..models.create_vm_from_volume_backup_result import CreateVmFromVolumeBackupResult
    from ..models.create_volume_backup_result import CreateVolumeBackupResult
    from ..models.database_backup_inventory import DatabaseBackupInventory
    from ..models.delete_database_backup_result import DeleteDatabaseBackupResult
    from ..models.delete_exported_database_backup_from_backup_storage_result import (
        DeleteExportedDatabaseBackupFromBackupStorageResult,
    )
    from ..models.delete_scheduler_job_group_result import DeleteSchedulerJobGroupResult
    from ..models.delete_vm_backup_result import DeleteVmBackupResult
    from ..models.delete_volume_backup_result import DeleteVolumeBackupResult
    from ..models.export_database_backup_from_backup_storage_result import (
        ExportDatabaseBackupFromBackupStorageResult,
    )
    from ..models.get_available_triggers_result import GetAvailableTriggersResult
    from ..models.get_database_backup_from_image_store_result import (
        GetDatabaseBackupFromImageStoreResult,
    )
    from ..models.get_scheduler_execution_report_result import GetSchedulerExecutionReportResult
    from ..models.query_database_backup_result import QueryDatabaseBackupResult
    from ..models.query_scheduler_job_group_result import QuerySchedulerJobGroupResult
    from ..models.query_scheduler_job_history_result import QuerySchedulerJobHistoryResult
    from ..models.query_volume_backup_result import QueryVolumeBackupResult
    from ..models.recover_backup_from_image_store_backup_storage_result import (
        RecoverBackupFromImageStoreBackupStorageResult,
    )
    from ..models.recover_database_from_backup_result import RecoverDatabaseFromBackupResult
    from ..models.recover_vm_backup_from_image_store_backup_storage_result import (
        RecoverVmBackupFromImageStoreBackupStorageResult,
    )
    from ..models.remove_scheduler_job_group_from_scheduler_trigger_result import (
        RemoveSchedulerJobGroupFromSchedulerTriggerResult,
    )
    from ..models.remove_scheduler_jobs_from_scheduler_job_group_result import (
        RemoveSchedulerJobsFromSchedulerJobGroupResult,
    )
    from ..models.revert_vm_from_vm_backup_result import RevertVmFromVmBackupResult
    from ..models.revert_volume_from_volume_backup_result import RevertVolumeFromVolumeBackupResult
    from ..models.run_scheduler_trigger_result import RunSchedulerTriggerResult
    from ..models.scheduler_job_group_inventory import SchedulerJobGroupInventory
    from ..models.scheduler_job_history_inventory import SchedulerJobHistoryInventory
    from ..models.sync_backup_from_image_store_backup_storage_result import (
        SyncBackupFromImageStoreBackupStorageResult,
    )
    from ..models.sync_database_backup_from_image_store_backup_storage_result import (
        SyncDatabaseBackupFromImageStoreBackupStorageResult,
    )
    from ..models.sync_database_backup_result import SyncDatabaseBackupResult
    from ..models.sync_vm_backup_from_image_store_backup_storage_result import (
        SyncVmBackupFromImageStoreBackupStorageResult,
    )
    from ..models.sync_vm_backup_result import SyncVmBackupResult
    from ..models.sync_volume_backup_result import SyncVolumeBackupResult
    from ..models.update_scheduler_job_group_result import UpdateSchedulerJobGroupResult
    from ..models.volume_backup_inventory import VolumeBackupInventory

__all__ = ["AsyncSchedulerApi", "SchedulerApi"]


ADD_SCHEDULER_JOB_GROUP_TO_SCHEDULER_TRIGGER: Api[AddSchedulerJobGroupToSchedulerTriggerResult] = (
    Api(
        "AddSchedulerJobGroupToSchedulerTrigger",
        "POST",
        "/scheduler/jobgroups/{schedulerJobGroupUuid}/scheduler/triggers/{schedulerTriggerUuid}",
        params=(
            ("schedulerJobGroupUuid", "path", "3.4.0"),
            ("schedulerTriggerUuid", "path", "3.4.0"),
            ("triggerNow", "body", "3.4.0"),
            ("systemTags", "root", "3.4.0"),
            ("userTags", "root", "3.4.0"),
        ),
        names=(
            "scheduler_job_group_uuid",
            "scheduler_trigger_uuid",
            "trigger_now",
            "system_tags",
            "user_tags",
        ),
        required=("schedulerJobGroupUuid", "schedulerTriggerUuid"),
        body_key="params",
        since="3.4.0",
        result=".models.add_scheduler_job_group_to_scheduler_trigger_result:AddSchedulerJobGroupToSchedulerTriggerResult",
    )
)

ADD_SCHEDULER_JOBS_TO_SCHEDULER_JOB_GROUP: Api[AddSchedulerJobsToSchedulerJobGroupResult] = Api(
    "AddSchedulerJobsToSchedulerJobGroup",
    "POST",
    "/scheduler/jobgroups/{schedulerJobGroupUuid}/job",
    params=(
        ("schedulerJobGroupUuid", "path", "3.4.0"),
        ("schedulerJobUuids", "body", "3.4.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    names=("scheduler_job_group_uuid", "scheduler_job_uuids", "system_tags", "user_tags"),
    required=("schedulerJobGroupUuid", "schedulerJobUuids"),
    body_key="params",
    since="3.4.0",
    result=".models.add_scheduler_jobs_to_scheduler_job_group_result:AddSchedulerJobsToSchedulerJobGroupResult",
    checks=(("schedulerJobUuids", "scheduler_job_uuids", "minItems", 1),),
)

CREATE_DATA_VOLUME_TEMPLATE_FROM_VOLUME_BACKUP: Api[
    CreateDataVolumeTemplateFromVolumeBackupResult
] = Api(
    "CreateDataVolumeTemplateFromVolumeBackup",
    "POST",
    "/images/data-volume-templates/from/volume-template/{backupUuid}",
    params=(
        ("backupUuid", "path", "2.6.0"),
        ("architecture", "body", "4.0.0"),
        ("backupStorageUuid", "body", "2.6.0"),
        ("description", "body", "2.6.0"),
        ("guestOsType", "body", "2.6.0"),
        ("name", "body", "2.6.0"),
        ("platform", "body", "2.6.0"),
        ("resourceUuid", "body", "2.6.0"),
        ("system", "body", "2.6.0"),
        ("tagUuids", "body", "4.0.0"),
        ("virtio", "body", None),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=(
        "backup_uuid",
        "architecture",
        "backup_storage_uuid",
        "description",
        "guest_os_type",
        "name",
        "platform",
        "resource_uuid",
        "system",
        "tag_uuids",
        "virtio",
        "system_tags",
        "user_tags",
    ),
    required=("backupUuid", "backupStorageUuid", "name"),
    body_key="params",
    since="2.6.0",
    result=".models.create_data_volume_template_from_volume_backup_result:CreateDataVolumeTemplateFromVolumeBackupResult",
    checks=(
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

CREATE_DATABASE_BACKUP: Api[CreateDatabaseBackupResult] = Api(
    "CreateDatabaseBackup",
    "POST",
    "/database-backups",
    params=(
        ("backupStorageUuid", "body", "3.0.0"),
        ("description", "body", "3.0.0"),
        ("name", "body", "3.0.0"),
        ("resourceUuid", "body", "3.0.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=(
        "backup_storage_uuid",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("backupStorageUuid", "name"),
    body_key="params",
    since="3.0.0",
    result=".models.create_database_backup_result:CreateDatabaseBackupResult",
    checks=(
        ("description", "description", "minLength", 1),
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_ROOT_VOLUME_TEMPLATE_FROM_VOLUME_BACKUP: Api[
    CreateRootVolumeTemplateFromVolumeBackupResult
] = Api(
    "CreateRootVolumeTemplateFromVolumeBackup",
    "POST",
    "/images/root-volume-templates/from/volume-template/{backupUuid}",
    params=(
        ("backupUuid", "path", "2.6.0"),
        ("architecture", "body", "4.0.0"),
        ("backupStorageUuid", "body", "2.6.0"),
        ("description", "body", "2.6.0"),
        ("guestOsType", "body", "2.6.0"),
        ("name", "body", "2.6.0"),
        ("platform", "body", "2.6.0"),
        ("resourceUuid", "body", "2.6.0"),
        ("system", "body", "2.6.0"),
        ("tagUuids", "body", "4.0.0"),
        ("virtio", "body", None),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=(
        "backup_uuid",
        "architecture",
        "backup_storage_uuid",
        "description",
        "guest_os_type",
        "name",
        "platform",
        "resource_uuid",
        "system",
        "tag_uuids",
        "virtio",
        "system_tags",
        "user_tags",
    ),
    required=("backupUuid", "backupStorageUuid", "name"),
    body_key="params",
    since="2.6.0",
    result=".models.create_root_volume_template_from_volume_backup_result:CreateRootVolumeTemplateFromVolumeBackupResult",
    checks=(
        ("architecture", "architecture", "enum", ("x86_64", "aarch64", "mips64el", "loongarch64")),
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

CREATE_SCHEDULER_JOB_GROUP: Api[CreateSchedulerJobGroupResult] = Api(
    "CreateSchedulerJobGroup",
    "POST",
    "/scheduler/jobgroups",
    params=(
        ("description", "body", "3.4.0"),
        ("name", "body", "3.4.0"),
        ("parameters", "body", "3.4.0"),
        ("resourceUuid", "body", "3.4.0"),
        ("tagUuids", "body", "3.4.0"),
        ("type", "body", "4.3.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    names=(
        "description",
        "name",
        "parameters",
        "resource_uuid",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("name", "type"),
    body_key="params",
    since="3.4.0",
    result=".models.create_scheduler_job_group_result:CreateSchedulerJobGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        (
            "type",
            "type",
            "enum",
            (
                "startVm",
                "stopVm",
                "rebootVm",
                "volumeSnapshot",
                "volumeSnapshotGroup",
                "volumeBackup",
                "rootVolumeBackup",
                "vmBackup",
                "databaseBackup",
                "runAutoScalingGroup",
                "cancelIAM2ProjectLoginExpired",
                "takeIAM2ProjectLoginExpired",
            ),
        ),
    ),
)

CREATE_VM_BACKUP: Api[CreateVmBackupResult] = Api(
    "CreateVmBackup",
    "POST",
    "/volumes/{rootVolumeUuid}/vm-backups",
    params=(
        ("rootVolumeUuid", "path", "3.0.0"),
        ("backupStorageUuid", "body", "3.0.0"),
        ("description", "body", "3.0.0"),
        ("mode", "body", None),
        ("name", "body", "3.0.0"),
        ("networkReadBandwidth", "body", "3.1.0"),
        ("networkWriteBandwidth", "body", "3.1.0"),
        ("resourceUuid", "body", "3.0.0"),
        ("tagUuids", "body", None),
        ("volumeReadBandwidth", "body", "3.1.0"),
        ("volumeWriteBandwidth", "body", "3.1.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=(
        "root_volume_uuid",
        "backup_storage_uuid",
        "description",
        "mode",
        "name",
        "network_read_bandwidth",
        "network_write_bandwidth",
        "resource_uuid",
        "tag_uuids",
        "volume_read_bandwidth",
        "volume_write_bandwidth",
        "system_tags",
        "user_tags",
    ),
    required=("rootVolumeUuid", "backupStorageUuid", "name"),
    body_key="params",
    since="3.0.0",
    result=".models.create_vm_backup_result:CreateVmBackupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("mode", "mode", "enum", ("full",)),
        ("name", "name", "maxLength", 255),
        ("networkReadBandwidth", "network_read_bandwidth", "minimum", 1024),
        ("networkReadBandwidth", "network_read_bandwidth", "maximum", 9223372036854775807),
        ("networkWriteBandwidth", "network_write_bandwidth", "minimum", 1024),
        ("networkWriteBandwidth", "network_write_bandwidth", "maximum", 9223372036854775807),
        ("volumeReadBandwidth", "volume_read_bandwidth", "minimum", 1024),
        ("volumeReadBandwidth", "volume_read_bandwidth", "maximum", 9223372036854775807),
        ("volumeWriteBandwidth", "volume_write_bandwidth", "minimum", 1024),
        ("volumeWriteBandwidth", "volume_write_bandwidth", "maximum", 9223372036854775807),
    ),
)

CREATE_VM_FROM_VM_BACKUP: Api[CreateVmFromVmBackupResult] = Api(
    "CreateVmFromVmBackup",
    "POST",
    "/vm-instances/from/vm-backups/{groupUuid}",
    params=(
        ("groupUuid", "path", "3.0.0"),
        ("backupStorageUuid", "body", "0.6"),
        ("clusterUuid", "body", "3.0.0"),
        ("cpuNum", "body", None),
        ("dataVolumeSystemTags", "body", "3.0.0"),
        ("defaultL3NetworkUuid", "body", "3.0.0"),
        ("description", "body", "3.0.0"),
        ("hostUuid", "body", "3.0.0"),
        ("instanceOfferingUuid", "body", "3.0.0"),
        ("l3NetworkUuids", "body", "3.0.0"),
        ("memorySize", "body", None),
        ("name", "body", "3.0.0"),
        ("primaryStorageUuidForDataVolume", "body", "3.0.0"),
        ("primaryStorageUuidForRootVolume", "body", "3.0.0"),
        ("reservedMemorySize", "body", None),
        ("resourceUuid", "body", "3.0.0"),
        ("rootVolumeSystemTags", "body", "3.0.0"),
        ("strategy", "body", "5.1.0"),
        ("tagUuids", "body", "3.4.0"),
        ("type", "body", "3.0.0"),
        ("vmNicParams", "body", "4.7.0"),
        ("zoneUuid", "body", "3.0.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "group_uuid",
        "backup_storage_uuid",
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
        "primary_storage_uuid_for_data_volume",
        "primary_storage_uuid_for_root_volume",
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
    required=("groupUuid", "name"),
    body_key="params",
    since="0.6",
    result=".models.create_vm_from_vm_backup_result:CreateVmFromVmBackupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("reservedMemorySize", "reserved_memory_size", "minimum", 0),
        ("reservedMemorySize", "reserved_memory_size", "maximum", 9223372036854775807),
        ("strategy", "strategy", "enum", ("InstantStart", "JustCreate", "CreateStopped")),
        ("type", "type", "enum", ("UserVm", "ApplianceVm")),
    ),
)

CREATE_VM_FROM_VOLUME_BACKUP: Api[CreateVmFromVolumeBackupResult] = Api(
    "CreateVmFromVolumeBackup",
    "POST",
    "/vm-instances/from/vm-backup/{backupUuid}",
    params=(
        ("backupUuid", "path", "5.1.0"),
        ("backupStorageUuid", "body", "5.1.0"),
        ("clusterUuid", "body", "5.1.0"),
        ("defaultL3NetworkUuid", "body", "5.1.0"),
        ("description", "body", "5.1.0"),
        ("hostUuid", "body", "5.1.0"),
        ("instanceOfferingUuid", "body", "5.1.0"),
        ("l3NetworkUuids", "body", "5.1.0"),
        ("name", "body", "5.1.0"),
        ("primaryStorageUuidForRootVolume", "body", "5.1.0"),
        ("resourceUuid", "body", "5.1.0"),
        ("rootVolumeSystemTags", "body", "5.1.0"),
        ("strategy", "body", "5.1.0"),
        ("tagUuids", "body", "5.1.0"),
        ("type", "body", "5.1.0"),
        ("zoneUuid", "body", "5.1.0"),
        ("systemTags", "root", "5.1.0"),
        ("userTags", "root", "5.1.0"),
    ),
    names=(
        "backup_uuid",
        "backup_storage_uuid",
        "cluster_uuid",
        "default_l3_network_uuid",
        "description",
        "host_uuid",
        "instance_offering_uuid",
        "l3_network_uuids",
        "name",
        "primary_storage_uuid_for_root_volume",
        "resource_uuid",
        "root_volume_system_tags",
        "strategy",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("backupUuid", "instanceOfferingUuid", "l3NetworkUuids", "name"),
    body_key="params",
    since="5.1.0",
    result=".models.create_vm_from_volume_backup_result:CreateVmFromVolumeBackupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("l3NetworkUuids", "l3_network_uuids", "minItems", 1),
        ("name", "name", "maxLength", 255),
        ("strategy", "strategy", "enum", ("InstantStart", "JustCreate", "CreateStopped")),
        ("type", "type", "enum", ("UserVm", "ApplianceVm")),
    ),
)

CREATE_VOLUME_BACKUP: Api[CreateVolumeBackupResult] = Api(
    "CreateVolumeBackup",
    "POST",
    "/volumes/{volumeUuid}/volume-backups",
    params=(
        ("volumeUuid", "path", "2.6.0"),
        ("backupStorageUuid", "body", "2.6.0"),
        ("description", "body", "2.6.0"),
        ("mode", "body", None),
        ("name", "body", "2.6.0"),
        ("networkReadBandwidth", "body", "3.1.0"),
        ("networkWriteBandwidth", "body", "3.1.0"),
        ("resourceUuid", "body", "2.6.0"),
        ("tagUuids", "body", None),
        ("volumeReadBandwidth", "body", "3.1.0"),
        ("volumeWriteBandwidth", "body", "3.1.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=(
        "volume_uuid",
        "backup_storage_uuid",
        "description",
        "mode",
        "name",
        "network_read_bandwidth",
        "network_write_bandwidth",
        "resource_uuid",
        "tag_uuids",
        "volume_read_bandwidth",
        "volume_write_bandwidth",
        "system_tags",
        "user_tags",
    ),
    required=("volumeUuid", "backupStorageUuid", "name"),
    body_key="params",
    since="2.6.0",
    result=".models.create_volume_backup_result:CreateVolumeBackupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("mode", "mode", "enum", ("full",)),
        ("name", "name", "maxLength", 255),
        ("networkReadBandwidth", "network_read_bandwidth", "minimum", 1024),
        ("networkReadBandwidth", "network_read_bandwidth", "maximum", 9223372036854775807),
        ("networkWriteBandwidth", "network_write_bandwidth", "minimum", 1024),
        ("networkWriteBandwidth", "network_write_bandwidth", "maximum", 9223372036854775807),
        ("volumeReadBandwidth", "volume_read_bandwidth", "minimum", 1024),
        ("volumeReadBandwidth", "volume_read_bandwidth", "maximum", 9223372036854775807),
        ("volumeWriteBandwidth", "volume_write_bandwidth", "minimum", 1024),
        ("volumeWriteBandwidth", "volume_write_bandwidth", "maximum", 9223372036854775807),
    ),
)

DELETE_DATABASE_BACKUP: Api[DeleteDatabaseBackupResult] = Api(
    "DeleteDatabaseBackup",
    "DELETE",
    "/database-backups/{uuid}",
    params=(
        ("uuid", "path", "3.0.0"),
        ("backupStorageUuids", "query", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    names=("uuid", "backup_storage_uuids", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.0.0",
    result=".models.delete_database_backup_result:DeleteDatabaseBackupResult",
)

DELETE_EXPORTED_DATABASE_BACKUP_FROM_BACKUP_STORAGE: Api[
    DeleteExportedDatabaseBackupFromBackupStorageResult
] = Api(
    "DeleteExportedDatabaseBackupFromBackupStorage",
    "DELETE",
    "/exported-database-backup/{databaseBackupUuid}/backup-storage/{backupStorageUuid}",
    params=(
        ("databaseBackupUuid", "path", "3.0.0"),
        ("backupStorageUuid", "path", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    names=("database_backup_uuid", "backup_storage_uuid", "system_tags", "user_tags"),
    required=("databaseBackupUuid", "backupStorageUuid"),
    since="3.0.0",
    result=".models.delete_exported_database_backup_from_backup_storage_result:DeleteExportedDatabaseBackupFromBackupStorageResult",
)

DELETE_SCHEDULER_JOB_GROUP: Api[DeleteSchedulerJobGroupResult] = Api(
    "DeleteSchedulerJobGroup",
    "DELETE",
    "/scheduler/jobgroups/{uuid}",
    params=(
        ("uuid", "path", "3.4.0"),
        ("deleteMode", "query", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.4.0",
    result=".models.delete_scheduler_job_group_result:DeleteSchedulerJobGroupResult",
)

DELETE_VM_BACKUP: Api[DeleteVmBackupResult] = Api(
    "DeleteVmBackup",
    "DELETE",
    "/vm-backups/{groupUuid}",
    params=(
        ("groupUuid", "path", "3.0.0"),
        ("backupStorageUuids", "query", "3.0.0"),
        ("deleteMode", "query", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
        ("handleDependency", "query", None),
    ),
    names=(
        "group_uuid",
        "backup_storage_uuids",
        "delete_mode",
        "system_tags",
        "user_tags",
        "handle_dependency",
    ),
    required=("groupUuid",),
    since="3.0.0",
    result=".models.delete_vm_backup_result:DeleteVmBackupResult",
    checks=(("backupStorageUuids", "backup_storage_uuids", "minItems", 1),),
)

DELETE_VOLUME_BACKUP: Api[DeleteVolumeBackupResult] = Api(
    "DeleteVolumeBackup",
    "DELETE",
    "/volume-backups/{uuid}",
    params=(
        ("uuid", "path", "2.6.0"),
        ("backupStorageUuids", "query", "2.6.0"),
        ("deleteMode", "query", "2.6.0"),
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
        ("handleDependency", "query", "4.7.11"),
    ),
    names=(
        "uuid",
        "backup_storage_uuids",
        "delete_mode",
        "system_tags",
        "user_tags",
        "handle_dependency",
    ),
    required=("uuid",),
    since="2.6.0",
    result=".models.delete_volume_backup_result:DeleteVolumeBackupResult",
    checks=(("backupStorageUuids", "backup_storage_uuids", "minItems", 1),),
)

EXPORT_DATABASE_BACKUP_FROM_BACKUP_STORAGE: Api[ExportDatabaseBackupFromBackupStorageResult] = Api(
    "ExportDatabaseBackupFromBackupStorage",
    "PUT",
    "/database-backups/{databaseBackupUuid}/backup-storage/{backupStorageUuid}/actions",
    params=(
        ("databaseBackupUuid", "path", "3.0.0"),
        ("backupStorageUuid", "path", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=("database_backup_uuid", "backup_storage_uuid", "system_tags", "user_tags"),
    required=("databaseBackupUuid", "backupStorageUuid"),
    body_key="exportDatabaseBackupFromBackupStorage",
    since="3.0.0",
    result=".models.export_database_backup_from_backup_storage_result:ExportDatabaseBackupFromBackupStorageResult",
)

GET_AVAILABLE_TRIGGERS: Api[GetAvailableTriggersResult] = Api(
    "GetAvailableTriggers",
    "GET",
    "/scheduler/triggers/available",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.get_available_triggers_result:GetAvailableTriggersResult",
)

GET_DATABASE_BACKUP_FROM_IMAGE_STORE: Api[GetDatabaseBackupFromImageStoreResult] = Api(
    "GetDatabaseBackupFromImageStore",
    "GET",
    "/database-backups/image-store",
    params=(
        ("url", "query", "3.0.0"),
        ("registryPort", "query", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    names=("url", "registry_port", "system_tags", "user_tags"),
    required=("url",),
    since="3.0.0",
    result=".models.get_database_backup_from_image_store_result:GetDatabaseBackupFromImageStoreResult",
    checks=(
        ("url", "url", "minLength", 1),
        ("registryPort", "registry_port", "minimum", 1),
        ("registryPort", "registry_port", "maximum", 65535),
    ),
)

GET_SCHEDULER_EXECUTION_REPORT: Api[GetSchedulerExecutionReportResult] = Api(
    "GetSchedulerExecutionReport",
    "GET",
    "/scheduler/report",
    params=(
        ("startTime", "query", "3.9.0"),
        ("intervalTimeUnit", "query", "3.9.0"),
        ("range", "query", "3.9.0"),
        ("schedulerJobTypes", "query", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=(
        "start_time",
        "interval_time_unit",
        "range",
        "scheduler_job_types",
        "system_tags",
        "user_tags",
    ),
    required=("startTime", "intervalTimeUnit", "range", "schedulerJobTypes"),
    since="3.9.0",
    result=".models.get_scheduler_execution_report_result:GetSchedulerExecutionReportResult",
    checks=(
        ("intervalTimeUnit", "interval_time_unit", "enum", ("Hour", "Day", "Month")),
        ("range", "range", "minimum", 0),
        ("range", "range", "maximum", 31),
        ("schedulerJobTypes", "scheduler_job_types", "minItems", 1),
    ),
)

QUERY_DATABASE_BACKUP: Api[QueryDatabaseBackupResult] = Api(
    "QueryDatabaseBackup",
    "GET",
    "/database-backups",
    params=(
        ("uuid", "path", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.0.0",
    result=".models.query_database_backup_result:QueryDatabaseBackupResult",
    query=True,
    alt_paths=("/database-backups/{uuid}",),
)

QUERY_SCHEDULER_JOB_GROUP: Api[QuerySchedulerJobGroupResult] = Api(
    "QuerySchedulerJobGroup",
    "GET",
    "/scheduler/jobgroups",
    params=(
        ("uuid", "path", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.4.0",
    result=".models.query_scheduler_job_group_result:QuerySchedulerJobGroupResult",
    query=True,
    alt_paths=("/scheduler/jobgroups/{uuid}",),
)

QUERY_SCHEDULER_JOB_HISTORY: Api[QuerySchedulerJobHistoryResult] = Api(
    "QuerySchedulerJobHistory",
    "GET",
    "/scheduler/job/history",
    params=(
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    names=("system_tags", "user_tags"),
    since="3.5.0",
    result=".models.query_scheduler_job_history_result:QuerySchedulerJobHistoryResult",
    query=True,
)

QUERY_VOLUME_BACKUP: Api[QueryVolumeBackupResult] = Api(
    "QueryVolumeBackup",
    "GET",
    "/volume-backups",
    params=(
        ("uuid", "path", "2.6.0"),
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.6.0",
    result=".models.query_volume_backup_result:QueryVolumeBackupResult",
    query=True,
    alt_paths=("/volume-backups/{uuid}",),
)

RECOVER_BACKUP_FROM_IMAGE_STORE_BACKUP_STORAGE: Api[
    RecoverBackupFromImageStoreBackupStorageResult
] = Api(
    "RecoverBackupFromImageStoreBackupStorage",
    "PUT",
    "/volume-backups/{uuid}/actions",
    params=(
        ("uuid", "path", "2.6.0"),
        ("dstBackupStorageUuid", "body", "2.6.0"),
        ("srcBackupStorageUuid", "body", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=(
        "uuid",
        "dst_backup_storage_uuid",
        "src_backup_storage_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("uuid", "dstBackupStorageUuid", "srcBackupStorageUuid"),
    body_key="recoverBackupFromImageStoreBackupStorage",
    since="2.6.0",
    result=".models.recover_backup_from_image_store_backup_storage_result:RecoverBackupFromImageStoreBackupStorageResult",
)

RECOVER_DATABASE_FROM_BACKUP: Api[RecoverDatabaseFromBackupResult] = Api(
    "RecoverDatabaseFromBackup",
    "PUT",
    "/database-backups/actions",
    params=(
        ("backupInstallPath", "body", "3.0.0"),
        ("backupStorageUrl", "body", "3.0.0"),
        ("mysqlRootPassword", "body", "3.0.0"),
        ("uuid", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=(
        "backup_install_path",
        "backup_storage_url",
        "mysql_root_password",
        "uuid",
        "system_tags",
        "user_tags",
    ),
    required=("mysqlRootPassword",),
    body_key="recoverDatabaseFromBackup",
    since="3.0.0",
    result=".models.recover_database_from_backup_result:RecoverDatabaseFromBackupResult",
)

RECOVER_VM_BACKUP_FROM_IMAGE_STORE_BACKUP_STORAGE: Api[
    RecoverVmBackupFromImageStoreBackupStorageResult
] = Api(
    "RecoverVmBackupFromImageStoreBackupStorage",
    "PUT",
    "/vm-backups/{groupUuid}/actions",
    params=(
        ("groupUuid", "path", "3.0.0"),
        ("dstBackupStorageUuid", "body", "3.0.0"),
        ("srcBackupStorageUuid", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=(
        "group_uuid",
        "dst_backup_storage_uuid",
        "src_backup_storage_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("groupUuid", "dstBackupStorageUuid", "srcBackupStorageUuid"),
    body_key="recoverVmBackupFromImageStoreBackupStorage",
    since="3.0.0",
    result=".models.recover_vm_backup_from_image_store_backup_storage_result:RecoverVmBackupFromImageStoreBackupStorageResult",
)

REMOVE_SCHEDULER_JOB_GROUP_FROM_SCHEDULER_TRIGGER: Api[
    RemoveSchedulerJobGroupFromSchedulerTriggerResult
] = Api(
    "RemoveSchedulerJobGroupFromSchedulerTrigger",
    "DELETE",
    "/scheduler/jobgroups/{schedulerJobGroupUuid}/scheduler/triggers/{schedulerTriggerUuid}",
    params=(
        ("schedulerJobGroupUuid", "path", "3.4.0"),
        ("schedulerTriggerUuid", "path", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("scheduler_job_group_uuid", "scheduler_trigger_uuid", "system_tags", "user_tags"),
    required=("schedulerJobGroupUuid", "schedulerTriggerUuid"),
    since="3.4.0",
    result=".models.remove_scheduler_job_group_from_scheduler_trigger_result:RemoveSchedulerJobGroupFromSchedulerTriggerResult",
)

REMOVE_SCHEDULER_JOBS_FROM_SCHEDULER_JOB_GROUP: Api[
    RemoveSchedulerJobsFromSchedulerJobGroupResult
] = Api(
    "RemoveSchedulerJobsFromSchedulerJobGroup",
    "DELETE",
    "/scheduler/jobgroups/{schedulerJobGroupUuid}/job",
    params=(
        ("schedulerJobGroupUuid", "path", "3.4.0"),
        ("schedulerJobUuids", "query", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("scheduler_job_group_uuid", "scheduler_job_uuids", "system_tags", "user_tags"),
    required=("schedulerJobGroupUuid", "schedulerJobUuids"),
    since="3.4.0",
    result=".models.remove_scheduler_jobs_from_scheduler_job_group_result:RemoveSchedulerJobsFromSchedulerJobGroupResult",
)

REVERT_VM_FROM_VM_BACKUP: Api[RevertVmFromVmBackupResult] = Api(
    "RevertVmFromVmBackup",
    "PUT",
    "/vm-backups/{groupUuid}/actions",
    params=(
        ("groupUuid", "path", "3.0.0"),
        ("backupStorageUuid", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=("group_uuid", "backup_storage_uuid", "system_tags", "user_tags"),
    required=("groupUuid",),
    body_key="revertVmFromVmBackup",
    since="3.0.0",
    result=".models.revert_vm_from_vm_backup_result:RevertVmFromVmBackupResult",
)

REVERT_VOLUME_FROM_VOLUME_BACKUP: Api[RevertVolumeFromVolumeBackupResult] = Api(
    "RevertVolumeFromVolumeBackup",
    "PUT",
    "/volume-backups/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("backupStorageUuid", "body", None),
        ("backupStrogeUuid", "body", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=("uuid", "backup_storage_uuid", "backup_stroge_uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="revertVolumeFromVolumeBackup",
    since="2.6.0",
    result=".models.revert_volume_from_volume_backup_result:RevertVolumeFromVolumeBackupResult",
)

RUN_SCHEDULER_TRIGGER: Api[RunSchedulerTriggerResult] = Api(
    "RunSchedulerTrigger",
    "PUT",
    "/scheduler/triggers/{uuid}/actions",
    params=(
        ("uuid", "path", "3.5.0"),
        ("jobUuids", "body", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    names=("uuid", "job_uuids", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="runSchedulerTrigger",
    since="3.5.0",
    result=".models.run_scheduler_trigger_result:RunSchedulerTriggerResult",
)

SYNC_BACKUP_FROM_IMAGE_STORE_BACKUP_STORAGE: Api[SyncBackupFromImageStoreBackupStorageResult] = Api(
    "SyncBackupFromImageStoreBackupStorage",
    "PUT",
    "/volume-backups/{uuid}/actions",
    params=(
        ("uuid", "path", "2.6.0"),
        ("dstBackupStorageUuid", "body", "2.6.0"),
        ("srcBackupStorageUuid", "body", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=(
        "uuid",
        "dst_backup_storage_uuid",
        "src_backup_storage_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("uuid", "dstBackupStorageUuid", "srcBackupStorageUuid"),
    body_key="syncBackupFromImageStoreBackupStorage",
    since="2.6.0",
    result=".models.sync_backup_from_image_store_backup_storage_result:SyncBackupFromImageStoreBackupStorageResult",
)

SYNC_DATABASE_BACKUP: Api[SyncDatabaseBackupResult] = Api(
    "SyncDatabaseBackup",
    "PUT",
    "/database-backups/imageStore/{imageStoreUuid}/actions",
    params=(
        ("imageStoreUuid", "path", "3.2.0"),
        ("systemTags", "root", "3.2.0"),
        ("userTags", "root", "3.2.0"),
    ),
    names=("image_store_uuid", "system_tags", "user_tags"),
    required=("imageStoreUuid",),
    body_key="syncDatabaseBackup",
    since="3.2.0",
    result=".models.sync_database_backup_result:SyncDatabaseBackupResult",
)

SYNC_DATABASE_BACKUP_FROM_IMAGE_STORE_BACKUP_STORAGE: Api[
    SyncDatabaseBackupFromImageStoreBackupStorageResult
] = Api(
    "SyncDatabaseBackupFromImageStoreBackupStorage",
    "PUT",
    "/database-backups/{uuid}/actions",
    params=(
        ("uuid", "path", "3.0.0"),
        ("dstBackupStorageUuid", "body", "3.0.0"),
        ("srcBackupStorageUuid", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=(
        "uuid",
        "dst_backup_storage_uuid",
        "src_backup_storage_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("uuid", "dstBackupStorageUuid", "srcBackupStorageUuid"),
    body_key="syncDatabaseBackupFromImageStoreBackupStorage",
    since="3.0.0",
    result=".models.sync_database_backup_from_image_store_backup_storage_result:SyncDatabaseBackupFromImageStoreBackupStorageResult",
)

SYNC_VM_BACKUP: Api[SyncVmBackupResult] = Api(
    "SyncVmBackup",
    "PUT",
    "/vm-backups/imageStore/{imageStoreUuid}/actions",
    params=(
        ("imageStoreUuid", "path", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    names=("image_store_uuid", "system_tags", "user_tags"),
    required=("imageStoreUuid",),
    body_key="syncVmBackup",
    since="3.5.0",
    result=".models.sync_vm_backup_result:SyncVmBackupResult",
)

SYNC_VM_BACKUP_FROM_IMAGE_STORE_BACKUP_STORAGE: Api[
    SyncVmBackupFromImageStoreBackupStorageResult
] = Api(
    "SyncVmBackupFromImageStoreBackupStorage",
    "PUT",
    "/vm-backups/{groupUuid}/actions",
    params=(
        ("groupUuid", "path", "3.0.0"),
        ("dstBackupStorageUuid", "body", "3.0.0"),
        ("srcBackupStorageUuid", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=(
        "group_uuid",
        "dst_backup_storage_uuid",
        "src_backup_storage_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("groupUuid", "dstBackupStorageUuid", "srcBackupStorageUuid"),
    body_key="syncVmBackupFromImageStoreBackupStorage",
    since="3.0.0",
    result=".models.sync_vm_backup_from_image_store_backup_storage_result:SyncVmBackupFromImageStoreBackupStorageResult",
)

SYNC_VOLUME_BACKUP: Api[SyncVolumeBackupResult] = Api(
    "SyncVolumeBackup",
    "PUT",
    "/volume-backups/imageStore/{imageStoreUuid}/actions",
    params=(
        ("imageStoreUuid", "path", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    names=("image_store_uuid", "system_tags", "user_tags"),
    required=("imageStoreUuid",),
    body_key="syncVolumeBackup",
    since="3.5.0",
    result=".models.sync_volume_backup_result:SyncVolumeBackupResult",
)

UPDATE_SCHEDULER_JOB_GROUP: Api[UpdateSchedulerJobGroupResult] = Api(
    "UpdateSchedulerJobGroup",
    "PUT",
    "/scheduler/jobgroups/{uuid}/actions",
    params=(
        ("uuid", "path", "3.4.0"),
        ("description", "body", "3.4.0"),
        ("name", "body", "3.4.0"),
        ("parameters", "body", "3.4.0"),
        ("state", "body", "3.4.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    names=("uuid", "description", "name", "parameters", "state", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateSchedulerJobGroup",
    since="3.4.0",
    result=".models.update_scheduler_job_group_result:UpdateSchedulerJobGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("state", "state", "enum", ("Enabled", "Disabled")),
    ),
)


class SchedulerApi(SyncNamespace):
    """scheduler: 38 APIs (AddSchedulerJobGroupToSchedulerTrigger, AddSchedulerJobsToSchedulerJobGroup, CreateDataVolumeTemplateFromVolumeBackup, ...)."""

    __slots__ = ()

    def add_scheduler_job_group_to_scheduler_trigger(
        self,
        *,
        scheduler_job_group_uuid: str,
        scheduler_trigger_uuid: str,
        trigger_now: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSchedulerJobGroupToSchedulerTriggerResult:
        """定时任务组绑定触发器 (AddSchedulerJobGroupToSchedulerTrigger).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_group_uuid: 定时任务组UUID (since 3.4.0)
            scheduler_trigger_uuid: 触发器UUID (since 3.4.0)
            trigger_now: 是否立即触发 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SCHEDULER_JOB_GROUP_TO_SCHEDULER_TRIGGER,
            {
                "schedulerJobGroupUuid": scheduler_job_group_uuid,
                "schedulerTriggerUuid": scheduler_trigger_uuid,
                "triggerNow": trigger_now,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_scheduler_jobs_to_scheduler_job_group(
        self,
        *,
        scheduler_job_group_uuid: str,
        scheduler_job_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSchedulerJobsToSchedulerJobGroupResult:
        """任务组添加任务 (AddSchedulerJobsToSchedulerJobGroup).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_group_uuid: 定时任务组UUID (since 3.4.0)
            scheduler_job_uuids: 定时任务UUID列表 (since 3.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SCHEDULER_JOBS_TO_SCHEDULER_JOB_GROUP,
            {
                "schedulerJobGroupUuid": scheduler_job_group_uuid,
                "schedulerJobUuids": scheduler_job_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_data_volume_template_from_volume_backup(
        self,
        *,
        backup_uuid: str,
        backup_storage_uuid: str,
        name: str,
        architecture: str | None = None,
        description: str | None = None,
        guest_os_type: str | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        virtio: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDataVolumeTemplateFromVolumeBackupResult:
        """创建云盘镜像 (CreateDataVolumeTemplateFromVolumeBackup).

        从云盘备份创建数据云盘镜像。

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_uuid: 云盘备份uuid (since 2.6.0)
            architecture: architecture (since 4.0.0)
            backup_storage_uuid: 镜像存储UUID (since 2.6.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            guest_os_type: 宿主机操作系统类型 (since 2.6.0)
            name: 资源名称 (since 2.6.0; maxLength 255)
            platform: 宿主机平台类型 (since 2.6.0; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            resource_uuid: 指定资源uuid (since 2.6.0)
            system: 是否系统镜像 (since 2.6.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            virtio: virtio
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_DATA_VOLUME_TEMPLATE_FROM_VOLUME_BACKUP,
            {
                "backupUuid": backup_uuid,
                "architecture": architecture,
                "backupStorageUuid": backup_storage_uuid,
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

    def create_database_backup(
        self,
        *,
        backup_storage_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDatabaseBackupResult:
        """创建数据库备份 (CreateDatabaseBackup).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_storage_uuid: 镜像存储UUID (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0; minLength 1; maxLength 1024)
            name: 资源名称 (since 3.0.0; minLength 1; maxLength 255)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_DATABASE_BACKUP,
            {
                "backupStorageUuid": backup_storage_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_root_volume_template_from_volume_backup(
        self,
        *,
        backup_uuid: str,
        backup_storage_uuid: str,
        name: str,
        architecture: Literal["x86_64", "aarch64", "mips64el", "loongarch64"] | None = None,
        description: str | None = None,
        guest_os_type: str | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        virtio: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateRootVolumeTemplateFromVolumeBackupResult:
        """创建根盘镜像 (CreateRootVolumeTemplateFromVolumeBackup).

        从云盘备份创建根云盘镜像。

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_uuid: 云盘备份uuid (since 2.6.0)
            architecture: architecture (since 4.0.0; enum {'x86_64', 'aarch64', 'mips64el', 'loongarch64'})
            backup_storage_uuid: 镜像存储UUID (since 2.6.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            guest_os_type: 宿主机操作系统类型 (since 2.6.0)
            name: 资源名称 (since 2.6.0; maxLength 255)
            platform: 镜像平台类型 (since 2.6.0; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            resource_uuid: 指定资源uuid (since 2.6.0)
            system: 是否系统镜像 (since 2.6.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            virtio: virtio
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ROOT_VOLUME_TEMPLATE_FROM_VOLUME_BACKUP,
            {
                "backupUuid": backup_uuid,
                "architecture": architecture,
                "backupStorageUuid": backup_storage_uuid,
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

    def create_scheduler_job_group(
        self,
        *,
        name: str,
        type: Literal[
            "startVm",
            "stopVm",
            "rebootVm",
            "volumeSnapshot",
            "volumeSnapshotGroup",
            "volumeBackup",
            "rootVolumeBackup",
            "vmBackup",
            "databaseBackup",
            "runAutoScalingGroup",
            "cancelIAM2ProjectLoginExpired",
            "takeIAM2ProjectLoginExpired",
        ],
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSchedulerJobGroupResult:
        """创建定时任务组 (CreateSchedulerJobGroup).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.4.0; maxLength 2048)
            name: 资源名称 (since 3.4.0; maxLength 255)
            parameters: 定时任务参数 (since 3.4.0)
            resource_uuid: 资源UUID (since 3.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            type: 定时任务的类型 (since 4.3.0; enum {'startVm', 'stopVm', 'rebootVm', 'volumeSnapshot', 'volumeSnapshotGroup', 'volumeBackup', 'rootVolumeBackup', 'vmBackup', ...})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SCHEDULER_JOB_GROUP,
            {
                "description": description,
                "name": name,
                "parameters": parameters,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vm_backup(
        self,
        *,
        root_volume_uuid: str,
        backup_storage_uuid: str,
        name: str,
        description: str | None = None,
        mode: Literal["full"] | None = None,
        network_read_bandwidth: int | None = None,
        network_write_bandwidth: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        volume_read_bandwidth: int | None = None,
        volume_write_bandwidth: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmBackupResult:
        """创建云主机备份 (CreateVmBackup).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            root_volume_uuid: 根云盘UUID (since 3.0.0)
            backup_storage_uuid: 镜像存储UUID (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            mode: mode (enum {'full'})
            name: 资源名称 (since 3.0.0; maxLength 255)
            network_read_bandwidth: 网络下行带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            network_write_bandwidth: 网络上行带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            volume_read_bandwidth: 云盘读取带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            volume_write_bandwidth: 云盘写入带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_BACKUP,
            {
                "rootVolumeUuid": root_volume_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "description": description,
                "mode": mode,
                "name": name,
                "networkReadBandwidth": network_read_bandwidth,
                "networkWriteBandwidth": network_write_bandwidth,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "volumeReadBandwidth": volume_read_bandwidth,
                "volumeWriteBandwidth": volume_write_bandwidth,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vm_from_vm_backup(
        self,
        *,
        group_uuid: str,
        name: str,
        backup_storage_uuid: str | None = None,
        cluster_uuid: str | None = None,
        cpu_num: int | None = None,
        data_volume_system_tags: Sequence[str] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        memory_size: int | None = None,
        primary_storage_uuid_for_data_volume: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        strategy: Literal["InstantStart", "JustCreate", "CreateStopped"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        vm_nic_params: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmFromVmBackupResult:
        """从云主机备份创建云主机 (CreateVmFromVmBackup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 云主机备份组UUID (since 3.0.0)
            backup_storage_uuid: 镜像存储UUID (since 0.6)
            cluster_uuid: 集群UUID (since 3.0.0)
            cpu_num: cpuNum
            data_volume_system_tags: 数据盘系统标签 (since 3.0.0)
            default_l3_network_uuid: 默认三层网络的UUID (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            host_uuid: 物理机UUID (since 3.0.0)
            instance_offering_uuid: 计算规格UUID (since 3.0.0)
            l3_network_uuids: 一组三层网络的UUID (since 3.0.0)
            memory_size: memorySize
            name: 资源名称 (since 3.0.0; maxLength 255)
            primary_storage_uuid_for_data_volume: 数据盘主存储UUID (since 3.0.0)
            primary_storage_uuid_for_root_volume: 根云盘主存储UUID (since 3.0.0)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: resourceUuid (since 3.0.0)
            root_volume_system_tags: 根云盘系统标签 (since 3.0.0)
            strategy: 云主机创建策略 (since 5.1.0; enum {'InstantStart', 'JustCreate', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 3.4.0)
            type: 云主机类型 (since 3.0.0; enum {'UserVm', 'ApplianceVm'})
            vm_nic_params: 网卡信息 (since 4.7.0)
            zone_uuid: 区域UUID (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_FROM_VM_BACKUP,
            {
                "groupUuid": group_uuid,
                "backupStorageUuid": backup_storage_uuid,
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
                "primaryStorageUuidForDataVolume": primary_storage_uuid_for_data_volume,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
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

    def create_vm_from_volume_backup(
        self,
        *,
        backup_uuid: str,
        instance_offering_uuid: str,
        l3_network_uuids: Sequence[str],
        name: str,
        backup_storage_uuid: str | None = None,
        cluster_uuid: str | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        strategy: Literal["InstantStart", "JustCreate", "CreateStopped"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmFromVolumeBackupResult:
        """从云盘备份创建云主机 (CreateVmFromVolumeBackup).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_uuid: 备份UUID (since 5.1.0)
            backup_storage_uuid: 镜像存储UUID (since 5.1.0)
            cluster_uuid: 集群UUID (since 5.1.0)
            default_l3_network_uuid: 默认L3网络UUID (since 5.1.0)
            description: 资源的详细描述 (since 5.1.0; maxLength 2048)
            host_uuid: 物理机UUID (since 5.1.0)
            instance_offering_uuid: 计算规格UUID (since 5.1.0)
            l3_network_uuids: 一组三层网络的UUID (since 5.1.0; minItems 1)
            name: 资源名称 (since 5.1.0; maxLength 255)
            primary_storage_uuid_for_root_volume: 根云盘主存储UUID (since 5.1.0)
            resource_uuid: resourceUuid (since 5.1.0)
            root_volume_system_tags: 根云盘系统标签 (since 5.1.0)
            strategy: 云主机创建策略 (since 5.1.0; enum {'InstantStart', 'JustCreate', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 5.1.0)
            type: 云主机类型 (since 5.1.0; enum {'UserVm', 'ApplianceVm'})
            zone_uuid: 区域UUID (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_FROM_VOLUME_BACKUP,
            {
                "backupUuid": backup_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "clusterUuid": cluster_uuid,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
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

    def create_volume_backup(
        self,
        *,
        volume_uuid: str,
        backup_storage_uuid: str,
        name: str,
        description: str | None = None,
        mode: Literal["full"] | None = None,
        network_read_bandwidth: int | None = None,
        network_write_bandwidth: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        volume_read_bandwidth: int | None = None,
        volume_write_bandwidth: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVolumeBackupResult:
        """创建云盘备份 (CreateVolumeBackup).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 2.6.0)
            backup_storage_uuid: 镜像存储UUID (since 2.6.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            mode: mode (enum {'full'})
            name: 资源名称 (since 2.6.0; maxLength 255)
            network_read_bandwidth: 网络下行带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            network_write_bandwidth: 网络上行带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            resource_uuid: 指定资源uuid (since 2.6.0)
            tag_uuids: tagUuids
            volume_read_bandwidth: 云盘读取带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            volume_write_bandwidth: 云盘写入带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VOLUME_BACKUP,
            {
                "volumeUuid": volume_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "description": description,
                "mode": mode,
                "name": name,
                "networkReadBandwidth": network_read_bandwidth,
                "networkWriteBandwidth": network_write_bandwidth,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "volumeReadBandwidth": volume_read_bandwidth,
                "volumeWriteBandwidth": volume_write_bandwidth,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_database_backup(
        self,
        *,
        uuid: str,
        backup_storage_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteDatabaseBackupResult:
        """删除数据库备份 (DeleteDatabaseBackup).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            backup_storage_uuids: 镜像服务器UUID列表 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_DATABASE_BACKUP,
            {
                "uuid": uuid,
                "backupStorageUuids": backup_storage_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_exported_database_backup_from_backup_storage(
        self,
        *,
        database_backup_uuid: str,
        backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteExportedDatabaseBackupFromBackupStorageResult:
        """删除数据库备份 (DeleteExportedDatabaseBackupFromBackupStorage).

        删除导出的数据库备份。

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            database_backup_uuid: databaseBackupUuid (since 3.0.0)
            backup_storage_uuid: 镜像存储UUID (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_EXPORTED_DATABASE_BACKUP_FROM_BACKUP_STORAGE,
            {
                "databaseBackupUuid": database_backup_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_scheduler_job_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSchedulerJobGroupResult:
        """删除定时任务组 (DeleteSchedulerJobGroup).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 定时任务组的UUID，唯一标示该资源 (since 3.4.0)
            delete_mode: 删除模式 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SCHEDULER_JOB_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vm_backup(
        self,
        *,
        group_uuid: str,
        backup_storage_uuids: Sequence[str] | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        handle_dependency: bool | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmBackupResult:
        """删除云主机备份 (DeleteVmBackup).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 备份组uuid (since 3.0.0)
            backup_storage_uuids: 镜像服务器uuid列表 (since 3.0.0; minItems 1)
            delete_mode: deleteMode (since 3.0.0)
            handle_dependency: handleDependency
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VM_BACKUP,
            {
                "groupUuid": group_uuid,
                "backupStorageUuids": backup_storage_uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
                "handleDependency": handle_dependency,
            },
            job_uuid,
        )

    def delete_volume_backup(
        self,
        *,
        uuid: str,
        backup_storage_uuids: Sequence[str] | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        handle_dependency: bool | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVolumeBackupResult:
        """删除云盘备份 (DeleteVolumeBackup).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            backup_storage_uuids: 镜像服务器uuid列表 (since 2.6.0; minItems 1)
            delete_mode: 删除模式 (since 2.6.0)
            handle_dependency: 数据库删除策略考虑依赖关系 (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VOLUME_BACKUP,
            {
                "uuid": uuid,
                "backupStorageUuids": backup_storage_uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
                "handleDependency": handle_dependency,
            },
            job_uuid,
        )

    def export_database_backup_from_backup_storage(
        self,
        *,
        database_backup_uuid: str,
        backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExportDatabaseBackupFromBackupStorageResult:
        """导出数据库备份 (ExportDatabaseBackupFromBackupStorage).

        从备份服务器导出数据库备份。

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            database_backup_uuid: 数据库备份UUID (since 3.0.0)
            backup_storage_uuid: 镜像存储UUID (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXPORT_DATABASE_BACKUP_FROM_BACKUP_STORAGE,
            {
                "databaseBackupUuid": database_backup_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_available_triggers(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAvailableTriggersResult:
        """Get available triggers (GetAvailableTriggers).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetAvailableTriggersAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_AVAILABLE_TRIGGERS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_database_backup_from_image_store(
        self,
        *,
        url: str,
        registry_port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetDatabaseBackupFromImageStoreResult:
        """获取数据库备份 (GetDatabaseBackupFromImageStore).

        从备份服务器获取导出的数据库备份。

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            url: 镜像服务器URL (since 3.0.0; minLength 1)
            registry_port: 镜像仓库访问端口 (since 3.0.0; minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_DATABASE_BACKUP_FROM_IMAGE_STORE,
            {
                "url": url,
                "registryPort": registry_port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_scheduler_execution_report(
        self,
        *,
        start_time: int,
        interval_time_unit: Literal["Hour", "Day", "Month"],
        range: int,
        scheduler_job_types: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSchedulerExecutionReportResult:
        """获取定时任务执行报告 (GetSchedulerExecutionReport).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            start_time: 报告开始时间 (since 3.9.0)
            interval_time_unit: 间隔时间单位 (since 3.9.0; enum {'Hour', 'Day', 'Month'})
            range: 报告时间范围 (since 3.9.0; minimum 0; maximum 31)
            scheduler_job_types: 定时任务类型 (since 3.9.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_SCHEDULER_EXECUTION_REPORT,
            {
                "startTime": start_time,
                "intervalTimeUnit": interval_time_unit,
                "range": range,
                "schedulerJobTypes": scheduler_job_types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_database_backup(
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
    ) -> QueryDatabaseBackupResult:
        """查询数据库备份 (QueryDatabaseBackup).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_DATABASE_BACKUP,
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

    def query_database_backup_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[DatabaseBackupInventory]:
        """Every result of ``query_database_backup``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_DATABASE_BACKUP,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_scheduler_job_group(
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
    ) -> QuerySchedulerJobGroupResult:
        """查询定时任务组 (QuerySchedulerJobGroup).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SCHEDULER_JOB_GROUP,
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

    def query_scheduler_job_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SchedulerJobGroupInventory]:
        """Every result of ``query_scheduler_job_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCHEDULER_JOB_GROUP,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_scheduler_job_history(
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
    ) -> QuerySchedulerJobHistoryResult:
        """查询定时任务记录 (QuerySchedulerJobHistory).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SCHEDULER_JOB_HISTORY,
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

    def query_scheduler_job_history_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SchedulerJobHistoryInventory]:
        """Every result of ``query_scheduler_job_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCHEDULER_JOB_HISTORY,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_volume_backup(
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
    ) -> QueryVolumeBackupResult:
        """查询云盘备份记录 (QueryVolumeBackup).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VOLUME_BACKUP,
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

    def query_volume_backup_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VolumeBackupInventory]:
        """Every result of ``query_volume_backup``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VOLUME_BACKUP,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def recover_backup_from_image_store_backup_storage(
        self,
        *,
        uuid: str,
        dst_backup_storage_uuid: str,
        src_backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverBackupFromImageStoreBackupStorageResult:
        """恢复云盘备份 (RecoverBackupFromImageStoreBackupStorage).

        从目标镜像服务器恢复云盘备份。

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘备份的UUID，唯一标示该资源 (since 2.6.0)
            dst_backup_storage_uuid: 恢复镜像服务器uuid (since 2.6.0)
            src_backup_storage_uuid: 接收恢复云盘的镜像服务器uuid (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECOVER_BACKUP_FROM_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "dstBackupStorageUuid": dst_backup_storage_uuid,
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def recover_database_from_backup(
        self,
        *,
        mysql_root_password: str,
        backup_install_path: str | None = None,
        backup_storage_url: str | None = None,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverDatabaseFromBackupResult:
        """恢复数据库备份 (RecoverDatabaseFromBackup).

        从备份库恢复数据库备份。

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_install_path: 数据库备份存储路径 (since 3.0.0)
            backup_storage_url: 镜像服务器URL (since 3.0.0)
            mysql_root_password: MYSQL数据库ROOT密码 (since 3.0.0)
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECOVER_DATABASE_FROM_BACKUP,
            {
                "backupInstallPath": backup_install_path,
                "backupStorageUrl": backup_storage_url,
                "mysqlRootPassword": mysql_root_password,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def recover_vm_backup_from_image_store_backup_storage(
        self,
        *,
        group_uuid: str,
        dst_backup_storage_uuid: str,
        src_backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverVmBackupFromImageStoreBackupStorageResult:
        """恢复云主机备份 (RecoverVmBackupFromImageStoreBackupStorage).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 虚拟机备份组uuid (since 3.0.0)
            dst_backup_storage_uuid: 备份镜像仓库 (since 3.0.0)
            src_backup_storage_uuid: 本地镜像仓库 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECOVER_VM_BACKUP_FROM_IMAGE_STORE_BACKUP_STORAGE,
            {
                "groupUuid": group_uuid,
                "dstBackupStorageUuid": dst_backup_storage_uuid,
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_scheduler_job_group_from_scheduler_trigger(
        self,
        *,
        scheduler_job_group_uuid: str,
        scheduler_trigger_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSchedulerJobGroupFromSchedulerTriggerResult:
        """定时任务组解绑触发器 (RemoveSchedulerJobGroupFromSchedulerTrigger).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_group_uuid: 定时任务组UUID (since 3.4.0)
            scheduler_trigger_uuid: 触发器UUID (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SCHEDULER_JOB_GROUP_FROM_SCHEDULER_TRIGGER,
            {
                "schedulerJobGroupUuid": scheduler_job_group_uuid,
                "schedulerTriggerUuid": scheduler_trigger_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_scheduler_jobs_from_scheduler_job_group(
        self,
        *,
        scheduler_job_group_uuid: str,
        scheduler_job_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSchedulerJobsFromSchedulerJobGroupResult:
        """定时任务组移除定时任务 (RemoveSchedulerJobsFromSchedulerJobGroup).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_group_uuid: 定时任务组UUID (since 3.4.0)
            scheduler_job_uuids: 定时任务i列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SCHEDULER_JOBS_FROM_SCHEDULER_JOB_GROUP,
            {
                "schedulerJobGroupUuid": scheduler_job_group_uuid,
                "schedulerJobUuids": scheduler_job_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def revert_vm_from_vm_backup(
        self,
        *,
        group_uuid: str,
        backup_storage_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevertVmFromVmBackupResult:
        """从云主机备份恢复云主机 (RevertVmFromVmBackup).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 备份组uuid (since 3.0.0)
            backup_storage_uuid: 镜像存储UUID (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REVERT_VM_FROM_VM_BACKUP,
            {
                "groupUuid": group_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def revert_volume_from_volume_backup(
        self,
        *,
        uuid: str,
        backup_storage_uuid: str | None = None,
        backup_stroge_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevertVolumeFromVolumeBackupResult:
        """从云盘备份恢复云盘 (RevertVolumeFromVolumeBackup).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: uuid
            backup_storage_uuid: backupStorageUuid
            backup_stroge_uuid: 镜像服务器uuid (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REVERT_VOLUME_FROM_VOLUME_BACKUP,
            {
                "uuid": uuid,
                "backupStorageUuid": backup_storage_uuid,
                "backupStrogeUuid": backup_stroge_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def run_scheduler_trigger(
        self,
        *,
        uuid: str,
        job_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RunSchedulerTriggerResult:
        """触发定时器 (RunSchedulerTrigger).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 定时器UUID (since 3.5.0)
            job_uuids: 可选触发的任务UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RUN_SCHEDULER_TRIGGER,
            {
                "uuid": uuid,
                "jobUuids": job_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_backup_from_image_store_backup_storage(
        self,
        *,
        uuid: str,
        dst_backup_storage_uuid: str,
        src_backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncBackupFromImageStoreBackupStorageResult:
        """云盘备份同步 (SyncBackupFromImageStoreBackupStorage).

        将云盘备份同步至目标镜像服务器。

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘备份的UUID，唯一标示该资源 (since 2.6.0)
            dst_backup_storage_uuid: 目标镜像服务器 (since 2.6.0)
            src_backup_storage_uuid: 源镜像服务器 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_BACKUP_FROM_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "dstBackupStorageUuid": dst_backup_storage_uuid,
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_database_backup(
        self,
        *,
        image_store_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncDatabaseBackupResult:
        """扫描数据库备份 (SyncDatabaseBackup).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_store_uuid: 备份服务器UUID (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_DATABASE_BACKUP,
            {
                "imageStoreUuid": image_store_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_database_backup_from_image_store_backup_storage(
        self,
        *,
        uuid: str,
        dst_backup_storage_uuid: str,
        src_backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncDatabaseBackupFromImageStoreBackupStorageResult:
        """同步至DS (SyncDatabaseBackupFromImageStoreBackupStorage).

        同步备份至备份服务器。

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            dst_backup_storage_uuid: dstBackupStorageUuid (since 3.0.0)
            src_backup_storage_uuid: srcBackupStorageUuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_DATABASE_BACKUP_FROM_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "dstBackupStorageUuid": dst_backup_storage_uuid,
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_vm_backup(
        self,
        *,
        image_store_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVmBackupResult:
        """扫描云主机备份 (SyncVmBackup).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_store_uuid: 备份服务器UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_VM_BACKUP,
            {
                "imageStoreUuid": image_store_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_vm_backup_from_image_store_backup_storage(
        self,
        *,
        group_uuid: str,
        dst_backup_storage_uuid: str,
        src_backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVmBackupFromImageStoreBackupStorageResult:
        """同步至备份服务器 (SyncVmBackupFromImageStoreBackupStorage).

        同步备份至备份镜像服务器。

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 备份组uuid (since 3.0.0)
            dst_backup_storage_uuid: 备份镜像服务器 (since 3.0.0)
            src_backup_storage_uuid: 本地镜像服务器 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_VM_BACKUP_FROM_IMAGE_STORE_BACKUP_STORAGE,
            {
                "groupUuid": group_uuid,
                "dstBackupStorageUuid": dst_backup_storage_uuid,
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_volume_backup(
        self,
        *,
        image_store_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVolumeBackupResult:
        """扫描云盘备份 (SyncVolumeBackup).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_store_uuid: 备份服务器UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_VOLUME_BACKUP,
            {
                "imageStoreUuid": image_store_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_scheduler_job_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSchedulerJobGroupResult:
        """更新定时任务组 (UpdateSchedulerJobGroup).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 定时任务组的UUID，唯一标示该资源 (since 3.4.0)
            description: 资源的详细描述 (since 3.4.0; maxLength 2048)
            name: 资源名称 (since 3.4.0; minLength 1; maxLength 255)
            parameters: 定时任务组参数 (since 3.4.0)
            state: 状态 (since 3.4.0; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SCHEDULER_JOB_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "parameters": parameters,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncSchedulerApi(AsyncNamespace):
    """scheduler: 38 APIs (AddSchedulerJobGroupToSchedulerTrigger, AddSchedulerJobsToSchedulerJobGroup, CreateDataVolumeTemplateFromVolumeBackup, ...). (asyncio)"""

    __slots__ = ()

    async def add_scheduler_job_group_to_scheduler_trigger(
        self,
        *,
        scheduler_job_group_uuid: str,
        scheduler_trigger_uuid: str,
        trigger_now: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSchedulerJobGroupToSchedulerTriggerResult:
        """定时任务组绑定触发器 (AddSchedulerJobGroupToSchedulerTrigger).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_group_uuid: 定时任务组UUID (since 3.4.0)
            scheduler_trigger_uuid: 触发器UUID (since 3.4.0)
            trigger_now: 是否立即触发 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SCHEDULER_JOB_GROUP_TO_SCHEDULER_TRIGGER,
            {
                "schedulerJobGroupUuid": scheduler_job_group_uuid,
                "schedulerTriggerUuid": scheduler_trigger_uuid,
                "triggerNow": trigger_now,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_scheduler_jobs_to_scheduler_job_group(
        self,
        *,
        scheduler_job_group_uuid: str,
        scheduler_job_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSchedulerJobsToSchedulerJobGroupResult:
        """任务组添加任务 (AddSchedulerJobsToSchedulerJobGroup).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_group_uuid: 定时任务组UUID (since 3.4.0)
            scheduler_job_uuids: 定时任务UUID列表 (since 3.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SCHEDULER_JOBS_TO_SCHEDULER_JOB_GROUP,
            {
                "schedulerJobGroupUuid": scheduler_job_group_uuid,
                "schedulerJobUuids": scheduler_job_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_data_volume_template_from_volume_backup(
        self,
        *,
        backup_uuid: str,
        backup_storage_uuid: str,
        name: str,
        architecture: str | None = None,
        description: str | None = None,
        guest_os_type: str | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        virtio: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDataVolumeTemplateFromVolumeBackupResult:
        """创建云盘镜像 (CreateDataVolumeTemplateFromVolumeBackup).

        从云盘备份创建数据云盘镜像。

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_uuid: 云盘备份uuid (since 2.6.0)
            architecture: architecture (since 4.0.0)
            backup_storage_uuid: 镜像存储UUID (since 2.6.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            guest_os_type: 宿主机操作系统类型 (since 2.6.0)
            name: 资源名称 (since 2.6.0; maxLength 255)
            platform: 宿主机平台类型 (since 2.6.0; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            resource_uuid: 指定资源uuid (since 2.6.0)
            system: 是否系统镜像 (since 2.6.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            virtio: virtio
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_DATA_VOLUME_TEMPLATE_FROM_VOLUME_BACKUP,
            {
                "backupUuid": backup_uuid,
                "architecture": architecture,
                "backupStorageUuid": backup_storage_uuid,
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

    async def create_database_backup(
        self,
        *,
        backup_storage_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDatabaseBackupResult:
        """创建数据库备份 (CreateDatabaseBackup).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_storage_uuid: 镜像存储UUID (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0; minLength 1; maxLength 1024)
            name: 资源名称 (since 3.0.0; minLength 1; maxLength 255)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_DATABASE_BACKUP,
            {
                "backupStorageUuid": backup_storage_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_root_volume_template_from_volume_backup(
        self,
        *,
        backup_uuid: str,
        backup_storage_uuid: str,
        name: str,
        architecture: Literal["x86_64", "aarch64", "mips64el", "loongarch64"] | None = None,
        description: str | None = None,
        guest_os_type: str | None = None,
        platform: Literal["Linux", "Windows", "Other", "Paravirtualization", "WindowsVirtio"]
        | None = None,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        virtio: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateRootVolumeTemplateFromVolumeBackupResult:
        """创建根盘镜像 (CreateRootVolumeTemplateFromVolumeBackup).

        从云盘备份创建根云盘镜像。

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_uuid: 云盘备份uuid (since 2.6.0)
            architecture: architecture (since 4.0.0; enum {'x86_64', 'aarch64', 'mips64el', 'loongarch64'})
            backup_storage_uuid: 镜像存储UUID (since 2.6.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            guest_os_type: 宿主机操作系统类型 (since 2.6.0)
            name: 资源名称 (since 2.6.0; maxLength 255)
            platform: 镜像平台类型 (since 2.6.0; enum {'Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'})
            resource_uuid: 指定资源uuid (since 2.6.0)
            system: 是否系统镜像 (since 2.6.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            virtio: virtio
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ROOT_VOLUME_TEMPLATE_FROM_VOLUME_BACKUP,
            {
                "backupUuid": backup_uuid,
                "architecture": architecture,
                "backupStorageUuid": backup_storage_uuid,
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

    async def create_scheduler_job_group(
        self,
        *,
        name: str,
        type: Literal[
            "startVm",
            "stopVm",
            "rebootVm",
            "volumeSnapshot",
            "volumeSnapshotGroup",
            "volumeBackup",
            "rootVolumeBackup",
            "vmBackup",
            "databaseBackup",
            "runAutoScalingGroup",
            "cancelIAM2ProjectLoginExpired",
            "takeIAM2ProjectLoginExpired",
        ],
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSchedulerJobGroupResult:
        """创建定时任务组 (CreateSchedulerJobGroup).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.4.0; maxLength 2048)
            name: 资源名称 (since 3.4.0; maxLength 255)
            parameters: 定时任务参数 (since 3.4.0)
            resource_uuid: 资源UUID (since 3.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            type: 定时任务的类型 (since 4.3.0; enum {'startVm', 'stopVm', 'rebootVm', 'volumeSnapshot', 'volumeSnapshotGroup', 'volumeBackup', 'rootVolumeBackup', 'vmBackup', ...})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SCHEDULER_JOB_GROUP,
            {
                "description": description,
                "name": name,
                "parameters": parameters,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vm_backup(
        self,
        *,
        root_volume_uuid: str,
        backup_storage_uuid: str,
        name: str,
        description: str | None = None,
        mode: Literal["full"] | None = None,
        network_read_bandwidth: int | None = None,
        network_write_bandwidth: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        volume_read_bandwidth: int | None = None,
        volume_write_bandwidth: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmBackupResult:
        """创建云主机备份 (CreateVmBackup).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            root_volume_uuid: 根云盘UUID (since 3.0.0)
            backup_storage_uuid: 镜像存储UUID (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            mode: mode (enum {'full'})
            name: 资源名称 (since 3.0.0; maxLength 255)
            network_read_bandwidth: 网络下行带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            network_write_bandwidth: 网络上行带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            volume_read_bandwidth: 云盘读取带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            volume_write_bandwidth: 云盘写入带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_BACKUP,
            {
                "rootVolumeUuid": root_volume_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "description": description,
                "mode": mode,
                "name": name,
                "networkReadBandwidth": network_read_bandwidth,
                "networkWriteBandwidth": network_write_bandwidth,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "volumeReadBandwidth": volume_read_bandwidth,
                "volumeWriteBandwidth": volume_write_bandwidth,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vm_from_vm_backup(
        self,
        *,
        group_uuid: str,
        name: str,
        backup_storage_uuid: str | None = None,
        cluster_uuid: str | None = None,
        cpu_num: int | None = None,
        data_volume_system_tags: Sequence[str] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        instance_offering_uuid: str | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        memory_size: int | None = None,
        primary_storage_uuid_for_data_volume: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        strategy: Literal["InstantStart", "JustCreate", "CreateStopped"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        vm_nic_params: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmFromVmBackupResult:
        """从云主机备份创建云主机 (CreateVmFromVmBackup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 云主机备份组UUID (since 3.0.0)
            backup_storage_uuid: 镜像存储UUID (since 0.6)
            cluster_uuid: 集群UUID (since 3.0.0)
            cpu_num: cpuNum
            data_volume_system_tags: 数据盘系统标签 (since 3.0.0)
            default_l3_network_uuid: 默认三层网络的UUID (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            host_uuid: 物理机UUID (since 3.0.0)
            instance_offering_uuid: 计算规格UUID (since 3.0.0)
            l3_network_uuids: 一组三层网络的UUID (since 3.0.0)
            memory_size: memorySize
            name: 资源名称 (since 3.0.0; maxLength 255)
            primary_storage_uuid_for_data_volume: 数据盘主存储UUID (since 3.0.0)
            primary_storage_uuid_for_root_volume: 根云盘主存储UUID (since 3.0.0)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: resourceUuid (since 3.0.0)
            root_volume_system_tags: 根云盘系统标签 (since 3.0.0)
            strategy: 云主机创建策略 (since 5.1.0; enum {'InstantStart', 'JustCreate', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 3.4.0)
            type: 云主机类型 (since 3.0.0; enum {'UserVm', 'ApplianceVm'})
            vm_nic_params: 网卡信息 (since 4.7.0)
            zone_uuid: 区域UUID (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_FROM_VM_BACKUP,
            {
                "groupUuid": group_uuid,
                "backupStorageUuid": backup_storage_uuid,
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
                "primaryStorageUuidForDataVolume": primary_storage_uuid_for_data_volume,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
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

    async def create_vm_from_volume_backup(
        self,
        *,
        backup_uuid: str,
        instance_offering_uuid: str,
        l3_network_uuids: Sequence[str],
        name: str,
        backup_storage_uuid: str | None = None,
        cluster_uuid: str | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        strategy: Literal["InstantStart", "JustCreate", "CreateStopped"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmFromVolumeBackupResult:
        """从云盘备份创建云主机 (CreateVmFromVolumeBackup).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_uuid: 备份UUID (since 5.1.0)
            backup_storage_uuid: 镜像存储UUID (since 5.1.0)
            cluster_uuid: 集群UUID (since 5.1.0)
            default_l3_network_uuid: 默认L3网络UUID (since 5.1.0)
            description: 资源的详细描述 (since 5.1.0; maxLength 2048)
            host_uuid: 物理机UUID (since 5.1.0)
            instance_offering_uuid: 计算规格UUID (since 5.1.0)
            l3_network_uuids: 一组三层网络的UUID (since 5.1.0; minItems 1)
            name: 资源名称 (since 5.1.0; maxLength 255)
            primary_storage_uuid_for_root_volume: 根云盘主存储UUID (since 5.1.0)
            resource_uuid: resourceUuid (since 5.1.0)
            root_volume_system_tags: 根云盘系统标签 (since 5.1.0)
            strategy: 云主机创建策略 (since 5.1.0; enum {'InstantStart', 'JustCreate', 'CreateStopped'})
            tag_uuids: 标签UUID列表 (since 5.1.0)
            type: 云主机类型 (since 5.1.0; enum {'UserVm', 'ApplianceVm'})
            zone_uuid: 区域UUID (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_FROM_VOLUME_BACKUP,
            {
                "backupUuid": backup_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "clusterUuid": cluster_uuid,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
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

    async def create_volume_backup(
        self,
        *,
        volume_uuid: str,
        backup_storage_uuid: str,
        name: str,
        description: str | None = None,
        mode: Literal["full"] | None = None,
        network_read_bandwidth: int | None = None,
        network_write_bandwidth: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        volume_read_bandwidth: int | None = None,
        volume_write_bandwidth: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVolumeBackupResult:
        """创建云盘备份 (CreateVolumeBackup).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 2.6.0)
            backup_storage_uuid: 镜像存储UUID (since 2.6.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            mode: mode (enum {'full'})
            name: 资源名称 (since 2.6.0; maxLength 255)
            network_read_bandwidth: 网络下行带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            network_write_bandwidth: 网络上行带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            resource_uuid: 指定资源uuid (since 2.6.0)
            tag_uuids: tagUuids
            volume_read_bandwidth: 云盘读取带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            volume_write_bandwidth: 云盘写入带宽 (since 3.1.0; minimum 1024; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VOLUME_BACKUP,
            {
                "volumeUuid": volume_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "description": description,
                "mode": mode,
                "name": name,
                "networkReadBandwidth": network_read_bandwidth,
                "networkWriteBandwidth": network_write_bandwidth,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "volumeReadBandwidth": volume_read_bandwidth,
                "volumeWriteBandwidth": volume_write_bandwidth,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_database_backup(
        self,
        *,
        uuid: str,
        backup_storage_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteDatabaseBackupResult:
        """删除数据库备份 (DeleteDatabaseBackup).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            backup_storage_uuids: 镜像服务器UUID列表 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_DATABASE_BACKUP,
            {
                "uuid": uuid,
                "backupStorageUuids": backup_storage_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_exported_database_backup_from_backup_storage(
        self,
        *,
        database_backup_uuid: str,
        backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteExportedDatabaseBackupFromBackupStorageResult:
        """删除数据库备份 (DeleteExportedDatabaseBackupFromBackupStorage).

        删除导出的数据库备份。

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            database_backup_uuid: databaseBackupUuid (since 3.0.0)
            backup_storage_uuid: 镜像存储UUID (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_EXPORTED_DATABASE_BACKUP_FROM_BACKUP_STORAGE,
            {
                "databaseBackupUuid": database_backup_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_scheduler_job_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSchedulerJobGroupResult:
        """删除定时任务组 (DeleteSchedulerJobGroup).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 定时任务组的UUID，唯一标示该资源 (since 3.4.0)
            delete_mode: 删除模式 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SCHEDULER_JOB_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vm_backup(
        self,
        *,
        group_uuid: str,
        backup_storage_uuids: Sequence[str] | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        handle_dependency: bool | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmBackupResult:
        """删除云主机备份 (DeleteVmBackup).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 备份组uuid (since 3.0.0)
            backup_storage_uuids: 镜像服务器uuid列表 (since 3.0.0; minItems 1)
            delete_mode: deleteMode (since 3.0.0)
            handle_dependency: handleDependency
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VM_BACKUP,
            {
                "groupUuid": group_uuid,
                "backupStorageUuids": backup_storage_uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
                "handleDependency": handle_dependency,
            },
            job_uuid,
        )

    async def delete_volume_backup(
        self,
        *,
        uuid: str,
        backup_storage_uuids: Sequence[str] | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        handle_dependency: bool | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVolumeBackupResult:
        """删除云盘备份 (DeleteVolumeBackup).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            backup_storage_uuids: 镜像服务器uuid列表 (since 2.6.0; minItems 1)
            delete_mode: 删除模式 (since 2.6.0)
            handle_dependency: 数据库删除策略考虑依赖关系 (since 4.7.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VOLUME_BACKUP,
            {
                "uuid": uuid,
                "backupStorageUuids": backup_storage_uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
                "handleDependency": handle_dependency,
            },
            job_uuid,
        )

    async def export_database_backup_from_backup_storage(
        self,
        *,
        database_backup_uuid: str,
        backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExportDatabaseBackupFromBackupStorageResult:
        """导出数据库备份 (ExportDatabaseBackupFromBackupStorage).

        从备份服务器导出数据库备份。

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            database_backup_uuid: 数据库备份UUID (since 3.0.0)
            backup_storage_uuid: 镜像存储UUID (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXPORT_DATABASE_BACKUP_FROM_BACKUP_STORAGE,
            {
                "databaseBackupUuid": database_backup_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_available_triggers(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAvailableTriggersResult:
        """Get available triggers (GetAvailableTriggers).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetAvailableTriggersAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_AVAILABLE_TRIGGERS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_database_backup_from_image_store(
        self,
        *,
        url: str,
        registry_port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetDatabaseBackupFromImageStoreResult:
        """获取数据库备份 (GetDatabaseBackupFromImageStore).

        从备份服务器获取导出的数据库备份。

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            url: 镜像服务器URL (since 3.0.0; minLength 1)
            registry_port: 镜像仓库访问端口 (since 3.0.0; minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_DATABASE_BACKUP_FROM_IMAGE_STORE,
            {
                "url": url,
                "registryPort": registry_port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_scheduler_execution_report(
        self,
        *,
        start_time: int,
        interval_time_unit: Literal["Hour", "Day", "Month"],
        range: int,
        scheduler_job_types: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSchedulerExecutionReportResult:
        """获取定时任务执行报告 (GetSchedulerExecutionReport).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            start_time: 报告开始时间 (since 3.9.0)
            interval_time_unit: 间隔时间单位 (since 3.9.0; enum {'Hour', 'Day', 'Month'})
            range: 报告时间范围 (since 3.9.0; minimum 0; maximum 31)
            scheduler_job_types: 定时任务类型 (since 3.9.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_SCHEDULER_EXECUTION_REPORT,
            {
                "startTime": start_time,
                "intervalTimeUnit": interval_time_unit,
                "range": range,
                "schedulerJobTypes": scheduler_job_types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_database_backup(
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
    ) -> QueryDatabaseBackupResult:
        """查询数据库备份 (QueryDatabaseBackup).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_DATABASE_BACKUP,
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

    def query_database_backup_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[DatabaseBackupInventory]:
        """Every result of ``query_database_backup``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_DATABASE_BACKUP,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_scheduler_job_group(
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
    ) -> QuerySchedulerJobGroupResult:
        """查询定时任务组 (QuerySchedulerJobGroup).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SCHEDULER_JOB_GROUP,
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

    def query_scheduler_job_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SchedulerJobGroupInventory]:
        """Every result of ``query_scheduler_job_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCHEDULER_JOB_GROUP,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_scheduler_job_history(
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
    ) -> QuerySchedulerJobHistoryResult:
        """查询定时任务记录 (QuerySchedulerJobHistory).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SCHEDULER_JOB_HISTORY,
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

    def query_scheduler_job_history_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SchedulerJobHistoryInventory]:
        """Every result of ``query_scheduler_job_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCHEDULER_JOB_HISTORY,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_volume_backup(
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
    ) -> QueryVolumeBackupResult:
        """查询云盘备份记录 (QueryVolumeBackup).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VOLUME_BACKUP,
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

    def query_volume_backup_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VolumeBackupInventory]:
        """Every result of ``query_volume_backup``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VOLUME_BACKUP,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def recover_backup_from_image_store_backup_storage(
        self,
        *,
        uuid: str,
        dst_backup_storage_uuid: str,
        src_backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverBackupFromImageStoreBackupStorageResult:
        """恢复云盘备份 (RecoverBackupFromImageStoreBackupStorage).

        从目标镜像服务器恢复云盘备份。

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘备份的UUID，唯一标示该资源 (since 2.6.0)
            dst_backup_storage_uuid: 恢复镜像服务器uuid (since 2.6.0)
            src_backup_storage_uuid: 接收恢复云盘的镜像服务器uuid (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECOVER_BACKUP_FROM_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "dstBackupStorageUuid": dst_backup_storage_uuid,
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def recover_database_from_backup(
        self,
        *,
        mysql_root_password: str,
        backup_install_path: str | None = None,
        backup_storage_url: str | None = None,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverDatabaseFromBackupResult:
        """恢复数据库备份 (RecoverDatabaseFromBackup).

        从备份库恢复数据库备份。

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_install_path: 数据库备份存储路径 (since 3.0.0)
            backup_storage_url: 镜像服务器URL (since 3.0.0)
            mysql_root_password: MYSQL数据库ROOT密码 (since 3.0.0)
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECOVER_DATABASE_FROM_BACKUP,
            {
                "backupInstallPath": backup_install_path,
                "backupStorageUrl": backup_storage_url,
                "mysqlRootPassword": mysql_root_password,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def recover_vm_backup_from_image_store_backup_storage(
        self,
        *,
        group_uuid: str,
        dst_backup_storage_uuid: str,
        src_backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverVmBackupFromImageStoreBackupStorageResult:
        """恢复云主机备份 (RecoverVmBackupFromImageStoreBackupStorage).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 虚拟机备份组uuid (since 3.0.0)
            dst_backup_storage_uuid: 备份镜像仓库 (since 3.0.0)
            src_backup_storage_uuid: 本地镜像仓库 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECOVER_VM_BACKUP_FROM_IMAGE_STORE_BACKUP_STORAGE,
            {
                "groupUuid": group_uuid,
                "dstBackupStorageUuid": dst_backup_storage_uuid,
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_scheduler_job_group_from_scheduler_trigger(
        self,
        *,
        scheduler_job_group_uuid: str,
        scheduler_trigger_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSchedulerJobGroupFromSchedulerTriggerResult:
        """定时任务组解绑触发器 (RemoveSchedulerJobGroupFromSchedulerTrigger).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_group_uuid: 定时任务组UUID (since 3.4.0)
            scheduler_trigger_uuid: 触发器UUID (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SCHEDULER_JOB_GROUP_FROM_SCHEDULER_TRIGGER,
            {
                "schedulerJobGroupUuid": scheduler_job_group_uuid,
                "schedulerTriggerUuid": scheduler_trigger_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_scheduler_jobs_from_scheduler_job_group(
        self,
        *,
        scheduler_job_group_uuid: str,
        scheduler_job_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSchedulerJobsFromSchedulerJobGroupResult:
        """定时任务组移除定时任务 (RemoveSchedulerJobsFromSchedulerJobGroup).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_group_uuid: 定时任务组UUID (since 3.4.0)
            scheduler_job_uuids: 定时任务i列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SCHEDULER_JOBS_FROM_SCHEDULER_JOB_GROUP,
            {
                "schedulerJobGroupUuid": scheduler_job_group_uuid,
                "schedulerJobUuids": scheduler_job_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def revert_vm_from_vm_backup(
        self,
        *,
        group_uuid: str,
        backup_storage_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevertVmFromVmBackupResult:
        """从云主机备份恢复云主机 (RevertVmFromVmBackup).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 备份组uuid (since 3.0.0)
            backup_storage_uuid: 镜像存储UUID (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REVERT_VM_FROM_VM_BACKUP,
            {
                "groupUuid": group_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def revert_volume_from_volume_backup(
        self,
        *,
        uuid: str,
        backup_storage_uuid: str | None = None,
        backup_stroge_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevertVolumeFromVolumeBackupResult:
        """从云盘备份恢复云盘 (RevertVolumeFromVolumeBackup).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: uuid
            backup_storage_uuid: backupStorageUuid
            backup_stroge_uuid: 镜像服务器uuid (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REVERT_VOLUME_FROM_VOLUME_BACKUP,
            {
                "uuid": uuid,
                "backupStorageUuid": backup_storage_uuid,
                "backupStrogeUuid": backup_stroge_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def run_scheduler_trigger(
        self,
        *,
        uuid: str,
        job_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RunSchedulerTriggerResult:
        """触发定时器 (RunSchedulerTrigger).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 定时器UUID (since 3.5.0)
            job_uuids: 可选触发的任务UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RUN_SCHEDULER_TRIGGER,
            {
                "uuid": uuid,
                "jobUuids": job_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_backup_from_image_store_backup_storage(
        self,
        *,
        uuid: str,
        dst_backup_storage_uuid: str,
        src_backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncBackupFromImageStoreBackupStorageResult:
        """云盘备份同步 (SyncBackupFromImageStoreBackupStorage).

        将云盘备份同步至目标镜像服务器。

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 云盘备份的UUID，唯一标示该资源 (since 2.6.0)
            dst_backup_storage_uuid: 目标镜像服务器 (since 2.6.0)
            src_backup_storage_uuid: 源镜像服务器 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_BACKUP_FROM_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "dstBackupStorageUuid": dst_backup_storage_uuid,
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_database_backup(
        self,
        *,
        image_store_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncDatabaseBackupResult:
        """扫描数据库备份 (SyncDatabaseBackup).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_store_uuid: 备份服务器UUID (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_DATABASE_BACKUP,
            {
                "imageStoreUuid": image_store_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_database_backup_from_image_store_backup_storage(
        self,
        *,
        uuid: str,
        dst_backup_storage_uuid: str,
        src_backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncDatabaseBackupFromImageStoreBackupStorageResult:
        """同步至DS (SyncDatabaseBackupFromImageStoreBackupStorage).

        同步备份至备份服务器。

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            dst_backup_storage_uuid: dstBackupStorageUuid (since 3.0.0)
            src_backup_storage_uuid: srcBackupStorageUuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_DATABASE_BACKUP_FROM_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "dstBackupStorageUuid": dst_backup_storage_uuid,
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_vm_backup(
        self,
        *,
        image_store_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVmBackupResult:
        """扫描云主机备份 (SyncVmBackup).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_store_uuid: 备份服务器UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_VM_BACKUP,
            {
                "imageStoreUuid": image_store_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_vm_backup_from_image_store_backup_storage(
        self,
        *,
        group_uuid: str,
        dst_backup_storage_uuid: str,
        src_backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVmBackupFromImageStoreBackupStorageResult:
        """同步至备份服务器 (SyncVmBackupFromImageStoreBackupStorage).

        同步备份至备份镜像服务器。

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 备份组uuid (since 3.0.0)
            dst_backup_storage_uuid: 备份镜像服务器 (since 3.0.0)
            src_backup_storage_uuid: 本地镜像服务器 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_VM_BACKUP_FROM_IMAGE_STORE_BACKUP_STORAGE,
            {
                "groupUuid": group_uuid,
                "dstBackupStorageUuid": dst_backup_storage_uuid,
                "srcBackupStorageUuid": src_backup_storage_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_volume_backup(
        self,
        *,
        image_store_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVolumeBackupResult:
        """扫描云盘备份 (SyncVolumeBackup).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            image_store_uuid: 备份服务器UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_VOLUME_BACKUP,
            {
                "imageStoreUuid": image_store_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_scheduler_job_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSchedulerJobGroupResult:
        """更新定时任务组 (UpdateSchedulerJobGroup).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 定时任务组的UUID，唯一标示该资源 (since 3.4.0)
            description: 资源的详细描述 (since 3.4.0; maxLength 2048)
            name: 资源名称 (since 3.4.0; minLength 1; maxLength 255)
            parameters: 定时任务组参数 (since 3.4.0)
            state: 状态 (since 3.4.0; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SCHEDULER_JOB_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "parameters": parameters,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
