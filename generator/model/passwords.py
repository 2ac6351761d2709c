"""Which API parameters carry passwords, and in which form ZStack expects them.

ZStack stores account, user and IAM2 virtual-ID passwords as SHA-512 hex digests and
compares what a client sends with the stored digest, so those APIs take the digest,
never the password. Neither the spec nor the Java SDK says so (the Java SDK's
``password`` is a plain ``String``, and its callers hash: ``encryptToSHA512`` in the
manual's SDK chapter); the manual says it in prose, per API. The generated methods take
the password and send its digest, as ``login()`` does. Sources:

- ``07-01-user-management.md``: "需要对密码进行SHA-512算法加密" ("the password must be
  SHA-512 hashed") on CreateAccount, UpdateAccount, LogInByAccount, CreateUser,
  LogInByUser (request bodies, curl, Java and Python examples).
- ``09-13``, ``09-14``, ``09-17`` (IAM2 project members and administrators) and ``09-16``
  (two-factor login): "password字段需填入经过SHA-512算法加密的密码" for
  LoginIAM2VirtualID and LogInByAccount.
- ``02-sdk-usage-spec.md``: ``login.password = hashlib.sha512(password).hexdigest()``.

Inferred, same store (the server compares them with the stored digest):
UpdateAccount/UpdateUser ``oldPassword``, UpdateUser ``password``,
CreateIAM2VirtualID/UpdateIAM2VirtualID ``password``.

Sent as given (the server passes them on to another system, which needs them in
clear): LDAP logins (LogInByLdap, LoginIAM2VirtualIDWithLdap, checked by the LDAP
server), LoginByCas, the generic LogIn (its form depends on ``loginType``), and every
device, host, storage, mail or SNMP password (AddKVMHost, AddImageStoreBackupStorage,
AddLdapServer, CreateEmailMedia, ChangeVmPassword...). Whatever the form, a value of a
password-like parameter is never shown in an error message or a log line."""

from __future__ import annotations

HASHED_PASSWORDS: dict[str, tuple[str, ...]] = {
    "LogInByAccount": ("password",),
    "LogInByUser": ("password",),
    "LoginIAM2VirtualID": ("password",),
    "CreateAccount": ("password",),
    "UpdateAccount": ("password", "oldPassword"),
    "CreateUser": ("password",),
    "UpdateUser": ("password", "oldPassword"),
    "CreateIAM2VirtualID": ("password",),
    "UpdateIAM2VirtualID": ("password",),
}

# The result type a login API answers: the client keeps the session it holds.
SESSION_RESULT = "SessionInventory"


def hashed_parameters(api: str, wires: set[str]) -> tuple[str, ...]:
    """The parameters of ``api`` sent as SHA-512 hex (those it really has)."""
    return tuple(w for w in HASHED_PASSWORDS.get(api, ()) if w in wires)
