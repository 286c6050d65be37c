import asyncio


class Inventory:
    def __init__(self):
        self.count = 0
        self.changed = asyncio.Condition()

    async def add(self, amount):
        async with self.changed:
            self.count += amount
            self.changed.notify_all()  # every waiter re-checks its predicate

    async def take(self, amount):
        async with self.changed:
            await self.changed.wait_for(lambda: self.count >= amount)
            self.count -= amount
            return self.count


async def main():
    inventory = Inventory()
    order = asyncio.create_task(inventory.take(5))
    for delivery in range(1, 4):
        await asyncio.sleep(0.02)
        print(f"delivery {delivery}: adding 2 (order filled yet: {order.done()})")
        await inventory.add(2)
    left = await order
    print(f"order for 5 filled, {left} left in stock")


asyncio.run(main())
