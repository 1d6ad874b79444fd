"""Bar charts as PNG, drawn with Pillow: the picture of /stats.

Why Pillow and not matplotlib: Pillow is already a dependency (posters), a chart takes
about 20 ms to draw and encode and nothing more to install; matplotlib would add about
170 MB installed, a second to import and about 200 ms per chart (its `Figure` API), for two
bar charts we can lay out by hand in a page of code. What matplotlib would give us beyond
that (axes, ticks, legends) the picture does not need.

Text: one font, "Chart Sans" in `fonts/` (Noto Sans with Noto Sans Arabic merged, subset to
Latin, Cyrillic and Arabic script; SIL OFL, see fonts/OFL.txt and tools/build_chart_font.py),
so every one of the bot's languages draws without missing glyphs. Persian must be shaped
(letters join) and laid out right to left: Pillow's RAQM layout does both (HarfBuzz and
FriBiDi) when libraqm can load, which `PIL.features.check("raqm")` tells; Pillow's wheels
bundle raqm and HarfBuzz but FriBiDi comes from the system (Debian: libfribidi0). Without
it the fallback is `arabic-reshaper` (contextual letter forms) and `python-bidi` (visual
order) on Pillow's basic layout. A right-to-left chart is mirrored as a whole: titles on the
right, the first bar at the right.
"""

from __future__ import annotations

import functools
import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from arabic_reshaper import reshape
from bidi import get_display
from PIL import Image, ImageDraw, ImageFont, features

from bot.i18n import has_rtl

RGB = tuple[int, int, int]

WIDTH = 1080
PAD = 56
BACKGROUND: RGB = (255, 255, 255)
INK: RGB = (31, 35, 40)
MUTED: RGB = (110, 119, 129)
RULE: RGB = (208, 215, 222)
TRAKT_RED: RGB = (237, 28, 36)
AMBER: RGB = (245, 166, 35)
RAQM = bool(features.check("raqm"))  # HarfBuzz shaping + FriBiDi; else the pure-Python fallback
_NO_DITHER = Image.Dither.NONE
_DRAWING = threading.Lock()
_BAR_SHARE = 0.62  # of a bar's slot; the rest is air between bars
_LABEL_SHARE = 0.9  # of a bar's slot a label may take, so neighbours never touch


@dataclass(frozen=True)
class Bars:
    """One panel: a heading, one bar per value with its label(s) and the text above it."""

    heading: str
    values: Sequence[float]
    labels: Sequence[str]  # under each bar
    above: Sequence[str]  # over each bar ("" for none)
    color: RGB
    empty: str  # said instead of bars when every value is 0
    sublabels: Sequence[str] = ()  # a second, smaller line under some bars ("" for none)
    height: int = 300


@dataclass(frozen=True)
class Chart:
    """A titled picture of panels, in one language (`language`: a BCP 47 code for shaping)."""

    title: str
    subtitle: str
    panels: Sequence[Bars]
    rtl: bool = False
    language: str = "en"
    note: str = ""  # a line under everything ("" for none)


def font_path(bold: bool = False) -> Path:
    """The chart font shipped in `bot/render/fonts/`."""
    name = "ChartSans-Bold.ttf" if bold else "ChartSans-Regular.ttf"
    return Path(str(resources.files("bot.render") / "fonts" / name))


@functools.cache
def _font(size: int, bold: bool, raqm: bool) -> ImageFont.FreeTypeFont:
    engine = ImageFont.Layout.RAQM if raqm else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(font_path(bold)), size, layout_engine=engine)


def render_png(chart: Chart, *, raqm: bool | None = None) -> bytes:
    """The chart as PNG bytes (`raqm=False` forces the fallback shaping, for tests). Safe
    to call from worker threads: one chart at a time shares the cached fonts (a FreeType
    face must not be used by two threads at once)."""
    with _DRAWING:
        return _Painter(chart, RAQM if raqm is None else raqm).png()


class _Painter:
    """Lays the chart out top to bottom; x positions are mirrored for right to left."""

    def __init__(self, chart: Chart, raqm: bool) -> None:
        self.chart = chart
        self.raqm = raqm and RAQM
        height = 150 + sum(panel.height + 190 for panel in chart.panels) + (40 if chart.note else 0)
        self.image = Image.new("RGB", (WIDTH, height), BACKGROUND)
        self.draw = ImageDraw.Draw(self.image)

    def png(self) -> bytes:
        chart = self.chart
        self._text(PAD, 44, chart.title, 44, INK, bold=True, width=WIDTH - 2 * PAD)
        self._text(PAD, 104, chart.subtitle, 26, MUTED, width=WIDTH - 2 * PAD)
        top = 170
        for panel in chart.panels:
            top = self._panel(panel, top)
        if chart.note:
            self._text(PAD, top, chart.note, 22, MUTED, width=WIDTH - 2 * PAD)
        out = io.BytesIO()
        # Flat colours and anti-aliased text: 64 colours (a fast octree) keep it at ~20 KB.
        palette = self.image.quantize(64, method=Image.Quantize.FASTOCTREE, dither=_NO_DITHER)
        palette.save(out, "PNG")
        return out.getvalue()

    def _panel(self, panel: Bars, top: int) -> int:
        self._text(PAD, top, panel.heading, 30, INK, bold=True, width=WIDTH - 2 * PAD)
        bars_top = top + 70
        base = bars_top + panel.height
        inner = WIDTH - 2 * PAD
        self.draw.line([(PAD, base), (WIDTH - PAD, base)], fill=RULE, width=2)
        if not any(value > 0 for value in panel.values):
            self._text(WIDTH // 2, bars_top + panel.height // 2, panel.empty, 28, MUTED, "mm")
        slot = inner / max(len(panel.values), 1)
        highest = max(panel.values, default=0) or 1
        room = slot * _LABEL_SHARE  # what a label under or over a bar may take
        # One size for every label of the row: the largest at which the longest fits, so a
        # long month name (اردیبهشت) does not stand out smaller than its neighbours.
        label_size = min(
            (int(self._fit(label, 22, False, room)[1].size) for label in panel.labels if label),
            default=22,
        )
        for n, value in enumerate(panel.values):
            middle = self._x(PAD + slot * (n + 0.5))
            half = slot * _BAR_SHARE / 2
            if value > 0:
                tall = max(round(panel.height * 0.86 * (value / highest)), 3)
                box = (round(middle - half), base - tall, round(middle + half), base - 1)
                self.draw.rounded_rectangle(box, radius=6, fill=panel.color, corners=_TOP)
                if n < len(panel.above) and panel.above[n]:
                    self._text(middle, base - tall - 10, panel.above[n], 22, INK, "ms", room)
            # On one baseline, whatever their size.
            if n < len(panel.labels):
                line = base + 14 + self._ascent(22)
                self._text(middle, line, panel.labels[n], label_size, INK, "ms", room)
            if n < len(panel.sublabels) and panel.sublabels[n]:
                line = base + 44 + self._ascent(18)
                self._text(middle, line, panel.sublabels[n], 18, MUTED, "ms", room)
        return base + 110

    def _ascent(self, size: int) -> int:
        """How far the letters of the regular font at `size` rise above the baseline."""
        return int(_font(size, False, self.raqm).getmetrics()[0])

    def _x(self, x: float) -> float:
        return WIDTH - x if self.chart.rtl else x

    def _text(
        self,
        x: float,
        y: float,
        text: str,
        size: int,
        fill: RGB,
        anchor: str | None = None,
        width: float | None = None,
        *,
        bold: bool = False,
    ) -> None:
        """Draw `text` at (x, y); without an anchor it starts at the reading side (left,
        or right in a right-to-left chart, where x is mirrored). Shrinks to fit `width`."""
        if not text:
            return
        if anchor is None:
            x, anchor = (WIDTH - x, "ra") if self.chart.rtl else (x, "la")
        shown, font = self._fit(text, size, bold, width)
        if self.raqm:
            direction = "rtl" if self.chart.rtl else "ltr"
            language = self.chart.language
            self.draw.text(
                (x, y),
                shown,
                font=font,
                fill=fill,
                anchor=anchor,
                direction=direction,
                language=language,
            )
        else:
            self.draw.text((x, y), shown, font=font, fill=fill, anchor=anchor)

    def _fit(
        self, text: str, size: int, bold: bool, width: float | None
    ) -> tuple[str, ImageFont.FreeTypeFont]:
        shown = text if self.raqm else visual(text, rtl=self.chart.rtl)
        font = _font(size, bold, self.raqm)
        while width is not None and size > 12 and self._length(shown, font) > width:
            size -= 2
            font = _font(size, bold, self.raqm)
        return shown, font

    def _length(self, text: str, font: ImageFont.FreeTypeFont) -> float:
        if self.raqm:
            return font.getlength(text, direction="rtl" if self.chart.rtl else "ltr")
        return font.getlength(text)


_TOP = (True, True, False, False)  # rounded corners of a bar: the top ones


def visual(text: str, *, rtl: bool) -> str:
    """Text in the order and letter forms a renderer without shaping must draw: Arabic
    script joined (arabic-reshaper) and reordered for display (python-bidi)."""
    if not (rtl or has_rtl(text)):
        return text
    return str(get_display(reshape(text), base_dir="R" if rtl else "L"))


__all__ = ["AMBER", "RAQM", "TRAKT_RED", "Bars", "Chart", "font_path", "render_png", "visual"]
