"""ZStack Cloud API: a typed Python client for ZStack Cloud's REST API (generated; do not edit).

    from zstack_sdk import ZStackClient

    with ZStackClient("http://127.0.0.1:8080") as client:
        client.login(account_name="admin", password="password")
        vms = client.vm_instances.query_vm_instance(conditions=["state=Running"], limit=50)

See README.md for the guide; ``zstack_sdk.catalog`` lists every API as data.
"""

from typing import TYPE_CHECKING, Any

from ._meta import API_COUNT, DOC_VERSION, SERVER_VERSION, SPEC_SHA256, TARGET_VERSION, __version__

if TYPE_CHECKING:
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

# Loaded on first use, so importing the package (the `zstack` command lives in it)
# imports neither httpx nor pydantic; importing ZStackClient does.
_LAZY = {
    "AsyncZStackClient": "._client",
    "ZStackClient": "._client",
    "ZStackApiError": "._errors",
    "ZStackAuthenticationError": "._errors",
    "ZStackConfigurationError": "._errors",
    "ZStackConnectionError": "._errors",
    "ZStackError": "._errors",
    "ZStackJobExpiredError": "._errors",
    "ZStackPermissionDeniedError": "._errors",
    "ZStackPollTimeoutError": "._errors",
    "ZStackProtocolError": "._errors",
    "ZStackResponseTooLargeError": "._errors",
    "ZStackSessionExpiredError": "._errors",
    "ZStackValidationError": "._errors",
    "ZStackVersionError": "._errors",
}

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


def __getattr__(name: str) -> Any:
    """The clients and errors, ``zstack_sdk.catalog`` and ``zstack_sdk.models``,
    imported on first use."""
    import importlib

    if name in ("catalog", "models"):
        return importlib.import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
