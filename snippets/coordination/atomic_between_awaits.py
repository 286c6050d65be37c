import asyncio

requests = 0


async def handle_requests(count):
    global requests
    for i in range(count):
        if i % 100 == 0:
            await asyncio.sleep(0)  # let the other tasks run, as real I/O would
        requests += 1  # no lock: no other task runs until the next await


async def main():
    await asyncio.gather(*(handle_requests(1000) for _ in range(10)))
    print(f"requests counted: {requests}")


asyncio.run(main())
