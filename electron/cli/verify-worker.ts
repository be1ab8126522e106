// The body of a verification worker thread: it verifies each workbook the pool sends and posts
// back the result. It holds no state between files, so a pool may reuse it for as long as it
// lives; the pool kills it past its time or memory limit. It loads only what the strict reader
// needs before its first file (verifyWorkbook loads the payload's schemas once a file has passed
// the reader), and reads zip entries with Node's zlib (zip-codec.ts).
import { parentPort } from 'node:worker_threads'
import { verifyWorkbook } from '../../shared/workbook/verify'
import { nodeZipCodec } from './zip-codec'

export interface VerifyRequest {
  readonly id: number
  readonly bytes: Uint8Array
}

const port = parentPort
if (!port) throw new Error('verify-worker runs only as a worker thread')

port.on('message', (request: VerifyRequest) => {
  void verifyWorkbook(request.bytes, { codec: nodeZipCodec }).then((result) =>
    port.postMessage({ id: request.id, result }),
  )
})
port.postMessage({ ready: true })
