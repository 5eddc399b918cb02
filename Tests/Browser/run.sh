#!/usr/bin/env bash
# The browser test of the web page: installs Chromium if missing, builds docx-extract (debug), runs
# Tests/Browser/browser_test.py against the real server. Extra arguments go to the test (e.g. --keep).
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    echo "browser test: installing chromium" >&2
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

swift build --product docx-extract
swift build --product docx-extract-server

if [ -x /usr/bin/python3 ]; then python=/usr/bin/python3; else python=python3; fi
exec "$python" Tests/Browser/browser_test.py --binary .build/debug/docx-extract "$@"
