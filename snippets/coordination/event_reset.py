import asyncio


async def main():
    config_loaded = asyncio.Event()
    released = 0

    async def worker():
        nonlocal released
        await config_loaded.wait()
        released += 1

    workers = [asyncio.create_task(worker()) for _ in range(3)]
    await asyncio.sleep(0.02)
    print(f"before the event: {released} workers released")
    config_loaded.set()
    await asyncio.gather(*workers)
    print(f"after the event: {released} workers released")

    config_loaded.clear()  # unlike a TaskCompletionSource, an Event can be reset
    late = asyncio.create_task(config_loaded.wait())
    await asyncio.sleep(0.02)
    print(f"after clear(), a new waiter waits: {not late.done()}")
    config_loaded.set()
    await late
    print(f"set() again releases it: {late.done()}")


asyncio.run(main())
