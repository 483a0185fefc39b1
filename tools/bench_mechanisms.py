"""What each of prepare's speed mechanisms was worth: prepare with and without it, side by side, interleaved rounds.

Usage: python tools/bench_mechanisms.py VIDEO --old CHECKOUT [--new CHECKOUT] [--rounds 5] [--out JSON]

CHECKOUT is a checkout of mirai (e.g. `git worktree add --detach ../ref 3ffedf2`, the last commit with every
mechanism). Each run is a fresh Python process with that checkout first on the path, timed from inside (imports
excluded). The variants switch one mechanism off in the old code (a monkeypatch), so each is compared with the same
code with it on; `new` runs the checkout given by --new (default: this one). Ratios are to decode-only in the same
round, as `mirai bench prepare` gives them.
"""
import argparse, json, os, statistics, subprocess, sys, tempfile, time, shutil
from pathlib import Path

PATCHES = {   # variant: code run in the old checkout before prepare
    'old': '',
    'old_no_parts': 'PARTS = 1',
    'old_no_shared_sound': 'import mirai.prepare as p\np._SharedSound = lambda *a, **k: None',   # each part decodes the sound
    'old_no_early_npy': 'import mirai.prepare as p\np._EarlyNpy = lambda *a, **k: None',
    'old_no_writer_threads': (   # clips written in the decoding thread, the sound decoded first
        'import mirai.split as s\nfrom concurrent.futures import Future\n'
        'class Inline:\n'
        '    def __init__(self, *a, initializer=None, initargs=(), **k): pass\n'
        '    def submit(self, fn, *a):\n'
        '        f = Future()\n'
        '        try: f.set_result(fn(*a))\n'
        '        except BaseException as e: f.set_exception(e)\n'
        '        return f\n'
        '    def shutdown(self, *a, **k): pass\n'
        's.ThreadPoolExecutor = Inline'),
}

RUN = '''
import time, sys, json
PARTS = None
{patch}
from mirai.prepare import prepare
t = time.perf_counter(); prepare(sys.argv[1], sys.argv[2], workers=1, progress=False, parts=PARTS)
print(json.dumps(time.perf_counter() - t))
'''
DECODE = '''
import time, sys, json
from mirai.video import decode_only
t = time.perf_counter(); decode_only(sys.argv[1]); a = time.perf_counter() - t
t = time.perf_counter(); decode_only(sys.argv[1], threads=0); b = time.perf_counter() - t
print(json.dumps(min(a, b)))
'''

def run(code, checkout, *args):
    env = {**os.environ, 'PYTHONPATH': str(checkout), 'OMP_NUM_THREADS': os.environ.get('OMP_NUM_THREADS', '1')}
    r = subprocess.run([sys.executable, '-c', code, *map(str, args)], env=env, capture_output=True, text=True)
    if r.returncode: raise SystemExit(f'{checkout}: {r.stderr.strip().splitlines()[-1]}')
    return json.loads(r.stdout.strip().splitlines()[-1])

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('video'); p.add_argument('--old', required=True); p.add_argument('--new', default=Path(__file__).parent.parent)
    p.add_argument('--rounds', type=int, default=5); p.add_argument('--out', default='runs/bench/mechanisms.json')
    p.add_argument('--only', nargs='*', default=None, help='variants to run (default: all)')
    a = p.parse_args()
    variants = {k: (PATCHES[k], a.old) for k in PATCHES} | {'new': ('', a.new)}
    if a.only: variants = {k: v for k, v in variants.items() if k in a.only}
    times = {k: [] for k in ['decode', *variants]}
    scratch = Path(tempfile.mkdtemp(prefix='mirai_mech_', dir=Path(a.out).parent))
    try:
        for i in range(a.rounds):
            times['decode'].append(run(DECODE, a.new, a.video))
            for k, (patch, checkout) in variants.items():
                d = scratch/f'{k}{i}'
                times[k].append(run(RUN.format(patch=patch), checkout, a.video, d)); shutil.rmtree(d)
            print(f'round {i}: ' + ' '.join(f'{k} {v[-1]:.2f}' for k, v in times.items()), flush=True)
    finally: shutil.rmtree(scratch, ignore_errors=True)
    ratio = {k: [t / d for t, d in zip(v, times['decode'])] for k, v in times.items() if k != 'decode'}
    rows = [dict(variant=k, median_s=round(statistics.median(times[k]), 3), median_ratio=round(statistics.median(r), 3),
                 ratios=[round(x, 3) for x in r]) for k, r in ratio.items()]
    res = dict(video=a.video, rounds=a.rounds, decode_s=[round(x, 3) for x in times['decode']], rows=rows,
               when=time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime()))
    Path(a.out).parent.mkdir(parents=True, exist_ok=True); Path(a.out).write_text(json.dumps(res, indent=1))
    print('| variant | median s | median ratio to decode-only | ratios by round |\n|---|---|---|---|')
    for r in rows: print(f"| {r['variant']} | {r['median_s']:.2f} | {r['median_ratio']:.2f} | {' '.join(f'{x:.2f}' for x in r['ratios'])} |")

if __name__ == '__main__': main()
