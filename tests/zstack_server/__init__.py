"""A faithful local ZStack REST server for tests (standard library only).

    from tests.zstack_server import start_server

    with start_server(polls_before_done=1) as server:
        httpx.put(server.url("/accounts/login"), json=...)
        server.state.requests  # everything the client sent

See ``server.py`` for the routes and ``state.ServerOptions`` for the options.
"""

from .server import RunningServer, access_key_signature, java_double, start_server
from .state import (
    ApiError,
    Job,
    RecordedRequest,
    ServerOptions,
    ServerState,
    deterministic_uuid,
    format_zstack_date,
    sha512_hex,
)

__all__ = [
    "ApiError",
    "Job",
    "RecordedRequest",
    "RunningServer",
    "ServerOptions",
    "ServerState",
    "access_key_signature",
    "deterministic_uuid",
    "format_zstack_date",
    "java_double",
    "sha512_hex",
    "start_server",
]
