import asyncio
import time

ticks = 0


async def ticker() -> None:
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)  # gives the loop back after every tick


def count_primes(stop: int) -> int:
    return sum(
        1 for n in range(2, stop) if all(n % d for d in range(2, int(n**0.5) + 1))
    )


async def main() -> None:
    ticking = asyncio.create_task(ticker())
    await asyncio.sleep(0.01)
    print(f"the ticker runs while main awaits: {ticks > 0}")

    before = ticks
    count_primes(10_000)  # computes without awaiting
    print(f"ticks while main computed: {ticks - before}")

    before = ticks
    time.sleep(0.05)  # a blocking call in a coroutine
    print(f"ticks while main blocked in time.sleep: {ticks - before}")

    ticking.cancel()


asyncio.run(main())
