import asyncio

stock = {"apples": 0}


async def restock(times, lock):
    for _ in range(times):
        async with lock:
            current = stock["apples"]
            await asyncio.sleep(0)  # an await inside the read-modify-write
            stock["apples"] = current + 1


class NoLock:
    async def __aenter__(self):
        pass

    async def __aexit__(self, *exc_info):
        pass


async def main():
    await asyncio.gather(*(restock(100, NoLock()) for _ in range(10)))
    print(f"without a lock, updates were lost: {stock['apples'] < 1000}")

    stock["apples"] = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(restock(100, lock) for _ in range(10)))
    print(f"with asyncio.Lock: {stock['apples']}")

    async with lock:
        try:
            await asyncio.wait_for(lock.acquire(), timeout=0.05)
        except TimeoutError:
            print("the task holding the lock cannot acquire it again: TimeoutError")


asyncio.run(main())
