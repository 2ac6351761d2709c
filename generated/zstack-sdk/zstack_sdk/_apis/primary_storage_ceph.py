"""``client.primary_storage_ceph``: 10 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_ceph_primary_storage_pool_result import AddCephPrimaryStoragePoolResult
    from ..models.add_ceph_primary_storage_result import AddCephPrimaryStorageResult
    from ..models.add_mon_to_ceph_primary_storage_result import AddMonToCephPrimaryStorageResult
    from ..models.ceph_osd_group_inventory import CephOsdGroupInventory
    from ..models.ceph_primary_storage_pool_inventory import CephPrimaryStoragePoolInventory
    from ..models.delete_ceph_primary_storage_pool_result import DeleteCephPrimaryStoragePoolResult
    from ..models.primary_storage_inventory import PrimaryStorageInventory
    from ..models.query_ceph_osd_group_result import QueryCephOsdGroupResult
    from ..models.query_ceph_primary_storage_pool_result import QueryCephPrimaryStoragePoolResult
    from ..models.query_ceph_primary_storage_result import QueryCephPrimaryStorageResult
    from ..models.remove_mon_from_ceph_primary_storage_result import (
        RemoveMonFromCephPrimaryStorageResult,
    )
    from ..models.update_ceph_primary_storage_mon_result import UpdateCephPrimaryStorageMonResult
    from ..models.update_ceph_primary_storage_pool_result import UpdateCephPrimaryStoragePoolResult

__all__ = ["AsyncPrimaryStorageCephApi", "PrimaryStorageCephApi"]


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
        ("tagUuids", "body", None),
        ("type", "body", "0.6"),
        ("url", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "data_volume_pool_name",
        "description",
        "image_cache_pool_name",
        "mon_urls",
        "name",
        "resource_uuid",
        "root_volume_pool_name",
        "tag_uuids",
        "type",
        "url",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("monUrls", "name", "zoneUuid"),
    body_key="params",
    since="0.6",
    result=".models.add_ceph_primary_storage_result:AddCephPrimaryStorageResult",
    checks=(
        ("dataVolumePoolName", "data_volume_pool_name", "maxLength", 255),
        ("description", "description", "maxLength", 2048),
        ("imageCachePoolName", "image_cache_pool_name", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("rootVolumePoolName", "root_volume_pool_name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
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
        ("tagUuids", "body", None),
        ("type", "body", "3.1.1"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "primary_storage_uuid",
        "alias_name",
        "description",
        "is_create",
        "pool_name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("primaryStorageUuid", "poolName", "type"),
    body_key="params",
    since="0.6",
    result=".models.add_ceph_primary_storage_pool_result:AddCephPrimaryStoragePoolResult",
    checks=(
        ("aliasName", "alias_name", "maxLength", 255),
        ("description", "description", "maxLength", 2048),
        ("poolName", "pool_name", "maxLength", 255),
        ("type", "type", "enum", ("Root", "Data")),
    ),
)

ADD_MON_TO_CEPH_PRIMARY_STORAGE: Api[AddMonToCephPrimaryStorageResult] = Api(
    "AddMonToCephPrimaryStorage",
    "POST",
    "/primary-storage/ceph/{uuid}/mons",
    params=(
        ("uuid", "path", "0.6"),
        ("monUrls", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "mon_urls", "system_tags", "user_tags"),
    required=("uuid", "monUrls"),
    body_key="params",
    since="0.6",
    result=".models.add_mon_to_ceph_primary_storage_result:AddMonToCephPrimaryStorageResult",
    checks=(("monUrls", "mon_urls", "minItems", 1),),
)

DELETE_CEPH_PRIMARY_STORAGE_POOL: Api[DeleteCephPrimaryStoragePoolResult] = Api(
    "DeleteCephPrimaryStoragePool",
    "DELETE",
    "/primary-storage/ceph/pools/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_ceph_primary_storage_pool_result:DeleteCephPrimaryStoragePoolResult",
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
    names=("uuid", "system_tags", "user_tags"),
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
    names=("uuid", "system_tags", "user_tags"),
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
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_ceph_primary_storage_pool_result:QueryCephPrimaryStoragePoolResult",
    query=True,
    alt_paths=("/primary-storage/ceph/pools/{uuid}",),
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
    names=("uuid", "mon_hostnames", "system_tags", "user_tags"),
    required=("uuid", "monHostnames"),
    since="0.6",
    result=".models.remove_mon_from_ceph_primary_storage_result:RemoveMonFromCephPrimaryStorageResult",
    checks=(("monHostnames", "mon_hostnames", "minItems", 1),),
)

UPDATE_CEPH_PRIMARY_STORAGE_MON: Api[UpdateCephPrimaryStorageMonResult] = Api(
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
    names=(
        "mon_uuid",
        "hostname",
        "mon_port",
        "ssh_password",
        "ssh_port",
        "ssh_username",
        "system_tags",
        "user_tags",
    ),
    required=("monUuid",),
    body_key="updateCephPrimaryStorageMon",
    since="0.6",
    result=".models.update_ceph_primary_storage_mon_result:UpdateCephPrimaryStorageMonResult",
    checks=(
        ("monUuid", "mon_uuid", "minLength", 1),
        ("hostname", "hostname", "maxLength", 255),
        ("monPort", "mon_port", "minimum", 1),
        ("monPort", "mon_port", "maximum", 65535),
        ("sshPassword", "ssh_password", "maxLength", 255),
        ("sshPort", "ssh_port", "minimum", 1),
        ("sshPort", "ssh_port", "maximum", 65535),
        ("sshUsername", "ssh_username", "maxLength", 255),
    ),
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
    names=("uuid", "alias_name", "description", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateCephPrimaryStoragePool",
    since="0.6",
    result=".models.update_ceph_primary_storage_pool_result:UpdateCephPrimaryStoragePoolResult",
    checks=(
        ("aliasName", "alias_name", "maxLength", 255),
        ("description", "description", "maxLength", 2048),
    ),
)


class PrimaryStorageCephApi(SyncNamespace):
    """primary-storage-ceph: 10 APIs (AddCephPrimaryStorage, AddCephPrimaryStoragePool, AddMonToCephPrimaryStorage, ...)."""

    __slots__ = ()

    def add_ceph_primary_storage(
        self,
        *,
        mon_urls: Sequence[str],
        name: str,
        zone_uuid: str,
        data_volume_pool_name: str | None = None,
        description: str | None = None,
        image_cache_pool_name: str | None = None,
        resource_uuid: str | None = None,
        root_volume_pool_name: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """添加Ceph主存储 (AddCephPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_volume_pool_name: 指定 Data Volume 可使用的 Ceph pool 名字 (since 0.6; maxLength 255)
            description: Ceph 主存储的详细描述 (since 0.6; maxLength 2048)
            image_cache_pool_name: 指定镜像缓存可使用的 Ceph pool 名字 (since 0.6; maxLength 255)
            mon_urls: Ceph mon 的地址列表 (since 0.6)
            name: Ceph 主存储的名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，Ceph 主存储会使用该字段值作为UUID。 (since 0.6)
            root_volume_pool_name: 指定 Root Volume 可使用的 Ceph pool 名字 (since 0.6; maxLength 255)
            tag_uuids: tagUuids
            type: Ceph 主存储的类型，此处为 Ceph (since 0.6)
            url: 未使用 (since 0.6; maxLength 2048)
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
                "tagUuids": tag_uuids,
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
        type: Literal["Root", "Data"],
        alias_name: str | None = None,
        description: str | None = None,
        is_create: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStoragePoolResult:
        """添加Ceph主存储池 (AddCephPrimaryStoragePool).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            primary_storage_uuid: 主存储UUID (since 0.6)
            alias_name: aliasName (since 0.6; maxLength 255)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            is_create: isCreate (since 0.6)
            pool_name: poolName (since 0.6; maxLength 255)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids
            type: 存储池类型 (since 3.1.1; enum {'Root', 'Data'})
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
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_mon_to_ceph_primary_storage(
        self,
        *,
        uuid: str,
        mon_urls: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMonToCephPrimaryStorageResult:
        """为Ceph主存储添加mon节点 (AddMonToCephPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: Ceph 主存储的UUID (since 0.6)
            mon_urls: mon 节点地址列表 (since 0.6; minItems 1)
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

    def delete_ceph_primary_storage_pool(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCephPrimaryStoragePoolResult:
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

        Since ZStack 4.5.0. Synchronous (a 202 is still followed).

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

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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
    ) -> Iterator[PrimaryStorageInventory]:
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

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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
            mon_hostnames: mon 节点名字列表 (since 0.6; minItems 1)
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
    ) -> UpdateCephPrimaryStorageMonResult:
        """更新Ceph主存储mon节点 (UpdateCephPrimaryStorageMon).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mon_uuid: mon节点UUID (since 0.6; minLength 1)
            hostname: mon节点新主机IP地址 (since 0.6; maxLength 255)
            mon_port: mon的新端口 (since 0.6; minimum 1; maximum 65535)
            ssh_password: mon节点主机 ssh 用户密码 (since 0.6; maxLength 255)
            ssh_port: mon节点主机 ssh 端口 (since 0.6; minimum 1; maximum 65535)
            ssh_username: mon节点主机 ssh 用户名 (since 0.6; maxLength 255)
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
            alias_name: aliasName (since 0.6; maxLength 255)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
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


class AsyncPrimaryStorageCephApi(AsyncNamespace):
    """primary-storage-ceph: 10 APIs (AddCephPrimaryStorage, AddCephPrimaryStoragePool, AddMonToCephPrimaryStorage, ...). (asyncio)"""

    __slots__ = ()

    async def add_ceph_primary_storage(
        self,
        *,
        mon_urls: Sequence[str],
        name: str,
        zone_uuid: str,
        data_volume_pool_name: str | None = None,
        description: str | None = None,
        image_cache_pool_name: str | None = None,
        resource_uuid: str | None = None,
        root_volume_pool_name: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStorageResult:
        """添加Ceph主存储 (AddCephPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_volume_pool_name: 指定 Data Volume 可使用的 Ceph pool 名字 (since 0.6; maxLength 255)
            description: Ceph 主存储的详细描述 (since 0.6; maxLength 2048)
            image_cache_pool_name: 指定镜像缓存可使用的 Ceph pool 名字 (since 0.6; maxLength 255)
            mon_urls: Ceph mon 的地址列表 (since 0.6)
            name: Ceph 主存储的名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，Ceph 主存储会使用该字段值作为UUID。 (since 0.6)
            root_volume_pool_name: 指定 Root Volume 可使用的 Ceph pool 名字 (since 0.6; maxLength 255)
            tag_uuids: tagUuids
            type: Ceph 主存储的类型，此处为 Ceph (since 0.6)
            url: 未使用 (since 0.6; maxLength 2048)
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
                "tagUuids": tag_uuids,
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
        type: Literal["Root", "Data"],
        alias_name: str | None = None,
        description: str | None = None,
        is_create: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephPrimaryStoragePoolResult:
        """添加Ceph主存储池 (AddCephPrimaryStoragePool).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            primary_storage_uuid: 主存储UUID (since 0.6)
            alias_name: aliasName (since 0.6; maxLength 255)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            is_create: isCreate (since 0.6)
            pool_name: poolName (since 0.6; maxLength 255)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids
            type: 存储池类型 (since 3.1.1; enum {'Root', 'Data'})
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
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_mon_to_ceph_primary_storage(
        self,
        *,
        uuid: str,
        mon_urls: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMonToCephPrimaryStorageResult:
        """为Ceph主存储添加mon节点 (AddMonToCephPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: Ceph 主存储的UUID (since 0.6)
            mon_urls: mon 节点地址列表 (since 0.6; minItems 1)
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

    async def delete_ceph_primary_storage_pool(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCephPrimaryStoragePoolResult:
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

        Since ZStack 4.5.0. Synchronous (a 202 is still followed).

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

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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
    ) -> AsyncIterator[PrimaryStorageInventory]:
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

        Since ZStack 0.6. Synchronous (a 202 is still followed).

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
            mon_hostnames: mon 节点名字列表 (since 0.6; minItems 1)
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
    ) -> UpdateCephPrimaryStorageMonResult:
        """更新Ceph主存储mon节点 (UpdateCephPrimaryStorageMon).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mon_uuid: mon节点UUID (since 0.6; minLength 1)
            hostname: mon节点新主机IP地址 (since 0.6; maxLength 255)
            mon_port: mon的新端口 (since 0.6; minimum 1; maximum 65535)
            ssh_password: mon节点主机 ssh 用户密码 (since 0.6; maxLength 255)
            ssh_port: mon节点主机 ssh 端口 (since 0.6; minimum 1; maximum 65535)
            ssh_username: mon节点主机 ssh 用户名 (since 0.6; maxLength 255)
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
            alias_name: aliasName (since 0.6; maxLength 255)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
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
