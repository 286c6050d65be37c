import asyncio


class TaskLazy:
    """Keeps the task, as Lazy<Task<T>> does: a failure is kept with it."""

    def __init__(self, factory):
        self._factory = factory
        self._task = None

    def get(self) -> asyncio.Task:
        if self._task is None:  # no await between the check and the assignment
            self._task = asyncio.ensure_future(self._factory())
        return self._task


async def main() -> None:
    attempts = 0

    async def connect() -> str:
        nonlocal attempts
        attempts += 1
        await asyncio.sleep(0.01)
        if attempts == 1:
            raise ConnectionError("service unavailable")
        return "connected"

    connection = TaskLazy(connect)
    errors = []
    for _ in range(2):
        try:
            await connection.get()
        except ConnectionError as error:
            errors.append(error)
    print(f"first await raised: {errors[0]}")
    print(f"second await raised the same exception: {errors[1] is errors[0]}")
    print(f"attempts: {attempts}")


asyncio.run(main())
