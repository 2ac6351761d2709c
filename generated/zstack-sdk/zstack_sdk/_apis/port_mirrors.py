"""``client.port_mirrors``: 10 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.change_port_mirror_state_result import ChangePortMirrorStateResult
    from ..models.create_port_mirror_result import CreatePortMirrorResult
    from ..models.create_port_mirror_session_result import CreatePortMirrorSessionResult
    from ..models.delete_port_mirror_result import DeletePortMirrorResult
    from ..models.delete_port_mirror_session_result import DeletePortMirrorSessionResult
    from ..models.get_candidate_vm_nics_for_port_mirror_result import (
        GetCandidateVmNicsForPortMirrorResult,
    )
    from ..models.mirror_network_used_ip_inventory import MirrorNetworkUsedIpInventory
    from ..models.port_mirror_inventory import PortMirrorInventory
    from ..models.port_mirror_session_inventory import PortMirrorSessionInventory
    from ..models.query_port_mirror_network_used_ip_result import QueryPortMirrorNetworkUsedIpResult
    from ..models.query_port_mirror_result import QueryPortMirrorResult
    from ..models.query_port_mirror_session_result import QueryPortMirrorSessionResult
    from ..models.update_port_mirror_result import UpdatePortMirrorResult

__all__ = ["AsyncPortMirrorsApi", "PortMirrorsApi"]


CHANGE_PORT_MIRROR_STATE: Api[ChangePortMirrorStateResult] = Api(
    "ChangePortMirrorState",
    "PUT",
    "/port-mirrors/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("stateEvent", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changePortMirrorState",
    since="3.7.0",
    result=".models.change_port_mirror_state_result:ChangePortMirrorStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_PORT_MIRROR: Api[CreatePortMirrorResult] = Api(
    "CreatePortMirror",
    "POST",
    "/port-mirrors",
    params=(
        ("description", "body", "3.7.0"),
        ("mirrorNetworkUuid", "body", "3.7.0"),
        ("name", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("stateEvent", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=(
        "description",
        "mirror_network_uuid",
        "name",
        "resource_uuid",
        "state_event",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("mirrorNetworkUuid",),
    body_key="params",
    since="3.7.0",
    result=".models.create_port_mirror_result:CreatePortMirrorResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "maxLength", 128),
        ("stateEvent", "state_event", "enum", ("enable", "disable")),
    ),
)

CREATE_PORT_MIRROR_SESSION: Api[CreatePortMirrorSessionResult] = Api(
    "CreatePortMirrorSession",
    "POST",
    "/port-mirrors/sessions",
    params=(
        ("description", "body", "3.7.0"),
        ("dstEndPoint", "body", "3.7.0"),
        ("name", "body", "3.7.0"),
        ("portMirrorUuid", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("srcEndPoint", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("type", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=(
        "description",
        "dst_end_point",
        "name",
        "port_mirror_uuid",
        "resource_uuid",
        "src_end_point",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("dstEndPoint", "name", "portMirrorUuid", "srcEndPoint", "type"),
    body_key="params",
    since="3.7.0",
    result=".models.create_port_mirror_session_result:CreatePortMirrorSessionResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("dstEndPoint", "dst_end_point", "minLength", 1),
        ("dstEndPoint", "dst_end_point", "maxLength", 32),
        ("name", "name", "maxLength", 128),
        ("type", "type", "enum", ("Ingress", "Egress", "Bidirection")),
    ),
)

DELETE_PORT_MIRROR: Api[DeletePortMirrorResult] = Api(
    "DeletePortMirror",
    "DELETE",
    "/port-mirrors/{uuid}",
    params=(
        ("uuid", "path", "3.7.0"),
        ("deleteMode", "query", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.7.0",
    result=".models.delete_port_mirror_result:DeletePortMirrorResult",
)

DELETE_PORT_MIRROR_SESSION: Api[DeletePortMirrorSessionResult] = Api(
    "DeletePortMirrorSession",
    "DELETE",
    "/port-mirrors/sessons/{uuid}",
    params=(
        ("uuid", "path", "3.7.0"),
        ("deleteMode", "query", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.7.0",
    result=".models.delete_port_mirror_session_result:DeletePortMirrorSessionResult",
)

GET_CANDIDATE_VM_NICS_FOR_PORT_MIRROR: Api[GetCandidateVmNicsForPortMirrorResult] = Api(
    "GetCandidateVmNicsForPortMirror",
    "GET",
    "/port-mirrors/{portMirrorUuid}/vm-instances/candidate-nics/{type}",
    params=(
        ("portMirrorUuid", "path", "3.7.0"),
        ("type", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("port_mirror_uuid", "type", "system_tags", "user_tags"),
    required=("portMirrorUuid", "type"),
    since="3.7.0",
    result=".models.get_candidate_vm_nics_for_port_mirror_result:GetCandidateVmNicsForPortMirrorResult",
    checks=(("type", "type", "enum", ("source", "dest")),),
)

QUERY_PORT_MIRROR: Api[QueryPortMirrorResult] = Api(
    "QueryPortMirror",
    "GET",
    "/port-mirrors",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.7.0",
    result=".models.query_port_mirror_result:QueryPortMirrorResult",
    query=True,
    alt_paths=("/portMirrors/{uuid}",),
)

QUERY_PORT_MIRROR_NETWORK_USED_IP: Api[QueryPortMirrorNetworkUsedIpResult] = Api(
    "QueryPortMirrorNetworkUsedIp",
    "GET",
    "/port-mirrors/networks/usedIps",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.7.0",
    result=".models.query_port_mirror_network_used_ip_result:QueryPortMirrorNetworkUsedIpResult",
    query=True,
    alt_paths=("/port-mirrors/networks/usedIps/{uuid}",),
)

QUERY_PORT_MIRROR_SESSION: Api[QueryPortMirrorSessionResult] = Api(
    "QueryPortMirrorSession",
    "GET",
    "/port-mirrors/sessions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.7.0",
    result=".models.query_port_mirror_session_result:QueryPortMirrorSessionResult",
    query=True,
    alt_paths=("/port-mirrors/sessions/{uuid}",),
)

UPDATE_PORT_MIRROR: Api[UpdatePortMirrorResult] = Api(
    "UpdatePortMirror",
    "PUT",
    "/port-mirrors/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("description", "body", "3.7.0"),
        ("name", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updatePortMirror",
    since="3.7.0",
    result=".models.update_port_mirror_result:UpdatePortMirrorResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "maxLength", 128),
    ),
)


class PortMirrorsApi(SyncNamespace):
    """port-mirrors: 10 APIs (ChangePortMirrorState, CreatePortMirror, CreatePortMirrorSession, ...)."""

    __slots__ = ()

    def change_port_mirror_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangePortMirrorStateResult:
        """更新端口镜像服务状态 (ChangePortMirrorState).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            state_event: 状态 (since 3.7.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_PORT_MIRROR_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_port_mirror(
        self,
        *,
        mirror_network_uuid: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        state_event: Literal["enable", "disable"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePortMirrorResult:
        """创建端口镜像 (CreatePortMirror).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7.0; maxLength 1024)
            mirror_network_uuid: 镜像网络资源的UUID (since 3.7.0)
            name: 资源名称 (since 3.7.0; maxLength 128)
            resource_uuid: resourceUuid (since 3.7.0)
            state_event: 流量镜像服务的状态 (since 3.7.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_PORT_MIRROR,
            {
                "description": description,
                "mirrorNetworkUuid": mirror_network_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "stateEvent": state_event,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_port_mirror_session(
        self,
        *,
        dst_end_point: str,
        name: str,
        port_mirror_uuid: str,
        src_end_point: str,
        type: Literal["Ingress", "Egress", "Bidirection"],
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePortMirrorSessionResult:
        """创建端口镜像会话 (CreatePortMirrorSession).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7.0; maxLength 1024)
            dst_end_point: 镜像会话目的端口 (since 3.7.0; minLength 1; maxLength 32)
            name: 资源名称 (since 3.7.0; maxLength 128)
            port_mirror_uuid: 端口镜像服务的UUID (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            src_end_point: 镜像会话源端口 (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            type: 会话资源的类型 (since 3.7.0; enum {'Ingress', 'Egress', 'Bidirection'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_PORT_MIRROR_SESSION,
            {
                "description": description,
                "dstEndPoint": dst_end_point,
                "name": name,
                "portMirrorUuid": port_mirror_uuid,
                "resourceUuid": resource_uuid,
                "srcEndPoint": src_end_point,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_port_mirror(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePortMirrorResult:
        """删除端口镜像 (DeletePortMirror).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_PORT_MIRROR,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_port_mirror_session(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePortMirrorSessionResult:
        """删除端口镜像会话 (DeletePortMirrorSession).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_PORT_MIRROR_SESSION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_vm_nics_for_port_mirror(
        self,
        *,
        port_mirror_uuid: str,
        type: Literal["source", "dest"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicsForPortMirrorResult:
        """获取系统中可以使用端口镜像服务的网卡 (GetCandidateVmNicsForPortMirror).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            port_mirror_uuid: 端口镜像服务的uuid (since 3.7.0)
            type: 网卡类型 (since 3.7.0; enum {'source', 'dest'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_VM_NICS_FOR_PORT_MIRROR,
            {
                "portMirrorUuid": port_mirror_uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_port_mirror(
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
    ) -> QueryPortMirrorResult:
        """查询端口镜像 (QueryPortMirror).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PORT_MIRROR,
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

    def query_port_mirror_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PortMirrorInventory]:
        """Every result of ``query_port_mirror``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PORT_MIRROR,
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

    def query_port_mirror_network_used_ip(
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
    ) -> QueryPortMirrorNetworkUsedIpResult:
        """查询端口镜像网络分配的IP (QueryPortMirrorNetworkUsedIp).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PORT_MIRROR_NETWORK_USED_IP,
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

    def query_port_mirror_network_used_ip_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[MirrorNetworkUsedIpInventory]:
        """Every result of ``query_port_mirror_network_used_ip``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PORT_MIRROR_NETWORK_USED_IP,
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

    def query_port_mirror_session(
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
    ) -> QueryPortMirrorSessionResult:
        """查询端口镜像会话 (QueryPortMirrorSession).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PORT_MIRROR_SESSION,
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

    def query_port_mirror_session_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PortMirrorSessionInventory]:
        """Every result of ``query_port_mirror_session``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PORT_MIRROR_SESSION,
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

    def update_port_mirror(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePortMirrorResult:
        """更新端口镜像 (UpdatePortMirror).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            description: 资源的详细描述 (since 3.7.0; maxLength 1024)
            name: 资源名称 (since 3.7.0; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_PORT_MIRROR,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncPortMirrorsApi(AsyncNamespace):
    """port-mirrors: 10 APIs (ChangePortMirrorState, CreatePortMirror, CreatePortMirrorSession, ...). (asyncio)"""

    __slots__ = ()

    async def change_port_mirror_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangePortMirrorStateResult:
        """更新端口镜像服务状态 (ChangePortMirrorState).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            state_event: 状态 (since 3.7.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_PORT_MIRROR_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_port_mirror(
        self,
        *,
        mirror_network_uuid: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        state_event: Literal["enable", "disable"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePortMirrorResult:
        """创建端口镜像 (CreatePortMirror).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7.0; maxLength 1024)
            mirror_network_uuid: 镜像网络资源的UUID (since 3.7.0)
            name: 资源名称 (since 3.7.0; maxLength 128)
            resource_uuid: resourceUuid (since 3.7.0)
            state_event: 流量镜像服务的状态 (since 3.7.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_PORT_MIRROR,
            {
                "description": description,
                "mirrorNetworkUuid": mirror_network_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "stateEvent": state_event,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_port_mirror_session(
        self,
        *,
        dst_end_point: str,
        name: str,
        port_mirror_uuid: str,
        src_end_point: str,
        type: Literal["Ingress", "Egress", "Bidirection"],
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePortMirrorSessionResult:
        """创建端口镜像会话 (CreatePortMirrorSession).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7.0; maxLength 1024)
            dst_end_point: 镜像会话目的端口 (since 3.7.0; minLength 1; maxLength 32)
            name: 资源名称 (since 3.7.0; maxLength 128)
            port_mirror_uuid: 端口镜像服务的UUID (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            src_end_point: 镜像会话源端口 (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            type: 会话资源的类型 (since 3.7.0; enum {'Ingress', 'Egress', 'Bidirection'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_PORT_MIRROR_SESSION,
            {
                "description": description,
                "dstEndPoint": dst_end_point,
                "name": name,
                "portMirrorUuid": port_mirror_uuid,
                "resourceUuid": resource_uuid,
                "srcEndPoint": src_end_point,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_port_mirror(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePortMirrorResult:
        """删除端口镜像 (DeletePortMirror).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_PORT_MIRROR,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_port_mirror_session(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePortMirrorSessionResult:
        """删除端口镜像会话 (DeletePortMirrorSession).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_PORT_MIRROR_SESSION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_vm_nics_for_port_mirror(
        self,
        *,
        port_mirror_uuid: str,
        type: Literal["source", "dest"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicsForPortMirrorResult:
        """获取系统中可以使用端口镜像服务的网卡 (GetCandidateVmNicsForPortMirror).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            port_mirror_uuid: 端口镜像服务的uuid (since 3.7.0)
            type: 网卡类型 (since 3.7.0; enum {'source', 'dest'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_VM_NICS_FOR_PORT_MIRROR,
            {
                "portMirrorUuid": port_mirror_uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_port_mirror(
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
    ) -> QueryPortMirrorResult:
        """查询端口镜像 (QueryPortMirror).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PORT_MIRROR,
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

    def query_port_mirror_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PortMirrorInventory]:
        """Every result of ``query_port_mirror``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PORT_MIRROR,
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

    async def query_port_mirror_network_used_ip(
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
    ) -> QueryPortMirrorNetworkUsedIpResult:
        """查询端口镜像网络分配的IP (QueryPortMirrorNetworkUsedIp).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PORT_MIRROR_NETWORK_USED_IP,
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

    def query_port_mirror_network_used_ip_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[MirrorNetworkUsedIpInventory]:
        """Every result of ``query_port_mirror_network_used_ip``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PORT_MIRROR_NETWORK_USED_IP,
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

    async def query_port_mirror_session(
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
    ) -> QueryPortMirrorSessionResult:
        """查询端口镜像会话 (QueryPortMirrorSession).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PORT_MIRROR_SESSION,
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

    def query_port_mirror_session_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PortMirrorSessionInventory]:
        """Every result of ``query_port_mirror_session``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PORT_MIRROR_SESSION,
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

    async def update_port_mirror(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePortMirrorResult:
        """更新端口镜像 (UpdatePortMirror).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            description: 资源的详细描述 (since 3.7.0; maxLength 1024)
            name: 资源名称 (since 3.7.0; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_PORT_MIRROR,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
