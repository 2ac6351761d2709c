"""ZStack Cloud API: a typed Python client for ZStack Cloud's REST API (generated; do not edit).

    from zstack_sdk import ZStackClient

    with ZStackClient("http://127.0.0.1:8080") as client:
        client.login(account_name="admin", password="password")
        vms = client.vm_instances.query_vm_instance(conditions=["state=Running"], limit=50)

See README.md for the guide; ``zstack_sdk.catalog`` lists every API as data.
"""

from ._client import AsyncZStackClient, ZStackClient
from ._errors import (
    ZStackApiError,
    ZStackAuthenticationError,
    ZStackConfigurationError,
    ZStackConnectionError,
    ZStackError,
    ZStackJobExpiredError,
    ZStackPermissionDeniedError,
    ZStackPollTimeoutError,
    ZStackProtocolError,
    ZStackResponseTooLargeError,
    ZStackSessionExpiredError,
    ZStackValidationError,
    ZStackVersionError,
)
from ._meta import API_COUNT, DOC_VERSION, SERVER_VERSION, SPEC_SHA256, TARGET_VERSION, __version__

__all__ = [
    "API_COUNT",
    "DOC_VERSION",
    "SERVER_VERSION",
    "SPEC_SHA256",
    "TARGET_VERSION",
    "AsyncZStackClient",
    "ZStackApiError",
    "ZStackAuthenticationError",
    "ZStackClient",
    "ZStackConfigurationError",
    "ZStackConnectionError",
    "ZStackError",
    "ZStackJobExpiredError",
    "ZStackPermissionDeniedError",
    "ZStackPollTimeoutError",
    "ZStackProtocolError",
    "ZStackResponseTooLargeError",
    "ZStackSessionExpiredError",
    "ZStackValidationError",
    "ZStackVersionError",
    "__version__",
]


def __getattr__(name: str) -> object:
    """``zstack_sdk.catalog`` and ``zstack_sdk.models``, imported on first use."""
    if name in ("catalog", "models"):
        import importlib

        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
