"""The extra handlers of logging.handlers that make sense in the sandbox.

Here: BufferingHandler, MemoryHandler, QueueHandler (with any object that has put_nowait).
The file, socket, syslog, SMTP and HTTP handlers are refused: the sandbox has no files or network.
"""

import logging


def _refused(name):
    class Refused(logging.Handler):
        def __init__(self, *args, **kwargs):
            raise PermissionError("logging.handlers.%s is not available in Revlab: the sandbox has no files or "
                                  "network; log to sys.stderr (logging.StreamHandler) instead" % name)
    Refused.__name__ = Refused.__qualname__ = name
    return Refused


RotatingFileHandler = _refused("RotatingFileHandler")
TimedRotatingFileHandler = _refused("TimedRotatingFileHandler")
WatchedFileHandler = _refused("WatchedFileHandler")
SocketHandler = _refused("SocketHandler")
DatagramHandler = _refused("DatagramHandler")
SysLogHandler = _refused("SysLogHandler")
SMTPHandler = _refused("SMTPHandler")
HTTPHandler = _refused("HTTPHandler")
NTEventLogHandler = _refused("NTEventLogHandler")


class BufferingHandler(logging.Handler):
    """Keeps records in a buffer, flushed when shouldFlush() says so."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer.clear()

    def close(self):
        self.flush()
        logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target handler when full or at flushLevel."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        if self.flushOnClose:
            self.flush()
        self.target = None
        BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts records on a queue (anything with put_nowait)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        msg = self.format(record)
        import copy
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)
