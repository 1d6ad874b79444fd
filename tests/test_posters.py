"""Posters: fetch once, convert WebP to JPEG, upload, reuse the file id; fall back to text."""

from __future__ import annotations

import io
import time

import httpx
import pytest
from PIL import Image

from bot.posters import HostUnreachable, PosterError, PosterFetcher, to_jpeg
from bot.render.cards import utf16_len
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import CDN, link_account, webp

JPEG = b"\xff\xd8"
BEAR_POSTER = "https://walter-r2.trakt.tv/images/shows/"


@pytest.fixture
def cdn(bot: Harness) -> CDN:
    served = CDN()
    bot.services.posters = PosterFetcher(transport=httpx.MockTransport(served))
    return served


async def _card(chat: ChatDriver, query: str) -> None:
    await chat.say(f"/search {query}")
    await chat.press("1")


def _poster_url(bot: Harness, trakt_id: int, kind: str = "show") -> str:
    assert bot.demo is not None
    images = bot.demo.catalogue.object(kind, trakt_id)["images"]["poster"][0]
    return f"https://{images}"


# -- the card as a photo ----------------------------------------------------------------------


async def test_first_card_uploads_the_poster_then_reuses_the_file_id(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram, cdn: CDN
) -> None:
    await _card(chat, "the bear")
    card = chat.last_reply
    assert card.photo is not None and card.text is None
    assert chat.text().startswith("📺 The Bear (2022)") and "Next: S04E04" in chat.text()
    assert len(cdn.hits) == 1 and cdn.hits[0].startswith(BEAR_POSTER)
    assert tg.files[card.photo].content.startswith(JPEG)  # converted, not the WebP
    url = _poster_url(bot, 193186)
    assert bot.services.store.get_image(url) == card.photo

    await chat.press("◀ Back")
    await chat.press("1")
    again = chat.last_reply
    assert again.photo == card.photo and len(cdn.hits) == 1  # no second fetch
    sent = tg.calls_to("sendPhoto")
    assert len(sent) == 2 and sent[-1].params["photo"] == card.photo


async def test_file_id_survives_a_restart(bot: Harness, chat: ChatDriver, cdn: CDN) -> None:
    await _card(chat, "severance")
    first = chat.last_reply.photo
    await bot.restart()
    bot.services.posters = PosterFetcher(transport=httpx.MockTransport(cdn))
    await _card(chat, "severance")
    assert chat.last_reply.photo == first and len(cdn.hits) == 1


async def test_actions_on_a_photo_card_edit_its_caption(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram, cdn: CDN
) -> None:
    await link_account(bot, chat.user.id)
    await _card(chat, "breaking")
    card = chat.last_reply
    await chat.press("➕ Watchlist")
    assert chat.last_alert == "Added to your watchlist"
    assert chat.last_reply.message_id == card.message_id and chat.last_reply.photo
    assert "✅ On watchlist" in [b.label for row in chat.buttons() for b in row]
    assert tg.calls_to("editMessageCaption") and not tg.calls_to("editMessageText")
    await chat.press("✅ Rated 10/10")  # Trakt's rating, shown from the start
    await chat.press("8")
    assert chat.last_alert == "Rated 8/10"
    assert tg.calls_to("editMessageReplyMarkup")


async def test_long_overview_is_trimmed_for_the_caption(chat: ChatDriver, cdn: CDN) -> None:
    await _card(chat, "twin peaks")
    card = chat.last_reply
    assert card.photo is not None
    assert utf16_len(card.plain) <= 1024 and utf16_len(card.content) <= 1024
    assert "…" in chat.text() and "Open on Trakt" in chat.text()


async def test_title_without_images_is_a_text_card(chat: ChatDriver, cdn: CDN) -> None:
    await _card(chat, "detectorists")
    assert chat.last_reply.photo is None and "Detectorists" in chat.text()
    assert cdn.hits == []


# -- failures fall back to text and are remembered ---------------------------------------------


@pytest.mark.parametrize(
    ("status", "content_type", "body"),
    [
        (404, "text/plain", b"not found"),
        (403, "text/html", b"<html>hotlinking is not allowed</html>"),
        (200, "text/html", b"<html>a login page</html>"),
        (200, "image/webp", b"RIFF....WEBPVP8 broken"),
    ],
)
async def test_unusable_image_falls_back_and_is_not_fetched_again(
    bot: Harness, chat: ChatDriver, cdn: CDN, status: int, content_type: str, body: bytes
) -> None:
    cdn.status, cdn.content_type, cdn.body = status, content_type, body
    await _card(chat, "the bear")
    assert chat.last_reply.photo is None and chat.text().startswith("📺 The Bear")
    assert bot.services.store.image_failed(_poster_url(bot, 193186))
    await chat.press("◀ Back")
    await chat.press("1")
    assert chat.last_reply.photo is None and len(cdn.hits) == 1


async def test_telegram_rejecting_the_photo_falls_back(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram, cdn: CDN
) -> None:
    await chat.say("/search the bear")
    tg.fail_next("sendPhoto", status=400, description="Bad Request: IMAGE_PROCESS_FAILED")
    await chat.press("1")
    assert chat.last_reply.photo is None and "The Bear" in chat.text()
    assert bot.services.store.image_failed(_poster_url(bot, 193186))
    await chat.press("◀ Back")
    await chat.press("1")
    assert len(cdn.hits) == 1 and len(tg.calls_to("sendPhoto")) == 1


async def test_unreachable_host_is_quick_and_not_marked(bot: Harness, chat: ChatDriver) -> None:
    calls: list[str] = []

    def offline(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        raise httpx.ConnectError("Name or service not known", request=request)

    fetcher = PosterFetcher(transport=httpx.MockTransport(offline))
    bot.services.posters = fetcher
    started = time.perf_counter()
    await _card(chat, "the bear")
    await chat.press("◀ Back")
    await _card(chat, "severance")
    assert time.perf_counter() - started < 2
    assert chat.last_reply.photo is None and "Severance" in chat.text()
    assert len(calls) == 1  # the host is skipped for a while after one failure
    assert not bot.services.store.image_failed(_poster_url(bot, 193186))


async def test_demo_never_reaches_the_internet_for_posters(
    bot: Harness, chat: ChatDriver, tg: FakeTelegram
) -> None:
    """Against the local demo Trakt the default fetcher skips the made-up image hosts."""
    started = time.perf_counter()
    await _card(chat, "dark")
    assert time.perf_counter() - started < 2
    assert chat.last_reply.photo is None and "Dark (2017)" in chat.text()
    fetcher = bot.services.posters
    assert fetcher.local_only and fetcher.fetches == 0
    assert not bot.services.store.image_failed(_poster_url(bot, 119024))
    assert not tg.calls_to("sendPhoto")


async def test_local_only_still_fetches_from_this_machine() -> None:
    served = CDN()
    fetcher = _fetcher(httpx.MockTransport(served), local_only=True)
    assert (await fetcher.fetch_jpeg("http://127.0.0.1:8000/p.webp")).startswith(JPEG)
    with pytest.raises(HostUnreachable):
        await fetcher.fetch("https://walter-r2.trakt.tv/images/p.webp")
    assert len(served.hits) == 1


async def test_real_transport_gives_up_fast_on_a_closed_port() -> None:
    """No hanging when nothing listens: a refused connection is HostUnreachable at once."""
    fetcher = PosterFetcher(connect_timeout=0.5, timeout=1.0)
    started = time.perf_counter()
    with pytest.raises(HostUnreachable):
        await fetcher.fetch("http://127.0.0.1:9/poster.webp")
    assert time.perf_counter() - started < 1.5


# -- bot.posters on its own ---------------------------------------------------------------------


def test_webp_becomes_a_jpeg_within_the_size() -> None:
    jpeg = to_jpeg(webp((1000, 1500)), max_side=640)
    assert jpeg.startswith(JPEG)
    with Image.open(io.BytesIO(jpeg)) as image:
        assert image.format == "JPEG" and max(image.size) == 640 and image.mode == "RGB"


def test_transparent_image_goes_onto_white() -> None:
    with Image.open(io.BytesIO(to_jpeg(webp((50, 50), "RGBA")))) as image:
        assert image.mode == "RGB"


@pytest.mark.parametrize("raw", [b"", b"not an image", webp((2000, 20))])
def test_unusable_images_raise(raw: bytes) -> None:
    with pytest.raises(PosterError):
        to_jpeg(raw)


def _fetcher(handler: httpx.MockTransport | None = None, **kwargs: object) -> PosterFetcher:
    return PosterFetcher(transport=handler, **kwargs)  # type: ignore[arg-type]


async def test_fetch_caps_the_size() -> None:
    big = httpx.MockTransport(lambda r: httpx.Response(200, content=b"x" * 5000))
    with pytest.raises(PosterError, match="cap"):
        await _fetcher(big, max_bytes=1000).fetch("https://img.example/a.webp")


async def test_fetch_refuses_odd_urls() -> None:
    for url in ("file:///etc/passwd", "ftp://img.example/a.webp", "https://", "::"):
        with pytest.raises(PosterError):
            await _fetcher().fetch(url)


async def test_fetch_follows_a_redirect() -> None:
    def serve(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old.webp":
            return httpx.Response(301, headers={"Location": "https://img.example/new.webp"})
        return httpx.Response(200, headers={"Content-Type": "image/webp"}, content=webp())

    jpeg = await _fetcher(httpx.MockTransport(serve)).fetch_jpeg("https://img.example/old.webp")
    assert jpeg.startswith(JPEG)


async def test_unreachable_host_is_retried_after_a_while() -> None:
    now = [0.0]
    attempts: list[str] = []

    def offline(request: httpx.Request) -> httpx.Response:
        attempts.append(request.url.path)
        raise httpx.ConnectTimeout("slow", request=request)

    fetcher = _fetcher(httpx.MockTransport(offline), host_backoff=60.0, clock=lambda: now[0])
    for path in ("/a.webp", "/b.webp"):
        with pytest.raises(HostUnreachable):
            await fetcher.fetch(f"https://img.example{path}")
    assert attempts == ["/a.webp"]
    now[0] = 61.0
    with pytest.raises(HostUnreachable):
        await fetcher.fetch("https://img.example/c.webp")
    assert attempts == ["/a.webp", "/c.webp"]
