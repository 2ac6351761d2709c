"""ZStack Cloud API: a typed Python client for ZStack Cloud's REST API (generated; do not edit).

from zstack_sdk import ZStackClient

with ZStackClient("http://127.0.0.1:8080") as client:
    client.login(account_name="admin", password="password")
    vms = client.query_vm_instance(conditions=["state=Running"], limit=50)
"""

from typing import TYPE_CHECKING, Any

from ._meta import API_COUNT, DOC_VERSION, SPEC_SHA256, TARGET_VERSION, __version__

if TYPE_CHECKING:
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

# Loaded on first use: importing the package (and the `zstack` command, which lives in
# it) must not import every API module; importing ZStackClient does.
_LAZY = {
    "AsyncZStackClient": "._client",
    "ZStackClient": "._client",
    "ZStackApiError": "._errors",
    "ZStackAuthenticationError": "._errors",
    "ZStackConnectionError": "._errors",
    "ZStackError": "._errors",
    "ZStackJobExpiredError": "._errors",
    "ZStackPollTimeoutError": "._errors",
    "ZStackProtocolError": "._errors",
    "ZStackValidationError": "._errors",
    "ZStackVersionError": "._errors",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


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


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
