import asyncio


async def main():
    inputs = range(2_000)
    slots = asyncio.Semaphore(50)
    in_flight = peak = 0

    async def process(x):
        nonlocal in_flight, peak
        async with slots:
            in_flight += 1  # no lock: only the loop's one thread runs this
            peak = max(peak, in_flight)
            await asyncio.sleep(0.001)  # stands in for an I/O call
            in_flight -= 1
            return x * x

    results = await asyncio.gather(*(process(x) for x in inputs))
    in_order = results == [x * x for x in inputs]
    print(f"results: {len(results)}, in input order: {in_order}")
    print(f"max in flight <= 50: {peak <= 50}, more than one at a time: {peak > 1}")


asyncio.run(main())
