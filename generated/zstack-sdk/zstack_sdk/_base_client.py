"""The blocking and asyncio clients: they carry out the ``Send``/``Sleep`` actions of
the calls ``_core`` describes (one connection pool per client, bodies streamed under
a size cap), and reach the generated API namespaces (``client.vm_instances``),
imported on first use."""

from __future__ import annotations

import importlib
import ssl
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from types import TracebackType
from typing import Any, TypeVar

import httpx

from ._api import BODY, PATH, QUERY, ROOT, Api, Prepared, prepare
from ._core import (
    LOGIN,
    LOGOUT,
    ClientCore,
    Flow,
    Outcome,
    Send,
    Sleep,
    remaining_timeout,
)
from ._errors import ZStackConfigurationError
from ._replies import DEFAULT_MAX_RESPONSE_BYTES, DeadlinePassed, Reply, aread_capped, read_capped

__all__ = [
    "BODY",
    "PATH",
    "QUERY",
    "ROOT",
    "Api",
    "AsyncAPIClient",
    "AsyncNamespace",
    "Prepared",
    "SyncAPIClient",
    "SyncNamespace",
    "prepare",
]

T = TypeVar("T")
C = TypeVar("C")

Verify = bool | str
Cert = str | tuple[str, str] | None


def tls_context(verify: Verify, cert: Cert) -> ssl.SSLContext | bool:
    """What httpx is given as ``verify``: ``verify`` is True (the system's CAs), False
    (no check) or a CA bundle path; ``cert`` a client certificate file, or a
    ``(certfile, keyfile)`` pair."""
    if cert is None and isinstance(verify, bool):
        return verify
    try:
        if isinstance(verify, str):
            context = ssl.create_default_context(cafile=verify)
        else:
            context = ssl.create_default_context()
            if not verify:
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
        if cert is not None:
            certfile, keyfile = (cert, None) if isinstance(cert, str) else cert
            context.load_cert_chain(certfile, keyfile)
    except (OSError, ssl.SSLError) as exc:
        raise ZStackConfigurationError(
            f"TLS settings (verify={verify!r}, cert=...): {exc}"
        ) from None
    return context


class _Navigation:
    """Namespaces as attributes, loaded on first use; ``call()`` by API name."""

    _namespaces: dict[str, Any]

    def _namespace(self, module: str, cls: str) -> Any:
        found = self._namespaces.get(module)
        if found is None:
            loaded = importlib.import_module(f"{__package__}._apis.{module}")
            found = self._namespaces[module] = getattr(loaded, cls)(self)
        return found

    def __getattr__(self, name: str) -> Any:
        """The flat path: ``client.create_vm_instance`` is
        ``client.vm_instances.create_vm_instance`` (found in the package's index)."""
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            index = importlib.import_module(f"{__package__}.catalog")
        except ImportError:
            raise AttributeError(name) from None
        namespace = index.METHODS.get(name)
        if namespace is None:
            raise AttributeError(
                f"{type(self).__name__!r} has no attribute {name!r} (no API method of that name)"
            )
        return getattr(getattr(self, namespace), name)

    @staticmethod
    def _describe(api_name: str) -> Api[Any]:
        index = importlib.import_module(f"{__package__}.catalog")
        described: Api[Any] = index.describe(api_name)
        return described


class SyncAPIClient(ClientCore, _Navigation):
    """Blocking client core; the generated ``ZStackClient`` adds the API namespaces.

    Keyword arguments beyond ``ClientCore``'s: ``verify`` (True, False or a CA bundle
    path) and ``cert`` (a client certificate file or ``(certfile, keyfile)``) for
    HTTPS; ``transport`` or a whole ``http_client`` (httpx) to send through; the
    client's ``timeout`` applies to every request either way."""

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
        verify: Verify = True,
        cert: Cert = None,
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
            max_response_bytes=max_response_bytes,
            auto_renew=auto_renew,
        )
        self._namespaces = {}
        # One connection pool per client, reused by every call and every poll.
        self._http = http_client or httpx.Client(
            timeout=self.timeout, transport=transport, verify=tls_context(verify, cert)
        )

    def __enter__(self: C) -> C:
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
        later calls use the session, renewed when it expires. Returns the session id."""
        self._request(LOGIN, {"accountName": account_name, "password": password})
        assert self.session_id is not None
        return self.session_id

    def logout(self) -> None:
        """End the current session (a no-op without one)."""
        session = self.credentials.session_id
        if session is not None:
            self._request(LOGOUT, {"sessionUuid": session})
            self._forget_session()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        job_uuid: str | None = None,
    ) -> dict[str, Any]:
        """Call any route, e.g. a plugin API the spec lacks: ``path`` after
        ``/zstack/v1``, ``params`` the query string, ``json`` the body. Same
        credentials, X-Job-UUID, 202 polling and errors as the API methods; returns
        the result as a dict."""
        return self._run(self._raw_call(method, path, params, json, job_uuid))

    def call(
        self, api_name: str, args: Mapping[str, Any] | None = None, *, job_uuid: str | None = None
    ) -> Any:
        """Call an API by ZStack's name with arguments by wire name:
        ``client.call("QueryZone", {"limit": 1})``."""
        return self._request(self._describe(api_name), args or {}, job_uuid)

    def _request(self, api: Api[T], args: Mapping[str, Any], job_uuid: str | None = None) -> T:
        return self._run(self._call(api, args, job_uuid))

    def _run(self, flow: Flow[T]) -> T:
        outcome: Outcome = None
        try:
            while True:
                action = flow.send(outcome)
                if isinstance(action, Sleep):
                    time.sleep(action.seconds)
                    outcome = None
                else:
                    outcome = self._transmit(action)
        except StopIteration as stop:
            result: T = stop.value
            return result

    def _transmit(self, send: Send) -> Reply | Exception:
        request = self._http.build_request(
            send.method,
            send.url,
            params=send.query,
            content=send.body,
            headers=send.headers,
            timeout=remaining_timeout(self.timeout, send.deadline),
        )
        try:
            response = self._http.send(request, stream=True)
            try:
                content = read_capped(
                    response.iter_bytes(), response.headers, self.max_response_bytes, send.deadline
                )
            finally:
                response.close()
        except (httpx.TransportError, DeadlinePassed) as exc:
            return exc
        return Reply(response.status_code, response.headers.get("content-type", ""), content)

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


class AsyncAPIClient(ClientCore, _Navigation):
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
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        auto_renew: bool = True,
        verify: Verify = True,
        cert: Cert = None,
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
            max_response_bytes=max_response_bytes,
            auto_renew=auto_renew,
        )
        self._namespaces = {}
        self._http = http_client or httpx.AsyncClient(
            timeout=self.timeout, transport=transport, verify=tls_context(verify, cert)
        )

    async def __aenter__(self: C) -> C:
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
        later calls use the session, renewed when it expires. Returns the session id."""
        await self._request(LOGIN, {"accountName": account_name, "password": password})
        assert self.session_id is not None
        return self.session_id

    async def logout(self) -> None:
        """End the current session (a no-op without one)."""
        session = self.credentials.session_id
        if session is not None:
            await self._request(LOGOUT, {"sessionUuid": session})
            self._forget_session()

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        job_uuid: str | None = None,
    ) -> dict[str, Any]:
        """The asyncio twin of ``ZStackClient.request``."""
        return await self._run(self._raw_call(method, path, params, json, job_uuid))

    async def call(
        self, api_name: str, args: Mapping[str, Any] | None = None, *, job_uuid: str | None = None
    ) -> Any:
        """Call an API by ZStack's name with arguments by wire name."""
        return await self._request(self._describe(api_name), args or {}, job_uuid)

    async def _request(
        self, api: Api[T], args: Mapping[str, Any], job_uuid: str | None = None
    ) -> T:
        return await self._run(self._call(api, args, job_uuid))

    async def _run(self, flow: Flow[T]) -> T:
        # Imported here: asyncio costs tens of ms, and most programs never await.
        import asyncio

        outcome: Outcome = None
        try:
            while True:
                action = flow.send(outcome)
                if isinstance(action, Sleep):
                    await asyncio.sleep(action.seconds)
                    outcome = None
                else:
                    outcome = await self._transmit(action)
        except StopIteration as stop:
            result: T = stop.value
            return result

    async def _transmit(self, send: Send) -> Reply | Exception:
        request = self._http.build_request(
            send.method,
            send.url,
            params=send.query,
            content=send.body,
            headers=send.headers,
            timeout=remaining_timeout(self.timeout, send.deadline),
        )
        try:
            response = await self._http.send(request, stream=True)
            try:
                content = await aread_capped(
                    response.aiter_bytes(), response.headers, self.max_response_bytes, send.deadline
                )
            finally:
                await response.aclose()
        except (httpx.TransportError, DeadlinePassed) as exc:
            return exc
        return Reply(response.status_code, response.headers.get("content-type", ""), content)

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


class SyncNamespace:
    """The APIs of one resource, reached as ``client.<resource>`` (generated subclasses
    hold one method per API)."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client.base_url}>"

    def _request(self, api: Api[T], args: Mapping[str, Any], job_uuid: str | None = None) -> T:
        return self._client._request(api, args, job_uuid)

    def _pages(self, api: Api[Any], args: dict[str, Any], page_size: int) -> Iterator[Any]:
        return self._client._pages(api, args, page_size)


class AsyncNamespace:
    """The asyncio twin of ``SyncNamespace``."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client.base_url}>"

    async def _request(
        self, api: Api[T], args: Mapping[str, Any], job_uuid: str | None = None
    ) -> T:
        return await self._client._request(api, args, job_uuid)

    def _pages(self, api: Api[Any], args: dict[str, Any], page_size: int) -> AsyncIterator[Any]:
        return self._client._pages(api, args, page_size)
