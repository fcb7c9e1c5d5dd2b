#!/usr/bin/env python3
"""Splits the five source documents (/work/shared/seeds/) into their separate documents, one .txt each,
in test/fixtures/seeds/. The text is the seed's, line for line (traditional where the seed is); only the
web page's own lines (来源, 导语, 篇N headers, 上一篇 / 下一篇, 热门标签) are left out, and a title line is put
first where the seed's document has none (said in test/fixtures/seeds/README.md)."""
import sys, pathlib
seeds = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '/work/shared/seeds')
out = pathlib.Path(__file__).resolve().parent.parent / 'test/fixtures/seeds'
def lines(name): return (seeds / name).read_text(encoding='utf-8').split('\n')
S0, S1, S2, S3, S4 = (lines(n) for n in sorted(p.name for p in seeds.glob('*.txt')))
def take(src, a, b, title=None):
    body = [l for l in src[a - 1:b] if l.strip()]
    return ([title] if title else []) + body
docs = {
  '000-1-minutes.txt': take(S0, 7, 21, S0[0]),
  '000-2-minutes.txt': take(S0, 25, 35, S0[0]),
  '000-3-minutes.txt': take(S0, 39, 59, S0[0]),
  '001-1-speech.txt': take(S1, 7, 8, '2022年信訪會議講話材料') + take(S1, 11, 33),
  '001-2-speech.txt': take(S1, 37, 53, '2022年信訪會議講話材料'),
  '001-3-speech.txt': take(S1, 57, 87, '2022年信訪會議講話材料'),
  '001-4-speech.txt': take(S1, 91, 123, '2022年信訪會議講話材料'),
  '001-5-speech.txt': take(S1, 127, 153, '2022年信訪會議講話材料'),
  '002-summary.txt': take(S2, 1, 1) + take(S2, 4, 27),
  '003-1-summary.txt': take(S3, 1, 17, '乡党政领导大接访和领导干部大下访活动总结'),
  '003-3-minutes.txt': take(S3, 21, 27, '第六党支部支部委员会会议纪要'),
  '004-1-plan.txt': take(S4, 2, 7),
  '004-2-summary.txt': take(S4, 9, 16),
  '004-3-plan.txt': take(S4, 18, 74),
  '004-4-opinion.txt': take(S4, 76, 106),
  '004-5-plan.txt': take(S4, 108, 121),
}
for name, ls in docs.items():
    (out / name).write_text('\n'.join(l.rstrip() for l in ls) + '\n', encoding='utf-8')
    print(name, len(ls))
