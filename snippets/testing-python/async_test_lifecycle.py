import asyncio
import logging
import unittest

# IsolatedAsyncioTestCase runs its event loop in debug mode, which logs a warning for
# any step slower than 0.1 s: noise on a busy machine, so only errors are logged.
logging.getLogger("asyncio").setLevel(logging.ERROR)

events = []


class CartTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        events.append(f"asyncSetUp {self._testMethodName}")

    async def asyncTearDown(self):
        events.append(f"asyncTearDown {self._testMethodName}")

    async def test_fails_after_an_await(self):
        await asyncio.sleep(0)
        self.assertEqual(3, 4)  # fails the test, although it follows an await

    async def test_passes(self):
        await asyncio.sleep(0)


class FailingSetUpTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.addAsyncCleanup(self.release)  # registered before the failure: runs
        raise OSError("database did not start")

    async def release(self):
        events.append("cleanup registered in asyncSetUp")

    async def asyncTearDown(self):
        events.append("asyncTearDown after a failed asyncSetUp")  # never runs

    async def test_never_runs(self):
        events.append("test after a failed asyncSetUp")  # never runs


def run(case):
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(case)
    result = unittest.TestResult()
    suite.run(result)
    for test, _ in result.failures:
        print(f"failed: {test._testMethodName}")
    for test, trace in result.errors:
        print(f"error: {test._testMethodName}: {trace.splitlines()[-1]}")
    print(f"ran {result.testsRun}, successful: {result.wasSuccessful()}")


run(CartTests)
run(FailingSetUpTests)
print(*events, sep="\n")
