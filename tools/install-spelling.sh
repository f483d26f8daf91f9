#!/usr/bin/env bash
# Installs what the corpus gate's spelling test needs: the hunspell binary and Debian's
# French, Russian and US English dictionaries. Does nothing when they are there; says what
# to install when it cannot (no apt-get, no root and no sudo). The spelling tests then skip
# with that reason, except under CI=true, where they fail.
set -euo pipefail
packages=(hunspell hunspell-fr hunspell-ru hunspell-en-us)
have() { command -v hunspell >/dev/null && [ -e /usr/share/hunspell/fr_FR.dic ] && [ -e /usr/share/hunspell/ru_RU.dic ] && [ -e /usr/share/hunspell/en_US.dic ]; }
have && exit 0
if ! command -v apt-get >/dev/null; then
    echo "spelling: no apt-get here; install ${packages[*]} (or equivalents) for the spelling tests" >&2
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then run=(); elif sudo -n true 2>/dev/null; then run=(sudo -n); else
    echo "spelling: run 'sudo apt-get install ${packages[*]}' for the spelling tests" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get install -y -q "${packages[@]}" >/dev/null 2>&1 || {
    "${run[@]}" apt-get update -q >/dev/null && "${run[@]}" apt-get install -y -q "${packages[@]}" >/dev/null
}
have && echo "spelling: installed ${packages[*]}" >&2
