"""``client.storage_devices``: 19 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_iscsi_server_result import AddIscsiServerResult
    from ..models.add_nvme_server_result import AddNvmeServerResult
    from ..models.attach_iscsi_server_to_cluster_result import AttachIscsiServerToClusterResult
    from ..models.delete_iscsi_server_result import DeleteIscsiServerResult
    from ..models.delete_nvme_server_result import DeleteNvmeServerResult
    from ..models.detach_iscsi_server_from_cluster_result import DetachIscsiServerFromClusterResult
    from ..models.get_local_raid_physical_drive_smart_result import (
        GetLocalRaidPhysicalDriveSmartResult,
    )
    from ..models.iscsi_lun_inventory import IscsiLunInventory
    from ..models.iscsi_server_inventory import IscsiServerInventory
    from ..models.locate_local_raid_physical_drive_result import LocateLocalRaidPhysicalDriveResult
    from ..models.query_fiber_channel_lun_result import QueryFiberChannelLunResult
    from ..models.query_iscsi_lun_result import QueryIscsiLunResult
    from ..models.query_iscsi_server_result import QueryIscsiServerResult
    from ..models.query_local_raid_controller_result import QueryLocalRaidControllerResult
    from ..models.query_local_raid_physical_drive_result import QueryLocalRaidPhysicalDriveResult
    from ..models.query_nvme_server_result import QueryNvmeServerResult
    from ..models.query_physical_drive_self_test_history_result import (
        QueryPhysicalDriveSelfTestHistoryResult,
    )
    from ..models.refresh_iscsi_server_result import RefreshIscsiServerResult
    from ..models.refresh_local_raid_result import RefreshLocalRaidResult
    from ..models.self_test_local_raid_result import SelfTestLocalRaidResult
    from ..models.update_iscsi_server_result import UpdateIscsiServerResult

__all__ = ["AsyncStorageDevicesApi", "StorageDevicesApi"]


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
        ("tagUuids", "body", None),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=(
        "chap_user_name",
        "chap_user_password",
        "ip",
        "name",
        "port",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("ip",),
    body_key="params",
    since="3.0.0",
    result=".models.add_iscsi_server_result:AddIscsiServerResult",
    checks=(
        ("chapUserName", "chap_user_name", "maxLength", 128),
        ("chapUserPassword", "chap_user_password", "maxLength", 128),
        ("ip", "ip", "maxLength", 64),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 256),
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
    ),
)

ADD_NVME_SERVER: Api[AddNvmeServerResult] = Api(
    "AddNvmeServer",
    "POST",
    "/storage-devices/nvme/servers",
    params=(
        ("ip", "body", None),
        ("name", "body", None),
        ("port", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("transport", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "ip",
        "name",
        "port",
        "resource_uuid",
        "tag_uuids",
        "transport",
        "system_tags",
        "user_tags",
    ),
    required=("ip", "transport"),
    body_key="params",
    since=None,
    result=".models.add_nvme_server_result:AddNvmeServerResult",
    checks=(
        ("ip", "ip", "maxLength", 64),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 256),
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
        ("transport", "transport", "maxLength", 32),
        ("transport", "transport", "enum", ("tcp", "rdma")),
    ),
)

ATTACH_ISCSI_SERVER_TO_CLUSTER: Api[AttachIscsiServerToClusterResult] = Api(
    "AttachIscsiServerToCluster",
    "POST",
    "/clusters/{clusterUuid}/storage-devices/iscsi/servers/{uuid}",
    params=(
        ("clusterUuid", "path", "3.0.0"),
        ("uuid", "path", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=("cluster_uuid", "uuid", "system_tags", "user_tags"),
    required=("clusterUuid", "uuid"),
    body_key="params",
    since="3.0.0",
    result=".models.attach_iscsi_server_to_cluster_result:AttachIscsiServerToClusterResult",
)

DELETE_ISCSI_SERVER: Api[DeleteIscsiServerResult] = Api(
    "DeleteIscsiServer",
    "DELETE",
    "/storage-devices/iscsi/servers/{uuid}",
    params=(
        ("uuid", "path", "3.0.0"),
        ("deleteMode", "query", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.0.0",
    result=".models.delete_iscsi_server_result:DeleteIscsiServerResult",
)

DELETE_NVME_SERVER: Api[DeleteNvmeServerResult] = Api(
    "DeleteNvmeServer",
    "DELETE",
    "/storage-devices/nvme/servers/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_nvme_server_result:DeleteNvmeServerResult",
)

DETACH_ISCSI_SERVER_FROM_CLUSTER: Api[DetachIscsiServerFromClusterResult] = Api(
    "DetachIscsiServerFromCluster",
    "DELETE",
    "/clusters/{clusterUuid}/storage-devices/iscsi/servers/{uuid}",
    params=(
        ("clusterUuid", "path", "3.0.0"),
        ("uuid", "path", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    names=("cluster_uuid", "uuid", "system_tags", "user_tags"),
    required=("clusterUuid", "uuid"),
    since="3.0.0",
    result=".models.detach_iscsi_server_from_cluster_result:DetachIscsiServerFromClusterResult",
)

GET_LOCAL_RAID_PHYSICAL_DRIVE_SMART: Api[GetLocalRaidPhysicalDriveSmartResult] = Api(
    "GetLocalRaidPhysicalDriveSmart",
    "GET",
    "/storage-devices/local-raid/physical-drives/{uuid}/smart",
    params=(
        ("uuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.get_local_raid_physical_drive_smart_result:GetLocalRaidPhysicalDriveSmartResult",
)

LOCATE_LOCAL_RAID_PHYSICAL_DRIVE: Api[LocateLocalRaidPhysicalDriveResult] = Api(
    "LocateLocalRaidPhysicalDrive",
    "PUT",
    "/storage-devices/local-raid/physical-drives/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("locate", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "locate", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="locateLocalRaidPhysicalDrive",
    since=None,
    result=".models.locate_local_raid_physical_drive_result:LocateLocalRaidPhysicalDriveResult",
)

QUERY_FIBER_CHANNEL_LUN: Api[QueryFiberChannelLunResult] = Api(
    "QueryFiberChannelLun",
    "GET",
    "/storage-devices/fiber-channel/luns",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_fiber_channel_lun_result:QueryFiberChannelLunResult",
    query=True,
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
    names=("uuid", "system_tags", "user_tags"),
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
    names=("uuid", "system_tags", "user_tags"),
    since="3.0.0",
    result=".models.query_iscsi_server_result:QueryIscsiServerResult",
    query=True,
    alt_paths=("/storage-devices/iscsi", "/storage-devices/iscsi/servers/{uuid}"),
)

QUERY_LOCAL_RAID_CONTROLLER: Api[QueryLocalRaidControllerResult] = Api(
    "QueryLocalRaidController",
    "GET",
    "/storage-devices/local-raid/controllers",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_local_raid_controller_result:QueryLocalRaidControllerResult",
    query=True,
)

QUERY_LOCAL_RAID_PHYSICAL_DRIVE: Api[QueryLocalRaidPhysicalDriveResult] = Api(
    "QueryLocalRaidPhysicalDrive",
    "GET",
    "/storage-devices/local-raid/physical-drives",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_local_raid_physical_drive_result:QueryLocalRaidPhysicalDriveResult",
    query=True,
)

QUERY_NVME_SERVER: Api[QueryNvmeServerResult] = Api(
    "QueryNvmeServer",
    "GET",
    "/storage-devices/nvme/servers",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_nvme_server_result:QueryNvmeServerResult",
    query=True,
)

QUERY_PHYSICAL_DRIVE_SELF_TEST_HISTORY: Api[QueryPhysicalDriveSelfTestHistoryResult] = Api(
    "QueryPhysicalDriveSelfTestHistory",
    "GET",
    "/storage-devices/local-raid/physical-drives/self-test",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_physical_drive_self_test_history_result:QueryPhysicalDriveSelfTestHistoryResult",
    query=True,
)

REFRESH_ISCSI_SERVER: Api[RefreshIscsiServerResult] = Api(
    "RefreshIscsiServer",
    "POST",
    "/storage-devices/iscsi/servers/{uuid}",
    params=(
        ("uuid", "path", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since="3.0.0",
    result=".models.refresh_iscsi_server_result:RefreshIscsiServerResult",
)

REFRESH_LOCAL_RAID: Api[RefreshLocalRaidResult] = Api(
    "RefreshLocalRaid",
    "PUT",
    "/storage-devices/local-raid/actions",
    params=(
        ("hostUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("host_uuid", "system_tags", "user_tags"),
    required=("hostUuid",),
    body_key="refreshLocalRaid",
    since=None,
    result=".models.refresh_local_raid_result:RefreshLocalRaidResult",
)

SELF_TEST_LOCAL_RAID: Api[SelfTestLocalRaidResult] = Api(
    "SelfTestLocalRaid",
    "PUT",
    "/storage-devices/local-raid/physical-drives/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="selfTestLocalRaid",
    since=None,
    result=".models.self_test_local_raid_result:SelfTestLocalRaidResult",
)

UPDATE_ISCSI_SERVER: Api[UpdateIscsiServerResult] = Api(
    "UpdateIscsiServer",
    "PUT",
    "/storage-devices/iscsi/servers/{uuid}/actions",
    params=(
        ("uuid", "path", "3.0.0"),
        ("chapUserName", "body", "3.0.0"),
        ("chapUserPassword", "body", "3.0.0"),
        ("name", "body", "3.0.0"),
        ("resourceUuid", "body", "3.0.0"),
        ("state", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=(
        "uuid",
        "chap_user_name",
        "chap_user_password",
        "name",
        "resource_uuid",
        "state",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateIscsiServer",
    since="3.0.0",
    result=".models.update_iscsi_server_result:UpdateIscsiServerResult",
    checks=(
        ("chapUserName", "chap_user_name", "maxLength", 128),
        ("chapUserPassword", "chap_user_password", "maxLength", 128),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 256),
        ("state", "state", "enum", ("Enabled", "Disabled")),
    ),
)


class StorageDevicesApi(SyncNamespace):
    """storage-devices: 19 APIs (AddIscsiServer, AddNvmeServer, AttachIscsiServerToCluster, ...)."""

    __slots__ = ()

    def add_iscsi_server(
        self,
        *,
        ip: str,
        chap_user_name: str | None = None,
        chap_user_password: str | None = None,
        name: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIscsiServerResult:
        """添加iSCSI服务器 (AddIscsiServer).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chap_user_name: CHAP用户名，默认为空 (since 3.0.0; maxLength 128)
            chap_user_password: CHAP密码，默认为空 (since 3.0.0; maxLength 128)
            ip: IP地址 (since 3.0.0; maxLength 64)
            name: 资源名称 (since 3.0.0; minLength 1; maxLength 256)
            port: 端口，默认为3260 (since 3.0.0; minimum 1; maximum 65535)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
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
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_nvme_server(
        self,
        *,
        ip: str,
        transport: Literal["tcp", "rdma"],
        name: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddNvmeServerResult:
        """Add nvme server (AddNvmeServer).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddNvmeServerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            ip: ip (maxLength 64)
            name: name (minLength 1; maxLength 256)
            port: port (minimum 1; maximum 65535)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            transport: transport (maxLength 32; enum {'tcp', 'rdma'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_NVME_SERVER,
            {
                "ip": ip,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "transport": transport,
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
    ) -> AttachIscsiServerToClusterResult:
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

    def delete_iscsi_server(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIscsiServerResult:
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

    def delete_nvme_server(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteNvmeServerResult:
        """Delete nvme server (DeleteNvmeServer).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteNvmeServerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_NVME_SERVER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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
    ) -> DetachIscsiServerFromClusterResult:
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

    def get_local_raid_physical_drive_smart(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLocalRaidPhysicalDriveSmartResult:
        """Get local raid physical drive smart (GetLocalRaidPhysicalDriveSmart).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetLocalRaidPhysicalDriveSmartAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LOCAL_RAID_PHYSICAL_DRIVE_SMART,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def locate_local_raid_physical_drive(
        self,
        *,
        uuid: str,
        locate: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LocateLocalRaidPhysicalDriveResult:
        """Locate local raid physical drive (LocateLocalRaidPhysicalDrive).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/LocateLocalRaidPhysicalDriveAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            locate: locate
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOCATE_LOCAL_RAID_PHYSICAL_DRIVE,
            {
                "uuid": uuid,
                "locate": locate,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_fiber_channel_lun(
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
    ) -> QueryFiberChannelLunResult:
        """Query fiber channel lun (QueryFiberChannelLun).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryFiberChannelLunAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FIBER_CHANNEL_LUN,
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

    def query_fiber_channel_lun_pages(
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
        """Every result of ``query_fiber_channel_lun``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIBER_CHANNEL_LUN,
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

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

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

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

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

    def query_local_raid_controller(
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
    ) -> QueryLocalRaidControllerResult:
        """Query local raid controller (QueryLocalRaidController).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryLocalRaidControllerAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_LOCAL_RAID_CONTROLLER,
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

    def query_local_raid_controller_pages(
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
        """Every result of ``query_local_raid_controller``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOCAL_RAID_CONTROLLER,
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

    def query_local_raid_physical_drive(
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
    ) -> QueryLocalRaidPhysicalDriveResult:
        """Query local raid physical drive (QueryLocalRaidPhysicalDrive).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryLocalRaidPhysicalDriveAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_LOCAL_RAID_PHYSICAL_DRIVE,
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

    def query_local_raid_physical_drive_pages(
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
        """Every result of ``query_local_raid_physical_drive``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOCAL_RAID_PHYSICAL_DRIVE,
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

    def query_nvme_server(
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
    ) -> QueryNvmeServerResult:
        """Query nvme server (QueryNvmeServer).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryNvmeServerAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_NVME_SERVER,
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

    def query_nvme_server_pages(
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
        """Every result of ``query_nvme_server``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NVME_SERVER,
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

    def query_physical_drive_self_test_history(
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
    ) -> QueryPhysicalDriveSelfTestHistoryResult:
        """Query physical drive self test history (QueryPhysicalDriveSelfTestHistory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryPhysicalDriveSelfTestHistoryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PHYSICAL_DRIVE_SELF_TEST_HISTORY,
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

    def query_physical_drive_self_test_history_pages(
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
        """Every result of ``query_physical_drive_self_test_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PHYSICAL_DRIVE_SELF_TEST_HISTORY,
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

    def refresh_iscsi_server(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshIscsiServerResult:
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

    def refresh_local_raid(
        self,
        *,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshLocalRaidResult:
        """Refresh local raid (RefreshLocalRaid).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RefreshLocalRaidAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            host_uuid: hostUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_LOCAL_RAID,
            {
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def self_test_local_raid(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SelfTestLocalRaidResult:
        """Self test local raid (SelfTestLocalRaid).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SelfTestLocalRaidAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SELF_TEST_LOCAL_RAID,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
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
    ) -> UpdateIscsiServerResult:
        """更新iSCSI服务器配置 (UpdateIscsiServer).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            chap_user_name: CHAP用户名 (since 3.0.0; maxLength 128)
            chap_user_password: CHAP密码 (since 3.0.0; maxLength 128)
            name: 资源名称 (since 3.0.0; minLength 1; maxLength 256)
            resource_uuid: resourceUuid (since 3.0.0)
            state: 启用状态 (since 3.0.0; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ISCSI_SERVER,
            {
                "uuid": uuid,
                "chapUserName": chap_user_name,
                "chapUserPassword": chap_user_password,
                "name": name,
                "resourceUuid": resource_uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncStorageDevicesApi(AsyncNamespace):
    """storage-devices: 19 APIs (AddIscsiServer, AddNvmeServer, AttachIscsiServerToCluster, ...). (asyncio)"""

    __slots__ = ()

    async def add_iscsi_server(
        self,
        *,
        ip: str,
        chap_user_name: str | None = None,
        chap_user_password: str | None = None,
        name: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIscsiServerResult:
        """添加iSCSI服务器 (AddIscsiServer).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            chap_user_name: CHAP用户名，默认为空 (since 3.0.0; maxLength 128)
            chap_user_password: CHAP密码，默认为空 (since 3.0.0; maxLength 128)
            ip: IP地址 (since 3.0.0; maxLength 64)
            name: 资源名称 (since 3.0.0; minLength 1; maxLength 256)
            port: 端口，默认为3260 (since 3.0.0; minimum 1; maximum 65535)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
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
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_nvme_server(
        self,
        *,
        ip: str,
        transport: Literal["tcp", "rdma"],
        name: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddNvmeServerResult:
        """Add nvme server (AddNvmeServer).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddNvmeServerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            ip: ip (maxLength 64)
            name: name (minLength 1; maxLength 256)
            port: port (minimum 1; maximum 65535)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            transport: transport (maxLength 32; enum {'tcp', 'rdma'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_NVME_SERVER,
            {
                "ip": ip,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "transport": transport,
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
    ) -> AttachIscsiServerToClusterResult:
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

    async def delete_iscsi_server(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIscsiServerResult:
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

    async def delete_nvme_server(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteNvmeServerResult:
        """Delete nvme server (DeleteNvmeServer).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteNvmeServerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_NVME_SERVER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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
    ) -> DetachIscsiServerFromClusterResult:
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

    async def get_local_raid_physical_drive_smart(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLocalRaidPhysicalDriveSmartResult:
        """Get local raid physical drive smart (GetLocalRaidPhysicalDriveSmart).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetLocalRaidPhysicalDriveSmartAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LOCAL_RAID_PHYSICAL_DRIVE_SMART,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def locate_local_raid_physical_drive(
        self,
        *,
        uuid: str,
        locate: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LocateLocalRaidPhysicalDriveResult:
        """Locate local raid physical drive (LocateLocalRaidPhysicalDrive).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/LocateLocalRaidPhysicalDriveAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            locate: locate
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOCATE_LOCAL_RAID_PHYSICAL_DRIVE,
            {
                "uuid": uuid,
                "locate": locate,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_fiber_channel_lun(
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
    ) -> QueryFiberChannelLunResult:
        """Query fiber channel lun (QueryFiberChannelLun).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryFiberChannelLunAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FIBER_CHANNEL_LUN,
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

    def query_fiber_channel_lun_pages(
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
        """Every result of ``query_fiber_channel_lun``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIBER_CHANNEL_LUN,
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

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

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

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

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

    async def query_local_raid_controller(
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
    ) -> QueryLocalRaidControllerResult:
        """Query local raid controller (QueryLocalRaidController).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryLocalRaidControllerAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_LOCAL_RAID_CONTROLLER,
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

    def query_local_raid_controller_pages(
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
        """Every result of ``query_local_raid_controller``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOCAL_RAID_CONTROLLER,
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

    async def query_local_raid_physical_drive(
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
    ) -> QueryLocalRaidPhysicalDriveResult:
        """Query local raid physical drive (QueryLocalRaidPhysicalDrive).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryLocalRaidPhysicalDriveAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_LOCAL_RAID_PHYSICAL_DRIVE,
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

    def query_local_raid_physical_drive_pages(
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
        """Every result of ``query_local_raid_physical_drive``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOCAL_RAID_PHYSICAL_DRIVE,
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

    async def query_nvme_server(
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
    ) -> QueryNvmeServerResult:
        """Query nvme server (QueryNvmeServer).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryNvmeServerAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_NVME_SERVER,
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

    def query_nvme_server_pages(
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
        """Every result of ``query_nvme_server``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NVME_SERVER,
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

    async def query_physical_drive_self_test_history(
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
    ) -> QueryPhysicalDriveSelfTestHistoryResult:
        """Query physical drive self test history (QueryPhysicalDriveSelfTestHistory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryPhysicalDriveSelfTestHistoryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PHYSICAL_DRIVE_SELF_TEST_HISTORY,
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

    def query_physical_drive_self_test_history_pages(
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
        """Every result of ``query_physical_drive_self_test_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PHYSICAL_DRIVE_SELF_TEST_HISTORY,
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

    async def refresh_iscsi_server(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshIscsiServerResult:
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

    async def refresh_local_raid(
        self,
        *,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshLocalRaidResult:
        """Refresh local raid (RefreshLocalRaid).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RefreshLocalRaidAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            host_uuid: hostUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_LOCAL_RAID,
            {
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def self_test_local_raid(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SelfTestLocalRaidResult:
        """Self test local raid (SelfTestLocalRaid).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SelfTestLocalRaidAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SELF_TEST_LOCAL_RAID,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
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
    ) -> UpdateIscsiServerResult:
        """更新iSCSI服务器配置 (UpdateIscsiServer).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            chap_user_name: CHAP用户名 (since 3.0.0; maxLength 128)
            chap_user_password: CHAP密码 (since 3.0.0; maxLength 128)
            name: 资源名称 (since 3.0.0; minLength 1; maxLength 256)
            resource_uuid: resourceUuid (since 3.0.0)
            state: 启用状态 (since 3.0.0; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ISCSI_SERVER,
            {
                "uuid": uuid,
                "chapUserName": chap_user_name,
                "chapUserPassword": chap_user_password,
                "name": name,
                "resourceUuid": resource_uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
