#!/bin/sh
set -e
echo "starting gunicorn -k sync (just a message)"
exec gunicorn \
    -c conf/gunicorn_settings.py \
    app:app
