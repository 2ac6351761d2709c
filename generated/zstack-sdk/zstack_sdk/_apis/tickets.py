"""``client.tickets``: 20 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_iam2_ticket_flow_result import AddIAM2TicketFlowResult
    from ..models.add_ticket_types_to_ticket_flow_collection_result import (
        AddTicketTypesToTicketFlowCollectionResult,
    )
    from ..models.change_ticket_flow_collection_state_result import (
        ChangeTicketFlowCollectionStateResult,
    )
    from ..models.change_ticket_status_result import ChangeTicketStatusResult
    from ..models.create_iam2_tick_flow_collection_result import CreateIAM2TickFlowCollectionResult
    from ..models.create_ticket_result import CreateTicketResult
    from ..models.delete_iam2_ticket_flow_result import DeleteIAM2TicketFlowResult
    from ..models.delete_ticket_flow_collection_result import DeleteTicketFlowCollectionResult
    from ..models.delete_ticket_result import DeleteTicketResult
    from ..models.query_archive_ticket_history_result import QueryArchiveTicketHistoryResult
    from ..models.query_archive_ticket_result import QueryArchiveTicketResult
    from ..models.query_ticket_flow_collection_result import QueryTicketFlowCollectionResult
    from ..models.query_ticket_flow_result import QueryTicketFlowResult
    from ..models.query_ticket_history_result import QueryTicketHistoryResult
    from ..models.query_ticket_result import QueryTicketResult
    from ..models.query_ticket_type_result import QueryTicketTypeResult
    from ..models.remove_ticket_types_from_ticket_flow_collection_result import (
        RemoveTicketTypesFromTicketFlowCollectionResult,
    )
    from ..models.ticket_flow_collection_inventory import TicketFlowCollectionInventory
    from ..models.ticket_flow_inventory import TicketFlowInventory
    from ..models.ticket_inventory import TicketInventory
    from ..models.ticket_status_history_inventory import TicketStatusHistoryInventory
    from ..models.ticket_type_inventory import TicketTypeInventory
    from ..models.update_iam2_ticket_flow_collection_result import (
        UpdateIAM2TicketFlowCollectionResult,
    )
    from ..models.update_iam2_ticket_flow_result import UpdateIAM2TicketFlowResult
    from ..models.update_ticket_request_result import UpdateTicketRequestResult

__all__ = ["AsyncTicketsApi", "TicketsApi"]


ADD_IAM2_TICKET_FLOW: Api[AddIAM2TicketFlowResult] = Api(
    "AddIAM2TicketFlow",
    "POST",
    "/tickets/flow",
    params=(
        ("approverTitle", "body", "3.0.0"),
        ("approverUuid", "body", "3.0.0"),
        ("collectionUuid", "body", "3.0.0"),
        ("description", "body", "3.0.0"),
        ("name", "body", "3.0.0"),
        ("parentFlowUuid", "body", "3.0.0"),
        ("resourceUuid", "body", "3.0.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=(
        "approver_title",
        "approver_uuid",
        "collection_uuid",
        "description",
        "name",
        "parent_flow_uuid",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("approverUuid", "collectionUuid", "name"),
    body_key="params",
    since="3.0.0",
    result=".models.add_iam2_ticket_flow_result:AddIAM2TicketFlowResult",
)

ADD_TICKET_TYPES_TO_TICKET_FLOW_COLLECTION: Api[AddTicketTypesToTicketFlowCollectionResult] = Api(
    "AddTicketTypesToTicketFlowCollection",
    "POST",
    "/tickets/flow-collections/{ticketFlowCollectionUuid}/ticket-types",
    params=(
        ("ticketFlowCollectionUuid", "path", "3.6.0"),
        ("ticketTypeUuids", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("ticket_flow_collection_uuid", "ticket_type_uuids", "system_tags", "user_tags"),
    required=("ticketFlowCollectionUuid", "ticketTypeUuids"),
    body_key="params",
    since="3.6.0",
    result=".models.add_ticket_types_to_ticket_flow_collection_result:AddTicketTypesToTicketFlowCollectionResult",
)

CHANGE_TICKET_FLOW_COLLECTION_STATE: Api[ChangeTicketFlowCollectionStateResult] = Api(
    "ChangeTicketFlowCollectionState",
    "PUT",
    "/tickets/flow-collections/{uuid}/actions",
    params=(
        ("uuid", "path", "3.0.0"),
        ("stateEvent", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeTicketFlowCollectionState",
    since="3.0.0",
    result=".models.change_ticket_flow_collection_state_result:ChangeTicketFlowCollectionStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_TICKET_STATUS: Api[ChangeTicketStatusResult] = Api(
    "ChangeTicketStatus",
    "PUT",
    "/tickets/{uuid}/actions",
    params=(
        ("uuid", "path", "3.0.0"),
        ("comment", "body", "3.0.0"),
        ("statusEvent", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=("uuid", "comment", "status_event", "system_tags", "user_tags"),
    required=("uuid", "statusEvent"),
    body_key="changeTicketStatus",
    since="3.0.0",
    result=".models.change_ticket_status_result:ChangeTicketStatusResult",
    checks=(
        ("comment", "comment", "maxLength", 65535),
        ("statusEvent", "status_event", "enum", ("open", "approve", "cancel", "reject", "reopen")),
    ),
)

CREATE_IAM2_TICK_FLOW_COLLECTION: Api[CreateIAM2TickFlowCollectionResult] = Api(
    "CreateIAM2TickFlowCollection",
    "POST",
    "/tickets/flow-collections",
    params=(
        ("description", "body", "3.0.0"),
        ("flows", "body", "3.0.0"),
        ("isDefault", "body", "3.0.0"),
        ("name", "body", "3.0.0"),
        ("projectUuid", "body", "3.0.0"),
        ("resourceUuid", "body", "3.0.0"),
        ("tagUuids", "body", None),
        ("ticketTypeUuids", "body", None),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=(
        "description",
        "flows",
        "is_default",
        "name",
        "project_uuid",
        "resource_uuid",
        "tag_uuids",
        "ticket_type_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name", "projectUuid"),
    body_key="params",
    since="3.0.0",
    result=".models.create_iam2_tick_flow_collection_result:CreateIAM2TickFlowCollectionResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_TICKET: Api[CreateTicketResult] = Api(
    "CreateTicket",
    "POST",
    "/tickets",
    params=(
        ("accountSystemContext", "body", "3.0.0"),
        ("accountSystemType", "body", "3.0.0"),
        ("description", "body", "3.0.0"),
        ("flowCollectionUuid", "body", "3.0.0"),
        ("name", "body", "3.0.0"),
        ("requests", "body", "3.0.0"),
        ("resourceUuid", "body", "3.0.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=(
        "account_system_context",
        "account_system_type",
        "description",
        "flow_collection_uuid",
        "name",
        "requests",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("accountSystemContext", "accountSystemType", "name", "requests"),
    body_key="params",
    since="3.0.0",
    result=".models.create_ticket_result:CreateTicketResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("requests", "requests", "minItems", 1),
    ),
)

DELETE_IAM2_TICKET_FLOW: Api[DeleteIAM2TicketFlowResult] = Api(
    "DeleteIAM2TicketFlow",
    "DELETE",
    "/tickets/flow/{uuid}",
    params=(
        ("uuid", "path", "3.0.0"),
        ("deleteMode", "query", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.0.0",
    result=".models.delete_iam2_ticket_flow_result:DeleteIAM2TicketFlowResult",
)

DELETE_TICKET: Api[DeleteTicketResult] = Api(
    "DeleteTicket",
    "DELETE",
    "/tickets/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_ticket_result:DeleteTicketResult",
)

DELETE_TICKET_FLOW_COLLECTION: Api[DeleteTicketFlowCollectionResult] = Api(
    "DeleteTicketFlowCollection",
    "DELETE",
    "/tickets/flow-collections/{uuid}",
    params=(
        ("uuid", "path", "3.0.0"),
        ("deleteMode", "query", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.0.0",
    result=".models.delete_ticket_flow_collection_result:DeleteTicketFlowCollectionResult",
)

QUERY_ARCHIVE_TICKET: Api[QueryArchiveTicketResult] = Api(
    "QueryArchiveTicket",
    "GET",
    "/tickets/archives",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.query_archive_ticket_result:QueryArchiveTicketResult",
    query=True,
)

QUERY_ARCHIVE_TICKET_HISTORY: Api[QueryArchiveTicketHistoryResult] = Api(
    "QueryArchiveTicketHistory",
    "GET",
    "/tickets/histories/archives",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_archive_ticket_history_result:QueryArchiveTicketHistoryResult",
    query=True,
)

QUERY_TICKET: Api[QueryTicketResult] = Api(
    "QueryTicket",
    "GET",
    "/tickets",
    params=(
        ("uuid", "path", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.0.0",
    result=".models.query_ticket_result:QueryTicketResult",
    query=True,
    alt_paths=("/tickets/{uuid}",),
)

QUERY_TICKET_FLOW: Api[QueryTicketFlowResult] = Api(
    "QueryTicketFlow",
    "GET",
    "/tickets/flow",
    params=(
        ("uuid", "path", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.0.0",
    result=".models.query_ticket_flow_result:QueryTicketFlowResult",
    query=True,
    alt_paths=("/tickets/flow/{uuid}",),
)

QUERY_TICKET_FLOW_COLLECTION: Api[QueryTicketFlowCollectionResult] = Api(
    "QueryTicketFlowCollection",
    "GET",
    "/tickets/flow-collections",
    params=(
        ("uuid", "path", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.0.0",
    result=".models.query_ticket_flow_collection_result:QueryTicketFlowCollectionResult",
    query=True,
    alt_paths=("/tickets/flow-collections/{uuid}",),
)

QUERY_TICKET_HISTORY: Api[QueryTicketHistoryResult] = Api(
    "QueryTicketHistory",
    "GET",
    "/tickets/histories",
    params=(
        ("uuid", "path", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.0.0",
    result=".models.query_ticket_history_result:QueryTicketHistoryResult",
    query=True,
    alt_paths=("/tickets/histories/{uuid}",),
)

QUERY_TICKET_TYPE: Api[QueryTicketTypeResult] = Api(
    "QueryTicketType",
    "GET",
    "/ticket-types",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_ticket_type_result:QueryTicketTypeResult",
    query=True,
    alt_paths=("/ticket-types/{uuid}",),
)

REMOVE_TICKET_TYPES_FROM_TICKET_FLOW_COLLECTION: Api[
    RemoveTicketTypesFromTicketFlowCollectionResult
] = Api(
    "RemoveTicketTypesFromTicketFlowCollection",
    "DELETE",
    "/tickets/flow-collections/{ticketFlowCollectionUuid}/ticket-types",
    params=(
        ("ticketFlowCollectionUuid", "path", "3.6.0"),
        ("ticketTypeUuids", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("ticket_flow_collection_uuid", "ticket_type_uuids", "system_tags", "user_tags"),
    required=("ticketFlowCollectionUuid", "ticketTypeUuids"),
    since="3.6.0",
    result=".models.remove_ticket_types_from_ticket_flow_collection_result:RemoveTicketTypesFromTicketFlowCollectionResult",
    checks=(("ticketTypeUuids", "ticket_type_uuids", "minItems", 1),),
)

UPDATE_IAM2_TICKET_FLOW: Api[UpdateIAM2TicketFlowResult] = Api(
    "UpdateIAM2TicketFlow",
    "PUT",
    "/tickets/flow/{uuid}/actions",
    params=(
        ("uuid", "path", "3.0.0"),
        ("approverTitle", "body", "3.0.0"),
        ("approverUuid", "body", "3.0.0"),
        ("description", "body", "3.0.0"),
        ("name", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=(
        "uuid",
        "approver_title",
        "approver_uuid",
        "description",
        "name",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateIAM2TicketFlow",
    since="3.0.0",
    result=".models.update_iam2_ticket_flow_result:UpdateIAM2TicketFlowResult",
)

UPDATE_IAM2_TICKET_FLOW_COLLECTION: Api[UpdateIAM2TicketFlowCollectionResult] = Api(
    "UpdateIAM2TicketFlowCollection",
    "PUT",
    "/tickets/flow-collections/{uuid}/actions",
    params=(
        ("uuid", "path", "3.0.0"),
        ("description", "body", "3.0.0"),
        ("flows", "body", "3.0.0"),
        ("isDefault", "body", "3.0.0"),
        ("name", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=("uuid", "description", "flows", "is_default", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateIAM2TicketFlowCollection",
    since="3.0.0",
    result=".models.update_iam2_ticket_flow_collection_result:UpdateIAM2TicketFlowCollectionResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_TICKET_REQUEST: Api[UpdateTicketRequestResult] = Api(
    "UpdateTicketRequest",
    "PUT",
    "/tickets/{uuid}/actions",
    params=(
        ("uuid", "path", "3.0.0"),
        ("description", "body", None),
        ("requests", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=("uuid", "description", "requests", "system_tags", "user_tags"),
    required=("uuid", "requests"),
    body_key="updateTicketRequest",
    since="3.0.0",
    result=".models.update_ticket_request_result:UpdateTicketRequestResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("requests", "requests", "minItems", 1),
    ),
)


class TicketsApi(SyncNamespace):
    """tickets: 20 APIs (AddIAM2TicketFlow, AddTicketTypesToTicketFlowCollection, ChangeTicketFlowCollectionState, ...)."""

    __slots__ = ()

    def add_iam2_ticket_flow(
        self,
        *,
        approver_uuid: str,
        collection_uuid: str,
        name: str,
        approver_title: str | None = None,
        description: str | None = None,
        parent_flow_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIAM2TicketFlowResult:
        """添加自定义审批的步骤 (AddIAM2TicketFlow).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            approver_title: approverTitle (since 3.0.0)
            approver_uuid: approverUuid (since 3.0.0)
            collection_uuid: collectionUuid (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0)
            name: 资源名称 (since 3.0.0)
            parent_flow_uuid: parentFlowUuid (since 3.0.0)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IAM2_TICKET_FLOW,
            {
                "approverTitle": approver_title,
                "approverUuid": approver_uuid,
                "collectionUuid": collection_uuid,
                "description": description,
                "name": name,
                "parentFlowUuid": parent_flow_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_ticket_types_to_ticket_flow_collection(
        self,
        *,
        ticket_flow_collection_uuid: str,
        ticket_type_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddTicketTypesToTicketFlowCollectionResult:
        """增加工单审批流程对应的工单类型 (AddTicketTypesToTicketFlowCollection).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ticket_flow_collection_uuid: 工单流程UUID (since 3.6.0)
            ticket_type_uuids: 工单类型UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_TICKET_TYPES_TO_TICKET_FLOW_COLLECTION,
            {
                "ticketFlowCollectionUuid": ticket_flow_collection_uuid,
                "ticketTypeUuids": ticket_type_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_ticket_flow_collection_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeTicketFlowCollectionStateResult:
        """修改工单流程状态 (ChangeTicketFlowCollectionState).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            state_event: stateEvent (since 3.0.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_TICKET_FLOW_COLLECTION_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_ticket_status(
        self,
        *,
        uuid: str,
        status_event: Literal["open", "approve", "cancel", "reject", "reopen"],
        comment: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeTicketStatusResult:
        """修改工单状态 (ChangeTicketStatus).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            comment: comment (since 3.0.0; maxLength 65535)
            status_event: statusEvent (since 3.0.0; enum {'open', 'approve', 'cancel', 'reject', 'reopen'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_TICKET_STATUS,
            {
                "uuid": uuid,
                "comment": comment,
                "statusEvent": status_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_iam2_tick_flow_collection(
        self,
        *,
        name: str,
        project_uuid: str,
        description: str | None = None,
        flows: Sequence[Any] | None = None,
        is_default: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        ticket_type_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2TickFlowCollectionResult:
        """创建工单流程 (CreateIAM2TickFlowCollection).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            flows: flows (since 3.0.0)
            is_default: isDefault (since 3.0.0)
            name: 资源名称 (since 3.0.0; maxLength 255)
            project_uuid: projectUuid (since 3.0.0)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            ticket_type_uuids: ticketTypeUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_IAM2_TICK_FLOW_COLLECTION,
            {
                "description": description,
                "flows": flows,
                "isDefault": is_default,
                "name": name,
                "projectUuid": project_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "ticketTypeUuids": ticket_type_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ticket(
        self,
        *,
        account_system_context: Any,
        account_system_type: str,
        name: str,
        requests: Sequence[Any],
        description: str | None = None,
        flow_collection_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateTicketResult:
        """创建工单 (CreateTicket).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_system_context: Any JSON value (the docs do not give its type). (since 3.0.0)
            account_system_type: accountSystemType (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            flow_collection_uuid: flowCollectionUuid (since 3.0.0)
            name: 资源名称 (since 3.0.0; maxLength 255)
            requests: requests (since 3.0.0; minItems 1)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_TICKET,
            {
                "accountSystemContext": account_system_context,
                "accountSystemType": account_system_type,
                "description": description,
                "flowCollectionUuid": flow_collection_uuid,
                "name": name,
                "requests": requests,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_iam2_ticket_flow(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2TicketFlowResult:
        """删除自定义审批的步骤 (DeleteIAM2TicketFlow).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            delete_mode: deleteMode (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IAM2_TICKET_FLOW,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ticket(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteTicketResult:
        """Delete ticket (DeleteTicket).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ticket/api/DeleteTicketAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_TICKET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ticket_flow_collection(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteTicketFlowCollectionResult:
        """删除工单流程 (DeleteTicketFlowCollection).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            delete_mode: deleteMode (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_TICKET_FLOW_COLLECTION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_archive_ticket(
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
    ) -> QueryArchiveTicketResult:
        """查询归档的工单 (QueryArchiveTicket).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ARCHIVE_TICKET,
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

    def query_archive_ticket_pages(
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
        """Every result of ``query_archive_ticket``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ARCHIVE_TICKET,
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

    def query_archive_ticket_history(
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
    ) -> QueryArchiveTicketHistoryResult:
        """Query archive ticket history (QueryArchiveTicketHistory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ticket/api/QueryArchiveTicketHistoryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ARCHIVE_TICKET_HISTORY,
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

    def query_archive_ticket_history_pages(
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
        """Every result of ``query_archive_ticket_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ARCHIVE_TICKET_HISTORY,
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

    def query_ticket(
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
    ) -> QueryTicketResult:
        """查询工单 (QueryTicket).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_TICKET,
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

    def query_ticket_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[TicketInventory]:
        """Every result of ``query_ticket``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET,
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

    def query_ticket_flow(
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
    ) -> QueryTicketFlowResult:
        """查询工单步骤 (QueryTicketFlow).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_TICKET_FLOW,
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

    def query_ticket_flow_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[TicketFlowInventory]:
        """Every result of ``query_ticket_flow``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_FLOW,
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

    def query_ticket_flow_collection(
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
    ) -> QueryTicketFlowCollectionResult:
        """查询工单流程 (QueryTicketFlowCollection).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_TICKET_FLOW_COLLECTION,
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

    def query_ticket_flow_collection_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[TicketFlowCollectionInventory]:
        """Every result of ``query_ticket_flow_collection``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_FLOW_COLLECTION,
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

    def query_ticket_history(
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
    ) -> QueryTicketHistoryResult:
        """查询工单历史 (QueryTicketHistory).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_TICKET_HISTORY,
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

    def query_ticket_history_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[TicketStatusHistoryInventory]:
        """Every result of ``query_ticket_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_HISTORY,
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

    def query_ticket_type(
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
    ) -> QueryTicketTypeResult:
        """查询工单类型 (QueryTicketType).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_TICKET_TYPE,
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

    def query_ticket_type_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[TicketTypeInventory]:
        """Every result of ``query_ticket_type``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_TYPE,
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

    def remove_ticket_types_from_ticket_flow_collection(
        self,
        *,
        ticket_flow_collection_uuid: str,
        ticket_type_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveTicketTypesFromTicketFlowCollectionResult:
        """移除工单流程关联的工单类型 (RemoveTicketTypesFromTicketFlowCollection).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ticket_flow_collection_uuid: ticketFlowCollectionUuid (since 3.6.0)
            ticket_type_uuids: ticketTypeUuids (since 3.6.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_TICKET_TYPES_FROM_TICKET_FLOW_COLLECTION,
            {
                "ticketFlowCollectionUuid": ticket_flow_collection_uuid,
                "ticketTypeUuids": ticket_type_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_iam2_ticket_flow(
        self,
        *,
        uuid: str,
        approver_title: str | None = None,
        approver_uuid: str | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2TicketFlowResult:
        """修改自定义审批的步骤 (UpdateIAM2TicketFlow).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            approver_title: approverTitle (since 3.0.0)
            approver_uuid: approverUuid (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0)
            name: 资源名称 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IAM2_TICKET_FLOW,
            {
                "uuid": uuid,
                "approverTitle": approver_title,
                "approverUuid": approver_uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_iam2_ticket_flow_collection(
        self,
        *,
        uuid: str,
        description: str | None = None,
        flows: Sequence[Any] | None = None,
        is_default: bool | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2TicketFlowCollectionResult:
        """修改工单流程 (UpdateIAM2TicketFlowCollection).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            flows: flows (since 3.0.0)
            is_default: isDefault (since 3.0.0)
            name: 资源名称 (since 3.0.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IAM2_TICKET_FLOW_COLLECTION,
            {
                "uuid": uuid,
                "description": description,
                "flows": flows,
                "isDefault": is_default,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ticket_request(
        self,
        *,
        uuid: str,
        requests: Sequence[Any],
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateTicketRequestResult:
        """更新工单请求 (UpdateTicketRequest).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            description: description (maxLength 2048)
            requests: requests (since 3.0.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_TICKET_REQUEST,
            {
                "uuid": uuid,
                "description": description,
                "requests": requests,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncTicketsApi(AsyncNamespace):
    """tickets: 20 APIs (AddIAM2TicketFlow, AddTicketTypesToTicketFlowCollection, ChangeTicketFlowCollectionState, ...). (asyncio)"""

    __slots__ = ()

    async def add_iam2_ticket_flow(
        self,
        *,
        approver_uuid: str,
        collection_uuid: str,
        name: str,
        approver_title: str | None = None,
        description: str | None = None,
        parent_flow_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIAM2TicketFlowResult:
        """添加自定义审批的步骤 (AddIAM2TicketFlow).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            approver_title: approverTitle (since 3.0.0)
            approver_uuid: approverUuid (since 3.0.0)
            collection_uuid: collectionUuid (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0)
            name: 资源名称 (since 3.0.0)
            parent_flow_uuid: parentFlowUuid (since 3.0.0)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IAM2_TICKET_FLOW,
            {
                "approverTitle": approver_title,
                "approverUuid": approver_uuid,
                "collectionUuid": collection_uuid,
                "description": description,
                "name": name,
                "parentFlowUuid": parent_flow_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_ticket_types_to_ticket_flow_collection(
        self,
        *,
        ticket_flow_collection_uuid: str,
        ticket_type_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddTicketTypesToTicketFlowCollectionResult:
        """增加工单审批流程对应的工单类型 (AddTicketTypesToTicketFlowCollection).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ticket_flow_collection_uuid: 工单流程UUID (since 3.6.0)
            ticket_type_uuids: 工单类型UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_TICKET_TYPES_TO_TICKET_FLOW_COLLECTION,
            {
                "ticketFlowCollectionUuid": ticket_flow_collection_uuid,
                "ticketTypeUuids": ticket_type_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_ticket_flow_collection_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeTicketFlowCollectionStateResult:
        """修改工单流程状态 (ChangeTicketFlowCollectionState).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            state_event: stateEvent (since 3.0.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_TICKET_FLOW_COLLECTION_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_ticket_status(
        self,
        *,
        uuid: str,
        status_event: Literal["open", "approve", "cancel", "reject", "reopen"],
        comment: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeTicketStatusResult:
        """修改工单状态 (ChangeTicketStatus).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            comment: comment (since 3.0.0; maxLength 65535)
            status_event: statusEvent (since 3.0.0; enum {'open', 'approve', 'cancel', 'reject', 'reopen'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_TICKET_STATUS,
            {
                "uuid": uuid,
                "comment": comment,
                "statusEvent": status_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_iam2_tick_flow_collection(
        self,
        *,
        name: str,
        project_uuid: str,
        description: str | None = None,
        flows: Sequence[Any] | None = None,
        is_default: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        ticket_type_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2TickFlowCollectionResult:
        """创建工单流程 (CreateIAM2TickFlowCollection).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            flows: flows (since 3.0.0)
            is_default: isDefault (since 3.0.0)
            name: 资源名称 (since 3.0.0; maxLength 255)
            project_uuid: projectUuid (since 3.0.0)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            ticket_type_uuids: ticketTypeUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_IAM2_TICK_FLOW_COLLECTION,
            {
                "description": description,
                "flows": flows,
                "isDefault": is_default,
                "name": name,
                "projectUuid": project_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "ticketTypeUuids": ticket_type_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ticket(
        self,
        *,
        account_system_context: Any,
        account_system_type: str,
        name: str,
        requests: Sequence[Any],
        description: str | None = None,
        flow_collection_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateTicketResult:
        """创建工单 (CreateTicket).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_system_context: Any JSON value (the docs do not give its type). (since 3.0.0)
            account_system_type: accountSystemType (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            flow_collection_uuid: flowCollectionUuid (since 3.0.0)
            name: 资源名称 (since 3.0.0; maxLength 255)
            requests: requests (since 3.0.0; minItems 1)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_TICKET,
            {
                "accountSystemContext": account_system_context,
                "accountSystemType": account_system_type,
                "description": description,
                "flowCollectionUuid": flow_collection_uuid,
                "name": name,
                "requests": requests,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_iam2_ticket_flow(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2TicketFlowResult:
        """删除自定义审批的步骤 (DeleteIAM2TicketFlow).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            delete_mode: deleteMode (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IAM2_TICKET_FLOW,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ticket(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteTicketResult:
        """Delete ticket (DeleteTicket).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ticket/api/DeleteTicketAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_TICKET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ticket_flow_collection(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteTicketFlowCollectionResult:
        """删除工单流程 (DeleteTicketFlowCollection).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            delete_mode: deleteMode (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_TICKET_FLOW_COLLECTION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_archive_ticket(
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
    ) -> QueryArchiveTicketResult:
        """查询归档的工单 (QueryArchiveTicket).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ARCHIVE_TICKET,
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

    def query_archive_ticket_pages(
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
        """Every result of ``query_archive_ticket``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ARCHIVE_TICKET,
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

    async def query_archive_ticket_history(
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
    ) -> QueryArchiveTicketHistoryResult:
        """Query archive ticket history (QueryArchiveTicketHistory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ticket/api/QueryArchiveTicketHistoryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ARCHIVE_TICKET_HISTORY,
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

    def query_archive_ticket_history_pages(
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
        """Every result of ``query_archive_ticket_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ARCHIVE_TICKET_HISTORY,
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

    async def query_ticket(
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
    ) -> QueryTicketResult:
        """查询工单 (QueryTicket).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_TICKET,
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

    def query_ticket_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[TicketInventory]:
        """Every result of ``query_ticket``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET,
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

    async def query_ticket_flow(
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
    ) -> QueryTicketFlowResult:
        """查询工单步骤 (QueryTicketFlow).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_TICKET_FLOW,
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

    def query_ticket_flow_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[TicketFlowInventory]:
        """Every result of ``query_ticket_flow``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_FLOW,
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

    async def query_ticket_flow_collection(
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
    ) -> QueryTicketFlowCollectionResult:
        """查询工单流程 (QueryTicketFlowCollection).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_TICKET_FLOW_COLLECTION,
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

    def query_ticket_flow_collection_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[TicketFlowCollectionInventory]:
        """Every result of ``query_ticket_flow_collection``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_FLOW_COLLECTION,
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

    async def query_ticket_history(
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
    ) -> QueryTicketHistoryResult:
        """查询工单历史 (QueryTicketHistory).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_TICKET_HISTORY,
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

    def query_ticket_history_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[TicketStatusHistoryInventory]:
        """Every result of ``query_ticket_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_HISTORY,
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

    async def query_ticket_type(
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
    ) -> QueryTicketTypeResult:
        """查询工单类型 (QueryTicketType).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_TICKET_TYPE,
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

    def query_ticket_type_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[TicketTypeInventory]:
        """Every result of ``query_ticket_type``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_TYPE,
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

    async def remove_ticket_types_from_ticket_flow_collection(
        self,
        *,
        ticket_flow_collection_uuid: str,
        ticket_type_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveTicketTypesFromTicketFlowCollectionResult:
        """移除工单流程关联的工单类型 (RemoveTicketTypesFromTicketFlowCollection).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ticket_flow_collection_uuid: ticketFlowCollectionUuid (since 3.6.0)
            ticket_type_uuids: ticketTypeUuids (since 3.6.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_TICKET_TYPES_FROM_TICKET_FLOW_COLLECTION,
            {
                "ticketFlowCollectionUuid": ticket_flow_collection_uuid,
                "ticketTypeUuids": ticket_type_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_iam2_ticket_flow(
        self,
        *,
        uuid: str,
        approver_title: str | None = None,
        approver_uuid: str | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2TicketFlowResult:
        """修改自定义审批的步骤 (UpdateIAM2TicketFlow).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            approver_title: approverTitle (since 3.0.0)
            approver_uuid: approverUuid (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0)
            name: 资源名称 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IAM2_TICKET_FLOW,
            {
                "uuid": uuid,
                "approverTitle": approver_title,
                "approverUuid": approver_uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_iam2_ticket_flow_collection(
        self,
        *,
        uuid: str,
        description: str | None = None,
        flows: Sequence[Any] | None = None,
        is_default: bool | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2TicketFlowCollectionResult:
        """修改工单流程 (UpdateIAM2TicketFlowCollection).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            flows: flows (since 3.0.0)
            is_default: isDefault (since 3.0.0)
            name: 资源名称 (since 3.0.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IAM2_TICKET_FLOW_COLLECTION,
            {
                "uuid": uuid,
                "description": description,
                "flows": flows,
                "isDefault": is_default,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ticket_request(
        self,
        *,
        uuid: str,
        requests: Sequence[Any],
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateTicketRequestResult:
        """更新工单请求 (UpdateTicketRequest).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            description: description (maxLength 2048)
            requests: requests (since 3.0.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_TICKET_REQUEST,
            {
                "uuid": uuid,
                "description": description,
                "requests": requests,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
