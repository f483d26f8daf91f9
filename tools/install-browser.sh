#!/usr/bin/env bash
# Installs what the desk's browser tests need: Debian's Chromium and ChromeDriver (see install-debian.sh).
exec bash "$(dirname "$0")/install-debian.sh" browser '[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]' chromium chromium-driver
