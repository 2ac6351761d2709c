"""``client.volumes``: 38 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_data_volume_to_host_result import AttachDataVolumeToHostResult
    from ..models.attach_data_volume_to_vm_result import AttachDataVolumeToVmResult
    from ..models.batch_delete_volume_snapshot_result import BatchDeleteVolumeSnapshotResult
    from ..models.batch_sync_volume_size_result import BatchSyncVolumeSizeResult
    from ..models.change_volume_state_result import ChangeVolumeStateResult
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
    from ..models.create_volume_snapshot_result import CreateVolumeSnapshotResult
    from ..models.create_volumes_snapshot_result import CreateVolumesSnapshotResult
    from ..models.delete_data_volume_result import DeleteDataVolumeResult
    from ..models.delete_volume_qos_result import DeleteVolumeQosResult
    from ..models.delete_volume_snapshot_result import DeleteVolumeSnapshotResult
    from ..models.detach_data_volume_from_host_result import DetachDataVolumeFromHostResult
    from ..models.detach_data_volume_from_vm_result import DetachDataVolumeFromVmResult
    from ..models.expunge_data_volume_result import ExpungeDataVolumeResult
    from ..models.flatten_volume_result import FlattenVolumeResult
    from ..models.get_data_volume_attachable_vm_result import GetDataVolumeAttachableVmResult
    from ..models.get_volume_capabilities_result import GetVolumeCapabilitiesResult
    from ..models.get_volume_format_result import GetVolumeFormatResult
    from ..models.get_volume_io_thread_pin_result import GetVolumeIoThreadPinResult
    from ..models.get_volume_qos_result import GetVolumeQosResult
    from ..models.get_volume_snapshot_size_result import GetVolumeSnapshotSizeResult
    from ..models.query_volume_result import QueryVolumeResult
    from ..models.query_volume_snapshot_result import QueryVolumeSnapshotResult
    from ..models.query_volume_snapshot_tree_result import QueryVolumeSnapshotTreeResult
    from ..models.recover_data_volume_result import RecoverDataVolumeResult
    from ..models.resize_data_volume_result import ResizeDataVolumeResult
    from ..models.resize_root_volume_result import ResizeRootVolumeResult
    from ..models.revert_volume_from_snapshot_result import RevertVolumeFromSnapshotResult
    from ..models.set_volume_io_thread_pin_result import SetVolumeIoThreadPinResult
    from ..models.set_volume_qos_result import SetVolumeQosResult
    from ..models.shrink_volume_snapshot_result import ShrinkVolumeSnapshotResult
    from ..models.sync_volume_size_result import SyncVolumeSizeResult
    from ..models.update_volume_result import UpdateVolumeResult
    from ..models.update_volume_snapshot_result import UpdateVolumeSnapshotResult
    from ..models.validate_volume_snapshot_chain_result import ValidateVolumeSnapshotChainResult
    from ..models.volume_inventory import VolumeInventory
    from ..models.volume_snapshot_inventory import VolumeSnapshotInventory
    from ..models.volume_snapshot_tree_inventory import VolumeSnapshotTreeInventory

__all__ = ["AsyncVolumesApi", "VolumesApi"]


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
    names=("volume_uuid", "host_uuid", "mount_path", "system_tags", "user_tags"),
    required=("volumeUuid", "hostUuid", "mountPath"),
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
    names=("volume_uuid", "vm_instance_uuid", "system_tags", "user_tags"),
    required=("volumeUuid", "vmInstanceUuid"),
    body_key="params",
    since="0.6",
    result=".models.attach_data_volume_to_vm_result:AttachDataVolumeToVmResult",
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
    names=("delete_mode", "uuids", "system_tags", "user_tags"),
    required=("uuids",),
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
    names=("cluster_uuid", "system_tags", "user_tags"),
    required=("clusterUuid",),
    since="4.5.3",
    result=".models.batch_sync_volume_size_result:BatchSyncVolumeSizeResult",
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
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeVolumeState",
    since="0.6",
    result=".models.change_volume_state_result:ChangeVolumeStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
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
    names=(
        "description",
        "disk_offering_uuid",
        "disk_size",
        "name",
        "primary_storage_uuid",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
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
    names=(
        "backup_uuid",
        "backup_storage_uuid",
        "description",
        "name",
        "primary_storage_uuid",
        "resource_uuid",
        "tag_uuids",
        "vm_instance_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("backupUuid", "name"),
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
    names=(
        "volume_snapshot_uuid",
        "description",
        "name",
        "primary_storage_uuid",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("volumeSnapshotUuid", "name"),
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
    names=(
        "image_uuid",
        "description",
        "host_uuid",
        "name",
        "primary_storage_uuid",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("imageUuid", "name", "primaryStorageUuid"),
    body_key="params",
    since="0.6",
    result=".models.create_data_volume_from_volume_template_result:CreateDataVolumeFromVolumeTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
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
    names=(
        "volume_uuid",
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
    result=".models.create_volume_snapshot_result:CreateVolumeSnapshotResult",
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
    names=("volume_uuids", "system_tags", "user_tags"),
    required=("volumeUuids",),
    body_key="params",
    since=None,
    result=".models.create_volumes_snapshot_result:CreateVolumesSnapshotResult",
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
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_data_volume_result:DeleteDataVolumeResult",
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
    names=("uuid", "mode", "system_tags", "user_tags"),
    required=("uuid",),
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
    names=("uuid", "delete_mode", "direction", "scope", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_volume_snapshot_result:DeleteVolumeSnapshotResult",
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
    names=("volume_uuid", "host_uuid", "system_tags", "user_tags"),
    required=("volumeUuid",),
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
    names=("uuid", "vm_uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.detach_data_volume_from_vm_result:DetachDataVolumeFromVmResult",
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
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="expungeDataVolume",
    since="0.6",
    result=".models.expunge_data_volume_result:ExpungeDataVolumeResult",
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
    names=("uuid", "dry_run", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="flattenVolume",
    since="4.7.0",
    result=".models.flatten_volume_result:FlattenVolumeResult",
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
    names=("volume_uuid", "system_tags", "user_tags"),
    required=("volumeUuid",),
    since="0.6",
    result=".models.get_data_volume_attachable_vm_result:GetDataVolumeAttachableVmResult",
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
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
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
    names=("system_tags", "user_tags"),
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
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
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
    names=("uuid", "force_sync", "system_tags", "user_tags"),
    required=("uuid",),
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
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="getVolumeSnapshotSize",
    since="3.5.0",
    result=".models.get_volume_snapshot_size_result:GetVolumeSnapshotSizeResult",
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
    names=("uuid", "system_tags", "user_tags"),
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
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_volume_snapshot_result:QueryVolumeSnapshotResult",
    query=True,
    alt_paths=("/volume-snapshots/{uuid}",),
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
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_volume_snapshot_tree_result:QueryVolumeSnapshotTreeResult",
    query=True,
    alt_paths=("/volume-snapshots/trees/{uuid}",),
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
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="recoverDataVolume",
    since="0.6",
    result=".models.recover_data_volume_result:RecoverDataVolumeResult",
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
    names=("uuid", "size", "system_tags", "user_tags"),
    required=("uuid", "size"),
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
    names=("uuid", "size", "vm_instance_uuid", "system_tags", "user_tags"),
    required=("uuid", "size"),
    body_key="resizeRootVolume",
    since="2.2",
    result=".models.resize_root_volume_result:ResizeRootVolumeResult",
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
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="revertVolumeFromSnapshot",
    since="0.6",
    result=".models.revert_volume_from_snapshot_result:RevertVolumeFromSnapshotResult",
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
    names=("uuid", "io_thread_id", "pin", "vm_uuid", "system_tags", "user_tags"),
    required=("uuid", "ioThreadId", "pin", "vmUuid"),
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
    names=(
        "uuid",
        "mode",
        "read_bandwidth",
        "read_iops",
        "total_bandwidth",
        "total_iops",
        "volume_bandwidth",
        "write_bandwidth",
        "write_iops",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
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
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="shrinkVolumeSnapshot",
    since="3.10.0",
    result=".models.shrink_volume_snapshot_result:ShrinkVolumeSnapshotResult",
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
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="syncVolumeSize",
    since="0.6",
    result=".models.sync_volume_size_result:SyncVolumeSizeResult",
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
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
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
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateVolumeSnapshot",
    since="0.6",
    result=".models.update_volume_snapshot_result:UpdateVolumeSnapshotResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
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
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="validateVolumeSnapshotChain",
    since=None,
    result=".models.validate_volume_snapshot_chain_result:ValidateVolumeSnapshotChainResult",
)


class VolumesApi(SyncNamespace):
    """volumes: 38 APIs (AttachDataVolumeToHost, AttachDataVolumeToVm, BatchDeleteVolumeSnapshot, ...)."""

    __slots__ = ()

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

    def batch_delete_volume_snapshot(
        self,
        *,
        uuids: Sequence[str],
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

    def create_data_volume(
        self,
        *,
        name: str,
        description: str | None = None,
        disk_offering_uuid: str | None = None,
        disk_size: int | None = None,
        primary_storage_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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

    def create_volume_snapshot(
        self,
        *,
        volume_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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

    def create_volumes_snapshot(
        self,
        *,
        volume_uuids: Sequence[str],
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


class AsyncVolumesApi(AsyncNamespace):
    """volumes: 38 APIs (AttachDataVolumeToHost, AttachDataVolumeToVm, BatchDeleteVolumeSnapshot, ...). (asyncio)"""

    __slots__ = ()

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

    async def batch_delete_volume_snapshot(
        self,
        *,
        uuids: Sequence[str],
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

    async def create_data_volume(
        self,
        *,
        name: str,
        description: str | None = None,
        disk_offering_uuid: str | None = None,
        disk_size: int | None = None,
        primary_storage_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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

    async def create_volume_snapshot(
        self,
        *,
        volume_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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

    async def create_volumes_snapshot(
        self,
        *,
        volume_uuids: Sequence[str],
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
