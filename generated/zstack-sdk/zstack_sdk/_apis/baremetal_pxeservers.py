"""``client.baremetal_pxeservers``: 9 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_baremetal_pxe_server_to_cluster_result import (
        AttachBaremetalPxeServerToClusterResult,
    )
    from ..models.baremetal_pxe_server_inventory import BaremetalPxeServerInventory
    from ..models.create_baremetal_pxe_server_result import CreateBaremetalPxeServerResult
    from ..models.delete_baremetal_pxe_server_result import DeleteBaremetalPxeServerResult
    from ..models.detach_baremetal_pxe_server_from_cluster_result import (
        DetachBaremetalPxeServerFromClusterResult,
    )
    from ..models.query_baremetal_pxe_server_result import QueryBaremetalPxeServerResult
    from ..models.reconnect_baremetal_pxe_server_result import ReconnectBaremetalPxeServerResult
    from ..models.start_baremetal_pxe_server_result import StartBaremetalPxeServerResult
    from ..models.stop_baremetal_pxe_server_result import StopBaremetalPxeServerResult
    from ..models.update_baremetal_pxe_server_result import UpdateBaremetalPxeServerResult

__all__ = ["AsyncBaremetalPxeserversApi", "BaremetalPxeserversApi"]


ATTACH_BAREMETAL_PXE_SERVER_TO_CLUSTER: Api[AttachBaremetalPxeServerToClusterResult] = Api(
    "AttachBaremetalPxeServerToCluster",
    "POST",
    "/clusters/{clusterUuid}/pxeservers/{pxeServerUuid}",
    params=(
        ("clusterUuid", "path", "3.1.1"),
        ("pxeServerUuid", "path", "3.1.1"),
        ("systemTags", "root", "3.1.1"),
        ("userTags", "root", "3.1.1"),
    ),
    names=("cluster_uuid", "pxe_server_uuid", "system_tags", "user_tags"),
    required=("clusterUuid", "pxeServerUuid"),
    body_key="params",
    since="3.1.1",
    result=".models.attach_baremetal_pxe_server_to_cluster_result:AttachBaremetalPxeServerToClusterResult",
)

CREATE_BAREMETAL_PXE_SERVER: Api[CreateBaremetalPxeServerResult] = Api(
    "CreateBaremetalPxeServer",
    "POST",
    "/baremetal/pxeservers",
    params=(
        ("description", "body", "3.1.1"),
        ("dhcpInterface", "body", "3.1.1"),
        ("dhcpRangeBegin", "body", "3.1.1"),
        ("dhcpRangeEnd", "body", "3.1.1"),
        ("dhcpRangeNetmask", "body", "3.1.1"),
        ("hostname", "body", "3.1.1"),
        ("name", "body", "3.1.1"),
        ("resourceUuid", "body", "3.1.1"),
        ("sshPassword", "body", "3.1.1"),
        ("sshPort", "body", "3.1.1"),
        ("sshUsername", "body", "3.1.1"),
        ("storagePath", "body", "3.1.1"),
        ("tagUuids", "body", None),
        ("zoneUuid", "body", "3.1.1"),
        ("systemTags", "root", "3.1.1"),
        ("userTags", "root", "3.1.1"),
    ),
    names=(
        "description",
        "dhcp_interface",
        "dhcp_range_begin",
        "dhcp_range_end",
        "dhcp_range_netmask",
        "hostname",
        "name",
        "resource_uuid",
        "ssh_password",
        "ssh_port",
        "ssh_username",
        "storage_path",
        "tag_uuids",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=(
        "dhcpInterface",
        "hostname",
        "name",
        "sshPassword",
        "sshUsername",
        "storagePath",
        "zoneUuid",
    ),
    body_key="params",
    since="3.1.1",
    result=".models.create_baremetal_pxe_server_result:CreateBaremetalPxeServerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("dhcpInterface", "dhcp_interface", "minLength", 1),
        ("dhcpInterface", "dhcp_interface", "maxLength", 128),
        ("hostname", "hostname", "maxLength", 255),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("sshPassword", "ssh_password", "maxLength", 255),
        ("sshPort", "ssh_port", "minimum", 1),
        ("sshPort", "ssh_port", "maximum", 65535),
        ("sshUsername", "ssh_username", "maxLength", 255),
        ("storagePath", "storage_path", "maxLength", 2048),
    ),
)

DELETE_BAREMETAL_PXE_SERVER: Api[DeleteBaremetalPxeServerResult] = Api(
    "DeleteBaremetalPxeServer",
    "DELETE",
    "/baremetal/pxeservers/{uuid}",
    params=(
        ("uuid", "path", "2.6.0"),
        ("deleteMode", "query", "2.6.0"),
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.6.0",
    result=".models.delete_baremetal_pxe_server_result:DeleteBaremetalPxeServerResult",
)

DETACH_BAREMETAL_PXE_SERVER_FROM_CLUSTER: Api[DetachBaremetalPxeServerFromClusterResult] = Api(
    "DetachBaremetalPxeServerFromCluster",
    "DELETE",
    "/clusters/{clusterUuid}/pxeservers/{pxeServerUuid}",
    params=(
        ("clusterUuid", "path", "3.1.1"),
        ("pxeServerUuid", "path", "3.1.1"),
        ("systemTags", "query", "3.1.1"),
        ("userTags", "query", "3.1.1"),
    ),
    names=("cluster_uuid", "pxe_server_uuid", "system_tags", "user_tags"),
    required=("clusterUuid", "pxeServerUuid"),
    since="3.1.1",
    result=".models.detach_baremetal_pxe_server_from_cluster_result:DetachBaremetalPxeServerFromClusterResult",
)

QUERY_BAREMETAL_PXE_SERVER: Api[QueryBaremetalPxeServerResult] = Api(
    "QueryBaremetalPxeServer",
    "GET",
    "/baremetal/pxeservers",
    params=(
        ("uuid", "path", "2.6.0"),
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.6.0",
    result=".models.query_baremetal_pxe_server_result:QueryBaremetalPxeServerResult",
    query=True,
    alt_paths=("/baremetal/pxeservers/{uuid}",),
)

RECONNECT_BAREMETAL_PXE_SERVER: Api[ReconnectBaremetalPxeServerResult] = Api(
    "ReconnectBaremetalPxeServer",
    "PUT",
    "/baremetal/pxeservers/{uuid}/actions",
    params=(
        ("uuid", "path", "3.1.1"),
        ("systemTags", "root", "3.1.1"),
        ("userTags", "root", "3.1.1"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="reconnectBaremetalPxeServer",
    since="3.1.1",
    result=".models.reconnect_baremetal_pxe_server_result:ReconnectBaremetalPxeServerResult",
)

START_BAREMETAL_PXE_SERVER: Api[StartBaremetalPxeServerResult] = Api(
    "StartBaremetalPxeServer",
    "PUT",
    "/baremetal/pxeservers/{uuid}/actions",
    params=(
        ("uuid", "path", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="startBaremetalPxeServer",
    since="2.6.0",
    result=".models.start_baremetal_pxe_server_result:StartBaremetalPxeServerResult",
)

STOP_BAREMETAL_PXE_SERVER: Api[StopBaremetalPxeServerResult] = Api(
    "StopBaremetalPxeServer",
    "PUT",
    "/baremetal/pxeservers/{uuid}/actions",
    params=(
        ("uuid", "path", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="stopBaremetalPxeServer",
    since="2.6.0",
    result=".models.stop_baremetal_pxe_server_result:StopBaremetalPxeServerResult",
)

UPDATE_BAREMETAL_PXE_SERVER: Api[UpdateBaremetalPxeServerResult] = Api(
    "UpdateBaremetalPxeServer",
    "PUT",
    "/baremetal/pxeservers/{uuid}/actions",
    params=(
        ("uuid", "path", "2.6.0"),
        ("description", "body", "2.6.0"),
        ("dhcpInterface", "body", "2.6.0"),
        ("dhcpRangeBegin", "body", "2.6.0"),
        ("dhcpRangeEnd", "body", "2.6.0"),
        ("dhcpRangeNetmask", "body", "2.6.0"),
        ("name", "body", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=(
        "uuid",
        "description",
        "dhcp_interface",
        "dhcp_range_begin",
        "dhcp_range_end",
        "dhcp_range_netmask",
        "name",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateBaremetalPxeServer",
    since="2.6.0",
    result=".models.update_baremetal_pxe_server_result:UpdateBaremetalPxeServerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)


class BaremetalPxeserversApi(SyncNamespace):
    """baremetal-pxeservers: 9 APIs (AttachBaremetalPxeServerToCluster, CreateBaremetalPxeServer, DeleteBaremetalPxeServer, ...)."""

    __slots__ = ()

    def attach_baremetal_pxe_server_to_cluster(
        self,
        *,
        cluster_uuid: str,
        pxe_server_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachBaremetalPxeServerToClusterResult:
        """将部署服务器加载至裸金属集群 (AttachBaremetalPxeServerToCluster).

        Since ZStack 3.1.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 裸金属集群UUID (since 3.1.1)
            pxe_server_uuid: 部署服务器UUID (since 3.1.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_BAREMETAL_PXE_SERVER_TO_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "pxeServerUuid": pxe_server_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_baremetal_pxe_server(
        self,
        *,
        dhcp_interface: str,
        hostname: str,
        name: str,
        ssh_password: str,
        ssh_username: str,
        storage_path: str,
        zone_uuid: str,
        description: str | None = None,
        dhcp_range_begin: str | None = None,
        dhcp_range_end: str | None = None,
        dhcp_range_netmask: str | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBaremetalPxeServerResult:
        """创建部署服务器 (CreateBaremetalPxeServer).

        Since ZStack 3.1.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.1.1; maxLength 2048)
            dhcp_interface: DHCP请求监听网卡 (since 3.1.1; minLength 1; maxLength 128)
            dhcp_range_begin: DHCP地址范围起始 (since 3.1.1)
            dhcp_range_end: DHCP地址范围终止 (since 3.1.1)
            dhcp_range_netmask: DHCP地址范围掩码 (since 3.1.1)
            hostname: hostname (since 3.1.1; maxLength 255)
            name: 资源名称 (since 3.1.1; minLength 1; maxLength 255)
            resource_uuid: resourceUuid (since 3.1.1)
            ssh_password: sshPassword (since 3.1.1; maxLength 255)
            ssh_port: sshPort (since 3.1.1; minimum 1; maximum 65535)
            ssh_username: sshUsername (since 3.1.1; maxLength 255)
            storage_path: storagePath (since 3.1.1; maxLength 2048)
            tag_uuids: tagUuids
            zone_uuid: 区域UUID (since 3.1.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_BAREMETAL_PXE_SERVER,
            {
                "description": description,
                "dhcpInterface": dhcp_interface,
                "dhcpRangeBegin": dhcp_range_begin,
                "dhcpRangeEnd": dhcp_range_end,
                "dhcpRangeNetmask": dhcp_range_netmask,
                "hostname": hostname,
                "name": name,
                "resourceUuid": resource_uuid,
                "sshPassword": ssh_password,
                "sshPort": ssh_port,
                "sshUsername": ssh_username,
                "storagePath": storage_path,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_baremetal_pxe_server(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBaremetalPxeServerResult:
        """删除部署服务器 (DeleteBaremetalPxeServer).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            delete_mode: 删除模式 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_BAREMETAL_PXE_SERVER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_baremetal_pxe_server_from_cluster(
        self,
        *,
        cluster_uuid: str,
        pxe_server_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachBaremetalPxeServerFromClusterResult:
        """从裸金属集群卸载部署服务器 (DetachBaremetalPxeServerFromCluster).

        Since ZStack 3.1.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 裸金属集群UUID (since 3.1.1)
            pxe_server_uuid: 部署服务器UUID (since 3.1.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_BAREMETAL_PXE_SERVER_FROM_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "pxeServerUuid": pxe_server_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_baremetal_pxe_server(
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
    ) -> QueryBaremetalPxeServerResult:
        """查询部署服务器 (QueryBaremetalPxeServer).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BAREMETAL_PXE_SERVER,
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

    def query_baremetal_pxe_server_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BaremetalPxeServerInventory]:
        """Every result of ``query_baremetal_pxe_server``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BAREMETAL_PXE_SERVER,
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

    def reconnect_baremetal_pxe_server(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectBaremetalPxeServerResult:
        """重连部署服务器 (ReconnectBaremetalPxeServer).

        Since ZStack 3.1.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_BAREMETAL_PXE_SERVER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def start_baremetal_pxe_server(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartBaremetalPxeServerResult:
        """启动部署服务器 (StartBaremetalPxeServer).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            START_BAREMETAL_PXE_SERVER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def stop_baremetal_pxe_server(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StopBaremetalPxeServerResult:
        """停止部署服务器 (StopBaremetalPxeServer).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            STOP_BAREMETAL_PXE_SERVER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_baremetal_pxe_server(
        self,
        *,
        uuid: str,
        description: str | None = None,
        dhcp_interface: str | None = None,
        dhcp_range_begin: str | None = None,
        dhcp_range_end: str | None = None,
        dhcp_range_netmask: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBaremetalPxeServerResult:
        """更新部署服务器 (UpdateBaremetalPxeServer).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            dhcp_interface: DHCP请求监听网卡 (since 2.6.0)
            dhcp_range_begin: DHCP地址范围起始 (since 2.6.0)
            dhcp_range_end: DHCP地址范围终止 (since 2.6.0)
            dhcp_range_netmask: DHCP地址范围掩码 (since 2.6.0)
            name: 资源名称 (since 2.6.0; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BAREMETAL_PXE_SERVER,
            {
                "uuid": uuid,
                "description": description,
                "dhcpInterface": dhcp_interface,
                "dhcpRangeBegin": dhcp_range_begin,
                "dhcpRangeEnd": dhcp_range_end,
                "dhcpRangeNetmask": dhcp_range_netmask,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncBaremetalPxeserversApi(AsyncNamespace):
    """baremetal-pxeservers: 9 APIs (AttachBaremetalPxeServerToCluster, CreateBaremetalPxeServer, DeleteBaremetalPxeServer, ...). (asyncio)"""

    __slots__ = ()

    async def attach_baremetal_pxe_server_to_cluster(
        self,
        *,
        cluster_uuid: str,
        pxe_server_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachBaremetalPxeServerToClusterResult:
        """将部署服务器加载至裸金属集群 (AttachBaremetalPxeServerToCluster).

        Since ZStack 3.1.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 裸金属集群UUID (since 3.1.1)
            pxe_server_uuid: 部署服务器UUID (since 3.1.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_BAREMETAL_PXE_SERVER_TO_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "pxeServerUuid": pxe_server_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_baremetal_pxe_server(
        self,
        *,
        dhcp_interface: str,
        hostname: str,
        name: str,
        ssh_password: str,
        ssh_username: str,
        storage_path: str,
        zone_uuid: str,
        description: str | None = None,
        dhcp_range_begin: str | None = None,
        dhcp_range_end: str | None = None,
        dhcp_range_netmask: str | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBaremetalPxeServerResult:
        """创建部署服务器 (CreateBaremetalPxeServer).

        Since ZStack 3.1.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.1.1; maxLength 2048)
            dhcp_interface: DHCP请求监听网卡 (since 3.1.1; minLength 1; maxLength 128)
            dhcp_range_begin: DHCP地址范围起始 (since 3.1.1)
            dhcp_range_end: DHCP地址范围终止 (since 3.1.1)
            dhcp_range_netmask: DHCP地址范围掩码 (since 3.1.1)
            hostname: hostname (since 3.1.1; maxLength 255)
            name: 资源名称 (since 3.1.1; minLength 1; maxLength 255)
            resource_uuid: resourceUuid (since 3.1.1)
            ssh_password: sshPassword (since 3.1.1; maxLength 255)
            ssh_port: sshPort (since 3.1.1; minimum 1; maximum 65535)
            ssh_username: sshUsername (since 3.1.1; maxLength 255)
            storage_path: storagePath (since 3.1.1; maxLength 2048)
            tag_uuids: tagUuids
            zone_uuid: 区域UUID (since 3.1.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_BAREMETAL_PXE_SERVER,
            {
                "description": description,
                "dhcpInterface": dhcp_interface,
                "dhcpRangeBegin": dhcp_range_begin,
                "dhcpRangeEnd": dhcp_range_end,
                "dhcpRangeNetmask": dhcp_range_netmask,
                "hostname": hostname,
                "name": name,
                "resourceUuid": resource_uuid,
                "sshPassword": ssh_password,
                "sshPort": ssh_port,
                "sshUsername": ssh_username,
                "storagePath": storage_path,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_baremetal_pxe_server(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBaremetalPxeServerResult:
        """删除部署服务器 (DeleteBaremetalPxeServer).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            delete_mode: 删除模式 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_BAREMETAL_PXE_SERVER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_baremetal_pxe_server_from_cluster(
        self,
        *,
        cluster_uuid: str,
        pxe_server_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachBaremetalPxeServerFromClusterResult:
        """从裸金属集群卸载部署服务器 (DetachBaremetalPxeServerFromCluster).

        Since ZStack 3.1.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 裸金属集群UUID (since 3.1.1)
            pxe_server_uuid: 部署服务器UUID (since 3.1.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_BAREMETAL_PXE_SERVER_FROM_CLUSTER,
            {
                "clusterUuid": cluster_uuid,
                "pxeServerUuid": pxe_server_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_baremetal_pxe_server(
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
    ) -> QueryBaremetalPxeServerResult:
        """查询部署服务器 (QueryBaremetalPxeServer).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BAREMETAL_PXE_SERVER,
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

    def query_baremetal_pxe_server_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BaremetalPxeServerInventory]:
        """Every result of ``query_baremetal_pxe_server``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BAREMETAL_PXE_SERVER,
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

    async def reconnect_baremetal_pxe_server(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectBaremetalPxeServerResult:
        """重连部署服务器 (ReconnectBaremetalPxeServer).

        Since ZStack 3.1.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_BAREMETAL_PXE_SERVER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def start_baremetal_pxe_server(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartBaremetalPxeServerResult:
        """启动部署服务器 (StartBaremetalPxeServer).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            START_BAREMETAL_PXE_SERVER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def stop_baremetal_pxe_server(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StopBaremetalPxeServerResult:
        """停止部署服务器 (StopBaremetalPxeServer).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            STOP_BAREMETAL_PXE_SERVER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_baremetal_pxe_server(
        self,
        *,
        uuid: str,
        description: str | None = None,
        dhcp_interface: str | None = None,
        dhcp_range_begin: str | None = None,
        dhcp_range_end: str | None = None,
        dhcp_range_netmask: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBaremetalPxeServerResult:
        """更新部署服务器 (UpdateBaremetalPxeServer).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            description: 资源的详细描述 (since 2.6.0; maxLength 2048)
            dhcp_interface: DHCP请求监听网卡 (since 2.6.0)
            dhcp_range_begin: DHCP地址范围起始 (since 2.6.0)
            dhcp_range_end: DHCP地址范围终止 (since 2.6.0)
            dhcp_range_netmask: DHCP地址范围掩码 (since 2.6.0)
            name: 资源名称 (since 2.6.0; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BAREMETAL_PXE_SERVER,
            {
                "uuid": uuid,
                "description": description,
                "dhcpInterface": dhcp_interface,
                "dhcpRangeBegin": dhcp_range_begin,
                "dhcpRangeEnd": dhcp_range_end,
                "dhcpRangeNetmask": dhcp_range_netmask,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
