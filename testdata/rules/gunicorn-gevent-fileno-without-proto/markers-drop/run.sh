export GUNICORN_CMD_ARGS="--bind=0.0.0.0 -kgevent"
