# Runs the Python examples for the test harness, each in a process of its own forked from this one: a run starts
# from an interpreter that has already started and imported asyncio (~0.1 CPU-s a run here), and is otherwise the
# run `python3 -I -B -X utf8 example.py` makes (the same flags, the example as __main__, its own exit).
# Requests and replies are JSON lines, in on stdin, out on stdout:
#   {"id": 1, "path": "/abs/example.py", "stdout": "/tmp/1.out", "stderr": "/tmp/1.err", "limit": 10.0}
#   {"id": 1, "exit": 0, "timedOut": false}
import asyncio  # loaded once, before any fork
import builtins
import importlib.machinery
import json
import os
import selectors
import signal
import sys
import time


class Become(BaseException):
    """Raised in a forked child to leave the server's frames: the example runs from the top level, below one frame."""


def become_example(path, out, err, _os=os, _sys=sys, _builtins=builtins, _machinery=importlib.machinery,
                   _signal=signal):
    """In the forked child: runs the example as the interpreter runs a script, then exits; never returns.

    It replaces this server's own globals with the example's (they are __main__'s), so it uses only what its
    default arguments bound."""
    _signal.signal(_signal.SIGTERM, _signal.SIG_DFL)
    _signal.signal(_signal.SIGHUP, _signal.SIG_DFL)
    for fd, name, flags in ((0, _os.devnull, _os.O_RDONLY), (1, out, _os.O_WRONLY | _os.O_CREAT | _os.O_TRUNC),
                            (2, err, _os.O_WRONLY | _os.O_CREAT | _os.O_TRUNC)):
        opened = _os.open(name, flags, 0o600)
        _os.dup2(opened, fd)
        _os.close(opened)
    _os.chdir(_os.path.dirname(path))
    _sys.argv = [path]
    main = _sys.modules["__main__"].__dict__
    main.clear()
    main.update(__name__="__main__", __doc__=None, __package__=None, __spec__=None, __annotations__={}, __file__=path,
                __cached__=None, __builtins__=_builtins, __loader__=_machinery.SourceFileLoader("__main__", path))
    try:
        with open(path, "rb") as source:
            code = compile(source.read(), path, "exec")
        exec(code, main)
    except (SystemExit, KeyboardInterrupt):
        raise  # the interpreter ends the process as it would for the script
    except BaseException as error:  # printed as the interpreter prints an unhandled one
        error.__traceback__ = error.__traceback__.tb_next  # without this function's frame
        _sys.excepthook(type(error), error, error.__traceback__)
        raise SystemExit(1) from None
    raise SystemExit(0)


def serve():
    selector = selectors.DefaultSelector()
    selector.register(0, selectors.EVENT_READ)
    running = {}  # pid -> (request id, deadline, pidfd or None)
    try:
        loop(selector, running)
    finally:  # however the server ends (the harness gone, an error, a signal), so do the runs it started
        for pid in running:
            kill_group(pid)


def loop(selector, running):
    pending = b""
    while True:
        now = time.monotonic()
        deadlines = [deadline for _, deadline, _ in running.values()]
        polling = any(pidfd is None for _, _, pidfd in running.values())
        timeout = None if not running else max(0.0, min(deadlines) - now)
        if polling:
            timeout = min(timeout, 0.005)
        for key, _ in selector.select(timeout):
            if key.fd == 0:
                chunk = os.read(0, 65536)
                if not chunk:  # the harness has gone
                    return
                pending += chunk
                *lines, pending = pending.split(b"\n")
                for line in lines:
                    start(json.loads(line), running, selector)
        for pid, (request, deadline, pidfd) in list(running.items()):
            done, status = os.waitpid(pid, os.WNOHANG)  # first: a run that has ended in time is never a timeout
            if done:
                code = os.waitstatus_to_exitcode(status)
                # as .NET reports a process a signal ended: 128 + the signal's number
                finish(pid, running, selector, {"id": request, "exit": code if code >= 0 else 128 - code, "timedOut": False})
            elif time.monotonic() >= deadline:
                kill_group(pid)
                os.waitpid(pid, 0)
                finish(pid, running, selector, {"id": request, "exit": None, "timedOut": True})


def start(request, running, selector):
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        os.setpgid(0, 0)  # a group of its own: a timeout ends whatever it started too
        selector.close()
        for _, _, pidfd in running.values():
            if pidfd is not None:
                os.close(pidfd)
        running.clear()  # the server's runs are not this child's to end
        raise Become(request["path"], request["stdout"], request["stderr"])
    try:
        os.setpgid(pid, pid)  # as the child does, so that its group exists before either goes on
    except OSError:
        pass  # it has already made it, or ended
    pidfd = None
    if hasattr(os, "pidfd_open"):
        try:
            pidfd = os.pidfd_open(pid)
            selector.register(pidfd, selectors.EVENT_READ)
        except OSError:
            pidfd = None
    running[pid] = (request["id"], time.monotonic() + request["limit"], pidfd)


def finish(pid, running, selector, reply):
    _, _, pidfd = running.pop(pid)
    if pidfd is not None:
        selector.unregister(pidfd)
        os.close(pidfd)
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()


def kill_group(pid):
    for kill in (os.killpg, os.kill):  # the run itself too, should it have left its group
        try:
            kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # so that the server's finally runs
signal.signal(signal.SIGHUP, lambda *_: sys.exit(1))
try:
    serve()
    became = None
except Become as child:
    became = child.args
if became:  # outside the except clause, so that the example's exceptions do not chain onto Become
    become_example(*became)
