#!/usr/bin/env bash
# Rebuilds assets/fonts/AnxinSansSC-*.otf: Noto Sans CJK SC (Debian fonts-noto-cjk) cut down to
# every character of GBK plus ASCII, CJK punctuation, full-width forms and common symbols, no
# hinting (kiosk text is never below 24 px), renamed to "Anxin Sans SC" as the OFL asks of a
# Modified Version. Needs: apt-get install fonts-noto-cjk python3-fonttools
set -euo pipefail
out=$(cd "$(dirname "$0")/../assets/fonts" && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$work" <<'PY'
import sys
chars = set()
for b1 in range(0x81, 0xFF):
    for b2 in range(0x40, 0xFF):
        try:
            chars.add(bytes([b1, b2]).decode('gbk'))
        except UnicodeDecodeError:
            pass
ranges = [range(0x20, 0x7F), range(0x3000, 0x3040), range(0xFF00, 0xFFF0), range(0x2000, 0x2070),
          range(0x2190, 0x2200), range(0x2460, 0x24FF), range(0x25A0, 0x2600)]
for r in ranges:
    chars.update(map(chr, r))
chars.update(map(chr, [0xA5, 0xB7, 0xD7, 0xF7, 0x2103, 0x2116]))
open(sys.argv[1] + '/chars.txt', 'w', encoding='utf-8').write(''.join(sorted(chars)))
PY
for weight in Regular Bold; do
  /usr/bin/python3 -m fontTools.subset "/usr/share/fonts/opentype/noto/NotoSansCJK-$weight.ttc" \
    --font-number=2 --text-file="$work/chars.txt" --layout-features='kern,vert,vrt2,locl,halt,palt' \
    --no-hinting --output-file="$work/s-$weight.otf"
  /usr/bin/python3 - "$work/s-$weight.otf" "$out/AnxinSansSC-$weight.otf" "$weight" <<'PY'
import sys
from fontTools.ttLib import TTFont
src, dst, weight = sys.argv[1:]
f = TTFont(src)
for rec in f['name'].names:
    s = rec.toUnicode()
    if 'Noto Sans CJK SC' in s:
        rec.string = s.replace('Noto Sans CJK SC', 'Anxin Sans SC')
    elif rec.nameID == 6:
        rec.string = 'AnxinSansSC-' + weight
f['CFF '].cff.fontNames = ['AnxinSansSC-' + weight]
f.save(dst)
PY
done
ls -la "$out"
