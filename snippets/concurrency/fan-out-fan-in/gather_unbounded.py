import asyncio


async def main():
    # Every call below waits on this gate, so nothing finishes before all have started.
    gate = asyncio.Event()
    in_flight = 0

    async def call_backend(x):
        nonlocal in_flight
        in_flight += 1
        await gate.wait()  # stands in for a request to a backend
        in_flight -= 1
        return x

    # gather wraps every coroutine in a task at once, so every call starts.
    everything = asyncio.gather(*(call_backend(x) for x in range(2_000)))
    await asyncio.sleep(0)  # one turn of the loop: each task runs to its first await
    print(f"calls in flight at once: {in_flight}")

    gate.set()
    results = await everything
    print(f"results: {len(results)}, in input order: {results == list(range(2_000))}")


asyncio.run(main())
