"""ZStack Cloud API: 114 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncAPIClient, SyncAPIClient
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_action_to_alarm_result import AddActionToAlarmResult
    from ..models.add_email_address_to_sns_email_endpoint_result import (
        AddEmailAddressToSNSEmailEndpointResult,
    )
    from ..models.add_sns_ding_talk_at_person_result import AddSNSDingTalkAtPersonResult
    from ..models.add_sns_fei_shu_at_person_result import AddSNSFeiShuAtPersonResult
    from ..models.add_sns_sms_receiver_result import AddSNSSmsReceiverResult
    from ..models.add_sns_we_com_at_person_result import AddSNSWeComAtPersonResult
    from ..models.alarm_inventory import AlarmInventory
    from ..models.change_sns_application_endpoint_state_result import (
        ChangeSNSApplicationEndpointStateResult,
    )
    from ..models.change_sns_application_platform_state_result import (
        ChangeSNSApplicationPlatformStateResult,
    )
    from ..models.change_sns_topic_state_result import ChangeSNSTopicStateResult
    from ..models.create_aliyun_sms_sns_text_template_result import (
        CreateAliyunSmsSNSTextTemplateResult,
    )
    from ..models.create_sns_aliyun_sms_endpoint_result import CreateSNSAliyunSmsEndpointResult
    from ..models.create_sns_ding_talk_endpoint_result import CreateSNSDingTalkEndpointResult
    from ..models.create_sns_email_endpoint_result import CreateSNSEmailEndpointResult
    from ..models.create_sns_email_platform_result import CreateSNSEmailPlatformResult
    from ..models.create_sns_fei_shu_endpoint_result import CreateSNSFeiShuEndpointResult
    from ..models.create_sns_microsoft_teams_endpoint_result import (
        CreateSNSMicrosoftTeamsEndpointResult,
    )
    from ..models.create_sns_snmp_endpoint_result import CreateSNSSnmpEndpointResult
    from ..models.create_sns_snmp_platform_result import CreateSNSSnmpPlatformResult
    from ..models.create_sns_text_template_result import CreateSNSTextTemplateResult
    from ..models.create_sns_universal_sms_endpoint_result import (
        CreateSNSUniversalSmsEndpointResult,
    )
    from ..models.create_sns_we_com_endpoint_result import CreateSNSWeComEndpointResult
    from ..models.delete_vm_console_password_result import DeleteVmConsolePasswordResult
    from ..models.empty_result import EmptyResult
    from ..models.event_record_inventory import EventRecordInventory
    from ..models.event_subscription_inventory import EventSubscriptionInventory
    from ..models.get_alarm_data_result import GetAlarmDataResult
    from ..models.get_all_event_metadata_result import GetAllEventMetadataResult
    from ..models.get_all_metric_metadata_result import GetAllMetricMetadataResult
    from ..models.get_audit_data_result import GetAuditDataResult
    from ..models.get_current_time_result import GetCurrentTimeResult
    from ..models.get_event_data_result import GetEventDataResult
    from ..models.get_management_node_arch_result import GetManagementNodeArchResult
    from ..models.get_management_node_dir_capacity_result import GetManagementNodeDirCapacityResult
    from ..models.get_metric_data_result import GetMetricDataResult
    from ..models.get_metric_label_value_result import GetMetricLabelValueResult
    from ..models.get_platform_time_zone_result import GetPlatformTimeZoneResult
    from ..models.get_version_result import GetVersionResult
    from ..models.get_z_watch_alert_histogram_result import GetZWatchAlertHistogramResult
    from ..models.management_node_inventory import ManagementNodeInventory
    from ..models.query_alarm_record_result import QueryAlarmRecordResult
    from ..models.query_alarm_result import QueryAlarmResult
    from ..models.query_event_record_result import QueryEventRecordResult
    from ..models.query_event_subscription_result import QueryEventSubscriptionResult
    from ..models.query_management_node_result import QueryManagementNodeResult
    from ..models.query_sns_application_platform_result import QuerySNSApplicationPlatformResult
    from ..models.query_sns_email_address_result import QuerySNSEmailAddressResult
    from ..models.query_sns_fei_shu_at_person_result import QuerySNSFeiShuAtPersonResult
    from ..models.query_sns_text_template_result import QuerySNSTextTemplateResult
    from ..models.query_sns_topic_result import QuerySNSTopicResult
    from ..models.query_sns_topic_subscriber_result import QuerySNSTopicSubscriberResult
    from ..models.query_sns_we_com_at_person_result import QuerySNSWeComAtPersonResult
    from ..models.sns_application_platform_inventory import SNSApplicationPlatformInventory
    from ..models.sns_ding_talk_test_connection_result import SNSDingTalkTestConnectionResult
    from ..models.sns_email_address_inventory import SNSEmailAddressInventory
    from ..models.sns_email_test_connection_result import SNSEmailTestConnectionResult
    from ..models.sns_fei_shu_at_person_inventory import SNSFeiShuAtPersonInventory
    from ..models.sns_fei_shu_test_connection_result import SNSFeiShuTestConnectionResult
    from ..models.sns_http_test_connection_result import SNSHttpTestConnectionResult
    from ..models.sns_microsoft_teams_test_connection_result import (
        SNSMicrosoftTeamsTestConnectionResult,
    )
    from ..models.sns_snmp_test_connection_result import SNSSnmpTestConnectionResult
    from ..models.sns_text_template_inventory import SNSTextTemplateInventory
    from ..models.sns_topic_inventory import SNSTopicInventory
    from ..models.sns_topic_subscriber_inventory import SNSTopicSubscriberInventory
    from ..models.sns_we_com_at_person_inventory import SNSWeComAtPersonInventory
    from ..models.update_active_alarm_template_result import UpdateActiveAlarmTemplateResult
    from ..models.update_alarm_label_result import UpdateAlarmLabelResult
    from ..models.update_aliyun_sms_sns_text_template_result import (
        UpdateAliyunSmsSNSTextTemplateResult,
    )
    from ..models.update_at_person_of_at_ding_talk_endpoint_result import (
        UpdateAtPersonOfAtDingTalkEndpointResult,
    )
    from ..models.update_event_subscription_label_result import UpdateEventSubscriptionLabelResult
    from ..models.update_sns_text_template_result import UpdateSNSTextTemplateResult
    from ..models.update_subscribe_event_result import UpdateSubscribeEventResult

__all__ = ["MonitoringApiApi", "AsyncMonitoringApiApi"]


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
)

ADD_LABEL_TO_ALARM: Api[AddActionToAlarmResult] = Api(
    "AddLabelToAlarm",
    "POST",
    "/zwatch/alarms/{alarmUuid}/labels",
    params=(
        ("alarmUuid", "path", "2.3"),
        ("key", "body", "2.3"),
        ("operator", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("value", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.add_action_to_alarm_result:AddActionToAlarmResult",
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
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.add_sns_ding_talk_at_person_result:AddSNSDingTalkAtPersonResult",
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
        ("userId", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="params",
    since="5.0.0",
    result=".models.add_sns_fei_shu_at_person_result:AddSNSFeiShuAtPersonResult",
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
        ("userId", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="params",
    since="5.0.0",
    result=".models.add_sns_we_com_at_person_result:AddSNSWeComAtPersonResult",
)

CHANGE_ALARM_STATE: Api[AddActionToAlarmResult] = Api(
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
    result=".models.add_action_to_alarm_result:AddActionToAlarmResult",
)

CHANGE_EVENT_SUBSCRIPTION_STATE: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
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
)

CREATE_ALARM: Api[AddActionToAlarmResult] = Api(
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
        ("threshold", "body", "2.3"),
        ("type", "body", "3.3.0"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.add_action_to_alarm_result:AddActionToAlarmResult",
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
        ("recoveryTemplate", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("sign", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("template", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="params",
    since="3.7.0",
    result=".models.create_aliyun_sms_sns_text_template_result:CreateAliyunSmsSNSTextTemplateResult",
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
        ("url", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.create_sns_ding_talk_endpoint_result:CreateSNSDingTalkEndpointResult",
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
        ("username", "body", "4.1.0"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="params",
    since="2.3",
    result=".models.create_sns_email_platform_result:CreateSNSEmailPlatformResult",
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
)

CREATE_SNS_HTTP_ENDPOINT: Api[EmptyResult] = Api(
    "CreateSNSHttpEndpoint",
    "POST",
    "/sns/application-endpoints/http",
    params=(
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("password", "body", "2.3"),
        ("platformUuid", "body", "0.6"),
        ("resourceUuid", "body", "2.3"),
        ("url", "body", "2.3"),
        ("username", "body", "2.3"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.empty_result:EmptyResult",
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
)

CREATE_SNS_TOPIC: Api[ChangeSNSTopicStateResult] = Api(
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
    result=".models.change_sns_topic_state_result:ChangeSNSTopicStateResult",
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
)

CREATE_SNS_WE_COM_ENDPOINT: Api[CreateSNSWeComEndpointResult] = Api(
    "CreateSNSWeComEndpoint",
    "POST",
    "/sns/application-endpoints/we-com",
    params=(
        ("atALL", "body", "5.0.0"),
        ("atPersonList", "body", "5.0.0"),
        ("atPersonUserIds", "body", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("resourceUuid", "body", "5.0.0"),
        ("tagUuids", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="params",
    since="5.0.0",
    result=".models.create_sns_we_com_endpoint_result:CreateSNSWeComEndpointResult",
)

DELETE_ALARM: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
)

DELETE_EMAIL_ADDRESS_OF_SNS_EMAIL_ENDPOINT: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
)

DELETE_SNS_APPLICATION_ENDPOINT: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
)

DELETE_SNS_APPLICATION_PLATFORM: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
)

DELETE_SNS_TEXT_TEMPLATE: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
)

DELETE_SNS_TOPIC: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
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
    ),
    since="2.3",
    result=".models.get_alarm_data_result:GetAlarmDataResult",
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
    ),
    since="2.3",
    result=".models.get_audit_data_result:GetAuditDataResult",
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
    ),
    since="2.3",
    result=".models.get_event_data_result:GetEventDataResult",
)

GET_MANAGEMENT_NODE_ARCH: Api[GetManagementNodeArchResult] = Api(
    "GetManagementNodeArch",
    "PUT",
    "/management-nodes/actions",
    params=(
        ("systemTags", "query", "4.1.0"),
        ("userTags", "query", "4.1.0"),
    ),
    body_key="getManagementNodeArch",
    since="4.1.0",
    result=".models.get_management_node_arch_result:GetManagementNodeArchResult",
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

GET_MANAGEMENT_NODE_OS: Api[GetManagementNodeArchResult] = Api(
    "GetManagementNodeOS",
    "PUT",
    "/management/actions",
    params=(
        ("systemTags", "query", "4.1.0"),
        ("userTags", "query", "4.1.0"),
    ),
    body_key="getManagementNodeOS",
    since="4.1.0",
    result=".models.get_management_node_arch_result:GetManagementNodeArchResult",
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
    ),
    since="2.3",
    result=".models.get_metric_data_result:GetMetricDataResult",
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
)

IS_READY_TO_GO: Api[DeleteVmConsolePasswordResult] = Api(
    "IsReadyToGo",
    "GET",
    "/management-nodes/ready",
    params=(
        ("managementNodeId", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.delete_vm_console_password_result:DeleteVmConsolePasswordResult",
)

PUT_METRIC_DATA: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
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

QUERY_ALIYUN_SMS_SNS_TEXT_TEMPLATE: Api[EmptyResult] = Api(
    "QueryAliyunSmsSNSTextTemplate",
    "GET",
    "/zwatch/alarms/sns/text-templates/aliyun-sms",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
    query=True,
    alt_paths=("/zwatch/alarms/sns/text-templates/aliyun-sms/{uuid}",),
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

QUERY_SNS_APPLICATION_ENDPOINT: Api[EmptyResult] = Api(
    "QuerySNSApplicationEndpoint",
    "GET",
    "/sns/application-endpoints",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
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

QUERY_SNS_DING_TALK_AT_PERSON: Api[CreateSNSSnmpPlatformResult] = Api(
    "QuerySNSDingTalkAtPerson",
    "GET",
    "/sns/application-endpoints/ding-talk/at-persons",
    params=(
        ("uuid", "path", "5.0.0"),
        ("systemTags", "query", "5.0.0"),
        ("userTags", "query", "5.0.0"),
    ),
    since="5.0.0",
    result=".models.create_sns_snmp_platform_result:CreateSNSSnmpPlatformResult",
    query=True,
    alt_paths=("/sns/application-endpoints/ding-talk/at-persons/{uuid}",),
)

QUERY_SNS_DING_TALK_ENDPOINT: Api[EmptyResult] = Api(
    "QuerySNSDingTalkEndpoint",
    "GET",
    "/sns/application-endpoints/ding-talk",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
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

QUERY_SNS_EMAIL_ENDPOINT: Api[EmptyResult] = Api(
    "QuerySNSEmailEndpoint",
    "GET",
    "/sns/application-endpoints/emails",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
    query=True,
    alt_paths=("/sns/application-endpoints/emails/{uuid}",),
)

QUERY_SNS_EMAIL_PLATFORM: Api[EmptyResult] = Api(
    "QuerySNSEmailPlatform",
    "GET",
    "/sns/application-platforms/email",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
    query=True,
    alt_paths=("/sns/application-platforms/email/{uuid}",),
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

QUERY_SNS_HTTP_ENDPOINT: Api[EmptyResult] = Api(
    "QuerySNSHttpEndpoint",
    "GET",
    "/sns/application-endpoints/http",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
    query=True,
    alt_paths=("/sns/application-endpoints/http/{uuid}",),
)

QUERY_SNS_MICROSOFT_TEAMS_ENDPOINT: Api[EmptyResult] = Api(
    "QuerySNSMicrosoftTeamsEndpoint",
    "GET",
    "/sns/application-endpoints/microsoft-teams",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
    query=True,
    alt_paths=("/sns/application-endpoints/microsoft-teams/{uuid}",),
)

QUERY_SNS_SMS_ENDPOINT: Api[EmptyResult] = Api(
    "QuerySNSSmsEndpoint",
    "GET",
    "/sns/sms-endpoints",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
    query=True,
    alt_paths=("/sns/sms-endpoints/{uuid}",),
)

QUERY_SNS_SNMP_PLATFORM: Api[EmptyResult] = Api(
    "QuerySNSSnmpPlatform",
    "GET",
    "/sns/application-platforms/snmp",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
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

QUERY_SNS_UNIVERSAL_SMS_ENDPOINT: Api[EmptyResult] = Api(
    "QuerySNSUniversalSmsEndpoint",
    "GET",
    "/sns/application-endpoints/universal-sms",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.empty_result:EmptyResult",
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

REMOVE_ACTION_FROM_ALARM: Api[AddActionToAlarmResult] = Api(
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
    result=".models.add_action_to_alarm_result:AddActionToAlarmResult",
)

REMOVE_LABEL_FROM_ALARM: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
)

REMOVE_SNS_DING_TALK_AT_PERSON: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
)

REMOVE_SNS_FEI_SHU_AT_PERSON: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
)

REMOVE_SNS_SMS_RECEIVER: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
)

REMOVE_SNS_WE_COM_AT_PERSON: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
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
)

SNS_MICROSOFT_TEAMS_TEST_CONNECTION: Api[SNSMicrosoftTeamsTestConnectionResult] = Api(
    "SNSMicrosoftTeamsTestConnection",
    "POST",
    "/sns/application-endpoints/we-com/test-connection",
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
    alt_paths=("/sns/application-endpoints/microsoft-teams/test-connection",),
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

SUBSCRIBE_EVENT: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
)

SUBSCRIBE_SNS_TOPIC: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
)

UNSUBSCRIBE_EVENT: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
)

UNSUBSCRIBE_SNS_TOPIC: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
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
)

UPDATE_ALARM: Api[AddActionToAlarmResult] = Api(
    "UpdateAlarm",
    "PUT",
    "/zwatch/alarms/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
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
    result=".models.add_action_to_alarm_result:AddActionToAlarmResult",
)

UPDATE_ALARM_DATA: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
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
        ("recoveryTemplate", "body", "3.7.0"),
        ("sign", "body", "3.7.0"),
        ("template", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    body_key="updateAliyunSmsSNSTextTemplate",
    since="3.7.0",
    result=".models.update_aliyun_sms_sns_text_template_result:UpdateAliyunSmsSNSTextTemplateResult",
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
)

UPDATE_AT_PERSON_OF_AT_FEI_SHU_ENDPOINT: Api[AddSNSFeiShuAtPersonResult] = Api(
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
    result=".models.add_sns_fei_shu_at_person_result:AddSNSFeiShuAtPersonResult",
)

UPDATE_AT_PERSON_OF_AT_WE_COM_ENDPOINT: Api[AddSNSWeComAtPersonResult] = Api(
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
    result=".models.add_sns_we_com_at_person_result:AddSNSWeComAtPersonResult",
)

UPDATE_EMAIL_ADDRESS_OF_SNS_EMAIL_ENDPOINT: Api[AddEmailAddressToSNSEmailEndpointResult] = Api(
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
    result=".models.add_email_address_to_sns_email_endpoint_result:AddEmailAddressToSNSEmailEndpointResult",
)

UPDATE_EVENT_DATA: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
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
)

UPDATE_SNS_APPLICATION_ENDPOINT: Api[CreateSNSEmailEndpointResult] = Api(
    "UpdateSNSApplicationEndpoint",
    "PUT",
    "/sns/application-endpoints/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("description", "body", "2.3"),
        ("name", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="updateSNSApplicationEndpoint",
    since="2.3",
    result=".models.create_sns_email_endpoint_result:CreateSNSEmailEndpointResult",
)

UPDATE_SNS_APPLICATION_PLATFORM: Api[ChangeSNSApplicationPlatformStateResult] = Api(
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
    result=".models.change_sns_application_platform_state_result:ChangeSNSApplicationPlatformStateResult",
)

UPDATE_SNS_DING_TALK_ENDPOINT: Api[CreateSNSSnmpEndpointResult] = Api(
    "UpdateSNSDingTalkEndpoint",
    "PUT",
    "/sns/application-endpoints/ding-talk/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("atAll", "body", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("secret", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="updateSNSDingTalkEndpoint",
    since="5.0.0",
    result=".models.create_sns_snmp_endpoint_result:CreateSNSSnmpEndpointResult",
)

UPDATE_SNS_FEI_SHU_ENDPOINT: Api[CreateSNSSnmpEndpointResult] = Api(
    "UpdateSNSFeiShuEndpoint",
    "PUT",
    "/sns/application-endpoints/feishu/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("atAll", "body", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("secret", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="updateSNSFeiShuEndpoint",
    since="5.0.0",
    result=".models.create_sns_snmp_endpoint_result:CreateSNSSnmpEndpointResult",
)

UPDATE_SNS_HTTP_ENDPOINT: Api[CreateSNSSnmpEndpointResult] = Api(
    "UpdateSNSHttpEndpoint",
    "PUT",
    "/sns/application-endpoints/http/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("password", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("username", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="updateSNSHttpEndpoint",
    since="5.0.0",
    result=".models.create_sns_snmp_endpoint_result:CreateSNSSnmpEndpointResult",
)

UPDATE_SNS_MICROSOFT_TEAMS_ENDPOINT: Api[CreateSNSSnmpEndpointResult] = Api(
    "UpdateSNSMicrosoftTeamsEndpoint",
    "PUT",
    "/sns/application-endpoints/microsoft-teams/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="updateSNSMicrosoftTeamsEndpoint",
    since="5.0.0",
    result=".models.create_sns_snmp_endpoint_result:CreateSNSSnmpEndpointResult",
)

UPDATE_SNS_SNMP_PLATFORM: Api[CreateSNSSnmpPlatformResult] = Api(
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
    result=".models.create_sns_snmp_platform_result:CreateSNSSnmpPlatformResult",
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
        ("recoveryTemplate", "body", "3.4.0"),
        ("template", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="updateSNSTextTemplate",
    since="2.3",
    result=".models.update_sns_text_template_result:UpdateSNSTextTemplateResult",
)

UPDATE_SNS_TOPIC: Api[ChangeSNSTopicStateResult] = Api(
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
    result=".models.change_sns_topic_state_result:ChangeSNSTopicStateResult",
)

UPDATE_SNS_UNIVERSAL_SMS_ENDPOINT: Api[CreateSNSUniversalSmsEndpointResult] = Api(
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
    result=".models.create_sns_universal_sms_endpoint_result:CreateSNSUniversalSmsEndpointResult",
)

UPDATE_SNS_WE_COM_ENDPOINT: Api[CreateSNSSnmpEndpointResult] = Api(
    "UpdateSNSWeComEndpoint",
    "PUT",
    "/sns/application-endpoints/we-com/{uuid}/actions",
    params=(
        ("uuid", "path", "5.0.0"),
        ("atAll", "body", "5.0.0"),
        ("description", "body", "5.0.0"),
        ("name", "body", "5.0.0"),
        ("url", "body", "5.0.0"),
        ("systemTags", "root", "5.0.0"),
        ("userTags", "root", "5.0.0"),
    ),
    body_key="updateSNSWeComEndpoint",
    since="5.0.0",
    result=".models.create_sns_snmp_endpoint_result:CreateSNSSnmpEndpointResult",
)

UPDATE_SUBSCRIBE_EVENT: Api[UpdateSubscribeEventResult] = Api(
    "UpdateSubscribeEvent",
    "PUT",
    "/zwatch/events/subscriptions/{uuid}/actions",
    params=(
        ("uuid", "path", "3.8.0"),
        ("emergencyLevel", "body", "3.8.0"),
        ("systemTags", "root", "3.8.0"),
        ("userTags", "root", "3.8.0"),
    ),
    body_key="updateSubscribeEvent",
    since="3.8.0",
    result=".models.update_subscribe_event_result:UpdateSubscribeEventResult",
)

VALIDATE_SNS_ALIYUN_SMS_ENDPOINT: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
)

VALIDATE_SNS_EMAIL_PLATFORM: Api[EmptyResult] = Api(
    "ValidateSNSEmailPlatform",
    "PUT",
    "/sns/application-platforms/email/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="validateSNSEmailPlatform",
    since="2.3",
    result=".models.empty_result:EmptyResult",
)

VALIDATE_SNS_UNIVERSAL_SMS_ENDPOINT: Api[EmptyResult] = Api(
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
    result=".models.empty_result:EmptyResult",
)


class MonitoringApiApi(SyncAPIClient):
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
            email_address: 邮箱地址 (since 3.7.0)
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

    def add_label_to_alarm(
        self,
        *,
        alarm_uuid: str,
        key: str,
        operator: Literal["Regex", "Equal"],
        value: str,
        resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddActionToAlarmResult:
        """增加标签到报警器 (AddLabelToAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_uuid: 报警器UUID (since 2.3)
            key: 标签键 (since 2.3)
            operator: 操作符 (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
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
                "value": value,
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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSDingTalkAtPersonResult:
        """添加钉钉用户 (AddSNSDingTalkAtPerson).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 钉钉终端UUID (since 2.3)
            phone_number: 用户电话号码（钉钉用户以电话注册） (since 2.3)
            remark: 备注 (since 5.0.0)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuid: 标签UUID列表 (since 5.0.0)
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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSFeiShuAtPersonResult:
        """添加飞书@用户 (AddSNSFeiShuAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 飞书Endpoint UUID (since 5.0.0)
            remark: 备注 (since 5.0.0)
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            user_id: 飞书userId (since 5.0.0)
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
            description: 短信接收者描述 (since 3.7.0)
            endpoint_uuid: 短信接收端Uuid (since 3.7.0)
            phone_number: 短信接收号码 (since 3.7.0)
            phone_number_list: 短信接收号码列表 (since 5.1.8)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            type: 短信接收端类型 (since 5.1.8)
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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSWeComAtPersonResult:
        """添加企业微信用户 (AddSNSWeComAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 企业微信Endpoint UUID (since 5.0.0)
            remark: 备注 (since 5.0.0)
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            user_id: 企业微信用户id (since 5.0.0)
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
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_alarm_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enabled", "disabled"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddActionToAlarmResult:
        """更改报警器状态 (ChangeAlarmState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3)
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
    ) -> EmptyResult:
        """修改事件报警器状态 (ChangeEventSubscriptionState).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            state: 事件报警器状态 (since 4.7.0)
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
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSNSApplicationEndpointStateResult:
        """更改接收端 (ChangeSNSApplicationEndpointState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3)
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
            state_event: 状态事件 (since 2.3)
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
            state_event: 状态事件 (since 2.3)
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

    def create_alarm(
        self,
        *,
        comparison_operator: Literal[
            "GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"
        ],
        enable_recovery: bool,
        metric_name: str,
        name: str,
        namespace: str,
        threshold: float,
        actions: Sequence[Any] | None = None,
        description: str | None = None,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        labels: Sequence[Any] | None = None,
        period: int | None = None,
        repeat_count: int | None = None,
        repeat_interval: int | None = None,
        resource_uuid: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddActionToAlarmResult:
        """创建报警器 (CreateAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            actions: 报警动作列表 (since 2.3)
            comparison_operator: 阈值比较符 (since 2.3)
            description: 资源的详细描述 (since 2.3)
            emergency_level: 报警等级 (since 3.8.0)
            enable_recovery: 开启恢复通知 (since 3.4.0)
            labels: 标签列表 (since 2.3)
            metric_name: 监控项名 (since 2.3)
            name: 资源名称 (since 2.3)
            namespace: 名字空间 (since 2.3)
            period: 阈值持续时间 (since 2.3)
            repeat_count: 报警重复次数 (since 3.3.0)
            repeat_interval: 报警重复时间 (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            threshold: 阈值 (since 2.3)
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
        recovery_template: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
            description: 模板的详细描述 (since 3.7.0)
            event_template: 事件报警器模板文本 (since 3.7.0)
            event_template_code: 事件报警器模板Code (since 3.7.0)
            name: 模板名称 (since 3.7.0)
            recovery_template: 恢复模板文本 (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            sign: 短信签名名称 (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            template: 资源报警器模板文本 (since 3.7.0)
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
                "recoveryTemplate": recovery_template,
                "resourceUuid": resource_uuid,
                "sign": sign,
                "tagUuids": tag_uuids,
                "template": template,
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
            description: 接收端的详细描述 (since 3.7.0)
            name: 接收端名称 (since 3.7.0)
            platform_uuid: platformUuid (since 3.7.0)
            receivers: 短信接收者 (since 3.7.0)
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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSDingTalkEndpointResult:
        """创建钉钉接收端 (CreateSNSDingTalkEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否消息@所有人 (since 2.3)
            at_person_list: @用户信息 (since 5.0.0)
            at_person_phone_numbers: 要@用户的电话号码 (since 2.3)
            description: 资源的详细描述 (since 2.3)
            name: 资源名称 (since 2.3)
            platform_uuid: 通知平台uuid (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            secret: 钉钉密钥 (since 5.0.0)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            url: 钉钉机器人URL (since 2.3)
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
            description: 资源的详细描述 (since 5.0.0)
            email: email地址 (since 5.0.0)
            emails: emails (since 3.7.0)
            name: 资源名称 (since 5.0.0)
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
        username: str,
        description: str | None = None,
        encrypt_type: Literal["SSL", "STARTTLS", "NONE"] | None = None,
        password: str | None = None,
        resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSEmailPlatformResult:
        """创建邮件服务器 (CreateSNSEmailPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3)
            encrypt_type: encryptType (since 2.3)
            name: 资源名称 (since 2.3)
            password: 密码 (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            smtp_port: SMTP端口 (since 2.3)
            smtp_server: SMTP服务器地址 (since 2.3)
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
            at_person_user_ids: @用户id (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            platform_uuid: 通知平台uuid (since 5.0.0)
            resource_uuid: 资源UUID (since 5.0.0)
            secret: 飞书秘钥 (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            url: 飞书机器人 webhook url (since 5.0.0)
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
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """创建Webhook接收端 (CreateSNSHttpEndpoint).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3)
            name: 资源名称 (since 2.3)
            password: 密码 (since 2.3)
            platform_uuid: platformUuid (since 0.6)
            resource_uuid: resourceUuid (since 2.3)
            url: HTTP URL (since 2.3)
            username: 用户名 (since 2.3)
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
            description: 资源的详细描述 (since 3.10.0)
            name: 资源名称 (since 3.10.0)
            platform_uuid: platformUuid (since 3.10.0)
            resource_uuid: 资源UUID (since 3.10.0)
            tag_uuids: 标签UUID列表 (since 3.10.0)
            url: 连接器的url (since 3.10.0)
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
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
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
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            resource_uuid: 资源UUID (since 5.0.0)
            snmp_address: SNMP服务器地址 (since 5.0.0)
            snmp_port: SNMP端口 (since 5.0.0)
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
        recovery_subject: str,
        recovery_template: str,
        template: str,
        default_template: bool | None = None,
        description: str | None = None,
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
            description: 资源的详细描述 (since 2.3)
            name: 资源名称 (since 2.3)
            recovery_subject: 恢复主题 (since 5.1.8)
            recovery_template: 恢复报警模板文本 (since 3.4.0)
            resource_uuid: resourceUuid (since 2.3)
            subject: 主题 (since 5.1.8)
            tag_uuids: 标签UUID列表 (since 5.1.8)
            template: 报警消息模板文本 (since 2.3)
            type: type (since 5.1.8)
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
    ) -> ChangeSNSTopicStateResult:
        """创建主题 (CreateSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3)
            locale: 国际化语言 (since 5.0.0)
            name: 资源名称 (since 2.3)
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
            description: 资源的详细描述 (since 5.1.8)
            name: 资源名称 (since 5.1.8)
            platform_uuid: platformUuid (since 5.1.8)
            resource_uuid: 资源UUID (since 5.1.8)
            sms_access_key_id: smsAccessKeyId (since 5.1.8)
            sms_access_key_secret: smsAccessKeySecret (since 5.1.8)
            supplier: supplier (since 5.1.8)
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
        at_person_list: Mapping[str, Any],
        at_person_user_ids: Sequence[Any],
        name: str,
        url: str,
        at_all: bool | None = None,
        description: str | None = None,
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
            at_person_list: @用户信息 (推荐使用) (since 5.0.0)
            at_person_user_ids: @用户 (user_id) (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            url: 企业微信聊天机器人webhook url (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNS_WE_COM_ENDPOINT,
            {
                "atALL": at_all,
                "atPersonList": at_person_list,
                "atPersonUserIds": at_person_user_ids,
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

    def delete_alarm(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
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
    ) -> EmptyResult:
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

    def delete_sns_application_endpoint(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
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
    ) -> EmptyResult:
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
    ) -> EmptyResult:
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
    ) -> EmptyResult:
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
        job_uuid: str | None = None,
    ) -> GetAlarmDataResult:
        """获取资源报警器历史 (GetAlarmData).

        Since ZStack 2.3. Synchronous.

        Args:
            start_time: 起始时间 (since 2.3)
            end_time: 结束时间 (since 2.3)
            limit: 返回记录条数数量 (since 2.3)
            conditions: 条件列表，用于过滤结果 (since 2.3)
            count: 是否查询消息数量 (since 3.3.0)
            exclude_other_account: 是否排除非当前账号的消息（只对SystemAdmin生效） (since 3.3.0)
            endpoint_uuid: 接收端Uuid (since 3.10.0)
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

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 2.3. Synchronous.

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
        job_uuid: str | None = None,
    ) -> GetAuditDataResult:
        """获取审计数据 (GetAuditData).

        Since ZStack 2.3. Synchronous.

        Args:
            start_time: 起始时间 (since 2.3)
            end_time: 结束时间 (since 2.3)
            limit: 最大返回条数 (since 2.3)
            labels: 过滤标签列表 (since 2.3)
            audit_type: 审计类型，默认为Resource (since 3.5.0)
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

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

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
        job_uuid: str | None = None,
    ) -> GetEventDataResult:
        """获取事件 (GetEventData).

        Since ZStack 2.3. Synchronous.

        Args:
            start_time: 起始时间 (since 2.3)
            end_time: 结束时间 (since 2.3)
            limit: 最大返回条数 (since 2.3)
            offset_ahead_of_current_time: 早于当前时间的毫秒数，例如：查询最近一小时的消息，则传入3600000 (since 3.3.0)
            conditions: 查询条件 (since 3.3.0)
            count: 是否查询事件数量 (since 3.3.0)
            endpoint_uuid: 接收端Uuid (since 3.10.0)
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

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

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

        Since ZStack 3.9.0. Synchronous.

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
    ) -> GetManagementNodeArchResult:
        """获取管理节点操作系统信息 (GetManagementNodeOS).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

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
        job_uuid: str | None = None,
    ) -> GetMetricDataResult:
        """获取metric数据 (GetMetricData).

        Since ZStack 2.3. Synchronous.

        Args:
            namespace: 名字空间 (since 2.3)
            metric_name: 监控项 (since 2.3)
            start_time: 起始时间 (since 2.3)
            end_time: 结束时间 (since 2.3)
            period: 数据精度 (since 2.3)
            labels: 过滤标签 (since 2.3)
            functions: 函数列表 (since 2.3)
            offset_ahead_of_current_time: offsetAheadOfCurrentTime (since 2.3)
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

        Since ZStack 2.3. Synchronous.

        Args:
            namespace: 名字空间名称 (since 2.3)
            metric_name: 监控指标名称 (since 2.3)
            label_names: 要获取值得标签名列表 (since 2.3)
            filter_labels: 标签过滤器列表，例如可以指定标签HostUuid=e47f7145f4cd4fca8e2856038ecdf3e1来选择特定物理机的，labelNames中指定标签的值 (since 2.3)
            start_time: 起始时间 (since 3.9.0)
            end_time: 结束时间 (since 3.9.0)
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

        Since ZStack 4.1.0. Synchronous.

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

    def get_version(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVersionResult:
        """获取当前版本 (GetVersion).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

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
        interval_hours: str,
        group_columns: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetZWatchAlertHistogramResult:
        """统计报警消息数量 (GetZWatchAlertHistogram).

        Since ZStack 4.1.0. Synchronous.

        Args:
            table_name: 消息类型 (since 4.1.0)
            start_time: 起始时间 (since 4.1.0)
            end_time: 结束时间 (since 4.1.0)
            interval_hours: 间隔小时 (since 4.1.0)
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
    ) -> DeleteVmConsolePasswordResult:
        """检查管理节点是否能正常开始工作 (IsReadyToGo).

        Since ZStack 0.6. Synchronous.

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
    ) -> EmptyResult:
        """存入自定义metric数据 (PutMetricData).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data: 数据 (since 2.3)
            namespace: 自定义名字空间名称 (since 2.3)
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

        Since ZStack 2.3. Synchronous.

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

        Since ZStack 4.1.0. Synchronous.

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
    ) -> EmptyResult:
        """查询SNS监控阿里云短信模板 (QueryAliyunSmsSNSTextTemplate).

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 4.1.0. Synchronous.

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
    ) -> Iterator[EventRecordInventory]:
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

        Since ZStack 2.3.1. Synchronous.

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

        Since ZStack 0.6. Synchronous.

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
    ) -> EmptyResult:
        """查询接收端 (QuerySNSApplicationEndpoint).

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 2.3. Synchronous.

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
    ) -> Iterator[SNSApplicationPlatformInventory]:
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
    ) -> CreateSNSSnmpPlatformResult:
        """查询钉钉@用户 (QuerySNSDingTalkAtPerson).

        Since ZStack 5.0.0. Synchronous.

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
    ) -> EmptyResult:
        """查询钉钉终端 (QuerySNSDingTalkEndpoint).

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 3.7.0. Synchronous.

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
    ) -> EmptyResult:
        """查询邮件接收端 (QuerySNSEmailEndpoint).

        Since ZStack 0.6. Synchronous.

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
    ) -> EmptyResult:
        """查询邮件服务器 (QuerySNSEmailPlatform).

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 5.0.0. Synchronous.

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
    ) -> Iterator[SNSFeiShuAtPersonInventory]:
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
    ) -> EmptyResult:
        """查询Webhook接收端 (QuerySNSHttpEndpoint).

        Since ZStack 0.6. Synchronous.

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
    ) -> EmptyResult:
        """查询微软Teams接收端 (QuerySNSMicrosoftTeamsEndpoint).

        Since ZStack 0.6. Synchronous.

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
    ) -> EmptyResult:
        """查询短信接收端 (QuerySNSSmsEndpoint).

        Since ZStack 0.6. Synchronous.

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
    ) -> EmptyResult:
        """查询Snmp应用平台 (QuerySNSSnmpPlatform).

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 2.3. Synchronous.

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

        Since ZStack 2.3. Synchronous.

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
    ) -> Iterator[SNSTopicInventory]:
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

        Since ZStack 2.3.1. Synchronous.

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
    ) -> Iterator[SNSTopicSubscriberInventory]:
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
    ) -> EmptyResult:
        """查询通用短信接收端 (QuerySNSUniversalSmsEndpoint).

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 5.0.0. Synchronous.

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
    ) -> Iterator[SNSWeComAtPersonInventory]:
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

    def remove_action_from_alarm(
        self,
        *,
        alarm_uuid: str,
        action_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddActionToAlarmResult:
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

    def remove_label_from_alarm(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
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

    def remove_sns_ding_talk_at_person(
        self,
        *,
        endpoint_uuid: str,
        phone_number: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
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
    ) -> EmptyResult:
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
        delete_mode: Literal["Permissive", "Enforcing"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除短信接收者 (RemoveSNSSmsReceiver).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 短信接收端Uuid (since 3.7.0)
            phone_number: 短信接收号码 (since 3.7.0)
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
    ) -> EmptyResult:
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
            url: webhook url (since 5.0.0)
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
            subject: 主题 (since 5.1.8)
            text: 内容 (since 5.1.8)
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
            url: webhook url (since 5.0.0)
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
            url: webhook url (since 5.1.8)
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
            url: webhook url (since 5.0.0)
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
    ) -> EmptyResult:
        """订阅事件 (SubscribeEvent).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            actions: 事件动作 (since 2.3)
            emergency_level: 报警等级 (since 3.8.0)
            event_name: 事件名 (since 2.3)
            labels: 事件标签 (since 2.3)
            name: 资源名称 (since 3.0.0)
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
    ) -> EmptyResult:
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
    ) -> EmptyResult:
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
    ) -> EmptyResult:
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
            alarm_name: 模板名称 (since 4.7.0)
            comparison_operator: 阈值比较符 (since 4.7.0)
            emergency_level: 报警等级 (since 4.7.0)
            labels: labels (since 4.7.0)
            period: 阈值持续时间 (since 4.7.0)
            repeat_count: 报警重复次数 (since 4.7.0)
            repeat_interval: 报警重复时间 (since 4.7.0)
            threshold: 阈值 (since 4.7.0)
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
    ) -> AddActionToAlarmResult:
        """修改报警器 (UpdateAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            comparison_operator: 阈值比较符 (since 2.3)
            description: 资源的详细描述 (since 2.3)
            emergency_level: 报警等级 (since 3.8.0)
            enable_recovery: enableRecovery (since 3.4.0)
            name: 资源名称 (since 2.3)
            period: 阈值持续时间 (since 2.3)
            repeat_count: 报警重复次数 (since 3.3.0)
            repeat_interval: 报警重复时间 (since 2.3)
            threshold: 阈值 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALARM,
            {
                "uuid": uuid,
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
    ) -> EmptyResult:
        """更新报警器历史消息 (UpdateAlarmData).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_end_time: 选择目标消息的结束时间，updateMode需要传入InRange (since 3.3.0)
            data_start_time: 选择目标消息的起始时间，updateMode需要传入InRange (since 3.3.0)
            data_uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            read_status: 更新消息已读状态 (since 3.3.0)
            update_mode: 选择更新目标消息的范围，OnlyOne表示只更新指定的消息，InRange表示更新某个时间范围产生的消息， All表示更新所有消息 (since 3.3.0)
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
            key: 标签键 (since 3.3)
            operator: 标签操作符 (since 3.3)
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
        recovery_template: str | None = None,
        sign: str | None = None,
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
            description: 模板的详细描述 (since 3.7.0)
            event_template: 事件报警器模板文本 (since 3.7.0)
            event_template_code: 事件报警器模板Code (since 3.7.0)
            name: 模板名称 (since 3.7.0)
            recovery_template: 恢复模板文本 (since 3.7.0)
            sign: 短信签名名称 (since 3.7.0)
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
                "recoveryTemplate": recovery_template,
                "sign": sign,
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
        remark: str,
        phone_number: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAtPersonOfAtDingTalkEndpointResult:
        """更新钉钉@用户 (UpdateAtPersonOfAtDingTalkEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 钉钉endpoint uuid (since 5.0.0)
            phone_number: 手机号码 (since 5.0.0)
            remark: 备注 (since 5.0.0)
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
        remark: str,
        user_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSFeiShuAtPersonResult:
        """更新飞书@用户 (UpdateAtPersonOfAtFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 飞书endpoint uuid (since 5.0.0)
            remark: 备注 (since 5.0.0)
            user_id: 飞书用户id (since 5.0.0)
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
    ) -> AddSNSWeComAtPersonResult:
        """更新企业微信@用户 (UpdateAtPersonOfAtWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 企业微信endpoint uuid (since 5.0.0)
            remark: 备注 (since 5.0.0)
            user_id: 企业微信用户id (since 5.0.0)
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
    ) -> AddEmailAddressToSNSEmailEndpointResult:
        """更新接收端邮箱地址 (UpdateEmailAddressOfSNSEmailEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            email_address: 新邮箱地址 (since 5.0.0)
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
    ) -> EmptyResult:
        """更新事件消息 (UpdateEventData).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_end_time: 选择目标消息的结束时间，updateMode需要传入InRange (since 3.3.0)
            data_start_time: 选择目标消息的起始时间，updateMode需要传入InRange (since 3.3.0)
            data_uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            read_status: 更新消息已读状态 (since 3.3.0)
            update_mode: 选择更新目标消息的范围，OnlyOne表示只更新指定的消息，InRange表示更新某个时间范围产生的消息， All表示更新所有消息 (since 3.3.0)
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
            key: 标签的新名 (since 3.9.0)
            operator: 标签的新操作符 (since 3.9.0)
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

    def update_sns_application_endpoint(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSEmailEndpointResult:
        """更新接收端 (UpdateSNSApplicationEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3)
            name: 资源名称 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_APPLICATION_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
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
    ) -> ChangeSNSApplicationPlatformStateResult:
        """更新SNS应用平台 (UpdateSNSApplicationPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3)
            name: 资源名称 (since 2.3)
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
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpEndpointResult:
        """更新钉钉终端 (UpdateSNSDingTalkEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            secret: 秘钥 (since 5.0.0)
            url: webhook url (since 5.0.0)
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
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpEndpointResult:
        """更新飞书终端 (UpdateSNSFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            secret: 秘钥 (since 5.0.0)
            url: webhook url (since 5.0.0)
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
        url: str | None = None,
        username: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpEndpointResult:
        """更新Webhook终端 (UpdateSNSHttpEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            password: password (since 5.0.0)
            url: webhook url (since 5.0.0)
            username: username (since 5.0.0)
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
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpEndpointResult:
        """更新微软Teams终端 (UpdateSNSMicrosoftTeamsEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            url: webhook url (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNS_MICROSOFT_TEAMS_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
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
    ) -> CreateSNSSnmpPlatformResult:
        """更新Snmp应用平台 (UpdateSNSSnmpPlatform).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            snmp_address: SNMP服务器地址 (since 5.0.0)
            snmp_port: SNMP端口 (since 5.0.0)
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
        recovery_template: str | None = None,
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
            description: 资源的详细描述 (since 2.3)
            name: 资源名称 (since 2.3)
            recovery_template: 恢复报警消息模板文本 (since 3.4.0)
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
                "recoveryTemplate": recovery_template,
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
    ) -> ChangeSNSTopicStateResult:
        """更新主题 (UpdateSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3)
            locale: 国际化语言 (since 5.0.0)
            name: 资源名称 (since 2.3)
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
    ) -> CreateSNSUniversalSmsEndpointResult:
        """更新通用短信接收端 (UpdateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.8)
            description: 资源的详细描述 (since 5.1.8)
            name: 资源名称 (since 5.1.8)
            platform_uuid: 平台uuid (since 5.1.8)
            sms_access_key_id: 访问密钥ID (since 5.1.8)
            sms_access_key_secret: 访问密钥密码 (since 5.1.8)
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
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpEndpointResult:
        """更新企业微信终端 (UpdateSNSWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            url: webhook url (since 5.0.0)
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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSubscribeEventResult:
        """修改事件报警器 (UpdateSubscribeEvent).

        Since ZStack 3.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 事件报警器UUID (since 3.8.0)
            emergency_level: 报警等级 (since 3.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SUBSCRIBE_EVENT,
            {
                "uuid": uuid,
                "emergencyLevel": emergency_level,
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
    ) -> EmptyResult:
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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """测试邮件服务器 (ValidateSNSEmailPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_SNS_EMAIL_PLATFORM,
            {
                "uuid": uuid,
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
    ) -> EmptyResult:
        """验证通用短信接收端 (ValidateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.8)
            phone_numbers: phoneNumbers (since 5.1.8)
            test_msg: testMsg (since 5.1.8)
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
            email_address: 邮箱地址 (since 3.7.0)
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

    async def add_label_to_alarm(
        self,
        *,
        alarm_uuid: str,
        key: str,
        operator: Literal["Regex", "Equal"],
        value: str,
        resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddActionToAlarmResult:
        """增加标签到报警器 (AddLabelToAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            alarm_uuid: 报警器UUID (since 2.3)
            key: 标签键 (since 2.3)
            operator: 操作符 (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
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
                "value": value,
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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSDingTalkAtPersonResult:
        """添加钉钉用户 (AddSNSDingTalkAtPerson).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 钉钉终端UUID (since 2.3)
            phone_number: 用户电话号码（钉钉用户以电话注册） (since 2.3)
            remark: 备注 (since 5.0.0)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuid: 标签UUID列表 (since 5.0.0)
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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSFeiShuAtPersonResult:
        """添加飞书@用户 (AddSNSFeiShuAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 飞书Endpoint UUID (since 5.0.0)
            remark: 备注 (since 5.0.0)
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            user_id: 飞书userId (since 5.0.0)
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
            description: 短信接收者描述 (since 3.7.0)
            endpoint_uuid: 短信接收端Uuid (since 3.7.0)
            phone_number: 短信接收号码 (since 3.7.0)
            phone_number_list: 短信接收号码列表 (since 5.1.8)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            type: 短信接收端类型 (since 5.1.8)
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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSWeComAtPersonResult:
        """添加企业微信用户 (AddSNSWeComAtPerson).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 企业微信Endpoint UUID (since 5.0.0)
            remark: 备注 (since 5.0.0)
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            user_id: 企业微信用户id (since 5.0.0)
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
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_alarm_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enabled", "disabled"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddActionToAlarmResult:
        """更改报警器状态 (ChangeAlarmState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3)
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
    ) -> EmptyResult:
        """修改事件报警器状态 (ChangeEventSubscriptionState).

        Since ZStack 4.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.0)
            state: 事件报警器状态 (since 4.7.0)
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
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSNSApplicationEndpointStateResult:
        """更改接收端 (ChangeSNSApplicationEndpointState).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            state_event: 状态事件 (since 2.3)
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
            state_event: 状态事件 (since 2.3)
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
            state_event: 状态事件 (since 2.3)
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

    async def create_alarm(
        self,
        *,
        comparison_operator: Literal[
            "GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"
        ],
        enable_recovery: bool,
        metric_name: str,
        name: str,
        namespace: str,
        threshold: float,
        actions: Sequence[Any] | None = None,
        description: str | None = None,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        labels: Sequence[Any] | None = None,
        period: int | None = None,
        repeat_count: int | None = None,
        repeat_interval: int | None = None,
        resource_uuid: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddActionToAlarmResult:
        """创建报警器 (CreateAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            actions: 报警动作列表 (since 2.3)
            comparison_operator: 阈值比较符 (since 2.3)
            description: 资源的详细描述 (since 2.3)
            emergency_level: 报警等级 (since 3.8.0)
            enable_recovery: 开启恢复通知 (since 3.4.0)
            labels: 标签列表 (since 2.3)
            metric_name: 监控项名 (since 2.3)
            name: 资源名称 (since 2.3)
            namespace: 名字空间 (since 2.3)
            period: 阈值持续时间 (since 2.3)
            repeat_count: 报警重复次数 (since 3.3.0)
            repeat_interval: 报警重复时间 (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            threshold: 阈值 (since 2.3)
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
        recovery_template: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
            description: 模板的详细描述 (since 3.7.0)
            event_template: 事件报警器模板文本 (since 3.7.0)
            event_template_code: 事件报警器模板Code (since 3.7.0)
            name: 模板名称 (since 3.7.0)
            recovery_template: 恢复模板文本 (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            sign: 短信签名名称 (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            template: 资源报警器模板文本 (since 3.7.0)
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
                "recoveryTemplate": recovery_template,
                "resourceUuid": resource_uuid,
                "sign": sign,
                "tagUuids": tag_uuids,
                "template": template,
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
            description: 接收端的详细描述 (since 3.7.0)
            name: 接收端名称 (since 3.7.0)
            platform_uuid: platformUuid (since 3.7.0)
            receivers: 短信接收者 (since 3.7.0)
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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSDingTalkEndpointResult:
        """创建钉钉接收端 (CreateSNSDingTalkEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            at_all: 是否消息@所有人 (since 2.3)
            at_person_list: @用户信息 (since 5.0.0)
            at_person_phone_numbers: 要@用户的电话号码 (since 2.3)
            description: 资源的详细描述 (since 2.3)
            name: 资源名称 (since 2.3)
            platform_uuid: 通知平台uuid (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            secret: 钉钉密钥 (since 5.0.0)
            tag_uuid: 标签UUID列表 (since 5.0.0)
            url: 钉钉机器人URL (since 2.3)
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
            description: 资源的详细描述 (since 5.0.0)
            email: email地址 (since 5.0.0)
            emails: emails (since 3.7.0)
            name: 资源名称 (since 5.0.0)
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
        username: str,
        description: str | None = None,
        encrypt_type: Literal["SSL", "STARTTLS", "NONE"] | None = None,
        password: str | None = None,
        resource_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSEmailPlatformResult:
        """创建邮件服务器 (CreateSNSEmailPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3)
            encrypt_type: encryptType (since 2.3)
            name: 资源名称 (since 2.3)
            password: 密码 (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            smtp_port: SMTP端口 (since 2.3)
            smtp_server: SMTP服务器地址 (since 2.3)
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
            at_person_user_ids: @用户id (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            platform_uuid: 通知平台uuid (since 5.0.0)
            resource_uuid: 资源UUID (since 5.0.0)
            secret: 飞书秘钥 (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            url: 飞书机器人 webhook url (since 5.0.0)
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
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """创建Webhook接收端 (CreateSNSHttpEndpoint).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3)
            name: 资源名称 (since 2.3)
            password: 密码 (since 2.3)
            platform_uuid: platformUuid (since 0.6)
            resource_uuid: resourceUuid (since 2.3)
            url: HTTP URL (since 2.3)
            username: 用户名 (since 2.3)
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
            description: 资源的详细描述 (since 3.10.0)
            name: 资源名称 (since 3.10.0)
            platform_uuid: platformUuid (since 3.10.0)
            resource_uuid: 资源UUID (since 3.10.0)
            tag_uuids: 标签UUID列表 (since 3.10.0)
            url: 连接器的url (since 3.10.0)
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
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
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
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            resource_uuid: 资源UUID (since 5.0.0)
            snmp_address: SNMP服务器地址 (since 5.0.0)
            snmp_port: SNMP端口 (since 5.0.0)
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
        recovery_subject: str,
        recovery_template: str,
        template: str,
        default_template: bool | None = None,
        description: str | None = None,
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
            description: 资源的详细描述 (since 2.3)
            name: 资源名称 (since 2.3)
            recovery_subject: 恢复主题 (since 5.1.8)
            recovery_template: 恢复报警模板文本 (since 3.4.0)
            resource_uuid: resourceUuid (since 2.3)
            subject: 主题 (since 5.1.8)
            tag_uuids: 标签UUID列表 (since 5.1.8)
            template: 报警消息模板文本 (since 2.3)
            type: type (since 5.1.8)
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
    ) -> ChangeSNSTopicStateResult:
        """创建主题 (CreateSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3)
            locale: 国际化语言 (since 5.0.0)
            name: 资源名称 (since 2.3)
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
            description: 资源的详细描述 (since 5.1.8)
            name: 资源名称 (since 5.1.8)
            platform_uuid: platformUuid (since 5.1.8)
            resource_uuid: 资源UUID (since 5.1.8)
            sms_access_key_id: smsAccessKeyId (since 5.1.8)
            sms_access_key_secret: smsAccessKeySecret (since 5.1.8)
            supplier: supplier (since 5.1.8)
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
        at_person_list: Mapping[str, Any],
        at_person_user_ids: Sequence[Any],
        name: str,
        url: str,
        at_all: bool | None = None,
        description: str | None = None,
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
            at_person_list: @用户信息 (推荐使用) (since 5.0.0)
            at_person_user_ids: @用户 (user_id) (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            resource_uuid: 资源UUID (since 5.0.0)
            tag_uuids: 标签UUID列表 (since 5.0.0)
            url: 企业微信聊天机器人webhook url (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNS_WE_COM_ENDPOINT,
            {
                "atALL": at_all,
                "atPersonList": at_person_list,
                "atPersonUserIds": at_person_user_ids,
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

    async def delete_alarm(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
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
    ) -> EmptyResult:
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

    async def delete_sns_application_endpoint(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
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
    ) -> EmptyResult:
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
    ) -> EmptyResult:
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
    ) -> EmptyResult:
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
        job_uuid: str | None = None,
    ) -> GetAlarmDataResult:
        """获取资源报警器历史 (GetAlarmData).

        Since ZStack 2.3. Synchronous.

        Args:
            start_time: 起始时间 (since 2.3)
            end_time: 结束时间 (since 2.3)
            limit: 返回记录条数数量 (since 2.3)
            conditions: 条件列表，用于过滤结果 (since 2.3)
            count: 是否查询消息数量 (since 3.3.0)
            exclude_other_account: 是否排除非当前账号的消息（只对SystemAdmin生效） (since 3.3.0)
            endpoint_uuid: 接收端Uuid (since 3.10.0)
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

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 2.3. Synchronous.

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
        job_uuid: str | None = None,
    ) -> GetAuditDataResult:
        """获取审计数据 (GetAuditData).

        Since ZStack 2.3. Synchronous.

        Args:
            start_time: 起始时间 (since 2.3)
            end_time: 结束时间 (since 2.3)
            limit: 最大返回条数 (since 2.3)
            labels: 过滤标签列表 (since 2.3)
            audit_type: 审计类型，默认为Resource (since 3.5.0)
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

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

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
        job_uuid: str | None = None,
    ) -> GetEventDataResult:
        """获取事件 (GetEventData).

        Since ZStack 2.3. Synchronous.

        Args:
            start_time: 起始时间 (since 2.3)
            end_time: 结束时间 (since 2.3)
            limit: 最大返回条数 (since 2.3)
            offset_ahead_of_current_time: 早于当前时间的毫秒数，例如：查询最近一小时的消息，则传入3600000 (since 3.3.0)
            conditions: 查询条件 (since 3.3.0)
            count: 是否查询事件数量 (since 3.3.0)
            endpoint_uuid: 接收端Uuid (since 3.10.0)
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

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

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

        Since ZStack 3.9.0. Synchronous.

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
    ) -> GetManagementNodeArchResult:
        """获取管理节点操作系统信息 (GetManagementNodeOS).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

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
        job_uuid: str | None = None,
    ) -> GetMetricDataResult:
        """获取metric数据 (GetMetricData).

        Since ZStack 2.3. Synchronous.

        Args:
            namespace: 名字空间 (since 2.3)
            metric_name: 监控项 (since 2.3)
            start_time: 起始时间 (since 2.3)
            end_time: 结束时间 (since 2.3)
            period: 数据精度 (since 2.3)
            labels: 过滤标签 (since 2.3)
            functions: 函数列表 (since 2.3)
            offset_ahead_of_current_time: offsetAheadOfCurrentTime (since 2.3)
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

        Since ZStack 2.3. Synchronous.

        Args:
            namespace: 名字空间名称 (since 2.3)
            metric_name: 监控指标名称 (since 2.3)
            label_names: 要获取值得标签名列表 (since 2.3)
            filter_labels: 标签过滤器列表，例如可以指定标签HostUuid=e47f7145f4cd4fca8e2856038ecdf3e1来选择特定物理机的，labelNames中指定标签的值 (since 2.3)
            start_time: 起始时间 (since 3.9.0)
            end_time: 结束时间 (since 3.9.0)
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

        Since ZStack 4.1.0. Synchronous.

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

    async def get_version(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVersionResult:
        """获取当前版本 (GetVersion).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

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
        interval_hours: str,
        group_columns: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetZWatchAlertHistogramResult:
        """统计报警消息数量 (GetZWatchAlertHistogram).

        Since ZStack 4.1.0. Synchronous.

        Args:
            table_name: 消息类型 (since 4.1.0)
            start_time: 起始时间 (since 4.1.0)
            end_time: 结束时间 (since 4.1.0)
            interval_hours: 间隔小时 (since 4.1.0)
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
    ) -> DeleteVmConsolePasswordResult:
        """检查管理节点是否能正常开始工作 (IsReadyToGo).

        Since ZStack 0.6. Synchronous.

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
    ) -> EmptyResult:
        """存入自定义metric数据 (PutMetricData).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data: 数据 (since 2.3)
            namespace: 自定义名字空间名称 (since 2.3)
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

        Since ZStack 2.3. Synchronous.

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

        Since ZStack 4.1.0. Synchronous.

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
    ) -> EmptyResult:
        """查询SNS监控阿里云短信模板 (QueryAliyunSmsSNSTextTemplate).

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 4.1.0. Synchronous.

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
    ) -> AsyncIterator[EventRecordInventory]:
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

        Since ZStack 2.3.1. Synchronous.

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

        Since ZStack 0.6. Synchronous.

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
    ) -> EmptyResult:
        """查询接收端 (QuerySNSApplicationEndpoint).

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 2.3. Synchronous.

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
    ) -> AsyncIterator[SNSApplicationPlatformInventory]:
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
    ) -> CreateSNSSnmpPlatformResult:
        """查询钉钉@用户 (QuerySNSDingTalkAtPerson).

        Since ZStack 5.0.0. Synchronous.

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
    ) -> EmptyResult:
        """查询钉钉终端 (QuerySNSDingTalkEndpoint).

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 3.7.0. Synchronous.

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
    ) -> EmptyResult:
        """查询邮件接收端 (QuerySNSEmailEndpoint).

        Since ZStack 0.6. Synchronous.

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
    ) -> EmptyResult:
        """查询邮件服务器 (QuerySNSEmailPlatform).

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 5.0.0. Synchronous.

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
    ) -> AsyncIterator[SNSFeiShuAtPersonInventory]:
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
    ) -> EmptyResult:
        """查询Webhook接收端 (QuerySNSHttpEndpoint).

        Since ZStack 0.6. Synchronous.

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
    ) -> EmptyResult:
        """查询微软Teams接收端 (QuerySNSMicrosoftTeamsEndpoint).

        Since ZStack 0.6. Synchronous.

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
    ) -> EmptyResult:
        """查询短信接收端 (QuerySNSSmsEndpoint).

        Since ZStack 0.6. Synchronous.

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
    ) -> EmptyResult:
        """查询Snmp应用平台 (QuerySNSSnmpPlatform).

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 2.3. Synchronous.

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

        Since ZStack 2.3. Synchronous.

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
    ) -> AsyncIterator[SNSTopicInventory]:
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

        Since ZStack 2.3.1. Synchronous.

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
    ) -> AsyncIterator[SNSTopicSubscriberInventory]:
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
    ) -> EmptyResult:
        """查询通用短信接收端 (QuerySNSUniversalSmsEndpoint).

        Since ZStack 0.6. Synchronous.

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

        Since ZStack 5.0.0. Synchronous.

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
    ) -> AsyncIterator[SNSWeComAtPersonInventory]:
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

    async def remove_action_from_alarm(
        self,
        *,
        alarm_uuid: str,
        action_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddActionToAlarmResult:
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

    async def remove_label_from_alarm(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
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

    async def remove_sns_ding_talk_at_person(
        self,
        *,
        endpoint_uuid: str,
        phone_number: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
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
    ) -> EmptyResult:
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
        delete_mode: Literal["Permissive", "Enforcing"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除短信接收者 (RemoveSNSSmsReceiver).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            endpoint_uuid: 短信接收端Uuid (since 3.7.0)
            phone_number: 短信接收号码 (since 3.7.0)
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
    ) -> EmptyResult:
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
            url: webhook url (since 5.0.0)
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
            subject: 主题 (since 5.1.8)
            text: 内容 (since 5.1.8)
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
            url: webhook url (since 5.0.0)
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
            url: webhook url (since 5.1.8)
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
            url: webhook url (since 5.0.0)
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
    ) -> EmptyResult:
        """订阅事件 (SubscribeEvent).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            actions: 事件动作 (since 2.3)
            emergency_level: 报警等级 (since 3.8.0)
            event_name: 事件名 (since 2.3)
            labels: 事件标签 (since 2.3)
            name: 资源名称 (since 3.0.0)
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
    ) -> EmptyResult:
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
    ) -> EmptyResult:
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
    ) -> EmptyResult:
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
            alarm_name: 模板名称 (since 4.7.0)
            comparison_operator: 阈值比较符 (since 4.7.0)
            emergency_level: 报警等级 (since 4.7.0)
            labels: labels (since 4.7.0)
            period: 阈值持续时间 (since 4.7.0)
            repeat_count: 报警重复次数 (since 4.7.0)
            repeat_interval: 报警重复时间 (since 4.7.0)
            threshold: 阈值 (since 4.7.0)
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
    ) -> AddActionToAlarmResult:
        """修改报警器 (UpdateAlarm).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            comparison_operator: 阈值比较符 (since 2.3)
            description: 资源的详细描述 (since 2.3)
            emergency_level: 报警等级 (since 3.8.0)
            enable_recovery: enableRecovery (since 3.4.0)
            name: 资源名称 (since 2.3)
            period: 阈值持续时间 (since 2.3)
            repeat_count: 报警重复次数 (since 3.3.0)
            repeat_interval: 报警重复时间 (since 2.3)
            threshold: 阈值 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALARM,
            {
                "uuid": uuid,
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
    ) -> EmptyResult:
        """更新报警器历史消息 (UpdateAlarmData).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_end_time: 选择目标消息的结束时间，updateMode需要传入InRange (since 3.3.0)
            data_start_time: 选择目标消息的起始时间，updateMode需要传入InRange (since 3.3.0)
            data_uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            read_status: 更新消息已读状态 (since 3.3.0)
            update_mode: 选择更新目标消息的范围，OnlyOne表示只更新指定的消息，InRange表示更新某个时间范围产生的消息， All表示更新所有消息 (since 3.3.0)
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
            key: 标签键 (since 3.3)
            operator: 标签操作符 (since 3.3)
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
        recovery_template: str | None = None,
        sign: str | None = None,
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
            description: 模板的详细描述 (since 3.7.0)
            event_template: 事件报警器模板文本 (since 3.7.0)
            event_template_code: 事件报警器模板Code (since 3.7.0)
            name: 模板名称 (since 3.7.0)
            recovery_template: 恢复模板文本 (since 3.7.0)
            sign: 短信签名名称 (since 3.7.0)
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
                "recoveryTemplate": recovery_template,
                "sign": sign,
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
        remark: str,
        phone_number: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAtPersonOfAtDingTalkEndpointResult:
        """更新钉钉@用户 (UpdateAtPersonOfAtDingTalkEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 钉钉endpoint uuid (since 5.0.0)
            phone_number: 手机号码 (since 5.0.0)
            remark: 备注 (since 5.0.0)
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
        remark: str,
        user_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSNSFeiShuAtPersonResult:
        """更新飞书@用户 (UpdateAtPersonOfAtFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 飞书endpoint uuid (since 5.0.0)
            remark: 备注 (since 5.0.0)
            user_id: 飞书用户id (since 5.0.0)
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
    ) -> AddSNSWeComAtPersonResult:
        """更新企业微信@用户 (UpdateAtPersonOfAtWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            endpoint_uuid: 企业微信endpoint uuid (since 5.0.0)
            remark: 备注 (since 5.0.0)
            user_id: 企业微信用户id (since 5.0.0)
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
    ) -> AddEmailAddressToSNSEmailEndpointResult:
        """更新接收端邮箱地址 (UpdateEmailAddressOfSNSEmailEndpoint).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            email_address: 新邮箱地址 (since 5.0.0)
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
    ) -> EmptyResult:
        """更新事件消息 (UpdateEventData).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_end_time: 选择目标消息的结束时间，updateMode需要传入InRange (since 3.3.0)
            data_start_time: 选择目标消息的起始时间，updateMode需要传入InRange (since 3.3.0)
            data_uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            read_status: 更新消息已读状态 (since 3.3.0)
            update_mode: 选择更新目标消息的范围，OnlyOne表示只更新指定的消息，InRange表示更新某个时间范围产生的消息， All表示更新所有消息 (since 3.3.0)
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
            key: 标签的新名 (since 3.9.0)
            operator: 标签的新操作符 (since 3.9.0)
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

    async def update_sns_application_endpoint(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSEmailEndpointResult:
        """更新接收端 (UpdateSNSApplicationEndpoint).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3)
            name: 资源名称 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_APPLICATION_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
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
    ) -> ChangeSNSApplicationPlatformStateResult:
        """更新SNS应用平台 (UpdateSNSApplicationPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3)
            name: 资源名称 (since 2.3)
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
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpEndpointResult:
        """更新钉钉终端 (UpdateSNSDingTalkEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            secret: 秘钥 (since 5.0.0)
            url: webhook url (since 5.0.0)
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
        secret: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpEndpointResult:
        """更新飞书终端 (UpdateSNSFeiShuEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            secret: 秘钥 (since 5.0.0)
            url: webhook url (since 5.0.0)
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
        url: str | None = None,
        username: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpEndpointResult:
        """更新Webhook终端 (UpdateSNSHttpEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            password: password (since 5.0.0)
            url: webhook url (since 5.0.0)
            username: username (since 5.0.0)
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
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpEndpointResult:
        """更新微软Teams终端 (UpdateSNSMicrosoftTeamsEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            url: webhook url (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNS_MICROSOFT_TEAMS_ENDPOINT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
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
    ) -> CreateSNSSnmpPlatformResult:
        """更新Snmp应用平台 (UpdateSNSSnmpPlatform).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            snmp_address: SNMP服务器地址 (since 5.0.0)
            snmp_port: SNMP端口 (since 5.0.0)
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
        recovery_template: str | None = None,
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
            description: 资源的详细描述 (since 2.3)
            name: 资源名称 (since 2.3)
            recovery_template: 恢复报警消息模板文本 (since 3.4.0)
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
                "recoveryTemplate": recovery_template,
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
    ) -> ChangeSNSTopicStateResult:
        """更新主题 (UpdateSNSTopic).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            description: 资源的详细描述 (since 2.3)
            locale: 国际化语言 (since 5.0.0)
            name: 资源名称 (since 2.3)
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
    ) -> CreateSNSUniversalSmsEndpointResult:
        """更新通用短信接收端 (UpdateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.8)
            description: 资源的详细描述 (since 5.1.8)
            name: 资源名称 (since 5.1.8)
            platform_uuid: 平台uuid (since 5.1.8)
            sms_access_key_id: 访问密钥ID (since 5.1.8)
            sms_access_key_secret: 访问密钥密码 (since 5.1.8)
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
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSNSSnmpEndpointResult:
        """更新企业微信终端 (UpdateSNSWeComEndpoint).

        Since ZStack 5.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.0.0)
            at_all: @所有人 (since 5.0.0)
            description: 资源的详细描述 (since 5.0.0)
            name: 资源名称 (since 5.0.0)
            url: webhook url (since 5.0.0)
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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSubscribeEventResult:
        """修改事件报警器 (UpdateSubscribeEvent).

        Since ZStack 3.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 事件报警器UUID (since 3.8.0)
            emergency_level: 报警等级 (since 3.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SUBSCRIBE_EVENT,
            {
                "uuid": uuid,
                "emergencyLevel": emergency_level,
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
    ) -> EmptyResult:
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
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """测试邮件服务器 (ValidateSNSEmailPlatform).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_SNS_EMAIL_PLATFORM,
            {
                "uuid": uuid,
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
    ) -> EmptyResult:
        """验证通用短信接收端 (ValidateSNSUniversalSmsEndpoint).

        Since ZStack 5.1.8. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.8)
            phone_numbers: phoneNumbers (since 5.1.8)
            test_msg: testMsg (since 5.1.8)
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
