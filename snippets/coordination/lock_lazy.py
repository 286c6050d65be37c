import asyncio


class AsyncLazy:
    """Creates the value once, for the first caller; after a failure, the next retries."""

    def __init__(self, factory):
        self._factory = factory
        self._lock = asyncio.Lock()
        self._created = False
        self._value = None

    async def get(self):
        async with self._lock:  # the other callers wait here while one creates the value
            if not self._created:
                self._value = await self._factory()
                self._created = True
        return self._value


async def main() -> None:
    attempts = 0

    async def connect() -> str:
        nonlocal attempts
        attempts += 1
        await asyncio.sleep(0.01)
        if attempts == 1:
            raise ConnectionError("service unavailable")
        return "connected"

    connection = AsyncLazy(connect)
    try:
        await connection.get()
    except ConnectionError as error:
        print(f"first get raised: {error}")
    results = await asyncio.gather(*(connection.get() for _ in range(10)))
    print(f"then 10 concurrent gets: {set(results)}, attempts: {attempts}")


asyncio.run(main())
