import threading


def enter_twice(lock):
    with lock:
        # A second acquire by the thread that holds the lock.
        entered = lock.acquire(timeout=0.05)
        if entered:
            lock.release()
        return entered


print(f"threading.Lock entered again: {enter_twice(threading.Lock())}")
print(f"threading.RLock entered again: {enter_twice(threading.RLock())}")
