"""ZStack Cloud API: a typed Python client for ZStack Cloud's REST API (generated; do not edit).

from zstack_sdk import ZStackClient

with ZStackClient("http://127.0.0.1:8080") as client:
    client.login(account_name="admin", password="password")
    vms = client.query_vm_instance(conditions=["state=Running"], limit=50)
"""

from ._client import AsyncZStackClient, ZStackClient
from ._errors import (
    ZStackApiError,
    ZStackAuthenticationError,
    ZStackConnectionError,
    ZStackError,
    ZStackJobExpiredError,
    ZStackPollTimeoutError,
    ZStackProtocolError,
    ZStackValidationError,
    ZStackVersionError,
)
from ._meta import API_COUNT, DOC_VERSION, SPEC_SHA256, TARGET_VERSION, __version__

__all__ = [
    "API_COUNT",
    "DOC_VERSION",
    "SPEC_SHA256",
    "TARGET_VERSION",
    "AsyncZStackClient",
    "ZStackApiError",
    "ZStackAuthenticationError",
    "ZStackClient",
    "ZStackConnectionError",
    "ZStackError",
    "ZStackJobExpiredError",
    "ZStackPollTimeoutError",
    "ZStackProtocolError",
    "ZStackValidationError",
    "ZStackVersionError",
    "__version__",
]
