"""``client.backup_storage``: 29 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_aliyun_ebs_backup_storage_result import AddAliyunEbsBackupStorageResult
    from ..models.add_disaster_image_store_backup_storage_result import (
        AddDisasterImageStoreBackupStorageResult,
    )
    from ..models.add_external_backup_storage_result import AddExternalBackupStorageResult
    from ..models.add_sftp_backup_storage_result import AddSftpBackupStorageResult
    from ..models.add_simulator_backup_storage_result import AddSimulatorBackupStorageResult
    from ..models.attach_backup_storage_to_zone_result import AttachBackupStorageToZoneResult
    from ..models.backup_storage_inventory import BackupStorageInventory
    from ..models.backup_storage_migrate_image_result import BackupStorageMigrateImageResult
    from ..models.change_backup_storage_state_result import ChangeBackupStorageStateResult
    from ..models.clean_up_trash_on_backup_storage_result import CleanUpTrashOnBackupStorageResult
    from ..models.delete_backup_storage_result import DeleteBackupStorageResult
    from ..models.delete_exported_image_from_backup_storage_result import (
        DeleteExportedImageFromBackupStorageResult,
    )
    from ..models.detach_backup_storage_from_zone_result import DetachBackupStorageFromZoneResult
    from ..models.export_image_from_backup_storage_result import ExportImageFromBackupStorageResult
    from ..models.get_backup_storage_candidates_for_image_migration_result import (
        GetBackupStorageCandidatesForImageMigrationResult,
    )
    from ..models.get_backup_storage_capacity_result import GetBackupStorageCapacityResult
    from ..models.get_backup_storage_types_result import GetBackupStorageTypesResult
    from ..models.get_images_from_image_store_backup_storage_result import (
        GetImagesFromImageStoreBackupStorageResult,
    )
    from ..models.get_trash_on_backup_storage_result import GetTrashOnBackupStorageResult
    from ..models.query_aliyun_ebs_backup_storage_result import QueryAliyunEbsBackupStorageResult
    from ..models.query_backup_storage_result import QueryBackupStorageResult
    from ..models.query_sftp_backup_storage_result import QuerySftpBackupStorageResult
    from ..models.reconnect_backup_storage_result import ReconnectBackupStorageResult
    from ..models.reconnect_sftp_backup_storage_result import ReconnectSftpBackupStorageResult
    from ..models.recovery_image_from_image_store_backup_storage_result import (
        RecoveryImageFromImageStoreBackupStorageResult,
    )
    from ..models.set_image_store_backup_storage_quota_result import (
        SetImageStoreBackupStorageQuotaResult,
    )
    from ..models.sftp_backup_storage_inventory import SftpBackupStorageInventory
    from ..models.sync_image_result import SyncImageResult
    from ..models.update_aliyun_ebs_backup_storage_result import UpdateAliyunEbsBackupStorageResult
    from ..models.update_backup_storage_result import UpdateBackupStorageResult
    from ..models.update_sftp_backup_storage_result import UpdateSftpBackupStorageResult

__all__ = ["AsyncBackupStorageApi", "BackupStorageApi"]


ADD_ALIYUN_EBS_BACKUP_STORAGE: Api[AddAliyunEbsBackupStorageResult] = Api(
    "AddAliyunEbsBackupStorage",
    "POST",
    "/backup-storage/aliyun/ebs",
    params=(
        ("description", "body", None),
        ("importImages", "body", None),
        ("name", "body", None),
        ("ossBucketUuid", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("url", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "import_images",
        "name",
        "oss_bucket_uuid",
        "resource_uuid",
        "tag_uuids",
        "type",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("name", "ossBucketUuid"),
    body_key="params",
    since=None,
    result=".models.add_aliyun_ebs_backup_storage_result:AddAliyunEbsBackupStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

ADD_DISASTER_IMAGE_STORE_BACKUP_STORAGE: Api[AddDisasterImageStoreBackupStorageResult] = Api(
    "AddDisasterImageStoreBackupStorage",
    "POST",
    "/backup-storage/image-store/disaster",
    params=(
        ("attachPoint", "body", None),
        ("description", "body", None),
        ("endPoint", "body", None),
        ("hostname", "body", None),
        ("importImages", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("resourceUuid", "body", None),
        ("sshPort", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("url", "body", None),
        ("username", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "attach_point",
        "description",
        "end_point",
        "hostname",
        "import_images",
        "name",
        "password",
        "resource_uuid",
        "ssh_port",
        "tag_uuids",
        "type",
        "url",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("hostname", "name", "password", "url", "username"),
    body_key="params",
    since=None,
    result=".models.add_disaster_image_store_backup_storage_result:AddDisasterImageStoreBackupStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("hostname", "hostname", "minLength", 1),
        ("hostname", "hostname", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("sshPort", "ssh_port", "minimum", 1),
        ("sshPort", "ssh_port", "maximum", 65535),
        ("url", "url", "minLength", 1),
        ("url", "url", "maxLength", 2048),
        ("username", "username", "maxLength", 255),
    ),
)

ADD_EXTERNAL_BACKUP_STORAGE: Api[AddExternalBackupStorageResult] = Api(
    "AddExternalBackupStorage",
    "POST",
    "/backup-storage/addon",
    params=(
        ("description", "body", None),
        ("identity", "body", None),
        ("importImages", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("url", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "identity",
        "import_images",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("identity", "name", "url"),
    body_key="params",
    since=None,
    result=".models.add_external_backup_storage_result:AddExternalBackupStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("identity", "identity", "minLength", 1),
        ("identity", "identity", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("url", "url", "minLength", 1),
        ("url", "url", "maxLength", 2048),
    ),
)

ADD_SFTP_BACKUP_STORAGE: Api[AddSftpBackupStorageResult] = Api(
    "AddSftpBackupStorage",
    "POST",
    "/backup-storage/sftp",
    params=(
        ("description", "body", None),
        ("hostname", "body", None),
        ("importImages", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("resourceUuid", "body", None),
        ("sshPort", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("url", "body", None),
        ("username", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "hostname",
        "import_images",
        "name",
        "password",
        "resource_uuid",
        "ssh_port",
        "tag_uuids",
        "type",
        "url",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("hostname", "name", "password", "url", "username"),
    body_key="params",
    since=None,
    result=".models.add_sftp_backup_storage_result:AddSftpBackupStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("hostname", "hostname", "minLength", 1),
        ("hostname", "hostname", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("sshPort", "ssh_port", "minimum", 1),
        ("sshPort", "ssh_port", "maximum", 65535),
        ("url", "url", "minLength", 1),
        ("url", "url", "maxLength", 2048),
        ("username", "username", "maxLength", 255),
    ),
)

ADD_SIMULATOR_BACKUP_STORAGE: Api[AddSimulatorBackupStorageResult] = Api(
    "AddSimulatorBackupStorage",
    "POST",
    "/backup-storage/simulators",
    params=(
        ("availableCapacity", "body", None),
        ("description", "body", None),
        ("importImages", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("totalCapacity", "body", None),
        ("type", "body", None),
        ("url", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "available_capacity",
        "description",
        "import_images",
        "name",
        "resource_uuid",
        "tag_uuids",
        "total_capacity",
        "type",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("name", "url"),
    body_key="params",
    since=None,
    result=".models.add_simulator_backup_storage_result:AddSimulatorBackupStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "minLength", 1),
        ("url", "url", "maxLength", 2048),
    ),
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
    names=("zone_uuid", "backup_storage_uuid", "system_tags", "user_tags"),
    required=("zoneUuid", "backupStorageUuid"),
    body_key="params",
    since="0.6",
    result=".models.attach_backup_storage_to_zone_result:AttachBackupStorageToZoneResult",
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
    names=(
        "image_uuid",
        "dst_backup_storage_uuid",
        "src_backup_storage_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("imageUuid", "dstBackupStorageUuid", "srcBackupStorageUuid"),
    body_key="backupStorageMigrateImage",
    since="2.2",
    result=".models.backup_storage_migrate_image_result:BackupStorageMigrateImageResult",
)

CHANGE_BACKUP_STORAGE_STATE: Api[ChangeBackupStorageStateResult] = Api(
    "ChangeBackupStorageState",
    "PUT",
    "/backup-storage/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeBackupStorageState",
    since="0.6",
    result=".models.change_backup_storage_state_result:ChangeBackupStorageStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CLEAN_UP_TRASH_ON_BACKUP_STORAGE: Api[CleanUpTrashOnBackupStorageResult] = Api(
    "CleanUpTrashOnBackupStorage",
    "PUT",
    "/backup-storage/{uuid}/trash/actions",
    params=(
        ("uuid", "path", None),
        ("trashId", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "trash_id", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="cleanUpTrashOnBackupStorage",
    since=None,
    result=".models.clean_up_trash_on_backup_storage_result:CleanUpTrashOnBackupStorageResult",
)

DELETE_BACKUP_STORAGE: Api[DeleteBackupStorageResult] = Api(
    "DeleteBackupStorage",
    "DELETE",
    "/backup-storage/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_backup_storage_result:DeleteBackupStorageResult",
)

DELETE_EXPORTED_IMAGE_FROM_BACKUP_STORAGE: Api[DeleteExportedImageFromBackupStorageResult] = Api(
    "DeleteExportedImageFromBackupStorage",
    "DELETE",
    "/backup-storage/{backupStorageUuid}/exported-images/{imageUuid}",
    params=(
        ("backupStorageUuid", "path", "1.7"),
        ("imageUuid", "path", "1.7"),
        ("systemTags", "query", "1.7"),
        ("userTags", "query", "1.7"),
    ),
    names=("backup_storage_uuid", "image_uuid", "system_tags", "user_tags"),
    required=("backupStorageUuid", "imageUuid"),
    since="1.7",
    result=".models.delete_exported_image_from_backup_storage_result:DeleteExportedImageFromBackupStorageResult",
)

DETACH_BACKUP_STORAGE_FROM_ZONE: Api[DetachBackupStorageFromZoneResult] = Api(
    "DetachBackupStorageFromZone",
    "DELETE",
    "/zones/{zoneUuid}/backup-storage/{backupStorageUuid}",
    params=(
        ("zoneUuid", "path", "0.6"),
        ("backupStorageUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("zone_uuid", "backup_storage_uuid", "system_tags", "user_tags"),
    required=("zoneUuid", "backupStorageUuid"),
    since="0.6",
    result=".models.detach_backup_storage_from_zone_result:DetachBackupStorageFromZoneResult",
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
    names=("backup_storage_uuid", "export_format", "image_uuid", "system_tags", "user_tags"),
    required=("backupStorageUuid", "imageUuid"),
    body_key="exportImageFromBackupStorage",
    since="1.7",
    result=".models.export_image_from_backup_storage_result:ExportImageFromBackupStorageResult",
    checks=(("exportFormat", "export_format", "enum", ("raw", "qcow2")),),
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
    names=("src_backup_storage_uuid", "system_tags", "user_tags"),
    required=("srcBackupStorageUuid",),
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
    names=("zone_uuids", "backup_storage_uuids", "all", "system_tags", "user_tags"),
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
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.get_backup_storage_types_result:GetBackupStorageTypesResult",
)

GET_IMAGES_FROM_IMAGE_STORE_BACKUP_STORAGE: Api[GetImagesFromImageStoreBackupStorageResult] = Api(
    "GetImagesFromImageStoreBackupStorage",
    "PUT",
    "/backup-storage/{uuid}/image-store",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="getImagesFromImageStoreBackupStorage",
    since=None,
    result=".models.get_images_from_image_store_backup_storage_result:GetImagesFromImageStoreBackupStorageResult",
)

GET_TRASH_ON_BACKUP_STORAGE: Api[GetTrashOnBackupStorageResult] = Api(
    "GetTrashOnBackupStorage",
    "GET",
    "/backup-storage/trash",
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
    result=".models.get_trash_on_backup_storage_result:GetTrashOnBackupStorageResult",
    checks=(("trashType", "trash_type", "enum", ("MigrateImage",)),),
)

QUERY_ALIYUN_EBS_BACKUP_STORAGE: Api[QueryAliyunEbsBackupStorageResult] = Api(
    "QueryAliyunEbsBackupStorage",
    "GET",
    "/backup-storage/aliyun/ebs",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_aliyun_ebs_backup_storage_result:QueryAliyunEbsBackupStorageResult",
    query=True,
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
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_backup_storage_result:QueryBackupStorageResult",
    query=True,
    alt_paths=("/backup-storage/{uuid}",),
)

QUERY_SFTP_BACKUP_STORAGE: Api[QuerySftpBackupStorageResult] = Api(
    "QuerySftpBackupStorage",
    "GET",
    "/backup-storage/sftp",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_sftp_backup_storage_result:QuerySftpBackupStorageResult",
    query=True,
)

RECONNECT_BACKUP_STORAGE: Api[ReconnectBackupStorageResult] = Api(
    "ReconnectBackupStorage",
    "PUT",
    "/backup-storage/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="reconnectBackupStorage",
    since="0.6",
    result=".models.reconnect_backup_storage_result:ReconnectBackupStorageResult",
)

RECONNECT_SFTP_BACKUP_STORAGE: Api[ReconnectSftpBackupStorageResult] = Api(
    "ReconnectSftpBackupStorage",
    "PUT",
    "/backup-storage/sftp/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="reconnectSftpBackupStorage",
    since=None,
    result=".models.reconnect_sftp_backup_storage_result:ReconnectSftpBackupStorageResult",
)

RECOVERY_IMAGE_FROM_IMAGE_STORE_BACKUP_STORAGE: Api[
    RecoveryImageFromImageStoreBackupStorageResult
] = Api(
    "RecoveryImageFromImageStoreBackupStorage",
    "PUT",
    "/backup-storage/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("dstBackupStorageUuid", "body", None),
        ("name", "body", None),
        ("srcBackupStorageUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "description",
        "dst_backup_storage_uuid",
        "name",
        "src_backup_storage_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("uuid", "dstBackupStorageUuid", "name", "srcBackupStorageUuid"),
    body_key="recoveryImageFromImageStoreBackupStorage",
    since=None,
    result=".models.recovery_image_from_image_store_backup_storage_result:RecoveryImageFromImageStoreBackupStorageResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

SET_IMAGE_STORE_BACKUP_STORAGE_QUOTA: Api[SetImageStoreBackupStorageQuotaResult] = Api(
    "SetImageStoreBackupStorageQuota",
    "PUT",
    "/backup-storage/image-store/actions",
    params=(
        ("maxCapacity", "body", None),
        ("uuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("max_capacity", "uuids", "system_tags", "user_tags"),
    required=("maxCapacity",),
    body_key="setImageStoreBackupStorageQuota",
    since=None,
    result=".models.set_image_store_backup_storage_quota_result:SetImageStoreBackupStorageQuotaResult",
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
    names=("image_store_uuid", "system_tags", "user_tags"),
    required=("imageStoreUuid",),
    body_key="syncImage",
    since="4.7.11",
    result=".models.sync_image_result:SyncImageResult",
)

UPDATE_ALIYUN_EBS_BACKUP_STORAGE: Api[UpdateAliyunEbsBackupStorageResult] = Api(
    "UpdateAliyunEbsBackupStorage",
    "PUT",
    "/backup-storage/aliyun/ebs/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("ossBucketUuid", "body", None),
        ("url", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "oss_bucket_uuid", "url", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateAliyunEbsBackupStorage",
    since=None,
    result=".models.update_aliyun_ebs_backup_storage_result:UpdateAliyunEbsBackupStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "minLength", 1),
        ("url", "url", "maxLength", 2048),
    ),
)

UPDATE_BACKUP_STORAGE: Api[UpdateBackupStorageResult] = Api(
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
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateBackupStorage",
    since="0.6",
    result=".models.update_backup_storage_result:UpdateBackupStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SFTP_BACKUP_STORAGE: Api[UpdateSftpBackupStorageResult] = Api(
    "UpdateSftpBackupStorage",
    "PUT",
    "/backup-storage/sftp/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("hostname", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("sshPort", "body", None),
        ("username", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "description",
        "hostname",
        "name",
        "password",
        "ssh_port",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateSftpBackupStorage",
    since=None,
    result=".models.update_sftp_backup_storage_result:UpdateSftpBackupStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("hostname", "hostname", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("sshPort", "ssh_port", "minimum", 1),
        ("sshPort", "ssh_port", "maximum", 65535),
        ("username", "username", "maxLength", 255),
    ),
)


class BackupStorageApi(SyncNamespace):
    """backup-storage: 29 APIs (AddAliyunEbsBackupStorage, AddDisasterImageStoreBackupStorage, AddExternalBackupStorage, ...)."""

    __slots__ = ()

    def add_aliyun_ebs_backup_storage(
        self,
        *,
        name: str,
        oss_bucket_uuid: str,
        description: str | None = None,
        import_images: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunEbsBackupStorageResult:
        """Add aliyun ebs backup storage (AddAliyunEbsBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunEbsBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            import_images: importImages
            name: name (maxLength 255)
            oss_bucket_uuid: ossBucketUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ALIYUN_EBS_BACKUP_STORAGE,
            {
                "description": description,
                "importImages": import_images,
                "name": name,
                "ossBucketUuid": oss_bucket_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_disaster_image_store_backup_storage(
        self,
        *,
        hostname: str,
        name: str,
        password: str,
        url: str,
        username: str,
        attach_point: str | None = None,
        description: str | None = None,
        end_point: str | None = None,
        import_images: bool | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddDisasterImageStoreBackupStorageResult:
        """Add disaster image store backup storage (AddDisasterImageStoreBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddDisasterImageStoreBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            attach_point: attachPoint
            description: description (maxLength 2048)
            end_point: endPoint
            hostname: hostname (minLength 1; maxLength 255)
            import_images: importImages
            name: name (maxLength 255)
            password: password (maxLength 255)
            resource_uuid: resourceUuid
            ssh_port: sshPort (minimum 1; maximum 65535)
            tag_uuids: tagUuids
            type: type
            url: url (minLength 1; maxLength 2048)
            username: username (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_DISASTER_IMAGE_STORE_BACKUP_STORAGE,
            {
                "attachPoint": attach_point,
                "description": description,
                "endPoint": end_point,
                "hostname": hostname,
                "importImages": import_images,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_external_backup_storage(
        self,
        *,
        identity: str,
        name: str,
        url: str,
        description: str | None = None,
        import_images: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddExternalBackupStorageResult:
        """Add external backup storage (AddExternalBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddExternalBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            identity: identity (minLength 1; maxLength 255)
            import_images: importImages
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            url: url (minLength 1; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_EXTERNAL_BACKUP_STORAGE,
            {
                "description": description,
                "identity": identity,
                "importImages": import_images,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_sftp_backup_storage(
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
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSftpBackupStorageResult:
        """Add sftp backup storage (AddSftpBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddSftpBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            hostname: hostname (minLength 1; maxLength 255)
            import_images: importImages
            name: name (maxLength 255)
            password: password (maxLength 255)
            resource_uuid: resourceUuid
            ssh_port: sshPort (minimum 1; maximum 65535)
            tag_uuids: tagUuids
            type: type
            url: url (minLength 1; maxLength 2048)
            username: username (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SFTP_BACKUP_STORAGE,
            {
                "description": description,
                "hostname": hostname,
                "importImages": import_images,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_simulator_backup_storage(
        self,
        *,
        name: str,
        url: str,
        available_capacity: int | None = None,
        description: str | None = None,
        import_images: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        total_capacity: int | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSimulatorBackupStorageResult:
        """Add simulator backup storage (AddSimulatorBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddSimulatorBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            available_capacity: availableCapacity
            description: description (maxLength 2048)
            import_images: importImages
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            total_capacity: totalCapacity
            type: type
            url: url (minLength 1; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SIMULATOR_BACKUP_STORAGE,
            {
                "availableCapacity": available_capacity,
                "description": description,
                "importImages": import_images,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "totalCapacity": total_capacity,
                "type": type,
                "url": url,
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
    ) -> ChangeBackupStorageStateResult:
        """更改镜像服务器可用状态 (ChangeBackupStorageState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 镜像服务器的目标状态 (since 0.6; enum {'enable', 'disable'})
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

    def clean_up_trash_on_backup_storage(
        self,
        *,
        uuid: str,
        trash_id: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanUpTrashOnBackupStorageResult:
        """Clean up trash on backup storage (CleanUpTrashOnBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CleanUpTrashOnBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            trash_id: trashId
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CLEAN_UP_TRASH_ON_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "trashId": trash_id,
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
    ) -> DeleteBackupStorageResult:
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

    def delete_exported_image_from_backup_storage(
        self,
        *,
        backup_storage_uuid: str,
        image_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteExportedImageFromBackupStorageResult:
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

    def detach_backup_storage_from_zone(
        self,
        *,
        zone_uuid: str,
        backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachBackupStorageFromZoneResult:
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

    def export_image_from_backup_storage(
        self,
        *,
        backup_storage_uuid: str,
        image_uuid: str,
        export_format: Literal["raw", "qcow2"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExportImageFromBackupStorageResult:
        """从镜像服务器导出镜像 (ExportImageFromBackupStorage).

        Since ZStack 1.7. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_storage_uuid: 镜像存储UUID (since 1.7)
            export_format: 导出镜像的保存格式 (since 3.9.0; enum {'raw', 'qcow2'})
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

        Since ZStack 2.2. Synchronous (a 202 is still followed).

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

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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

    def get_images_from_image_store_backup_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetImagesFromImageStoreBackupStorageResult:
        """Get images from image store backup storage (GetImagesFromImageStoreBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetImagesFromImageStoreBackupStorageAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_IMAGES_FROM_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_trash_on_backup_storage(
        self,
        *,
        uuid: str,
        resource_uuid: str | None = None,
        resource_type: str | None = None,
        trash_type: Literal["MigrateImage"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetTrashOnBackupStorageResult:
        """Get trash on backup storage (GetTrashOnBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetTrashOnBackupStorageAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            resource_uuid: resourceUuid
            resource_type: resourceType
            trash_type: trashType (enum {'MigrateImage'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_TRASH_ON_BACKUP_STORAGE,
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

    def query_aliyun_ebs_backup_storage(
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
    ) -> QueryAliyunEbsBackupStorageResult:
        """Query aliyun ebs backup storage (QueryAliyunEbsBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunEbsBackupStorageAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALIYUN_EBS_BACKUP_STORAGE,
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

    def query_aliyun_ebs_backup_storage_pages(
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
        """Every result of ``query_aliyun_ebs_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_EBS_BACKUP_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
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

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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

    def query_sftp_backup_storage(
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
    ) -> QuerySftpBackupStorageResult:
        """Query sftp backup storage (QuerySftpBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QuerySftpBackupStorageAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SFTP_BACKUP_STORAGE,
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

    def query_sftp_backup_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SftpBackupStorageInventory]:
        """Every result of ``query_sftp_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SFTP_BACKUP_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def reconnect_backup_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectBackupStorageResult:
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

    def reconnect_sftp_backup_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectSftpBackupStorageResult:
        """Reconnect sftp backup storage (ReconnectSftpBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ReconnectSftpBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_SFTP_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def recovery_image_from_image_store_backup_storage(
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
    ) -> RecoveryImageFromImageStoreBackupStorageResult:
        """Recovery image from image store backup storage (RecoveryImageFromImageStoreBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RecoveryImageFromImageStoreBackupStorageAction.java`.

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
            RECOVERY_IMAGE_FROM_IMAGE_STORE_BACKUP_STORAGE,
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

    def set_image_store_backup_storage_quota(
        self,
        *,
        max_capacity: int,
        uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetImageStoreBackupStorageQuotaResult:
        """Set image store backup storage quota (SetImageStoreBackupStorageQuota).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetImageStoreBackupStorageQuotaAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            max_capacity: maxCapacity
            uuids: uuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_IMAGE_STORE_BACKUP_STORAGE_QUOTA,
            {
                "maxCapacity": max_capacity,
                "uuids": uuids,
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

    def update_aliyun_ebs_backup_storage(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        oss_bucket_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunEbsBackupStorageResult:
        """Update aliyun ebs backup storage (UpdateAliyunEbsBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunEbsBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            oss_bucket_uuid: ossBucketUuid
            url: url (minLength 1; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALIYUN_EBS_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "ossBucketUuid": oss_bucket_uuid,
                "url": url,
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
    ) -> UpdateBackupStorageResult:
        """更新镜像服务器信息 (UpdateBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 指定目标镜像服务器的UUID (since 0.6)
            description: 镜像服务器新的详细描述 (since 0.6; maxLength 2048)
            name: 镜像服务器的新名称 (since 0.6; maxLength 255)
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

    def update_sftp_backup_storage(
        self,
        *,
        uuid: str,
        description: str | None = None,
        hostname: str | None = None,
        name: str | None = None,
        password: str | None = None,
        ssh_port: int | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSftpBackupStorageResult:
        """Update sftp backup storage (UpdateSftpBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateSftpBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            hostname: hostname (maxLength 255)
            name: name (maxLength 255)
            password: password (maxLength 255)
            ssh_port: sshPort (minimum 1; maximum 65535)
            username: username (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SFTP_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "hostname": hostname,
                "name": name,
                "password": password,
                "sshPort": ssh_port,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncBackupStorageApi(AsyncNamespace):
    """backup-storage: 29 APIs (AddAliyunEbsBackupStorage, AddDisasterImageStoreBackupStorage, AddExternalBackupStorage, ...). (asyncio)"""

    __slots__ = ()

    async def add_aliyun_ebs_backup_storage(
        self,
        *,
        name: str,
        oss_bucket_uuid: str,
        description: str | None = None,
        import_images: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunEbsBackupStorageResult:
        """Add aliyun ebs backup storage (AddAliyunEbsBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunEbsBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            import_images: importImages
            name: name (maxLength 255)
            oss_bucket_uuid: ossBucketUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ALIYUN_EBS_BACKUP_STORAGE,
            {
                "description": description,
                "importImages": import_images,
                "name": name,
                "ossBucketUuid": oss_bucket_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_disaster_image_store_backup_storage(
        self,
        *,
        hostname: str,
        name: str,
        password: str,
        url: str,
        username: str,
        attach_point: str | None = None,
        description: str | None = None,
        end_point: str | None = None,
        import_images: bool | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddDisasterImageStoreBackupStorageResult:
        """Add disaster image store backup storage (AddDisasterImageStoreBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddDisasterImageStoreBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            attach_point: attachPoint
            description: description (maxLength 2048)
            end_point: endPoint
            hostname: hostname (minLength 1; maxLength 255)
            import_images: importImages
            name: name (maxLength 255)
            password: password (maxLength 255)
            resource_uuid: resourceUuid
            ssh_port: sshPort (minimum 1; maximum 65535)
            tag_uuids: tagUuids
            type: type
            url: url (minLength 1; maxLength 2048)
            username: username (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_DISASTER_IMAGE_STORE_BACKUP_STORAGE,
            {
                "attachPoint": attach_point,
                "description": description,
                "endPoint": end_point,
                "hostname": hostname,
                "importImages": import_images,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_external_backup_storage(
        self,
        *,
        identity: str,
        name: str,
        url: str,
        description: str | None = None,
        import_images: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddExternalBackupStorageResult:
        """Add external backup storage (AddExternalBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddExternalBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            identity: identity (minLength 1; maxLength 255)
            import_images: importImages
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            url: url (minLength 1; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_EXTERNAL_BACKUP_STORAGE,
            {
                "description": description,
                "identity": identity,
                "importImages": import_images,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_sftp_backup_storage(
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
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSftpBackupStorageResult:
        """Add sftp backup storage (AddSftpBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddSftpBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            hostname: hostname (minLength 1; maxLength 255)
            import_images: importImages
            name: name (maxLength 255)
            password: password (maxLength 255)
            resource_uuid: resourceUuid
            ssh_port: sshPort (minimum 1; maximum 65535)
            tag_uuids: tagUuids
            type: type
            url: url (minLength 1; maxLength 2048)
            username: username (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SFTP_BACKUP_STORAGE,
            {
                "description": description,
                "hostname": hostname,
                "importImages": import_images,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_simulator_backup_storage(
        self,
        *,
        name: str,
        url: str,
        available_capacity: int | None = None,
        description: str | None = None,
        import_images: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        total_capacity: int | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSimulatorBackupStorageResult:
        """Add simulator backup storage (AddSimulatorBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddSimulatorBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            available_capacity: availableCapacity
            description: description (maxLength 2048)
            import_images: importImages
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            total_capacity: totalCapacity
            type: type
            url: url (minLength 1; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SIMULATOR_BACKUP_STORAGE,
            {
                "availableCapacity": available_capacity,
                "description": description,
                "importImages": import_images,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "totalCapacity": total_capacity,
                "type": type,
                "url": url,
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
    ) -> ChangeBackupStorageStateResult:
        """更改镜像服务器可用状态 (ChangeBackupStorageState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 镜像服务器的目标状态 (since 0.6; enum {'enable', 'disable'})
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

    async def clean_up_trash_on_backup_storage(
        self,
        *,
        uuid: str,
        trash_id: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanUpTrashOnBackupStorageResult:
        """Clean up trash on backup storage (CleanUpTrashOnBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CleanUpTrashOnBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            trash_id: trashId
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CLEAN_UP_TRASH_ON_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "trashId": trash_id,
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
    ) -> DeleteBackupStorageResult:
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

    async def delete_exported_image_from_backup_storage(
        self,
        *,
        backup_storage_uuid: str,
        image_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteExportedImageFromBackupStorageResult:
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

    async def detach_backup_storage_from_zone(
        self,
        *,
        zone_uuid: str,
        backup_storage_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachBackupStorageFromZoneResult:
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

    async def export_image_from_backup_storage(
        self,
        *,
        backup_storage_uuid: str,
        image_uuid: str,
        export_format: Literal["raw", "qcow2"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExportImageFromBackupStorageResult:
        """从镜像服务器导出镜像 (ExportImageFromBackupStorage).

        Since ZStack 1.7. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backup_storage_uuid: 镜像存储UUID (since 1.7)
            export_format: 导出镜像的保存格式 (since 3.9.0; enum {'raw', 'qcow2'})
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

        Since ZStack 2.2. Synchronous (a 202 is still followed).

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

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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

    async def get_images_from_image_store_backup_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetImagesFromImageStoreBackupStorageResult:
        """Get images from image store backup storage (GetImagesFromImageStoreBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetImagesFromImageStoreBackupStorageAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_IMAGES_FROM_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_trash_on_backup_storage(
        self,
        *,
        uuid: str,
        resource_uuid: str | None = None,
        resource_type: str | None = None,
        trash_type: Literal["MigrateImage"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetTrashOnBackupStorageResult:
        """Get trash on backup storage (GetTrashOnBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetTrashOnBackupStorageAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            resource_uuid: resourceUuid
            resource_type: resourceType
            trash_type: trashType (enum {'MigrateImage'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_TRASH_ON_BACKUP_STORAGE,
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

    async def query_aliyun_ebs_backup_storage(
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
    ) -> QueryAliyunEbsBackupStorageResult:
        """Query aliyun ebs backup storage (QueryAliyunEbsBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunEbsBackupStorageAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALIYUN_EBS_BACKUP_STORAGE,
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

    def query_aliyun_ebs_backup_storage_pages(
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
        """Every result of ``query_aliyun_ebs_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_EBS_BACKUP_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
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

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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

    async def query_sftp_backup_storage(
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
    ) -> QuerySftpBackupStorageResult:
        """Query sftp backup storage (QuerySftpBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QuerySftpBackupStorageAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SFTP_BACKUP_STORAGE,
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

    def query_sftp_backup_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SftpBackupStorageInventory]:
        """Every result of ``query_sftp_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SFTP_BACKUP_STORAGE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def reconnect_backup_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectBackupStorageResult:
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

    async def reconnect_sftp_backup_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectSftpBackupStorageResult:
        """Reconnect sftp backup storage (ReconnectSftpBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ReconnectSftpBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_SFTP_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def recovery_image_from_image_store_backup_storage(
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
    ) -> RecoveryImageFromImageStoreBackupStorageResult:
        """Recovery image from image store backup storage (RecoveryImageFromImageStoreBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RecoveryImageFromImageStoreBackupStorageAction.java`.

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
            RECOVERY_IMAGE_FROM_IMAGE_STORE_BACKUP_STORAGE,
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

    async def set_image_store_backup_storage_quota(
        self,
        *,
        max_capacity: int,
        uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetImageStoreBackupStorageQuotaResult:
        """Set image store backup storage quota (SetImageStoreBackupStorageQuota).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetImageStoreBackupStorageQuotaAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            max_capacity: maxCapacity
            uuids: uuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_IMAGE_STORE_BACKUP_STORAGE_QUOTA,
            {
                "maxCapacity": max_capacity,
                "uuids": uuids,
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

    async def update_aliyun_ebs_backup_storage(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        oss_bucket_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunEbsBackupStorageResult:
        """Update aliyun ebs backup storage (UpdateAliyunEbsBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunEbsBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            oss_bucket_uuid: ossBucketUuid
            url: url (minLength 1; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALIYUN_EBS_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "ossBucketUuid": oss_bucket_uuid,
                "url": url,
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
    ) -> UpdateBackupStorageResult:
        """更新镜像服务器信息 (UpdateBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 指定目标镜像服务器的UUID (since 0.6)
            description: 镜像服务器新的详细描述 (since 0.6; maxLength 2048)
            name: 镜像服务器的新名称 (since 0.6; maxLength 255)
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

    async def update_sftp_backup_storage(
        self,
        *,
        uuid: str,
        description: str | None = None,
        hostname: str | None = None,
        name: str | None = None,
        password: str | None = None,
        ssh_port: int | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSftpBackupStorageResult:
        """Update sftp backup storage (UpdateSftpBackupStorage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateSftpBackupStorageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            hostname: hostname (maxLength 255)
            name: name (maxLength 255)
            password: password (maxLength 255)
            ssh_port: sshPort (minimum 1; maximum 65535)
            username: username (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SFTP_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "hostname": hostname,
                "name": name,
                "password": password,
                "sshPort": ssh_port,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
