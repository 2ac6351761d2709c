"""``client.billings``: 23 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.account_price_table_ref_inventory import AccountPriceTableRefInventory
    from ..models.attach_price_table_to_account_result import AttachPriceTableToAccountResult
    from ..models.billing_inventory import BillingInventory
    from ..models.calculate_account_billing_spending_result import (
        CalculateAccountBillingSpendingResult,
    )
    from ..models.calculate_account_spending_result import CalculateAccountSpendingResult
    from ..models.calculate_resource_spending_result import CalculateResourceSpendingResult
    from ..models.change_account_price_table_binding_result import (
        ChangeAccountPriceTableBindingResult,
    )
    from ..models.cleanup_billing_usage_result import CleanupBillingUsageResult
    from ..models.create_price_table_result import CreatePriceTableResult
    from ..models.create_resource_price_result import CreateResourcePriceResult
    from ..models.delete_billing_result import DeleteBillingResult
    from ..models.delete_price_table_result import DeletePriceTableResult
    from ..models.delete_resource_price_result import DeleteResourcePriceResult
    from ..models.detach_price_table_from_account_result import DetachPriceTableFromAccountResult
    from ..models.generate_account_billing_result import GenerateAccountBillingResult
    from ..models.get_account_price_table_ref_result import GetAccountPriceTableRefResult
    from ..models.price_inventory import PriceInventory
    from ..models.price_table_inventory import PriceTableInventory
    from ..models.query_account_billing_result import QueryAccountBillingResult
    from ..models.query_account_price_table_ref_result import QueryAccountPriceTableRefResult
    from ..models.query_price_table_result import QueryPriceTableResult
    from ..models.query_resource_price_result import QueryResourcePriceResult
    from ..models.update_price_table_result import UpdatePriceTableResult
    from ..models.update_resource_price_result import UpdateResourcePriceResult
    from ..models.validate_disk_offering_user_config_result import (
        ValidateDiskOfferingUserConfigResult,
    )
    from ..models.validate_instance_offering_user_config_result import (
        ValidateInstanceOfferingUserConfigResult,
    )
    from ..models.validate_price_user_config_result import ValidatePriceUserConfigResult

__all__ = ["AsyncBillingsApi", "BillingsApi"]


ATTACH_PRICE_TABLE_TO_ACCOUNT: Api[AttachPriceTableToAccountResult] = Api(
    "AttachPriceTableToAccount",
    "POST",
    "/billings/price-tables/{tableUuid}/accounts/{accountUuid}",
    params=(
        ("tableUuid", "path", "3.7.2"),
        ("accountUuid", "path", "3.7.2"),
        ("tagUuids", "body", "3.7.2"),
        ("systemTags", "root", "3.7.2"),
        ("userTags", "root", "3.7.2"),
    ),
    names=("table_uuid", "account_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("tableUuid", "accountUuid"),
    body_key="params",
    since="3.7.2",
    result=".models.attach_price_table_to_account_result:AttachPriceTableToAccountResult",
)

CALCULATE_ACCOUNT_BILLING_SPENDING: Api[CalculateAccountBillingSpendingResult] = Api(
    "CalculateAccountBillingSpending",
    "PUT",
    "/billings/accounts/{accountUuid}/actions",
    params=(
        ("accountUuid", "path", None),
        ("dateEnd", "body", None),
        ("dateStart", "body", None),
        ("resourceUuid", "body", None),
        ("simple", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "account_uuid",
        "date_end",
        "date_start",
        "resource_uuid",
        "simple",
        "system_tags",
        "user_tags",
    ),
    required=("accountUuid",),
    body_key="calculateAccountBillingSpending",
    since=None,
    result=".models.calculate_account_billing_spending_result:CalculateAccountBillingSpendingResult",
    checks=(
        ("dateEnd", "date_end", "minimum", 0),
        ("dateEnd", "date_end", "maximum", 9223372036854775807),
        ("dateStart", "date_start", "minimum", 0),
        ("dateStart", "date_start", "maximum", 9223372036854775807),
    ),
)

CALCULATE_ACCOUNT_SPENDING: Api[CalculateAccountSpendingResult] = Api(
    "CalculateAccountSpending",
    "PUT",
    "/billings/accounts/{accountUuid}/actions",
    params=(
        ("accountUuid", "path", "0.6"),
        ("dateEnd", "body", "0.6"),
        ("dateStart", "body", "0.6"),
        ("hypervisorType", "body", None),
        ("simple", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "account_uuid",
        "date_end",
        "date_start",
        "hypervisor_type",
        "simple",
        "system_tags",
        "user_tags",
    ),
    required=("accountUuid",),
    body_key="calculateAccountSpending",
    since="0.6",
    result=".models.calculate_account_spending_result:CalculateAccountSpendingResult",
    checks=(
        ("dateEnd", "date_end", "minimum", 0),
        ("dateEnd", "date_end", "maximum", 9223372036854775807),
        ("dateStart", "date_start", "minimum", 0),
        ("dateStart", "date_start", "maximum", 9223372036854775807),
        ("hypervisorType", "hypervisor_type", "enum", ("KVM", "Simulator", "ESX", "xdragon")),
    ),
)

CALCULATE_RESOURCE_SPENDING: Api[CalculateResourceSpendingResult] = Api(
    "CalculateResourceSpending",
    "PUT",
    "/billings/resources/actions",
    params=(
        ("dateEnd", "body", None),
        ("dateStart", "body", None),
        ("limit", "body", None),
        ("resourceType", "body", None),
        ("resourceUuid", "body", None),
        ("start", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "date_end",
        "date_start",
        "limit",
        "resource_type",
        "resource_uuid",
        "start",
        "system_tags",
        "user_tags",
    ),
    body_key="calculateResourceSpending",
    since=None,
    result=".models.calculate_resource_spending_result:CalculateResourceSpendingResult",
    checks=(
        (
            "dateEnd",
            "date_end",
            "pattern",
            "^(?:(\\d{4})([0-1]\\d)([0-3]\\d)\\s([0-5]\\d):([0-5]\\d):([0-5]\\d))$",
        ),
        (
            "dateStart",
            "date_start",
            "pattern",
            "^(?:(\\d{4})([0-1]\\d)([0-3]\\d)\\s([0-5]\\d):([0-5]\\d):([0-5]\\d))$",
        ),
        ("limit", "limit", "minimum", 1),
        ("limit", "limit", "maximum", 10000),
        (
            "resourceType",
            "resource_type",
            "enum",
            (
                "VM",
                "cpu",
                "memory",
                "rootVolume",
                "dataVolume",
                "snapShot",
                "gpu",
                "pubIpVipBandwidth",
                "pubIpVipBandwidthIn",
                "pubIpVipBandwidthOut",
                "pubIpVmNicBandwidth",
                "pubIpVmNicBandwidthIn",
                "pubIpVmNicBandwidthOut",
                "bareMetal2Instance",
                "all",
            ),
        ),
        ("start", "start", "minimum", 0),
        ("start", "start", "maximum", 9223372036854775807),
    ),
)

CHANGE_ACCOUNT_PRICE_TABLE_BINDING: Api[ChangeAccountPriceTableBindingResult] = Api(
    "ChangeAccountPriceTableBinding",
    "PUT",
    "/billings/price-tables/{tableUuid}/accounts/{accountUuid}",
    params=(
        ("tableUuid", "path", "3.7.2"),
        ("accountUuid", "path", "3.7.2"),
        ("resourceUuid", "body", "3.7.2"),
        ("tagUuids", "body", "3.7.2"),
        ("systemTags", "root", "3.7.2"),
        ("userTags", "root", "3.7.2"),
    ),
    names=("table_uuid", "account_uuid", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("tableUuid", "accountUuid"),
    body_key="changeAccountPriceTableBinding",
    since="3.7.2",
    result=".models.change_account_price_table_binding_result:ChangeAccountPriceTableBindingResult",
)

CLEANUP_BILLING_USAGE: Api[CleanupBillingUsageResult] = Api(
    "CleanupBillingUsage",
    "DELETE",
    "/billings/usage",
    params=(
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("delete_mode", "system_tags", "user_tags"),
    since=None,
    result=".models.cleanup_billing_usage_result:CleanupBillingUsageResult",
)

CREATE_PRICE_TABLE: Api[CreatePriceTableResult] = Api(
    "CreatePriceTable",
    "POST",
    "/billings/price-tables",
    params=(
        ("description", "body", "3.7.2"),
        ("name", "body", "3.7.2"),
        ("prices", "body", "3.7.2"),
        ("resourceUuid", "body", "3.7.2"),
        ("tagUuids", "body", "3.7.2"),
        ("systemTags", "root", "3.7.2"),
        ("userTags", "root", "3.7.2"),
    ),
    names=(
        "description",
        "name",
        "prices",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name", "prices"),
    body_key="params",
    since="3.7.2",
    result=".models.create_price_table_result:CreatePriceTableResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_RESOURCE_PRICE: Api[CreateResourcePriceResult] = Api(
    "CreateResourcePrice",
    "POST",
    "/billings/prices",
    params=(
        ("accountUuid", "body", "0.6"),
        ("dateInLong", "body", "0.6"),
        ("price", "body", "0.6"),
        ("resourceName", "body", "0.6"),
        ("resourceUnit", "body", "0.6"),
        ("resourceUuid", "body", None),
        ("tableUuid", "body", "3.7.2"),
        ("tagUuids", "body", None),
        ("timeUnit", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "account_uuid",
        "date_in_long",
        "price",
        "resource_name",
        "resource_unit",
        "resource_uuid",
        "table_uuid",
        "tag_uuids",
        "time_unit",
        "system_tags",
        "user_tags",
    ),
    required=("price", "resourceName", "timeUnit"),
    body_key="params",
    since="0.6",
    result=".models.create_resource_price_result:CreateResourcePriceResult",
    checks=(
        ("dateInLong", "date_in_long", "minimum", 0),
        ("dateInLong", "date_in_long", "maximum", 9223372036854775807),
        ("price", "price", "minimum", 0),
        ("price", "price", "maximum", 9223372036854775807),
        (
            "resourceName",
            "resource_name",
            "enum",
            (
                "cpu",
                "memory",
                "rootVolume",
                "dataVolume",
                "snapShot",
                "gpu",
                "pubIpVmNicBandwidthOut",
                "pubIpVmNicBandwidthIn",
                "pubIpVipBandwidthOut",
                "pubIpVipBandwidthIn",
                "bareMetal2Instance",
            ),
        ),
    ),
)

DELETE_BILLING: Api[DeleteBillingResult] = Api(
    "DeleteBilling",
    "DELETE",
    "/billings/billings",
    params=(
        ("accountUuid", "query", None),
        ("startTime", "query", None),
        ("endTime", "query", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("account_uuid", "start_time", "end_time", "delete_mode", "system_tags", "user_tags"),
    since=None,
    result=".models.delete_billing_result:DeleteBillingResult",
)

DELETE_PRICE_TABLE: Api[DeletePriceTableResult] = Api(
    "DeletePriceTable",
    "DELETE",
    "/billings/price-tables/{uuid}",
    params=(
        ("uuid", "path", "3.7.2"),
        ("systemTags", "query", "3.7.2"),
        ("userTags", "query", "3.7.2"),
        ("deleteMode", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags", "delete_mode"),
    required=("uuid",),
    since="3.7.2",
    result=".models.delete_price_table_result:DeletePriceTableResult",
)

DELETE_RESOURCE_PRICE: Api[DeleteResourcePriceResult] = Api(
    "DeleteResourcePrice",
    "DELETE",
    "/billings/prices/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
        ("cutoffPrice", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags", "cutoff_price"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_resource_price_result:DeleteResourcePriceResult",
)

DETACH_PRICE_TABLE_FROM_ACCOUNT: Api[DetachPriceTableFromAccountResult] = Api(
    "DetachPriceTableFromAccount",
    "DELETE",
    "/billings/price-tables/{tableUuid}/accounts/{accountUuid}",
    params=(
        ("tableUuid", "path", "3.7.2"),
        ("accountUuid", "path", "3.7.2"),
        ("tagUuids", "query", "3.7.2"),
        ("systemTags", "query", "3.7.2"),
        ("userTags", "query", "3.7.2"),
    ),
    names=("table_uuid", "account_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("tableUuid", "accountUuid"),
    since="3.7.2",
    result=".models.detach_price_table_from_account_result:DetachPriceTableFromAccountResult",
)

GENERATE_ACCOUNT_BILLING: Api[GenerateAccountBillingResult] = Api(
    "GenerateAccountBilling",
    "PUT",
    "/billings/accounts/{accountUuid}/actions",
    params=(
        ("accountUuid", "path", "3.7.2"),
        ("systemTags", "root", "3.7.2"),
        ("userTags", "root", "3.7.2"),
    ),
    names=("account_uuid", "system_tags", "user_tags"),
    required=("accountUuid",),
    body_key="generateAccountBilling",
    since="3.7.2",
    result=".models.generate_account_billing_result:GenerateAccountBillingResult",
)

GET_ACCOUNT_PRICE_TABLE_REF: Api[GetAccountPriceTableRefResult] = Api(
    "GetAccountPriceTableRef",
    "GET",
    "/billings/price-tables/refs",
    params=(
        ("tableUuid", "query", "3.7.2"),
        ("accountUuid", "query", "3.7.2"),
        ("systemTags", "query", "3.7.2"),
        ("userTags", "query", "3.7.2"),
    ),
    names=("table_uuid", "account_uuid", "system_tags", "user_tags"),
    since="3.7.2",
    result=".models.get_account_price_table_ref_result:GetAccountPriceTableRefResult",
)

QUERY_ACCOUNT_BILLING: Api[QueryAccountBillingResult] = Api(
    "QueryAccountBilling",
    "GET",
    "/billing/billings",
    params=(
        ("id", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("id", "system_tags", "user_tags"),
    since="3.7.0",
    result=".models.query_account_billing_result:QueryAccountBillingResult",
    query=True,
    alt_paths=("/billing/billings/{id}",),
)

QUERY_ACCOUNT_PRICE_TABLE_REF: Api[QueryAccountPriceTableRefResult] = Api(
    "QueryAccountPriceTableRef",
    "GET",
    "/accounts/price-tables/refs",
    params=(
        ("systemTags", "query", "3.7.2"),
        ("userTags", "query", "3.7.2"),
    ),
    names=("system_tags", "user_tags"),
    since="3.7.2",
    result=".models.query_account_price_table_ref_result:QueryAccountPriceTableRefResult",
    query=True,
)

QUERY_PRICE_TABLE: Api[QueryPriceTableResult] = Api(
    "QueryPriceTable",
    "GET",
    "/billings/price-tables",
    params=(
        ("systemTags", "query", "3.7.2"),
        ("userTags", "query", "3.7.2"),
    ),
    names=("system_tags", "user_tags"),
    since="3.7.2",
    result=".models.query_price_table_result:QueryPriceTableResult",
    query=True,
)

QUERY_RESOURCE_PRICE: Api[QueryResourcePriceResult] = Api(
    "QueryResourcePrice",
    "GET",
    "/billings/prices",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_resource_price_result:QueryResourcePriceResult",
    query=True,
    alt_paths=("/billing/prices/{uuid}",),
)

UPDATE_PRICE_TABLE: Api[UpdatePriceTableResult] = Api(
    "UpdatePriceTable",
    "PUT",
    "/billings/price-tables/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.2"),
        ("description", "body", "3.7.2"),
        ("name", "body", "3.7.2"),
        ("systemTags", "root", "3.7.2"),
        ("userTags", "root", "3.7.2"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updatePriceTable",
    since="3.7.2",
    result=".models.update_price_table_result:UpdatePriceTableResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_RESOURCE_PRICE: Api[UpdateResourcePriceResult] = Api(
    "UpdateResourcePrice",
    "PUT",
    "/billings/prices/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.2"),
        ("endDateInLong", "body", "3.7.2"),
        ("setEndDateInLongBaseOnCurrentTime", "body", "3.7.2"),
        ("systemTags", "root", "3.7.2"),
        ("userTags", "root", "3.7.2"),
    ),
    names=(
        "uuid",
        "end_date_in_long",
        "set_end_date_in_long_base_on_current_time",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateResourcePrice",
    since="3.7.2",
    result=".models.update_resource_price_result:UpdateResourcePriceResult",
)

VALIDATE_DISK_OFFERING_USER_CONFIG: Api[ValidateDiskOfferingUserConfigResult] = Api(
    "ValidateDiskOfferingUserConfig",
    "PUT",
    "/billings/accounts/actions",
    params=(
        ("config", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("config", "system_tags", "user_tags"),
    required=("config",),
    body_key="validateDiskOfferingUserConfig",
    since=None,
    result=".models.validate_disk_offering_user_config_result:ValidateDiskOfferingUserConfigResult",
    checks=(("config", "config", "minLength", 1),),
)

VALIDATE_INSTANCE_OFFERING_USER_CONFIG: Api[ValidateInstanceOfferingUserConfigResult] = Api(
    "ValidateInstanceOfferingUserConfig",
    "PUT",
    "/billings/accounts/actions",
    params=(
        ("config", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("config", "system_tags", "user_tags"),
    required=("config",),
    body_key="validateInstanceOfferingUserConfig",
    since=None,
    result=".models.validate_instance_offering_user_config_result:ValidateInstanceOfferingUserConfigResult",
    checks=(("config", "config", "minLength", 1),),
)

VALIDATE_PRICE_USER_CONFIG: Api[ValidatePriceUserConfigResult] = Api(
    "ValidatePriceUserConfig",
    "PUT",
    "/billings/accounts/actions",
    params=(
        ("config", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("config", "system_tags", "user_tags"),
    required=("config",),
    body_key="validatePriceUserConfig",
    since=None,
    result=".models.validate_price_user_config_result:ValidatePriceUserConfigResult",
)


class BillingsApi(SyncNamespace):
    """billings: 23 APIs (AttachPriceTableToAccount, CalculateAccountBillingSpending, CalculateAccountSpending, ...)."""

    __slots__ = ()

    def attach_price_table_to_account(
        self,
        *,
        table_uuid: str,
        account_uuid: str,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPriceTableToAccountResult:
        """为账户/项目指定计费价目 (AttachPriceTableToAccount).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            table_uuid: 价目表UUID (since 3.7.2)
            account_uuid: 账户UUID (since 3.7.2)
            tag_uuids: 标签UUID列表 (since 3.7.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_PRICE_TABLE_TO_ACCOUNT,
            {
                "tableUuid": table_uuid,
                "accountUuid": account_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def calculate_account_billing_spending(
        self,
        *,
        account_uuid: str,
        date_end: int | None = None,
        date_start: int | None = None,
        resource_uuid: str | None = None,
        simple: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CalculateAccountBillingSpendingResult:
        """Calculate account billing spending (CalculateAccountBillingSpending).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CalculateAccountBillingSpendingAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            account_uuid: accountUuid
            date_end: dateEnd (minimum 0; maximum 9223372036854775807)
            date_start: dateStart (minimum 0; maximum 9223372036854775807)
            resource_uuid: resourceUuid
            simple: simple
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CALCULATE_ACCOUNT_BILLING_SPENDING,
            {
                "accountUuid": account_uuid,
                "dateEnd": date_end,
                "dateStart": date_start,
                "resourceUuid": resource_uuid,
                "simple": simple,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def calculate_account_spending(
        self,
        *,
        account_uuid: str,
        date_end: int | None = None,
        date_start: int | None = None,
        hypervisor_type: Literal["KVM", "Simulator", "ESX", "xdragon"] | None = None,
        simple: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CalculateAccountSpendingResult:
        """计算账户花费 (CalculateAccountSpending).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            account_uuid: 账户UUID (since 0.6)
            date_end: 结束日期 (since 0.6; minimum 0; maximum 9223372036854775807)
            date_start: 起始日期 (since 0.6; minimum 0; maximum 9223372036854775807)
            hypervisor_type: hypervisorType (enum {'KVM', 'Simulator', 'ESX', 'xdragon'})
            simple: simple
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CALCULATE_ACCOUNT_SPENDING,
            {
                "accountUuid": account_uuid,
                "dateEnd": date_end,
                "dateStart": date_start,
                "hypervisorType": hypervisor_type,
                "simple": simple,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def calculate_resource_spending(
        self,
        *,
        date_end: str | None = None,
        date_start: str | None = None,
        limit: int | None = None,
        resource_type: Literal[
            "VM",
            "cpu",
            "memory",
            "rootVolume",
            "dataVolume",
            "snapShot",
            "gpu",
            "pubIpVipBandwidth",
            "pubIpVipBandwidthIn",
            "pubIpVipBandwidthOut",
            "pubIpVmNicBandwidth",
            "pubIpVmNicBandwidthIn",
            "pubIpVmNicBandwidthOut",
            "bareMetal2Instance",
            "all",
        ]
        | None = None,
        resource_uuid: str | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CalculateResourceSpendingResult:
        """Calculate resource spending (CalculateResourceSpending).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CalculateResourceSpendingAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            date_end: dateEnd (pattern ^(?:(\\d{4})([0-1]\\d)([0-3]\\d)\\s([0-5]\\d):([0-5]\\d):([0-5]\\d))$)
            date_start: dateStart (pattern ^(?:(\\d{4})([0-1]\\d)([0-3]\\d)\\s([0-5]\\d):([0-5]\\d):([0-5]\\d))$)
            limit: limit (minimum 1; maximum 10000)
            resource_type: resourceType (enum {'VM', 'cpu', 'memory', 'rootVolume', 'dataVolume', 'snapShot', 'gpu', 'pubIpVipBandwidth', ...})
            resource_uuid: resourceUuid
            start: start (minimum 0; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CALCULATE_RESOURCE_SPENDING,
            {
                "dateEnd": date_end,
                "dateStart": date_start,
                "limit": limit,
                "resourceType": resource_type,
                "resourceUuid": resource_uuid,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_account_price_table_binding(
        self,
        *,
        table_uuid: str,
        account_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAccountPriceTableBindingResult:
        """修改账户/项目计费价目 (ChangeAccountPriceTableBinding).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            table_uuid: 价目表UUID (since 3.7.2)
            account_uuid: 账户UUID (since 3.7.2)
            resource_uuid: resourceUuid (since 3.7.2)
            tag_uuids: 标签UUID列表 (since 3.7.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_ACCOUNT_PRICE_TABLE_BINDING,
            {
                "tableUuid": table_uuid,
                "accountUuid": account_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def cleanup_billing_usage(
        self,
        *,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanupBillingUsageResult:
        """Cleanup billing usage (CleanupBillingUsage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CleanupBillingUsageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CLEANUP_BILLING_USAGE,
            {
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_price_table(
        self,
        *,
        name: str,
        prices: Sequence[Any],
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePriceTableResult:
        """创建计费价目 (CreatePriceTable).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 价目表的详细描述 (since 3.7.2; maxLength 2048)
            name: 价目表名称 (since 3.7.2; maxLength 255)
            prices: prices (since 3.7.2)
            resource_uuid: 价目表UUID (since 3.7.2)
            tag_uuids: 标签UUID列表 (since 3.7.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_PRICE_TABLE,
            {
                "description": description,
                "name": name,
                "prices": prices,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_resource_price(
        self,
        *,
        price: float,
        resource_name: Literal[
            "cpu",
            "memory",
            "rootVolume",
            "dataVolume",
            "snapShot",
            "gpu",
            "pubIpVmNicBandwidthOut",
            "pubIpVmNicBandwidthIn",
            "pubIpVipBandwidthOut",
            "pubIpVipBandwidthIn",
            "bareMetal2Instance",
        ],
        time_unit: str,
        account_uuid: str | None = None,
        date_in_long: int | None = None,
        resource_unit: str | None = None,
        resource_uuid: str | None = None,
        table_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateResourcePriceResult:
        """创建资源价格 (CreateResourcePrice).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuid: 账户UUID (since 0.6)
            date_in_long: 长整型时刻 (since 0.6; minimum 0; maximum 9223372036854775807)
            price: 单位价格 (since 0.6; minimum 0; maximum 9223372036854775807)
            resource_name: 资源名称 (since 0.6; enum {'cpu', 'memory', 'rootVolume', 'dataVolume', 'snapShot', 'gpu', 'pubIpVmNicBandwidthOut', 'pubIpVmNicBandwidthIn', ...})
            resource_unit: 资源计费单元 (since 0.6)
            resource_uuid: resourceUuid
            table_uuid: 价目表UUID (since 3.7.2)
            tag_uuids: tagUuids
            time_unit: 计费时间单元 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_RESOURCE_PRICE,
            {
                "accountUuid": account_uuid,
                "dateInLong": date_in_long,
                "price": price,
                "resourceName": resource_name,
                "resourceUnit": resource_unit,
                "resourceUuid": resource_uuid,
                "tableUuid": table_uuid,
                "tagUuids": tag_uuids,
                "timeUnit": time_unit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_billing(
        self,
        *,
        account_uuid: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBillingResult:
        """Delete billing (DeleteBilling).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteBillingAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            account_uuid: accountUuid
            start_time: startTime
            end_time: endTime
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_BILLING,
            {
                "accountUuid": account_uuid,
                "startTime": start_time,
                "endTime": end_time,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_price_table(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeletePriceTableResult:
        """删除计费价目 (DeletePriceTable).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 价目表UUID (since 3.7.2)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_PRICE_TABLE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    def delete_resource_price(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        cutoff_price: bool | None = None,
        job_uuid: str | None = None,
    ) -> DeleteResourcePriceResult:
        """删除资源价格 (DeleteResourcePrice).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            cutoff_price: cutoffPrice
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_RESOURCE_PRICE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
                "cutoffPrice": cutoff_price,
            },
            job_uuid,
        )

    def detach_price_table_from_account(
        self,
        *,
        table_uuid: str,
        account_uuid: str,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPriceTableFromAccountResult:
        """取消账户/项目关联的计费价目 (DetachPriceTableFromAccount).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            table_uuid: 价目表UUID (since 3.7.2)
            account_uuid: 账户UUID (since 3.7.2)
            tag_uuids: 标签UUID列表 (since 3.7.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_PRICE_TABLE_FROM_ACCOUNT,
            {
                "tableUuid": table_uuid,
                "accountUuid": account_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def generate_account_billing(
        self,
        *,
        account_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GenerateAccountBillingResult:
        """生成账单 (GenerateAccountBilling).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuid: 账户UUID (since 3.7.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GENERATE_ACCOUNT_BILLING,
            {
                "accountUuid": account_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_account_price_table_ref(
        self,
        *,
        table_uuid: str | None = None,
        account_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAccountPriceTableRefResult:
        """获得项目/账户使用的计费价目 (GetAccountPriceTableRef).

        Since ZStack 3.7.2. Synchronous (a 202 is still followed).

        Args:
            table_uuid: 价目表UUID (since 3.7.2)
            account_uuid: 账户UUID (since 3.7.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ACCOUNT_PRICE_TABLE_REF,
            {
                "tableUuid": table_uuid,
                "accountUuid": account_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_account_billing(
        self,
        *,
        id: str | None = None,
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
    ) -> QueryAccountBillingResult:
        """查询账户账单 (QueryAccountBilling).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            id: id (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ACCOUNT_BILLING,
            {
                "id": id,
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

    def query_account_billing_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BillingInventory]:
        """Every result of ``query_account_billing``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCOUNT_BILLING,
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

    def query_account_price_table_ref(
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
    ) -> QueryAccountPriceTableRefResult:
        """查询账户/项目与计费价目的关联关系 (QueryAccountPriceTableRef).

        Since ZStack 3.7.2. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ACCOUNT_PRICE_TABLE_REF,
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

    def query_account_price_table_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AccountPriceTableRefInventory]:
        """Every result of ``query_account_price_table_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCOUNT_PRICE_TABLE_REF,
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

    def query_price_table(
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
    ) -> QueryPriceTableResult:
        """查询计费价目 (QueryPriceTable).

        Since ZStack 3.7.2. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PRICE_TABLE,
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

    def query_price_table_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PriceTableInventory]:
        """Every result of ``query_price_table``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PRICE_TABLE,
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

    def query_resource_price(
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
    ) -> QueryResourcePriceResult:
        """查询资源价格 (QueryResourcePrice).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_RESOURCE_PRICE,
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

    def query_resource_price_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PriceInventory]:
        """Every result of ``query_resource_price``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_RESOURCE_PRICE,
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

    def update_price_table(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePriceTableResult:
        """修改计费价目 (UpdatePriceTable).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 价目表UUID (since 3.7.2)
            description: 价目表描述 (since 3.7.2; maxLength 2048)
            name: 价目表名称 (since 3.7.2; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_PRICE_TABLE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_resource_price(
        self,
        *,
        uuid: str,
        end_date_in_long: int | None = None,
        set_end_date_in_long_base_on_current_time: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateResourcePriceResult:
        """修改资源价格 (UpdateResourcePrice).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源价格UUID (since 3.7.2)
            end_date_in_long: 资源价格生效截止时间 (since 3.7.2)
            set_end_date_in_long_base_on_current_time: 设置资源价格生效截止时间为当前时间 (since 3.7.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_RESOURCE_PRICE,
            {
                "uuid": uuid,
                "endDateInLong": end_date_in_long,
                "setEndDateInLongBaseOnCurrentTime": set_end_date_in_long_base_on_current_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def validate_disk_offering_user_config(
        self,
        *,
        config: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateDiskOfferingUserConfigResult:
        """Validate disk offering user config (ValidateDiskOfferingUserConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ValidateDiskOfferingUserConfigAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            config: config (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_DISK_OFFERING_USER_CONFIG,
            {
                "config": config,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def validate_instance_offering_user_config(
        self,
        *,
        config: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateInstanceOfferingUserConfigResult:
        """Validate instance offering user config (ValidateInstanceOfferingUserConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ValidateInstanceOfferingUserConfigAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            config: config (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_INSTANCE_OFFERING_USER_CONFIG,
            {
                "config": config,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def validate_price_user_config(
        self,
        *,
        config: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidatePriceUserConfigResult:
        """Validate price user config (ValidatePriceUserConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ValidatePriceUserConfigAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            config: config
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_PRICE_USER_CONFIG,
            {
                "config": config,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncBillingsApi(AsyncNamespace):
    """billings: 23 APIs (AttachPriceTableToAccount, CalculateAccountBillingSpending, CalculateAccountSpending, ...). (asyncio)"""

    __slots__ = ()

    async def attach_price_table_to_account(
        self,
        *,
        table_uuid: str,
        account_uuid: str,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPriceTableToAccountResult:
        """为账户/项目指定计费价目 (AttachPriceTableToAccount).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            table_uuid: 价目表UUID (since 3.7.2)
            account_uuid: 账户UUID (since 3.7.2)
            tag_uuids: 标签UUID列表 (since 3.7.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_PRICE_TABLE_TO_ACCOUNT,
            {
                "tableUuid": table_uuid,
                "accountUuid": account_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def calculate_account_billing_spending(
        self,
        *,
        account_uuid: str,
        date_end: int | None = None,
        date_start: int | None = None,
        resource_uuid: str | None = None,
        simple: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CalculateAccountBillingSpendingResult:
        """Calculate account billing spending (CalculateAccountBillingSpending).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CalculateAccountBillingSpendingAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            account_uuid: accountUuid
            date_end: dateEnd (minimum 0; maximum 9223372036854775807)
            date_start: dateStart (minimum 0; maximum 9223372036854775807)
            resource_uuid: resourceUuid
            simple: simple
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CALCULATE_ACCOUNT_BILLING_SPENDING,
            {
                "accountUuid": account_uuid,
                "dateEnd": date_end,
                "dateStart": date_start,
                "resourceUuid": resource_uuid,
                "simple": simple,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def calculate_account_spending(
        self,
        *,
        account_uuid: str,
        date_end: int | None = None,
        date_start: int | None = None,
        hypervisor_type: Literal["KVM", "Simulator", "ESX", "xdragon"] | None = None,
        simple: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CalculateAccountSpendingResult:
        """计算账户花费 (CalculateAccountSpending).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            account_uuid: 账户UUID (since 0.6)
            date_end: 结束日期 (since 0.6; minimum 0; maximum 9223372036854775807)
            date_start: 起始日期 (since 0.6; minimum 0; maximum 9223372036854775807)
            hypervisor_type: hypervisorType (enum {'KVM', 'Simulator', 'ESX', 'xdragon'})
            simple: simple
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CALCULATE_ACCOUNT_SPENDING,
            {
                "accountUuid": account_uuid,
                "dateEnd": date_end,
                "dateStart": date_start,
                "hypervisorType": hypervisor_type,
                "simple": simple,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def calculate_resource_spending(
        self,
        *,
        date_end: str | None = None,
        date_start: str | None = None,
        limit: int | None = None,
        resource_type: Literal[
            "VM",
            "cpu",
            "memory",
            "rootVolume",
            "dataVolume",
            "snapShot",
            "gpu",
            "pubIpVipBandwidth",
            "pubIpVipBandwidthIn",
            "pubIpVipBandwidthOut",
            "pubIpVmNicBandwidth",
            "pubIpVmNicBandwidthIn",
            "pubIpVmNicBandwidthOut",
            "bareMetal2Instance",
            "all",
        ]
        | None = None,
        resource_uuid: str | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CalculateResourceSpendingResult:
        """Calculate resource spending (CalculateResourceSpending).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CalculateResourceSpendingAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            date_end: dateEnd (pattern ^(?:(\\d{4})([0-1]\\d)([0-3]\\d)\\s([0-5]\\d):([0-5]\\d):([0-5]\\d))$)
            date_start: dateStart (pattern ^(?:(\\d{4})([0-1]\\d)([0-3]\\d)\\s([0-5]\\d):([0-5]\\d):([0-5]\\d))$)
            limit: limit (minimum 1; maximum 10000)
            resource_type: resourceType (enum {'VM', 'cpu', 'memory', 'rootVolume', 'dataVolume', 'snapShot', 'gpu', 'pubIpVipBandwidth', ...})
            resource_uuid: resourceUuid
            start: start (minimum 0; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CALCULATE_RESOURCE_SPENDING,
            {
                "dateEnd": date_end,
                "dateStart": date_start,
                "limit": limit,
                "resourceType": resource_type,
                "resourceUuid": resource_uuid,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_account_price_table_binding(
        self,
        *,
        table_uuid: str,
        account_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAccountPriceTableBindingResult:
        """修改账户/项目计费价目 (ChangeAccountPriceTableBinding).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            table_uuid: 价目表UUID (since 3.7.2)
            account_uuid: 账户UUID (since 3.7.2)
            resource_uuid: resourceUuid (since 3.7.2)
            tag_uuids: 标签UUID列表 (since 3.7.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_ACCOUNT_PRICE_TABLE_BINDING,
            {
                "tableUuid": table_uuid,
                "accountUuid": account_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def cleanup_billing_usage(
        self,
        *,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanupBillingUsageResult:
        """Cleanup billing usage (CleanupBillingUsage).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CleanupBillingUsageAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CLEANUP_BILLING_USAGE,
            {
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_price_table(
        self,
        *,
        name: str,
        prices: Sequence[Any],
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePriceTableResult:
        """创建计费价目 (CreatePriceTable).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 价目表的详细描述 (since 3.7.2; maxLength 2048)
            name: 价目表名称 (since 3.7.2; maxLength 255)
            prices: prices (since 3.7.2)
            resource_uuid: 价目表UUID (since 3.7.2)
            tag_uuids: 标签UUID列表 (since 3.7.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_PRICE_TABLE,
            {
                "description": description,
                "name": name,
                "prices": prices,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_resource_price(
        self,
        *,
        price: float,
        resource_name: Literal[
            "cpu",
            "memory",
            "rootVolume",
            "dataVolume",
            "snapShot",
            "gpu",
            "pubIpVmNicBandwidthOut",
            "pubIpVmNicBandwidthIn",
            "pubIpVipBandwidthOut",
            "pubIpVipBandwidthIn",
            "bareMetal2Instance",
        ],
        time_unit: str,
        account_uuid: str | None = None,
        date_in_long: int | None = None,
        resource_unit: str | None = None,
        resource_uuid: str | None = None,
        table_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateResourcePriceResult:
        """创建资源价格 (CreateResourcePrice).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuid: 账户UUID (since 0.6)
            date_in_long: 长整型时刻 (since 0.6; minimum 0; maximum 9223372036854775807)
            price: 单位价格 (since 0.6; minimum 0; maximum 9223372036854775807)
            resource_name: 资源名称 (since 0.6; enum {'cpu', 'memory', 'rootVolume', 'dataVolume', 'snapShot', 'gpu', 'pubIpVmNicBandwidthOut', 'pubIpVmNicBandwidthIn', ...})
            resource_unit: 资源计费单元 (since 0.6)
            resource_uuid: resourceUuid
            table_uuid: 价目表UUID (since 3.7.2)
            tag_uuids: tagUuids
            time_unit: 计费时间单元 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_RESOURCE_PRICE,
            {
                "accountUuid": account_uuid,
                "dateInLong": date_in_long,
                "price": price,
                "resourceName": resource_name,
                "resourceUnit": resource_unit,
                "resourceUuid": resource_uuid,
                "tableUuid": table_uuid,
                "tagUuids": tag_uuids,
                "timeUnit": time_unit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_billing(
        self,
        *,
        account_uuid: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBillingResult:
        """Delete billing (DeleteBilling).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteBillingAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            account_uuid: accountUuid
            start_time: startTime
            end_time: endTime
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_BILLING,
            {
                "accountUuid": account_uuid,
                "startTime": start_time,
                "endTime": end_time,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_price_table(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeletePriceTableResult:
        """删除计费价目 (DeletePriceTable).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 价目表UUID (since 3.7.2)
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_PRICE_TABLE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    async def delete_resource_price(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        cutoff_price: bool | None = None,
        job_uuid: str | None = None,
    ) -> DeleteResourcePriceResult:
        """删除资源价格 (DeleteResourcePrice).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            cutoff_price: cutoffPrice
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_RESOURCE_PRICE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
                "cutoffPrice": cutoff_price,
            },
            job_uuid,
        )

    async def detach_price_table_from_account(
        self,
        *,
        table_uuid: str,
        account_uuid: str,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPriceTableFromAccountResult:
        """取消账户/项目关联的计费价目 (DetachPriceTableFromAccount).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            table_uuid: 价目表UUID (since 3.7.2)
            account_uuid: 账户UUID (since 3.7.2)
            tag_uuids: 标签UUID列表 (since 3.7.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_PRICE_TABLE_FROM_ACCOUNT,
            {
                "tableUuid": table_uuid,
                "accountUuid": account_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def generate_account_billing(
        self,
        *,
        account_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GenerateAccountBillingResult:
        """生成账单 (GenerateAccountBilling).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuid: 账户UUID (since 3.7.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GENERATE_ACCOUNT_BILLING,
            {
                "accountUuid": account_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_account_price_table_ref(
        self,
        *,
        table_uuid: str | None = None,
        account_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAccountPriceTableRefResult:
        """获得项目/账户使用的计费价目 (GetAccountPriceTableRef).

        Since ZStack 3.7.2. Synchronous (a 202 is still followed).

        Args:
            table_uuid: 价目表UUID (since 3.7.2)
            account_uuid: 账户UUID (since 3.7.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ACCOUNT_PRICE_TABLE_REF,
            {
                "tableUuid": table_uuid,
                "accountUuid": account_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_account_billing(
        self,
        *,
        id: str | None = None,
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
    ) -> QueryAccountBillingResult:
        """查询账户账单 (QueryAccountBilling).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            id: id (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ACCOUNT_BILLING,
            {
                "id": id,
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

    def query_account_billing_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BillingInventory]:
        """Every result of ``query_account_billing``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCOUNT_BILLING,
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

    async def query_account_price_table_ref(
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
    ) -> QueryAccountPriceTableRefResult:
        """查询账户/项目与计费价目的关联关系 (QueryAccountPriceTableRef).

        Since ZStack 3.7.2. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ACCOUNT_PRICE_TABLE_REF,
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

    def query_account_price_table_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AccountPriceTableRefInventory]:
        """Every result of ``query_account_price_table_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCOUNT_PRICE_TABLE_REF,
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

    async def query_price_table(
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
    ) -> QueryPriceTableResult:
        """查询计费价目 (QueryPriceTable).

        Since ZStack 3.7.2. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PRICE_TABLE,
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

    def query_price_table_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PriceTableInventory]:
        """Every result of ``query_price_table``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PRICE_TABLE,
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

    async def query_resource_price(
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
    ) -> QueryResourcePriceResult:
        """查询资源价格 (QueryResourcePrice).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_RESOURCE_PRICE,
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

    def query_resource_price_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PriceInventory]:
        """Every result of ``query_resource_price``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_RESOURCE_PRICE,
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

    async def update_price_table(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePriceTableResult:
        """修改计费价目 (UpdatePriceTable).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 价目表UUID (since 3.7.2)
            description: 价目表描述 (since 3.7.2; maxLength 2048)
            name: 价目表名称 (since 3.7.2; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_PRICE_TABLE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_resource_price(
        self,
        *,
        uuid: str,
        end_date_in_long: int | None = None,
        set_end_date_in_long_base_on_current_time: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateResourcePriceResult:
        """修改资源价格 (UpdateResourcePrice).

        Since ZStack 3.7.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源价格UUID (since 3.7.2)
            end_date_in_long: 资源价格生效截止时间 (since 3.7.2)
            set_end_date_in_long_base_on_current_time: 设置资源价格生效截止时间为当前时间 (since 3.7.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_RESOURCE_PRICE,
            {
                "uuid": uuid,
                "endDateInLong": end_date_in_long,
                "setEndDateInLongBaseOnCurrentTime": set_end_date_in_long_base_on_current_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def validate_disk_offering_user_config(
        self,
        *,
        config: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateDiskOfferingUserConfigResult:
        """Validate disk offering user config (ValidateDiskOfferingUserConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ValidateDiskOfferingUserConfigAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            config: config (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_DISK_OFFERING_USER_CONFIG,
            {
                "config": config,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def validate_instance_offering_user_config(
        self,
        *,
        config: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateInstanceOfferingUserConfigResult:
        """Validate instance offering user config (ValidateInstanceOfferingUserConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ValidateInstanceOfferingUserConfigAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            config: config (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_INSTANCE_OFFERING_USER_CONFIG,
            {
                "config": config,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def validate_price_user_config(
        self,
        *,
        config: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidatePriceUserConfigResult:
        """Validate price user config (ValidatePriceUserConfig).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ValidatePriceUserConfigAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            config: config
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_PRICE_USER_CONFIG,
            {
                "config": config,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
