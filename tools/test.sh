#!/usr/bin/env bash
# Install everything (a .venv here with the test tools, Debian's chromium for the browser test),
# then run every notebook's tests, the slow and browser ones included.
# Prints nbdev_test's result and a last line "N passed, N failed" counting notebooks.
set -uo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv || exit 1
.venv/bin/pip install -q --upgrade pip >/dev/null 2>&1
.venv/bin/pip install -q -e ".[dev]" || { echo "tools/test.sh: pip install failed"; exit 1; }
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null \
      || { echo "tools/test.sh: could not install Debian's chromium (needed by the browser test)"; exit 1; }
  else
    echo "tools/test.sh: the browser test needs Debian's chromium: sudo apt-get install chromium"; exit 1
  fi
fi
flags="${MIRAI_TEST_FLAGS-slow browser}"
# nbdev_test runs one notebook per core: one torch thread each (two threads per notebook on 2 cores ran ~20x slower)
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
log=$(mktemp)
start=$(date +%s)
.venv/bin/nbdev_test --flags "$flags" --timing 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
total=$(ls nbs/*.ipynb | grep -v '/_' | wc -l)
failed=$(awk '/Tests Failed On The Following Notebooks/{f=1;next} f && /ipynb/{n++} END{print n+0}' "$log")
[ "$rc" != 0 ] && [ "$failed" = 0 ] && failed=1
echo "nbdev_test: $(( $(date +%s) - start )) s, flags: ${flags:-none}"
echo "$((total - failed)) passed, $failed failed"
exit $rc
