# worker_class = "gevent"   (commented out)
bind = "0.0.0.0:8000"
note = "worker_class = 'gevent'"
worker_class = "sync"
