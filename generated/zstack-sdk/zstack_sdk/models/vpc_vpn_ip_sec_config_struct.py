"""Result models: VpcVpnIpSecConfigStruct (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "VpcVpnIpSecConfigStruct",
]


class VpcVpnIpSecConfigStruct(ZStackModel):
    """ZStack's `VpcVpnIpSecConfigStruct`."""

    ipsec_auth_alg: str | None = Field(None, alias="IpsecAuthAlg")

    ipsec_enc_alg: str | None = Field(None, alias="IpsecEncAlg")

    ipsec_lifetime: int | None = Field(None, alias="IpsecLifetime")

    ipsec_pfs: str | None = Field(None, alias="IpsecPfs")
