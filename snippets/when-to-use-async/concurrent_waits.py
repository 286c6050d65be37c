import asyncio
import time

LATENCY = 0.1  # seconds


async def fetch(request_id: int) -> int:
    await asyncio.sleep(LATENCY)  # stands in for a network call
    return request_id


async def main() -> None:
    requests = 1_000
    start = time.perf_counter()

    # Start every request, then wait for all of them: the waits overlap.
    responses = await asyncio.gather(*(fetch(i) for i in range(requests)))

    elapsed = time.perf_counter() - start
    print(f"responses: {len(responses)}")
    print(f"one after another, they would take: {LATENCY * requests:.0f} s")
    print(f"together they took < 5 s: {elapsed < 5}")


asyncio.run(main())
