"""Exceptions raised by the client. All derive from ``ZStackError``."""

from __future__ import annotations

from typing import Any


class ZStackError(Exception):
    """Base class of every error this SDK raises."""


class ZStackApiError(ZStackError):
    """The server refused or failed an API call.

    ``code``/``description``/``details``/``elaboration``/``opaque`` are ZStack's
    ErrorCode fields; ``cause`` is the nested error (itself a ``ZStackApiError``).
    ``status`` is the HTTP status (400 bad arguments, 401 session, 404, 503 failed)."""

    def __init__(
        self,
        status: int,
        *,
        code: str | None = None,
        description: str | None = None,
        details: str | None = None,
        elaboration: str | None = None,
        opaque: Any = None,
        cause: ZStackApiError | None = None,
        api: str | None = None,
        job_uuid: str | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.description = description
        self.details = details
        self.elaboration = elaboration
        self.opaque = opaque
        self.cause = cause
        self.api = api
        self.job_uuid = job_uuid
        where = f"{api}: " if api else ""
        head = " ".join(p for p in (code, description) if p) or f"HTTP {status}"
        super().__init__(f"{where}{head}" + (f": {details}" if details else ""))
        # Chain the nested ZStack cause so tracebacks show the whole story.
        self.__cause__ = cause

    @classmethod
    def from_error(
        cls,
        status: int,
        error: Any,
        *,
        api: str | None = None,
        job_uuid: str | None = None,
    ) -> ZStackApiError:
        """Build from ZStack's ``error`` object (a dict), or from a plain-text body."""
        if not isinstance(error, dict):
            text = str(error).strip() if error is not None else None
            return cls(status, details=text or None, api=api, job_uuid=job_uuid)
        raw_cause = error.get("cause")
        cause = (
            cls.from_error(status, raw_cause, api=api, job_uuid=job_uuid)
            if isinstance(raw_cause, dict)
            else None
        )
        return cls(
            status,
            code=_text(error.get("code")),
            description=_text(error.get("description")),
            details=_text(error.get("details")),
            elaboration=_text(error.get("elaboration")),
            opaque=error.get("opaque"),
            cause=cause,
            api=api,
            job_uuid=job_uuid,
        )

    @property
    def root_cause(self) -> ZStackApiError:
        """The innermost error of the ``cause`` chain (often the most specific one)."""
        err = self
        while err.cause is not None:
            err = err.cause
        return err


class ZStackAuthenticationError(ZStackApiError):
    """401: no, expired or invalid session, or a bad access-key signature."""


class ZStackJobExpiredError(ZStackApiError):
    """404 while polling: the server no longer knows the job (expired or unknown)."""


class ZStackPollTimeoutError(ZStackError, TimeoutError):
    """An asynchronous job did not finish within ``poll_timeout`` seconds."""

    def __init__(self, api: str, job_uuid: str, location: str, waited: float) -> None:
        self.api = api
        self.job_uuid = job_uuid
        self.location = location
        self.waited = waited
        super().__init__(
            f"{api}: job {job_uuid} still running after {waited:.1f}s (poll {location})"
        )


class ZStackVersionError(ZStackError):
    """The API or a parameter is newer than the server version the client targets."""


class ZStackValidationError(ZStackError, ValueError):
    """An argument breaks a constraint of the API's spec (the server's own check, e.g.
    ``maxLength``); raised before anything is sent.

    ``api``: the API name; ``parameter``: the argument (its Python name);
    ``constraint``: the JSON Schema keyword (``maxLength``, ``minLength``, ``pattern``,
    ``minimum``, ``maximum``, ``enum``, ``minItems``; ``items.enum`` for a list's
    elements); ``limit``: the constraint's value; ``value``: what was given."""

    def __init__(
        self, api: str, parameter: str, constraint: str, limit: Any, value: Any, reason: str
    ) -> None:
        self.api = api
        self.parameter = parameter
        self.constraint = constraint
        self.limit = limit
        self.value = value
        shown = repr(value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        super().__init__(f"{api}: {parameter}={shown} {reason} ({constraint} {limit!r})")


class ZStackConnectionError(ZStackError):
    """The server could not be reached (after the retries that were safe to make)."""


class ZStackProtocolError(ZStackError):
    """The server answered something the protocol does not allow (e.g. 202 without a location)."""


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
