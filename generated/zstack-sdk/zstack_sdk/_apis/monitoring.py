"""``client.monitoring``: 16 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_monitor_trigger_action_to_trigger_result import (
        AttachMonitorTriggerActionToTriggerResult,
    )
    from ..models.change_monitor_trigger_action_state_result import (
        ChangeMonitorTriggerActionStateResult,
    )
    from ..models.change_monitor_trigger_state_result import ChangeMonitorTriggerStateResult
    from ..models.create_email_monitor_trigger_action_result import (
        CreateEmailMonitorTriggerActionResult,
    )
    from ..models.create_monitor_trigger_result import CreateMonitorTriggerResult
    from ..models.delete_alert_result import DeleteAlertResult
    from ..models.delete_monitor_trigger_action_result import DeleteMonitorTriggerActionResult
    from ..models.delete_monitor_trigger_result import DeleteMonitorTriggerResult
    from ..models.detach_monitor_trigger_action_from_trigger_result import (
        DetachMonitorTriggerActionFromTriggerResult,
    )
    from ..models.get_monitor_item_result import GetMonitorItemResult
    from ..models.query_alert_result import QueryAlertResult
    from ..models.query_email_trigger_action_result import QueryEmailTriggerActionResult
    from ..models.query_monitor_trigger_action_result import QueryMonitorTriggerActionResult
    from ..models.query_monitor_trigger_result import QueryMonitorTriggerResult
    from ..models.update_email_monitor_trigger_action_result import (
        UpdateEmailMonitorTriggerActionResult,
    )
    from ..models.update_monitor_trigger_result import UpdateMonitorTriggerResult

__all__ = ["AsyncMonitoringApi", "MonitoringApi"]


ATTACH_MONITOR_TRIGGER_ACTION_TO_TRIGGER: Api[AttachMonitorTriggerActionToTriggerResult] = Api(
    "AttachMonitorTriggerActionToTrigger",
    "POST",
    "/monitoring/triggers/{triggerUuid}/trigger-actions/{actionUuid}",
    params=(
        ("triggerUuid", "path", None),
        ("actionUuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("trigger_uuid", "action_uuid", "system_tags", "user_tags"),
    required=("triggerUuid", "actionUuid"),
    body_key="params",
    since=None,
    result=".models.attach_monitor_trigger_action_to_trigger_result:AttachMonitorTriggerActionToTriggerResult",
)

CHANGE_MONITOR_TRIGGER_ACTION_STATE: Api[ChangeMonitorTriggerActionStateResult] = Api(
    "ChangeMonitorTriggerActionState",
    "PUT",
    "/monitoring/trigger-actions/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("stateEvent", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeMonitorTriggerActionState",
    since=None,
    result=".models.change_monitor_trigger_action_state_result:ChangeMonitorTriggerActionStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_MONITOR_TRIGGER_STATE: Api[ChangeMonitorTriggerStateResult] = Api(
    "ChangeMonitorTriggerState",
    "PUT",
    "/monitoring/triggers/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("stateEvent", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeMonitorTriggerState",
    since=None,
    result=".models.change_monitor_trigger_state_result:ChangeMonitorTriggerStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_EMAIL_MONITOR_TRIGGER_ACTION: Api[CreateEmailMonitorTriggerActionResult] = Api(
    "CreateEmailMonitorTriggerAction",
    "POST",
    "/monitoring/trigger-actions/emails",
    params=(
        ("description", "body", None),
        ("email", "body", None),
        ("mediaUuid", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("triggerUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "email",
        "media_uuid",
        "name",
        "resource_uuid",
        "tag_uuids",
        "trigger_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("email", "mediaUuid", "name"),
    body_key="params",
    since=None,
    result=".models.create_email_monitor_trigger_action_result:CreateEmailMonitorTriggerActionResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("email", "email", "maxLength", 512),
        ("name", "name", "maxLength", 255),
        ("triggerUuids", "trigger_uuids", "minItems", 1),
    ),
)

CREATE_MONITOR_TRIGGER: Api[CreateMonitorTriggerResult] = Api(
    "CreateMonitorTrigger",
    "POST",
    "/monitoring/triggers",
    params=(
        ("description", "body", None),
        ("duration", "body", None),
        ("expression", "body", None),
        ("name", "body", None),
        ("recoveryExpression", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("targetResourceUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "duration",
        "expression",
        "name",
        "recovery_expression",
        "resource_uuid",
        "tag_uuids",
        "target_resource_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("duration", "expression", "name", "targetResourceUuid"),
    body_key="params",
    since=None,
    result=".models.create_monitor_trigger_result:CreateMonitorTriggerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("duration", "duration", "minimum", 1),
        ("duration", "duration", "maximum", 2147483647),
        ("expression", "expression", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("recoveryExpression", "recovery_expression", "maxLength", 2048),
        ("targetResourceUuid", "target_resource_uuid", "maxLength", 32),
    ),
)

DELETE_ALERT: Api[DeleteAlertResult] = Api(
    "DeleteAlert",
    "DELETE",
    "/monitoring/alerts",
    params=(
        ("uuids", "query", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuids", "delete_mode", "system_tags", "user_tags"),
    required=("uuids",),
    since=None,
    result=".models.delete_alert_result:DeleteAlertResult",
    checks=(("uuids", "uuids", "minItems", 1),),
)

DELETE_MONITOR_TRIGGER: Api[DeleteMonitorTriggerResult] = Api(
    "DeleteMonitorTrigger",
    "DELETE",
    "/monitoring/triggers/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_monitor_trigger_result:DeleteMonitorTriggerResult",
)

DELETE_MONITOR_TRIGGER_ACTION: Api[DeleteMonitorTriggerActionResult] = Api(
    "DeleteMonitorTriggerAction",
    "DELETE",
    "/monitoring/trigger-actions/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_monitor_trigger_action_result:DeleteMonitorTriggerActionResult",
)

DETACH_MONITOR_TRIGGER_ACTION_FROM_TRIGGER: Api[DetachMonitorTriggerActionFromTriggerResult] = Api(
    "DetachMonitorTriggerActionFromTrigger",
    "DELETE",
    "/monitoring/triggers/{triggerUuid}/trigger-actions/{actionUuid}",
    params=(
        ("triggerUuid", "path", None),
        ("actionUuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("trigger_uuid", "action_uuid", "system_tags", "user_tags"),
    required=("triggerUuid", "actionUuid"),
    since=None,
    result=".models.detach_monitor_trigger_action_from_trigger_result:DetachMonitorTriggerActionFromTriggerResult",
)

GET_MONITOR_ITEM: Api[GetMonitorItemResult] = Api(
    "GetMonitorItem",
    "GET",
    "/monitoring/items",
    params=(
        ("resourceType", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("resource_type", "system_tags", "user_tags"),
    required=("resourceType",),
    since=None,
    result=".models.get_monitor_item_result:GetMonitorItemResult",
)

QUERY_ALERT: Api[QueryAlertResult] = Api(
    "QueryAlert",
    "GET",
    "/monitoring/alerts",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_alert_result:QueryAlertResult",
    query=True,
)

QUERY_EMAIL_TRIGGER_ACTION: Api[QueryEmailTriggerActionResult] = Api(
    "QueryEmailTriggerAction",
    "GET",
    "/monitoring/trigger-actions/emails",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_email_trigger_action_result:QueryEmailTriggerActionResult",
    query=True,
)

QUERY_MONITOR_TRIGGER: Api[QueryMonitorTriggerResult] = Api(
    "QueryMonitorTrigger",
    "GET",
    "/monitoring/triggers",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_monitor_trigger_result:QueryMonitorTriggerResult",
    query=True,
)

QUERY_MONITOR_TRIGGER_ACTION: Api[QueryMonitorTriggerActionResult] = Api(
    "QueryMonitorTriggerAction",
    "GET",
    "/monitoring/trigger-actions",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_monitor_trigger_action_result:QueryMonitorTriggerActionResult",
    query=True,
)

UPDATE_EMAIL_MONITOR_TRIGGER_ACTION: Api[UpdateEmailMonitorTriggerActionResult] = Api(
    "UpdateEmailMonitorTriggerAction",
    "PUT",
    "/monitoring/trigger-actions/emails/{uuid}",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("email", "body", None),
        ("mediaUuid", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "email", "media_uuid", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateEmailMonitorTriggerAction",
    since=None,
    result=".models.update_email_monitor_trigger_action_result:UpdateEmailMonitorTriggerActionResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("email", "email", "maxLength", 512),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_MONITOR_TRIGGER: Api[UpdateMonitorTriggerResult] = Api(
    "UpdateMonitorTrigger",
    "PUT",
    "/monitoring/triggers/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("duration", "body", None),
        ("expression", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "duration", "expression", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateMonitorTrigger",
    since=None,
    result=".models.update_monitor_trigger_result:UpdateMonitorTriggerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("duration", "duration", "minimum", 1),
        ("duration", "duration", "maximum", 2147483647),
        ("expression", "expression", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class MonitoringApi(SyncNamespace):
    """monitoring: 16 APIs (AttachMonitorTriggerActionToTrigger, ChangeMonitorTriggerActionState, ChangeMonitorTriggerState, ...)."""

    __slots__ = ()

    def attach_monitor_trigger_action_to_trigger(
        self,
        *,
        trigger_uuid: str,
        action_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachMonitorTriggerActionToTriggerResult:
        """Attach monitor trigger action to trigger (AttachMonitorTriggerActionToTrigger).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachMonitorTriggerActionToTriggerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            trigger_uuid: triggerUuid
            action_uuid: actionUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_MONITOR_TRIGGER_ACTION_TO_TRIGGER,
            {
                "triggerUuid": trigger_uuid,
                "actionUuid": action_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_monitor_trigger_action_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeMonitorTriggerActionStateResult:
        """Change monitor trigger action state (ChangeMonitorTriggerActionState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeMonitorTriggerActionStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            state_event: stateEvent (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_MONITOR_TRIGGER_ACTION_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_monitor_trigger_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeMonitorTriggerStateResult:
        """Change monitor trigger state (ChangeMonitorTriggerState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeMonitorTriggerStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            state_event: stateEvent (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_MONITOR_TRIGGER_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_email_monitor_trigger_action(
        self,
        *,
        email: str,
        media_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        trigger_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEmailMonitorTriggerActionResult:
        """Create email monitor trigger action (CreateEmailMonitorTriggerAction).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEmailMonitorTriggerActionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            email: email (maxLength 512)
            media_uuid: mediaUuid
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            trigger_uuids: triggerUuids (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_EMAIL_MONITOR_TRIGGER_ACTION,
            {
                "description": description,
                "email": email,
                "mediaUuid": media_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "triggerUuids": trigger_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_monitor_trigger(
        self,
        *,
        duration: int,
        expression: str,
        name: str,
        target_resource_uuid: str,
        description: str | None = None,
        recovery_expression: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMonitorTriggerResult:
        """Create monitor trigger (CreateMonitorTrigger).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateMonitorTriggerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            duration: duration (minimum 1; maximum 2147483647)
            expression: expression (maxLength 2048)
            name: name (maxLength 255)
            recovery_expression: recoveryExpression (maxLength 2048)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            target_resource_uuid: targetResourceUuid (maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_MONITOR_TRIGGER,
            {
                "description": description,
                "duration": duration,
                "expression": expression,
                "name": name,
                "recoveryExpression": recovery_expression,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "targetResourceUuid": target_resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_alert(
        self,
        *,
        uuids: Sequence[str],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAlertResult:
        """Delete alert (DeleteAlert).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAlertAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuids: uuids (minItems 1)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALERT,
            {
                "uuids": uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_monitor_trigger(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMonitorTriggerResult:
        """Delete monitor trigger (DeleteMonitorTrigger).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteMonitorTriggerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_MONITOR_TRIGGER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_monitor_trigger_action(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMonitorTriggerActionResult:
        """Delete monitor trigger action (DeleteMonitorTriggerAction).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteMonitorTriggerActionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_MONITOR_TRIGGER_ACTION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_monitor_trigger_action_from_trigger(
        self,
        *,
        trigger_uuid: str,
        action_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachMonitorTriggerActionFromTriggerResult:
        """Detach monitor trigger action from trigger (DetachMonitorTriggerActionFromTrigger).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachMonitorTriggerActionFromTriggerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            trigger_uuid: triggerUuid
            action_uuid: actionUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_MONITOR_TRIGGER_ACTION_FROM_TRIGGER,
            {
                "triggerUuid": trigger_uuid,
                "actionUuid": action_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_monitor_item(
        self,
        *,
        resource_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMonitorItemResult:
        """Get monitor item (GetMonitorItem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetMonitorItemAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_type: resourceType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_MONITOR_ITEM,
            {
                "resourceType": resource_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_alert(
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
    ) -> QueryAlertResult:
        """Query alert (QueryAlert).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAlertAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALERT,
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

    def query_alert_pages(
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
        """Every result of ``query_alert``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALERT,
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

    def query_email_trigger_action(
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
    ) -> QueryEmailTriggerActionResult:
        """Query email trigger action (QueryEmailTriggerAction).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEmailTriggerActionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_EMAIL_TRIGGER_ACTION,
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

    def query_email_trigger_action_pages(
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
        """Every result of ``query_email_trigger_action``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EMAIL_TRIGGER_ACTION,
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

    def query_monitor_trigger(
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
    ) -> QueryMonitorTriggerResult:
        """Query monitor trigger (QueryMonitorTrigger).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryMonitorTriggerAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MONITOR_TRIGGER,
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

    def query_monitor_trigger_pages(
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
        """Every result of ``query_monitor_trigger``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_TRIGGER,
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

    def query_monitor_trigger_action(
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
    ) -> QueryMonitorTriggerActionResult:
        """Query monitor trigger action (QueryMonitorTriggerAction).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryMonitorTriggerActionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MONITOR_TRIGGER_ACTION,
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

    def query_monitor_trigger_action_pages(
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
        """Every result of ``query_monitor_trigger_action``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_TRIGGER_ACTION,
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

    def update_email_monitor_trigger_action(
        self,
        *,
        uuid: str,
        description: str | None = None,
        email: str | None = None,
        media_uuid: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEmailMonitorTriggerActionResult:
        """Update email monitor trigger action (UpdateEmailMonitorTriggerAction).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEmailMonitorTriggerActionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            email: email (maxLength 512)
            media_uuid: mediaUuid
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_EMAIL_MONITOR_TRIGGER_ACTION,
            {
                "uuid": uuid,
                "description": description,
                "email": email,
                "mediaUuid": media_uuid,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_monitor_trigger(
        self,
        *,
        uuid: str,
        description: str | None = None,
        duration: int | None = None,
        expression: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateMonitorTriggerResult:
        """Update monitor trigger (UpdateMonitorTrigger).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateMonitorTriggerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            duration: duration (minimum 1; maximum 2147483647)
            expression: expression (maxLength 2048)
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_MONITOR_TRIGGER,
            {
                "uuid": uuid,
                "description": description,
                "duration": duration,
                "expression": expression,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncMonitoringApi(AsyncNamespace):
    """monitoring: 16 APIs (AttachMonitorTriggerActionToTrigger, ChangeMonitorTriggerActionState, ChangeMonitorTriggerState, ...). (asyncio)"""

    __slots__ = ()

    async def attach_monitor_trigger_action_to_trigger(
        self,
        *,
        trigger_uuid: str,
        action_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachMonitorTriggerActionToTriggerResult:
        """Attach monitor trigger action to trigger (AttachMonitorTriggerActionToTrigger).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachMonitorTriggerActionToTriggerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            trigger_uuid: triggerUuid
            action_uuid: actionUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_MONITOR_TRIGGER_ACTION_TO_TRIGGER,
            {
                "triggerUuid": trigger_uuid,
                "actionUuid": action_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_monitor_trigger_action_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeMonitorTriggerActionStateResult:
        """Change monitor trigger action state (ChangeMonitorTriggerActionState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeMonitorTriggerActionStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            state_event: stateEvent (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_MONITOR_TRIGGER_ACTION_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_monitor_trigger_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeMonitorTriggerStateResult:
        """Change monitor trigger state (ChangeMonitorTriggerState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeMonitorTriggerStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            state_event: stateEvent (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_MONITOR_TRIGGER_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_email_monitor_trigger_action(
        self,
        *,
        email: str,
        media_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        trigger_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEmailMonitorTriggerActionResult:
        """Create email monitor trigger action (CreateEmailMonitorTriggerAction).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEmailMonitorTriggerActionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            email: email (maxLength 512)
            media_uuid: mediaUuid
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            trigger_uuids: triggerUuids (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_EMAIL_MONITOR_TRIGGER_ACTION,
            {
                "description": description,
                "email": email,
                "mediaUuid": media_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "triggerUuids": trigger_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_monitor_trigger(
        self,
        *,
        duration: int,
        expression: str,
        name: str,
        target_resource_uuid: str,
        description: str | None = None,
        recovery_expression: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMonitorTriggerResult:
        """Create monitor trigger (CreateMonitorTrigger).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateMonitorTriggerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            duration: duration (minimum 1; maximum 2147483647)
            expression: expression (maxLength 2048)
            name: name (maxLength 255)
            recovery_expression: recoveryExpression (maxLength 2048)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            target_resource_uuid: targetResourceUuid (maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_MONITOR_TRIGGER,
            {
                "description": description,
                "duration": duration,
                "expression": expression,
                "name": name,
                "recoveryExpression": recovery_expression,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "targetResourceUuid": target_resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_alert(
        self,
        *,
        uuids: Sequence[str],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAlertResult:
        """Delete alert (DeleteAlert).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAlertAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuids: uuids (minItems 1)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALERT,
            {
                "uuids": uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_monitor_trigger(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMonitorTriggerResult:
        """Delete monitor trigger (DeleteMonitorTrigger).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteMonitorTriggerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_MONITOR_TRIGGER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_monitor_trigger_action(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMonitorTriggerActionResult:
        """Delete monitor trigger action (DeleteMonitorTriggerAction).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteMonitorTriggerActionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_MONITOR_TRIGGER_ACTION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_monitor_trigger_action_from_trigger(
        self,
        *,
        trigger_uuid: str,
        action_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachMonitorTriggerActionFromTriggerResult:
        """Detach monitor trigger action from trigger (DetachMonitorTriggerActionFromTrigger).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachMonitorTriggerActionFromTriggerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            trigger_uuid: triggerUuid
            action_uuid: actionUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_MONITOR_TRIGGER_ACTION_FROM_TRIGGER,
            {
                "triggerUuid": trigger_uuid,
                "actionUuid": action_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_monitor_item(
        self,
        *,
        resource_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMonitorItemResult:
        """Get monitor item (GetMonitorItem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetMonitorItemAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_type: resourceType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_MONITOR_ITEM,
            {
                "resourceType": resource_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_alert(
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
    ) -> QueryAlertResult:
        """Query alert (QueryAlert).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAlertAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALERT,
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

    def query_alert_pages(
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
        """Every result of ``query_alert``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALERT,
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

    async def query_email_trigger_action(
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
    ) -> QueryEmailTriggerActionResult:
        """Query email trigger action (QueryEmailTriggerAction).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEmailTriggerActionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_EMAIL_TRIGGER_ACTION,
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

    def query_email_trigger_action_pages(
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
        """Every result of ``query_email_trigger_action``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EMAIL_TRIGGER_ACTION,
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

    async def query_monitor_trigger(
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
    ) -> QueryMonitorTriggerResult:
        """Query monitor trigger (QueryMonitorTrigger).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryMonitorTriggerAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MONITOR_TRIGGER,
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

    def query_monitor_trigger_pages(
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
        """Every result of ``query_monitor_trigger``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_TRIGGER,
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

    async def query_monitor_trigger_action(
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
    ) -> QueryMonitorTriggerActionResult:
        """Query monitor trigger action (QueryMonitorTriggerAction).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryMonitorTriggerActionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MONITOR_TRIGGER_ACTION,
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

    def query_monitor_trigger_action_pages(
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
        """Every result of ``query_monitor_trigger_action``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_TRIGGER_ACTION,
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

    async def update_email_monitor_trigger_action(
        self,
        *,
        uuid: str,
        description: str | None = None,
        email: str | None = None,
        media_uuid: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEmailMonitorTriggerActionResult:
        """Update email monitor trigger action (UpdateEmailMonitorTriggerAction).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEmailMonitorTriggerActionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            email: email (maxLength 512)
            media_uuid: mediaUuid
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_EMAIL_MONITOR_TRIGGER_ACTION,
            {
                "uuid": uuid,
                "description": description,
                "email": email,
                "mediaUuid": media_uuid,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_monitor_trigger(
        self,
        *,
        uuid: str,
        description: str | None = None,
        duration: int | None = None,
        expression: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateMonitorTriggerResult:
        """Update monitor trigger (UpdateMonitorTrigger).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateMonitorTriggerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            duration: duration (minimum 1; maximum 2147483647)
            expression: expression (maxLength 2048)
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_MONITOR_TRIGGER,
            {
                "uuid": uuid,
                "description": description,
                "duration": duration,
                "expression": expression,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
