"""Flow extrapolation variants (DIS presets, Farneback; gap 1 and 2) against CopyLast on the test split of an npy folder: python tools/bench_flow_variants.py NPY_FOLDER > out.json (the JSON on the last line)."""
import sys, numpy as np, torch, cv2, json, pandas as pd
from mirai.convlstm import warp, _grey
from mirai.train import frame_metrics
d = sys.argv[1]
fr = np.load(f'{d}/frames.npy', mmap_mode='r'); idx = pd.read_csv(f'{d}/index.csv', keep_default_na=False)
sel = np.where(idx.split == 'test')[0]
x = torch.from_numpy(np.ascontiguousarray(fr[sel])).permute(0,1,4,2,3).float()/255
inp, tgt = x[:, :10], x[:, 10:]
def vel(f, gap, calc):
    a, b = _grey(f[:, -1]), _grey(f[:, -1-gap])
    v = np.stack([calc(p, q) for p, q in zip(a, b)]) / gap
    return torch.from_numpy(v).permute(0,3,1,2).float()
def pred(v): return torch.stack([warp(inp[:, -1], k*v) for k in range(1, 11)], 1)
presets = {f'DIS {n}': (lambda p=p: (lambda a, b, D=cv2.DISOpticalFlow_create(p): D.calc(a, b, None)))() for n, p in
           [('ultrafast', cv2.DISOPTICAL_FLOW_PRESET_ULTRAFAST), ('fast', cv2.DISOPTICAL_FLOW_PRESET_FAST), ('medium', cv2.DISOPTICAL_FLOW_PRESET_MEDIUM)]}
presets['Farneback'] = lambda a, b: cv2.calcOpticalFlowFarneback(a, b, None, 0.5, 3, 15, 3, 5, 1.2, 0)
vid = idx.video.iloc[sel].astype(str); parts = {'all': np.ones(len(sel), bool), 'bbb': vid.str.startswith('bbb').values, 'popeye': vid.str.startswith('popeye').values}
rows = []
def row(name, p):
    m = frame_metrics(p, tgt); r = dict(method=name)
    for k, s in parts.items(): r[f'psnr_{k}'] = round(m['psnr'][s].mean().item(), 2)
    r['ssim_all'] = round(m['ssim'].mean().item(), 4); rows.append(r); print(r, flush=True)
row('CopyLast', inp[:, -1:].expand(-1, 10, -1, -1, -1))
for n, c in presets.items():
    for gap in (1, 2): row(f'{n}, gap {gap}', pred(vel(inp, gap, c)))
print(json.dumps(rows))
