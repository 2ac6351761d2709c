"""Credentials: a session (``Authorization: OAuth``) or a signed access key."""

from __future__ import annotations

import base64
import hashlib
import hmac
from email.utils import formatdate


def hash_password(password: str) -> str:
    """ZStack's login APIs take the SHA-512 hex digest, never the plain password."""
    return hashlib.sha512(password.encode("utf-8")).hexdigest()


def access_key_signature(secret: str, method: str, date: str, uri: str) -> str:
    """base64(HMAC-SHA1(secret, METHOD\\nDATE\\nURI)), ``uri`` being "/v1/..." without query."""
    digest = hmac.new(
        secret.encode("utf-8"), f"{method}\n{date}\n{uri}".encode(), hashlib.sha1
    ).digest()
    return base64.b64encode(digest).decode("ascii")


class Credentials:
    """What the client authenticates with; ``headers()`` is called for every request
    (polls included), because an access-key signature covers the method, date and path."""

    def __init__(
        self,
        *,
        session_id: str | None = None,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
    ) -> None:
        if (access_key_id is None) != (access_key_secret is None):
            raise ValueError("access_key_id and access_key_secret go together")
        if session_id is not None and access_key_id is not None:
            raise ValueError("pass either session_id or an access key, not both")
        self.session_id = session_id
        self.access_key_id = access_key_id
        self.access_key_secret = access_key_secret

    @property
    def has_any(self) -> bool:
        return self.session_id is not None or self.access_key_id is not None

    def headers(self, method: str, api_path: str) -> dict[str, str]:
        """``api_path`` is the decoded path after ``/zstack/v1`` (e.g. "/vm-instances")."""
        if self.access_key_id is not None and self.access_key_secret is not None:
            # RFC 1123 in GMT: the form ZStack's Java SDK sends and the server parses.
            date = formatdate(usegmt=True)
            signature = access_key_signature(self.access_key_secret, method, date, "/v1" + api_path)
            return {"Date": date, "Authorization": f"ZStack {self.access_key_id}:{signature}"}
        if self.session_id is not None:
            return {"Authorization": f"OAuth {self.session_id}"}
        return {}
