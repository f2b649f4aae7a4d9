"""Count records a non-queue handler emits on a thread whose event loop is running."""
import asyncio, logging, logging.handlers, os

_path = os.environ.get("ASYNCLOG_ONLOOP")

def _wrap(cls):
    emit = cls.__dict__.get("emit")
    if emit is None or getattr(emit, "_counted", False) or issubclass(cls, (logging.handlers.QueueHandler, logging.NullHandler)):
        return
    def counted(self, record):
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            fd = os.open(_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
            os.write(fd, b"x")
            os.close(fd)
        return emit(self, record)
    counted._counted = True
    cls.emit = counted

if _path:
    def _all(cls):
        yield cls
        for sub in cls.__subclasses__():
            yield from _all(sub)
    for c in list(_all(logging.Handler)):
        _wrap(c)
    orig = logging.Handler.__init_subclass__
    @classmethod
    def _hook(cls, **kw):
        _wrap(cls)
    logging.Handler.__init_subclass__ = _hook
