"""``client.licenses``: 10 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.delete_license_result import DeleteLicenseResult
    from ..models.get_license_add_ons_result import GetLicenseAddOnsResult
    from ..models.get_license_capabilities_result import GetLicenseCapabilitiesResult
    from ..models.get_license_info_result import GetLicenseInfoResult
    from ..models.get_license_records_result import GetLicenseRecordsResult
    from ..models.get_license_u_key_status_result import GetLicenseUKeyStatusResult
    from ..models.push_license_add_ons_usage_result import PushLicenseAddOnsUsageResult
    from ..models.register_license_requested_application_result import (
        RegisterLicenseRequestedApplicationResult,
    )
    from ..models.reload_license_result import ReloadLicenseResult
    from ..models.update_license_result import UpdateLicenseResult

__all__ = ["AsyncLicensesApi", "LicensesApi"]


DELETE_LICENSE: Api[DeleteLicenseResult] = Api(
    "DeleteLicense",
    "DELETE",
    "/licenses/mn/{managementNodeUuid}/actions",
    params=(
        ("managementNodeUuid", "path", "0.6"),
        ("uuid", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
        ("module", "query", None),
    ),
    names=("management_node_uuid", "uuid", "system_tags", "user_tags", "module"),
    required=("managementNodeUuid",),
    since="0.6",
    result=".models.delete_license_result:DeleteLicenseResult",
)

GET_LICENSE_ADD_ONS: Api[GetLicenseAddOnsResult] = Api(
    "GetLicenseAddOns",
    "GET",
    "/licenses/addons",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.get_license_add_ons_result:GetLicenseAddOnsResult",
    auth=False,
)

GET_LICENSE_CAPABILITIES: Api[GetLicenseCapabilitiesResult] = Api(
    "GetLicenseCapabilities",
    "GET",
    "/licenses/capabilities",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.get_license_capabilities_result:GetLicenseCapabilitiesResult",
)

GET_LICENSE_INFO: Api[GetLicenseInfoResult] = Api(
    "GetLicenseInfo",
    "GET",
    "/licenses",
    params=(
        ("additionSession", "query", "4.1.0"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("addition_session", "system_tags", "user_tags"),
    since="0.6",
    result=".models.get_license_info_result:GetLicenseInfoResult",
    auth=False,
)

GET_LICENSE_RECORDS: Api[GetLicenseRecordsResult] = Api(
    "GetLicenseRecords",
    "GET",
    "/licenses/records",
    params=(
        ("limit", "query", "4.1.0"),
        ("start", "query", "4.1.0"),
        ("replyWithCount", "query", "4.1.0"),
        ("count", "query", "4.1.0"),
        ("sortBy", "query", "4.1.0"),
        ("sortDirection", "query", "4.1.0"),
        ("systemTags", "query", "4.1.0"),
        ("userTags", "query", "4.1.0"),
    ),
    names=(
        "limit",
        "start",
        "reply_with_count",
        "count",
        "sort_by",
        "sort_direction",
        "system_tags",
        "user_tags",
    ),
    since="4.1.0",
    result=".models.get_license_records_result:GetLicenseRecordsResult",
    auth=False,
    checks=(
        ("sortBy", "sort_by", "enum", ("issuedDate", "expiredDate", "uploadDate")),
        ("sortDirection", "sort_direction", "enum", ("asc", "desc")),
    ),
)

GET_LICENSE_U_KEY_STATUS: Api[GetLicenseUKeyStatusResult] = Api(
    "GetLicenseUKeyStatus",
    "POST",
    "/licenses/actions",
    params=(
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("system_tags", "user_tags"),
    body_key="params",
    since=None,
    result=".models.get_license_u_key_status_result:GetLicenseUKeyStatusResult",
)

PUSH_LICENSE_ADD_ONS_USAGE: Api[PushLicenseAddOnsUsageResult] = Api(
    "PushLicenseAddOnsUsage",
    "PUT",
    "/licenses/addons/usage",
    params=(
        ("addOnsUsage", "body", "5.1.8"),
        ("systemTags", "root", "5.1.8"),
        ("userTags", "root", "5.1.8"),
    ),
    names=("add_ons_usage", "system_tags", "user_tags"),
    required=("addOnsUsage",),
    body_key="pushLicenseAddOnsUsage",
    since="5.1.8",
    result=".models.push_license_add_ons_usage_result:PushLicenseAddOnsUsageResult",
)

REGISTER_LICENSE_REQUESTED_APPLICATION: Api[RegisterLicenseRequestedApplicationResult] = Api(
    "RegisterLicenseRequestedApplication",
    "POST",
    "/licenses/applications",
    params=(
        ("clientPubKey", "body", None),
        ("licenseRequestCode", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("client_pub_key", "license_request_code", "system_tags", "user_tags"),
    required=("licenseRequestCode",),
    body_key="params",
    since=None,
    result=".models.register_license_requested_application_result:RegisterLicenseRequestedApplicationResult",
)

RELOAD_LICENSE: Api[ReloadLicenseResult] = Api(
    "ReloadLicense",
    "PUT",
    "/licenses/actions",
    params=(
        ("managementNodeUuids", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("management_node_uuids", "system_tags", "user_tags"),
    body_key="reloadLicense",
    since="0.6",
    result=".models.reload_license_result:ReloadLicenseResult",
    checks=(("managementNodeUuids", "management_node_uuids", "minItems", 1),),
)

UPDATE_LICENSE: Api[UpdateLicenseResult] = Api(
    "UpdateLicense",
    "PUT",
    "/licenses/mn/{managementNodeUuid}/actions",
    params=(
        ("managementNodeUuid", "path", "0.6"),
        ("additionSession", "body", "4.1.0"),
        ("license", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("management_node_uuid", "addition_session", "license", "system_tags", "user_tags"),
    required=("managementNodeUuid", "license"),
    body_key="updateLicense",
    since="0.6",
    result=".models.update_license_result:UpdateLicenseResult",
)


class LicensesApi(SyncNamespace):
    """licenses: 10 APIs (DeleteLicense, GetLicenseAddOns, GetLicenseCapabilities, ...)."""

    __slots__ = ()

    def delete_license(
        self,
        *,
        management_node_uuid: str,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        module: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLicenseResult:
        """删除许可证文件 (DeleteLicense).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            management_node_uuid: 管理节点的UUID (since 0.6)
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            module: module
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_LICENSE,
            {
                "managementNodeUuid": management_node_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "module": module,
            },
            job_uuid,
        )

    def get_license_add_ons(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLicenseAddOnsResult:
        """Get license add ons (GetLicenseAddOns).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetLicenseAddOnsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LICENSE_ADD_ONS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_license_capabilities(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLicenseCapabilitiesResult:
        """获取许可证容量 (GetLicenseCapabilities).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LICENSE_CAPABILITIES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_license_info(
        self,
        *,
        addition_session: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLicenseInfoResult:
        """获取许可证信息 (GetLicenseInfo).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            addition_session: 额外的信息,是一个json字符串 (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LICENSE_INFO,
            {
                "additionSession": addition_session,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_license_records(
        self,
        *,
        limit: int | None = None,
        start: int | None = None,
        reply_with_count: bool | None = None,
        count: bool | None = None,
        sort_by: Literal["issuedDate", "expiredDate", "uploadDate"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLicenseRecordsResult:
        """获取许可证历史授权信息 (GetLicenseRecords).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            limit: 最多返回的记录数，类似MySQL的limit，默认值20 (since 4.1.0)
            start: 起始查询记录位置，类似MySQL的offset。跟limit配合使用可以实现分页 (since 4.1.0)
            reply_with_count: 计数查询，查询是否附加返回数据记录数。当设置成true时，API在返回数据记录的同时返回满足查询条件的记录数 (since 4.1.0)
            count: 计数查询，相当于MySQL中的count()函数。当设置成true时，API只返回的是满足查询条件的记录数 (since 4.1.0)
            sort_by: 以字段排序，等同于MySQL中的sort by关键字，例如sortBy=ip。必须跟sortDirection配合使用 (since 4.1.0; enum {'issuedDate', 'expiredDate', 'uploadDate'})
            sort_direction: 字段排序方向，必须跟sortBy配合使用 (since 4.1.0; enum {'asc', 'desc'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LICENSE_RECORDS,
            {
                "limit": limit,
                "start": start,
                "replyWithCount": reply_with_count,
                "count": count,
                "sortBy": sort_by,
                "sortDirection": sort_direction,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_license_u_key_status(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLicenseUKeyStatusResult:
        """Get license U key status (GetLicenseUKeyStatus).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetLicenseUKeyStatusAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LICENSE_U_KEY_STATUS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def push_license_add_ons_usage(
        self,
        *,
        add_ons_usage: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PushLicenseAddOnsUsageResult:
        """推送模块许可证使用量 (PushLicenseAddOnsUsage).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            add_ons_usage: 各模块使用量 (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PUSH_LICENSE_ADD_ONS_USAGE,
            {
                "addOnsUsage": add_ons_usage,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def register_license_requested_application(
        self,
        *,
        license_request_code: str,
        client_pub_key: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RegisterLicenseRequestedApplicationResult:
        """Register license requested application (RegisterLicenseRequestedApplication).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RegisterLicenseRequestedApplicationAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            client_pub_key: clientPubKey
            license_request_code: licenseRequestCode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REGISTER_LICENSE_REQUESTED_APPLICATION,
            {
                "clientPubKey": client_pub_key,
                "licenseRequestCode": license_request_code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def reload_license(
        self,
        *,
        management_node_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReloadLicenseResult:
        """重新加载许可证 (ReloadLicense).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            management_node_uuids: 管理节点UUID (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RELOAD_LICENSE,
            {
                "managementNodeUuids": management_node_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_license(
        self,
        *,
        management_node_uuid: str,
        license: str,
        addition_session: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLicenseResult:
        """更新许可证信息 (UpdateLicense).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            management_node_uuid: 管理节点uuid (since 0.6)
            addition_session: 额外的信息,是一个json字符串 (since 4.1.0)
            license: 进行过base64 encode的license内容 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_LICENSE,
            {
                "managementNodeUuid": management_node_uuid,
                "additionSession": addition_session,
                "license": license,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncLicensesApi(AsyncNamespace):
    """licenses: 10 APIs (DeleteLicense, GetLicenseAddOns, GetLicenseCapabilities, ...). (asyncio)"""

    __slots__ = ()

    async def delete_license(
        self,
        *,
        management_node_uuid: str,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        module: str | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLicenseResult:
        """删除许可证文件 (DeleteLicense).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            management_node_uuid: 管理节点的UUID (since 0.6)
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            module: module
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_LICENSE,
            {
                "managementNodeUuid": management_node_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "module": module,
            },
            job_uuid,
        )

    async def get_license_add_ons(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLicenseAddOnsResult:
        """Get license add ons (GetLicenseAddOns).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetLicenseAddOnsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LICENSE_ADD_ONS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_license_capabilities(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLicenseCapabilitiesResult:
        """获取许可证容量 (GetLicenseCapabilities).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LICENSE_CAPABILITIES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_license_info(
        self,
        *,
        addition_session: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLicenseInfoResult:
        """获取许可证信息 (GetLicenseInfo).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            addition_session: 额外的信息,是一个json字符串 (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LICENSE_INFO,
            {
                "additionSession": addition_session,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_license_records(
        self,
        *,
        limit: int | None = None,
        start: int | None = None,
        reply_with_count: bool | None = None,
        count: bool | None = None,
        sort_by: Literal["issuedDate", "expiredDate", "uploadDate"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLicenseRecordsResult:
        """获取许可证历史授权信息 (GetLicenseRecords).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            limit: 最多返回的记录数，类似MySQL的limit，默认值20 (since 4.1.0)
            start: 起始查询记录位置，类似MySQL的offset。跟limit配合使用可以实现分页 (since 4.1.0)
            reply_with_count: 计数查询，查询是否附加返回数据记录数。当设置成true时，API在返回数据记录的同时返回满足查询条件的记录数 (since 4.1.0)
            count: 计数查询，相当于MySQL中的count()函数。当设置成true时，API只返回的是满足查询条件的记录数 (since 4.1.0)
            sort_by: 以字段排序，等同于MySQL中的sort by关键字，例如sortBy=ip。必须跟sortDirection配合使用 (since 4.1.0; enum {'issuedDate', 'expiredDate', 'uploadDate'})
            sort_direction: 字段排序方向，必须跟sortBy配合使用 (since 4.1.0; enum {'asc', 'desc'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LICENSE_RECORDS,
            {
                "limit": limit,
                "start": start,
                "replyWithCount": reply_with_count,
                "count": count,
                "sortBy": sort_by,
                "sortDirection": sort_direction,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_license_u_key_status(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLicenseUKeyStatusResult:
        """Get license U key status (GetLicenseUKeyStatus).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetLicenseUKeyStatusAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LICENSE_U_KEY_STATUS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def push_license_add_ons_usage(
        self,
        *,
        add_ons_usage: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PushLicenseAddOnsUsageResult:
        """推送模块许可证使用量 (PushLicenseAddOnsUsage).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            add_ons_usage: 各模块使用量 (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PUSH_LICENSE_ADD_ONS_USAGE,
            {
                "addOnsUsage": add_ons_usage,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def register_license_requested_application(
        self,
        *,
        license_request_code: str,
        client_pub_key: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RegisterLicenseRequestedApplicationResult:
        """Register license requested application (RegisterLicenseRequestedApplication).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RegisterLicenseRequestedApplicationAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            client_pub_key: clientPubKey
            license_request_code: licenseRequestCode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REGISTER_LICENSE_REQUESTED_APPLICATION,
            {
                "clientPubKey": client_pub_key,
                "licenseRequestCode": license_request_code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def reload_license(
        self,
        *,
        management_node_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReloadLicenseResult:
        """重新加载许可证 (ReloadLicense).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            management_node_uuids: 管理节点UUID (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RELOAD_LICENSE,
            {
                "managementNodeUuids": management_node_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_license(
        self,
        *,
        management_node_uuid: str,
        license: str,
        addition_session: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLicenseResult:
        """更新许可证信息 (UpdateLicense).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            management_node_uuid: 管理节点uuid (since 0.6)
            addition_session: 额外的信息,是一个json字符串 (since 4.1.0)
            license: 进行过base64 encode的license内容 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_LICENSE,
            {
                "managementNodeUuid": management_node_uuid,
                "additionSession": addition_session,
                "license": license,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
