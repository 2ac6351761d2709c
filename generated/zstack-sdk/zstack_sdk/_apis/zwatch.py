"""``client.zwatch``: 70 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.ack_alarm_data_result import AckAlarmDataResult
    from ..models.ack_event_data_result import AckEventDataResult
    from ..models.add_action_to_alarm_result import AddActionToAlarmResult
    from ..models.add_action_to_event_subscription_result import AddActionToEventSubscriptionResult
    from ..models.add_event_rule_template_result import AddEventRuleTemplateResult
    from ..models.add_instance_to_monitor_group_result import AddInstanceToMonitorGroupResult
    from ..models.add_label_to_alarm_result import AddLabelToAlarmResult
    from ..models.add_label_to_event_subscription_result import AddLabelToEventSubscriptionResult
    from ..models.add_metric_rule_template_result import AddMetricRuleTemplateResult
    from ..models.add_thirdparty_platform_result import AddThirdpartyPlatformResult
    from ..models.alarm_inventory import AlarmInventory
    from ..models.apply_monitor_template_to_monitor_group_result import (
        ApplyMonitorTemplateToMonitorGroupResult,
    )
    from ..models.change_active_alarm_state_result import ChangeActiveAlarmStateResult
    from ..models.change_alarm_state_result import ChangeAlarmStateResult
    from ..models.change_event_subscription_state_result import ChangeEventSubscriptionStateResult
    from ..models.clone_monitor_template_result import CloneMonitorTemplateResult
    from ..models.create_alarm_result import CreateAlarmResult
    from ..models.create_metric_data_http_receiver_result import CreateMetricDataHttpReceiverResult
    from ..models.create_metric_template_result import CreateMetricTemplateResult
    from ..models.create_monitor_group_result import CreateMonitorGroupResult
    from ..models.create_monitor_template_result import CreateMonitorTemplateResult
    from ..models.delete_alarm_result import DeleteAlarmResult
    from ..models.delete_event_rule_template_result import DeleteEventRuleTemplateResult
    from ..models.delete_metric_data_http_receiver_result import DeleteMetricDataHttpReceiverResult
    from ..models.delete_metric_data_result import DeleteMetricDataResult
    from ..models.delete_metric_rule_template_result import DeleteMetricRuleTemplateResult
    from ..models.delete_metric_template_result import DeleteMetricTemplateResult
    from ..models.delete_monitor_group_result import DeleteMonitorGroupResult
    from ..models.delete_monitor_template_result import DeleteMonitorTemplateResult
    from ..models.delete_thirdparty_platform_result import DeleteThirdpartyPlatformResult
    from ..models.get_active_alarm_status_result import GetActiveAlarmStatusResult
    from ..models.get_alarm_data_result import GetAlarmDataResult
    from ..models.get_text_template_arg_result import GetTextTemplateArgResult
    from ..models.get_z_watch_alert_histogram_result import GetZWatchAlertHistogramResult
    from ..models.query_active_alarm_result import QueryActiveAlarmResult
    from ..models.query_active_alarm_template_result import QueryActiveAlarmTemplateResult
    from ..models.query_alarm_record_result import QueryAlarmRecordResult
    from ..models.query_alarm_result import QueryAlarmResult
    from ..models.query_alert_data_ack_result import QueryAlertDataAckResult
    from ..models.query_audit_result import QueryAuditResult
    from ..models.query_event_rule_template_result import QueryEventRuleTemplateResult
    from ..models.query_metric_data_http_receiver_result import QueryMetricDataHttpReceiverResult
    from ..models.query_metric_rule_template_result import QueryMetricRuleTemplateResult
    from ..models.query_metric_template_result import QueryMetricTemplateResult
    from ..models.query_monitor_group_alarm_result import QueryMonitorGroupAlarmResult
    from ..models.query_monitor_group_event_subscription_result import (
        QueryMonitorGroupEventSubscriptionResult,
    )
    from ..models.query_monitor_group_instance_result import QueryMonitorGroupInstanceResult
    from ..models.query_monitor_group_result import QueryMonitorGroupResult
    from ..models.query_monitor_group_template_ref_result import QueryMonitorGroupTemplateRefResult
    from ..models.query_monitor_template_result import QueryMonitorTemplateResult
    from ..models.query_sns_endpoint_thirdparty_alert_history_result import (
        QuerySNSEndpointThirdpartyAlertHistoryResult,
    )
    from ..models.query_thirdparty_alert_result import QueryThirdpartyAlertResult
    from ..models.query_thirdparty_platform_result import QueryThirdpartyPlatformResult
    from ..models.remove_action_from_alarm_result import RemoveActionFromAlarmResult
    from ..models.remove_action_from_event_subscription_result import (
        RemoveActionFromEventSubscriptionResult,
    )
    from ..models.remove_instance_from_monitor_group_result import (
        RemoveInstanceFromMonitorGroupResult,
    )
    from ..models.remove_label_from_alarm_result import RemoveLabelFromAlarmResult
    from ..models.remove_label_from_event_subscription_result import (
        RemoveLabelFromEventSubscriptionResult,
    )
    from ..models.revoke_monitor_template_from_monitor_group_result import (
        RevokeMonitorTemplateFromMonitorGroupResult,
    )
    from ..models.update_active_alarm_template_result import UpdateActiveAlarmTemplateResult
    from ..models.update_alarm_data_result import UpdateAlarmDataResult
    from ..models.update_alarm_label_result import UpdateAlarmLabelResult
    from ..models.update_alarm_result import UpdateAlarmResult
    from ..models.update_alert_data_ack_result import UpdateAlertDataAckResult
    from ..models.update_event_rule_template_result import UpdateEventRuleTemplateResult
    from ..models.update_metric_rule_template_result import UpdateMetricRuleTemplateResult
    from ..models.update_monitor_group_result import UpdateMonitorGroupResult
    from ..models.update_monitor_template_result import UpdateMonitorTemplateResult
    from ..models.update_subscribe_event_result import UpdateSubscribeEventResult
    from ..models.update_thirdparty_alerts_result import UpdateThirdpartyAlertsResult
    from ..models.update_thirdparty_platform_result import UpdateThirdpartyPlatformResult

__all__ = ["AsyncZwatchApi", "ZwatchApi"]


ACK_ALARM_DATA: Api[AckAlarmDataResult] = Api(
    "AckAlarmData",
    "POST",
    "/zwatch/alarm-histories/acknowledgments",
    params=(
        ("ackPeriodSec", "body", None),
        ("alarmUuid", "body", None),
        ("alertDataUuid", "body", None),
        ("dataType", "body", None),
        ("resourceUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "ack_period_sec",
        "alarm_uuid",
        "alert_data_uuid",
        "data_type",
        "resource_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("ackPeriodSec", "alarmUuid", "alertDataUuid", "dataType"),
    body_key="params",
    since=None,
    result=".models.ack_alarm_data_result:AckAlarmDataResult",
    checks=(
        ("alarmUuid", "alarm_uuid", "maxLength", 32),
        ("alertDataUuid", "alert_data_uuid", "maxLength", 32),
        ("dataType", "data_type", "maxLength", 32),
        ("dataType", "data_type", "enum", ("alarm", "event")),
    ),
)

ACK_EVENT_DATA: Api[AckEventDataResult] = Api(
    "AckEventData",
    "POST",
    "/zwatch/event-histories/acknowledgments",
    params=(
        ("ackPeriodSec", "body", None),
        ("alertDataUuid", "body", None),
        ("dataType", "body", None),
        ("eventSubscriptionUuid", "body", None),
        ("resourceUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "ack_period_sec",
        "alert_data_uuid",
        "data_type",
        "event_subscription_uuid",
        "resource_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("ackPeriodSec", "alertDataUuid", "dataType", "eventSubscriptionUuid"),
    body_key="params",
    since=None,
    result=".models.ack_event_data_result:AckEventDataResult",
    checks=(
        ("alertDataUuid", "alert_data_uuid", "maxLength", 32),
        ("dataType", "data_type", "maxLength", 32),
        ("dataType", "data_type", "enum", ("alarm", "event")),
        ("eventSubscriptionUuid", "event_subscription_uuid", "maxLength", 32),
    ),
)

ADD_ACTION_TO_ALARM: Api[AddActionToAlarmResult] = Api(
    "AddActionToAlarm",
    "POST",
    "/zwatch/alarms/{alarmUuid}/actions",
    params=(
        ("alarmUuid", "path", "2.3"),
        ("actionType", "body", "2.3"),
        ("actionUuid", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("alarm_uuid", "action_type", "action_uuid", "system_tags", "user_tags"),
    required=("alarmUuid", "actionType", "actionUuid"),
    body_key="params",
    since="2.3",
    result=".models.add_action_to_alarm_result:AddActionToAlarmResult",
)

ADD_ACTION_TO_EVENT_SUBSCRIPTION: Api[AddActionToEventSubscriptionResult] = Api(
    "AddActionToEventSubscription",
    "POST",
    "/zwatch/events/subscriptions/{subscriptionUuid}/actions",
    params=(
        ("subscriptionUuid", "path", None),
        ("actionType", "body", None),
        ("actionUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("subscription_uuid", "action_type", "action_uuid", "system_tags", "user_tags"),
    required=("subscriptionUuid", "actionType", "actionUuid"),
    body_key="params",
    since=None,
    result=".models.add_action_to_event_subscription_result:AddActionToEventSubscriptionResult",
)

ADD_EVENT_RULE_TEMPLATE: Api[AddEventRuleTemplateResult] = Api(
    "AddEventRuleTemplate",
    "POST",
    "/zwatch/monitortemplates/evenrules",
    params=(
        ("emergencyLevel", "body", None),
        ("eventName", "body", None),
        ("labels", "body", None),
        ("monitorTemplateUuid", "body", None),
        ("name", "body", None),
        ("namespace", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "emergency_level",
        "event_name",
        "labels",
        "monitor_template_uuid",
        "name",
        "namespace",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("eventName", "monitorTemplateUuid", "name", "namespace"),
    body_key="params",
    since=None,
    result=".models.add_event_rule_template_result:AddEventRuleTemplateResult",
    checks=(
        ("emergencyLevel", "emergency_level", "enum", ("Emergent", "Important", "Normal")),
        ("name", "name", "maxLength", 255),
    ),
)

ADD_INSTANCE_TO_MONITOR_GROUP: Api[AddInstanceToMonitorGroupResult] = Api(
    "AddInstanceToMonitorGroup",
    "POST",
    "/zwatch/monitorgroups/{groupUuid}/actions",
    params=(
        ("groupUuid", "path", None),
        ("instanceUuid", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("group_uuid", "instance_uuid", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("groupUuid", "instanceUuid"),
    body_key="params",
    since=None,
    result=".models.add_instance_to_monitor_group_result:AddInstanceToMonitorGroupResult",
    checks=(
        ("groupUuid", "group_uuid", "maxLength", 32),
        ("instanceUuid", "instance_uuid", "maxLength", 32),
    ),
)

ADD_LABEL_TO_ALARM: Api[AddLabelToAlarmResult] = Api(
    "AddLabelToAlarm",
    "POST",
    "/zwatch/alarms/{alarmUuid}/labels",
    params=(
        ("alarmUuid", "path", "2.3"),
        ("key", "body", "2.3"),
        ("operator", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("tagUuids", "body", None),
        ("value", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=(
        "alarm_uuid",
        "key",
        "operator",
        "resource_uuid",
        "tag_uuids",
        "value",
        "system_tags",
        "user_tags",
    ),
    required=("alarmUuid", "key", "operator", "value"),
    body_key="params",
    since="2.3",
    result=".models.add_label_to_alarm_result:AddLabelToAlarmResult",
    checks=(
        ("key", "key", "maxLength", 1024),
        ("operator", "operator", "enum", ("Regex", "Equal")),
    ),
)

ADD_LABEL_TO_EVENT_SUBSCRIPTION: Api[AddLabelToEventSubscriptionResult] = Api(
    "AddLabelToEventSubscription",
    "POST",
    "/zwatch/events/subscriptions/{subscriptionUuid}/labels",
    params=(
        ("subscriptionUuid", "path", None),
        ("key", "body", None),
        ("operator", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("value", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "subscription_uuid",
        "key",
        "operator",
        "resource_uuid",
        "tag_uuids",
        "value",
        "system_tags",
        "user_tags",
    ),
    required=("subscriptionUuid", "key", "operator", "value"),
    body_key="params",
    since=None,
    result=".models.add_label_to_event_subscription_result:AddLabelToEventSubscriptionResult",
    checks=(
        ("key", "key", "maxLength", 1024),
        ("operator", "operator", "enum", ("Regex", "Equal")),
    ),
)

ADD_METRIC_RULE_TEMPLATE: Api[AddMetricRuleTemplateResult] = Api(
    "AddMetricRuleTemplate",
    "POST",
    "/zwatch/monitortemplates/{monitorTemplateUuid}/metricrules",
    params=(
        ("monitorTemplateUuid", "path", None),
        ("comparisonOperator", "body", None),
        ("emergencyLevel", "body", None),
        ("enableRecovery", "body", None),
        ("labels", "body", None),
        ("metricName", "body", None),
        ("name", "body", None),
        ("namespace", "body", None),
        ("period", "body", None),
        ("repeatCount", "body", None),
        ("repeatInterval", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("threshold", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "monitor_template_uuid",
        "comparison_operator",
        "emergency_level",
        "enable_recovery",
        "labels",
        "metric_name",
        "name",
        "namespace",
        "period",
        "repeat_count",
        "repeat_interval",
        "resource_uuid",
        "tag_uuids",
        "threshold",
        "system_tags",
        "user_tags",
    ),
    required=(
        "monitorTemplateUuid",
        "comparisonOperator",
        "metricName",
        "name",
        "namespace",
        "threshold",
    ),
    body_key="params",
    since=None,
    result=".models.add_metric_rule_template_result:AddMetricRuleTemplateResult",
    checks=(
        (
            "comparisonOperator",
            "comparison_operator",
            "enum",
            ("GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"),
        ),
        ("emergencyLevel", "emergency_level", "enum", ("Emergent", "Important", "Normal")),
        ("name", "name", "maxLength", 255),
        ("period", "period", "minimum", 1),
        ("period", "period", "maximum", 2147483647),
        ("repeatCount", "repeat_count", "minimum", -1),
        ("repeatCount", "repeat_count", "maximum", 2147483647),
        ("repeatInterval", "repeat_interval", "minimum", 0),
        ("repeatInterval", "repeat_interval", "maximum", 9223372036854775807),
        ("threshold", "threshold", "minimum", 0),
        ("threshold", "threshold", "maximum", 9223372036854775807),
    ),
)

ADD_THIRDPARTY_PLATFORM: Api[AddThirdpartyPlatformResult] = Api(
    "AddThirdpartyPlatform",
    "POST",
    "/zwatch/third-party/platforms",
    params=(
        ("description", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("template", "body", None),
        ("type", "body", None),
        ("url", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "template",
        "type",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("name", "template", "type", "url"),
    body_key="params",
    since=None,
    result=".models.add_thirdparty_platform_result:AddThirdpartyPlatformResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("template", "template", "maxLength", 8192),
        ("type", "type", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

APPLY_MONITOR_TEMPLATE_TO_MONITOR_GROUP: Api[ApplyMonitorTemplateToMonitorGroupResult] = Api(
    "ApplyMonitorTemplateToMonitorGroup",
    "POST",
    "/zwatch/monitortemplates/{templateUuid}/monitorgroups/{groupUuid}",
    params=(
        ("templateUuid", "path", None),
        ("groupUuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("template_uuid", "group_uuid", "system_tags", "user_tags"),
    required=("templateUuid", "groupUuid"),
    body_key="params",
    since=None,
    result=".models.apply_monitor_template_to_monitor_group_result:ApplyMonitorTemplateToMonitorGroupResult",
    checks=(
        ("templateUuid", "template_uuid", "maxLength", 32),
        ("groupUuid", "group_uuid", "maxLength", 32),
    ),
)

CHANGE_ACTIVE_ALARM_STATE: Api[ChangeActiveAlarmStateResult] = Api(
    "ChangeActiveAlarmState",
    "POST",
    "/zwatch/activealarms/actions",
    params=(
        ("namespace", "body", None),
        ("stateEvent", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("namespace", "state_event", "system_tags", "user_tags"),
    required=("namespace", "stateEvent"),
    body_key="params",
    since=None,
    result=".models.change_active_alarm_state_result:ChangeActiveAlarmStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_ALARM_STATE: Api[ChangeAlarmStateResult] = Api(
    "ChangeAlarmState",
    "PUT",
    "/zwatch/alarms/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("stateEvent", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeAlarmState",
    since="2.3",
    result=".models.change_alarm_state_result:ChangeAlarmStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_EVENT_SUBSCRIPTION_STATE: Api[ChangeEventSubscriptionStateResult] = Api(
    "ChangeEventSubscriptionState",
    "PUT",
    "/zwatch/change/eventSubscription/{uuid}/state",
    params=(
        ("uuid", "path", "4.7.0"),
        ("state", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    names=("uuid", "state", "system_tags", "user_tags"),
    required=("uuid", "state"),
    body_key="changeEventSubscriptionState",
    since="4.7.0",
    result=".models.change_event_subscription_state_result:ChangeEventSubscriptionStateResult",
    checks=(("state", "state", "enum", ("Enabled", "Disabled")),),
)

CLONE_MONITOR_TEMPLATE: Api[CloneMonitorTemplateResult] = Api(
    "CloneMonitorTemplate",
    "POST",
    "/zwatch/monitortemplates/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("uuid", "name"),
    body_key="params",
    since=None,
    result=".models.clone_monitor_template_result:CloneMonitorTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_ALARM: Api[CreateAlarmResult] = Api(
    "CreateAlarm",
    "POST",
    "/zwatch/alarms",
    params=(
        ("actions", "body", "2.3"),
        ("comparisonOperator", "body", "2.3"),
        ("description", "body", "2.3"),
        ("emergencyLevel", "body", "3.8.0"),
        ("enableRecovery", "body", "3.4.0"),
        ("labels", "body", "2.3"),
        ("metricName", "body", "2.3"),
        ("name", "body", "2.3"),
        ("namespace", "body", "2.3"),
        ("period", "body", "2.3"),
        ("repeatCount", "body", "3.3.0"),
        ("repeatInterval", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("tagUuids", "body", None),
        ("threshold", "body", "2.3"),
        ("type", "body", "3.3.0"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=(
        "actions",
        "comparison_operator",
        "description",
        "emergency_level",
        "enable_recovery",
        "labels",
        "metric_name",
        "name",
        "namespace",
        "period",
        "repeat_count",
        "repeat_interval",
        "resource_uuid",
        "tag_uuids",
        "threshold",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("comparisonOperator", "metricName", "name", "namespace", "threshold"),
    body_key="params",
    since="2.3",
    result=".models.create_alarm_result:CreateAlarmResult",
    checks=(
        (
            "comparisonOperator",
            "comparison_operator",
            "enum",
            ("GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"),
        ),
        ("description", "description", "maxLength", 2048),
        ("emergencyLevel", "emergency_level", "enum", ("Emergent", "Important", "Normal")),
        ("name", "name", "maxLength", 255),
        ("period", "period", "minimum", 1),
        ("period", "period", "maximum", 2147483647),
        ("repeatCount", "repeat_count", "minimum", -1),
        ("repeatCount", "repeat_count", "maximum", 2147483647),
        ("repeatInterval", "repeat_interval", "minimum", 0),
        ("repeatInterval", "repeat_interval", "maximum", 9223372036854775807),
        ("threshold", "threshold", "minimum", 0),
        ("threshold", "threshold", "maximum", 9223372036854775807),
    ),
)

CREATE_METRIC_DATA_HTTP_RECEIVER: Api[CreateMetricDataHttpReceiverResult] = Api(
    "CreateMetricDataHttpReceiver",
    "POST",
    "/zwatch/metrics/httpreceivers",
    params=(
        ("defaultEnable", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("url", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "default_enable",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("name", "url"),
    body_key="params",
    since=None,
    result=".models.create_metric_data_http_receiver_result:CreateMetricDataHttpReceiverResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 255),
    ),
)

CREATE_METRIC_TEMPLATE: Api[CreateMetricTemplateResult] = Api(
    "CreateMetricTemplate",
    "POST",
    "/zwatch/metrics/httpreceivers/templates",
    params=(
        ("description", "body", None),
        ("labelsJsonStr", "body", None),
        ("metricName", "body", None),
        ("namespace", "body", None),
        ("receiverUuid", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("template", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "labels_json_str",
        "metric_name",
        "namespace",
        "receiver_uuid",
        "resource_uuid",
        "tag_uuids",
        "template",
        "system_tags",
        "user_tags",
    ),
    required=("metricName", "namespace", "receiverUuid", "template"),
    body_key="params",
    since=None,
    result=".models.create_metric_template_result:CreateMetricTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("labelsJsonStr", "labels_json_str", "maxLength", 4096),
        ("metricName", "metric_name", "maxLength", 128),
        ("namespace", "namespace", "maxLength", 64),
        ("receiverUuid", "receiver_uuid", "maxLength", 32),
        ("template", "template", "maxLength", 4096),
    ),
)

CREATE_MONITOR_GROUP: Api[CreateMonitorGroupResult] = Api(
    "CreateMonitorGroup",
    "POST",
    "/zwatch/monitorgroups",
    params=(
        ("actions", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "actions",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since=None,
    result=".models.create_monitor_group_result:CreateMonitorGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_MONITOR_TEMPLATE: Api[CreateMonitorTemplateResult] = Api(
    "CreateMonitorTemplate",
    "POST",
    "/zwatch/monitortemplates",
    params=(
        ("description", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("description", "name", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("name",),
    body_key="params",
    since=None,
    result=".models.create_monitor_template_result:CreateMonitorTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

DELETE_ALARM: Api[DeleteAlarmResult] = Api(
    "DeleteAlarm",
    "DELETE",
    "/zwatch/alarms/{uuid}",
    params=(
        ("uuid", "path", "2.3"),
        ("deleteMode", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.3",
    result=".models.delete_alarm_result:DeleteAlarmResult",
)

DELETE_EVENT_RULE_TEMPLATE: Api[DeleteEventRuleTemplateResult] = Api(
    "DeleteEventRuleTemplate",
    "DELETE",
    "/zwatch/monitortemplates/evenrules/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_event_rule_template_result:DeleteEventRuleTemplateResult",
)

DELETE_METRIC_DATA: Api[DeleteMetricDataResult] = Api(
    "DeleteMetricData",
    "DELETE",
    "/zwatch/metrics",
    params=(
        ("namespace", "query", None),
        ("metricName", "query", None),
        ("labels", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("namespace", "metric_name", "labels", "system_tags", "user_tags"),
    required=("namespace", "metricName"),
    since=None,
    result=".models.delete_metric_data_result:DeleteMetricDataResult",
)

DELETE_METRIC_DATA_HTTP_RECEIVER: Api[DeleteMetricDataHttpReceiverResult] = Api(
    "DeleteMetricDataHttpReceiver",
    "DELETE",
    "/zwatch/metrics/httpreceivers/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_metric_data_http_receiver_result:DeleteMetricDataHttpReceiverResult",
)

DELETE_METRIC_RULE_TEMPLATE: Api[DeleteMetricRuleTemplateResult] = Api(
    "DeleteMetricRuleTemplate",
    "DELETE",
    "/zwatch/monitortemplates/metricrules/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_metric_rule_template_result:DeleteMetricRuleTemplateResult",
)

DELETE_METRIC_TEMPLATE: Api[DeleteMetricTemplateResult] = Api(
    "DeleteMetricTemplate",
    "DELETE",
    "/zwatch/metrics/httpreceivers/templates/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_metric_template_result:DeleteMetricTemplateResult",
)

DELETE_MONITOR_GROUP: Api[DeleteMonitorGroupResult] = Api(
    "DeleteMonitorGroup",
    "DELETE",
    "/zwatch/monitorgroups/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_monitor_group_result:DeleteMonitorGroupResult",
)

DELETE_MONITOR_TEMPLATE: Api[DeleteMonitorTemplateResult] = Api(
    "DeleteMonitorTemplate",
    "DELETE",
    "/zwatch/monitortemplates/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_monitor_template_result:DeleteMonitorTemplateResult",
)

DELETE_THIRDPARTY_PLATFORM: Api[DeleteThirdpartyPlatformResult] = Api(
    "DeleteThirdpartyPlatform",
    "DELETE",
    "/zwatch/third-party/platforms/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_thirdparty_platform_result:DeleteThirdpartyPlatformResult",
)

GET_ACTIVE_ALARM_STATUS: Api[GetActiveAlarmStatusResult] = Api(
    "GetActiveAlarmStatus",
    "GET",
    "/zwatch/activealarms/status",
    params=(
        ("accountUuid", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("account_uuid", "system_tags", "user_tags"),
    required=("accountUuid",),
    since=None,
    result=".models.get_active_alarm_status_result:GetActiveAlarmStatusResult",
)

GET_ALARM_DATA: Api[GetAlarmDataResult] = Api(
    "GetAlarmData",
    "GET",
    "/zwatch/alarm-histories",
    params=(
        ("startTime", "query", "2.3"),
        ("endTime", "query", "2.3"),
        ("limit", "query", "2.3"),
        ("conditions", "query", "2.3"),
        ("count", "query", "3.3.0"),
        ("excludeOtherAccount", "query", "3.3.0"),
        ("endpointUuid", "query", "3.10.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
        ("start", "query", None),
    ),
    names=(
        "start_time",
        "end_time",
        "limit",
        "conditions",
        "count",
        "exclude_other_account",
        "endpoint_uuid",
        "system_tags",
        "user_tags",
        "start",
    ),
    since="2.3",
    result=".models.get_alarm_data_result:GetAlarmDataResult",
    checks=(
        ("startTime", "start_time", "minimum", 0),
        ("startTime", "start_time", "maximum", 9223372036854775807),
        ("endTime", "end_time", "minimum", 0),
        ("endTime", "end_time", "maximum", 9223372036854775807),
        ("limit", "limit", "minimum", 0),
        ("limit", "limit", "maximum", 2147483647),
        ("start", "start", "minimum", 0),
        ("start", "start", "maximum", 2147483647),
    ),
)

GET_TEXT_TEMPLATE_ARG: Api[GetTextTemplateArgResult] = Api(
    "GetTextTemplateArg",
    "GET",
    "/zwatch/textTemplateArg",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.get_text_template_arg_result:GetTextTemplateArgResult",
)

GET_Z_WATCH_ALERT_HISTOGRAM: Api[GetZWatchAlertHistogramResult] = Api(
    "GetZWatchAlertHistogram",
    "GET",
    "/zwatch/alert-histories/histogram",
    params=(
        ("tableName", "query", "4.1.0"),
        ("startTime", "query", "4.1.0"),
        ("endTime", "query", "4.1.0"),
        ("intervalHours", "query", "4.1.0"),
        ("groupColumns", "query", "4.1.0"),
        ("systemTags", "query", "4.1.0"),
        ("userTags", "query", "4.1.0"),
    ),
    names=(
        "table_name",
        "start_time",
        "end_time",
        "interval_hours",
        "group_columns",
        "system_tags",
        "user_tags",
    ),
    required=("tableName", "startTime", "endTime", "intervalHours"),
    since="4.1.0",
    result=".models.get_z_watch_alert_histogram_result:GetZWatchAlertHistogramResult",
    checks=(
        ("startTime", "start_time", "minimum", 0),
        ("startTime", "start_time", "maximum", 9223372036854775807),
        ("endTime", "end_time", "minimum", 0),
        ("endTime", "end_time", "maximum", 9223372036854775807),
        ("intervalHours", "interval_hours", "minimum", 1),
        ("intervalHours", "interval_hours", "maximum", 24),
    ),
)

QUERY_ACTIVE_ALARM: Api[QueryActiveAlarmResult] = Api(
    "QueryActiveAlarm",
    "GET",
    "/zwatch/activealarms/alarms",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_active_alarm_result:QueryActiveAlarmResult",
    query=True,
)

QUERY_ACTIVE_ALARM_TEMPLATE: Api[QueryActiveAlarmTemplateResult] = Api(
    "QueryActiveAlarmTemplate",
    "GET",
    "/zwatch/activealarms/templates",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_active_alarm_template_result:QueryActiveAlarmTemplateResult",
    query=True,
)

QUERY_ALARM: Api[QueryAlarmResult] = Api(
    "QueryAlarm",
    "GET",
    "/zwatch/alarms",
    params=(
        ("uuid", "path", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.3",
    result=".models.query_alarm_result:QueryAlarmResult",
    query=True,
    alt_paths=("/zwatch/alarms/{uuid}",),
)

QUERY_ALARM_RECORD: Api[QueryAlarmRecordResult] = Api(
    "QueryAlarmRecord",
    "GET",
    "/zwatch/alarm-records",
    params=(
        ("systemTags", "query", "4.1.0"),
        ("userTags", "query", "4.1.0"),
    ),
    names=("system_tags", "user_tags"),
    since="4.1.0",
    result=".models.query_alarm_record_result:QueryAlarmRecordResult",
    query=True,
)

QUERY_ALERT_DATA_ACK: Api[QueryAlertDataAckResult] = Api(
    "QueryAlertDataAck",
    "GET",
    "/zwatch/alert-histories/acknowledgments",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_alert_data_ack_result:QueryAlertDataAckResult",
    query=True,
)

QUERY_AUDIT: Api[QueryAuditResult] = Api(
    "QueryAudit",
    "GET",
    "/zwatch/audit-records",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_audit_result:QueryAuditResult",
    query=True,
)

QUERY_EVENT_RULE_TEMPLATE: Api[QueryEventRuleTemplateResult] = Api(
    "QueryEventRuleTemplate",
    "GET",
    "/zwatch/monitortemplates/evenrules",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_event_rule_template_result:QueryEventRuleTemplateResult",
    query=True,
)

QUERY_METRIC_DATA_HTTP_RECEIVER: Api[QueryMetricDataHttpReceiverResult] = Api(
    "QueryMetricDataHttpReceiver",
    "GET",
    "/zwatch/metrics/httpreceivers",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_metric_data_http_receiver_result:QueryMetricDataHttpReceiverResult",
    query=True,
)

QUERY_METRIC_RULE_TEMPLATE: Api[QueryMetricRuleTemplateResult] = Api(
    "QueryMetricRuleTemplate",
    "GET",
    "/zwatch/monitortemplates/metricrules",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_metric_rule_template_result:QueryMetricRuleTemplateResult",
    query=True,
)

QUERY_METRIC_TEMPLATE: Api[QueryMetricTemplateResult] = Api(
    "QueryMetricTemplate",
    "GET",
    "/zwatch/metrics/httpreceivers/templates",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_metric_template_result:QueryMetricTemplateResult",
    query=True,
)

QUERY_MONITOR_GROUP: Api[QueryMonitorGroupResult] = Api(
    "QueryMonitorGroup",
    "GET",
    "/zwatch/monitorgroups",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_monitor_group_result:QueryMonitorGroupResult",
    query=True,
)

QUERY_MONITOR_GROUP_ALARM: Api[QueryMonitorGroupAlarmResult] = Api(
    "QueryMonitorGroupAlarm",
    "GET",
    "/zwatch/monitorgroups/alarms",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_monitor_group_alarm_result:QueryMonitorGroupAlarmResult",
    query=True,
)

QUERY_MONITOR_GROUP_EVENT_SUBSCRIPTION: Api[QueryMonitorGroupEventSubscriptionResult] = Api(
    "QueryMonitorGroupEventSubscription",
    "GET",
    "/zwatch/monitorgroups/subscriptions",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_monitor_group_event_subscription_result:QueryMonitorGroupEventSubscriptionResult",
    query=True,
)

QUERY_MONITOR_GROUP_INSTANCE: Api[QueryMonitorGroupInstanceResult] = Api(
    "QueryMonitorGroupInstance",
    "GET",
    "/zwatch/monitorgroups/instances",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_monitor_group_instance_result:QueryMonitorGroupInstanceResult",
    query=True,
)

QUERY_MONITOR_GROUP_TEMPLATE_REF: Api[QueryMonitorGroupTemplateRefResult] = Api(
    "QueryMonitorGroupTemplateRef",
    "GET",
    "/zwatch/monitorgroups/monitortemplates/refs",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_monitor_group_template_ref_result:QueryMonitorGroupTemplateRefResult",
    query=True,
)

QUERY_MONITOR_TEMPLATE: Api[QueryMonitorTemplateResult] = Api(
    "QueryMonitorTemplate",
    "GET",
    "/zwatch/monitortemplates",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_monitor_template_result:QueryMonitorTemplateResult",
    query=True,
)

QUERY_SNS_ENDPOINT_THIRDPARTY_ALERT_HISTORY: Api[QuerySNSEndpointThirdpartyAlertHistoryResult] = (
    Api(
        "QuerySNSEndpointThirdpartyAlertHistory",
        "GET",
        "/zwatch/third-party/alert-publish-histories",
        params=(
            ("systemTags", "query", None),
            ("userTags", "query", None),
        ),
        names=("system_tags", "user_tags"),
        since=None,
        result=".models.query_sns_endpoint_thirdparty_alert_history_result:QuerySNSEndpointThirdpartyAlertHistoryResult",
        query=True,
    )
)

QUERY_THIRDPARTY_ALERT: Api[QueryThirdpartyAlertResult] = Api(
    "QueryThirdpartyAlert",
    "GET",
    "/zwatch/third-party/alerts",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_thirdparty_alert_result:QueryThirdpartyAlertResult",
    query=True,
)

QUERY_THIRDPARTY_PLATFORM: Api[QueryThirdpartyPlatformResult] = Api(
    "QueryThirdpartyPlatform",
    "GET",
    "/zwatch/third-party/platforms",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_thirdparty_platform_result:QueryThirdpartyPlatformResult",
    query=True,
)

REMOVE_ACTION_FROM_ALARM: Api[RemoveActionFromAlarmResult] = Api(
    "RemoveActionFromAlarm",
    "DELETE",
    "/zwatch/alarms/{alarmUuid}/actions/{actionUuid}",
    params=(
        ("alarmUuid", "path", "2.3"),
        ("actionUuid", "path", "2.3"),
        ("deleteMode", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("alarm_uuid", "action_uuid", "delete_mode", "system_tags", "user_tags"),
    required=("alarmUuid", "actionUuid"),
    since="2.3",
    result=".models.remove_action_from_alarm_result:RemoveActionFromAlarmResult",
)

REMOVE_ACTION_FROM_EVENT_SUBSCRIPTION: Api[RemoveActionFromEventSubscriptionResult] = Api(
    "RemoveActionFromEventSubscription",
    "DELETE",
    "/zwatch/events/subscriptions/{subscriptionUuid}/actions/{actionUuid}",
    params=(
        ("subscriptionUuid", "path", None),
        ("actionUuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("subscription_uuid", "action_uuid", "system_tags", "user_tags"),
    required=("subscriptionUuid", "actionUuid"),
    since=None,
    result=".models.remove_action_from_event_subscription_result:RemoveActionFromEventSubscriptionResult",
)

REMOVE_INSTANCE_FROM_MONITOR_GROUP: Api[RemoveInstanceFromMonitorGroupResult] = Api(
    "RemoveInstanceFromMonitorGroup",
    "DELETE",
    "/zwatch/monitorgroups/{groupUuid}/actions/{instanceUuid}",
    params=(
        ("groupUuid", "path", None),
        ("instanceUuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("group_uuid", "instance_uuid", "delete_mode", "system_tags", "user_tags"),
    required=("groupUuid", "instanceUuid"),
    since=None,
    result=".models.remove_instance_from_monitor_group_result:RemoveInstanceFromMonitorGroupResult",
)

REMOVE_LABEL_FROM_ALARM: Api[RemoveLabelFromAlarmResult] = Api(
    "RemoveLabelFromAlarm",
    "DELETE",
    "/zwatch/alarms/labels/{uuid}",
    params=(
        ("uuid", "path", "2.3"),
        ("deleteMode", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.3",
    result=".models.remove_label_from_alarm_result:RemoveLabelFromAlarmResult",
)

REMOVE_LABEL_FROM_EVENT_SUBSCRIPTION: Api[RemoveLabelFromEventSubscriptionResult] = Api(
    "RemoveLabelFromEventSubscription",
    "DELETE",
    "/zwatch/events/subscriptions/labels/{uuid}",
    params=(
        ("uuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.remove_label_from_event_subscription_result:RemoveLabelFromEventSubscriptionResult",
)

REVOKE_MONITOR_TEMPLATE_FROM_MONITOR_GROUP: Api[RevokeMonitorTemplateFromMonitorGroupResult] = Api(
    "RevokeMonitorTemplateFromMonitorGroup",
    "DELETE",
    "/zwatch/monitortemplates/{templateUuid}/monitorgroups/{groupUuid}",
    params=(
        ("templateUuid", "path", None),
        ("groupUuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("template_uuid", "group_uuid", "delete_mode", "system_tags", "user_tags"),
    required=("templateUuid", "groupUuid"),
    since=None,
    result=".models.revoke_monitor_template_from_monitor_group_result:RevokeMonitorTemplateFromMonitorGroupResult",
)

UPDATE_ACTIVE_ALARM_TEMPLATE: Api[UpdateActiveAlarmTemplateResult] = Api(
    "UpdateActiveAlarmTemplate",
    "PUT",
    "/zwatch/activealarms/templates/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.0"),
        ("alarmName", "body", "4.7.0"),
        ("comparisonOperator", "body", "4.7.0"),
        ("emergencyLevel", "body", "4.7.0"),
        ("labels", "body", "4.7.0"),
        ("period", "body", "4.7.0"),
        ("repeatCount", "body", "4.7.0"),
        ("repeatInterval", "body", "4.7.0"),
        ("threshold", "body", "4.7.0"),
        ("systemTags", "root", "4.7.0"),
        ("userTags", "root", "4.7.0"),
    ),
    names=(
        "uuid",
        "alarm_name",
        "comparison_operator",
        "emergency_level",
        "labels",
        "period",
        "repeat_count",
        "repeat_interval",
        "threshold",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateActiveAlarmTemplate",
    since="4.7.0",
    result=".models.update_active_alarm_template_result:UpdateActiveAlarmTemplateResult",
    checks=(
        ("alarmName", "alarm_name", "maxLength", 255),
        (
            "comparisonOperator",
            "comparison_operator",
            "enum",
            ("GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"),
        ),
        ("emergencyLevel", "emergency_level", "enum", ("Emergent", "Important", "Normal")),
        ("period", "period", "minimum", 1),
        ("period", "period", "maximum", 2147483647),
        ("repeatCount", "repeat_count", "minimum", -1),
        ("repeatCount", "repeat_count", "maximum", 2147483647),
        ("repeatInterval", "repeat_interval", "minimum", 0),
        ("repeatInterval", "repeat_interval", "maximum", 2147483647),
        ("threshold", "threshold", "minimum", 0),
        ("threshold", "threshold", "maximum", 9223372036854775807),
    ),
)

UPDATE_ALARM: Api[UpdateAlarmResult] = Api(
    "UpdateAlarm",
    "PUT",
    "/zwatch/alarms/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("actions", "body", None),
        ("comparisonOperator", "body", "2.3"),
        ("description", "body", "2.3"),
        ("emergencyLevel", "body", "3.8.0"),
        ("enableRecovery", "body", "3.4.0"),
        ("name", "body", "2.3"),
        ("period", "body", "2.3"),
        ("repeatCount", "body", "3.3.0"),
        ("repeatInterval", "body", "2.3"),
        ("threshold", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=(
        "uuid",
        "actions",
        "comparison_operator",
        "description",
        "emergency_level",
        "enable_recovery",
        "name",
        "period",
        "repeat_count",
        "repeat_interval",
        "threshold",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateAlarm",
    since="2.3",
    result=".models.update_alarm_result:UpdateAlarmResult",
    checks=(
        (
            "comparisonOperator",
            "comparison_operator",
            "enum",
            ("GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"),
        ),
        ("description", "description", "maxLength", 2047),
        ("emergencyLevel", "emergency_level", "enum", ("Emergent", "Important", "Normal")),
        ("name", "name", "maxLength", 255),
        ("period", "period", "minimum", 1),
        ("period", "period", "maximum", 2147483647),
        ("repeatCount", "repeat_count", "minimum", -1),
        ("repeatCount", "repeat_count", "maximum", 2147483647),
        ("repeatInterval", "repeat_interval", "minimum", 0),
        ("repeatInterval", "repeat_interval", "maximum", 2147483647),
        ("threshold", "threshold", "minimum", 0),
        ("threshold", "threshold", "maximum", 9223372036854775807),
    ),
)

UPDATE_ALARM_DATA: Api[UpdateAlarmDataResult] = Api(
    "UpdateAlarmData",
    "PUT",
    "/zwatch/alarm-histories/actions",
    params=(
        ("dataEndTime", "body", "3.3.0"),
        ("dataStartTime", "body", "3.3.0"),
        ("dataUuid", "body", "3.3.0"),
        ("readStatus", "body", "3.3.0"),
        ("updateMode", "body", "3.3.0"),
        ("systemTags", "root", "3.3.0"),
        ("userTags", "root", "3.3.0"),
    ),
    names=(
        "data_end_time",
        "data_start_time",
        "data_uuid",
        "read_status",
        "update_mode",
        "system_tags",
        "user_tags",
    ),
    required=("updateMode",),
    body_key="updateAlarmData",
    since="3.3.0",
    result=".models.update_alarm_data_result:UpdateAlarmDataResult",
    checks=(
        ("readStatus", "read_status", "enum", ("Read", "Unread")),
        ("updateMode", "update_mode", "enum", ("OnlyOne", "InRange", "All")),
    ),
)

UPDATE_ALARM_LABEL: Api[UpdateAlarmLabelResult] = Api(
    "UpdateAlarmLabel",
    "PUT",
    "/zwatch/alarms/labels/{uuid}/actions",
    params=(
        ("uuid", "path", "3.3"),
        ("key", "body", "3.3"),
        ("operator", "body", "3.3"),
        ("value", "body", "3.3"),
        ("systemTags", "root", "3.3"),
        ("userTags", "root", "3.3"),
    ),
    names=("uuid", "key", "operator", "value", "system_tags", "user_tags"),
    required=("uuid", "key", "operator", "value"),
    body_key="updateAlarmLabel",
    since="3.3",
    result=".models.update_alarm_label_result:UpdateAlarmLabelResult",
    checks=(
        ("key", "key", "maxLength", 1024),
        ("operator", "operator", "enum", ("Regex", "Equal")),
    ),
)

UPDATE_ALERT_DATA_ACK: Api[UpdateAlertDataAckResult] = Api(
    "UpdateAlertDataAck",
    "PUT",
    "/zwatch/alert-histories/acknowledgments/{alertDataUuid}/actions",
    params=(
        ("alertDataUuid", "path", None),
        ("resumeAlert", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("alert_data_uuid", "resume_alert", "system_tags", "user_tags"),
    required=("alertDataUuid",),
    body_key="updateAlertDataAck",
    since=None,
    result=".models.update_alert_data_ack_result:UpdateAlertDataAckResult",
)

UPDATE_EVENT_RULE_TEMPLATE: Api[UpdateEventRuleTemplateResult] = Api(
    "UpdateEventRuleTemplate",
    "PUT",
    "/zwatch/monitortemplates/evenrules/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("emergencyLevel", "body", None),
        ("labels", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "emergency_level", "labels", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateEventRuleTemplate",
    since=None,
    result=".models.update_event_rule_template_result:UpdateEventRuleTemplateResult",
    checks=(
        ("emergencyLevel", "emergency_level", "enum", ("Emergent", "Important", "Normal")),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_METRIC_RULE_TEMPLATE: Api[UpdateMetricRuleTemplateResult] = Api(
    "UpdateMetricRuleTemplate",
    "PUT",
    "/zwatch/monitortemplates/metricrules/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("comparisonOperator", "body", None),
        ("emergencyLevel", "body", None),
        ("enableRecovery", "body", None),
        ("labels", "body", None),
        ("name", "body", None),
        ("period", "body", None),
        ("repeatCount", "body", None),
        ("repeatInterval", "body", None),
        ("threshold", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "comparison_operator",
        "emergency_level",
        "enable_recovery",
        "labels",
        "name",
        "period",
        "repeat_count",
        "repeat_interval",
        "threshold",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateMetricRuleTemplate",
    since=None,
    result=".models.update_metric_rule_template_result:UpdateMetricRuleTemplateResult",
    checks=(
        (
            "comparisonOperator",
            "comparison_operator",
            "enum",
            ("GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"),
        ),
        ("emergencyLevel", "emergency_level", "enum", ("Emergent", "Important", "Normal")),
        ("name", "name", "maxLength", 255),
        ("period", "period", "minimum", 1),
        ("period", "period", "maximum", 2147483647),
        ("repeatCount", "repeat_count", "minimum", -1),
        ("repeatCount", "repeat_count", "maximum", 2147483647),
        ("repeatInterval", "repeat_interval", "minimum", 0),
        ("repeatInterval", "repeat_interval", "maximum", 9223372036854775807),
        ("threshold", "threshold", "minimum", 0),
        ("threshold", "threshold", "maximum", 9223372036854775807),
    ),
)

UPDATE_MONITOR_GROUP: Api[UpdateMonitorGroupResult] = Api(
    "UpdateMonitorGroup",
    "PUT",
    "/zwatch/monitorgroups/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("actions", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("stateEvent", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "actions", "description", "name", "state_event", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateMonitorGroup",
    since=None,
    result=".models.update_monitor_group_result:UpdateMonitorGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("stateEvent", "state_event", "enum", ("enable", "disable")),
    ),
)

UPDATE_MONITOR_TEMPLATE: Api[UpdateMonitorTemplateResult] = Api(
    "UpdateMonitorTemplate",
    "PUT",
    "/zwatch/monitortemplates/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateMonitorTemplate",
    since=None,
    result=".models.update_monitor_template_result:UpdateMonitorTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SUBSCRIBE_EVENT: Api[UpdateSubscribeEventResult] = Api(
    "UpdateSubscribeEvent",
    "PUT",
    "/zwatch/events/subscriptions/{uuid}/actions",
    params=(
        ("uuid", "path", "3.8.0"),
        ("emergencyLevel", "body", "3.8.0"),
        ("name", "body", None),
        ("systemTags", "root", "3.8.0"),
        ("userTags", "root", "3.8.0"),
    ),
    names=("uuid", "emergency_level", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateSubscribeEvent",
    since="3.8.0",
    result=".models.update_subscribe_event_result:UpdateSubscribeEventResult",
    checks=(
        ("emergencyLevel", "emergency_level", "enum", ("Emergent", "Important", "Normal")),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_THIRDPARTY_ALERTS: Api[UpdateThirdpartyAlertsResult] = Api(
    "UpdateThirdpartyAlerts",
    "PUT",
    "/zwatch/third-party/alerts/actions",
    params=(
        ("endTimeMillis", "body", None),
        ("startTimeMillis", "body", None),
        ("updateReadStatus", "body", None),
        ("uuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "end_time_millis",
        "start_time_millis",
        "update_read_status",
        "uuid",
        "system_tags",
        "user_tags",
    ),
    body_key="updateThirdpartyAlerts",
    since=None,
    result=".models.update_thirdparty_alerts_result:UpdateThirdpartyAlertsResult",
    checks=(("updateReadStatus", "update_read_status", "enum", ("Unread", "Read")),),
)

UPDATE_THIRDPARTY_PLATFORM: Api[UpdateThirdpartyPlatformResult] = Api(
    "UpdateThirdpartyPlatform",
    "PUT",
    "/zwatch/third-party/platforms/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("lastSyncDateMills", "body", None),
        ("name", "body", None),
        ("stateEvent", "body", None),
        ("template", "body", None),
        ("url", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "description",
        "last_sync_date_mills",
        "name",
        "state_event",
        "template",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateThirdpartyPlatform",
    since=None,
    result=".models.update_thirdparty_platform_result:UpdateThirdpartyPlatformResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("stateEvent", "state_event", "enum", ("enable", "disable")),
        ("template", "template", "maxLength", 8192),
        ("url", "url", "maxLength", 2048),
    ),
)


class ZwatchApi(SyncNamespace):
    """zwatch: 70 APIs (AckAlarmData, AckEventData, AddActionToAlarm, ...)."""

    __slots__ = ()

    def ack_alarm_data(
        self,
        *,
        ack_period_sec: int,
        alarm_uuid: str,
        alert_data_uuid: str,
        data_type: Literal["alarm", "event"],
        resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AckAlarmDataResult:
        """Ack alarm data (AckAlarmData).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/AckAlarmDataAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            ack_period_sec: ackPeriodSec
            alarm_uuid: alarmUuid (maxLength 32)
            alert_data_uuid: alertDataUuid (maxLength 32)
            data_type: dataType (maxLength 32; enum {'alarm', 'event'})
            resource_uuid: resourceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ACK_ALARM_DATA,
            {
                "ackPeriodSec": ack_period_sec,
                "alarmUuid": alarm_uuid,
                "alertDataUuid": alert_data_uuid,
                "dataType": data_type,
                "resourceUuid": resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def ack_event_data(
        self,
        *,
        ack_period_sec: int,
        alert_data_uuid: str,
        data_type: Literal["alarm", "event"],
        event_subscription_uuid: str,
        resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AckEventDataResult:
        """Ack event data (AckEventData).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/AckEventDataAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            ack_period_sec: ackPeriodSec
            alert_data_uuid: alertDataUuid (maxLength 32)
            data_type: dataType (maxLength 32; enum {'alarm', 'event'})
            event_subscription_uuid: eventSubscriptionUuid (maxLength 32)
            resource_uuid: resourceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ACK_EVENT_DATA,
            {
                "ackPeriodSec": ack_period_sec,
                "alertDataUuid": alert_data_uuid,
                "dataType": data_type,
                "eventSubscriptionUuid": event_subscription_uuid,
                "resourceUuid": resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_action_to_alarm(
        self,
        *,
        alarm_uuid: str,
        action_type: str,
        action_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddActionToAlarmResult:
        """增加报警动作 (AddActionToAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_uuid: 报警器UUID (since 2.3)
            action_type: 报警动作类型 (since 2.3)
            action_uuid: 报警动作UUID (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ACTION_TO_ALARM,
            {
                "alarmUuid": alarm_uuid,
                "actionType": action_type,
                "actionUuid": action_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_action_to_event_subscription(
        self,
        *,
        subscription_uuid: str,
        action_type: str,
        action_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddActionToEventSubscriptionResult:
        """Add action to event subscription (AddActionToEventSubscription).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/AddActionToEventSubscriptionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            subscription_uuid: subscriptionUuid
            action_type: actionType
            action_uuid: actionUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ACTION_TO_EVENT_SUBSCRIPTION,
            {
                "subscriptionUuid": subscription_uuid,
                "actionType": action_type,
                "actionUuid": action_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_event_rule_template(
        self,
        *,
        event_name: str,
        monitor_template_uuid: str,
        name: str,
        namespace: str,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        labels: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddEventRuleTemplateResult:
        """Add event rule template (AddEventRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/AddEventRuleTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            emergency_level: emergencyLevel (enum {'Emergent', 'Important', 'Normal'})
            event_name: eventName
            labels: labels
            monitor_template_uuid: monitorTemplateUuid
            name: name (maxLength 255)
            namespace: namespace
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_EVENT_RULE_TEMPLATE,
            {
                "emergencyLevel": emergency_level,
                "eventName": event_name,
                "labels": labels,
                "monitorTemplateUuid": monitor_template_uuid,
                "name": name,
                "namespace": namespace,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_instance_to_monitor_group(
        self,
        *,
        group_uuid: str,
        instance_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddInstanceToMonitorGroupResult:
        """Add instance to monitor group (AddInstanceToMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/AddInstanceToMonitorGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            group_uuid: groupUuid (maxLength 32)
            instance_uuid: instanceUuid (maxLength 32)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_INSTANCE_TO_MONITOR_GROUP,
            {
                "groupUuid": group_uuid,
                "instanceUuid": instance_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_label_to_alarm(
        self,
        *,
        alarm_uuid: str,
        key: str,
        operator: Literal["Regex", "Equal"],
        value: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddLabelToAlarmResult:
        """增加标签到报警器 (AddLabelToAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_uuid: 报警器UUID (since 2.3)
            key: 标签键 (since 2.3; maxLength 1024)
            operator: 操作符 (since 2.3; enum {'Regex', 'Equal'})
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            value: 标签值 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_LABEL_TO_ALARM,
            {
                "alarmUuid": alarm_uuid,
                "key": key,
                "operator": operator,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_label_to_event_subscription(
        self,
        *,
        subscription_uuid: str,
        key: str,
        operator: Literal["Regex", "Equal"],
        value: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddLabelToEventSubscriptionResult:
        """Add label to event subscription (AddLabelToEventSubscription).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/AddLabelToEventSubscriptionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            subscription_uuid: subscriptionUuid
            key: key (maxLength 1024)
            operator: operator (enum {'Regex', 'Equal'})
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            value: value
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_LABEL_TO_EVENT_SUBSCRIPTION,
            {
                "subscriptionUuid": subscription_uuid,
                "key": key,
                "operator": operator,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_metric_rule_template(
        self,
        *,
        monitor_template_uuid: str,
        comparison_operator: Literal[
            "GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"
        ],
        metric_name: str,
        name: str,
        namespace: str,
        threshold: float,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        enable_recovery: bool | None = None,
        labels: Sequence[Any] | None = None,
        period: int | None = None,
        repeat_count: int | None = None,
        repeat_interval: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMetricRuleTemplateResult:
        """Add metric rule template (AddMetricRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/AddMetricRuleTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            monitor_template_uuid: monitorTemplateUuid
            comparison_operator: comparisonOperator (enum {'GreaterThanOrEqualTo', 'GreaterThan', 'LessThan', 'LessThanOrEqualTo'})
            emergency_level: emergencyLevel (enum {'Emergent', 'Important', 'Normal'})
            enable_recovery: enableRecovery
            labels: labels
            metric_name: metricName
            name: name (maxLength 255)
            namespace: namespace
            period: period (minimum 1; maximum 2147483647)
            repeat_count: repeatCount (minimum -1; maximum 2147483647)
            repeat_interval: repeatInterval (minimum 0; maximum 9223372036854775807)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            threshold: threshold (minimum 0; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_METRIC_RULE_TEMPLATE,
            {
                "monitorTemplateUuid": monitor_template_uuid,
                "comparisonOperator": comparison_operator,
                "emergencyLevel": emergency_level,
                "enableRecovery": enable_recovery,
                "labels": labels,
                "metricName": metric_name,
                "name": name,
                "namespace": namespace,
                "period": period,
                "repeatCount": repeat_count,
                "repeatInterval": repeat_interval,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "threshold": threshold,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_thirdparty_platform(
        self,
        *,
        name: str,
        template: str,
        type: str,
        url: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddThirdpartyPlatformResult:
        """Add thirdparty platform (AddThirdpartyPlatform).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/thirdparty/api/AddThirdpartyPlatformAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            template: template (maxLength 8192)
            type: type (maxLength 255)
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_THIRDPARTY_PLATFORM,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "template": template,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def apply_monitor_template_to_monitor_group(
        self,
        *,
        template_uuid: str,
        group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ApplyMonitorTemplateToMonitorGroupResult:
        """Apply monitor template to monitor group (ApplyMonitorTemplateToMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/ApplyMonitorTemplateToMonitorGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            template_uuid: templateUuid (maxLength 32)
            group_uuid: groupUuid (maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            APPLY_MONITOR_TEMPLATE_TO_MONITOR_GROUP,
            {
                "templateUuid": template_uuid,
                "groupUuid": group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_active_alarm_state(
        self,
        *,
        namespace: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeActiveAlarmStateResult:
        """Change active alarm state (ChangeActiveAlarmState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/activealarm/api/ChangeActiveAlarmStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            namespace: namespace
            state_event: stateEvent (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_ACTIVE_ALARM_STATE,
            {
                "namespace": namespace,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_alarm_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAlarmStateResult:
        """更改报警器状态 (ChangeAlarmState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_ALARM_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_event_subscription_state(
        self,
        *,
        uuid: str,
        state: Literal["Enabled", "Disabled"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeEventSubscriptionStateResult:
        """修改事件报警器状态 (ChangeEventSubscriptionState).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            state: 事件报警器状态 (since 4.7.0; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_EVENT_SUBSCRIPTION_STATE,
            {
                "uuid": uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def clone_monitor_template(
        self,
        *,
        uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CloneMonitorTemplateResult:
        """Clone monitor template (CloneMonitorTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/CloneMonitorTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CLONE_MONITOR_TEMPLATE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_alarm(
        self,
        *,
        comparison_operator: Literal[
            "GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"
        ],
        metric_name: str,
        name: str,
        namespace: str,
        threshold: float,
        actions: Sequence[Any] | None = None,
        description: str | None = None,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        enable_recovery: bool | None = None,
        labels: Sequence[Any] | None = None,
        period: int | None = None,
        repeat_count: int | None = None,
        repeat_interval: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAlarmResult:
        """创建报警器 (CreateAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            actions: 报警动作列表 (since 2.3)
            comparison_operator: 阈值比较符 (since 2.3; enum {'GreaterThanOrEqualTo', 'GreaterThan', 'LessThan', 'LessThanOrEqualTo'})
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            emergency_level: 报警等级 (since 3.8.0; enum {'Emergent', 'Important', 'Normal'})
            enable_recovery: 开启恢复通知 (since 3.4.0)
            labels: 标签列表 (since 2.3)
            metric_name: 监控项名 (since 2.3)
            name: 资源名称 (since 2.3; maxLength 255)
            namespace: 名字空间 (since 2.3)
            period: 阈值持续时间 (since 2.3; minimum 1; maximum 2147483647)
            repeat_count: 报警重复次数 (since 3.3.0; minimum -1; maximum 2147483647)
            repeat_interval: 报警重复时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            threshold: 阈值 (since 2.3; minimum 0; maximum 9223372036854775807)
            type: 报警器类型 (since 3.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ALARM,
            {
                "actions": actions,
                "comparisonOperator": comparison_operator,
                "description": description,
                "emergencyLevel": emergency_level,
                "enableRecovery": enable_recovery,
                "labels": labels,
                "metricName": metric_name,
                "name": name,
                "namespace": namespace,
                "period": period,
                "repeatCount": repeat_count,
                "repeatInterval": repeat_interval,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "threshold": threshold,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_metric_data_http_receiver(
        self,
        *,
        name: str,
        url: str,
        default_enable: bool | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMetricDataHttpReceiverResult:
        """Create metric data http receiver (CreateMetricDataHttpReceiver).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/CreateMetricDataHttpReceiverAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            default_enable: defaultEnable
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            url: url (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_METRIC_DATA_HTTP_RECEIVER,
            {
                "defaultEnable": default_enable,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_metric_template(
        self,
        *,
        metric_name: str,
        namespace: str,
        receiver_uuid: str,
        template: str,
        description: str | None = None,
        labels_json_str: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMetricTemplateResult:
        """Create metric template (CreateMetricTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/CreateMetricTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            labels_json_str: labelsJsonStr (maxLength 4096)
            metric_name: metricName (maxLength 128)
            namespace: namespace (maxLength 64)
            receiver_uuid: receiverUuid (maxLength 32)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            template: template (maxLength 4096)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_METRIC_TEMPLATE,
            {
                "description": description,
                "labelsJsonStr": labels_json_str,
                "metricName": metric_name,
                "namespace": namespace,
                "receiverUuid": receiver_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "template": template,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_monitor_group(
        self,
        *,
        name: str,
        actions: Sequence[Any] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMonitorGroupResult:
        """Create monitor group (CreateMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/CreateMonitorGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            actions: actions
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_MONITOR_GROUP,
            {
                "actions": actions,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_monitor_template(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMonitorTemplateResult:
        """Create monitor template (CreateMonitorTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/CreateMonitorTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_MONITOR_TEMPLATE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_alarm(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAlarmResult:
        """删除报警器 (DeleteAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALARM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_event_rule_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEventRuleTemplateResult:
        """Delete event rule template (DeleteEventRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/DeleteEventRuleTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_EVENT_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_metric_data(
        self,
        *,
        namespace: str,
        metric_name: str,
        labels: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMetricDataResult:
        """Delete metric data (DeleteMetricData).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/DeleteMetricDataAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            namespace: namespace
            metric_name: metricName
            labels: labels
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_METRIC_DATA,
            {
                "namespace": namespace,
                "metricName": metric_name,
                "labels": labels,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_metric_data_http_receiver(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMetricDataHttpReceiverResult:
        """Delete metric data http receiver (DeleteMetricDataHttpReceiver).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/DeleteMetricDataHttpReceiverAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_METRIC_DATA_HTTP_RECEIVER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_metric_rule_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMetricRuleTemplateResult:
        """Delete metric rule template (DeleteMetricRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/DeleteMetricRuleTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_METRIC_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_metric_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMetricTemplateResult:
        """Delete metric template (DeleteMetricTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/DeleteMetricTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_METRIC_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_monitor_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMonitorGroupResult:
        """Delete monitor group (DeleteMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/DeleteMonitorGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_MONITOR_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_monitor_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMonitorTemplateResult:
        """Delete monitor template (DeleteMonitorTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/DeleteMonitorTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_MONITOR_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_thirdparty_platform(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteThirdpartyPlatformResult:
        """Delete thirdparty platform (DeleteThirdpartyPlatform).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/thirdparty/api/DeleteThirdpartyPlatformAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_THIRDPARTY_PLATFORM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_active_alarm_status(
        self,
        *,
        account_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetActiveAlarmStatusResult:
        """Get active alarm status (GetActiveAlarmStatus).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/activealarm/api/GetActiveAlarmStatusAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            account_uuid: accountUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ACTIVE_ALARM_STATUS,
            {
                "accountUuid": account_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_alarm_data(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        conditions: Sequence[str] | None = None,
        count: bool | None = None,
        exclude_other_account: bool | None = None,
        endpoint_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        start: int | None = None,
        job_uuid: str | None = None,
    ) -> GetAlarmDataResult:
        """获取资源报警器历史 (GetAlarmData).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            start_time: 起始时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            limit: 返回记录条数数量 (since 2.3; minimum 0; maximum 2147483647)
            conditions: 条件列表，用于过滤结果 (since 2.3)
            count: 是否查询消息数量 (since 3.3.0)
            exclude_other_account: 是否排除非当前账号的消息（只对SystemAdmin生效） (since 3.3.0)
            endpoint_uuid: 接收端Uuid (since 3.10.0)
            start: start (minimum 0; maximum 2147483647)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ALARM_DATA,
            {
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
                "conditions": conditions,
                "count": count,
                "excludeOtherAccount": exclude_other_account,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "start": start,
            },
            job_uuid,
        )

    def get_text_template_arg(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetTextTemplateArgResult:
        """Get text template arg (GetTextTemplateArg).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/GetTextTemplateArgAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_TEXT_TEMPLATE_ARG,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_z_watch_alert_histogram(
        self,
        *,
        table_name: str,
        start_time: int,
        end_time: int,
        interval_hours: int,
        group_columns: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetZWatchAlertHistogramResult:
        """统计报警消息数量 (GetZWatchAlertHistogram).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            table_name: 消息类型 (since 4.1.0)
            start_time: 起始时间 (since 4.1.0; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 4.1.0; minimum 0; maximum 9223372036854775807)
            interval_hours: 间隔小时 (since 4.1.0; minimum 1; maximum 24)
            group_columns: 分组属性 (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_Z_WATCH_ALERT_HISTOGRAM,
            {
                "tableName": table_name,
                "startTime": start_time,
                "endTime": end_time,
                "intervalHours": interval_hours,
                "groupColumns": group_columns,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_active_alarm(
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
    ) -> QueryActiveAlarmResult:
        """Query active alarm (QueryActiveAlarm).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/activealarm/api/QueryActiveAlarmAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ACTIVE_ALARM,
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

    def query_active_alarm_pages(
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
        """Every result of ``query_active_alarm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACTIVE_ALARM,
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

    def query_active_alarm_template(
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
    ) -> QueryActiveAlarmTemplateResult:
        """Query active alarm template (QueryActiveAlarmTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/activealarm/api/QueryActiveAlarmTemplateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ACTIVE_ALARM_TEMPLATE,
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

    def query_active_alarm_template_pages(
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
        """Every result of ``query_active_alarm_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACTIVE_ALARM_TEMPLATE,
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

    def query_alarm(
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
    ) -> QueryAlarmResult:
        """查询报警器 (QueryAlarm).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALARM,
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

    def query_alarm_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AlarmInventory]:
        """Every result of ``query_alarm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALARM,
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

    def query_alarm_record(
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
    ) -> QueryAlarmRecordResult:
        """查询资源报警器报警记录 (QueryAlarmRecord).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALARM_RECORD,
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

    def query_alarm_record_pages(
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
        """Every result of ``query_alarm_record``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALARM_RECORD,
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

    def query_alert_data_ack(
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
    ) -> QueryAlertDataAckResult:
        """Query alert data ack (QueryAlertDataAck).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/QueryAlertDataAckAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALERT_DATA_ACK,
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

    def query_alert_data_ack_pages(
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
        """Every result of ``query_alert_data_ack``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALERT_DATA_ACK,
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

    def query_audit(
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
    ) -> QueryAuditResult:
        """Query audit (QueryAudit).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/QueryAuditAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_AUDIT,
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

    def query_audit_pages(
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
        """Every result of ``query_audit``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUDIT,
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

    def query_event_rule_template(
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
    ) -> QueryEventRuleTemplateResult:
        """Query event rule template (QueryEventRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryEventRuleTemplateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_EVENT_RULE_TEMPLATE,
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

    def query_event_rule_template_pages(
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
        """Every result of ``query_event_rule_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EVENT_RULE_TEMPLATE,
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

    def query_metric_data_http_receiver(
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
    ) -> QueryMetricDataHttpReceiverResult:
        """Query metric data http receiver (QueryMetricDataHttpReceiver).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/QueryMetricDataHttpReceiverAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_METRIC_DATA_HTTP_RECEIVER,
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

    def query_metric_data_http_receiver_pages(
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
        """Every result of ``query_metric_data_http_receiver``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_METRIC_DATA_HTTP_RECEIVER,
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

    def query_metric_rule_template(
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
    ) -> QueryMetricRuleTemplateResult:
        """Query metric rule template (QueryMetricRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryMetricRuleTemplateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_METRIC_RULE_TEMPLATE,
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

    def query_metric_rule_template_pages(
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
        """Every result of ``query_metric_rule_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_METRIC_RULE_TEMPLATE,
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

    def query_metric_template(
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
    ) -> QueryMetricTemplateResult:
        """Query metric template (QueryMetricTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/QueryMetricTemplateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_METRIC_TEMPLATE,
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

    def query_metric_template_pages(
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
        """Every result of ``query_metric_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_METRIC_TEMPLATE,
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

    def query_monitor_group(
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
    ) -> QueryMonitorGroupResult:
        """Query monitor group (QueryMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryMonitorGroupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MONITOR_GROUP,
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

    def query_monitor_group_pages(
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
        """Every result of ``query_monitor_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_GROUP,
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

    def query_monitor_group_alarm(
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
    ) -> QueryMonitorGroupAlarmResult:
        """Query monitor group alarm (QueryMonitorGroupAlarm).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryMonitorGroupAlarmAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MONITOR_GROUP_ALARM,
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

    def query_monitor_group_alarm_pages(
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
        """Every result of ``query_monitor_group_alarm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_GROUP_ALARM,
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

    def query_monitor_group_event_subscription(
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
    ) -> QueryMonitorGroupEventSubscriptionResult:
        """Query monitor group event subscription (QueryMonitorGroupEventSubscription).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryMonitorGroupEventSubscriptionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MONITOR_GROUP_EVENT_SUBSCRIPTION,
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

    def query_monitor_group_event_subscription_pages(
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
        """Every result of ``query_monitor_group_event_subscription``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_GROUP_EVENT_SUBSCRIPTION,
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

    def query_monitor_group_instance(
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
    ) -> QueryMonitorGroupInstanceResult:
        """Query monitor group instance (QueryMonitorGroupInstance).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryMonitorGroupInstanceAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MONITOR_GROUP_INSTANCE,
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

    def query_monitor_group_instance_pages(
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
        """Every result of ``query_monitor_group_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_GROUP_INSTANCE,
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

    def query_monitor_group_template_ref(
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
    ) -> QueryMonitorGroupTemplateRefResult:
        """Query monitor group template ref (QueryMonitorGroupTemplateRef).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryMonitorGroupTemplateRefAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MONITOR_GROUP_TEMPLATE_REF,
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

    def query_monitor_group_template_ref_pages(
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
        """Every result of ``query_monitor_group_template_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_GROUP_TEMPLATE_REF,
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

    def query_monitor_template(
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
    ) -> QueryMonitorTemplateResult:
        """Query monitor template (QueryMonitorTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryMonitorTemplateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MONITOR_TEMPLATE,
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

    def query_monitor_template_pages(
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
        """Every result of ``query_monitor_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_TEMPLATE,
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

    def query_sns_endpoint_thirdparty_alert_history(
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
    ) -> QuerySNSEndpointThirdpartyAlertHistoryResult:
        """Query SNS endpoint thirdparty alert history (QuerySNSEndpointThirdpartyAlertHistory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/thirdparty/api/QuerySNSEndpointThirdpartyAlertHistoryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_ENDPOINT_THIRDPARTY_ALERT_HISTORY,
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

    def query_sns_endpoint_thirdparty_alert_history_pages(
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
        """Every result of ``query_sns_endpoint_thirdparty_alert_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_ENDPOINT_THIRDPARTY_ALERT_HISTORY,
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

    def query_thirdparty_alert(
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
    ) -> QueryThirdpartyAlertResult:
        """Query thirdparty alert (QueryThirdpartyAlert).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/thirdparty/api/QueryThirdpartyAlertAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_THIRDPARTY_ALERT,
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

    def query_thirdparty_alert_pages(
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
        """Every result of ``query_thirdparty_alert``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_THIRDPARTY_ALERT,
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

    def query_thirdparty_platform(
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
    ) -> QueryThirdpartyPlatformResult:
        """Query thirdparty platform (QueryThirdpartyPlatform).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/thirdparty/api/QueryThirdpartyPlatformAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_THIRDPARTY_PLATFORM,
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

    def query_thirdparty_platform_pages(
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
        """Every result of ``query_thirdparty_platform``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_THIRDPARTY_PLATFORM,
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

    def remove_action_from_alarm(
        self,
        *,
        alarm_uuid: str,
        action_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveActionFromAlarmResult:
        """删除报警动作 (RemoveActionFromAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_uuid: 报警器UUID (since 2.3)
            action_uuid: 报警动作UUID (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_ACTION_FROM_ALARM,
            {
                "alarmUuid": alarm_uuid,
                "actionUuid": action_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_action_from_event_subscription(
        self,
        *,
        subscription_uuid: str,
        action_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveActionFromEventSubscriptionResult:
        """Remove action from event subscription (RemoveActionFromEventSubscription).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/RemoveActionFromEventSubscriptionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            subscription_uuid: subscriptionUuid
            action_uuid: actionUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_ACTION_FROM_EVENT_SUBSCRIPTION,
            {
                "subscriptionUuid": subscription_uuid,
                "actionUuid": action_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_instance_from_monitor_group(
        self,
        *,
        group_uuid: str,
        instance_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveInstanceFromMonitorGroupResult:
        """Remove instance from monitor group (RemoveInstanceFromMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/RemoveInstanceFromMonitorGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            group_uuid: groupUuid
            instance_uuid: instanceUuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_INSTANCE_FROM_MONITOR_GROUP,
            {
                "groupUuid": group_uuid,
                "instanceUuid": instance_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_label_from_alarm(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveLabelFromAlarmResult:
        """从报警器上删除标签 (RemoveLabelFromAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_LABEL_FROM_ALARM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_label_from_event_subscription(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveLabelFromEventSubscriptionResult:
        """Remove label from event subscription (RemoveLabelFromEventSubscription).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/RemoveLabelFromEventSubscriptionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_LABEL_FROM_EVENT_SUBSCRIPTION,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def revoke_monitor_template_from_monitor_group(
        self,
        *,
        template_uuid: str,
        group_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevokeMonitorTemplateFromMonitorGroupResult:
        """Revoke monitor template from monitor group (RevokeMonitorTemplateFromMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/RevokeMonitorTemplateFromMonitorGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            template_uuid: templateUuid
            group_uuid: groupUuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REVOKE_MONITOR_TEMPLATE_FROM_MONITOR_GROUP,
            {
                "templateUuid": template_uuid,
                "groupUuid": group_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_active_alarm_template(
        self,
        *,
        uuid: str,
        alarm_name: str | None = None,
        comparison_operator: Literal[
            "GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"
        ]
        | None = None,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        labels: str | None = None,
        period: int | None = None,
        repeat_count: int | None = None,
        repeat_interval: int | None = None,
        threshold: float | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateActiveAlarmTemplateResult:
        """修改一键报警模板 (UpdateActiveAlarmTemplate).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 模板UUID (since 4.7.0)
            alarm_name: 模板名称 (since 4.7.0; maxLength 255)
            comparison_operator: 阈值比较符 (since 4.7.0; enum {'GreaterThanOrEqualTo', 'GreaterThan', 'LessThan', 'LessThanOrEqualTo'})
            emergency_level: 报警等级 (since 4.7.0; enum {'Emergent', 'Important', 'Normal'})
            labels: labels (since 4.7.0)
            period: 阈值持续时间 (since 4.7.0; minimum 1; maximum 2147483647)
            repeat_count: 报警重复次数 (since 4.7.0; minimum -1; maximum 2147483647)
            repeat_interval: 报警重复时间 (since 4.7.0; minimum 0; maximum 2147483647)
            threshold: 阈值 (since 4.7.0; minimum 0; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ACTIVE_ALARM_TEMPLATE,
            {
                "uuid": uuid,
                "alarmName": alarm_name,
                "comparisonOperator": comparison_operator,
                "emergencyLevel": emergency_level,
                "labels": labels,
                "period": period,
                "repeatCount": repeat_count,
                "repeatInterval": repeat_interval,
                "threshold": threshold,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_alarm(
        self,
        *,
        uuid: str,
        actions: Sequence[Any] | None = None,
        comparison_operator: Literal[
            "GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"
        ]
        | None = None,
        description: str | None = None,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        enable_recovery: bool | None = None,
        name: str | None = None,
        period: int | None = None,
        repeat_count: int | None = None,
        repeat_interval: int | None = None,
        threshold: float | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAlarmResult:
        """修改报警器 (UpdateAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            actions: actions
            comparison_operator: 阈值比较符 (since 2.3; enum {'GreaterThanOrEqualTo', 'GreaterThan', 'LessThan', 'LessThanOrEqualTo'})
            description: 资源的详细描述 (since 2.3; maxLength 2047)
            emergency_level: 报警等级 (since 3.8.0; enum {'Emergent', 'Important', 'Normal'})
            enable_recovery: enableRecovery (since 3.4.0)
            name: 资源名称 (since 2.3; maxLength 255)
            period: 阈值持续时间 (since 2.3; minimum 1; maximum 2147483647)
            repeat_count: 报警重复次数 (since 3.3.0; minimum -1; maximum 2147483647)
            repeat_interval: 报警重复时间 (since 2.3; minimum 0; maximum 2147483647)
            threshold: 阈值 (since 2.3; minimum 0; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALARM,
            {
                "uuid": uuid,
                "actions": actions,
                "comparisonOperator": comparison_operator,
                "description": description,
                "emergencyLevel": emergency_level,
                "enableRecovery": enable_recovery,
                "name": name,
                "period": period,
                "repeatCount": repeat_count,
                "repeatInterval": repeat_interval,
                "threshold": threshold,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_alarm_data(
        self,
        *,
        update_mode: Literal["OnlyOne", "InRange", "All"],
        data_end_time: int | None = None,
        data_start_time: int | None = None,
        data_uuid: str | None = None,
        read_status: Literal["Read", "Unread"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAlarmDataResult:
        """更新报警器历史消息 (UpdateAlarmData).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_end_time: 选择目标消息的结束时间，updateMode需要传入InRange (since 3.3.0)
            data_start_time: 选择目标消息的起始时间，updateMode需要传入InRange (since 3.3.0)
            data_uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            read_status: 更新消息已读状态 (since 3.3.0; enum {'Read', 'Unread'})
            update_mode: 选择更新目标消息的范围，OnlyOne表示只更新指定的消息，InRange表示更新某个时间范围产生的消息， All表示更新所有消息 (since 3.3.0; enum {'OnlyOne', 'InRange', 'All'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALARM_DATA,
            {
                "dataEndTime": data_end_time,
                "dataStartTime": data_start_time,
                "dataUuid": data_uuid,
                "readStatus": read_status,
                "updateMode": update_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_alarm_label(
        self,
        *,
        uuid: str,
        key: str,
        operator: Literal["Regex", "Equal"],
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAlarmLabelResult:
        """修改报警器标签 (UpdateAlarmLabel).

        Since ZStack 3.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.3)
            key: 标签键 (since 3.3; maxLength 1024)
            operator: 标签操作符 (since 3.3; enum {'Regex', 'Equal'})
            value: 标签值 (since 3.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALARM_LABEL,
            {
                "uuid": uuid,
                "key": key,
                "operator": operator,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_alert_data_ack(
        self,
        *,
        alert_data_uuid: str,
        resume_alert: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAlertDataAckResult:
        """Update alert data ack (UpdateAlertDataAck).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/UpdateAlertDataAckAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            alert_data_uuid: alertDataUuid
            resume_alert: resumeAlert
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALERT_DATA_ACK,
            {
                "alertDataUuid": alert_data_uuid,
                "resumeAlert": resume_alert,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_event_rule_template(
        self,
        *,
        uuid: str,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        labels: Sequence[Any] | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEventRuleTemplateResult:
        """Update event rule template (UpdateEventRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/UpdateEventRuleTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            emergency_level: emergencyLevel (enum {'Emergent', 'Important', 'Normal'})
            labels: labels
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_EVENT_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "emergencyLevel": emergency_level,
                "labels": labels,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_metric_rule_template(
        self,
        *,
        uuid: str,
        comparison_operator: Literal[
            "GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"
        ]
        | None = None,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        enable_recovery: bool | None = None,
        labels: Sequence[Any] | None = None,
        name: str | None = None,
        period: int | None = None,
        repeat_count: int | None = None,
        repeat_interval: int | None = None,
        threshold: float | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateMetricRuleTemplateResult:
        """Update metric rule template (UpdateMetricRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/UpdateMetricRuleTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            comparison_operator: comparisonOperator (enum {'GreaterThanOrEqualTo', 'GreaterThan', 'LessThan', 'LessThanOrEqualTo'})
            emergency_level: emergencyLevel (enum {'Emergent', 'Important', 'Normal'})
            enable_recovery: enableRecovery
            labels: labels
            name: name (maxLength 255)
            period: period (minimum 1; maximum 2147483647)
            repeat_count: repeatCount (minimum -1; maximum 2147483647)
            repeat_interval: repeatInterval (minimum 0; maximum 9223372036854775807)
            threshold: threshold (minimum 0; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_METRIC_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "comparisonOperator": comparison_operator,
                "emergencyLevel": emergency_level,
                "enableRecovery": enable_recovery,
                "labels": labels,
                "name": name,
                "period": period,
                "repeatCount": repeat_count,
                "repeatInterval": repeat_interval,
                "threshold": threshold,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_monitor_group(
        self,
        *,
        uuid: str,
        actions: Sequence[Any] | None = None,
        description: str | None = None,
        name: str | None = None,
        state_event: Literal["enable", "disable"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateMonitorGroupResult:
        """Update monitor group (UpdateMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/UpdateMonitorGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            actions: actions
            description: description (maxLength 2048)
            name: name (maxLength 255)
            state_event: stateEvent (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_MONITOR_GROUP,
            {
                "uuid": uuid,
                "actions": actions,
                "description": description,
                "name": name,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_monitor_template(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateMonitorTemplateResult:
        """Update monitor template (UpdateMonitorTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/UpdateMonitorTemplateAction.java`.

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
            UPDATE_MONITOR_TEMPLATE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_subscribe_event(
        self,
        *,
        uuid: str,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSubscribeEventResult:
        """修改事件报警器 (UpdateSubscribeEvent).

        Since ZStack 3.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 事件报警器UUID (since 3.8.0)
            emergency_level: 报警等级 (since 3.8.0; enum {'Emergent', 'Important', 'Normal'})
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SUBSCRIBE_EVENT,
            {
                "uuid": uuid,
                "emergencyLevel": emergency_level,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_thirdparty_alerts(
        self,
        *,
        end_time_millis: int | None = None,
        start_time_millis: int | None = None,
        update_read_status: Literal["Unread", "Read"] | None = None,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateThirdpartyAlertsResult:
        """Update thirdparty alerts (UpdateThirdpartyAlerts).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/thirdparty/api/UpdateThirdpartyAlertsAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            end_time_millis: endTimeMillis
            start_time_millis: startTimeMillis
            update_read_status: updateReadStatus (enum {'Unread', 'Read'})
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_THIRDPARTY_ALERTS,
            {
                "endTimeMillis": end_time_millis,
                "startTimeMillis": start_time_millis,
                "updateReadStatus": update_read_status,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_thirdparty_platform(
        self,
        *,
        uuid: str,
        description: str | None = None,
        last_sync_date_mills: int | None = None,
        name: str | None = None,
        state_event: Literal["enable", "disable"] | None = None,
        template: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateThirdpartyPlatformResult:
        """Update thirdparty platform (UpdateThirdpartyPlatform).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/thirdparty/api/UpdateThirdpartyPlatformAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            last_sync_date_mills: lastSyncDateMills
            name: name (maxLength 255)
            state_event: stateEvent (enum {'enable', 'disable'})
            template: template (maxLength 8192)
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_THIRDPARTY_PLATFORM,
            {
                "uuid": uuid,
                "description": description,
                "lastSyncDateMills": last_sync_date_mills,
                "name": name,
                "stateEvent": state_event,
                "template": template,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncZwatchApi(AsyncNamespace):
    """zwatch: 70 APIs (AckAlarmData, AckEventData, AddActionToAlarm, ...). (asyncio)"""

    __slots__ = ()

    async def ack_alarm_data(
        self,
        *,
        ack_period_sec: int,
        alarm_uuid: str,
        alert_data_uuid: str,
        data_type: Literal["alarm", "event"],
        resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AckAlarmDataResult:
        """Ack alarm data (AckAlarmData).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/AckAlarmDataAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            ack_period_sec: ackPeriodSec
            alarm_uuid: alarmUuid (maxLength 32)
            alert_data_uuid: alertDataUuid (maxLength 32)
            data_type: dataType (maxLength 32; enum {'alarm', 'event'})
            resource_uuid: resourceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ACK_ALARM_DATA,
            {
                "ackPeriodSec": ack_period_sec,
                "alarmUuid": alarm_uuid,
                "alertDataUuid": alert_data_uuid,
                "dataType": data_type,
                "resourceUuid": resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def ack_event_data(
        self,
        *,
        ack_period_sec: int,
        alert_data_uuid: str,
        data_type: Literal["alarm", "event"],
        event_subscription_uuid: str,
        resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AckEventDataResult:
        """Ack event data (AckEventData).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/AckEventDataAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            ack_period_sec: ackPeriodSec
            alert_data_uuid: alertDataUuid (maxLength 32)
            data_type: dataType (maxLength 32; enum {'alarm', 'event'})
            event_subscription_uuid: eventSubscriptionUuid (maxLength 32)
            resource_uuid: resourceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ACK_EVENT_DATA,
            {
                "ackPeriodSec": ack_period_sec,
                "alertDataUuid": alert_data_uuid,
                "dataType": data_type,
                "eventSubscriptionUuid": event_subscription_uuid,
                "resourceUuid": resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_action_to_alarm(
        self,
        *,
        alarm_uuid: str,
        action_type: str,
        action_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddActionToAlarmResult:
        """增加报警动作 (AddActionToAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_uuid: 报警器UUID (since 2.3)
            action_type: 报警动作类型 (since 2.3)
            action_uuid: 报警动作UUID (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ACTION_TO_ALARM,
            {
                "alarmUuid": alarm_uuid,
                "actionType": action_type,
                "actionUuid": action_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_action_to_event_subscription(
        self,
        *,
        subscription_uuid: str,
        action_type: str,
        action_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddActionToEventSubscriptionResult:
        """Add action to event subscription (AddActionToEventSubscription).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/AddActionToEventSubscriptionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            subscription_uuid: subscriptionUuid
            action_type: actionType
            action_uuid: actionUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ACTION_TO_EVENT_SUBSCRIPTION,
            {
                "subscriptionUuid": subscription_uuid,
                "actionType": action_type,
                "actionUuid": action_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_event_rule_template(
        self,
        *,
        event_name: str,
        monitor_template_uuid: str,
        name: str,
        namespace: str,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        labels: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddEventRuleTemplateResult:
        """Add event rule template (AddEventRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/AddEventRuleTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            emergency_level: emergencyLevel (enum {'Emergent', 'Important', 'Normal'})
            event_name: eventName
            labels: labels
            monitor_template_uuid: monitorTemplateUuid
            name: name (maxLength 255)
            namespace: namespace
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_EVENT_RULE_TEMPLATE,
            {
                "emergencyLevel": emergency_level,
                "eventName": event_name,
                "labels": labels,
                "monitorTemplateUuid": monitor_template_uuid,
                "name": name,
                "namespace": namespace,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_instance_to_monitor_group(
        self,
        *,
        group_uuid: str,
        instance_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddInstanceToMonitorGroupResult:
        """Add instance to monitor group (AddInstanceToMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/AddInstanceToMonitorGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            group_uuid: groupUuid (maxLength 32)
            instance_uuid: instanceUuid (maxLength 32)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_INSTANCE_TO_MONITOR_GROUP,
            {
                "groupUuid": group_uuid,
                "instanceUuid": instance_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_label_to_alarm(
        self,
        *,
        alarm_uuid: str,
        key: str,
        operator: Literal["Regex", "Equal"],
        value: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddLabelToAlarmResult:
        """增加标签到报警器 (AddLabelToAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_uuid: 报警器UUID (since 2.3)
            key: 标签键 (since 2.3; maxLength 1024)
            operator: 操作符 (since 2.3; enum {'Regex', 'Equal'})
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            value: 标签值 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_LABEL_TO_ALARM,
            {
                "alarmUuid": alarm_uuid,
                "key": key,
                "operator": operator,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_label_to_event_subscription(
        self,
        *,
        subscription_uuid: str,
        key: str,
        operator: Literal["Regex", "Equal"],
        value: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddLabelToEventSubscriptionResult:
        """Add label to event subscription (AddLabelToEventSubscription).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/AddLabelToEventSubscriptionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            subscription_uuid: subscriptionUuid
            key: key (maxLength 1024)
            operator: operator (enum {'Regex', 'Equal'})
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            value: value
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_LABEL_TO_EVENT_SUBSCRIPTION,
            {
                "subscriptionUuid": subscription_uuid,
                "key": key,
                "operator": operator,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_metric_rule_template(
        self,
        *,
        monitor_template_uuid: str,
        comparison_operator: Literal[
            "GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"
        ],
        metric_name: str,
        name: str,
        namespace: str,
        threshold: float,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        enable_recovery: bool | None = None,
        labels: Sequence[Any] | None = None,
        period: int | None = None,
        repeat_count: int | None = None,
        repeat_interval: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMetricRuleTemplateResult:
        """Add metric rule template (AddMetricRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/AddMetricRuleTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            monitor_template_uuid: monitorTemplateUuid
            comparison_operator: comparisonOperator (enum {'GreaterThanOrEqualTo', 'GreaterThan', 'LessThan', 'LessThanOrEqualTo'})
            emergency_level: emergencyLevel (enum {'Emergent', 'Important', 'Normal'})
            enable_recovery: enableRecovery
            labels: labels
            metric_name: metricName
            name: name (maxLength 255)
            namespace: namespace
            period: period (minimum 1; maximum 2147483647)
            repeat_count: repeatCount (minimum -1; maximum 2147483647)
            repeat_interval: repeatInterval (minimum 0; maximum 9223372036854775807)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            threshold: threshold (minimum 0; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_METRIC_RULE_TEMPLATE,
            {
                "monitorTemplateUuid": monitor_template_uuid,
                "comparisonOperator": comparison_operator,
                "emergencyLevel": emergency_level,
                "enableRecovery": enable_recovery,
                "labels": labels,
                "metricName": metric_name,
                "name": name,
                "namespace": namespace,
                "period": period,
                "repeatCount": repeat_count,
                "repeatInterval": repeat_interval,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "threshold": threshold,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_thirdparty_platform(
        self,
        *,
        name: str,
        template: str,
        type: str,
        url: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddThirdpartyPlatformResult:
        """Add thirdparty platform (AddThirdpartyPlatform).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/thirdparty/api/AddThirdpartyPlatformAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            template: template (maxLength 8192)
            type: type (maxLength 255)
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_THIRDPARTY_PLATFORM,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "template": template,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def apply_monitor_template_to_monitor_group(
        self,
        *,
        template_uuid: str,
        group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ApplyMonitorTemplateToMonitorGroupResult:
        """Apply monitor template to monitor group (ApplyMonitorTemplateToMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/ApplyMonitorTemplateToMonitorGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            template_uuid: templateUuid (maxLength 32)
            group_uuid: groupUuid (maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            APPLY_MONITOR_TEMPLATE_TO_MONITOR_GROUP,
            {
                "templateUuid": template_uuid,
                "groupUuid": group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_active_alarm_state(
        self,
        *,
        namespace: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeActiveAlarmStateResult:
        """Change active alarm state (ChangeActiveAlarmState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/activealarm/api/ChangeActiveAlarmStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            namespace: namespace
            state_event: stateEvent (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_ACTIVE_ALARM_STATE,
            {
                "namespace": namespace,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_alarm_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAlarmStateResult:
        """更改报警器状态 (ChangeAlarmState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_ALARM_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_event_subscription_state(
        self,
        *,
        uuid: str,
        state: Literal["Enabled", "Disabled"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeEventSubscriptionStateResult:
        """修改事件报警器状态 (ChangeEventSubscriptionState).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            state: 事件报警器状态 (since 4.7.0; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_EVENT_SUBSCRIPTION_STATE,
            {
                "uuid": uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def clone_monitor_template(
        self,
        *,
        uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CloneMonitorTemplateResult:
        """Clone monitor template (CloneMonitorTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/CloneMonitorTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CLONE_MONITOR_TEMPLATE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_alarm(
        self,
        *,
        comparison_operator: Literal[
            "GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"
        ],
        metric_name: str,
        name: str,
        namespace: str,
        threshold: float,
        actions: Sequence[Any] | None = None,
        description: str | None = None,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        enable_recovery: bool | None = None,
        labels: Sequence[Any] | None = None,
        period: int | None = None,
        repeat_count: int | None = None,
        repeat_interval: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAlarmResult:
        """创建报警器 (CreateAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            actions: 报警动作列表 (since 2.3)
            comparison_operator: 阈值比较符 (since 2.3; enum {'GreaterThanOrEqualTo', 'GreaterThan', 'LessThan', 'LessThanOrEqualTo'})
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            emergency_level: 报警等级 (since 3.8.0; enum {'Emergent', 'Important', 'Normal'})
            enable_recovery: 开启恢复通知 (since 3.4.0)
            labels: 标签列表 (since 2.3)
            metric_name: 监控项名 (since 2.3)
            name: 资源名称 (since 2.3; maxLength 255)
            namespace: 名字空间 (since 2.3)
            period: 阈值持续时间 (since 2.3; minimum 1; maximum 2147483647)
            repeat_count: 报警重复次数 (since 3.3.0; minimum -1; maximum 2147483647)
            repeat_interval: 报警重复时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            threshold: 阈值 (since 2.3; minimum 0; maximum 9223372036854775807)
            type: 报警器类型 (since 3.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ALARM,
            {
                "actions": actions,
                "comparisonOperator": comparison_operator,
                "description": description,
                "emergencyLevel": emergency_level,
                "enableRecovery": enable_recovery,
                "labels": labels,
                "metricName": metric_name,
                "name": name,
                "namespace": namespace,
                "period": period,
                "repeatCount": repeat_count,
                "repeatInterval": repeat_interval,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "threshold": threshold,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_metric_data_http_receiver(
        self,
        *,
        name: str,
        url: str,
        default_enable: bool | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMetricDataHttpReceiverResult:
        """Create metric data http receiver (CreateMetricDataHttpReceiver).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/CreateMetricDataHttpReceiverAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            default_enable: defaultEnable
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            url: url (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_METRIC_DATA_HTTP_RECEIVER,
            {
                "defaultEnable": default_enable,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_metric_template(
        self,
        *,
        metric_name: str,
        namespace: str,
        receiver_uuid: str,
        template: str,
        description: str | None = None,
        labels_json_str: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMetricTemplateResult:
        """Create metric template (CreateMetricTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/CreateMetricTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            labels_json_str: labelsJsonStr (maxLength 4096)
            metric_name: metricName (maxLength 128)
            namespace: namespace (maxLength 64)
            receiver_uuid: receiverUuid (maxLength 32)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            template: template (maxLength 4096)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_METRIC_TEMPLATE,
            {
                "description": description,
                "labelsJsonStr": labels_json_str,
                "metricName": metric_name,
                "namespace": namespace,
                "receiverUuid": receiver_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "template": template,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_monitor_group(
        self,
        *,
        name: str,
        actions: Sequence[Any] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMonitorGroupResult:
        """Create monitor group (CreateMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/CreateMonitorGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            actions: actions
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_MONITOR_GROUP,
            {
                "actions": actions,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_monitor_template(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMonitorTemplateResult:
        """Create monitor template (CreateMonitorTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/CreateMonitorTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_MONITOR_TEMPLATE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_alarm(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAlarmResult:
        """删除报警器 (DeleteAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALARM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_event_rule_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEventRuleTemplateResult:
        """Delete event rule template (DeleteEventRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/DeleteEventRuleTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_EVENT_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_metric_data(
        self,
        *,
        namespace: str,
        metric_name: str,
        labels: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMetricDataResult:
        """Delete metric data (DeleteMetricData).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/DeleteMetricDataAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            namespace: namespace
            metric_name: metricName
            labels: labels
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_METRIC_DATA,
            {
                "namespace": namespace,
                "metricName": metric_name,
                "labels": labels,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_metric_data_http_receiver(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMetricDataHttpReceiverResult:
        """Delete metric data http receiver (DeleteMetricDataHttpReceiver).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/DeleteMetricDataHttpReceiverAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_METRIC_DATA_HTTP_RECEIVER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_metric_rule_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMetricRuleTemplateResult:
        """Delete metric rule template (DeleteMetricRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/DeleteMetricRuleTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_METRIC_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_metric_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMetricTemplateResult:
        """Delete metric template (DeleteMetricTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/DeleteMetricTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_METRIC_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_monitor_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMonitorGroupResult:
        """Delete monitor group (DeleteMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/DeleteMonitorGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_MONITOR_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_monitor_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMonitorTemplateResult:
        """Delete monitor template (DeleteMonitorTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/DeleteMonitorTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_MONITOR_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_thirdparty_platform(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteThirdpartyPlatformResult:
        """Delete thirdparty platform (DeleteThirdpartyPlatform).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/thirdparty/api/DeleteThirdpartyPlatformAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_THIRDPARTY_PLATFORM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_active_alarm_status(
        self,
        *,
        account_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetActiveAlarmStatusResult:
        """Get active alarm status (GetActiveAlarmStatus).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/activealarm/api/GetActiveAlarmStatusAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            account_uuid: accountUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ACTIVE_ALARM_STATUS,
            {
                "accountUuid": account_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_alarm_data(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        conditions: Sequence[str] | None = None,
        count: bool | None = None,
        exclude_other_account: bool | None = None,
        endpoint_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        start: int | None = None,
        job_uuid: str | None = None,
    ) -> GetAlarmDataResult:
        """获取资源报警器历史 (GetAlarmData).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            start_time: 起始时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            limit: 返回记录条数数量 (since 2.3; minimum 0; maximum 2147483647)
            conditions: 条件列表，用于过滤结果 (since 2.3)
            count: 是否查询消息数量 (since 3.3.0)
            exclude_other_account: 是否排除非当前账号的消息（只对SystemAdmin生效） (since 3.3.0)
            endpoint_uuid: 接收端Uuid (since 3.10.0)
            start: start (minimum 0; maximum 2147483647)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ALARM_DATA,
            {
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
                "conditions": conditions,
                "count": count,
                "excludeOtherAccount": exclude_other_account,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "start": start,
            },
            job_uuid,
        )

    async def get_text_template_arg(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetTextTemplateArgResult:
        """Get text template arg (GetTextTemplateArg).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/GetTextTemplateArgAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_TEXT_TEMPLATE_ARG,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_z_watch_alert_histogram(
        self,
        *,
        table_name: str,
        start_time: int,
        end_time: int,
        interval_hours: int,
        group_columns: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetZWatchAlertHistogramResult:
        """统计报警消息数量 (GetZWatchAlertHistogram).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            table_name: 消息类型 (since 4.1.0)
            start_time: 起始时间 (since 4.1.0; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 4.1.0; minimum 0; maximum 9223372036854775807)
            interval_hours: 间隔小时 (since 4.1.0; minimum 1; maximum 24)
            group_columns: 分组属性 (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_Z_WATCH_ALERT_HISTOGRAM,
            {
                "tableName": table_name,
                "startTime": start_time,
                "endTime": end_time,
                "intervalHours": interval_hours,
                "groupColumns": group_columns,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_active_alarm(
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
    ) -> QueryActiveAlarmResult:
        """Query active alarm (QueryActiveAlarm).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/activealarm/api/QueryActiveAlarmAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ACTIVE_ALARM,
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

    def query_active_alarm_pages(
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
        """Every result of ``query_active_alarm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACTIVE_ALARM,
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

    async def query_active_alarm_template(
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
    ) -> QueryActiveAlarmTemplateResult:
        """Query active alarm template (QueryActiveAlarmTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/activealarm/api/QueryActiveAlarmTemplateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ACTIVE_ALARM_TEMPLATE,
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

    def query_active_alarm_template_pages(
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
        """Every result of ``query_active_alarm_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACTIVE_ALARM_TEMPLATE,
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

    async def query_alarm(
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
    ) -> QueryAlarmResult:
        """查询报警器 (QueryAlarm).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALARM,
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

    def query_alarm_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AlarmInventory]:
        """Every result of ``query_alarm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALARM,
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

    async def query_alarm_record(
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
    ) -> QueryAlarmRecordResult:
        """查询资源报警器报警记录 (QueryAlarmRecord).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALARM_RECORD,
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

    def query_alarm_record_pages(
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
        """Every result of ``query_alarm_record``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALARM_RECORD,
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

    async def query_alert_data_ack(
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
    ) -> QueryAlertDataAckResult:
        """Query alert data ack (QueryAlertDataAck).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/QueryAlertDataAckAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALERT_DATA_ACK,
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

    def query_alert_data_ack_pages(
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
        """Every result of ``query_alert_data_ack``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALERT_DATA_ACK,
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

    async def query_audit(
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
    ) -> QueryAuditResult:
        """Query audit (QueryAudit).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/QueryAuditAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_AUDIT,
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

    def query_audit_pages(
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
        """Every result of ``query_audit``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_AUDIT,
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

    async def query_event_rule_template(
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
    ) -> QueryEventRuleTemplateResult:
        """Query event rule template (QueryEventRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryEventRuleTemplateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_EVENT_RULE_TEMPLATE,
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

    def query_event_rule_template_pages(
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
        """Every result of ``query_event_rule_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EVENT_RULE_TEMPLATE,
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

    async def query_metric_data_http_receiver(
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
    ) -> QueryMetricDataHttpReceiverResult:
        """Query metric data http receiver (QueryMetricDataHttpReceiver).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/QueryMetricDataHttpReceiverAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_METRIC_DATA_HTTP_RECEIVER,
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

    def query_metric_data_http_receiver_pages(
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
        """Every result of ``query_metric_data_http_receiver``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_METRIC_DATA_HTTP_RECEIVER,
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

    async def query_metric_rule_template(
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
    ) -> QueryMetricRuleTemplateResult:
        """Query metric rule template (QueryMetricRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryMetricRuleTemplateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_METRIC_RULE_TEMPLATE,
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

    def query_metric_rule_template_pages(
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
        """Every result of ``query_metric_rule_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_METRIC_RULE_TEMPLATE,
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

    async def query_metric_template(
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
    ) -> QueryMetricTemplateResult:
        """Query metric template (QueryMetricTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/api/QueryMetricTemplateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_METRIC_TEMPLATE,
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

    def query_metric_template_pages(
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
        """Every result of ``query_metric_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_METRIC_TEMPLATE,
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

    async def query_monitor_group(
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
    ) -> QueryMonitorGroupResult:
        """Query monitor group (QueryMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryMonitorGroupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MONITOR_GROUP,
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

    def query_monitor_group_pages(
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
        """Every result of ``query_monitor_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_GROUP,
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

    async def query_monitor_group_alarm(
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
    ) -> QueryMonitorGroupAlarmResult:
        """Query monitor group alarm (QueryMonitorGroupAlarm).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryMonitorGroupAlarmAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MONITOR_GROUP_ALARM,
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

    def query_monitor_group_alarm_pages(
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
        """Every result of ``query_monitor_group_alarm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_GROUP_ALARM,
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

    async def query_monitor_group_event_subscription(
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
    ) -> QueryMonitorGroupEventSubscriptionResult:
        """Query monitor group event subscription (QueryMonitorGroupEventSubscription).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryMonitorGroupEventSubscriptionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MONITOR_GROUP_EVENT_SUBSCRIPTION,
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

    def query_monitor_group_event_subscription_pages(
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
        """Every result of ``query_monitor_group_event_subscription``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_GROUP_EVENT_SUBSCRIPTION,
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

    async def query_monitor_group_instance(
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
    ) -> QueryMonitorGroupInstanceResult:
        """Query monitor group instance (QueryMonitorGroupInstance).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryMonitorGroupInstanceAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MONITOR_GROUP_INSTANCE,
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

    def query_monitor_group_instance_pages(
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
        """Every result of ``query_monitor_group_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_GROUP_INSTANCE,
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

    async def query_monitor_group_template_ref(
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
    ) -> QueryMonitorGroupTemplateRefResult:
        """Query monitor group template ref (QueryMonitorGroupTemplateRef).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryMonitorGroupTemplateRefAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MONITOR_GROUP_TEMPLATE_REF,
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

    def query_monitor_group_template_ref_pages(
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
        """Every result of ``query_monitor_group_template_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_GROUP_TEMPLATE_REF,
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

    async def query_monitor_template(
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
    ) -> QueryMonitorTemplateResult:
        """Query monitor template (QueryMonitorTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/QueryMonitorTemplateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MONITOR_TEMPLATE,
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

    def query_monitor_template_pages(
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
        """Every result of ``query_monitor_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MONITOR_TEMPLATE,
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

    async def query_sns_endpoint_thirdparty_alert_history(
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
    ) -> QuerySNSEndpointThirdpartyAlertHistoryResult:
        """Query SNS endpoint thirdparty alert history (QuerySNSEndpointThirdpartyAlertHistory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/thirdparty/api/QuerySNSEndpointThirdpartyAlertHistoryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_ENDPOINT_THIRDPARTY_ALERT_HISTORY,
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

    def query_sns_endpoint_thirdparty_alert_history_pages(
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
        """Every result of ``query_sns_endpoint_thirdparty_alert_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_ENDPOINT_THIRDPARTY_ALERT_HISTORY,
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

    async def query_thirdparty_alert(
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
    ) -> QueryThirdpartyAlertResult:
        """Query thirdparty alert (QueryThirdpartyAlert).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/thirdparty/api/QueryThirdpartyAlertAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_THIRDPARTY_ALERT,
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

    def query_thirdparty_alert_pages(
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
        """Every result of ``query_thirdparty_alert``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_THIRDPARTY_ALERT,
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

    async def query_thirdparty_platform(
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
    ) -> QueryThirdpartyPlatformResult:
        """Query thirdparty platform (QueryThirdpartyPlatform).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/thirdparty/api/QueryThirdpartyPlatformAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_THIRDPARTY_PLATFORM,
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

    def query_thirdparty_platform_pages(
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
        """Every result of ``query_thirdparty_platform``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_THIRDPARTY_PLATFORM,
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

    async def remove_action_from_alarm(
        self,
        *,
        alarm_uuid: str,
        action_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveActionFromAlarmResult:
        """删除报警动作 (RemoveActionFromAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_uuid: 报警器UUID (since 2.3)
            action_uuid: 报警动作UUID (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_ACTION_FROM_ALARM,
            {
                "alarmUuid": alarm_uuid,
                "actionUuid": action_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_action_from_event_subscription(
        self,
        *,
        subscription_uuid: str,
        action_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveActionFromEventSubscriptionResult:
        """Remove action from event subscription (RemoveActionFromEventSubscription).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/RemoveActionFromEventSubscriptionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            subscription_uuid: subscriptionUuid
            action_uuid: actionUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_ACTION_FROM_EVENT_SUBSCRIPTION,
            {
                "subscriptionUuid": subscription_uuid,
                "actionUuid": action_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_instance_from_monitor_group(
        self,
        *,
        group_uuid: str,
        instance_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveInstanceFromMonitorGroupResult:
        """Remove instance from monitor group (RemoveInstanceFromMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/RemoveInstanceFromMonitorGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            group_uuid: groupUuid
            instance_uuid: instanceUuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_INSTANCE_FROM_MONITOR_GROUP,
            {
                "groupUuid": group_uuid,
                "instanceUuid": instance_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_label_from_alarm(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveLabelFromAlarmResult:
        """从报警器上删除标签 (RemoveLabelFromAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_LABEL_FROM_ALARM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_label_from_event_subscription(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveLabelFromEventSubscriptionResult:
        """Remove label from event subscription (RemoveLabelFromEventSubscription).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/RemoveLabelFromEventSubscriptionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_LABEL_FROM_EVENT_SUBSCRIPTION,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def revoke_monitor_template_from_monitor_group(
        self,
        *,
        template_uuid: str,
        group_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevokeMonitorTemplateFromMonitorGroupResult:
        """Revoke monitor template from monitor group (RevokeMonitorTemplateFromMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/RevokeMonitorTemplateFromMonitorGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            template_uuid: templateUuid
            group_uuid: groupUuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REVOKE_MONITOR_TEMPLATE_FROM_MONITOR_GROUP,
            {
                "templateUuid": template_uuid,
                "groupUuid": group_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_active_alarm_template(
        self,
        *,
        uuid: str,
        alarm_name: str | None = None,
        comparison_operator: Literal[
            "GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"
        ]
        | None = None,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        labels: str | None = None,
        period: int | None = None,
        repeat_count: int | None = None,
        repeat_interval: int | None = None,
        threshold: float | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateActiveAlarmTemplateResult:
        """修改一键报警模板 (UpdateActiveAlarmTemplate).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 模板UUID (since 4.7.0)
            alarm_name: 模板名称 (since 4.7.0; maxLength 255)
            comparison_operator: 阈值比较符 (since 4.7.0; enum {'GreaterThanOrEqualTo', 'GreaterThan', 'LessThan', 'LessThanOrEqualTo'})
            emergency_level: 报警等级 (since 4.7.0; enum {'Emergent', 'Important', 'Normal'})
            labels: labels (since 4.7.0)
            period: 阈值持续时间 (since 4.7.0; minimum 1; maximum 2147483647)
            repeat_count: 报警重复次数 (since 4.7.0; minimum -1; maximum 2147483647)
            repeat_interval: 报警重复时间 (since 4.7.0; minimum 0; maximum 2147483647)
            threshold: 阈值 (since 4.7.0; minimum 0; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ACTIVE_ALARM_TEMPLATE,
            {
                "uuid": uuid,
                "alarmName": alarm_name,
                "comparisonOperator": comparison_operator,
                "emergencyLevel": emergency_level,
                "labels": labels,
                "period": period,
                "repeatCount": repeat_count,
                "repeatInterval": repeat_interval,
                "threshold": threshold,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_alarm(
        self,
        *,
        uuid: str,
        actions: Sequence[Any] | None = None,
        comparison_operator: Literal[
            "GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"
        ]
        | None = None,
        description: str | None = None,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        enable_recovery: bool | None = None,
        name: str | None = None,
        period: int | None = None,
        repeat_count: int | None = None,
        repeat_interval: int | None = None,
        threshold: float | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAlarmResult:
        """修改报警器 (UpdateAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            actions: actions
            comparison_operator: 阈值比较符 (since 2.3; enum {'GreaterThanOrEqualTo', 'GreaterThan', 'LessThan', 'LessThanOrEqualTo'})
            description: 资源的详细描述 (since 2.3; maxLength 2047)
            emergency_level: 报警等级 (since 3.8.0; enum {'Emergent', 'Important', 'Normal'})
            enable_recovery: enableRecovery (since 3.4.0)
            name: 资源名称 (since 2.3; maxLength 255)
            period: 阈值持续时间 (since 2.3; minimum 1; maximum 2147483647)
            repeat_count: 报警重复次数 (since 3.3.0; minimum -1; maximum 2147483647)
            repeat_interval: 报警重复时间 (since 2.3; minimum 0; maximum 2147483647)
            threshold: 阈值 (since 2.3; minimum 0; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALARM,
            {
                "uuid": uuid,
                "actions": actions,
                "comparisonOperator": comparison_operator,
                "description": description,
                "emergencyLevel": emergency_level,
                "enableRecovery": enable_recovery,
                "name": name,
                "period": period,
                "repeatCount": repeat_count,
                "repeatInterval": repeat_interval,
                "threshold": threshold,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_alarm_data(
        self,
        *,
        update_mode: Literal["OnlyOne", "InRange", "All"],
        data_end_time: int | None = None,
        data_start_time: int | None = None,
        data_uuid: str | None = None,
        read_status: Literal["Read", "Unread"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAlarmDataResult:
        """更新报警器历史消息 (UpdateAlarmData).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_end_time: 选择目标消息的结束时间，updateMode需要传入InRange (since 3.3.0)
            data_start_time: 选择目标消息的起始时间，updateMode需要传入InRange (since 3.3.0)
            data_uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            read_status: 更新消息已读状态 (since 3.3.0; enum {'Read', 'Unread'})
            update_mode: 选择更新目标消息的范围，OnlyOne表示只更新指定的消息，InRange表示更新某个时间范围产生的消息， All表示更新所有消息 (since 3.3.0; enum {'OnlyOne', 'InRange', 'All'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALARM_DATA,
            {
                "dataEndTime": data_end_time,
                "dataStartTime": data_start_time,
                "dataUuid": data_uuid,
                "readStatus": read_status,
                "updateMode": update_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_alarm_label(
        self,
        *,
        uuid: str,
        key: str,
        operator: Literal["Regex", "Equal"],
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAlarmLabelResult:
        """修改报警器标签 (UpdateAlarmLabel).

        Since ZStack 3.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.3)
            key: 标签键 (since 3.3; maxLength 1024)
            operator: 标签操作符 (since 3.3; enum {'Regex', 'Equal'})
            value: 标签值 (since 3.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALARM_LABEL,
            {
                "uuid": uuid,
                "key": key,
                "operator": operator,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_alert_data_ack(
        self,
        *,
        alert_data_uuid: str,
        resume_alert: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAlertDataAckResult:
        """Update alert data ack (UpdateAlertDataAck).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/alarm/UpdateAlertDataAckAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            alert_data_uuid: alertDataUuid
            resume_alert: resumeAlert
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALERT_DATA_ACK,
            {
                "alertDataUuid": alert_data_uuid,
                "resumeAlert": resume_alert,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_event_rule_template(
        self,
        *,
        uuid: str,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        labels: Sequence[Any] | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEventRuleTemplateResult:
        """Update event rule template (UpdateEventRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/UpdateEventRuleTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            emergency_level: emergencyLevel (enum {'Emergent', 'Important', 'Normal'})
            labels: labels
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_EVENT_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "emergencyLevel": emergency_level,
                "labels": labels,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_metric_rule_template(
        self,
        *,
        uuid: str,
        comparison_operator: Literal[
            "GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"
        ]
        | None = None,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        enable_recovery: bool | None = None,
        labels: Sequence[Any] | None = None,
        name: str | None = None,
        period: int | None = None,
        repeat_count: int | None = None,
        repeat_interval: int | None = None,
        threshold: float | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateMetricRuleTemplateResult:
        """Update metric rule template (UpdateMetricRuleTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/UpdateMetricRuleTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            comparison_operator: comparisonOperator (enum {'GreaterThanOrEqualTo', 'GreaterThan', 'LessThan', 'LessThanOrEqualTo'})
            emergency_level: emergencyLevel (enum {'Emergent', 'Important', 'Normal'})
            enable_recovery: enableRecovery
            labels: labels
            name: name (maxLength 255)
            period: period (minimum 1; maximum 2147483647)
            repeat_count: repeatCount (minimum -1; maximum 2147483647)
            repeat_interval: repeatInterval (minimum 0; maximum 9223372036854775807)
            threshold: threshold (minimum 0; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_METRIC_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "comparisonOperator": comparison_operator,
                "emergencyLevel": emergency_level,
                "enableRecovery": enable_recovery,
                "labels": labels,
                "name": name,
                "period": period,
                "repeatCount": repeat_count,
                "repeatInterval": repeat_interval,
                "threshold": threshold,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_monitor_group(
        self,
        *,
        uuid: str,
        actions: Sequence[Any] | None = None,
        description: str | None = None,
        name: str | None = None,
        state_event: Literal["enable", "disable"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateMonitorGroupResult:
        """Update monitor group (UpdateMonitorGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/UpdateMonitorGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            actions: actions
            description: description (maxLength 2048)
            name: name (maxLength 255)
            state_event: stateEvent (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_MONITOR_GROUP,
            {
                "uuid": uuid,
                "actions": actions,
                "description": description,
                "name": name,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_monitor_template(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateMonitorTemplateResult:
        """Update monitor template (UpdateMonitorTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/monitorgroup/api/UpdateMonitorTemplateAction.java`.

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
            UPDATE_MONITOR_TEMPLATE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_subscribe_event(
        self,
        *,
        uuid: str,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSubscribeEventResult:
        """修改事件报警器 (UpdateSubscribeEvent).

        Since ZStack 3.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 事件报警器UUID (since 3.8.0)
            emergency_level: 报警等级 (since 3.8.0; enum {'Emergent', 'Important', 'Normal'})
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SUBSCRIBE_EVENT,
            {
                "uuid": uuid,
                "emergencyLevel": emergency_level,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_thirdparty_alerts(
        self,
        *,
        end_time_millis: int | None = None,
        start_time_millis: int | None = None,
        update_read_status: Literal["Unread", "Read"] | None = None,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateThirdpartyAlertsResult:
        """Update thirdparty alerts (UpdateThirdpartyAlerts).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/thirdparty/api/UpdateThirdpartyAlertsAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            end_time_millis: endTimeMillis
            start_time_millis: startTimeMillis
            update_read_status: updateReadStatus (enum {'Unread', 'Read'})
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_THIRDPARTY_ALERTS,
            {
                "endTimeMillis": end_time_millis,
                "startTimeMillis": start_time_millis,
                "updateReadStatus": update_read_status,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_thirdparty_platform(
        self,
        *,
        uuid: str,
        description: str | None = None,
        last_sync_date_mills: int | None = None,
        name: str | None = None,
        state_event: Literal["enable", "disable"] | None = None,
        template: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateThirdpartyPlatformResult:
        """Update thirdparty platform (UpdateThirdpartyPlatform).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/zwatch/thirdparty/api/UpdateThirdpartyPlatformAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            last_sync_date_mills: lastSyncDateMills
            name: name (maxLength 255)
            state_event: stateEvent (enum {'enable', 'disable'})
            template: template (maxLength 8192)
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_THIRDPARTY_PLATFORM,
            {
                "uuid": uuid,
                "description": description,
                "lastSyncDateMills": last_sync_date_mills,
                "name": name,
                "stateEvent": state_event,
                "template": template,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
