import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


class Connection:
    def __init__(self):
        self.closed = False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.closed = True

    async def read(self):
        await asyncio.sleep(0)  # stands in for waiting for the server
        if self.closed:
            raise ValueError("read on a closed connection")
        return "the report"


async def load(path):  # async def: none of its code runs until it is awaited
    if path is None:
        raise ValueError("no path")
    return path


def load_returning(path):  # a plain function that returns the coroutine
    if path is None:
        raise ValueError("no path")
    return load(path)


async def download():
    with Connection() as connection:
        return await connection.read()


def download_returning():
    with Connection() as connection:
        return connection.read()  # the with block closes it now, before the read runs


async def handle(name):
    request_id.set(name)
    await asyncio.sleep(0)


def handle_returning(name):
    request_id.set(name)
    return asyncio.sleep(0)


async def show(how, call):
    try:
        awaitable = call()
    except ValueError as error:
        print(f"{how}: the call raised: {error}")
        return
    try:
        print(f"{how}: the call returned a coroutine, which gave {await awaitable}")
    except ValueError as error:
        print(f"{how}: the call returned a coroutine; await raised: {error}")


async def main():
    await show("async def, no path", lambda: load(None))
    await show("returned, no path", lambda: load_returning(None))
    await show("async def, with", download)
    await show("returned, with", download_returning)

    await handle("request-1")
    print(f"after the async def, the caller has: {request_id.get()}")
    await handle_returning("request-2")
    print(f"after the returned coroutine, the caller has: {request_id.get()}")


asyncio.run(main())
