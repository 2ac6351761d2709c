"""``client.hosts_service_types``: 3 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.create_host_network_service_type_result import CreateHostNetworkServiceTypeResult
    from ..models.delete_host_network_service_type_result import DeleteHostNetworkServiceTypeResult
    from ..models.update_host_network_service_type_result import UpdateHostNetworkServiceTypeResult

__all__ = ["AsyncHostsServiceTypesApi", "HostsServiceTypesApi"]


CREATE_HOST_NETWORK_SERVICE_TYPE: Api[CreateHostNetworkServiceTypeResult] = Api(
    "CreateHostNetworkServiceType",
    "POST",
    "/hosts/service-types",
    params=(
        ("resourceUuid", "body", "5.3.0"),
        ("serviceType", "body", "5.3.0"),
        ("system", "body", "5.3.0"),
        ("tagUuids", "body", "5.3.0"),
        ("systemTags", "root", "5.3.0"),
        ("userTags", "root", "5.3.0"),
    ),
    names=("resource_uuid", "service_type", "system", "tag_uuids", "system_tags", "user_tags"),
    required=("serviceType",),
    body_key="params",
    since="5.3.0",
    result=".models.create_host_network_service_type_result:CreateHostNetworkServiceTypeResult",
)

DELETE_HOST_NETWORK_SERVICE_TYPE: Api[DeleteHostNetworkServiceTypeResult] = Api(
    "DeleteHostNetworkServiceType",
    "DELETE",
    "/hosts/service-types/{uuid}",
    params=(
        ("uuid", "path", "5.3.0"),
        ("deleteMode", "query", "5.3.0"),
        ("systemTags", "query", "5.3.0"),
        ("userTags", "query", "5.3.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="5.3.0",
    result=".models.delete_host_network_service_type_result:DeleteHostNetworkServiceTypeResult",
)

UPDATE_HOST_NETWORK_SERVICE_TYPE: Api[UpdateHostNetworkServiceTypeResult] = Api(
    "UpdateHostNetworkServiceType",
    "PUT",
    "/hosts/service-types/{uuid}/actions",
    params=(
        ("uuid", "path", "5.3.0"),
        ("serviceType", "body", "5.3.0"),
        ("system", "body", "5.3.0"),
        ("systemTags", "root", "5.3.0"),
        ("userTags", "root", "5.3.0"),
    ),
    names=("uuid", "service_type", "system", "system_tags", "user_tags"),
    required=("uuid", "serviceType"),
    body_key="updateHostNetworkServiceType",
    since="5.3.0",
    result=".models.update_host_network_service_type_result:UpdateHostNetworkServiceTypeResult",
)


class HostsServiceTypesApi(SyncNamespace):
    """hosts-service-types: 3 APIs (CreateHostNetworkServiceType, DeleteHostNetworkServiceType, UpdateHostNetworkServiceType)."""

    __slots__ = ()

    def create_host_network_service_type(
        self,
        *,
        service_type: str,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHostNetworkServiceTypeResult:
        """创建物理网络标签类型 (CreateHostNetworkServiceType).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            resource_uuid: 资源UUID (since 5.3.0)
            service_type: serviceType (since 5.3.0)
            system: system (since 5.3.0)
            tag_uuids: 标签UUID列表 (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_HOST_NETWORK_SERVICE_TYPE,
            {
                "resourceUuid": resource_uuid,
                "serviceType": service_type,
                "system": system,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_host_network_service_type(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHostNetworkServiceTypeResult:
        """删除物理网络标签类型 (DeleteHostNetworkServiceType).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HOST_NETWORK_SERVICE_TYPE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_host_network_service_type(
        self,
        *,
        uuid: str,
        service_type: str,
        system: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostNetworkServiceTypeResult:
        """更新物理网络标签类型 (UpdateHostNetworkServiceType).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.0)
            service_type: serviceType (since 5.3.0)
            system: system (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_HOST_NETWORK_SERVICE_TYPE,
            {
                "uuid": uuid,
                "serviceType": service_type,
                "system": system,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncHostsServiceTypesApi(AsyncNamespace):
    """hosts-service-types: 3 APIs (CreateHostNetworkServiceType, DeleteHostNetworkServiceType, UpdateHostNetworkServiceType). (asyncio)"""

    __slots__ = ()

    async def create_host_network_service_type(
        self,
        *,
        service_type: str,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHostNetworkServiceTypeResult:
        """创建物理网络标签类型 (CreateHostNetworkServiceType).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            resource_uuid: 资源UUID (since 5.3.0)
            service_type: serviceType (since 5.3.0)
            system: system (since 5.3.0)
            tag_uuids: 标签UUID列表 (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_HOST_NETWORK_SERVICE_TYPE,
            {
                "resourceUuid": resource_uuid,
                "serviceType": service_type,
                "system": system,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_host_network_service_type(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHostNetworkServiceTypeResult:
        """删除物理网络标签类型 (DeleteHostNetworkServiceType).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HOST_NETWORK_SERVICE_TYPE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_host_network_service_type(
        self,
        *,
        uuid: str,
        service_type: str,
        system: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostNetworkServiceTypeResult:
        """更新物理网络标签类型 (UpdateHostNetworkServiceType).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.0)
            service_type: serviceType (since 5.3.0)
            system: system (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_HOST_NETWORK_SERVICE_TYPE,
            {
                "uuid": uuid,
                "serviceType": service_type,
                "system": system,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
