"""``client.appcenter``: 22 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_app_build_system_result import AddAppBuildSystemResult
    from ..models.add_build_app_result import AddBuildAppResult
    from ..models.change_app_build_system_state_result import ChangeAppBuildSystemStateResult
    from ..models.check_build_app_parameters_result import CheckBuildAppParametersResult
    from ..models.create_build_app_result import CreateBuildAppResult
    from ..models.create_resource_stack_from_app_result import CreateResourceStackFromAppResult
    from ..models.delete_app_build_system_result import DeleteAppBuildSystemResult
    from ..models.delete_build_app_result import DeleteBuildAppResult
    from ..models.delete_publish_app_result import DeletePublishAppResult
    from ..models.export_build_app_result import ExportBuildAppResult
    from ..models.get_app_build_system_capacity_result import GetAppBuildSystemCapacityResult
    from ..models.get_resource_from_publish_app_result import GetResourceFromPublishAppResult
    from ..models.preview_resource_from_app_result import PreviewResourceFromAppResult
    from ..models.publish_app_result import PublishAppResult
    from ..models.query_app_build_system_result import QueryAppBuildSystemResult
    from ..models.query_build_app_export_history_result import QueryBuildAppExportHistoryResult
    from ..models.query_build_app_result import QueryBuildAppResult
    from ..models.query_publish_app_result import QueryPublishAppResult
    from ..models.reconnect_app_build_system_result import ReconnectAppBuildSystemResult
    from ..models.update_app_build_system_result import UpdateAppBuildSystemResult
    from ..models.update_build_app_result import UpdateBuildAppResult
    from ..models.update_publish_app_result import UpdatePublishAppResult

__all__ = ["AppcenterApi", "AsyncAppcenterApi"]


ADD_APP_BUILD_SYSTEM: Api[AddAppBuildSystemResult] = Api(
    "AddAppBuildSystem",
    "POST",
    "/appcenter/buildsystem",
    params=(
        ("description", "body", None),
        ("hostname", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("resourceUuid", "body", None),
        ("sshPort", "body", None),
        ("storageType", "body", None),
        ("tagUuids", "body", None),
        ("url", "body", None),
        ("username", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "hostname",
        "name",
        "password",
        "resource_uuid",
        "ssh_port",
        "storage_type",
        "tag_uuids",
        "url",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("hostname", "name", "password", "url", "username"),
    body_key="params",
    since=None,
    result=".models.add_app_build_system_result:AddAppBuildSystemResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("hostname", "hostname", "minLength", 1),
        ("hostname", "hostname", "maxLength", 255),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("sshPort", "ssh_port", "minimum", 1),
        ("sshPort", "ssh_port", "maximum", 65535),
        ("storageType", "storage_type", "enum", ("localStorage",)),
        ("url", "url", "minLength", 1),
        ("url", "url", "maxLength", 1024),
        ("username", "username", "maxLength", 255),
    ),
)

ADD_BUILD_APP: Api[AddBuildAppResult] = Api(
    "AddBuildApp",
    "POST",
    "/appcenter/buildapp/add",
    params=(
        ("backupStorageUuid", "body", None),
        ("hostname", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("url", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "backup_storage_uuid",
        "hostname",
        "resource_uuid",
        "tag_uuids",
        "type",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("url",),
    body_key="params",
    since=None,
    result=".models.add_build_app_result:AddBuildAppResult",
    checks=(
        ("type", "type", "enum", ("zstack",)),
        ("url", "url", "maxLength", 1024),
    ),
)

CHANGE_APP_BUILD_SYSTEM_STATE: Api[ChangeAppBuildSystemStateResult] = Api(
    "ChangeAppBuildSystemState",
    "PUT",
    "/appcenter/buildsystem/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("stateEvent", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeAppBuildSystemState",
    since=None,
    result=".models.change_app_build_system_state_result:ChangeAppBuildSystemStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHECK_BUILD_APP_PARAMETERS: Api[CheckBuildAppParametersResult] = Api(
    "CheckBuildAppParameters",
    "POST",
    "/appcenter/buildapp/check",
    params=(
        ("type", "body", None),
        ("uuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("type", "uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since=None,
    result=".models.check_build_app_parameters_result:CheckBuildAppParametersResult",
    checks=(("type", "type", "enum", ("zstack",)),),
)

CREATE_BUILD_APP: Api[CreateBuildAppResult] = Api(
    "CreateBuildApp",
    "POST",
    "/appcenter/buildapp",
    params=(
        ("backupStorageUuid", "body", None),
        ("buildSystemUuid", "body", None),
        ("dataPath", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "backup_storage_uuid",
        "build_system_uuid",
        "data_path",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("backupStorageUuid", "buildSystemUuid", "dataPath"),
    body_key="params",
    since=None,
    result=".models.create_build_app_result:CreateBuildAppResult",
    checks=(("dataPath", "data_path", "minLength", 1),),
)

CREATE_RESOURCE_STACK_FROM_APP: Api[CreateResourceStackFromAppResult] = Api(
    "CreateResourceStackFromApp",
    "POST",
    "/appcenter/app/stack",
    params=(
        ("appUuid", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("parameters", "body", None),
        ("resourceUuid", "body", None),
        ("rollback", "body", None),
        ("tagUuids", "body", None),
        ("withoutAppInfo", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "app_uuid",
        "description",
        "name",
        "parameters",
        "resource_uuid",
        "rollback",
        "tag_uuids",
        "without_app_info",
        "system_tags",
        "user_tags",
    ),
    required=("appUuid", "name"),
    body_key="params",
    since=None,
    result=".models.create_resource_stack_from_app_result:CreateResourceStackFromAppResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("parameters", "parameters", "maxLength", 524288),
    ),
)

DELETE_APP_BUILD_SYSTEM: Api[DeleteAppBuildSystemResult] = Api(
    "DeleteAppBuildSystem",
    "DELETE",
    "/appcenter/buildsystem/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_app_build_system_result:DeleteAppBuildSystemResult",
)

DELETE_BUILD_APP: Api[DeleteBuildAppResult] = Api(
    "DeleteBuildApp",
    "DELETE",
    "/appcenter/buildapp/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_build_app_result:DeleteBuildAppResult",
)

DELETE_PUBLISH_APP: Api[DeletePublishAppResult] = Api(
    "DeletePublishApp",
    "DELETE",
    "/appcenter/app/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_publish_app_result:DeletePublishAppResult",
)

EXPORT_BUILD_APP: Api[ExportBuildAppResult] = Api(
    "ExportBuildApp",
    "PUT",
    "/appcenter/buildapp/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="exportBuildApp",
    since=None,
    result=".models.export_build_app_result:ExportBuildAppResult",
)

GET_APP_BUILD_SYSTEM_CAPACITY: Api[GetAppBuildSystemCapacityResult] = Api(
    "GetAppBuildSystemCapacity",
    "GET",
    "/appcenter/buildsystem/capacities",
    params=(
        ("uuid", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.get_app_build_system_capacity_result:GetAppBuildSystemCapacityResult",
)

GET_RESOURCE_FROM_PUBLISH_APP: Api[GetResourceFromPublishAppResult] = Api(
    "GetResourceFromPublishApp",
    "GET",
    "/appcenter/app/resources",
    params=(
        ("uuid", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since=None,
    result=".models.get_resource_from_publish_app_result:GetResourceFromPublishAppResult",
)

PREVIEW_RESOURCE_FROM_APP: Api[PreviewResourceFromAppResult] = Api(
    "PreviewResourceFromApp",
    "POST",
    "/appcenter/app/preview",
    params=(
        ("appUuid", "body", None),
        ("parameters", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("app_uuid", "parameters", "system_tags", "user_tags"),
    required=("appUuid",),
    body_key="params",
    since=None,
    result=".models.preview_resource_from_app_result:PreviewResourceFromAppResult",
    checks=(("parameters", "parameters", "maxLength", 524288),),
)

PUBLISH_APP: Api[PublishAppResult] = Api(
    "PublishApp",
    "POST",
    "/appcenter/app",
    params=(
        ("buildAppUuid", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("parameters", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "build_app_uuid",
        "description",
        "name",
        "parameters",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("buildAppUuid", "name"),
    body_key="params",
    since=None,
    result=".models.publish_app_result:PublishAppResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("parameters", "parameters", "maxLength", 524288),
    ),
)

QUERY_APP_BUILD_SYSTEM: Api[QueryAppBuildSystemResult] = Api(
    "QueryAppBuildSystem",
    "GET",
    "/appcenter/buildsystem",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_app_build_system_result:QueryAppBuildSystemResult",
    query=True,
)

QUERY_BUILD_APP: Api[QueryBuildAppResult] = Api(
    "QueryBuildApp",
    "GET",
    "/appcenter/buildapp",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_build_app_result:QueryBuildAppResult",
    query=True,
)

QUERY_BUILD_APP_EXPORT_HISTORY: Api[QueryBuildAppExportHistoryResult] = Api(
    "QueryBuildAppExportHistory",
    "GET",
    "/appcenter/exportapp",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_build_app_export_history_result:QueryBuildAppExportHistoryResult",
    query=True,
)

QUERY_PUBLISH_APP: Api[QueryPublishAppResult] = Api(
    "QueryPublishApp",
    "GET",
    "/appcenter/app",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_publish_app_result:QueryPublishAppResult",
    query=True,
)

RECONNECT_APP_BUILD_SYSTEM: Api[ReconnectAppBuildSystemResult] = Api(
    "ReconnectAppBuildSystem",
    "PUT",
    "/appcenter/buildsystem/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="reconnectAppBuildSystem",
    since=None,
    result=".models.reconnect_app_build_system_result:ReconnectAppBuildSystemResult",
)

UPDATE_APP_BUILD_SYSTEM: Api[UpdateAppBuildSystemResult] = Api(
    "UpdateAppBuildSystem",
    "PUT",
    "/appcenter/buildsystem/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("sshPort", "body", None),
        ("username", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "description",
        "name",
        "password",
        "ssh_port",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateAppBuildSystem",
    since=None,
    result=".models.update_app_build_system_result:UpdateAppBuildSystemResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("sshPort", "ssh_port", "minimum", 1),
        ("sshPort", "ssh_port", "maximum", 65535),
        ("username", "username", "minLength", 1),
        ("username", "username", "maxLength", 255),
    ),
)

UPDATE_BUILD_APP: Api[UpdateBuildAppResult] = Api(
    "UpdateBuildApp",
    "PUT",
    "/appcenter/buildapp/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("version", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "version", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateBuildApp",
    since=None,
    result=".models.update_build_app_result:UpdateBuildAppResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_PUBLISH_APP: Api[UpdatePublishAppResult] = Api(
    "UpdatePublishApp",
    "PUT",
    "/appcenter/app/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updatePublishApp",
    since=None,
    result=".models.update_publish_app_result:UpdatePublishAppResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class AppcenterApi(SyncNamespace):
    """appcenter: 22 APIs (AddAppBuildSystem, AddBuildApp, ChangeAppBuildSystemState, ...)."""

    __slots__ = ()

    def add_app_build_system(
        self,
        *,
        hostname: str,
        name: str,
        password: str,
        url: str,
        username: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        storage_type: Literal["localStorage"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAppBuildSystemResult:
        """Add app build system (AddAppBuildSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAppBuildSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            hostname: hostname (minLength 1; maxLength 255)
            name: name (minLength 1; maxLength 255)
            password: password (maxLength 255)
            resource_uuid: resourceUuid
            ssh_port: sshPort (minimum 1; maximum 65535)
            storage_type: storageType (enum {'localStorage'})
            tag_uuids: tagUuids
            url: url (minLength 1; maxLength 1024)
            username: username (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_APP_BUILD_SYSTEM,
            {
                "description": description,
                "hostname": hostname,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "storageType": storage_type,
                "tagUuids": tag_uuids,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_build_app(
        self,
        *,
        url: str,
        backup_storage_uuid: str | None = None,
        hostname: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBuildAppResult:
        """Add build app (AddBuildApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddBuildAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            backup_storage_uuid: backupStorageUuid
            hostname: hostname
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'zstack'})
            url: url (maxLength 1024)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_BUILD_APP,
            {
                "backupStorageUuid": backup_storage_uuid,
                "hostname": hostname,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_app_build_system_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAppBuildSystemStateResult:
        """Change app build system state (ChangeAppBuildSystemState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeAppBuildSystemStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            state_event: stateEvent (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_APP_BUILD_SYSTEM_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def check_build_app_parameters(
        self,
        *,
        uuid: str,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckBuildAppParametersResult:
        """Check build app parameters (CheckBuildAppParameters).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CheckBuildAppParametersAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            type: type (enum {'zstack'})
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_BUILD_APP_PARAMETERS,
            {
                "type": type,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_build_app(
        self,
        *,
        backup_storage_uuid: str,
        build_system_uuid: str,
        data_path: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBuildAppResult:
        """Create build app (CreateBuildApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateBuildAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            backup_storage_uuid: backupStorageUuid
            build_system_uuid: buildSystemUuid
            data_path: dataPath (minLength 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_BUILD_APP,
            {
                "backupStorageUuid": backup_storage_uuid,
                "buildSystemUuid": build_system_uuid,
                "dataPath": data_path,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_resource_stack_from_app(
        self,
        *,
        app_uuid: str,
        name: str,
        description: str | None = None,
        parameters: str | None = None,
        resource_uuid: str | None = None,
        rollback: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        without_app_info: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateResourceStackFromAppResult:
        """Create resource stack from app (CreateResourceStackFromApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateResourceStackFromAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            app_uuid: appUuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            parameters: parameters (maxLength 524288)
            resource_uuid: resourceUuid
            rollback: rollback
            tag_uuids: tagUuids
            without_app_info: withoutAppInfo
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_RESOURCE_STACK_FROM_APP,
            {
                "appUuid": app_uuid,
                "description": description,
                "name": name,
                "parameters": parameters,
                "resourceUuid": resource_uuid,
                "rollback": rollback,
                "tagUuids": tag_uuids,
                "withoutAppInfo": without_app_info,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_app_build_system(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAppBuildSystemResult:
        """Delete app build system (DeleteAppBuildSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAppBuildSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_APP_BUILD_SYSTEM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_build_app(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBuildAppResult:
        """Delete build app (DeleteBuildApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteBuildAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_BUILD_APP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_publish_app(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePublishAppResult:
        """Delete publish app (DeletePublishApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeletePublishAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_PUBLISH_APP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def export_build_app(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExportBuildAppResult:
        """Export build app (ExportBuildApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ExportBuildAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXPORT_BUILD_APP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_app_build_system_capacity(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAppBuildSystemCapacityResult:
        """Get app build system capacity (GetAppBuildSystemCapacity).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetAppBuildSystemCapacityAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_APP_BUILD_SYSTEM_CAPACITY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_resource_from_publish_app(
        self,
        *,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceFromPublishAppResult:
        """Get resource from publish app (GetResourceFromPublishApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetResourceFromPublishAppAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_RESOURCE_FROM_PUBLISH_APP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def preview_resource_from_app(
        self,
        *,
        app_uuid: str,
        parameters: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PreviewResourceFromAppResult:
        """Preview resource from app (PreviewResourceFromApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/PreviewResourceFromAppAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            app_uuid: appUuid
            parameters: parameters (maxLength 524288)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PREVIEW_RESOURCE_FROM_APP,
            {
                "appUuid": app_uuid,
                "parameters": parameters,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def publish_app(
        self,
        *,
        build_app_uuid: str,
        name: str,
        description: str | None = None,
        parameters: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PublishAppResult:
        """Publish app (PublishApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/PublishAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            build_app_uuid: buildAppUuid
            description: description (maxLength 2048)
            name: name (minLength 1; maxLength 255)
            parameters: parameters (maxLength 524288)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PUBLISH_APP,
            {
                "buildAppUuid": build_app_uuid,
                "description": description,
                "name": name,
                "parameters": parameters,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_app_build_system(
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
    ) -> QueryAppBuildSystemResult:
        """Query app build system (QueryAppBuildSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAppBuildSystemAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_APP_BUILD_SYSTEM,
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

    def query_app_build_system_pages(
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
        """Every result of ``query_app_build_system``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_APP_BUILD_SYSTEM,
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

    def query_build_app(
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
    ) -> QueryBuildAppResult:
        """Query build app (QueryBuildApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryBuildAppAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BUILD_APP,
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

    def query_build_app_pages(
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
        """Every result of ``query_build_app``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BUILD_APP,
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

    def query_build_app_export_history(
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
    ) -> QueryBuildAppExportHistoryResult:
        """Query build app export history (QueryBuildAppExportHistory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryBuildAppExportHistoryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BUILD_APP_EXPORT_HISTORY,
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

    def query_build_app_export_history_pages(
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
        """Every result of ``query_build_app_export_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BUILD_APP_EXPORT_HISTORY,
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

    def query_publish_app(
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
    ) -> QueryPublishAppResult:
        """Query publish app (QueryPublishApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryPublishAppAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PUBLISH_APP,
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

    def query_publish_app_pages(
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
        """Every result of ``query_publish_app``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PUBLISH_APP,
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

    def reconnect_app_build_system(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectAppBuildSystemResult:
        """Reconnect app build system (ReconnectAppBuildSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ReconnectAppBuildSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_APP_BUILD_SYSTEM,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_app_build_system(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        password: str | None = None,
        ssh_port: int | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAppBuildSystemResult:
        """Update app build system (UpdateAppBuildSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAppBuildSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            password: password (maxLength 255)
            ssh_port: sshPort (minimum 1; maximum 65535)
            username: username (minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_APP_BUILD_SYSTEM,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "password": password,
                "sshPort": ssh_port,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_build_app(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        version: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBuildAppResult:
        """Update build app (UpdateBuildApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateBuildAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            version: version
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BUILD_APP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_publish_app(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePublishAppResult:
        """Update publish app (UpdatePublishApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdatePublishAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_PUBLISH_APP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncAppcenterApi(AsyncNamespace):
    """appcenter: 22 APIs (AddAppBuildSystem, AddBuildApp, ChangeAppBuildSystemState, ...). (asyncio)"""

    __slots__ = ()

    async def add_app_build_system(
        self,
        *,
        hostname: str,
        name: str,
        password: str,
        url: str,
        username: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        storage_type: Literal["localStorage"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAppBuildSystemResult:
        """Add app build system (AddAppBuildSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAppBuildSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            hostname: hostname (minLength 1; maxLength 255)
            name: name (minLength 1; maxLength 255)
            password: password (maxLength 255)
            resource_uuid: resourceUuid
            ssh_port: sshPort (minimum 1; maximum 65535)
            storage_type: storageType (enum {'localStorage'})
            tag_uuids: tagUuids
            url: url (minLength 1; maxLength 1024)
            username: username (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_APP_BUILD_SYSTEM,
            {
                "description": description,
                "hostname": hostname,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "storageType": storage_type,
                "tagUuids": tag_uuids,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_build_app(
        self,
        *,
        url: str,
        backup_storage_uuid: str | None = None,
        hostname: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBuildAppResult:
        """Add build app (AddBuildApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddBuildAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            backup_storage_uuid: backupStorageUuid
            hostname: hostname
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'zstack'})
            url: url (maxLength 1024)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_BUILD_APP,
            {
                "backupStorageUuid": backup_storage_uuid,
                "hostname": hostname,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_app_build_system_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAppBuildSystemStateResult:
        """Change app build system state (ChangeAppBuildSystemState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeAppBuildSystemStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            state_event: stateEvent (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_APP_BUILD_SYSTEM_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def check_build_app_parameters(
        self,
        *,
        uuid: str,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckBuildAppParametersResult:
        """Check build app parameters (CheckBuildAppParameters).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CheckBuildAppParametersAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            type: type (enum {'zstack'})
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_BUILD_APP_PARAMETERS,
            {
                "type": type,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_build_app(
        self,
        *,
        backup_storage_uuid: str,
        build_system_uuid: str,
        data_path: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateBuildAppResult:
        """Create build app (CreateBuildApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateBuildAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            backup_storage_uuid: backupStorageUuid
            build_system_uuid: buildSystemUuid
            data_path: dataPath (minLength 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_BUILD_APP,
            {
                "backupStorageUuid": backup_storage_uuid,
                "buildSystemUuid": build_system_uuid,
                "dataPath": data_path,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_resource_stack_from_app(
        self,
        *,
        app_uuid: str,
        name: str,
        description: str | None = None,
        parameters: str | None = None,
        resource_uuid: str | None = None,
        rollback: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        without_app_info: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateResourceStackFromAppResult:
        """Create resource stack from app (CreateResourceStackFromApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateResourceStackFromAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            app_uuid: appUuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            parameters: parameters (maxLength 524288)
            resource_uuid: resourceUuid
            rollback: rollback
            tag_uuids: tagUuids
            without_app_info: withoutAppInfo
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_RESOURCE_STACK_FROM_APP,
            {
                "appUuid": app_uuid,
                "description": description,
                "name": name,
                "parameters": parameters,
                "resourceUuid": resource_uuid,
                "rollback": rollback,
                "tagUuids": tag_uuids,
                "withoutAppInfo": without_app_info,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_app_build_system(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAppBuildSystemResult:
        """Delete app build system (DeleteAppBuildSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAppBuildSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_APP_BUILD_SYSTEM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_build_app(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBuildAppResult:
        """Delete build app (DeleteBuildApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteBuildAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_BUILD_APP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_publish_app(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePublishAppResult:
        """Delete publish app (DeletePublishApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeletePublishAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_PUBLISH_APP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def export_build_app(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExportBuildAppResult:
        """Export build app (ExportBuildApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ExportBuildAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXPORT_BUILD_APP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_app_build_system_capacity(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAppBuildSystemCapacityResult:
        """Get app build system capacity (GetAppBuildSystemCapacity).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetAppBuildSystemCapacityAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_APP_BUILD_SYSTEM_CAPACITY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_resource_from_publish_app(
        self,
        *,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceFromPublishAppResult:
        """Get resource from publish app (GetResourceFromPublishApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetResourceFromPublishAppAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_RESOURCE_FROM_PUBLISH_APP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def preview_resource_from_app(
        self,
        *,
        app_uuid: str,
        parameters: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PreviewResourceFromAppResult:
        """Preview resource from app (PreviewResourceFromApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/PreviewResourceFromAppAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            app_uuid: appUuid
            parameters: parameters (maxLength 524288)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PREVIEW_RESOURCE_FROM_APP,
            {
                "appUuid": app_uuid,
                "parameters": parameters,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def publish_app(
        self,
        *,
        build_app_uuid: str,
        name: str,
        description: str | None = None,
        parameters: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PublishAppResult:
        """Publish app (PublishApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/PublishAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            build_app_uuid: buildAppUuid
            description: description (maxLength 2048)
            name: name (minLength 1; maxLength 255)
            parameters: parameters (maxLength 524288)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PUBLISH_APP,
            {
                "buildAppUuid": build_app_uuid,
                "description": description,
                "name": name,
                "parameters": parameters,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_app_build_system(
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
    ) -> QueryAppBuildSystemResult:
        """Query app build system (QueryAppBuildSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAppBuildSystemAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_APP_BUILD_SYSTEM,
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

    def query_app_build_system_pages(
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
        """Every result of ``query_app_build_system``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_APP_BUILD_SYSTEM,
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

    async def query_build_app(
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
    ) -> QueryBuildAppResult:
        """Query build app (QueryBuildApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryBuildAppAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BUILD_APP,
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

    def query_build_app_pages(
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
        """Every result of ``query_build_app``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BUILD_APP,
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

    async def query_build_app_export_history(
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
    ) -> QueryBuildAppExportHistoryResult:
        """Query build app export history (QueryBuildAppExportHistory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryBuildAppExportHistoryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BUILD_APP_EXPORT_HISTORY,
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

    def query_build_app_export_history_pages(
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
        """Every result of ``query_build_app_export_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BUILD_APP_EXPORT_HISTORY,
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

    async def query_publish_app(
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
    ) -> QueryPublishAppResult:
        """Query publish app (QueryPublishApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryPublishAppAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PUBLISH_APP,
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

    def query_publish_app_pages(
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
        """Every result of ``query_publish_app``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PUBLISH_APP,
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

    async def reconnect_app_build_system(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectAppBuildSystemResult:
        """Reconnect app build system (ReconnectAppBuildSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ReconnectAppBuildSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_APP_BUILD_SYSTEM,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_app_build_system(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        password: str | None = None,
        ssh_port: int | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAppBuildSystemResult:
        """Update app build system (UpdateAppBuildSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAppBuildSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            password: password (maxLength 255)
            ssh_port: sshPort (minimum 1; maximum 65535)
            username: username (minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_APP_BUILD_SYSTEM,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "password": password,
                "sshPort": ssh_port,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_build_app(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        version: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBuildAppResult:
        """Update build app (UpdateBuildApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateBuildAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            version: version
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BUILD_APP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_publish_app(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePublishAppResult:
        """Update publish app (UpdatePublishApp).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdatePublishAppAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_PUBLISH_APP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
