import asyncio


class Countdown:
    def __init__(self, start):
        self.start = start

    def __aiter__(self):
        return CountdownIterator(self.start)  # a fresh iterator for every loop


class CountdownIterator:
    def __init__(self, next_value):
        self.next_value = next_value

    async def __anext__(self):
        if self.next_value <= 0:
            raise StopAsyncIteration  # the end of the sequence is an exception
        await asyncio.sleep(0)
        self.next_value -= 1
        return self.next_value + 1


async def numbers():
    print("  generator body runs")
    yield 1
    yield 2


async def main():
    countdown = Countdown(3)
    print(f"first loop: {[n async for n in countdown]}")
    print(f"second loop: {[n async for n in countdown]}")

    iterator = aiter(Countdown(0))
    try:
        await anext(iterator)
    except StopAsyncIteration:
        print("anext() at the end raised StopAsyncIteration")

    generator = numbers()  # an async generator is its own, single-use iterator
    print(f"generator, first loop: {[n async for n in generator]}")
    print(f"generator, second loop: {[n async for n in generator]}")


asyncio.run(main())
