"""What a call does, independent of how bytes move: validation, credentials, retries,
202 polling under a total deadline, session renewal, errors and logging.

Each call is a generator that yields ``Send`` and ``Sleep`` actions and receives the
outcome of each (a ``Reply`` or the transport's exception); the blocking and the
asyncio clients only carry the actions out (``_base_client``), so both behave
exactly alike."""

from __future__ import annotations

import json
import logging
import sys
import time
import uuid
from collections.abc import Generator, Mapping
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit

import httpx

from ._api import (
    BODY,
    PATH,
    Api,
    Prepared,
    QueryItems,
    add_query,
    hash_arguments,
    json_default,
    prepare,
)
from ._auth import Credentials
from ._checks import check_arguments
from ._errors import (
    SECRET_NAME,
    ZStackConfigurationError,
    ZStackConnectionError,
    ZStackPollTimeoutError,
    ZStackSessionExpiredError,
    ZStackValidationError,
    redact,
)
from ._polling import API_PREFIX, Backoff, api_path_of, job_uuid_of
from ._replies import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DeadlinePassed,
    Reply,
    accepted_location,
    api_error,
    loads,
    parse_result,
    protocol_error,
    session_of,
)
from ._versions import Version, check_call, parse_version

T = TypeVar("T")

log = logging.getLogger("zstack_sdk")

# What one call yields and is sent back (see the module docstring).
Outcome = Reply | Exception | None


class Send:
    """Send one HTTP request; ``deadline`` (monotonic seconds) bounds it as a whole."""

    __slots__ = ("body", "deadline", "headers", "method", "query", "url")

    def __init__(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        query: QueryItems | None,
        body: bytes | None,
        deadline: float | None,
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.query = query
        self.body = body
        self.deadline = deadline


class Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


Flow = Generator[Send | Sleep, Outcome, T]

LOGIN = Api[Any](
    "LogInByAccount",
    "PUT",
    "/accounts/login",
    body_key="logInByAccount",
    params=(("accountName", BODY, "0.6"), ("password", BODY, "0.6")),
    required=("accountName", "password"),
    auth=False,
    hashed=("password",),
    session=True,
)
LOGOUT = Api[Any](
    "LogOut",
    "DELETE",
    "/accounts/sessions/{sessionUuid}",
    params=(("sessionUuid", PATH, "0.6"),),
    required=("sessionUuid",),
    auth=False,
)
RAW_METHODS = ("GET", "POST", "PUT", "DELETE")


def retryable(exc: Exception, method: str) -> bool:
    """Safe to retry: the request never left (connect/pool failures), or it is a GET."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return True
    return method == "GET" and isinstance(exc, httpx.TransportError)


def normalise_base_url(base_url: str) -> str:
    """``scheme://host[:port][/prefix]`` without ``/zstack/v1`` (the runtime adds it)."""
    base = base_url.strip().rstrip("/")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ZStackConfigurationError(
            f"base_url {base_url!r}: give the scheme and host, e.g. 'http://10.0.0.1:8080' "
            "(http or https; the /zstack/v1 prefix is optional)"
        )
    if parts.query or parts.fragment:
        raise ZStackConfigurationError(f"base_url {base_url!r}: no query or fragment allowed")
    # Accept ".../zstack/v1" or ".../zstack" too: the runtime appends the prefix itself.
    for suffix in (API_PREFIX, "/zstack"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
    return base


def user_agent(sdk_version: str) -> str:
    return f"zstack-sdk/{sdk_version} python/{sys.version_info[0]}.{sys.version_info[1]}"


class _CallState:
    """Per call: a session is renewed at most once, however many requests it makes."""

    __slots__ = ("renewed",)

    def __init__(self) -> None:
        self.renewed = False


class ClientCore:
    """Configuration and call logic shared by the sync and async clients.

    ``timeout``: seconds per HTTP request; ``poll_timeout``: seconds an asynchronous
    call may wait for its job, in total (slow polls count); polls start
    ``poll_interval`` apart and back off to ``poll_max_interval``; ``max_retries``:
    retries of requests that are safe to repeat; ``server_version``: refuse APIs and
    parameters newer than that ZStack release; ``max_response_bytes``: the largest
    answer read (bigger ones raise ``ZStackResponseTooLargeError``, unread);
    ``auto_renew``: after logging in with credentials, renew an expired session
    once and retry the call."""

    # The generated client sets these from the package's metadata.
    sdk_version = "0"
    assumed_server_version: str | None = None

    def __init__(
        self,
        base_url: str,
        *,
        session_id: str | None = None,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        timeout: float = 30.0,
        poll_timeout: float = 600.0,
        poll_interval: float = 0.05,
        poll_max_interval: float = 2.0,
        max_retries: int = 2,
        server_version: str | None = None,
        headers: Mapping[str, str] | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        auto_renew: bool = True,
    ) -> None:
        self.base_url = normalise_base_url(base_url)
        try:
            self.credentials = Credentials(
                session_id=session_id,
                access_key_id=access_key_id,
                access_key_secret=access_key_secret,
            )
        except ValueError as exc:
            raise ZStackConfigurationError(str(exc)) from None
        if timeout <= 0 or poll_timeout < 0 or max_response_bytes <= 0 or max_retries < 0:
            raise ZStackConfigurationError(
                "timeout and max_response_bytes must be positive, poll_timeout and "
                "max_retries not negative"
            )
        self.timeout = float(timeout)
        self.poll_timeout = poll_timeout
        self.poll_interval = poll_interval
        self.poll_max_interval = poll_max_interval
        self.max_retries = max_retries
        self.max_response_bytes = max_response_bytes
        self.auto_renew = auto_renew
        self.server_version = server_version
        self._server_version: Version = parse_version(server_version)
        if server_version is not None and not self._server_version:
            raise ZStackConfigurationError(
                f"server_version {server_version!r} is not a release number"
            )
        self._headers = {"User-Agent": user_agent(self.sdk_version), **dict(headers or {})}
        # Values never to show in an error message or a log line.
        self._secrets: set[str] = {
            s for s in (session_id, access_key_secret) if s is not None and s != ""
        }
        # The login call (API, arguments as sent) that renews an expired session.
        self._relogin: tuple[Api[Any], dict[str, Any]] | None = None

    @property
    def session_id(self) -> str | None:
        return self.credentials.session_id

    # ------------------------------------------------------------------ calls

    def _call(self, api: Api[T], args: Mapping[str, Any], job_uuid: str | None) -> Flow[T]:
        check_call(
            api.name,
            api.since,
            api.param_since(),
            args,
            self._server_version,
            self.server_version or "",
        )
        if api.checks:
            check_arguments(api.name, api.checks, args)
        sent = hash_arguments(api, args)
        prepared = prepare(api, sent, self.base_url)
        job = None if api.method == "GET" else (job_uuid or uuid.uuid4().hex)
        log.debug("request %s %s%s (%s)", api.method, API_PREFIX, api.path, api.name)
        reply = yield from self._exchange(api.name, api.auth, prepared, job, _CallState())
        if api.session:
            self._adopt_session(session_of(reply, api.name), api, sent)
        return parse_result(api, reply)

    def _raw_call(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        json_body: Any,
        job_uuid: str | None,
    ) -> Flow[dict[str, Any]]:
        verb = method.upper()
        if verb not in RAW_METHODS:
            raise ZStackValidationError(
                "request", "method", "enum", RAW_METHODS, method, "is not one of the allowed values"
            )
        if path.startswith(API_PREFIX + "/"):
            path = path[len(API_PREFIX) :]
        segments = unquote(path).split("/")
        if (
            not path.startswith("/")
            or "://" in path
            or "#" in path
            or "?" in path
            or "." in segments
            or ".." in segments
        ):
            raise ZStackValidationError(
                "request",
                "path",
                "pattern",
                "/resource/...",
                path,
                "must be a path under /zstack/v1 (no scheme, host, query, fragment or dot segment)",
            )
        query: QueryItems = []
        for name, value in (params or {}).items():
            if value is not None:
                add_query(query, name, value)
        body = None
        if verb in ("POST", "PUT"):
            try:
                text = json.dumps(
                    {} if json_body is None else json_body, default=json_default, ensure_ascii=False
                )
            except (TypeError, ValueError) as exc:
                # The body may hold a password: the message names the problem, not values.
                raise ZStackValidationError(
                    "request", "json", "type", "JSON", None, f"cannot be sent as JSON ({exc})"
                ) from None
            body = text.encode()
        url = self.base_url + API_PREFIX + path
        prepared = Prepared(verb, url, unquote(path), query, body)
        name = f"{verb} {redact(path, self._secrets)}"
        job = None if verb == "GET" else (job_uuid or uuid.uuid4().hex)
        log.debug("request %s %s%s (raw)", verb, API_PREFIX, redact(path, self._secrets))
        reply = yield from self._exchange(name, True, prepared, job, _CallState())
        if not reply.content:
            return {}
        try:
            result = loads(reply.content)
        except ValueError:
            raise protocol_error(reply, name, "is not JSON") from None
        if not isinstance(result, dict):
            raise protocol_error(reply, name, "is not a JSON object")
        return result

    def _exchange(
        self, name: str, auth: bool, prepared: Prepared, job: str | None, state: _CallState
    ) -> Flow[Reply]:
        """Send, then follow a 202 to the job's end; the final 200 answer."""
        reply = yield from self._send_renewing(
            name,
            auth,
            prepared.method,
            prepared.url,
            prepared.api_path,
            prepared.query,
            prepared.body,
            job,
            None,
            state,
        )
        if reply.status == 200:
            return reply
        if reply.status != 202:
            raise api_error(reply, name, secrets=self._secrets)
        location = accepted_location(reply, name, self.base_url)
        return (yield from self._poll(name, location, state))

    def _poll(self, name: str, location: str, state: _CallState) -> Flow[Reply]:
        job = job_uuid_of(location)
        api_path = api_path_of(location, self.base_url)
        backoff = Backoff(self.poll_timeout, self.poll_interval, self.poll_max_interval)
        polls = 0
        while True:
            delay = backoff.next_delay()
            if delay is None:
                raise ZStackPollTimeoutError(name, job, location, backoff.elapsed())
            yield Sleep(delay)
            polls += 1
            log.debug("poll %s job %s (poll %d, %.2fs)", name, job, polls, backoff.elapsed())
            try:
                reply = yield from self._send_renewing(
                    name,
                    True,
                    "GET",
                    location,
                    api_path,
                    None,
                    None,
                    None,
                    backoff.deadline,
                    state,
                    job,
                )
            except DeadlinePassed:
                raise ZStackPollTimeoutError(name, job, location, backoff.elapsed()) from None
            if reply.status == 200:
                return reply
            if reply.status != 202:
                raise api_error(reply, name, job_uuid=job, secrets=self._secrets)

    def _send_renewing(
        self,
        name: str,
        auth: bool,
        method: str,
        url: str,
        api_path: str,
        query: QueryItems | None,
        body: bytes | None,
        job: str | None,
        deadline: float | None,
        state: _CallState,
        polled_job: str | None = None,
    ) -> Flow[Reply]:
        """``_send``; an expired session is renewed once per call and the request sent
        again (same X-Job-UUID: the refused request created no job)."""
        reply = yield from self._send(method, url, api_path, query, body, job, auth, deadline)
        if not auth or reply.status in (200, 202) or state.renewed or not self._may_renew():
            return reply
        err = api_error(reply, name, job_uuid=polled_job, secrets=self._secrets)
        if not isinstance(err, ZStackSessionExpiredError):
            return reply
        state.renewed = True
        yield from self._renew(name)
        log.debug("retry %s %s after renewing the session", method, self._route(url))
        return (yield from self._send(method, url, api_path, query, body, job, auth, deadline))

    def _send(
        self,
        method: str,
        url: str,
        api_path: str,
        query: QueryItems | None,
        body: bytes | None,
        job: str | None,
        auth: bool,
        deadline: float | None,
    ) -> Flow[Reply]:
        """One request, retried when that is safe (see ``retryable``)."""
        attempt = 0
        while True:
            headers = dict(self._headers)
            if auth:
                headers.update(self.credentials.headers(method, api_path))
            if job is not None:
                headers["X-Job-UUID"] = job
            if body is not None:
                headers["Content-Type"] = "application/json"
            outcome = yield Send(method, url, headers, query, body, deadline)
            if isinstance(outcome, Reply):
                return outcome
            if outcome is None:
                raise RuntimeError("a Send action must be answered")
            if isinstance(outcome, DeadlinePassed) or (
                deadline is not None and time.monotonic() >= deadline
            ):
                raise DeadlinePassed()
            if attempt >= self.max_retries or not retryable(outcome, method):
                message = f"{method} {url}: {outcome!r}"
                raise ZStackConnectionError(redact(message, self._secrets)) from outcome
            delay = 0.1 * 2**attempt
            if deadline is not None:
                delay = max(0.0, min(delay, deadline - time.monotonic()))
            attempt += 1
            log.debug(
                "retry %s %s after %s (retry %d of %d)",
                method,
                self._route(url),
                type(outcome).__name__,
                attempt,
                self.max_retries,
            )
            yield Sleep(delay)

    # --------------------------------------------------------------- sessions

    def _may_renew(self) -> bool:
        return self.auto_renew and self._relogin is not None

    def _renew(self, name: str) -> Flow[None]:
        assert self._relogin is not None
        api, sent = self._relogin
        log.debug("session expired during %s: renewing it with %s", name, api.name)
        prepared = prepare(api, sent, self.base_url)
        reply = yield from self._send(
            prepared.method,
            prepared.url,
            prepared.api_path,
            prepared.query,
            prepared.body,
            uuid.uuid4().hex,
            False,
            None,
        )
        if reply.status == 202:
            reply = yield from self._poll(
                api.name, accepted_location(reply, api.name, self.base_url), _CallState()
            )
        if reply.status != 200:
            raise api_error(reply, api.name, secrets=self._secrets)
        self._adopt_session(session_of(reply, api.name), api, sent)

    def _adopt_session(self, session: str, api: Api[Any], sent: Mapping[str, Any]) -> None:
        """Use ``session`` from now on; remember how it was obtained, to renew it."""
        previous = self.credentials.session_id
        self.credentials = Credentials(session_id=session)
        self._secrets.add(session)
        for wire, value in sent.items():
            if isinstance(value, str) and value and SECRET_NAME.search(wire):
                self._secrets.add(value)
        if not api.auth:
            self._relogin = (api, dict(sent))
        elif session != previous:
            # A login made within a session (LoginIAM2Project) cannot be repeated from
            # nothing; RenewSession keeps the session, and with it how to renew it.
            self._relogin = None

    def _forget_session(self) -> None:
        self.credentials = Credentials()
        self._relogin = None

    def _route(self, url: str) -> str:
        return redact(urlsplit(url).path, self._secrets)


def remaining_timeout(timeout: float, deadline: float | None) -> float:
    """The per-request timeout: the client's, cut to what is left of the deadline."""
    if deadline is None:
        return timeout
    return max(0.001, min(timeout, deadline - time.monotonic()))
