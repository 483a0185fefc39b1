#!/usr/bin/env bash
# README.md is generated from nbs/index.ipynb (Quarto, which nbdev_readme needs, is not available).
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python; [ -x $py ] || py=python3
$py -m nbconvert --to markdown nbs/index.ipynb --output-dir . --output README --log-level WARN
