"""The HTTP core shared by every generated API method (sync and async).

A generated method only builds ``{wireName: value}`` and calls
``self._request(API_DESCRIPTOR, args)``; everything protocol-specific happens here:
where each parameter travels, credentials and signing, retries, 202 polling with
backoff and location rewriting, errors, version gating and result models."""

from __future__ import annotations

import asyncio
import importlib
import json
import time
import uuid
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from enum import Enum
from types import TracebackType
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import httpx

from ._auth import Credentials, hash_password
from ._checks import Check, check_arguments
from ._errors import (
    ZStackApiError,
    ZStackAuthenticationError,
    ZStackConnectionError,
    ZStackJobExpiredError,
    ZStackPollTimeoutError,
    ZStackProtocolError,
)
from ._polling import API_PREFIX, Backoff, api_path_of, job_uuid_of, rewrite_location
from ._query import QUERY_OPTIONS
from ._versions import Version, check_call, parse_version

T = TypeVar("T")

# Where a parameter travels: a path variable, the query string, inside the body's
# wrapper object ("params" or the action name), or at the body's top level (tags).
PATH, QUERY, BODY, ROOT = "path", "query", "body", "root"

# What httpx accepts as repeated query parameters (keeps wire order).
QueryItems = list[tuple[str, str | int | float | bool | None]]


class Api(Generic[T]):
    """Everything the runtime needs to know about one API (built at import time by the
    generated modules, so it only stores; the derived tables are computed on first use).

    ``params``: ``(wireName, location, since)`` triples. ``result``: where the result
    model lives, ``".models.module:Class"`` relative to this package or an absolute
    ``"package.module:Class"``; None returns the decoded JSON. ``checks``: the
    constraints to enforce before sending, ``(wireName, pythonName, keyword, limit)``."""

    __slots__ = (
        "_locations",
        "_result_cls",
        "_since",
        "alt_paths",
        "auth",
        "body_key",
        "checks",
        "method",
        "name",
        "params",
        "path",
        "query",
        "result",
        "since",
    )

    def __init__(
        self,
        name: str,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str, str | None]] = (),
        body_key: str | None = None,
        since: str | None = None,
        result: str | None = None,
        auth: bool = True,
        query: bool = False,
        alt_paths: Sequence[str] = (),
        checks: Sequence[Check] = (),
    ) -> None:
        self.name = name
        self.method = method
        self.path = path
        self.params = params
        self.body_key = body_key
        self.since = since
        self.result = result
        self.auth = auth
        self.query = query
        self.alt_paths = alt_paths
        self.checks = checks
        self._locations: dict[str, str] | None = None
        self._since: dict[str, str | None] | None = None
        self._result_cls: Any = None

    def __repr__(self) -> str:
        return f"<Api {self.name} {self.method} {self.path}>"

    def locations(self) -> dict[str, str]:
        if self._locations is None:
            table = {wire: where for wire, where, _ in self.params}
            if self.query:
                table.update(dict.fromkeys(QUERY_OPTIONS, QUERY))
            self._locations = table
        return self._locations

    def param_since(self) -> dict[str, str | None]:
        if self._since is None:
            self._since = {wire: since for wire, _, since in self.params}
        return self._since

    def result_model(self) -> Any:
        """The result model class, imported on first use (lazy loading of models)."""
        if self._result_cls is None and self.result is not None:
            module_name, _, attr = self.result.partition(":")
            package = __package__ if module_name.startswith(".") else None
            self._result_cls = getattr(importlib.import_module(module_name, package), attr)
        return self._result_cls


class Prepared:
    """One HTTP request of an API call, before credentials are added."""

    __slots__ = ("api_path", "body", "method", "query", "url")

    def __init__(
        self, method: str, url: str, api_path: str, query: QueryItems, body: bytes | None
    ) -> None:
        self.method = method
        self.url = url
        self.api_path = api_path
        self.query = query
        self.body = body


def _json_default(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    dump = getattr(value, "model_dump", None)  # a pydantic model given as an argument
    if dump is not None:
        return dump(by_alias=True, exclude_none=True)
    raise TypeError(f"cannot send a {type(value).__name__} as JSON")


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _add_query(out: QueryItems, name: str, value: Any) -> None:
    """Lists repeat the key (k=a&k=b); a map travels as k.key=value pairs."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            out.append((f"{name}.{key}", _query_text(item)))
    elif isinstance(value, list | tuple | set | frozenset):
        out.extend((name, _query_text(item)) for item in value)
    else:
        out.append((name, _query_text(value)))


def _choose_path(api: Api[Any], args: Mapping[str, Any]) -> str:
    """The template whose variables are all given, preferring the most specific one
    (a Query API is ``/vm-instances`` or, given ``uuid``, ``/vm-instances/{uuid}``)."""
    if not api.alt_paths:
        return api.path
    best, best_vars = None, -1
    for template in (api.path, *api.alt_paths):
        names = [part[1:-1] for part in _variables(template)]
        if all(args.get(n) is not None for n in names) and len(names) > best_vars:
            best, best_vars = template, len(names)
    return best or api.path


def _variables(template: str) -> list[str]:
    out, start = [], template.find("{")
    while start >= 0:
        end = template.index("}", start)
        out.append(template[start : end + 1])
        start = template.find("{", end)
    return out


def prepare(api: Api[Any], args: Mapping[str, Any], base_url: str) -> Prepared:
    """Place every given (non-None) argument where the API says it travels."""
    template = _choose_path(api, args)
    locations = api.locations()
    raw_path = quoted_path = template
    query: QueryItems = []
    wrapped: dict[str, Any] = {}
    root: dict[str, Any] = {}
    variables = _variables(template)
    in_path = {var[1:-1] for var in variables}
    for var in variables:
        value = args.get(var[1:-1])
        if value is None or value == "":
            # The docs mark some path variables optional, but a path cannot have a hole.
            raise ValueError(f"{api.name}: {var[1:-1]!r} is required (it is part of the URL)")
        raw_path = raw_path.replace(var, str(value))
        quoted_path = quoted_path.replace(var, quote(str(value), safe=""))
    sends_body = api.method in ("POST", "PUT")
    for wire, value in args.items():
        if value is None:
            continue
        where = locations.get(wire, BODY)
        if where == PATH or wire in in_path:
            continue
        if where == QUERY or not sends_body:
            _add_query(query, wire, value)
        elif where == ROOT or api.body_key is None:
            root[wire] = value
        else:
            wrapped[wire] = value
    body: bytes | None = None
    if sends_body:
        payload: dict[str, Any] = {api.body_key: wrapped} if api.body_key else {}
        payload.update(root)
        body = json.dumps(payload, default=_json_default, ensure_ascii=False).encode("utf-8")
    return Prepared(api.method, base_url + API_PREFIX + quoted_path, raw_path, query, body)


def _decode(response: httpx.Response) -> Any:
    try:
        return response.json() if response.content else None
    except ValueError:
        return response.text


def api_error(response: httpx.Response, api: str, job_uuid: str | None = None) -> ZStackApiError:
    """The error an unsuccessful answer stands for (JSON ``error`` or a plain-text body)."""
    body = _decode(response)
    error = body.get("error", body) if isinstance(body, dict) else body
    status = response.status_code
    if status == 401:
        cls: type[ZStackApiError] = ZStackAuthenticationError
    elif status == 404 and job_uuid is not None:
        cls = ZStackJobExpiredError
    else:
        cls = ZStackApiError
    err = cls.from_error(status, error, api=api, job_uuid=job_uuid)
    if cls is ZStackJobExpiredError and not err.details:
        err.details = "the job has expired or is unknown"
    return err


def accepted_location(response: httpx.Response, api: str, base_url: str) -> str:
    body = _decode(response)
    location = body.get("location") if isinstance(body, dict) else None
    if not isinstance(location, str) or not location:
        raise ZStackProtocolError(f"{api}: 202 without a job location: {response.text[:200]!r}")
    return rewrite_location(location, base_url)


def parse_result(api: Api[T], content: bytes) -> T:
    model = api.result_model()
    if model is None:
        result: T = json.loads(content) if content else {}
        return result
    parsed: T = model.model_validate_json(content or b"{}")
    return parsed


def _retryable(exc: httpx.TransportError, method: str) -> bool:
    """Safe to retry: the request never left (connect/pool failures), or it is a GET."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return True
    return method == "GET"


def _normalise_base_url(base_url: str) -> str:
    base = base_url.rstrip("/")
    if "://" not in base:
        base = "http://" + base
    # Accept ".../zstack/v1" or ".../zstack" too: the runtime appends the prefix itself.
    for suffix in (API_PREFIX, "/zstack"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
    return base


LOGIN = Api[Any](
    "LogInByAccount",
    "PUT",
    "/accounts/login",
    body_key="logInByAccount",
    params=(("accountName", BODY, "0.6"), ("password", BODY, "0.6")),
    auth=False,
)
LOGOUT = Api[Any](
    "LogOut", "DELETE", "/accounts/sessions/{sessionUuid}", params=(("sessionUuid", PATH, "0.6"),)
)


class _ClientCore:
    """Configuration shared by the sync and async clients.

    ``timeout``: seconds per HTTP request; ``poll_timeout``: seconds an asynchronous
    call may wait for its job; polls start ``poll_interval`` apart and back off to
    ``poll_max_interval``; ``max_retries``: retries of requests that are safe to repeat;
    ``server_version``: refuse APIs and parameters newer than that ZStack release."""

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
    ) -> None:
        self.base_url = _normalise_base_url(base_url)
        self.credentials = Credentials(
            session_id=session_id,
            access_key_id=access_key_id,
            access_key_secret=access_key_secret,
        )
        self.timeout = timeout
        self.poll_timeout = poll_timeout
        self.poll_interval = poll_interval
        self.poll_max_interval = poll_max_interval
        self.max_retries = max_retries
        self.server_version = server_version
        self._server_version: Version = parse_version(server_version)
        if server_version is not None and not self._server_version:
            raise ValueError(f"server_version {server_version!r} is not a release number")
        self._headers = dict(headers or {})

    @property
    def session_id(self) -> str | None:
        return self.credentials.session_id

    def _begin(
        self, api: Api[Any], args: Mapping[str, Any], job_uuid: str | None
    ) -> tuple[Prepared, dict[str, str]]:
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
        prepared = prepare(api, args, self.base_url)
        headers = dict(self._headers)
        if api.auth:
            headers.update(self.credentials.headers(api.method, prepared.api_path))
        if api.method != "GET":
            # A fresh id per call; a caller-chosen one makes a retried call idempotent.
            headers["X-Job-UUID"] = job_uuid or uuid.uuid4().hex
        if prepared.body is not None:
            headers["Content-Type"] = "application/json"
        return prepared, headers

    def _poll_headers(self, location: str) -> dict[str, str]:
        headers = dict(self._headers)
        headers.update(self.credentials.headers("GET", api_path_of(location, self.base_url)))
        return headers

    def _backoff(self) -> Backoff:
        return Backoff(self.poll_timeout, self.poll_interval, self.poll_max_interval)

    def _login_args(self, account_name: str, password: str) -> dict[str, Any]:
        return {"accountName": account_name, "password": hash_password(password)}

    def _store_session(self, body: Any) -> str:
        session = str(body["inventory"]["uuid"])
        self.credentials = Credentials(session_id=session)
        return session


class SyncAPIClient(_ClientCore):
    """Blocking client core; ``ZStackClient`` adds one method per API."""

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
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            base_url,
            session_id=session_id,
            access_key_id=access_key_id,
            access_key_secret=access_key_secret,
            timeout=timeout,
            poll_timeout=poll_timeout,
            poll_interval=poll_interval,
            poll_max_interval=poll_max_interval,
            max_retries=max_retries,
            server_version=server_version,
            headers=headers,
        )
        # One connection pool per client, reused by every call and every poll.
        self._http = http_client or httpx.Client(timeout=self.timeout, transport=transport)

    def __enter__(self: T) -> T:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def login(self, *, account_name: str, password: str) -> str:
        """Log in with an account (the password is sent as its SHA-512 hex digest);
        later calls use the session. Returns the session id."""
        body = self._request(LOGIN, self._login_args(account_name, password))
        return self._store_session(body)

    def logout(self) -> None:
        """End the current session (a no-op without one)."""
        session = self.credentials.session_id
        if session is not None:
            self._request(LOGOUT, {"sessionUuid": session})
            self.credentials = Credentials()

    def _send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        query: QueryItems | None = None,
        body: bytes | None = None,
    ) -> httpx.Response:
        attempt = 0
        while True:
            try:
                return self._http.request(method, url, params=query, content=body, headers=headers)
            except httpx.TransportError as exc:
                if attempt >= self.max_retries or not _retryable(exc, method):
                    raise ZStackConnectionError(f"{method} {url}: {exc!r}") from exc
                time.sleep(0.1 * 2**attempt)
                attempt += 1

    def _request(self, api: Api[T], args: Mapping[str, Any], job_uuid: str | None = None) -> T:
        prepared, headers = self._begin(api, args, job_uuid)
        response = self._send(prepared.method, prepared.url, headers, prepared.query, prepared.body)
        status = response.status_code
        if status == 200:
            return parse_result(api, response.content)
        if status != 202:
            raise api_error(response, api.name)
        location = accepted_location(response, api.name, self.base_url)
        return parse_result(api, self._poll(api.name, location))

    def _poll(self, api: str, location: str) -> bytes:
        job = job_uuid_of(location)
        backoff = self._backoff()
        while True:
            delay = backoff.next_delay()
            if delay is None:
                raise ZStackPollTimeoutError(api, job, location, backoff.elapsed())
            time.sleep(delay)
            response = self._send("GET", location, self._poll_headers(location))
            if response.status_code == 200:
                return response.content
            if response.status_code != 202:
                raise api_error(response, api, job_uuid=job)

    def _pages(self, api: Api[Any], args: dict[str, Any], page_size: int) -> Iterator[Any]:
        if page_size <= 0:
            raise ValueError("page_size must be positive")
        start = 0
        while True:
            page = self._request(api, {**args, "limit": page_size, "start": start})
            items = list(getattr(page, "inventories", None) or [])
            yield from items
            if len(items) < page_size:
                return
            start += page_size


class AsyncAPIClient(_ClientCore):
    """The asyncio twin of ``SyncAPIClient``: same arguments, awaited calls."""

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
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            base_url,
            session_id=session_id,
            access_key_id=access_key_id,
            access_key_secret=access_key_secret,
            timeout=timeout,
            poll_timeout=poll_timeout,
            poll_interval=poll_interval,
            poll_max_interval=poll_max_interval,
            max_retries=max_retries,
            server_version=server_version,
            headers=headers,
        )
        self._http = http_client or httpx.AsyncClient(timeout=self.timeout, transport=transport)

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        await self._http.aclose()

    async def login(self, *, account_name: str, password: str) -> str:
        """Log in with an account (the password is sent as its SHA-512 hex digest);
        later calls use the session. Returns the session id."""
        body = await self._request(LOGIN, self._login_args(account_name, password))
        return self._store_session(body)

    async def logout(self) -> None:
        """End the current session (a no-op without one)."""
        session = self.credentials.session_id
        if session is not None:
            await self._request(LOGOUT, {"sessionUuid": session})
            self.credentials = Credentials()

    async def _send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        query: QueryItems | None = None,
        body: bytes | None = None,
    ) -> httpx.Response:
        attempt = 0
        while True:
            try:
                return await self._http.request(
                    method, url, params=query, content=body, headers=headers
                )
            except httpx.TransportError as exc:
                if attempt >= self.max_retries or not _retryable(exc, method):
                    raise ZStackConnectionError(f"{method} {url}: {exc!r}") from exc
                await asyncio.sleep(0.1 * 2**attempt)
                attempt += 1

    async def _request(
        self, api: Api[T], args: Mapping[str, Any], job_uuid: str | None = None
    ) -> T:
        prepared, headers = self._begin(api, args, job_uuid)
        response = await self._send(
            prepared.method, prepared.url, headers, prepared.query, prepared.body
        )
        status = response.status_code
        if status == 200:
            return parse_result(api, response.content)
        if status != 202:
            raise api_error(response, api.name)
        location = accepted_location(response, api.name, self.base_url)
        return parse_result(api, await self._poll(api.name, location))

    async def _poll(self, api: str, location: str) -> bytes:
        job = job_uuid_of(location)
        backoff = self._backoff()
        while True:
            delay = backoff.next_delay()
            if delay is None:
                raise ZStackPollTimeoutError(api, job, location, backoff.elapsed())
            await asyncio.sleep(delay)
            response = await self._send("GET", location, self._poll_headers(location))
            if response.status_code == 200:
                return response.content
            if response.status_code != 202:
                raise api_error(response, api, job_uuid=job)

    async def _pages(
        self, api: Api[Any], args: dict[str, Any], page_size: int
    ) -> AsyncIterator[Any]:
        if page_size <= 0:
            raise ValueError("page_size must be positive")
        start = 0
        while True:
            page = await self._request(api, {**args, "limit": page_size, "start": start})
            items = list(getattr(page, "inventories", None) or [])
            for item in items:
                yield item
            if len(items) < page_size:
                return
            start += page_size
