#!/usr/bin/env bash
# Install what the browser tests need: Debian chromium (system package) and Playwright for Python.
# Never runs `playwright install`: the tests drive /usr/lib/chromium/chromium directly.
set -euo pipefail
PLAYWRIGHT_VERSION="1.65.2"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"

if [ ! -x /usr/lib/chromium/chromium ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
fi

"$VENV/bin/pip" install -q "playwright==$PLAYWRIGHT_VERSION"
"$VENV/bin/python" -c "import playwright; print('playwright', '$PLAYWRIGHT_VERSION', 'ok')"
/usr/lib/chromium/chromium --version
