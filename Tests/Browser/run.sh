#!/usr/bin/env bash
# The browser test of the web page: installs Chromium and a Chinese font if missing, and Playwright for Python if
# missing (through scripts/setup-python), builds docx-extract (debug), runs Tests/Browser/browser_test.py against
# the real server.
# Extra arguments go to the test (e.g. --keep). PYTHON picks the interpreter (default python3), as in setup-python.
set -euo pipefail
cd "$(dirname "$0")/../.."

# chromium, and a font with Chinese characters (Debian's chromium brings none, and the screenshots the test saves
# would show empty boxes for every Chinese character): from Debian, each only when missing
needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
{ command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh-cn family)" ]; } || needed+=(fonts-wqy-microhei)
if [ ${#needed[@]} -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    echo "browser test: installing ${needed[*]}" >&2
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null
fi

export PYTHON="${PYTHON:-python3}"
scripts/setup-python

swift build --product docx-extract
swift build --product docx-extract-server

exec "$PYTHON" Tests/Browser/browser_test.py --binary .build/debug/docx-extract "$@"
