import asyncio


async def main() -> None:
    loop = asyncio.get_running_loop()
    inventory, pricing, shipping = (loop.create_future() for _ in range(3))
    gathering = asyncio.ensure_future(asyncio.gather(inventory, pricing, shipping))

    shipping.set_exception(TimeoutError("shipping: no answer"))
    inventory.set_exception(RuntimeError("inventory: unknown item"))
    try:
        await gathering
    except Exception as e:
        print(f"gather raised at the first failure: {e}")
    print(f"pricing still running after gather raised: {not pricing.done()}")

    pricing.set_result("pricing: 9.99")
    print(f"pricing not cancelled, and still delivered: {pricing.result()}")
    inventory.exception()  # mark the second failure as retrieved


asyncio.run(main())
