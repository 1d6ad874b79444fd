"""Posters: fetch a Trakt image once and turn it into a JPEG that Telegram accepts.

Trakt's image URLs are WebP on its CDN, which must not be hotlinked, so the bot
downloads each one once, converts it with Pillow and uploads the bytes; Telegram's
file id is reused from then on (that part is `bot.kit.photos`). This module
knows nothing of Telegram:

- `PosterFetcher.fetch_jpeg(url)` → JPEG bytes, or raises `PosterError` (the image is
  missing or unusable: don't try again) or `HostUnreachable` (could not connect; the
  host is skipped for a while so an offline machine answers at once, not per card).
- The transport is injectable (`httpx.MockTransport` in tests); timeouts are short
  (2 s to connect, 6 s in all) and the download is capped at `max_bytes`.
- `local_only` (the bot talks to the offline demo Trakt): hosts other than this
  machine count as unreachable without a request, so the demo and the tests never
  reach the Internet and fall back to text cards at once.
"""

from __future__ import annotations

import asyncio
import io
import logging
import time
from collections.abc import Callable

import httpx
from PIL import Image, UnidentifiedImageError

logger = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024
MAX_SIDE = 1280
MAX_PIXELS = 40_000_000
MAX_RATIO = 20  # Telegram refuses photos thinner than 1:20
JPEG_QUALITY = 85
CONNECT_TIMEOUT = 2.0
TIMEOUT = 6.0
HOST_BACKOFF = 300.0
_IMAGE_TYPES = ("image/", "application/octet-stream", "binary/octet-stream")
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


class PosterError(Exception):
    """The image can't be used: missing, refused, too big or not an image."""


class HostUnreachable(PosterError):
    """The image host could not be reached (offline, DNS, refused); try later."""


class PosterFetcher:
    """Downloads posters and converts them to JPEG; one per application."""

    def __init__(
        self,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = TIMEOUT,
        connect_timeout: float = CONNECT_TIMEOUT,
        max_bytes: int = MAX_BYTES,
        max_side: int = MAX_SIDE,
        host_backoff: float = HOST_BACKOFF,
        user_agent: str = "trakt-telegram-bot",
        clock: Callable[[], float] = time.monotonic,
        local_only: bool = False,
    ) -> None:
        self.transport = transport
        self.timeout = httpx.Timeout(timeout, connect=min(connect_timeout, timeout))
        self.max_bytes = max_bytes
        self.max_side = max_side
        self.host_backoff = host_backoff
        self.user_agent = user_agent
        self.clock = clock
        self.local_only = local_only
        self.fetches = 0
        self._down_until: dict[str, float] = {}

    async def fetch_jpeg(self, url: str) -> bytes:
        """The image at `url` as a JPEG no larger than `max_side` on either side."""
        raw = await self.fetch(url)
        return await asyncio.to_thread(to_jpeg, raw, self.max_side)

    async def fetch(self, url: str) -> bytes:
        """The raw bytes at `url` (http/https only, capped at `max_bytes`)."""
        target = _checked_url(url)
        host = target.host
        if self.local_only and host not in LOCAL_HOSTS:
            raise HostUnreachable(f"{host} is not fetched while offline")
        if self._down_until.get(host, 0.0) > self.clock():
            raise HostUnreachable(f"{host} was unreachable a moment ago")
        self.fetches += 1
        try:
            return await self._download(target)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            self._down_until[host] = self.clock() + self.host_backoff
            raise HostUnreachable(f"could not connect to {host}: {type(exc).__name__}") from None
        except httpx.HTTPError as exc:
            raise PosterError(f"fetching from {host} failed: {type(exc).__name__}") from None

    async def _download(self, url: httpx.URL) -> bytes:
        async with (
            httpx.AsyncClient(
                transport=self.transport,
                timeout=self.timeout,
                follow_redirects=True,
                headers={"User-Agent": self.user_agent, "Accept": "image/*"},
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code != httpx.codes.OK:
                raise PosterError(f"{url.host} answered {response.status_code}")
            kind = response.headers.get("content-type", "").lower()
            if kind and not kind.startswith(_IMAGE_TYPES):
                raise PosterError(f"{url.host} sent {kind}, not an image")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise PosterError(f"image of {declared} bytes is over the cap")
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body.extend(chunk)
                if len(body) > self.max_bytes:
                    raise PosterError("image is over the size cap")
            return bytes(body)


def to_jpeg(raw: bytes, max_side: int = MAX_SIDE) -> bytes:
    """Decode any image Pillow reads (WebP included) and encode it as a JPEG."""
    try:
        with Image.open(io.BytesIO(raw)) as image:
            width, height = image.size
            if width < 1 or height < 1 or width * height > MAX_PIXELS:
                raise PosterError(f"unusable image size {width}x{height}")
            if max(width, height) > MAX_RATIO * min(width, height):
                raise PosterError(f"image too thin for Telegram: {width}x{height}")
            image.thumbnail((max_side, max_side))
            rgb = _flatten(image)
            out = io.BytesIO()
            rgb.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise PosterError(f"not a usable image: {type(exc).__name__}") from None


def _flatten(image: Image.Image) -> Image.Image:
    """RGB for JPEG; transparency goes onto white rather than black."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _checked_url(url: str) -> httpx.URL:
    try:
        target = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise PosterError(f"bad image URL: {exc}") from None
    if target.scheme not in ("http", "https") or not target.host:
        raise PosterError("image URL must be http(s)")
    return target
