"""Rebuild bot/render/fonts/ChartSans-{Regular,Bold}.ttf (a dev tool, not run by the bot).

    python -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools fontpkg-noto-sans \
        fontpkg-noto-sans-arabic
    /tmp/ft/bin/python tools/build_chart_font.py

The /stats chart needs one font that covers Latin, Cyrillic and Arabic script (Persian
included) because Pillow draws a string with one font. Noto Sans covers the first two and
Noto Sans Arabic the third (both SIL OFL 1.1, no Reserved Font Name; from the PyPI packages
`fontpkg-noto-sans` 2.15 and `fontpkg-noto-sans-arabic` 2.12). This script pins each
variable font at one weight (400 and 700), keeps only the scripts the bot's ten languages
write (plus Arabic presentation forms, which the shaping fallback of bot/render/chart.py
draws), merges the two into one font and renames it "Chart Sans" (a modified font should
not pass for the original). About 200 KB per weight, against 2.9 MB for the originals.
"""

from __future__ import annotations

import sys
from pathlib import Path

import fontpkg_noto_sans
import fontpkg_noto_sans_arabic
from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

OUT = Path(__file__).resolve().parents[1] / "bot" / "render" / "fonts"
FAMILY = "Chart Sans"
# Latin (with Latin-1 and Extended-A: de, es, fr, it, pt, tr), Cyrillic (ru, uk),
# punctuation and a few symbols.
LATIN = "U+0020-007E,U+00A0-017F,U+0400-045F,U+0490-04FF,U+2000-206F,U+20AC,U+2116,U+2212"
# Arabic with the Persian letters and digits, presentation forms, joiners and marks.
ARABIC = "U+0020-0040,U+00A0,U+00AB,U+00BB,U+00D7,U+0600-06FF,U+FB50-FDFF,U+FE70-FEFF,U+200C-200F"


def _static(source: Path, unicodes: str, weight: int) -> TTFont:
    font = instancer.instantiateVariableFont(
        TTFont(source), {"wght": weight, "wdth": 100}, updateFontNames=False
    )
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.hinting = False
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(unicodes))
    subsetter.subset(font)
    return font


def _rename(font: TTFont, style: str) -> None:
    names = font["name"]
    full = f"{FAMILY} {style}"
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    for record in list(names.names):
        if record.nameID in (1, 16):
            names.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (2, 17):
            names.setName(style, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (3, 4):
            names.setName(full, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            names.setName(
                postscript, record.nameID, record.platformID, record.platEncID, record.langID
            )


def main() -> int:
    latin = Path(fontpkg_noto_sans.__file__).parent / "files" / "NotoSans[wdth,wght].ttf"
    arabic = Path(fontpkg_noto_sans_arabic.__file__).parent / "files"
    arabic = arabic / "NotoSansArabic[wdth,wght].ttf"
    work = OUT / "_build"
    work.mkdir(exist_ok=True)
    for weight, style in ((400, "Regular"), (700, "Bold")):
        parts = []
        for n, (source, unicodes) in enumerate(((latin, LATIN), (arabic, ARABIC))):
            path = work / f"{n}-{style}.ttf"
            _static(source, unicodes, weight).save(path)
            parts.append(str(path))
        merged = Merger().merge(parts)
        _rename(merged, style)
        merged.save(OUT / f"ChartSans-{style}.ttf")
    for path in work.iterdir():
        path.unlink()
    work.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
