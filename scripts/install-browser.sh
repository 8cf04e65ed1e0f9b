#!/bin/sh
# Installs Debian's Chromium, CJK fonts and poppler-utils (pdftotext, pdftoppm: the print tests read
# the PDFs Chromium writes) for the browser tests, unless they are there already.
# The tests never download a browser of their own.
set -e
if command -v chromium >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium fonts-noto-cjk poppler-utils >/dev/null
