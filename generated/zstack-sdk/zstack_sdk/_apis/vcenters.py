"""``client.vcenters``: 10 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_v_center_result import AddVCenterResult
    from ..models.delete_v_center_result import DeleteVCenterResult
    from ..models.query_v_center_backup_storage_result import QueryVCenterBackupStorageResult
    from ..models.query_v_center_cluster_result import QueryVCenterClusterResult
    from ..models.query_v_center_datacenter_result import QueryVCenterDatacenterResult
    from ..models.query_v_center_primary_storage_result import QueryVCenterPrimaryStorageResult
    from ..models.query_v_center_resource_pool_result import QueryVCenterResourcePoolResult
    from ..models.query_v_center_result import QueryVCenterResult
    from ..models.sync_v_center_result import SyncVCenterResult
    from ..models.update_v_center_result import UpdateVCenterResult
    from ..models.v_center_cluster_inventory import VCenterClusterInventory
    from ..models.v_center_inventory import VCenterInventory
    from ..models.v_center_resource_pool_inventory import VCenterResourcePoolInventory

__all__ = ["AsyncVcentersApi", "VcentersApi"]


ADD_V_CENTER: Api[AddVCenterResult] = Api(
    "AddVCenter",
    "POST",
    "/vcenters",
    params=(
        ("description", "body", "0.6"),
        ("domainName", "body", "0.6"),
        ("https", "body", "0.6"),
        ("name", "body", "0.6"),
        ("password", "body", "0.6"),
        ("port", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("username", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "description",
        "domain_name",
        "https",
        "name",
        "password",
        "port",
        "resource_uuid",
        "tag_uuids",
        "username",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("domainName", "name", "password", "username", "zoneUuid"),
    body_key="params",
    since="0.6",
    result=".models.add_v_center_result:AddVCenterResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("domainName", "domain_name", "minLength", 1),
        ("domainName", "domain_name", "maxLength", 256),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("username", "username", "maxLength", 255),
    ),
)

DELETE_V_CENTER: Api[DeleteVCenterResult] = Api(
    "DeleteVCenter",
    "DELETE",
    "/vcenters/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_v_center_result:DeleteVCenterResult",
)

QUERY_V_CENTER: Api[QueryVCenterResult] = Api(
    "QueryVCenter",
    "GET",
    "/vcenters",
    params=(
        ("uuid", "path", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.9.0",
    result=".models.query_v_center_result:QueryVCenterResult",
    query=True,
    alt_paths=("/vcenters/{uuid}",),
)

QUERY_V_CENTER_BACKUP_STORAGE: Api[QueryVCenterBackupStorageResult] = Api(
    "QueryVCenterBackupStorage",
    "GET",
    "/vcenters/backup-storage",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_v_center_backup_storage_result:QueryVCenterBackupStorageResult",
    query=True,
    alt_paths=("/vcenters/backup-storage/{uuid}",),
)

QUERY_V_CENTER_CLUSTER: Api[QueryVCenterClusterResult] = Api(
    "QueryVCenterCluster",
    "GET",
    "/vcenters/clusters",
    params=(
        ("uuid", "path", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.9.0",
    result=".models.query_v_center_cluster_result:QueryVCenterClusterResult",
    query=True,
    alt_paths=("/vcenters/clusters/{uuid}",),
)

QUERY_V_CENTER_DATACENTER: Api[QueryVCenterDatacenterResult] = Api(
    "QueryVCenterDatacenter",
    "GET",
    "/vcenters/datacenters",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_v_center_datacenter_result:QueryVCenterDatacenterResult",
    query=True,
)

QUERY_V_CENTER_PRIMARY_STORAGE: Api[QueryVCenterPrimaryStorageResult] = Api(
    "QueryVCenterPrimaryStorage",
    "GET",
    "/vcenters/primary-storage",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_v_center_primary_storage_result:QueryVCenterPrimaryStorageResult",
    query=True,
    alt_paths=("/vcenters/primary-storage/{uuid}",),
)

QUERY_V_CENTER_RESOURCE_POOL: Api[QueryVCenterResourcePoolResult] = Api(
    "QueryVCenterResourcePool",
    "GET",
    "/vcenters/clusters/resourcepools",
    params=(
        ("uuid", "path", "3.3.0"),
        ("systemTags", "query", "3.3.0"),
        ("userTags", "query", "3.3.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.3.0",
    result=".models.query_v_center_resource_pool_result:QueryVCenterResourcePoolResult",
    query=True,
    alt_paths=("/vcenters/clusters/resourcepools/{uuid}",),
)

SYNC_V_CENTER: Api[SyncVCenterResult] = Api(
    "SyncVCenter",
    "PUT",
    "/vcenters/{uuid}/actions",
    params=(
        ("uuid", "path", "2.2"),
        ("systemTags", "root", "2.2"),
        ("userTags", "root", "2.2"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="syncVCenter",
    since="2.2",
    result=".models.sync_v_center_result:SyncVCenterResult",
)

UPDATE_V_CENTER: Api[UpdateVCenterResult] = Api(
    "UpdateVCenter",
    "PUT",
    "/vcenters/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3.2"),
        ("description", "body", "2.3.2"),
        ("domainName", "body", "2.3.2"),
        ("name", "body", "2.3.2"),
        ("password", "body", "2.3.2"),
        ("port", "body", "2.3.2"),
        ("state", "body", "4.8.0"),
        ("username", "body", "2.3.2"),
        ("systemTags", "root", "2.3.2"),
        ("userTags", "root", "2.3.2"),
    ),
    names=(
        "uuid",
        "description",
        "domain_name",
        "name",
        "password",
        "port",
        "state",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateVCenter",
    since="2.3.2",
    result=".models.update_v_center_result:UpdateVCenterResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("domainName", "domain_name", "minLength", 1),
        ("domainName", "domain_name", "maxLength", 256),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("password", "password", "minLength", 1),
        ("password", "password", "maxLength", 255),
        ("state", "state", "enum", ("Enabled", "Disabled")),
        ("username", "username", "minLength", 1),
        ("username", "username", "maxLength", 255),
    ),
)


class VcentersApi(SyncNamespace):
    """vcenters: 10 APIs (AddVCenter, DeleteVCenter, QueryVCenter, ...)."""

    __slots__ = ()

    def add_v_center(
        self,
        *,
        domain_name: str,
        name: str,
        password: str,
        username: str,
        zone_uuid: str,
        description: str | None = None,
        https: bool | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVCenterResult:
        """添加vCenter资源 (AddVCenter).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: vCenter 的详细描述 (since 0.6; maxLength 2048)
            domain_name: vCenter 域名 (since 0.6; minLength 1; maxLength 256)
            https: 是否启用 HTTPS 登录（默认开启） (since 0.6)
            name: vCenter 的名称 (since 0.6; maxLength 255)
            password: 登录 vCenter 用户密码 (since 0.6; maxLength 255)
            port: port (since 0.6)
            resource_uuid: vCenter 的UUID。若指定，云主机会使用该字段值作为UUID。 (since 0.6)
            tag_uuids: tagUuids
            username: 登录 vCenter 用户名 (since 0.6; maxLength 255)
            zone_uuid: vCenter 将要添加至的目标区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_V_CENTER,
            {
                "description": description,
                "domainName": domain_name,
                "https": https,
                "name": name,
                "password": password,
                "port": port,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "username": username,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_v_center(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVCenterResult:
        """删除vCenter资源 (DeleteVCenter).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: vCenter 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_V_CENTER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_v_center(
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
    ) -> QueryVCenterResult:
        """查询vCenter资源 (QueryVCenter).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_CENTER,
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

    def query_v_center_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VCenterInventory]:
        """Every result of ``query_v_center``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_CENTER,
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

    def query_v_center_backup_storage(
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
    ) -> QueryVCenterBackupStorageResult:
        """查询vCenter镜像服务器 (QueryVCenterBackupStorage).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_CENTER_BACKUP_STORAGE,
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

    def query_v_center_backup_storage_pages(
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
        """Every result of ``query_v_center_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_CENTER_BACKUP_STORAGE,
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

    def query_v_center_cluster(
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
    ) -> QueryVCenterClusterResult:
        """查询vCenter集群 (QueryVCenterCluster).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_CENTER_CLUSTER,
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

    def query_v_center_cluster_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VCenterClusterInventory]:
        """Every result of ``query_v_center_cluster``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_CENTER_CLUSTER,
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

    def query_v_center_datacenter(
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
    ) -> QueryVCenterDatacenterResult:
        """Query V center datacenter (QueryVCenterDatacenter).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVCenterDatacenterAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_CENTER_DATACENTER,
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

    def query_v_center_datacenter_pages(
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
        """Every result of ``query_v_center_datacenter``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_CENTER_DATACENTER,
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

    def query_v_center_primary_storage(
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
    ) -> QueryVCenterPrimaryStorageResult:
        """查询vCenter主存储 (QueryVCenterPrimaryStorage).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_CENTER_PRIMARY_STORAGE,
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

    def query_v_center_primary_storage_pages(
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
        """Every result of ``query_v_center_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_CENTER_PRIMARY_STORAGE,
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

    def query_v_center_resource_pool(
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
    ) -> QueryVCenterResourcePoolResult:
        """查询vCenter资源池 (QueryVCenterResourcePool).

        Since ZStack 3.3.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.3.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_CENTER_RESOURCE_POOL,
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

    def query_v_center_resource_pool_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VCenterResourcePoolInventory]:
        """Every result of ``query_v_center_resource_pool``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_CENTER_RESOURCE_POOL,
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

    def sync_v_center(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVCenterResult:
        """同步vCenter资源 (SyncVCenter).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: vCenter资源的UUID，唯一标示该资源 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_V_CENTER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_v_center(
        self,
        *,
        uuid: str,
        description: str | None = None,
        domain_name: str | None = None,
        name: str | None = None,
        password: str | None = None,
        port: int | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVCenterResult:
        """更新vCenter资源 (UpdateVCenter).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3.2)
            description: 资源的详细描述 (since 2.3.2; maxLength 2048)
            domain_name: domainName (since 2.3.2; minLength 1; maxLength 256)
            name: 资源名称 (since 2.3.2; minLength 1; maxLength 255)
            password: password (since 2.3.2; minLength 1; maxLength 255)
            port: port (since 2.3.2)
            state: VCenter启用状态 (since 4.8.0; enum {'Enabled', 'Disabled'})
            username: username (since 2.3.2; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_V_CENTER,
            {
                "uuid": uuid,
                "description": description,
                "domainName": domain_name,
                "name": name,
                "password": password,
                "port": port,
                "state": state,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncVcentersApi(AsyncNamespace):
    """vcenters: 10 APIs (AddVCenter, DeleteVCenter, QueryVCenter, ...). (asyncio)"""

    __slots__ = ()

    async def add_v_center(
        self,
        *,
        domain_name: str,
        name: str,
        password: str,
        username: str,
        zone_uuid: str,
        description: str | None = None,
        https: bool | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVCenterResult:
        """添加vCenter资源 (AddVCenter).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: vCenter 的详细描述 (since 0.6; maxLength 2048)
            domain_name: vCenter 域名 (since 0.6; minLength 1; maxLength 256)
            https: 是否启用 HTTPS 登录（默认开启） (since 0.6)
            name: vCenter 的名称 (since 0.6; maxLength 255)
            password: 登录 vCenter 用户密码 (since 0.6; maxLength 255)
            port: port (since 0.6)
            resource_uuid: vCenter 的UUID。若指定，云主机会使用该字段值作为UUID。 (since 0.6)
            tag_uuids: tagUuids
            username: 登录 vCenter 用户名 (since 0.6; maxLength 255)
            zone_uuid: vCenter 将要添加至的目标区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_V_CENTER,
            {
                "description": description,
                "domainName": domain_name,
                "https": https,
                "name": name,
                "password": password,
                "port": port,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "username": username,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_v_center(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVCenterResult:
        """删除vCenter资源 (DeleteVCenter).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: vCenter 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_V_CENTER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_v_center(
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
    ) -> QueryVCenterResult:
        """查询vCenter资源 (QueryVCenter).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_CENTER,
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

    def query_v_center_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VCenterInventory]:
        """Every result of ``query_v_center``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_CENTER,
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

    async def query_v_center_backup_storage(
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
    ) -> QueryVCenterBackupStorageResult:
        """查询vCenter镜像服务器 (QueryVCenterBackupStorage).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_CENTER_BACKUP_STORAGE,
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

    def query_v_center_backup_storage_pages(
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
        """Every result of ``query_v_center_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_CENTER_BACKUP_STORAGE,
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

    async def query_v_center_cluster(
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
    ) -> QueryVCenterClusterResult:
        """查询vCenter集群 (QueryVCenterCluster).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_CENTER_CLUSTER,
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

    def query_v_center_cluster_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VCenterClusterInventory]:
        """Every result of ``query_v_center_cluster``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_CENTER_CLUSTER,
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

    async def query_v_center_datacenter(
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
    ) -> QueryVCenterDatacenterResult:
        """Query V center datacenter (QueryVCenterDatacenter).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVCenterDatacenterAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_CENTER_DATACENTER,
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

    def query_v_center_datacenter_pages(
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
        """Every result of ``query_v_center_datacenter``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_CENTER_DATACENTER,
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

    async def query_v_center_primary_storage(
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
    ) -> QueryVCenterPrimaryStorageResult:
        """查询vCenter主存储 (QueryVCenterPrimaryStorage).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_CENTER_PRIMARY_STORAGE,
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

    def query_v_center_primary_storage_pages(
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
        """Every result of ``query_v_center_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_CENTER_PRIMARY_STORAGE,
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

    async def query_v_center_resource_pool(
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
    ) -> QueryVCenterResourcePoolResult:
        """查询vCenter资源池 (QueryVCenterResourcePool).

        Since ZStack 3.3.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.3.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_CENTER_RESOURCE_POOL,
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

    def query_v_center_resource_pool_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VCenterResourcePoolInventory]:
        """Every result of ``query_v_center_resource_pool``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_CENTER_RESOURCE_POOL,
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

    async def sync_v_center(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncVCenterResult:
        """同步vCenter资源 (SyncVCenter).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: vCenter资源的UUID，唯一标示该资源 (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_V_CENTER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_v_center(
        self,
        *,
        uuid: str,
        description: str | None = None,
        domain_name: str | None = None,
        name: str | None = None,
        password: str | None = None,
        port: int | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVCenterResult:
        """更新vCenter资源 (UpdateVCenter).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3.2)
            description: 资源的详细描述 (since 2.3.2; maxLength 2048)
            domain_name: domainName (since 2.3.2; minLength 1; maxLength 256)
            name: 资源名称 (since 2.3.2; minLength 1; maxLength 255)
            password: password (since 2.3.2; minLength 1; maxLength 255)
            port: port (since 2.3.2)
            state: VCenter启用状态 (since 4.8.0; enum {'Enabled', 'Disabled'})
            username: username (since 2.3.2; minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_V_CENTER,
            {
                "uuid": uuid,
                "description": description,
                "domainName": domain_name,
                "name": name,
                "password": password,
                "port": port,
                "state": state,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
