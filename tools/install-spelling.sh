#!/usr/bin/env bash
# Installs what the corpus gate's spelling test needs: the hunspell binary and Debian's
# French, Russian and US English dictionaries (see install-debian.sh).
exec bash "$(dirname "$0")/install-debian.sh" spelling \
    'command -v hunspell >/dev/null && [ -e /usr/share/hunspell/fr_FR.dic ] && [ -e /usr/share/hunspell/ru_RU.dic ] && [ -e /usr/share/hunspell/en_US.dic ]' \
    hunspell hunspell-fr hunspell-ru hunspell-en-us
