"""Reading answers: bounded bodies, JSON that may be hostile, ZStack errors by class,
and results into models. Every failure here is a ``ZStackError``."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Iterable, Mapping
from typing import Any, TypeVar

from ._api import Api
from ._errors import (
    ZStackApiError,
    ZStackAuthenticationError,
    ZStackJobExpiredError,
    ZStackPermissionDeniedError,
    ZStackProtocolError,
    ZStackResponseTooLargeError,
    ZStackSessionExpiredError,
    excerpt,
)
from ._polling import rewrite_location

T = TypeVar("T")

DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024

# ZStack's IdentityErrors: ID.1000 AUTHENTICATION_ERROR, ID.1001 INVALID_SESSION,
# ID.1002 PERMISSION_DENIED, ID.1005 NEED_CHANGE_PASSWORD, ID.1006
# MAX_CONCURRENT_SESSION_EXCEEDED, ID.1007 ACCOUNT_DISABLED, ID.2xxx additional
# authentication (two-factor) failures.
SESSION_CODES = frozenset({"ID.1001"})
PERMISSION_CODES = frozenset({"ID.1002"})
AUTHENTICATION_CODES = frozenset(
    {"ID.1000", "ID.1005", "ID.1006", "ID.1007", "ID.2000", "ID.2001", "ID.2002", "ID.2003"}
)


class Reply:
    """A whole answer: status, content type and the (size-capped) body."""

    __slots__ = ("content", "content_type", "status")

    def __init__(self, status: int, content_type: str, content: bytes) -> None:
        self.status = status
        self.content_type = content_type
        self.content = content


class DeadlinePassed(Exception):
    """Internal: the call's deadline passed while an answer was being read."""


class _Collector:
    """Accumulates body chunks up to a cap and a deadline."""

    def __init__(self, headers: Mapping[str, str], cap: int, deadline: float | None) -> None:
        self.cap = cap
        self.deadline = deadline
        self.chunks: list[bytes] = []
        self.size = 0
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > cap:
            raise self.too_large(int(declared))

    def too_large(self, size: int) -> ZStackResponseTooLargeError:
        return ZStackResponseTooLargeError(
            f"the answer is larger than max_response_bytes={self.cap} ({size} bytes or more); "
            "it was not read"
        )

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.cap:
            raise self.too_large(self.size)
        self.chunks.append(chunk)
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise DeadlinePassed()

    def content(self) -> bytes:
        return b"".join(self.chunks)


def read_capped(
    chunks: Iterable[bytes], headers: Mapping[str, str], cap: int, deadline: float | None
) -> bytes:
    collector = _Collector(headers, cap, deadline)
    for chunk in chunks:
        collector.add(chunk)
    return collector.content()


async def aread_capped(
    chunks: AsyncIterator[bytes], headers: Mapping[str, str], cap: int, deadline: float | None
) -> bytes:
    collector = _Collector(headers, cap, deadline)
    async for chunk in chunks:
        collector.add(chunk)
    return collector.content()


def loads(content: bytes) -> Any:
    """JSON, or ``ValueError`` for anything else, a nesting deeper than the parser's
    stack included (``json`` raises RecursionError there)."""
    try:
        return json.loads(content)
    except RecursionError as exc:
        raise ValueError("JSON nested too deeply") from exc


def _decode(reply: Reply) -> Any:
    if not reply.content:
        return None
    try:
        return loads(reply.content)
    except ValueError:
        return reply.content.decode("utf-8", errors="replace")


def error_class(status: int, code: str | None) -> type[ZStackApiError]:
    if code in SESSION_CODES:
        return ZStackSessionExpiredError
    if code in AUTHENTICATION_CODES:
        return ZStackAuthenticationError
    if code in PERMISSION_CODES:
        return ZStackPermissionDeniedError
    if status == 401:
        return ZStackSessionExpiredError
    return ZStackApiError


def api_error(
    reply: Reply, api: str, job_uuid: str | None = None, secrets: Iterable[str] = ()
) -> ZStackApiError:
    """The error an unsuccessful answer stands for (JSON ``error`` or a plain-text body)."""
    body = _decode(reply)
    error = body.get("error", body) if isinstance(body, dict) else body
    status = reply.status
    if status == 404 and job_uuid is not None:
        cls: type[ZStackApiError] = ZStackJobExpiredError
    else:
        code = error.get("code") if isinstance(error, dict) else None
        cls = error_class(status, code if isinstance(code, str) else None)
    err = cls.from_error(status, error, api=api, job_uuid=job_uuid, secrets=secrets)
    if cls is ZStackJobExpiredError and not err.details:
        err.details = "the job has expired or is unknown"
    return err


def protocol_error(reply: Reply, api: str, problem: str) -> ZStackProtocolError:
    shown = excerpt(reply.content)
    return ZStackProtocolError(
        f"{api}: HTTP {reply.status} {problem}: {shown!r}", status=reply.status, excerpt=shown
    )


def accepted_location(reply: Reply, api: str, base_url: str) -> str:
    try:
        body = loads(reply.content) if reply.content else None
    except ValueError:
        body = None
    location = body.get("location") if isinstance(body, dict) else None
    if not isinstance(location, str) or not location:
        raise protocol_error(reply, api, "without a job location")
    return rewrite_location(location, base_url)


def session_of(reply: Reply, api: str) -> str:
    """The session id a login API answered (``inventory.uuid``)."""
    try:
        body = loads(reply.content)
        session = body["inventory"]["uuid"]
    except (ValueError, KeyError, TypeError):
        raise protocol_error(reply, api, "is not a session") from None
    if not isinstance(session, str) or not session:
        raise protocol_error(reply, api, "is not a session")
    return session


def parse_result(api: Api[T], reply: Reply) -> T:
    """The result: its model, or the decoded JSON object; anything else (HTML on a
    200, a list, a field of the wrong type) is a ``ZStackProtocolError``."""
    content = reply.content or b"{}"
    model = api.result_model()
    try:
        if model is None:
            result = loads(content)
            if not isinstance(result, dict):
                raise ValueError("not a JSON object")
            return result  # type: ignore[return-value]
        parsed: T = model.model_validate_json(content)
        return parsed
    except RecursionError:
        raise protocol_error(reply, api.name, "nested too deeply") from None
    except ValueError as exc:  # json's and pydantic's errors both derive from it
        problem = "is not JSON" if _not_json(content) else "does not fit the result model"
        raise protocol_error(reply, api.name, problem) from exc


def _not_json(content: bytes) -> bool:
    try:
        loads(content)
    except ValueError:
        return True
    return False
