// The module Web Worker that runs the regional analysis, so that the board's window never
// blocks on it (see analysis-job.ts for what it does and analysis-client.ts for who asks).
import {
  newJobState,
  runAnalysisJob,
  type AnalysisReply,
  type AnalysisRequest,
} from './analysis-job'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null
  postMessage(message: AnalysisReply): void
}

const state = newJobState()

scope.onmessage = (event) => {
  scope.postMessage(runAnalysisJob(state, event.data))
}
