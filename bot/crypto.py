"""Token encryption at rest: Fernet keys, newest first, through MultiFernet.

Errors::

    CryptoError
     ├─ InvalidKeyError (also ValueError)  a configured key is malformed
     └─ DecryptError                       no configured key opens a token

Messages name positions and problems, never a key, a token or a plaintext.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

logger = logging.getLogger(__name__)

_GENKEY_HINT = "generate one with `python -m bot genkey`"


class CryptoError(Exception):
    """Base of every error raised by this module."""


class InvalidKeyError(CryptoError, ValueError):
    """A key is missing or is not a Fernet key; the message names its position."""


class DecryptError(CryptoError):
    """A ciphertext cannot be opened by any configured key (or is corrupt)."""


def generate_key() -> str:
    """Return a fresh Fernet key as text (32 url-safe base64 bytes)."""
    return Fernet.generate_key().decode("ascii")


def parse_keys(value: str) -> list[str]:
    """Split a comma-separated key list (newest first), trim it and validate each key."""
    keys = [part.strip() for part in value.split(",") if part.strip()]
    if not keys:
        raise InvalidKeyError(f"no encryption key given; {_GENKEY_HINT}")
    for position, key in enumerate(keys, start=1):
        _fernet(key, position)
    return keys


def _fernet(key: str, position: int) -> Fernet:
    try:
        return Fernet(key)
    except ValueError:  # binascii.Error is a ValueError too
        # `from None`: the original error could carry parts of the key.
        raise InvalidKeyError(
            f"key {position} is not a valid Fernet key (32 url-safe base64 bytes); {_GENKEY_HINT}"
        ) from None


class TokenCipher:
    """Encrypts with the newest key; decrypts with any of them."""

    def __init__(self, keys: Sequence[str]) -> None:
        """Build from keys, newest first (as `parse_keys` returns them)."""
        if isinstance(keys, str):
            raise TypeError("TokenCipher takes a list of keys; split a string with parse_keys()")
        if not keys:
            raise InvalidKeyError(f"no encryption key given; {_GENKEY_HINT}")
        fernets = [_fernet(key, position) for position, key in enumerate(keys, start=1)]
        self._multi = MultiFernet(fernets)
        self._count = len(fernets)

    def __repr__(self) -> str:
        return f"<TokenCipher with {self._count} key(s)>"

    def encrypt(self, plaintext: str) -> str:
        """Encrypt text with the newest key; returns url-safe ASCII."""
        return self._multi.encrypt(plaintext.encode("utf-8")).decode("ascii")

    def decrypt(self, ciphertext: str) -> str:
        """Decrypt text with whichever configured key fits, else raise `DecryptError`."""
        try:
            return self._multi.decrypt(ciphertext.encode("utf-8")).decode("utf-8")
        except (InvalidToken, UnicodeError):
            raise DecryptError(_NO_KEY_FITS) from None

    def rotate(self, ciphertext: str) -> str:
        """Re-encrypt a ciphertext with the newest key (it must open with some key)."""
        try:
            return self._multi.rotate(ciphertext.encode("utf-8")).decode("ascii")
        except (InvalidToken, UnicodeError):
            raise DecryptError(_NO_KEY_FITS) from None


_NO_KEY_FITS = (
    "no configured encryption key can decrypt this value "
    "(was a key removed from BOT_ENCRYPTION_KEY?)"
)
