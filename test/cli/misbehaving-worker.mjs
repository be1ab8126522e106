// A stand-in verification worker for the pool's tests: it answers at once, never (a busy loop),
// or after eating its heap, depending on the first byte it is sent.
import { parentPort, threadId } from 'node:worker_threads'

parentPort.on('message', ({ id, bytes }) => {
  if (bytes[0] === 1) for (;;);
  if (bytes[0] === 2) {
    const hog = []
    for (;;) hog.push(new Array(100_000).fill({ threadId }))
  }
  parentPort.postMessage({ id, result: { valid: true, findings: [], keyId: String(threadId) } })
})
parentPort.postMessage({ ready: true })
