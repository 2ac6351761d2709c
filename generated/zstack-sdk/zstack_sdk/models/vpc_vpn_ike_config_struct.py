"""Result models: VpcVpnIkeConfigStruct (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "VpcVpnIkeConfigStruct",
]


class VpcVpnIkeConfigStruct(ZStackModel):
    """ZStack's `VpcVpnIkeConfigStruct`."""

    ike_auth_alg: str | None = Field(None, alias="IkeAuthAlg")

    ike_enc_alg: str | None = Field(None, alias="IkeEncAlg")

    ike_lifetime: int | None = Field(None, alias="IkeLifetime")

    ike_mode: str | None = Field(None, alias="IkeMode")

    ike_pfs: str | None = Field(None, alias="IkePfs")

    ike_version: str | None = Field(None, alias="IkeVersion")

    local_id: str | None = Field(None, alias="LocalId")

    psk: str | None = Field(None, alias="Psk")

    remote_id: str | None = Field(None, alias="RemoteId")
