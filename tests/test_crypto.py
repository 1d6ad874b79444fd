"""bot.crypto: key parsing, the cipher, rotation, and messages that never leak a secret."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from bot.crypto import (
    CryptoError,
    DecryptError,
    InvalidKeyError,
    TokenCipher,
    generate_key,
    parse_keys,
)

OLD = generate_key()
NEW = generate_key()
OTHER = generate_key()

# Named cases: ids made of random keys differ between pytest-xdist's workers.
BAD_KEYS = [
    pytest.param("not-a-fernet-key-at-all", id="not-a-key"),
    pytest.param(OLD[:-4], id="too-short"),
    pytest.param(OLD[:-1] + "AAAA", id="too-long"),
    pytest.param("A" * 40 + "!!!!", id="not-base64"),
    pytest.param("ключ-на-кириллице-длиной-в-сорок-четыре-символа", id="cyrillic"),
]


def test_generate_key_is_a_fresh_fernet_key() -> None:
    key = generate_key()
    Fernet(key)  # does not raise
    assert len(key) == 44
    assert key != generate_key()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(OLD, [OLD], id="one"),
        pytest.param(f"{NEW},{OLD}", [NEW, OLD], id="two"),
        pytest.param(f"  {NEW} ,\t{OLD}  ", [NEW, OLD], id="spaces"),
        pytest.param(f"{NEW},,{OLD},", [NEW, OLD], id="empties"),
        pytest.param(f",{NEW}, ,", [NEW], id="blank-entries"),
        pytest.param(f"{NEW}\n,{OLD}\n", [NEW, OLD], id="newlines"),
    ],
)
def test_parse_keys_trims_and_drops_empties(value: str, expected: list[str]) -> None:
    assert parse_keys(value) == expected


@pytest.mark.parametrize("value", ["", " ", ",", " , ,\t", "\n"])
def test_parse_keys_without_any_key(value: str) -> None:
    with pytest.raises(InvalidKeyError, match="no encryption key") as info:
        parse_keys(value)
    assert "python -m bot genkey" in str(info.value)


@pytest.mark.parametrize("bad", BAD_KEYS)
@pytest.mark.parametrize("position", [1, 2, 3])
def test_parse_keys_names_the_bad_position_without_echoing_it(bad: str, position: int) -> None:
    keys = [NEW, OLD, OTHER]
    keys[position - 1] = bad
    with pytest.raises(InvalidKeyError) as info:
        parse_keys(", ".join(keys))
    message = str(info.value)
    assert message.startswith(f"key {position} is not a valid Fernet key")
    assert "python -m bot genkey" in message
    assert bad not in message
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_invalid_key_error_is_a_value_error() -> None:
    assert issubclass(InvalidKeyError, ValueError)
    assert issubclass(InvalidKeyError, CryptoError)
    assert issubclass(DecryptError, CryptoError)


@pytest.mark.parametrize(
    "plaintext", ["", "token", "a" * 5000, "токен 🎬 トークン", "with\nnewline\x00nul"]
)
def test_round_trip(plaintext: str) -> None:
    cipher = TokenCipher([NEW])
    ciphertext = cipher.encrypt(plaintext)
    assert ciphertext.isascii()
    assert cipher.decrypt(ciphertext) == plaintext


def test_encryption_hides_the_plaintext_and_is_randomised() -> None:
    cipher = TokenCipher([NEW])
    first, second = cipher.encrypt("secret-access-token"), cipher.encrypt("secret-access-token")
    assert first != second
    assert "secret-access-token" not in first


def test_decrypt_with_a_removed_key_fails_cleanly() -> None:
    ciphertext = TokenCipher([OLD]).encrypt("secret-access-token")
    with pytest.raises(DecryptError) as info:
        TokenCipher([NEW]).decrypt(ciphertext)
    message = str(info.value)
    assert ciphertext not in message and "secret-access-token" not in message
    assert info.value.__cause__ is None and info.value.__suppress_context__


@pytest.mark.parametrize("garbage", ["", "garbage", "gAAAAA" + "x" * 80, "ключ"])
def test_decrypt_garbage_raises_decrypt_error(garbage: str) -> None:
    with pytest.raises(DecryptError):
        TokenCipher([NEW]).decrypt(garbage)


def test_old_key_in_second_place_still_decrypts() -> None:
    ciphertext = TokenCipher([OLD]).encrypt("refresh")
    assert TokenCipher([NEW, OLD]).decrypt(ciphertext) == "refresh"


def test_encrypt_uses_the_newest_key() -> None:
    ciphertext = TokenCipher([NEW, OLD]).encrypt("access")
    assert TokenCipher([NEW]).decrypt(ciphertext) == "access"
    with pytest.raises(DecryptError):
        TokenCipher([OLD]).decrypt(ciphertext)


def test_rotate_re_encrypts_with_the_newest_key() -> None:
    old_ciphertext = TokenCipher([OLD]).encrypt("access")
    rotated = TokenCipher([NEW, OLD]).rotate(old_ciphertext)
    assert TokenCipher([NEW]).decrypt(rotated) == "access"
    with pytest.raises(DecryptError):
        TokenCipher([OLD]).decrypt(rotated)


def test_rotate_with_no_fitting_key_raises() -> None:
    ciphertext = TokenCipher([OTHER]).encrypt("access")
    with pytest.raises(DecryptError) as info:
        TokenCipher([NEW, OLD]).rotate(ciphertext)
    assert ciphertext not in str(info.value)


def test_repr_hides_the_keys() -> None:
    text = repr(TokenCipher([NEW, OLD]))
    assert NEW not in text and OLD not in text
    assert "2" in text


def test_cipher_rejects_a_bare_string() -> None:
    with pytest.raises(TypeError, match="parse_keys"):
        TokenCipher(NEW)


def test_cipher_needs_a_key() -> None:
    with pytest.raises(InvalidKeyError, match="no encryption key"):
        TokenCipher([])


@pytest.mark.parametrize("bad", BAD_KEYS)
def test_cipher_names_a_bad_second_key(bad: str) -> None:
    with pytest.raises(InvalidKeyError, match=r"^key 2 ") as info:
        TokenCipher([NEW, bad])
    assert bad not in str(info.value)
