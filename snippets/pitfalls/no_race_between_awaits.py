import asyncio
import threading


class Basket:
    def __init__(self):
        self.count = 0
        self.threads = set()  # the threads the sections ran on

    async def add(self):
        await asyncio.sleep(0.01)  # stands in for checking the price

        # No await from here to the end: no other task runs in between.
        count = self.count
        self.count = count + 1
        self.threads.add(threading.get_ident())
        return count


async def main():
    basket = Basket()
    read = await asyncio.gather(basket.add(), basket.add())
    print(f"counts the adds read: {read[0]} and {read[1]}")
    print(f"items after 2 adds: {basket.count}")
    print(f"ran only on the loop's thread: {basket.threads == {threading.get_ident()}}")


asyncio.run(main())
