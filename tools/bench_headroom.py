"""How much a learned "move or hold" could win on the test split of an npy folder: CopyLast, FlowExtrapolation, fixed
blends of the two, the mean of the last input frames, gates from the motion cues and from the back-test, and two oracles that pick the better of copy and flow (per clip, per
pixel) with the truth in hand. python tools/bench_headroom.py NPY_FOLDER > out.json (the JSON on the last line)."""
import sys, json, numpy as np, pandas as pd, torch
from mirai.convlstm import warp, motion_cues
from mirai.train import frame_metrics
d = sys.argv[1]
fr = np.load(f'{d}/frames.npy', mmap_mode='r'); idx = pd.read_csv(f'{d}/index.csv', keep_default_na=False)
sel = np.flatnonzero(idx.split == 'test')
x = torch.from_numpy(np.ascontiguousarray(fr[sel])).permute(0, 1, 4, 2, 3).float() / 255
inp, tgt, last = x[:, :10], x[:, 10:], x[:, 9]
v, cues = motion_cues(inp, 2)
copy = last[:, None].expand(-1, 10, -1, -1, -1)
flow = torch.stack([warp(last, k * v) for k in range(1, 11)], 1).clamp(0, 1)
vid = idx.video.iloc[sel].astype(str)
parts = {'all': np.ones(len(sel), bool), 'bbb': vid.str.startswith('bbb').values, 'popeye': vid.str.startswith('popeye').values}
rows = []
def row(name, p):
    m = frame_metrics(p, tgt); r = dict(method=name)
    for k, s in parts.items(): r[f'psnr_{k}'] = round(m['psnr'][s].mean().item(), 2)
    r['ssim_all'] = round(m['ssim'].mean().item(), 4); rows.append(r); print(r, flush=True); return m['psnr']
pc, pf = row('CopyLast', copy), row('FlowExtrapolation', flow)
for a in (.3, .5, .7): row(f'blend, {a:.0%} flow', (1 - a) * copy + a * flow)
recent = inp[:, -6:].mean(1)[:, None].expand(-1, 10, -1, -1, -1)   # the motion head's third source
row('mean of the last 6 input frames', recent)
row('blend, 30% flow, then 30% of that mean', .7 * (.7 * copy + .3 * flow) + .3 * recent)
g = torch.sigmoid((cues[:, 1:2] - cues[:, 0:1]) / 0.05)[:, None]   # move where the flow explains the last change
row('gate from the motion cues', (1 - g) * copy + g * flow)
g = torch.sigmoid(10 * cues[:, 2:3])[:, None]   # move where the flow beat copying on the last 4 input frames
row('gate from the back-test', (1 - g) * copy + g * flow)
row('oracle per clip', torch.where((pf.mean(1) > pc.mean(1))[:, None, None, None, None], flow, copy))
e_c, e_f = ((copy - tgt) ** 2).mean(2, keepdim=True), ((flow - tgt) ** 2).mean(2, keepdim=True)
row('oracle per pixel', torch.where(e_f < e_c, flow, copy))
print(json.dumps(rows))
