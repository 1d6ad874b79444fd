"""/lists: your lists, another person's public lists, a list's items paged in place."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from bot.demo import DemoTrakt
from bot.features import lists
from bot.i18n import shared_i18n
from bot.kit.callback import InvalidCallback
from bot.kit.context import Context, UserData
from bot.testkit.fakebot import ChatDriver, FakeTelegram
from bot.testkit.harness import Harness
from tests.helpers import link_account

I18N = shared_i18n()


def _labels(chat: ChatDriver) -> list[str]:
    return [b.label for row in chat.buttons() for b in row]


def _list_requests(demo: DemoTrakt) -> list[str]:
    return [r.path for r in demo.requests if r.path.startswith("/users/") and "/lists" in r.path]


async def test_own_lists_private_ones_included(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/lists")
    text = ann.text()
    assert text.startswith("📋 Your lists · 3 lists\n\n1. Mind-benders\n6 items · 🌐 public · ❤️ 12")
    assert "2. Date night 💕\n3 items · 🔒 private" in text
    assert "3. Tom & Jerry's <favourites>\n4 items" in text
    assert 'Cartoons & "classics" <i>for everyone</i>' in text
    source = ann.last_reply.text or ""
    assert "Tom &amp; Jerry's &lt;favourites&gt;" in source
    assert "&lt;i&gt;for everyone&lt;/i&gt;" in source
    assert _labels(ann) == [
        "1. Mind-benders",
        "2. Date night 💕",
        "3. Tom & Jerry's <favourites>",
        "☰ Menu",
    ]
    assert _list_requests(demo) == ["/users/me/lists"]


async def test_own_lists_in_russian(boris: ChatDriver) -> None:
    await boris.say("/lists")
    text = boris.text()
    assert text.startswith("📋 Ваши списки · 3 списка")
    assert "6 элементов · 🌐 открытый" in text and "3 элемента · 🔒 личный" in text


async def test_a_list_opens_its_items_and_goes_back(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/lists")
    message = ann.last_reply.message_id
    await ann.press("Tom & Jerry")
    assert ann.last_reply.message_id == message and len(ann.replies) == 1
    text = ann.text()
    assert text.startswith('📋 Tom & Jerry\'s <favourites> · 4 items\nCartoons & "classics"')
    assert "1. 📺 Tom & Jerry <Classic>" in text and "4. 🎬 Spirited Away (2001)" in text
    assert _labels(ann) == ["1", "2", "3", "4", "◀ Back"]
    assert _list_requests(demo)[-1] == "/users/me/lists/4103/items"
    await ann.press("◀ Back")
    assert ann.text().startswith("📋 Your lists · 3 lists")


async def test_list_items_page_forward_and_back(
    ann: ChatDriver, demo: DemoTrakt, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lists, "ITEMS_PER_PAGE", 4)
    await ann.say("/lists")
    await ann.press("Mind-benders")
    assert "4. 🎬 Arrival (2016)" in ann.text() and "5." not in ann.text()
    assert [b.label for b in ann.buttons()[-2]] == ["1 / 2", "▶"]
    await ann.press("▶")
    assert "5. 🎬 Interstellar (2014)" in ann.text() and "1. 🎬 Inception" not in ann.text()
    assert "Mind-benders" in ann.text()
    await ann.press("◀")
    assert "1. 🎬 Inception (2010)" in ann.text()
    requests = _list_requests(demo)
    assert requests.count("/users/me/lists/4101/items") == 3
    assert requests.count("/users/me/lists") == 1


async def test_items_in_russian(boris: ChatDriver) -> None:
    await boris.say("/lists")
    await boris.press("Date night")
    text = boris.text()
    assert text.startswith("📋 Date night 💕 · 3 элемента")
    assert "◀ Назад" in _labels(boris) or "Назад" in " ".join(_labels(boris))


async def test_items_after_a_restart_cost_one_request(
    bot: Harness, ann: ChatDriver, demo: DemoTrakt
) -> None:
    await ann.say("/lists")
    await bot.restart()
    before = len(demo.requests)
    await ann.press("Mind-benders")
    assert ann.text().startswith("📋 List\n\n1. 🎬 Inception (2010)")
    assert [r.path for r in demo.requests[before:]] == ["/users/me/lists/4101/items"]


async def test_details_button_on_an_item(ann: ChatDriver) -> None:
    await ann.say("/lists")
    await ann.press("Mind-benders")
    await ann.press("1")
    assert len(ann.replies) == 2
    assert "Inception" in ann.text()


async def test_another_users_public_lists(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/lists alice")
    text = ann.text()
    assert text.startswith("📋 alice’s lists · 1 public list\n\n1. Comfort watches")
    assert "Secret guilty pleasures" not in text
    await ann.press("Comfort watches")
    assert ann.text().startswith("📋 Comfort watches by alice · 4 items")
    assert "1. 🎬 Coco (2017)" in ann.text()
    assert _list_requests(demo) == ["/users/alice/lists", "/users/alice/lists/4201/items"]


@pytest.mark.parametrize(
    "spelling", ["@Alice", "https://trakt.tv/users/alice", "trakt.tv/users/alice/lists"]
)
async def test_username_spellings(ann: ChatDriver, spelling: str) -> None:
    await ann.say(f"/lists {spelling}")
    assert "alice’s lists" in ann.text()


async def test_own_username_means_own_lists(ann: ChatDriver) -> None:
    await ann.say("/lists demo")
    assert ann.text().startswith("📋 Your lists · 3 lists")


async def test_another_users_lists_in_russian(boris: ChatDriver) -> None:
    await boris.say("/lists bob")
    assert boris.text().startswith("📋 Списки bob · 1 открытый список")


async def test_a_list_that_became_private(ann: ChatDriver, demo: DemoTrakt) -> None:
    await ann.say("/lists alice")
    demo.users["alice"].lists[0].privacy = "private"
    await ann.press("Comfort watches")
    assert "This list is private or no longer exists." in ann.text()
    assert _labels(ann) == ["◀ Back"]
    await ann.press("◀ Back")
    assert "has no public lists" in ann.text()


async def test_private_or_unknown_user(ann: ChatDriver, boris: ChatDriver) -> None:
    await ann.say("/lists nobody-here")
    assert "private or doesn’t exist" in ann.text() and "nobody-here" in ann.text()
    await boris.say("/lists nobody-here")
    assert "закрыт или не существует" in boris.text()


async def test_someone_with_no_lists(ann: ChatDriver) -> None:
    await ann.say("/lists carol")
    assert "carol has no public lists." in ann.text()


async def test_own_lists_empty(bot: Harness, chat: ChatDriver) -> None:
    await link_account(bot, chat.user.id, "carol")
    await chat.say("/lists")
    assert "You have no lists yet" in chat.text()


async def test_long_username_fits_in_callback_data(ann: ChatDriver, demo: DemoTrakt) -> None:
    long_name = "a-very-long-trakt-username-that-goes-on"
    demo.users[long_name] = demo.users["alice"]
    await ann.say(f"/lists {long_name}")
    assert "Comfort watches" in ann.text()
    data = ann.buttons()[0][0].data or ""
    assert long_name not in data and len(data.encode()) <= 64
    await ann.press("Comfort watches")
    assert f"by {long_name}" in ann.text()
    assert _list_requests(demo)[-1] == f"/users/{long_name}/lists/4201/items"


@pytest.mark.parametrize("junk", ["/lists alice bob", "/lists <b>", "/lists al!ce"])
async def test_junk_arguments_get_usage(ann: ChatDriver, junk: str) -> None:
    await ann.say(junk)
    assert "someone else’s public lists" in ann.text()


async def test_usage_in_russian(boris: ChatDriver) -> None:
    await boris.say("/lists раз два")
    assert "открытые списки другого человека" in boris.text()


async def test_unlinked_gets_the_link_prompt(chat: ChatDriver) -> None:
    await chat.say("/lists alice")
    assert "needs your Trakt account" in chat.text()


async def test_in_a_group_your_lists_go_to_the_private_chat(bot: Harness, tg: FakeTelegram) -> None:
    private = bot.chat()
    ann = bot.chat(chat=tg.group_chat())
    await link_account(bot, ann.user.id)
    await ann.say("/lists")
    assert ann.text() == "📬 Ann, I sent it to you in our private chat."
    await private.press("Date night")
    assert private.last_answer is not None and not private.last_answer.show_alert


@pytest.mark.parametrize(
    "data",
    [
        "lists|{o}|me|0",
        "lists|{o}|ME|1",
        "litem|{o}|me|:9|1|1",
        "litem|{o}|me|4101|1|x",
        "lists|*|me|1",
    ],
)
async def test_forged_data_gets_an_alert(ann: ChatDriver, data: str) -> None:
    await ann.say("/lists")
    owner = (ann.buttons()[0][0].data or "").split("|")[2]
    await ann.press_data("1|" + data.format(o=owner), ann.last_reply.message_id)
    assert ann.last_answer is not None and ann.last_answer.show_alert
    assert "out of date" in (ann.last_alert or "")


async def test_trakt_errors_become_messages(ann: ChatDriver, demo: DemoTrakt) -> None:
    demo.fail("GET", "/users/me/lists", 503, times=3)
    await ann.say("/lists")
    assert "Trakt is not answering" in ann.text()
    await ann.say("/lists")
    demo.fail("GET", "/users/me/lists/4101", 429, headers={"Retry-After": "3"})
    await ann.press("Mind-benders")
    assert "try again in 4 s" in (ann.last_alert or "")
    demo.fail("GET", "/users/me/lists/4101", 401)
    await ann.press("Mind-benders")
    assert "1. 🎬 Inception (2010)" in ann.text()


def test_refs_fit_and_come_back() -> None:
    context = cast(Context, SimpleNamespace(person_data=UserData()))
    assert lists.ref(context, "alice") == "alice"
    long_ref = lists.ref(context, "x" * 40)
    assert long_ref == ":1" and lists.unref(context, long_ref) == "x" * 40
    assert lists.ref(context, "x" * 40) == ":1"
    assert lists.ref(context, "y" * 40) == ":2"
    with pytest.raises(InvalidCallback):
        lists.unref(context, ":7")
    with pytest.raises(InvalidCallback):
        lists.unref(cast(Any, SimpleNamespace(person_data=UserData())), ":1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("alice", "alice"),
        ("@Alice", "alice"),
        ("https://trakt.tv/users/sean/lists/x", "sean"),
        ("app.trakt.tv/users/bob-2", "bob-2"),
        ("<b>", None),
        ("a b", None),
    ],
)
def test_parse_username(text: str, expected: str | None) -> None:
    assert lists.parse_username(text) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["1 item", "2 items", "5 items", "21 items"]),
        ("ru", ["1 элемент", "2 элемента", "5 элементов", "21 элемент"]),
    ],
)
def test_item_counts_have_plural_forms(language: str, expected: list[str]) -> None:
    tr = I18N.translator(language)
    assert [tr.plain("lists-item-count", count=n) for n in (1, 2, 5, 21)] == expected
