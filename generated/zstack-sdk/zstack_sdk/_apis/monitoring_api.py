"""ZStack Cloud API: 173 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncAPIClient, SyncAPIClient
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.account_inventory import AccountInventory
    from ..models.ack_alarm_data_result import AckAlarmDataResult
    from ..models.ack_event_data_result import AckEventDataResult
    from ..models.add_action_to_alarm_result import AddActionToAlarmResult
    from ..models.add_action_to_event_subscription_result import AddActionToEventSubscriptionResult
    from ..models.add_email_address_to_sns_email_endpoint_result import (
        AddEmailAddressToSNSEmailEndpointResult,
    )
    from ..models.add_event_rule_template_result import AddEventRuleTemplateResult
    from ..models.add_instance_to_monitor_group_result import AddInstanceToMonitorGroupResult
    from ..models.add_label_to_alarm_result import AddLabelToAlarmResult
    from ..models.add_label_to_event_subscription_result import AddLabelToEventSubscriptionResult
    from ..models.add_metric_rule_template_result import AddMetricRuleTemplateResult
    from ..models.add_sns_ding_talk_at_person_result import AddSNSDingTalkAtPersonResult
    from ..models.add_sns_fei_shu_at_person_result import AddSNSFeiShuAtPersonResult
    from ..models.add_sns_sms_receiver_result import AddSNSSmsReceiverResult
    from ..models.add_sns_we_com_at_person_result import AddSNSWeComAtPersonResult
    from ..models.add_thirdparty_platform_result import AddThirdpartyPlatformResult
    from ..models.alarm_inventory import AlarmInventory
    from ..models.apply_monitor_template_to_monitor_group_result import (
        ApplyMonitorTemplateToMonitorGroupResult,
    )
    from ..models.change_active_alarm_state_result import ChangeActiveAlarmStateResult
    from ..models.change_alarm_state_result import ChangeAlarmStateResult
    from ..models.change_event_subscription_state_result import ChangeEventSubscriptionStateResult
    from ..models.change_sns_application_endpoint_state_result import (
        ChangeSNSApplicationEndpointStateResult,
    )
    from ..models.change_sns_application_platform_state_result import (
        ChangeSNSApplicationPlatformStateResult,
    )
    from ..models.change_sns_topic_state_result import ChangeSNSTopicStateResult
    from ..models.clone_monitor_template_result import CloneMonitorTemplateResult
    from ..models.create_alarm_result import CreateAlarmResult
    from ..models.create_aliyun_sms_sns_text_template_result import (
        CreateAliyunSmsSNSTextTemplateResult,
    )
    from ..models.create_metric_data_http_receiver_result import CreateMetricDataHttpReceiverResult
    from ..models.create_metric_template_result import CreateMetricTemplateResult
    from ..models.create_monitor_group_result import CreateMonitorGroupResult
    from ..models.create_monitor_template_result import CreateMonitorTemplateResult
    from ..models.create_sns_aliyun_sms_endpoint_result import CreateSNSAliyunSmsEndpointResult
    from ..models.create_sns_ding_talk_endpoint_result import CreateSNSDingTalkEndpointResult
    from ..models.create_sns_email_endpoint_result import CreateSNSEmailEndpointResult
    from ..models.create_sns_email_platform_result import CreateSNSEmailPlatformResult
    from ..models.create_sns_fei_shu_endpoint_result import CreateSNSFeiShuEndpointResult
    from ..models.create_sns_http_endpoint_result import CreateSNSHttpEndpointResult
    from ..models.create_sns_microsoft_teams_endpoint_result import (
        CreateSNSMicrosoftTeamsEndpointResult,
    )
    from ..models.create_sns_snmp_endpoint_result import CreateSNSSnmpEndpointResult
    from ..models.create_sns_snmp_platform_result import CreateSNSSnmpPlatformResult
    from ..models.create_sns_text_template_result import CreateSNSTextTemplateResult
    from ..models.create_sns_topic_result import CreateSNSTopicResult
    from ..models.create_sns_universal_sms_endpoint_result import (
        CreateSNSUniversalSmsEndpointResult,
    )
    from ..models.create_sns_we_com_endpoint_result import CreateSNSWeComEndpointResult
    from ..models.delete_alarm_result import DeleteAlarmResult
    from ..models.delete_email_address_of_sns_email_endpoint_result import (
        DeleteEmailAddressOfSNSEmailEndpointResult,
    )
    from ..models.delete_event_rule_template_result import DeleteEventRuleTemplateResult
    from ..models.delete_metric_data_http_receiver_result import DeleteMetricDataHttpReceiverResult
    from ..models.delete_metric_data_result import DeleteMetricDataResult
    from ..models.delete_metric_rule_template_result import DeleteMetricRuleTemplateResult
    from ..models.delete_metric_template_result import DeleteMetricTemplateResult
    from ..models.delete_monitor_group_result import DeleteMonitorGroupResult
    from ..models.delete_monitor_template_result import DeleteMonitorTemplateResult
    from ..models.delete_sns_application_endpoint_result import DeleteSNSApplicationEndpointResult
    from ..models.delete_sns_application_platform_result import DeleteSNSApplicationPlatformResult
    from ..models.delete_sns_text_template_result import DeleteSNSTextTemplateResult
    from ..models.delete_sns_topic_result import DeleteSNSTopicResult
    from ..models.delete_thirdparty_platform_result import DeleteThirdpartyPlatformResult
    from ..models.event_records_inventory import EventRecordsInventory
    from ..models.event_subscription_inventory import EventSubscriptionInventory
    from ..models.get_active_alarm_status_result import GetActiveAlarmStatusResult
    from ..models.get_alarm_data_result import GetAlarmDataResult
    from ..models.get_all_event_metadata_result import GetAllEventMetadataResult
    from ..models.get_all_metric_metadata_result import GetAllMetricMetadataResult
    from ..models.get_audit_data_result import GetAuditDataResult
    from ..models.get_current_time_result import GetCurrentTimeResult
    from ..models.get_event_data_result import GetEventDataResult
    from ..models.get_factory_mode_state_result import GetFactoryModeStateResult
    from ..models.get_management_node_arch_result import GetManagementNodeArchResult
    from ..models.get_management_node_dir_capacity_result import GetManagementNodeDirCapacityResult
    from ..models.get_management_node_os_result import GetManagementNodeOSResult
    from ..models.get_metric_data_result import GetMetricDataResult
    from ..models.get_metric_label_value_result import GetMetricLabelValueResult
    from ..models.get_platform_time_zone_result import GetPlatformTimeZoneResult
    from ..models.get_support_apis_result import GetSupportAPIsResult
    from ..models.get_text_template_arg_result import GetTextTemplateArgResult
    from ..models.get_version_result import GetVersionResult
    from ..models.get_z_watch_alert_histogram_result import GetZWatchAlertHistogramResult
    from ..models.is_ready_to_go_result import IsReadyToGoResult
    from ..models.management_node_inventory import ManagementNodeInventory
    from ..models.put_metric_data_result import PutMetricDataResult
    from ..models.query_active_alarm_result import QueryActiveAlarmResult
    from ..models.query_active_alarm_template_result import QueryActiveAlarmTemplateResult
    from ..models.query_alarm_record_result import QueryAlarmRecordResult
    from ..models.query_alarm_result import QueryAlarmResult
    from ..models.query_alert_data_ack_result import QueryAlertDataAckResult
    from ..models.query_aliyun_sms_sns_text_template_result import (
        QueryAliyunSmsSNSTextTemplateResult,
    )
    from ..models.query_audit_result import QueryAuditResult
    from ..models.query_event_record_result import QueryEventRecordResult
    from ..models.query_event_rule_template_result import QueryEventRuleTemplateResult
    from ..models.query_event_subscription_result import QueryEventSubscriptionResult
    from ..models.query_management_node_result import QueryManagementNodeResult
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
    from ..models.query_sns_application_endpoint_result import QuerySNSApplicationEndpointResult
    from ..models.query_sns_application_platform_result import QuerySNSApplicationPlatformResult
    from ..models.query_sns_ding_talk_at_person_result import QuerySNSDingTalkAtPersonResult
    from ..models.query_sns_ding_talk_endpoint_result import QuerySNSDingTalkEndpointResult
    from ..models.query_sns_email_address_result import QuerySNSEmailAddressResult
    from ..models.query_sns_email_endpoint_result import QuerySNSEmailEndpointResult
    from ..models.query_sns_email_platform_result import QuerySNSEmailPlatformResult
    from ..models.query_sns_endpoint_thirdparty_alert_history_result import (
        QuerySNSEndpointThirdpartyAlertHistoryResult,
    )
    from ..models.query_sns_fei_shu_at_person_result import QuerySNSFeiShuAtPersonResult
    from ..models.query_sns_fei_shu_endpoint_result import QuerySNSFeiShuEndpointResult
    from ..models.query_sns_http_endpoint_result import QuerySNSHttpEndpointResult
    from ..models.query_sns_microsoft_teams_endpoint_result import (
        QuerySNSMicrosoftTeamsEndpointResult,
    )
    from ..models.query_sns_sms_endpoint_result import QuerySNSSmsEndpointResult
    from ..models.query_sns_snmp_platform_result import QuerySNSSnmpPlatformResult
    from ..models.query_sns_text_template_result import QuerySNSTextTemplateResult
    from ..models.query_sns_topic_result import QuerySNSTopicResult
    from ..models.query_sns_topic_subscriber_result import QuerySNSTopicSubscriberResult
    from ..models.query_sns_universal_sms_endpoint_result import QuerySNSUniversalSmsEndpointResult
    from ..models.query_sns_we_com_at_person_result import QuerySNSWeComAtPersonResult
    from ..models.query_sns_we_com_endpoint_result import QuerySNSWeComEndpointResult
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
    from ..models.remove_sns_ding_talk_at_person_result import RemoveSNSDingTalkAtPersonResult
    from ..models.remove_sns_fei_shu_at_person_result import RemoveSNSFeiShuAtPersonResult
    from ..models.remove_sns_sms_receiver_result import RemoveSNSSmsReceiverResult
    from ..models.remove_sns_we_com_at_person_result import RemoveSNSWeComAtPersonResult
    from ..models.revoke_monitor_template_from_monitor_group_result import (
        RevokeMonitorTemplateFromMonitorGroupResult,
    )
    from ..models.sns_ding_talk_test_connection_result import SNSDingTalkTestConnectionResult
    from ..models.sns_email_address_inventory import SNSEmailAddressInventory
    from ..models.sns_email_test_connection_result import SNSEmailTestConnectionResult
    from ..models.sns_fei_shu_test_connection_result import SNSFeiShuTestConnectionResult
    from ..models.sns_http_test_connection_result import SNSHttpTestConnectionResult
    from ..models.sns_microsoft_teams_test_connection_result import (
        SNSMicrosoftTeamsTestConnectionResult,
    )
    from ..models.sns_snmp_test_connection_result import SNSSnmpTestConnectionResult
    from ..models.sns_subscriber_inventory import SNSSubscriberInventory
    from ..models.sns_text_template_inventory import SNSTextTemplateInventory
    from ..models.sns_we_com_test_connection_result import SNSWeComTestConnectionResult
    from ..models.subscribe_event_result import SubscribeEventResult
    from ..models.subscribe_sns_topic_result import SubscribeSNSTopicResult
    from ..models.unsubscribe_event_result import UnsubscribeEventResult
    from ..models.unsubscribe_sns_topic_result import UnsubscribeSNSTopicResult
    from ..models.update_active_alarm_template_result import UpdateActiveAlarmTemplateResult
    from ..models.update_alarm_data_result import UpdateAlarmDataResult
    from ..models.update_alarm_label_result import UpdateAlarmLabelResult
    from ..models.update_alarm_result import UpdateAlarmResult
    from ..models.update_alert_data_ack_result import UpdateAlertDataAckResult
    from ..models.update_aliyun_sms_sns_text_template_result import (
        UpdateAliyunSmsSNSTextTemplateResult,
    )
    from ..models.update_at_person_of_at_ding_talk_endpoint_result import (
        UpdateAtPersonOfAtDingTalkEndpointResult,
    )
    from ..models.update_at_person_of_at_fei_shu_endpoint_result import (
        UpdateAtPersonOfAtFeiShuEndpointResult,
    )
    from ..models.update_at_person_of_at_we_com_endpoint_result import (
        UpdateAtPersonOfAtWeComEndpointResult,
    )
    from ..models.update_email_address_of_sns_email_endpoint_result import (
        UpdateEmailAddressOfSNSEmailEndpointResult,
    )
    from ..models.update_event_data_result import UpdateEventDataResult
    from ..models.update_event_rule_template_result import UpdateEventRuleTemplateResult
    from ..models.update_event_subscription_label_result import UpdateEventSubscriptionLabelResult
    from ..models.update_factory_mode_state_result import UpdateFactoryModeStateResult
    from ..models.update_metric_rule_template_result import UpdateMetricRuleTemplateResult
    from ..models.update_monitor_group_result import UpdateMonitorGroupResult
    from ..models.update_monitor_template_result import UpdateMonitorTemplateResult
    from ..models.update_sns_application_endpoint_result import UpdateSNSApplicationEndpointResult
    from ..models.update_sns_application_platform_result import UpdateSNSApplicationPlatformResult
    from ..models.update_sns_ding_talk_endpoint_result import UpdateSNSDingTalkEndpointResult
    from ..models.update_sns_fei_shu_endpoint_result import UpdateSNSFeiShuEndpointResult
    from ..models.update_sns_http_endpoint_result import UpdateSNSHttpEndpointResult
    from ..models.update_sns_microsoft_teams_endpoint_result import (
        UpdateSNSMicrosoftTeamsEndpointResult,
    )
    from ..models.update_sns_snmp_platform_result import UpdateSNSSnmpPlatformResult
    from ..models.update_sns_text_template_result import UpdateSNSTextTemplateResult
    from ..models.update_sns_topic_result import UpdateSNSTopicResult
    from ..models.update_sns_universal_sms_endpoint_result import (
        UpdateSNSUniversalSmsEndpointResult,
    )
    from ..models.update_sns_we_com_endpoint_result import UpdateSNSWeComEndpointResult
    from ..models.update_subscribe_event_result import UpdateSubscribeEventResult
    from ..models.update_thirdparty_alerts_result import UpdateThirdpartyAlertsResult
    from ..models.update_thirdparty_platform_result import UpdateThirdpartyPlatformResult
    from ..models.validate_sns_aliyun_sms_endpoint_result import ValidateSNSAliyunSmsEndpointResult
    from ..models.validate_sns_email_platform_result import ValidateSNSEmailPlatformResult
    from ..models.validate_sns_universal_sms_endpoint_result import (
        ValidateSNSUniversalSmsEndpointResult,
    )

__all__ = ["AsyncMonitoringApiApi", "MonitoringApiApi"]


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
    body_key="params",
    since=None,
    result=".models.add_action_to_event_subscription_result:AddActionToEventSubscriptionResult",
)

ADD_EMAIL_ADDRESS_TO_SNS_EMAIL_ENDPOINT: Api[AddEmailAddressToSNSEmailEndpointResult] = Api(
    "AddEmailAddressToSNSEmailEndpoint",
    "POST",
    "/sns/application-endpoints/emails/email-addresses",
    params=(
        ("emailAddress", "body", "3.7.0"),
        ("endpointUuid", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="params",
    since="3.7.0",
    result=".models.add_email_address_to_sns_email_endpoint_result:AddEmailAddressToSNSEmailEndpointResult",
    checks=(("emailAddress", "email_address", "maxLength", 1024),),
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

ADD_SNS_DING_TALK_AT_PERSON: Api[AddSNSDingTalkAtPersonResult] = Api(
    "AddSNSDingTalkAtPerson",
    "POST",
    "/sns/application-endpoints/ding-talk/at-persons",
    params=(
        ("endpointUuid", "body", "2.3"),
        ("phoneNumber", "body", "2.3"),
        ("remark", "body", "5.0.0"),
        ("resourceUuid", "body", "2.3"),
        ("tagUuid", "body", "5.0.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.add_sns_ding_talk_at_person_result:AddSNSDingTalkAtPersonResult",
    checks=(
        ("phoneNumber", "phone_number", "maxLength", 64),
        ("remark", "remark", "maxLength", 128),
    ),
)

ADD_SNS_FEI_SHU_AT_PERSON: Api[AddSNSFeiShuAtPersonResult] = Api(
    "AddSNSFeiShuAtPerson",
    "POST",
    "/sns/application-endpoints/feishu/at-persons",
    params=(
        ("endpointUuid", "body", "5.0.0"),
        ("remark", "body", "5.0.0"),
        ("resourceUuid", "body", "5.0.0"),
        ("tagUuid", "body", "5.0.0"),
        ("tagUuids", "body", None),
        ("userId", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="params",
    since="5.0.0",
    result=".models.add_sns_fei_shu_at_person_result:AddSNSFeiShuAtPersonResult",
    checks=(
        ("remark", "remark", "maxLength", 128),
        ("userId", "user_id", "maxLength", 64),
    ),
)

ADD_SNS_SMS_RECEIVER: Api[AddSNSSmsReceiverResult] = Api(
    "AddSNSSmsReceiver",
    "POST",
    "/sns/sms-endpoints/receivers",
    params=(
        ("description", "body", "3.7.0"),
        ("endpointUuid", "body", "3.7.0"),
        ("phoneNumber", "body", "3.7.0"),
        ("phoneNumberList", "body", "5.1.8"),
        ("resourceUuid", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("type", "body", "5.1.8"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="params",
    since="3.7.0",
    result=".models.add_sns_sms_receiver_result:AddSNSSmsReceiverResult",
    checks=(
        ("description", "description", "maxLength", 255),
        ("phoneNumber", "phone_number", "maxLength", 64),
        ("type", "type", "enum", ("AliyunSms", "UniversalSms")),
    ),
)

ADD_SNS_WE_COM_AT_PERSON: Api[AddSNSWeComAtPersonResult] = Api(
    "AddSNSWeComAtPerson",
    "POST",
    "/sns/application-endpoints/we-com/at-persons",
    params=(
        ("endpointUuid", "body", "5.0.0"),
        ("remark", "body", "5.0.0"),
        ("resourceUuid", "body", "5.0.0"),
        ("tagUuid", "body", "5.0.0"),
        ("tagUuids", "body", None),
        ("userId", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="params",
    since="5.0.0",
    result=".models.add_sns_we_com_at_person_result:AddSNSWeComAtPersonResult",
    checks=(
        ("remark", "remark", "maxLength", 128),
        ("userId", "user_id", "maxLength", 64),
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
    body_key="changeEventSubscriptionState",
    since="4.7.0",
    result=".models.change_event_subscription_state_result:ChangeEventSubscriptionStateResult",
    checks=(("state", "state", "enum", ("Enabled", "Disabled")),),
)

CHANGE_SNS_APPLICATION_ENDPOINT_STATE: Api[ChangeSNSApplicationEndpointStateResult] = Api(
    "ChangeSNSApplicationEndpointState",
    "PUT",
    "/sns/application-endpoints/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("stateEvent", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="changeSNSApplicationEndpointState",
    since="2.3",
    result=".models.change_sns_application_endpoint_state_result:ChangeSNSApplicationEndpointStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable", "hide")),),
)

CHANGE_SNS_APPLICATION_PLATFORM_STATE: Api[ChangeSNSApplicationPlatformStateResult] = Api(
    "ChangeSNSApplicationPlatformState",
    "PUT",
    "/sns/application-platforms/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("stateEvent", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="changeSNSApplicationPlatformState",
    since="2.3",
    result=".models.change_sns_application_platform_state_result:ChangeSNSApplicationPlatformStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_SNS_TOPIC_STATE: Api[ChangeSNSTopicStateResult] = Api(
    "ChangeSNSTopicState",
    "PUT",
    "/zwatch/topics/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("stateEvent", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="changeSNSTopicState",
    since="2.3",
    result=".models.change_sns_topic_state_result:ChangeSNSTopicStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
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

CREATE_ALIYUN_SMS_SNS_TEXT_TEMPLATE: Api[CreateAliyunSmsSNSTextTemplateResult] = Api(
    "CreateAliyunSmsSNSTextTemplate",
    "POST",
    "/zwatch/alarms/sns/text-templates/aliyun-sms",
    params=(
        ("alarmTemplateCode", "body", "3.7.0"),
        ("applicationPlatformType", "body", "3.7.0"),
        ("defaultTemplate", "body", "3.7.0"),
        ("description", "body", "3.7.0"),
        ("eventTemplate", "body", "3.7.0"),
        ("eventTemplateCode", "body", "3.7.0"),
        ("name", "body", "3.7.0"),
        ("recoverySubject", "body", None),
        ("recoveryTemplate", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("sign", "body", "3.7.0"),
        ("subject", "body", None),
        ("tagUuids", "body", "3.7.0"),
        ("template", "body", "3.7.0"),
        ("type", "body", None),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="params",
    since="3.7.0",
    result=".models.create_aliyun_sms_sns_text_template_result:CreateAliyunSmsSNSTextTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("recoverySubject", "recovery_subject", "maxLength", 2048),
        ("subject", "subject", "maxLength", 2048),
        ("type", "type", "enum", ("alarm", "event", "combined")),
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
    body_key="params",
    since=None,
    result=".models.create_monitor_template_result:CreateMonitorTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_SNS_ALIYUN_SMS_ENDPOINT: Api[CreateSNSAliyunSmsEndpointResult] = Api(
    "CreateSNSAliyunSmsEndpoint",
    "POST",
    "/sns/sms-endpoints/aliyunsms",
    params=(
        ("accessKeyUuid", "body", "3.7.0"),
        ("description", "body", "3.7.0"),
        ("name", "body", "3.7.0"),
        ("platformUuid", "body", "3.7.0"),
        ("receivers", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="params",
    since="3.7.0",
    result=".models.create_sns_aliyun_sms_endpoint_result:CreateSNSAliyunSmsEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("receivers", "receivers", "minItems", 1),
    ),
)

CREATE_SNS_DING_TALK_ENDPOINT: Api[CreateSNSDingTalkEndpointResult] = Api(
    "CreateSNSDingTalkEndpoint",
    "POST",
    "/sns/application-endpoints/ding-talk",
    params=(
        ("atAll", "body", "2.3"),
        ("atPersonList", "body", "5.0.0"),
        ("atPersonPhoneNumbers", "body", "2.3"),
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("platformUuid", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("secret", "body", "5.0.0"),
        ("tagUuid", "body", "5.0.0"),
        ("tagUuids", "body", None),
        ("url", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.create_sns_ding_talk_endpoint_result:CreateSNSDingTalkEndpointResult",
    checks=(
        ("atPersonPhoneNumbers", "at_person_phone_numbers", "minItems", 1),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("secret", "secret", "maxLength", 128),
        ("url", "url", "maxLength", 2048),
    ),
)

CREATE_SNS_EMAIL_ENDPOINT: Api[CreateSNSEmailEndpointResult] = Api(
    "CreateSNSEmailEndpoint",
    "POST",
    "/sns/application-endpoints/emails",
    params=(
        ("description", "body", "5.0.0"),
        ("email", "body", "5.0.0"),
        ("emails", "body", "3.7.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", "5.0.0"),
        ("resourceUuid", "body", "5.0.0"),
        ("tagUuids", "body", "3.7.0"),
        ("systemTags", "root", "2.3.0"),
        ("userTags", "root", "2.3.0"),
    ),
    body_key="params",
    since="2.3.0",
    result=".models.create_sns_email_endpoint_result:CreateSNSEmailEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("email", "email", "maxLength", 1024),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_SNS_EMAIL_PLATFORM: Api[CreateSNSEmailPlatformResult] = Api(
    "CreateSNSEmailPlatform",
    "POST",
    "/sns/application-platforms/email",
    params=(
        ("description", "body", "2.3"),
        ("encryptType", "body", "2.3"),
        ("name", "body", "2.3"),
        ("password", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("smtpPort", "body", "2.3"),
        ("smtpServer", "body", "2.3"),
        ("tagUuids", "body", None),
        ("username", "body", "4.1.0"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.create_sns_email_platform_result:CreateSNSEmailPlatformResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("encryptType", "encrypt_type", "enum", ("SSL", "STARTTLS", "NONE")),
        ("name", "name", "maxLength", 255),
        ("smtpPort", "smtp_port", "minimum", 1),
        ("smtpPort", "smtp_port", "maximum", 65535),
    ),
)

CREATE_SNS_FEI_SHU_ENDPOINT: Api[CreateSNSFeiShuEndpointResult] = Api(
    "CreateSNSFeiShuEndpoint",
    "POST",
    "/sns/application-endpoints/feishu",
    params=(
        ("atAll", "body", "5.0.0"),
        ("atPersonList", "body", "5.0.0"),
        ("atPersonUserIds", "body", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", "5.0.0"),
        ("resourceUuid", "body", "5.0.0"),
        ("secret", "body", "5.0.0"),
        ("tagUuids", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="params",
    since="5.0.0",
    result=".models.create_sns_fei_shu_endpoint_result:CreateSNSFeiShuEndpointResult",
    checks=(
        ("atPersonUserIds", "at_person_user_ids", "minItems", 1),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("secret", "secret", "maxLength", 128),
        ("url", "url", "maxLength", 2048),
    ),
)

CREATE_SNS_HTTP_ENDPOINT: Api[CreateSNSHttpEndpointResult] = Api(
    "CreateSNSHttpEndpoint",
    "POST",
    "/sns/application-endpoints/http",
    params=(
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("password", "body", "2.3"),
        ("platformUuid", "body", "0.6"),
        ("resourceUuid", "body", "2.3"),
        ("tagUuids", "body", None),
        ("url", "body", "2.3"),
        ("username", "body", "2.3"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.create_sns_http_endpoint_result:CreateSNSHttpEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 512),
        ("url", "url", "maxLength", 2048),
        ("username", "username", "maxLength", 128),
    ),
)

CREATE_SNS_MICROSOFT_TEAMS_ENDPOINT: Api[CreateSNSMicrosoftTeamsEndpointResult] = Api(
    "CreateSNSMicrosoftTeamsEndpoint",
    "POST",
    "/sns/application-endpoints/microsoft-teams",
    params=(
        ("description", "body", "3.10.0"),
        ("name", "body", "3.10.0"),
        ("platformUuid", "body", "3.10.0"),
        ("resourceUuid", "body", "3.10.0"),
        ("tagUuids", "body", "3.10.0"),
        ("url", "body", "3.10.0"),
        ("systemTags", "root", "3.10.0"),
        ("userTags", "root", "3.10.0"),
    ),
    body_key="params",
    since="3.10.0",
    result=".models.create_sns_microsoft_teams_endpoint_result:CreateSNSMicrosoftTeamsEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

CREATE_SNS_SNMP_ENDPOINT: Api[CreateSNSSnmpEndpointResult] = Api(
    "CreateSNSSnmpEndpoint",
    "POST",
    "/sns/application-endpoints/snmp",
    params=(
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", "5.0.0"),
        ("resourceUuid", "body", "5.0.0"),
        ("tagUuids", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="params",
    since="5.0.0",
    result=".models.create_sns_snmp_endpoint_result:CreateSNSSnmpEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_SNS_SNMP_PLATFORM: Api[CreateSNSSnmpPlatformResult] = Api(
    "CreateSNSSnmpPlatform",
    "POST",
    "/sns/application-platforms/snmp",
    params=(
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("resourceUuid", "body", "5.0.0"),
        ("snmpAddress", "body", "5.0.0"),
        ("snmpPort", "body", "5.0.0"),
        ("tagUuids", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="params",
    since="5.0.0",
    result=".models.create_sns_snmp_platform_result:CreateSNSSnmpPlatformResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("snmpPort", "snmp_port", "minimum", 1),
        ("snmpPort", "snmp_port", "maximum", 65535),
    ),
)

CREATE_SNS_TEXT_TEMPLATE: Api[CreateSNSTextTemplateResult] = Api(
    "CreateSNSTextTemplate",
    "POST",
    "/zwatch/alarms/sns/text-templates",
    params=(
        ("applicationPlatformType", "body", "2.3"),
        ("defaultTemplate", "body", "2.3"),
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("recoverySubject", "body", "5.1.8"),
        ("recoveryTemplate", "body", "3.4.0"),
        ("resourceUuid", "body", "2.3"),
        ("subject", "body", "5.1.8"),
        ("tagUuids", "body", "5.1.8"),
        ("template", "body", "2.3"),
        ("type", "body", "5.1.8"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.create_sns_text_template_result:CreateSNSTextTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("recoverySubject", "recovery_subject", "maxLength", 2048),
        ("subject", "subject", "maxLength", 2048),
        ("type", "type", "enum", ("alarm", "event", "combined")),
    ),
)

CREATE_SNS_TOPIC: Api[CreateSNSTopicResult] = Api(
    "CreateSNSTopic",
    "POST",
    "/sns/topics",
    params=(
        ("description", "body", "2.3"),
        ("locale", "body", "5.0.0"),
        ("name", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("tagUuids", "body", "5.0.0"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.create_sns_topic_result:CreateSNSTopicResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("locale", "locale", "maxLength", 32),
        ("locale", "locale", "enum", ("zh_CN", "en_US")),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_SNS_UNIVERSAL_SMS_ENDPOINT: Api[CreateSNSUniversalSmsEndpointResult] = Api(
    "CreateSNSUniversalSmsEndpoint",
    "POST",
    "/sns/application-endpoints/universal-sms",
    params=(
        ("additionParam", "body", "5.1.8"),
        ("description", "body", "5.1.8"),
        ("name", "body", "5.1.8"),
        ("platformUuid", "body", "5.1.8"),
        ("resourceUuid", "body", "5.1.8"),
        ("smsAccessKeyId", "body", "5.1.8"),
        ("smsAccessKeySecret", "body", "5.1.8"),
        ("supplier", "body", "5.1.8"),
        ("tagUuids", "body", "5.1.8"),
        ("systemTags", "root", "5.1.8"),
        ("userTags", "root", "5.1.8"),
    ),
    body_key="params",
    since="5.1.8",
    result=".models.create_sns_universal_sms_endpoint_result:CreateSNSUniversalSmsEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("smsAccessKeyId", "sms_access_key_id", "maxLength", 128),
        ("smsAccessKeySecret", "sms_access_key_secret", "maxLength", 128),
        ("supplier", "supplier", "maxLength", 32),
    ),
)

CREATE_SNS_WE_COM_ENDPOINT: Api[CreateSNSWeComEndpointResult] = Api(
    "CreateSNSWeComEndpoint",
    "POST",
    "/sns/application-endpoints/we-com",
    params=(
        ("atALL", "body", "5.0.0"),
        ("atAll", "body", None),
        ("atPersonList", "body", "5.0.0"),
        ("atPersonUserIds", "body", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", None),
        ("resourceUuid", "body", "5.0.0"),
        ("tagUuids", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="params",
    since="5.0.0",
    result=".models.create_sns_we_com_endpoint_result:CreateSNSWeComEndpointResult",
    checks=(
        ("atPersonUserIds", "at_person_user_ids", "minItems", 1),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
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
    since="2.3",
    result=".models.delete_alarm_result:DeleteAlarmResult",
)

DELETE_EMAIL_ADDRESS_OF_SNS_EMAIL_ENDPOINT: Api[DeleteEmailAddressOfSNSEmailEndpointResult] = Api(
    "DeleteEmailAddressOfSNSEmailEndpoint",
    "DELETE",
    "/sns/application-endpoints/emails/{endpointUuid}/email-addresses/{emailAddressUuid}",
    params=(
        ("endpointUuid", "path", "3.7.0"),
        ("emailAddressUuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    since="3.7.0",
    result=".models.delete_email_address_of_sns_email_endpoint_result:DeleteEmailAddressOfSNSEmailEndpointResult",
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
    since=None,
    result=".models.delete_monitor_template_result:DeleteMonitorTemplateResult",
)

DELETE_SNS_APPLICATION_ENDPOINT: Api[DeleteSNSApplicationEndpointResult] = Api(
    "DeleteSNSApplicationEndpoint",
    "DELETE",
    "/sns/application-endpoints/{uuid}",
    params=(
        ("uuid", "path", "2.3"),
        ("deleteMode", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.delete_sns_application_endpoint_result:DeleteSNSApplicationEndpointResult",
)

DELETE_SNS_APPLICATION_PLATFORM: Api[DeleteSNSApplicationPlatformResult] = Api(
    "DeleteSNSApplicationPlatform",
    "DELETE",
    "/sns/application-platforms/{uuid}",
    params=(
        ("uuid", "path", "2.3"),
        ("deleteMode", "query", "5.0.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.delete_sns_application_platform_result:DeleteSNSApplicationPlatformResult",
)

DELETE_SNS_TEXT_TEMPLATE: Api[DeleteSNSTextTemplateResult] = Api(
    "DeleteSNSTextTemplate",
    "DELETE",
    "/zwatch/alarms/sns/text-templates/{uuid}",
    params=(
        ("uuid", "path", "2.3"),
        ("deleteMode", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.delete_sns_text_template_result:DeleteSNSTextTemplateResult",
)

DELETE_SNS_TOPIC: Api[DeleteSNSTopicResult] = Api(
    "DeleteSNSTopic",
    "DELETE",
    "/sns/topics/{uuid}",
    params=(
        ("uuid", "path", "2.3"),
        ("deleteMode", "query", "5.0.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.delete_sns_topic_result:DeleteSNSTopicResult",
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

GET_ALL_EVENT_METADATA: Api[GetAllEventMetadataResult] = Api(
    "GetAllEventMetadata",
    "GET",
    "/zwatch/events/meta-data",
    params=(
        ("name", "query", "3.9.0"),
        ("namespace", "query", "3.9.0"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_all_event_metadata_result:GetAllEventMetadataResult",
)

GET_ALL_METRIC_METADATA: Api[GetAllMetricMetadataResult] = Api(
    "GetAllMetricMetadata",
    "GET",
    "/zwatch/metrics/meta-data",
    params=(
        ("name", "query", "3.9.0"),
        ("namespace", "query", "3.9.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.get_all_metric_metadata_result:GetAllMetricMetadataResult",
)

GET_AUDIT_DATA: Api[GetAuditDataResult] = Api(
    "GetAuditData",
    "GET",
    "/zwatch/audits",
    params=(
        ("startTime", "query", "2.3"),
        ("endTime", "query", "2.3"),
        ("limit", "query", "2.3"),
        ("labels", "query", "2.3"),
        ("auditType", "query", "3.5.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
        ("conditions", "query", None),
    ),
    since="2.3",
    result=".models.get_audit_data_result:GetAuditDataResult",
    checks=(
        ("startTime", "start_time", "minimum", 0),
        ("startTime", "start_time", "maximum", 9223372036854775807),
        ("endTime", "end_time", "minimum", 0),
        ("endTime", "end_time", "maximum", 9223372036854775807),
        ("limit", "limit", "minimum", 0),
        ("limit", "limit", "maximum", 2147483647),
        ("auditType", "audit_type", "enum", ("Login", "Resource")),
    ),
)

GET_CURRENT_TIME: Api[GetCurrentTimeResult] = Api(
    "GetCurrentTime",
    "PUT",
    "/management-nodes/actions",
    params=(
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="getCurrentTime",
    since="0.6",
    result=".models.get_current_time_result:GetCurrentTimeResult",
    auth=False,
)

GET_EVENT_DATA: Api[GetEventDataResult] = Api(
    "GetEventData",
    "GET",
    "/zwatch/events",
    params=(
        ("startTime", "query", "2.3"),
        ("endTime", "query", "2.3"),
        ("limit", "query", "2.3"),
        ("offsetAheadOfCurrentTime", "query", "3.3.0"),
        ("conditions", "query", "3.3.0"),
        ("count", "query", "3.3.0"),
        ("endpointUuid", "query", "3.10.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
        ("start", "query", None),
        ("conditionExpression", "query", None),
    ),
    since="2.3",
    result=".models.get_event_data_result:GetEventDataResult",
    checks=(
        ("startTime", "start_time", "minimum", 0),
        ("startTime", "start_time", "maximum", 9223372036854775807),
        ("endTime", "end_time", "minimum", 0),
        ("endTime", "end_time", "maximum", 9223372036854775807),
        ("limit", "limit", "minimum", 0),
        ("limit", "limit", "maximum", 2147483647),
        ("offsetAheadOfCurrentTime", "offset_ahead_of_current_time", "minimum", 0),
        (
            "offsetAheadOfCurrentTime",
            "offset_ahead_of_current_time",
            "maximum",
            9223372036854775807,
        ),
        ("start", "start", "minimum", 0),
        ("start", "start", "maximum", 2147483647),
        ("conditionExpression", "condition_expression", "maxLength", 256),
    ),
)

GET_FACTORY_MODE_STATE: Api[GetFactoryModeStateResult] = Api(
    "GetFactoryModeState",
    "GET",
    "/management-nodes/factory-mode-state",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.get_factory_mode_state_result:GetFactoryModeStateResult",
)

GET_MANAGEMENT_NODE_ARCH: Api[GetManagementNodeArchResult] = Api(
    "GetManagementNodeArch",
    "PUT",
    "/management-nodes/actions",
    params=(
        ("systemTags", "root", "4.1.0"),
        ("userTags", "root", "4.1.0"),
    ),
    body_key="getManagementNodeArch",
    since="4.1.0",
    result=".models.get_management_node_arch_result:GetManagementNodeArchResult",
    auth=False,
)

GET_MANAGEMENT_NODE_DIR_CAPACITY: Api[GetManagementNodeDirCapacityResult] = Api(
    "GetManagementNodeDirCapacity",
    "GET",
    "/zwatch/mn",
    params=(
        ("managementNodeUuids", "query", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    since="3.9.0",
    result=".models.get_management_node_dir_capacity_result:GetManagementNodeDirCapacityResult",
)

GET_MANAGEMENT_NODE_OS: Api[GetManagementNodeOSResult] = Api(
    "GetManagementNodeOS",
    "PUT",
    "/management/actions",
    params=(
        ("systemTags", "root", "4.1.0"),
        ("userTags", "root", "4.1.0"),
    ),
    body_key="getManagementNodeOS",
    since="4.1.0",
    result=".models.get_management_node_os_result:GetManagementNodeOSResult",
    auth=False,
)

GET_METRIC_DATA: Api[GetMetricDataResult] = Api(
    "GetMetricData",
    "GET",
    "/zwatch/metrics",
    params=(
        ("namespace", "query", "2.3"),
        ("metricName", "query", "2.3"),
        ("startTime", "query", "2.3"),
        ("endTime", "query", "2.3"),
        ("period", "query", "2.3"),
        ("labels", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
        ("functions", "query", "2.3"),
        ("offsetAheadOfCurrentTime", "query", "2.3"),
        ("valueConditions", "query", None),
    ),
    since="2.3",
    result=".models.get_metric_data_result:GetMetricDataResult",
    checks=(
        ("startTime", "start_time", "minimum", 0),
        ("startTime", "start_time", "maximum", 9223372036854775807),
        ("endTime", "end_time", "minimum", 0),
        ("endTime", "end_time", "maximum", 9223372036854775807),
        ("period", "period", "minimum", 0),
        ("period", "period", "maximum", 2147483647),
        ("offsetAheadOfCurrentTime", "offset_ahead_of_current_time", "minimum", 0),
        (
            "offsetAheadOfCurrentTime",
            "offset_ahead_of_current_time",
            "maximum",
            9223372036854775807,
        ),
    ),
)

GET_METRIC_LABEL_VALUE: Api[GetMetricLabelValueResult] = Api(
    "GetMetricLabelValue",
    "GET",
    "/zwatch/metrics/label-values",
    params=(
        ("namespace", "query", "2.3"),
        ("metricName", "query", "2.3"),
        ("labelNames", "query", "2.3"),
        ("filterLabels", "query", "2.3"),
        ("startTime", "query", "3.9.0"),
        ("endTime", "query", "3.9.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.get_metric_label_value_result:GetMetricLabelValueResult",
    checks=(
        ("labelNames", "label_names", "minItems", 1),
        ("startTime", "start_time", "minimum", 0),
        ("startTime", "start_time", "maximum", 253402271999),
        ("endTime", "end_time", "minimum", 0),
        ("endTime", "end_time", "maximum", 253402271999),
    ),
)

GET_PLATFORM_TIME_ZONE: Api[GetPlatformTimeZoneResult] = Api(
    "GetPlatformTimeZone",
    "GET",
    "/management-nodes/platform-timezone",
    params=(
        ("systemTags", "query", "4.1.0"),
        ("userTags", "query", "4.1.0"),
    ),
    since="4.1.0",
    result=".models.get_platform_time_zone_result:GetPlatformTimeZoneResult",
)

GET_SUPPORT_APIS: Api[GetSupportAPIsResult] = Api(
    "GetSupportAPIs",
    "PUT",
    "/management-nodes/actions",
    params=(
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="getSupportAPIs",
    since=None,
    result=".models.get_support_apis_result:GetSupportAPIsResult",
    auth=False,
)

GET_TEXT_TEMPLATE_ARG: Api[GetTextTemplateArgResult] = Api(
    "GetTextTemplateArg",
    "GET",
    "/zwatch/textTemplateArg",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.get_text_template_arg_result:GetTextTemplateArgResult",
)

GET_VERSION: Api[GetVersionResult] = Api(
    "GetVersion",
    "PUT",
    "/management-nodes/actions",
    params=(
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="getVersion",
    since="0.6",
    result=".models.get_version_result:GetVersionResult",
    auth=False,
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

IS_READY_TO_GO: Api[IsReadyToGoResult] = Api(
    "IsReadyToGo",
    "GET",
    "/management-nodes/ready",
    params=(
        ("managementNodeId", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.is_ready_to_go_result:IsReadyToGoResult",
    auth=False,
)

PUT_METRIC_DATA: Api[PutMetricDataResult] = Api(
    "PutMetricData",
    "POST",
    "/zwatch/metrics",
    params=(
        ("data", "body", "2.3"),
        ("namespace", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.put_metric_data_result:PutMetricDataResult",
    checks=(
        ("data", "data", "minItems", 1),
        ("namespace", "namespace", "maxLength", 255),
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
    since=None,
    result=".models.query_alert_data_ack_result:QueryAlertDataAckResult",
    query=True,
)

QUERY_ALIYUN_SMS_SNS_TEXT_TEMPLATE: Api[QueryAliyunSmsSNSTextTemplateResult] = Api(
    "QueryAliyunSmsSNSTextTemplate",
    "GET",
    "/zwatch/alarms/sns/text-templates/aliyun-sms",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_aliyun_sms_sns_text_template_result:QueryAliyunSmsSNSTextTemplateResult",
    query=True,
    alt_paths=("/zwatch/alarms/sns/text-templates/aliyun-sms/{uuid}",),
)

QUERY_AUDIT: Api[QueryAuditResult] = Api(
    "QueryAudit",
    "GET",
    "/zwatch/audit-records",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.query_audit_result:QueryAuditResult",
    query=True,
)

QUERY_EVENT_RECORD: Api[QueryEventRecordResult] = Api(
    "QueryEventRecord",
    "GET",
    "/zwatch/event-records",
    params=(
        ("systemTags", "query", "4.1.0"),
        ("userTags", "query", "4.1.0"),
    ),
    since="4.1.0",
    result=".models.query_event_record_result:QueryEventRecordResult",
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
    since=None,
    result=".models.query_event_rule_template_result:QueryEventRuleTemplateResult",
    query=True,
)

QUERY_EVENT_SUBSCRIPTION: Api[QueryEventSubscriptionResult] = Api(
    "QueryEventSubscription",
    "GET",
    "/zwatch/events/subscriptions",
    params=(
        ("uuid", "path", "2.3.1"),
        ("systemTags", "query", "2.3.1"),
        ("userTags", "query", "2.3.1"),
    ),
    since="2.3.1",
    result=".models.query_event_subscription_result:QueryEventSubscriptionResult",
    query=True,
    alt_paths=("/zwatch/events/subscriptions/{uuid}",),
)

QUERY_MANAGEMENT_NODE: Api[QueryManagementNodeResult] = Api(
    "QueryManagementNode",
    "GET",
    "/management-nodes",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_management_node_result:QueryManagementNodeResult",
    query=True,
    alt_paths=("/management-nodes/{uuid}",),
)

QUERY_METRIC_DATA_HTTP_RECEIVER: Api[QueryMetricDataHttpReceiverResult] = Api(
    "QueryMetricDataHttpReceiver",
    "GET",
    "/zwatch/metrics/httpreceivers",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
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
    since=None,
    result=".models.query_monitor_template_result:QueryMonitorTemplateResult",
    query=True,
)

QUERY_SNS_APPLICATION_ENDPOINT: Api[QuerySNSApplicationEndpointResult] = Api(
    "QuerySNSApplicationEndpoint",
    "GET",
    "/sns/application-endpoints",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_sns_application_endpoint_result:QuerySNSApplicationEndpointResult",
    query=True,
    alt_paths=("/sns/application-endpoints/{uuid}",),
)

QUERY_SNS_APPLICATION_PLATFORM: Api[QuerySNSApplicationPlatformResult] = Api(
    "QuerySNSApplicationPlatform",
    "GET",
    "/sns/application-platforms",
    params=(
        ("uuid", "path", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.query_sns_application_platform_result:QuerySNSApplicationPlatformResult",
    query=True,
    alt_paths=("/sns/application-platforms/{uuid}",),
)

QUERY_SNS_DING_TALK_AT_PERSON: Api[QuerySNSDingTalkAtPersonResult] = Api(
    "QuerySNSDingTalkAtPerson",
    "GET",
    "/sns/application-endpoints/ding-talk/at-persons",
    params=(
        ("uuid", "path", "5.0.0"),
        ("systemTags", "query", "5.0.0"),
        ("userTags", "query", "5.0.0"),
    ),
    since="5.0.0",
    result=".models.query_sns_ding_talk_at_person_result:QuerySNSDingTalkAtPersonResult",
    query=True,
    alt_paths=("/sns/application-endpoints/ding-talk/at-persons/{uuid}",),
)

QUERY_SNS_DING_TALK_ENDPOINT: Api[QuerySNSDingTalkEndpointResult] = Api(
    "QuerySNSDingTalkEndpoint",
    "GET",
    "/sns/application-endpoints/ding-talk",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_sns_ding_talk_endpoint_result:QuerySNSDingTalkEndpointResult",
    query=True,
    alt_paths=("/sns/application-endpoints/ding-talk/{uuid}",),
)

QUERY_SNS_EMAIL_ADDRESS: Api[QuerySNSEmailAddressResult] = Api(
    "QuerySNSEmailAddress",
    "GET",
    "/sns/application-endpoints/emails/email-addresses",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    since="3.7.0",
    result=".models.query_sns_email_address_result:QuerySNSEmailAddressResult",
    query=True,
    alt_paths=("/sns/application-endpoints/emails/email-addresses/{uuid}",),
)

QUERY_SNS_EMAIL_ENDPOINT: Api[QuerySNSEmailEndpointResult] = Api(
    "QuerySNSEmailEndpoint",
    "GET",
    "/sns/application-endpoints/emails",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_sns_email_endpoint_result:QuerySNSEmailEndpointResult",
    query=True,
    alt_paths=("/sns/application-endpoints/emails/{uuid}",),
)

QUERY_SNS_EMAIL_PLATFORM: Api[QuerySNSEmailPlatformResult] = Api(
    "QuerySNSEmailPlatform",
    "GET",
    "/sns/application-platforms/email",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_sns_email_platform_result:QuerySNSEmailPlatformResult",
    query=True,
    alt_paths=("/sns/application-platforms/email/{uuid}",),
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
        since=None,
        result=".models.query_sns_endpoint_thirdparty_alert_history_result:QuerySNSEndpointThirdpartyAlertHistoryResult",
        query=True,
    )
)

QUERY_SNS_FEI_SHU_AT_PERSON: Api[QuerySNSFeiShuAtPersonResult] = Api(
    "QuerySNSFeiShuAtPerson",
    "GET",
    "/sns/application-endpoints/feishu/at-persons",
    params=(
        ("uuid", "path", "5.0.0"),
        ("systemTags", "query", "5.0.0"),
        ("userTags", "query", "5.0.0"),
    ),
    since="5.0.0",
    result=".models.query_sns_fei_shu_at_person_result:QuerySNSFeiShuAtPersonResult",
    query=True,
    alt_paths=("/sns/application-endpoints/feishu/at-persons/{uuid}",),
)

QUERY_SNS_FEI_SHU_ENDPOINT: Api[QuerySNSFeiShuEndpointResult] = Api(
    "QuerySNSFeiShuEndpoint",
    "GET",
    "/sns/application-endpoints/feishu",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.query_sns_fei_shu_endpoint_result:QuerySNSFeiShuEndpointResult",
    query=True,
)

QUERY_SNS_HTTP_ENDPOINT: Api[QuerySNSHttpEndpointResult] = Api(
    "QuerySNSHttpEndpoint",
    "GET",
    "/sns/application-endpoints/http",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_sns_http_endpoint_result:QuerySNSHttpEndpointResult",
    query=True,
    alt_paths=("/sns/application-endpoints/http/{uuid}",),
)

QUERY_SNS_MICROSOFT_TEAMS_ENDPOINT: Api[QuerySNSMicrosoftTeamsEndpointResult] = Api(
    "QuerySNSMicrosoftTeamsEndpoint",
    "GET",
    "/sns/application-endpoints/microsoft-teams",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_sns_microsoft_teams_endpoint_result:QuerySNSMicrosoftTeamsEndpointResult",
    query=True,
    alt_paths=("/sns/application-endpoints/microsoft-teams/{uuid}",),
)

QUERY_SNS_SMS_ENDPOINT: Api[QuerySNSSmsEndpointResult] = Api(
    "QuerySNSSmsEndpoint",
    "GET",
    "/sns/sms-endpoints",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_sns_sms_endpoint_result:QuerySNSSmsEndpointResult",
    query=True,
    alt_paths=("/sns/sms-endpoints/{uuid}",),
)

QUERY_SNS_SNMP_PLATFORM: Api[QuerySNSSnmpPlatformResult] = Api(
    "QuerySNSSnmpPlatform",
    "GET",
    "/sns/application-platforms/snmp",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_sns_snmp_platform_result:QuerySNSSnmpPlatformResult",
    query=True,
    alt_paths=("/sns/application-platforms/snmp/{uuid}",),
)

QUERY_SNS_TEXT_TEMPLATE: Api[QuerySNSTextTemplateResult] = Api(
    "QuerySNSTextTemplate",
    "GET",
    "/zwatch/alarms/sns/text-templates",
    params=(
        ("uuid", "path", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.query_sns_text_template_result:QuerySNSTextTemplateResult",
    query=True,
    alt_paths=("/zwatch/alarms/sns/text-templates/{uuid}",),
)

QUERY_SNS_TOPIC: Api[QuerySNSTopicResult] = Api(
    "QuerySNSTopic",
    "GET",
    "/sns/topics",
    params=(
        ("uuid", "path", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.query_sns_topic_result:QuerySNSTopicResult",
    query=True,
    alt_paths=("/sns/topics/{uuid}",),
)

QUERY_SNS_TOPIC_SUBSCRIBER: Api[QuerySNSTopicSubscriberResult] = Api(
    "QuerySNSTopicSubscriber",
    "GET",
    "/sns/topics/subscribers",
    params=(
        ("uuid", "path", "2.3.1"),
        ("systemTags", "query", "2.3.1"),
        ("userTags", "query", "2.3.1"),
    ),
    since="2.3.1",
    result=".models.query_sns_topic_subscriber_result:QuerySNSTopicSubscriberResult",
    query=True,
    alt_paths=("/sns/topics/subscribers/{uuid}",),
)

QUERY_SNS_UNIVERSAL_SMS_ENDPOINT: Api[QuerySNSUniversalSmsEndpointResult] = Api(
    "QuerySNSUniversalSmsEndpoint",
    "GET",
    "/sns/application-endpoints/universal-sms",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_sns_universal_sms_endpoint_result:QuerySNSUniversalSmsEndpointResult",
    query=True,
    alt_paths=("/sns/application-endpoints/universal-sms/{uuid}",),
)

QUERY_SNS_WE_COM_AT_PERSON: Api[QuerySNSWeComAtPersonResult] = Api(
    "QuerySNSWeComAtPerson",
    "GET",
    "/sns/application-endpoints/we-com/at-persons",
    params=(
        ("uuid", "path", "5.0.0"),
        ("systemTags", "query", "5.0.0"),
        ("userTags", "query", "5.0.0"),
    ),
    since="5.0.0",
    result=".models.query_sns_we_com_at_person_result:QuerySNSWeComAtPersonResult",
    query=True,
    alt_paths=("/sns/application-endpoints/we-com/at-persons/{uuid}",),
)

QUERY_SNS_WE_COM_ENDPOINT: Api[QuerySNSWeComEndpointResult] = Api(
    "QuerySNSWeComEndpoint",
    "GET",
    "/sns/application-endpoints/we-com",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.query_sns_we_com_endpoint_result:QuerySNSWeComEndpointResult",
    query=True,
)

QUERY_THIRDPARTY_ALERT: Api[QueryThirdpartyAlertResult] = Api(
    "QueryThirdpartyAlert",
    "GET",
    "/zwatch/third-party/alerts",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
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
    since=None,
    result=".models.remove_label_from_event_subscription_result:RemoveLabelFromEventSubscriptionResult",
)

REMOVE_SNS_DING_TALK_AT_PERSON: Api[RemoveSNSDingTalkAtPersonResult] = Api(
    "RemoveSNSDingTalkAtPerson",
    "DELETE",
    "/sns/application-endpoints/ding-talk/{endpointUuid}/at-persons/{phoneNumber}",
    params=(
        ("endpointUuid", "path", "2.3"),
        ("phoneNumber", "path", "2.3"),
        ("deleteMode", "query", "5.0.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.remove_sns_ding_talk_at_person_result:RemoveSNSDingTalkAtPersonResult",
)

REMOVE_SNS_FEI_SHU_AT_PERSON: Api[RemoveSNSFeiShuAtPersonResult] = Api(
    "RemoveSNSFeiShuAtPerson",
    "DELETE",
    "/sns/application-endpoints/feishu/{endpointUuid}/at-persons/{userId}",
    params=(
        ("endpointUuid", "path", "5.0.0"),
        ("userId", "path", "5.0.0"),
        ("deleteMode", "query", "5.0.0"),
        ("systemTags", "query", "5.0.0"),
        ("userTags", "query", "5.0.0"),
    ),
    since="5.0.0",
    result=".models.remove_sns_fei_shu_at_person_result:RemoveSNSFeiShuAtPersonResult",
)

REMOVE_SNS_SMS_RECEIVER: Api[RemoveSNSSmsReceiverResult] = Api(
    "RemoveSNSSmsReceiver",
    "DELETE",
    "/sns/sms-endpoints/{endpointUuid}/receivers/{phoneNumber}",
    params=(
        ("endpointUuid", "path", "3.7.0"),
        ("phoneNumber", "path", "3.7.0"),
        ("phoneNumberList", "query", "5.1.8"),
        ("deleteMode", "query", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    since="3.7.0",
    result=".models.remove_sns_sms_receiver_result:RemoveSNSSmsReceiverResult",
    checks=(("phoneNumber", "phone_number", "maxLength", 64),),
)

REMOVE_SNS_WE_COM_AT_PERSON: Api[RemoveSNSWeComAtPersonResult] = Api(
    "RemoveSNSWeComAtPerson",
    "DELETE",
    "/sns/application-endpoints/we-com/{endpointUuid}/at-persons/{userId}",
    params=(
        ("endpointUuid", "path", "5.0.0"),
        ("userId", "path", "5.0.0"),
        ("deleteMode", "query", "5.0.0"),
        ("systemTags", "query", "5.0.0"),
        ("userTags", "query", "5.0.0"),
    ),
    since="5.0.0",
    result=".models.remove_sns_we_com_at_person_result:RemoveSNSWeComAtPersonResult",
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
    since=None,
    result=".models.revoke_monitor_template_from_monitor_group_result:RevokeMonitorTemplateFromMonitorGroupResult",
)

SNS_DING_TALK_TEST_CONNECTION: Api[SNSDingTalkTestConnectionResult] = Api(
    "SNSDingTalkTestConnection",
    "POST",
    "/sns/application-endpoints/ding-talk/test-connection",
    params=(
        ("atAll", "body", "5.0.0"),
        ("atPersonPhoneNumbers", "body", "5.0.0"),
        ("endpointUuid", "body", "5.0.0"),
        ("secret", "body", "5.0.0"),
        ("testMsg", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="params",
    since="5.0.0",
    result=".models.sns_ding_talk_test_connection_result:SNSDingTalkTestConnectionResult",
    checks=(("url", "url", "maxLength", 2048),),
)

SNS_EMAIL_TEST_CONNECTION: Api[SNSEmailTestConnectionResult] = Api(
    "SNSEmailTestConnection",
    "POST",
    "/sns/application-endpoints/email/test-connection",
    params=(
        ("emails", "body", "5.1.8"),
        ("endpointUuid", "body", "5.1.8"),
        ("platformUuid", "body", "5.1.8"),
        ("subject", "body", "5.1.8"),
        ("text", "body", "5.1.8"),
        ("systemTags", "root", "5.1.8"),
        ("userTags", "root", "5.1.8"),
    ),
    body_key="params",
    since="5.1.8",
    result=".models.sns_email_test_connection_result:SNSEmailTestConnectionResult",
    checks=(
        ("subject", "subject", "maxLength", 512),
        ("text", "text", "maxLength", 8192),
    ),
)

SNS_FEI_SHU_TEST_CONNECTION: Api[SNSFeiShuTestConnectionResult] = Api(
    "SNSFeiShuTestConnection",
    "POST",
    "/sns/application-endpoints/feishu/test-connection",
    params=(
        ("atAll", "body", "5.0.0"),
        ("atPersonUserIds", "body", "5.0.0"),
        ("endpointUuid", "body", "5.0.0"),
        ("secret", "body", "5.0.0"),
        ("testMsg", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="params",
    since="5.0.0",
    result=".models.sns_fei_shu_test_connection_result:SNSFeiShuTestConnectionResult",
    checks=(("url", "url", "maxLength", 2048),),
)

SNS_HTTP_TEST_CONNECTION: Api[SNSHttpTestConnectionResult] = Api(
    "SNSHttpTestConnection",
    "POST",
    "/sns/application-endpoints/http/test-connection",
    params=(
        ("endpointUuid", "body", "5.1.8"),
        ("password", "body", "5.1.8"),
        ("url", "body", "5.1.8"),
        ("username", "body", "5.1.8"),
        ("systemTags", "root", "5.1.8"),
        ("userTags", "root", "5.1.8"),
    ),
    body_key="params",
    since="5.1.8",
    result=".models.sns_http_test_connection_result:SNSHttpTestConnectionResult",
    checks=(("url", "url", "maxLength", 2048),),
)

SNS_MICROSOFT_TEAMS_TEST_CONNECTION: Api[SNSMicrosoftTeamsTestConnectionResult] = Api(
    "SNSMicrosoftTeamsTestConnection",
    "POST",
    "/sns/application-endpoints/microsoft-teams/test-connection",
    params=(
        ("atAll", "body", "5.0.0"),
        ("atPersonUserIds", "body", "5.0.0"),
        ("endpointUuid", "body", "5.0.0"),
        ("testMsg", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="params",
    since="5.0.0",
    result=".models.sns_microsoft_teams_test_connection_result:SNSMicrosoftTeamsTestConnectionResult",
    checks=(("url", "url", "maxLength", 2048),),
)

SNS_SNMP_TEST_CONNECTION: Api[SNSSnmpTestConnectionResult] = Api(
    "SNSSnmpTestConnection",
    "POST",
    "/sns/application-endpoints/snmp/test-connection",
    params=(
        ("endpointUuid", "body", "5.1.8"),
        ("platformUuid", "body", "5.1.8"),
        ("systemTags", "root", "5.1.8"),
        ("userTags", "root", "5.1.8"),
    ),
    body_key="params",
    since="5.1.8",
    result=".models.sns_snmp_test_connection_result:SNSSnmpTestConnectionResult",
)

SNS_WE_COM_TEST_CONNECTION: Api[SNSWeComTestConnectionResult] = Api(
    "SNSWeComTestConnection",
    "POST",
    "/sns/application-endpoints/we-com/test-connection",
    params=(
        ("atAll", "body", None),
        ("atPersonUserIds", "body", None),
        ("endpointUuid", "body", None),
        ("testMsg", "body", None),
        ("url", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="params",
    since=None,
    result=".models.sns_we_com_test_connection_result:SNSWeComTestConnectionResult",
    checks=(("url", "url", "maxLength", 2048),),
)

SUBSCRIBE_EVENT: Api[SubscribeEventResult] = Api(
    "SubscribeEvent",
    "POST",
    "/zwatch/events/subscriptions",
    params=(
        ("actions", "body", "2.3"),
        ("emergencyLevel", "body", "3.8.0"),
        ("eventName", "body", "2.3"),
        ("labels", "body", "2.3"),
        ("name", "body", "3.0.0"),
        ("namespace", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("tagUuids", "body", "3.8.0"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.subscribe_event_result:SubscribeEventResult",
    checks=(
        ("emergencyLevel", "emergency_level", "enum", ("Emergent", "Important", "Normal")),
        ("name", "name", "maxLength", 255),
    ),
)

SUBSCRIBE_SNS_TOPIC: Api[SubscribeSNSTopicResult] = Api(
    "SubscribeSNSTopic",
    "POST",
    "/sns/topics/{topicUuid}/endpoints/{endpointUuid}",
    params=(
        ("topicUuid", "path", "2.3"),
        ("endpointUuid", "path", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.subscribe_sns_topic_result:SubscribeSNSTopicResult",
)

UNSUBSCRIBE_EVENT: Api[UnsubscribeEventResult] = Api(
    "UnsubscribeEvent",
    "DELETE",
    "/zwatch/events/subscriptions/{uuid}",
    params=(
        ("uuid", "path", "2.3"),
        ("deleteMode", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.unsubscribe_event_result:UnsubscribeEventResult",
)

UNSUBSCRIBE_SNS_TOPIC: Api[UnsubscribeSNSTopicResult] = Api(
    "UnsubscribeSNSTopic",
    "DELETE",
    "/sns/topics/{topicUuid}/endpoints/{endpointUuid}",
    params=(
        ("topicUuid", "path", "2.3"),
        ("endpointUuid", "path", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    since="2.3",
    result=".models.unsubscribe_sns_topic_result:UnsubscribeSNSTopicResult",
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
    body_key="updateAlertDataAck",
    since=None,
    result=".models.update_alert_data_ack_result:UpdateAlertDataAckResult",
)

UPDATE_ALIYUN_SMS_SNS_TEXT_TEMPLATE: Api[UpdateAliyunSmsSNSTextTemplateResult] = Api(
    "UpdateAliyunSmsSNSTextTemplate",
    "PUT",
    "/zwatch/alarms/sns/text-templates/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("alarmTemplateCode", "body", "3.7.0"),
        ("defaultTemplate", "body", "3.7.0"),
        ("description", "body", "3.7.0"),
        ("eventTemplate", "body", "3.7.0"),
        ("eventTemplateCode", "body", "3.7.0"),
        ("name", "body", "3.7.0"),
        ("recoverySubject", "body", None),
        ("recoveryTemplate", "body", "3.7.0"),
        ("sign", "body", "3.7.0"),
        ("subject", "body", None),
        ("template", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="updateAliyunSmsSNSTextTemplate",
    since="3.7.0",
    result=".models.update_aliyun_sms_sns_text_template_result:UpdateAliyunSmsSNSTextTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("recoverySubject", "recovery_subject", "maxLength", 2048),
        ("subject", "subject", "maxLength", 2048),
    ),
)

UPDATE_AT_PERSON_OF_AT_DING_TALK_ENDPOINT: Api[UpdateAtPersonOfAtDingTalkEndpointResult] = Api(
    "UpdateAtPersonOfAtDingTalkEndpoint",
    "PUT",
    "/sns/application-endpoints/ding-talk/at-persons/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("endpointUuid", "body", "5.0.0"),
        ("phoneNumber", "body", "5.0.0"),
        ("remark", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="updateAtPersonOfAtDingTalkEndpoint",
    since="5.0.0",
    result=".models.update_at_person_of_at_ding_talk_endpoint_result:UpdateAtPersonOfAtDingTalkEndpointResult",
    checks=(
        ("phoneNumber", "phone_number", "maxLength", 256),
        ("remark", "remark", "maxLength", 128),
    ),
)

UPDATE_AT_PERSON_OF_AT_FEI_SHU_ENDPOINT: Api[UpdateAtPersonOfAtFeiShuEndpointResult] = Api(
    "UpdateAtPersonOfAtFeiShuEndpoint",
    "PUT",
    "/sns/application-endpoints/feishu/at-persons/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("endpointUuid", "body", "5.0.0"),
        ("remark", "body", "5.0.0"),
        ("userId", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="updateAtPersonOfAtFeiShuEndpoint",
    since="5.0.0",
    result=".models.update_at_person_of_at_fei_shu_endpoint_result:UpdateAtPersonOfAtFeiShuEndpointResult",
    checks=(
        ("remark", "remark", "maxLength", 128),
        ("userId", "user_id", "maxLength", 256),
    ),
)

UPDATE_AT_PERSON_OF_AT_WE_COM_ENDPOINT: Api[UpdateAtPersonOfAtWeComEndpointResult] = Api(
    "UpdateAtPersonOfAtWeComEndpoint",
    "PUT",
    "/sns/application-endpoints/we-com/at-persons/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("endpointUuid", "body", "5.0.0"),
        ("remark", "body", "5.0.0"),
        ("userId", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="updateAtPersonOfAtWeComEndpoint",
    since="5.0.0",
    result=".models.update_at_person_of_at_we_com_endpoint_result:UpdateAtPersonOfAtWeComEndpointResult",
    checks=(
        ("remark", "remark", "maxLength", 128),
        ("userId", "user_id", "maxLength", 256),
    ),
)

UPDATE_EMAIL_ADDRESS_OF_SNS_EMAIL_ENDPOINT: Api[UpdateEmailAddressOfSNSEmailEndpointResult] = Api(
    "UpdateEmailAddressOfSNSEmailEndpoint",
    "PUT",
    "/sns/application-endpoints/emails/email-addresses",
    params=(
        ("emailAddress", "body", "5.0.0"),
        ("emailAddressUuid", "body", "5.0.0"),
        ("endpointUuid", "body", "5.0.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="updateEmailAddressOfSNSEmailEndpoint",
    since="3.7.0",
    result=".models.update_email_address_of_sns_email_endpoint_result:UpdateEmailAddressOfSNSEmailEndpointResult",
    checks=(("emailAddress", "email_address", "maxLength", 1024),),
)

UPDATE_EVENT_DATA: Api[UpdateEventDataResult] = Api(
    "UpdateEventData",
    "PUT",
    "/zwatch/events/actions",
    params=(
        ("dataEndTime", "body", "3.3.0"),
        ("dataStartTime", "body", "3.3.0"),
        ("dataUuid", "body", "3.3.0"),
        ("readStatus", "body", "3.3.0"),
        ("updateMode", "body", "3.3.0"),
        ("systemTags", "root", "3.3.0"),
        ("userTags", "root", "3.3.0"),
    ),
    body_key="updateEventData",
    since="3.3.0",
    result=".models.update_event_data_result:UpdateEventDataResult",
    checks=(
        ("readStatus", "read_status", "enum", ("Read", "Unread")),
        ("updateMode", "update_mode", "enum", ("OnlyOne", "InRange", "All")),
    ),
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
    body_key="updateEventRuleTemplate",
    since=None,
    result=".models.update_event_rule_template_result:UpdateEventRuleTemplateResult",
    checks=(
        ("emergencyLevel", "emergency_level", "enum", ("Emergent", "Important", "Normal")),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_EVENT_SUBSCRIPTION_LABEL: Api[UpdateEventSubscriptionLabelResult] = Api(
    "UpdateEventSubscriptionLabel",
    "PUT",
    "/zwatch/events/subscriptions/labels/{uuid}/actions",
    params=(
        ("uuid", "path", "3.9.0"),
        ("key", "body", "3.9.0"),
        ("operator", "body", "3.9.0"),
        ("value", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    body_key="updateEventSubscriptionLabel",
    since="3.9.0",
    result=".models.update_event_subscription_label_result:UpdateEventSubscriptionLabelResult",
    checks=(
        ("key", "key", "maxLength", 1024),
        ("operator", "operator", "enum", ("Regex", "Equal")),
    ),
)

UPDATE_FACTORY_MODE_STATE: Api[UpdateFactoryModeStateResult] = Api(
    "UpdateFactoryModeState",
    "PUT",
    "/management-nodes/actions",
    params=(
        ("factoryModeState", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="updateFactoryModeState",
    since=None,
    result=".models.update_factory_mode_state_result:UpdateFactoryModeStateResult",
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
    body_key="updateMonitorTemplate",
    since=None,
    result=".models.update_monitor_template_result:UpdateMonitorTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SNS_APPLICATION_ENDPOINT: Api[UpdateSNSApplicationEndpointResult] = Api(
    "UpdateSNSApplicationEndpoint",
    "PUT",
    "/sns/application-endpoints/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("platformUuid", "body", None),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="updateSNSApplicationEndpoint",
    since="2.3",
    result=".models.update_sns_application_endpoint_result:UpdateSNSApplicationEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SNS_APPLICATION_PLATFORM: Api[UpdateSNSApplicationPlatformResult] = Api(
    "UpdateSNSApplicationPlatform",
    "PUT",
    "/sns/application-platforms/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="updateSNSApplicationPlatform",
    since="2.3",
    result=".models.update_sns_application_platform_result:UpdateSNSApplicationPlatformResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SNS_DING_TALK_ENDPOINT: Api[UpdateSNSDingTalkEndpointResult] = Api(
    "UpdateSNSDingTalkEndpoint",
    "PUT",
    "/sns/application-endpoints/ding-talk/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("atAll", "body", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", None),
        ("secret", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="updateSNSDingTalkEndpoint",
    since="5.0.0",
    result=".models.update_sns_ding_talk_endpoint_result:UpdateSNSDingTalkEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("secret", "secret", "maxLength", 256),
        ("url", "url", "maxLength", 256),
    ),
)

UPDATE_SNS_FEI_SHU_ENDPOINT: Api[UpdateSNSFeiShuEndpointResult] = Api(
    "UpdateSNSFeiShuEndpoint",
    "PUT",
    "/sns/application-endpoints/feishu/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("atAll", "body", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", None),
        ("secret", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="updateSNSFeiShuEndpoint",
    since="5.0.0",
    result=".models.update_sns_fei_shu_endpoint_result:UpdateSNSFeiShuEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("secret", "secret", "maxLength", 256),
        ("url", "url", "maxLength", 256),
    ),
)

UPDATE_SNS_HTTP_ENDPOINT: Api[UpdateSNSHttpEndpointResult] = Api(
    "UpdateSNSHttpEndpoint",
    "PUT",
    "/sns/application-endpoints/http/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("password", "body", "5.0.0"),
        ("platformUuid", "body", None),
        ("url", "body", "5.0.0"),
        ("username", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="updateSNSHttpEndpoint",
    since="5.0.0",
    result=".models.update_sns_http_endpoint_result:UpdateSNSHttpEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 256),
        ("url", "url", "maxLength", 256),
        ("username", "username", "maxLength", 256),
    ),
)

UPDATE_SNS_MICROSOFT_TEAMS_ENDPOINT: Api[UpdateSNSMicrosoftTeamsEndpointResult] = Api(
    "UpdateSNSMicrosoftTeamsEndpoint",
    "PUT",
    "/sns/application-endpoints/microsoft-teams/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", None),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="updateSNSMicrosoftTeamsEndpoint",
    since="5.0.0",
    result=".models.update_sns_microsoft_teams_endpoint_result:UpdateSNSMicrosoftTeamsEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 256),
    ),
)

UPDATE_SNS_SNMP_PLATFORM: Api[UpdateSNSSnmpPlatformResult] = Api(
    "UpdateSNSSnmpPlatform",
    "PUT",
    "/sns/application-platforms/snmp/{uuid}",
    params=(
        ("uuid", "path", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("snmpAddress", "body", "5.0.0"),
        ("snmpPort", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="updateSNSSnmpPlatform",
    since="5.0.0",
    result=".models.update_sns_snmp_platform_result:UpdateSNSSnmpPlatformResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("snmpPort", "snmp_port", "minimum", 1),
        ("snmpPort", "snmp_port", "maximum", 65535),
    ),
)

UPDATE_SNS_TEXT_TEMPLATE: Api[UpdateSNSTextTemplateResult] = Api(
    "UpdateSNSTextTemplate",
    "PUT",
    "/zwatch/alarms/sns/text-templates/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("defaultTemplate", "body", "2.3"),
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("recoverySubject", "body", None),
        ("recoveryTemplate", "body", "3.4.0"),
        ("subject", "body", None),
        ("template", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="updateSNSTextTemplate",
    since="2.3",
    result=".models.update_sns_text_template_result:UpdateSNSTextTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("recoverySubject", "recovery_subject", "maxLength", 2048),
        ("subject", "subject", "maxLength", 2048),
    ),
)

UPDATE_SNS_TOPIC: Api[UpdateSNSTopicResult] = Api(
    "UpdateSNSTopic",
    "PUT",
    "/sns/topics/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("description", "body", "2.3"),
        ("locale", "body", "5.0.0"),
        ("name", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="updateSNSTopic",
    since="2.3",
    result=".models.update_sns_topic_result:UpdateSNSTopicResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("locale", "locale", "maxLength", 32),
        ("locale", "locale", "enum", ("zh_CN", "en_US")),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SNS_UNIVERSAL_SMS_ENDPOINT: Api[UpdateSNSUniversalSmsEndpointResult] = Api(
    "UpdateSNSUniversalSmsEndpoint",
    "PUT",
    "/sns/application-endpoints/universal-sms/{uuid}/actions",
    params=(
        ("uuid", "path", "5.1.8"),
        ("description", "body", "5.1.8"),
        ("name", "body", "5.1.8"),
        ("platformUuid", "body", "5.1.8"),
        ("smsAccessKeyId", "body", "5.1.8"),
        ("smsAccessKeySecret", "body", "5.1.8"),
        ("systemTags", "root", "5.1.8"),
        ("userTags", "root", "5.1.8"),
    ),
    body_key="updateSNSUniversalSmsEndpoint",
    since="5.1.8",
    result=".models.update_sns_universal_sms_endpoint_result:UpdateSNSUniversalSmsEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("smsAccessKeyId", "sms_access_key_id", "maxLength", 128),
        ("smsAccessKeySecret", "sms_access_key_secret", "maxLength", 128),
    ),
)

UPDATE_SNS_WE_COM_ENDPOINT: Api[UpdateSNSWeComEndpointResult] = Api(
    "UpdateSNSWeComEndpoint",
    "PUT",
    "/sns/application-endpoints/we-com/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("atAll", "body", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("platformUuid", "body", None),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="updateSNSWeComEndpoint",
    since="5.0.0",
    result=".models.update_sns_we_com_endpoint_result:UpdateSNSWeComEndpointResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 256),
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

VALIDATE_SNS_ALIYUN_SMS_ENDPOINT: Api[ValidateSNSAliyunSmsEndpointResult] = Api(
    "ValidateSNSAliyunSmsEndpoint",
    "PUT",
    "/sns/sms-endpoints/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("phoneNumbers", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="validateSNSAliyunSmsEndpoint",
    since="3.7.0",
    result=".models.validate_sns_aliyun_sms_endpoint_result:ValidateSNSAliyunSmsEndpointResult",
)

VALIDATE_SNS_EMAIL_PLATFORM: Api[ValidateSNSEmailPlatformResult] = Api(
    "ValidateSNSEmailPlatform",
    "PUT",
    "/sns/application-platforms/email/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("password", "body", None),
        ("smtpPort", "body", None),
        ("smtpServer", "body", None),
        ("username", "body", None),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="validateSNSEmailPlatform",
    since="2.3",
    result=".models.validate_sns_email_platform_result:ValidateSNSEmailPlatformResult",
    checks=(
        ("smtpPort", "smtp_port", "minimum", 1),
        ("smtpPort", "smtp_port", "maximum", 65535),
    ),
)

VALIDATE_SNS_UNIVERSAL_SMS_ENDPOINT: Api[ValidateSNSUniversalSmsEndpointResult] = Api(
    "ValidateSNSUniversalSmsEndpoint",
    "PUT",
    "/sns/application-endpoints/universal-sms/{uuid}/validate",
    params=(
        ("uuid", "path", "5.1.8"),
        ("phoneNumbers", "body", "5.1.8"),
        ("testMsg", "body", "5.1.8"),
        ("systemTags", "root", "5.1.8"),
        ("userTags", "root", "5.1.8"),
    ),
    body_key="validateSNSUniversalSmsEndpoint",
    since="5.1.8",
    result=".models.validate_sns_universal_sms_endpoint_result:ValidateSNSUniversalSmsEndpointResult",
    checks=(
        ("testMsg", "test_msg", "minLength", 1),
        ("testMsg", "test_msg", "maxLength", 64),
    ),
)


class MonitoringApiApi(SyncAPIClient):
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

    def add_email_address_to_sns_email_endpoint(
        self,
        *,
        email_address: str,
        endpoint_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddEmailAddressToSNSEmailEndpointResult:
        """给SNS邮件接受端增加邮箱地址 (AddEmailAddressToSNSEmailEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            email_address: 邮箱地址 (since 3.7.0; maxLength 1024)
            endpoint_uuid: 接收端uuid (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_EMAIL_ADDRESS_TO_SNS_EMAIL_ENDPOINT,
            {
                "emailAddress": email_address,
                "endpointUuid": endpoint_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def add_sns_ding_talk_at_person(
        self,
        *,
        endpoint_uuid: str,
        phone_number: str,
        remark: str | None = None,
        resource_uuid: str | None = None,
        tag_uuid: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSDingTalkAtPersonResult:
        """添加钉钉用户 (AddSNSDingTalkAtPerson).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 钉钉终端UUID (since 2.3)
            phone_number: 用户电话号码（钉钉用户以电话注册） (since 2.3; maxLength 64)
            remark: 备注 (since 5.0.0; maxLength 128)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SNS_DING_TALK_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "remark": remark,
                "resourceUuid": resource_uuid,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_sns_fei_shu_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        remark: str | None = None,
        resource_uuid: str | None = None,
        tag_uuid: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSFeiShuAtPersonResult:
        """添加飞书@用户 (AddSNSFeiShuAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 飞书Endpoint UUID (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            user_id: 飞书userId (since 5.0.0; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SNS_FEI_SHU_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "resourceUuid": resource_uuid,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_sns_sms_receiver(
        self,
        *,
        endpoint_uuid: str,
        type: Literal["AliyunSms", "UniversalSms"],
        description: str | None = None,
        phone_number: str | None = None,
        phone_number_list: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSSmsReceiverResult:
        """添加短信接收者 (AddSNSSmsReceiver).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 短信接收者描述 (since 3.7.0; maxLength 255)
            endpoint_uuid: 短信接收端Uuid (since 3.7.0)
            phone_number: 短信接收号码 (since 3.7.0; maxLength 64)
            phone_number_list: 短信接收号码列表 (since 5.1.8)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            type: 短信接收端类型 (since 5.1.8; enum {'AliyunSms', 'UniversalSms'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SNS_SMS_RECEIVER,
            {
                "description": description,
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "phoneNumberList": phone_number_list,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_sns_we_com_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        remark: str | None = None,
        resource_uuid: str | None = None,
        tag_uuid: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSWeComAtPersonResult:
        """添加企业微信用户 (AddSNSWeComAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 企业微信Endpoint UUID (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            user_id: 企业微信用户id (since 5.0.0; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SNS_WE_COM_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "resourceUuid": resource_uuid,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "userId": user_id,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def change_sns_application_endpoint_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable", "hide"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSNSApplicationEndpointStateResult:
        """更改接收端 (ChangeSNSApplicationEndpointState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3; enum {'enable', 'disable', 'hide'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SNS_APPLICATION_ENDPOINT_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_sns_application_platform_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSNSApplicationPlatformStateResult:
        """更改SNS应用平台状态 (ChangeSNSApplicationPlatformState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SNS_APPLICATION_PLATFORM_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_sns_topic_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSNSTopicStateResult:
        """更改主题状态 (ChangeSNSTopicState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SNS_TOPIC_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def create_aliyun_sms_sns_text_template(
        self,
        *,
        alarm_template_code: str,
        application_platform_type: str,
        event_template_code: str,
        name: str,
        sign: str,
        template: str,
        default_template: bool | None = None,
        description: str | None = None,
        event_template: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        resource_uuid: str | None = None,
        subject: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: Literal["alarm", "event", "combined"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunSmsSNSTextTemplateResult:
        """创建SNS监控阿里云短信模板 (CreateAliyunSmsSNSTextTemplate).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_template_code: 资源报警器模板Code (since 3.7.0)
            application_platform_type: SNS应用平台类型 (since 3.7.0)
            default_template: 是否作为默认模板 (since 3.7.0)
            description: 模板的详细描述 (since 3.7.0; maxLength 2048)
            event_template: 事件报警器模板文本 (since 3.7.0)
            event_template_code: 事件报警器模板Code (since 3.7.0)
            name: 模板名称 (since 3.7.0; maxLength 255)
            recovery_subject: recoverySubject (maxLength 2048)
            recovery_template: 恢复模板文本 (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            sign: 短信签名名称 (since 3.7.0)
            subject: subject (maxLength 2048)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            template: 资源报警器模板文本 (since 3.7.0)
            type: type (enum {'alarm', 'event', 'combined'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
            {
                "alarmTemplateCode": alarm_template_code,
                "applicationPlatformType": application_platform_type,
                "defaultTemplate": default_template,
                "description": description,
                "eventTemplate": event_template,
                "eventTemplateCode": event_template_code,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "resourceUuid": resource_uuid,
                "sign": sign,
                "subject": subject,
                "tagUuids": tag_uuids,
                "template": template,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def create_sns_aliyun_sms_endpoint(
        self,
        *,
        access_key_uuid: str,
        name: str,
        description: str | None = None,
        platform_uuid: str | None = None,
        receivers: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSAliyunSmsEndpointResult:
        """创建阿里云短信接收端 (CreateSNSAliyunSmsEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            access_key_uuid: 阿里云AccessKey信息Uuid (since 3.7.0)
            description: 接收端的详细描述 (since 3.7.0; maxLength 2048)
            name: 接收端名称 (since 3.7.0; maxLength 255)
            platform_uuid: platformUuid (since 3.7.0)
            receivers: 短信接收者 (since 3.7.0; minItems 1)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_ALIYUN_SMS_ENDPOINT,
            {
                "accessKeyUuid": access_key_uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "receivers": receivers,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_ding_talk_endpoint(
        self,
        *,
        name: str,
        url: str,
        at_all: bool | None = None,
        at_person_list: Mapping[str, Any] | None = None,
        at_person_phone_numbers: Sequence[Any] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        secret: str | None = None,
        tag_uuid: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSDingTalkEndpointResult:
        """创建钉钉接收端 (CreateSNSDingTalkEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否消息@所有人 (since 2.3)
            at_person_list: @用户信息 (since 5.0.0)
            at_person_phone_numbers: 要@用户的电话号码 (since 2.3; minItems 1)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            platform_uuid: 通知平台uuid (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            secret: 钉钉密钥 (since 5.0.0; maxLength 128)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            url: 钉钉机器人URL (since 2.3; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_DING_TALK_ENDPOINT,
            {
                "atAll": at_all,
                "atPersonList": at_person_list,
                "atPersonPhoneNumbers": at_person_phone_numbers,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "secret": secret,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_email_endpoint(
        self,
        *,
        name: str,
        description: str | None = None,
        email: str | None = None,
        emails: Sequence[Any] | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSEmailEndpointResult:
        """创建邮件接收端 (CreateSNSEmailEndpoint).

        Since ZStack 2.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            email: email地址 (since 5.0.0; maxLength 1024)
            emails: emails (since 3.7.0)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: 应用平台UUID (since 5.0.0)
            resource_uuid: resourceUuid (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_EMAIL_ENDPOINT,
            {
                "description": description,
                "email": email,
                "emails": emails,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_email_platform(
        self,
        *,
        name: str,
        smtp_port: int,
        smtp_server: str,
        description: str | None = None,
        encrypt_type: Literal["SSL", "STARTTLS", "NONE"] | None = None,
        password: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSEmailPlatformResult:
        """创建邮件服务器 (CreateSNSEmailPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            encrypt_type: encryptType (since 2.3; enum {'SSL', 'STARTTLS', 'NONE'})
            name: 资源名称 (since 2.3; maxLength 255)
            password: 密码 (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            smtp_port: SMTP端口 (since 2.3; minimum 1; maximum 65535)
            smtp_server: SMTP服务器地址 (since 2.3)
            tag_uuids: tagUuids
            username: 用户名 (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_EMAIL_PLATFORM,
            {
                "description": description,
                "encryptType": encrypt_type,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "smtpPort": smtp_port,
                "smtpServer": smtp_server,
                "tagUuids": tag_uuids,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_fei_shu_endpoint(
        self,
        *,
        name: str,
        url: str,
        at_all: bool | None = None,
        at_person_list: Mapping[str, Any] | None = None,
        at_person_user_ids: Sequence[Any] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        secret: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSFeiShuEndpointResult:
        """创建飞书接收端 (CreateSNSFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否@所有人 (since 5.0.0)
            at_person_list: @用户信息(推荐使用) (since 5.0.0)
            at_person_user_ids: @用户id (since 5.0.0; minItems 1)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: 通知平台uuid (since 5.0.0)
            resource_uuid: 资源UUID (since 5.0.0)
            secret: 飞书秘钥 (since 5.0.0; maxLength 128)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            url: 飞书机器人 webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_FEI_SHU_ENDPOINT,
            {
                "atAll": at_all,
                "atPersonList": at_person_list,
                "atPersonUserIds": at_person_user_ids,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "secret": secret,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_http_endpoint(
        self,
        *,
        name: str,
        url: str,
        description: str | None = None,
        password: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSHttpEndpointResult:
        """创建Webhook接收端 (CreateSNSHttpEndpoint).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            password: 密码 (since 2.3; maxLength 512)
            platform_uuid: platformUuid (since 0.6)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            url: HTTP URL (since 2.3; maxLength 2048)
            username: 用户名 (since 2.3; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_HTTP_ENDPOINT,
            {
                "description": description,
                "name": name,
                "password": password,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_microsoft_teams_endpoint(
        self,
        *,
        name: str,
        url: str,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSMicrosoftTeamsEndpointResult:
        """创建微软Teams接收端 (CreateSNSMicrosoftTeamsEndpoint).

        Since ZStack 3.10.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.10.0; maxLength 2048)
            name: 资源名称 (since 3.10.0; maxLength 255)
            platform_uuid: platformUuid (since 3.10.0)
            resource_uuid: 资源UUID (since 3.10.0)
            tag_uuids: 标签UUID列表 (since 3.10.0)
            url: 连接器的url (since 3.10.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_MICROSOFT_TEAMS_ENDPOINT,
            {
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_snmp_endpoint(
        self,
        *,
        name: str,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpEndpointResult:
        """创建Snmp终端 (CreateSNSSnmpEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid (since 5.0.0)
            resource_uuid: resourceUuid (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_SNMP_ENDPOINT,
            {
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_snmp_platform(
        self,
        *,
        name: str,
        snmp_address: str,
        snmp_port: int,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpPlatformResult:
        """创建Snmp服务器 (CreateSNSSnmpPlatform).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 5.0.0)
            snmp_address: SNMP服务器地址 (since 5.0.0)
            snmp_port: SNMP端口 (since 5.0.0; minimum 1; maximum 65535)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_SNMP_PLATFORM,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "snmpAddress": snmp_address,
                "snmpPort": snmp_port,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_text_template(
        self,
        *,
        application_platform_type: str,
        name: str,
        template: str,
        default_template: bool | None = None,
        description: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        resource_uuid: str | None = None,
        subject: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: Literal["alarm", "event", "combined"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSTextTemplateResult:
        """创建报警消息模板 (CreateSNSTextTemplate).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            application_platform_type: SNS应用平台类型 (since 2.3)
            default_template: 是否作为默认模板 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            recovery_subject: 恢复主题 (since 5.1.8; maxLength 2048)
            recovery_template: 恢复报警模板文本 (since 3.4.0)
            resource_uuid: resourceUuid (since 2.3)
            subject: 主题 (since 5.1.8; maxLength 2048)
            tag_uuids: 标签UUID列表 (since 5.1.8)
            template: 报警消息模板文本 (since 2.3)
            type: type (since 5.1.8; enum {'alarm', 'event', 'combined'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_TEXT_TEMPLATE,
            {
                "applicationPlatformType": application_platform_type,
                "defaultTemplate": default_template,
                "description": description,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "resourceUuid": resource_uuid,
                "subject": subject,
                "tagUuids": tag_uuids,
                "template": template,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_topic(
        self,
        *,
        name: str,
        description: str | None = None,
        locale: Literal["zh_CN", "en_US"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSTopicResult:
        """创建主题 (CreateSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            locale: 国际化语言 (since 5.0.0; maxLength 32; enum {'zh_CN', 'en_US'})
            name: 资源名称 (since 2.3; maxLength 255)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_TOPIC,
            {
                "description": description,
                "locale": locale,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_universal_sms_endpoint(
        self,
        *,
        name: str,
        sms_access_key_id: str,
        sms_access_key_secret: str,
        supplier: str,
        addition_param: Mapping[str, Any] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSUniversalSmsEndpointResult:
        """创建通用短信接收端 (CreateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            addition_param: additionParam (since 5.1.8)
            description: 资源的详细描述 (since 5.1.8; maxLength 2048)
            name: 资源名称 (since 5.1.8; maxLength 255)
            platform_uuid: platformUuid (since 5.1.8)
            resource_uuid: 资源UUID (since 5.1.8)
            sms_access_key_id: smsAccessKeyId (since 5.1.8; maxLength 128)
            sms_access_key_secret: smsAccessKeySecret (since 5.1.8; maxLength 128)
            supplier: supplier (since 5.1.8; maxLength 32)
            tag_uuids: 标签UUID列表 (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_UNIVERSAL_SMS_ENDPOINT,
            {
                "additionParam": addition_param,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "smsAccessKeyId": sms_access_key_id,
                "smsAccessKeySecret": sms_access_key_secret,
                "supplier": supplier,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_sns_we_com_endpoint(
        self,
        *,
        name: str,
        url: str,
        at_all: bool | None = None,
        at_all_: bool | None = None,
        at_person_list: Mapping[str, Any] | None = None,
        at_person_user_ids: Sequence[Any] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSWeComEndpointResult:
        """创建企业微信服务器 (CreateSNSWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否@所有人 (since 5.0.0)
            at_all_: atAll
            at_person_list: @用户信息 (推荐使用) (since 5.0.0)
            at_person_user_ids: @用户 (user_id) (since 5.0.0; minItems 1)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            url: 企业微信聊天机器人webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_WE_COM_ENDPOINT,
            {
                "atALL": at_all,
                "atAll": at_all_,
                "atPersonList": at_person_list,
                "atPersonUserIds": at_person_user_ids,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
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

    def delete_email_address_of_sns_email_endpoint(
        self,
        *,
        endpoint_uuid: str,
        email_address_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEmailAddressOfSNSEmailEndpointResult:
        """删除邮箱接收端的地址 (DeleteEmailAddressOfSNSEmailEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: endpointUuid (since 3.7.0)
            email_address_uuid: emailAddressUuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_EMAIL_ADDRESS_OF_SNS_EMAIL_ENDPOINT,
            {
                "endpointUuid": endpoint_uuid,
                "emailAddressUuid": email_address_uuid,
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

    def delete_sns_application_endpoint(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSApplicationEndpointResult:
        """删除接收端 (DeleteSNSApplicationEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SNS_APPLICATION_ENDPOINT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_sns_application_platform(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSApplicationPlatformResult:
        """删除SNS应用平台 (DeleteSNSApplicationPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SNS_APPLICATION_PLATFORM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_sns_text_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSTextTemplateResult:
        """删除报警消息模板 (DeleteSNSTextTemplate).

        删除报警消息模板。

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_sns_topic(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSTopicResult:
        """删除主题 (DeleteSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SNS_TOPIC,
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

    def get_all_event_metadata(
        self,
        *,
        name: str | None = None,
        namespace: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAllEventMetadataResult:
        """获取所有event元数据 (GetAllEventMetadata).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            name: 事件名称 (since 3.9.0)
            namespace: 事件命名空间 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ALL_EVENT_METADATA,
            {
                "name": name,
                "namespace": namespace,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_all_metric_metadata(
        self,
        *,
        name: str | None = None,
        namespace: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAllMetricMetadataResult:
        """获取所有metric元数据 (GetAllMetricMetadata).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            name: 监控指标名称 (since 3.9.0)
            namespace: 监控指标命名空间 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ALL_METRIC_METADATA,
            {
                "name": name,
                "namespace": namespace,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_audit_data(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        labels: Sequence[str] | None = None,
        audit_type: Literal["Login", "Resource"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAuditDataResult:
        """获取审计数据 (GetAuditData).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            start_time: 起始时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            limit: 最大返回条数 (since 2.3; minimum 0; maximum 2147483647)
            labels: 过滤标签列表 (since 2.3)
            audit_type: 审计类型，默认为Resource (since 3.5.0; enum {'Login', 'Resource'})
            conditions: conditions
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_AUDIT_DATA,
            {
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
                "labels": labels,
                "auditType": audit_type,
                "systemTags": system_tags,
                "userTags": user_tags,
                "conditions": conditions,
            },
            job_uuid,
        )

    def get_current_time(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCurrentTimeResult:
        """获取当前时间 (GetCurrentTime).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CURRENT_TIME,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_event_data(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        offset_ahead_of_current_time: int | None = None,
        conditions: Sequence[str] | None = None,
        count: bool | None = None,
        endpoint_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        start: int | None = None,
        condition_expression: str | None = None,
        job_uuid: str | None = None,
    ) -> GetEventDataResult:
        """获取事件 (GetEventData).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            start_time: 起始时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            limit: 最大返回条数 (since 2.3; minimum 0; maximum 2147483647)
            offset_ahead_of_current_time: 早于当前时间的毫秒数，例如：查询最近一小时的消息，则传入3600000 (since 3.3.0; minimum 0; maximum 9223372036854775807)
            conditions: 查询条件 (since 3.3.0)
            count: 是否查询事件数量 (since 3.3.0)
            endpoint_uuid: 接收端Uuid (since 3.10.0)
            start: start (minimum 0; maximum 2147483647)
            condition_expression: conditionExpression (maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_EVENT_DATA,
            {
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
                "offsetAheadOfCurrentTime": offset_ahead_of_current_time,
                "conditions": conditions,
                "count": count,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "start": start,
                "conditionExpression": condition_expression,
            },
            job_uuid,
        )

    def get_factory_mode_state(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFactoryModeStateResult:
        """Get factory mode state (GetFactoryModeState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetFactoryModeStateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_FACTORY_MODE_STATE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_management_node_arch(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetManagementNodeArchResult:
        """获取管理节点CPU架构类型 (GetManagementNodeArch).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_MANAGEMENT_NODE_ARCH,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_management_node_dir_capacity(
        self,
        *,
        management_node_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetManagementNodeDirCapacityResult:
        """获取管理节点目录容量 (GetManagementNodeDirCapacity).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            management_node_uuids: 管理节点的uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_MANAGEMENT_NODE_DIR_CAPACITY,
            {
                "managementNodeUuids": management_node_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_management_node_os(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetManagementNodeOSResult:
        """获取管理节点操作系统信息 (GetManagementNodeOS).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_MANAGEMENT_NODE_OS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_metric_data(
        self,
        *,
        namespace: str,
        metric_name: str,
        start_time: int | None = None,
        end_time: int | None = None,
        period: int | None = None,
        labels: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        functions: Sequence[str] | None = None,
        offset_ahead_of_current_time: int | None = None,
        value_conditions: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMetricDataResult:
        """获取metric数据 (GetMetricData).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            namespace: 名字空间 (since 2.3)
            metric_name: 监控项 (since 2.3)
            start_time: 起始时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            period: 数据精度 (since 2.3; minimum 0; maximum 2147483647)
            labels: 过滤标签 (since 2.3)
            functions: 函数列表 (since 2.3)
            offset_ahead_of_current_time: offsetAheadOfCurrentTime (since 2.3; minimum 0; maximum 9223372036854775807)
            value_conditions: valueConditions
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_METRIC_DATA,
            {
                "namespace": namespace,
                "metricName": metric_name,
                "startTime": start_time,
                "endTime": end_time,
                "period": period,
                "labels": labels,
                "systemTags": system_tags,
                "userTags": user_tags,
                "functions": functions,
                "offsetAheadOfCurrentTime": offset_ahead_of_current_time,
                "valueConditions": value_conditions,
            },
            job_uuid,
        )

    def get_metric_label_value(
        self,
        *,
        namespace: str,
        metric_name: str,
        label_names: Sequence[str],
        filter_labels: Sequence[str] | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMetricLabelValueResult:
        """获取metric的标签值 (GetMetricLabelValue).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            namespace: 名字空间名称 (since 2.3)
            metric_name: 监控指标名称 (since 2.3)
            label_names: 要获取值得标签名列表 (since 2.3; minItems 1)
            filter_labels: 标签过滤器列表，例如可以指定标签HostUuid=e47f7145f4cd4fca8e2856038ecdf3e1来选择特定物理机的，labelNames中指定标签的值 (since 2.3)
            start_time: 起始时间 (since 3.9.0; minimum 0; maximum 253402271999)
            end_time: 结束时间 (since 3.9.0; minimum 0; maximum 253402271999)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_METRIC_LABEL_VALUE,
            {
                "namespace": namespace,
                "metricName": metric_name,
                "labelNames": label_names,
                "filterLabels": filter_labels,
                "startTime": start_time,
                "endTime": end_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_platform_time_zone(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPlatformTimeZoneResult:
        """获取管理节点当前的时区信息 (GetPlatformTimeZone).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PLATFORM_TIME_ZONE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_support_apis(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSupportAPIsResult:
        """Get support APIs (GetSupportAPIs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetSupportAPIsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_SUPPORT_APIS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
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

    def get_version(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVersionResult:
        """获取当前版本 (GetVersion).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VERSION,
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

    def is_ready_to_go(
        self,
        *,
        management_node_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> IsReadyToGoResult:
        """检查管理节点是否能正常开始工作 (IsReadyToGo).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            management_node_id: managementNodeId (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            IS_READY_TO_GO,
            {
                "managementNodeId": management_node_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def put_metric_data(
        self,
        *,
        data: Sequence[Any],
        namespace: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PutMetricDataResult:
        """存入自定义metric数据 (PutMetricData).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data: 数据 (since 2.3; minItems 1)
            namespace: 自定义名字空间名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PUT_METRIC_DATA,
            {
                "data": data,
                "namespace": namespace,
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

    def query_aliyun_sms_sns_text_template(
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
    ) -> QueryAliyunSmsSNSTextTemplateResult:
        """查询SNS监控阿里云短信模板 (QueryAliyunSmsSNSTextTemplate).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
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

    def query_aliyun_sms_sns_text_template_pages(
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
        """Every result of ``query_aliyun_sms_sns_text_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
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

    def query_event_record(
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
    ) -> QueryEventRecordResult:
        """查询事件报警器报警记录 (QueryEventRecord).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_EVENT_RECORD,
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

    def query_event_record_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[EventRecordsInventory]:
        """Every result of ``query_event_record``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EVENT_RECORD,
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

    def query_event_subscription(
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
    ) -> QueryEventSubscriptionResult:
        """查询事件订阅 (QueryEventSubscription).

        Since ZStack 2.3.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_EVENT_SUBSCRIPTION,
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

    def query_event_subscription_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[EventSubscriptionInventory]:
        """Every result of ``query_event_subscription``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EVENT_SUBSCRIPTION,
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

    def query_management_node(
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
    ) -> QueryManagementNodeResult:
        """查询管理节点 (QueryManagementNode).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MANAGEMENT_NODE,
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

    def query_management_node_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ManagementNodeInventory]:
        """Every result of ``query_management_node``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MANAGEMENT_NODE,
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

    def query_sns_application_endpoint(
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
    ) -> QuerySNSApplicationEndpointResult:
        """查询接收端 (QuerySNSApplicationEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_APPLICATION_ENDPOINT,
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

    def query_sns_application_endpoint_pages(
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
        """Every result of ``query_sns_application_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_APPLICATION_ENDPOINT,
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

    def query_sns_application_platform(
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
    ) -> QuerySNSApplicationPlatformResult:
        """查询SNS应用平台 (QuerySNSApplicationPlatform).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_APPLICATION_PLATFORM,
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

    def query_sns_application_platform_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AccountInventory]:
        """Every result of ``query_sns_application_platform``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_APPLICATION_PLATFORM,
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

    def query_sns_ding_talk_at_person(
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
    ) -> QuerySNSDingTalkAtPersonResult:
        """查询钉钉@用户 (QuerySNSDingTalkAtPerson).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_DING_TALK_AT_PERSON,
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

    def query_sns_ding_talk_at_person_pages(
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
        """Every result of ``query_sns_ding_talk_at_person``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_DING_TALK_AT_PERSON,
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

    def query_sns_ding_talk_endpoint(
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
    ) -> QuerySNSDingTalkEndpointResult:
        """查询钉钉终端 (QuerySNSDingTalkEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_DING_TALK_ENDPOINT,
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

    def query_sns_ding_talk_endpoint_pages(
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
        """Every result of ``query_sns_ding_talk_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_DING_TALK_ENDPOINT,
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

    def query_sns_email_address(
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
    ) -> QuerySNSEmailAddressResult:
        """查询接收端邮箱地址 (QuerySNSEmailAddress).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_EMAIL_ADDRESS,
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

    def query_sns_email_address_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SNSEmailAddressInventory]:
        """Every result of ``query_sns_email_address``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_EMAIL_ADDRESS,
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

    def query_sns_email_endpoint(
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
    ) -> QuerySNSEmailEndpointResult:
        """查询邮件接收端 (QuerySNSEmailEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_EMAIL_ENDPOINT,
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

    def query_sns_email_endpoint_pages(
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
        """Every result of ``query_sns_email_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_EMAIL_ENDPOINT,
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

    def query_sns_email_platform(
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
    ) -> QuerySNSEmailPlatformResult:
        """查询邮件服务器 (QuerySNSEmailPlatform).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_EMAIL_PLATFORM,
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

    def query_sns_email_platform_pages(
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
        """Every result of ``query_sns_email_platform``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_EMAIL_PLATFORM,
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

    def query_sns_fei_shu_at_person(
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
    ) -> QuerySNSFeiShuAtPersonResult:
        """查询飞书@用户 (QuerySNSFeiShuAtPerson).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_FEI_SHU_AT_PERSON,
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

    def query_sns_fei_shu_at_person_pages(
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
        """Every result of ``query_sns_fei_shu_at_person``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_FEI_SHU_AT_PERSON,
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

    def query_sns_fei_shu_endpoint(
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
    ) -> QuerySNSFeiShuEndpointResult:
        """Query SNS fei shu endpoint (QuerySNSFeiShuEndpoint).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/sns/platform/feishu/QuerySNSFeiShuEndpointAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_FEI_SHU_ENDPOINT,
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

    def query_sns_fei_shu_endpoint_pages(
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
        """Every result of ``query_sns_fei_shu_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_FEI_SHU_ENDPOINT,
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

    def query_sns_http_endpoint(
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
    ) -> QuerySNSHttpEndpointResult:
        """查询Webhook接收端 (QuerySNSHttpEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_HTTP_ENDPOINT,
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

    def query_sns_http_endpoint_pages(
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
        """Every result of ``query_sns_http_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_HTTP_ENDPOINT,
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

    def query_sns_microsoft_teams_endpoint(
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
    ) -> QuerySNSMicrosoftTeamsEndpointResult:
        """查询微软Teams接收端 (QuerySNSMicrosoftTeamsEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_MICROSOFT_TEAMS_ENDPOINT,
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

    def query_sns_microsoft_teams_endpoint_pages(
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
        """Every result of ``query_sns_microsoft_teams_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_MICROSOFT_TEAMS_ENDPOINT,
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

    def query_sns_sms_endpoint(
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
    ) -> QuerySNSSmsEndpointResult:
        """查询短信接收端 (QuerySNSSmsEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_SMS_ENDPOINT,
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

    def query_sns_sms_endpoint_pages(
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
        """Every result of ``query_sns_sms_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_SMS_ENDPOINT,
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

    def query_sns_snmp_platform(
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
    ) -> QuerySNSSnmpPlatformResult:
        """查询Snmp应用平台 (QuerySNSSnmpPlatform).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_SNMP_PLATFORM,
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

    def query_sns_snmp_platform_pages(
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
        """Every result of ``query_sns_snmp_platform``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_SNMP_PLATFORM,
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

    def query_sns_text_template(
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
    ) -> QuerySNSTextTemplateResult:
        """查询报警消息模板 (QuerySNSTextTemplate).

        查询报警消息模板。

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_TEXT_TEMPLATE,
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

    def query_sns_text_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SNSTextTemplateInventory]:
        """Every result of ``query_sns_text_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_TEXT_TEMPLATE,
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

    def query_sns_topic(
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
    ) -> QuerySNSTopicResult:
        """查询主题 (QuerySNSTopic).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_TOPIC,
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

    def query_sns_topic_pages(
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
        """Every result of ``query_sns_topic``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_TOPIC,
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

    def query_sns_topic_subscriber(
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
    ) -> QuerySNSTopicSubscriberResult:
        """查询订阅主题的终端 (QuerySNSTopicSubscriber).

        Since ZStack 2.3.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_TOPIC_SUBSCRIBER,
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

    def query_sns_topic_subscriber_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SNSSubscriberInventory]:
        """Every result of ``query_sns_topic_subscriber``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_TOPIC_SUBSCRIBER,
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

    def query_sns_universal_sms_endpoint(
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
    ) -> QuerySNSUniversalSmsEndpointResult:
        """查询通用短信接收端 (QuerySNSUniversalSmsEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_UNIVERSAL_SMS_ENDPOINT,
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

    def query_sns_universal_sms_endpoint_pages(
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
        """Every result of ``query_sns_universal_sms_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_UNIVERSAL_SMS_ENDPOINT,
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

    def query_sns_we_com_at_person(
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
    ) -> QuerySNSWeComAtPersonResult:
        """查询企业微信@用户 (QuerySNSWeComAtPerson).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_WE_COM_AT_PERSON,
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

    def query_sns_we_com_at_person_pages(
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
        """Every result of ``query_sns_we_com_at_person``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_WE_COM_AT_PERSON,
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

    def query_sns_we_com_endpoint(
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
    ) -> QuerySNSWeComEndpointResult:
        """Query SNS we com endpoint (QuerySNSWeComEndpoint).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/sns/platform/wecom/QuerySNSWeComEndpointAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNS_WE_COM_ENDPOINT,
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

    def query_sns_we_com_endpoint_pages(
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
        """Every result of ``query_sns_we_com_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_WE_COM_ENDPOINT,
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

    def remove_sns_ding_talk_at_person(
        self,
        *,
        endpoint_uuid: str,
        phone_number: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSDingTalkAtPersonResult:
        """删除钉钉用户 (RemoveSNSDingTalkAtPerson).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 钉钉接收端UUID (since 2.3)
            phone_number: 要删除的atPerson的电话 (since 2.3)
            delete_mode: deleteMode (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SNS_DING_TALK_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_sns_fei_shu_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSFeiShuAtPersonResult:
        """删除飞书用户 (RemoveSNSFeiShuAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 飞书Endpoint uuid (since 5.0.0)
            user_id: 飞书 userId (since 5.0.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SNS_FEI_SHU_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "userId": user_id,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_sns_sms_receiver(
        self,
        *,
        endpoint_uuid: str,
        phone_number: str,
        phone_number_list: Sequence[str] | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSSmsReceiverResult:
        """删除短信接收者 (RemoveSNSSmsReceiver).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 短信接收端Uuid (since 3.7.0)
            phone_number: 短信接收号码 (since 3.7.0; maxLength 64)
            phone_number_list: 短信接收号码列表 (since 5.1.8)
            delete_mode: 删除模式 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SNS_SMS_RECEIVER,
            {
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "phoneNumberList": phone_number_list,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_sns_we_com_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSWeComAtPersonResult:
        """删除企业微信用户 (RemoveSNSWeComAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 企业微信机器人webhook url (since 5.0.0)
            user_id: 企业微信userId (since 5.0.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SNS_WE_COM_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "userId": user_id,
                "deleteMode": delete_mode,
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

    def sns_ding_talk_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_phone_numbers: Sequence[Any] | None = None,
        endpoint_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSDingTalkTestConnectionResult:
        """测试钉钉连通性 (SNSDingTalkTestConnection).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否@所有人 (since 5.0.0)
            at_person_phone_numbers: @手机号 (since 5.0.0)
            endpoint_uuid: 钉钉endpoint uuid (since 5.0.0)
            secret: 钉钉秘钥 (since 5.0.0)
            test_msg: 测试消息文本 (since 5.0.0)
            url: webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SNS_DING_TALK_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonPhoneNumbers": at_person_phone_numbers,
                "endpointUuid": endpoint_uuid,
                "secret": secret,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sns_email_test_connection(
        self,
        *,
        emails: Sequence[Any] | None = None,
        endpoint_uuid: str | None = None,
        platform_uuid: str | None = None,
        subject: str | None = None,
        text: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSEmailTestConnectionResult:
        """发送测试邮件 (SNSEmailTestConnection).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            emails: 接收邮箱地址 (since 5.1.8)
            endpoint_uuid: 邮箱端点UUID (since 5.1.8)
            platform_uuid: 邮箱平台UUID (since 5.1.8)
            subject: 主题 (since 5.1.8; maxLength 512)
            text: 内容 (since 5.1.8; maxLength 8192)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SNS_EMAIL_TEST_CONNECTION,
            {
                "emails": emails,
                "endpointUuid": endpoint_uuid,
                "platformUuid": platform_uuid,
                "subject": subject,
                "text": text,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sns_fei_shu_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_user_ids: Sequence[Any] | None = None,
        endpoint_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSFeiShuTestConnectionResult:
        """测试飞书连通性 (SNSFeiShuTestConnection).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: @所有人 (since 5.0.0)
            at_person_user_ids: @用户id (since 5.0.0)
            endpoint_uuid: 飞书endpoint uuid (since 5.0.0)
            secret: 飞书秘钥 (since 5.0.0)
            test_msg: 测试消息 (since 5.0.0)
            url: webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SNS_FEI_SHU_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonUserIds": at_person_user_ids,
                "endpointUuid": endpoint_uuid,
                "secret": secret,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sns_http_test_connection(
        self,
        *,
        endpoint_uuid: str | None = None,
        password: str | None = None,
        url: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSHttpTestConnectionResult:
        """发送测试Webhook请求 (SNSHttpTestConnection).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 端点uuid (since 5.1.8)
            password: Basic Auth 密码 (since 5.1.8)
            url: webhook url (since 5.1.8; maxLength 2048)
            username: Basic Auth 用户名 (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SNS_HTTP_TEST_CONNECTION,
            {
                "endpointUuid": endpoint_uuid,
                "password": password,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sns_microsoft_teams_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_user_ids: Sequence[Any] | None = None,
        endpoint_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSMicrosoftTeamsTestConnectionResult:
        """测试企业微信连通性 (SNSMicrosoftTeamsTestConnection).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: @所有人 (since 5.0.0)
            at_person_user_ids: @用户id集合 (since 5.0.0)
            endpoint_uuid: 企业微信 endpoint uuid (since 5.0.0)
            test_msg: 测试消息 (since 5.0.0)
            url: webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SNS_MICROSOFT_TEAMS_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonUserIds": at_person_user_ids,
                "endpointUuid": endpoint_uuid,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sns_snmp_test_connection(
        self,
        *,
        endpoint_uuid: str | None = None,
        platform_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSSnmpTestConnectionResult:
        """发送Snmp测试消息 (SNSSnmpTestConnection).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: SNMP 端点uuid (since 5.1.8)
            platform_uuid: SNMP平台UUID (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SNS_SNMP_TEST_CONNECTION,
            {
                "endpointUuid": endpoint_uuid,
                "platformUuid": platform_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sns_we_com_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_user_ids: Sequence[Any] | None = None,
        endpoint_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSWeComTestConnectionResult:
        """SNS we com test connection (SNSWeComTestConnection).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/sns/platform/wecom/SNSWeComTestConnectionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            at_all: atAll
            at_person_user_ids: atPersonUserIds
            endpoint_uuid: endpointUuid
            test_msg: testMsg
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SNS_WE_COM_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonUserIds": at_person_user_ids,
                "endpointUuid": endpoint_uuid,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def subscribe_event(
        self,
        *,
        event_name: str,
        namespace: str,
        actions: Sequence[Any] | None = None,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        labels: Sequence[Any] | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SubscribeEventResult:
        """订阅事件 (SubscribeEvent).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            actions: 事件动作 (since 2.3)
            emergency_level: 报警等级 (since 3.8.0; enum {'Emergent', 'Important', 'Normal'})
            event_name: 事件名 (since 2.3)
            labels: 事件标签 (since 2.3)
            name: 资源名称 (since 3.0.0; maxLength 255)
            namespace: 名字空间 (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: 标签UUID列表 (since 3.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SUBSCRIBE_EVENT,
            {
                "actions": actions,
                "emergencyLevel": emergency_level,
                "eventName": event_name,
                "labels": labels,
                "name": name,
                "namespace": namespace,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def subscribe_sns_topic(
        self,
        *,
        topic_uuid: str,
        endpoint_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SubscribeSNSTopicResult:
        """订阅主题 (SubscribeSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            topic_uuid: 应用主题UUID (since 2.3)
            endpoint_uuid: 终端UUID (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SUBSCRIBE_SNS_TOPIC,
            {
                "topicUuid": topic_uuid,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def unsubscribe_event(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnsubscribeEventResult:
        """退订事件 (UnsubscribeEvent).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNSUBSCRIBE_EVENT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def unsubscribe_sns_topic(
        self,
        *,
        topic_uuid: str,
        endpoint_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnsubscribeSNSTopicResult:
        """退订主题 (UnsubscribeSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            topic_uuid: 主题UUID (since 2.3)
            endpoint_uuid: 终端UUID (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNSUBSCRIBE_SNS_TOPIC,
            {
                "topicUuid": topic_uuid,
                "endpointUuid": endpoint_uuid,
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

    def update_aliyun_sms_sns_text_template(
        self,
        *,
        uuid: str,
        alarm_template_code: str | None = None,
        default_template: bool | None = None,
        description: str | None = None,
        event_template: str | None = None,
        event_template_code: str | None = None,
        name: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        sign: str | None = None,
        subject: str | None = None,
        template: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunSmsSNSTextTemplateResult:
        """更新SNS阿里云短信文本模板 (UpdateAliyunSmsSNSTextTemplate).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 模板的UUID，唯一标示该资源 (since 3.7.0)
            alarm_template_code: 资源报警器模板Code (since 3.7.0)
            default_template: 是否为默认模板 (since 3.7.0)
            description: 模板的详细描述 (since 3.7.0; maxLength 2048)
            event_template: 事件报警器模板文本 (since 3.7.0)
            event_template_code: 事件报警器模板Code (since 3.7.0)
            name: 模板名称 (since 3.7.0; maxLength 255)
            recovery_subject: recoverySubject (maxLength 2048)
            recovery_template: 恢复模板文本 (since 3.7.0)
            sign: 短信签名名称 (since 3.7.0)
            subject: subject (maxLength 2048)
            template: 资源报警器模板文本 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "alarmTemplateCode": alarm_template_code,
                "defaultTemplate": default_template,
                "description": description,
                "eventTemplate": event_template,
                "eventTemplateCode": event_template_code,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "sign": sign,
                "subject": subject,
                "template": template,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_at_person_of_at_ding_talk_endpoint(
        self,
        *,
        uuid: str,
        endpoint_uuid: str,
        phone_number: str | None = None,
        remark: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAtPersonOfAtDingTalkEndpointResult:
        """更新钉钉@用户 (UpdateAtPersonOfAtDingTalkEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 钉钉endpoint uuid (since 5.0.0)
            phone_number: 手机号码 (since 5.0.0; maxLength 256)
            remark: 备注 (since 5.0.0; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AT_PERSON_OF_AT_DING_TALK_ENDPOINT,
            {
                "uuid": uuid,
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "remark": remark,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_at_person_of_at_fei_shu_endpoint(
        self,
        *,
        uuid: str,
        endpoint_uuid: str,
        remark: str | None = None,
        user_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAtPersonOfAtFeiShuEndpointResult:
        """更新飞书@用户 (UpdateAtPersonOfAtFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 飞书endpoint uuid (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            user_id: 飞书用户id (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AT_PERSON_OF_AT_FEI_SHU_ENDPOINT,
            {
                "uuid": uuid,
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_at_person_of_at_we_com_endpoint(
        self,
        *,
        uuid: str,
        endpoint_uuid: str,
        remark: str | None = None,
        user_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAtPersonOfAtWeComEndpointResult:
        """更新企业微信@用户 (UpdateAtPersonOfAtWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 企业微信endpoint uuid (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            user_id: 企业微信用户id (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_AT_PERSON_OF_AT_WE_COM_ENDPOINT,
            {
                "uuid": uuid,
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_email_address_of_sns_email_endpoint(
        self,
        *,
        email_address: str,
        email_address_uuid: str,
        endpoint_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEmailAddressOfSNSEmailEndpointResult:
        """更新接收端邮箱地址 (UpdateEmailAddressOfSNSEmailEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            email_address: 新邮箱地址 (since 5.0.0; maxLength 1024)
            email_address_uuid: 邮箱地址uuid (since 5.0.0)
            endpoint_uuid: 接收端uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_EMAIL_ADDRESS_OF_SNS_EMAIL_ENDPOINT,
            {
                "emailAddress": email_address,
                "emailAddressUuid": email_address_uuid,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_event_data(
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
    ) -> UpdateEventDataResult:
        """更新事件消息 (UpdateEventData).

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
            UPDATE_EVENT_DATA,
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

    def update_event_subscription_label(
        self,
        *,
        uuid: str,
        key: str,
        operator: Literal["Regex", "Equal"],
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEventSubscriptionLabelResult:
        """更新事件订阅的标签 (UpdateEventSubscriptionLabel).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 原事件订阅标签的UUID，唯一标示该资源 (since 3.9.0)
            key: 标签的新名 (since 3.9.0; maxLength 1024)
            operator: 标签的新操作符 (since 3.9.0; enum {'Regex', 'Equal'})
            value: 标签的新值 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_EVENT_SUBSCRIPTION_LABEL,
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

    def update_factory_mode_state(
        self,
        *,
        factory_mode_state: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFactoryModeStateResult:
        """Update factory mode state (UpdateFactoryModeState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateFactoryModeStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            factory_mode_state: factoryModeState
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FACTORY_MODE_STATE,
            {
                "factoryModeState": factory_mode_state,
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

    def update_sns_application_endpoint(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSApplicationEndpointResult:
        """更新接收端 (UpdateSNSApplicationEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            platform_uuid: platformUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_APPLICATION_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_application_platform(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSApplicationPlatformResult:
        """更新SNS应用平台 (UpdateSNSApplicationPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_APPLICATION_PLATFORM,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_ding_talk_endpoint(
        self,
        *,
        uuid: str,
        at_all: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSDingTalkEndpointResult:
        """更新钉钉终端 (UpdateSNSDingTalkEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            secret: 秘钥 (since 5.0.0; maxLength 256)
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_DING_TALK_ENDPOINT,
            {
                "uuid": uuid,
                "atAll": at_all,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "secret": secret,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_fei_shu_endpoint(
        self,
        *,
        uuid: str,
        at_all: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSFeiShuEndpointResult:
        """更新飞书终端 (UpdateSNSFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            secret: 秘钥 (since 5.0.0; maxLength 256)
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_FEI_SHU_ENDPOINT,
            {
                "uuid": uuid,
                "atAll": at_all,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "secret": secret,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_http_endpoint(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        password: str | None = None,
        platform_uuid: str | None = None,
        url: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSHttpEndpointResult:
        """更新Webhook终端 (UpdateSNSHttpEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            password: password (since 5.0.0; maxLength 256)
            platform_uuid: platformUuid
            url: webhook url (since 5.0.0; maxLength 256)
            username: username (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_HTTP_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "password": password,
                "platformUuid": platform_uuid,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_microsoft_teams_endpoint(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSMicrosoftTeamsEndpointResult:
        """更新微软Teams终端 (UpdateSNSMicrosoftTeamsEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_MICROSOFT_TEAMS_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_snmp_platform(
        self,
        *,
        uuid: str,
        snmp_address: str,
        snmp_port: int,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSSnmpPlatformResult:
        """更新Snmp应用平台 (UpdateSNSSnmpPlatform).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            snmp_address: SNMP服务器地址 (since 5.0.0)
            snmp_port: SNMP端口 (since 5.0.0; minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_SNMP_PLATFORM,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "snmpAddress": snmp_address,
                "snmpPort": snmp_port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_text_template(
        self,
        *,
        uuid: str,
        default_template: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        subject: str | None = None,
        template: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSTextTemplateResult:
        """更新报警消息模板 (UpdateSNSTextTemplate).

        更新报警消息模板。

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            default_template: 是否为默认模板 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            recovery_subject: recoverySubject (maxLength 2048)
            recovery_template: 恢复报警消息模板文本 (since 3.4.0)
            subject: subject (maxLength 2048)
            template: 报警消息模板文本 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "defaultTemplate": default_template,
                "description": description,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "subject": subject,
                "template": template,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_topic(
        self,
        *,
        uuid: str,
        description: str | None = None,
        locale: Literal["zh_CN", "en_US"] | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSTopicResult:
        """更新主题 (UpdateSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            locale: 国际化语言 (since 5.0.0; maxLength 32; enum {'zh_CN', 'en_US'})
            name: 资源名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_TOPIC,
            {
                "uuid": uuid,
                "description": description,
                "locale": locale,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_universal_sms_endpoint(
        self,
        *,
        uuid: str,
        sms_access_key_id: str,
        sms_access_key_secret: str,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSUniversalSmsEndpointResult:
        """更新通用短信接收端 (UpdateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.8)
            description: 资源的详细描述 (since 5.1.8; maxLength 2048)
            name: 资源名称 (since 5.1.8; maxLength 255)
            platform_uuid: 平台uuid (since 5.1.8)
            sms_access_key_id: 访问密钥ID (since 5.1.8; maxLength 128)
            sms_access_key_secret: 访问密钥密码 (since 5.1.8; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_UNIVERSAL_SMS_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "smsAccessKeyId": sms_access_key_id,
                "smsAccessKeySecret": sms_access_key_secret,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_sns_we_com_endpoint(
        self,
        *,
        uuid: str,
        at_all: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSWeComEndpointResult:
        """更新企业微信终端 (UpdateSNSWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_WE_COM_ENDPOINT,
            {
                "uuid": uuid,
                "atAll": at_all,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "url": url,
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

    def validate_sns_aliyun_sms_endpoint(
        self,
        *,
        uuid: str,
        phone_numbers: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSNSAliyunSmsEndpointResult:
        """验证阿里云短信接收端 (ValidateSNSAliyunSmsEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 接收端的UUID，唯一标示该资源 (since 3.7.0)
            phone_numbers: 验证短信接收者 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_SNS_ALIYUN_SMS_ENDPOINT,
            {
                "uuid": uuid,
                "phoneNumbers": phone_numbers,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def validate_sns_email_platform(
        self,
        *,
        uuid: str,
        password: str | None = None,
        smtp_port: int | None = None,
        smtp_server: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSNSEmailPlatformResult:
        """测试邮件服务器 (ValidateSNSEmailPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            password: password
            smtp_port: smtpPort (minimum 1; maximum 65535)
            smtp_server: smtpServer
            username: username
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_SNS_EMAIL_PLATFORM,
            {
                "uuid": uuid,
                "password": password,
                "smtpPort": smtp_port,
                "smtpServer": smtp_server,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def validate_sns_universal_sms_endpoint(
        self,
        *,
        uuid: str,
        phone_numbers: Sequence[Any],
        test_msg: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSNSUniversalSmsEndpointResult:
        """验证通用短信接收端 (ValidateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.8)
            phone_numbers: phoneNumbers (since 5.1.8)
            test_msg: testMsg (since 5.1.8; minLength 1; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_SNS_UNIVERSAL_SMS_ENDPOINT,
            {
                "uuid": uuid,
                "phoneNumbers": phone_numbers,
                "testMsg": test_msg,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncMonitoringApiApi(AsyncAPIClient):
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

    async def add_email_address_to_sns_email_endpoint(
        self,
        *,
        email_address: str,
        endpoint_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddEmailAddressToSNSEmailEndpointResult:
        """给SNS邮件接受端增加邮箱地址 (AddEmailAddressToSNSEmailEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            email_address: 邮箱地址 (since 3.7.0; maxLength 1024)
            endpoint_uuid: 接收端uuid (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_EMAIL_ADDRESS_TO_SNS_EMAIL_ENDPOINT,
            {
                "emailAddress": email_address,
                "endpointUuid": endpoint_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def add_sns_ding_talk_at_person(
        self,
        *,
        endpoint_uuid: str,
        phone_number: str,
        remark: str | None = None,
        resource_uuid: str | None = None,
        tag_uuid: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSDingTalkAtPersonResult:
        """添加钉钉用户 (AddSNSDingTalkAtPerson).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 钉钉终端UUID (since 2.3)
            phone_number: 用户电话号码（钉钉用户以电话注册） (since 2.3; maxLength 64)
            remark: 备注 (since 5.0.0; maxLength 128)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SNS_DING_TALK_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "remark": remark,
                "resourceUuid": resource_uuid,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_sns_fei_shu_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        remark: str | None = None,
        resource_uuid: str | None = None,
        tag_uuid: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSFeiShuAtPersonResult:
        """添加飞书@用户 (AddSNSFeiShuAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 飞书Endpoint UUID (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            user_id: 飞书userId (since 5.0.0; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SNS_FEI_SHU_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "resourceUuid": resource_uuid,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_sns_sms_receiver(
        self,
        *,
        endpoint_uuid: str,
        type: Literal["AliyunSms", "UniversalSms"],
        description: str | None = None,
        phone_number: str | None = None,
        phone_number_list: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSSmsReceiverResult:
        """添加短信接收者 (AddSNSSmsReceiver).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 短信接收者描述 (since 3.7.0; maxLength 255)
            endpoint_uuid: 短信接收端Uuid (since 3.7.0)
            phone_number: 短信接收号码 (since 3.7.0; maxLength 64)
            phone_number_list: 短信接收号码列表 (since 5.1.8)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            type: 短信接收端类型 (since 5.1.8; enum {'AliyunSms', 'UniversalSms'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SNS_SMS_RECEIVER,
            {
                "description": description,
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "phoneNumberList": phone_number_list,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_sns_we_com_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        remark: str | None = None,
        resource_uuid: str | None = None,
        tag_uuid: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSWeComAtPersonResult:
        """添加企业微信用户 (AddSNSWeComAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 企业微信Endpoint UUID (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            user_id: 企业微信用户id (since 5.0.0; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SNS_WE_COM_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "resourceUuid": resource_uuid,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "userId": user_id,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def change_sns_application_endpoint_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable", "hide"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSNSApplicationEndpointStateResult:
        """更改接收端 (ChangeSNSApplicationEndpointState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3; enum {'enable', 'disable', 'hide'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SNS_APPLICATION_ENDPOINT_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_sns_application_platform_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSNSApplicationPlatformStateResult:
        """更改SNS应用平台状态 (ChangeSNSApplicationPlatformState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SNS_APPLICATION_PLATFORM_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_sns_topic_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSNSTopicStateResult:
        """更改主题状态 (ChangeSNSTopicState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SNS_TOPIC_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def create_aliyun_sms_sns_text_template(
        self,
        *,
        alarm_template_code: str,
        application_platform_type: str,
        event_template_code: str,
        name: str,
        sign: str,
        template: str,
        default_template: bool | None = None,
        description: str | None = None,
        event_template: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        resource_uuid: str | None = None,
        subject: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: Literal["alarm", "event", "combined"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunSmsSNSTextTemplateResult:
        """创建SNS监控阿里云短信模板 (CreateAliyunSmsSNSTextTemplate).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_template_code: 资源报警器模板Code (since 3.7.0)
            application_platform_type: SNS应用平台类型 (since 3.7.0)
            default_template: 是否作为默认模板 (since 3.7.0)
            description: 模板的详细描述 (since 3.7.0; maxLength 2048)
            event_template: 事件报警器模板文本 (since 3.7.0)
            event_template_code: 事件报警器模板Code (since 3.7.0)
            name: 模板名称 (since 3.7.0; maxLength 255)
            recovery_subject: recoverySubject (maxLength 2048)
            recovery_template: 恢复模板文本 (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            sign: 短信签名名称 (since 3.7.0)
            subject: subject (maxLength 2048)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            template: 资源报警器模板文本 (since 3.7.0)
            type: type (enum {'alarm', 'event', 'combined'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
            {
                "alarmTemplateCode": alarm_template_code,
                "applicationPlatformType": application_platform_type,
                "defaultTemplate": default_template,
                "description": description,
                "eventTemplate": event_template,
                "eventTemplateCode": event_template_code,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "resourceUuid": resource_uuid,
                "sign": sign,
                "subject": subject,
                "tagUuids": tag_uuids,
                "template": template,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def create_sns_aliyun_sms_endpoint(
        self,
        *,
        access_key_uuid: str,
        name: str,
        description: str | None = None,
        platform_uuid: str | None = None,
        receivers: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSAliyunSmsEndpointResult:
        """创建阿里云短信接收端 (CreateSNSAliyunSmsEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            access_key_uuid: 阿里云AccessKey信息Uuid (since 3.7.0)
            description: 接收端的详细描述 (since 3.7.0; maxLength 2048)
            name: 接收端名称 (since 3.7.0; maxLength 255)
            platform_uuid: platformUuid (since 3.7.0)
            receivers: 短信接收者 (since 3.7.0; minItems 1)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_ALIYUN_SMS_ENDPOINT,
            {
                "accessKeyUuid": access_key_uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "receivers": receivers,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_ding_talk_endpoint(
        self,
        *,
        name: str,
        url: str,
        at_all: bool | None = None,
        at_person_list: Mapping[str, Any] | None = None,
        at_person_phone_numbers: Sequence[Any] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        secret: str | None = None,
        tag_uuid: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSDingTalkEndpointResult:
        """创建钉钉接收端 (CreateSNSDingTalkEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否消息@所有人 (since 2.3)
            at_person_list: @用户信息 (since 5.0.0)
            at_person_phone_numbers: 要@用户的电话号码 (since 2.3; minItems 1)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            platform_uuid: 通知平台uuid (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            secret: 钉钉密钥 (since 5.0.0; maxLength 128)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            tag_uuids: tagUuids
            url: 钉钉机器人URL (since 2.3; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_DING_TALK_ENDPOINT,
            {
                "atAll": at_all,
                "atPersonList": at_person_list,
                "atPersonPhoneNumbers": at_person_phone_numbers,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "secret": secret,
                "tagUuid": tag_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_email_endpoint(
        self,
        *,
        name: str,
        description: str | None = None,
        email: str | None = None,
        emails: Sequence[Any] | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSEmailEndpointResult:
        """创建邮件接收端 (CreateSNSEmailEndpoint).

        Since ZStack 2.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            email: email地址 (since 5.0.0; maxLength 1024)
            emails: emails (since 3.7.0)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: 应用平台UUID (since 5.0.0)
            resource_uuid: resourceUuid (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_EMAIL_ENDPOINT,
            {
                "description": description,
                "email": email,
                "emails": emails,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_email_platform(
        self,
        *,
        name: str,
        smtp_port: int,
        smtp_server: str,
        description: str | None = None,
        encrypt_type: Literal["SSL", "STARTTLS", "NONE"] | None = None,
        password: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSEmailPlatformResult:
        """创建邮件服务器 (CreateSNSEmailPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            encrypt_type: encryptType (since 2.3; enum {'SSL', 'STARTTLS', 'NONE'})
            name: 资源名称 (since 2.3; maxLength 255)
            password: 密码 (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            smtp_port: SMTP端口 (since 2.3; minimum 1; maximum 65535)
            smtp_server: SMTP服务器地址 (since 2.3)
            tag_uuids: tagUuids
            username: 用户名 (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_EMAIL_PLATFORM,
            {
                "description": description,
                "encryptType": encrypt_type,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "smtpPort": smtp_port,
                "smtpServer": smtp_server,
                "tagUuids": tag_uuids,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_fei_shu_endpoint(
        self,
        *,
        name: str,
        url: str,
        at_all: bool | None = None,
        at_person_list: Mapping[str, Any] | None = None,
        at_person_user_ids: Sequence[Any] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        secret: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSFeiShuEndpointResult:
        """创建飞书接收端 (CreateSNSFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否@所有人 (since 5.0.0)
            at_person_list: @用户信息(推荐使用) (since 5.0.0)
            at_person_user_ids: @用户id (since 5.0.0; minItems 1)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: 通知平台uuid (since 5.0.0)
            resource_uuid: 资源UUID (since 5.0.0)
            secret: 飞书秘钥 (since 5.0.0; maxLength 128)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            url: 飞书机器人 webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_FEI_SHU_ENDPOINT,
            {
                "atAll": at_all,
                "atPersonList": at_person_list,
                "atPersonUserIds": at_person_user_ids,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "secret": secret,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_http_endpoint(
        self,
        *,
        name: str,
        url: str,
        description: str | None = None,
        password: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSHttpEndpointResult:
        """创建Webhook接收端 (CreateSNSHttpEndpoint).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            password: 密码 (since 2.3; maxLength 512)
            platform_uuid: platformUuid (since 0.6)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: tagUuids
            url: HTTP URL (since 2.3; maxLength 2048)
            username: 用户名 (since 2.3; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_HTTP_ENDPOINT,
            {
                "description": description,
                "name": name,
                "password": password,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_microsoft_teams_endpoint(
        self,
        *,
        name: str,
        url: str,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSMicrosoftTeamsEndpointResult:
        """创建微软Teams接收端 (CreateSNSMicrosoftTeamsEndpoint).

        Since ZStack 3.10.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.10.0; maxLength 2048)
            name: 资源名称 (since 3.10.0; maxLength 255)
            platform_uuid: platformUuid (since 3.10.0)
            resource_uuid: 资源UUID (since 3.10.0)
            tag_uuids: 标签UUID列表 (since 3.10.0)
            url: 连接器的url (since 3.10.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_MICROSOFT_TEAMS_ENDPOINT,
            {
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_snmp_endpoint(
        self,
        *,
        name: str,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpEndpointResult:
        """创建Snmp终端 (CreateSNSSnmpEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid (since 5.0.0)
            resource_uuid: resourceUuid (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_SNMP_ENDPOINT,
            {
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_snmp_platform(
        self,
        *,
        name: str,
        snmp_address: str,
        snmp_port: int,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpPlatformResult:
        """创建Snmp服务器 (CreateSNSSnmpPlatform).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 5.0.0)
            snmp_address: SNMP服务器地址 (since 5.0.0)
            snmp_port: SNMP端口 (since 5.0.0; minimum 1; maximum 65535)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_SNMP_PLATFORM,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "snmpAddress": snmp_address,
                "snmpPort": snmp_port,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_text_template(
        self,
        *,
        application_platform_type: str,
        name: str,
        template: str,
        default_template: bool | None = None,
        description: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        resource_uuid: str | None = None,
        subject: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        type: Literal["alarm", "event", "combined"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSTextTemplateResult:
        """创建报警消息模板 (CreateSNSTextTemplate).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            application_platform_type: SNS应用平台类型 (since 2.3)
            default_template: 是否作为默认模板 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            recovery_subject: 恢复主题 (since 5.1.8; maxLength 2048)
            recovery_template: 恢复报警模板文本 (since 3.4.0)
            resource_uuid: resourceUuid (since 2.3)
            subject: 主题 (since 5.1.8; maxLength 2048)
            tag_uuids: 标签UUID列表 (since 5.1.8)
            template: 报警消息模板文本 (since 2.3)
            type: type (since 5.1.8; enum {'alarm', 'event', 'combined'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_TEXT_TEMPLATE,
            {
                "applicationPlatformType": application_platform_type,
                "defaultTemplate": default_template,
                "description": description,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "resourceUuid": resource_uuid,
                "subject": subject,
                "tagUuids": tag_uuids,
                "template": template,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_topic(
        self,
        *,
        name: str,
        description: str | None = None,
        locale: Literal["zh_CN", "en_US"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSTopicResult:
        """创建主题 (CreateSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            locale: 国际化语言 (since 5.0.0; maxLength 32; enum {'zh_CN', 'en_US'})
            name: 资源名称 (since 2.3; maxLength 255)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_TOPIC,
            {
                "description": description,
                "locale": locale,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_universal_sms_endpoint(
        self,
        *,
        name: str,
        sms_access_key_id: str,
        sms_access_key_secret: str,
        supplier: str,
        addition_param: Mapping[str, Any] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSUniversalSmsEndpointResult:
        """创建通用短信接收端 (CreateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            addition_param: additionParam (since 5.1.8)
            description: 资源的详细描述 (since 5.1.8; maxLength 2048)
            name: 资源名称 (since 5.1.8; maxLength 255)
            platform_uuid: platformUuid (since 5.1.8)
            resource_uuid: 资源UUID (since 5.1.8)
            sms_access_key_id: smsAccessKeyId (since 5.1.8; maxLength 128)
            sms_access_key_secret: smsAccessKeySecret (since 5.1.8; maxLength 128)
            supplier: supplier (since 5.1.8; maxLength 32)
            tag_uuids: 标签UUID列表 (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_UNIVERSAL_SMS_ENDPOINT,
            {
                "additionParam": addition_param,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "smsAccessKeyId": sms_access_key_id,
                "smsAccessKeySecret": sms_access_key_secret,
                "supplier": supplier,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_sns_we_com_endpoint(
        self,
        *,
        name: str,
        url: str,
        at_all: bool | None = None,
        at_all_: bool | None = None,
        at_person_list: Mapping[str, Any] | None = None,
        at_person_user_ids: Sequence[Any] | None = None,
        description: str | None = None,
        platform_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSWeComEndpointResult:
        """创建企业微信服务器 (CreateSNSWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否@所有人 (since 5.0.0)
            at_all_: atAll
            at_person_list: @用户信息 (推荐使用) (since 5.0.0)
            at_person_user_ids: @用户 (user_id) (since 5.0.0; minItems 1)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            url: 企业微信聊天机器人webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_WE_COM_ENDPOINT,
            {
                "atALL": at_all,
                "atAll": at_all_,
                "atPersonList": at_person_list,
                "atPersonUserIds": at_person_user_ids,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
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

    async def delete_email_address_of_sns_email_endpoint(
        self,
        *,
        endpoint_uuid: str,
        email_address_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteEmailAddressOfSNSEmailEndpointResult:
        """删除邮箱接收端的地址 (DeleteEmailAddressOfSNSEmailEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: endpointUuid (since 3.7.0)
            email_address_uuid: emailAddressUuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_EMAIL_ADDRESS_OF_SNS_EMAIL_ENDPOINT,
            {
                "endpointUuid": endpoint_uuid,
                "emailAddressUuid": email_address_uuid,
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

    async def delete_sns_application_endpoint(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSApplicationEndpointResult:
        """删除接收端 (DeleteSNSApplicationEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SNS_APPLICATION_ENDPOINT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_sns_application_platform(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSApplicationPlatformResult:
        """删除SNS应用平台 (DeleteSNSApplicationPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SNS_APPLICATION_PLATFORM,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_sns_text_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSTextTemplateResult:
        """删除报警消息模板 (DeleteSNSTextTemplate).

        删除报警消息模板。

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_sns_topic(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSNSTopicResult:
        """删除主题 (DeleteSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SNS_TOPIC,
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

    async def get_all_event_metadata(
        self,
        *,
        name: str | None = None,
        namespace: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAllEventMetadataResult:
        """获取所有event元数据 (GetAllEventMetadata).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            name: 事件名称 (since 3.9.0)
            namespace: 事件命名空间 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ALL_EVENT_METADATA,
            {
                "name": name,
                "namespace": namespace,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_all_metric_metadata(
        self,
        *,
        name: str | None = None,
        namespace: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAllMetricMetadataResult:
        """获取所有metric元数据 (GetAllMetricMetadata).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            name: 监控指标名称 (since 3.9.0)
            namespace: 监控指标命名空间 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ALL_METRIC_METADATA,
            {
                "name": name,
                "namespace": namespace,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_audit_data(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        labels: Sequence[str] | None = None,
        audit_type: Literal["Login", "Resource"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAuditDataResult:
        """获取审计数据 (GetAuditData).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            start_time: 起始时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            limit: 最大返回条数 (since 2.3; minimum 0; maximum 2147483647)
            labels: 过滤标签列表 (since 2.3)
            audit_type: 审计类型，默认为Resource (since 3.5.0; enum {'Login', 'Resource'})
            conditions: conditions
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_AUDIT_DATA,
            {
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
                "labels": labels,
                "auditType": audit_type,
                "systemTags": system_tags,
                "userTags": user_tags,
                "conditions": conditions,
            },
            job_uuid,
        )

    async def get_current_time(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCurrentTimeResult:
        """获取当前时间 (GetCurrentTime).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CURRENT_TIME,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_event_data(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        offset_ahead_of_current_time: int | None = None,
        conditions: Sequence[str] | None = None,
        count: bool | None = None,
        endpoint_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        start: int | None = None,
        condition_expression: str | None = None,
        job_uuid: str | None = None,
    ) -> GetEventDataResult:
        """获取事件 (GetEventData).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            start_time: 起始时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            limit: 最大返回条数 (since 2.3; minimum 0; maximum 2147483647)
            offset_ahead_of_current_time: 早于当前时间的毫秒数，例如：查询最近一小时的消息，则传入3600000 (since 3.3.0; minimum 0; maximum 9223372036854775807)
            conditions: 查询条件 (since 3.3.0)
            count: 是否查询事件数量 (since 3.3.0)
            endpoint_uuid: 接收端Uuid (since 3.10.0)
            start: start (minimum 0; maximum 2147483647)
            condition_expression: conditionExpression (maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_EVENT_DATA,
            {
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
                "offsetAheadOfCurrentTime": offset_ahead_of_current_time,
                "conditions": conditions,
                "count": count,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "start": start,
                "conditionExpression": condition_expression,
            },
            job_uuid,
        )

    async def get_factory_mode_state(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFactoryModeStateResult:
        """Get factory mode state (GetFactoryModeState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetFactoryModeStateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_FACTORY_MODE_STATE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_management_node_arch(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetManagementNodeArchResult:
        """获取管理节点CPU架构类型 (GetManagementNodeArch).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_MANAGEMENT_NODE_ARCH,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_management_node_dir_capacity(
        self,
        *,
        management_node_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetManagementNodeDirCapacityResult:
        """获取管理节点目录容量 (GetManagementNodeDirCapacity).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            management_node_uuids: 管理节点的uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_MANAGEMENT_NODE_DIR_CAPACITY,
            {
                "managementNodeUuids": management_node_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_management_node_os(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetManagementNodeOSResult:
        """获取管理节点操作系统信息 (GetManagementNodeOS).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_MANAGEMENT_NODE_OS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_metric_data(
        self,
        *,
        namespace: str,
        metric_name: str,
        start_time: int | None = None,
        end_time: int | None = None,
        period: int | None = None,
        labels: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        functions: Sequence[str] | None = None,
        offset_ahead_of_current_time: int | None = None,
        value_conditions: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMetricDataResult:
        """获取metric数据 (GetMetricData).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            namespace: 名字空间 (since 2.3)
            metric_name: 监控项 (since 2.3)
            start_time: 起始时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            period: 数据精度 (since 2.3; minimum 0; maximum 2147483647)
            labels: 过滤标签 (since 2.3)
            functions: 函数列表 (since 2.3)
            offset_ahead_of_current_time: offsetAheadOfCurrentTime (since 2.3; minimum 0; maximum 9223372036854775807)
            value_conditions: valueConditions
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_METRIC_DATA,
            {
                "namespace": namespace,
                "metricName": metric_name,
                "startTime": start_time,
                "endTime": end_time,
                "period": period,
                "labels": labels,
                "systemTags": system_tags,
                "userTags": user_tags,
                "functions": functions,
                "offsetAheadOfCurrentTime": offset_ahead_of_current_time,
                "valueConditions": value_conditions,
            },
            job_uuid,
        )

    async def get_metric_label_value(
        self,
        *,
        namespace: str,
        metric_name: str,
        label_names: Sequence[str],
        filter_labels: Sequence[str] | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMetricLabelValueResult:
        """获取metric的标签值 (GetMetricLabelValue).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            namespace: 名字空间名称 (since 2.3)
            metric_name: 监控指标名称 (since 2.3)
            label_names: 要获取值得标签名列表 (since 2.3; minItems 1)
            filter_labels: 标签过滤器列表，例如可以指定标签HostUuid=e47f7145f4cd4fca8e2856038ecdf3e1来选择特定物理机的，labelNames中指定标签的值 (since 2.3)
            start_time: 起始时间 (since 3.9.0; minimum 0; maximum 253402271999)
            end_time: 结束时间 (since 3.9.0; minimum 0; maximum 253402271999)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_METRIC_LABEL_VALUE,
            {
                "namespace": namespace,
                "metricName": metric_name,
                "labelNames": label_names,
                "filterLabels": filter_labels,
                "startTime": start_time,
                "endTime": end_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_platform_time_zone(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPlatformTimeZoneResult:
        """获取管理节点当前的时区信息 (GetPlatformTimeZone).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PLATFORM_TIME_ZONE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_support_apis(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSupportAPIsResult:
        """Get support APIs (GetSupportAPIs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetSupportAPIsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_SUPPORT_APIS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
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

    async def get_version(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVersionResult:
        """获取当前版本 (GetVersion).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VERSION,
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

    async def is_ready_to_go(
        self,
        *,
        management_node_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> IsReadyToGoResult:
        """检查管理节点是否能正常开始工作 (IsReadyToGo).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            management_node_id: managementNodeId (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            IS_READY_TO_GO,
            {
                "managementNodeId": management_node_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def put_metric_data(
        self,
        *,
        data: Sequence[Any],
        namespace: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PutMetricDataResult:
        """存入自定义metric数据 (PutMetricData).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data: 数据 (since 2.3; minItems 1)
            namespace: 自定义名字空间名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PUT_METRIC_DATA,
            {
                "data": data,
                "namespace": namespace,
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

    async def query_aliyun_sms_sns_text_template(
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
    ) -> QueryAliyunSmsSNSTextTemplateResult:
        """查询SNS监控阿里云短信模板 (QueryAliyunSmsSNSTextTemplate).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
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

    def query_aliyun_sms_sns_text_template_pages(
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
        """Every result of ``query_aliyun_sms_sns_text_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
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

    async def query_event_record(
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
    ) -> QueryEventRecordResult:
        """查询事件报警器报警记录 (QueryEventRecord).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_EVENT_RECORD,
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

    def query_event_record_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[EventRecordsInventory]:
        """Every result of ``query_event_record``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EVENT_RECORD,
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

    async def query_event_subscription(
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
    ) -> QueryEventSubscriptionResult:
        """查询事件订阅 (QueryEventSubscription).

        Since ZStack 2.3.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_EVENT_SUBSCRIPTION,
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

    def query_event_subscription_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[EventSubscriptionInventory]:
        """Every result of ``query_event_subscription``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EVENT_SUBSCRIPTION,
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

    async def query_management_node(
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
    ) -> QueryManagementNodeResult:
        """查询管理节点 (QueryManagementNode).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MANAGEMENT_NODE,
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

    def query_management_node_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ManagementNodeInventory]:
        """Every result of ``query_management_node``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MANAGEMENT_NODE,
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

    async def query_sns_application_endpoint(
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
    ) -> QuerySNSApplicationEndpointResult:
        """查询接收端 (QuerySNSApplicationEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_APPLICATION_ENDPOINT,
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

    def query_sns_application_endpoint_pages(
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
        """Every result of ``query_sns_application_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_APPLICATION_ENDPOINT,
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

    async def query_sns_application_platform(
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
    ) -> QuerySNSApplicationPlatformResult:
        """查询SNS应用平台 (QuerySNSApplicationPlatform).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_APPLICATION_PLATFORM,
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

    def query_sns_application_platform_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AccountInventory]:
        """Every result of ``query_sns_application_platform``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_APPLICATION_PLATFORM,
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

    async def query_sns_ding_talk_at_person(
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
    ) -> QuerySNSDingTalkAtPersonResult:
        """查询钉钉@用户 (QuerySNSDingTalkAtPerson).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_DING_TALK_AT_PERSON,
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

    def query_sns_ding_talk_at_person_pages(
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
        """Every result of ``query_sns_ding_talk_at_person``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_DING_TALK_AT_PERSON,
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

    async def query_sns_ding_talk_endpoint(
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
    ) -> QuerySNSDingTalkEndpointResult:
        """查询钉钉终端 (QuerySNSDingTalkEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_DING_TALK_ENDPOINT,
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

    def query_sns_ding_talk_endpoint_pages(
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
        """Every result of ``query_sns_ding_talk_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_DING_TALK_ENDPOINT,
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

    async def query_sns_email_address(
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
    ) -> QuerySNSEmailAddressResult:
        """查询接收端邮箱地址 (QuerySNSEmailAddress).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_EMAIL_ADDRESS,
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

    def query_sns_email_address_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SNSEmailAddressInventory]:
        """Every result of ``query_sns_email_address``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_EMAIL_ADDRESS,
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

    async def query_sns_email_endpoint(
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
    ) -> QuerySNSEmailEndpointResult:
        """查询邮件接收端 (QuerySNSEmailEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_EMAIL_ENDPOINT,
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

    def query_sns_email_endpoint_pages(
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
        """Every result of ``query_sns_email_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_EMAIL_ENDPOINT,
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

    async def query_sns_email_platform(
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
    ) -> QuerySNSEmailPlatformResult:
        """查询邮件服务器 (QuerySNSEmailPlatform).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_EMAIL_PLATFORM,
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

    def query_sns_email_platform_pages(
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
        """Every result of ``query_sns_email_platform``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_EMAIL_PLATFORM,
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

    async def query_sns_fei_shu_at_person(
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
    ) -> QuerySNSFeiShuAtPersonResult:
        """查询飞书@用户 (QuerySNSFeiShuAtPerson).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_FEI_SHU_AT_PERSON,
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

    def query_sns_fei_shu_at_person_pages(
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
        """Every result of ``query_sns_fei_shu_at_person``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_FEI_SHU_AT_PERSON,
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

    async def query_sns_fei_shu_endpoint(
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
    ) -> QuerySNSFeiShuEndpointResult:
        """Query SNS fei shu endpoint (QuerySNSFeiShuEndpoint).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/sns/platform/feishu/QuerySNSFeiShuEndpointAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_FEI_SHU_ENDPOINT,
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

    def query_sns_fei_shu_endpoint_pages(
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
        """Every result of ``query_sns_fei_shu_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_FEI_SHU_ENDPOINT,
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

    async def query_sns_http_endpoint(
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
    ) -> QuerySNSHttpEndpointResult:
        """查询Webhook接收端 (QuerySNSHttpEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_HTTP_ENDPOINT,
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

    def query_sns_http_endpoint_pages(
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
        """Every result of ``query_sns_http_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_HTTP_ENDPOINT,
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

    async def query_sns_microsoft_teams_endpoint(
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
    ) -> QuerySNSMicrosoftTeamsEndpointResult:
        """查询微软Teams接收端 (QuerySNSMicrosoftTeamsEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_MICROSOFT_TEAMS_ENDPOINT,
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

    def query_sns_microsoft_teams_endpoint_pages(
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
        """Every result of ``query_sns_microsoft_teams_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_MICROSOFT_TEAMS_ENDPOINT,
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

    async def query_sns_sms_endpoint(
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
    ) -> QuerySNSSmsEndpointResult:
        """查询短信接收端 (QuerySNSSmsEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_SMS_ENDPOINT,
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

    def query_sns_sms_endpoint_pages(
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
        """Every result of ``query_sns_sms_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_SMS_ENDPOINT,
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

    async def query_sns_snmp_platform(
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
    ) -> QuerySNSSnmpPlatformResult:
        """查询Snmp应用平台 (QuerySNSSnmpPlatform).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_SNMP_PLATFORM,
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

    def query_sns_snmp_platform_pages(
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
        """Every result of ``query_sns_snmp_platform``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_SNMP_PLATFORM,
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

    async def query_sns_text_template(
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
    ) -> QuerySNSTextTemplateResult:
        """查询报警消息模板 (QuerySNSTextTemplate).

        查询报警消息模板。

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_TEXT_TEMPLATE,
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

    def query_sns_text_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SNSTextTemplateInventory]:
        """Every result of ``query_sns_text_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_TEXT_TEMPLATE,
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

    async def query_sns_topic(
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
    ) -> QuerySNSTopicResult:
        """查询主题 (QuerySNSTopic).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_TOPIC,
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

    def query_sns_topic_pages(
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
        """Every result of ``query_sns_topic``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_TOPIC,
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

    async def query_sns_topic_subscriber(
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
    ) -> QuerySNSTopicSubscriberResult:
        """查询订阅主题的终端 (QuerySNSTopicSubscriber).

        Since ZStack 2.3.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_TOPIC_SUBSCRIBER,
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

    def query_sns_topic_subscriber_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SNSSubscriberInventory]:
        """Every result of ``query_sns_topic_subscriber``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_TOPIC_SUBSCRIBER,
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

    async def query_sns_universal_sms_endpoint(
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
    ) -> QuerySNSUniversalSmsEndpointResult:
        """查询通用短信接收端 (QuerySNSUniversalSmsEndpoint).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_UNIVERSAL_SMS_ENDPOINT,
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

    def query_sns_universal_sms_endpoint_pages(
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
        """Every result of ``query_sns_universal_sms_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_UNIVERSAL_SMS_ENDPOINT,
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

    async def query_sns_we_com_at_person(
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
    ) -> QuerySNSWeComAtPersonResult:
        """查询企业微信@用户 (QuerySNSWeComAtPerson).

        Since ZStack 5.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_WE_COM_AT_PERSON,
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

    def query_sns_we_com_at_person_pages(
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
        """Every result of ``query_sns_we_com_at_person``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_WE_COM_AT_PERSON,
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

    async def query_sns_we_com_endpoint(
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
    ) -> QuerySNSWeComEndpointResult:
        """Query SNS we com endpoint (QuerySNSWeComEndpoint).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/sns/platform/wecom/QuerySNSWeComEndpointAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNS_WE_COM_ENDPOINT,
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

    def query_sns_we_com_endpoint_pages(
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
        """Every result of ``query_sns_we_com_endpoint``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNS_WE_COM_ENDPOINT,
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

    async def remove_sns_ding_talk_at_person(
        self,
        *,
        endpoint_uuid: str,
        phone_number: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSDingTalkAtPersonResult:
        """删除钉钉用户 (RemoveSNSDingTalkAtPerson).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 钉钉接收端UUID (since 2.3)
            phone_number: 要删除的atPerson的电话 (since 2.3)
            delete_mode: deleteMode (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SNS_DING_TALK_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_sns_fei_shu_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSFeiShuAtPersonResult:
        """删除飞书用户 (RemoveSNSFeiShuAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 飞书Endpoint uuid (since 5.0.0)
            user_id: 飞书 userId (since 5.0.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SNS_FEI_SHU_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "userId": user_id,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_sns_sms_receiver(
        self,
        *,
        endpoint_uuid: str,
        phone_number: str,
        phone_number_list: Sequence[str] | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSSmsReceiverResult:
        """删除短信接收者 (RemoveSNSSmsReceiver).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 短信接收端Uuid (since 3.7.0)
            phone_number: 短信接收号码 (since 3.7.0; maxLength 64)
            phone_number_list: 短信接收号码列表 (since 5.1.8)
            delete_mode: 删除模式 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SNS_SMS_RECEIVER,
            {
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "phoneNumberList": phone_number_list,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_sns_we_com_at_person(
        self,
        *,
        endpoint_uuid: str,
        user_id: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSNSWeComAtPersonResult:
        """删除企业微信用户 (RemoveSNSWeComAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 企业微信机器人webhook url (since 5.0.0)
            user_id: 企业微信userId (since 5.0.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SNS_WE_COM_AT_PERSON,
            {
                "endpointUuid": endpoint_uuid,
                "userId": user_id,
                "deleteMode": delete_mode,
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

    async def sns_ding_talk_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_phone_numbers: Sequence[Any] | None = None,
        endpoint_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSDingTalkTestConnectionResult:
        """测试钉钉连通性 (SNSDingTalkTestConnection).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否@所有人 (since 5.0.0)
            at_person_phone_numbers: @手机号 (since 5.0.0)
            endpoint_uuid: 钉钉endpoint uuid (since 5.0.0)
            secret: 钉钉秘钥 (since 5.0.0)
            test_msg: 测试消息文本 (since 5.0.0)
            url: webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SNS_DING_TALK_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonPhoneNumbers": at_person_phone_numbers,
                "endpointUuid": endpoint_uuid,
                "secret": secret,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sns_email_test_connection(
        self,
        *,
        emails: Sequence[Any] | None = None,
        endpoint_uuid: str | None = None,
        platform_uuid: str | None = None,
        subject: str | None = None,
        text: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSEmailTestConnectionResult:
        """发送测试邮件 (SNSEmailTestConnection).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            emails: 接收邮箱地址 (since 5.1.8)
            endpoint_uuid: 邮箱端点UUID (since 5.1.8)
            platform_uuid: 邮箱平台UUID (since 5.1.8)
            subject: 主题 (since 5.1.8; maxLength 512)
            text: 内容 (since 5.1.8; maxLength 8192)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SNS_EMAIL_TEST_CONNECTION,
            {
                "emails": emails,
                "endpointUuid": endpoint_uuid,
                "platformUuid": platform_uuid,
                "subject": subject,
                "text": text,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sns_fei_shu_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_user_ids: Sequence[Any] | None = None,
        endpoint_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSFeiShuTestConnectionResult:
        """测试飞书连通性 (SNSFeiShuTestConnection).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: @所有人 (since 5.0.0)
            at_person_user_ids: @用户id (since 5.0.0)
            endpoint_uuid: 飞书endpoint uuid (since 5.0.0)
            secret: 飞书秘钥 (since 5.0.0)
            test_msg: 测试消息 (since 5.0.0)
            url: webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SNS_FEI_SHU_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonUserIds": at_person_user_ids,
                "endpointUuid": endpoint_uuid,
                "secret": secret,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sns_http_test_connection(
        self,
        *,
        endpoint_uuid: str | None = None,
        password: str | None = None,
        url: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSHttpTestConnectionResult:
        """发送测试Webhook请求 (SNSHttpTestConnection).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 端点uuid (since 5.1.8)
            password: Basic Auth 密码 (since 5.1.8)
            url: webhook url (since 5.1.8; maxLength 2048)
            username: Basic Auth 用户名 (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SNS_HTTP_TEST_CONNECTION,
            {
                "endpointUuid": endpoint_uuid,
                "password": password,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sns_microsoft_teams_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_user_ids: Sequence[Any] | None = None,
        endpoint_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSMicrosoftTeamsTestConnectionResult:
        """测试企业微信连通性 (SNSMicrosoftTeamsTestConnection).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: @所有人 (since 5.0.0)
            at_person_user_ids: @用户id集合 (since 5.0.0)
            endpoint_uuid: 企业微信 endpoint uuid (since 5.0.0)
            test_msg: 测试消息 (since 5.0.0)
            url: webhook url (since 5.0.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SNS_MICROSOFT_TEAMS_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonUserIds": at_person_user_ids,
                "endpointUuid": endpoint_uuid,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sns_snmp_test_connection(
        self,
        *,
        endpoint_uuid: str | None = None,
        platform_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSSnmpTestConnectionResult:
        """发送Snmp测试消息 (SNSSnmpTestConnection).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: SNMP 端点uuid (since 5.1.8)
            platform_uuid: SNMP平台UUID (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SNS_SNMP_TEST_CONNECTION,
            {
                "endpointUuid": endpoint_uuid,
                "platformUuid": platform_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sns_we_com_test_connection(
        self,
        *,
        test_msg: str,
        at_all: bool | None = None,
        at_person_user_ids: Sequence[Any] | None = None,
        endpoint_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SNSWeComTestConnectionResult:
        """SNS we com test connection (SNSWeComTestConnection).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/sns/platform/wecom/SNSWeComTestConnectionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            at_all: atAll
            at_person_user_ids: atPersonUserIds
            endpoint_uuid: endpointUuid
            test_msg: testMsg
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SNS_WE_COM_TEST_CONNECTION,
            {
                "atAll": at_all,
                "atPersonUserIds": at_person_user_ids,
                "endpointUuid": endpoint_uuid,
                "testMsg": test_msg,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def subscribe_event(
        self,
        *,
        event_name: str,
        namespace: str,
        actions: Sequence[Any] | None = None,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        labels: Sequence[Any] | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SubscribeEventResult:
        """订阅事件 (SubscribeEvent).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            actions: 事件动作 (since 2.3)
            emergency_level: 报警等级 (since 3.8.0; enum {'Emergent', 'Important', 'Normal'})
            event_name: 事件名 (since 2.3)
            labels: 事件标签 (since 2.3)
            name: 资源名称 (since 3.0.0; maxLength 255)
            namespace: 名字空间 (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: 标签UUID列表 (since 3.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SUBSCRIBE_EVENT,
            {
                "actions": actions,
                "emergencyLevel": emergency_level,
                "eventName": event_name,
                "labels": labels,
                "name": name,
                "namespace": namespace,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def subscribe_sns_topic(
        self,
        *,
        topic_uuid: str,
        endpoint_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SubscribeSNSTopicResult:
        """订阅主题 (SubscribeSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            topic_uuid: 应用主题UUID (since 2.3)
            endpoint_uuid: 终端UUID (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SUBSCRIBE_SNS_TOPIC,
            {
                "topicUuid": topic_uuid,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def unsubscribe_event(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnsubscribeEventResult:
        """退订事件 (UnsubscribeEvent).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNSUBSCRIBE_EVENT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def unsubscribe_sns_topic(
        self,
        *,
        topic_uuid: str,
        endpoint_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnsubscribeSNSTopicResult:
        """退订主题 (UnsubscribeSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            topic_uuid: 主题UUID (since 2.3)
            endpoint_uuid: 终端UUID (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNSUBSCRIBE_SNS_TOPIC,
            {
                "topicUuid": topic_uuid,
                "endpointUuid": endpoint_uuid,
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

    async def update_aliyun_sms_sns_text_template(
        self,
        *,
        uuid: str,
        alarm_template_code: str | None = None,
        default_template: bool | None = None,
        description: str | None = None,
        event_template: str | None = None,
        event_template_code: str | None = None,
        name: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        sign: str | None = None,
        subject: str | None = None,
        template: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunSmsSNSTextTemplateResult:
        """更新SNS阿里云短信文本模板 (UpdateAliyunSmsSNSTextTemplate).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 模板的UUID，唯一标示该资源 (since 3.7.0)
            alarm_template_code: 资源报警器模板Code (since 3.7.0)
            default_template: 是否为默认模板 (since 3.7.0)
            description: 模板的详细描述 (since 3.7.0; maxLength 2048)
            event_template: 事件报警器模板文本 (since 3.7.0)
            event_template_code: 事件报警器模板Code (since 3.7.0)
            name: 模板名称 (since 3.7.0; maxLength 255)
            recovery_subject: recoverySubject (maxLength 2048)
            recovery_template: 恢复模板文本 (since 3.7.0)
            sign: 短信签名名称 (since 3.7.0)
            subject: subject (maxLength 2048)
            template: 资源报警器模板文本 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALIYUN_SMS_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "alarmTemplateCode": alarm_template_code,
                "defaultTemplate": default_template,
                "description": description,
                "eventTemplate": event_template,
                "eventTemplateCode": event_template_code,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "sign": sign,
                "subject": subject,
                "template": template,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_at_person_of_at_ding_talk_endpoint(
        self,
        *,
        uuid: str,
        endpoint_uuid: str,
        phone_number: str | None = None,
        remark: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAtPersonOfAtDingTalkEndpointResult:
        """更新钉钉@用户 (UpdateAtPersonOfAtDingTalkEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 钉钉endpoint uuid (since 5.0.0)
            phone_number: 手机号码 (since 5.0.0; maxLength 256)
            remark: 备注 (since 5.0.0; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AT_PERSON_OF_AT_DING_TALK_ENDPOINT,
            {
                "uuid": uuid,
                "endpointUuid": endpoint_uuid,
                "phoneNumber": phone_number,
                "remark": remark,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_at_person_of_at_fei_shu_endpoint(
        self,
        *,
        uuid: str,
        endpoint_uuid: str,
        remark: str | None = None,
        user_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAtPersonOfAtFeiShuEndpointResult:
        """更新飞书@用户 (UpdateAtPersonOfAtFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 飞书endpoint uuid (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            user_id: 飞书用户id (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AT_PERSON_OF_AT_FEI_SHU_ENDPOINT,
            {
                "uuid": uuid,
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_at_person_of_at_we_com_endpoint(
        self,
        *,
        uuid: str,
        endpoint_uuid: str,
        remark: str | None = None,
        user_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAtPersonOfAtWeComEndpointResult:
        """更新企业微信@用户 (UpdateAtPersonOfAtWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 企业微信endpoint uuid (since 5.0.0)
            remark: 备注 (since 5.0.0; maxLength 128)
            user_id: 企业微信用户id (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_AT_PERSON_OF_AT_WE_COM_ENDPOINT,
            {
                "uuid": uuid,
                "endpointUuid": endpoint_uuid,
                "remark": remark,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_email_address_of_sns_email_endpoint(
        self,
        *,
        email_address: str,
        email_address_uuid: str,
        endpoint_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEmailAddressOfSNSEmailEndpointResult:
        """更新接收端邮箱地址 (UpdateEmailAddressOfSNSEmailEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            email_address: 新邮箱地址 (since 5.0.0; maxLength 1024)
            email_address_uuid: 邮箱地址uuid (since 5.0.0)
            endpoint_uuid: 接收端uuid (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_EMAIL_ADDRESS_OF_SNS_EMAIL_ENDPOINT,
            {
                "emailAddress": email_address,
                "emailAddressUuid": email_address_uuid,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_event_data(
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
    ) -> UpdateEventDataResult:
        """更新事件消息 (UpdateEventData).

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
            UPDATE_EVENT_DATA,
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

    async def update_event_subscription_label(
        self,
        *,
        uuid: str,
        key: str,
        operator: Literal["Regex", "Equal"],
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEventSubscriptionLabelResult:
        """更新事件订阅的标签 (UpdateEventSubscriptionLabel).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 原事件订阅标签的UUID，唯一标示该资源 (since 3.9.0)
            key: 标签的新名 (since 3.9.0; maxLength 1024)
            operator: 标签的新操作符 (since 3.9.0; enum {'Regex', 'Equal'})
            value: 标签的新值 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_EVENT_SUBSCRIPTION_LABEL,
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

    async def update_factory_mode_state(
        self,
        *,
        factory_mode_state: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFactoryModeStateResult:
        """Update factory mode state (UpdateFactoryModeState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateFactoryModeStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            factory_mode_state: factoryModeState
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FACTORY_MODE_STATE,
            {
                "factoryModeState": factory_mode_state,
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

    async def update_sns_application_endpoint(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSApplicationEndpointResult:
        """更新接收端 (UpdateSNSApplicationEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            platform_uuid: platformUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_APPLICATION_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_application_platform(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSApplicationPlatformResult:
        """更新SNS应用平台 (UpdateSNSApplicationPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_APPLICATION_PLATFORM,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_ding_talk_endpoint(
        self,
        *,
        uuid: str,
        at_all: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSDingTalkEndpointResult:
        """更新钉钉终端 (UpdateSNSDingTalkEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            secret: 秘钥 (since 5.0.0; maxLength 256)
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_DING_TALK_ENDPOINT,
            {
                "uuid": uuid,
                "atAll": at_all,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "secret": secret,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_fei_shu_endpoint(
        self,
        *,
        uuid: str,
        at_all: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSFeiShuEndpointResult:
        """更新飞书终端 (UpdateSNSFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            secret: 秘钥 (since 5.0.0; maxLength 256)
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_FEI_SHU_ENDPOINT,
            {
                "uuid": uuid,
                "atAll": at_all,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "secret": secret,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_http_endpoint(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        password: str | None = None,
        platform_uuid: str | None = None,
        url: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSHttpEndpointResult:
        """更新Webhook终端 (UpdateSNSHttpEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            password: password (since 5.0.0; maxLength 256)
            platform_uuid: platformUuid
            url: webhook url (since 5.0.0; maxLength 256)
            username: username (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_HTTP_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "password": password,
                "platformUuid": platform_uuid,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_microsoft_teams_endpoint(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSMicrosoftTeamsEndpointResult:
        """更新微软Teams终端 (UpdateSNSMicrosoftTeamsEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_MICROSOFT_TEAMS_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_snmp_platform(
        self,
        *,
        uuid: str,
        snmp_address: str,
        snmp_port: int,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSSnmpPlatformResult:
        """更新Snmp应用平台 (UpdateSNSSnmpPlatform).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            snmp_address: SNMP服务器地址 (since 5.0.0)
            snmp_port: SNMP端口 (since 5.0.0; minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_SNMP_PLATFORM,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "snmpAddress": snmp_address,
                "snmpPort": snmp_port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_text_template(
        self,
        *,
        uuid: str,
        default_template: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        recovery_subject: str | None = None,
        recovery_template: str | None = None,
        subject: str | None = None,
        template: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSTextTemplateResult:
        """更新报警消息模板 (UpdateSNSTextTemplate).

        更新报警消息模板。

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            default_template: 是否为默认模板 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            name: 资源名称 (since 2.3; maxLength 255)
            recovery_subject: recoverySubject (maxLength 2048)
            recovery_template: 恢复报警消息模板文本 (since 3.4.0)
            subject: subject (maxLength 2048)
            template: 报警消息模板文本 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_TEXT_TEMPLATE,
            {
                "uuid": uuid,
                "defaultTemplate": default_template,
                "description": description,
                "name": name,
                "recoverySubject": recovery_subject,
                "recoveryTemplate": recovery_template,
                "subject": subject,
                "template": template,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_topic(
        self,
        *,
        uuid: str,
        description: str | None = None,
        locale: Literal["zh_CN", "en_US"] | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSTopicResult:
        """更新主题 (UpdateSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3; maxLength 2048)
            locale: 国际化语言 (since 5.0.0; maxLength 32; enum {'zh_CN', 'en_US'})
            name: 资源名称 (since 2.3; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_TOPIC,
            {
                "uuid": uuid,
                "description": description,
                "locale": locale,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_universal_sms_endpoint(
        self,
        *,
        uuid: str,
        sms_access_key_id: str,
        sms_access_key_secret: str,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSUniversalSmsEndpointResult:
        """更新通用短信接收端 (UpdateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.8)
            description: 资源的详细描述 (since 5.1.8; maxLength 2048)
            name: 资源名称 (since 5.1.8; maxLength 255)
            platform_uuid: 平台uuid (since 5.1.8)
            sms_access_key_id: 访问密钥ID (since 5.1.8; maxLength 128)
            sms_access_key_secret: 访问密钥密码 (since 5.1.8; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_UNIVERSAL_SMS_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "smsAccessKeyId": sms_access_key_id,
                "smsAccessKeySecret": sms_access_key_secret,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_sns_we_com_endpoint(
        self,
        *,
        uuid: str,
        at_all: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        platform_uuid: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSNSWeComEndpointResult:
        """更新企业微信终端 (UpdateSNSWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0; maxLength 2048)
            name: 资源名称 (since 5.0.0; maxLength 255)
            platform_uuid: platformUuid
            url: webhook url (since 5.0.0; maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_WE_COM_ENDPOINT,
            {
                "uuid": uuid,
                "atAll": at_all,
                "description": description,
                "name": name,
                "platformUuid": platform_uuid,
                "url": url,
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

    async def validate_sns_aliyun_sms_endpoint(
        self,
        *,
        uuid: str,
        phone_numbers: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSNSAliyunSmsEndpointResult:
        """验证阿里云短信接收端 (ValidateSNSAliyunSmsEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 接收端的UUID，唯一标示该资源 (since 3.7.0)
            phone_numbers: 验证短信接收者 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_SNS_ALIYUN_SMS_ENDPOINT,
            {
                "uuid": uuid,
                "phoneNumbers": phone_numbers,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def validate_sns_email_platform(
        self,
        *,
        uuid: str,
        password: str | None = None,
        smtp_port: int | None = None,
        smtp_server: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSNSEmailPlatformResult:
        """测试邮件服务器 (ValidateSNSEmailPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            password: password
            smtp_port: smtpPort (minimum 1; maximum 65535)
            smtp_server: smtpServer
            username: username
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_SNS_EMAIL_PLATFORM,
            {
                "uuid": uuid,
                "password": password,
                "smtpPort": smtp_port,
                "smtpServer": smtp_server,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def validate_sns_universal_sms_endpoint(
        self,
        *,
        uuid: str,
        phone_numbers: Sequence[Any],
        test_msg: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSNSUniversalSmsEndpointResult:
        """验证通用短信接收端 (ValidateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.8)
            phone_numbers: phoneNumbers (since 5.1.8)
            test_msg: testMsg (since 5.1.8; minLength 1; maxLength 64)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_SNS_UNIVERSAL_SMS_ENDPOINT,
            {
                "uuid": uuid,
                "phoneNumbers": phone_numbers,
                "testMsg": test_msg,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
