"""The picture of a trained model on held-out real footage: python tools/real_prediction_picture.py RUN/mirai/final.ckpt NPY_FOLDER OUT.png
Picks the Big Buck Bunny and the Popeye test clip where flow extrapolation beats copying the most (the moving ones),
and draws inputs, truth, the model's prediction and its error, with the sound."""
import sys, numpy as np, torch, pandas as pd
from mirai.data import ClipDataset
from mirai.convlstm import build_model
from mirai.train import load_model, frame_metrics
from mirai.visualize import frame_grid
ckpt, data, out = sys.argv[1:4]
model, _ = load_model(ckpt); flow = build_model('flow'); ds = ClipDataset(data, 'test')
items = [ds[i] for i in range(len(ds))]
x = torch.stack([it['frames'] for it in items]); y = torch.stack([it['target'] for it in items]); a = torch.stack([it['audio'] for it in items])
with torch.no_grad(): gain = frame_metrics(flow(x), y)['psnr'].mean(1) - frame_metrics(x[:, -1:].expand_as(y), y)['psnr'].mean(1)
vid = ds.index.video.iloc[ds.rows].astype(str).values
pick = [int(np.argmax(np.where([v.startswith(p) for v in vid], gain.numpy(), -np.inf))) for p in ('bbb', 'popeye')]
with torch.no_grad(): pred = model(x[pick], a[pick])
u8 = lambda t: (t.permute(0, 1, 3, 4, 2).clamp(0, 1) * 255).round().byte().numpy()
fig = frame_grid(u8(x[pick]), u8(y[pick]), u8(pred), audio=a[pick].numpy(),
                 titles=[f'{vid[i]} (test clip {ds.rows[i]}), MIRAI' for i in pick])
fig.savefig(out, dpi=90, bbox_inches='tight'); print('wrote', out, 'clips', [int(ds.rows[i]) for i in pick])
