#!/bin/sh
# Installed as /usr/bin/synergy-explorer by the Debian package: starts the bundle in /opt.
exec /opt/synergy-explorer/synergy-explorer "$@"
