import asyncio
import time


async def main():
    ticks = 0

    async def ticker():  # another task, ready to run at every chance it gets
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(ticker())
    time.sleep(0.05)  # blocks the loop's only thread
    print(f"ticks while time.sleep(0.05) ran: {ticks}")
    await asyncio.sleep(0.05)  # gives the thread back to the loop
    print(f"ticks while asyncio.sleep(0.05) ran, more than 0: {ticks > 0}")
    task.cancel()


asyncio.run(main())
