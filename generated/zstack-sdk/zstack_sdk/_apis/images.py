"""``client.images``: 25 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_image_result import AddImageResult
    from ..models.calculate_image_hash_result import CalculateImageHashResult
    from ..models.change_image_state_result import ChangeImageStateResult
    from ..models.create_data_volume_template_from_volume_result import (
        CreateDataVolumeTemplateFromVolumeResult,
    )
    from ..models.create_data_volume_template_from_volume_snapshot_result import (
        CreateDataVolumeTemplateFromVolumeSnapshotResult,
    )
    from ..models.create_root_volume_template_from_root_volume_result import (
        CreateRootVolumeTemplateFromRootVolumeResult,
    )
    from ..models.create_root_volume_template_from_volume_snapshot_result import (
        CreateRootVolumeTemplateFromVolumeSnapshotResult,
    )
    from ..models.delete_image_package_result import DeleteImagePackageResult
    from ..models.delete_image_result import DeleteImageResult
    from ..models.expunge_image_result import ExpungeImageResult
    from ..models.get_backup_storage_for_creating_image_from_volume_result import (
        GetBackupStorageForCreatingImageFromVolumeResult,
    )
    from ..models.get_backup_storage_for_creating_image_from_volume_snapshot_result import (
        GetBackupStorageForCreatingImageFromVolumeSnapshotResult,
    )
    from ..models.get_candidate_backup_storage_for_creating_image_result import (
        GetCandidateBackupStorageForCreatingImageResult,
    )
    from ..models.get_image_qga_result import GetImageQgaResult
    from ..models.get_upload_image_job_details_result import GetUploadImageJobDetailsResult
    from ..models.image_inventory import ImageInventory
    from ..models.image_package_inventory import ImagePackageInventory
    from ..models.query_image_package_result import QueryImagePackageResult
    from ..models.query_image_result import QueryImageResult
    from ..models.recover_image_result import RecoverImageResult
    from ..models.set_image_boot_mode_result import SetImageBootModeResult
    from ..models.set_image_qga_result import SetImageQgaResult
    from ..models.set_image_security_level_result import SetImageSecurityLevelResult
    from ..models.sync_image_from_image_store_backup_storage_result import (
        SyncImageFromImageStoreBackupStorageResult,
    )
    from ..models.sync_image_size_result import SyncImageSizeResult
    from ..models.update_image_package_result import UpdateImagePackageResult
    from ..models.update_image_result import UpdateImageResult

__all__ = ["AsyncImagesApi", "ImagesApi"]


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
    names=(
        "architecture",
        "backup_storage_uuids",
        "description",
        "format",
        "guest_os_type",
        "media_type",
        "name",
        "platform",
        "resource_uuid",
        "system",
        "tag_uuids",
        "type",
        "url",
        "virtio",
        "system_tags",
        "user_tags",
    ),
    required=("backupStorageUuids", "name", "url"),
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
    names=("uuid", "algorithm", "backup_storage_uuid", "system_tags", "user_tags"),
    required=("uuid", "backupStorageUuid"),
    body_key="calculateImageHash",
    since="5.0.0",
    result=".models.calculate_image_hash_result:CalculateImageHashResult",
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
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeImageState",
    since="0.6",
    result=".models.change_image_state_result:ChangeImageStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
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
    names=(
        "volume_uuid",
        "backup_storage_uuids",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("volumeUuid", "name"),
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
    names=(
        "snapshot_uuid",
        "backup_storage_uuids",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("snapshotUuid", "backupStorageUuids", "name"),
    body_key="params",
    since="0.6",
    result=".models.create_data_volume_template_from_volume_snapshot_result:CreateDataVolumeTemplateFromVolumeSnapshotResult",
    checks=(
        ("backupStorageUuids", "backup_storage_uuids", "minItems", 1),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
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
        names=(
            "root_volume_uuid",
            "architecture",
            "backup_storage_uuids",
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
        required=("rootVolumeUuid", "name"),
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
    names=(
        "snapshot_uuid",
        "architecture",
        "backup_storage_uuids",
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
    required=("snapshotUuid", "backupStorageUuids", "name"),
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
    names=("uuid", "backup_storage_uuids", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
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
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.4.6",
    result=".models.delete_image_package_result:DeleteImagePackageResult",
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
    names=("image_uuid", "uuid", "backup_storage_uuids", "uuid_", "system_tags", "user_tags"),
    required=("imageUuid", "Uuid"),
    body_key="expungeImage",
    since="0.6",
    result=".models.expunge_image_result:ExpungeImageResult",
    checks=(("backupStorageUuids", "backup_storage_uuids", "minItems", 1),),
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
    names=("volume_uuid", "volume_snapshot_uuid", "system_tags", "user_tags"),
    required=("volumeUuid",),
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
    names=("volume_snapshot_uuid", "volume_uuid", "system_tags", "user_tags"),
    required=("volumeSnapshotUuid",),
    since=None,
    result=".models.get_backup_storage_for_creating_image_from_volume_snapshot_result:GetBackupStorageForCreatingImageFromVolumeSnapshotResult",
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
    names=("volume_uuid", "volume_snapshot_uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.get_candidate_backup_storage_for_creating_image_result:GetCandidateBackupStorageForCreatingImageResult",
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
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.get_image_qga_result:GetImageQgaResult",
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
    names=("image_id", "system_tags", "user_tags"),
    required=("imageId",),
    since="4.1.0",
    result=".models.get_upload_image_job_details_result:GetUploadImageJobDetailsResult",
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
    names=("uuid", "system_tags", "user_tags"),
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
    names=("uuid", "system_tags", "user_tags"),
    since="4.4.6",
    result=".models.query_image_package_result:QueryImagePackageResult",
    query=True,
    alt_paths=("/image-packages/{uuid}",),
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
    names=("image_uuid", "backup_storage_uuids", "system_tags", "user_tags"),
    required=("imageUuid",),
    body_key="recoverImage",
    since="0.6",
    result=".models.recover_image_result:RecoverImageResult",
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
    names=("uuid", "boot_mode", "system_tags", "user_tags"),
    required=("uuid", "bootMode"),
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
    names=("uuid", "enable", "system_tags", "user_tags"),
    required=("uuid", "enable"),
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
    names=("uuid", "security_level", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="setImageSecurityLevel",
    since=None,
    result=".models.set_image_security_level_result:SetImageSecurityLevelResult",
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
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="syncImageSize",
    since="0.6",
    result=".models.sync_image_size_result:SyncImageSizeResult",
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
    names=(
        "uuid",
        "architecture",
        "description",
        "format",
        "guest_os_type",
        "media_type",
        "name",
        "platform",
        "system",
        "virtio",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
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
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateImagePackage",
    since="4.4.6",
    result=".models.update_image_package_result:UpdateImagePackageResult",
)


class ImagesApi(SyncNamespace):
    """images: 25 APIs (AddImage, CalculateImageHash, ChangeImageState, ...)."""

    __slots__ = ()

    def add_image(
        self,
        *,
        backup_storage_uuids: Sequence[str],
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
        tag_uuids: Sequence[str] | None = None,
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

    def create_data_volume_template_from_volume(
        self,
        *,
        volume_uuid: str,
        name: str,
        backup_storage_uuids: Sequence[str] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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
        backup_storage_uuids: Sequence[str],
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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

    def create_root_volume_template_from_root_volume(
        self,
        *,
        root_volume_uuid: str,
        name: str,
        architecture: str | None = None,
        backup_storage_uuids: Sequence[str] | None = None,
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
        backup_storage_uuids: Sequence[str],
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

    def expunge_image(
        self,
        *,
        image_uuid: str,
        uuid: str,
        backup_storage_uuids: Sequence[str] | None = None,
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

    def recover_image(
        self,
        *,
        image_uuid: str,
        backup_storage_uuids: Sequence[str] | None = None,
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


class AsyncImagesApi(AsyncNamespace):
    """images: 25 APIs (AddImage, CalculateImageHash, ChangeImageState, ...). (asyncio)"""

    __slots__ = ()

    async def add_image(
        self,
        *,
        backup_storage_uuids: Sequence[str],
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
        tag_uuids: Sequence[str] | None = None,
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

    async def create_data_volume_template_from_volume(
        self,
        *,
        volume_uuid: str,
        name: str,
        backup_storage_uuids: Sequence[str] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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
        backup_storage_uuids: Sequence[str],
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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

    async def create_root_volume_template_from_root_volume(
        self,
        *,
        root_volume_uuid: str,
        name: str,
        architecture: str | None = None,
        backup_storage_uuids: Sequence[str] | None = None,
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
        backup_storage_uuids: Sequence[str],
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

    async def expunge_image(
        self,
        *,
        image_uuid: str,
        uuid: str,
        backup_storage_uuids: Sequence[str] | None = None,
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

    async def recover_image(
        self,
        *,
        image_uuid: str,
        backup_storage_uuids: Sequence[str] | None = None,
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
