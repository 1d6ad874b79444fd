"""Telegram's HTML subset: strict parsing into text + entities, and rendering for a terminal.

The parser follows https://core.telegram.org/bots/api#html-style: the supported tags, the four
named entities (&lt; &gt; &amp; &quot;) plus numeric ones, and Telegram's error wording for
malformed markup. ``html_to_text`` is lenient and never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.testkit.fakebot.models import StoredMessage

SUPPORTED_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a"}
    | {"code", "pre", "blockquote", "tg-emoji"}
)
_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "code": "code",
}
_ANSI = {
    "bold": ("\x1b[1m", "\x1b[22m"),
    "italic": ("\x1b[3m", "\x1b[23m"),
    "underline": ("\x1b[4m", "\x1b[24m"),
    "strikethrough": ("\x1b[9m", "\x1b[29m"),
    "spoiler": ("\x1b[2m", "\x1b[22m"),
    "code": ("\x1b[36m", "\x1b[39m"),
}
_TAG_RE = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)"
    r"((?:\s+[a-zA-Z_:-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?)*)\s*(/?)>"
)
_ATTR_RE = re.compile(r"([a-zA-Z_:-]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+)))?")
_CHARREF_RE = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|lt|gt|amp|quot);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class HtmlError(ValueError):
    """Markup Telegram would refuse with "can't parse entities"."""


@dataclass
class Node:
    """An element of parsed markup; the root has an empty tag."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)


def unescape(text: str) -> str:
    """Replace the entities Telegram understands; leave anything else as written."""

    def replace(match: re.Match[str]) -> str:
        ref = match.group(1)
        if ref.startswith(("#x", "#X")):
            return chr(int(ref[2:], 16))
        if ref.startswith("#"):
            return chr(int(ref[1:]))
        return _NAMED[ref]

    return _CHARREF_RE.sub(replace, text)


def parse_html(source: str, *, strict: bool = True) -> Node:
    """Parse Telegram HTML into a tree; with ``strict`` raise HtmlError where Telegram would."""
    root = Node("")
    stack = [root]
    pos = 0
    while pos < len(source):
        lt = source.find("<", pos)
        end = len(source) if lt < 0 else lt
        if end > pos:
            stack[-1].children.append(unescape(source[pos:end]))
        if lt < 0:
            break
        match = _TAG_RE.match(source, lt)
        offset = len(source[:lt].encode())
        if match is None:
            if strict:
                raise HtmlError(f"Unsupported start tag at byte offset {offset}")
            stack[-1].children.append("<")
            pos = lt + 1
            continue
        _apply_tag(match, stack, offset, strict)
        pos = match.end()
    if strict and len(stack) > 1:
        raise HtmlError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    return root


def _apply_tag(match: re.Match[str], stack: list[Node], offset: int, strict: bool) -> None:
    closing, name = match.group(1) == "/", match.group(2).lower()
    if not closing:
        attrs = {m.group(1).lower(): _attr_value(m) for m in _ATTR_RE.finditer(match.group(3))}
        if strict:
            _check_start_tag(name, attrs, offset)
        node = Node(name, attrs)
        stack[-1].children.append(node)
        if not match.group(4):
            stack.append(node)
        return
    if stack[-1].tag == name:
        stack.pop()
    elif strict:
        if len(stack) == 1:
            raise HtmlError(f"Unexpected end tag at byte offset {offset}")
        expected = stack[-1].tag
        raise HtmlError(
            f'Unmatched end tag at byte offset {offset}, expected "</{expected}>", '
            f'found "</{name}>"'
        )
    elif any(node.tag == name for node in stack[1:]):
        while stack[-1].tag != name:
            stack.pop()
        stack.pop()


def _attr_value(match: re.Match[str]) -> str:
    value = next((g for g in match.groups()[1:] if g is not None), "")
    return unescape(value)


def _check_start_tag(name: str, attrs: dict[str, str], offset: int) -> None:
    if name not in SUPPORTED_TAGS:
        raise HtmlError(f'Unsupported start tag "{name}" at byte offset {offset}')
    if name == "span" and attrs.get("class") != "tg-spoiler":
        raise HtmlError(f'Tag "span" must have class "tg-spoiler" at byte offset {offset}')
    if name == "tg-emoji" and not attrs.get("emoji-id"):
        raise HtmlError(f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset {offset}')


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's offsets and limits."""
    return len(text.encode("utf-16-le")) // 2


def html_entities(source: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and MessageEntity dicts for HTML, as Telegram derives them (strict)."""
    parts: list[str] = []
    entities: list[dict[str, Any]] = []
    _collect(parse_html(source), "", parts, entities, 0)
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(parts), entities


def _collect(
    node: Node, parent: str, parts: list[str], entities: list[dict[str, Any]], offset: int
) -> int:
    start = offset
    for child in node.children:
        if isinstance(child, str):
            parts.append(child)
            offset += utf16_len(child)
        else:
            offset = _collect(child, node.tag, parts, entities, offset)
    entity = _entity_for(node, parent)
    if entity is not None and offset > start:
        entities.append({**entity, "offset": start, "length": offset - start})
    return offset


def _entity_for(node: Node, parent: str) -> dict[str, Any] | None:
    if node.tag == "code" and parent == "pre":
        return None
    if node.tag in _ENTITY_TYPES:
        return {"type": _ENTITY_TYPES[node.tag]}
    if node.tag == "a" and node.attrs.get("href"):
        return {"type": "text_link", "url": node.attrs["href"]}
    if node.tag == "pre":
        return {"type": "pre", **_pre_language(node)}
    if node.tag == "blockquote":
        expandable = "expandable" in node.attrs
        return {"type": "expandable_blockquote" if expandable else "blockquote"}
    if node.tag == "tg-emoji":
        return {"type": "custom_emoji", "custom_emoji_id": node.attrs.get("emoji-id", "")}
    return None


def _pre_language(node: Node) -> dict[str, str]:
    for child in node.children:
        if isinstance(child, Node) and child.tag == "code":
            css = child.attrs.get("class", "")
            if css.startswith("language-"):
                return {"language": css.removeprefix("language-")}
    return {}


def html_to_text(html: str, *, ansi: bool = False) -> str:
    """Render Telegram HTML as readable terminal text (ANSI styles when ``ansi``)."""
    return _render(parse_html(html, strict=False), ansi)


def _render(node: Node, ansi: bool) -> str:
    inner = "".join(c if isinstance(c, str) else _render(c, ansi) for c in node.children)
    return _decorate(node, inner, ansi)


def _decorate(node: Node, inner: str, ansi: bool) -> str:
    kind = _ENTITY_TYPES.get(node.tag)
    if kind == "spoiler":
        return _styled("spoiler", inner) if ansi else "▒" * max(3, len(inner))
    if kind is not None:
        return _styled(kind, inner) if ansi else inner
    if node.tag == "a":
        href = node.attrs.get("href", "")
        shown = _styled("underline", inner) if ansi else inner
        return f"{shown} ({href})" if href and href != inner else shown
    if node.tag == "pre":
        block = _prefix_lines(inner, "    ")
        return _styled("code", block) if ansi else block
    if node.tag == "blockquote":
        return _prefix_lines(inner, "│ ")
    return inner


def _styled(kind: str, text: str) -> str:
    on, off = _ANSI[kind]
    return f"{on}{text}{off}"


def _prefix_lines(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.strip("\n").split("\n"))


def render_keyboard(reply_markup: dict[str, Any] | None) -> list[str]:
    """Keyboard rows as numbered lines, e.g. ``[1] ◀  [2] Page 1/3  [3] ▶``."""
    if not reply_markup:
        return []
    if "inline_keyboard" in reply_markup:
        lines, number = [], 0
        for row in reply_markup["inline_keyboard"]:
            cells = []
            for button in row:
                number += 1
                cells.append(f"[{number}] {_button_label(button)}")
            lines.append("  ".join(cells))
        return lines
    if "keyboard" in reply_markup:
        rows = reply_markup["keyboard"]
        return ["⌨ " + " | ".join(_key_text(key) for key in row) for row in rows]
    if reply_markup.get("force_reply"):
        return ["↩ (reply expected)"]
    return []


def _button_label(button: dict[str, Any]) -> str:
    text = str(button.get("text", ""))
    if button.get("url"):
        return f"{text} ({button['url']})"
    for key in ("switch_inline_query", "switch_inline_query_current_chat"):
        if key in button:  # Telegram types `@<bot> <query>` for you: so may the reader
            query = str(button[key] or "") or "words"
            return f"{text} (search as you type: type @bot {query})"
    return text


def _key_text(key: Any) -> str:
    return str(key.get("text", "")) if isinstance(key, dict) else str(key)


def render_message(msg: StoredMessage, *, ansi: bool = False, picture: str = "[photo]") -> str:
    """The whole message as terminal text: photo/poll marker, text, keyboard, (edited);
    `picture` stands for the photo (e.g. where it was saved)."""
    lines: list[str] = []
    if msg.photo:
        lines.append(f"🖼 {picture}")
    if msg.poll:
        lines.extend(_poll_lines(msg.poll))
    if msg.content:
        body = msg.content
        lines.append(html_to_text(body, ansi=ansi) if _is_html(msg.parse_mode) else body)
    lines.extend(render_keyboard(msg.reply_markup))
    if msg.edited:
        lines.append("(edited)")
    if msg.deleted:
        lines.append("(deleted)")
    return "\n".join(lines)


def _poll_lines(poll: dict[str, Any]) -> list[str]:
    lines = [f"📊 {poll.get('question', '')}" + (" (closed)" if poll.get("is_closed") else "")]
    for option in poll.get("options", []):
        lines.append(f"  ○ {option.get('text', '')} — {option.get('voter_count', 0)}")
    return lines


def _is_html(parse_mode: str | None) -> bool:
    return (parse_mode or "").lower() == "html"


def message_text(msg: StoredMessage) -> str:
    """The message's text or caption as plain text (HTML rendered, no ANSI)."""
    return html_to_text(msg.content) if _is_html(msg.parse_mode) else msg.content
