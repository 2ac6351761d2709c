"""``client.aliyun_proxy``: 8 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.create_aliyun_proxy_v_switch_result import CreateAliyunProxyVSwitchResult
    from ..models.create_aliyun_proxy_vpc_result import CreateAliyunProxyVpcResult
    from ..models.delete_aliyun_proxy_v_switch_result import DeleteAliyunProxyVSwitchResult
    from ..models.delete_aliyun_proxy_vpc_result import DeleteAliyunProxyVpcResult
    from ..models.query_aliyun_proxy_v_switch_result import QueryAliyunProxyVSwitchResult
    from ..models.query_aliyun_proxy_vpc_result import QueryAliyunProxyVpcResult
    from ..models.update_aliyun_proxy_v_switch_result import UpdateAliyunProxyVSwitchResult
    from ..models.update_aliyun_proxy_vpc_result import UpdateAliyunProxyVpcResult

__all__ = ["AliyunProxyApi", "AsyncAliyunProxyApi"]


CREATE_ALIYUN_PROXY_V_SWITCH: Api[CreateAliyunProxyVSwitchResult] = Api(
    "CreateAliyunProxyVSwitch",
    "POST",
    "/aliyun-proxy/vpcs/vswitches",
    params=(
        ("aliyunProxyVpcUuid", "body", None),
        ("isDefault", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("vpcL3NetworkUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "aliyun_proxy_vpc_uuid",
        "is_default",
        "resource_uuid",
        "tag_uuids",
        "vpc_l3_network_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("aliyunProxyVpcUuid", "isDefault", "vpcL3NetworkUuid"),
    body_key="params",
    since=None,
    result=".models.create_aliyun_proxy_v_switch_result:CreateAliyunProxyVSwitchResult",
    checks=(
        ("aliyunProxyVpcUuid", "aliyun_proxy_vpc_uuid", "maxLength", 32),
        ("vpcL3NetworkUuid", "vpc_l3_network_uuid", "maxLength", 32),
    ),
)

CREATE_ALIYUN_PROXY_VPC: Api[CreateAliyunProxyVpcResult] = Api(
    "CreateAliyunProxyVpc",
    "POST",
    "/aliyun-proxy/vpcs",
    params=(
        ("cidrBlock", "body", None),
        ("description", "body", None),
        ("isDefault", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("vRouterUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "cidr_block",
        "description",
        "is_default",
        "name",
        "resource_uuid",
        "tag_uuids",
        "v_router_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("cidrBlock", "isDefault", "name", "vRouterUuid"),
    body_key="params",
    since=None,
    result=".models.create_aliyun_proxy_vpc_result:CreateAliyunProxyVpcResult",
    checks=(
        ("cidrBlock", "cidr_block", "maxLength", 255),
        ("description", "description", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("vRouterUuid", "v_router_uuid", "maxLength", 32),
    ),
)

DELETE_ALIYUN_PROXY_V_SWITCH: Api[DeleteAliyunProxyVSwitchResult] = Api(
    "DeleteAliyunProxyVSwitch",
    "DELETE",
    "/aliyun-proxy/vpcs/vswitches/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_aliyun_proxy_v_switch_result:DeleteAliyunProxyVSwitchResult",
)

DELETE_ALIYUN_PROXY_VPC: Api[DeleteAliyunProxyVpcResult] = Api(
    "DeleteAliyunProxyVpc",
    "DELETE",
    "/aliyun-proxy/vpcs/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_aliyun_proxy_vpc_result:DeleteAliyunProxyVpcResult",
)

QUERY_ALIYUN_PROXY_V_SWITCH: Api[QueryAliyunProxyVSwitchResult] = Api(
    "QueryAliyunProxyVSwitch",
    "GET",
    "/aliyun-proxy/vpcs/vswitches",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_aliyun_proxy_v_switch_result:QueryAliyunProxyVSwitchResult",
    query=True,
)

QUERY_ALIYUN_PROXY_VPC: Api[QueryAliyunProxyVpcResult] = Api(
    "QueryAliyunProxyVpc",
    "GET",
    "/aliyun-proxy/vpcs",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_aliyun_proxy_vpc_result:QueryAliyunProxyVpcResult",
    query=True,
)

UPDATE_ALIYUN_PROXY_V_SWITCH: Api[UpdateAliyunProxyVSwitchResult] = Api(
    "UpdateAliyunProxyVSwitch",
    "PUT",
    "/aliyun-proxy/vswitches/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("isDefault", "body", None),
        ("status", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "is_default", "status", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateAliyunProxyVSwitch",
    since=None,
    result=".models.update_aliyun_proxy_v_switch_result:UpdateAliyunProxyVSwitchResult",
    checks=(("status", "status", "enum", ("Available", "Pending")),),
)

UPDATE_ALIYUN_PROXY_VPC: Api[UpdateAliyunProxyVpcResult] = Api(
    "UpdateAliyunProxyVpc",
    "PUT",
    "/aliyun-proxy/vpcs/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("isDefault", "body", None),
        ("name", "body", None),
        ("status", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "is_default", "name", "status", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateAliyunProxyVpc",
    since=None,
    result=".models.update_aliyun_proxy_vpc_result:UpdateAliyunProxyVpcResult",
    checks=(
        ("description", "description", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("status", "status", "enum", ("Available", "Pending")),
    ),
)


class AliyunProxyApi(SyncNamespace):
    """aliyun-proxy: 8 APIs (CreateAliyunProxyVSwitch, CreateAliyunProxyVpc, DeleteAliyunProxyVSwitch, ...)."""

    __slots__ = ()

    def create_aliyun_proxy_v_switch(
        self,
        *,
        aliyun_proxy_vpc_uuid: str,
        is_default: bool,
        vpc_l3_network_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunProxyVSwitchResult:
        """Create aliyun proxy V switch (CreateAliyunProxyVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunProxyVSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            aliyun_proxy_vpc_uuid: aliyunProxyVpcUuid (maxLength 32)
            is_default: isDefault
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            vpc_l3_network_uuid: vpcL3NetworkUuid (maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ALIYUN_PROXY_V_SWITCH,
            {
                "aliyunProxyVpcUuid": aliyun_proxy_vpc_uuid,
                "isDefault": is_default,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vpcL3NetworkUuid": vpc_l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_aliyun_proxy_vpc(
        self,
        *,
        cidr_block: str,
        is_default: bool,
        name: str,
        v_router_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunProxyVpcResult:
        """Create aliyun proxy vpc (CreateAliyunProxyVpc).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunProxyVpcAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cidr_block: cidrBlock (maxLength 255)
            description: description (maxLength 255)
            is_default: isDefault
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            v_router_uuid: vRouterUuid (maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ALIYUN_PROXY_VPC,
            {
                "cidrBlock": cidr_block,
                "description": description,
                "isDefault": is_default,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_aliyun_proxy_v_switch(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunProxyVSwitchResult:
        """Delete aliyun proxy V switch (DeleteAliyunProxyVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunProxyVSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALIYUN_PROXY_V_SWITCH,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_aliyun_proxy_vpc(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunProxyVpcResult:
        """Delete aliyun proxy vpc (DeleteAliyunProxyVpc).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunProxyVpcAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALIYUN_PROXY_VPC,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_aliyun_proxy_v_switch(
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
    ) -> QueryAliyunProxyVSwitchResult:
        """Query aliyun proxy V switch (QueryAliyunProxyVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunProxyVSwitchAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALIYUN_PROXY_V_SWITCH,
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

    def query_aliyun_proxy_v_switch_pages(
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
        """Every result of ``query_aliyun_proxy_v_switch``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_PROXY_V_SWITCH,
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

    def query_aliyun_proxy_vpc(
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
    ) -> QueryAliyunProxyVpcResult:
        """Query aliyun proxy vpc (QueryAliyunProxyVpc).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunProxyVpcAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALIYUN_PROXY_VPC,
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

    def query_aliyun_proxy_vpc_pages(
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
        """Every result of ``query_aliyun_proxy_vpc``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_PROXY_VPC,
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

    def update_aliyun_proxy_v_switch(
        self,
        *,
        uuid: str,
        is_default: bool | None = None,
        status: Literal["Available", "Pending"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunProxyVSwitchResult:
        """Update aliyun proxy V switch (UpdateAliyunProxyVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunProxyVSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            is_default: isDefault
            status: status (enum {'Available', 'Pending'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALIYUN_PROXY_V_SWITCH,
            {
                "uuid": uuid,
                "isDefault": is_default,
                "status": status,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_aliyun_proxy_vpc(
        self,
        *,
        uuid: str,
        description: str | None = None,
        is_default: bool | None = None,
        name: str | None = None,
        status: Literal["Available", "Pending"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunProxyVpcResult:
        """Update aliyun proxy vpc (UpdateAliyunProxyVpc).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunProxyVpcAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 255)
            is_default: isDefault
            name: name (maxLength 255)
            status: status (enum {'Available', 'Pending'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALIYUN_PROXY_VPC,
            {
                "uuid": uuid,
                "description": description,
                "isDefault": is_default,
                "name": name,
                "status": status,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncAliyunProxyApi(AsyncNamespace):
    """aliyun-proxy: 8 APIs (CreateAliyunProxyVSwitch, CreateAliyunProxyVpc, DeleteAliyunProxyVSwitch, ...). (asyncio)"""

    __slots__ = ()

    async def create_aliyun_proxy_v_switch(
        self,
        *,
        aliyun_proxy_vpc_uuid: str,
        is_default: bool,
        vpc_l3_network_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunProxyVSwitchResult:
        """Create aliyun proxy V switch (CreateAliyunProxyVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunProxyVSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            aliyun_proxy_vpc_uuid: aliyunProxyVpcUuid (maxLength 32)
            is_default: isDefault
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            vpc_l3_network_uuid: vpcL3NetworkUuid (maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ALIYUN_PROXY_V_SWITCH,
            {
                "aliyunProxyVpcUuid": aliyun_proxy_vpc_uuid,
                "isDefault": is_default,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vpcL3NetworkUuid": vpc_l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_aliyun_proxy_vpc(
        self,
        *,
        cidr_block: str,
        is_default: bool,
        name: str,
        v_router_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunProxyVpcResult:
        """Create aliyun proxy vpc (CreateAliyunProxyVpc).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunProxyVpcAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            cidr_block: cidrBlock (maxLength 255)
            description: description (maxLength 255)
            is_default: isDefault
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            v_router_uuid: vRouterUuid (maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ALIYUN_PROXY_VPC,
            {
                "cidrBlock": cidr_block,
                "description": description,
                "isDefault": is_default,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_aliyun_proxy_v_switch(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunProxyVSwitchResult:
        """Delete aliyun proxy V switch (DeleteAliyunProxyVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunProxyVSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALIYUN_PROXY_V_SWITCH,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_aliyun_proxy_vpc(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunProxyVpcResult:
        """Delete aliyun proxy vpc (DeleteAliyunProxyVpc).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunProxyVpcAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALIYUN_PROXY_VPC,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_aliyun_proxy_v_switch(
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
    ) -> QueryAliyunProxyVSwitchResult:
        """Query aliyun proxy V switch (QueryAliyunProxyVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunProxyVSwitchAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALIYUN_PROXY_V_SWITCH,
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

    def query_aliyun_proxy_v_switch_pages(
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
        """Every result of ``query_aliyun_proxy_v_switch``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_PROXY_V_SWITCH,
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

    async def query_aliyun_proxy_vpc(
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
    ) -> QueryAliyunProxyVpcResult:
        """Query aliyun proxy vpc (QueryAliyunProxyVpc).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunProxyVpcAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALIYUN_PROXY_VPC,
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

    def query_aliyun_proxy_vpc_pages(
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
        """Every result of ``query_aliyun_proxy_vpc``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_PROXY_VPC,
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

    async def update_aliyun_proxy_v_switch(
        self,
        *,
        uuid: str,
        is_default: bool | None = None,
        status: Literal["Available", "Pending"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunProxyVSwitchResult:
        """Update aliyun proxy V switch (UpdateAliyunProxyVSwitch).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunProxyVSwitchAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            is_default: isDefault
            status: status (enum {'Available', 'Pending'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALIYUN_PROXY_V_SWITCH,
            {
                "uuid": uuid,
                "isDefault": is_default,
                "status": status,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_aliyun_proxy_vpc(
        self,
        *,
        uuid: str,
        description: str | None = None,
        is_default: bool | None = None,
        name: str | None = None,
        status: Literal["Available", "Pending"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunProxyVpcResult:
        """Update aliyun proxy vpc (UpdateAliyunProxyVpc).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunProxyVpcAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 255)
            is_default: isDefault
            name: name (maxLength 255)
            status: status (enum {'Available', 'Pending'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALIYUN_PROXY_VPC,
            {
                "uuid": uuid,
                "description": description,
                "isDefault": is_default,
                "name": name,
                "status": status,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
