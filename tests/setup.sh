#!/usr/bin/env bash
# Test set-up: the virtual environment with the test extras, and Debian's chromium for the
# report test (installed with apt-get when run as root; otherwise say how).
set -euo pipefail
cd "$(dirname "$0")/.."
python3.11 -m venv .venv
.venv/bin/pip install -q -e ".[test]"
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "tests/setup.sh: install Debian's chromium for the report test: sudo apt-get install chromium" >&2
  fi
fi
